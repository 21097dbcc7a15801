package graph

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Hop is one step of a connection between two entities, with its evidence.
type Hop struct {
	From EntityRef `json:"from"`
	To   EntityRef `json:"to"`
	// Kind is "relation" (Predicate holds), "event" (both take part in
	// Event) or "reaction" (From is an agent of Event, which has no target
	// and reacts to Cause, an event of the same article in which To takes
	// part).
	Kind      string `json:"kind"`
	Predicate string `json:"predicate"` // relation: its local name; "" otherwise
	FromRole  string `json:"fromRole"`  // From's role: subject or object of a relation; agent, target or participant of an event
	ToRole    string `json:"toRole"`    // To's role
	Event     *Event `json:"event"`     // event, reaction
	Cause     *Event `json:"cause"`     // reaction
	Text      string `json:"text"`      // the hop in words
}

// Connection is a chain of hops from one entity to another.
type Connection struct {
	Hops []Hop `json:"hops"`
}

// PathResult is the answer of Path.
type PathResult struct {
	From      EntityRef `json:"from"`
	To        EntityRef `json:"to"`
	MaxHops   int       `json:"maxHops"`
	Truncated bool      `json:"truncated"` // the search stopped at its work budget before maxHops
	Length    int       `json:"length"`    // hops of the shortest connections; 0 when none
	// Count is the number of shortest connections found, of which
	// Connections lists the first up to the limit: for entities directly
	// connected, every relation between them, then every event both take
	// part in, newest first.
	Count       int          `json:"count"`
	Connections []Connection `json:"connections"`
}

// edge is how a neighbour is reached: by a relation, or through an event.
type edge struct {
	kind      string
	pred      quad.IRI   // relation
	forward   bool       // relation: from is its subject
	ev        cgraph.Ref // event, reaction
	cause     cgraph.Ref // reaction
	fromRole  string
	toRole    string
	causeRank int // reaction: shared words, for ordering
}

// pathBudget bounds the work of Path, in events and relations read while
// expanding entities, so that a query between unconnected hubs ends (the
// United States takes part in 7,000 events of the corpus).
const pathBudget = 20000

// Path returns the shortest connections (at most limit, limit <= 0: all)
// of at most maxHops hops between the entities from and to, through
// relations and shared events; only when there is none, it also follows
// reactions (an untargeted statement about another event of the article).
func (a *Ask) Path(from, to string, maxHops, limit int) (PathResult, error) {
	res := PathResult{MaxHops: maxHops, Connections: []Connection{}}
	fr, tr := a.node(from), a.node(to)
	if fr == nil || tr == nil {
		return res, a.Err()
	}
	res.From, res.To = a.entity(fr), a.entity(tr)
	a.work = 0
	for _, reactions := range []bool{false, true} {
		paths := a.bfs(fr, tr, maxHops, reactions)
		res.Truncated = res.Truncated || a.work > pathBudget
		if len(paths) == 0 {
			continue
		}
		res.Length = len(paths[0])
		if res.Length == 1 && !reactions {
			// The search reaches a neighbour once; list every relation
			// and every event the two share.
			paths = a.direct(fr, tr)
		}
		res.Count = len(paths)
		for _, p := range paths[:capped(len(paths), limit)] {
			res.Connections = append(res.Connections, a.connection(fr, p))
		}
		break
	}
	return res, a.Err()
}

// direct returns every one-hop path from from to to: each relation
// between them (in the vocabulary's order, out before in), then each event
// both take part in, newest first.
func (a *Ask) direct(from, to cgraph.Ref) [][]step {
	var out [][]step
	for _, p := range schema.Relations {
		for _, l := range a.v.objects(from, p) {
			if l.node == to {
				out = append(out, []step{{node: to, e: edge{kind: "relation", pred: p, forward: true}}})
				break
			}
		}
		for _, s := range a.v.subjects(p, from) {
			if s.node == to {
				out = append(out, []step{{node: to, e: edge{kind: "relation", pred: p}}})
				break
			}
		}
	}
	var evs []dated
	roles := map[cgraph.Ref]edge{}
	for _, role := range eventRoles {
		for _, ev := range a.v.subjects(role.pred, from) {
			if _, seen := roles[ev.node]; seen {
				continue
			}
			for _, other := range eventRoles {
				if _, seen := roles[ev.node]; seen {
					break
				}
				for _, l := range a.v.objects(ev.node, other.pred) {
					if l.node == to {
						roles[ev.node] = edge{kind: "event", ev: ev.node, fromRole: role.name, toRole: other.name}
						evs = append(evs, dated{node: ev.node, date: a.dateOf(ev.node, schema.StartDate)})
						break
					}
				}
			}
		}
	}
	for _, d := range a.top(evs, 0, true) {
		out = append(out, []step{{node: to, e: roles[d.node]}})
	}
	return out
}

// step is one hop of a path found by bfs: the node reached and how.
type step struct {
	node cgraph.Ref
	e    edge
}

// bfs finds the shortest paths from a to b, breadth-first from both ends,
// expanding the side with fewer entities to expand next.
func (a *Ask) bfs(from, to cgraph.Ref, maxHops int, reactions bool) [][]step {
	if from == to {
		return nil
	}
	type side struct {
		parents  map[cgraph.Ref][]step // node -> (parent, edge parent→node as seen from this side)
		frontier []cgraph.Ref
		depth    int
		depthOf  map[cgraph.Ref]int
	}
	sa := &side{parents: map[cgraph.Ref][]step{from: nil}, frontier: []cgraph.Ref{from}, depthOf: map[cgraph.Ref]int{from: 0}}
	sb := &side{parents: map[cgraph.Ref][]step{to: nil}, frontier: []cgraph.Ref{to}, depthOf: map[cgraph.Ref]int{to: 0}}
	for sa.depth+sb.depth < maxHops && len(sa.frontier) > 0 && len(sb.frontier) > 0 {
		s, other := sa, sb
		if a.cost(sb.frontier) < a.cost(sa.frontier) {
			s, other = sb, sa
		}
		next := map[cgraph.Ref][]step{}
		var order []cgraph.Ref
		for _, n := range s.frontier {
			if a.work > pathBudget {
				break
			}
			for _, nb := range a.neighbours(n, reactions) {
				if _, seen := s.parents[nb.node]; seen {
					continue
				}
				if next[nb.node] == nil {
					order = append(order, nb.node)
				}
				next[nb.node] = append(next[nb.node], step{node: n, e: nb.e})
			}
		}
		s.depth++
		for _, n := range order {
			s.parents[n] = next[n]
			s.depthOf[n] = s.depth
		}
		s.frontier = order
		var meet []cgraph.Ref
		best := maxHops + 1
		for _, n := range order {
			if d, ok := other.depthOf[n]; ok && d < best {
				best = d
			}
		}
		for _, n := range order {
			if d, ok := other.depthOf[n]; ok && d == best {
				meet = append(meet, n)
			}
		}
		if len(meet) > 0 {
			var out [][]step
			for _, m := range meet {
				for _, left := range chains(sa.parents, m, 64) {
					for _, right := range chains(sb.parents, m, 64) {
						out = append(out, join(left, right, m))
					}
				}
			}
			return out
		}
		if a.work > pathBudget {
			return nil
		}
	}
	return nil
}

// chains returns up to max chains of steps from the root of parents to n,
// each step holding the node it leaves and the edge taken.
func chains(parents map[cgraph.Ref][]step, n cgraph.Ref, max int) [][]step {
	ps := parents[n]
	if len(ps) == 0 {
		return [][]step{nil}
	}
	var out [][]step
	for _, p := range ps {
		for _, c := range chains(parents, p.node, max) {
			out = append(out, append(c, step{node: p.node, e: p.e}))
			if len(out) == max {
				return out
			}
		}
	}
	return out
}

// join makes a path (steps from the start, each with the node it leaves)
// from the left chain to m and the right chain from the far end to m.
// A path is a list of (node reached, edge) from the start.
func join(left, right []step, m cgraph.Ref) []step {
	var out []step
	for i, s := range left {
		reached := m
		if i+1 < len(left) {
			reached = left[i+1].node
		}
		out = append(out, step{node: reached, e: s.e})
	}
	for i := len(right) - 1; i >= 0; i-- {
		e := right[i].e
		e.forward = !e.forward
		e.fromRole, e.toRole = e.toRole, e.fromRole
		if e.kind == "reaction" {
			e.kind = "reaction-in" // From takes part in the cause, To reacts
		}
		out = append(out, step{node: right[i].node, e: e})
	}
	return out
}

// neighbour is an entity next to another and the edge between them.
type neighbour struct {
	node cgraph.Ref
	e    edge
}

// cost estimates the work of expanding nodes: their events.
func (a *Ask) cost(nodes []cgraph.Ref) int {
	c := 0
	for _, n := range nodes {
		d, ok := a.degree[n]
		if !ok {
			d = 1
			for _, role := range eventRoles {
				d += len(a.v.subjects(role.pred, n))
			}
			a.degree[n] = d
		}
		c += d
	}
	return c
}

// neighbours returns the entities one hop from n, each once, by the first
// edge found: relations first, then events, then (if reactions) reactions.
// It counts its reads in a.work.
func (a *Ask) neighbours(n cgraph.Ref, reactions bool) []neighbour {
	key := nbKey{n, reactions}
	if nb, ok := a.nbs[key]; ok {
		return nb
	}
	nb := a.readNeighbours(n, reactions)
	a.nbs[key] = nb
	return nb
}

type nbKey struct {
	n         cgraph.Ref
	reactions bool
}

func (a *Ask) readNeighbours(n cgraph.Ref, reactions bool) []neighbour {
	var out []neighbour
	seen := map[cgraph.Ref]bool{n: true}
	add := func(m cgraph.Ref, e edge) {
		if m == nil || seen[m] || kindOf(lexical(a.v.value(m))) == "" {
			return
		}
		seen[m] = true
		out = append(out, neighbour{m, e})
	}
	for _, p := range schema.Relations {
		a.work++
		for _, l := range a.v.objects(n, p) {
			add(l.node, edge{kind: "relation", pred: p, forward: true})
		}
		for _, s := range a.v.subjects(p, n) {
			add(s.node, edge{kind: "relation", pred: p})
		}
	}
	var untargeted []cgraph.Ref
	for _, role := range eventRoles {
		for _, ev := range a.v.subjects(role.pred, n) {
			if a.work++; a.work > pathBudget {
				break
			}
			hasTarget := false
			for _, other := range eventRoles {
				for _, l := range a.v.objects(ev.node, other.pred) {
					hasTarget = hasTarget || other.name == "target"
					add(l.node, edge{kind: "event", ev: ev.node, fromRole: role.name, toRole: other.name})
				}
			}
			if role.name == "agent" && !hasTarget && reactionRoots[schema.Root(a.first(ev.node, schema.Cameo))] {
				untargeted = append(untargeted, ev.node)
			}
		}
	}
	if reactions {
		for _, ev := range untargeted {
			for _, c := range a.causes(ev) {
				for _, other := range eventRoles {
					for _, l := range a.v.objects(c, other.pred) {
						add(l.node, edge{kind: "reaction", ev: ev, cause: c, fromRole: "agent", toRole: other.name})
					}
				}
			}
		}
	}
	return out
}

// reactionRoots are the CAMEO roots of events that may be about another
// event rather than an actor: make a statement, appeal, express intent,
// praise or endorse (05), disapprove, reject.
var reactionRoots = map[string]bool{"01": true, "02": true, "03": true, "05": true, "11": true, "12": true}

// causes returns the events an untargeted event may react to: the other
// events of its article, from its sentence or before, whose evidence shares
// two content words with its own,
// most shared words first. Events of an article are numbered from 0
// (https://newsgraph.dev/id/event/<hash16>-<n>).
func (a *Ask) causes(ev cgraph.Ref) []cgraph.Ref {
	iri := lexical(a.v.value(ev))
	dash := strings.LastIndexByte(iri, '-')
	if dash < 0 {
		return nil
	}
	words := contentWords(a.first(ev, schema.Evidence))
	sentence, _ := strconv.Atoi(a.first(ev, schema.Sentence))
	type ranked struct {
		r    cgraph.Ref
		n, i int
	}
	var rs []ranked
	for i := 0; i < 200; i++ {
		sib := a.v.ref(quad.IRI(iri[:dash+1] + strconv.Itoa(i)))
		if sib == nil {
			break
		}
		if sib == ev {
			continue
		}
		if n, err := strconv.Atoi(a.first(sib, schema.Sentence)); err != nil || n > sentence {
			continue // a reaction is to what was reported before it
		}
		shared := 0
		for w := range contentWords(a.first(sib, schema.Evidence)) {
			if words[w] {
				shared++
			}
		}
		if shared >= 2 {
			rs = append(rs, ranked{sib, shared, i})
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].n > rs[j].n })
	out := make([]cgraph.Ref, len(rs))
	for i, r := range rs {
		out[i] = r.r
	}
	return out
}

// stopWords are left out of the words causes compares.
var stopWords = map[string]bool{
	"about": true, "after": true, "against": true, "also": true, "been": true, "before": true,
	"being": true, "from": true, "have": true, "their": true, "there": true, "they": true,
	"this": true, "those": true, "were": true, "what": true, "when": true, "which": true,
	"while": true, "with": true, "would": true, "said": true, "says": true, "that": true,
	"will": true, "since": true, "into": true, "over": true, "years": true, "year": true,
	"according": true, "these": true, "than": true, "them": true, "more": true, "most": true,
}

// contentWords returns the lower-case words of at least four letters of s,
// stop words left out.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 && !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

// connection explains a path found by bfs.
func (a *Ask) connection(from cgraph.Ref, p []step) Connection {
	c := Connection{Hops: []Hop{}}
	prev := from
	for _, s := range p {
		h := Hop{From: a.entity(prev), To: a.entity(s.node), Kind: s.e.kind, FromRole: s.e.fromRole, ToRole: s.e.toRole}
		switch s.e.kind {
		case "relation":
			h.Predicate = schema.LocalName(s.e.pred)
			h.FromRole, h.ToRole = "object", "subject"
			if s.e.forward {
				h.FromRole, h.ToRole = "subject", "object"
				h.Text = fmt.Sprintf("%s —%s→ %s", h.From.Name, h.Predicate, h.To.Name)
			} else {
				h.Text = fmt.Sprintf("%s ←%s— %s", h.From.Name, h.Predicate, h.To.Name)
			}
		case "event":
			ev := a.event(s.e.ev)
			h.Event = &ev
			h.Text = eventHopText(h.From.Name, h.FromRole, h.To.Name, h.ToRole, ev)
		case "reaction", "reaction-in":
			ev, cause := a.event(s.e.ev), a.event(s.e.cause)
			what := strings.ToLower(cause.Description[:1]) + cause.Description[1:]
			h.Event, h.Cause = &ev, &cause
			h.Kind = "reaction"
			if s.e.kind == "reaction" {
				h.FromRole, h.ToRole = "agent", s.e.toRole
				h.Text = fmt.Sprintf("%s —%s (%s)→ the %s (%s) %s %s%s: %s", h.From.Name, ev.Description, ev.Cameo,
					what, cause.Cameo, rolePhrase(h.ToRole), h.To.Name, dateSuffix(ev.Date), quote(ev.Evidence))
			} else {
				h.FromRole, h.ToRole = s.e.toRole, "agent"
				h.Text = fmt.Sprintf("%s, %s the %s (%s) ←%s (%s)— %s%s: %s", h.From.Name, rolePhrase(h.FromRole),
					what, cause.Cameo, ev.Description, ev.Cameo, h.To.Name, dateSuffix(ev.Date), quote(ev.Evidence))
			}
		}
		c.Hops = append(c.Hops, h)
		prev = s.node
	}
	return c
}

// rolePhrase says how an entity takes part in an event it is named with.
func rolePhrase(role string) string {
	switch role {
	case "agent":
		return "by"
	case "target":
		return "of"
	}
	return "with"
}

func dateSuffix(d string) string {
	if d == "" {
		return ""
	}
	return ", " + d
}

func quote(s string) string { return "“" + s + "”" }

// eventHopText says how two entities of one event are connected by it.
func eventHopText(from, fromRole, to, toRole string, ev Event) string {
	what := fmt.Sprintf("%s (%s)", ev.Description, ev.Cameo)
	var s string
	switch {
	case fromRole == "agent" && toRole == "target":
		s = fmt.Sprintf("%s —%s→ %s", from, what, to)
	case fromRole == "target" && toRole == "agent":
		s = fmt.Sprintf("%s ←%s— %s", from, what, to)
	case fromRole == toRole:
		s = fmt.Sprintf("%s and %s (both %s): %s", from, to, fromRole, what)
	default:
		s = fmt.Sprintf("%s (%s) — %s — %s (%s)", from, fromRole, what, to, toRole)
	}
	return s + dateSuffix(ev.Date) + ": " + quote(ev.Evidence)
}
