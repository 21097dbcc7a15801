package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestBadStoreFiles: a cut-short, empty, foreign or non-bbolt store file
// gets one line naming it and exit 1 from every command, never a panic;
// build refuses another program's bbolt file and leaves it as it was, and
// starts a graph in an empty one (issue 10, items 2 and 8).
func TestBadStoreFiles(t *testing.T) {
	dir := t.TempDir()
	cut := filepath.Join(dir, "cut.db")
	data, err := os.ReadFile(missionStore(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cut, data[:4*4096], 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(text, []byte(strings.Repeat("some notes\n", 800)), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "app.db")
	db, err := bolt.Open(foreign, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucket([]byte("users"))
		return b.Put([]byte("alice"), []byte("x"))
	})
	db.Close()

	reasons := map[string]*regexp.Regexp{
		cut:     regexp.MustCompile(`^newsgraph: store ".*cut.db" is damaged: the file has 16384 bytes but its pages reach to byte \d+: it was cut short; 'newsgraph check --db .*cut.db' reports what is wrong\n$`),
		empty:   regexp.MustCompile(`^newsgraph: store ".*empty.db" is an empty file \(0 bytes\), not a newsgraph store: build or load into it to start one\n$`),
		text:    regexp.MustCompile(`^newsgraph: store ".*notes.db" is not a bbolt database, or its header is damaged: invalid database\n$`),
		foreign: regexp.MustCompile(`^newsgraph: ".*app.db" is not a newsgraph store: it is the bbolt database of another program \(buckets "users"\); give --db another path\n$`),
	}
	commands := [][]string{
		{"stats"}, {"check"}, {"export", "--format", "nquads"}, {"query", "g.V().All()"},
		{"search", "Armenia"}, {"show", "Armenia"}, {"events"},
	}
	for _, path := range []string{cut, empty, text, foreign} {
		before, _ := os.ReadFile(path)
		for _, args := range commands {
			out, errs, code := run(t, "", append(args, "--db", path)...)
			if code != 1 || out != "" || !reasons[path].MatchString(errs) {
				t.Errorf("newsgraph %s --db %s: exit %d, stdout %q, stderr %q; want exit 1 and %s", strings.Join(args, " "), filepath.Base(path), code, out, errs, reasons[path])
			}
		}
		_, errs, code := run(t, "", "build", "--quiet", "--db", path, missionArticle)
		after, _ := os.ReadFile(path)
		switch path {
		case empty:
			if code != 0 {
				t.Errorf("build into an empty file: exit %d: %s; want a new graph", code, errs)
			}
			expectCheckOK(t, path)
		default:
			if code != 1 || !reasons[path].MatchString(errs) || string(after) != string(before) {
				t.Errorf("build --db %s: exit %d, stderr %q, file changed %v; want exit 1, %s, the file as it was", filepath.Base(path), code, errs, string(after) != string(before), reasons[path])
			}
		}
	}
}

// expectCheckOK runs check on the store and fails the test unless it
// passes.
func expectCheckOK(t *testing.T, db string) {
	t.Helper()
	out, errs, code := run(t, "", "check", "--db", db)
	if code != 0 || errs != "" || strings.Contains(out, "FAILED") {
		t.Errorf("check --db %s: exit %d\n%s%s", db, code, out, errs)
	}
}

func TestCheckCommand(t *testing.T) {
	db := missionStore(t)
	out, errs, code := run(t, "", "check", "--db", db)
	want := regexp.MustCompile(fmt.Sprintf(`^store %q
bbolt     ok: \d+ pages, transaction \d+: page structure, key order, free pages
cayley    ok: buckets meta, log, sp, ops; \d+ quads in the log, as meta/size counts
articles  ok: 1 article, each against the record of the quads written
events    ok: 8 events, each with 8 required properties
entities  ok: 13 entities, each with one core type and one name
$`, db))
	if code != 0 || errs != "" || !want.MatchString(out) {
		t.Errorf("check: exit %d, stderr %q, stdout\n%s\nwant\n%s", code, errs, out, want)
	}
	expect(t, "", []string{"check", "--db", db, "extra"}, "", "newsgraph check: takes no arguments\nrun 'newsgraph help check' for usage\n", 2)
}
