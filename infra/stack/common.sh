#!/usr/bin/env bash
# Helpers shared by the stack scripts (sourced).

: "${BOUCLE_ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${BOUCLE_STACK_DIR:=$BOUCLE_ROOT/.stack}"
: "${BOUCLE_RUN_USER:=boucle}"
export BOUCLE_ROOT BOUCLE_STACK_DIR

stack_log() { printf '\033[1;34m[stack]\033[0m %s\n' "$*" >&2; }
stack_fail() { printf '\033[1;31m[stack] %s\033[0m\n' "$*" >&2; return 1; }

# Servers refuse to run as root: when we are root, run them as an unprivileged user.
stack_ensure_run_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  if ! id "$BOUCLE_RUN_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$BOUCLE_RUN_USER" \
      || stack_fail "could not create the unprivileged user '$BOUCLE_RUN_USER'"
  fi
}

# Runs a command as the unprivileged user when root, as ourselves otherwise.
stack_as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$BOUCLE_RUN_USER" -- "$@"
  else
    "$@"
  fi
}

stack_chown() {
  [ "$(id -u)" -eq 0 ] && chown -R "$BOUCLE_RUN_USER" "$@"
  return 0
}

# The unprivileged user must be able to reach the stack directory.
stack_open_path() {
  [ "$(id -u)" -eq 0 ] || return 0
  local dir="$1"
  while [ "$dir" != "/" ]; do
    chmod o+x "$dir" 2>/dev/null || true
    dir=$(dirname "$dir")
  done
}

stack_port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stack_available_mb() {
  awk '/MemAvailable/ { print int($2 / 1024) }' /proc/meminfo
}
