package graph

import (
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// RelatedEntity is an entity connected to another, with how strongly.
type RelatedEntity struct {
	EntityRef
	SharedEvents   int      `json:"sharedEvents"`
	SharedArticles int      `json:"sharedArticles"` // articles that name both, among those of their shared events and relations
	Relations      []string `json:"relations"`      // relations between them, "leaderOf" out or "~leaderOf" in
	CoMentions     int      `json:"coMentions"`     // articles that name both, whatever they say of them
}

// RelatedOptions narrow and order Related's answer.
type RelatedOptions struct {
	// Type keeps the entities of one core type (Country, Person,
	// Organization, Place); "" keeps all.
	Type string
	// ByMentions ranks by co-mentions first instead of shared events.
	ByMentions bool
	Limit      int // <= 0: all
}

// RelatedResult is the answer of Related.
type RelatedResult struct {
	Entity  EntityRef       `json:"entity"`
	Related []RelatedEntity `json:"related"`
}

// Related returns the entities most connected to iri: ranked by the events
// they share with it, then the articles of those events and relations,
// then the articles that name both (co-mentions), then the relations
// between them; or by co-mentions first. Entities only co-mentioned are
// listed too.
func (a *Ask) Related(iri string, o RelatedOptions) (RelatedResult, error) {
	res := RelatedResult{Related: []RelatedEntity{}}
	r := a.node(iri)
	if r == nil {
		return res, a.Err()
	}
	res.Entity = a.entity(r)
	byNode := map[cgraph.Ref]*RelatedEntity{}
	arts := map[cgraph.Ref]map[cgraph.Ref]bool{}
	get := func(n cgraph.Ref) *RelatedEntity {
		if n == r {
			return nil
		}
		if e, ok := byNode[n]; ok {
			return e
		}
		e := &RelatedEntity{EntityRef: a.entity(n), Relations: []string{}}
		if e.Type == "" {
			return nil
		}
		byNode[n] = e
		arts[n] = map[cgraph.Ref]bool{}
		return e
	}
	seenEv := map[cgraph.Ref]bool{}
	for _, role := range eventRoles {
		for _, ev := range a.v.subjects(role.pred, r) {
			if seenEv[ev.node] {
				continue
			}
			seenEv[ev.node] = true
			art := a.articleOf(ev.node)
			counted := map[cgraph.Ref]bool{}
			for _, other := range eventRoles {
				for _, l := range a.v.objects(ev.node, other.pred) {
					if e := get(l.node); e != nil && !counted[l.node] {
						counted[l.node] = true
						e.SharedEvents++
						if art != nil {
							arts[l.node][art] = true
						}
					}
				}
			}
		}
	}
	for _, p := range relationNames() {
		for _, l := range a.v.objects(r, p.pred) {
			if e := get(l.node); e != nil {
				e.Relations = appendOnce(e.Relations, p.name)
				if l.label != nil {
					arts[l.node][l.label] = true
				}
			}
		}
		for _, l := range a.v.subjectLinks(p.pred, r) {
			if e := get(l.node); e != nil {
				e.Relations = appendOnce(e.Relations, "~"+p.name)
				if l.label != nil {
					arts[l.node][l.label] = true
				}
			}
		}
	}
	for n, c := range a.coMentions(r) {
		if e := get(n); e != nil {
			e.CoMentions = c
		}
	}
	for n, e := range byNode {
		if o.Type != "" && e.Type != o.Type {
			continue
		}
		e.SharedArticles = len(arts[n])
		res.Related = append(res.Related, *e)
	}
	sort.Slice(res.Related, func(i, j int) bool {
		x, y := res.Related[i], res.Related[j]
		if o.ByMentions && x.CoMentions != y.CoMentions {
			return x.CoMentions > y.CoMentions
		}
		if x.SharedEvents != y.SharedEvents {
			return x.SharedEvents > y.SharedEvents
		}
		if x.SharedArticles != y.SharedArticles {
			return x.SharedArticles > y.SharedArticles
		}
		if x.CoMentions != y.CoMentions {
			return x.CoMentions > y.CoMentions
		}
		if len(x.Relations) != len(y.Relations) {
			return len(x.Relations) > len(y.Relations)
		}
		return lessEntity(x.EntityRef, y.EntityRef)
	})
	res.Related = res.Related[:capped(len(res.Related), o.Limit)]
	return res, a.Err()
}

func appendOnce(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// relationNames pairs each relation predicate with its local name.
func relationNames() []struct {
	pred quad.IRI
	name string
} {
	out := make([]struct {
		pred quad.IRI
		name string
	}, len(schema.Relations))
	for i, p := range schema.Relations {
		out[i].pred, out[i].name = p, schema.LocalName(p)
	}
	return out
}
