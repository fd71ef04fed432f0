#!/usr/bin/env bash
# Order submission benchmark, in one run on one PostgreSQL:
#   1. pgbench TPC-B with 32 clients on its own database, as the yardstick of this machine (scale
#      32, as pgbench's manual advises for 32 clients; scale 1, its default, for comparison);
#   2. the application (demo data) on its own database; order submissions (POST /api/orders)
#      by 32 concurrent clients back to back (wrk, closed model): the sustained orders/s;
#   3. the same submissions at a fixed arrival rate of half that (Gatling, open model): p50/p99;
#   4. place_orders + number_orders alone, called by pgbench: the database's ceiling for one buyer.
# Needs wrk (apt-get install wrk) besides the JDK and Maven.
# Usage: infra/bench/orders.sh        BENCH_SECONDS (default 60) per phase, BENCH_WARMUP_SECONDS
#        (default 30: the JIT compiler still takes a tenth of the CPU after 15 s), BENCH_SKIP_BUILD=yes.
# Results: printed, and written to docs/benchmarks-orders-latest.md.
set -euo pipefail
# The application refuses to start without a session secret: a random one per run.
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"
source "$root/infra/lib/cpu-split.sh"

SECONDS_PER_PHASE="${BENCH_SECONDS:-60}"
CLIENTS=32
PORT="${BENCH_PORT:-8098}"
PG_HOST=127.0.0.1
PG_PORT="${BOUCLE_PG_PORT:-54329}"
export PGUSER="${BOUCLE_DB_USER:-boucle}" PGPASSWORD="${BOUCLE_DB_PASSWORD:-boucle}"
PG_BIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"
APP_DB=boucle_bench_orders
PGBENCH_DB=boucle_pgbench
ALIAS=bench-orders-catalog
API="http://127.0.0.1:$PORT"
out="$root/docs/benchmarks-orders-latest.md"
mkdir -p "$here/target"
log() { echo "[orders-bench] $*" >&2; }
psql_db() { "$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtA -d "$@"; }

if ! "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT"; then
  source "$root/infra/stack/common.sh"
  source "$root/infra/stack/postgres.sh"
  source "$root/infra/stack/elasticsearch.sh"
  pg_up
  es_up
fi
pg_version=$(psql_db postgres -c "SHOW server_version")

for db in "$APP_DB" "$PGBENCH_DB"; do
  psql_db postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null
  psql_db postgres -c "CREATE DATABASE $db" >/dev/null
done

# 1. The yardstick: TPC-B-like pgbench, 32 clients, on the same server.
log "pgbench: initialising (scale 32) and running 32 clients for ${SECONDS_PER_PHASE}s"
"$PG_BIN/pgbench" -h "$PG_HOST" -p "$PG_PORT" -i -q -s 32 "$PGBENCH_DB" >"$here/target/pgbench-init.log" 2>&1
"$PG_BIN/pgbench" -h "$PG_HOST" -p "$PG_PORT" -c "$CLIENTS" -j 2 -T "$SECONDS_PER_PHASE" "$PGBENCH_DB" \
  >"$here/target/pgbench.log" 2>&1
pgbench_tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$here/target/pgbench.log")
log "pgbench: $pgbench_tps TPS"
# The same at pgbench's default scale (1): the 32 clients queue on one branch row, as a buyer's
# orders queue on its lot. Printed for comparison; the goal is measured against scale 32.
"$PG_BIN/pgbench" -h "$PG_HOST" -p "$PG_PORT" -i -q -s 1 "$PGBENCH_DB" >>"$here/target/pgbench-init.log" 2>&1
"$PG_BIN/pgbench" -h "$PG_HOST" -p "$PG_PORT" -c "$CLIENTS" -j 2 -T "$SECONDS_PER_PHASE" "$PGBENCH_DB" \
  >"$here/target/pgbench-scale1.log" 2>&1
pgbench_tps1=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$here/target/pgbench-scale1.log")
log "pgbench at scale 1: $pgbench_tps1 TPS"
psql_db postgres -c "DROP DATABASE IF EXISTS $PGBENCH_DB" >/dev/null

# 2. The application on the demo data set.
if [ "${BENCH_SKIP_BUILD:-no}" != yes ]; then
  log "building the application and the benchmark"
  (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true)
fi
(cd "$here" && mvn -B -q -ntp test-compile)
jar=$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)
BOUCLE_PORT=$PORT BOUCLE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$APP_DB" \
  BOUCLE_ES_CATALOG_ALIAS=$ALIAS BOUCLE_MAIL_LOG_ONLY=true BOUCLE_DEMO=true BOUCLE_DEMO_LISTINGS=3000 \
  BOUCLE_DB_POOL_SIZE="${BENCH_DB_POOL_SIZE:-16}" \
  java -XX:MaxRAMPercentage=25 ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$here/target/orders-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
log "waiting for the application"
for _ in $(seq 1 180); do
  if curl -fs "$API/health" >/dev/null 2>&1 && [ "$(psql_db "$APP_DB" -c "SELECT count(*) FROM person WHERE email = 'demandeur@boucle.demo'" 2>/dev/null || echo 0)" = 1 ]; then break; fi
  sleep 2
done

# Every in-scope, published listing of a supplier awarded to the demo requester's buyer gets ample
# stock, and lot maxima are raised, so the benchmark measures placing orders, not refusing them.
feed="$here/target/orders-feed.csv"
psql_db "$APP_DB" -f "$here/sql/orderable-listings.sql" >/dev/null
psql_db "$APP_DB" >/dev/null <<'SQL'
INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)
  SELECT id, 'RECEIVED', 1000000, 'bench', 'Benchmark stock' FROM bench_listing;
UPDATE lot_period SET maximum_excl_vat_cents = 9000000000000000;
DELETE FROM catalogue_outbox;
ANALYZE; -- fresh tables get their statistics now, not whenever autovacuum comes by
SQL
psql_db "$APP_DB" -F, -c "SELECT id, quantity, service_id FROM bench_listing" \
  | (echo "listingId,quantity,serviceId"; cat) >"$feed"
listings=$(($(wc -l <"$feed") - 1))
log "$listings listings in the feed"

gatling() { # name mode users rate seconds -> log path
  local logf="$here/target/gatling-orders-$1.log"
  (cd "$here" && mvn -B -q -ntp gatling:test -Dsimulation=fr.boucle.bench.OrderSubmissionSimulation \
    -Dmode="$2" -Dusers="$3" -Drate="$4" -Dseconds="$5" -Dapi="$API" -Dfeed="$feed" >"$logf" 2>&1) || true
  echo "$logf"
}
stat_of() { # log label -> the "Total" column of a Gatling statistics row
  grep "$2" "$1" | tail -n1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}'
}
orders() { psql_db "$APP_DB" -c "SELECT count(*) FROM purchase_order"; }

# The sustained rate is driven by wrk (a C load generator: about a tenth of the CPU Gatling's JVM
# needs for the same requests, CPU the application and PostgreSQL share on this machine); the
# fixed-rate latency by Gatling (open model).
command -v wrk >/dev/null || { log "wrk is needed (apt-get install wrk)"; exit 1; }
cookies=$(curl -fsS -c - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"email":"demandeur@boucle.demo","password":"boucle-demo-2026"}' "$API/api/auth/login")
export BOUCLE_SESSION BOUCLE_CSRF FEED="$feed" DELIVERY
BOUCLE_SESSION=$(awk '$6 == "BOUCLE_SESSION" {print $7}' <<<"$cookies")
BOUCLE_CSRF=$(awk '$6 == "BOUCLE_CSRF" {print $7}' <<<"$cookies")
DELIVERY=$(date -d '+14 days' +%F)
[ -n "$BOUCLE_SESSION" ] && [ -n "$BOUCLE_CSRF" ] || { log "sign-in failed"; exit 1; }
wrk_run() { # seconds log
  wrk -t2 -c"$CLIENTS" -d"$1"s --timeout 10s -s "$here/wrk/submit-orders.lua" "$API" >"$2" 2>&1 || true
}

log "warm-up: $CLIENTS clients for ${BENCH_WARMUP_SECONDS:-30} s"
wrk_run "${BENCH_WARMUP_SECONDS:-30}" "$here/target/wrk-orders-warmup.log"
# Statistics as a database with a history of orders has them: planned on the nearly empty tables
# of a fresh database, lookups by key (foreign-key checks included) would scan whole tables that
# the run then fills, until autovacuum happens to analyse them (runs varied 2x with its timing).
psql_db "$APP_DB" -c "ANALYZE" >/dev/null
log "sustained: $CLIENTS concurrent clients for ${SECONDS_PER_PHASE}s"
closed_log="$here/target/wrk-orders-sustained.log"
before=$(orders)
cpu_before=$(cpu_snapshot "$app")
wrk_run "$SECONDS_PER_PHASE" "$closed_log"
cpu_after=$(cpu_snapshot "$app")
after=$(orders)
cpu=$(cpu_split "$cpu_before" "$cpu_after" "$SECONDS_PER_PHASE")
log "CPU during the sustained phase: $cpu"
closed_ko=$(awk '/^orders / {print $4}' "$closed_log")
closed_p99=$(awk '/^orders / {print $8}' "$closed_log")
sustained=$(awk -v n=$((after - before)) -v s="$SECONDS_PER_PHASE" 'BEGIN{printf "%.0f", n / s}')
log "sustained: $sustained orders/s ($((after - before)) orders, refused ${closed_ko:-?})"

half=$(awk -v r="$sustained" 'BEGIN{printf "%.0f", r / 2}')
log "fixed rate: $half orders/s for ${SECONDS_PER_PHASE}s"
open_log=$(gatling open open 0 "$half" "$SECONDS_PER_PHASE")
p50=$(stat_of "$open_log" '50th percentile')
p99=$(stat_of "$open_log" '99th percentile')
open_ko=$(grep '> request count' "$open_log" | tail -n1 | awk -F'|' '{gsub(/[ ,]/, "", $4); print ($4 == "-" ? 0 : $4)}')

# 4. The database's own ceiling for one buyer: what a submission asks of it after its reads —
# place_orders then number_orders (V10), each its own transaction — called by pgbench alone, 32
# clients, the application stopped. Each call replays the last order of the run with a new key, a
# new order id and one of the benchmark listings drawn at random: the same rows are shared as in
# phase 2 (the lot period, the buyer's numbering), the listings are spread the same way.
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
psql_db "$APP_DB" >/dev/null <<'SQL'
DROP TABLE IF EXISTS bench_ids;
CREATE TABLE bench_ids AS
  SELECT row_number() OVER (ORDER BY id) AS n, id FROM (SELECT DISTINCT id FROM bench_listing) x;
SQL
bench_ids=$(psql_db "$APP_DB" -c "SELECT count(*) FROM bench_ids")
buyer=$(psql_db "$APP_DB" -c "SELECT o.buyer_id FROM purchase_order o ORDER BY o.submitted_at DESC LIMIT 1")
template=$(psql_db "$APP_DB" -c "SELECT jsonb_build_object('personId', o.requester_id, 'key', 'KEY',
    'requestHash', 'bench', 'actor', 'bench', 'year', extract(year FROM now())::int, 'fromCart', false,
    'wanted', jsonb_build_array(jsonb_build_object('listingId', 'LISTING', 'quantity', ol.quantity)),
    'orders', jsonb_build_array(to_jsonb(o) - 'number' || jsonb_build_object('id', 'ORDER',
      'lines', jsonb_build_array(to_jsonb(ol) - 'order_id' || jsonb_build_object('listing_id', 'LISTING')))))
  FROM purchase_order o JOIN order_line ol ON ol.order_id = o.id ORDER BY o.submitted_at DESC LIMIT 1")
template=${template//\'/\'\'} # a title with an apostrophe stays one SQL literal
script="$here/target/place-orders.pgbench"
{
  echo "\\set n random(1, $bench_ids)"
  echo "\\set k random(1, 2000000000)"
  echo "SELECT order_ids AS ids FROM place_orders(('$template')::jsonb) \\gset" \
    | sed -e "s/\"KEY\"/\"' || :k || '-' || :client_id || '\"/" \
          -e "s/\"ORDER\"/\"' || gen_random_uuid() || '\"/" \
          -e "s/\"LISTING\"/\"' || (SELECT id FROM bench_ids WHERE n = :n) || '\"/g"
  echo "SELECT number_orders('$buyer', $(date +%Y), ':ids');"
} >"$script"
log "place_orders + number_orders alone: pgbench, $CLIENTS clients for ${SECONDS_PER_PHASE}s"
"$PG_BIN/pgbench" -h "$PG_HOST" -p "$PG_PORT" -n -f "$script" -c "$CLIENTS" -j 2 -T "$SECONDS_PER_PHASE" "$APP_DB" \
  >"$here/target/pgbench-place-orders.log" 2>&1 || true
ceiling=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$here/target/pgbench-place-orders.log")
ceiling=$(awk -v t="${ceiling:-0}" 'BEGIN{printf "%.0f", t}')
ceiling_failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$here/target/pgbench-place-orders.log")
log "place_orders + number_orders alone: $ceiling orders/s (failed ${ceiling_failed:-?})"

ratio=$(awk -v a="$sustained" -v b="$pgbench_tps" 'BEGIN{printf "%.0f", 100 * a / b}')
ratio1=$(awk -v a="$sustained" -v b="$pgbench_tps1" 'BEGIN{printf "%.0f", 100 * a / b}')
ceiling_ratio=$(awk -v a="$ceiling" -v b="$pgbench_tps" 'BEGIN{printf "%.0f", 100 * a / b}')
# Committed amounts are the open orders' totals (ended orders released theirs, invoiced ones moved
# to invoiced); the demo history has orders of every kind.
balance=$(psql_db "$APP_DB" -c "SELECT (SELECT SUM(committed_excl_vat_cents) FROM lot_period_balance) = (SELECT SUM(committed_excl_vat_cents) FROM spend_entry) AND (SELECT SUM(committed_excl_vat_cents) FROM lot_period_balance) = (SELECT SUM(total_excl_vat_cents) FROM purchase_order WHERE status NOT IN ('REJECTED', 'REFUSED', 'CANCELLED', 'EXPIRED', 'INVOICED', 'PAID')) AND (SELECT SUM(invoiced_excl_vat_cents) FROM lot_period_balance) = (SELECT SUM(total_excl_vat_cents) FROM purchase_order WHERE status IN ('INVOICED', 'PAID')) AND NOT EXISTS (SELECT 1 FROM purchase_order WHERE number IS NULL)")
{
  echo "# Order submission benchmark — latest run"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL $pg_version on 127.0.0.1 (shared by pgbench and the application), loopback HTTP."
  echo "Command: \`infra/bench/orders.sh\` (BENCH_SECONDS=$SECONDS_PER_PHASE per phase)."
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| pgbench TPC-B, scale 32, 32 clients, ${SECONDS_PER_PHASE}s | **$pgbench_tps TPS** |"
  echo "| order submissions by wrk, 32 concurrent connections, ${SECONDS_PER_PHASE}s (one buyer, one requester, $listings listings) | **$sustained orders/s** ($((after - before)) orders, $closed_ko refused, p99 $closed_p99 ms) |"
  echo "| CPU during the sustained phase (2 cores in all) | $cpu |"
  echo "| sustained orders/s as a share of pgbench TPS at scale 32 (goal ≥ 20 %) | **$ratio %** |"
  echo "| for comparison: pgbench at its default scale 1 (32 clients on one branch row), ${SECONDS_PER_PHASE}s | $pgbench_tps1 TPS; sustained orders/s = $ratio1 % of it |"
  echo "| the database alone: place_orders + number_orders (V10) by pgbench, $CLIENTS clients, same buyer, lot and listings, ${SECONDS_PER_PHASE}s | **$ceiling orders/s** = $ceiling_ratio % of pgbench TPS (${ceiling_failed:-?} failed) |"
  echo "| submission latency at $half orders/s (half the sustained rate), ${SECONDS_PER_PHASE}s | p50 **$p50 ms**, p99 **$p99 ms** (goal p99 ≤ 100 ms), $open_ko errors |"
  echo "| lot periods = spend ledger = open orders' totals, invoiced = invoiced orders, every order numbered, after the run | $balance |"
} >"$out"
cat "$out"
log "results written to $out"
