package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/schema"
)

// This file makes one event of each happening: accounts of the same act
// in the headline and the body, or twice in a sentence, are merged.

// finishEvents merges the events that tell the same happening and returns
// them in the order of the text.
func (es *eventStage) finish() []schema.Event {
	var kept []*event
	for _, ev := range es.d.events {
		merged := false
		for _, k := range kept {
			if sameHappening(k, ev) {
				mergeInto(k, ev)
				merged = true
				break
			}
		}
		if !merged {
			kept = append(kept, ev)
		}
	}
	for _, ev := range kept {
		if ev.attack && len(ev.targets) == 0 && countStates(ev.agents) == 1 {
			ev.targets = es.opponent(ev.agents, ev.sent)
		}
		// A meeting abroad is a visit: "meeting Modi in Delhi".
		if ev.code == "040" && es.abroad(ev) {
			ev.code = "042"
		}
	}
	sort.SliceStable(kept, func(a, b int) bool {
		if kept[a].sent != kept[b].sent {
			return kept[a].sent < kept[b].sent
		}
		return kept[a].tok < kept[b].tok
	})
	out := make([]schema.Event, 0, len(kept))
	for _, ev := range kept {
		out = append(out, schema.Event{
			Code:         ev.code,
			Name:         es.eventName(ev),
			Agents:       iris(ev.agents),
			Targets:      iris(ev.targets),
			Participants: iris(ev.participants),
			Locations:    iris(uniqueEntities(ev.locations)),
			Date:         ev.date,
			Quantity:     ev.quantity,
			Evidence:     es.d.sents[ev.sent].Text,
			Sentence:     ev.sent,
			Rule:         ev.rule,
		})
	}
	return out
}

func sameHappening(a, b *event) bool {
	ra, rb := a.code, b.code
	if len(ra) > 3 {
		ra = ra[:3]
	}
	if len(rb) > 3 {
		rb = rb[:3]
	}
	if ra != rb || !sameEntities(a.agents, b.agents) {
		return false
	}
	if a.explicitDate && b.explicitDate && a.date != b.date {
		return false
	}
	if a.quantity != 0 && b.quantity != 0 && a.quantity != b.quantity {
		return false
	}
	// "Moscow's offensive in the spring, which recaptured the
	// region": one happening told twice in one sentence, or with the same
	// verb, one account naming more targets than the other.
	if (a.sent == b.sent || a.key == b.key) && (subsetOf(a.targets, b.targets) || subsetOf(b.targets, a.targets)) {
		return true
	}
	if !sameEntities(a.targets, b.targets) {
		return false
	}
	// Told with the same verb, or a release told as part of an exchange;
	// two attacks told with different words may be two attacks.
	return a.key == b.key || a.code == "0841" && b.code == "0841"
}

// mergeInto keeps in a what b adds: a stated date, a quantity, the fuller
// evidence. The account with more detail, or the body's rather than the
// headline's, becomes the event; the other fills what it lacks.
func mergeInto(a, b *event) {
	better := (b.quantity != 0 && a.quantity == 0) || (b.explicitDate && !a.explicitDate && (a.quantity == 0 || b.quantity != 0))
	if a.sent == 0 && b.sent != 0 && (b.quantity == a.quantity || b.quantity != 0) {
		better = true
	}
	if better {
		keep := *b
		absorb(&keep, a)
		*a = keep
		return
	}
	absorb(a, b)
}

// absorb fills keep with what other knows and keep does not.
func absorb(keep, other *event) {
	keep.participants = append(keep.participants, other.participants...)
	keep.locations = append(keep.locations, other.locations...)
	if len(other.targets) > len(keep.targets) {
		keep.targets = other.targets
	}
	if keep.quantity == 0 {
		keep.quantity = other.quantity
	}
	if !keep.explicitDate && other.explicitDate {
		keep.date, keep.explicitDate = other.date, true
	}
	if len(other.code) > len(keep.code) {
		keep.code = other.code
	}
}

func (es *eventStage) eventName(ev *event) string {
	var b strings.Builder
	b.WriteString(names(ev.agents))
	b.WriteString(": ")
	if c, ok := es.x.codes.Lookup(ev.code); ok {
		b.WriteString(strings.ToLower(c.Description[:1]) + c.Description[1:])
	} else {
		b.WriteString("CAMEO " + ev.code)
	}
	if len(ev.targets) > 0 {
		b.WriteString(" → ")
		b.WriteString(names(ev.targets))
	}
	if ev.quantity > 0 {
		b.WriteString(" (" + strconv.Itoa(ev.quantity) + ")")
	}
	return b.String()
}

func names(es []*entity) string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.name
	}
	return strings.Join(s, " and ")
}

func iris(es []*entity) []quad.IRI {
	out := make([]quad.IRI, len(es))
	for i, e := range es {
		out[i] = e.iri()
	}
	return out
}

func uniqueEntities(es []*entity) []*entity {
	var out []*entity
	for _, e := range es {
		if !containsEntity(out, e) {
			out = append(out, e)
		}
	}
	return out
}

func containsEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

func sameEntities(a, b []*entity) bool {
	if len(a) != len(b) {
		return false
	}
	for _, e := range a {
		if !containsEntity(b, e) {
			return false
		}
	}
	return true
}

// subsetOf reports whether every entity of a is in b.
func subsetOf(a, b []*entity) bool {
	for _, e := range a {
		if !containsEntity(b, e) {
			return false
		}
	}
	return true
}

// abroad reports whether an event took place in a state none of its agents
// is or serves: where it happened is a place the tables put in another
// state.
func (es *eventStage) abroad(ev *event) bool {
	home := map[int]bool{}
	for _, a := range ev.agents {
		switch a.kind {
		case schema.KindCountry:
			home[a.country] = true
		case schema.KindPerson:
			for _, rel := range es.d.rels {
				if rel.subject == a && (rel.predicate == schema.LeaderOf || rel.predicate == schema.OfficialOf || rel.predicate == schema.NationalOf) && rel.object.kind == schema.KindCountry {
					home[rel.object.country] = true
				}
			}
		}
	}
	if len(home) == 0 {
		return false
	}
	for _, loc := range ev.locations {
		if loc.kind == schema.KindPlace && loc.country >= 0 {
			return !home[loc.country]
		}
	}
	return false
}
