package export

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/tooltest"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// The exports handed to the tools of each ecosystem: networkx reads the
// GraphML, xmllint validates the GEXF against the official GEXF 1.3
// grammar, Graphviz renders the DOT, pandas reads the event table, and the
// Neo4j files have the header format neo4j-admin import documents. Each
// runs on the fixture and on the bundled article as the extractor reads it.

// bundledArticle builds the repository's article (../testdata/articles)
// with the real extractor into a memory store.
func bundledArticle(t *testing.T) *graph.Store {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no article in ../testdata/articles: %v", err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*schema.Doc
	err = loaders.Read(paths[:1], nil, loaders.Options{}, func(a loaders.Article) error {
		doc := x.Extract(a)
		doc.Article.ID = "bundled-1"
		docs = append(docs, doc)
		return nil
	}, func(e *loaders.BadInputError) error { return e })
	if err != nil {
		t.Fatal(err)
	}
	return newStore(t, docs)
}

func stores(t *testing.T) map[string]*graph.Store {
	s, _ := fixture(t)
	return map[string]*graph.Store{"fixture": s, "bundled": bundledArticle(t)}
}

func writeFile(t *testing.T, st Store, format, name string, f Filter) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(write(t, st, format, f)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func dataset(t *testing.T, st *graph.Store) *Dataset {
	t.Helper()
	d, err := Read(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestGraphMLNetworkx(t *testing.T) {
	py := tooltest.Python(t, "networkx")
	for name, st := range stores(t) {
		t.Run(name, func(t *testing.T) {
			d := dataset(t, st)
			file := writeFile(t, st, "graphml", "g.graphml", Filter{})
			// Every node has a name and a type; no node is a literal: every
			// id is an entity's or an event's IRI.
			out := tooltest.Run(t, py, "-c", `import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
bad = [n for n, a in g.nodes(data=True) if not a.get("name") or a.get("type") not in ("Country", "Person", "Organization", "Place", "Event")]
literal = [n for n in g.nodes if not n.startswith("https://newsgraph.dev/id/")]
kinds = sorted(set(a["kind"] for _, _, a in g.edges(data=True)))
print(g.number_of_nodes(), g.number_of_edges(), len(bad), len(literal), ",".join(kinds), g.is_directed())`, file)
			want := strings.Join([]string{itoa(len(d.Entities) + len(d.Happenings)), itoa(len(d.Network(all(d)).Edges)), "0", "0", "relation,role", "True"}, " ")
			if got := strings.TrimSpace(out); got != want {
				t.Errorf("networkx: nodes edges unnamed literal kinds directed = %s; want %s", got, want)
			}
		})
	}
}

// all selects the whole dataset.
func all(d *Dataset) *Selection {
	s, err := d.Select(Filter{})
	if err != nil {
		panic(err)
	}
	return s
}

func TestGEXFValidates(t *testing.T) {
	xmllint := tooltest.Need(t, "xmllint", "libxml2-utils")
	rng, err := filepath.Abs(filepath.Join("testdata", "gexf-1.3", "gexf.rng"))
	if err != nil {
		t.Fatal(err)
	}
	for name, st := range stores(t) {
		t.Run(name, func(t *testing.T) {
			file := writeFile(t, st, "gexf", "g.gexf", Filter{})
			if out := tooltest.Run(t, xmllint, "--noout", "--relaxng", rng, file); strings.TrimSpace(out) != file+" validates" {
				t.Errorf("xmllint: %s", out)
			}
		})
	}
}

func TestDOTRenders(t *testing.T) {
	dot := tooltest.Need(t, "dot", "graphviz")
	for name, st := range stores(t) {
		t.Run(name, func(t *testing.T) {
			file := writeFile(t, st, "dot", "g.dot", Filter{})
			png := filepath.Join(t.TempDir(), "g.png")
			if out := tooltest.Run(t, dot, "-Tpng", "-o", png, file); out != "" {
				t.Errorf("dot warns:\n%s", out)
			}
			if fi, err := os.Stat(png); err != nil || fi.Size() < 10000 {
				t.Errorf("dot wrote no picture: %v", err)
			}
		})
	}
}

func TestEventTablePandas(t *testing.T) {
	py := tooltest.Python(t, "pandas")
	for name, st := range stores(t) {
		t.Run(name, func(t *testing.T) {
			d := dataset(t, st)
			file := writeFile(t, st, "events", "events.csv", Filter{})
			out := tooltest.Run(t, py, "-c", `import sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype={"cameo_code": str, "cameo_root": str})
print(len(df), df["event_id"].is_unique, df["cameo_code"].str.len().min() >= 2, df["record_id"].nunique())
print("|".join(df.columns))`, file)
			var names []string
			for _, c := range EventColumns {
				names = append(names, c.Name)
			}
			want := strings.Join([]string{itoa(len(d.Events)), "True", "True", itoa(records(d))}, " ") + "\n" + strings.Join(names, "|")
			if got := strings.TrimSpace(out); got != want {
				t.Errorf("pandas:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// records counts the distinct record ids of d's articles that report events.
func records(d *Dataset) int {
	seen := map[string]bool{}
	for _, e := range d.Events {
		if e.Article >= 0 && d.Articles[e.Article].Record != "" {
			seen[d.Articles[e.Article].Record] = true
		}
	}
	return len(seen)
}

// The header format of neo4j-admin database import (Neo4j operations
// manual, "Import: CSV header format"): each field is name:type; the
// special fields are :ID (optionally with a name and an ID group in
// parentheses), :LABEL, :START_ID, :END_ID, :TYPE and :IGNORE; a property's
// type is one of int, long, float, double, boolean, byte, short, char,
// string, point, date, localtime, time, localdatetime, datetime, duration,
// optionally followed by [] for an array; without a type it is a string.
var (
	neo4jSpecial  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*:ID(\([A-Za-z0-9_-]+\))?$|^:(ID|LABEL|START_ID|END_ID|TYPE|IGNORE)(\([A-Za-z0-9_-]+\))?$`)
	neo4jProperty = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(:(int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(\[\])?)?$`)
)

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

// checkNeo4j checks one file's header against the documented format, the
// fields its kind of file requires, and every value against its type.
func checkNeo4j(t *testing.T, path string, required []string) [][]string {
	t.Helper()
	recs := readCSV(t, path)
	header := recs[0]
	have := map[string]bool{}
	for _, h := range header {
		if !neo4jSpecial.MatchString(h) && !neo4jProperty.MatchString(h) {
			t.Errorf("%s: header field %q is not in neo4j-admin's header format", path, h)
		}
		if i := strings.Index(h, ":"); i >= 0 {
			have[h[i:]] = true
		}
	}
	for _, r := range required {
		if !have[r] {
			t.Errorf("%s: header %v lacks %s", path, header, r)
		}
	}
	for _, rec := range recs[1:] {
		for i, v := range rec {
			if v == "" {
				continue
			}
			typ := ""
			if j := strings.LastIndex(header[i], ":"); j >= 0 {
				typ = header[i][j+1:]
			}
			var err error
			for _, x := range strings.Split(v, ";") { // the default array delimiter
				switch strings.TrimSuffix(typ, "[]") {
				case "int":
					_, err = strconv.Atoi(x)
				case "double":
					_, err = strconv.ParseFloat(x, 64)
				case "date":
					_, err = time.Parse("2006-01-02", x)
				}
				if !strings.HasSuffix(typ, "[]") {
					break
				}
			}
			if err != nil {
				t.Errorf("%s: %s value %q: %v", path, header[i], v, err)
			}
		}
	}
	return recs
}

func TestNeo4jImportFiles(t *testing.T) {
	for name, st := range stores(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := Write(context.Background(), st, "neo4j", Filter{}, nil, dir); err != nil {
				t.Fatal(err)
			}
			nodes := checkNeo4j(t, filepath.Join(dir, "nodes.csv"), []string{":ID", ":LABEL"})
			rels := checkNeo4j(t, filepath.Join(dir, "relationships.csv"), []string{":START_ID", ":END_ID", ":TYPE"})
			ids := map[string]bool{}
			labels := map[string]int{}
			for _, rec := range nodes[1:] {
				if ids[rec[0]] {
					t.Errorf("node %s twice", rec[0])
				}
				ids[rec[0]] = true
				labels[strings.Split(rec[1], ";")[0]]++
			}
			types := map[string]bool{}
			for _, rec := range rels[1:] {
				if !ids[rec[0]] || !ids[rec[1]] {
					t.Errorf("relationship %v: an end is no node", rec)
				}
				types[rec[2]] = true
			}
			d := dataset(t, st)
			if labels["Entity"] != len(d.Entities) || labels["Event"] != len(d.Happenings) || labels["Article"] != len(d.Articles) {
				t.Errorf("node labels %v; want %d entities, %d happenings, %d articles", labels, len(d.Entities), len(d.Happenings), len(d.Articles))
			}
			var got []string
			for ty := range types {
				got = append(got, ty)
			}
			sort.Strings(got)
			for _, want := range []string{"AGENT", "LEADER_OF", "MENTIONS", "PART_OF", "REPORTS", "TARGET"} {
				if !types[want] {
					t.Errorf("relationship types %v lack %s", got, want)
				}
			}
		})
	}
}

// The bundled article's Armenia at one hop: its events and relations, the
// entities they name, and nothing else.
func TestArmeniaOneHop(t *testing.T) {
	st := bundledArticle(t)
	d := dataset(t, st)
	armenia := string(schema.EntityIRI(schema.KindCountry, "Armenia"))
	s, err := d.Select(Filter{Entity: armenia, Hops: 1})
	if err != nil {
		t.Fatal(err)
	}
	names := func(e Event) []string {
		return append(append(append(append([]string{}, e.Agents...), e.Targets...), e.Participants...), e.Locations...)
	}
	events, other := 0, 0
	ends := map[string]bool{armenia: true}
	for i, e := range d.Events {
		involves := false
		for _, iri := range names(e) {
			involves = involves || iri == armenia
		}
		if s.Events[i] != involves {
			t.Errorf("event %s (%s): kept %v, names Armenia %v", e.IRI, e.Name, s.Events[i], involves)
		}
		if involves {
			events++
			for _, iri := range names(e) {
				ends[iri] = true
			}
		} else {
			other++
		}
	}
	rels := 0
	for i, st := range d.Statements {
		involves := st.Subject == armenia || st.Object == armenia
		if s.Statements[i] != involves {
			t.Errorf("relation %s %s %s: kept %v", st.Subject, st.Predicate, st.Object, s.Statements[i])
		}
		if involves {
			rels++
			ends[st.Subject], ends[st.Object] = true, true
		}
	}
	for i, e := range d.Entities {
		if s.Entities[i] != ends[e.IRI] {
			t.Errorf("entity %s: kept %v, want %v", e.Name, s.Entities[i], ends[e.IRI])
		}
	}
	// The article has events and relations without Armenia too, or the
	// test would prove nothing.
	if events == 0 || rels == 0 || other == 0 || len(ends) == len(d.Entities) {
		t.Errorf("the bundled article should have Armenia's events (%d) and relations (%d), and others (%d events; %d of %d entities)",
			events, rels, other, len(ends), len(d.Entities))
	}
	// The exports of the subgraph hold exactly these.
	g := write(t, st, "graphml", Filter{Entity: armenia})
	if n := strings.Count(g, "<node id="); n != len(ends)+events-dupHappenings(d, s) {
		t.Errorf("GraphML of Armenia's neighbourhood has %d nodes, want %d entities and the happenings of %d events", n, len(ends), events)
	}
	rows := readCSV(t, writeFile(t, st, "events", "events.csv", Filter{Entity: armenia}))
	if len(rows)-1 != events {
		t.Errorf("event table of Armenia's neighbourhood: %d rows, want %d", len(rows)-1, events)
	}
}

// dupHappenings counts the kept events that share a happening with
// another kept event.
func dupHappenings(d *Dataset, s *Selection) int {
	n := 0
	for _, h := range d.Happenings {
		k := 0
		for _, i := range h.Events {
			if s.Events[i] {
				k++
			}
		}
		n += max(k-1, 0)
	}
	return n
}
