package main

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph/draw"
	"github.com/newsgraph/newsgraph/graph/question"
)

func relatedCommand() command {
	c := command{
		name:    "related",
		summary: "list the entities most connected to an entity",
		usage: `usage: newsgraph related [--db PATH] [--format text|json] [--limit N] [--dot] [--svg FILE] ENTITY...

Related lists the entities most connected to ENTITY (resolved as search
does): ranked by the events they take part in together, then by the
articles of those events and of the relations between them, then by the
number of relations. The store is opened read-only.

JSON output: {"entity", "related": [{"iri", "name", "type", "sharedEvents",
"sharedArticles", "relations"}]}; a relation is its predicate's local name
("leaderOf": ENTITY leaderOf it) or, for one into ENTITY, the name after
"~" ("~leaderOf": it leaderOf ENTITY).

Example:

	$ newsgraph related Armenia`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		o := a.askFlags(fs, question.RelatedLimit, true)
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		q := question.Related{Entity: strings.Join(fs.Args(), " "), Limit: *o.limit}
		if err := o.check(q); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return usagef("no ENTITY given")
		}
		ask, done, err := a.openAsk(*o.db)
		if err != nil {
			return err
		}
		defer done()
		res, err := q.Answer(ask)
		if err != nil {
			return explain(err)
		}
		if printed, err := a.picture(o, draw.Related(res)); printed || err != nil {
			return err
		}
		if *o.format == "json" {
			return a.writeJSON(res)
		}
		fmt.Fprintf(a.Stdout, "entities related to %s (%s)\n", res.Entity.Name, res.Entity.Type)
		width := 0
		for _, r := range res.Related {
			width = max(width, len([]rune(r.Name)))
		}
		for _, r := range res.Related {
			line := fmt.Sprintf("  %-*s  %-12s  %s, %s", width, r.Name, r.Type, plural(r.SharedEvents, "shared event"), plural(r.SharedArticles, "article"))
			if len(r.Relations) > 0 {
				line += "; " + strings.Join(r.Relations, ", ")
			}
			fmt.Fprintln(a.Stdout, line)
		}
		return nil
	}
	return c
}
