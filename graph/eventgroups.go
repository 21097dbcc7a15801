package graph

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// EventGroup is one happening as the store's articles report it: the
// events with the same CAMEO code, agents, targets and date. Each article
// keeps its own event node (provenance); Articles is how many articles
// report the happening, GDELT's NumArticles.
type EventGroup struct {
	Code    string     // CAMEO code ("0841")
	Agents  []quad.IRI // sorted
	Targets []quad.IRI // sorted
	// Date is the lexical form of the events' schema:startDate
	// ("2023-12-13", "2023-09", "2020"), or "" when they give none.
	Date     string
	Events   []quad.IRI // the event nodes, sorted
	Articles int        // distinct articles reporting it
}

// EventGroups groups the store's events across articles by CAMEO code,
// agents, targets and date, and returns the groups, most reported first
// (then by date, latest first, code, agents and targets). Events without a
// date are grouped only with undated events. An event's article is read
// from its IRI (event/<article hash prefix>-<n>), so two events of one
// article count once.
func (s *Store) EventGroups(ctx context.Context) (_ []EventGroup, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	type ev struct {
		code, date      string
		agents, targets []quad.IRI
	}
	events := map[quad.IRI]*ev{}
	preds := []quad.IRI{schema.Cameo, schema.Agent, schema.Target, schema.StartDate}
	err = s.triples(ctx, []quad.IRI{schema.ClassEvent}, preds, func(sub quad.Value, p quad.IRI, obj quad.Value) error {
		id, ok := sub.(quad.IRI)
		if !ok {
			return nil
		}
		e := events[id]
		if e == nil {
			e = &ev{}
			events[id] = e
		}
		switch p {
		case schema.Cameo:
			e.code = text(obj)
		case schema.StartDate:
			e.date = text(obj)
		case schema.Agent:
			if o, ok := obj.(quad.IRI); ok {
				e.agents = append(e.agents, o)
			}
		case schema.Target:
			if o, ok := obj.(quad.IRI); ok {
				e.targets = append(e.targets, o)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("group events: %w", err)
	}
	groups := map[string]*EventGroup{}
	articles := map[string]map[string]bool{}
	for id, e := range events {
		slices.Sort(e.agents)
		slices.Sort(e.targets)
		k := groupKey(e.code, e.date, e.agents, e.targets)
		g := groups[k]
		if g == nil {
			g = &EventGroup{Code: e.code, Date: e.date, Agents: e.agents, Targets: e.targets}
			groups[k] = g
			articles[k] = map[string]bool{}
		}
		g.Events = append(g.Events, id)
		articles[k][eventArticle(id)] = true
	}
	out := make([]EventGroup, 0, len(groups))
	for k, g := range groups {
		g.Articles = len(articles[k])
		slices.Sort(g.Events)
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Articles != b.Articles:
			return a.Articles > b.Articles
		case a.Date != b.Date:
			return a.Date > b.Date
		case a.Code != b.Code:
			return a.Code < b.Code
		}
		return groupKey("", "", a.Agents, a.Targets) < groupKey("", "", b.Agents, b.Targets)
	})
	return out, nil
}

func groupKey(code, date string, agents, targets []quad.IRI) string {
	var b strings.Builder
	b.WriteString(code)
	b.WriteByte(0)
	b.WriteString(date)
	for _, a := range agents {
		b.WriteByte(1)
		b.WriteString(string(a))
	}
	for _, t := range targets {
		b.WriteByte(2)
		b.WriteString(string(t))
	}
	return b.String()
}

// eventArticle returns the article part of an event IRI minted by
// schema.Doc.EventIRI (the article hash prefix), or the IRI itself.
func eventArticle(id quad.IRI) string {
	s := strings.TrimPrefix(string(id), schema.IDBase+"event/")
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		return s[:i]
	}
	return s
}
