#!/usr/bin/env bash
# Writes a synthetic long news article: the paragraphs of examples/ repeated, each repeat with
# its numbers changed (so no two paragraphs are the same text), until it is SIZE bytes long.
# For measuring how a build copes with an article near the ingest limit (5 MB).
# Usage: bench/long-article.sh SIZE_BYTES OUT.txt   (e.g. bench/long-article.sh 5000000 /tmp/long.txt)
set -euo pipefail
if [[ $# -ne 2 || ! "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SIZE_BYTES OUT.txt" >&2
  exit 2
fi
size=$1
out=$2
cd "$(dirname "$0")/.."
{
  printf 'URL: https://example.org/news/synthetic-long-article\nTITLE: A synthetic long article\nDATE: 2023-03-10\n\n'
  # the bodies of the examples, without their header blocks
  paragraphs=$(for f in examples/*.txt; do awk 'body { print } /^$/ { body = 1 }' "$f"; done)
  awk -v size="$size" -v text="$paragraphs" 'BEGIN {
    n = split(text, lines, "\n")
    written = 0
    for (round = 1; written < size; round++) {
      for (i = 1; i <= n && written < size; i++) {
        line = lines[i]
        if (line == "") continue
        out = ""
        # every number takes the round into account: 13 days becomes 14, 15, ... days
        while (match(line, /[0-9]+/)) {
          out = out substr(line, 1, RSTART - 1) (substr(line, RSTART, RLENGTH) + round - 1)
          line = substr(line, RSTART + RLENGTH)
        }
        out = out line
        print out
        written += length(out) + 1
      }
    }
  }'
} > "$out"
