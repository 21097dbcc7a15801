// Package server serves a newsgraph store over HTTP:
//
//   - newsgraph's questions as JSON, the same JSON the command line prints
//     with --format json (both come from package question): GET
//     /api/search, /api/show, /api/path, /api/events, /api/related and
//     /api/stats;
//   - Cayley's HTTP API v2 for queries and quads: /api/v2/query (Gizmo,
//     GraphQL, MQL), /api/v2/read and /api/v2/formats;
//   - when the server is writable, writes: POST /api/articles builds
//     articles through the build pipeline (package build), and
//     /api/v2/write and /api/v2/delete take quads as Cayley's do, checked
//     first and written a label to a transaction (graph.Store.Import).
//
// Every request has a deadline, every answer a result limit and every
// request body a size limit. A request the server cannot take gets a 4xx
// status and a JSON body {"error": "..."}. Reads go through the store's
// read lock and writes through its write lock (graph.Store), so readers
// keep answering while an article is extracted, and wait only while it is
// written.
package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/newsgraph/newsgraph/build"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/question"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// Defaults of Options.
const (
	DefaultTimeout    = 30 * time.Second
	DefaultMaxResults = 1000
	DefaultMaxBody    = 64 << 20
)

// writeGrace is how long after its deadline a request may still write its
// answer (the error saying that time ran out).
const writeGrace = 5 * time.Second

// Options configure a server. The zero value serves read-only with the
// defaults above.
type Options struct {
	// Writable enables POST /api/articles, /api/v2/write and
	// /api/v2/delete; without it they answer 403.
	Writable bool
	// Timeout is every request's deadline (DefaultTimeout when 0).
	Timeout time.Duration
	// MaxResults caps the items of a list and the results of a query
	// (DefaultMaxResults when 0).
	MaxResults int
	// MaxBody caps the size of a request body in bytes (DefaultMaxBody
	// when 0).
	MaxBody int64
	// Build configures the builds of POST /api/articles; its Stdin, Read
	// and callbacks are set per request.
	Build build.Options
	// Log, if set, receives a line for each failed request and each build.
	Log *log.Logger
}

// Server answers HTTP requests from a store. Create it with New.
type Server struct {
	store *graph.Store
	opts  Options
	mux   *http.ServeMux
	build sync.Mutex // one build at a time: each resolves against the store as it is
}

// New returns a server of the store s.
func New(s *graph.Store, opts Options) *Server {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxResults <= 0 {
		opts.MaxResults = DefaultMaxResults
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	srv := &Server{store: s, opts: opts, mux: http.NewServeMux()}
	m := srv.mux
	m.HandleFunc("GET /api/search", srv.search)
	m.HandleFunc("GET /api/show", srv.show)
	m.HandleFunc("GET /api/path", srv.path)
	m.HandleFunc("GET /api/events", srv.events)
	m.HandleFunc("GET /api/related", srv.related)
	m.HandleFunc("GET /api/stats", srv.stats)
	m.HandleFunc("POST /api/articles", srv.writable(srv.articles))
	m.HandleFunc("GET /api/v2/query", srv.cayley)
	m.HandleFunc("POST /api/v2/query", srv.cayley)
	m.HandleFunc("GET /api/v2/read", srv.cayley)
	m.HandleFunc("POST /api/v2/read", srv.cayley)
	m.HandleFunc("GET /api/v2/formats", srv.cayley)
	m.HandleFunc("POST /api/v2/write", srv.writable(srv.writeQuads))
	m.HandleFunc("POST /api/v2/delete", srv.writable(srv.deleteQuads))
	m.HandleFunc("/", srv.notFound)
	return srv
}

// notFound answers a request no endpoint takes: 405 for a known path
// asked with another method, 404 otherwise.
func (srv *Server) notFound(w http.ResponseWriter, r *http.Request) {
	for _, method := range []string{http.MethodGet, http.MethodPost} {
		probe := &http.Request{Method: method, URL: r.URL, Host: r.Host}
		if _, pattern := srv.mux.Handler(probe); pattern != "/" {
			srv.fail(w, r, http.StatusMethodNotAllowed, fmt.Errorf("%s takes no %s", r.URL.Path, r.Method))
			return
		}
	}
	srv.fail(w, r, http.StatusNotFound, fmt.Errorf("no such endpoint: %s", r.URL.Path))
}

// ServeHTTP answers one request: within its deadline, with its body
// limited, and with a JSON 500 if a handler panics.
func (srv *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			srv.fail(w, r, http.StatusInternalServerError, fmt.Errorf("internal error: %v", p))
		}
	}()
	ctx, cancel := context.WithTimeout(r.Context(), srv.opts.Timeout)
	defer cancel()
	r = r.WithContext(ctx)
	r.Body = http.MaxBytesReader(w, r.Body, srv.opts.MaxBody)
	// A streamed answer (/api/v2/read) stops some time after the
	// deadline, which leaves the others time to say they ran out of it.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(srv.opts.Timeout + writeGrace))
	srv.mux.ServeHTTP(w, r)
}

// fail answers with an error as JSON: {"error": "..."}, plus fields for
// the error's detail (the candidates of an entity not found).
func (srv *Server) fail(w http.ResponseWriter, r *http.Request, code int, err error) {
	if srv.opts.Log != nil {
		srv.opts.Log.Printf("%s %s: %d %v", r.Method, r.URL, code, err)
	}
	body := map[string]any{"error": err.Error()}
	var re *graph.ResolveError
	if errors.As(err, &re) {
		body["candidates"] = append([]graph.Match{}, re.Candidates...)
	}
	reply(w, code, body)
}

// reply writes v as JSON, as the command line prints it.
func reply(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = question.Encode(w, v)
}

// statusOf returns the HTTP status for an error of a question or a write.
func statusOf(err error) int {
	var pe *question.ParamError
	var re *graph.ResolveError
	var le *graph.LoadError
	switch {
	case errors.As(err, &pe), errors.As(err, &le):
		return http.StatusBadRequest
	case errors.As(err, &re):
		return http.StatusNotFound
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// failWith answers with the status the error calls for, explaining a
// timeout.
func (srv *Server) failWith(w http.ResponseWriter, r *http.Request, err error) {
	code := statusOf(err)
	if errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("no answer within the server's deadline of %v", srv.opts.Timeout)
	}
	srv.fail(w, r, code, err)
}

// params reads a question's parameters from the query string.
type params struct {
	r   *http.Request
	srv *Server
	err error
}

// text returns parameter name, which must be given when required.
func (p *params) text(name string, required bool) string {
	v := p.r.URL.Query().Get(name)
	if v == "" && required && p.err == nil {
		p.err = &question.ParamError{Name: name, Msg: " is required"}
	}
	return v
}

// number returns parameter name as a whole number, def when absent.
func (p *params) number(name string, def int) int {
	v := p.r.URL.Query().Get(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil && p.err == nil {
		p.err = &question.ParamError{Name: name, Msg: fmt.Sprintf(" %q: not a whole number", v)}
	}
	return n
}

// limit returns the limit parameter: def when absent, the server's
// maximum for 0, an error above it.
func (p *params) limit(def int) int {
	n := p.number("limit", def)
	max := p.srv.opts.MaxResults
	switch {
	case n == 0:
		return max
	case n > max && p.err == nil:
		p.err = &question.ParamError{Name: "limit", Msg: fmt.Sprintf(" must be at most %d here", max)}
	}
	return n
}

// ask answers a question read from the request: check is run before the
// store is read, answer with the store's read lock held.
func ask[A any](srv *Server, w http.ResponseWriter, r *http.Request, q interface{ Check() error }, perr error, answer func(*graph.Ask) (A, error)) {
	if perr == nil {
		perr = q.Check()
	}
	if perr != nil {
		srv.failWith(w, r, perr)
		return
	}
	a, err := srv.store.Ask(r.Context())
	if err != nil {
		srv.failWith(w, r, err)
		return
	}
	ans, err := answer(a)
	a.Close()
	if ctxErr := r.Context().Err(); ctxErr != nil {
		// Out of time, every lookup read as empty: the answer is not one.
		err = ctxErr
	}
	if err != nil {
		srv.failWith(w, r, err)
		return
	}
	reply(w, http.StatusOK, ans)
}

func (srv *Server) search(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r, srv: srv}
	q := question.Search{Text: p.text("q", true), Limit: p.limit(question.SearchLimit)}
	ask(srv, w, r, q, p.err, q.Answer)
}

func (srv *Server) show(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r, srv: srv}
	q := question.Show{Entity: p.text("entity", true), Limit: p.limit(question.ShowLimit)}
	ask(srv, w, r, q, p.err, q.Answer)
}

func (srv *Server) path(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r, srv: srv}
	q := question.Path{From: p.text("from", true), To: p.text("to", true),
		MaxHops: p.number("max-hops", question.MaxHops), Limit: p.limit(question.PathLimit)}
	ask(srv, w, r, q, p.err, q.Answer)
}

func (srv *Server) events(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r, srv: srv}
	q := question.Events{Actor: p.text("actor", false), Target: p.text("target", false),
		Cameo: p.text("cameo", false), From: p.text("from", false), To: p.text("to", false), By: p.text("by", false),
		Limit: p.limit(question.EventsLimit)}
	ask(srv, w, r, q, p.err, q.Answer)
}

func (srv *Server) related(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r, srv: srv}
	q := question.Related{Entity: p.text("entity", true), Type: p.text("type", false), Rank: p.text("rank", false),
		Limit: p.limit(question.RelatedLimit)}
	ask(srv, w, r, q, p.err, q.Answer)
}

func (srv *Server) stats(w http.ResponseWriter, r *http.Request) {
	st, err := srv.store.Stats(r.Context())
	if err != nil {
		srv.failWith(w, r, err)
		return
	}
	reply(w, http.StatusOK, st)
}

// readBody reads the whole request body, which must fit in MaxBody; it
// answers 413 and returns false when it does not.
func (srv *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		srv.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Errorf("request body larger than %d bytes", srv.opts.MaxBody))
		return nil, false
	}
	if err != nil {
		srv.fail(w, r, http.StatusBadRequest, fmt.Errorf("read request body: %w", err))
		return nil, false
	}
	return body, true
}

// writable refuses a write unless the server is writable.
func (srv *Server) writable(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !srv.opts.Writable {
			srv.fail(w, r, http.StatusForbidden, errors.New("this server is read-only: start it with --writable to allow writes"))
			return
		}
		h(w, r)
	}
}

// BuildAnswer is the answer of POST /api/articles: what the build did,
// and the inputs it could not read.
type BuildAnswer struct {
	Read     int      `json:"read"`
	Added    int      `json:"added"`
	Stored   int      `json:"stored"` // read, but already in the store
	Bad      int      `json:"bad"`
	Words    int      `json:"words"`
	Entities int      `json:"entities"`
	Events   int      `json:"events"`
	Quads    int      `json:"quads"`
	Merged   int      `json:"merged"`
	Skipped  []string `json:"skipped"` // why each bad input was skipped
	// Repaired says what was mended in the articles built (invalid UTF-8
	// replaced with U+FFFD), where.
	Repaired []string `json:"repaired"`
}

// articles builds the articles of the request body: one article (a
// "date YYYY-MM-DD headline" first line, or plain text with ?date=) or
// JSON lines of {"id","date","title","text"} records, gzipped or not.
func (srv *Server) articles(w http.ResponseWriter, r *http.Request) {
	body, ok := srv.readBody(w, r)
	if !ok {
		return
	}
	opts := srv.opts.Build
	opts.Stdin = bytes.NewReader(body)
	opts.Read = loaders.Options{}
	if d := r.URL.Query().Get("date"); d != "" {
		date, err := schema.ParseDate(d)
		if err != nil || date.Day == 0 {
			srv.fail(w, r, http.StatusBadRequest, fmt.Errorf("date %q: want YYYY-MM-DD", d))
			return
		}
		opts.Read.Date = date
	}
	ans := BuildAnswer{Skipped: []string{}, Repaired: []string{}}
	var mu sync.Mutex
	opts.Warn = func(e *loaders.BadInputError) {
		mu.Lock()
		defer mu.Unlock()
		ans.Skipped = append(ans.Skipped, "request"+strings.TrimPrefix(e.Error(), "-"))
	}
	opts.Read.Repaired = func(r loaders.Repair) {
		mu.Lock()
		defer mu.Unlock()
		ans.Repaired = append(ans.Repaired, "request"+strings.TrimPrefix(r.String(), "-"))
	}
	opts.Article, opts.Progress = nil, nil
	srv.build.Lock()
	sum, err := build.Run(r.Context(), srv.store, []string{"-"}, opts)
	srv.build.Unlock()
	if err != nil {
		srv.failWith(w, r, fmt.Errorf("build: %w (%d articles stored)", err, sum.Added))
		return
	}
	mu.Lock()
	defer mu.Unlock()
	ans.Read, ans.Added, ans.Stored, ans.Bad = sum.Read, sum.Added, sum.Stored(), sum.Bad
	ans.Words, ans.Entities, ans.Events, ans.Quads, ans.Merged = sum.Words, sum.Entities, sum.Events, sum.Quads, sum.Merged
	if srv.opts.Log != nil {
		srv.opts.Log.Printf("POST /api/articles: %d read, %d added, %d bad", ans.Read, ans.Added, ans.Bad)
	}
	code := http.StatusOK
	if ans.Read == 0 && ans.Bad > 0 {
		code = http.StatusBadRequest
	}
	reply(w, code, ans)
}

// quadFormat picks the format of a request body of quads from its
// Content-Type, as Cayley's API does: N-Quads unless it names another.
func quadFormat(r *http.Request) (string, error) {
	ct := r.Header.Get("Content-Type")
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	switch strings.TrimSpace(ct) {
	case "", "application/n-quads", "application/n-triples", "text/plain", "application/x-www-form-urlencoded":
		return "nquads", nil
	case "application/ld+json":
		return "jsonld", nil
	case "application/json":
		return "json", nil
	case "application/x-protobuf", "application/octet-stream":
		return "pquads", nil
	}
	return "", &graph.LoadError{File: "request", Err: fmt.Errorf("unknown Content-Type %q (want application/n-quads, application/ld+json, application/json or application/x-protobuf)", ct)}
}

// readQuads reads and checks the quads of the request body; it answers
// the request and returns false when it cannot.
func (srv *Server) readQuads(w http.ResponseWriter, r *http.Request) (*graph.Import, bool) {
	format, err := quadFormat(r)
	if err != nil {
		srv.failWith(w, r, err)
		return nil, false
	}
	body, ok := srv.readBody(w, r)
	if !ok {
		return nil, false
	}
	im := graph.NewImport()
	if _, err := im.Read("request", bytes.NewReader(body), format); err != nil {
		srv.failWith(w, r, err)
		return nil, false
	}
	return im, true
}

// writeResult is Cayley's answer to a write or a delete.
type writeResult struct {
	Result string `json:"result"`
	Count  int    `json:"count"`
}

// writeQuads is Cayley's /api/v2/write: the quads of the body, checked
// before any is written, each label's in one transaction.
func (srv *Server) writeQuads(w http.ResponseWriter, r *http.Request) {
	im, ok := srv.readQuads(w, r)
	if !ok {
		return
	}
	if _, err := srv.store.Import(r.Context(), im, nil); err != nil {
		srv.failWith(w, r, err)
		return
	}
	n := im.Quads()
	reply(w, http.StatusOK, writeResult{fmt.Sprintf("Successfully wrote %d quads.", n), n})
}

// deleteQuads is Cayley's /api/v2/delete: the quads of the body, checked,
// then removed in one transaction; quads not stored are passed over.
func (srv *Server) deleteQuads(w http.ResponseWriter, r *http.Request) {
	im, ok := srv.readQuads(w, r)
	if !ok {
		return
	}
	n, err := srv.store.Delete(r.Context(), im)
	if err != nil {
		srv.failWith(w, r, err)
		return
	}
	reply(w, http.StatusOK, writeResult{fmt.Sprintf("Successfully deleted %d quads.", n), int(n)})
}

// cayley serves Cayley's read endpoints under the store's read lock, with
// the server's deadline and result limit for queries.
func (srv *Server) cayley(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		body, ok := srv.readBody(w, r)
		if !ok {
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	w = jsonErrors{w}
	err := srv.store.View(func(qs cgraph.QuadStore) error {
		api := cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: qs})
		api.SetReadOnly(true)
		api.SetQueryTimeout(srv.opts.Timeout)
		api.SetQueryLimit(srv.opts.MaxResults)
		api.ServeHTTP(w, r)
		return nil
	})
	if err != nil {
		srv.failWith(w, r, err)
	}
}

// jsonErrors marks the error answers of Cayley's API, JSON without a
// Content-Type, as JSON.
type jsonErrors struct{ http.ResponseWriter }

func (w jsonErrors) WriteHeader(code int) {
	if h := w.Header(); code >= 400 && h.Get("Content-Type") == "" {
		h.Set("Content-Type", "application/json")
	}
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection.
func (w jsonErrors) Unwrap() http.ResponseWriter { return w.ResponseWriter }
