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

stack_log "building Boucle (Maven, quiet; first run downloads dependencies)"
(cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true)
pg_up
es_up

jar=$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)
export BOUCLE_DEMO="${BOUCLE_DEMO:-true}"
export BOUCLE_PORT
# The demo has no SMTP server: invitation and reset e-mails are printed in this console instead.
export BOUCLE_MAIL_LOG_ONLY="${BOUCLE_MAIL_LOG_ONLY:-true}"
export BOUCLE_OPERATOR_EMAIL="${BOUCLE_OPERATOR_EMAIL:-operateur@boucle.demo}"
export BOUCLE_OPERATOR_PASSWORD="${BOUCLE_OPERATOR_PASSWORD:-boucle-demo-2026}"
stack_log "starting the application on port $BOUCLE_PORT"
java -XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=25 -jar "$jar" &
app_pid=$!

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$BOUCLE_PORT/health" >/dev/null 2>&1; then
    cat <<BANNER

  ┌──────────────────────────────────────────────────────────────────┐
  │  Boucle is ready: http://localhost:$BOUCLE_PORT                          │
  └──────────────────────────────────────────────────────────────────┘
  Catalogue      http://localhost:$BOUCLE_PORT/catalogue
  API docs       http://localhost:$BOUCLE_PORT/api/docs
  Health         http://localhost:$BOUCLE_PORT/health
  Metrics        http://localhost:$BOUCLE_PORT/prometheus
  Demo data      ${BOUCLE_DEMO_LISTINGS:-5000} listings from 12 reuse structures, 6 public buyers
                 (seed ${BOUCLE_DEMO_SEED:-20261122}; set BOUCLE_DEMO_LISTINGS to change the size)
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
