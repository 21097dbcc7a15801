package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/question"
)

func exportCommand() command {
	c := command{
		name:    "export",
		summary: "write the graph, or a subgraph, for other tools: entity graph, event table, Neo4j, quads",
		usage: `usage: newsgraph export [--db PATH] --format F [--out FILE|DIR] [--entity ENTITY [--hops N]] [--from DATE] [--to DATE] [--cameo CODE] [--article ID]...

Export writes the store for other tools, to standard output or to --out
FILE. The store is opened read-only and not changed; the output is the same
for the same graph.

graphml, gexf, dot and neo4j write the entity graph: a node per entity
(name, type, Wikidata item, articles naming it) and per happening (one
thing that happened, however many articles report it: CAMEO code and
label, date, Goldstein value, quad class, the record ids and URLs of its
articles), edges for the relations between entities (leaderOf, partOf, ...)
and for the roles of entities in happenings (agent → happening → target,
participant, location), each with the number of articles stating it and
the first and last of their publication dates. Literal values are
attributes, never nodes. events writes the event table, one CSV row per
event as one article reports it. nquads, jsonld, csv, json,
graphml-triples and dot-triples write the quads themselves.

A subgraph: --entity keeps one entity's events and relations and, with
--hops N, those of the entities within N hops (default 1); --from and --to
keep the events dated in the range (YYYY, YYYY-MM or YYYY-MM-DD,
inclusive; undated events are left out) and the relations stated by
articles published in it; --cameo keeps the events whose code starts with
CODE and the relations among their entities; --article keeps what an
article states (its IRI, content hash or first 8 hex digits of it, record
id or URL; repeat for several). Filters combine; counts and dates stay
those of the whole store.

Formats:

` + formatHelp() + `
Entity graph attributes (GraphML keys n_NAME and e_NAME, GEXF attributes,
Neo4j properties; lists are separated by ";"):

` + export.AttributeHelp() + `
Event table columns (lists are separated by ";"):

` + columnHelp() + `
Neo4j: newsgraph export --format neo4j --out DIR writes DIR/nodes.csv and
DIR/relationships.csv; load them into a new database with

	cd DIR && ` + export.Neo4jImportCommand + `

Examples:

	newsgraph export --format gexf --out graph.gexf
	newsgraph export --format dot --entity Armenia | dot -Tsvg > armenia.svg
	newsgraph export --format events --from 2023-01 --to 2023-12 -o events.csv
	newsgraph export --format nquads --out graph.nq`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		format := fs.String("format", "", "output format `F` (required): "+export.FormatNames())
		out := fs.StringP("out", "o", "", "write to `FILE` (a directory for neo4j) instead of standard output")
		entity := fs.String("entity", "", "keep the neighbourhood of `ENTITY` (a name, an alias or an IRI)")
		hops := fs.Int("hops", 1, "with --entity, how far from it to go, in hops of events and relations (1 to 6)")
		from := fs.String("from", "", "keep events on or after `DATE`")
		to := fs.String("to", "", "keep events on or before `DATE`")
		cameo := fs.String("cameo", "", "keep events whose CAMEO code starts with `CODE`")
		articles := fs.StringArray("article", nil, "keep what the article `ID` states (repeatable)")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("takes no arguments")
		}
		if *format == "" {
			return usagef("--format is required (%s)", export.FormatNames())
		}
		fm, ok := export.LookupFormat(*format)
		if !ok {
			return usagef("unknown format %q (want %s)", *format, export.FormatNames())
		}
		if fm.Dir && *out == "" {
			return usagef("--format %s writes files: give the directory with --out DIR", fm.Name)
		}
		if *hops < 1 || *hops > 6 {
			return usagef("--hops must be between 1 and 6")
		}
		if fs.Changed("hops") && *entity == "" {
			return usagef("--hops needs --entity")
		}
		// The event filters take what the events question takes.
		var pe *question.ParamError
		if err := (question.Events{From: *from, To: *to, Cameo: *cameo}).Check(); errors.As(err, &pe) {
			return usagef("--%v", pe)
		}
		f := export.Filter{Hops: *hops, From: *from, To: *to, Cameo: *cameo, Articles: *articles}
		if *entity != "" {
			ask, done, err := a.openAsk(*db)
			if err != nil {
				return err
			}
			e, err := ask.Resolve(*entity)
			done()
			if err != nil {
				return explain(err)
			}
			f.Entity = e.IRI
		}
		s, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer s.Close()
		if fm.Dir {
			if err := export.Write(a.context(), s, fm.Name, f, nil, *out); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			return nil
		}
		if *out == "" {
			return writeExport(a, s, fm.Name, f, a.Stdout)
		}
		file, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := writeExport(a, s, fm.Name, f, file); err != nil {
			file.Close()
			os.Remove(*out)
			return err
		}
		return file.Close()
	}
	return c
}

func writeExport(a *App, s *graph.Store, format string, f export.Filter, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := export.Write(a.context(), s, format, f, bw, ""); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func formatHelp() string {
	var b strings.Builder
	for _, f := range export.Formats {
		fmt.Fprintf(&b, "  %-16s %s\n", f.Name, f.Doc)
	}
	return b.String()
}

func columnHelp() string {
	var b strings.Builder
	for _, c := range export.EventColumns {
		fmt.Fprintf(&b, "  %-17s %s\n", c.Name, c.Doc)
	}
	return b.String()
}
