package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestBuildUnreadableSubdirectory: a subdirectory newsgraph may not read
// is skipped alone, by name; the articles beside and after it are built
// (issue 10, item 6).
func TestBuildUnreadableSubdirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"in/a.txt":        "date 2024-01-01 A\nRussia attacked Ukraine on Monday.\n",
		"in/locked/b.txt": "date 2024-01-02 B\nFrance met Germany on Tuesday.\n",
		"in/z/c.txt":      "date 2024-01-03 C\nChina praised Brazil on Wednesday.\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(dir, "in", "locked"), 0); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runUnprivileged(t, dir, "build", "--quiet", "--db", "news.db", "in")
	if !regexp.MustCompile(`^2 articles read \(2 new, 0 already stored\)`).MatchString(out) || code != 1 ||
		errs != "newsgraph: skipped in/locked: permission denied\nnewsgraph: 1 input could not be read (see above)\n" {
		t.Errorf("build: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit 1, 2 articles built and in/locked skipped by name", code, out, errs)
	}
}
