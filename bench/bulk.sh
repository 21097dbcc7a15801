#!/bin/sh
# bulk.sh measures the bulk paths in one run: build, export and load.
#
#  1. The whole benchmark corpus (../shared/corpus/news.jsonl.gz, 24,158
#     articles) on bbolt: build it into a fresh store, export the store as
#     N-Quads, load that export into an empty store, and check that the
#     loaded store exports the same bytes.
#  2. The first SAMPLE articles of the corpus (2,000) the same way on bbolt
#     and on PostgreSQL (a throwaway cluster started with .ci/postgres, with
#     fsync on, as a real server would run), to compare the backends.
#
# Each line gives the wall time, the throughput and the peak resident
# memory of one command. Set SKIP_CORPUS=1 to measure only the sample,
# SKIP_POSTGRES=1 to leave PostgreSQL out.
#
# Usage, from the repository root: bench/bulk.sh [CORPUS]
# Needs /usr/bin/time (Debian package "time") and, for part 2, a PostgreSQL
# server installation (Debian package "postgresql").
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/news.jsonl.gz}
sample=${SAMPLE:-2000}
[ -f "$corpus" ] || { echo "bulk.sh: no corpus at $corpus" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bulk.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
pgdir=$(mktemp -d) # its own: PostgreSQL may run as another user
pg=""
cleanup() {
	[ -z "$pg" ] || .ci/postgres stop "$pgdir" || true
	rm -rf "$work" "$pgdir"
}
trap cleanup EXIT
bin=$work/newsgraph
go build -o "$bin" ./cmd/newsgraph

# timed LABEL QUADS CMD...: runs CMD and prints its wall time, quads/s and
# peak memory; QUADS is a file holding the number of quads, or "-".
timed() {
	label=$1 quadsfile=$2
	shift 2
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" ||
		{ cat "$work/out" "$work/err" >&2; exit 1; }
	set -- $(cat "$work/time")
	rate=""
	if [ "$quadsfile" != - ]; then
		rate=$(awk -v n="$(cat "$quadsfile")" -v s="$1" 'BEGIN { printf "%8.0f quads/s", n / s }')
	fi
	printf '%-34s %8.2f s %s %6d MiB\n' "$label" "$1" "$rate" "$(($2 / 1024))"
}

# bulk NAME DB EMPTYDB INPUT: build INPUT into DB, export it, load the
# export into EMPTYDB and compare the exports.
bulk() {
	name=$1 db=$2 empty=$3 input=$4
	timed "$name build" - "$bin" build --quiet --db "$db" "$input"
	"$bin" stats --db "$db" --format json | sed 's/.*"quads":\([0-9]*\).*/\1/' >"$work/quads"
	echo "$name: $(cat "$work/quads") quads"
	timed "$name export --format nquads" "$work/quads" "$bin" export --db "$db" --format nquads --out "$work/export.nq"
	timed "$name load (of that export)" "$work/quads" "$bin" load --quiet --db "$empty" "$work/export.nq"
	"$bin" export --db "$empty" --format nquads --out "$work/again.nq"
	if cmp -s "$work/export.nq" "$work/again.nq"; then
		echo "$name: the loaded store exports the same bytes"
	else
		echo "$name: the loaded store exports DIFFERENT bytes" >&2
		exit 1
	fi
	rm -f "$work/export.nq" "$work/again.nq"
}

echo "== $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
if [ "${SKIP_CORPUS:-0}" != 1 ]; then
	echo "== whole corpus ($corpus), bbolt"
	bulk corpus "$work/corpus.db" "$work/corpus-loaded.db" "$corpus"
	rm -f "$work"/corpus*.db*
fi

echo "== first $sample articles, bbolt"
gzip -dcf "$corpus" | head -n "$sample" >"$work/sample.jsonl"
bulk bbolt "$work/sample.db" "$work/sample-loaded.db" "$work/sample.jsonl"

if [ "${SKIP_POSTGRES:-0}" != 1 ]; then
	echo "== first $sample articles, PostgreSQL"
	pg=$(.ci/postgres start "$pgdir")
	psql -q "$pg" -c "ALTER SYSTEM SET fsync = on" -c "SELECT pg_reload_conf()" >/dev/null
	psql -q "$pg" -c "CREATE DATABASE built" -c "CREATE DATABASE loaded"
	base=${pg%/postgres?sslmode=disable}
	bulk postgres "$base/built?sslmode=disable" "$base/loaded?sslmode=disable" "$work/sample.jsonl"
fi
