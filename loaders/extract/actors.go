package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file finds who acts and who is acted upon in an event: the subject
// before a verb, the object after it, the possessor of a noun, and what
// pronouns, plurals and quotations stand for.

// isActor reports whether a mention names something that can act: a state,
// an organisation or a person.
func isActor(m mention) bool {
	switch m.ent.kind {
	case schema.KindCountry, schema.KindOrganization, schema.KindPerson:
		return true
	}
	return false
}

// isTarget reports whether a mention can be acted upon: actors and
// places named as such, not as where something happened.
func isTarget(m mention) bool {
	return isActor(m) || (m.ent.kind == schema.KindPlace && !m.located)
}

// groupBefore returns the actors of the nearest coordinated group ending
// before token i, within limit tokens and the same clause; a plural
// reference ("the two countries") stands for the story's two main states.
func (r *reader) groupBefore(si, i, limit int) []*entity {
	words := r.words[si]
	ms := r.mentions[si]
	for k := i - 1; k >= 0 && k >= i-limit; k-- {
		if clauseBreaks[words[k]] {
			return nil
		}
		if lw := strings.ToLower(words[k]); lw == "they" || lw == "their" {
			return r.pluralAntecedent(si, k)
		}
		if pluralActors[strings.ToLower(words[k])] && k > 0 {
			p := strings.ToLower(words[k-1])
			if p == "two" || p == "both" || p == "the" || (k > 1 && strings.EqualFold(words[k-2], "two")) {
				return r.mainCountries(si)
			}
		}
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			if m.end-1 == k && isActor(m) {
				return r.groupAround(si, mi)
			}
		}
	}
	return nil
}

// groupAround returns the entities of the coordinated group of mentions
// containing mention mi ("the European Union and the United States"),
// with the states in the titles of people in it.
func (r *reader) groupAround(si, mi int) []*entity {
	words := r.words[si]
	ms := r.mentions[si]
	joins := func(a, b int) bool { // tokens [a,b) join two mentions
		if b-a > 4 || b < a {
			return false
		}
		for k := a; k < b; k++ {
			switch strings.ToLower(words[k]) {
			case "and", ",", "or", "the", "as", "well", "both", "also":
				continue
			}
			return false
		}
		return true
	}
	lo, hi := mi, mi
	for lo > 0 && isTarget(ms[lo-1]) && joins(ms[lo-1].end, ms[lo].start) && !ms[lo-1].possessive {
		lo--
	}
	for hi+1 < len(ms) && isTarget(ms[hi+1]) && joins(ms[hi].end, ms[hi+1].start) && !ms[hi].possessive {
		hi++
	}
	var out []*entity
	for k := lo; k <= hi; k++ {
		if isActor(ms[k]) || k == mi || isTarget(ms[k]) {
			out = append(out, ms[k].ent)
			// A person's state named in their title acts with them.
			if ms[k].ent.kind == schema.KindPerson && k > 0 && ms[k-1].end < ms[k].start && ms[k].start-ms[k-1].end <= 4 && ms[k-1].ent.kind == schema.KindCountry && titleEndingAt(words, ms[k].start) >= 0 {
				out = append(out, ms[k-1].ent)
			}
		}
	}
	return out
}

// mainCountries returns the two most mentioned countries of the article up
// to sentence si.
func (r *reader) mainCountries(si int) []*entity {
	count := map[*entity]int{}
	for s := 0; s <= si; s++ {
		for _, m := range r.mentions[s] {
			if m.ent.kind == schema.KindCountry {
				count[m.ent]++
			}
		}
	}
	var cs []*entity
	for e := range count {
		cs = append(cs, e)
	}
	sort.Slice(cs, func(a, b int) bool {
		if count[cs[a]] != count[cs[b]] {
			return count[cs[a]] > count[cs[b]]
		}
		return cs[a].first < cs[b].first || (cs[a].first == cs[b].first && cs[a].name < cs[b].name)
	})
	if len(cs) < 2 {
		return nil
	}
	return cs[:2]
}

// byAgent returns the group after "by" following a passive verb.
func (r *reader) byAgent(si, end int) []*entity {
	words := r.words[si]
	for k := end; k < len(words) && k < end+4; k++ {
		if strings.EqualFold(words[k], "by") {
			return r.groupStartingNear(si, k+1, 3)
		}
		if clauseBreaks[words[k]] || words[k] == "," {
			return nil
		}
	}
	return nil
}

// groupStartingNear returns the group of the first actor mention starting
// within limit tokens of token k.
func (r *reader) groupStartingNear(si, k, limit int) []*entity {
	words := r.words[si]
	for mi, m := range r.mentions[si] {
		if m.start >= k && m.start <= k+limit && isActor(m) {
			for j := k; j < m.start; j++ {
				if clauseBreaks[words[j]] || words[j] == "," {
					return nil
				}
			}
			return r.groupAround(si, mi)
		}
	}
	return nil
}

// targetAfter returns the first actor group after an active verb, within
// the clause.
func (r *reader) targetAfter(si int, lower []string, end int) []*entity {
	for mi, m := range r.mentions[si] {
		if m.start < end {
			continue
		}
		if m.start > end+8 {
			return nil
		}
		for j := end; j < m.start; j++ {
			switch lower[j] {
			case ";", ".", ",", "that", "which", "who", "because", "after", "while", "but", "since", "when", "said", "says":
				return nil
			}
		}
		if !isTarget(m) && m.role != roleDemonym {
			continue
		}
		g := r.groupAround(si, mi)
		// "visited Ukrainian President Volodymyr Zelensky": the person
		// the title belongs to is the target too.
		if (m.ent.kind == schema.KindCountry || m.ent.kind == schema.KindOrganization) && mi+1 < len(r.mentions[si]) {
			n := r.mentions[si][mi+1]
			if n.ent.kind == schema.KindPerson && n.start > m.end && titleEndingAt(r.words[si], n.start) >= m.end {
				g = append(g, r.groupAround(si, mi+1)...)
			}
		}
		return g
	}
	return nil
}

// nominalActors finds the agent and target of a noun trigger: "Russia's
// invasion of Ukraine", "the Russian invasion", "talks between A and B",
// "sanctions on Moscow by the US".
func (r *reader) nominalActors(si int, lower []string, i, end int, t trigger) (agents, targets, participants []*entity) {
	ms := r.mentions[si]
	// Before: a possessive or a demonym, over up to two adjectives.
	k := i
	for steps := 0; k > 0 && steps < 3; steps++ {
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			forum := t.symmet && m.ent.kind == schema.KindOrganization && !m.possessive
			if !forum && ((m.possessive && m.end+1 == k) || (m.end == k && (m.role == roleDemonym || m.ent.kind == schema.KindCountry || m.ent.kind == schema.KindOrganization))) {
				if isActor(m) || m.role == roleDemonym {
					agents = r.groupAround(si, mi)
				}
				break
			}
		}
		if agents != nil {
			break
		}
		w := lower[k-1]
		if !isModifier(w) {
			break
		}
		k--
	}
	// "its full-scale invasion": the state the sentence is about.
	if agents == nil && i > 0 && (lower[i-1] == "its" || (i > 1 && lower[i-2] == "its" && isModifier(lower[i-1]))) {
		agents = r.itsReferent(si, lower, i)
	}
	// "his trip to China": the story's person.
	if agents == nil && i > 0 && (lower[i-1] == "his" || lower[i-1] == "her" || i > 1 && (lower[i-2] == "his" || lower[i-2] == "her") && isModifier(lower[i-1])) {
		if p := r.salientPerson(si); p != nil {
			agents = []*entity{p}
		}
	}
	// "aid to Kyiv": the trigger ends with its preposition.
	if prepositions[t.words[len(t.words)-1]] {
		targets = r.groupStartingNear(si, end, 2)
	}
	// After: "between A and B", "by X", "of/on/against/in/to X".
	for j := end; j < len(lower) && j < end+3; j++ {
		switch lower[j] {
		case "between", "among", "with", "involving":
			g := r.groupStartingNear(si, j+1, 5)
			if len(g) > 0 {
				if agents == nil {
					agents = g
				} else {
					targets = append(targets, g...)
				}
			}
		case "by":
			if agents == nil {
				agents = r.groupStartingNear(si, j+1, 2)
			}
		case "of", "on", "against", "in", "to", "into", "for", "from":
			if len(targets) == 0 {
				if g := r.groupStartingNear(si, j+1, 2); len(g) > 0 {
					targets = g
				}
			}
		}
	}
	// "In a meeting in Guangzhou, Wang told Kuleba ...": the people of the
	// sentence met.
	if agents == nil && t.symmet && t.code[:2] == "04" {
		var people []*entity
		for _, m := range r.mentions[si] {
			if m.ent.kind == schema.KindPerson {
				people = append(people, m.ent)
			}
		}
		// The first person named leads; the others took part.
		if people = uniqueEntities(people); len(people) >= 2 || (len(people) == 1 && t.code == "041") {
			agents = people[:1]
			participants = people[1:]
		}
	}
	// "Russia launched an invasion": a light verb before the noun.
	if agents == nil {
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if lightVerbs[lower[k]] {
				agents = r.subjectBefore(si, lower, k)
				break
			}
		}
	}
	return agents, targets, participants
}

// pluralAntecedent resolves "they" at token k: the nearest plural
// reference or group of two or more actors before it in the sentence.
func (r *reader) pluralAntecedent(si, k int) []*entity {
	if g := r.pluralIn(si, k); g != nil {
		return g
	}
	if si == 0 {
		return nil
	}
	// "When they discussed the matter": the people, or else the states, of
	// the sentence before.
	var people, states []*entity
	for _, m := range r.mentions[si-1] {
		switch m.ent.kind {
		case schema.KindPerson:
			people = append(people, m.ent)
		case schema.KindCountry:
			states = append(states, m.ent)
		}
	}
	if people = uniqueEntities(people); len(people) >= 2 {
		return people[:2]
	}
	if states = uniqueEntities(states); len(states) >= 2 {
		return states[:2]
	}
	return nil
}

// pluralIn finds the antecedent of "they" at token k in its own sentence.
func (r *reader) pluralIn(si, k int) []*entity {
	words := r.words[si]
	for j := k - 1; j >= 0; j-- {
		lw := strings.ToLower(words[j])
		if lw == "they" || lw == "their" {
			continue
		}
		if pluralActors[lw] && j > 0 {
			p := strings.ToLower(words[j-1])
			if p == "two" || p == "both" || p == "the" {
				return r.mainCountries(si)
			}
		}
		for mi := len(r.mentions[si]) - 1; mi >= 0; mi-- {
			m := r.mentions[si][mi]
			if m.end-1 == j && isActor(m) {
				if g := r.groupAround(si, mi); len(g) >= 2 {
					return g
				}
				return nil
			}
		}
	}
	return nil
}

// auxiliaries and adverbs stand between a subject and its verb.
var auxiliaries = set("has", "have", "had", "will", "would", "shall", "can", "could", "did", "does", "do",
	"is", "are", "was", "were", "be", "been", "being", "not", "never", "also", "then", "later", "already",
	"still", "again", "now", "just", "jointly", "reportedly", "allegedly", "repeatedly", "previously",
	"recently", "formally", "officially", "publicly", "quickly", "finally", "eventually", "subsequently",
	"initially", "first", "once", "even", "both", "all", "each", "themselves", "itself", "himself", "herself")

// subjectBefore finds the actors of the subject of the verb at token i:
// the noun phrase right before it, past auxiliaries and adverbs; a pronoun
// is resolved to the story's actors; a relative "which"/"who" to the noun
// phrase before it.
func (r *reader) subjectBefore(si int, lower []string, i int) []*entity {
	k := i - 1
	for k >= 0 && (auxiliaries[lower[k]] || (strings.HasSuffix(lower[k], "ly") && len(lower[k]) > 4 && !r.mentionEndsAt(si, k+1))) {
		k--
	}
	if k < 0 {
		return nil
	}
	if mi := r.actorEndingAt(si, k+1); mi >= 0 {
		return r.groupAround(si, mi)
	}
	switch w := lower[k]; {
	case w == "and" || w == "but":
		// "has set out deadlines and threatened sanctions": the subject
		// of the verb before.
		for e := len(r.events) - 1; e >= 0 && r.events[e].sent == si; e-- {
			return r.events[e].agents
		}
		return r.sentenceSubject(si)
	case (w == "two" || w == "three" || w == "both") && k > 0 && (lower[k-1] == "the" || lower[k-1] == "all"):
		return r.mainCountries(si)
	case prepositions[w] || w == "while" || w == "when":
		// "after meeting Putin": the main clause's subject.
		if strings.HasSuffix(lower[i], "ing") {
			return r.sentenceSubject(si)
		}
	case w == "they" || w == "their":
		return r.pluralAntecedent(si, k)
	case w == "he" || w == "she":
		if p := r.salientPerson(si); p != nil {
			return []*entity{p}
		}
		return nil
	case w == "which" || w == "who" || w == "that":
		j := k
		if j > 0 && lower[j-1] == "," {
			j--
		}
		return r.nounPhraseActors(si, lower, j, 8)
	case w == "," || clauseBreaks[w]:
		if strings.HasSuffix(lower[i], "ing") && i+1 < len(lower) && (r.actorStartingAt(si, i+1) >= 0 || determiners[lower[i+1]] || isDigits(lower[i+1])) {
			// "..., meeting Putin in Moscow": the sentence's subject.
			return r.sentenceSubject(si)
		}
		return r.groupBefore(si, i, 15)
	case pluralActors[w] || officialGroups[w]:
		if k > 0 && (lower[k-1] == "the" || lower[k-1] == "two" || lower[k-1] == "both" || lower[k-1] == "three") {
			return r.mainCountries(si)
		}
	}
	if g := r.nounPhraseActors(si, lower, k+1, 4); g != nil || !strings.HasSuffix(lower[i], "ing") {
		return g
	}
	// "has passed resolutions condemning Russia": a participle after the
	// object takes the clause's subject.
	return r.sentenceSubject(si)
}

// sentenceSubject returns the actors the sentence opens with ("U.S.
// President Donald Trump has set out ..."), after an opening phrase that
// ends with a comma.
func (r *reader) sentenceSubject(si int) []*entity {
	words := r.words[si]
	start := 0
	opensWithName := false
	for _, m := range r.mentions[si] {
		opensWithName = m.start <= 1
		break
	}
	for k := 0; k < len(words) && k < 8 && !opensWithName; k++ {
		if words[k] == "," {
			start = k + 1
			break
		}
	}
	for mi, m := range r.mentions[si] {
		if m.start < start {
			continue
		}
		if m.start > start+4 || !isActor(m) {
			return nil
		}
		g := r.groupAround(si, mi)
		if m.ent.kind == schema.KindCountry && mi+1 < len(r.mentions[si]) {
			n := r.mentions[si][mi+1]
			if n.ent.kind == schema.KindPerson && titleEndingAt(words, n.start) >= m.end {
				g = append(g, n.ent)
			}
		}
		return g
	}
	return nil
}

// officialGroups are plural nouns for the delegations of the story's
// main states ("the ministers condemned").
var officialGroups = set("ministers", "officials", "delegations", "envoys", "negotiators", "chiefs", "diplomats")

// nounPhraseActors finds, in the noun phrase ending before token end, the
// state or body it belongs to: "Russian forces", "Russia's troops",
// "Baku's military operation in September".
func (r *reader) nounPhraseActors(si int, lower []string, end, limit int) []*entity {
	for k := end - 1; k >= 0 && k >= end-limit; k-- {
		w := lower[k]
		if clauseBreaks[w] || w == "," || w == "said" || w == "says" || beForms[w] {
			return nil
		}
		if w == "its" {
			return r.itsReferent(si, lower, k) // "its forces had launched"
		}
		for mi := len(r.mentions[si]) - 1; mi >= 0; mi-- {
			m := r.mentions[si][mi]
			if m.end-1 == k && (isActor(m) || m.role == roleDemonym) && !m.located {
				return r.groupAround(si, mi)
			}
		}
		if isVerbLike(w) && k != end-1 {
			return nil
		}
	}
	return nil
}

// salientPerson returns the person mentioned most often up to sentence si,
// the latest mentioned among equals: the usual referent of "he" or "she".
func (r *reader) salientPerson(si int) *entity {
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		for _, e := range r.sentenceSubject(s) {
			if e.kind == schema.KindPerson {
				return e
			}
		}
	}
	return r.mostMentionedPerson(si)
}

func (r *reader) mostMentionedPerson(si int) *entity {
	count := map[*entity]int{}
	last := map[*entity]int{}
	n := 0
	for s := 0; s <= si; s++ {
		for _, m := range r.mentions[s] {
			n++
			if m.ent.kind == schema.KindPerson {
				count[m.ent]++
				last[m.ent] = n
			}
		}
	}
	var best *entity
	for e, c := range count {
		if best == nil || c > count[best] || (c == count[best] && last[e] > last[best]) {
			best = e
		}
	}
	return best
}

// modifierWords may stand between a possessive or demonym and the noun it
// qualifies: "Russia's full-scale invasion", "the Russian military effort".
var modifierWords = set("military", "economic", "diplomatic", "nuclear", "massive", "deadly", "joint",
	"bilateral", "direct", "renewed", "ongoing", "continued", "mass", "air", "ground", "naval",
	"drone", "missile", "new", "latest", "recent", "major", "big", "large", "first", "second", "third",
	"last", "fresh", "further", "additional", "full", "brutal", "illegal", "unprovoked", "key",
	"massive", "sweeping", "sustained", "overnight", "retaliatory", "devastating", "surprise",
	"ground", "aerial", "cross-border", "state", "official", "public", "repeated", "planned",
	"proposed", "latest", "ferocious", "heavy", "intense", "failed", "alleged", "so-called")

func isModifier(w string) bool {
	if modifierWords[w] || isYear(w) || strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"al", "ive", "ous", "ful", "ary", "ic", "ent", "ant", "ing"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// opponent returns the state an attack with no named target is against:
// of the states named in the attack's sentence or the one before, the one
// the article names most, when the attackers include a state.
func (r *reader) opponent(agents []*entity, si int) []*entity {
	if countStates(agents) == 0 {
		return nil
	}
	var best *entity
	for s := max(0, si-1); s <= si; s++ {
		for _, m := range r.mentions[s] {
			e := m.ent
			if e.kind != schema.KindCountry || e.mentions < 2 || containsEntity(agents, e) {
				continue
			}
			if best == nil || e.mentions > best.mentions {
				best = e
			}
		}
	}
	if best == nil {
		return nil
	}
	return []*entity{best}
}

// countryEntityOf returns the state a place lies in, if the tables know it
// and the article names that state.
func (r *reader) countryEntityOf(place *entity) *entity {
	if place.kind != schema.KindPlace || place.country < 0 {
		return nil
	}
	return r.countryEntity(place.country)
}

// withStates adds to the organisations of an event's side the states they
// belong to, when the article names those states: "Russian forces launched"
// is Russia acting.
func (r *reader) withStates(es []*entity) []*entity {
	out := es
	for _, e := range es {
		if e.kind != schema.KindOrganization {
			continue
		}
		st := r.stateInName(e)
		if st == nil && e.fromTable() && e.country >= 0 && r.x.tables.Orgs[e.ref.idx].Class == "GovernmentOrganization" {
			st = r.countryEntity(e.country)
		}
		if st != nil && !containsEntity(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// quoteSpeaker returns who speaks the quotation that token i is inside, or
// nil if it is not inside one: the actor before "said" or after it, next to
// the quotation.
func (r *reader) quoteSpeaker(si, i int) ([]*entity, bool) {
	words := r.words[si]
	open := -1
	for k := 0; k < i; k++ {
		switch words[k] {
		case "“":
			open = k
		case "”":
			open = -1
		case "\"":
			if open >= 0 {
				open = -1
			} else {
				open = k
			}
		}
	}
	if open < 0 {
		return nil, false
	}
	isSay := func(w string) bool {
		switch strings.ToLower(w) {
		case "said", "says", "wrote", "added", "told", "stressed", "tweeted", "stated", "declared", "insisted":
			return true
		}
		return false
	}
	// "X said ... “...”" before the quotation.
	for k := open - 1; k >= 0; k-- {
		if isSay(words[k]) {
			if mi := r.actorEndingAt(si, k); mi >= 0 {
				return r.groupAround(si, mi), true
			}
			return r.sentenceSubject(si), true
		}
	}
	// "“...,” X said" or "“...,” said X" after it.
	close := -1
	for k := i; k < len(words); k++ {
		if words[k] == "”" || words[k] == "\"" {
			close = k
			break
		}
	}
	if close < 0 {
		// The quotation runs to the end: its speaker is the one the
		// sentence before names ("... Michel hit back. “Russia is ...").
		if si > 0 {
			return r.sentenceSubject(si - 1), true
		}
		return nil, true
	}
	for k := close + 1; k < len(words) && k < close+8; k++ {
		if isSay(words[k]) {
			if mi := r.actorEndingAt(si, k); mi >= 0 {
				return r.groupAround(si, mi), true
			}
			if g := r.groupStartingNear(si, k+1, 3); g != nil {
				return g, true
			}
			return nil, true
		}
	}
	return nil, true
}

// itsReferent resolves "its" before token i: the nearest state named as a
// possessor or as a subject before it in the sentence, not one inside a
// prepositional phrase ("areas of Ukraine its forces have occupied" is
// about Russia's forces).
func (r *reader) itsReferent(si int, lower []string, i int) []*entity {
	// "Russia's annexation of Crimea ... followed by its invasion": the
	// attacker of an attack told just before.
	for e := len(r.events) - 1; e >= 0 && r.events[e].sent == si; e-- {
		if ev := r.events[e]; ev.attack && countStates(ev.agents) > 0 {
			return ev.agents
		}
	}
	ms := r.mentions[si]
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.end > i || m.ent.kind != schema.KindCountry && m.ent.kind != schema.KindOrganization {
			continue
		}
		if m.possessive {
			return []*entity{m.ent}
		}
		if k := m.start - 1; k >= 0 && (lower[k] == "of" || k > 0 && (lower[k] == "the" || isModifier(lower[k]) || compass[lower[k]]) && lower[k-1] == "of") {
			continue // "areas of Ukraine its forces have occupied"
		}
		if m.role == roleDemonym {
			continue
		}
		return []*entity{m.ent}
	}
	return nil
}

var compass = set("eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern")
