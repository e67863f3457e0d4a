#!/usr/bin/env bash
# Times each query of queries/ (those without SERVICE, which would need the network) against
# `serve` over a store: RUNS timed requests per query after one untimed warm-up, one at a
# time, and prints p50 and p95 (nearest rank) of the request times as curl sees them.
# Usage: bench/query-latency.sh STORE_DIR [RUNS] [PORT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="${1:?store folder}"
runs="${2:-20}"
port="${3:-3099}"
"$here/diplograph" serve --loc="$store" --port="$port" --timeout=120 > /dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/diplograph/sparql"
for _ in $(seq 1 240); do
  curl -s -o /dev/null "$url?query=ASK%7B%7D" && break
  sleep 1
done
printf '| query | rows | p50 | p95 |\n|---|---|---|---|\n'
for q in "$here"/queries/*.rq; do
  grep -q 'SERVICE' "$q" && continue
  rows=$(curl -s -m 300 --data-urlencode "query@$q" -H 'Accept: text/csv' "$url" | tail -n +2 | wc -l)
  times=()
  for _ in $(seq 1 "$runs"); do
    times+=("$(curl -s -m 300 -o /dev/null -w '%{time_total}' --data-urlencode "query@$q" -H 'Accept: application/sparql-results+json' "$url")")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -g))
  # Nearest rank: the smallest time at or above which 50 (95) percent of the runs lie.
  p50=${sorted[$(( (runs * 50 + 99) / 100 - 1 ))]}
  p95=${sorted[$(( (runs * 95 + 99) / 100 - 1 ))]}
  awk -v q="$(basename "$q")" -v rows="$rows" -v p50="$p50" -v p95="$p95" \
    'BEGIN { printf "| `%s` | %s | %.0f ms | %.0f ms |\n", q, rows, p50 * 1000, p95 * 1000 }'
done
