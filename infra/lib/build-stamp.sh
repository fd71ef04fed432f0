#!/usr/bin/env bash
# The build stamp (sourced): a hash of everything `mvn package` reads, recorded after a successful
# build, so that a start with nothing changed skips the build.

build_stamp_file() { echo "$BOUCLE_ROOT/api/target/boucle-build.sha256"; }

# A hash of the build's sources: the POMs, the modules' files, the frontend's lock file and code.
build_stamp_current() {
  (
    cd "$BOUCLE_ROOT" || exit 1
    find pom.xml search frontend api -type f \
      -not -path '*/target/*' -not -path '*/node_modules/*' -not -path 'frontend/node/*' \
      -not -path 'frontend/dist/*' -not -name '*.log' -print0 \
      | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
  )
}

# Whether the built application jar matches the sources as they are now.
build_stamp_fresh() {
  local stamp; stamp="$(build_stamp_file)"
  [ -f "$stamp" ] || return 1
  ls "$BOUCLE_ROOT"/api/target/boucle-api-*.jar >/dev/null 2>&1 || return 1
  [ "$(cat "$stamp")" = "$(build_stamp_current)" ]
}

# Records the hash of the sources a build that just succeeded was made from: pass the hash taken
# before the build started, so that a file edited while it ran makes the next start build again.
build_stamp_record() {
  echo "${1:?the hash taken before the build}" > "$(build_stamp_file)"
}
