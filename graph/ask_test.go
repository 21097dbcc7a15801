package graph_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
)

// missionQuads reads the mission's article into quads.
func missionQuads(t *testing.T) []quad.Quad {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "00_aljazeera_2023-12-13_armenia_azerbaijan_prisoner_exchange.txt"))
	if err != nil {
		t.Fatalf("the mission's article is missing: %v", err)
	}
	a, err := loaders.ParseArticle(data, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x.Extract(a).Quads(x.Codes())
}

// TestAskStores runs every ask query on a memory store (Cayley's
// iterators), on a bbolt file (direct index reads and the ask index, built,
// then reloaded) and on PostgreSQL (Cayley's iterators over SQL, when a
// server is given) and requires the same answers.
func TestAskStores(t *testing.T) {
	quads := missionQuads(t)
	answers := func(path string) string {
		s, err := graph.Open(path, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.AddArticles([][]quad.Quad{quads}); err != nil {
			t.Fatal(err)
		}
		var out []any
		for round := 0; round < 2; round++ { // the second round reads the index file
			a, err := s.Ask(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"Nikol Pashinyan", "Azerbaijan", "red cross", "E.U.", "pashinian"} {
				e, err := a.Resolve(name)
				if err != nil {
					t.Fatalf("resolve %q: %v", name, err)
				}
				c, err := a.Card(e.IRI, 0)
				r, err2 := a.Related(e.IRI, graph.RelatedOptions{})
				evs, n, err3 := a.Events(graph.EventFilter{Actor: e.IRI}, 0)
				ms, err4 := a.Search(name, 0)
				for _, err := range []error{err, err2, err3, err4} {
					if err != nil {
						t.Fatal(err)
					}
				}
				out = append(out, c, r, evs, n, ms)
			}
			p, err := a.Path("https://newsgraph.dev/id/organization/european-union", "https://newsgraph.dev/id/country/azerbaijan", 3, 0)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, p)
			a.Close()
		}
		b, err := json.MarshalIndent(out, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	mem := answers(graph.Memory)
	file := filepath.Join(t.TempDir(), "m.db")
	bolt := answers(file)
	if mem != bolt {
		t.Errorf("memory and bbolt stores answer differently:\nmemory:\n%.3000s\nbbolt:\n%.3000s", mem, bolt)
	}
	if _, err := os.Stat(graph.AskIndexPath(file)); err != nil {
		t.Errorf("no ask index written: %v", err)
	}
	t.Run("postgres", func(t *testing.T) {
		if pg := answers(pgtest.Database(t)); pg != bolt {
			t.Errorf("PostgreSQL and bbolt stores answer differently:\npostgres:\n%.3000s\nbbolt:\n%.3000s", pg, bolt)
		}
	})
}
