package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

func queryCommand() command {
	c := command{
		name:    "query",
		summary: "run a Gizmo, GraphQL or MQL query against the graph",
		usage: `usage: newsgraph query [--db PATH] [--lang gizmo|graphql|mql] [--limit N] [--all] [--timeout D] [--max-memory MiB] QUERY

Query runs QUERY against the store and prints each result as one line of
JSON. A fact stated by several articles is one quad per article, so a path
through it is found once per article: each distinct result is printed once,
in the order first found, unless --all asks for every one. A QUERY of -
reads the query from standard input. The store is opened read-only and not
changed. IRIs are written in angle brackets in Gizmo and MQL
("<http://schema.org/name>"); a bare string is a literal. A number stored
as NaN or infinite is printed as the string "NaN", "+Inf" or "-Inf".

A query is bounded, so that one handed to you cannot hang or swamp the
machine: it prints at most --limit results (1,000 unless told; standard
error says when there were more), stops with exit status 1 after --timeout
(30 s unless told), output included, even when nothing reads the output,
and stops when its memory passes --max-memory (1,024 MiB unless told).
A GraphQL or MQL query's answer is one result holding all it found.

Examples:

	newsgraph query 'g.V("<https://newsgraph.dev/id/country/armenia>").Out("<http://schema.org/name>").All()'
	newsgraph query 'g.emit(g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Unique().Count())'
	newsgraph query --lang graphql '{ nodes(id: <https://newsgraph.dev/id/person/nikol-pashinyan>) { <http://schema.org/jobTitle> } }'`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		lang := fs.String("lang", "gizmo", "query language: "+strings.Join(graph.QueryLanguages(), ", "))
		limit := fs.Int("limit", defaultQueryLimit, "print at most `N` results (0: all)")
		all := fs.Bool("all", false, "print every result, one per article that states it, not each distinct result once")
		timeout := fs.Duration("timeout", 30*time.Second, "stop the query, and its output, after `D` (a positive duration)")
		maxMemory := fs.Int64("max-memory", defaultQueryMemory, "stop the query when its memory passes `MiB` mebibytes (0: no ceiling)")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return usagef("want one QUERY, got %d arguments", fs.NArg())
		}
		known := false
		for _, l := range graph.QueryLanguages() {
			known = known || l == *lang
		}
		if !known {
			return usagef("unknown language %q (want %s)", *lang, strings.Join(graph.QueryLanguages(), ", "))
		}
		if *limit < 0 {
			return usagef("--limit must not be negative")
		}
		if *timeout <= 0 {
			return usagef("--timeout must be positive, got %v", *timeout)
		}
		if *maxMemory < 0 || *maxMemory > math.MaxInt64>>20 {
			return usagef("--max-memory must be 0 (no ceiling) or a number of MiB, got %d", *maxMemory)
		}
		q := fs.Arg(0)
		if q == "-" {
			b, err := io.ReadAll(a.Stdin)
			if err != nil {
				return fmt.Errorf("read query: %w", err)
			}
			q = string(b)
		}
		s, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer s.Close()
		ctx, cancel := context.WithTimeout(a.context(), *timeout)
		defer cancel()
		out := bufio.NewWriterSize(&deadlineWriter{ctx: ctx, w: a.Stdout}, 1<<16)
		var line bytes.Buffer
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		seen := map[string]bool{}
		printed := 0
		more := false // a result beyond --limit was found
		err = s.Query(ctx, *lang, q, graph.QueryOptions{MaxMemory: *maxMemory << 20}, func(r any) error {
			line.Reset()
			if err := enc.Encode(r); err != nil {
				return err
			}
			if !*all {
				if seen[line.String()] {
					return nil
				}
				seen[line.String()] = true
			}
			if *limit > 0 && printed == *limit {
				more = true
				return errLimitReached
			}
			printed++
			_, err := out.Write(line.Bytes())
			return err
		})
		if errors.Is(err, errLimitReached) {
			err = nil
		}
		if err == nil {
			err = out.Flush()
		}
		switch {
		case errors.Is(err, context.Canceled):
			return errors.New("interrupted")
		case errors.Is(err, context.DeadlineExceeded):
			return fmt.Errorf("query timed out after %v", *timeout)
		case errors.Is(err, graph.ErrQueryMemory):
			return fmt.Errorf("query stopped: its memory passed the ceiling of %d MiB (--max-memory)", *maxMemory)
		case err != nil:
			return err
		}
		if more {
			fmt.Fprintf(a.Stderr, "newsgraph: stopped after %s (--limit %d); there are more, --limit 0 prints all\n", plural(*limit, "result"), *limit)
		}
		return nil
	}
	return c
}

// The query command's defaults: a result limit, so that a query of the
// whole graph does not flood the terminal, and a memory ceiling, so that a
// Gizmo program cannot take the machine's memory.
const (
	defaultQueryLimit  = 1000
	defaultQueryMemory = 1024 // MiB
)

// errLimitReached stops a query that found more results than --limit.
var errLimitReached = errors.New("result limit reached")
