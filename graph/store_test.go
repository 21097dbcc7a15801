package graph

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// testDoc is a made-up article: two entities, one relation, one event.
func testDoc() *schema.Doc {
	sum := sha256.Sum256([]byte("newsgraph test article: not a real one"))
	armenia := schema.EntityIRI(schema.KindCountry, "Armenia")
	pashinyan := schema.EntityIRI(schema.KindPerson, "Nikol Pashinyan")
	return &schema.Doc{
		Article: schema.Article{
			Hash:     hex.EncodeToString(sum[:]),
			Headline: `Armenia, Azerbaijan "agree" to free prisoners — talks in Brüssel`,
			Date:     schema.Date{Year: 2023, Month: 12, Day: 7},
			URL:      "https://example.org/news/1?a=1&b=2",
		},
		Entities: []*schema.Entity{
			{Kind: schema.KindCountry, Name: "Armenia", Wikidata: "Q399", Mentions: 2},
			{Kind: schema.KindPerson, Name: "Nikol Pashinyan", Aliases: []string{"Pashinyan"}, JobTitles: []string{"Prime Minister"}, Mentions: 1},
		},
		Relations: []schema.Relation{{Subject: pashinyan, Predicate: schema.LeaderOf, Object: armenia}},
		Events: []schema.Event{{
			Code:      "0841",
			Name:      "Armenia releases 2 prisoners",
			Agents:    []quad.IRI{armenia},
			Locations: []quad.IRI{armenia},
			Date:      schema.Date{Year: 2023, Month: 12, Day: 13},
			Quantity:  2,
			Evidence:  "Armenia said on Wednesday it would release two soldiers.\nA second line.",
			Sentence:  1,
		}},
	}
}

func testQuads() []quad.Quad { return testDoc().Quads(schema.LoadCodes()) }

// opener opens the store under test, the same one on every call.
type opener func(t *testing.T, ro bool) *Store

// backends are the stores the shared suite runs against.
func backends(t *testing.T) map[string]opener {
	return map[string]opener{
		"memory": func(t *testing.T, ro bool) *Store {
			s, err := Open(Memory, Options{ReadOnly: ro})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
		"bbolt": func(t *testing.T, ro bool) *Store {
			s, err := Open(filepath.Join(t.TempDir(), "test.db"), Options{ReadOnly: ro})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
		// Skipped, saying how to run it, without a server.
		"postgres": func(t *testing.T, ro bool) *Store {
			s, err := Open(pgtest.Database(t), Options{ReadOnly: ro})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
	}
}

// TestStore runs one suite against every backend.
func TestStore(t *testing.T) {
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t, false)
			defer s.Close()
			testEmpty(t, s)
			testAdd(t, s)
			t.Run("export", func(t *testing.T) { testExport(t, s) })
			t.Run("stats", func(t *testing.T) { testStats(t, s) })
			t.Run("query", func(t *testing.T) { testQuery(t, s) })
			t.Run("tools", func(t *testing.T) { testTools(t, s) })
		})
	}
}

func testEmpty(t *testing.T, s *Store) {
	t.Helper()
	if has, err := s.HasArticle(testDoc().Article.Hash); err != nil || has {
		t.Fatalf("empty store: HasArticle = %v, %v; want false, nil", has, err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{EntitiesByType: map[string]int{"Country": 0, "Person": 0, "Organization": 0, "Place": 0}, EventsByRoot: map[string]int{}}
	if got, want := mustJSON(t, st), mustJSON(t, want); got != want {
		t.Errorf("empty store: Stats = %s; want %s", got, want)
	}
	if got := export(t, s, "nquads"); got != "" {
		t.Errorf("empty store: export = %q; want nothing", got)
	}
	if got := export(t, s, "csv"); got != "subject,predicate,object,label\n" {
		t.Errorf("empty store: csv export = %q", got)
	}
}

func testAdd(t *testing.T, s *Store) {
	t.Helper()
	doc := testQuads()
	added, err := s.AddArticles([][]quad.Quad{doc, doc})
	if err != nil || added != 1 {
		t.Fatalf("AddArticles = %d, %v; want 1, nil", added, err)
	}
	if has, err := s.HasArticle(testDoc().Article.Hash); err != nil || !has {
		t.Fatalf("HasArticle = %v, %v; want true, nil", has, err)
	}
	if has, err := s.HasArticle(strings.Repeat("0", 64)); err != nil || has {
		t.Fatalf("HasArticle(other) = %v, %v; want false, nil", has, err)
	}
	before := export(t, s, "nquads")
	added, err = s.AddArticles([][]quad.Quad{doc})
	if err != nil || added != 0 {
		t.Fatalf("AddArticles again = %d, %v; want 0, nil", added, err)
	}
	if after := export(t, s, "nquads"); after != before {
		t.Errorf("adding the article again changed the store:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

func testExport(t *testing.T, s *Store) {
	got := export(t, s, "nquads")
	golden(t, "article.nq", got)
	if n := strings.Count(got, "\n"); n != len(testQuads()) {
		t.Errorf("export has %d quads; want %d", n, len(testQuads()))
	}
	golden(t, "article.csv", export(t, s, "csv"))
	for _, f := range ExportFormats() {
		if export(t, s, f) != export(t, s, f) {
			t.Errorf("export %s is not stable", f)
		}
	}
	var buf bytes.Buffer
	err := s.Export(&buf, "turtle")
	if err == nil || err.Error() != `unknown export format "turtle" (want nquads, jsonld, graphml, dot, csv, json)` {
		t.Errorf("Export(turtle) = %v", err)
	}
}

func testStats(t *testing.T, s *Store) {
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{
		Articles:       1,
		Quads:          int64(len(testQuads())),
		Entities:       2,
		EntitiesByType: map[string]int{"Country": 1, "Person": 1, "Organization": 0, "Place": 0},
		Events:         1,
		EventsByRoot:   map[string]int{"08": 1},
	}
	if got, want := mustJSON(t, st), mustJSON(t, want); got != want {
		t.Errorf("Stats = %s\nwant    %s", got, want)
	}
}

func testQuery(t *testing.T, s *Store) {
	ctx := context.Background()
	for _, tc := range []struct{ lang, q, want string }{
		{"gizmo", `g.V("<https://newsgraph.dev/id/country/armenia>").Out("<http://schema.org/name>").All()`, `{"id":"Armenia"}`},
		{"gizmo", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Out("<https://newsgraph.dev/ns#leaderOf>").All()`,
			`{"id":"<https://newsgraph.dev/id/country/armenia>"}`},
		{"graphql", `{ nodes(id: <https://newsgraph.dev/id/person/nikol-pashinyan>) { name: <http://schema.org/name> } }`, `{"nodes":{"name":"Nikol Pashinyan"}}`},
		{"mql", `[{"id": "<https://newsgraph.dev/id/person/nikol-pashinyan>", "<http://schema.org/jobTitle>": null}]`,
			`{"<http://schema.org/jobTitle>":"Prime Minister","id":"<https://newsgraph.dev/id/person/nikol-pashinyan>"}`},
	} {
		var lines []string
		err := s.Query(ctx, tc.lang, tc.q, QueryOptions{Limit: 10}, func(r any) error {
			lines = append(lines, mustJSON(t, r))
			return nil
		})
		if err != nil {
			t.Errorf("%s %s: %v", tc.lang, tc.q, err)
			continue
		}
		if got := strings.Join(lines, "\n"); got != tc.want {
			t.Errorf("%s %s:\ngot  %s\nwant %s", tc.lang, tc.q, got, tc.want)
		}
	}
	err := s.Query(ctx, "sparql", "SELECT", QueryOptions{}, func(any) error { return nil })
	if err == nil || err.Error() != `unknown query language "sparql" (want gizmo, graphql, mql)` {
		t.Errorf("Query(sparql) = %v", err)
	}
	err = s.Query(ctx, "gizmo", "g.V(", QueryOptions{}, func(any) error { return nil })
	if err == nil {
		t.Errorf("Query(syntax error) = nil")
	}
}

// TestFile tests what only a file store does.
func TestFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "news.db")

	t.Run("missing", func(t *testing.T) {
		_, err := Open(filepath.Join(dir, "missing.db"), Options{ReadOnly: true})
		want := `no store at "` + filepath.Join(dir, "missing.db") + `": build one with 'newsgraph build'`
		if err == nil || err.Error() != want || !errors.Is(err, ErrNoStore) {
			t.Fatalf("read-only Open of a missing file = %v; want %s", err, want)
		}
		// A writable open creates nothing until the first write.
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if has, err := s.HasArticle("x"); err != nil || has {
			t.Fatalf("HasArticle = %v, %v", has, err)
		}
		if got := export(t, s, "nquads"); got != "" {
			t.Fatalf("export of a store not yet written = %q", got)
		}
		if n, err := s.AddArticles(nil); n != 0 || err != nil {
			t.Fatalf("AddArticles(nil) = %d, %v", n, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("store file exists before any write: %v", err)
		}
	})

	t.Run("write", func(t *testing.T) {
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := s.AddArticles([][]quad.Quad{testQuads()}); n != 1 || err != nil {
			t.Fatalf("AddArticles = %d, %v", n, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	})
	want := string(readFile(t, filepath.Join("testdata", "article.nq")))

	t.Run("readonly", func(t *testing.T) {
		before := readFile(t, path)
		for i := 0; i < 2; i++ {
			s, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			// Two readers share the file.
			s2, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatalf("second read-only Open: %v", err)
			}
			s2.Close()
			if got := export(t, s, "nquads"); got != want {
				t.Errorf("reopened store exports:\n%s\nwant:\n%s", got, want)
			}
			for _, f := range ExportFormats() {
				export(t, s, f)
			}
			testStats(t, s)
			s.noIndexScan = true // the slow path must agree
			testStats(t, s)
			s.noIndexScan = false
			testQuery(t, s)
			if has, err := s.HasArticle(testDoc().Article.Hash); !has || err != nil {
				t.Errorf("HasArticle = %v, %v", has, err)
			}
			_, err = s.AddArticles([][]quad.Quad{testQuads()})
			if err != nil {
				t.Errorf("AddArticles of a stored article on a read-only store = %v; want nil (nothing to write)", err)
			}
			other := testDoc()
			other.Article.Hash = strings.Repeat("ab", 32)
			_, err = s.AddArticles([][]quad.Quad{other.Quads(schema.LoadCodes())})
			if !errors.Is(err, ErrReadOnly) {
				t.Errorf("AddArticles on a read-only store = %v; want ErrReadOnly", err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(before, readFile(t, path)) {
			t.Errorf("read-only use changed the store file")
		}
	})

	t.Run("idempotent", func(t *testing.T) {
		before := readFile(t, path)
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := s.AddArticles([][]quad.Quad{testQuads()}); n != 0 || err != nil {
			t.Fatalf("AddArticles again = %d, %v; want 0, nil", n, err)
		}
		if got := export(t, s, "nquads"); got != want {
			t.Errorf("export after adding again:\n%s\nwant:\n%s", got, want)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, readFile(t, path)) {
			t.Errorf("adding a stored article again changed the store file")
		}
	})

	t.Run("locked", func(t *testing.T) {
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for _, ro := range []bool{false, true} {
			start := time.Now()
			s2, err := Open(path, Options{ReadOnly: ro})
			took := time.Since(start)
			if err == nil {
				s2.Close()
				t.Fatalf("second Open(ReadOnly: %v) of a held store succeeded", ro)
			}
			want := `store "` + path + `" is in use by another newsgraph process`
			if err.Error() != want || !errors.Is(err, ErrInUse) {
				t.Errorf("second Open(ReadOnly: %v) = %v; want %s", ro, err, want)
			}
			if took > 3*time.Second {
				t.Errorf("second Open(ReadOnly: %v) took %v; want < 3s", ro, took)
			}
		}
	})

	t.Run("closed", func(t *testing.T) {
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if _, err := s.AddArticles([][]quad.Quad{testQuads()}); err == nil {
			t.Errorf("AddArticles on a closed store = nil")
		}
	})
}

func TestAddArticlesErrors(t *testing.T) {
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := testQuads()
	_, err = s.AddArticles([][]quad.Quad{q[1:]})
	if err == nil || err.Error() != "article 0: no rdf:type schema:NewsArticle quad" {
		t.Errorf("AddArticles without a type quad = %v", err)
	}
	_, err = s.AddArticles([][]quad.Quad{{q[0]}})
	if err == nil || err.Error() != "article 0: article <"+string(testDoc().Article.IRI())+"> has no ng:contentHash" {
		t.Errorf("AddArticles without a hash = %v", err)
	}
	bad := append(append([]quad.Quad(nil), q...), quad.Quad{Subject: q[0].Subject, Predicate: quad.IRI("http://schema.org/headline"), Object: quad.String("Bad \xff"), Label: q[0].Label})
	_, err = s.AddArticles([][]quad.Quad{bad})
	want := "article " + testDoc().Article.Hash + ": not valid UTF-8: \"Bad \uFFFD\""
	if err == nil || err.Error() != want {
		t.Errorf("AddArticles with invalid UTF-8 = %v; want %s", err, want)
	}
	if err := CheckQuads(bad); err == nil || err.Error() != "not valid UTF-8: \"Bad \uFFFD\"" {
		t.Errorf("CheckQuads with invalid UTF-8 = %v", err)
	}
	if err := CheckQuads(q); err != nil {
		t.Errorf("CheckQuads of a good article = %v", err)
	}
}

func export(t *testing.T, s *Store, format string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(&buf, format); err != nil {
		t.Fatalf("Export(%s): %v", format, err)
	}
	return buf.String()
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want := string(readFile(t, file)); got != want {
		t.Errorf("%s differs (run go test ./graph -update to accept):\ngot:\n%s\nwant:\n%s", file, got, want)
	}
}

// TestSQL tests what only an SQL store does.
func TestSQL(t *testing.T) {
	t.Run("unreachable", func(t *testing.T) {
		// No server listens on port 1; the password is not shown.
		_, err := Open("postgres://me:secret@127.0.0.1:1/news?sslmode=disable&connect_timeout=2", Options{})
		if err == nil || strings.Contains(err.Error(), "secret") ||
			!strings.HasPrefix(err.Error(), "open store postgres://me:xxxxx@127.0.0.1:1/news?") {
			t.Errorf("Open of an unreachable server = %v", err)
		}
	})
	dsn := pgtest.Database(t)
	if _, err := Open(dsn, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
		t.Fatalf("read-only Open of an empty database = %v; want ErrNoStore", err)
	}
	s, err := Open(dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := export(t, s, "nquads"); got != "" {
		t.Fatalf("export of a store not yet written = %q", got)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dsn, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
		t.Fatalf("a writable Open without writes made the tables: %v", err)
	}
	s, err = Open(dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.AddArticles([][]quad.Quad{testQuads()}); n != 1 || err != nil {
		t.Fatalf("AddArticles = %d, %v", n, err)
	}
	// A reader beside the writer: SQL stores are shared.
	r, err := Open(dsn, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	s.Close()
	want := string(readFile(t, filepath.Join("testdata", "article.nq")))
	if got := export(t, r, "nquads"); got != want {
		t.Errorf("export:\n%s\nwant:\n%s", got, want)
	}
	r.noIndexScan = true // Cayley's reader must agree with the direct one
	if got := export(t, r, "nquads"); got != want {
		t.Errorf("export through Cayley's reader:\n%s\nwant:\n%s", got, want)
	}
	r.noIndexScan = false
	other := testDoc()
	other.Article.Hash = strings.Repeat("ab", 32)
	if _, err := r.AddArticles([][]quad.Quad{other.Quads(schema.LoadCodes())}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("AddArticles on a read-only store = %v; want ErrReadOnly", err)
	}

	// Search keeps an SQL store's names until the store changes.
	w, err := Open(dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	search := func(text string) int {
		t.Helper()
		a, err := w.Ask(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		ms, err := a.Search(text, 0)
		if err != nil {
			t.Fatal(err)
		}
		return len(ms)
	}
	if n := search("aliyev"); n != 0 {
		t.Fatalf("search aliyev before the article: %d matches", n)
	}
	other.Entities[1].Name, other.Entities[1].Aliases = "Ilham Aliyev", nil
	other.Relations = nil
	if _, err := w.AddArticles([][]quad.Quad{other.Quads(schema.LoadCodes())}); err != nil {
		t.Fatal(err)
	}
	if n := search("aliyev"); n != 1 {
		t.Errorf("search aliyev after the article: %d matches, want 1", n)
	}
}
