#!/usr/bin/env bash
# Stock import benchmark: generates realistic French CSV files (';', decimal commas) of 10,000 and
# 100,000 listings and imports each through the HTTP API (upload, suggested mapping, PARTIAL run)
# against an application started here with a 256 MB heap, on its own database of the running
# PostgreSQL (the stack must be up: infra/stack.sh start). Measures, per file:
#   - lines/s from the job's own timestamps (finished_at - started_at: the run, not the upload);
#   - the heap: old generation used, sampled every 250 ms by jstat during the run (its maximum),
#     and the live heap after a full GC forced at half-way (jcmd GC.run, then GC.heap_info), i.e.
#     what the import retains while it runs. A streaming import keeps both flat from 10k to 100k.
# Usage: [BENCH_MODE=ALL_OR_NOTHING] infra/bench/import.sh [lines...]   (default: 10000 100000)
# Results: printed, and written to docs/benchmarks-import-latest.md.
set -euo pipefail
# The application refuses to start without a session secret: a random one per run.
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"

SIZES=("$@")
[ "$#" -gt 0 ] || SIZES=(10000 100000)
PORT="${BENCH_PORT:-8131}"
HEAP="${BENCH_HEAP:-256m}"
MODE="${BENCH_MODE:-PARTIAL}" # or ALL_OR_NOTHING
PG_HOST="${BOUCLE_PG_HOST:-127.0.0.1}"
PG_PORT="${BOUCLE_PG_PORT:-54329}"
DB=boucle_bench_import
OP_EMAIL=op@bench-import.test
OP_PASSWORD=bench-operateur-2026
API="http://127.0.0.1:$PORT"
work="$here/target/import-bench"
out="$root/docs/benchmarks-import-latest.md"
mkdir -p "$work"

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is already in use: set BENCH_PORT to a free port" >&2
  exit 1
fi
psql_bench() { PGPASSWORD="${BOUCLE_DB_PASSWORD:-boucle}" psql -h "$PG_HOST" -p "$PG_PORT" -U "${BOUCLE_DB_USER:-boucle}" "$@"; }
psql_bench -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
psql_bench -d postgres -qc "CREATE DATABASE $DB" >/dev/null

if [ "${BENCH_SKIP_BUILD:-no}" != yes ]; then
  echo "building the application"
  (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true -pl api -am)
fi
jar=$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)

# BENCH_JDBC_OPTIONS, e.g. reWriteBatchedInserts=true, is appended to the JDBC URL.
BOUCLE_PORT=$PORT BOUCLE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB${BENCH_JDBC_OPTIONS:+?$BENCH_JDBC_OPTIONS}" \
  BOUCLE_ES_CATALOG_ALIAS=bench-import-catalog BOUCLE_MAIL_LOG_ONLY=true \
  BOUCLE_CATALOGUE_RELAY_ENABLED="${BENCH_RELAY:-true}" \
  BOUCLE_OPERATOR_EMAIL=$OP_EMAIL BOUCLE_OPERATOR_PASSWORD=$OP_PASSWORD \
  BOUCLE_IMPORT_DIR="$work/uploads" \
  java -Xms64m -Xmx"$HEAP" -XX:+UseG1GC -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$API/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the application stopped: see $work/app.log" >&2; exit 1; }
  sleep 1
done

# ---- a validated supplier with one depot, signed in -------------------------------------------
session() { # jar email password
  rm -f "$1"
  curl -fs -c "$1" -b "$1" -H 'Content-Type: application/json' "$API/api/auth/login" \
    -d "{\"email\":\"$2\",\"password\":\"$3\"}" >/dev/null
}
csrf() { awk '$6 == "BOUCLE_CSRF" {print $7}' "$1"; }
call() { # jar method path [curl args...]
  local jar=$1 method=$2 path=$3
  shift 3
  curl -fsS -b "$jar" -c "$jar" -X "$method" -H "X-CSRF-Token: $(csrf "$jar")" "$API$path" "$@"
}
siret() { # 13 digits + Luhn check digit
  local base
  base=$(printf '%013d' $((RANDOM * 32768 + RANDOM + 4200000000000)))
  local sum=0 i d
  for ((i = 0; i < 13; i++)); do
    d=${base:12-i:1}
    if ((i % 2 == 0)); then d=$((d * 2)); ((d > 9)) && d=$((d - 9)); fi
    sum=$((sum + d))
  done
  echo "$base$(((10 - sum % 10) % 10))"
}
email="stock@bench-import.test"
password="un-mot-de-passe-solide"
org=$(curl -sS -H 'Content-Type: application/json' "$API/api/signup" -d "{
  \"organisation\": {\"kind\": \"SUPPLIER\", \"legalName\": \"Recyclerie du banc d'essai\",
    \"siret\": \"$(siret)\", \"legalForm\": \"SAS\", \"insertionStatus\": \"SIAE_EI\",
    \"insertionProofReference\": \"BENCH-2026\", \"insertionValidUntil\": \"2030-12-31\"},
  \"admin\": {\"fullName\": \"Awa Diallo\", \"email\": \"$email\", \"password\": \"$password\"}}" \
  | tee "$work/signup.json" | jq -r .organisationId)
session "$work/op.jar" "$OP_EMAIL" "$OP_PASSWORD"
call "$work/op.jar" POST "/api/operator/organisations/$org/validate" >/dev/null
session "$work/supplier.jar" "$email" "$password"
call "$work/supplier.jar" POST /api/organisation/depots -H 'Content-Type: application/json' -d '{
  "name": "Dépôt de Montreuil", "street": "12 rue des Ateliers", "postcode": "93100",
  "city": "Montreuil", "department": "93", "latitude": 48.8638, "longitude": 2.4485}' >/dev/null

# ---- the files ----------------------------------------------------------------------------------
generate() { # lines file
  awk -v n="$1" 'BEGIN {
    srand(20261201);
    split("refrigerateur chaise siege-bureau pc-portable canape pc-fixe", cat, " ");
    split("Réfrigérateur combiné|Chaise empilable|Siège de bureau ergonomique|Ordinateur portable 14 pouces|Canapé 3 places|Unité centrale compacte", title, "|");
    split("Comme neuf|Très bon état|Bon état|État d'\''usage", cond, "|");
    split("Réemploi|Réutilisation|Reconditionné", orig, "|");
    split("Bosch|Steelcase|Dell|Lenovo|Ikea|HP|Vitra|Samsung", brand, "|");
    print "Référence;Désignation;Description;Catégorie;État;Origine;Marque;Modèle;Poids (kg);Prix HT;TVA;Quantité;Garantie (mois);Classe énergétique";
    for (i = 1; i <= n; i++) {
      k = (i % 6) + 1;
      price = sprintf("%d,%02d", 5 + int(rand() * 900), int(rand() * 100));
      weight = sprintf("%d,%d", 1 + int(rand() * 80), int(rand() * 10));
      printf "B%d-%07d;%s n°%d;\"Contrôlé et nettoyé; prêt à l'\''emploi\";%s;%s;%s;%s;M-%d;%s;%s;20;%d;%d;%s\n",
        n, i, title[k], i, cat[k], cond[(i % 4) + 1], orig[(i % 3) + 1], brand[(i % 8) + 1], i % 997,
        weight, price, int(rand() * 50), (i % 4) * 6, (k == 1 ? "A" : "");
    }
  }' >"$2"
}

{
  echo "# Stock import benchmark — latest run"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)), heap -Xmx$HEAP, G1, JDBC options '${BENCH_JDBC_OPTIONS:-none}', $MODE mode, batches of 500, loopback."
  echo "Command: \`BENCH_MODE=$MODE${BENCH_JDBC_OPTIONS:+ BENCH_JDBC_OPTIONS=$BENCH_JDBC_OPTIONS} infra/bench/import.sh ${SIZES[*]}\`"
  echo
  echo "| lines | file (MB) | upload + inspection (s) | run (s) | lines/s | max old gen used during the run (MB) | live heap after full GC at half-way (MB) | created | rejected |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$out"

for n in "${SIZES[@]}"; do
  file="$work/stock-$n.csv"
  generate "$n" "$file"
  mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN{printf "%.1f", b / 1048576}')
  t0=$(date +%s.%N)
  job=$(call "$work/supplier.jar" POST /api/stock/imports -F "file=@$file;type=text/csv" | jq -r .job.id)
  t1=$(date +%s.%N)
  jstat -gc "$app" 250 >"$work/jstat-$n.txt" &
  sampler=$!
  call "$work/supplier.jar" POST "/api/stock/imports/$job/run" -H 'Content-Type: application/json' \
    -d "{\"mode\":\"$MODE\"}" >/dev/null
  live="?"
  while :; do
    state=$(call "$work/supplier.jar" GET "/api/stock/imports/$job")
    status=$(jq -r .status <<<"$state")
    processed=$(jq -r .processedLines <<<"$state")
    if [ "$live" = "?" ] && [ "$processed" -ge $((n / 2)) ]; then
      jcmd "$app" GC.run >/dev/null
      # "garbage-first heap   total 262144K, used 51234K" → MB used after the full GC
      live=$(jcmd "$app" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {gsub(/K,?/, "", $(i+1)); printf "%.0f", $(i+1) / 1024; exit}}')
    fi
    [ "$status" = RUNNING ] || break
    sleep 0.5
  done
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  # jstat -gc columns: ... OC OU ...; the header names them.
  old=$(awk 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "OU") c = i; next} $c + 0 > m {m = $c + 0} END {printf "%.0f", m / 1024}' "$work/jstat-$n.txt")
  secs=$(psql_bench -d "$DB" -tAc "SELECT round(extract(epoch FROM finished_at - started_at)::numeric, 2) FROM stock_import WHERE id = '$job'")
  rate=$(awk -v n="$n" -v s="$secs" 'BEGIN{printf "%.0f", n / s}')
  upload=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b - a}')
  created=$(jq -r .created <<<"$state")
  rejected=$(jq -r .rejected <<<"$state")
  echo "| $n | $mb | $upload | $secs | $rate | $old | $live | $created | $rejected |" | tee -a "$out"
  [ "$status" = DONE ] || { echo "import ended $status: $(jq -r .message <<<"$state")" >&2; exit 1; }
done
echo "results written to $out"
