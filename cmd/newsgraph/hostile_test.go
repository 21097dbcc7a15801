package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// Tests of what users hand newsgraph that it did not write itself:
// values from other tools, hostile queries.

// nanEvent is an event another tool wrote: a CAMEO code newsgraph does not
// know, so that its own ng:goldstein is read, and that is NaN.
const nanEvent = `<https://newsgraph.dev/id/event/00000000000000aa-0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Event> <https://newsgraph.dev/id/article/aa> .
<https://newsgraph.dev/id/event/00000000000000aa-0> <https://newsgraph.dev/ns#cameo> "999" <https://newsgraph.dev/id/article/aa> .
<https://newsgraph.dev/id/event/00000000000000aa-0> <https://newsgraph.dev/ns#goldstein> "NaN"^^<http://www.w3.org/2001/XMLSchema#double> <https://newsgraph.dev/id/article/aa> .
<https://newsgraph.dev/id/event/00000000000000aa-0> <http://schema.org/agent> <https://newsgraph.dev/id/country/ruritania> <https://newsgraph.dev/id/article/aa> .
<https://newsgraph.dev/id/event/00000000000000aa-0> <http://schema.org/startDate> "2024-01-02" <https://newsgraph.dev/id/article/aa> .
<https://newsgraph.dev/id/country/ruritania> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> <https://newsgraph.dev/id/article/aa> .
<https://newsgraph.dev/id/country/ruritania> <http://schema.org/name> "Ruritania" <https://newsgraph.dev/id/article/aa> .
`

// A loaded ng:goldstein "NaN", or a number that is NaN or infinite in a
// binary format, never breaks a JSON answer.
func TestNonFiniteNumbers(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "nan.db")
	nq := filepath.Join(dir, "nan.nq")
	if err := os.WriteFile(nq, []byte(nanEvent), 0o644); err != nil {
		t.Fatal(err)
	}
	var pq bytes.Buffer
	w := pquads.NewWriter(&pq, &pquads.Options{Full: true})
	for _, f := range []float64{math.NaN(), math.Inf(1), 2.5} {
		w.WriteQuad(quad.Make(quad.IRI("http://example.org/x"), quad.IRI("http://example.org/v"), quad.Float(f), nil))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	pqFile := filepath.Join(dir, "floats.pq")
	if err := os.WriteFile(pqFile, pq.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{nq}, {"--format", "pquads", pqFile}} {
		if _, errs, code := run(t, "", append([]string{"load", "--db", db}, args...)...); code != 0 {
			t.Fatalf("load %v: exit %d: %s", args, code, errs)
		}
	}

	var events struct {
		Events []struct {
			Cameo     string
			Goldstein float64
		}
	}
	if err := json.Unmarshal([]byte(ask(t, "events", "--db", db, "--format", "json")), &events); err != nil {
		t.Fatal(err)
	}
	if len(events.Events) != 1 || events.Events[0].Cameo != "999" || events.Events[0].Goldstein != 0 {
		t.Errorf("events: %+v, want the one event, code 999, Goldstein 0 (unknown)", events.Events)
	}
	var card struct{ Name string }
	if err := json.Unmarshal([]byte(ask(t, "show", "--db", db, "--format", "json", "Ruritania")), &card); err != nil {
		t.Fatal(err)
	}
	if card.Name != "Ruritania" {
		t.Errorf("show: %+v", card)
	}
	q := `g.V("<http://example.org/x>").Out("<http://example.org/v>").All()`
	expect(t, "", []string{"query", "--db", db, q}, `{"id":"NaN"}`+"\n"+`{"id":"+Inf"}`+"\n"+`{"id":2.5}`+"\n", "", 0)
	expect(t, "", []string{"query", "--db", db, "--lang", "graphql", `{ nodes(id: <http://example.org/x>) { v: <http://example.org/v> } }`},
		`{"nodes":[{"v":"NaN"},{"v":"+Inf"},{"v":2.5}]}`+"\n", "", 0)
}
