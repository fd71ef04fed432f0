#!/usr/bin/env bash
# CPU seconds used so far by each group of processes on this machine, from /proc (Linux):
#   cpu_snapshot APP_PID  -> "app pg es other" (seconds, as floats)
# Groups: the application (APP_PID and its threads), PostgreSQL (processes named postgres),
# Elasticsearch (command line with org.elasticsearch), everything else (the load generator, the
# benchmark's own tools). Subtract two snapshots to get the split of a phase.
cpu_snapshot() {
  local app_pid="$1" hz
  hz=$(getconf CLK_TCK)
  for stat in /proc/[0-9]*/stat; do
    local pid="${stat#/proc/}"
    pid="${pid%/stat}"
    local fields cmd group
    fields=$(cat "$stat" 2>/dev/null) || continue
    # Fields after the command name "(...)": state is 3rd, utime 14th, stime 15th overall.
    fields="${fields##*) }"
    cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || continue
    if [ "$pid" = "$app_pid" ]; then group=app
    elif [[ "$cmd" == postgres* || "$cmd" == */postgres* ]]; then group=pg
    elif [[ "$cmd" == *org.elasticsearch* ]]; then group=es
    else group=other; fi
    set -- $fields
    echo "$group ${12} ${13}"
  done | awk -v hz="$hz" '{t[$1] += ($2 + $3) / hz}
    END {printf "%.2f %.2f %.2f %.2f\n", t["app"], t["pg"], t["es"], t["other"]}'
}

# cpu_split BEFORE AFTER SECONDS -> "app X cores, PostgreSQL Y, Elasticsearch Z, other W"
cpu_split() {
  awk -v s="$3" 'BEGIN {
      split(ARGV[1], a, " "); split(ARGV[2], b, " "); ARGV[1] = ""; ARGV[2] = "";
      printf "application %.2f cores, PostgreSQL %.2f, Elasticsearch %.2f, load generator and rest %.2f",
        (b[1] - a[1]) / s, (b[2] - a[2]) / s, (b[3] - a[3]) / s, (b[4] - a[4]) / s }' "$1" "$2"
}
