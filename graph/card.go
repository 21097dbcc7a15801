package graph

import (
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Card is everything the graph says about one entity.
type Card struct {
	EntityRef
	Aliases []string `json:"aliases"`
	// Forms are the names the articles gave the entity (its name and its
	// aliases: the surface forms merged into it), each with the number of
	// articles that wrote it, the most written first.
	Forms     []NameForm `json:"forms"`
	Wikidata  string     `json:"wikidata"` // the Wikidata entity IRI, or ""
	JobTitles []string   `json:"jobTitles"`
	// Relations lists the entity's relations, out and in, by predicate
	// (in the vocabulary's order), then by the other entity's name.
	Relations []Relation `json:"relations"`
	// Events lists the newest events (up to the limit) in which the entity
	// is agent, target or participant; EventCount counts them all.
	Events     []RoleEvent `json:"events"`
	EventCount int         `json:"eventCount"`
	// Articles lists the newest articles (up to the limit) that name the
	// entity; ArticleCount counts them all.
	Articles     []ArticleRef `json:"articles"`
	ArticleCount int          `json:"articleCount"`
}

// NameForm is one name an entity was given and the number of articles
// that gave it.
type NameForm struct {
	Form     string `json:"form"`
	Articles int    `json:"articles"`
}

// RoleEvent is an event and the entity's roles in it.
type RoleEvent struct {
	Roles []string `json:"roles"` // agent, target, participant
	Event
}

// eventRoles are the predicates linking an event to its actors, with the
// role names answers use.
var eventRoles = []struct {
	pred quad.IRI
	name string
}{{schema.Agent, "agent"}, {schema.Target, "target"}, {schema.Participant, "participant"}}

// Card returns the card of the entity iri, with at most limit events and
// articles (limit <= 0: all).
func (a *Ask) Card(iri string, limit int) (Card, error) {
	r := a.node(iri)
	c := Card{EntityRef: EntityRef{IRI: iri, Type: kindOf(iri)}, Aliases: []string{}, Forms: []NameForm{}, JobTitles: []string{},
		Relations: []Relation{}, Events: []RoleEvent{}, Articles: []ArticleRef{}}
	if r == nil {
		return c, a.Err()
	}
	c.EntityRef = a.entity(r)
	if e, ok := a.indexEntry(iri); ok {
		c.Aliases = append(c.Aliases, e.Aliases...)
	} else {
		for _, al := range a.all(r, schema.AlternateName) {
			if al != c.Name {
				c.Aliases = append(c.Aliases, al)
			}
		}
	}
	c.Forms = a.forms(r)
	c.Wikidata = a.first(r, schema.SameAs)
	c.JobTitles = a.all(r, schema.JobTitle)
	c.Relations = a.relations(r)

	roles := map[any][]string{}
	var nodes []cgraph.Ref
	for _, role := range eventRoles {
		for _, s := range a.v.subjects(role.pred, r) {
			if roles[s.node] == nil {
				nodes = append(nodes, s.node)
			}
			roles[s.node] = append(roles[s.node], role.name)
		}
	}
	c.EventCount = len(nodes)
	for _, d := range a.top(a.dates(nodes), limit, true) {
		c.Events = append(c.Events, RoleEvent{Roles: roles[d.node], Event: a.event(d.node)})
	}

	c.Articles, c.ArticleCount = a.articlesOf(r, limit)
	return c, a.Err()
}

// forms returns the names (schema:name, schema:alternateName) of r with
// the number of articles (quad labels) that wrote each, the most written
// first, then by name.
func (a *Ask) forms(r cgraph.Ref) []NameForm {
	articles := map[string]map[cgraph.Ref]bool{}
	for _, p := range []quad.IRI{schema.Name, schema.AlternateName} {
		for _, l := range a.v.objects(r, p) {
			f := lexical(a.v.value(l.node))
			if f == "" {
				continue
			}
			if articles[f] == nil {
				articles[f] = map[cgraph.Ref]bool{}
			}
			articles[f][l.label] = true
		}
	}
	out := make([]NameForm, 0, len(articles))
	for f, arts := range articles {
		out = append(out, NameForm{Form: f, Articles: len(arts)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Form < out[j].Form
	})
	return out
}

func capped(n, limit int) int {
	if limit > 0 && n > limit {
		return limit
	}
	return n
}

// relations returns the relations out of and into r, each with the number
// of articles stating it and the first and last of their publication
// dates: by predicate in the vocabulary's order, out before in, then the
// oldest first (by first date; undated last), so that who held a role
// when reads in order.
func (a *Ask) relations(r cgraph.Ref) []Relation {
	out := []Relation{}
	self := a.entity(r)
	for _, p := range schema.Relations {
		var rels []Relation
		for _, dir := range []struct {
			links []link
			out   bool
		}{{a.v.objects(r, p), true}, {a.v.subjectLinks(p, r), false}} {
			byNode := map[cgraph.Ref]*Relation{}
			var order []cgraph.Ref
			for _, l := range dir.links {
				rel := byNode[l.node]
				if rel == nil {
					rel = &Relation{Subject: self, Predicate: schema.LocalName(p), Object: self}
					if dir.out {
						rel.Object = a.entity(l.node)
					} else {
						rel.Subject = a.entity(l.node)
					}
					byNode[l.node] = rel
					order = append(order, l.node)
				}
				rel.Articles++
				if l.label == nil {
					continue
				}
				if d := a.dateOf(l.label, schema.DatePublished); d != "" {
					if rel.FirstDate == "" || d < rel.FirstDate {
						rel.FirstDate = d
					}
					if d > rel.LastDate {
						rel.LastDate = d
					}
				}
			}
			for _, n := range order {
				rels = append(rels, *byNode[n])
			}
		}
		sort.SliceStable(rels, func(i, j int) bool {
			x, y := rels[i], rels[j]
			if (x.Subject.IRI == self.IRI) != (y.Subject.IRI == self.IRI) {
				return x.Subject.IRI == self.IRI // out before in
			}
			if (x.FirstDate == "") != (y.FirstDate == "") {
				return x.FirstDate != ""
			}
			if x.FirstDate != y.FirstDate {
				return x.FirstDate < y.FirstDate
			}
			xo, yo := x.Object, y.Object
			if x.Object.IRI == self.IRI {
				xo = x.Subject
			}
			if y.Object.IRI == self.IRI {
				yo = y.Subject
			}
			return lessEntity(xo, yo)
		})
		out = append(out, rels...)
	}
	return out
}

// articlesOf returns the articles that name entity r, the labels of its
// rdf:type quads with its core type: of the last limit added to the store
// (limit <= 0: all), newest first; and how many there are.
func (a *Ask) articlesOf(r cgraph.Ref, limit int) ([]ArticleRef, int) {
	out := []ArticleRef{}
	kind, ok := schema.ParseKind(kindOf(lexical(a.v.value(r))))
	if !ok {
		return out, 0
	}
	labels, n := a.v.labels(r, schema.Type, a.v.ref(kind.Class()), limit)
	for _, l := range labels {
		if l != nil {
			out = append(out, a.article(l))
		}
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Date != y.Date {
			return x.Date > y.Date
		}
		return x.IRI < y.IRI
	})
	return out, n
}

// indexEntry returns the name index entry of iri when there is an ask index.
func (a *Ask) indexEntry(iri string) (NameEntry, bool) {
	if a.idx == nil {
		return NameEntry{}, false
	}
	return a.idx.entry(iri)
}
