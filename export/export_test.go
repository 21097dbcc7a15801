package export

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestFormatsGolden(t *testing.T) {
	s, _ := fixture(t)
	for _, tt := range []struct{ format, file string }{
		{"graphml", "fixture.graphml"},
		{"gexf", "fixture.gexf"},
		{"dot", "fixture.dot"},
		{"events", "fixture.events.csv"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			golden(t, tt.file, write(t, s, tt.format, Filter{}))
		})
	}
	t.Run("neo4j", func(t *testing.T) {
		dir := t.TempDir()
		if err := Write(t.Context(), s, "neo4j", Filter{}, nil, dir); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"nodes.csv", "relationships.csv"} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("fixture.neo4j", name), string(b))
		}
	})
}

// kept lists what a selection keeps, by name, for comparison.
type kept struct {
	Events     []string // event summaries
	Statements []string // "subject predicate object (article)"
	Entities   []string
	Articles   []string // record ids
}

func keptOf(d *Dataset, s *Selection) kept {
	k := kept{Events: []string{}, Statements: []string{}, Entities: []string{}, Articles: []string{}}
	name := func(iri string) string {
		if e, ok := d.Entity(iri); ok {
			return e.Name
		}
		return iri
	}
	for i, e := range d.Events {
		if s.Events[i] {
			k.Events = append(k.Events, e.Name+" @"+d.Articles[e.Article].Record)
		}
	}
	for i, st := range d.Statements {
		if s.Statements[i] {
			k.Statements = append(k.Statements, name(st.Subject)+" "+st.Predicate+" "+name(st.Object)+" @"+d.Articles[st.Article].Record)
		}
	}
	for i, e := range d.Entities {
		if s.Entities[i] {
			k.Entities = append(k.Entities, e.Name)
		}
	}
	for i, a := range d.Articles {
		if s.Articles[i] {
			k.Articles = append(k.Articles, a.Record)
		}
	}
	for _, l := range [][]string{k.Events, k.Statements, k.Entities, k.Articles} {
		sort.Strings(l)
	}
	return k
}

func TestSelect(t *testing.T) {
	_, d := fixture(t)
	invasionA := "Russia: fight → Ukraine @rec-a"
	invasionB := "Russia: fight → Ukraine @rec-b"
	meet := "Vladimir Putin: express intent to meet → Ukraine @rec-a"
	sanctions := "European Union: impose embargo, boycott, or sanctions → Russia @rec-b"
	release := "Azerbaijan: return, release person(s) → Armenia (32) @rec-c"
	leaderA, leaderB := "Vladimir Putin leaderOf Russia @rec-a", "Vladimir Putin leaderOf Russia @rec-b"
	tassPart := "TASS partOf Russia @rec-a"
	all := []string{"Armenia", "Azerbaijan", "European Union", "Russia", "TASS", "Ukraine", "Vladimir Putin"}
	tests := []struct {
		name string
		f    Filter
		want kept
	}{
		{"everything", Filter{}, kept{
			Events:     []string{invasionA, invasionB, release, sanctions, meet},
			Statements: []string{tassPart, leaderA, leaderB},
			Entities:   all, Articles: []string{"rec-a", "rec-b", "rec-c"},
		}},
		{"entity, one hop", Filter{Entity: string(russia)}, kept{
			Events:     []string{invasionA, invasionB, sanctions},
			Statements: []string{tassPart, leaderA, leaderB},
			Entities:   []string{"European Union", "Russia", "TASS", "Ukraine", "Vladimir Putin"},
			Articles:   []string{"rec-a", "rec-b"},
		}},
		{"entity, two hops", Filter{Entity: string(russia), Hops: 2}, kept{
			Events:     []string{invasionA, invasionB, sanctions, meet},
			Statements: []string{tassPart, leaderA, leaderB},
			Entities:   []string{"European Union", "Russia", "TASS", "Ukraine", "Vladimir Putin"},
			Articles:   []string{"rec-a", "rec-b"},
		}},
		{"entity with no relation", Filter{Entity: string(armenia)}, kept{
			Events: []string{release}, Statements: []string{},
			Entities: []string{"Armenia", "Azerbaijan"}, Articles: []string{"rec-c"},
		}},
		{"from a month: a year-dated event overlaps it", Filter{From: "2024-03"}, kept{
			Events:     []string{sanctions, meet},
			Statements: []string{tassPart, leaderA, leaderB},
			Entities:   []string{"European Union", "Russia", "TASS", "Ukraine", "Vladimir Putin"},
			Articles:   []string{"rec-a", "rec-b"},
		}},
		{"to a year", Filter{To: "2023"}, kept{
			Events: []string{release}, Statements: []string{},
			Entities: []string{"Armenia", "Azerbaijan"}, Articles: []string{"rec-c"},
		}},
		{"one day: and what is dated to its year", Filter{From: "2024-02-24", To: "2024-02-24"}, kept{
			Events: []string{invasionA, invasionB, sanctions}, Statements: []string{},
			Entities: []string{"European Union", "Russia", "Ukraine"}, Articles: []string{"rec-a", "rec-b"},
		}},
		{"cameo root: its events and the relations among their entities", Filter{Cameo: "16"}, kept{
			Events: []string{sanctions}, Statements: []string{},
			Entities: []string{"European Union", "Russia"}, Articles: []string{"rec-b"},
		}},
		{"cameo with entity", Filter{Cameo: "03", Entity: string(putin)}, kept{
			Events: []string{meet}, Statements: []string{},
			Entities: []string{"Ukraine", "Vladimir Putin"}, Articles: []string{"rec-a"},
		}},
		{"an article by record id: all it names", Filter{Articles: []string{"rec-a"}}, kept{
			Events:     []string{invasionA, meet},
			Statements: []string{tassPart, leaderA},
			Entities:   []string{"Russia", "TASS", "Ukraine", "Vladimir Putin"},
			Articles:   []string{"rec-a"},
		}},
		{"articles by URL and hash prefix", Filter{Articles: []string{"https://example.com/c", "bbbbbbbb"}}, kept{
			Events:     []string{invasionB, release, sanctions},
			Statements: []string{leaderB},
			Entities:   []string{"Armenia", "Azerbaijan", "European Union", "Russia", "Ukraine", "Vladimir Putin"},
			Articles:   []string{"rec-b", "rec-c"},
		}},
		{"article and entity", Filter{Articles: []string{"rec-b"}, Entity: string(russia)}, kept{
			Events: []string{invasionB, sanctions}, Statements: []string{leaderB},
			Entities: []string{"European Union", "Russia", "Ukraine", "Vladimir Putin"}, Articles: []string{"rec-b"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := d.Select(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range [][]string{tt.want.Events, tt.want.Statements, tt.want.Entities, tt.want.Articles} {
				sort.Strings(l)
			}
			if got := keptOf(d, s); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Select(%+v) keeps\n%+v\nwant\n%+v", tt.f, got, tt.want)
			}
		})
	}
}

func TestSelectErrors(t *testing.T) {
	_, d := fixture(t)
	for _, tt := range []struct {
		f    Filter
		want string
	}{
		{Filter{Articles: []string{"rec-z"}}, `no article "rec-z": give an article IRI, its content hash (or 8 of its first hex digits), its record id or its URL`},
		{Filter{Articles: []string{"aaaa"}}, `no article "aaaa": give an article IRI, its content hash (or 8 of its first hex digits), its record id or its URL`},
		{Filter{Entity: "https://newsgraph.dev/id/country/atlantis"}, "no entity https://newsgraph.dev/id/country/atlantis in the store"},
	} {
		if _, err := d.Select(tt.f); err == nil || err.Error() != tt.want {
			t.Errorf("Select(%+v) = %v, want error %q", tt.f, err, tt.want)
		}
	}
}

func TestNetworkCountsAcrossArticles(t *testing.T) {
	_, d := fixture(t)
	s, err := d.Select(Filter{Articles: []string{"rec-a"}})
	if err != nil {
		t.Fatal(err)
	}
	n := d.Network(s)
	// The invasion reported by two articles is one node; a filter to one
	// of them keeps the store's counts, dates and records.
	var got []string
	for _, x := range n.Nodes {
		if x.Kind == KindEvent {
			got = append(got, strings.Join([]string{x.Cameo, x.Date, itoa(x.Articles), itoa(x.Events), x.FirstDate, x.LastDate,
				strings.Join(x.Records, ";"), strings.Join(x.URLs, ";")}, " "))
		}
	}
	want := []string{
		"036 2024-03 1 1 2024-03-01 2024-03-01 rec-a https://example.com/a",
		"190 2024-02-24 2 2 2024-03-01 2024-03-02 rec-a;rec-b https://example.com/a",
	}
	sort.Strings(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("happenings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, e := range n.Edges {
		if e.Label == "leaderOf" {
			if g := strings.Join([]string{itoa(e.Articles), e.FirstDate, e.LastDate, strings.Join(e.Records, ";")}, " "); g != "2 2024-03-01 2024-03-02 rec-a;rec-b" {
				t.Errorf("leaderOf edge: %s", g)
			}
		}
	}
}

func TestCountries(t *testing.T) {
	_, d := fixture(t)
	got := d.Countries()
	want := map[string]string{
		string(russia): "Russia", string(ukraine): "Ukraine", string(armenia): "Armenia", string(azerbaijan): "Azerbaijan",
		string(putin): "Russia", string(tass): "Russia",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Countries() = %v, want %v", got, want)
	}
}

func TestQuadsSubgraph(t *testing.T) {
	s, _ := fixture(t)
	docs := fixtureDocs()
	c := docs[2]
	// One article: exactly its quads.
	got := strings.Split(strings.TrimSpace(write(t, s, "nquads", Filter{Articles: []string{"rec-c"}})), "\n")
	if want := len(c.Quads(schema.LoadCodes())); len(got) != want {
		t.Errorf("nquads of article c: %d quads, want its %d", len(got), want)
	}
	for _, l := range got {
		if !strings.HasSuffix(l, " <"+string(c.Article.IRI())+"> .") {
			t.Errorf("quad of another article: %s", l)
		}
	}
	// A neighbourhood: the quads of the kept articles about the kept
	// articles, events and entities, and the kept relations; not TASS's
	// partOf in a relation about another (all of Russia's are kept) nor the
	// events of Putin without Russia.
	got = strings.Split(strings.TrimSpace(write(t, s, "nquads", Filter{Entity: string(russia)})), "\n")
	text := strings.Join(got, "\n")
	for _, want := range []string{"<" + string(tass) + "> <" + string(schema.PartOf) + "> <" + string(russia) + ">",
		"<https://newsgraph.dev/id/event/bbbbbbbbbbbbbbbb-1> <" + string(schema.Cameo) + "> \"163\"",
		"<" + string(docs[0].Article.IRI()) + "> <" + string(schema.Identifier) + "> \"rec-a\""} {
		if !strings.Contains(text, want) {
			t.Errorf("nquads of Russia's neighbourhood lack %s", want)
		}
	}
	for _, not := range []string{"aaaaaaaaaaaaaaaa-1>", string(armenia), "rec-c"} {
		if strings.Contains(text, not) {
			t.Errorf("nquads of Russia's neighbourhood hold %s", not)
		}
	}
}
