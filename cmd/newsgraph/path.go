package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/draw"
	"github.com/newsgraph/newsgraph/graph/question"
)

func pathCommand() command {
	c := command{
		name:    "path",
		summary: "find the shortest connections between two entities, with evidence",
		usage: `usage: newsgraph path [--db PATH] [--format text|json] [--limit N] [--max-hops N] [--dot] [--svg FILE] A B

Path finds the shortest connections between entities A and B (names
resolved as search does) of at most --max-hops hops. A hop is a relation
(Nikol Pashinyan —leaderOf→ Armenia) or an event both take part in, with
the sentence it was read from. Only when there is no such connection, a hop
may also be a reaction: an untargeted event of A's (a statement, praise, a
protest) about another event of the same article that B takes part in,
matched by the words their sentences share. The search runs from both
ends, from the side with fewer events, and stops after reading 20,000
events and relations ("truncated"). When A and B are directly connected,
every relation between them and every event both take part in (newest
first) is a connection of its own, each with its evidence; --limit says
how many to list. The store is opened read-only.

JSON output: {"from", "to", "maxHops", "truncated", "length", "count",
"connections": [{"hops":
[{"from", "to", "kind", "predicate", "fromRole", "toRole", "event",
"cause", "text"}]}]}; kind is relation, event or reaction; count is the
number of connections found, before --limit; length is 0 and connections
empty when none was found.

Example:

	$ newsgraph path "European Union" Azerbaijan`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		o := a.askFlags(fs, question.PathLimit, true)
		hops := fs.Int("max-hops", question.MaxHops, "longest connection to look for, in hops (1 to 6)")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		q := question.Path{From: fs.Arg(0), To: fs.Arg(1), MaxHops: *hops, Limit: *o.limit}
		if err := o.check(q); err != nil {
			return err
		}
		if fs.NArg() != 2 {
			return usagef("want two entities A B, got %d arguments", fs.NArg())
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
		if printed, err := a.picture(o, draw.Path(res)); printed || err != nil {
			return err
		}
		if *o.format == "json" {
			return a.writeJSON(res)
		}
		writePath(a.Stdout, res)
		return nil
	}
	return c
}

func writePath(w io.Writer, r graph.PathResult) {
	if r.Length == 0 {
		fmt.Fprintf(w, "no connection of at most %s between %s and %s\n", plural(r.MaxHops, "hop"), r.From.Name, r.To.Name)
		if r.Truncated {
			fmt.Fprintln(w, "(the search stopped early: too many events to read; try fewer --max-hops)")
		}
		return
	}
	fmt.Fprintf(w, "%s and %s: %s of %s", r.From.Name, r.To.Name, plural(r.Count, "connection"), plural(r.Length, "hop"))
	if len(r.Connections) < r.Count {
		fmt.Fprintf(w, ", the first %d (--limit)", len(r.Connections))
	}
	fmt.Fprintln(w)
	for i, c := range r.Connections {
		fmt.Fprintf(w, "\n%d.\n", i+1)
		for _, h := range c.Hops {
			fmt.Fprintf(w, "  %s\n", h.Text)
			if ev := h.Event; ev != nil && ev.Article.Headline != "" {
				fmt.Fprintf(w, "    — %s (%s)\n", ev.Article.Headline, ev.Article.Date)
			}
		}
	}
}
