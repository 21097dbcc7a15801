package main

import (
	"bufio"
	"io"
	"net/http"
	"net/url"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// serveProcess starts 'newsgraph serve' as a real process on 127.0.0.1:0
// and returns its base URL and the process; the test's TestMain puts the
// newsgraph command on $PATH.
func serveProcess(t *testing.T, args ...string) (string, *exec.Cmd, *bufio.Reader) {
	t.Helper()
	cmd := exec.Command("newsgraph", append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	r := bufio.NewReader(out)
	line, err := r.ReadString('\n')
	m := regexp.MustCompile(`^serving "[^"]+" \((read-only|writable)\) on (http://127\.0\.0\.1:\d+)/\n$`).FindStringSubmatch(line)
	if err != nil || m == nil {
		t.Fatalf("serve said %q (%v); stderr:\n%s", line, err, stderr.String())
	}
	return m[2], cmd, r
}

// TestServe answers the command line's questions over HTTP with the JSON
// the commands print, refuses writes without --writable, and stops
// cleanly on SIGTERM.
func TestServe(t *testing.T) {
	db := missionStore(t)
	base, cmd, out := serveProcess(t, "--db", db, "--quiet")
	endpoints := map[string]string{
		"search":  "/api/search?q=pashinian",
		"show":    "/api/show?entity=" + url.QueryEscape("Nikol Pashinyan"),
		"events":  "/api/events?actor=Azerbaijan&cameo=08",
		"path":    "/api/path?from=" + url.QueryEscape("European Union") + "&to=Azerbaijan",
		"related": "/api/related?entity=Armenia",
		"stats":   "/api/stats",
	}
	for _, q := range questions {
		path, ok := endpoints[q[0]]
		if !ok {
			t.Fatalf("no endpoint for %s", q[0])
		}
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want := ask(t, append(append([]string{}, q...), "--db", db, "--format", "json")...)
		if resp.StatusCode != 200 || string(body) != want {
			t.Errorf("GET %s: %d\n%s\nnewsgraph %s --format json:\n%s", path, resp.StatusCode, body, strings.Join(q, " "), want)
		}
	}
	for _, w := range []string{"/api/articles", "/api/v2/write", "/api/v2/delete"} {
		resp, err := http.Post(base+w, "application/n-quads", strings.NewReader("<a> <b> <c> .\n"))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 403 || string(body) != "{\"error\":\"this server is read-only: start it with --writable to allow writes\"}\n" {
			t.Errorf("POST %s without --writable: %d %s", w, resp.StatusCode, body)
		}
	}
	// SIGTERM: the server finishes and says so.
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(out)
	if err := cmd.Wait(); err != nil || string(rest) != "stopped\n" || time.Since(start) > 5*time.Second {
		t.Errorf("after SIGTERM: %v, stdout %q after %v", err, rest, time.Since(start))
	}
}

func TestServeErrors(t *testing.T) {
	usage := "run 'newsgraph help serve' for usage\n"
	missing := filepath.Join(t.TempDir(), "none.db")
	expect(t, "", []string{"serve", "--timeout", "0"}, "", "newsgraph serve: --timeout, --max-results and --max-body must be positive\n"+usage, 2)
	expect(t, "", []string{"serve", "--addr", "localhost"}, "", "newsgraph serve: --addr \"localhost\": address localhost: missing port in address\n"+usage, 2)
	expect(t, "", []string{"serve", "extra"}, "", "newsgraph serve: takes no arguments\n"+usage, 2)
	expect(t, "", []string{"serve", "--db", missing}, "", `newsgraph: no store at "`+missing+`": build one with 'newsgraph build'`+"\n", 1)
}
