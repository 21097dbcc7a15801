package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

func statsCommand() command {
	c := command{
		name:    "stats",
		summary: "count the articles, entities, events and quads in the graph",
		usage: `usage: newsgraph stats [--db PATH] [--format text|json]

Stats counts the articles in the store, the entities by core type (Country,
Person, Organization, Place), the events by CAMEO root code (the first two
digits: 04 consult, 08 yield, 19 fight, ...) and the quads. The store is
opened read-only and not changed.

Example:

	$ newsgraph stats
	articles  1
	quads     197
	entities  13   (Country 6, Person 1, Organization 4, Place 2)
	events    8    (03 1, 04 1, 05 1, 08 2, 17 1, 19 2)`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		db := a.dbFlag(fs)
		format := fs.String("format", "text", "output format: text or json")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("takes no arguments")
		}
		if *format != "text" && *format != "json" {
			return usagef("unknown format %q (want text, json)", *format)
		}
		s, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer s.Close()
		st, err := s.Stats(context.Background())
		if err != nil {
			return err
		}
		if *format == "json" {
			enc := json.NewEncoder(a.Stdout)
			enc.SetEscapeHTML(false)
			return enc.Encode(st)
		}
		writeStats(a.Stdout, st)
		return nil
	}
	return c
}

// writeStats writes st as aligned text: a label column, a number column
// and the breakdown in parentheses.
func writeStats(w io.Writer, st graph.Stats) {
	var kinds []string
	for _, k := range graph.CoreKinds {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, st.EntitiesByType[k.String()]))
	}
	roots := make([]string, 0, len(st.EventsByRoot))
	for r := range st.EventsByRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	var byRoot []string
	for _, r := range roots {
		name := r
		if name == "" {
			name = "uncoded"
		}
		byRoot = append(byRoot, fmt.Sprintf("%s %d", name, st.EventsByRoot[r]))
	}
	rows := []struct {
		label  string
		n      string
		detail []string
	}{
		{"articles", fmt.Sprint(st.Articles), nil},
		{"quads", fmt.Sprint(st.Quads), nil},
		{"entities", fmt.Sprint(st.Entities), kinds},
		{"events", fmt.Sprint(st.Events), byRoot},
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r.n))
	}
	for _, r := range rows {
		if len(r.detail) == 0 {
			fmt.Fprintf(w, "%-9s %s\n", r.label, r.n)
			continue
		}
		fmt.Fprintf(w, "%-9s %-*s  (%s)\n", r.label, width, r.n, strings.Join(r.detail, ", "))
	}
}
