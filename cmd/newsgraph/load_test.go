package main

import (
	"bytes"
	"context"
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
	expect(t, string(tiny), []string{"load", "--db", db, "--format", "nquads", "-"}, "read 7 quads from -\nstored 0 new quads of 7 read\n", "", 0)
	expect(t, "", []string{"export", "--db", db, "--format", "nquads"}, tinyExport, "", 0)

	// The extension is read after .gz; --format wins over it.
	dir := t.TempDir()
	odd := filepath.Join(dir, "tiny.data")
	if err := os.WriteFile(odd, tiny, 0o644); err != nil {
		t.Fatal(err)
	}
	mem := []string{"load", "--db", "memory:"}
	expect(t, "", append(mem, "--format", "nquads", odd), "read 7 quads from "+odd+"\nstored 6 new quads of 7 read\n", "", 0)
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
			`newsgraph: load "` + filepath.Join(dir, "missing.nq") + `": open ` + filepath.Join(dir, "missing.nq") + ": no such file or directory (nothing was loaded)\n", 1, false},
	} {
		expect(t, "", tc.args, "", tc.stderr, tc.code)
		if _, err := os.Stat(db); err == nil {
			t.Errorf("newsgraph %s created the store", strings.Join(tc.args, " "))
		}
	}
	// A bad quad names the file, the line and the cause, and nothing of any
	// file is loaded: not even the good file read before it.
	bad := filepath.Join(dir, "bad.nq")
	if err := os.WriteFile(bad, []byte("# comment\n\n<a> <b> <c> .\n<a> <b> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	nonUTF8 := filepath.Join(dir, "latin1.nq")
	if err := os.WriteFile(nonUTF8, []byte("<a> <b> \"caf\xe9\" .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, stdout, stderr string }{
		{bad, "read 7 quads from testdata/tiny.nq\n", "newsgraph: " + bad + ":4: invalid N-Quad: unexpected rune '.' at 8 (nothing was loaded)\n"},
		{nonUTF8, "read 7 quads from testdata/tiny.nq\n", "newsgraph: " + nonUTF8 + ":1: not valid UTF-8 at byte 13 (nothing was loaded)\n"},
	} {
		expect(t, "", []string{"load", "--db", db, "testdata/tiny.nq", tc.file}, tc.stdout, tc.stderr, 1)
		if _, err := os.Stat(db); err == nil {
			t.Errorf("load of %s created the store", tc.file)
		}
	}
}

func TestLoadHelp(t *testing.T) {
	out, errs, code := run(t, "", "help", "load")
	if code != 0 || errs != "" || !strings.HasPrefix(out, "usage: newsgraph load [--db PATH] [--format F] [--quiet] FILE...\n\n") ||
		!strings.Contains(out, "Examples:") || !strings.Contains(out, "--format string") {
		t.Errorf("help load: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
}

// TestLoadInterrupted stops before any write when interrupted.
func TestLoadInterrupted(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errs bytes.Buffer
	a := &App{Ctx: ctx, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errs, Getenv: func(string) string { return "" }}
	code := a.Run([]string{"load", "--db", db, "--quiet", "testdata/tiny.nq"})
	if code != 1 || out.String() != "read 7 quads from testdata/tiny.nq\n" ||
		errs.String() != "newsgraph: interrupted: 0 new quads stored, every label whole or not at all; run the same command again to go on\n" {
		t.Errorf("interrupted load: exit %d\nstdout %q\nstderr %q", code, out.String(), errs.String())
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("an interrupted load created the store")
	}
}
