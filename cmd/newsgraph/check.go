package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

func checkCommand() command {
	c := command{
		name:    "check",
		summary: "verify that the store is whole and sound",
		usage: `usage: newsgraph check [--db PATH]

Check verifies the store and prints what it checked, section by section,
and every problem it found (the first 20 of each section, and a count of
the rest). It exits 1 when it finds a problem, or when the store cannot be
opened (a damaged, foreign or empty file gets an error naming it).

  bbolt     the file's pages, walked from the file itself, then bbolt's own
            consistency check (page structure, key order, free pages)
  cayley    Cayley's buckets (meta, log, the quad indexes) and its quad
            count against the quads in its log
  articles  each article against the record of its quads that build and
            load keep when they write it: the same number, the same quads
  events    every event with the properties VOCABULARY.md requires:
            rdf:type, ng:cameo (exactly one), ng:goldstein (a finite
            number), ng:quadClass, schema:name, schema:agent, ng:evidence,
            ng:sentence
  entities  every entity with exactly one core type and one name

The bbolt and cayley sections are for bbolt stores; a store made before
newsgraph kept records has its articles counted but not compared (a note
says how many). The store is opened read-only and not changed; check reads
all of it (some seconds for 24,000 articles).

On the bundled article's store, check prints

	store "news.db"
	bbolt     ok: 38 pages, transaction 9: page structure, key order, free pages
	cayley    ok: buckets meta, log, sp, ops; 197 quads in the log, as meta/size counts
	articles  ok: 1 article, each against the record of the quads written
	events    ok: 8 events, each with 8 required properties
	entities  ok: 13 entities, each with one core type and one name

Example:

	newsgraph check --db news.db`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("takes no arguments")
		}
		s, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer s.Close()
		r, err := s.Check(a.context())
		if err != nil {
			return fmt.Errorf("check: %w", err)
		}
		writeCheck(a.Stdout, r)
		if n := r.Problems(); n > 0 {
			return fmt.Errorf("check: store %q: %s (see above)", r.Store, plural(n, "problem"))
		}
		return nil
	}
	return c
}

// writeCheck writes a check report: a line per section, its problems and
// notes indented below it.
func writeCheck(w io.Writer, r *graph.CheckReport) {
	fmt.Fprintf(w, "store %q\n", r.Store)
	for _, s := range r.Sections {
		verdict := "ok"
		if len(s.Problems) > 0 {
			verdict = "FAILED"
		}
		fmt.Fprintf(w, "%-9s %s: %s\n", s.Name, verdict, s.Checked)
		for _, p := range s.Problems {
			fmt.Fprintf(w, "          problem: %s\n", p)
		}
		for _, n := range s.Notes {
			fmt.Fprintf(w, "          note: %s\n", n)
		}
	}
}
