package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

func queryCommand() command {
	c := command{
		name:    "query",
		summary: "run a Gizmo, GraphQL or MQL query against the graph",
		usage: `usage: newsgraph query [--db PATH] [--lang gizmo|graphql|mql] [--limit N] [--all] [--timeout D] QUERY

Query runs QUERY against the store and prints each result as one line of
JSON. A fact stated by several articles is one quad per article, so a path
through it is found once per article: each distinct result is printed once,
in the order first found, unless --all asks for every one. A QUERY of - reads the query from standard input. The store is opened
read-only and not changed. IRIs are written in angle brackets in Gizmo and
MQL ("<http://schema.org/name>"); a bare string is a literal.

Examples:

	newsgraph query 'g.V("<https://newsgraph.dev/id/country/armenia>").Out("<http://schema.org/name>").All()'
	newsgraph query 'g.emit(g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Unique().Count())'
	newsgraph query --lang graphql '{ nodes(id: <https://newsgraph.dev/id/person/nikol-pashinyan>) { <http://schema.org/jobTitle> } }'`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		lang := fs.String("lang", "gizmo", "query language: "+strings.Join(graph.QueryLanguages(), ", "))
		limit := fs.Int("limit", 0, "print at most `N` results (0: all)")
		all := fs.Bool("all", false, "print every result, one per article that states it, not each distinct result once")
		timeout := fs.Duration("timeout", 30*time.Second, "stop the query after `D`")
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
		ctx := context.Background()
		if *timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, *timeout)
			defer cancel()
		}
		var line bytes.Buffer
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		seen := map[string]bool{}
		printed := 0
		queryLimit := *limit
		if !*all {
			queryLimit = 0 // duplicates do not count: print limit distinct ones
		}
		err = s.Query(ctx, *lang, q, queryLimit, func(r any) error {
			if *limit > 0 && printed == *limit {
				// Read on to the end: a Gizmo query stopped midway can
				// hang the store's close (Cayley).
				return nil
			}
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
			printed++
			_, err := a.Stdout.Write(line.Bytes())
			return err
		})
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("query timed out after %v", *timeout)
		}
		return err
	}
	return c
}
