#!/usr/bin/env bash
# Sign-in burst (issue 13, point 12): 200 sign-ins with wrong passwords sent at once, each from
# its own connection, against an application started here on its own database of the running
# PostgreSQL (infra/stack.sh up first). Measured twice in the same run:
#   - bounded:   as shipped (BOUCLE_PASSWORD_HASHING_CONCURRENCY=2)
#   - reference: the same application with 200 Argon2 hashes allowed at once (what it did before)
# For each: the answers by HTTP status (no 5xx expected), the burst's wall time, and the heap:
# the old generation's and the whole heap's highest use, sampled every 100 ms by jstat.
# Usage: [BENCH_PORT=8132] [BENCH_HEAP=512m] infra/bench/signin-burst.sh
# Results: printed, and written to docs/benchmarks-signin-latest.md.
set -euo pipefail
# The application refuses to start without a session secret: a random one per run.
export BOUCLE_JWT_SECRET="${BOUCLE_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 -w0)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"

PORT="${BENCH_PORT:-8132}"
HEAP="${BENCH_HEAP:-512m}"
PG_HOST="${BOUCLE_PG_HOST:-127.0.0.1}"
PG_PORT="${BOUCLE_PG_PORT:-54329}"
DB="${BENCH_DB:-boucle_bench_signin}"
API="http://127.0.0.1:$PORT"
work="$here/target/signin-bench"
out="$root/docs/benchmarks-signin-latest.md"
mkdir -p "$work"
psql_bench() { PGPASSWORD="${BOUCLE_DB_PASSWORD:-boucle}" psql -h "$PG_HOST" -p "$PG_PORT" -U "${BOUCLE_DB_USER:-boucle}" "$@"; }

if [ "${BENCH_SKIP_BUILD:-no}" != yes ]; then
  echo "building the application"
  (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true -pl api -am)
fi
jar=$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)

run() { # label concurrency
  local label=$1 concurrency=$2 app sampler started ended
  if curl -s -o /dev/null "$API/"; then
    echo "port $PORT is already in use: set BENCH_PORT to a free port" >&2
    exit 1
  fi
  psql_bench -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
  psql_bench -d postgres -qc "CREATE DATABASE $DB" >/dev/null
  BOUCLE_PORT=$PORT BOUCLE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
    BOUCLE_ES_CATALOG_ALIAS=bench-signin-catalog BOUCLE_MAIL_LOG_ONLY=true \
    BOUCLE_PASSWORD_HASHING_CONCURRENCY="$concurrency" \
    BOUCLE_SECURITY_LOGIN_MAX_FAILURES_PER_ADDRESS=100000 \
    BOUCLE_SECURITY_LOGIN_MAX_FAILURES_PER_EMAIL=100000 \
    java -Xms64m -Xmx"$HEAP" -XX:+UseSerialGC -jar "$jar" >"$work/app-$label.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -fs "$API/health" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { echo "the application stopped: see $work/app-$label.log" >&2; exit 1; }
    sleep 1
  done
  # Warm up: a few sign-ins so the first hash's class loading is not in the figures.
  for i in 1 2 3 4 5; do
    curl -s -o /dev/null -H 'Content-Type: application/json' "$API/api/auth/login" \
      -d "{\"email\":\"warm$i@bench.test\",\"password\":\"mauvais-mot-de-passe\"}"
  done
  jcmd "$app" GC.run >/dev/null
  jstat -gc "$app" 100 >"$work/jstat-$label.txt" &
  sampler=$!
  started=$(date +%s.%N)
  seq 1 200 | xargs -P 200 -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    -H 'Content-Type: application/json' "$API/api/auth/login" \
    -d '{"email":"rafale{}@bench.test","password":"mauvais-mot-de-passe"}' >"$work/codes-$label.txt"
  ended=$(date +%s.%N)
  sleep 0.3
  kill "$sampler" 2>/dev/null || true
  kill "$app"; wait "$app" 2>/dev/null || true
  # jstat -gc columns: S0U S1U EU OU are the 4th, 6th, 8th and 10th (KB used).
  local old heap codes seconds
  old=$(awk 'NR > 1 { if ($10 > m) m = $10 } END { printf "%.0f", m / 1024 }' "$work/jstat-$label.txt")
  heap=$(awk 'NR > 1 { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' "$work/jstat-$label.txt")
  codes=$(sort "$work/codes-$label.txt" | uniq -c | awk '{ printf "%s× %s, ", $1, $2 }' | sed 's/, $//')
  seconds=$(echo "$ended - $started" | bc)
  printf '| %s (%s hashes at once) | %s | %.1f s | %s MB | %s MB |\n' "$label" "$concurrency" "$codes" "$seconds" "$heap" "$old"
}

{
  echo "# Sign-in burst, $(date -u '+%Y-%m-%d %H:%M') UTC ($(nproc) cores, heap limit $HEAP)"
  echo
  echo "| run | answers | burst wall time | highest heap use | highest old generation |"
  echo "|---|---|---|---|---|"
  run bounded 2
  run reference 200
} | tee "$out"
