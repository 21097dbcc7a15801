package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Helpers shared by the tests of the commands that use the store.

// run runs the command line in-process and returns its stdout, stderr and
// exit status.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	a := &App{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(string) string { return "" },
	}
	code = a.Run(args)
	return out.String(), errb.String(), code
}

// expect runs the command line and checks all three results exactly.
func expect(t *testing.T, stdin string, args []string, wantOut, wantErr string, wantCode int) {
	t.Helper()
	out, errs, code := run(t, stdin, args...)
	if out != wantOut || errs != wantErr || code != wantCode {
		t.Errorf("newsgraph %s:\nexit %d, want %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s\nwant:\n%s",
			strings.Join(args, " "), code, wantCode, out, wantOut, errs, wantErr)
	}
}

// tinyExport is testdata/tiny.nq as export --format nquads writes it.
const tinyExport = `<http://example.org/alice> <http://example.org/age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
<http://example.org/alice> <http://example.org/knows> <http://example.org/bob> <http://example.org/g> .
<http://example.org/alice> <http://example.org/ok> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<http://example.org/alice> <http://schema.org/name> "Alice A." .
<http://example.org/alice> <http://schema.org/name> "Alice" <http://example.org/g> .
<http://example.org/bob> <http://schema.org/name> "Bob, \"the builder\""@en .
`

// loadedStore returns a store file holding testdata/tiny.nq.
func loadedStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "tiny.db")
	expect(t, "", []string{"load", "--db", db, "testdata/tiny.nq"}, "read 7 quads from testdata/tiny.nq\nstored 6 new quads of 7 read\n", "", 0)
	return db
}

// unchanged fails the test if fn changes the file at path.
func unchanged(t *testing.T, path string, fn func()) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fn()
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("%s changed", path)
	}
}
