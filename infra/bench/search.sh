#!/usr/bin/env bash
# Catalogue search benchmark over 100,000 generated listings, loopback only:
#   - the same searches at fixed arrival rates to the search API and, as the equivalent raw
#     request, to Elasticsearch (Gatling, open model), p50/p99 and the throughput knee;
#   - full reindex from PostgreSQL while searches keep running;
#   - freshness (commit -> searchable) under a steady stream of listing updates.
# Usage: infra/bench/search.sh [rates...]   (default rates: 25 50 100 150 200)
# Results: printed, and written to docs/benchmarks-search-latest.md (BENCH_OUT to change).
# Several checkouts on one machine: give each its own database, alias and port, and reuse the
# PostgreSQL and Elasticsearch already running instead of starting this checkout's stack:
#   BENCH_EXTERNAL_STACK=yes BENCH_DB=boucle_bench_me BENCH_ALIAS=bench-catalog-me BENCH_PORT=8098
# (PostgreSQL is then reached over TCP at 127.0.0.1:$BOUCLE_PG_PORT with $BOUCLE_DB_PASSWORD.)
# BENCH_JAR=path runs an already built application jar (e.g. to compare two commits back to back);
# BENCH_JAVA_OPTS replaces the JVM options (default -XX:MaxRAMPercentage=25).
set -euo pipefail
# The application refuses to start without a session secret: a random one per run.
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"
source "$root/infra/stack/common.sh"
source "$root/infra/stack/postgres.sh"
source "$root/infra/stack/elasticsearch.sh"

RATES=("${@:-25 50 100 150 200}")
[ "$#" -gt 0 ] || RATES=(25 50 100 150 200)
SECONDS_PER_RUN="${BENCH_SECONDS:-30}"
LISTINGS="${BENCH_LISTINGS:-100000}"
PORT="${BENCH_PORT:-8097}"
DB="${BENCH_DB:-boucle_bench}"
ALIAS="${BENCH_ALIAS:-bench-catalog}"
HEAP_OPTS="${BENCH_JAVA_OPTS:--XX:MaxRAMPercentage=25}"
OP_EMAIL=op@bench.test
OP_PASSWORD=bench-operateur-2026
API="http://127.0.0.1:$PORT"
ES="${BOUCLE_ES_URL:-http://127.0.0.1:${BOUCLE_ES_PORT:-9200}}"
out="${BENCH_OUT:-$root/docs/benchmarks-search-latest.md}"
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DB must be a plain database name" >&2; exit 2; }
[[ "$ALIAS" =~ ^[a-z][a-z0-9_-]*$ ]] || { echo "BENCH_ALIAS must be a plain alias name" >&2; exit 2; }

bin=$(pg_find_bin)
if [ "${BENCH_EXTERNAL_STACK:-no}" = yes ]; then
  psql_bench() { PGPASSWORD="${BOUCLE_DB_PASSWORD:-boucle}" "$bin/psql" -h 127.0.0.1 -p "$BOUCLE_PG_PORT" -U "$BOUCLE_DB_USER" "$@"; }
else
  pg_up
  es_up
  psql_bench() { stack_as_user "$bin/psql" -h "$PG_DIR" -p "$BOUCLE_PG_PORT" -U "$BOUCLE_DB_USER" "$@"; }
fi
if [ "${BENCH_FRESH_DB:-no}" = yes ]; then
  psql_bench -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
fi
psql_bench -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql_bench -d postgres -qc "CREATE DATABASE $DB" >/dev/null

stack_log "building the application and the benchmark"
if [ -z "${BENCH_JAR:-}" ]; then
  (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true)
fi
(cd "$here" && mvn -B -q -ntp test-compile)
jar="${BENCH_JAR:-$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)}"

mkdir -p "$here/target"
BOUCLE_PORT=$PORT BOUCLE_DB_URL="jdbc:postgresql://127.0.0.1:$BOUCLE_PG_PORT/$DB" \
  BOUCLE_ES_CATALOG_ALIAS=$ALIAS BOUCLE_MAIL_LOG_ONLY=true BOUCLE_DEMO=true \
  BOUCLE_DEMO_LISTINGS=$LISTINGS BOUCLE_OPERATOR_EMAIL=$OP_EMAIL BOUCLE_OPERATOR_PASSWORD=$OP_PASSWORD \
  java $HEAP_OPTS -jar "$jar" >"$here/target/bench-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
stack_log "waiting for the application and a catalogue of $LISTINGS documents"
for _ in $(seq 1 300); do
  # The alias does not exist until the first index is built: no count yet, not a failure.
  count=$(curl -fs "$ES/$ALIAS/_count" 2>/dev/null | sed -n 's/.*"count":\([0-9]*\).*/\1/p' || true)
  if curl -fs "$API/health" >/dev/null 2>&1 && [ "${count:-0}" -ge "$LISTINGS" ]; then break; fi
  sleep 2
done

gatling() { # target rate seconds -> "p50 p99 ko"
  (cd "$here" && mvn -B -q -ntp gatling:test -Dtarget="$1" -Drate="$2" -Dseconds="$3" -Dapi="$API" -Des="$ES" \
    -Dalias=$ALIAS -DoperatorEmail=$OP_EMAIL -DoperatorPassword=$OP_PASSWORD >"$here/target/gatling-$1-$2.log" 2>&1) || true
  # Gatling prints its global statistics; the per-request figures are the same (one request type).
  local log="$here/target/gatling-$1-$2.log"
  local p50 p99 ko
  p50=$(grep '50th percentile' "$log" | tail -n1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')
  p99=$(grep '99th percentile' "$log" | tail -n1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')
  ko=$(grep '> request count' "$log" | tail -n1 | awk -F'|' '{gsub(/[ ,]/, "", $4); print ($4 == "-" ? 0 : $4)}')
  echo "${p50:-?} ${p99:-?} ${ko:-?}"
}

# Elasticsearch here has a small heap shared by every index on the node: indices other checkouts
# or tests left behind slowed the full reindex 2.5x once (docs/benchmarks.md, issue 14). Say what
# else the node holds, so a run on a crowded node is seen as such.
es_heap=$(curl -fs "$ES/_cat/nodes?h=heap.percent,heap.max" | head -n1 | xargs || true)
es_others=$(curl -fs "$ES/_cat/indices?h=index,docs.count&bytes=b" | awk -v a="$ALIAS-v" 'index($1, a) != 1 {n++; d += $2} END {printf "%d indices, %d documents", n, d}' || true)
{
  echo "# Catalogue search benchmark — latest run"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $LISTINGS listings, ${SECONDS_PER_RUN}s per rate, 16 searches (free text, geo radius, filters, nine facets), loopback."
  echo "Command: \`infra/bench/search.sh ${RATES[*]}\` (database $DB, alias $ALIAS, JVM \`$HEAP_OPTS\`)"
  echo "Elasticsearch before the run: heap (used %, max) $es_heap; other indices on the node: $es_others."
  echo
  echo "| rate (req/s) | API p50 (ms) | API p99 (ms) | API errors | raw ES p50 (ms) | raw ES p99 (ms) | raw ES errors |"
  echo "|---|---|---|---|---|---|---|"
} >"$out"
api_knee=0; es_knee=0
# Warm-up: the application compiles its hot paths (JIT) and both sides fill their caches before
# the first measured rate (10 s at 10 req/s left the first rate measuring a cold JVM).
gatling api 50 30 >/dev/null
gatling es 50 10 >/dev/null
for rate in "${RATES[@]}"; do
  read -r a50 a99 ako < <(gatling api "$rate" "$SECONDS_PER_RUN")
  read -r e50 e99 eko < <(gatling es "$rate" "$SECONDS_PER_RUN")
  echo "| $rate | $a50 | $a99 | $ako | $e50 | $e99 | $eko |" | tee -a "$out"
  awk -v p="$a99" 'BEGIN{exit !(p+0 <= 100)}' && [ "$ako" = 0 ] && api_knee=$rate
  awk -v p="$e99" 'BEGIN{exit !(p+0 <= 100)}' && [ "$eko" = 0 ] && es_knee=$rate
done
{
  echo
  echo "Throughput knee (highest tested rate with p99 ≤ 100 ms and no error): API **$api_knee req/s**, raw Elasticsearch **$es_knee req/s**."
} | tee -a "$out"

stack_log "full reindex while searches run at 50 req/s"
cookie=$(curl -fs -c - -H 'Content-Type: application/json' "$API/api/auth/login" \
  -d "{\"email\":\"$OP_EMAIL\",\"password\":\"$OP_PASSWORD\"}" | awk '$6 ~ /BOUCLE_/ {printf "%s=%s; ", $6, $7}')
csrf=$(echo "$cookie" | sed -n 's/.*BOUCLE_CSRF=\([^;]*\).*/\1/p')
(sleep 5; curl -fs -X POST -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" "$API/api/operator/catalogue/reindex" >"$here/target/reindex.json") &
reindexing=$!
read -r r50 r99 rko < <(gatling api 50 40)
wait "$reindexing"
reindex_ms=$(sed -n 's/.*"millis":\([0-9]*\).*/\1/p' "$here/target/reindex.json")
{
  echo
  echo "Full reindex of $LISTINGS listings from PostgreSQL while searching at 50 req/s: **$((reindex_ms / 1000)).$(( (reindex_ms % 1000) / 100 )) s**; searches during it: p50 $r50 ms, p99 $r99 ms, errors $rko."
} | tee -a "$out"

stack_log "freshness under 20 listing updates/s for 30 s"
for _ in $(seq 1 30); do
  psql_bench -d "$DB" -qc "UPDATE listing SET price_excl_vat_cents = price_excl_vat_cents + 10 WHERE id IN (SELECT id FROM listing ORDER BY random() LIMIT 20)" >/dev/null
  sleep 1
done
sleep 3
fresh=$(curl -fs "$API/prometheus" | grep '^boucle_catalogue_freshness_seconds{' | grep -E 'quantile="0.(5|99)"' | sed -E 's/.*quantile="([0-9.]+)".* ([0-9.eE+-]+)$/p\1 \2 s/' | tr '\n' ' ')
{
  echo
  echo "Freshness (commit → indexed) under 20 updates/s: $fresh(Prometheus \`boucle_catalogue_freshness_seconds\`)."
} | tee -a "$out"
stack_log "results written to $out"
