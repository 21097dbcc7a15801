package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// stopWithin is how soon a command must end after SIGTERM: its grace to
// stop cleanly and some slack for a busy machine.
const stopWithin = stopGrace + 3*time.Second

// TestSignalsStopEveryCommand sends SIGTERM to commands at work (build
// while it extracts, load while it writes, a query that never ends, an
// export writing to a pipe nobody reads) and requires each to end within
// stopWithin, to leave a store that check passes, and to release it: a
// writer can open it at once (issue 10, item 5).
func TestSignalsStopEveryCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("signals real processes: skipped with -short")
	}
	dir := t.TempDir()
	in := archive(t, dir, 3000)
	if _, errs, code := runProc(t, dir, "build", "--quiet", "--db", "small.db", archive(t, t.TempDir(), 120)); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	var nq strings.Builder
	for i := range 300000 {
		fmt.Fprintf(&nq, "<http://example.org/n%d> <http://example.org/p> \"value %d\" <http://example.org/g%d> .\n", i, i, i/50)
	}
	nqFile := filepath.Join(dir, "big.nq")
	if err := os.WriteFile(nqFile, []byte(nq.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name      string
		args      []string
		db        string
		blockOut  bool // stdout is a pipe nobody reads
		wantError string
	}{
		{"build", []string{"build", "--quiet", "--workers", "1", "--db", "build.db", in}, "build.db", false, "interrupted: "},
		{"load", []string{"load", "--quiet", "--db", "load.db", nqFile}, "load.db", false, "interrupted"},
		{"query", []string{"query", "--db", "small.db", "--timeout", "1h", "while (true) {}"}, "small.db", false, "interrupted"},
		{"export", []string{"export", "--db", "small.db", "--format", "nquads"}, "small.db", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p *proc
			if tt.blockOut {
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				p = startWith(t, dir, w, tt.args...)
				w.Close()
			} else {
				p = start(t, dir, nil, tt.args...)
			}
			time.Sleep(time.Second)
			if p.cmd.ProcessState != nil {
				t.Fatalf("ended before the signal: %s", p.stderr.String())
			}
			sent := time.Now()
			p.cmd.Process.Signal(syscall.SIGTERM)
			code := p.wait(t, stopWithin)
			took := time.Since(sent)
			if code == 0 || !strings.Contains(p.stderr.String(), tt.wantError) {
				t.Errorf("exit %d after %v, stderr %q; want a failure saying %q", code, took.Round(time.Millisecond), p.stderr.String(), tt.wantError)
			}
			checked(t, dir, tt.db, tt.name+" stopped by SIGTERM")
			t.Logf("stopped %v after SIGTERM: %s", took.Round(time.Millisecond), strings.TrimSpace(p.stderr.String()))
			// The lock is released: a writer gets the store at once.
			article, _ := filepath.Abs(missionArticle)
			if _, errs, code := runProc(t, dir, "build", "--quiet", "--db", tt.db, article); code != 0 {
				t.Errorf("build into the store after %s stopped: exit %d: %s", tt.name, code, errs)
			}
		})
	}
}

// TestSecondSignalStopsAtOnce: a second SIGTERM ends the process at once,
// and the store is still sound.
func TestSecondSignalStopsAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("signals real processes: skipped with -short")
	}
	dir := t.TempDir()
	in := archive(t, dir, 3000)
	p := start(t, dir, nil, "build", "--quiet", "--workers", "1", "--db", "news.db", in)
	time.Sleep(time.Second)
	p.cmd.Process.Signal(syscall.SIGTERM)
	time.Sleep(10 * time.Millisecond)
	p.cmd.Process.Signal(syscall.SIGTERM)
	p.wait(t, 2*time.Second)
	checked(t, dir, "news.db", "two SIGTERMs")
}

// startWith starts newsgraph with stdout going to out, a file the test
// made (a pipe, say).
func startWith(t *testing.T, dir string, out *os.File, args ...string) *proc {
	t.Helper()
	p := &proc{}
	p.cmd = newCommand(t, dir, args...)
	p.cmd.Stdout, p.cmd.Stderr = out, &p.stderr
	p.launch(t)
	return p
}
