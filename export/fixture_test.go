package export

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The fixture: three small articles written by hand, so that the expected
// outputs do not move with the extractor. Two of them report the same
// invasion (one happening, two articles) and state the same relation.

func ent(k schema.Kind, name string) quad.IRI { return schema.EntityIRI(k, name) }

var (
	russia     = ent(schema.KindCountry, "Russia")
	ukraine    = ent(schema.KindCountry, "Ukraine")
	putin      = ent(schema.KindPerson, "Vladimir Putin")
	tass       = ent(schema.KindOrganization, "TASS")
	eu         = ent(schema.KindOrganization, "European Union")
	armenia    = ent(schema.KindCountry, "Armenia")
	azerbaijan = ent(schema.KindCountry, "Azerbaijan")
)

func fixtureDocs() []*schema.Doc {
	hash := func(c byte) string { return strings.Repeat(string(c), 64) }
	a := &schema.Doc{
		Article: schema.Article{Hash: hash('a'), Headline: "Russia invades Ukraine", Date: schema.Date{Year: 2024, Month: 3, Day: 1},
			URL: "https://example.com/a", ID: "rec-a"},
		Entities: []*schema.Entity{
			{Kind: schema.KindCountry, Name: "Russia", Wikidata: "Q159"},
			{Kind: schema.KindCountry, Name: "Ukraine", Wikidata: "Q212"},
			{Kind: schema.KindPerson, Name: "Vladimir Putin", JobTitles: []string{"President"}},
			{Kind: schema.KindOrganization, Name: "TASS", Wikidata: "Q223799"},
		},
		Relations: []schema.Relation{
			{Subject: putin, Predicate: schema.LeaderOf, Object: russia},
			{Subject: tass, Predicate: schema.PartOf, Object: russia},
		},
		Events: []schema.Event{
			{Code: "190", Name: "Russia: fight → Ukraine", Agents: []quad.IRI{russia}, Targets: []quad.IRI{ukraine},
				Date: schema.Date{Year: 2024, Month: 2, Day: 24}, Evidence: "Russia invaded Ukraine on February 24.", Sentence: 1},
			{Code: "036", Name: "Vladimir Putin: express intent to meet → Ukraine", Agents: []quad.IRI{putin}, Targets: []quad.IRI{ukraine},
				Date: schema.Date{Year: 2024, Month: 3}, Evidence: "Putin said he would meet Ukraine's envoys in March.", Sentence: 2},
		},
	}
	b := &schema.Doc{
		Article: schema.Article{Hash: hash('b'), Headline: "EU sanctions Russia", Date: schema.Date{Year: 2024, Month: 3, Day: 2}, ID: "rec-b"},
		Entities: []*schema.Entity{
			{Kind: schema.KindCountry, Name: "Russia", Wikidata: "Q159"},
			{Kind: schema.KindCountry, Name: "Ukraine", Wikidata: "Q212"},
			{Kind: schema.KindPerson, Name: "Vladimir Putin"},
			{Kind: schema.KindOrganization, Name: "European Union", Wikidata: "Q458"},
		},
		Relations: []schema.Relation{{Subject: putin, Predicate: schema.LeaderOf, Object: russia}},
		Events: []schema.Event{
			{Code: "190", Name: "Russia: fight → Ukraine", Agents: []quad.IRI{russia}, Targets: []quad.IRI{ukraine},
				Date: schema.Date{Year: 2024, Month: 2, Day: 24}, Evidence: "The invasion began on February 24.", Sentence: 3},
			{Code: "163", Name: "European Union: impose embargo, boycott, or sanctions → Russia", Agents: []quad.IRI{eu}, Targets: []quad.IRI{russia},
				Date: schema.Date{Year: 2024}, Quantity: 12, Evidence: "The EU imposed 12 packages of sanctions on Russia this year.", Sentence: 0},
		},
	}
	c := &schema.Doc{
		Article: schema.Article{Hash: hash('c'), Headline: "Azerbaijan frees prisoners", Date: schema.Date{Year: 2023, Month: 1, Day: 10},
			URL: "https://example.com/c", ID: "rec-c"},
		Entities: []*schema.Entity{
			{Kind: schema.KindCountry, Name: "Armenia", Wikidata: "Q399"},
			{Kind: schema.KindCountry, Name: "Azerbaijan", Wikidata: "Q227"},
		},
		Events: []schema.Event{
			{Code: "0841", Name: "Azerbaijan: return, release person(s) → Armenia (32)", Agents: []quad.IRI{azerbaijan}, Targets: []quad.IRI{armenia},
				Date: schema.Date{Year: 2023, Month: 1, Day: 9}, Quantity: 32, Evidence: "Azerbaijan freed 32 Armenians on Monday.", Sentence: 1},
		},
	}
	return []*schema.Doc{a, b, c}
}

// newStore returns a memory store holding docs.
func newStore(t *testing.T, docs []*schema.Doc) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	codes := schema.LoadCodes()
	var batch [][]quad.Quad
	for _, d := range docs {
		batch = append(batch, d.Quads(codes))
	}
	if _, err := s.AddArticles(batch); err != nil {
		t.Fatal(err)
	}
	return s
}

func fixture(t *testing.T) (*graph.Store, *Dataset) {
	t.Helper()
	s := newStore(t, fixtureDocs())
	d, err := Read(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return s, d
}

// write returns what Write writes of st in format with filter f.
func write(t *testing.T, st Store, format string, f Filter) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(context.Background(), st, format, f, &b, ""); err != nil {
		t.Fatalf("Write %s: %v", format, err)
	}
	return b.String()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from what was written (go test -update rewrites it):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\n  want " + wl + "\n  got  " + gl
		}
	}
	return ""
}

func itoa(n int) string { return intOf(n) }
