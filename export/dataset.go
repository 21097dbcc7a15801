package export

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Source is the store an export reads (a *graph.Store).
type Source interface {
	// EachQuad calls fn with every quad, literals in standard form, in
	// any order.
	EachQuad(ctx context.Context, fn func(quad.Quad) error) error
	// EventGroups groups the events reported by several articles into
	// happenings.
	EventGroups(ctx context.Context) ([]graph.EventGroup, error)
}

var _ Source = (*graph.Store)(nil)

// Article is one article of the store.
type Article struct {
	IRI      string
	Hash     string // hex SHA-256 of its bytes (ng:contentHash)
	Headline string
	Date     string // publication date, YYYY-MM-DD, or ""
	URL      string // schema:url, or ""
	Record   string // the input's identifier of it (schema:identifier), or ""
}

// Entity is one entity node with what the store says of it over all its
// articles.
type Entity struct {
	IRI      string
	Name     string
	Type     string // core type: Country, Person, Organization or Place
	Wikidata string // "Q399", or ""
	Articles []int  // the articles that name it (indices into Dataset.Articles), ascending
}

// Event is one event node: one happening as one article reports it.
type Event struct {
	IRI       string
	Article   int // index into Dataset.Articles; -1 when no article states it
	Code      string
	Name      string
	Date      string // YYYY, YYYY-MM or YYYY-MM-DD, or ""
	Goldstein float64
	QuadClass int
	Quantity  int // 0 when not stated
	Evidence  string
	Sentence  int
	// The entities in each role, sorted IRIs.
	Agents, Targets, Participants, Locations []string
	// Happening is the index into Dataset.Happenings of the happening this
	// report is one of.
	Happening int
}

// Happening is one thing that happened as all the store's articles report
// it: the events with the same CAMEO code, agents, targets and date
// (graph.EventGroups), GDELT's event with its NumArticles.
type Happening struct {
	ID       string // the IRI of its first event
	Events   []int  // indices into Dataset.Events, ascending
	Articles int    // distinct articles reporting it
}

// Statement is one relation of the closed list as one article states it.
type Statement struct {
	Subject   string
	Predicate string // local name: leaderOf, partOf, ...
	Object    string
	Article   int // index into Dataset.Articles; -1 for an unlabelled quad
}

// Dataset is the store read as articles, entities, events and relation
// statements, each list sorted (statements by subject, predicate, object
// and article).
type Dataset struct {
	Articles   []Article
	Entities   []Entity
	Events     []Event
	Happenings []Happening // in the order of their first event
	Statements []Statement

	article map[string]int // IRI -> index
	entity  map[string]int
}

// ArticleIndex returns the index of the article iri, or -1.
func (d *Dataset) ArticleIndex(iri string) int {
	if i, ok := d.article[iri]; ok {
		return i
	}
	return -1
}

// Entity returns the entity iri.
func (d *Dataset) Entity(iri string) (*Entity, bool) {
	i, ok := d.entity[iri]
	if !ok {
		return nil, false
	}
	return &d.Entities[i], true
}

// relationNames maps the relation predicates to their local names.
var relationNames = func() map[quad.IRI]string {
	m := map[quad.IRI]string{}
	for _, p := range schema.Relations {
		m[p] = schema.LocalName(p)
	}
	return m
}()

// Read reads the whole graph of src.
func Read(ctx context.Context, src Source) (*Dataset, error) {
	r := newReader()
	if err := src.EachQuad(ctx, r.add); err != nil {
		return nil, err
	}
	d := r.dataset()
	groups, err := src.EventGroups(ctx)
	if err != nil {
		return nil, err
	}
	d.happenings(groups)
	return d, nil
}

// happenings sets d.Happenings from the store's event groups; an event in
// no group is a happening of its own.
func (d *Dataset) happenings(groups []graph.EventGroup) {
	index := make(map[string]int, len(d.Events))
	for i, e := range d.Events {
		index[e.IRI] = i
		d.Events[i].Happening = -1
	}
	for _, g := range groups {
		h := Happening{Articles: g.Articles}
		for _, iri := range g.Events {
			if i, ok := index[string(iri)]; ok {
				h.Events = append(h.Events, i)
				d.Events[i].Happening = 0 // numbered below
			}
		}
		if len(h.Events) > 0 {
			sort.Ints(h.Events)
			d.Happenings = append(d.Happenings, h)
		}
	}
	for i, e := range d.Events {
		if e.Happening < 0 {
			d.Happenings = append(d.Happenings, Happening{Events: []int{i}, Articles: 1})
		}
	}
	sort.Slice(d.Happenings, func(i, j int) bool { return d.Happenings[i].Events[0] < d.Happenings[j].Events[0] })
	for hi := range d.Happenings {
		h := &d.Happenings[hi]
		h.ID = d.Events[h.Events[0]].IRI
		for _, i := range h.Events {
			d.Events[i].Happening = hi
		}
	}
}

// reader gathers a dataset from quads arriving in any order.
type reader struct {
	arts   map[string]*Article
	ents   map[string]*entityAcc
	evs    map[string]*eventAcc
	stmts  []stmtAcc
	names  map[string]map[string]int // subject -> schema:name -> quads
	wikids map[string]string         // subject -> smallest Wikidata item
}

type entityAcc struct {
	kind     string
	articles map[string]bool
}

type eventAcc struct {
	Event
	label string // the label of its rdf:type quad
}

type stmtAcc struct {
	s, p, o, label string
}

func newReader() *reader {
	return &reader{arts: map[string]*Article{}, ents: map[string]*entityAcc{}, evs: map[string]*eventAcc{},
		names: map[string]map[string]int{}, wikids: map[string]string{}}
}

func (r *reader) article(iri string) *Article {
	a := r.arts[iri]
	if a == nil {
		a = &Article{IRI: iri}
		r.arts[iri] = a
	}
	return a
}

func (r *reader) event(iri string) *eventAcc {
	e := r.evs[iri]
	if e == nil {
		e = &eventAcc{Event: Event{IRI: iri}}
		r.evs[iri] = e
	}
	return e
}

func iriOf(v quad.Value) (string, bool) {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri), true
	}
	return "", false
}

func text(v quad.Value) string {
	s, _ := schema.Lexical(v)
	return s
}

func (r *reader) add(q quad.Quad) error {
	sub, ok := iriOf(q.Subject)
	pred, pok := q.Predicate.(quad.IRI)
	if !ok || !pok {
		return nil
	}
	label, _ := iriOf(q.Label)
	obj, objIRI := iriOf(q.Object)
	switch pred {
	case schema.Type:
		switch {
		case !objIRI:
		case quad.IRI(obj) == schema.ClassNewsArticle:
			r.article(sub)
		case quad.IRI(obj) == schema.ClassEvent:
			r.event(sub).label = label
		default:
			if k, ok := schema.KindOfClass(quad.IRI(obj)); ok {
				e := r.ents[sub]
				if e == nil {
					e = &entityAcc{articles: map[string]bool{}}
					r.ents[sub] = e
				}
				e.kind = k.String()
				if label != "" {
					e.articles[label] = true
				}
			}
		}
	case schema.Headline:
		r.article(sub).Headline = text(q.Object)
	case schema.DatePublished:
		r.article(sub).Date = text(q.Object)
	case schema.URL:
		r.article(sub).URL = text(q.Object)
	case schema.Identifier:
		r.article(sub).Record = text(q.Object)
	case schema.ContentHash:
		r.article(sub).Hash = text(q.Object)
	case schema.Name:
		m := r.names[sub]
		if m == nil {
			m = map[string]int{}
			r.names[sub] = m
		}
		m[text(q.Object)]++
	case schema.SameAs:
		if item, ok := strings.CutPrefix(obj, schema.WikidataNS); ok && objIRI {
			if w := r.wikids[sub]; w == "" || item < w {
				r.wikids[sub] = item
			}
		}
	case schema.Cameo:
		r.event(sub).Code = text(q.Object)
	case schema.Goldstein:
		r.event(sub).Goldstein, _ = schema.ParseNumber(text(q.Object))
	case schema.QuadClass:
		r.event(sub).QuadClass, _ = strconv.Atoi(text(q.Object))
	case schema.StartDate:
		r.event(sub).Date = text(q.Object)
	case schema.Quantity:
		r.event(sub).Quantity, _ = strconv.Atoi(text(q.Object))
	case schema.Evidence:
		r.event(sub).Evidence = text(q.Object)
	case schema.Sentence:
		r.event(sub).Sentence, _ = strconv.Atoi(text(q.Object))
	case schema.Agent, schema.Target, schema.Participant, schema.Location:
		if !objIRI {
			return nil
		}
		e := r.event(sub)
		switch pred {
		case schema.Agent:
			e.Agents = append(e.Agents, obj)
		case schema.Target:
			e.Targets = append(e.Targets, obj)
		case schema.Participant:
			e.Participants = append(e.Participants, obj)
		default:
			e.Locations = append(e.Locations, obj)
		}
	default:
		if name, ok := relationNames[pred]; ok && objIRI {
			r.stmts = append(r.stmts, stmtAcc{sub, name, obj, label})
		}
	}
	return nil
}

// name returns the schema:name of subject: the one most quads give (the
// smallest on a tie), or "".
func (r *reader) name(sub string) string {
	best, n := "", 0
	for s, c := range r.names[sub] {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (r *reader) dataset() *Dataset {
	d := &Dataset{article: map[string]int{}, entity: map[string]int{}}
	// Every label names an article, even one whose article quads are missing.
	for _, e := range r.evs {
		if e.label != "" {
			r.article(e.label)
		}
	}
	for _, s := range r.stmts {
		if s.label != "" {
			r.article(s.label)
		}
	}
	for _, e := range r.ents {
		for l := range e.articles {
			r.article(l)
		}
	}
	for _, iri := range sortedKeys(r.arts) {
		d.article[iri] = len(d.Articles)
		d.Articles = append(d.Articles, *r.arts[iri])
	}
	for _, iri := range sortedKeys(r.ents) {
		acc := r.ents[iri]
		e := Entity{IRI: iri, Name: r.name(iri), Type: acc.kind, Wikidata: r.wikids[iri]}
		if e.Name == "" {
			e.Name = schema.LocalName(quad.IRI(iri))
		}
		for l := range acc.articles {
			e.Articles = append(e.Articles, d.article[l])
		}
		sort.Ints(e.Articles)
		d.entity[iri] = len(d.Entities)
		d.Entities = append(d.Entities, e)
	}
	for _, iri := range sortedKeys(r.evs) {
		acc := r.evs[iri]
		if acc.Code == "" && acc.label == "" {
			continue // not an event: a stray property
		}
		e := acc.Event
		e.Name = r.name(iri)
		e.Article = d.ArticleIndex(acc.label)
		for _, l := range [][]string{e.Agents, e.Targets, e.Participants, e.Locations} {
			sort.Strings(l)
		}
		d.Events = append(d.Events, e)
	}
	for _, s := range r.stmts {
		st := Statement{Subject: s.s, Predicate: s.p, Object: s.o, Article: d.ArticleIndex(s.label)}
		d.Statements = append(d.Statements, st)
	}
	sort.Slice(d.Statements, func(i, j int) bool { return lessStatement(d.Statements[i], d.Statements[j]) })
	return d
}

// FindArticles returns the articles id names: an article IRI, its content
// hash or a prefix of it of at least 8 hex digits, the input's record
// identifier, or its URL.
func (d *Dataset) FindArticles(id string) ([]int, error) {
	if id == "" {
		return nil, fmt.Errorf("empty article id")
	}
	var out []int
	for i, a := range d.Articles {
		switch {
		case a.IRI == id, a.Hash == id, a.Record == id, a.URL == id:
		case len(id) >= 8 && strings.HasPrefix(a.Hash, strings.ToLower(id)):
		default:
			continue
		}
		out = append(out, i)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no article %q: give an article IRI, its content hash (or 8 of its first hex digits), its record id or its URL", id)
	}
	return out, nil
}

// eventIndex returns the index of the event iri.
func (d *Dataset) eventIndex(iri string) (int, bool) {
	i := sort.Search(len(d.Events), func(i int) bool { return d.Events[i].IRI >= iri })
	return i, i < len(d.Events) && d.Events[i].IRI == iri
}

// statementIndex returns the index of the statement st.
func (d *Dataset) statementIndex(st Statement) (int, bool) {
	i := sort.Search(len(d.Statements), func(i int) bool { return !lessStatement(d.Statements[i], st) })
	return i, i < len(d.Statements) && d.Statements[i] == st
}

func lessStatement(a, b Statement) bool {
	if a.Subject != b.Subject {
		return a.Subject < b.Subject
	}
	if a.Predicate != b.Predicate {
		return a.Predicate < b.Predicate
	}
	if a.Object != b.Object {
		return a.Object < b.Object
	}
	return a.Article < b.Article
}
