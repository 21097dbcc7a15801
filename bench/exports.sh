#!/bin/sh
# exports.sh checks the analysts' exports at scale with the real tools: it
# builds the first N articles of the corpus (../shared/corpus/news.jsonl.gz
# beside the checkout; N=2000) into a fresh store, writes the entity graph
# (GraphML, GEXF, DOT, Neo4j), the event table and the N-Quads, and prints
# what networkx, pandas and xmllint make of them, the time each export
# takes, and whether dot renders the subgraph of one entity.
#
# Usage, from the repository root: bench/exports.sh [N] [ENTITY]
# Needs xmllint (libxml2-utils), dot (graphviz) and /usr/bin/python3 with
# networkx and pandas (python3-networkx, python3-pandas).
set -eu
cd "$(dirname "$0")/.."
n=${1:-2000}
entity=${2:-Iran}
corpus=../shared/corpus/news.jsonl.gz
[ -f "$corpus" ] || { echo "exports.sh: no corpus at $corpus" >&2; exit 1; }
rng=$PWD/export/testdata/gexf-1.3/gexf.rng
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/newsgraph
db=$work/news.db
go build -o "$bin" ./cmd/newsgraph
zcat "$corpus" | head -n "$n" > "$work/in.jsonl"
"$bin" build --quiet --db "$db" "$work/in.jsonl"
cd "$work"

now() { date +%s.%N; }
for f in graphml gexf dot events nquads; do
	t0=$(now)
	"$bin" export --db "$db" --format $f -o "g.$f"
	echo "export --format $f: $(echo "$t0 $(now)" | awk '{printf "%.2f", $2 - $1}') s, $(wc -c < "g.$f") bytes"
done
t0=$(now)
"$bin" export --db "$db" --format neo4j -o neo4j
echo "export --format neo4j: $(echo "$t0 $(now)" | awk '{printf "%.2f", $2 - $1}') s, $(($(wc -l < neo4j/nodes.csv) - 1)) nodes, $(($(wc -l < neo4j/relationships.csv) - 1)) relationships"

/usr/bin/python3 - <<'PY'
import networkx as nx, pandas as pd
g = nx.read_graphml("g.graphml")
bad = [n for n, a in g.nodes(data=True) if not a.get("name") or not a.get("type")]
lit = [n for n in g.nodes if not n.startswith("https://newsgraph.dev/id/")]
print("networkx: %d nodes, %d edges; %d without a name or a type; %d literal nodes" % (g.number_of_nodes(), g.number_of_edges(), len(bad), len(lit)))
df = pd.read_csv("g.events", dtype={"cameo_code": str, "cameo_root": str})
print("pandas: %d rows, %d columns, event ids unique: %s, rows with a record id: %d" % (len(df), len(df.columns), df["event_id"].is_unique, df["record_id"].notna().sum()))
PY
echo "events in the store: $(grep -c '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Event>' g.nquads)"
xmllint --noout --relaxng "$rng" g.gexf
"$bin" export --db "$db" --format dot --entity "$entity" -o entity.dot
dot -Tpng -o entity.png entity.dot && echo "dot renders --entity $entity: $(grep -c ' -> ' entity.dot) edges"
