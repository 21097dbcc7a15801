package graph

import (
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// EventCount is one group of a count of events: a month, a year, an agent
// or a CAMEO code, and how many of the events counted fall in it.
type EventCount struct {
	Key    string `json:"key"`   // "2023-12", "2023", an agent's IRI, a code ("0841"); "" for undated events
	Label  string `json:"label"` // the agent's name or the code's description; the key for dates
	Events int    `json:"events"`
}

// EventGroupings are the ways CountEvents groups events, in the order help
// lists them.
var EventGroupings = []string{"month", "year", "actor", "code"}

// CountEvents counts the events f selects by month or year of their date
// (undated events in one group with the empty key), by agent (an event of
// two agents counts for each) or by CAMEO code, and returns the groups,
// dates oldest first (undated last), agents and codes most events first
// (then by label), at most limit of them (limit <= 0: all), with the
// number of events counted.
func (a *Ask) CountEvents(f EventFilter, by string, limit int) ([]EventCount, int, error) {
	nodes := a.selectEvents(f)
	groups := map[string]*EventCount{}
	add := func(key, label string) {
		g := groups[key]
		if g == nil {
			g = &EventCount{Key: key, Label: label}
			groups[key] = g
		}
		g.Events++
	}
	for _, d := range nodes {
		switch by {
		case "month", "year":
			key := d.date
			if n := map[string]int{"month": 7, "year": 4}[by]; len(key) > n {
				key = key[:n]
			}
			add(key, key)
		case "actor":
			for _, e := range a.entities(a.v.objects(d.node, schema.Agent)) {
				add(e.IRI, e.Name)
			}
		case "code":
			code := a.first(d.node, schema.Cameo)
			c, _ := a.codes.Lookup(code)
			add(code, c.Description)
		}
	}
	out := make([]EventCount, 0, len(groups))
	for _, g := range groups {
		out = append(out, *g)
	}
	byDate := by == "month" || by == "year"
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if byDate {
			if (x.Key == "") != (y.Key == "") {
				return x.Key != ""
			}
			return x.Key < y.Key
		}
		if x.Events != y.Events {
			return x.Events > y.Events
		}
		if x.Label != y.Label {
			return x.Label < y.Label
		}
		return x.Key < y.Key
	})
	return out[:capped(len(out), limit)], len(nodes), a.Err()
}
