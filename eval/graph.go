package eval

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/schema"
)

// graph is the part of one article's quads that is scored.
type graph struct {
	entities  []*gEntity // sorted by key
	byKey     map[string]*gEntity
	relations []gRelation // sorted by key
	events    []*gEvent   // sorted by key
}

// gEntity is a graph entity.
type gEntity struct {
	key    string // the subject in N-Quads notation
	node   quad.Value
	kinds  map[schema.Kind]bool
	name   string   // the least schema:name, for display; "" when none
	names  []string // schema:name values
	alts   []string // schema:alternateName values
	norms  map[string]bool
	main   map[string]bool // normalised schema:name values
	sameAs []string
	match  int // index of the matched gold entity, -1 if none
}

// label returns the entity's display name.
func (e *gEntity) label() string {
	if e.name != "" {
		return e.name
	}
	return nodeLabel(e.node)
}

type gRelation struct {
	s, o quad.Value
	pred string // local name
	key  string
}

type gEvent struct {
	key          string
	node         quad.Value
	code         string
	agents       []quad.Value
	targets      []quad.Value
	participants []quad.Value
	date         schema.Date
	hasDate      bool
	badDate      string // an unreadable schema:startDate
	quantity     int
	hasQuantity  bool
	evidence     string
}

var relationPreds = func() map[quad.IRI]bool {
	m := map[quad.IRI]bool{}
	for _, p := range schema.Relations {
		m[p] = true
	}
	return m
}()

// readGraph collects entities, relations and events from the quads.
func readGraph(quads []quad.Quad) *graph {
	type props map[quad.IRI][]quad.Value
	subj := map[string]props{}
	node := map[string]quad.Value{}
	relSeen := map[string]bool{}
	g := &graph{byKey: map[string]*gEntity{}}
	for _, q := range quads {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			continue
		}
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		p = p.Full()
		k := key(q.Subject)
		if subj[k] == nil {
			subj[k] = props{}
			node[k] = q.Subject
		}
		subj[k][p] = append(subj[k][p], q.Object)
		if relationPreds[p] {
			r := gRelation{s: q.Subject, o: q.Object, pred: schema.LocalName(p)}
			r.key = key(q.Subject) + " " + r.pred + " " + key(q.Object)
			if !relSeen[r.key] {
				relSeen[r.key] = true
				g.relations = append(g.relations, r)
			}
		}
	}
	for k, ps := range subj {
		kinds := map[schema.Kind]bool{}
		isEvent := false
		for _, t := range ps[schema.Type] {
			iri, ok := t.(quad.IRI)
			if !ok {
				continue
			}
			iri = iri.Full()
			if kd, ok := schema.KindOfClass(iri); ok {
				kinds[kd] = true
			}
			if iri == schema.ClassEvent {
				isEvent = true
			}
		}
		if len(kinds) > 0 {
			e := &gEntity{key: k, node: node[k], kinds: kinds, norms: map[string]bool{}, main: map[string]bool{}, match: -1}
			e.names = lexicals(ps[schema.Name])
			e.alts = lexicals(ps[schema.AlternateName])
			if len(e.names) > 0 {
				e.name = e.names[0]
			}
			for _, n := range e.names {
				e.norms[Normalize(n)] = true
				e.main[Normalize(n)] = true
			}
			for _, n := range e.alts {
				e.norms[Normalize(n)] = true
			}
			delete(e.norms, "")
			delete(e.main, "")
			for _, v := range ps[schema.SameAs] {
				if iri, ok := v.(quad.IRI); ok {
					e.sameAs = append(e.sameAs, string(iri.Full()))
				} else if s, ok := schema.Lexical(v); ok {
					e.sameAs = append(e.sameAs, s)
				}
			}
			sort.Strings(e.sameAs)
			g.entities = append(g.entities, e)
			g.byKey[k] = e
		}
		if isEvent {
			ev := &gEvent{key: k, node: node[k]}
			if codes := lexicals(ps[schema.Cameo]); len(codes) > 0 {
				ev.code = strings.TrimSpace(codes[0])
			}
			ev.agents = sortedValues(ps[schema.Agent])
			ev.targets = sortedValues(ps[schema.Target])
			ev.participants = sortedValues(ps[schema.Participant])
			if ds := sortedValues(ps[schema.StartDate]); len(ds) > 0 {
				if d, ok := dateOf(ds[0]); ok {
					ev.date, ev.hasDate = d, true
				} else {
					ev.badDate = quad.StringOf(ds[0])
				}
			}
			if qs := sortedValues(ps[schema.Quantity]); len(qs) > 0 {
				ev.quantity, ev.hasQuantity = intOf(qs[0])
			}
			if evs := lexicals(ps[schema.Evidence]); len(evs) > 0 {
				ev.evidence = evs[0]
			}
			g.events = append(g.events, ev)
		}
	}
	sort.Slice(g.entities, func(i, j int) bool { return g.entities[i].key < g.entities[j].key })
	sort.Slice(g.events, func(i, j int) bool { return g.events[i].key < g.events[j].key })
	sort.Slice(g.relations, func(i, j int) bool { return g.relations[i].key < g.relations[j].key })
	return g
}

// key identifies a node: its N-Quads notation, with IRIs in full form.
func key(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return iri.Full().String()
	}
	return quad.StringOf(v)
}

func sortedValues(vs []quad.Value) []quad.Value {
	out := append([]quad.Value(nil), vs...)
	sort.SliceStable(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

// lexicals returns the lexical forms of the literal values, sorted.
func lexicals(vs []quad.Value) []string {
	var out []string
	for _, v := range vs {
		if s, ok := schema.Lexical(v); ok {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// dateOf reads a date literal: xsd:date, xsd:gYearMonth, xsd:gYear,
// xsd:dateTime, quad.Time or a plain string, dropping a time of day and a
// time zone.
func dateOf(v quad.Value) (schema.Date, bool) {
	if t, ok := v.(quad.Time); ok {
		tt := time.Time(t)
		return schema.Date{Year: tt.Year(), Month: int(tt.Month()), Day: tt.Day()}, true
	}
	s, ok := schema.Lexical(v)
	if !ok {
		return schema.Date{}, false
	}
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, 'T'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, "Z")
	// A time zone after a date is +hh:mm or -hh:mm.
	if n := len(s); n >= 6 && (s[n-6] == '+' || s[n-6] == '-') && s[n-3] == ':' {
		s = s[:n-6]
	}
	d, err := schema.ParseDate(s)
	return d, err == nil
}

// intOf reads an integer literal.
func intOf(v quad.Value) (int, bool) {
	switch v := v.(type) {
	case quad.Int:
		return int(v), true
	case quad.Float:
		if f := float64(v); f == float64(int(f)) {
			return int(f), true
		}
		return 0, false
	}
	s, ok := schema.Lexical(v)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(s), "+"))
	return n, err == nil
}

// nodeLabel shows a node briefly: an IRI's local name, otherwise its
// N-Quads notation.
func nodeLabel(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return schema.LocalName(iri)
	}
	return quad.StringOf(v)
}
