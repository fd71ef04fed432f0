#!/usr/bin/env bash
# Dashboard benchmark (issue 16), in one run on one PostgreSQL:
#   1. data: the application with the demo on its own database, then the demo's first buyer grown
#      to a large buyer with two years of history (BENCH_LINES order lines, default 100,000, with
#      their timelines and a spend ledger as ordering writes it: sql/large-buyer.sql), checked:
#      lot periods = ledger sums, ledger = order totals by status;
#   2. load: the dashboard's endpoints read by the large buyer's admin (and the supplier sales
#      report by a supplier's admin) at a fixed arrival rate (Gatling, open model, BENCH_RATE
#      default 20 req/s, after BENCH_WARMUP_SECONDS at the same rate), the endpoints in turn;
#      every endpoint of docs/reports-api.md that exists is taken, one answering 404 as an unknown
#      route is skipped with a line saying so. The reference, measured in the same run at the same
#      rate: GET /api/auth/me (a cheap authenticated read);
#   3. plans: each endpoint read again with auto_explain (ANALYZE, BUFFERS) on the benchmark's
#      database; the heaviest statement's plan goes to docs/benchmarks-dashboard-plan.txt;
#   4. freshness: BENCH_FRESHNESS_TRIALS orders (default 10) placed through the API by the large
#      buyer's requester, the lot's committed amount polled every 50 ms on the spend overview
#      (/api/reports/spend, or /api/spend before it exists) until it includes the order.
# Usage: infra/bench/dashboard.sh    BENCH_SECONDS (default 60), BENCH_WARMUP_SECONDS (default 20),
#        BENCH_RATE (20), BENCH_LINES (100000), BENCH_PORT (8097), BENCH_DB (boucle_bench_dash),
#        BENCH_ALIAS (bench-dash-catalog), BENCH_SKIP_BUILD=yes (use api/target's jar) or
#        BENCH_JAR=path, BENCH_OUT (results file), BENCH_PLAN_OUT (plan file), BENCH_ONLY (a
#        regular expression: only the endpoints whose path matches it), BENCH_FRESHNESS_TRIALS (10).
# Needs jq, curl, the JDK and Maven; PostgreSQL's server log readable (for the plans).
# Results: printed, and written to docs/benchmarks-dashboard-latest.md (+ the plan file).
set -euo pipefail
# The application refuses to start without a session secret: a random one per run.
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"

MEASURED="${BENCH_SECONDS:-60}"
WARMUP="${BENCH_WARMUP_SECONDS:-20}"
RATE="${BENCH_RATE:-20}"
LINES="${BENCH_LINES:-100000}"
TRIALS="${BENCH_FRESHNESS_TRIALS:-10}"
PORT="${BENCH_PORT:-8097}"
APP_DB="${BENCH_DB:-boucle_bench_dash}"
ALIAS="${BENCH_ALIAS:-bench-dash-catalog}"
PG_HOST=127.0.0.1
PG_PORT="${BOUCLE_PG_PORT:-54329}"
export PGUSER="${BOUCLE_DB_USER:-boucle}" PGPASSWORD="${BOUCLE_DB_PASSWORD:-boucle}"
PG_BIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"
API="http://127.0.0.1:$PORT"
PASSWORD=boucle-demo-2026
out="${BENCH_OUT:-$root/docs/benchmarks-dashboard-latest.md}"
plan_out="${BENCH_PLAN_OUT:-$root/docs/benchmarks-dashboard-plan.txt}"
work="$here/target/dashboard"
mkdir -p "$work"
rm -f "$work"/plan-*.txt
log() { echo "[dashboard-bench] $*" >&2; }
psql_db() { "$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtA -d "$@"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
command -v jq >/dev/null || { log "jq is needed (apt-get install jq)"; exit 1; }

if ! "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT"; then
  source "$root/infra/stack/common.sh"
  source "$root/infra/stack/postgres.sh"
  source "$root/infra/stack/elasticsearch.sh"
  pg_up
  es_up
fi
pg_version=$(psql_db postgres -c "SHOW server_version")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%MZ)
psql_db postgres -c "DROP DATABASE IF EXISTS $APP_DB WITH (FORCE)" >/dev/null
psql_db postgres -c "CREATE DATABASE $APP_DB" >/dev/null

# 1. The application on the demo data set, then the large buyer.
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
(cd "$here" && mvn -B -q -ntp test-compile)
BOUCLE_PORT=$PORT BOUCLE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$APP_DB" \
  BOUCLE_ES_CATALOG_ALIAS=$ALIAS BOUCLE_MAIL_LOG_ONLY=true BOUCLE_DEMO=true \
  BOUCLE_DEMO_LISTINGS="${BENCH_LISTINGS:-3000}" \
  java -XX:MaxRAMPercentage=25 ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
log "waiting for the application and the demo data"
for _ in $(seq 1 180); do
  if curl -fs "$API/health" >/dev/null 2>&1 && [ "$(psql_db "$APP_DB" -c "SELECT count(*) FROM person WHERE email = 'acheteur@boucle.demo'" 2>/dev/null || echo 0)" = 1 ]; then break; fi
  kill -0 $app 2>/dev/null || { log "the application stopped: see $work/app.log"; exit 1; }
  sleep 2
done
curl -fs "$API/health" >/dev/null || { log "the application did not start: see $work/app.log"; exit 1; }

log "generating the large buyer: $LINES order lines over 24 months"
gen_start=$(now_ms)
psql_db "$APP_DB" -v lines="$LINES" -f "$here/sql/large-buyer.sql" >/dev/null
gen_seconds=$(awk -v ms=$(($(now_ms) - gen_start)) 'BEGIN{printf "%.1f", ms / 1000}')
buyer=$(psql_db "$APP_DB" -c "SELECT organisation_id FROM person WHERE email = 'acheteur@boucle.demo'")
IFS='|' read -r buyer_name orders lines entries agreements lots periods services suppliers categories months < <(
  psql_db "$APP_DB" -c "SELECT (SELECT legal_name FROM organisation WHERE id = '$buyer'),
    (SELECT count(*) FROM purchase_order WHERE buyer_id = '$buyer'),
    (SELECT count(*) FROM order_line l JOIN purchase_order o ON o.id = l.order_id WHERE o.buyer_id = '$buyer'),
    (SELECT count(*) FROM spend_entry e JOIN purchase_order o ON o.id = e.order_id WHERE o.buyer_id = '$buyer'),
    (SELECT count(*) FROM framework_agreement WHERE buyer_id = '$buyer'),
    (SELECT count(DISTINCT lot_id) FROM purchase_order WHERE buyer_id = '$buyer'),
    (SELECT count(DISTINCT (lot_id, period_index)) FROM purchase_order WHERE buyer_id = '$buyer'),
    (SELECT count(DISTINCT service_id) FROM purchase_order WHERE buyer_id = '$buyer'),
    (SELECT count(DISTINCT supplier_id) FROM purchase_order WHERE buyer_id = '$buyer'),
    (SELECT count(DISTINCT category_id) FROM order_line l JOIN purchase_order o ON o.id = l.order_id WHERE o.buyer_id = '$buyer'),
    (SELECT count(DISTINCT date_trunc('month', submitted_at)) FROM purchase_order WHERE buyer_id = '$buyer')")
statuses=$(psql_db "$APP_DB" -c "SELECT string_agg(status || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT status, count(*) AS n FROM purchase_order WHERE buyer_id = '$buyer' GROUP BY status) s")
log "$buyer_name: $orders orders, $lines lines, $entries ledger rows in $gen_seconds s ($statuses)"

# The ledger agrees with itself and with the orders, for every lot period of the database:
# committed and invoiced of each lot period (its cap shares) = the ledger's sums; the ledger's
# committed = open orders' totals, invoiced = invoiced and paid orders', paid = paid orders';
# each order's total = its lines + its delivery fee.
consistency_sql="
WITH ledger AS (
  SELECT lot_id, period_index, sum(committed_excl_vat_cents) AS c, sum(invoiced_excl_vat_cents) AS i
  FROM spend_entry GROUP BY 1, 2),
periods AS (
  SELECT b.lot_id, b.period_index, b.committed_excl_vat_cents AS c, b.invoiced_excl_vat_cents AS i,
         l.c AS lc, l.i AS li
  FROM lot_period_balance b LEFT JOIN ledger l USING (lot_id, period_index)),
by_order AS (
  SELECT order_id, sum(committed_excl_vat_cents) AS c, sum(invoiced_excl_vat_cents) AS i,
         sum(paid_excl_vat_cents) AS p
  FROM spend_entry GROUP BY 1),
goods AS (SELECT order_id, sum(line_excl_vat_cents) AS g FROM order_line GROUP BY 1),
orders AS (
  SELECT o.id, o.status, o.total_excl_vat_cents AS total,
         coalesce(g.g, 0) + o.delivery_fee_excl_vat_cents AS from_lines,
         coalesce(b.c, 0) AS c, coalesce(b.i, 0) AS i, coalesce(b.p, 0) AS p
  FROM purchase_order o LEFT JOIN by_order b ON b.order_id = o.id LEFT JOIN goods g ON g.order_id = o.id)
SELECT (SELECT count(*) FROM periods WHERE c <> coalesce(lc, 0) OR i <> coalesce(li, 0)),
       (SELECT count(*) FROM orders WHERE c <> CASE WHEN status IN ('REJECTED', 'REFUSED', 'CANCELLED', 'EXPIRED', 'INVOICED', 'PAID') THEN 0 ELSE total END
                                       OR i <> CASE WHEN status IN ('INVOICED', 'PAID') THEN total ELSE 0 END
                                       OR p <> CASE WHEN status = 'PAID' THEN total ELSE 0 END
                                       OR total <> from_lines),
       (SELECT count(*) FROM periods),
       (SELECT sum(c) FROM periods), (SELECT sum(i) FROM periods),
       (SELECT count(*) FROM purchase_order WHERE number IS NULL)"
check_ledger() {
  local bad_periods bad_orders n_periods committed invoiced unnumbered
  IFS='|' read -r bad_periods bad_orders n_periods committed invoiced unnumbered < <(psql_db "$APP_DB" -c "$consistency_sql")
  if [ "$bad_periods" = 0 ] && [ "$bad_orders" = 0 ] && [ "$unnumbered" = 0 ]; then
    echo "consistent: $n_periods lot periods = ledger sums (committed $committed, invoiced $invoiced cents), every order's ledger = its total by status, totals = lines + delivery fee, every order numbered"
  else
    echo "INCONSISTENT: $bad_periods lot periods differ from the ledger, $bad_orders orders from their ledger or lines, $unnumbered unnumbered"
  fi
}
consistency=$(check_ledger)
log "$consistency"
case "$consistency" in INCONSISTENT*) exit 1 ;; esac

# Stock for the requester's orderable listings (the freshness orders), then fresh statistics.
psql_db "$APP_DB" -f "$here/sql/orderable-listings.sql" >/dev/null
psql_db "$APP_DB" >/dev/null <<'SQL'
INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)
  SELECT DISTINCT id, 'RECEIVED', 100000, 'bench', 'Benchmark stock' FROM bench_listing;
DELETE FROM catalogue_outbox;
ANALYZE;
SQL

sign_in() { # email -> "BOUCLE_SESSION=…; BOUCLE_CSRF=…"
  curl -fsS -c - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" "$API/api/auth/login" \
    | awk '$6 ~ /^BOUCLE_(SESSION|CSRF)$/ {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}'
}
admin_cookie=$(sign_in acheteur@boucle.demo)
supplier_cookie=$(sign_in fournisseur@boucle.demo)
requester_cookie=$(sign_in demandeur@boucle.demo)
[ -n "$admin_cookie" ] && [ -n "$supplier_cookie" ] && [ -n "$requester_cookie" ] || { log "sign-in failed"; exit 1; }

# 2. The endpoints: every dashboard read of docs/reports-api.md, and main's spend ledger.
year=$(date +%Y)
today=$(date +%F)
from=$(date -d '-24 months' +%F)
agreement=$(psql_db "$APP_DB" -c "SELECT id FROM framework_agreement WHERE buyer_id = '$buyer' ORDER BY reference LIMIT 1")
candidates=(
  "spend overview|/api/reports/spend|admin"
  "spend overview (one agreement)|/api/reports/spend?agreementId=$agreement|admin"
  "spend by service|/api/reports/spend/breakdown?by=service|admin"
  "spend by category|/api/reports/spend/breakdown?by=category|admin"
  "spend by supplier|/api/reports/spend/breakdown?by=supplier|admin"
  "spend by month (24 months)|/api/reports/spend/breakdown?by=month&from=$from&to=$today|admin"
  "spend alerts|/api/reports/spend/alerts|admin"
  "AGEC (this year)|/api/reports/agec?year=$year|admin"
  "AGEC (last year)|/api/reports/agec?year=$((year - 1))|admin"
  "emissions avoided|/api/reports/emissions?year=$year|admin"
  "inclusive spend (24 months)|/api/reports/inclusive?from=$from&to=$today|admin"
  "insertion hours|/api/reports/insertion-hours|admin"
  "supplier sales (supplier admin)|/api/reports/sales?from=$from&to=$today|supplier"
  "spend ledger (main)|/api/spend|admin"
)
feed="$work/feed.csv"
echo "name,path,cookie" >"$feed"
endpoints=()
skipped=()
cookie_of() { case "$1" in admin) echo "$admin_cookie" ;; supplier) echo "$supplier_cookie" ;; esac; }
for c in "${candidates[@]}"; do
  IFS='|' read -r name path who <<<"$c"
  if [ -n "${BENCH_ONLY:-}" ] && ! [[ "$path" =~ $BENCH_ONLY ]]; then continue; fi
  code=$(curl -s -o "$work/probe.json" -w '%{http_code}' -H "Cookie: $(cookie_of "$who")" -H 'Accept: application/json' "$API$path")
  if [ "$code" = 404 ] && ! grep -q ' not found"' "$work/probe.json"; then
    # An unknown route ("No resource at …", or Micronaut's "Page Not Found" when the jar has no
    # frontend), not an endpoint's own 404 (fr.boucle.shared.web.NotFound: "… not found").
    log "skipped: $path (404, no such route in this build)"
    skipped+=("$path")
    continue
  fi
  [ "$code" = 200 ] || log "warning: $path answered $code in the probe; measured anyway (its errors count)"
  # Read alone, one at a time, 5 times: the median, before any load.
  alone=$(for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $(cookie_of "$who")" "$API$path"
  done | sort -n | awk 'NR == 3 {printf "%.0f", $1 * 1000}')
  log "endpoint: $name $path ($code, $(wc -c <"$work/probe.json") bytes, $alone ms read alone)"
  endpoints+=("$name|$path|$code|$(wc -c <"$work/probe.json")|$alone")
  printf '%s,%s,"%s"\n' "$name" "$path" "$(cookie_of "$who")" >>"$feed"
done
[ ${#endpoints[@]} -gt 0 ] || { log "no dashboard endpoint answers"; exit 1; }
ref_feed="$work/reference-feed.csv"
printf 'name,path,cookie\nGET /api/auth/me,/api/auth/me,"%s"\n' "$admin_cookie" >"$ref_feed"

gatling() { # label feed -> stats.json of the run
  local logf="$work/gatling-$1.log" dir
  (cd "$here" && mvn -B -q -ntp gatling:test -Dsimulation=fr.boucle.bench.DashboardSimulation \
    -Drate="$RATE" -Dseconds="$MEASURED" -Dwarmup="$WARMUP" -Dapi="$API" -Dfeed="$2" >"$logf" 2>&1) || true
  dir=$(ls -td "$here"/target/gatling/dashboardsimulation-* 2>/dev/null | head -n1)
  [ -n "$dir" ] && [ -f "$dir/index.html" ] || { log "Gatling wrote no report: see $logf"; exit 1; }
  echo "$dir/index.html"
}
# Rows "name|requests|p50|p95|p99|max|errors" from the statistics table of Gatling's report
# (columns: 2 total, 4 KO, 8 50th, 9 75th, 10 95th, 11 99th percentile, 12 max; all requests, OK
# or not), the endpoints first, "All Requests" last.
stat_rows() {
  awk '
    /class="ellipsed-name">/ { name = $0; sub(/.*class="ellipsed-name">/, "", name); sub(/<\/span>.*/, "", name) }
    /<td class="value [a-z]+ col-[0-9]+">/ {
      col = $0; sub(/.*col-/, "", col); sub(/".*/, "", col)
      v = $0; sub(/.*col-[0-9]+">/, "", v); sub(/<\/td>.*/, "", v); val[col] = (v == "-" ? 0 : v)
    }
    /<\/tr>/ && name != "" {
      row = name "|" val[2] "|" val[8] "|" val[10] "|" val[11] "|" val[12] "|" val[4]
      if (name == "All Requests") all = row; else print row
      name = ""
    }
    END { if (all != "") print all }' "$1"
}
# The reference first: a saturated dashboard run leaves work queued behind it.
log "reference: GET /api/auth/me at $RATE req/s for ${MEASURED}s after ${WARMUP}s of warm-up"
ref_stats=$(gatling reference "$ref_feed")
stat_rows "$ref_stats" >"$work/reference-stats.txt"
log "load: ${#endpoints[@]} endpoints in turn at $RATE req/s for ${MEASURED}s after ${WARMUP}s of warm-up"
dash_stats=$(gatling dashboard "$feed")
stat_rows "$dash_stats" >"$work/dashboard-stats.txt"
cat "$work/reference-stats.txt" "$work/dashboard-stats.txt" >&2
# Requests Gatling gave up on (60 s) may still run: wait until the database is idle.
for _ in $(seq 1 120); do
  [ "$(psql_db postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$APP_DB' AND state = 'active'")" = 0 ] && break
  sleep 1
done

# 3. Plans: auto_explain on this database's new connections, the app's connections renewed, then
# each endpoint read four times; the plans are read back from the server's log (pg_stat_statements
# needs a server restart to be loaded), the slowest one is kept.
logfile=$(psql_db postgres -c "SELECT coalesce(pg_current_logfile(), '')")
data_dir=$(psql_db postgres -c "SHOW data_directory")
if [ -z "$logfile" ] && [ -r "$data_dir/postmaster.pid" ]; then
  logfile=$(readlink "/proc/$(head -n1 "$data_dir/postmaster.pid")/fd/2" 2>/dev/null || true)
fi
[ -n "$logfile" ] && [ "${logfile#/}" = "$logfile" ] && logfile="$data_dir/$logfile"
plan_note=""
if [ -n "$logfile" ] && [ -r "$logfile" ]; then
  offset=$(stat -c %s "$logfile")
  psql_db postgres >/dev/null <<SQL
ALTER DATABASE $APP_DB SET session_preload_libraries = 'auto_explain';
ALTER DATABASE $APP_DB SET auto_explain.log_min_duration = 0;
ALTER DATABASE $APP_DB SET auto_explain.log_analyze = on;
ALTER DATABASE $APP_DB SET auto_explain.log_buffers = on;
ALTER DATABASE $APP_DB SET auto_explain.log_format = text;
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$APP_DB' AND pid <> pg_backend_pid();
SQL
  sleep 1
  for e in "${endpoints[@]}"; do
    IFS='|' read -r name path _ <<<"$e"
    who=admin; [[ "$path" == /api/reports/sales* ]] && who=supplier
    for _ in 1 2 3 4; do # the first read may meet a connection the pool has not yet seen closed
      curl -s -o /dev/null -H "Cookie: $(cookie_of "$who")" "$API$path" || true
    done
  done
  pids=$(psql_db postgres -c "SELECT string_agg(pid::text, ' ') FROM pg_stat_activity WHERE datname = '$APP_DB'")
  psql_db postgres -c "ALTER DATABASE $APP_DB RESET ALL" >/dev/null
  psql_db postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$APP_DB'" >/dev/null
  sleep 1
  for _ in $(seq 1 20); do # until the pool holds live connections again (no auto_explain)
    curl -s -o /dev/null -H "Cookie: $admin_cookie" "$API/api/spend" || true
  done
  tail -c +"$((offset + 1))" "$logfile" >"$work/explain.log"
  # One entry per plan: the "duration: … plan:" line and its tab-indented continuation lines.
  awk -v pids=" $pids " -v dir="$work" '
    function flush() { if (keep) { n++; f = dir "/plan-" n ".txt"; printf "%s", buf > f; close(f); print dur "\t" f } keep = 0; buf = "" }
    /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / {
      flush()
      if (match($0, /\[[0-9]+\]/) && index(pids, " " substr($0, RSTART + 1, RLENGTH - 2) " ") && match($0, /duration: [0-9.]+ ms  plan:/)) {
        keep = 1; s = substr($0, RSTART + 10); dur = s + 0; buf = $0 "\n"
      }
      next
    }
    keep { buf = buf $0 "\n" }
    END { flush() }' "$work/explain.log" | sort -t$'\t' -k1,1 -gr >"$work/plans.tsv"
  plans=$(wc -l <"$work/plans.tsv")
  if [ "$plans" -gt 0 ]; then
    heaviest=$(head -n1 "$work/plans.tsv" | cut -f2)
    heaviest_ms=$(head -n1 "$work/plans.tsv" | cut -f1)
    {
      echo "# The heaviest statement behind the dashboard, $started (infra/bench/dashboard.sh)"
      echo "# auto_explain (log_analyze, log_buffers) on $APP_DB while each endpoint was read 4 times after"
      echo "# the load (timings include auto_explain's own); $plans plans logged. The slowest statements,"
      echo "# each once: its slowest read (ms), how many times it ran, its beginning:"
      while IFS=$'\t' read -r ms f; do
        printf '%s\t%s\n' "$ms" "$(grep -m1 'Query Text:' "$f" | sed 's/.*Query Text: //' | cut -c1-140)"
      done <"$work/plans.tsv" | awk -F'\t' '{n[$2]++; if (!($2 in top)) {top[$2] = $1; order[++k] = $2}}
        END {for (i = 1; i <= k && i <= 8; i++) printf "#   %s ms (%d×): %s\n", top[order[i]], n[order[i]], order[i]}'
      echo
      sed -e 's/^[0-9-]* [0-9:.]* [A-Z]* \[[0-9]*\] //' "$heaviest"
    } >"$plan_out"
    plan_note="heaviest statement $heaviest_ms ms when read alone; its plan in \`${plan_out#"$root"/}\`"
  else
    plan_note="no plan logged (auto_explain wrote nothing to $logfile)"
  fi
else
  plan_note="server log not readable here: no plan captured"
fi
log "$plan_note"

# 4. Freshness: an order placed by the requester, the lot's committed amount polled every 50 ms.
if printf '%s\n' "${endpoints[@]}" | grep -q '|/api/reports/spend|'; then
  overview=/api/reports/spend
  committed_of='[.lots[] | select(.lotId == $lot) | .periods[] | .committedCents] | add // 0'
else
  overview=/api/spend
  committed_of='[.[] | select(.lotId == $lot) | .committed.exclVatCents] | add // 0'
fi
# A listing the requester can order, and the lot to order it on (the large buyer's second agreement
# covers the same categories and suppliers, so the order names its lot: the demo agreement's).
IFS=, read -r listing quantity service lot < <(psql_db "$APP_DB" -F, -c "
  SELECT b.id, b.quantity, b.service_id,
         (SELECT l.id FROM agreement_lot l
          JOIN framework_agreement a ON a.id = l.agreement_id AND a.status = 'ACTIVE' AND a.buyer_id = '$buyer'
          JOIN lot_supplier s ON s.lot_id = l.id
          JOIN lot_category c ON c.lot_id = l.id
          JOIN category cat ON cat.id = c.category_id OR cat.parent_id = c.category_id
          JOIN listing li ON li.id = b.id AND li.supplier_id = s.supplier_id AND li.category_id = cat.id
          ORDER BY a.reference, l.number LIMIT 1)
  FROM bench_listing b ORDER BY b.id LIMIT 1")
csrf=$(sed -n 's/.*BOUCLE_CSRF=\([^;]*\).*/\1/p' <<<"$requester_cookie")
delivery=$(date -d '+14 days' +%F)
place() {
  curl -fsS --retry 3 --retry-delay 1 -H "Cookie: $requester_cookie" -H "X-CSRF-Token: $csrf" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' "$API/api/orders" \
    -d "{\"serviceId\":\"$service\",\"lotId\":\"$lot\",\"deliveryDate\":\"$delivery\",\"lines\":[{\"listingId\":\"$listing\",\"quantity\":$quantity}]}"
}
committed() { curl -fsS --retry 3 --retry-delay 1 -H "Cookie: $admin_cookie" -H 'Accept: application/json' "$API$overview" | jq --arg lot "$1" "$committed_of"; }
probe=$(place) # a first order, not timed
[ "$(jq -r '(.orders[0] // .).lot.lotId' <<<"$probe")" = "$lot" ] || { log "could not place an order: $probe"; exit 1; }
: >"$work/freshness.txt"
for t in $(seq 1 "$TRIALS"); do
  before=$(committed "$lot")
  t0=$(now_ms)
  placed=$(place)
  t_placed=$(now_ms)
  amount=$(jq -r '(.orders[0] // .).totals.exclVatCents' <<<"$placed")
  seen=""
  while [ $(($(now_ms) - t0)) -lt 10000 ]; do
    if [ "$(committed "$lot")" -ge $((before + amount)) ]; then seen=$(now_ms); break; fi
    sleep 0.05
  done
  if [ -n "$seen" ]; then
    echo "$((seen - t0)) $((t_placed - t0))" >>"$work/freshness.txt"
  else
    echo "10000 $((t_placed - t0))" >>"$work/freshness.txt"
    log "trial $t: not seen within 10 s"
  fi
  sleep 0.2
done
fresh_max=$(sort -n "$work/freshness.txt" | tail -n1 | cut -d' ' -f1)
fresh_med=$(cut -d' ' -f1 "$work/freshness.txt" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
post_max=$(cut -d' ' -f2 "$work/freshness.txt" | sort -n | tail -n1)
log "freshness: median $fresh_med ms, max $fresh_max ms over $TRIALS orders (submission answered within $post_max ms)"
consistency_after=$(check_ledger)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Results.
ref_p99=$(awk -F'|' 'NR == 1 {print $5}' "$work/reference-stats.txt")
{
  echo "# Dashboard benchmark — latest run"
  echo
  echo "$started, $(nproc) cores, PostgreSQL $pg_version on 127.0.0.1, loopback HTTP; build $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- api || echo '+changes'). Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  echo "Command: \`infra/bench/dashboard.sh\` (BENCH_SECONDS=$MEASURED, BENCH_WARMUP_SECONDS=$WARMUP, BENCH_RATE=$RATE, BENCH_LINES=$LINES)."
  echo
  echo "Data: the demo, and its first buyer ($buyer_name) grown to **$orders orders, $lines order lines** in $months calendar months ($statuses), $agreements agreements, $lots lots, $periods lot periods with orders, $services services, $suppliers suppliers, $categories categories; $entries spend-ledger rows; generated in $gen_seconds s. Ledger check before the load: $consistency. After the freshness orders: $consistency_after."
  echo
  echo "Load: Gatling, open model, **$RATE req/s** for ${MEASURED}s after ${WARMUP}s at the same rate (not counted), the endpoints below in turn, read by the buyer's admin (acheteur@boucle.demo; the sales report by fournisseur@boucle.demo). Reference: GET /api/auth/me alone at the same rate, just before."
  echo
  echo "| endpoint | read alone, median of 5 (ms) | requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors | p99 ÷ reference p99 |"
  echo "|---|---|---|---|---|---|---|---|---|"
  while IFS='|' read -r name n p50 p95 p99 max ko; do
    path=$(printf '%s\n' "${endpoints[@]}" | awk -F'|' -v n="$name" '$1 == n {print $2}')
    alone=$(printf '%s\n' "${endpoints[@]}" | awk -F'|' -v n="$name" '$1 == n {print $5}')
    label="$name"; [ -n "$path" ] && label="$name \`$path\`"
    [ "$name" = "All Requests" ] && label="**all dashboard requests**"
    ratio=$(awk -v a="$p99" -v b="$ref_p99" 'BEGIN{ if (b > 0) printf "%.1f", a / b; else print "-" }')
    echo "| $label | ${alone:--} | $n | $p50 | $p95 | $p99 | $max | $ko | $ratio |"
  done <"$work/dashboard-stats.txt"
  while IFS='|' read -r name n p50 p95 p99 max ko; do
    [ "$name" = "All Requests" ] && continue
    echo "| $name (reference) | - | $n | $p50 | $p95 | $p99 | $max | $ko | 1.0 |"
  done <"$work/reference-stats.txt"
  echo
  for s in "${skipped[@]}"; do echo "- skipped \`$s\`: no such route in this build (404)"; done
  echo "- goal: p99 ≤ 200 ms at 20 req/s over all dashboard requests: $(awk -F'|' '$1 == "All Requests" {print ($5 <= 200 && $7 == 0) ? "**met**" : "**missed**"}' "$work/dashboard-stats.txt") (p99 $(awk -F'|' '$1 == "All Requests" {print $5}' "$work/dashboard-stats.txt") ms)"
  echo "- plans: $plan_note"
  echo "- freshness (order placed by demandeur@boucle.demo through \`POST /api/orders\`, then \`$overview\` polled every 50 ms until the lot's committed amount includes it; time from sending the order): median **$fresh_med ms**, max **$fresh_max ms** over $TRIALS orders (goal ≤ 2,000 ms: $([ "$fresh_max" -le 2000 ] && echo '**met**' || echo '**missed**')); the submission itself answered within $post_max ms"
} >"$out"
cat "$out"
log "results written to $out"
