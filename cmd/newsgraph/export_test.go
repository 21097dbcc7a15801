package main

import (
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
		for _, f := range []string{"jsonld", "graphml", "dot", "json"} {
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
	expect(t, "", []string{"export", "--db", db, "--format", "turtle"}, "",
		`newsgraph export: unknown format "turtle" (want nquads, jsonld, graphml, dot, csv, json)`+"\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db}, "",
		"newsgraph export: --format is required (nquads, jsonld, graphml, dot, csv, json)\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "csv", "extra"}, "", "newsgraph export: takes no arguments\n"+usage, 2)
	expect(t, "", []string{"export", "--db", db, "--format", "nquads"}, "",
		`newsgraph: no store at "`+db+`": build one with 'newsgraph build'`+"\n", 1)
	if _, err := os.Stat(db); err == nil {
		t.Errorf("export created the store")
	}
	out, _, code := run(t, "", "export", "--help")
	if code != 0 || !strings.HasPrefix(out, "usage: newsgraph export [--db PATH] --format F [--out FILE]\n") || !strings.Contains(out, "graphml  GraphML") {
		t.Errorf("export --help: exit %d\n%s", code, out)
	}
}
