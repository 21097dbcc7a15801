#!/usr/bin/env bash
# Counts how often each extraction rule and dictionary pattern fires on the
# first N articles of the benchmark corpus (default 6000) and prints the 20
# most and the 20 least used, with entities by type, relations by predicate
# and events by CAMEO root. Every relation and event in the graph records
# its rule (ng:rule), so these are the counts an analyst would get from the
# store; this script reads them straight from the extractor.
#
#   bench/rules.sh [N] [OUT]     # OUT: where the full table goes (default /tmp/newsgraph-rules.tsv)
#
# Compare two versions of the extractor by running it on each and diffing
# the full tables (lines "kind<TAB>key<TAB>count").
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-6000}
out=${2:-/tmp/newsgraph-rules.tsv}
go test ./loaders/extract -run '^TestFingerprint$' -count=1 -fingerprint.n "$n" -fingerprint.out "$out" >/dev/null
echo "articles: $(awk -F'\t' '$1=="articles"{print $2}' "$out")   full table: $out"
echo
echo "== 20 most used rules"
awk -F'\t' '$1=="rule"{print $3"\t"$2}' "$out" | sort -rn | head -20
echo
echo "== 20 least used rules"
awk -F'\t' '$1=="rule"{print $3"\t"$2}' "$out" | sort -n | head -20
echo
echo "== entities, relations, event roots"
awk -F'\t' '$1=="entity"||$1=="relation"||$1=="root"{print $1"\t"$2"\t"$3}' "$out"
