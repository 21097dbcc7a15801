package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Helpers for the tests that run newsgraph as a real process: TestMain
// (script_test.go) puts the test binary on PATH as "newsgraph".

// binary returns the path of the newsgraph command.
func binary(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("newsgraph")
	if err != nil {
		t.Fatalf("newsgraph is not on PATH (TestMain puts it there): %v", err)
	}
	return p
}

// proc is a newsgraph process the test started.
type proc struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
}

// newCommand returns the command that runs newsgraph with args in dir.
func newCommand(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NEWSGRAPH_DB=")
	return cmd
}

// start starts newsgraph with args in dir.
func start(t *testing.T, dir string, stdin io.Reader, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: newCommand(t, dir, args...)}
	p.cmd.Stdin = stdin
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	p.launch(t)
	return p
}

// launch starts p's command and kills it when the test ends, if it is
// still running then.
func (p *proc) launch(t *testing.T) {
	t.Helper()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
}

// wait waits at most limit for the process to end and returns its exit
// status; the test fails if it does not end in time.
func (p *proc) wait(t *testing.T, limit time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(limit):
		p.cmd.Process.Kill()
		<-done
		t.Fatalf("newsgraph %v still running after %v; killed\nstderr:\n%s", p.cmd.Args[1:], limit, p.stderr.String())
	}
	return p.cmd.ProcessState.ExitCode()
}

// runProc runs newsgraph in dir to its end (at most a minute) and returns
// its stdout, stderr and exit status.
func runProc(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	p := start(t, dir, nil, args...)
	code := p.wait(t, time.Minute)
	return p.stdout.String(), p.stderr.String(), code
}

// nobody is the user and group id the unprivileged tests run as.
const nobody = 65534

// runUnprivileged runs newsgraph with args in dir as an unprivileged user
// when the test runs as root (whom no file permission stops), and as the
// test's own user otherwise. dir and everything in it are given to that
// user; the binary is copied where it can run it.
func runUnprivileged(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	if os.Geteuid() != 0 {
		return runProc(t, dir, args...)
	}
	bin := filepath.Join(t.TempDir(), "newsgraph")
	data, err := os.ReadFile(binary(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{filepath.Dir(bin), filepath.Dir(filepath.Dir(bin))} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
		if err == nil {
			err = os.Lchown(p, nobody, nobody)
		}
		return err
	})
	for d := filepath.Dir(dir); d != "/"; d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err != nil || st.Mode().Perm()&0o001 == 0 {
			os.Chmod(d, st.Mode().Perm()|0o111) // let it reach dir
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NEWSGRAPH_DB=", "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("run as user %d: %v", nobody, err)
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}
