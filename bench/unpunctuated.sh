#!/bin/sh
# unpunctuated.sh measures how build's time grows with the length of a
# text that has no sentence end: one article of N words (the bundled
# article's words, punctuation stripped, repeated), for N = 40,000, 80,000,
# 160,000 and 320,000. A reader whose time is linear in the length doubles
# from one line to the next; one that grows with the square of the length
# quadruples.
#
# Usage, from the repository root: bench/unpunctuated.sh [BINARY]
# (BINARY defaults to a newsgraph built from this checkout.) Needs
# /usr/bin/time (Debian package "time").
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${1:-}
if [ -z "$bin" ]; then
	go build -o "$work/newsgraph" ./cmd/newsgraph
	bin=$work/newsgraph
fi
words=$(tail -n +2 testdata/articles/00_aljazeera_2023-12-13_armenia_azerbaijan_prisoner_exchange.txt | tr -d '[:punct:]' | tr -s '[:space:]' '\n' | grep -v '^$')
for n in 40000 80000 160000 320000; do
	f=$work/text-$n.txt
	{
		echo "date 2024-01-01 An article without a sentence end"
		yes "$words" | head -n "$n" | tr '\n' ' '
		echo
	} >"$f"
	/usr/bin/time -f "%e s, %M KiB" -o "$work/time" "$bin" build --quiet --db memory: "$f" >/dev/null
	printf '%7d words: %s\n' "$n" "$(cat "$work/time")"
done
