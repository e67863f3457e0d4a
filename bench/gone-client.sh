#!/usr/bin/env bash
# Measures what a query whose client has gone costs the server: the CPU of the `serve` process
# (from /proc/PID/stat) while idle, while a client waits for a COUNT over a three-way cross
# product, and in the windows after the client gives up (curl --max-time). The server's log goes
# to target/gone-client.log; its "client has gone" line is printed at the end.
# Usage: bench/gone-client.sh [STORE]   (default: examples/ built once into target/gone-client-store)
# Environment: PORT (3071), CLIENT_SECONDS (3), WINDOW seconds (5), TIMEOUT of the server (300).
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-target/gone-client-store}
port=${PORT:-3071}
client_seconds=${CLIENT_SECONDS:-3}
window=${WINDOW:-5}
timeout=${TIMEOUT:-300}
query='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
log=target/gone-client.log

if [[ ! -d $store ]]; then
  ./diplograph build examples --loc="$store" >&2
fi
DIPLOGRAPH_JAVA_OPTS=${DIPLOGRAPH_JAVA_OPTS:--Xmx1g} ./diplograph serve --loc="$store" --port="$port" --timeout="$timeout" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/\$/ping" >/dev/null; do
  kill -0 "$server"
  sleep 0.5
done

hz=$(getconf CLK_TCK)
# utime + stime of the server, in clock ticks (the launcher execs java, so $server is the JVM)
ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
# cpu LABEL SECONDS: the server's CPU, in % of one core, over the next SECONDS
cpu() {
  local before start after end
  before=$(ticks); start=$(date +%s.%N)
  sleep "$2"
  after=$(ticks); end=$(date +%s.%N)
  awk -v label="$1" -v a="$before" -v b="$after" -v s="$start" -v e="$end" -v hz="$hz" \
    'BEGIN { printf "%-40s %5.1f%% of a core\n", label, 100 * (b - a) / hz / (e - s) }'
}

triples=$(curl -s "http://localhost:$port/diplograph/sparql" --data-urlencode 'query=SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' \
  -H 'Accept: text/csv' | tail -1 | tr -d '\r')
echo "store $store: $triples triples, so the cross product has $triples^3 rows; server timeout $timeout s"
sleep 2
cpu "idle, before the query" "$window"
curl -s -o /dev/null --max-time "$client_seconds" "http://localhost:$port/diplograph/sparql" \
  --data-urlencode "query=$query" || true &
client=$!
cpu "client waiting (${client_seconds} s, then it leaves)" "$client_seconds"
wait "$client" || true
for i in 1 2 3; do
  cpu "$(( (i - 1) * window ))-$(( i * window )) s after the client left" "$window"
done
grep -h "client has gone" "$log" || echo "no 'client has gone' line in $log"
