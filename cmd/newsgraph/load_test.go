package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	db := loadedStore(t)
	tiny, err := os.ReadFile("testdata/tiny.nq")
	if err != nil {
		t.Fatal(err)
	}
	// Loading again, from stdin, adds nothing.
	expect(t, string(tiny), []string{"load", "--db", db, "--format", "nquads", "-"}, "loaded 7 quads from -\n", "", 0)
	expect(t, "", []string{"export", "--db", db, "--format", "nquads"}, tinyExport, "", 0)

	// The extension is read after .gz; --format wins over it.
	dir := t.TempDir()
	odd := filepath.Join(dir, "tiny.data")
	if err := os.WriteFile(odd, tiny, 0o644); err != nil {
		t.Fatal(err)
	}
	mem := []string{"load", "--db", "memory:"}
	expect(t, "", append(mem, "--format", "nquads", odd), "loaded 7 quads from "+odd+"\n", "", 0)
	if f, err := loadFormat("x.NQ.gz", ""); f != "nquads" || err != nil {
		t.Errorf(`loadFormat("x.NQ.gz") = %q, %v`, f, err)
	}
	if f, err := loadFormat("x.jsonld.gz", ""); f != "jsonld" || err != nil {
		t.Errorf(`loadFormat("x.jsonld.gz") = %q, %v`, f, err)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	usage := "run 'newsgraph help load' for usage\n"
	for _, tc := range []struct {
		args    []string
		stderr  string
		code    int
		created bool
	}{
		{[]string{"load", "--db", db}, "newsgraph load: no files to load\n" + usage, 2, false},
		{[]string{"load", "--db", db, "x.txt"}, `newsgraph load: cannot tell the format of "x.txt" from its name; use --format (nquads, jsonld, json, pquads)` + "\n" + usage, 2, false},
		{[]string{"load", "--db", db, "--format", "turtle", "x.ttl"}, `newsgraph load: unknown format "turtle" (want nquads, jsonld, json, pquads)` + "\n" + usage, 2, false},
		{[]string{"load", "--db", db, "--bogus"}, "newsgraph load: unknown flag: --bogus\n" + usage, 2, false},
		{[]string{"load", "--db", db, filepath.Join(dir, "missing.nq")},
			`newsgraph: load "` + filepath.Join(dir, "missing.nq") + `": open ` + filepath.Join(dir, "missing.nq") + ": no such file or directory\n", 1, false},
	} {
		expect(t, "", tc.args, "", tc.stderr, tc.code)
		if _, err := os.Stat(db); err == nil {
			t.Errorf("newsgraph %s created the store", strings.Join(tc.args, " "))
		}
	}
	// A syntax error names the file and the cause.
	out, errs, code := run(t, "<a> <b> .\n", "load", "--db", db, "--format", "nquads", "-")
	if out != "" || code != 1 || !strings.HasPrefix(errs, `newsgraph: load "-": read nquads: `) || strings.Count(errs, "\n") != 1 {
		t.Errorf("bad N-Quads: exit %d\nstdout %q\nstderr %q", code, out, errs)
	}
}

func TestLoadHelp(t *testing.T) {
	out, errs, code := run(t, "", "help", "load")
	if code != 0 || errs != "" || !strings.HasPrefix(out, "usage: newsgraph load [--db PATH] [--format F] FILE...\n\n") ||
		!strings.Contains(out, "Examples:") || !strings.Contains(out, "--format string") {
		t.Errorf("help load: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
}
