#!/usr/bin/env bash
# CPU used by groups of processes during a phase, from /proc (Linux):
#   before=$(cpu_snapshot APP_PID); ...phase...; after=$(cpu_snapshot APP_PID)
#   cpu_split "$before" "$after" SECONDS
#     -> "application X cores, PostgreSQL Y, Elasticsearch Z, load generator and rest W"
# Groups: the application (APP_PID, all its threads), PostgreSQL (processes named postgres),
# Elasticsearch (command line with org.elasticsearch), everything else. Only processes alive at
# both snapshots count: one that starts or ends inside the phase (the load generator's JVM) is
# left out, so "rest" is a lower bound.
cpu_snapshot() {
  local app_pid="$1" stat pid fields cmd group
  for stat in /proc/[0-9]*/stat; do
    pid="${stat#/proc/}"
    pid="${pid%/stat}"
    fields=$(cat "$stat" 2>/dev/null) || continue
    fields="${fields##*) }" # after the command name: state is field 3, utime 14, stime 15
    cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || continue
    if [ "$pid" = "$app_pid" ]; then group=app
    elif [[ "$cmd" == postgres* || "$cmd" == */postgres* ]]; then group=pg
    elif [[ "$cmd" == *org.elasticsearch* ]]; then group=es
    else group=other; fi
    # shellcheck disable=SC2086
    set -- $fields
    echo "$pid $group $((${12} + ${13}))"
  done
}

cpu_split() {
  local hz
  hz=$(getconf CLK_TCK)
  awk -v s="$3" -v hz="$hz" '
    FNR == 1 { file++ }
    file == 1 { before[$1] = $3; next }
    ($1 in before) { used[$2] += ($3 - before[$1]) / hz }
    END {
      printf "application %.2f cores, PostgreSQL %.2f, Elasticsearch %.2f, load generator and rest %.2f",
        used["app"] / s, used["pg"] / s, used["es"] / s, used["other"] / s
    }' <(echo "$1") <(echo "$2")
}
