package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/server"
)

func serveCommand() command {
	c := command{
		name:    "serve",
		summary: "answer questions and queries over HTTP",
		usage: `usage: newsgraph serve [--db PATH] [--addr HOST:PORT] [--writable] [--refdata DIR] [--timeout D] [--max-results N] [--max-body BYTES] [--quiet]

Serve answers over HTTP, on 127.0.0.1:8080 unless --addr says otherwise
(port 0 picks a free one; the address is printed when the server is up).
It stops on Ctrl-C or SIGTERM, after finishing the requests under way
(a second signal stops it at once).

newsgraph's questions, answered with the JSON that the commands print with
--format json; the parameters are the commands' arguments and flags:

  GET /api/search?q=TEXT[&limit=N]
  GET /api/show?entity=ENTITY[&limit=N]
  GET /api/path?from=A&to=B[&max-hops=N][&limit=N]
  GET /api/events?[actor=ENTITY][&target=ENTITY][&cameo=CODE][&from=DATE][&to=DATE][&limit=N]
  GET /api/related?entity=ENTITY[&limit=N]
  GET /api/stats

Cayley's HTTP API v2: /api/v2/query?lang=gizmo|graphql|mql (the query as
qu= or as the body of a POST), /api/v2/read (quads matching sub, pred, obj,
label; format= or Accept picks the format) and /api/v2/formats.

Writes, only with --writable (otherwise 403):

  POST /api/articles[?date=YYYY-MM-DD]   build the articles of the body (an
                                         article, or JSON lines), as build does,
                                         with the --refdata tables if given
  POST /api/v2/write                     add the quads of the body (N-Quads
                                         unless Content-Type says otherwise),
                                         each label's in one transaction
  POST /api/v2/delete                    delete the quads of the body

Every request must be answered within --timeout and its body must fit in
--max-body; a list or a query returns at most --max-results items (limit=0
asks for that many), while /api/v2/read streams every quad that matches
until --timeout ends it. A request the server cannot take gets a 4xx status and
{"error": "..."}; an entity that matches nothing gets 404 with the closest
"candidates". Questions are answered while articles are being built: the
store is locked only while an article is written. A read-only server opens
the store shared, so other readers may use it too; a writable one holds it.

Examples:

	newsgraph serve --db news.db
	curl 'http://127.0.0.1:8080/api/show?entity=Nikol+Pashinyan'
	newsgraph serve --db memory: --writable --addr 127.0.0.1:9000`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
		writable := fs.Bool("writable", false, "allow writes: POST /api/articles, /api/v2/write, /api/v2/delete")
		refdataDir := refdataFlag(fs)
		timeout := fs.Duration("timeout", server.DefaultTimeout, "answer every request within `D`")
		maxResults := fs.Int("max-results", server.DefaultMaxResults, "return at most `N` items of a list or results of a query")
		maxBody := fs.Int64("max-body", server.DefaultMaxBody, "accept request bodies of at most `BYTES`")
		quiet := fs.BoolP("quiet", "q", false, "log nothing on standard error")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("takes no arguments")
		}
		if *timeout <= 0 || *maxResults < 1 || *maxBody < 1 {
			return usagef("--timeout, --max-results and --max-body must be positive")
		}
		host, _, err := net.SplitHostPort(*addr)
		if err != nil {
			return usagef("--addr %q: %v", *addr, err)
		}
		x, err := extractorFor(*refdataDir)
		if err != nil {
			return err
		}
		s, err := openStore(*db, !*writable)
		if err != nil {
			return err
		}
		defer s.Close()
		logger := log.New(a.Stderr, "newsgraph: ", log.LstdFlags)
		opts := server.Options{Writable: *writable, Timeout: *timeout, MaxResults: *maxResults, MaxBody: *maxBody}
		if x != nil { // a nil *extract.Extractor in the interface would not be nil
			opts.Build.Extractor = x
		}
		if !*quiet {
			opts.Log = logger
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return err
		}
		mode, may := "read-only", "ask"
		if *writable {
			mode, may = "writable", "ask and write"
		}
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			fmt.Fprintf(a.Stderr, "newsgraph: warning: %s is not a loopback address: whoever reaches it can %s\n", host, may)
		}
		hs := &http.Server{
			Handler:           server.New(s, opts),
			ReadHeaderTimeout: 10 * time.Second,
			ErrorLog:          logger,
		}
		fmt.Fprintf(a.Stdout, "serving %s (%s) on http://%s/\n", describe(*db), mode, ln.Addr())
		done := make(chan error, 1)
		go func() { done <- hs.Serve(ln) }()
		select {
		case err := <-done:
			return err
		case <-a.context().Done():
		}
		// Finish the requests under way; a second signal ends the process.
		ctx, cancel := context.WithTimeout(context.Background(), *timeout+5*time.Second)
		defer cancel()
		if err := hs.Shutdown(ctx); err != nil {
			return fmt.Errorf("stop serving: %w", err)
		}
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		fmt.Fprintln(a.Stdout, "stopped")
		return s.Close()
	}
	return c
}

// describe names a store for messages: an SQL URL without its password.
func describe(db string) string {
	if db == graph.Memory {
		return "an in-memory store"
	}
	return fmt.Sprintf("%q", graph.Redact(db))
}
