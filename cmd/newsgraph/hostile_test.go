package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// denseStore returns a store of 300 nodes with 10 edges each, whose paths
// of four hops are three million: a query of them runs for many seconds.
func denseStore(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	var nq bytes.Buffer
	for i := range 300 {
		for j := range 10 {
			fmt.Fprintf(&nq, "<http://example.org/n%d> <http://example.org/e> <http://example.org/n%d> .\n", i, (i+1+29*j)%300)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "dense.nq"), nq.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(dir, "dense.db")
	if _, errs, code := run(t, "", "load", "--db", db, filepath.Join(dir, "dense.nq")); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	return dir, db
}

// A query handed to newsgraph by someone else cannot hang it, outlive its
// --timeout (even when nothing reads its output) or take the machine's
// memory, and it prints 1,000 results unless told otherwise. The
// commands run as real processes, so that a hang fails the test instead
// of stopping it.
func TestQueryBounds(t *testing.T) {
	dir, db := denseStore(t)
	fourHops := `g.V().Out().Out().Out().Out().All()`
	timedOut := "newsgraph: query timed out after 300ms\n"
	check := func(name string, p *proc, limit time.Duration, wantErr string) {
		t.Helper()
		if code := p.wait(t, limit); code != 1 || p.stderr.String() != wantErr {
			t.Errorf("%s: exit %d, stderr %q; want 1, %q", name, code, p.stderr.String(), wantErr)
		}
	}
	// Cayley's Gizmo goroutine went on reading the store after the
	// deadline, and closing the store under it hung (at random: thrice).
	for range 3 {
		check("gizmo at its deadline", start(t, dir, nil, "query", "--db", db, "--limit", "0", "--timeout", "300ms", fourHops), 10*time.Second, timedOut)
	}
	check("graphql at its deadline", start(t, dir, nil, "query", "--db", db, "--lang", "graphql", "--timeout", "300ms",
		`{ nodes { id <http://example.org/e> { <http://example.org/e> { <http://example.org/e> { <http://example.org/e> { id } } } } } }`), 10*time.Second, timedOut)

	// Output into a pipe nobody reads.
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	p := &proc{cmd: exec.Command(binary(t), "query", "--db", db, "--all", "--limit", "0", "--timeout", "300ms", fourHops)}
	p.cmd.Stdout, p.cmd.Stderr = pw, &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	check("output blocked", p, 10*time.Second, timedOut)

	check("memory", start(t, dir, nil, "query", "--db", db, "--max-memory", "64", "--timeout", "60s",
		`var a = []; while (true) { a.push("x".repeat(1000000) + a.length) }`), 60*time.Second,
		"newsgraph: query stopped: its memory passed the ceiling of 64 MiB (--max-memory)\n")

	out, errs, code := run(t, "", "query", "--db", db, "--all", `g.V().Out().All()`)
	if n := strings.Count(out, "\n"); code != 0 || n != 1000 || errs != "newsgraph: stopped after 1,000 results (--limit 1000); there are more, --limit 0 prints all\n" {
		t.Errorf("default limit: exit %d, %d lines, stderr %q", code, n, errs)
	}
	out, _, _ = run(t, "", "query", "--db", db, "--all", "--limit", "0", `g.V().Out().All()`)
	if n := strings.Count(out, "\n"); n != 3000 {
		t.Errorf("--limit 0: %d lines, want 3000", n)
	}
}

// The question commands' side index (<store>.ask) answers only for the
// store state it was made from: another store moved into the same path,
// with as many quads, is read afresh.
func TestAskIndexFollowsTheStore(t *testing.T) {
	dir := t.TempDir()
	country := func(slug, name string) string {
		return fmt.Sprintf("<https://newsgraph.dev/id/country/%s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> <https://newsgraph.dev/id/article/a1> .\n"+
			"<https://newsgraph.dev/id/country/%s> <http://schema.org/name> %q <https://newsgraph.dev/id/article/a1> .\n", slug, slug, name)
	}
	db := filepath.Join(dir, "news.db")
	for _, c := range []struct{ db, quads string }{
		{db, country("ruritania", "Ruritania")},
		{filepath.Join(dir, "other.db"), country("freedonia", "Freedonia")},
	} {
		nq := c.db + ".nq"
		if err := os.WriteFile(nq, []byte(c.quads), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, errs, code := run(t, "", "load", "--db", c.db, nq); code != 0 {
			t.Fatalf("load: exit %d: %s", code, errs)
		}
	}
	expect(t, "", []string{"search", "--db", db, "ruritania"}, "Ruritania  Country       1 article  (name: Ruritania)\n", "", 0)
	if _, err := os.Stat(db + ".ask"); err != nil {
		t.Fatalf("search wrote no side index: %v", err)
	}
	if err := os.Rename(filepath.Join(dir, "other.db"), db); err != nil {
		t.Fatal(err)
	}
	expect(t, "", []string{"search", "--db", db, "freedonia"}, "Freedonia  Country       1 article  (name: Freedonia)\n", "", 0)
	expect(t, "", []string{"search", "--db", db, "ruritania"}, "no entity matches \"ruritania\"\n", "", 0)
}
