package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph/question"
)

func eventsCommand() command {
	c := command{
		name:    "events",
		summary: "list events as a timeline, by actor, target, CAMEO code and date",
		usage: `usage: newsgraph events [--db PATH] [--format text|json] [--limit N] [--actor ENTITY] [--target ENTITY] [--cameo CODE] [--from DATE] [--to DATE] [--by month|year|actor|code] [--why]

Events prints a timeline of the events that match every filter given,
oldest first (undated events last), each with its CAMEO code and
description, Goldstein value, actors, quantity and the sentence it was read
from. --actor selects events whose agent is ENTITY, --target those whose
target is ENTITY (names resolved as search does); --cameo a code ("0841")
or a root ("08", all codes starting with it); --from and --to bound the
date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event dated to a month or
year is kept when any day of it is in range, undated events are left out).
--by counts the matching events by month or year (oldest first, undated
last), by actor (the agents; most events first) or by CAMEO code instead
of listing them: "what did Russia do to Ukraine, by month" is
--actor Russia --target Ukraine --by month. --why prints under each event the trigger and narrowing rules that
coded it (also in the JSON, as "rule"). The store is opened read-only.

JSON output: {"count", "events": [event]}, where count is the number of
matching events before --limit and an event is as in show; with --by,
{"count", "events": [], "by", "groups": [{"key", "label", "events"}]}.

Examples:

	$ newsgraph events --actor Azerbaijan --cameo 08
	1 event
	  2023-12-13  0841 Return, release person(s) (+7.0): Azerbaijan → Armenia, quantity 32
	              “The exchange took place on Wednesday with Azerbaijan releasing 32 Armenians mostly captured in late 2020 while Armenia released two Azerbaijani soldiers held since April.”
	              — Azerbaijan releases 32 Armenians, most of whom were held since 2020, in exchange for two soldiers held since April.

	$ newsgraph events --target Armenia --by code
	3 events by code
	  173   Arrest, detain, or charge with legal action  1
	  051   Praise or endorse                            1
	  0841  Return, release person(s)                    1`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		o := a.askFlags(fs, question.EventsLimit, false)
		actor := fs.String("actor", "", "events whose agent is `ENTITY`")
		target := fs.String("target", "", "events whose target is `ENTITY`")
		cameo := fs.String("cameo", "", "events whose CAMEO code starts with `CODE` (a code or a root)")
		from := fs.String("from", "", "events on or after `DATE`")
		to := fs.String("to", "", "events on or before `DATE`")
		by := fs.String("by", "", "count the events by `GROUP` instead: month, year, actor or code")
		why := fs.Bool("why", false, "print under each event the trigger and narrowing rules that coded it")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		q := question.Events{Actor: *actor, Target: *target, Cameo: *cameo, From: *from, To: *to, By: *by, Limit: *o.limit}
		if err := o.check(q); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("takes no arguments")
		}
		ask, done, err := a.openAsk(*o.db)
		if err != nil {
			return err
		}
		defer done()
		ans, err := q.Answer(ask)
		if err != nil {
			return explain(err)
		}
		if *o.format == "json" {
			return a.writeJSON(ans)
		}
		if ans.By != "" {
			writeCounts(a.Stdout, ans)
			return nil
		}
		evs, n := ans.Events, ans.Count
		fmt.Fprintf(a.Stdout, "%s", plural(n, "event"))
		if len(evs) < n {
			fmt.Fprintf(a.Stdout, ", oldest %d", len(evs))
		}
		fmt.Fprintln(a.Stdout)
		for _, e := range evs {
			writeEvent(a.Stdout, e, "", *why)
		}
		return nil
	}
	return c
}

// writeCounts writes the counts of events --by as text: a line per group.
func writeCounts(w io.Writer, ans question.EventsAnswer) {
	fmt.Fprintf(w, "%s by %s", plural(ans.Count, "event"), ans.By)
	width := 0
	for _, g := range ans.Groups {
		width = max(width, len([]rune(g.Label)))
	}
	fmt.Fprintln(w)
	for _, g := range ans.Groups {
		key, label := g.Key, g.Label
		switch ans.By {
		case "month", "year":
			if key == "" {
				key = "undated"
			}
			fmt.Fprintf(w, "  %-8s  %d\n", key, g.Events)
		case "code":
			fmt.Fprintf(w, "  %-4s  %-*s  %d\n", key, width, label, g.Events)
		default:
			fmt.Fprintf(w, "  %-*s  %d\n", width, label, g.Events)
		}
	}
}
