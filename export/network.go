package export

import (
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// Network is the entity graph: entities and happenings as nodes, relations
// and roles as edges.
type Network struct {
	Nodes []Node // entities by IRI, then happenings by ID
	Edges []Edge // by source, target and label
}

// Node kinds.
const (
	KindEntity = "entity"
	KindEvent  = "event"
)

// Node is an entity or a happening.
type Node struct {
	ID   string // the entity's IRI; a happening's ID (its first event's IRI)
	Kind string // KindEntity or KindEvent
	// Name is the entity's canonical name, or the happening's short label
	// ("Azerbaijan: return, release person(s) → Armenia (32)").
	Name string
	// Type is the entity's core type (Country, Person, Organization,
	// Place), or "Event".
	Type     string
	Wikidata string // entities: "Q399", or ""
	// Articles counts the store's articles that name the entity or report
	// the happening; FirstDate and LastDate are the first and last of
	// their publication dates.
	Articles            int
	FirstDate, LastDate string

	// Happenings only.
	Cameo      string  // CAMEO code ("0841")
	CameoLabel string  // its description
	Root       string  // its root ("08")
	QuadClass  int     // 1 verbal cooperation … 4 material conflict
	Goldstein  float64 // -10 … +10
	Date       string  // YYYY, YYYY-MM or YYYY-MM-DD, or ""
	Quantity   int     // the largest quantity a report gives; 0 when none does
	Events     int     // event nodes of the store (one per report)
	Records    []string
	URLs       []string
}

// Edge kinds.
const (
	KindRelation = "relation"
	KindRole     = "role"
)

// Edge is a relation between two entities (subject to object) or the role
// of an entity in a happening: agent → happening, happening → target,
// participant or location.
type Edge struct {
	Source, Target string
	Kind           string // KindRelation or KindRole
	// Label is the relation's local name (leaderOf) or the role (agent,
	// target, participant, location).
	Label string
	// Articles counts the store's articles that state the relation or
	// report the happening; FirstDate and LastDate are the first and last
	// of their publication dates; Records are their record identifiers.
	Articles            int
	FirstDate, LastDate string
	Records             []string
}

// Network builds the entity graph of the selection s.
func (d *Dataset) Network(s *Selection) *Network {
	n := &Network{}
	codes := schema.LoadCodes()
	for i, e := range d.Entities {
		if !s.Entities[i] {
			continue
		}
		first, last := d.dateSpan(e.Articles)
		n.Nodes = append(n.Nodes, Node{ID: e.IRI, Kind: KindEntity, Name: e.Name, Type: e.Type, Wikidata: e.Wikidata,
			Articles: len(e.Articles), FirstDate: first, LastDate: last})
	}
	var roles []Edge
	for _, h := range d.Happenings {
		if !s.anyEvent(h.Events) {
			continue
		}
		node, edges := d.happening(h, codes)
		n.Nodes = append(n.Nodes, node)
		roles = append(roles, edges...)
	}
	nodes := make(map[string]bool, len(n.Nodes))
	for _, x := range n.Nodes {
		nodes[x.ID] = true
	}
	for _, e := range append(d.relationEdges(s), roles...) {
		if nodes[e.Source] && nodes[e.Target] { // an end the store gives no type is no node
			n.Edges = append(n.Edges, e)
		}
	}
	sort.SliceStable(n.Edges, func(i, j int) bool {
		a, b := n.Edges[i], n.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Label < b.Label
	})
	return n
}

func (s *Selection) anyEvent(events []int) bool {
	for _, i := range events {
		if s.Events[i] {
			return true
		}
	}
	return false
}

// dateSpan returns the first and last publication date of the articles.
func (d *Dataset) dateSpan(articles []int) (first, last string) {
	for _, a := range articles {
		if a < 0 {
			continue
		}
		date := d.Articles[a].Date
		if date == "" {
			continue
		}
		if first == "" || date < first {
			first = date
		}
		if date > last {
			last = date
		}
	}
	return first, last
}

// provenance returns the sorted distinct record ids and URLs of articles.
func (d *Dataset) provenance(articles []int) (records, urls []string) {
	r, u := map[string]bool{}, map[string]bool{}
	for _, a := range articles {
		if a < 0 {
			continue
		}
		if x := d.Articles[a].Record; x != "" {
			r[x] = true
		}
		if x := d.Articles[a].URL; x != "" {
			u[x] = true
		}
	}
	return sortedKeys(r), sortedKeys(u)
}

// happening returns the node of h and the edges of its roles.
func (d *Dataset) happening(h Happening, codes *schema.Codes) (Node, []Edge) {
	first := d.Events[h.Events[0]]
	node := Node{ID: h.ID, Kind: KindEvent, Name: first.Name, Type: "Event", Cameo: first.Code,
		Root: schema.Root(first.Code), QuadClass: first.QuadClass, Goldstein: first.Goldstein,
		Date: first.Date, Events: len(h.Events)}
	if c, ok := codes.Lookup(first.Code); ok {
		node.CameoLabel = c.Description
	}
	var articles []int
	roles := map[[2]string]bool{}
	for _, i := range h.Events {
		e := d.Events[i]
		node.Quantity = max(node.Quantity, e.Quantity)
		articles = append(articles, e.Article)
		for _, r := range []struct {
			role string
			iris []string
		}{{"agent", e.Agents}, {"target", e.Targets}, {"participant", e.Participants}, {"location", e.Locations}} {
			for _, iri := range r.iris {
				roles[[2]string{r.role, iri}] = true
			}
		}
	}
	articles = distinct(articles)
	node.Articles = h.Articles
	node.FirstDate, node.LastDate = d.dateSpan(articles)
	node.Records, node.URLs = d.provenance(articles)
	if node.Name == "" {
		node.Name = node.Cameo + " " + node.CameoLabel
	}
	var edges []Edge
	for r := range roles {
		e := Edge{Source: h.ID, Target: r[1], Kind: KindRole, Label: r[0], Articles: h.Articles,
			FirstDate: node.FirstDate, LastDate: node.LastDate, Records: node.Records}
		if r[0] == "agent" {
			e.Source, e.Target = r[1], h.ID
		}
		edges = append(edges, e)
	}
	return node, edges
}

// relationEdges returns an edge for each relation (subject, predicate,
// object) of which the selection keeps a statement, counting every article
// of the store that states it.
func (d *Dataset) relationEdges(s *Selection) []Edge {
	var out []Edge
	for i := 0; i < len(d.Statements); {
		j, kept := i, false
		var articles []int
		for ; j < len(d.Statements) && sameRelation(d.Statements[i], d.Statements[j]); j++ {
			kept = kept || s.Statements[j]
			articles = append(articles, d.Statements[j].Article)
		}
		st := d.Statements[i]
		i = j
		if !kept {
			continue
		}
		articles = distinct(articles)
		e := Edge{Source: st.Subject, Target: st.Object, Kind: KindRelation, Label: st.Predicate, Articles: len(articles)}
		e.FirstDate, e.LastDate = d.dateSpan(articles)
		e.Records, _ = d.provenance(articles)
		out = append(out, e)
	}
	return out
}

func sameRelation(a, b Statement) bool {
	return a.Subject == b.Subject && a.Predicate == b.Predicate && a.Object == b.Object
}

// distinct returns the distinct articles of xs, sorted, without the -1 of
// unlabelled quads.
func distinct(xs []int) []int {
	sort.Ints(xs)
	out := xs[:0]
	for i, x := range xs {
		if x >= 0 && (i == 0 || x != xs[i-1]) {
			out = append(out, x)
		}
	}
	return out
}
