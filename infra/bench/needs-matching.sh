#!/usr/bin/env bash
# Needs-matching benchmark (issue 17), in one JVM that runs the application itself on its own
# database with the demo data set of BENCH_LISTINGS listings (default 100,000):
#   1. BENCH_NEEDS open needs (default 10,000) generated over the demo's buyers, services and
#      categories (sql/open-needs.sql);
#   2. a new listing matched against the open needs: the stock watch's sweep (what the scheduled
#      job runs every minute) with exactly one new listing, timed per sweep;
#   3. a new need matched against the listings: POST /api/needs (the suppliers to notify found and
#      mailed in the same transaction) and GET /api/needs/{id}/matches (the catalogue's French
#      search near the delivery service), timed per call, by the demo requester;
#   4. the reference in the same run: GET /api/auth/me, interleaved with the need trials.
# BENCH_WARMUP (30) untimed then BENCH_TRIALS (300) timed of each; sequential, one caller.
# The harness (src/needs/java/.../NeedsMatchingBench.java) runs with the JDK's source launcher
# against the application's jar.
# Usage: infra/bench/needs-matching.sh    BENCH_LISTINGS, BENCH_NEEDS, BENCH_TRIALS, BENCH_WARMUP,
#        BENCH_PORT (8099), BENCH_DB (boucle_bench_needs), BENCH_ALIAS (bench-needs-catalog),
#        BENCH_SKIP_BUILD=yes (use api/target's jar) or BENCH_JAR=path, BENCH_OUT (results file).
# PostgreSQL and Elasticsearch: the ones running (infra/stack.sh up), else this checkout's stack.
# Results: printed, and written to docs/benchmarks-needs-latest.md.
set -euo pipefail
# The application refuses to start without a session secret: a random one per run.
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"

LISTINGS="${BENCH_LISTINGS:-100000}"
NEEDS="${BENCH_NEEDS:-10000}"
PORT="${BENCH_PORT:-8099}"
APP_DB="${BENCH_DB:-boucle_bench_needs}"
ALIAS="${BENCH_ALIAS:-bench-needs-catalog}"
PG_HOST=127.0.0.1
PG_PORT="${BOUCLE_PG_PORT:-54329}"
export PGUSER="${BOUCLE_DB_USER:-boucle}" PGPASSWORD="${BOUCLE_DB_PASSWORD:-boucle}"
PG_BIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"
out="${BENCH_OUT:-$root/docs/benchmarks-needs-latest.md}"
work="$here/target/needs"
mkdir -p "$work"
log() { echo "[needs-bench] $*" >&2; }
[[ "$APP_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { log "BENCH_DB must be a plain database name"; exit 2; }
[[ "$ALIAS" =~ ^[a-z][a-z0-9_-]*$ ]] || { log "BENCH_ALIAS must be a plain alias name"; exit 2; }

if ! "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" \
  || ! curl -fs -o /dev/null "${BOUCLE_ES_URL:-http://127.0.0.1:9200}/_cluster/health"; then
  source "$root/infra/stack/common.sh"
  source "$root/infra/stack/postgres.sh"
  source "$root/infra/stack/elasticsearch.sh"
  pg_up
  es_up
fi
"$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -qc "DROP DATABASE IF EXISTS $APP_DB WITH (FORCE)" postgres
"$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -qc "CREATE DATABASE $APP_DB" postgres

if [ -n "${BENCH_JAR:-}" ]; then
  jar="$BENCH_JAR"
else
  if [ "${BENCH_SKIP_BUILD:-no}" != yes ]; then
    log "building the application (without the frontend: the benchmark reads the API)"
    (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true -Dskip.npm \
      -Dskip.installnodenpm -Dskip.vitest -pl api -am)
  fi
  jar=$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +"%Y-%m-%d %H:%M UTC")
log "loading the demo with $LISTINGS listings, then $NEEDS open needs (several minutes)"
# The stock watch's own schedule is pushed past the run: the harness calls its sweep itself.
rm -f "$work/result.md"
BOUCLE_PORT=$PORT BOUCLE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$APP_DB" \
  BOUCLE_ES_CATALOG_ALIAS=$ALIAS BOUCLE_MAIL_LOG_ONLY=true BOUCLE_DEMO=true \
  BOUCLE_DEMO_LISTINGS="$LISTINGS" \
  java -XX:MaxRAMPercentage=25 ${BENCH_JAVA_OPTS:-} \
  -Dboucle.needs.stock-watch-start=100h -Dbench.listings="$LISTINGS" -Dbench.needs="$NEEDS" \
  -Dbench.trials="${BENCH_TRIALS:-300}" -Dbench.warmup="${BENCH_WARMUP:-30}" \
  -Dbench.needs-sql="$here/sql/open-needs.sql" -Dbench.result="$work/result.md" \
  -cp "$jar" "$here/src/needs/java/fr/boucle/bench/NeedsMatchingBench.java" >"$work/app.log" 2>&1 || {
  log "the benchmark failed: see $work/app.log"; tail -n 30 "$work/app.log" >&2; exit 1; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# Needs matching, $started"
  echo
  echo "$(nproc) cores, $(java -version 2>&1 | head -n1), PostgreSQL and Elasticsearch on the same host."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  echo
  cat "$work/result.md"
  echo
  echo "Reproduce: \`infra/bench/needs-matching.sh\` (BENCH_LISTINGS=$LISTINGS BENCH_NEEDS=$NEEDS BENCH_TRIALS=${BENCH_TRIALS:-300})."
} | tee "$out"
