package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/build"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/server"
)

// The bundled article (Al Jazeera, 2023-12-13: Armenia and Azerbaijan
// exchange prisoners).
var article = filepath.Join("..", "testdata", "articles", "00_aljazeera_2023-12-13_armenia_azerbaijan_prisoner_exchange.txt")

// missionStore builds the bundled article into a new bbolt store, or a
// memory store for graph.Memory, and opens it as a server of opts would.
func missionStore(t *testing.T, db string, opts server.Options) *graph.Store {
	t.Helper()
	if db != graph.Memory {
		db = filepath.Join(t.TempDir(), db)
	}
	s, err := graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := build.Run(context.Background(), s, []string{article}, build.Options{}); err != nil {
		t.Fatal(err)
	}
	if db == graph.Memory || opts.Writable {
		return s
	}
	s.Close()
	if s, err = graph.Open(db, graph.Options{ReadOnly: true}); err != nil {
		t.Fatal(err)
	}
	return s
}

// start serves the store s on 127.0.0.1:0 with a real HTTP server and
// returns its base URL; the server is shut down and the store closed when
// the test ends.
func start(t *testing.T, s *graph.Store, opts server.Options) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: server.New(s, opts)}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := hs.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := <-done; !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("serve: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return "http://" + ln.Addr().String()
}

// call makes a request and returns the status and the body.
func call(t *testing.T, method, u, contentType, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") && resp.StatusCode != http.StatusOK {
		t.Errorf("%s %s: %d with Content-Type %q, want a JSON error", method, u, resp.StatusCode, ct)
	}
	return resp.StatusCode, string(b)
}

func get(t *testing.T, u string) (int, string) { return call(t, http.MethodGet, u, "", "") }

// TestErrors sends requests the server cannot take: each gets its 4xx
// and a JSON error, exactly.
func TestErrors(t *testing.T) {
	opts := server.Options{MaxResults: 100, MaxBody: 1000}
	base := start(t, missionStore(t, "news.db", opts), opts)
	big := strings.Repeat("x", 2000)
	for _, tc := range []struct {
		method, path, body string
		code               int
		want               string
	}{
		{"GET", "/api/show", "", 400, `{"error":"entity is required"}`},
		{"GET", "/api/search?q=x&limit=-1", "", 400, `{"error":"limit must not be negative"}`},
		{"GET", "/api/search?q=x&limit=ten", "", 400, `{"error":"limit \"ten\": not a whole number"}`},
		{"GET", "/api/search?q=x&limit=101", "", 400, `{"error":"limit must be at most 100 here"}`},
		{"GET", "/api/path?from=Armenia&to=Russia&max-hops=9", "", 400, `{"error":"max-hops must be between 1 and 6"}`},
		{"GET", "/api/events?from=2023-13", "", 400, `{"error":"from: date \"2023-13\": month out of range"}`},
		{"GET", "/api/events?cameo=99", "", 400, `{"error":"cameo \"99\": no such CAMEO code or root"}`},
		{"GET", "/api/show?entity=Atlantis", "", 404, `{"candidates":[],"error":"\"Atlantis\": no entity matches"}`},
		{"GET", "/api/nothing", "", 404, `{"error":"no such endpoint: /api/nothing"}`},
		{"DELETE", "/api/stats", "", 405, `{"error":"/api/stats takes no DELETE"}`},
		{"GET", "/api/v2/write", "", 405, `{"error":"/api/v2/write takes no GET"}`},
		{"POST", "/api/articles", "date 2024-01-01 x\nbody", 403, `{"error":"this server is read-only: start it with --writable to allow writes"}`},
		{"POST", "/api/v2/write", "<a> <b> <c> .", 403, `{"error":"this server is read-only: start it with --writable to allow writes"}`},
		{"POST", "/api/v2/delete", "<a> <b> <c> .", 403, `{"error":"this server is read-only: start it with --writable to allow writes"}`},
		{"POST", "/api/v2/query?lang=gizmo", big, 413, `{"error":"request body larger than 1000 bytes"}`},
		{"GET", "/api/v2/query?lang=cobol&qu=x", "", 400, `{"error": "unknown query language"}`},
		{"GET", "/api/v2/query?lang=gizmo&qu=g.V(", "", 400, ""},
	} {
		code, body := call(t, tc.method, base+tc.path, "", tc.body)
		if code != tc.code || tc.want != "" && strings.TrimSpace(body) != tc.want {
			t.Errorf("%s %s: %d %s\nwant %d %s", tc.method, tc.path, code, body, tc.code, tc.want)
		}
	}
}

// TestWrites builds an article and writes and deletes quads over HTTP on a
// writable server; what the store then answers shows they were written.
func TestWrites(t *testing.T) {
	s, err := graph.Open(filepath.Join(t.TempDir(), "new.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	base := start(t, s, server.Options{Writable: true, MaxBody: 1 << 20})
	text, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	code, body := call(t, "POST", base+"/api/articles", "text/plain", string(text))
	var ans server.BuildAnswer
	if err := json.Unmarshal([]byte(body), &ans); err != nil || code != 200 || ans.Read != 1 || ans.Added != 1 || ans.Events == 0 {
		t.Fatalf("POST /api/articles: %d %s", code, body)
	}
	code, body = call(t, "POST", base+"/api/articles", "text/plain", string(text))
	if err := json.Unmarshal([]byte(body), &ans); err != nil || code != 200 || ans.Read != 1 || ans.Stored != 1 || ans.Added != 0 {
		t.Errorf("POST /api/articles again: %d %s", code, body)
	}
	if code, body := get(t, base+"/api/show?entity=Nikol+Pashinyan"); code != 200 || !strings.Contains(body, `"jobTitles":["Prime Minister"]`) {
		t.Errorf("show after the build: %d %s", code, body)
	}
	// Plain text needs a date; an unreadable body is a 400.
	code, body = call(t, "POST", base+"/api/articles", "text/plain", "Russia attacked Ukraine.")
	if code != 400 || !strings.Contains(body, `"skipped":["request: no \"date YYYY-MM-DD headline\" first line; give --date for plain text"]`) {
		t.Errorf("POST of plain text: %d %s", code, body)
	}
	code, body = call(t, "POST", base+"/api/articles?date=2024-03-04", "text/plain", "Russia attacks Ukraine\nRussian forces attacked Kharkiv on Monday.")
	if err := json.Unmarshal([]byte(body), &ans); err != nil || code != 200 || ans.Added != 1 {
		t.Errorf("POST of plain text with a date: %d %s", code, body)
	}

	quads := "<http://example.org/a> <http://schema.org/name> \"A\" <http://example.org/g> .\n<http://example.org/a> <http://schema.org/name> \"B\" .\n"
	if code, body := call(t, "POST", base+"/api/v2/write", "application/n-quads", quads); code != 200 || body != "{\"result\":\"Successfully wrote 2 quads.\",\"count\":2}\n" {
		t.Errorf("write: %d %s", code, body)
	}
	if code, body := call(t, "POST", base+"/api/v2/write", "application/n-quads", "<a> <b> <c> .\n<a> <b> .\n"); code != 400 || body != "{\"error\":\"request:2: invalid N-Quad: unexpected rune '.' at 8\"}\n" {
		t.Errorf("write of a bad quad: %d %s", code, body)
	}
	if code, body := call(t, "POST", base+"/api/v2/write", "text/turtle", "<a> <b> <c> ."); code != 400 || !strings.HasPrefix(body, `{"error":"request: unknown Content-Type \"text/turtle\"`) {
		t.Errorf("write of Turtle: %d %s", code, body)
	}
	read := base + "/api/v2/read?sub=" + url.QueryEscape("<http://example.org/a>")
	if code, body := get(t, read); code != 200 || body != quads[len(quads)/2+1:]+quads[:len(quads)/2+1] && body != quads {
		t.Errorf("read: %d %q", code, body)
	}
	if code, body := call(t, "POST", base+"/api/v2/delete", "", quads+"<http://example.org/x> <http://example.org/y> <http://example.org/z> .\n"); code != 200 || body != "{\"result\":\"Successfully deleted 2 quads.\",\"count\":2}\n" {
		t.Errorf("delete: %d %s", code, body)
	}
	if code, body := get(t, read); code != 200 || body != "" {
		t.Errorf("read after delete: %d %q", code, body)
	}
	// The body limit holds for every write.
	if code, body := call(t, "POST", base+"/api/v2/write", "", strings.Repeat("<a> <b> <c> .\n", 1<<17)); code != 413 || body != "{\"error\":\"request body larger than 1048576 bytes\"}\n" {
		t.Errorf("write of 1.8 MB: %d %.200s", code, body)
	}
}

// TestRunaway stops a query that would never end at the server's deadline.
func TestRunaway(t *testing.T) {
	opts := server.Options{Timeout: time.Second}
	base := start(t, missionStore(t, "news.db", opts), opts)
	begin := time.Now()
	code, body := call(t, "POST", base+"/api/v2/query?lang=gizmo", "", "while (true) {}")
	took := time.Since(begin)
	if code != 400 || !strings.Contains(body, "deadline exceeded") || took > 5*time.Second {
		t.Errorf("runaway query: %d %s after %v; want 400 with the deadline within 5 s", code, body, took)
	}
	// The server still answers.
	if code, _ := get(t, base+"/api/stats"); code != 200 {
		t.Errorf("stats after the runaway query: %d", code)
	}
}

// TestReadersDuringWrite asks questions without pause while articles are
// built, on bbolt and on Cayley's memory store (which dies of concurrent
// map access without the store's lock): every answer is a 200, and
// answers keep coming during the build.
func TestReadersDuringWrite(t *testing.T) {
	for _, db := range []string{"news.db", graph.Memory} {
		t.Run(db, func(t *testing.T) { readersDuringWrite(t, db) })
	}
}

func readersDuringWrite(t *testing.T, db string) {
	opts := server.Options{Writable: true, Timeout: time.Minute, MaxBody: 64 << 20}
	base := start(t, missionStore(t, db, opts), opts)
	text, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	// Forty articles of the bundled one's text, each made new by its
	// headline (so by its hash), as JSON lines.
	var lines strings.Builder
	headline, body, _ := strings.Cut(string(text), "\n")
	for i := range 40 {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "date": "2023-12-13", "title": fmt.Sprintf("%s (%d)", strings.TrimPrefix(headline, "date 2023-12-13 "), i), "text": body})
		lines.Write(append(rec, '\n'))
	}
	var writing atomic.Bool
	var during, total atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	paths := []string{"/api/show?entity=Armenia", "/api/stats", "/api/events?actor=Azerbaijan", "/api/search?q=red+cross",
		"/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.V("<https://newsgraph.dev/id/country/armenia>").In("<http://schema.org/agent>").Count()`)}
	for r := range 4 {
		wg.Go(func() {
			for i := r; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				busy := writing.Load()
				resp, err := http.Get(base + paths[i%len(paths)])
				if err != nil {
					t.Error(err)
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 || !json.Valid(b) {
					t.Errorf("GET %s during a build: %d %.200s", paths[i%len(paths)], resp.StatusCode, b)
					return
				}
				total.Add(1)
				if busy && writing.Load() {
					during.Add(1)
				}
			}
		})
	}
	writing.Store(true)
	code, out := call(t, "POST", base+"/api/articles", "application/x-ndjson", lines.String())
	writing.Store(false)
	close(stop)
	wg.Wait()
	var ans server.BuildAnswer
	if err := json.Unmarshal([]byte(out), &ans); err != nil || code != 200 || ans.Added != 40 {
		t.Fatalf("POST /api/articles: %d %s", code, out)
	}
	t.Logf("%d of %d answers came while the articles were built", during.Load(), total.Load())
	if during.Load() < 5 {
		t.Errorf("%d of %d answers came while the articles were built; want the readers to go on", during.Load(), total.Load())
	}
	if code, body := get(t, base+"/api/stats"); code != 200 || !strings.HasPrefix(body, `{"articles":41,`) {
		t.Errorf("stats after the build: %d %s", code, body)
	}
}

// TestDeadline answers a question that runs out of time with 503, and
// keeps nothing of what it read: the next server answers in full.
func TestDeadline(t *testing.T) {
	s := missionStore(t, "news.db", server.Options{})
	base := start(t, s, server.Options{Timeout: time.Nanosecond})
	for _, path := range []string{"/api/show?entity=Armenia", "/api/search?q=armenia", "/api/related?entity=Armenia"} {
		code, body := get(t, base+path)
		if code != 503 || body != "{\"error\":\"no answer within the server's deadline of 1ns\"}\n" {
			t.Errorf("GET %s with no time: %d %s", path, code, body)
		}
	}
	again := start(t, s, server.Options{})
	if code, body := get(t, again+"/api/search?q=armenia"); code != 200 || !strings.Contains(body, `"name":"Armenia"`) {
		t.Errorf("search after the timeouts: %d %s", code, body)
	}
}
