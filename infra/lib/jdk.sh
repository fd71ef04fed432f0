#!/usr/bin/env bash
# Sourced by the infra scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if recent enough, then every JDK under /usr/lib/jvm (newest first), then `java` on PATH.

boucle_java_major() {
  # Prints the feature version of the JDK at $1 (e.g. 21, 25), or nothing.
  local release="$1/release"
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
  fi
}

boucle_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
    "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(boucle_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! BOUCLE_JDK=$(boucle_find_jdk); then
  echo "Boucle needs a JDK 21 or newer: none found in \$JAVA_HOME, /usr/lib/jvm or on the PATH." >&2
  echo "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$BOUCLE_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
