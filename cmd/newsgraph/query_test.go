package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuery(t *testing.T) {
	db := loadedStore(t)
	names := `g.V("<http://example.org/alice>").Out("<http://schema.org/name>").All()`
	unchanged(t, db, func() {
		expect(t, "", []string{"query", "--db", db, names}, `{"id":"Alice"}`+"\n"+`{"id":"Alice A."}`+"\n", "", 0)
		expect(t, "", []string{"query", "--db", db, "--limit", "1", names}, `{"id":"Alice"}`+"\n", "newsgraph: stopped after 1 result (--limit 1); there are more, --limit 0 prints all\n", 0)
		expect(t, "", []string{"query", "--db", db, "--limit", "2", names}, `{"id":"Alice"}`+"\n"+`{"id":"Alice A."}`+"\n", "", 0)
		expect(t, names, []string{"query", "--db", db, "-"}, `{"id":"Alice"}`+"\n"+`{"id":"Alice A."}`+"\n", "", 0)
		expect(t, "", []string{"query", "--db", db, `g.V("<http://example.org/alice>").Out("<http://example.org/knows>").Out("<http://schema.org/name>").All()`},
			`{"id":"Bob, \"the builder\""}`+"\n", "", 0)
		expect(t, "", []string{"query", "--db", db, `g.emit(g.V("<http://example.org/alice>").Out().Count())`}, "5\n", "", 0)
		expect(t, "", []string{"query", "--db", db, "--lang", "mql", `[{"id": "<http://example.org/bob>", "<http://schema.org/name>": null}]`},
			`{"<http://schema.org/name>":"Bob, \"the builder\"","id":"<http://example.org/bob>"}`+"\n", "", 0)
		expect(t, "", []string{"query", "--db", db, "--lang", "graphql", `{ nodes(id: <http://example.org/alice>) { knows: <http://example.org/knows> { id } } }`},
			`{"nodes":{"knows":{"id":"http://example.org/bob"}}}`+"\n", "", 0)
	})
}

func TestQueryErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	usage := "run 'newsgraph help query' for usage\n"
	q := `g.V().All()`
	expect(t, "", []string{"query", "--db", db, q}, "", `newsgraph: no store at "`+db+`": build one with 'newsgraph build'`+"\n", 1)
	expect(t, "", []string{"query", "--db", db}, "", "newsgraph query: want one QUERY, got 0 arguments\n"+usage, 2)
	expect(t, "", []string{"query", "--db", db, "--lang", "sparql", q}, "", `newsgraph query: unknown language "sparql" (want gizmo, graphql, mql)`+"\n"+usage, 2)
	expect(t, "", []string{"query", "--db", db, "--limit", "-1", q}, "", "newsgraph query: --limit must not be negative\n"+usage, 2)
	expect(t, "", []string{"query", "--db", db, "--timeout", "0", q}, "", "newsgraph query: --timeout must be positive, got 0s\n"+usage, 2)
	expect(t, "", []string{"query", "--db", db, "--timeout", "-1s", q}, "", "newsgraph query: --timeout must be positive, got -1s\n"+usage, 2)
	expect(t, "", []string{"query", "--db", db, "--max-memory", "-1", q}, "", "newsgraph query: --max-memory must be 0 (no ceiling) or a number of MiB, got -1\n"+usage, 2)

	tiny := loadedStore(t)
	out, errs, code := run(t, "", "query", "--db", tiny, "g.V(")
	if out != "" || code != 1 || !strings.HasPrefix(errs, "newsgraph: gizmo query: SyntaxError") || strings.Count(errs, "\n") != 1 {
		t.Errorf("syntax error: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	expect(t, "", []string{"query", "--db", tiny, "--timeout", "200ms", "while (true) {}"}, "", "newsgraph: query timed out after 200ms\n", 1)
}

// A fact stated by two articles is two quads: each distinct answer is
// printed once, and --all prints one per quad.
func TestQueryDistinct(t *testing.T) {
	dir := t.TempDir()
	nq := filepath.Join(dir, "two.nq")
	quads := `<http://example.org/putin> <https://newsgraph.dev/ns#leaderOf> <http://example.org/russia> <http://example.org/a1> .
<http://example.org/putin> <https://newsgraph.dev/ns#leaderOf> <http://example.org/russia> <http://example.org/a2> .
<http://example.org/russia> <http://schema.org/name> "Russia" <http://example.org/a1> .
<http://example.org/russia> <http://schema.org/name> "Russia" <http://example.org/a2> .
<http://example.org/putin> <https://newsgraph.dev/ns#leaderOf> <http://example.org/ussr> <http://example.org/a3> .
<http://example.org/ussr> <http://schema.org/name> "Soviet Union" <http://example.org/a3> .
`
	if err := os.WriteFile(nq, []byte(quads), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "two.db")
	if _, errs, code := run(t, "", "load", "--db", db, nq); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	q := `g.V("<http://example.org/putin>").Out("<https://newsgraph.dev/ns#leaderOf>").Out("<http://schema.org/name>").All()`
	expect(t, "", []string{"query", "--db", db, q}, `{"id":"Russia"}`+"\n"+`{"id":"Soviet Union"}`+"\n", "", 0)
	expect(t, "", []string{"query", "--db", db, "--limit", "2", q}, `{"id":"Russia"}`+"\n"+`{"id":"Soviet Union"}`+"\n", "", 0)
	out, _, code := run(t, "", "query", "--db", db, "--all", q)
	if code != 0 || strings.Count(out, `{"id":"Russia"}`) != 4 || strings.Count(out, "\n") != 5 {
		t.Errorf("query --all: exit %d, want each path once per quad:\n%s", code, out)
	}
}
