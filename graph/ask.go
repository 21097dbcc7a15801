package graph

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The answers of the ask queries (Card, Events, Path, Related, Search).
// Their JSON encoding is the JSON output of the commands that print them,
// a public contract: add fields, never rename or drop them.

// EntityRef names an entity.
type EntityRef struct {
	IRI  string `json:"iri"`
	Name string `json:"name"`
	Type string `json:"type"` // core type: Country, Person, Organization or Place
}

// ArticleRef names an article.
type ArticleRef struct {
	IRI      string `json:"iri"`
	Headline string `json:"headline"`
	Date     string `json:"date"` // YYYY-MM-DD, or "" when unknown
	// URL and Record are where the article was published and the input's
	// identifier of it (schema:url, schema:identifier: a JSON-lines
	// record's "url" and "id"), or "".
	URL    string `json:"url"`
	Record string `json:"record"`
}

// Relation is one relation of the closed list between two entities, with the
// articles that state it and when they were published.
type Relation struct {
	Subject   EntityRef `json:"subject"`
	Predicate string    `json:"predicate"` // local name: leaderOf, partOf, ...
	Object    EntityRef `json:"object"`
	Articles  int       `json:"articles"`
	// FirstDate and LastDate are the first and last publication dates
	// (YYYY-MM-DD) of the articles that state it: when it was said to
	// hold. "" when none of them is dated.
	FirstDate string `json:"firstDate"`
	LastDate  string `json:"lastDate"`
	// Rules are the extraction rules that read it, in the articles that
	// state it (ng:rule of its statement nodes): set when asked why.
	Rules []string `json:"rules,omitempty"`
}

// Event is one CAMEO-coded event with its evidence.
type Event struct {
	IRI          string      `json:"iri"`
	Date         string      `json:"date"` // YYYY, YYYY-MM or YYYY-MM-DD, or ""
	Cameo        string      `json:"cameo"`
	Description  string      `json:"description"` // the CAMEO code's description
	Goldstein    float64     `json:"goldstein"`
	Name         string      `json:"name"`
	Agents       []EntityRef `json:"agents"`
	Targets      []EntityRef `json:"targets"`
	Participants []EntityRef `json:"participants"`
	Locations    []EntityRef `json:"locations"`
	Quantity     int         `json:"quantity"` // 0 when not stated
	Evidence     string      `json:"evidence"`
	Sentence     int         `json:"sentence"`
	Rule         string      `json:"rule"` // the trigger and narrowing that coded it (ng:rule)
	Article      ArticleRef  `json:"article"`
}

// Ask reads the store for the ask queries within one read transaction.
// Close it when done; it holds the store's read lock until then.
type Ask struct {
	ctx    context.Context
	v      view
	codes  *schema.Codes
	unlock func()

	idx   *askIndex // nil for memory and SQL stores
	store *Store    // keeps an SQL store's entity names between questions
	// byArticle lists the entities each article names, for stores without
	// an ask index; read on first use.
	byArticle map[cgraph.Ref][]cgraph.Ref
	names     map[any]EntityRef
	arts      map[any]ArticleRef

	// Path's state: its work so far, entities' degrees and neighbours.
	work   int
	degree map[cgraph.Ref]int
	nbs    map[nbKey][]neighbour
}

// Ask opens the store for the ask queries.
func (s *Store) Ask(ctx context.Context) (_ *Ask, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	unlock := s.rlock()
	if s.closed {
		unlock()
		return nil, errClosed
	}
	v, err := s.newView(ctx)
	if err != nil {
		unlock()
		return nil, fmt.Errorf("read store: %w", err)
	}
	idx, err := s.askIndexFor(ctx, v)
	if err != nil {
		v.close()
		unlock()
		return nil, fmt.Errorf("ask index: %w", err)
	}
	return &Ask{ctx: ctx, v: v, codes: schema.LoadCodes(), unlock: unlock, idx: idx, store: s,
		names: map[any]EntityRef{}, arts: map[any]ArticleRef{},
		degree: map[cgraph.Ref]int{}, nbs: map[nbKey][]neighbour{}}, nil
}

// Close ends the read transaction and releases the store.
func (a *Ask) Close() {
	if a.v != nil {
		a.v.close()
		a.v = nil
		a.unlock()
	}
}

// Err returns the first error reading the store, if any: lookups that fail
// read as empty. When the context of the Ask is done, every lookup reads
// as empty and Err returns the context's error.
func (a *Ask) Err() error {
	if err := a.ctx.Err(); err != nil {
		return err
	}
	if kv, ok := a.v.(*kvView); ok && kv.err != nil {
		return fmt.Errorf("read store: %w", kv.err)
	}
	return nil
}

// RelationRules returns the distinct rules that read the relation rel in
// the articles that state it, sorted: the ng:rule of the statement nodes
// whose rdf:subject, rdf:predicate and rdf:object are rel's.
func (a *Ask) RelationRules(rel Relation) []string {
	s := a.node(rel.Subject.IRI)
	if s == nil {
		return nil
	}
	p := string(schema.NS) + rel.Predicate
	seen := map[string]bool{}
	var out []string
	for _, st := range a.v.subjects(schema.RDFSubject, s) {
		if a.first(st.node, schema.RDFPredicate) != p || a.first(st.node, schema.RDFObject) != rel.Object.IRI {
			continue
		}
		if r := a.first(st.node, schema.Rule); r != "" && !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return out
}

// first returns the lexical form of the first object of (r, p), or "".
func (a *Ask) first(r cgraph.Ref, p quad.IRI) string {
	if o := a.v.object(r, p); o != nil {
		return lexical(a.v.value(o))
	}
	return ""
}

// all returns the distinct lexical forms of the objects of (r, p), sorted.
func (a *Ask) all(r cgraph.Ref, p quad.IRI) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, l := range a.v.objects(r, p) {
		s := lexical(a.v.value(l.node))
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// kindOf returns the core type of an entity from its IRI
// (https://newsgraph.dev/id/<kind>/<slug>), or "" for other nodes.
func kindOf(iri string) string {
	rest, ok := strings.CutPrefix(iri, schema.IDBase)
	if !ok {
		return ""
	}
	kind, _, ok := strings.Cut(rest, "/")
	if !ok {
		return ""
	}
	for _, k := range CoreKinds {
		if strings.ToLower(k.String()) == kind {
			return k.String()
		}
	}
	return ""
}

// entity returns the EntityRef of node r.
func (a *Ask) entity(r cgraph.Ref) EntityRef {
	if e, ok := a.names[r]; ok {
		return e
	}
	iri := lexical(a.v.value(r))
	e := EntityRef{IRI: iri, Name: a.first(r, schema.Name), Type: kindOf(iri)}
	if e.Name == "" {
		e.Name = schema.LocalName(quad.IRI(iri))
	}
	a.names[r] = e
	return e
}

// entities returns the EntityRefs of the distinct nodes of links, sorted by name.
func (a *Ask) entities(ls []link) []EntityRef {
	seen := map[any]bool{}
	out := []EntityRef{}
	for _, l := range ls {
		if seen[l.node] {
			continue
		}
		seen[l.node] = true
		out = append(out, a.entity(l.node))
	}
	sort.Slice(out, func(i, j int) bool { return lessEntity(out[i], out[j]) })
	return out
}

func lessEntity(x, y EntityRef) bool {
	if x.Name != y.Name {
		return x.Name < y.Name
	}
	return x.IRI < y.IRI
}

// article returns the ArticleRef of the article node (label) r.
func (a *Ask) article(r cgraph.Ref) ArticleRef {
	if r == nil {
		return ArticleRef{}
	}
	if ar, ok := a.arts[r]; ok {
		return ar
	}
	ar := ArticleRef{IRI: lexical(a.v.value(r)), Headline: a.first(r, schema.Headline), Date: a.dateOf(r, schema.DatePublished),
		URL: a.first(r, schema.URL), Record: a.first(r, schema.Identifier)}
	a.arts[r] = ar
	return ar
}

// articleOf returns the article (label) of the quads of event ev.
func (a *Ask) articleOf(ev cgraph.Ref) cgraph.Ref {
	for _, l := range a.v.objects(ev, schema.Cameo) {
		return l.label
	}
	for _, l := range a.v.objects(ev, schema.Evidence) {
		return l.label
	}
	return nil
}

// event reads event node r.
func (a *Ask) event(r cgraph.Ref) Event {
	e := Event{
		IRI:          lexical(a.v.value(r)),
		Date:         a.first(r, schema.StartDate),
		Cameo:        a.first(r, schema.Cameo),
		Name:         a.first(r, schema.Name),
		Agents:       a.entities(a.v.objects(r, schema.Agent)),
		Targets:      a.entities(a.v.objects(r, schema.Target)),
		Participants: a.entities(a.v.objects(r, schema.Participant)),
		Locations:    a.entities(a.v.objects(r, schema.Location)),
		Evidence:     a.first(r, schema.Evidence),
		Rule:         a.first(r, schema.Rule),
		Article:      a.article(a.articleOf(r)),
	}
	if c, ok := a.codes.Lookup(e.Cameo); ok {
		e.Description, e.Goldstein = c.Description, c.Goldstein
	} else if g, ok := schema.ParseNumber(a.first(r, schema.Goldstein)); ok {
		e.Goldstein = g
	}
	e.Quantity, _ = strconv.Atoi(a.first(r, schema.Quantity))
	e.Sentence, _ = strconv.Atoi(a.first(r, schema.Sentence))
	return e
}

// node returns the node of the IRI iri, or nil.
func (a *Ask) node(iri string) cgraph.Ref { return a.v.ref(quad.IRI(iri)) }

// dated is an event node and its date, for sorting.
type dated struct {
	node cgraph.Ref
	date string
	iri  string
}

// dates reads the date of each event node, for sorting.
func (a *Ask) dates(nodes []cgraph.Ref) []dated {
	out := make([]dated, len(nodes))
	for i, n := range nodes {
		out[i] = dated{node: n, date: a.dateOf(n, schema.StartDate)}
	}
	return out
}

// top sorts events by date (newest or oldest first, undated last), then
// IRI, and returns the first limit (limit <= 0: all). IRIs are read only
// for the events whose date is among those kept.
func (a *Ask) top(ds []dated, limit int, newest bool) []dated {
	sortDated(ds, newest)
	n := capped(len(ds), limit)
	if n == 0 {
		return nil
	}
	last := ds[n-1].date
	keep := map[string]bool{}
	for _, d := range ds[:n] {
		keep[d.date] = true
	}
	end := n
	for end < len(ds) && ds[end].date == last {
		end++
	}
	for i := range ds[:end] {
		if keep[ds[i].date] {
			ds[i].iri = lexical(a.v.value(ds[i].node))
		}
	}
	sortDated(ds[:end], newest)
	return ds[:n]
}

// dateOf returns the date (predicate p) of an event or article node, from
// the ask index when there is one.
func (a *Ask) dateOf(n cgraph.Ref, p quad.IRI) string {
	if a.idx != nil {
		d, _ := a.idx.date(nodeID(n))
		return d
	}
	return a.first(n, p)
}

// sortDated sorts events by date (oldest first, undated last), then IRI;
// newest puts the newest first (undated still last).
func sortDated(ds []dated, newest bool) {
	sort.Slice(ds, func(i, j int) bool {
		x, y := ds[i], ds[j]
		if (x.date == "") != (y.date == "") {
			return x.date != ""
		}
		if x.date != y.date {
			if newest {
				return x.date > y.date
			}
			return x.date < y.date
		}
		return x.iri < y.iri
	})
}
