package export

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Filter selects a subgraph; the zero Filter selects the whole graph. Set
// fields combine: an event is kept when it passes every one.
type Filter struct {
	// Entity is the IRI of an entity whose neighbourhood is kept: its
	// events and relations, and within Hops hops (1 when 0) those of the
	// entities they reach.
	Entity string
	Hops   int
	// From and To bound the events' dates, inclusive (YYYY, YYYY-MM or
	// YYYY-MM-DD, as schema.InRange reads them; undated events are left
	// out), and the publication dates of the articles stating relations.
	From, To string
	// Cameo keeps the events whose code starts with it (a code or a
	// root), and the relations between their entities.
	Cameo string
	// Articles keeps what these articles state (article IRIs, content
	// hashes or 8-digit prefixes, record ids or URLs: see FindArticles).
	Articles []string
}

// IsZero reports whether f selects the whole graph.
func (f Filter) IsZero() bool {
	return f.Entity == "" && f.From == "" && f.To == "" && f.Cameo == "" && len(f.Articles) == 0
}

// Selection is what a Filter keeps of a Dataset: events, statements,
// entities and articles, each a flag per element of the dataset's list.
type Selection struct {
	Events     []bool
	Statements []bool
	Entities   []bool
	Articles   []bool
}

// Select applies f to d. An Entity or Articles that d does not hold is an
// error.
func (d *Dataset) Select(f Filter) (*Selection, error) {
	s := &Selection{
		Events:     make([]bool, len(d.Events)),
		Statements: make([]bool, len(d.Statements)),
		Entities:   make([]bool, len(d.Entities)),
		Articles:   make([]bool, len(d.Articles)),
	}
	inArticles := func(int) bool { return true }
	if len(f.Articles) > 0 {
		chosen := make([]bool, len(d.Articles))
		for _, id := range f.Articles {
			found, err := d.FindArticles(id)
			if err != nil {
				return nil, err
			}
			for _, i := range found {
				chosen[i] = true
			}
		}
		inArticles = func(i int) bool { return i >= 0 && chosen[i] }
	}
	articleDate := func(i int) string {
		if i < 0 {
			return ""
		}
		return d.Articles[i].Date
	}
	candEvent := make([]bool, len(d.Events))
	for i, e := range d.Events {
		candEvent[i] = inArticles(e.Article) && strings.HasPrefix(e.Code, f.Cameo) && schema.InRange(e.Date, f.From, f.To)
	}
	candStmt := make([]bool, len(d.Statements))
	for i, st := range d.Statements {
		candStmt[i] = inArticles(st.Article) && schema.InRange(articleDate(st.Article), f.From, f.To)
	}

	if f.Entity != "" {
		if _, ok := d.entity[f.Entity]; !ok {
			return nil, fmt.Errorf("no entity %s in the store", f.Entity)
		}
		statements := candStmt
		if f.Cameo != "" {
			statements = make([]bool, len(d.Statements)) // reached only through events; added below
		}
		d.neighbourhood(f.Entity, max(f.Hops, 1), candEvent, statements, s)
		s.Entities[d.entity[f.Entity]] = true
	} else {
		copy(s.Events, candEvent)
		if f.Cameo == "" {
			copy(s.Statements, candStmt)
		}
	}
	d.keepEnds(s)
	if f.Cameo != "" {
		// The relations among the entities of the events kept.
		for i, st := range d.Statements {
			if candStmt[i] && s.Entities[d.entity[st.Subject]] && s.Entities[d.entity[st.Object]] {
				s.Statements[i] = true
			}
		}
	}
	for i, e := range d.Events {
		if s.Events[i] && e.Article >= 0 {
			s.Articles[e.Article] = true
		}
	}
	for i, st := range d.Statements {
		if s.Statements[i] && st.Article >= 0 {
			s.Articles[st.Article] = true
		}
	}
	if f.Entity == "" && f.Cameo == "" && f.From == "" && f.To == "" {
		// The whole graph, or whole articles: every entity they name.
		for i := range d.Articles {
			s.Articles[i] = s.Articles[i] || inArticles(i)
		}
		for i, e := range d.Entities {
			for _, a := range e.Articles {
				if s.Articles[a] {
					s.Entities[i] = true
					break
				}
			}
		}
	}
	return s, nil
}

// keepEnds keeps the entities of the events and statements kept.
func (d *Dataset) keepEnds(s *Selection) {
	keep := func(iri string) {
		if i, ok := d.entity[iri]; ok {
			s.Entities[i] = true
		}
	}
	for i, e := range d.Events {
		if s.Events[i] {
			for _, l := range [][]string{e.Agents, e.Targets, e.Participants, e.Locations} {
				for _, iri := range l {
					keep(iri)
				}
			}
		}
	}
	for i, st := range d.Statements {
		if s.Statements[i] {
			keep(st.Subject)
			keep(st.Object)
		}
	}
}

// neighbourhood keeps in s the candidate events and statements within hops
// of the entity start: those of start at hop 1, those of the entities they
// reach at hop 2, and so on.
func (d *Dataset) neighbourhood(start string, hops int, events, statements []bool, s *Selection) {
	eventsOf := map[string][]int{}
	for i, e := range d.Events {
		if !events[i] {
			continue
		}
		for _, l := range [][]string{e.Agents, e.Targets, e.Participants, e.Locations} {
			for _, iri := range l {
				eventsOf[iri] = append(eventsOf[iri], i)
			}
		}
	}
	stmtsOf := map[string][]int{}
	for i, st := range d.Statements {
		if statements[i] {
			stmtsOf[st.Subject] = append(stmtsOf[st.Subject], i)
			stmtsOf[st.Object] = append(stmtsOf[st.Object], i)
		}
	}
	seen := map[string]bool{start: true}
	frontier := []string{start}
	for hop := 0; hop < hops && len(frontier) > 0; hop++ {
		var next []string
		reach := func(iri string) {
			if !seen[iri] {
				seen[iri] = true
				next = append(next, iri)
			}
		}
		for _, x := range frontier {
			for _, i := range eventsOf[x] {
				s.Events[i] = true
				e := d.Events[i]
				for _, l := range [][]string{e.Agents, e.Targets, e.Participants, e.Locations} {
					for _, iri := range l {
						reach(iri)
					}
				}
			}
			for _, i := range stmtsOf[x] {
				s.Statements[i] = true
				reach(d.Statements[i].Subject)
				reach(d.Statements[i].Object)
			}
		}
		frontier = next
	}
}

// KeepQuad reports whether the quad q of the store belongs to the
// subgraph: the quads of the kept articles that describe a kept article,
// event or entity, or state a kept relation.
func (d *Dataset) KeepQuad(s *Selection, q quad.Quad) bool {
	sub, ok := iriOf(q.Subject)
	if !ok {
		return false
	}
	label, _ := iriOf(q.Label)
	art := d.ArticleIndex(label)
	if label != "" && (art < 0 || !s.Articles[art]) {
		return false
	}
	if i := d.ArticleIndex(sub); i >= 0 {
		return s.Articles[i]
	}
	if i, ok := d.eventIndex(sub); ok {
		return s.Events[i]
	}
	if p, ok := q.Predicate.(quad.IRI); ok {
		if name, ok := relationNames[p]; ok {
			obj, _ := iriOf(q.Object)
			i, ok := d.statementIndex(Statement{Subject: sub, Predicate: name, Object: obj, Article: art})
			return ok && s.Statements[i]
		}
	}
	if i, ok := d.entity[sub]; ok {
		return s.Entities[i]
	}
	return false
}
