# shellcheck shell=bash
# Elasticsearch for the local Boucle stack. Sourced by infra/stack.sh, after infra/lib/jdk.sh
# (JAVA_HOME must point at a JDK >= 21; it becomes ES_JAVA_HOME).
#
# Defines:
#   es_up      start (or reuse) a single-node Elasticsearch with the boucle-analysis plugin
#   es_down    stop the Elasticsearch that es_up started (no-op when none runs)
#   es_status  print what runs at BOUCLE_ES_URL; returns 0 when it is healthy
#
# Environment (read at call time, defaults in brackets):
#   BOUCLE_ROOT              repository root [two levels above this file]
#   BOUCLE_STACK_DIR         local state, git-ignored [$BOUCLE_ROOT/.stack]
#   BOUCLE_ES_PORT           HTTP port [9200]
#   BOUCLE_ES_URL            where clients reach it [http://127.0.0.1:$BOUCLE_ES_PORT]
#   BOUCLE_ES_HEAP           JVM heap, -Xms and -Xmx [512m]
#   BOUCLE_ES_START_TIMEOUT  seconds to wait for a yellow cluster [120]
#   BOUCLE_ES_USER           unprivileged user Elasticsearch runs as when called as root
#                            [$BOUCLE_RUN_USER, else boucle]
#
# Everything lives in $BOUCLE_STACK_DIR/elasticsearch/: the distribution (unpacked once from the
# integ-test zip that Maven fetches), config, data, logs, pid file and the installed plugin zip.
# Elasticsearch refuses to run as root, so as root the directory is handed to $BOUCLE_ES_USER.

_BOUCLE_ES_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

_es_log() { printf '[elasticsearch] %s\n' "$*" >&2; }
_es_fail() {
  printf '[elasticsearch] ERROR: %s\n' "$*" >&2
  return 1
}

# Sets the _ES_* variables from the BOUCLE_* ones (re-read on every call: stack.sh may change them).
_es_env() {
  BOUCLE_ROOT=${BOUCLE_ROOT:-$(cd "$_BOUCLE_ES_LIB_DIR/../.." && pwd)}
  BOUCLE_STACK_DIR=${BOUCLE_STACK_DIR:-$BOUCLE_ROOT/.stack}
  case "$BOUCLE_STACK_DIR" in
    /*) ;;
    *) BOUCLE_STACK_DIR=$PWD/$BOUCLE_STACK_DIR ;; # the pid check compares absolute paths
  esac
  BOUCLE_ES_PORT=${BOUCLE_ES_PORT:-9200}
  BOUCLE_ES_URL=${BOUCLE_ES_URL:-http://127.0.0.1:$BOUCLE_ES_PORT}
  BOUCLE_ES_URL=${BOUCLE_ES_URL%/}
  BOUCLE_ES_HEAP=${BOUCLE_ES_HEAP:-512m}

  # One source of truth for the version: the root pom.
  _ES_VERSION=$(sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' \
    "$BOUCLE_ROOT/pom.xml" 2>/dev/null | head -n1)
  _ES_VERSION=${_ES_VERSION:-9.5.3}
  _ES_BASE=$BOUCLE_STACK_DIR/elasticsearch
  _ES_HOME=$_ES_BASE/elasticsearch-$_ES_VERSION
  _ES_PIDFILE=$_ES_BASE/run/elasticsearch.pid
  _ES_LOG=$_ES_BASE/logs/boucle.log # <path.logs>/<cluster.name>.log
  _ES_STARTUP_LOG=$_ES_BASE/logs/startup.log
  _ES_PLUGIN_NAME=boucle-analysis
  _ES_PLUGIN_MODULE=$BOUCLE_ROOT/search/analysis-plugin
  _ES_PLUGIN_COPY=$_ES_BASE/$_ES_PLUGIN_NAME.zip
  _ES_USER=
  if [ "$(id -u)" -eq 0 ]; then
    _ES_USER=${BOUCLE_ES_USER:-${BOUCLE_RUN_USER:-boucle}}
  fi
}

# ------------------------------------------------------------------------------------------ probes

_es_curl() { curl -sS --connect-timeout 2 --max-time "${_ES_CURL_MAX_TIME:-5}" "$@"; }

# 0 when BOUCLE_ES_URL answers with a yellow or green cluster.
_es_healthy() {
  local body
  body=$(_es_curl -f "$BOUCLE_ES_URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null) ||
    return 1
  case "$body" in
    *'"status":"green"'* | *'"status":"yellow"'*) return 0 ;;
    *) return 1 ;;
  esac
}

_es_has_plugin() {
  _es_curl -f "$BOUCLE_ES_URL/_cat/plugins?h=component" 2>/dev/null |
    grep -qx "[[:space:]]*${_ES_PLUGIN_NAME}[[:space:]]*"
}

# Host part of BOUCLE_ES_URL.
_es_url_host() {
  local rest=${BOUCLE_ES_URL#*://}
  rest=${rest%%/*}
  rest=${rest##*@}
  case "$rest" in
    \[*) rest=${rest#[}; rest=${rest%%]*} ;;
    *) rest=${rest%%:*} ;;
  esac
  printf '%s\n' "$rest"
}

_es_url_is_local() {
  case "$(_es_url_host)" in
    127.0.0.1 | localhost | ::1) return 0 ;;
    *) return 1 ;;
  esac
}

# 0 when something accepts TCP connections on 127.0.0.1:$1.
_es_port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Pid of the Elasticsearch that es_up started, if it still runs.
_es_running_pid() {
  local pid
  [ -r "$_ES_PIDFILE" ] || return 1
  pid=$(tr -dc '0-9' <"$_ES_PIDFILE")
  [ -n "$pid" ] || return 1
  kill -0 "$pid" 2>/dev/null || [ -d "/proc/$pid" ] || return 1
  # Guard against a recycled pid: it must be an Elasticsearch JVM started from our directory.
  if [ -r "/proc/$pid/cmdline" ]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "org.elasticsearch" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$_ES_HOME" || return 1
  fi
  printf '%s\n' "$pid"
}

# --------------------------------------------------------------------------------- preconditions

_es_check_jdk() {
  local major=""
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] ||
    _es_fail "JAVA_HOME is not set to a JDK: source infra/lib/jdk.sh first." || return 1
  if declare -F boucle_java_major >/dev/null; then
    major=$(boucle_java_major "$JAVA_HOME")
  fi
  if [ -z "$major" ]; then
    major=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  if [ -z "$major" ] || [ "$major" -lt 21 ]; then
    _es_fail "Elasticsearch $_ES_VERSION needs a JDK >= 21, JAVA_HOME=$JAVA_HOME is ${major:-unknown}." \
      "Install one (apt-get install openjdk-21-jdk-headless) and source infra/lib/jdk.sh."
    return 1
  fi
}

# Heap size in MiB from a JVM size such as 512m or 1g.
_es_heap_mb() {
  local heap=${BOUCLE_ES_HEAP,,}
  case "$heap" in
    *g) echo $((${heap%g} * 1024)) ;;
    *m) echo "${heap%m}" ;;
    *k) echo $((${heap%k} / 1024)) ;;
    *) echo $((heap / 1024 / 1024)) ;;
  esac
}

_es_check_memory() {
  local available_kb heap_mb needed_mb
  [[ "$BOUCLE_ES_HEAP" =~ ^[0-9]+[kKmMgG]?$ ]] ||
    _es_fail "BOUCLE_ES_HEAP=$BOUCLE_ES_HEAP is not a JVM size such as 512m or 1g." || return 1
  available_kb=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo 2>/dev/null)
  [ -n "$available_kb" ] || return 0 # not Linux: nothing to check
  heap_mb=$(_es_heap_mb)
  # Heap plus roughly 512 MiB of metaspace, direct buffers and page cache; never less than 1 GiB.
  needed_mb=$((heap_mb + 512))
  [ "$needed_mb" -ge 1024 ] || needed_mb=1024
  if [ $((available_kb / 1024)) -lt "$needed_mb" ]; then
    _es_fail "only $((available_kb / 1024)) MiB of memory available, Elasticsearch with a" \
      "$BOUCLE_ES_HEAP heap needs about $needed_mb MiB. Free some memory or lower BOUCLE_ES_HEAP."
    return 1
  fi
}

# ------------------------------------------------------------------------------ running as a user

# Runs a command as the Elasticsearch user (as root) or as ourselves, with the ES environment.
_es_as_user() {
  local env=(env -u JAVA_HOME "HOME=$_ES_BASE" "ES_JAVA_HOME=$JAVA_HOME" "ES_PATH_CONF=$_ES_HOME/config"
    "PATH=$JAVA_HOME/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
  if [ -z "$_ES_USER" ]; then
    "${env[@]}" "$@"
  elif command -v runuser >/dev/null; then
    runuser -u "$_ES_USER" -- "${env[@]}" "$@"
  else
    su -s /bin/sh "$_ES_USER" -c "$(printf '%q ' "${env[@]}" "$@")"
  fi
}

_es_ensure_user() {
  [ -n "$_ES_USER" ] || return 0
  if ! id -u "$_ES_USER" >/dev/null 2>&1; then
    _es_log "creating system user $_ES_USER (Elasticsearch refuses to run as root)"
    useradd --system --user-group --no-create-home --home-dir "$_ES_BASE" \
      --shell /usr/sbin/nologin "$_ES_USER" ||
      _es_fail "could not create the user $_ES_USER; set BOUCLE_ES_USER to an existing one." ||
      return 1
  fi
  chown -R "$_ES_USER:" "$_ES_BASE" || return 1
  if ! _es_as_user test -x "$_ES_HOME/bin/elasticsearch"; then
    _es_fail "user $_ES_USER cannot reach $_ES_HOME: a parent directory of" \
      "BOUCLE_STACK_DIR is not world-traversable. Point BOUCLE_STACK_DIR elsewhere (e.g. /var/tmp)."
    return 1
  fi
  _es_as_user test -x "$JAVA_HOME/bin/java" ||
    _es_fail "user $_ES_USER cannot run $JAVA_HOME/bin/java." || return 1
}

# ---------------------------------------------------------------------------- distribution/plugin

_es_zip_path() {
  printf '%s\n' "${HOME:-~}/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$_ES_VERSION/elasticsearch-$_ES_VERSION.zip"
}

_es_install_distribution() {
  local zip tmp
  [ -x "$_ES_HOME/bin/elasticsearch" ] && return 0
  zip=$(_es_zip_path)
  if [ ! -s "$zip" ]; then
    _es_log "fetching Elasticsearch $_ES_VERSION (integ-test zip) through Maven"
    mkdir -p "$_ES_BASE/dist" || return 1
    (cd "$_ES_BASE/dist" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$_ES_VERSION:zip" \
      -DoutputDirectory="$_ES_BASE/dist") ||
      _es_fail "Maven could not fetch org.elasticsearch.distribution.integ-test-zip:elasticsearch:$_ES_VERSION:zip" ||
      return 1
    zip=$_ES_BASE/dist/elasticsearch-$_ES_VERSION.zip
  fi
  _es_log "unpacking $(basename "$zip") into $_ES_BASE"
  mkdir -p "$_ES_BASE" || return 1
  tmp=$(mktemp -d "$_ES_BASE/.unpack.XXXXXX") || return 1
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; _es_fail "cannot unpack $zip"; return 1; }
  else
    if ! python3 -m zipfile -e "$zip" "$tmp"; then
      rm -rf "$tmp"
      _es_fail "cannot unpack $zip (install unzip)"
      return 1
    fi
    chmod +x "$tmp"/elasticsearch-*/bin/* # python's zipfile drops the permissions
  fi
  [ -x "$tmp/elasticsearch-$_ES_VERSION/bin/elasticsearch" ] ||
    { rm -rf "$tmp"; _es_fail "$zip has no elasticsearch-$_ES_VERSION/bin/elasticsearch"; return 1; }
  rm -rf "$_ES_HOME"
  mv "$tmp/elasticsearch-$_ES_VERSION" "$_ES_HOME" && rm -rf "$tmp" || return 1
  rm -rf "$_ES_BASE/dist" # Maven keeps its own copy in the local repository
}

# Newest plugin zip of the build, if any.
_es_built_plugin_zip() {
  # shellcheck disable=SC2012 # Maven-made names, no odd characters
  ls -t "$_ES_PLUGIN_MODULE"/target/boucle-analysis-plugin-*.zip 2>/dev/null | head -n1
}

# Prints the path of an up-to-date plugin zip, building it when missing or older than its sources.
_es_plugin_zip() {
  local zip
  zip=$(_es_built_plugin_zip)
  if [ -z "$zip" ] || [ -n "$(find "$_ES_PLUGIN_MODULE/pom.xml" "$_ES_PLUGIN_MODULE/src" \
    -newer "$zip" -type f -print -quit 2>/dev/null)" ]; then
    _es_log "building the $_ES_PLUGIN_NAME plugin (search/analysis-plugin)"
    # -f rather than -pl: the plugin builds alone, whatever state the sibling modules are in.
    (cd "$BOUCLE_ROOT" && mvn -q -B -f search/analysis-plugin/pom.xml package -DskipTests) >&2 ||
      _es_fail "building search/analysis-plugin failed (see the Maven output above)." || return 1
    zip=$(_es_built_plugin_zip)
    [ -n "$zip" ] || _es_fail "the build produced no search/analysis-plugin/target/*.zip" || return 1
  fi
  printf '%s\n' "$zip"
}

_es_sha256() { sha256sum "$1" | cut -d' ' -f1; }

# 0 when the installed plugin is the given zip.
_es_plugin_current() {
  [ -d "$_ES_HOME/plugins/$_ES_PLUGIN_NAME" ] && [ -f "$_ES_PLUGIN_COPY" ] &&
    [ "$(_es_sha256 "$1")" = "$(_es_sha256 "$_ES_PLUGIN_COPY")" ]
}

# (Re)installs the plugin when its zip changed. Elasticsearch must be stopped.
_es_install_plugin() {
  local zip=$1
  _es_plugin_current "$zip" && return 0
  _es_log "installing the $_ES_PLUGIN_NAME plugin from ${zip#"$BOUCLE_ROOT"/}"
  cp "$zip" "$_ES_PLUGIN_COPY.tmp" && mv "$_ES_PLUGIN_COPY.tmp" "$_ES_PLUGIN_COPY" || return 1
  if [ -n "$_ES_USER" ]; then
    chown -R "$_ES_USER:" "$_ES_BASE" || return 1
  fi
  if [ -d "$_ES_HOME/plugins/$_ES_PLUGIN_NAME" ]; then
    _es_as_user "$_ES_HOME/bin/elasticsearch-plugin" remove --silent "$_ES_PLUGIN_NAME" >&2 ||
      rm -rf "${_ES_HOME:?}/plugins/$_ES_PLUGIN_NAME"
  fi
  if ! _es_as_user "$_ES_HOME/bin/elasticsearch-plugin" install --batch --silent \
    "file://$_ES_PLUGIN_COPY" >&2; then
    rm -f "$_ES_PLUGIN_COPY"
    _es_fail "elasticsearch-plugin install of $zip failed."
    return 1
  fi
}

_es_write_config() {
  local conf=$_ES_HOME/config
  mkdir -p "$_ES_BASE/data" "$_ES_BASE/logs" "$_ES_BASE/run" "$conf/jvm.options.d" || return 1
  cat >"$conf/elasticsearch.yml" <<EOF
# Written by infra/stack/elasticsearch.sh on every es_up: edit that script, not this file.
cluster.name: boucle
node.name: boucle-dev
discovery.type: single-node
network.host: 127.0.0.1
http.port: $BOUCLE_ES_PORT
path.data: $_ES_BASE/data
path.logs: $_ES_BASE/logs
# Local development only: no TLS, no users.
xpack.security.enabled: false
# A nearly full developer disk must not turn indices read-only or block shard allocation.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  # The integ-test distribution has no machine-learning module, so no xpack.ml.* setting here:
  # Elasticsearch refuses to start on a setting that no module registers.
  cat >"$conf/jvm.options.d/boucle.options" <<EOF
-Xms$BOUCLE_ES_HEAP
-Xmx$BOUCLE_ES_HEAP
-XX:HeapDumpPath=$_ES_BASE/logs
-XX:ErrorFile=$_ES_BASE/logs/hs_err_pid%p.log
EOF
}

# Last lines of the launcher output and of the Elasticsearch log written since this start.
_es_tail_logs() {
  local f
  for f in "$_ES_STARTUP_LOG" "$_ES_LOG"; do
    if [ -s "$f" ] && [ "$f" -nt "$_ES_BASE/run/start.marker" ]; then
      _es_log "last lines of ${f#"$BOUCLE_ROOT"/}:"
      tail -n 40 "$f" | sed 's/^/    /' >&2
    fi
  done
}

# ------------------------------------------------------------------------------------ start/stop

# Starts Elasticsearch in the background and waits for a yellow cluster.
_es_start() {
  local timeout=${BOUCLE_ES_START_TIMEOUT:-120} start rc_file=$_ES_BASE/run/launcher.rc rc waited
  rm -f "$_ES_PIDFILE" "$rc_file" "$_ES_STARTUP_LOG"
  touch "$_ES_BASE/run/start.marker"
  sleep 1 # so that "written since the marker" holds on one-second file systems
  if [ -n "$_ES_USER" ]; then
    chown -R "$_ES_USER:" "$_ES_BASE" || return 1
  fi
  _es_log "starting Elasticsearch $_ES_VERSION on $BOUCLE_ES_URL (heap $BOUCLE_ES_HEAP${_ES_USER:+, user $_ES_USER})"
  start=$SECONDS
  # The launcher (`elasticsearch -d`) returns once the node started or failed; run it detached so
  # that we can show progress, and keep its exit code. fd 9 (es_up's lock) must not leak into the
  # daemon, or the lock would be held for as long as Elasticsearch runs.
  (
    (
      cd "$_ES_BASE" || exit 1
      _es_as_user "$_ES_HOME/bin/elasticsearch" -d -p "$_ES_PIDFILE" </dev/null
      echo $? >"$rc_file"
    ) >"$_ES_STARTUP_LOG" 2>&1 9>&- &
  )
  printf '[elasticsearch] waiting for the cluster (up to %ss) ' "$timeout" >&2
  while :; do
    if _es_healthy; then
      waited=$((SECONDS - start))
      printf ' up\n' >&2
      _es_log "Elasticsearch is ready after ${waited}s (pid $(cat "$_ES_PIDFILE" 2>/dev/null))"
      return 0
    fi
    if [ -s "$rc_file" ]; then
      rc=$(cat "$rc_file")
      if [ "$rc" != 0 ] || ! _es_running_pid >/dev/null; then
        printf ' failed\n' >&2
        _es_fail "Elasticsearch exited during startup (launcher exit code $rc)."
        _es_tail_logs
        return 1
      fi
    fi
    if [ $((SECONDS - start)) -ge "$timeout" ]; then
      printf ' timeout\n' >&2
      _es_fail "Elasticsearch did not reach a yellow cluster within ${timeout}s; stopping it."
      _es_tail_logs
      _es_stop
      return 1
    fi
    printf '.' >&2
    sleep 2
  done
}

_es_stop() {
  local pid i
  pid=$(_es_running_pid) || { rm -f "$_ES_PIDFILE"; return 0; }
  _es_log "stopping Elasticsearch (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    _es_log "still running after 60s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 10; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
  fi
  if kill -0 "$pid" 2>/dev/null; then
    _es_fail "could not stop Elasticsearch (pid $pid)."
    return 1
  fi
  rm -f "$_ES_PIDFILE"
}

_es_up_locked() {
  local zip ours=""
  _es_running_pid >/dev/null && ours=yes

  if _es_healthy; then
    if [ -z "$ours" ]; then
      # Started by someone else (another checkout, a container...): use it as it is.
      if _es_has_plugin; then
        _es_log "reusing the Elasticsearch already running at $BOUCLE_ES_URL"
        return 0
      fi
      _es_fail "an Elasticsearch answers at $BOUCLE_ES_URL without the $_ES_PLUGIN_NAME plugin" \
        "(install search/analysis-plugin/target/boucle-analysis-plugin-*.zip into it, stop it," \
        "or set BOUCLE_ES_PORT to a free port)."
      return 1
    fi
    if ! zip=$(_es_plugin_zip); then
      _es_has_plugin || return 1
      _es_log "WARNING: could not rebuild the plugin; keeping the running Elasticsearch as it is"
      return 0
    fi
    if _es_has_plugin && _es_plugin_current "$zip"; then
      _es_log "already running at $BOUCLE_ES_URL (pid $(cat "$_ES_PIDFILE"))"
      return 0
    fi
    _es_log "the $_ES_PLUGIN_NAME plugin changed: restarting Elasticsearch"
    _es_stop || return 1
  elif [ -n "$ours" ]; then
    # Ours, but not healthy (still starting, or wedged): start over rather than guess.
    _es_log "Elasticsearch (pid $(cat "$_ES_PIDFILE")) does not answer healthy: restarting it"
    _es_stop || return 1
  fi

  if ! _es_url_is_local; then
    _es_fail "BOUCLE_ES_URL=$BOUCLE_ES_URL does not answer healthy and is not local: cannot start it here."
    return 1
  fi
  if _es_port_taken "$BOUCLE_ES_PORT"; then
    _es_fail "port $BOUCLE_ES_PORT is taken by something that is not a healthy Elasticsearch." \
      "Stop it or choose another port with BOUCLE_ES_PORT."
    return 1
  fi
  _es_check_jdk || return 1
  _es_check_memory || return 1
  command -v curl >/dev/null || _es_fail "curl is required (apt-get install curl)." || return 1

  mkdir -p "$_ES_BASE" || return 1
  _es_install_distribution || return 1
  if [ -z "${zip:-}" ]; then
    zip=$(_es_plugin_zip) || return 1
  fi
  _es_write_config || return 1
  _es_ensure_user || return 1
  _es_install_plugin "$zip" || return 1
  _es_start || return 1
  if ! _es_has_plugin; then
    _es_fail "Elasticsearch started but does not list the $_ES_PLUGIN_NAME plugin."
    return 1
  fi
}

# ------------------------------------------------------------------------------------ public API

# Serialises es_up/es_down calls (two terminals, or stack.sh and test.sh at once) on fd 9.
_es_lock() {
  mkdir -p "$_ES_BASE" || return 1
  exec 9>"$_ES_BASE/.lock" || return 1
  if command -v flock >/dev/null && ! flock -w 300 9; then
    _es_fail "another es_up/es_down has held $_ES_BASE/.lock for 5 minutes."
    return 1
  fi
}

# Subshell bodies: the lock and the _ES_* variables stay local to each call.
es_up() (
  _es_env
  _es_lock || exit 1
  _es_up_locked
)

es_down() (
  _es_env
  _es_lock || exit 1
  if ! _es_running_pid >/dev/null; then
    _es_log "not running (nothing started by this stack)"
    rm -f "$_ES_PIDFILE"
    exit 0
  fi
  _es_stop
)

# Prints one line, "elasticsearch: up (...)" or "elasticsearch: down (...)" (infra/start.sh and
# infra/test.sh grep for ": up"); returns 0 when Elasticsearch answers healthy.
es_status() (
  _es_env
  local pid health version who
  pid=$(_es_running_pid) || pid=""
  if [ -n "$pid" ]; then who="pid $pid"; else who="not started by this stack"; fi
  if _es_healthy; then
    health=$(_es_curl "$BOUCLE_ES_URL/_cluster/health" 2>/dev/null |
      sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
    version=$(_es_curl "$BOUCLE_ES_URL/_nodes/_local/version?filter_path=nodes.*.version" 2>/dev/null |
      sed -n 's/.*"version":"\([^"]*\)".*/\1/p')
    printf 'elasticsearch: up (%s, %s, version %s, cluster %s, %s plugin %s)\n' \
      "$BOUCLE_ES_URL" "$who" "${version:-?}" "${health:-?}" "$_ES_PLUGIN_NAME" \
      "$(_es_has_plugin && echo installed || echo MISSING)"
    exit 0
  fi
  if [ -n "$pid" ]; then
    printf 'elasticsearch: down (%s: process %s runs but does not answer healthy, see %s)\n' \
      "$BOUCLE_ES_URL" "$pid" "$_ES_LOG"
  else
    printf 'elasticsearch: down (%s)\n' "$BOUCLE_ES_URL"
  fi
  exit 1
)
