package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Real processes, killed: newsgraph is started as its own binary and
// stopped by a signal at several points of its work (issue 10, items 3,
// 5 and 8).

// archive writes n articles made from the bundled one as JSON lines
// (each its own headline, date and closing sentence, so its own hash)
// and returns the file's path.
func archive(t *testing.T, dir string, n int) string {
	t.Helper()
	data, err := os.ReadFile(missionArticle)
	if err != nil {
		t.Fatal(err)
	}
	first, body, _ := strings.Cut(string(data), "\n")
	headline := strings.Join(strings.Fields(first)[2:], " ")
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i := range n {
		enc.Encode(map[string]string{
			"id":    fmt.Sprintf("r%d", i),
			"date":  fmt.Sprintf("2023-%02d-%02d", 1+i%12, 1+i%28),
			"title": fmt.Sprintf("%s (%d)", headline, i),
			"text":  fmt.Sprintf("%s\nThis is story number %d.", body, i),
		})
	}
	path := filepath.Join(dir, "archive.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// exportOf returns the store's N-Quads export.
func exportOf(t *testing.T, dir, db string) string {
	t.Helper()
	out, errs, code := runProc(t, dir, "export", "--db", db, "--format", "nquads")
	if code != 0 {
		t.Fatalf("export --db %s: exit %d: %s", db, code, errs)
	}
	return out
}

// checked runs check on db, if it exists, and fails the test unless it
// passes; a store a kill left uncreated is no store at all, never part
// of one.
func checked(t *testing.T, dir, db, after string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, db)); os.IsNotExist(err) {
		return
	}
	out, errs, code := runProc(t, dir, "check", "--db", db)
	if code != 0 {
		t.Errorf("check after %s: exit %d\n%s%s", after, code, out, errs)
	}
}

// TestKillAndResume kills build and load with SIGKILL at several points,
// from the store's first milliseconds to its last batch, and requires
// that check passes on what they leave and that running them again ends
// with the store a clean run makes.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real processes: skipped with -short")
	}
	dir := t.TempDir()
	in := archive(t, dir, 120)
	build := []string{"build", "--quiet", "--workers", "1", "--batch", "8", "--db"}

	began := time.Now()
	if _, errs, code := runProc(t, dir, append(build, "clean.db", in)...); code != 0 {
		t.Fatalf("clean build: exit %d: %s", code, errs)
	}
	buildTime := time.Since(began)
	want := exportOf(t, dir, "clean.db")
	nq := filepath.Join(dir, "clean.nq")
	if err := os.WriteFile(nq, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	began = time.Now()
	if _, errs, code := runProc(t, dir, "load", "--quiet", "--db", "loaded.db", nq); code != 0 {
		t.Fatalf("clean load: exit %d: %s", code, errs)
	}
	loadTime := time.Since(began)
	t.Logf("clean build %v, clean load %v", buildTime, loadTime)
	if got := exportOf(t, dir, "loaded.db"); got != want {
		t.Fatalf("a clean load does not export what the clean build does")
	}

	for _, tc := range []struct {
		name string
		args []string
		took time.Duration
	}{
		{"build", append(build, "killed.db", in), buildTime},
		{"load", []string{"load", "--quiet", "--db", "killed.db", nq}, loadTime},
	} {
		for _, share := range []float64{0, 0.02, 0.1, 0.3, 0.6, 0.9} {
			after := time.Duration(share * float64(tc.took))
			name := fmt.Sprintf("%s killed after %v", tc.name, after.Round(time.Millisecond))
			os.Remove(filepath.Join(dir, "killed.db"))
			p := start(t, dir, nil, tc.args...)
			time.Sleep(after)
			p.cmd.Process.Signal(syscall.SIGKILL)
			p.wait(t, 10*time.Second)
			checked(t, dir, "killed.db", name)
			if _, errs, code := runProc(t, dir, tc.args...); code != 0 {
				t.Errorf("%s, run again: exit %d: %s", name, code, errs)
				continue
			}
			checked(t, dir, "killed.db", name+" and run again")
			if got := exportOf(t, dir, "killed.db"); got != want {
				t.Errorf("%s and run again: the store differs from a clean %s's", name, tc.name)
			}
		}
	}
}
