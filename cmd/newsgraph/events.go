package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph/question"
)

func eventsCommand() command {
	c := command{
		name:    "events",
		summary: "list events as a timeline, by actor, target, CAMEO code and date",
		usage: `usage: newsgraph events [--db PATH] [--format text|json] [--limit N] [--actor ENTITY] [--target ENTITY] [--cameo CODE] [--from DATE] [--to DATE]

Events prints a timeline of the events that match every filter given,
oldest first (undated events last), each with its CAMEO code and
description, Goldstein value, actors, quantity and the sentence it was read
from. --actor selects events whose agent is ENTITY, --target those whose
target is ENTITY (names resolved as search does); --cameo a code ("0841")
or a root ("08", all codes starting with it); --from and --to bound the
date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event dated to a month or
year is kept when any day of it is in range, undated events are left out).
The store is opened read-only.

JSON output: {"count", "events": [event]}, where count is the number of
matching events before --limit and an event is as in show.

Example:

	$ newsgraph events --actor Azerbaijan --cameo 08`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		o := a.askFlags(fs, question.EventsLimit, false)
		actor := fs.String("actor", "", "events whose agent is `ENTITY`")
		target := fs.String("target", "", "events whose target is `ENTITY`")
		cameo := fs.String("cameo", "", "events whose CAMEO code starts with `CODE` (a code or a root)")
		from := fs.String("from", "", "events on or after `DATE`")
		to := fs.String("to", "", "events on or before `DATE`")
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		q := question.Events{Actor: *actor, Target: *target, Cameo: *cameo, From: *from, To: *to, Limit: *o.limit}
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
		evs, n := ans.Events, ans.Count
		fmt.Fprintf(a.Stdout, "%s", plural(n, "event"))
		if len(evs) < n {
			fmt.Fprintf(a.Stdout, ", oldest %d", len(evs))
		}
		fmt.Fprintln(a.Stdout)
		for _, e := range evs {
			writeEvent(a.Stdout, e, "")
		}
		return nil
	}
	return c
}
