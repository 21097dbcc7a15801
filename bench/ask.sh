#!/usr/bin/env bash
# ask.sh measures the ask commands (show, events, path) on a store: the wall
# time of each whole process, start included, for 20 entities spread over
# all sizes (the quantiles of the number of articles that name them), and
# prints the median and the maximum per command.
#
# usage: bench/ask.sh [STORE] [BINARY]   (default /tmp/corpus.db, /tmp/newsgraph)
set -euo pipefail
db=${1:-/tmp/corpus.db}
bin=${2:-/tmp/newsgraph}
idx=$db.ask

# Build the ask index first (once per store), so that it is not measured.
"$bin" search --db "$db" --limit 1 x >/dev/null

# 20 entities whose canonical name is unique, of all sizes: one for each of
# 20 sizes spread evenly over the distinct numbers of articles (1, 2, 3, ...
# up to the United States' 19,874), the first of each size by name.
mapfile -t ents < <(awk -F'\t' 'NR>1 && NF>=4 && $3 ~ /^[0-9]+$/ {print $3 "\t" $4}' "$idx" |
	sort -t$'\t' -k2,2 | awk -F'\t' '{n[$2]++; a[$2]=$1} END {for (k in n) if (n[k]==1) print a[k] "\t" k}' |
	sort -t$'\t' -k1,1n -k2,2 | awk -F'\t' '!seen[$1]++' |
	awk -F'\t' '{l[NR]=$0} END {for (i=0; i<20; i++) print l[1+int(i*(NR-1)/19)]}')

ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)) " ms median, max " v[NR] " ms"}'; }

declare -A times
for i in "${!ents[@]}"; do
	name=${ents[$i]#*$'\t'}
	other=${ents[$((19 - i))]#*$'\t'}
	for cmd in show events path; do
		case $cmd in
		show) args=(show "$name") ;;
		events) args=(events --actor "$name") ;;
		path) args=(path "$name" "$other") ;;
		esac
		s=$(date +%s%N)
		"$bin" "${args[@]}" --db "$db" >/dev/null 2>&1 || true
		e=$(date +%s%N)
		times[$cmd]+="$(ms "$s" "$e") "
		[ -n "${VERBOSE:-}" ] && echo "$cmd ${ents[$i]%%$'\t'*} articles: $(ms "$s" "$e") ms  ${args[*]}" >&2
	done
done
for cmd in show events path; do
	printf '%-7s %s\n' "$cmd" "$(tr ' ' '\n' <<<"${times[$cmd]}" | grep . | median)"
done
