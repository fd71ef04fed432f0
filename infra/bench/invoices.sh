#!/usr/bin/env bash
# Invoice rendering benchmark (issue 15): the Factur-X PDF/A-3 of one invoice (HTML rendered to
# PDF/A-3 by openhtmltopdf, CII XML by Mustang, XML attached), in one JVM, single-threaded:
#   1. latency after warm-up: p50/p90/p99/max over BENCH_MEASURED renders (default 500) after
#      BENCH_WARMUP renders (default 300);
#   2. a batch of BENCH_BATCH invoices (default 1,000) back to back: wall time, heap peak, GC time.
# The harness (src/invoices/java/.../InvoiceRenderBench.java) runs with the JDK's source launcher
# against the application's jar: no service needed, nothing but the JDK and Maven.
# Usage: infra/bench/invoices.sh    BENCH_SKIP_BUILD=yes to reuse api/target's jar,
#        BENCH_HEAP (default 512m: the heap the application gets on a 2 GB host).
# Results: printed, and written to docs/benchmarks-invoices-latest.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/infra/lib/jdk.sh"
out="$root/docs/benchmarks-invoices-latest.md"
mkdir -p "$here/target"

if [ "${BENCH_SKIP_BUILD:-no}" != yes ]; then
  echo "building the application" >&2
  (cd "$root" && mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true -Dskip.npm \
    -Dskip.installnodenpm -pl api -am)
fi
jar=$(ls "$root"/api/target/boucle-api-*.jar | grep -v original | head -n1)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +"%Y-%m-%d %H:%M UTC")
result=$(java -Xms"${BENCH_HEAP:-512m}" -Xmx"${BENCH_HEAP:-512m}" -XX:+UseSerialGC \
  -Dbench.warmup="${BENCH_WARMUP:-300}" -Dbench.measured="${BENCH_MEASURED:-500}" \
  -Dbench.batch="${BENCH_BATCH:-1000}" -Dbench.sample="$here/target/invoice-sample.pdf" \
  -cp "$jar" "$here/src/invoices/java/fr/boucle/bench/InvoiceRenderBench.java" 2>"$here/target/invoices.log")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "# Invoice rendering, $started"
  echo
  echo "$(nproc) cores, $(java -version 2>&1 | head -n1), heap ${BENCH_HEAP:-512m} (SerialGC)."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  echo
  echo '```'
  echo "$result"
  echo '```'
} | tee "$out"
