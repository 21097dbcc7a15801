package graph

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func checkStore(t *testing.T, path string) *CheckReport {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// sectionProblems returns the problems of each section, by name.
func sectionProblems(r *CheckReport) map[string][]string {
	out := map[string][]string{}
	for _, s := range r.Sections {
		out[s.Name] = s.Problems
	}
	return out
}

func TestCheckSoundStore(t *testing.T) {
	r := checkStore(t, storeFile(t))
	var names, checked []string
	for _, s := range r.Sections {
		names = append(names, s.Name)
		checked = append(checked, s.Checked)
		if len(s.Problems) > 0 || len(s.Notes) > 0 {
			t.Errorf("section %s: problems %q, notes %q; want none", s.Name, s.Problems, s.Notes)
		}
	}
	if want := []string{"bbolt", "cayley", "articles", "events", "entities"}; !reflect.DeepEqual(names, want) {
		t.Errorf("sections %q; want %q", names, want)
	}
	n := len(testQuads())
	want := []string{
		"buckets meta, log, sp, ops; " + fmt.Sprint(n) + " quads in the log, as meta/size counts",
		"1 article, each against the record of the quads written",
		"1 event, each with 8 required properties",
		"2 entities, each with one core type and one name",
	}
	if !reflect.DeepEqual(checked[1:], want) {
		t.Errorf("checked %q; want %q", checked[1:], want)
	}
	if !r.OK() {
		t.Errorf("OK() = false")
	}
}

// TestCheckFindsIncompleteArticle: an article missing a quad of those
// written (a load killed midway used to leave such articles) is reported.
func TestCheckFindsIncompleteArticle(t *testing.T) {
	path := storeFile(t)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	q := testQuads()
	im := NewImport()
	if _, err := im.Read("cut", strings.NewReader(q[len(q)-1].NQuad()+"\n"), "nquads"); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Delete(context.Background(), im); n != 1 || err != nil {
		t.Fatalf("Delete = %d, %v", n, err)
	}
	s.Close()
	r := checkStore(t, path)
	want := []string{fmt.Sprintf("article %s holds %d quads; %d were written", testDoc().Article.IRI(), len(q)-1, len(q))}
	if got := sectionProblems(r)["articles"]; !reflect.DeepEqual(got, want) {
		t.Errorf("articles problems %q; want %q", got, want)
	}
}

// TestCheckFindsBrokenEventsAndEntities: an event without its required
// properties or with a Goldstein value that is not a number, an entity
// with two names or no core type.
func TestCheckFindsBrokenEventsAndEntities(t *testing.T) {
	const nq = `<https://newsgraph.dev/id/event/0000000000000000-0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Event> .
<https://newsgraph.dev/id/event/0000000000000000-0> <https://newsgraph.dev/ns#cameo> "042" .
<https://newsgraph.dev/id/event/0000000000000000-0> <https://newsgraph.dev/ns#cameo> "043" .
<https://newsgraph.dev/id/event/0000000000000000-0> <https://newsgraph.dev/ns#goldstein> "NaN"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<https://newsgraph.dev/id/event/0000000000000000-0> <http://schema.org/name> "a visit" .
<https://newsgraph.dev/id/country/atlantis> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> .
<https://newsgraph.dev/id/country/atlantis> <http://schema.org/name> "Atlantis" .
<https://newsgraph.dev/id/country/atlantis> <http://schema.org/name> "Atlantida" .
<https://newsgraph.dev/id/place/mu> <http://schema.org/name> "Mu" .
`
	path := t.TempDir() + "/news.db"
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(strings.NewReader(nq), "nquads"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	got := sectionProblems(checkStore(t, path))
	want := map[string][]string{
		"events": {
			"event <https://newsgraph.dev/id/event/0000000000000000-0> has no ng:quadClass, schema:agent, ng:evidence, ng:sentence",
			"event <https://newsgraph.dev/id/event/0000000000000000-0> has 2 CAMEO codes",
			`event <https://newsgraph.dev/id/event/0000000000000000-0> has ng:goldstein "NaN"^^<http://www.w3.org/2001/XMLSchema#decimal>, not a finite number`,
		},
		"entities": {
			`entity <https://newsgraph.dev/id/country/atlantis> has 2 names ("Atlantida", "Atlantis"); want 1`,
			"entity <https://newsgraph.dev/id/place/mu> has 0 core types (); want 1",
		},
	}
	for name, w := range want {
		if !reflect.DeepEqual(got[name], w) {
			t.Errorf("%s problems:\n%s\nwant:\n%s", name, strings.Join(got[name], "\n"), strings.Join(w, "\n"))
		}
	}
}

// TestCheckDamagedPages: a store whose pages are garbled is reported by
// its pages, and its quads are not read.
func TestCheckDamagedPages(t *testing.T) {
	path := storeFile(t)
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	garble(t, path) // after Open: the meta pages are read, the others not yet
	r, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sections) != 1 || r.Sections[0].Name != "bbolt" || r.OK() {
		t.Fatalf("report %+v; want one bbolt section with problems", r.Sections)
	}
	found := false
	for _, p := range r.Sections[0].Problems {
		found = found || strings.HasPrefix(p, "root: page ") && strings.HasSuffix(p, " names itself page 3735928559")
	}
	if !found {
		t.Errorf("problems %q; want the root page naming itself page 3735928559", r.Sections[0].Problems)
	}
}
