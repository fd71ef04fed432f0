#!/usr/bin/env bash
# Per-request overhead of the search API over raw Elasticsearch, robust to a busy machine: two
# builds of the application (A and B) run side by side on one catalogue, and each of the 16
# benchmark searches is sent in turn to API A, Elasticsearch with A's request body, API B and
# Elasticsearch with B's body, round after round (closed loop, one request at a time), so every
# series sees the same background load. Needs the catalogue infra/bench/search.sh built (same
# BENCH_DB and BENCH_ALIAS) and PostgreSQL/Elasticsearch running.
# Usage: infra/bench/paired-latency.sh A.jar B.jar [rounds]
set -euo pipefail
# The application refuses to start without a session secret: a random one per run.
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib/jdk.sh"
jar_a="$1"; jar_b="$2"; rounds="${3:-15}"
DB="${BENCH_DB:-boucle_bench}"
ALIAS="${BENCH_ALIAS:-bench-catalog}"
PG_PORT="${BOUCLE_PG_PORT:-54329}"
ES="${BOUCLE_ES_URL:-http://127.0.0.1:9200}"
PORT_A="${BENCH_PORT_A:-8098}"; PORT_B="${BENCH_PORT_B:-8099}"
OP_EMAIL=op@bench.test; OP_PASSWORD=bench-operateur-2026
work="$here/target/paired"; mkdir -p "$work"

start() { # jar port log
  BOUCLE_PORT=$2 BOUCLE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" BOUCLE_ES_CATALOG_ALIAS=$ALIAS \
    BOUCLE_MAIL_LOG_ONLY=true BOUCLE_OPERATOR_EMAIL=$OP_EMAIL BOUCLE_OPERATOR_PASSWORD=$OP_PASSWORD \
    java ${BENCH_JAVA_OPTS:--XX:MaxRAMPercentage=25} -jar "$1" >"$3" 2>&1 &
  echo $!
}
pid_a=$(start "$jar_a" "$PORT_A" "$work/app-a.log")
pid_b=$(start "$jar_b" "$PORT_B" "$work/app-b.log")
trap 'kill $pid_a $pid_b 2>/dev/null; wait $pid_a $pid_b 2>/dev/null || true' EXIT
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 2; done
done

explain() { # port params -> body
  local cookie csrf
  cookie=$(curl -fs -c - -H 'Content-Type: application/json' "http://127.0.0.1:$1/api/auth/login" \
    -d "{\"email\":\"$OP_EMAIL\",\"password\":\"$OP_PASSWORD\"}" | awk '$6 ~ /BOUCLE_/ {printf "%s=%s; ", $6, $7}')
  curl -fs -H "Cookie: $cookie" "http://127.0.0.1:$1/api/catalogue/explain?$2"
}
mapfile -t queries < <(grep -v '^#' "$here/src/test/resources/search-queries.txt" | grep -v '^$')
for i in "${!queries[@]}"; do
  explain "$PORT_A" "${queries[$i]}" >"$work/body-a-$i.json"
  explain "$PORT_B" "${queries[$i]}" >"$work/body-b-$i.json"
done
: >"$work/api-a.txt"; : >"$work/es-a.txt"; : >"$work/api-b.txt"; : >"$work/es-b.txt"
time_of() { curl -s -o /dev/null -w '%{time_total}\n' "$@"; }
for _ in $(seq 1 2); do # warm-up
  for i in "${!queries[@]}"; do
    time_of "http://127.0.0.1:$PORT_A/api/catalogue/search?${queries[$i]}" >/dev/null
    time_of "http://127.0.0.1:$PORT_B/api/catalogue/search?${queries[$i]}" >/dev/null
  done
done
for _ in $(seq 1 "$rounds"); do
  for i in "${!queries[@]}"; do
    time_of "http://127.0.0.1:$PORT_A/api/catalogue/search?${queries[$i]}" >>"$work/api-a.txt"
    time_of -H 'Content-Type: application/json' --data-binary "@$work/body-a-$i.json" "$ES/$ALIAS/_search" >>"$work/es-a.txt"
    time_of "http://127.0.0.1:$PORT_B/api/catalogue/search?${queries[$i]}" >>"$work/api-b.txt"
    time_of -H 'Content-Type: application/json' --data-binary "@$work/body-b-$i.json" "$ES/$ALIAS/_search" >>"$work/es-b.txt"
  done
done
pct() { sort -n "$1" | awk -v p="$2" '{v[NR]=$1} END {i=int(NR*p/100+0.999); if (i<1) i=1; printf "%.1f", v[i]*1000}'; }
echo "| series | requests | p50 (ms) | p90 (ms) | p99 (ms) |"
echo "|---|---|---|---|---|"
for s in api-a es-a api-b es-b; do
  echo "| $s | $(wc -l <"$work/$s.txt") | $(pct "$work/$s.txt" 50) | $(pct "$work/$s.txt" 90) | $(pct "$work/$s.txt" 99) |"
done
