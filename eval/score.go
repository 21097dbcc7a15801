package eval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/schema"
)

// Counts are the true positives, false positives and false negatives of one
// measure.
type Counts struct {
	TP, FP, FN int
}

// P returns the precision TP/(TP+FP), 1 when nothing was claimed.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R returns the recall TP/(TP+FN), 1 when there was nothing to find.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of P and R, 2TP/(2TP+FP+FN); 1 when all
// counts are 0.
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func (c Counts) add(d Counts) Counts { return Counts{c.TP + d.TP, c.FP + d.FP, c.FN + d.FN} }

// LinkCounts are the Wikidata linking figures: of the Total graph entities
// matched to gold entities that have a Wikidata ID, Correct carry exactly
// that ID's IRI as their only schema:sameAs and Wrong carry some other
// schema:sameAs value.
type LinkCounts struct {
	Correct, Total, Wrong int
}

// Share returns Correct/Total, 1 when Total is 0.
func (l LinkCounts) Share() float64 { return ratio(l.Correct, l.Total) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// Result is the score of one article, or with Sum of several (then Article
// is empty and there are no items).
type Result struct {
	Article      string
	Entities     Counts
	Relations    Counts
	EventsLoose  Counts
	EventsStrict Counts
	Links        LinkCounts
	// Missed lists the non-optional gold items not found, the gold events
	// found loosely but not strictly (with the reason) and the gold links
	// not made; Spurious lists the graph items that match nothing and the
	// wrong links.
	Missed, Spurious []Item
}

// Item is one missed or spurious item, for a verbose report.
type Item struct {
	Measure string // "entity", "relation", "event", "event(strict)" or "link"
	Text    string // e.g. `Person "Nikol Pashinyan"`, `leaderOf(Nikol Pashinyan, Armenia)`
	Reason  string // why a near match failed; may be empty
}

// String returns the item as one line: `entity Person "Nikol Pashinyan"`,
// `event(strict) 0841 agent=[Azerbaijan] … : date 2023-12, want 2023-12-13`.
func (it Item) String() string {
	s := it.Measure + " " + it.Text
	if it.Reason != "" {
		s += ": " + it.Reason
	}
	return s
}

// Sum adds the counts of the results: their micro-average.
func Sum(results []*Result) *Result {
	var s Result
	for _, r := range results {
		s.Entities = s.Entities.add(r.Entities)
		s.Relations = s.Relations.add(r.Relations)
		s.EventsLoose = s.EventsLoose.add(r.EventsLoose)
		s.EventsStrict = s.EventsStrict.add(r.EventsStrict)
		s.Links.Correct += r.Links.Correct
		s.Links.Total += r.Links.Total
		s.Links.Wrong += r.Links.Wrong
	}
	return &s
}

// scorer holds the state of one Score call.
type scorer struct {
	gold *Gold
	g    *graph
	res  *Result
}

// Score compares the quads of one article's graph with the article's gold
// annotation by the rules of GOLD.md, as the package documentation details.
// The gold is assumed to pass Check.
func Score(quads []quad.Quad, g *Gold) *Result {
	s := &scorer{gold: g, g: readGraph(quads), res: &Result{Article: g.Article}}
	s.entities()
	s.relations()
	s.events()
	s.links()
	return s.res
}

func (s *scorer) missed(measure, text, reason string) {
	s.res.Missed = append(s.res.Missed, Item{measure, text, reason})
}

func (s *scorer) spurious(measure, text, reason string) {
	s.res.Spurious = append(s.res.Spurious, Item{measure, text, reason})
}

func (s *scorer) entities() {
	gold, ents := s.gold.Entities, s.g.entities
	m := newMatcher(len(gold), len(ents))
	for i, ge := range gold {
		kind, _ := schema.ParseKind(ge.Type)
		names := map[string]bool{Normalize(ge.Name): true}
		for _, a := range ge.Aliases {
			names[Normalize(a)] = true
		}
		main := Normalize(ge.Name)
		for j, e := range ents {
			if !e.kinds[kind] {
				continue
			}
			for n := range e.norms {
				if names[n] {
					m.add(i, j, e.main[main])
					break
				}
			}
		}
	}
	m.matchOptional(func(i int) bool { return gold[i].Optional })
	c := &s.res.Entities
	for j, e := range ents {
		e.match = m.right[j]
		switch {
		case e.match < 0:
			c.FP++
			s.spurious("entity", e.describe(), "")
		case !gold[e.match].Optional:
			c.TP++
		}
	}
	for i, ge := range gold {
		if m.left[i] < 0 && !ge.Optional {
			c.FN++
			s.missed("entity", fmt.Sprintf("%s %q", ge.Type, ge.Name), "")
		}
	}
}

func (e *gEntity) describe() string {
	var kinds []string
	for k := range e.kinds {
		kinds = append(kinds, k.String())
	}
	sort.Strings(kinds)
	return fmt.Sprintf("%s %q", strings.Join(kinds, "/"), e.label())
}

// matchedTo reports whether the node is a graph entity matched to the gold
// entity named name.
func (s *scorer) matchedTo(node quad.Value, name string) bool {
	e := s.g.byKey[key(node)]
	return e != nil && e.match >= 0 && s.gold.Entities[e.match].Name == name
}

// label shows a node by its entity's name where it is an entity.
func (s *scorer) label(node quad.Value) string {
	if e := s.g.byKey[key(node)]; e != nil {
		return e.label()
	}
	return nodeLabel(node)
}

func (s *scorer) relations() {
	gold, rels := s.gold.Relations, s.g.relations
	m := newMatcher(len(gold), len(rels))
	for i, gr := range gold {
		for j, r := range rels {
			if r.pred == gr.Relation && s.matchedTo(r.s, gr.Subject) && s.matchedTo(r.o, gr.Object) {
				m.add(i, j, true)
			}
		}
	}
	m.matchOptional(func(i int) bool { return gold[i].Optional })
	c := &s.res.Relations
	for j, r := range rels {
		switch l := m.right[j]; {
		case l < 0:
			c.FP++
			s.spurious("relation", fmt.Sprintf("%s(%s, %s)", r.pred, s.label(r.s), s.label(r.o)), "")
		case !gold[l].Optional:
			c.TP++
		}
	}
	for i, gr := range gold {
		if m.left[i] < 0 && !gr.Optional {
			c.FN++
			s.missed("relation", fmt.Sprintf("%s(%s, %s)", gr.Relation, gr.Subject, gr.Object), "")
		}
	}
}

// loose reports whether the graph event matches the gold event loosely.
func (s *scorer) loose(e *gEvent, ge GoldEvent) bool {
	if len(e.code) < 2 || schema.Root(e.code) != schema.Root(ge.Cameo) {
		return false
	}
	for _, a := range e.agents {
		for _, name := range ge.Agent {
			if s.matchedTo(a, name) {
				return true
			}
		}
	}
	return false
}

// strictFailures returns why a loosely matching graph event does not match
// the gold event strictly; none when it does.
func (s *scorer) strictFailures(e *gEvent, ge GoldEvent) []string {
	var why []string
	if !codeFits(e.code, ge.Cameo) {
		why = append(why, fmt.Sprintf("code %s, want %s", e.code, ge.Cameo))
	}
	for _, t := range ge.Target {
		found := false
		for _, v := range append(append([]quad.Value(nil), e.targets...), e.participants...) {
			if s.matchedTo(v, t) {
				found = true
				break
			}
		}
		if !found {
			why = append(why, fmt.Sprintf("target %s missing", t))
		}
	}
	if ge.Date != "" {
		want, _ := schema.ParseDate(ge.Date)
		switch {
		case e.badDate != "":
			why = append(why, fmt.Sprintf("date %s unreadable, want %s", e.badDate, want))
		case !e.hasDate:
			why = append(why, fmt.Sprintf("no date, want %s", want))
		case !dateFits(e.date, want):
			why = append(why, fmt.Sprintf("date %s, want %s", e.date, want))
		}
	}
	if ge.Quantity != nil {
		switch {
		case !e.hasQuantity:
			why = append(why, fmt.Sprintf("no quantity, want %d", *ge.Quantity))
		case e.quantity != *ge.Quantity:
			why = append(why, fmt.Sprintf("quantity %d, want %d", e.quantity, *ge.Quantity))
		}
	}
	return why
}

// codeFits reports whether the graph's code is right at the strict level:
// the gold code is a prefix of it, or both have at least three characters
// and the first three are equal.
func codeFits(graph, gold string) bool {
	if strings.HasPrefix(graph, gold) {
		return true
	}
	return len(graph) >= 3 && len(gold) >= 3 && graph[:3] == gold[:3]
}

// dateFits reports whether the graph's date equals the gold date at the gold
// date's precision; a less precise graph date does not.
func dateFits(graph, gold schema.Date) bool {
	switch {
	case gold.Month == 0:
		return graph.Year == gold.Year
	case gold.Day == 0:
		return graph.Year == gold.Year && graph.Month == gold.Month
	}
	return graph == gold
}

func (s *scorer) events() {
	gold, evs := s.gold.Events, s.g.events
	loose := newMatcher(len(gold), len(evs))
	strict := newMatcher(len(gold), len(evs))
	for i, ge := range gold {
		for j, e := range evs {
			if !s.loose(e, ge) {
				continue
			}
			ok := len(s.strictFailures(e, ge)) == 0
			loose.add(i, j, ok)
			if ok {
				strict.add(i, j, true)
			}
		}
	}
	optional := func(i int) bool { return gold[i].Optional }
	loose.matchOptional(optional)
	strict.matchOptional(optional)
	count := func(m *matcher, c *Counts) {
		for j := range evs {
			switch l := m.right[j]; {
			case l < 0:
				c.FP++
			case !gold[l].Optional:
				c.TP++
			}
		}
		for i, ge := range gold {
			if m.left[i] < 0 && !ge.Optional {
				c.FN++
			}
		}
	}
	count(loose, &s.res.EventsLoose)
	count(strict, &s.res.EventsStrict)
	for i, ge := range gold {
		if ge.Optional {
			continue
		}
		switch j := loose.left[i]; {
		case j < 0:
			s.missed("event", describeGold(ge), "")
		case strict.left[i] < 0:
			s.missed("event(strict)", describeGold(ge), strings.Join(s.strictFailures(evs[j], ge), "; "))
		}
	}
	for j, e := range evs {
		if loose.right[j] < 0 {
			s.spurious("event", s.describeGraph(e), "")
		}
	}
}

func describeGold(ge GoldEvent) string {
	return describeEvent(ge.Cameo, ge.Agent, ge.Target, ge.Participant, ge.Date, ge.Quantity, ge.Evidence)
}

func (s *scorer) describeGraph(e *gEvent) string {
	labels := func(vs []quad.Value) []string {
		var out []string
		for _, v := range vs {
			out = append(out, s.label(v))
		}
		return out
	}
	date := ""
	if e.hasDate {
		date = e.date.String()
	}
	var q *int
	if e.hasQuantity {
		q = &e.quantity
	}
	return describeEvent(e.code, labels(e.agents), labels(e.targets), labels(e.participants), date, q, e.evidence)
}

// describeEvent formats an event as
// `0841 agent=[Azerbaijan] target=[Armenia] 2023-12-13 q=32 "evidence…"`.
func describeEvent(code string, agents, targets, participants []string, date string, q *int, evidence string) string {
	parts := []string{code, "agent=[" + strings.Join(agents, ", ") + "]"}
	if len(targets) > 0 {
		parts = append(parts, "target=["+strings.Join(targets, ", ")+"]")
	}
	if len(participants) > 0 {
		parts = append(parts, "participant=["+strings.Join(participants, ", ")+"]")
	}
	if date != "" {
		parts = append(parts, date)
	}
	if q != nil {
		parts = append(parts, "q="+strconv.Itoa(*q))
	}
	if evidence != "" {
		parts = append(parts, strconv.Quote(shorten(evidence, 60)))
	}
	return strings.Join(parts, " ")
}

// shorten cuts s to at most n runes, marking a cut with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func (s *scorer) links() {
	c := &s.res.Links
	for _, e := range s.g.entities {
		if e.match < 0 || s.gold.Entities[e.match].Wikidata == "" {
			continue
		}
		ge := s.gold.Entities[e.match]
		want := schema.WikidataNS + ge.Wikidata
		c.Total++
		var wrong []string
		for _, v := range e.sameAs {
			if v != want {
				wrong = append(wrong, v)
			}
		}
		switch {
		case len(wrong) > 0:
			c.Wrong++
			s.spurious("link", fmt.Sprintf("%s %q sameAs %s", ge.Type, ge.Name, strings.Join(wrong, ", ")), "want "+ge.Wikidata)
		case len(e.sameAs) == 0:
			s.missed("link", fmt.Sprintf("%s %q %s", ge.Type, ge.Name, ge.Wikidata), "no sameAs")
		default:
			c.Correct++
		}
	}
}
