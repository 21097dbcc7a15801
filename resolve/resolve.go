package resolve

import (
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/schema"
)

// Node is what the store says about one entity node, over all articles:
// its names, aliases, Wikidata items and, for people, the states and bodies
// it leads, serves or belongs to, which are its context.
type Node = graph.EntityNode

// Rule names the evidence a match was made on.
type Rule int

// The rules, strongest first.
const (
	RuleWikidata Rule = iota + 1 // same Wikidata item
	RuleName                     // same folded name
	RuleAlias                    // a name equal to the other's alias
	RuleVariant                  // a person's name another form of the other's ("Bill Barr", "William P. Barr")
)

// Stats counts what a Resolver did.
type Stats struct {
	// Merged counts article entities re-pointed to a stored node with
	// another IRI, by the rule that matched.
	Merged map[Rule]int
	// Combined counts article entities folded into another entity of the
	// same article because both reached the same node.
	Combined int
}

// Total returns the number of entities re-pointed by any rule.
func (s Stats) Total() int {
	n := 0
	for _, v := range s.Merged {
		n += v
	}
	return n
}

// Resolver is an index of the store's entity nodes. It is not safe for
// concurrent use: the build's writer owns it.
type Resolver struct {
	nodes     map[quad.IRI]*node
	wikidata  map[key]*node
	names     map[key][]*node
	aliases   map[key][]*node
	surnames  map[string][]*node // people: each word of their folded multi-word names
	stats     Stats
	countryNS string
	tables    *refdata.Tables // how people's names split and vary; nil: not by variant
}

type key struct {
	kind schema.Kind
	s    string
}

type node struct {
	iri       quad.IRI
	kind      schema.Kind
	canonical string               // the least of its names: what an entity re-pointed here is called
	multiWord bool                 // some name has more than one word
	names     []string             // folded
	aliases   []string             // folded
	countries []quad.IRI           // a person's countries
	people    []refdata.PersonName // a person's multi-word names, split
	raw       Node                 // as the store has it, for Nodes
}

// New returns an empty Resolver; fill it with AddNode from the store.
// The tables tell how people's names split and vary (refdata's SplitName
// and SameName: "Bill Barr" is "William P. Barr", "Kim" is the family name
// of "Kim Jong Un"); with nil tables people match by name and alias only.
func New(t *refdata.Tables) *Resolver {
	return &Resolver{
		tables:    t,
		nodes:     map[quad.IRI]*node{},
		wikidata:  map[key]*node{},
		names:     map[key][]*node{},
		aliases:   map[key][]*node{},
		surnames:  map[string][]*node{},
		stats:     Stats{Merged: map[Rule]int{}},
		countryNS: string(schema.EntityIRI(schema.KindCountry, "")),
	}
}

// Stats returns what the Resolver has done so far.
func (r *Resolver) Stats() Stats {
	s := r.stats
	s.Merged = make(map[Rule]int, len(r.stats.Merged))
	for k, v := range r.stats.Merged {
		s.Merged[k] = v
	}
	return s
}

// Nodes returns every node indexed as the store holds it, ordered by IRI,
// each list sorted: what graph.Store.EntityNodes would read now.
func (r *Resolver) Nodes() []Node {
	out := make([]Node, 0, len(r.nodes))
	for _, x := range r.nodes {
		n := x.raw
		n.Names = slices.Sorted(slices.Values(n.Names))
		n.Aliases = slices.Sorted(slices.Values(n.Aliases))
		n.Wikidata = slices.Sorted(slices.Values(n.Wikidata))
		n.Affiliations = slices.Sorted(slices.Values(n.Affiliations))
		out = append(out, n)
	}
	slices.SortFunc(out, func(a, b Node) int { return strings.Compare(string(a.IRI), string(b.IRI)) })
	return out
}

// AddNode indexes a node of the store.
func (r *Resolver) AddNode(n Node) {
	x := r.node(n.IRI, n.Kind)
	for _, s := range n.Names {
		r.addName(x, s)
	}
	for _, s := range n.Aliases {
		r.addAlias(x, s)
	}
	for _, q := range n.Wikidata {
		r.addWikidata(x, q)
	}
	for _, a := range n.Affiliations {
		r.addAffiliation(x, a)
	}
}

// Add indexes the entities of an article as they are written: call it with
// every Doc after Resolve and before (or with) writing its quads, so that
// the index stays what the store holds.
func (r *Resolver) Add(d *schema.Doc) {
	for _, e := range d.Entities {
		x := r.node(e.IRI(), e.Kind)
		r.addName(x, e.Name)
		for _, a := range e.Aliases {
			if a != e.Name {
				r.addAlias(x, a)
			}
		}
		r.addWikidata(x, e.Wikidata)
	}
	for _, rel := range d.Relations {
		if contextual(rel.Predicate) {
			if x := r.nodes[rel.Subject]; x != nil {
				r.addAffiliation(x, rel.Object)
			}
		}
	}
}

// contextual reports whether p ties a person to a country or organisation.
func contextual(p quad.IRI) bool {
	return p == schema.LeaderOf || p == schema.OfficialOf || p == schema.NationalOf
}

func (r *Resolver) node(iri quad.IRI, k schema.Kind) *node {
	x := r.nodes[iri]
	if x == nil {
		x = &node{iri: iri, kind: k, raw: Node{IRI: iri, Kind: k}}
		r.nodes[iri] = x
	}
	return x
}

func (r *Resolver) addName(x *node, name string) {
	if name == "" || slices.Contains(x.raw.Names, name) {
		return
	}
	x.raw.Names = append(x.raw.Names, name)
	if x.canonical == "" || name < x.canonical {
		x.canonical = name
	}
	f := schema.FoldName(name)
	if f == "" || slices.Contains(x.names, f) {
		return
	}
	x.names = append(x.names, f)
	r.names[key{x.kind, f}] = appendOnce(r.names[key{x.kind, f}], x)
	if words := strings.Fields(f); len(words) > 1 {
		x.multiWord = true
		if p, ok := r.splitName(name); ok && x.kind == schema.KindPerson {
			x.people = append(x.people, p)
		}
		if x.kind == schema.KindPerson {
			// Every word, not only the last: "Kim" is the surname of
			// "Kim Jong Un" too.
			for _, w := range words {
				r.surnames[w] = appendOnce(r.surnames[w], x)
			}
		}
	}
}

func (r *Resolver) addAlias(x *node, alias string) {
	if alias == "" || slices.Contains(x.raw.Aliases, alias) {
		return
	}
	x.raw.Aliases = append(x.raw.Aliases, alias)
	f := schema.FoldName(alias)
	if f == "" || slices.Contains(x.aliases, f) {
		return
	}
	x.aliases = append(x.aliases, f)
	r.aliases[key{x.kind, f}] = appendOnce(r.aliases[key{x.kind, f}], x)
}

func (r *Resolver) addWikidata(x *node, q string) {
	if q == "" || slices.Contains(x.raw.Wikidata, q) {
		return
	}
	x.raw.Wikidata = append(x.raw.Wikidata, q)
	k := key{x.kind, q}
	if old := r.wikidata[k]; old == nil || x.iri < old.iri {
		r.wikidata[k] = x
	}
}

func (r *Resolver) addAffiliation(x *node, a quad.IRI) {
	if slices.Contains(x.raw.Affiliations, a) {
		return
	}
	x.raw.Affiliations = append(x.raw.Affiliations, a)
	if x.kind == schema.KindPerson && strings.HasPrefix(string(a), r.countryNS) {
		x.countries = append(x.countries, a)
	}
}

func appendOnce(list []*node, x *node) []*node {
	if slices.Contains(list, x) {
		return list
	}
	return append(list, x)
}

// Resolve re-points the entities of d to the stored nodes they match,
// rewriting their names and the IRIs of d's relations and events, and
// combines entities of d that reach the same node. It returns the number of
// entities re-pointed to a node with another IRI. It does not index d: call
// Add once d is written.
func (r *Resolver) Resolve(d *schema.Doc) int {
	countries := map[quad.IRI][]quad.IRI{}
	for _, rel := range d.Relations {
		if contextual(rel.Predicate) && strings.HasPrefix(string(rel.Object), r.countryNS) {
			countries[rel.Subject] = append(countries[rel.Subject], rel.Object)
		}
	}
	remap := map[quad.IRI]quad.IRI{}
	byIRI := map[quad.IRI]*schema.Entity{}
	var kept []*schema.Entity
	merged := 0
	for _, e := range d.Entities {
		old := e.IRI()
		if x, rule := r.match(e, countries[old]); x != nil {
			if e.Name != x.canonical {
				e.Aliases = append(e.Aliases, e.Name)
				e.Name = x.canonical
			}
			if x.iri != old {
				remap[old] = x.iri
				r.stats.Merged[rule]++
				merged++
			}
		}
		id := e.IRI()
		if into := byIRI[id]; into != nil {
			combine(into, e)
			remap[old] = id
			r.stats.Combined++
			continue
		}
		byIRI[id] = e
		kept = append(kept, e)
	}
	d.Entities = kept
	if len(remap) == 0 {
		return merged
	}
	to := func(v quad.IRI) quad.IRI {
		if n, ok := remap[v]; ok {
			return n
		}
		return v
	}
	type triple struct{ s, p, o quad.IRI }
	seen := map[triple]bool{}
	rels := d.Relations[:0]
	for _, rel := range d.Relations {
		rel.Subject, rel.Object = to(rel.Subject), to(rel.Object)
		t := triple{rel.Subject, rel.Predicate, rel.Object}
		if rel.Subject == rel.Object || seen[t] {
			continue
		}
		seen[t] = true
		rels = append(rels, rel)
	}
	d.Relations = rels
	for i := range d.Events {
		ev := &d.Events[i]
		ev.Agents = remapAll(ev.Agents, to)
		ev.Targets = remapAll(ev.Targets, to)
		ev.Participants = remapAll(ev.Participants, to)
		ev.Locations = remapAll(ev.Locations, to)
	}
	return merged
}

func remapAll(vs []quad.IRI, to func(quad.IRI) quad.IRI) []quad.IRI {
	out := vs[:0]
	for _, v := range vs {
		if v = to(v); !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// combine folds e into into, an entity of the same article and node.
func combine(into, e *schema.Entity) {
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if a != into.Name && !slices.Contains(into.Aliases, a) {
			into.Aliases = append(into.Aliases, a)
		}
	}
	if into.Wikidata == "" {
		into.Wikidata = e.Wikidata
	}
	for _, c := range e.Classes {
		if !slices.Contains(into.Classes, c) {
			into.Classes = append(into.Classes, c)
		}
	}
	into.JobTitles = append(into.JobTitles, e.JobTitles...)
	into.Rules = append(into.Rules, e.Rules...)
	into.Mentions += e.Mentions
}

// match finds the node e is, or nil, and the rule that decided.
func (r *Resolver) match(e *schema.Entity, countries []quad.IRI) (*node, Rule) {
	self := r.nodes[e.IRI()]
	if e.Wikidata != "" {
		// The reference tables are the authority: an entity they know is
		// never matched by name.
		if x := r.wikidata[key{e.Kind, e.Wikidata}]; x != nil {
			return x, RuleWikidata
		}
		return self, RuleName
	}
	f := schema.FoldName(e.Name)
	if self != nil {
		return self, RuleName
	}
	if x := least(r.names[key{e.Kind, f}]); x != nil {
		return x, RuleName
	}
	if len([]rune(f)) < 2 {
		return nil, 0
	}
	person := e.Kind == schema.KindPerson
	// Candidates by alias, in both directions.
	var cands []*node
	for _, x := range r.aliases[key{e.Kind, f}] {
		cands = appendOnce(cands, x)
	}
	for _, a := range e.Aliases {
		for _, x := range r.names[key{e.Kind, schema.FoldName(a)}] {
			if person && !x.multiWord {
				continue // a bare surname node says too little
			}
			cands = appendOnce(cands, x)
		}
	}
	if len(cands) == 1 && r.aliasFits(e, f, cands[0], countries) {
		return cands[0], RuleAlias
	}
	if person {
		return r.variant(e, countries)
	}
	return nil, 0
}

// aliasFits checks a node x found by alias for e (folded name f): the
// names alike, so that an alias the extractor got wrong does not merge
// ("Atlanta" for CNN); for people, a one-word name no other stored
// person's ("Bush": Jeb or George W.?) and no conflict of countries.
func (r *Resolver) aliasFits(e *schema.Entity, f string, x *node, countries []quad.IRI) bool {
	if !alike(e.Kind, f, x.names) {
		return false
	}
	if e.Kind != schema.KindPerson {
		return true
	}
	if words := strings.Fields(f); len(words) == 1 {
		for _, other := range r.surnames[words[0]] {
			if other != x {
				return false
			}
		}
	}
	return !conflict(countries, x.countries)
}

// splitName splits a person's name, if the Resolver has tables.
func (r *Resolver) splitName(name string) (refdata.PersonName, bool) {
	if r.tables == nil {
		return refdata.PersonName{}, false
	}
	return r.tables.SplitName(name)
}

// variant finds the one stored person whose name the person e's is
// another form of: the same family name, given names equal or short
// forms of one name, middle names equal, missing or initials ("Bill Barr",
// "William P. Barr"). Two such people, or a conflict of countries, and e
// stays apart.
func (r *Resolver) variant(e *schema.Entity, countries []quad.IRI) (*node, Rule) {
	p, ok := r.splitName(e.Name)
	if !ok {
		return nil, 0
	}
	var found *node
	for _, x := range r.surnames[p.Family] {
		for _, q := range x.people {
			if q.Family == p.Family && r.tables.SameName(p, q) {
				if found != nil && found != x {
					return nil, 0 // "George Bush": George W. or George H. W.?
				}
				found = x
				break
			}
		}
	}
	if found == nil || conflict(countries, found.countries) {
		return nil, 0
	}
	return found, RuleVariant
}

// conflict reports whether a person tied to the countries a cannot be the
// node tied to the countries b: both are known and none is shared.
func conflict(a, b []quad.IRI) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, c := range a {
		if slices.Contains(b, c) {
			return false
		}
	}
	return true
}

// least returns the node with the least IRI, or nil.
func least(xs []*node) *node {
	var m *node
	for _, x := range xs {
		if m == nil || x.iri < m.iri {
			m = x
		}
	}
	return m
}

// placeWords are the words a place's name may have or lack and still be
// the same place ("Hubei Province" = "Hubei").
var placeWords = map[string]bool{"county": true, "province": true, "region": true, "prefecture": true, "governorate": true, "oblast": true}

// acronymSkip are the words an acronym skips ("OPEC").
var acronymSkip = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true}

// alike reports whether the folded name f of an entity of kind k could be
// another form of one of the folded names of a node, as a check on alias
// evidence: for people the same surname and, with two given names, the
// same initial ("Joseph R Biden" = "Joe Biden", "Ocasio Cortez" = "Alexandria
// Ocasio Cortez"); for places the same words but for a county or province;
// otherwise the words of one within the other, or one the acronym of the
// other ("OPEC").
func alike(k schema.Kind, f string, names []string) bool {
	a := strings.Fields(f)
	for _, n := range names {
		b := strings.Fields(n)
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		switch k {
		case schema.KindPerson:
			short, long := a, b
			if len(short) > len(long) {
				short, long = long, short
			}
			if slices.Equal(short, long[len(long)-len(short):]) {
				return true
			}
			if a[len(a)-1] == b[len(b)-1] && a[0][0] == b[0][0] {
				return true
			}
		case schema.KindPlace:
			drop := func(ws []string) []string {
				return slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return placeWords[w] })
			}
			if slices.Equal(drop(a), drop(b)) {
				return true
			}
		default:
			if within(a, b) || within(b, a) || acronym(a, b) || acronym(b, a) {
				return true
			}
		}
	}
	return false
}

// within reports whether every word of a is in b.
func within(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// acronym reports whether a is one word made of the initials of b.
func acronym(a, b []string) bool {
	if len(a) != 1 || len(b) < 2 {
		return false
	}
	var init []byte
	for _, w := range b {
		if !acronymSkip[w] {
			init = append(init, w[0])
		}
	}
	return len(init) > 1 && string(init) == a[0]
}
