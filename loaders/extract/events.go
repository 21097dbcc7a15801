package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// event is an event being read, before merging.
type event struct {
	code         string
	agents       []*entity
	targets      []*entity
	participants []*entity
	locations    []*entity
	date         schema.Date
	explicitDate bool
	quantity     int
	key          string // the trigger's verb or lexicon entry: one act told twice has one
	each         bool   // the quantity is per side of an exchange
	directed     bool   // an exchange toward its targets: quantity counts who they received, quantityBack who the agents did
	quantityBack int
	attack       bool // an attack: with no target named, the opponent is implied
	noun         bool // read from a nominal form: "the invasion", "talks"
	sent         int
	tok          int
	rule         string // the trigger and the narrowing that coded it
}

// firstPersons are "we" and "I", alone or contracted ("we're asking").
var firstPersons = set("we", "i", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll", "we'd", "we’d", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d")

var beForms = set("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets")

// clauseBreaks stop the search for an actor.
var clauseBreaks = set(";", ":", "—", "–", "“", "”", "\"", "(", ")")

// eventStage is the sixth stage: of the triggers of each sentence it keeps
// those whose reading holds (not negated, hypothetical or an aim), finds
// their agents and targets, narrows their codes, dates and counts them,
// and merges the accounts of one happening into one event.
type eventStage struct {
	reading
	// consumed marks the triggers (by index into the sentence's) that name
	// the act another event is about ("urged Russia to release"): no event
	// of their own.
	consumed [][]bool
}

func (es *eventStage) run() {
	es.consumed = make([][]bool, len(es.d.sents))
	for si := range es.d.triggers {
		es.consumed[si] = make([]bool, len(es.d.triggers[si]))
	}
	for si := range es.d.sents {
		lower := es.d.sents[si].lower
		dates := findDates(es.d.sents[si].words, es.d.pub)
		next := 0 // tokens before it belong to an event already read
		for k := 0; k < len(es.d.triggers[si]); k++ {
			h := es.d.triggers[si][k]
			if h.start < next || es.consumed[si][k] {
				continue
			}
			// Of the triggers starting here, longest first, the first whose
			// reading holds: "struck a deal" (057), else "struck targets"
			// (190).
			before := len(es.d.events)
			es.readEvent(si, lower, h.trigger, h.start, h.end, dates)
			if len(es.d.events) > before {
				next = h.end
			}
		}
	}
}

// negated reports whether a negation stands in the three words before a
// trigger at token i: "did not attack", and for a verb "denied sending
// troops" (tables/words.tsv's negators and denials).
func (es *eventStage) negated(lower []string, t trigger, i int) bool {
	from := max(0, i-3)
	return windowHasWords(lower, from, i, es.x.events.w.negators) || !t.noun && windowHasWords(lower, from, i, es.x.events.w.denials)
}

// territoryFollows reports whether a place, a state or a word for
// territory starts within four words after token end, before a
// preposition.
func (es *eventStage) territoryFollows(si int, lower []string, end int) bool {
	for k := end; k < len(lower) && k < end+4 && !prepositions[lower[k]]; k++ { // "will take over in New York"
		if es.x.events.w.territory[lower[k]] || es.placeStartingAt(si, k) >= 0 {
			return true
		}
		if mi := es.findMention(si, func(m mention) bool { return m.start == k }); mi >= 0 && es.d.mentions[si][mi].ent.kind == schema.KindCountry {
			return true
		}
	}
	return false
}

// presentTense reports whether tokens [from, to) hold a verb in the
// present tense and none in the past.
func presentTense(tags []string, from, to int) bool {
	present := false
	for k := from; k < to && k < len(tags); k++ {
		switch tags[k] {
		case "VBD":
			return false
		case "VBZ", "VBP":
			present = true
		}
	}
	return present
}

func isPassive(lower []string, t trigger, i int) bool {
	if t.noun || len(t.words) > 2 {
		return false
	}
	w := t.words[0]
	if !(strings.HasSuffix(w, "ed") || w == "held" || w == "taken" || w == "beaten" || w == "freed" || w == "struck" || w == "fought" || w == "met" || w == "hit") {
		return false
	}
	if i+len(t.words) < len(lower) && lower[i+len(t.words)] == "by" {
		return true // "a Venezuelan banker sanctioned by the US"
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if beForms[lower[k]] {
			return true
		}
		switch lower[k] {
		case "also", "mostly", "reportedly", "allegedly", "later", "then", "being", "already", "previously", "recently", "subsequently", "all", "both":
			continue
		}
		break
	}
	return false
}

func (es *eventStage) readEvent(si int, lower []string, t trigger, i, end int, dates []dateMention) {
	if es.negated(lower, t, i) && t.code[:2] != "12" {
		return
	}
	// "since March 26": a word of a date expression names no act.
	for _, d := range dates {
		if i >= d.tok && i < d.end {
			return
		}
	}
	// "declined to comment", "refused to say": a comment withheld is no
	// rejection between actors.
	if t.code[:2] == "12" && end+1 < len(lower) && lower[end] == "to" && es.x.events.w.noComment[lower[end+1]] {
		return
	}
	// "scrapped plans to visit the fair in June": what is called off,
	// in the trigger's clause, did not happen.
	if from, _ := clauseAround(lower, i); windowHasWords(lower, max(from, i-8), i, es.x.events.w.callsOff) {
		return
	}
	// "Russia will attack", "the two sides will meet": a future act is no
	// event of its family; CAMEO codes it as the intent (03x) or threat
	// (13x) to do it, if it has such a code.
	willDo := !t.noun && !frameRoots[t.code[:2]] && future(lower, i)
	// "ahead of a planned summit", "his upcoming visit": a noun form
	// can be planned too.
	// "Talks between the two will begin", "the summit is expected to":
	// so can a noun form whose verb is future.
	planned := t.noun && !frameRoots[t.code[:2]] && (windowHasWords(lower, max(0, i-3), i, es.x.events.w.planned) || es.futureVerbAfter(si, i, end) || es.futureVerbBefore(si, i, t.code))
	if willDo || planned {
		frame := "030"
		if t.code[:2] >= "10" {
			frame = "130"
		}
		combined, rule := es.x.dict.Combine(frame, t.code)
		if combined == "" {
			return
		}
		t.code, t.rule = combined, t.rule+"; future: "+rule
	}
	// "to sign a treaty", "to continue fighting": an infinitive tells an
	// aim, not a happening.
	if !t.noun && !willDo && i > 0 && (lower[i-1] == "to" || (i > 1 && lower[i-2] == "to" && aspectVerbs[lower[i-1]])) {
		return // "urged them to agree to a ceasefire" is the appeal only
	}
	// "to seize ports and shell towns": the second verb of an infinitive.
	if !t.noun && i > 2 && (lower[i-1] == "and" || lower[i-1] == "or") {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if lower[k] == "to" {
				return
			}
			if lower[k] == "," || es.mentionEndsAt(si, k+1) {
				break
			}
		}
	}
	// "the released hostages": a participle used as an adjective.
	if !t.noun && i > 0 && determiners[lower[i-1]] && strings.HasSuffix(t.words[0], "ed") {
		return
	}
	// "to wage war", "to launch an attack": an aim, not a happening.
	if t.noun {
		for k := i - 1; k >= 1 && k >= i-3; k-- {
			if es.x.events.w.lightVerbs[lower[k]] && lower[k-1] == "to" {
				return
			}
		}
	}
	// "phone records", "attack helicopters": a noun trigger before
	// another noun only qualifies it.
	if t.noun && !prepositions[t.words[len(t.words)-1]] && end < len(lower) && (es.d.sents[si].tags[end] == "NN" || es.d.sents[si].tags[end] == "NNS") {
		return
	}
	// "prisoners of war" is no war, nor is a "trade war".
	if (t.words[0] == "war" || t.words[0] == "wars") && (i >= 2 && lower[i-1] == "of" && es.x.events.w.people[lower[i-2]] || i > 0 && es.x.events.w.notArmsWar[lower[i-1]]) {
		return
	}
	code := t.code
	// "in exchange for" is not an exchange; "trade" talks of commerce
	// unless prisoners are traded.
	if t.ctx == ctxExchange {
		if i > 0 && lower[i-1] == "in" && end < len(lower) && lower[end] == "for" {
			return
		}
		if !sentenceHas(lower, es.x.events.w.people) && !strings.Contains(strings.Join(t.words, " "), "prisoner") {
			return
		}
	}
	if code[:2] == "19" && end < len(lower) && es.x.events.w.struckObjects[lower[end]] && (t.words[0] == "struck" || t.words[0] == "strike") {
		return
	}
	if t.ctx == ctxAgreement && !windowHas(lower, i+1, 6, es.x.events.w.agreement) {
		return
	}
	if t.ctx == ctxWeapons && !windowHas(lower, i+1, 5, es.x.events.w.weapons) {
		return
	}
	if t.ctx == ctxRequest && !es.x.events.w.requestMarks[t.words[len(t.words)-1]] && !es.requestFollows(lower, end) {
		return
	}
	if t.ctx == ctxThing && (end >= len(lower) || strings.HasSuffix(lower[end], "ing")) {
		return
	}
	if t.ctx == ctxTerritory && !es.territoryFollows(si, lower, end) {
		return
	}
	// "whether Israel should withdraw": a hypothesis, not a happening.
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if es.x.events.w.hypothetical[lower[k]] && es.d.sents[si].words[k] != "May" { // "in May, Russia attacked"
			return
		}
	}
	// "if the Iranian navy once more seizes a tanker": a condition,
	// however far its "if" stands back in the clause (but "asked whether
	// he supported the invasion": a noun names an act that happened).
	// "when Kosovo is ready to talk", "once Iran frees the crew": a
	// time clause in the present tells of what is yet to come.
	for k := i - 1; !t.noun && k >= 0 && lower[k] != "," && !clauseBreaks[lower[k]]; k-- {
		if es.x.events.w.conditions[lower[k]] {
			return
		}
		if es.x.events.w.futureClauses[lower[k]] && presentTense(es.d.sents[si].tags, k+1, end) {
			return
		}
		if clauseOpeners[lower[k]] {
			break // "whether ... before he murdered": another clause
		}
	}
	// "was determined to act", "is committed to": a participle of
	// state says how the subject stands, no passive.
	passive := !es.x.events.w.statives[t.words[0]] && (isPassive(lower, t, i) || es.reducedPassive(si, lower, t, i))
	// "the plan was met with skepticism": the passive of some phrases is
	// an idiom for how something was received, no act.
	if passive && es.x.events.w.passiveIdioms[strings.Join(t.words, " ")] {
		return
	}
	if t.ctx == ctxPeople && !es.concernsPeople(si, lower, i, end, passive) {
		return
	}
	ev := &event{code: code, sent: si, tok: i, key: t.key, rule: t.rule, noun: t.noun}
	switch {
	case passive:
		ev.agents = es.byAgent(si, end)
		ev.targets = es.groupBefore(si, i, 12)
		// "The trade agreement was welcomed by Japan": the
		// parties to the agreement are who the act concerns.
		if len(ev.targets) == 0 && es.subjectIsAgreement(lower, i) {
			ev.targets = es.mainCountries(si)
		}
	// A noun form followed straight by its object is a verb: "meeting
	// Putin", "Israel strikes Gaza".
	// "Lavrov, meeting with his counterpart": a noun form the tagger
	// reads as a verb is one.
	case t.noun && (!strings.HasPrefix(es.d.sents[si].tags[i], "VB") || nounAt(es.d.sents[si], i)) && !es.appositiveParticiple(si, lower, i) && (prepositions[t.words[len(t.words)-1]] || !(es.actorStartingAt(si, end) >= 0 || es.placeStartingAt(si, end) >= 0)):
		ev.agents, ev.targets, ev.participants = es.nominalActors(si, lower, i, end, t)
	default:
		ev.agents = es.subjectBefore(si, lower, i)
		ev.targets = es.targetAfter(si, lower, end, heldSomewhere(code))
		if len(ev.targets) == 0 {
			ev.targets = es.targetPastObject(si, lower, end)
		}
		// Inside a quotation the speaker acts when the subject is "we" or
		// "I" ("“We are grateful to Norway,” Blinken said"), and accuses
		// the subject of a verdict ("“Iran is the aggressor,” ...").
		k := i - 1
		for k >= 0 && (auxiliaries[lower[k]] || strings.HasSuffix(lower[k], "ly")) { // "we are truly thankful"
			k--
		}
		firstPerson := k >= 0 && firstPersons[lower[k]]
		verdict := code == "1123" && i > 1 && beForms[lower[i-1]]
		if firstPerson || verdict {
			speaker, quoted := es.quotation(si, i)
			if quoted && firstPerson {
				ev.agents = speaker
			}
			if quoted && verdict && speaker != nil {
				ev.targets = ev.agents
				ev.agents = speaker
			}
		}
	}
	// "five men were swapped back to Iran": a passive exchange that
	// names no agent is the story's exchange between its two main states,
	// the one after "to" receiving the people counted before the verb.
	if t.ctx == ctxExchange && passive && len(ev.agents) == 0 {
		if to := es.recipientAfter(si, lower, end); len(to) == 1 {
			if other := es.otherMainCountry(si, to[0]); other != nil {
				ev.agents, ev.targets, ev.directed = []*entity{other}, to, true
			}
		}
	}
	// A pattern's code holds between an agent and a target, or among the
	// agents of a mutual act: "the two neighbours are discussing".
	if len(ev.agents) == 0 || (t.needsTarget && len(ev.targets) == 0 && !(t.symmet && len(ev.agents) >= 2)) {
		return
	}
	if t.ctx == ctxPeople || t.ctx == ctxExchange || code == "0353" || passive {
		ev.quantity = es.quantityNear(si, lower, i, end, 4, passive, t.ctx == ctxPeople || t.ctx == ctxExchange || code == "0353")
		for k := end; k < len(lower) && k < end+8; k++ {
			if lower[k] == "each" {
				ev.each = true
			}
		}
		// "... in exchange for the release of 12 fishermen": the count the
		// other way.
		if ev.directed {
			for k := end; k < len(lower) && k < end+8; k++ {
				if lower[k] == "for" {
					ev.quantityBack = es.quantityNear(si, lower, k, k+1, 8, false, true)
					break
				}
			}
		}
	}
	if !es.narrow(ev, t, si, lower, i, end) {
		return
	}
	// "agreed to an exchange of 120 detainees": an intent narrowed to
	// release people counts them within the words that narrowed it.
	if t.ctx == ctxIntent && ev.code == "0353" && ev.quantity == 0 {
		ev.quantity = es.quantityNear(si, lower, i, end, 8, false, true)
	}
	if d, ok := es.eventDate(si, dates, i, end, t.noun, ev.agents); ok {
		ev.date, ev.explicitDate = d, true
	} else {
		ev.date = es.d.pub
	}
	for _, m := range es.d.mentions[si] {
		if m.located && m.ent.kind == schema.KindPlace && m.start > i && m.start-end < 7 {
			ev.locations = append(ev.locations, m.ent)
		}
	}
	ev.attack = (code[:2] == "19" || code[:2] == "18") && !t.symmet
	// "struck targets across the Gaza Strip": an attack with no one named
	// as its target is against the place it hit, or that place's state.
	if ev.attack && len(ev.targets) == 0 && len(ev.locations) > 0 {
		loc := ev.locations[0]
		if st := es.countryEntityOf(loc); st != nil && !containsEntity(ev.agents, st) {
			ev.targets = []*entity{st}
		} else {
			ev.targets = []*entity{loc}
		}
	}
	if t.ctx == ctxExchange {
		es.addExchange(ev)
		return
	}
	listed := es.listedActs(si, ev, end, dates)
	es.addEvent(ev)
	for _, e := range listed {
		es.addEvent(e)
	}
}

// addExchange turns one exchange between two sides into two 0841 events,
// one in each direction.
func (es *eventStage) addExchange(ev *event) {
	var sides []*entity
	for _, e := range uniqueEntities(append(append([]*entity(nil), ev.agents...), ev.targets...)) {
		if e.kind == schema.KindCountry || e.kind == schema.KindOrganization {
			sides = append(sides, e)
		}
	}
	if len(sides) != 2 {
		return
	}
	for k := 0; k < 2; k++ {
		e := *ev
		e.code = "0841"
		e.agents = []*entity{sides[k]}
		e.targets = []*entity{sides[1-k]}
		switch {
		case ev.directed && containsEntity(ev.agents, sides[k]):
		case ev.directed:
			e.quantity = ev.quantityBack
		case !ev.each:
			e.quantity = 0
		}
		es.addEvent(&e)
	}
}

func (es *eventStage) addEvent(ev *event) {
	ev.agents = es.withStates(ev.agents)
	ev.targets = es.withStates(ev.targets)
	ev.agents = uniqueEntities(ev.agents)
	var targets []*entity
	for _, t := range uniqueEntities(ev.targets) {
		if !containsEntity(ev.agents, t) {
			targets = append(targets, t)
		}
	}
	ev.targets = targets
	es.d.events = append(es.d.events, ev)
}

func sentenceHas(lower []string, words map[string]bool) bool {
	for _, w := range lower {
		if words[w] {
			return true
		}
	}
	return false
}

// concernsPeople reports whether a release or arrest is of people.
func (es *eventStage) concernsPeople(si int, lower []string, i, end int, passive bool) bool {
	if !passive {
		if end < len(lower) && es.x.events.w.nonPeople[lower[end]] {
			// "released a statement", but "released the prisoners".
			if !(end+1 < len(lower) && (es.x.events.w.people[lower[end+1]] || es.personAt(si, end+1))) {
				return false
			}
		}
		tags := es.d.sents[si].tags
		for k := end; k < len(lower) && k < end+6; k++ {
			if es.x.events.w.people[lower[k]] || es.personAt(si, k) || es.demonymAt(si, k) {
				return true
			}
			// "held short meetings with Kim": another noun is the
			// object ("a number of prisoners", "two dozen civilians"
			// still count people).
			if (tags[k] == "NN" || tags[k] == "NNS") && !(k+1 < len(lower) && (lower[k+1] == "of" || es.x.events.w.people[lower[k+1]])) {
				return false
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if es.x.events.w.people[lower[k]] || es.personAt(si, k) || es.demonymAt(si, k) {
			return true
		}
	}
	return false
}

var prepositions = set("of", "for", "in", "on", "at", "to", "with", "from", "by", "about", "over", "against", "into", "after", "before", "since", "during")

var aspectVerbs = set("continue", "keep", "stop", "start", "begin", "end", "resume")

var determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "newly", "recently")

// reducedPassive reports a participle right after the people it is done to:
// "12 Filipinos captured in 2017", "soldiers held since April".
func (es *eventStage) reducedPassive(si int, lower []string, t trigger, i int) bool {
	if t.noun || len(t.words) > 1 || !(strings.HasSuffix(t.words[0], "ed") || t.words[0] == "held") {
		return false
	}
	// "Russia retreated from Kherson": a past tense is the verb of its
	// clause.
	if es.d.sents[si].tags[i] == "VBD" {
		return false
	}
	k := i - 1
	for k >= 0 && (strings.HasSuffix(lower[k], "ly") || lower[k] == "also") {
		k--
	}
	if k < 0 {
		return false
	}
	// "forces captured in 2020": a participle with no object.
	if i+1 < len(lower) && k >= 0 && lower[k] != "have" && lower[k] != "has" && lower[k] != "had" {
		switch lower[i+1] {
		case "in", "since", "during", "at", "on", "after", "near", "from", "over", "for", "last", "this", "earlier":
			return true
		}
	}
	// "The Russians attacked Ukraine": a past tense, or a participle with
	// an object, is the verb of its clause.
	if i+1 < len(lower) && (determiners[lower[i+1]] || es.mentionStartingAt(si, i+1) >= 0 || isNounTag(es.d.sents[si].tags[i+1])) {
		return false
	}
	if es.x.events.w.people[lower[k]] {
		return true
	}
	for _, m := range es.d.mentions[si] {
		if m.end-1 == k && m.role == roleDemonym && (strings.HasSuffix(lower[k], "s") || (k > 0 && (lower[k-1] == "a" || lower[k-1] == "an"))) {
			return true
		}
	}
	return false
}

func windowHas(lower []string, from, n int, words map[string]bool) bool {
	for k := from; k < len(lower) && k < from+n; k++ {
		if words[lower[k]] {
			return true
		}
	}
	return false
}

func countStates(es []*entity) int {
	n := 0
	for _, e := range es {
		if e.kind == schema.KindCountry {
			n++
		}
	}
	return n
}

// agreementNouns head a subject that is a deal between the story's sides.
var agreementNouns = set("agreement", "deal", "exchange", "swap", "accord", "treaty", "ceasefire", "truce", "release")

// subjectIsAgreement reports whether the words before the passive verb at i
// (past "was"/"were" and adverbs) end with an agreement noun.
func (es *eventStage) subjectIsAgreement(lower []string, i int) bool {
	k := i - 1
	for k >= 0 && (beForms[lower[k]] || auxiliaries[lower[k]]) {
		k--
	}
	return k >= 0 && agreementNouns[lower[k]]
}

// future reports whether the verb at token i is in the future: "will" or
// "shall" before it (past adverbs and "not"), or "is going to", "is set
// to", "is expected to".
func future(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch lower[k] {
		case "will", "shall", "'ll", "’ll":
			return true
		case "to":
			return k > 1 && futureVerbs[lower[k-1]] && beForms[lower[k-2]]
		}
		if !strings.HasSuffix(lower[k], "ly") && lower[k] != "not" && lower[k] != "also" && lower[k] != "soon" && lower[k] != "then" {
			return false
		}
	}
	return false
}

// futureVerbBefore reports whether the verb a noun form at token i
// follows in its clause, within eight words, is future: "will head the
// team at the summit", "will attend talks in Geneva". A hostile act (code
// 10 and up) must be the light verb's own ("will launch an offensive"):
// "will face questions about her march to war" threatens no one.
func (es *eventStage) futureVerbBefore(si, i int, code string) bool {
	lower := es.d.sents[si].lower
	k := es.verbBefore(si, i, 8)
	if k < 0 || code[:2] >= "10" && !es.x.events.w.lightVerbs[lower[k]] {
		return false
	}
	return !windowHasWords(lower, k+1, i, clauseOpeners) && future(lower, k)
}

// verbBefore returns the token of the verb nearest before token i in its
// clause (past no comma or clause break), within limit words, or -1.
func (es *eventStage) verbBefore(si, i, limit int) int {
	lower, tags := es.d.sents[si].lower, es.d.sents[si].tags
	for k := i - 1; k >= 0 && k >= i-limit; k-- {
		if w := lower[k]; w == "," || clauseBreaks[w] {
			return -1
		}
		if strings.HasPrefix(tags[k], "VB") {
			return k
		}
	}
	return -1
}

// futureVerbAfter reports whether the first verb after the noun phrase
// of a noun trigger at [i, end), in its clause, says it is still to happen:
// "will begin", "will be held", or a form of "be" before "expected",
// "scheduled", "set", "planned" and the like ("talks are set to resume"),
// but not "is going nowhere".
func (es *eventStage) futureVerbAfter(si, i, end int) bool {
	lower, tags := es.d.sents[si].lower, es.d.sents[si].tags
	// "much of his visit will", "the trial for those suspected in the
	// assassination was set to": a noun inside a prepositional phrase is
	// not what the verb is about.
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if prepositions[lower[k]] {
			return false
		}
	}
	between := false // "talks between A and B will": "and" joins the two
	for k := end; k < len(lower) && k < end+10; k++ {
		w := lower[k]
		between = between || w == "between"
		switch {
		case w == "," || clauseBreaks[w] || clauseOpeners[w] || (w == "and" || w == "but") && !between:
			return false
		case w == "will" || w == "shall":
			return windowHasWords(lower, k+1, min(len(lower), k+4), es.x.events.w.takesPlace)
		case beForms[w]:
			return k+1 < len(lower) && futureVerbs[lower[k+1]] && lower[k+1] != "going"
		case strings.HasPrefix(tags[k], "VB") || tags[k] == "MD":
			return false
		}
	}
	return false
}

// futureVerbs, between a form of "be" and "to", make what follows future:
// "is going to", "are set to".
var futureVerbs = set("going", "set", "expected", "poised", "due", "scheduled")

// windowHasWords reports whether lower[from:to] holds a word of the set, or
// two words in a row that the set holds as one entry ("called off").
func windowHasWords(lower []string, from, to int, words map[string]bool) bool {
	for k := from; k < to && k < len(lower); k++ {
		if words[lower[k]] || k+1 < to && words[lower[k]+" "+lower[k+1]] {
			return true
		}
	}
	return false
}

// appositiveParticiple reports whether the word at token i opens a
// participle phrase set off by a comma after the name of the sentence's
// subject (no verb before it), whatever the tagger read: "Lavrov, meeting
// with his counterpart, urged", not "told MSNBC, warning that".
func (es *eventStage) appositiveParticiple(si int, lower []string, i int) bool {
	if i < 2 || lower[i-1] != "," || !strings.HasSuffix(lower[i], "ing") {
		return false
	}
	mi := es.actorEndingAt(si, i-1)
	if mi < 0 {
		return false
	}
	tags := es.d.sents[si].tags
	for k := 0; k < es.d.mentions[si][mi].start; k++ {
		if strings.HasPrefix(tags[k], "VB") || lower[k] == "," {
			return false
		}
	}
	return true
}

// requestFollows reports whether a request's complement follows token end
// in its clause ("asked Iran to free", "asked for help", "asked that the
// House adjourn") before a question's word ("asked whether", "asked about")
// or the clause's end ("Sanders asked.").
func (es *eventStage) requestFollows(lower []string, end int) bool {
	for k := end; k < len(lower) && k < end+10; k++ {
		switch w := lower[k]; {
		case es.x.events.w.requestMarks[w]:
			return true
		case es.x.events.w.questionWords[w] || w == "," || w == "." || clauseBreaks[w] || clauseOpeners[w]:
			return false
		}
	}
	return false
}
