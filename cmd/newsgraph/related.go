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
		usage: `usage: newsgraph related [--db PATH] [--format text|json] [--limit N] [--type TYPE] [--rank events|mentions] [--dot] [--svg FILE] ENTITY...

Related lists the entities most connected to ENTITY (resolved as search
does): ranked by the events they take part in together, then by the
articles of those events and of the relations between them, then by the
articles that name both (co-mentions), then by the number of relations.
--rank mentions ranks by co-mentions first: "which organisations appear
most with North Korea" is --type Organization --rank mentions "North
Korea". --type keeps the entities of one type (Country, Person,
Organization, Place). The store is opened read-only.

JSON output: {"entity", "related": [{"iri", "name", "type", "sharedEvents",
"sharedArticles", "relations", "coMentions"}]}; a relation is its
predicate's local name ("leaderOf": ENTITY leaderOf it) or, for one into
ENTITY, the name after "~" ("~leaderOf": it leaderOf ENTITY).

Examples:

	$ newsgraph related Armenia --limit 3
	entities related to Armenia (Country)
	  Azerbaijan      Country       6 shared events, 1 article, 1 co-mention
	  European Union  Organization  1 shared event, 1 article, 1 co-mention
	  United States   Country       1 shared event, 1 article, 1 co-mention

	$ newsgraph related --type Organization --rank mentions Armenia
	entities related to Armenia (Country)
	  European Union                            Organization  1 shared event, 1 article, 1 co-mention
	  Facebook                                  Organization  0 shared events, 0 articles, 1 co-mention
	  International Committee of the Red Cross  Organization  0 shared events, 0 articles, 1 co-mention
	  TASS                                      Organization  0 shared events, 0 articles, 1 co-mention`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		o := a.askFlags(fs, question.RelatedLimit, true)
		typ := fs.String("type", "", "list only entities of `TYPE`: Country, Person, Organization or Place")
		rank := fs.String("rank", "events", "rank by shared `events` first, or by co-mentions (mentions)")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		q := question.Related{Entity: strings.Join(fs.Args(), " "), Type: *typ, Rank: *rank, Limit: *o.limit}
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
			line := fmt.Sprintf("  %-*s  %-12s  %s, %s, %s", width, r.Name, r.Type, plural(r.SharedEvents, "shared event"),
				plural(r.SharedArticles, "article"), plural(r.CoMentions, "co-mention"))
			if len(r.Relations) > 0 {
				line += "; " + strings.Join(r.Relations, ", ")
			}
			fmt.Fprintln(a.Stdout, line)
		}
		return nil
	}
	return c
}
