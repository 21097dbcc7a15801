// Package shared finds the project's shared development data for tests:
// the annotated articles, their gold annotations and the benchmark corpus,
// which sit in a folder shared/ beside the repository's checkout and are
// never copied into it. A test that needs them and does not find them is
// skipped with a message saying what to put where, so that go test ./...
// passes in a checkout without shared/.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder beside the checkout the test runs in, and
// whether it exists.
func Dir() (string, bool) {
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	// Go runs a test in its package's folder: walk up to the module root.
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			_, err := os.Stat(s)
			return s, err == nil
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Path returns the path of rel inside the shared folder ("gold",
// "corpus/news.jsonl.gz"), or skips the test saying where it should be.
func Path(t testing.TB, rel string) string {
	t.Helper()
	dir, ok := Dir()
	p := filepath.Join(dir, rel)
	if !ok {
		t.Skipf("shared/%s not found: put the project's shared/ folder (articles, gold, corpus) beside the repository to run this test", rel)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared/%s not found (%v): put the project's shared/ folder beside the repository to run this test", rel, err)
	}
	return p
}
