package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// writeDoc prints the graph read out of one article for a person: its
// entities, relations and events, one a line.
func writeDoc(w io.Writer, doc *schema.Doc) {
	names := map[quad.IRI]string{}
	for _, e := range doc.Entities {
		names[e.IRI()] = e.Name
	}
	name := func(iri quad.IRI) string {
		if n, ok := names[iri]; ok {
			return n
		}
		return string(iri)
	}
	a := doc.Article
	fmt.Fprintf(w, "\n%s (%s)\n", a.Headline, a.Date)
	fmt.Fprintf(w, "\n%d entities:\n", len(doc.Entities))
	for _, e := range doc.Entities {
		line := fmt.Sprintf("  %-12s %s", e.Kind, e.Name)
		if e.Wikidata != "" {
			line += " [" + e.Wikidata + "]"
		}
		if len(e.JobTitles) > 0 {
			line += ", " + strings.Join(e.JobTitles, ", ")
		}
		if len(e.Aliases) > 0 {
			line += " (also " + strings.Join(e.Aliases, ", ") + ")"
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "\n%d relations:\n", len(doc.Relations))
	for _, r := range doc.Relations {
		fmt.Fprintf(w, "  %s %s %s\n", name(r.Subject), schema.LocalName(r.Predicate), name(r.Object))
	}
	fmt.Fprintf(w, "\n%d events:\n", len(doc.Events))
	for _, e := range doc.Events {
		fmt.Fprintf(w, "  %-10s %-4s %s\n  %15s %q\n", e.Date, e.Code, e.Name, "", shorten(e.Evidence, 100))
	}
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
