#!/bin/sh
# corpus.sh measures newsgraph at scale: it builds the benchmark corpus
# (../shared/corpus/news.jsonl.gz beside the checkout, 24,158 articles) into
# a fresh bbolt store and prints the wall time, peak resident memory, store
# size, cold and warm 'newsgraph stats', the time to add one article to the
# full store and one-core extraction throughput. With RESUME=1 it also
# interrupts a second build with SIGINT after RESUME_AFTER seconds (20),
# runs it again, and checks that 'newsgraph stats' equals the clean build's.
#
# Usage, from the repository root: bench/corpus.sh [CORPUS]
# Needs /usr/bin/time (Debian package "time"). Dropping the page cache for
# the cold stats needs root; otherwise that figure is warm and says so.
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/news.jsonl.gz}
[ -f "$corpus" ] || { echo "corpus.sh: no corpus at $corpus" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "corpus.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/newsgraph
db=$work/news.db
go build -o "$bin" ./cmd/newsgraph

now() { date +%s.%N; }
secs() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }

echo "== build of $corpus ($(nproc) cores)"
/usr/bin/time -v -o "$work/time" "$bin" build --quiet --db "$db" "$corpus" | tee "$work/summary"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.2f GiB (%d MiB)", $2/1048576, $2/1024}' "$work/time")
size=$(stat -c %s "$db")
articles=$("$bin" stats --db "$db" --format json | sed 's/.*"articles":\([0-9]*\).*/\1/')
echo "wall            $wall"
echo "peak RSS        $rss"
echo "store           $size bytes, $((size / articles)) bytes/article ($articles articles)"

echo "== stats"
"$bin" stats --db "$db" >"$work/stats.clean"
cat "$work/stats.clean"
if [ "$(id -u)" = 0 ] && sync && echo 3 >/proc/sys/vm/drop_caches 2>/dev/null; then
	t0=$(now); "$bin" stats --db "$db" >/dev/null; t1=$(now)
	echo "stats cold      $(secs "$t0" "$t1") s"
else
	echo "stats cold      (cannot drop the page cache: not root)"
fi
for i in 1 2 3; do
	t0=$(now); "$bin" stats --db "$db" >/dev/null; t1=$(now)
	echo "stats warm      $(secs "$t0" "$t1") s"
done

echo "== one more article into the full store"
t0=$(now)
"$bin" build --quiet --db "$db" testdata/articles/00_aljazeera_2023-12-13_armenia_azerbaijan_prisoner_exchange.txt
t1=$(now)
echo "add one article $(secs "$t0" "$t1") s"

echo "== extraction, one core"
go test -run '^$' -bench ExtractCorpus -cpu 1 -benchtime 3000x ./loaders/extract | grep words/s

if [ "${RESUME:-0}" = 1 ]; then
	echo "== interrupted build, then resumed"
	rdb=$work/resume.db
	"$bin" build --quiet --db "$rdb" "$corpus" >"$work/resume.1" 2>&1 &
	pid=$!
	sleep "${RESUME_AFTER:-20}"
	t0=$(now)
	kill -INT "$pid"
	wait "$pid" || true
	t1=$(now)
	echo "stopped $(secs "$t0" "$t1") s after SIGINT: $(tail -n 2 "$work/resume.1" | tr '\n' ' ')"
	"$bin" build --quiet --db "$rdb" "$corpus"
	"$bin" stats --db "$rdb" >"$work/stats.resumed"
	if cmp -s "$work/stats.clean" "$work/stats.resumed"; then
		echo "resumed store: stats equal the clean build's"
	else
		echo "resumed store: stats DIFFER from the clean build's"
		diff "$work/stats.clean" "$work/stats.resumed" || true
		exit 1
	fi
fi
