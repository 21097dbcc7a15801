package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file finds who acts and who is acted upon in an event: the subject
// before a verb, the object after it, the possessor of a noun, and what
// pronouns, plurals and quotations stand for.

// groupBefore returns the actors of the nearest coordinated group ending
// before token i, within limit tokens and the same clause; a plural
// reference ("the two countries") stands for the story's two main states.
func (es *eventStage) groupBefore(si, i, limit int) []*entity {
	words := es.d.sents[si].words
	ms := es.d.mentions[si]
	for k := i - 1; k >= 0 && k >= i-limit; k-- {
		if clauseBreaks[words[k]] {
			return nil
		}
		// "they", "the two countries", "the island nation": what
		// coreference resolved.
		if ents, ok := es.reference(si, k+1); ok {
			return ents
		}
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			if m.end-1 == k && isActor(m) {
				return es.groupAround(si, mi)
			}
		}
	}
	return nil
}

// byAgent returns the group after "by" following a passive verb.
func (es *eventStage) byAgent(si, end int) []*entity {
	words := es.d.sents[si].words
	for k := end; k < len(words) && k < end+4; k++ {
		if strings.EqualFold(words[k], "by") {
			return es.groupStartingNear(si, k+1, 3)
		}
		if clauseBreaks[words[k]] || words[k] == "," {
			return nil
		}
	}
	return nil
}

// heldSomewhere reports whether the code is of a meeting whose place is
// only where it is held: a consultation or negotiation, not a visit (042,
// 043), whose place is whom it is paid to.
func heldSomewhere(code string) bool {
	return strings.HasPrefix(code, "04") && !strings.HasPrefix(code, "042") && !strings.HasPrefix(code, "043")
}

// targetAfter returns the first actor group after an active verb, within
// the clause; for a meeting (venue set), not where it is held ("met in
// Oman").
func (es *eventStage) targetAfter(si int, lower []string, end int, venue bool) []*entity {
	// "urged the island nation to stop its drills": a description coreference
	// resolved.
	if ents, ok := es.referenceAt(si, end); ok {
		return ents
	}
	for mi, m := range es.d.mentions[si] {
		if m.start < end {
			continue
		}
		if m.start > end+8 {
			return nil
		}
		listed := false
		for j := end; j < m.start; j++ {
			// "urged the union's three leaders, Ruto, Samia
			// and Museveni": the people listed after a plural noun for
			// them (a list: one name there is a speaker, "warned
			// negotiators, Schultz added").
			if lower[j] == "," && j > end && j+1 == m.start && m.ent.kind == schema.KindPerson && es.x.events.w.peopleGroups[lower[j-1]] {
				listed = true
				continue
			}
			switch lower[j] {
			case ";", ".", ",", "that", "which", "who", "because", "after", "while", "but", "since", "when", "said", "says":
				return nil
			}
		}
		if (!isTarget(m) && !isDemonymActor(m)) || (venue && m.located) {
			continue
		}
		g := es.groupAround(si, mi)
		if listed && len(g) < 2 {
			return nil
		}
		// "visited Brazilian President Lula da Silva": the person
		// the title belongs to is the target too.
		if (m.ent.kind == schema.KindCountry || m.ent.kind == schema.KindOrganization) && mi+1 < len(es.d.mentions[si]) {
			n := es.d.mentions[si][mi+1]
			if n.ent.kind == schema.KindPerson && n.start > m.end && titleEndingAt(es.d.sents[si].words, n.start) >= m.end {
				g = append(g, es.groupAround(si, mi+1)...)
			}
		}
		return g
	}
	return nil
}

// targetPastObject returns the actors after a word that names whom an act
// is against (tables/words.tsv "targetpreps"), past the verb's object and
// its "of" phrase, within the clause: "halted purchases of rice, tea and sugar
// from India, Vietnam and Thailand"; or the members the object is
// said to include ("includes"): "accuses others, including the US". Another
// preposition, a verb, a name or a comma that opens no list ("met Victor, a
// boy from Honduras") ends the object first; a possessor names whose thing
// is meant ("a voicemail from Trump's attorney"), not the target.
func (es *eventStage) targetPastObject(si int, lower []string, end int) []*entity {
	tags := es.d.sents[si].tags
	list := false // a comma seen opens a list that "and" or "or" must close
	for j := end; j < len(lower) && j < end+20; j++ {
		w := lower[j]
		if es.x.events.w.targetPreps[w] {
			if list {
				return nil
			}
			g := es.groupStartingNear(si, j+1, 1)
			for _, m := range es.d.mentions[si] {
				if m.start > j && m.possessive && containsEntity(g, m.ent) {
					return nil
				}
			}
			return g
		}
		switch {
		case w == "," && j+1 < len(lower) && es.x.events.w.includes[lower[j+1]]:
			// "ready for cooperation on the dam, including with
			// Egypt": the members named of what the act concerns.
			k := j + 2
			if k < len(lower) && (lower[k] == "with" || es.x.events.w.targetPreps[lower[k]]) {
				k++
			}
			return es.groupStartingNear(si, k, 1)
		case w == ",":
			list = true
		case w == "and" || w == "or":
			list = false
		case w == "of":
		case prepositions[w] || w == "as" || w == "to" || w == "but" || w == "." || clauseBreaks[w] || clauseOpeners[w] || quotationMarks[w] ||
			strings.HasPrefix(tags[j], "VB") || es.mentionStartingAt(si, j) >= 0:
			return nil
		}
	}
	return nil
}

// nominalActors finds the agent and target of a noun trigger: "Russia's
// invasion of Ukraine", "the Russian invasion", "talks between A and B",
// "sanctions on Tehran by the EU".
func (es *eventStage) nominalActors(si int, lower []string, i, end int, t trigger) (agents, targets, participants []*entity) {
	ms := es.d.mentions[si]
	// Before: a possessive or a demonym, over up to two adjectives.
	k := i
	for steps := 0; k > 0 && steps < 3; steps++ {
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			forum := t.symmet && m.ent.kind == schema.KindOrganization && !m.possessive
			if !forum && !m.ofGroup && ((m.possessive && m.end+1 == k) || (m.end == k && (m.role == roleDemonym || m.ent.kind == schema.KindCountry || m.ent.kind == schema.KindOrganization))) {
				// "Iran sanctions", "the Russia probe": a state's name
				// before these nouns is what they are against (but "U.N.
				// sanctions", "the FBI probe": a body's are its own).
				if !m.possessive && m.role == roleName && m.ent.kind == schema.KindCountry && es.x.events.w.targetNouns[lower[end-1]] {
					targets = es.groupAround(si, mi)
					break
				}
				// "Khashoggi's murder", "Navalny's arrest": a person's
				// possessive before an act done to people, with no "of"
				// after it, is who suffered it ("Putin's arrest of
				// Navalny" is Putin's act).
				if m.possessive && m.ent.kind == schema.KindPerson && es.x.events.w.patientNouns[lower[end-1]] && !(end < len(lower) && lower[end] == "of") {
					targets = es.groupAround(si, mi)
					break
				}
				if isActor(m) || isDemonymActor(m) {
					agents = es.groupAround(si, mi)
				}
				break
			}
		}
		if agents != nil || targets != nil {
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
		p := i - 1
		if lower[p] != "its" {
			p--
		}
		agents, _ = es.reference(si, p+1)
	}
	// "his trip to Brazil": the story's person.
	if agents == nil && i > 0 && (lower[i-1] == "his" || lower[i-1] == "her" || i > 1 && (lower[i-2] == "his" || lower[i-2] == "her") && isModifier(lower[i-1])) {
		p := i - 1
		if lower[p] != "his" && lower[p] != "her" {
			p--
		}
		agents, _ = es.reference(si, p+1)
	}
	// "aid to Amman": the trigger ends with its preposition.
	if prepositions[t.words[len(t.words)-1]] {
		targets = es.groupStartingNear(si, end, 2)
	}
	// "Russia launched an invasion", "Corker held talks on Friday with
	// Maduro": the subject of a light verb before the noun acts, and
	// whom it acts with is its target.
	if agents == nil {
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if es.x.events.w.lightVerbs[lower[k]] {
				if subj := es.subjectBefore(si, lower, k); len(subj) > 0 {
					agents = subj
				}
				break
			}
		}
	}
	// After: "between A and B", "by X", "of/on/against/in/to X".
	for j := end; j < len(lower) && j < end+3; j++ {
		switch lower[j] {
		case "between", "among", "with", "involving":
			g := es.groupStartingNear(si, j+1, 5)
			if len(g) > 0 {
				// "talks between A and B": both sides act; "a broker
				// between A and B": both are acted upon.
				// "will use the summit with Peru": whom a meeting is "with"
				// is one side; the subject of the verb before is the other.
				if agents == nil && lower[j] == "with" {
					if subj := es.clauseVerbSubject(si, lower, i); len(subj) > 0 && !sharesEntity(subj, g) {
						agents = subj
					}
				}
				if agents == nil && !es.x.events.w.mediators[t.words[len(t.words)-1]] {
					agents = g
				} else {
					targets = append(targets, g...)
				}
			}
		case "by":
			if agents == nil {
				agents = es.groupStartingNear(si, j+1, 2)
			}
		case "of", "on", "against", "in", "to", "into", "for", "from":
			// "talks in Oman", "a summit in Paris": where a meeting is
			// held is no party to it.
			if lower[j] == "in" && heldSomewhere(t.code) {
				continue
			}
			if len(targets) == 0 {
				if g := es.groupStartingNear(si, j+1, 2); len(g) > 0 {
					targets = g
				}
			}
		}
	}
	// "sanctions against Iran imposed by the US", "a ceasefire offered
	// by the coalition": a participle then "by" names who acts (but "the
	// proposal was rejected by Moscow" is the passive of another verb).
	if agents == nil {
		tags := es.d.sents[si].tags
		for j := end + 1; j+1 < len(lower) && j < end+7; j++ {
			if lower[j] == "," || clauseBreaks[lower[j]] {
				break
			}
			if lower[j] == "by" && tags[j-1] == "VBN" && !beForms[lower[j-2]] && !auxiliaries[lower[j-2]] {
				agents = es.groupStartingNear(si, j+1, 2)
				break
			}
		}
	}
	// "In a meeting in Jakarta, Blinken told Lavrov ...": the people of the
	// sentence met.
	if agents == nil && t.symmet && t.code[:2] == "04" {
		var people []*entity
		for _, m := range es.d.mentions[si] {
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
	return agents, targets, participants
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
func (es *eventStage) subjectBefore(si int, lower []string, i int) []*entity {
	k := i - 1
	for k >= 0 {
		// "it's accused", "she's met": after a pronoun, "'s" is "has" or
		// "is" (after a noun it is mostly the possessive).
		if auxiliaries[lower[k]] || isPossessive(lower[k]) && k > 0 && contractingPronouns[lower[k-1]] || (strings.HasSuffix(lower[k], "ly") && len(lower[k]) > 4 && !es.mentionEndsAt(si, k+1)) {
			k--
			continue
		}
		// "is going to", "is set to": the future's auxiliaries.
		if lower[k] == "to" && k > 1 && futureVerbs[lower[k-1]] && beForms[lower[k-2]] {
			k -= 3
			continue
		}
		break
	}
	if k < 0 {
		return nil
	}
	// "The war in Sudan has killed": a place named where something
	// is, is not its subject, unless it is a state's body there ("a court
	// in Iran convicted").
	if mi := es.actorEndingAt(si, k+1); mi >= 0 {
		m := es.d.mentions[si][mi]
		// "the Kenyan envoy to the UN has urged", "Ghana's envoy to the
		// African Union criticized": the envoy's state acts.
		if sender := es.envoySender(si, m.start); sender >= 0 {
			return es.groupAround(si, sender)
		}
		if !m.located || m.start >= 2 && es.x.events.w.bodyNouns[lower[m.start-2]] {
			return es.groupAround(si, mi)
		}
	}
	// A pronoun, "the two countries", "the secretary of state": what
	// coreference resolved.
	if ents, ok := es.reference(si, k+1); ok {
		return ents
	}
	switch w := lower[k]; {
	case w == "and" || w == "but":
		// "has laid out terms and threatened tariffs": the subject
		// of the verb before, not of a noun's act ("condemning
		// Rwanda's incursion and demanding") or of a relative clause
		// ("accused Rwanda, which backs the rebels, of ... and imposed").
		for e := len(es.d.events) - 1; e >= 0 && es.d.events[e].sent == si; e-- {
			if ev := es.d.events[e]; !ev.noun && !inRelativeClause(lower, ev.tok) {
				return ev.agents
			}
		}
		return es.sentenceSubject(si)
	case prepositions[w] || w == "while" || w == "when":
		// "accused Russia of attacking Syria", "blamed Iran for
		// seizing": the one accused acts.
		if (w == "of" || w == "for") && strings.HasSuffix(lower[i], "ing") {
			if mi := es.actorEndingAt(si, k); mi >= 0 {
				return es.groupAround(si, mi)
			}
		}
		// "after meeting Putin": the main clause's subject.
		if strings.HasSuffix(lower[i], "ing") {
			return es.sentenceSubject(si)
		}
	case w == "which" || w == "who" || w == "that":
		j := k
		if j > 0 && lower[j-1] == "," {
			j--
		}
		return es.nounPhraseActors(si, lower, j, 8)
	case w == "," || clauseBreaks[w]:
		// "Lavrov, meeting with Javad Zarif, urged", "Beijing, which has
		// forged ties with Moscow, decried": the name before the
		// participle phrase or relative clause the commas set off.
		if w == "," {
			for c := k - 1; c > 0 && c >= k-30; c-- {
				if lower[c] == "," || clauseBreaks[lower[c]] {
					if lower[c] == "," && (es.appositiveParticiple(si, lower, c+1) || lower[c+1] == "which" || lower[c+1] == "who") {
						if mi := es.actorEndingAt(si, c); mi >= 0 {
							return es.groupAround(si, mi)
						}
						// "the former president, who faces trial next month,
						// has criticized": what coreference resolved.
						if ents, ok := es.reference(si, c); ok {
							return ents
						}
					}
					break
				}
			}
		}
		if strings.HasSuffix(lower[i], "ing") && i+1 < len(lower) && (es.actorStartingAt(si, i+1) >= 0 || determiners[lower[i+1]] || isDigits(lower[i+1]) || objectPronouns[lower[i+1]]) {
			// "..., meeting Modi in Delhi", "..., calling it a crime": the
			// sentence's subject.
			return es.sentenceSubject(si)
		}
		return es.groupBefore(si, i, 15)
	}
	if g := es.nounPhraseActors(si, lower, k+1, 4); g != nil || !strings.HasSuffix(lower[i], "ing") {
		return g
	}
	// "has adopted texts condemning Iran": a participle after the
	// object takes the clause's subject.
	return es.sentenceSubject(si)
}

// inRelativeClause reports whether token i stands in a relative clause:
// "which", "who" or "whose" opens its clause before it.
func inRelativeClause(lower []string, i int) bool {
	for k := i - 1; k >= 0 && lower[k] != "," && !clauseBreaks[lower[k]]; k-- {
		if relativeWords[lower[k]] {
			return true
		}
	}
	return false
}

// clauseVerbSubject returns the subject of the verb nearest before token
// i in its clause, within ten words: "the terms Chile sets for talks" is
// Chile; nil if there is none.
func (es *eventStage) clauseVerbSubject(si int, lower []string, i int) []*entity {
	if k := es.verbBefore(si, i, 10); k >= 0 {
		return es.subjectBefore(si, lower, k)
	}
	return nil
}

// sharesEntity reports whether the two groups have an entity in common.
func sharesEntity(a, b []*entity) bool {
	for _, e := range a {
		if containsEntity(b, e) {
			return true
		}
	}
	return false
}

// envoySender returns the mention of the state that sends the envoy whose
// title ends in "to" before token start ("the US envoy to", "Russia's
// ambassador to the"), or -1.
func (es *eventStage) envoySender(si, start int) int {
	words := es.d.sents[si].words
	t := toBefore(words, start) - 1 // the title before "to"
	if t < 1 || !es.x.events.w.envoyTitles[strings.ToLower(words[t])] {
		return -1
	}
	end := t
	if isPossessive(words[end-1]) {
		end--
	}
	return es.actorEndingAt(si, end)
}

// contractingPronouns take "'s" for "has" or "is".
var contractingPronouns = set("it", "he", "she", "that", "who", "what", "there")

// objectPronouns are the pronouns that stand as a verb's object.
var objectPronouns = set("it", "him", "her", "them")

// officialGroups are plural nouns for the delegations of the story's
// main states ("the ministers condemned").
var officialGroups = set("ministers", "officials", "delegations", "envoys", "negotiators", "chiefs", "diplomats")

// nounPhraseActors finds, in the noun phrase ending before token end, the
// state or body it belongs to: "Russian forces", "Russia's troops",
// "Moscow's military operation in Syria".
func (es *eventStage) nounPhraseActors(si int, lower []string, end, limit int) []*entity {
	for k := end - 1; k >= 0 && k >= end-limit; k-- {
		w := lower[k]
		if clauseBreaks[w] || w == "," || w == "said" || w == "says" || beForms[w] {
			return nil
		}
		if w == "its" { // "its troops had fired"
			ents, _ := es.reference(si, k+1)
			return ents
		}
		for mi := len(es.d.mentions[si]) - 1; mi >= 0; mi-- {
			m := es.d.mentions[si][mi]
			if m.end-1 == k && (isActor(m) || isDemonymActor(m)) && !m.located {
				return es.groupAround(si, mi)
			}
		}
		if es.verbLike(w) && k != end-1 {
			return nil
		}
	}
	return nil
}

// modifierWords may stand between a possessive or demonym and the noun it
// qualifies: "Iraq's full-scale invasion", "the Russian military effort".
var modifierWords = set("military", "economic", "diplomatic", "nuclear", "massive", "deadly", "joint",
	"bilateral", "direct", "renewed", "ongoing", "continued", "mass", "air", "ground", "naval",
	"drone", "missile", "new", "latest", "recent", "major", "big", "large", "first", "second", "third",
	"last", "fresh", "further", "additional", "full", "brutal", "illegal", "unprovoked", "key",
	"massive", "sweeping", "sustained", "overnight", "retaliatory", "devastating", "surprise",
	"ground", "aerial", "cross-border", "state", "official", "public", "repeated", "planned",
	"proposed", "latest", "ferocious", "heavy", "intense", "failed", "alleged", "so-called",
	"rogue", "hermit", "isolated", "reclusive", "secretive")

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
func (es *eventStage) opponent(agents []*entity, si int) []*entity {
	if countStates(agents) == 0 {
		return nil
	}
	var best *entity
	for s := max(0, si-1); s <= si; s++ {
		for _, m := range es.d.mentions[s] {
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

// withStates adds to the organisations of an event's side the states they
// belong to, when the article names those states: "Israeli forces launched"
// is Russia acting.
func (es *eventStage) withStates(side []*entity) []*entity {
	out := side
	for _, e := range side {
		if e.kind != schema.KindOrganization {
			continue
		}
		st := es.stateInName(e)
		if st == nil && e.fromTable() && e.country >= 0 && es.x.tables.Orgs[e.ref.idx].Class == "GovernmentOrganization" {
			st = es.countryEntity(e.country)
		}
		// "the Saudi-led coalition" acts with the state that leads it.
		if st == nil && e.country >= 0 && strings.Contains(e.name, "-led ") {
			st = es.countryEntity(e.country)
		}
		if st != nil && !containsEntity(out, st) {
			out = append(out, st)
		}
	}
	return out
}

var compass = set("eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern")

// recipientAfter returns the state or body after "to" that a passive
// transfer at [.., end) went to: "were swapped back to Iran".
func (es *eventStage) recipientAfter(si int, lower []string, end int) []*entity {
	for j := end; j < len(lower) && j < end+3; j++ {
		if lower[j] == "to" {
			return es.groupStartingNear(si, j+1, 1)
		}
	}
	return nil
}
