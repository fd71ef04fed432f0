#!/usr/bin/env bash
# The first five minutes, timed: how long a newcomer waits from the README's first command to a
# ready Boucle with the demo loaded (the "Boucle is ready" banner, printed once /health answers and
# the catalogue holds every demo listing).
#
#   cold     a fresh clone (git clone of this checkout's HEAD), no .stack/, an empty Maven
#            repository and npm cache: everything is downloaded, as on a fresh machine
#   warm     a fresh clone and no .stack/, with this machine's Maven and npm caches
#   restart  the warm clone started again with nothing changed (the build is skipped)
#
# Each start runs on its own ports (BENCH_PORT, BENCH_PG_PORT, BENCH_ES_PORT), in the background
# with job control, as a person would in a terminal, and is stopped with Ctrl-C (SIGINT to its
# process group) before the next. Usage: infra/bench/first-start.sh [cold] [warm] [restart]
# (default: warm restart). Results: printed, and written to docs/benchmarks-first-start-latest.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
MODES=("$@")
[ "$#" -gt 0 ] || MODES=(warm restart)
PORT="${BENCH_PORT:-18180}"
PG_PORT="${BENCH_PG_PORT:-54349}"
ES_PORT="${BENCH_ES_PORT:-19300}"
work="${BENCH_WORK:-/tmp/boucle-first-start-bench}"
out="$root/docs/benchmarks-first-start-latest.md"
rm -rf "$work"
mkdir -p "$work"
chmod o+x "$work"

clone() {
  git clone -q "$root" "$work/$1"
  echo "$work/$1"
}

# Starts infra/start.sh in a checkout, answers the seconds until the banner, then presses Ctrl-C.
timed_start() {
  local checkout="$1" log="$2"
  shift 2
  local began pid seconds
  began=$(date +%s.%N)
  set -m
  (cd "$checkout" && env "$@" BOUCLE_PORT="$PORT" BOUCLE_PG_PORT="$PG_PORT" BOUCLE_ES_PORT="$ES_PORT" \
    infra/start.sh </dev/null >"$log" 2>&1) &
  pid=$!
  set +m
  until grep -q "Boucle is ready" "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "infra/start.sh exited before it was ready; its log:" >&2
      tail -n 30 "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  seconds=$(echo "$(date +%s.%N) - $began" | bc)
  kill -INT -- "-$pid"
  wait "$pid" 2>/dev/null || true
  printf '%.0f' "$seconds"
}

results=()
warm_clone=""
for mode in "${MODES[@]}"; do
  case "$mode" in
    cold)
      checkout=$(clone cold)
      mkdir -p "$work/m2" "$work/npm"
      s=$(timed_start "$checkout" "$work/cold.log" \
        MAVEN_OPTS="-Dmaven.repo.local=$work/m2" npm_config_cache="$work/npm")
      results+=("| fresh clone, cold caches (empty Maven repository and npm cache: $(du -sh "$work/m2" | cut -f1) + $(du -sh "$work/npm" | cut -f1) downloaded), no .stack/ | **$s s** |")
      ;;
    warm)
      warm_clone=$(clone warm)
      s=$(timed_start "$warm_clone" "$work/warm.log")
      results+=("| fresh clone, this machine's Maven and npm caches, no .stack/ | **$s s** |")
      ;;
    restart)
      [ -n "$warm_clone" ] || { warm_clone=$(clone warm); timed_start "$warm_clone" "$work/warm.log" >/dev/null; }
      s=$(timed_start "$warm_clone" "$work/restart.log")
      skipped=$(grep -c "skipping it" "$work/restart.log" || true)
      results+=("| second start, nothing changed (build skipped: $([ "$skipped" -gt 0 ] && echo yes || echo no)) | **$s s** |")
      ;;
    *) echo "unknown mode $mode (cold, warm, restart)" >&2; exit 2 ;;
  esac
  echo "${results[-1]}"
done

{
  echo "# First start, $(date -u '+%Y-%m-%d %H:%M') UTC ($(nproc) cores)"
  echo
  echo "| start | to \"Boucle is ready\" |"
  echo "|---|---|"
  printf '%s\n' "${results[@]}"
} >"$out"
echo "written to $out"
