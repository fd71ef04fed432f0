#!/usr/bin/env bash
# Fault injection (issue 13): a running Boucle under a steady flow of orders and stock updates,
# then
#   1. Elasticsearch killed for BENCH_ES_OUTAGE seconds (default 60), then started again: orders
#      and stock updates must not fail; the catalogue must come back to 0 differences with
#      PostgreSQL (GET /api/operator/catalogue/reconciliation), and how long that took is reported;
#   2. PostgreSQL restarted: Boucle must recover without being restarted; the failed requests and
#      the time from PostgreSQL's return to the first successful order are reported.
# The flow: one order (POST /api/orders, a new Idempotency-Key each) and one stock movement
# (POST /api/stock/listings/{id}/stock) every BENCH_INTERVAL seconds (default 0.25) each, from
# two sequential clients, every answer logged with its time.
# Runs the stack's PostgreSQL and Elasticsearch (started if needed), which it stops and starts:
# give it the machine. Usage: [BENCH_PORT=8097] [BENCH_DB=boucle_bench_faults]
#   [BENCH_ALIAS=bench-faults-catalog] [BENCH_SKIP_BUILD=yes] infra/bench/fault-injection.sh
# Results: printed, and written to docs/benchmarks-faults-latest.md.
set -euo pipefail
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"
source "$root/infra/stack/common.sh"
source "$root/infra/stack/postgres.sh"
source "$root/infra/stack/elasticsearch.sh"

PORT="${BENCH_PORT:-8097}"
DB="${BENCH_DB:-boucle_bench_faults}"
ALIAS="${BENCH_ALIAS:-bench-faults-catalog}"
OUTAGE="${BENCH_ES_OUTAGE:-60}"
INTERVAL="${BENCH_INTERVAL:-0.25}"
API="http://127.0.0.1:$PORT"
PG_PORT="${BOUCLE_PG_PORT:-54329}"
work="$here/target/faults"
out="$root/docs/benchmarks-faults-latest.md"
OPERATOR_EMAIL=operateur@bench.test
OPERATOR_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 -w0 | tr -dc 'a-zA-Z0-9')"
rm -rf "$work"
mkdir -p "$work"
log() { echo "[faults] $(date +%T) $*" >&2; }
psql_db() { PGPASSWORD="${BOUCLE_DB_PASSWORD:-boucle}" psql -h 127.0.0.1 -p "$PG_PORT" -U "${BOUCLE_DB_USER:-boucle}" -v ON_ERROR_STOP=1 -qtA -d "$@"; }
now_ms() { date +%s%3N; }

pg_up >/dev/null
es_up >/dev/null
psql_db postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null
psql_db postgres -c "CREATE DATABASE $DB" >/dev/null

if [ "${BENCH_SKIP_BUILD:-no}" != yes ]; then
  log "building the application"
  (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true -Dskip.npm -Dskip.installnodenpm -pl api -am)
fi
jar=$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)
BOUCLE_PORT=$PORT BOUCLE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
  BOUCLE_ES_CATALOG_ALIAS=$ALIAS BOUCLE_MAIL_LOG_ONLY=true BOUCLE_DEMO=true BOUCLE_DEMO_LISTINGS=1000 \
  BOUCLE_OPERATOR_EMAIL=$OPERATOR_EMAIL BOUCLE_OPERATOR_PASSWORD="$OPERATOR_PASSWORD" \
  java -XX:MaxRAMPercentage=25 -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
flows=()
cleanup() {
  rm -f "$work/running"
  for p in "${flows[@]}"; do wait "$p" 2>/dev/null || true; done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  es_up >/dev/null 2>&1 || true
  pg_up >/dev/null 2>&1 || true
}
trap cleanup EXIT
log "waiting for the application and its demo data"
for _ in $(seq 1 180); do
  if curl -fs "$API/health" >/dev/null 2>&1 \
    && [ "$(psql_db "$DB" -c "SELECT count(*) FROM demo_dataset" 2>/dev/null || echo 0)" = 1 ]; then break; fi
  kill -0 "$app" 2>/dev/null || { log "the application stopped: see $work/app.log"; exit 1; }
  sleep 2
done

# Orderable listings of the demo requester with ample stock, lot maxima out of the way: the run
# measures failures caused by the faults, not refusals.
psql_db "$DB" -f "$here/sql/orderable-listings.sql" >/dev/null
psql_db "$DB" -F, >"$work/feed.csv" <<'SQL'
INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)
  SELECT id, 'RECEIVED', 100000, 'bench', 'Benchmark stock' FROM bench_listing;
UPDATE lot_period SET maximum_excl_vat_cents = 9000000000000000;
SELECT id, quantity, service_id FROM bench_listing LIMIT 200;
SQL
psql_db "$DB" -c "SELECT l.id FROM listing l JOIN person p ON p.organisation_id = l.supplier_id
  WHERE p.email = 'fournisseur@boucle.demo' AND l.kind = 'LOT' ORDER BY l.id LIMIT 200" >"$work/stock-feed.txt"
[ -s "$work/feed.csv" ] && [ -s "$work/stock-feed.txt" ] || { log "no orderable listing in the demo"; exit 1; }

signin() { # email password -> cookie jar path
  local jar="$work/cookies-${1%%@*}.txt"
  curl -fsS -c "$jar" -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" "$API/api/auth/login"
  echo "$jar"
}
csrf_of() { awk '$6 == "BOUCLE_CSRF" {print $7}' "$1"; }
requester=$(signin demandeur@boucle.demo boucle-demo-2026)
supplier=$(signin fournisseur@boucle.demo boucle-demo-2026)
operator=$(signin "$OPERATOR_EMAIL" "$OPERATOR_PASSWORD")
delivery=$(date -d '+14 days' +%F)

orders_flow() {
  local n=0 line listing quantity service code
  mapfile -t feed <"$work/feed.csv"
  while [ -e "$work/running" ]; do
    line=${feed[$((n % ${#feed[@]}))]}
    IFS=, read -r listing quantity service <<<"$line"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -b "$requester" \
      -H "X-CSRF-Token: $(csrf_of "$requester")" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: faults-$$-$n" \
      -d "{\"serviceId\":\"$service\",\"deliveryDate\":\"$delivery\",\"lines\":[{\"listingId\":\"$listing\",\"quantity\":$quantity}]}" \
      "$API/api/orders" || true)
    echo "$(now_ms) $code" >>"$work/orders.log"
    n=$((n + 1))
    sleep "$INTERVAL"
  done
}
stock_flow() {
  local n=0 listing code
  mapfile -t feed <"$work/stock-feed.txt"
  while [ -e "$work/running" ]; do
    listing=${feed[$((n % ${#feed[@]}))]}
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -b "$supplier" \
      -H "X-CSRF-Token: $(csrf_of "$supplier")" -H 'Content-Type: application/json' \
      -d '{"kind":"RECEIVED","quantity":1,"reason":"Arrivage"}' \
      "$API/api/stock/listings/$listing/stock" || true)
    echo "$(now_ms) $code" >>"$work/stock.log"
    n=$((n + 1))
    sleep "$INTERVAL"
  done
}
# Answers in [from, to) (ms): "total failed" (failed: anything but 2xx).
tally() { awk -v a="$2" -v b="$3" '$1 >= a && $1 < b {t++; if ($2 !~ /^2/) f++} END {printf "%d %d\n", t, f}' "$1"; }
first_ok_after() { awk -v a="$2" '$1 >= a && $2 ~ /^2/ {print $1; exit}' "$1"; }
consistent() {
  curl -fsS -b "$operator" "$API/api/operator/catalogue/reconciliation" 2>/dev/null \
    | grep -q '"consistent":true'
}

touch "$work/running"
orders_flow &
flows+=($!)
stock_flow &
flows+=($!)
log "steady flow: an order and a stock movement every ${INTERVAL}s each; 20 s of baseline"
sleep 20
t0=$(now_ms)

log "Elasticsearch down for ${OUTAGE}s"
es_down >/dev/null
es_stopped=$(now_ms)
sleep "$OUTAGE"
es_up >/dev/null
es_back=$(now_ms)
log "Elasticsearch back; waiting for the catalogue to match PostgreSQL"
reconciled=""
for _ in $(seq 1 300); do
  if consistent; then reconciled=$(now_ms); break; fi
  sleep 1
done
t1=$(now_ms)
read -r es_orders es_orders_failed < <(tally "$work/orders.log" "$es_stopped" "$t1")
read -r es_stock es_stock_failed < <(tally "$work/stock.log" "$es_stopped" "$t1")
reconcile_s=$([ -n "$reconciled" ] && awk -v a="$es_back" -v b="$reconciled" 'BEGIN{printf "%.1f", (b - a) / 1000}' || echo "not within 300 s")
log "ES outage: orders $es_orders_failed failed of $es_orders, stock $es_stock_failed failed of $es_stock; catalogue consistent ${reconcile_s} s after ES came back"

sleep 10
log "PostgreSQL restart"
pg_stopped=$(now_ms)
pg_down >/dev/null
pg_up >/dev/null
pg_back=$(now_ms)
sleep 30
t2=$(now_ms)
rm -f "$work/running"
for p in "${flows[@]}"; do wait "$p" 2>/dev/null || true; done
flows=()
read -r pg_orders pg_orders_failed < <(tally "$work/orders.log" "$pg_stopped" "$t2")
read -r pg_stock pg_stock_failed < <(tally "$work/stock.log" "$pg_stopped" "$t2")
first_order=$(first_ok_after "$work/orders.log" "$pg_back")
first_stock=$(first_ok_after "$work/stock.log" "$pg_back")
recovery() { [ -n "$1" ] && awk -v a="$pg_back" -v b="$1" 'BEGIN{printf "%.1f", (b - a) / 1000}' || echo "never"; }
pg_restart_s=$(awk -v a="$pg_stopped" -v b="$pg_back" 'BEGIN{printf "%.1f", (b - a) / 1000}')
read -r base_orders base_failed < <(tally "$work/orders.log" 0 "$t0")
log "PG restart (${pg_restart_s} s down): orders $pg_orders_failed failed of $pg_orders, stock $pg_stock_failed failed of $pg_stock; first order $(recovery "$first_order") s and first stock movement $(recovery "$first_stock") s after PostgreSQL came back"
tail_ok=$(awk -v a="$((t2 - 10000))" '$1 >= a && $2 !~ /^2/ {f++} END {print f + 0}' "$work/orders.log" "$work/stock.log")

cat >"$out" <<EOF
# Fault injection — $(date -u +%F)

\`infra/bench/fault-injection.sh\` on $(nproc) cores, demo data (1,000 listings), an order and a stock
movement every ${INTERVAL} s each from two sequential clients.

| Phase | Orders (failed / sent) | Stock movements (failed / sent) | Recovery |
|---|---|---|---|
| Baseline (20 s) | $base_failed / $base_orders | — | — |
| Elasticsearch stopped ${OUTAGE} s, then started | $es_orders_failed / $es_orders | $es_stock_failed / $es_stock | catalogue consistent with PostgreSQL **${reconcile_s} s** after Elasticsearch came back |
| PostgreSQL restarted (${pg_restart_s} s down) | $pg_orders_failed / $pg_orders | $pg_stock_failed / $pg_stock | first order **$(recovery "$first_order") s**, first stock movement **$(recovery "$first_stock") s** after PostgreSQL came back; no application restart |

Failed requests in the last 10 s of the run: $tail_ok. Answer logs: \`infra/bench/target/faults/\`.
EOF
cat "$out"
