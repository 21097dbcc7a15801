package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExport(t *testing.T) {
	db := loadedStore(t)
	unchanged(t, db, func() {
		expect(t, "", []string{"export", "--db", db, "--format", "nquads"}, tinyExport, "", 0)
		out := filepath.Join(t.TempDir(), "tiny.csv")
		expect(t, "", []string{"export", "--db", db, "--format", "csv", "--out", out}, "", "", 0)
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		want := `subject,predicate,object,label
http://example.org/alice,http://example.org/age,42,
http://example.org/alice,http://example.org/knows,http://example.org/bob,http://example.org/g
http://example.org/alice,http://example.org/ok,true,
http://example.org/alice,http://schema.org/name,Alice A.,
http://example.org/alice,http://schema.org/name,Alice,http://example.org/g
http://example.org/bob,http://schema.org/name,"Bob, ""the builder""",
`
		if string(got) != want {
			t.Errorf("csv export:\n%s\nwant:\n%s", got, want)
		}
		for _, f := range []string{"jsonld", "graphml", "gexf", "dot", "events", "json", "graphml-triples", "dot-triples"} {
			out, errs, code := run(t, "", "export", "--db", db, "--format", f)
			if code != 0 || errs != "" || out == "" {
				t.Errorf("export --format %s: exit %d, stderr %q, %d bytes", f, code, errs, len(out))
			}
		}
	})
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	usage := "run 'newsgraph help export' for usage\n"
	formats := "graphml, gexf, dot, neo4j, events, nquads, jsonld, csv, json, graphml-triples, dot-triples"
	expect(t, "", []string{"export", "--db", db, "--format", "turtle"}, "",
		`newsgraph export: unknown format "turtle" (want `+formats+`)`+"\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db}, "",
		"newsgraph export: --format is required ("+formats+")\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "neo4j"}, "",
		"newsgraph export: --format neo4j writes files: give the directory with --out DIR\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "dot", "--hops", "2"}, "", "newsgraph export: --hops needs --entity\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "dot", "--entity", "X", "--hops", "7"}, "",
		"newsgraph export: --hops must be between 1 and 6\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "dot", "--from", "2023-13"}, "",
		`newsgraph export: --from: date "2023-13": month out of range`+"\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "dot", "--cameo", "99"}, "",
		`newsgraph export: --cameo "99": no such CAMEO code or root`+"\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "csv", "extra"}, "", "newsgraph export: takes no arguments\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "nquads"}, "",
		`newsgraph: no store at "`+db+`": build one with 'newsgraph build'`+"\n", 1)
	if _, err := os.Stat(db); err == nil {
		t.Errorf("export created the store")
	}
	out, _, code := run(t, "", "export", "--help")
	if code != 0 || !strings.HasPrefix(out, "usage: newsgraph export [--db PATH] --format F [--out FILE|DIR]") ||
		!strings.Contains(out, "  graphml-triples  the quads as GraphML") || !strings.Contains(out, "  record_id         the input's id") {
		t.Errorf("export --help: exit %d\n%s", code, out)
	}
}

// A JSON-lines record's id and url are properties of its article, and are
// in every export, so that answers can be joined back to the user's data.
func TestExportRecordID(t *testing.T) {
	text, err := os.ReadFile(missionArticle)
	if err != nil {
		t.Fatal(err)
	}
	first, body, _ := strings.Cut(string(text), "\n")
	f := strings.Fields(first) // date YYYY-MM-DD headline
	rec, _ := json.Marshal(map[string]string{"id": "corpus-4711", "url": "https://news.example/4711", "date": f[1],
		"title": strings.Join(f[2:], " "), "text": body})
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(in, append(rec, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")
	if _, errs, code := run(t, "", "build", "--db", db, "--quiet", in); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	for _, fm := range []string{"graphml", "gexf", "dot", "events", "nquads", "jsonld", "csv", "json", "graphml-triples", "dot-triples"} {
		for _, filter := range [][]string{nil, {"--entity", "Armenia"}, {"--article", "corpus-4711"}} {
			args := append([]string{"export", "--db", db, "--format", fm}, filter...)
			out := ask(t, args...)
			if !strings.Contains(out, "corpus-4711") {
				t.Errorf("newsgraph %s: the record id is not in the output", strings.Join(args, " "))
			}
		}
	}
	out := filepath.Join(dir, "neo4j")
	ask(t, "export", "--db", db, "--format", "neo4j", "-o", out)
	nodes, err := os.ReadFile(filepath.Join(out, "nodes.csv"))
	if err != nil || !strings.Contains(string(nodes), ",https://news.example/4711,corpus-4711,") {
		t.Errorf("neo4j nodes.csv lacks the article's url and record id: %v", err)
	}
	// show names each article's record and URL.
	if out := ask(t, "show", "--db", db, "Armenia"); !strings.Contains(out, "  [record corpus-4711, https://news.example/4711]\n") {
		t.Errorf("show does not name the article's record and URL:\n%s", out)
	}
	if out := ask(t, "show", "--db", db, "--format", "json", "Armenia"); !strings.Contains(out, `"url":"https://news.example/4711","record":"corpus-4711"}`) {
		t.Errorf("show --format json lacks the article's url and record:\n%s", out)
	}
	expect(t, "", []string{"export", "--db", db, "--format", "events", "--article", "corpus-1"}, "",
		`newsgraph: export: no article "corpus-1": give an article IRI, its content hash (or 8 of its first hex digits), its record id or its URL`+"\n", 1)
}
