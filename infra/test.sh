#!/usr/bin/env bash
# Runs Boucle's whole test suite: formatting and static checks, unit tests, integration tests
# against a real PostgreSQL and Elasticsearch, and browser tests in headless Chromium.
# Starts what is missing (and stops it afterwards); installs Chromium when the machine lacks it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib/jdk.sh"
source "$here/stack/common.sh"
source "$here/stack/postgres.sh"
source "$here/stack/elasticsearch.sh"
source "$here/lib/build-stamp.sh"
source "$here/lib/first-start.sh"
started=$(date +%s)

ensure_chromium() {
  if [ -x "${BOUCLE_CHROMIUM:-/usr/bin/chromium}" ] && [ -x "${BOUCLE_CHROMEDRIVER:-/usr/bin/chromedriver}" ]; then
    return 0
  fi
  stack_log "Chromium is missing: installing Debian's chromium and chromium-driver"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}
ensure_chromium

# Stop afterwards only what this run started.
pg_was_up=no; es_was_up=no
pg_status 2>/dev/null | grep -q ': up' && pg_was_up=yes
es_status 2>/dev/null | grep -q ': up' && es_was_up=yes
cleanup() {
  # Keep stopping services even if our output pipe is gone or the terminal closes.
  trap '' PIPE HUP INT TERM
  set +e # a failed log write (closed pipe) must not stop the clean-up
  first_start_abort
  [ "$es_was_up" = yes ] || es_down || true
  [ "$pg_was_up" = yes ] || pg_down || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# The README's first command, as a newcomer runs it (skip with BOUCLE_FIRST_START=no).
if [ "${BOUCLE_FIRST_START:-yes}" = yes ]; then
  first_start_begin
fi

pg_up
es_up

export BOUCLE_TEST_DB_URL="${BOUCLE_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:${BOUCLE_PG_PORT}/boucle_test}"
export BOUCLE_ES_URL="${BOUCLE_ES_URL:-http://127.0.0.1:${BOUCLE_ES_PORT:-9200}}"
cd "$root"
sources=$(build_stamp_current)
mvn -B -ntp verify "$@"
if [ $# -eq 0 ]; then build_stamp_record "$sources"; fi
first_start_end
stack_log "test suite passed in $(( $(date +%s) - started )) s"
