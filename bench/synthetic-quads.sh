#!/usr/bin/env bash
# Writes N copies of the examples' N-Quads (src/test/resources/.../examples-snapshot.nq, 4 article
# graphs, 1,515 quads) under distinct graph, statement, condition and guarantee IRIs, grouped
# graph by graph as `export --output=nq` writes them; actors keep their IRIs, as in a real archive
# where the same actors recur. Usage: bench/synthetic-quads.sh N OUT.nq[.gz]
# 660 copies make 1.0 million quads, 2,640 graphs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:?copies}"
out="${2:?output file}"
snapshot="$here/src/test/resources/org/diplograph/cli/examples-snapshot.nq"
sorted="$(mktemp)"
trap 'rm -f "$sorted"' EXIT
# Group by graph (the last IRI of a line) so each graph's quads come together.
awk '{ print $(NF-1) "\t" $0 }' "$snapshot" | sort -s -k1,1 | cut -f2- > "$sorted"
generate() {
  for ((i = 1; i <= n; i++)); do
    sed -E "s#(/id/(graph|statement|condition|guarantee|evidence|article|term|source)/[0-9a-f]+)#\1-$i#g" "$sorted"
  done
}
case "$out" in
  *.gz) generate | gzip -1 > "$out" ;;
  *) generate > "$out" ;;
esac
echo "wrote $((n * $(wc -l < "$snapshot"))) quads to $out" >&2
