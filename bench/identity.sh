#!/usr/bin/env bash
# identity.sh measures whether the graph has one node for each real person,
# place and organisation (issue 9): it builds the first N articles of the
# benchmark corpus (3,000) into a fresh store, exports it as N-Quads and
# prints, each with its limit:
#
#   - the articles that link Georgia the country (Q230): at most 10 (the
#     US state is meant in almost every US article);
#   - the articles that link Boris Johnson (Q180589): at most 22 (a bare
#     "Johnson" is Lyndon, Andrew, Ron, Gary… as often);
#   - the person nodes of each of Robert/Bob Mueller, William/Bill Barr and
#     Charles/Chuck Schumer (any middle names, initials or numeral): 1;
#   - the person nodes whose name starts with a title, a word that
#     qualifies one or a party label (bench/titles.txt): at most 10;
#   - the person nodes whose name has link text glued on, a surname glued
#     to the next capitalised word ("Donald John TrumpGOP"): 0.
#
# The names behind the last two counts are listed, so that a reader can
# judge them. It exits 1 if a figure is over its limit.
#
# usage: bench/identity.sh [N]   (from the repository root; needs ../shared)
# NEWSGRAPH=path/to/newsgraph measures another build of the command (an
# older one, for a figure before a change) instead of this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}
corpus=../shared/corpus/news.jsonl.gz
[ -f "$corpus" ] || { echo "identity.sh: no corpus at $corpus" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${NEWSGRAPH:-$work/newsgraph}
[ -n "${NEWSGRAPH:-}" ] || go build -o "$bin" ./cmd/newsgraph
{ zcat "$corpus" || true; } | head -n "$n" >"$work/articles.jsonl" # zcat ends by SIGPIPE
"$bin" build --quiet --db "$work/store.db" "$work/articles.jsonl" >&2
"$bin" export --db "$work/store.db" --format nquads --out "$work/all.nq"

# person IRI, tab, name: every name a person node is given.
grep -F '> <http://schema.org/name> "' "$work/all.nq" | grep '^<https://newsgraph.dev/id/person/' |
	sed 's/^<\([^>]*\)> <[^>]*> "\(.*\)" <[^>]*> \.$/\1\t\2/' | sort -u >"$work/names"

fail=0
# check LABEL VALUE MAX
check() {
	local verdict=ok
	if [ "$2" -gt "$3" ]; then
		verdict=OVER
		fail=1
	fi
	printf '%-58s %5d  (at most %d) %s\n' "$1" "$2" "$3" "$verdict"
}
# articles QID: the articles that link an entity to a Wikidata item.
articles() {
	grep -F "<http://schema.org/sameAs> <http://www.wikidata.org/entity/$1> " "$work/all.nq" | awk '{print $(NF-1)}' | sort -u | wc -l
}
# nodes REGEX: the person nodes with a name matching an extended regex.
nodes() {
	awk -F'\t' -v re="$1" '$2 ~ re {print $1}' "$work/names" | sort -u | wc -l
}

echo "== identities on the first $n corpus articles"
check "articles linking Georgia the country (Q230)" "$(articles Q230)" 10
check "articles linking Boris Johnson (Q180589)" "$(articles Q180589)" 22
initials='( [A-Z][a-z]*[.]?)*'
check "person nodes of Robert (Bob) Mueller" "$(nodes "^(Robert|Bob|Bobby|Rob)$initials Mueller( III)?$")" 1
check "person nodes of William (Bill) Barr" "$(nodes "^(William|Bill|Billy|Will)$initials Barr$")" 1
check "person nodes of Charles (Chuck) Schumer" "$(nodes "^(Charles|Chuck|Charlie)$initials Schumer$")" 1

# A name that starts with a title: its first word is one of
# bench/titles.txt.
awk -F'\t' 'NR == FNR { if ($0 !~ /^#/ && $0 != "") t[$0] = 1; next }
	{ split($2, w, " "); if (w[1] in t) print $1 "\t" $2 }' bench/titles.txt "$work/names" >"$work/titled"
check "person nodes whose name starts with a title" "$(cut -f1 "$work/titled" | sort -u | wc -l)" 10
cut -f2 "$work/titled" | sed 's/^/    /'

# Link text glued on: a word of the name in which a surname runs into the
# next capitalised word ("TrumpGOP", "McConnellOvernight"): a lower-case
# letter followed by a capital, the letters before it being the last word
# of some person's name in the store (not "VanderSloot", "MaryBeth"), and
# not a prefix of surnames ("MacArthur", "McConnell", "DeSantis").
awk -F'\t' 'NR == FNR {
		n = split($2, w, " ")
		if (n > 1 && w[n] ~ /^[A-Z][A-Za-z]*[a-z]$/) surname[w[n]] = 1
		next
	}
	{
		n = split($2, w, " ")
		for (i = 1; i <= n; i++) {
			for (p = 2; p <= length(w[i]); p++) {
				if (substr(w[i], p - 1, 1) ~ /[a-z]/ && substr(w[i], p, 1) ~ /[A-Z]/) {
					head = substr(w[i], 1, p - 1)
					sub(/^[^A-Za-z]+/, "", head)
					if ((head in surname) && head !~ /^(Mac|Mc|De|Di|Da|Du|La|Le|Van|Von|Fitz)$/) {
						print $1 "\t" $2
						i = n
						break
					}
				}
			}
		}
	}' "$work/names" "$work/names" >"$work/glued"
check "person nodes with link text glued on" "$(cut -f1 "$work/glued" | sort -u | wc -l)" 0
cut -f2 "$work/glued" | sed 's/^/    /'
exit "$fail"
