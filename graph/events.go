package graph

import (
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// EventFilter selects events; zero fields select everything.
type EventFilter struct {
	Actor  string // entity IRI that is an agent of the event
	Target string // entity IRI that is a target of the event
	// Cameo is a code ("0841") or a root ("08"): the event's code starts with it.
	Cameo string
	// From and To bound the event's date (YYYY, YYYY-MM or YYYY-MM-DD),
	// inclusive; an event dated to a month or year is in range when any
	// day of it is. Undated events are left out when either is set.
	From, To string
}

// Events returns the events that f selects, oldest first (undated last),
// at most limit of them (limit <= 0: all), and how many there are in all.
func (a *Ask) Events(f EventFilter, limit int) ([]Event, int, error) {
	kept := a.selectEvents(f)
	out := []Event{}
	for _, d := range a.top(kept, limit, false) {
		out = append(out, a.event(d.node))
	}
	return out, len(kept), a.Err()
}

// selectEvents returns the event nodes f selects, with their dates.
func (a *Ask) selectEvents(f EventFilter) []dated {
	var sets [][]cgraph.Ref
	if f.Actor != "" {
		sets = append(sets, a.eventsWith(schema.Agent, f.Actor))
	}
	if f.Target != "" {
		sets = append(sets, a.eventsWith(schema.Target, f.Target))
	}
	if f.Cameo != "" {
		var set []cgraph.Ref
		for _, c := range a.codes.All() {
			if strings.HasPrefix(c.Code, f.Cameo) {
				for _, s := range a.v.subjects(schema.Cameo, a.v.ref(quad.String(c.Code))) {
					set = append(set, s.node)
				}
			}
		}
		sets = append(sets, set)
	}
	if len(sets) == 0 {
		var set []cgraph.Ref
		for _, s := range a.v.subjects(schema.Type, a.v.ref(schema.ClassEvent)) {
			set = append(set, s.node)
		}
		sets = append(sets, set)
	}
	ds := a.dates(intersect(sets))
	kept := ds[:0]
	for _, d := range ds {
		if schema.InRange(d.date, f.From, f.To) {
			kept = append(kept, d)
		}
	}
	return kept
}

func (a *Ask) eventsWith(p quad.IRI, iri string) []cgraph.Ref {
	r := a.node(iri)
	if r == nil {
		return nil
	}
	var out []cgraph.Ref
	for _, s := range a.v.subjects(p, r) {
		out = append(out, s.node)
	}
	return out
}

// intersect returns the nodes in every set, in the order of the smallest.
func intersect(sets [][]cgraph.Ref) []cgraph.Ref {
	small := 0
	for i, s := range sets {
		if len(s) < len(sets[small]) {
			small = i
		}
	}
	others := make([]map[cgraph.Ref]bool, 0, len(sets))
	for i, s := range sets {
		if i == small {
			continue
		}
		m := make(map[cgraph.Ref]bool, len(s))
		for _, n := range s {
			m[n] = true
		}
		others = append(others, m)
	}
	out := []cgraph.Ref{}
	seen := map[cgraph.Ref]bool{}
	for _, n := range sets[small] {
		if seen[n] {
			continue
		}
		seen[n] = true
		in := true
		for _, m := range others {
			if !m[n] {
				in = false
				break
			}
		}
		if in {
			out = append(out, n)
		}
	}
	return out
}
