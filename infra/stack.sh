#!/usr/bin/env bash
# The local stack: a real PostgreSQL and a real Elasticsearch 9.5 (with Boucle's analysis plugin)
# on loopback. Idempotent: `up` twice is fine, `down` stops only what `up` started.
#
#   infra/stack.sh up | down | status
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib/jdk.sh"
source "$here/stack/common.sh"
source "$here/stack/postgres.sh"
source "$here/stack/elasticsearch.sh"

case "${1:-}" in
  up)
    pg_up
    es_up
    ;;
  down)
    es_down || true
    pg_down || true
    ;;
  status)
    pg_status || true
    es_status || true
    ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
