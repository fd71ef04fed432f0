#!/usr/bin/env bash
# Starts everything: builds Boucle, brings up PostgreSQL and Elasticsearch, loads the demo data
# and serves the application at http://localhost:8080. Runs in the foreground; Ctrl-C stops all
# it started.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib/jdk.sh"
source "$here/stack/common.sh"
source "$here/stack/postgres.sh"
source "$here/stack/elasticsearch.sh"
source "$here/lib/build-stamp.sh"
: "${BOUCLE_PORT:=8080}"
started=$(date +%s)

if stack_port_taken "$BOUCLE_PORT"; then
  stack_fail "port $BOUCLE_PORT is already taken: stop what runs there or set BOUCLE_PORT"
  exit 1
fi

pg_was_up=no; es_was_up=no
pg_status 2>/dev/null | grep -q ': up' && pg_was_up=yes
es_status 2>/dev/null | grep -q ': up' && es_was_up=yes
app_pid=""
cleanup() {
  trap - EXIT INT TERM
  # Keep stopping services even if our output pipe is gone or the terminal closes.
  trap '' PIPE HUP INT TERM
  set +e # a failed log write (closed pipe) must not stop the clean-up
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    stack_log "stopping the application"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  [ "$es_was_up" = yes ] || es_down || true
  [ "$pg_was_up" = yes ] || pg_down || true
  stack_log "stopped"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

if [ "${BOUCLE_REBUILD:-no}" != yes ] && build_stamp_fresh; then
  stack_log "nothing changed since the last build: skipping it (BOUCLE_REBUILD=yes forces one)"
else
  stack_log "building Boucle (Maven, quiet; first run downloads dependencies)"
  sources=$(build_stamp_current)
  (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true)
  build_stamp_record "$sources"
fi
pg_up
es_up

# Run a copy of the jar, so that a build while Boucle runs (the test suite, say) cannot pull
# classes from under the running application.
mkdir -p "$BOUCLE_STACK_DIR/app"
jar="$BOUCLE_STACK_DIR/app/boucle-api.jar"
cp "$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)" "$jar"
export BOUCLE_DB_URL="${BOUCLE_DB_URL:-jdbc:postgresql://127.0.0.1:$BOUCLE_PG_PORT/boucle}"
export BOUCLE_ES_URL="${BOUCLE_ES_URL:-http://127.0.0.1:${BOUCLE_ES_PORT:-9200}}"
export BOUCLE_PUBLIC_URL="${BOUCLE_PUBLIC_URL:-http://localhost:$BOUCLE_PORT}"
# The demo's passwords are published: it listens on the loopback only unless told otherwise.
export BOUCLE_HOST="${BOUCLE_HOST:-127.0.0.1}"
# Sessions are signed with a random secret made on the first start and kept with the stack's data
# (readable by this user only), unless BOUCLE_JWT_SECRET is given.
if [ -z "${BOUCLE_JWT_SECRET:-}" ]; then
  secret_file="$BOUCLE_STACK_DIR/session-secret"
  if [ ! -s "$secret_file" ]; then
    (umask 077 && head -c 48 /dev/urandom | base64 -w0 >"$secret_file")
  fi
  BOUCLE_JWT_SECRET="$(cat "$secret_file")"
fi
export BOUCLE_JWT_SECRET
export BOUCLE_DEMO="${BOUCLE_DEMO:-true}"
export BOUCLE_PORT
# The demo has no SMTP server: invitation and reset e-mails are printed in this console instead.
export BOUCLE_MAIL_LOG_ONLY="${BOUCLE_MAIL_LOG_ONLY:-true}"
export BOUCLE_OPERATOR_EMAIL="${BOUCLE_OPERATOR_EMAIL:-operateur@boucle.demo}"
export BOUCLE_OPERATOR_PASSWORD="${BOUCLE_OPERATOR_PASSWORD:-boucle-demo-2026}"
stack_log "starting the application on port $BOUCLE_PORT"
java -XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=25 -jar "$jar" &
app_pid=$!

# The catalogue is built in the background after start-up: wait until it holds every listing, so
# that the first page a newcomer opens is the whole demo.
wait_for_catalogue() {
  local dataset listings count waited=0
  dataset=$(curl -fs "http://127.0.0.1:$BOUCLE_PORT/api/demo/dataset" 2>/dev/null) || return 0
  listings=$(sed -nE 's/.*"listings":([0-9]+).*/\1/p' <<<"$dataset")
  [ -n "$listings" ] || return 0
  while :; do
    # The alias appears only once the application has created the index: 0 until then.
    count=$( (curl -fs "$BOUCLE_ES_URL/${BOUCLE_ES_CATALOG_ALIAS:-catalog}/_count" 2>/dev/null || true) \
      | sed -nE 's/.*"count":([0-9]+).*/\1/p')
    if [ "${count:-0}" -ge "$listings" ]; then
      stack_log "catalogue ready: $count listings"
      return 0
    fi
    if [ $((waited % 5)) -eq 0 ]; then
      stack_log "building the catalogue from PostgreSQL (${count:-0} of $listings listings indexed, ${waited} s)"
    fi
    if [ "$waited" -ge 180 ]; then
      stack_fail "the catalogue still holds ${count:-0} of $listings listings after 180 s (see the log above)"
      return 0
    fi
    sleep 1; waited=$((waited + 1))
  done
}

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$BOUCLE_PORT/health" >/dev/null 2>&1; then
    [ "$BOUCLE_DEMO" = true ] && wait_for_catalogue
    demo=$(curl -fs "http://127.0.0.1:$BOUCLE_PORT/api/demo/dataset" 2>/dev/null || true)
    demo_listings=$(sed -nE 's/.*"listings":([0-9]+).*/\1/p' <<<"$demo")
    demo_orders=$(sed -nE 's/.*"orders":([0-9]+).*/\1/p' <<<"$demo")
    demo_seed=$(sed -nE 's/.*"seed":([0-9]+).*/\1/p' <<<"$demo")
    cat <<BANNER

  ┌──────────────────────────────────────────────────────────────────┐
  │  Boucle is ready: http://localhost:$BOUCLE_PORT                          │
  └──────────────────────────────────────────────────────────────────┘
  Catalogue      http://localhost:$BOUCLE_PORT/catalogue
  API docs       http://localhost:$BOUCLE_PORT/api/docs
  Health         http://localhost:$BOUCLE_PORT/health
  Metrics        http://localhost:$BOUCLE_PORT/prometheus
  Demo data      ${demo_listings:-no} listings from 12 reuse structures, 6 public buyers,
                 ${demo_orders:-no} orders over two years (seed ${demo_seed:-none};
                 BOUCLE_DEMO_LISTINGS and BOUCLE_DEMO_SEED apply to an empty database)
  Sign in        http://localhost:$BOUCLE_PORT/connexion with a demo account:
                 $BOUCLE_OPERATOR_EMAIL / $BOUCLE_OPERATOR_PASSWORD  — Opérateur de la plateforme
$(curl -fs "http://127.0.0.1:$BOUCLE_PORT/api/demo/accounts" 2>/dev/null | sed 's/},{/\n/g' \
  | sed -E 's/.*"email":"([^"]+)","password":"([^"]+)","who":"([^"]+)".*/                 \1 \/ \2  — \3/')
  E-mails        printed in this console (BOUCLE_MAIL_LOG_ONLY=true)
  Started in $(( $(date +%s) - started )) s. Ctrl-C stops everything this command started.

BANNER
    wait "$app_pid"
    exit $?
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    stack_fail "the application exited during start-up (see the log above)"
    exit 1
  fi
  sleep 1
done
stack_fail "the application did not answer /health within 120 s"
exit 1
