#!/usr/bin/env bash
# The first five minutes, tested (sourced by infra/test.sh): starts Boucle exactly as the README's
# first command does (infra/start.sh, in the background, as a newcomer would), from an empty state
# directory and on ports of its own, waits until it is ready, and afterwards stops it with Ctrl-C
# (SIGINT to its process group) and checks that no process and no port is left behind. What a
# person sees in between is checked by FirstStartIT against BOUCLE_FIRST_START_URL.

: "${BOUCLE_FIRST_START_PORT:=18080}"
: "${BOUCLE_FIRST_START_PG_PORT:=54339}"
: "${BOUCLE_FIRST_START_ES_PORT:=19200}"
FIRST_START_DIR="$BOUCLE_ROOT/.stack/first-start"
FIRST_START_LOG="$BOUCLE_ROOT/.stack/first-start.log"
FIRST_START_PID=""

first_start_fail() {
  stack_fail "first start: $*"
  [ -f "$FIRST_START_LOG" ] && tail -n 40 "$FIRST_START_LOG" >&2
  return 1
}

first_start_begin() {
  local port
  for port in "$BOUCLE_FIRST_START_PORT" "$BOUCLE_FIRST_START_PG_PORT" "$BOUCLE_FIRST_START_ES_PORT"; do
    if stack_port_taken "$port"; then
      first_start_fail "port $port is taken before the start"
      return 1
    fi
  done
  rm -rf "$FIRST_START_DIR"
  mkdir -p "$FIRST_START_DIR"
  stack_log "first start: running infra/start.sh from an empty state directory (log: $FIRST_START_LOG)"
  local started; started=$(date +%s)
  # Job control gives the command its own process group, where Ctrl-C would reach it, and leaves
  # SIGINT handled (a plain background job of a script ignores it).
  set -m
  env -u BOUCLE_DB_URL -u BOUCLE_ES_URL -u BOUCLE_TEST_DB_URL \
    BOUCLE_STACK_DIR="$FIRST_START_DIR" BOUCLE_PORT="$BOUCLE_FIRST_START_PORT" \
    BOUCLE_PG_PORT="$BOUCLE_FIRST_START_PG_PORT" BOUCLE_ES_PORT="$BOUCLE_FIRST_START_ES_PORT" \
    "$BOUCLE_ROOT/infra/start.sh" </dev/null >"$FIRST_START_LOG" 2>&1 &
  FIRST_START_PID=$!
  set +m
  local waited=0
  until grep -q "Boucle is ready" "$FIRST_START_LOG" 2>/dev/null; do
    if ! kill -0 "$FIRST_START_PID" 2>/dev/null; then
      FIRST_START_PID=""
      first_start_fail "infra/start.sh exited before Boucle was ready"
      return 1
    fi
    if [ "$waited" -ge "${BOUCLE_FIRST_START_TIMEOUT:-900}" ]; then
      first_start_fail "Boucle was not ready after $waited s"
      return 1
    fi
    sleep 2; waited=$((waited + 2))
  done
  stack_log "first start: ready in $(( $(date +%s) - started )) s"
  export BOUCLE_FIRST_START_URL="http://127.0.0.1:$BOUCLE_FIRST_START_PORT"
}

# Ctrl-C, then nothing may be left: no process of the group or of its state directory, no port.
first_start_end() {
  [ -n "$FIRST_START_PID" ] || return 0
  local pid="$FIRST_START_PID" waited=0 leftovers port status=0
  FIRST_START_PID=""
  kill -INT -- "-$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 90 ]; then
      first_start_fail "infra/start.sh still runs 90 s after Ctrl-C"
      kill -KILL -- "-$pid" 2>/dev/null || true
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  wait "$pid" 2>/dev/null || status=$?
  stack_log "first start: infra/start.sh stopped $waited s after Ctrl-C (exit status $status)"
  # What is left: live processes of the group or of the state directory. A zombie (exited, not
  # yet reaped by its parent) holds nothing and is not counted; children get a few seconds to go.
  for _ in $(seq 1 15); do
    leftovers=$(ps -e -o pid=,pgid=,stat=,args= | awk -v g="$pid" -v d="$FIRST_START_DIR" \
      '$3 !~ /^Z/ && ($2 == g || index($0, d) > 0) && $0 !~ / awk / { print }')
    [ -z "$leftovers" ] && break
    sleep 1
  done
  if [ -n "$leftovers" ]; then
    first_start_fail "processes left behind after Ctrl-C:"$'\n'"$leftovers"
    return 1
  fi
  for port in "$BOUCLE_FIRST_START_PORT" "$BOUCLE_FIRST_START_PG_PORT" "$BOUCLE_FIRST_START_ES_PORT"; do
    if stack_port_taken "$port"; then
      first_start_fail "port $port is still taken after Ctrl-C"
      return 1
    fi
  done
  stack_log "first start: Ctrl-C left no process and no port behind"
}

# For the test script's clean-up after a failure: stop it without judging.
first_start_abort() {
  [ -n "$FIRST_START_PID" ] || return 0
  kill -INT -- "-$FIRST_START_PID" 2>/dev/null || true
  local waited=0
  while kill -0 "$FIRST_START_PID" 2>/dev/null && [ "$waited" -lt 60 ]; do
    sleep 1; waited=$((waited + 1))
  done
  FIRST_START_PID=""
}
