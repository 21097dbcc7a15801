package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
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
	entry        int  // the trigger's lexicon entry
	each         bool // the quantity is per side of an exchange
	attack       bool // an attack: with no target named, the opponent is implied
	sent         int
	tok          int
}

// nonPeopleObjects after "released" or "held" show the object is not people.
var nonPeopleObjects = set(
	"statement", "statements", "report", "reports", "video", "videos", "data", "details", "funds",
	"information", "plan", "plans", "document", "documents", "footage", "image", "images",
	"photo", "photos", "figures", "results", "list", "names", "budget", "album", "book", "film",
	"song", "tape", "tapes", "emails", "transcript", "memo", "files", "findings", "analysis",
	"talks", "meeting", "meetings", "a", "an", "the", "its", "their", "his", "her", "election",
	"elections", "vote", "referendum", "summit", "conference", "rally", "news", "briefing",
	"power", "office", "position", "seat", "seats", "lead", "majority", "control", "record",
	"hearing", "hearings", "event", "events", "discussions", "ceremony", "version", "update",
)

// peopleWords are nouns for people that an arrest or release concerns.
var peopleWords = set(
	"prisoners", "prisoner", "pows", "pow", "detainees", "detainee", "hostages", "hostage",
	"captives", "soldiers", "soldier", "servicemen", "serviceman", "personnel", "civilians",
	"people", "persons", "nationals", "citizens", "journalists", "journalist", "activists",
	"fighters", "troops", "men", "women", "children", "inmates", "individuals", "americans",
	"leaders", "members", "officers", "sailors", "crew", "reporter", "dissidents", "suspects",
	"suspect", "migrants", "refugees", "protesters", "opponents", "critics", "workers",
)

// violentFalseObjects after "struck" or "strike" mean no violence.
var violentFalseObjects = set("deal", "agreement", "accord", "balance", "tone", "chord", "note", "bargain", "compromise", "pose", "match", "gold", "oil", "a", "back")

var beForms = set("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets")

// clauseBreaks stop the search for an actor.
var clauseBreaks = set(";", ":", "—", "–", "“", "”", "\"", "(", ")")

var lightVerbs = set("held", "hold", "holds", "holding", "launched", "launch", "launches", "began", "begin", "begins", "conducted", "conduct", "carried", "waged", "wages", "wage", "imposed", "impose", "imposes", "staged", "stepped", "escalated", "continued", "continues", "resumed", "started", "start", "starts", "made", "make", "paid", "pay", "opened", "led", "leads", "lead", "concluded", "conclude", "concludes", "ended", "end", "ends", "completed", "finished", "followed", "resume", "resumed")

// findEvents reads the events of every sentence.
func (r *reader) findEvents() {
	for si := range r.sents {
		words := r.words[si]
		lower := make([]string, len(words))
		for i, w := range words {
			lower[i] = strings.ToLower(w)
		}
		inMention := make([]bool, len(words))
		for _, m := range r.mentions[si] {
			for k := m.start; k < m.end; k++ {
				inMention[k] = true
			}
		}
		dates := findDates(words, r.pub)
		for i := 0; i < len(words); i++ {
			if inMention[i] {
				continue
			}
			t, ok := r.x.triggers.at(lower, i)
			if !ok {
				continue
			}
			end := i + len(t.words)
			r.readEvent(si, lower, t, i, end, dates)
			i = end - 1
		}
	}
}

func negated(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch lower[k] {
		case "not", "never", "n't", "no", "didn't", "won't", "wouldn't", "hasn't", "haven't", "don't", "doesn't", "refused", "declined", "without":
			return true
		}
	}
	return false
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
		return true // "a Russian oligarch sanctioned by the US"
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

func (r *reader) readEvent(si int, lower []string, t trigger, i, end int, dates []dateMention) {
	if negated(lower, i) && t.code[:2] != "12" {
		return
	}
	// "to sign a treaty", "to continue fighting": an infinitive tells an
	// aim, not a happening.
	if !t.noun && t.ctx != ctxIntent && i > 0 && (lower[i-1] == "to" || (i > 1 && lower[i-2] == "to" && aspectVerbs[lower[i-1]])) {
		return
	}
	// "to wage war and kill people": the second verb of an infinitive.
	if !t.noun && i > 2 && (lower[i-1] == "and" || lower[i-1] == "or") {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if lower[k] == "to" {
				return
			}
			if lower[k] == "," || r.mentionEndsAt(si, k+1) {
				break
			}
		}
	}
	// "the released POWs": a participle used as an adjective.
	if !t.noun && i > 0 && determiners[lower[i-1]] && strings.HasSuffix(t.words[0], "ed") {
		return
	}
	// "to wage war", "to launch an attack": an aim, not a happening.
	if t.noun {
		for k := i - 1; k >= 1 && k >= i-3; k-- {
			if lightVerbs[lower[k]] && lower[k-1] == "to" {
				return
			}
		}
	}
	// "prisoners of war" is no war.
	if t.words[0] == "war" && i >= 2 && lower[i-1] == "of" && peopleWords[lower[i-2]] {
		return
	}
	code := t.code
	// "in exchange for" is not an exchange; "trade" talks of commerce
	// unless prisoners are traded.
	if t.ctx == ctxExchange {
		if i > 0 && lower[i-1] == "in" && end < len(lower) && lower[end] == "for" {
			return
		}
		if !sentenceHas(lower, peopleWords) && !strings.Contains(strings.Join(t.words, " "), "prisoner") {
			return
		}
	}
	if code[:2] == "19" && end < len(lower) && violentFalseObjects[lower[end]] && (t.words[0] == "struck" || t.words[0] == "strike") {
		return
	}
	if t.ctx == ctxAgreement && !windowHas(lower, end, 6, agreementWords) {
		return
	}
	if t.ctx == ctxWeapons && !windowHas(lower, end, 5, weaponWords) {
		return
	}
	// "whether Russia should withdraw": a hypothesis, not a happening.
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if hypothetical[lower[k]] {
			return
		}
	}
	passive := isPassive(lower, t, i) || r.reducedPassive(si, lower, t, i)
	if t.ctx == ctxPeople && !r.concernsPeople(si, lower, i, end, passive) {
		return
	}
	if t.ctx == ctxIntent {
		code = intentCode(lower, end, r)
		if code == "" {
			return
		}
	}
	ev := &event{code: code, sent: si, tok: i, entry: t.entry}
	switch {
	case passive:
		ev.agents = r.byAgent(si, end)
		ev.targets = r.groupBefore(si, i, 12)
		// "The prisoner exchange agreement was welcomed by the EU": the
		// parties to the agreement are who the act concerns.
		if len(ev.targets) == 0 && r.subjectIsAgreement(lower, i) {
			ev.targets = r.mainCountries(si)
		}
	case t.noun && !(strings.HasSuffix(t.words[0], "ing") && r.actorStartingAt(si, end) >= 0):
		ev.agents, ev.targets, ev.participants = r.nominalActors(si, lower, i, end, t)
	default:
		ev.agents = r.subjectBefore(si, lower, i)
		ev.targets = r.targetAfter(si, lower, end)
		if speaker, quoted := r.quoteSpeaker(si, i); quoted {
			// "“We are grateful to Turkey,” Sullivan said": the speaker acts.
			k := i - 1
			for k >= 0 && auxiliaries[lower[k]] {
				k--
			}
			if k >= 0 && (lower[k] == "we" || lower[k] == "i") {
				ev.agents = speaker
			}
		}
	}
	// "Russia is the aggressor": the speaker accuses the subject.
	if code == "1123" && i > 1 && beForms[lower[i-1]] {
		if speaker, quoted := r.quoteSpeaker(si, i); quoted && speaker != nil {
			ev.targets = ev.agents
			ev.agents = speaker
		}
	}
	if len(ev.agents) == 0 {
		return
	}
	if t.ctx == ctxPeople || t.ctx == ctxExchange || code == "0353" || passive {
		ev.quantity = r.quantityNear(si, lower, i, end, passive, t.ctx == ctxPeople || t.ctx == ctxExchange || code == "0353")
		for k := end; k < len(lower) && k < end+8; k++ {
			if lower[k] == "each" {
				ev.each = true
			}
		}
	}
	ev.code = refineViolence(ev.code, lower, i, end)
	ev.code = r.refineCode(ev.code, si, lower, i, end)
	if d, ok := eventDate(lower, dates, i, end); ok {
		ev.date, ev.explicitDate = d, true
	} else {
		ev.date = r.pub
	}
	for _, m := range r.mentions[si] {
		if m.located && m.ent.kind == schema.KindPlace && m.start > i && m.start-end < 4 {
			ev.locations = append(ev.locations, m.ent)
		}
	}
	ev.attack = (code[:2] == "19" || code[:2] == "18") && !t.symmet
	if t.ctx == ctxExchange {
		r.addExchange(ev)
		return
	}
	r.addEvent(ev)
}

// addExchange turns one exchange between two sides into two 0841 events,
// one in each direction.
func (r *reader) addExchange(ev *event) {
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
		if !ev.each {
			e.quantity = 0
		}
		r.addEvent(&e)
	}
}

func (r *reader) addEvent(ev *event) {
	ev.agents = r.withStates(ev.agents)
	ev.targets = r.withStates(ev.targets)
	ev.agents = uniqueEntities(ev.agents)
	var targets []*entity
	for _, t := range uniqueEntities(ev.targets) {
		if !containsEntity(ev.agents, t) {
			targets = append(targets, t)
		}
	}
	ev.targets = targets
	r.events = append(r.events, ev)
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
func (r *reader) concernsPeople(si int, lower []string, i, end int, passive bool) bool {
	if !passive {
		if end < len(lower) && nonPeopleObjects[lower[end]] {
			// "released a statement", but "released the prisoners".
			if !(end+1 < len(lower) && (peopleWords[lower[end+1]] || r.personAt(si, end+1))) {
				return false
			}
		}
		for k := end; k < len(lower) && k < end+6; k++ {
			if peopleWords[lower[k]] || r.personAt(si, k) || r.demonymAt(si, k) {
				return true
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if peopleWords[lower[k]] || r.personAt(si, k) || r.demonymAt(si, k) {
			return true
		}
	}
	return false
}

func (r *reader) personAt(si, k int) bool {
	for _, m := range r.mentions[si] {
		if m.start <= k && k < m.end && m.ent.kind == schema.KindPerson {
			return true
		}
	}
	return false
}

func (r *reader) demonymAt(si, k int) bool {
	for _, m := range r.mentions[si] {
		if m.start <= k && k < m.end && m.role == roleDemonym {
			return true
		}
	}
	return false
}

// intentCode codes an expression of intent by what is intended.
func intentCode(lower []string, end int, r *reader) string {
	stop := end + 8
	if stop > len(lower) {
		stop = len(lower)
	}
	next := " " + strings.Join(lower[end:stop], " ")
	has := func(ws ...string) bool { // at the start of a word
		for _, w := range ws {
			if strings.Contains(next, " "+w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("normalise", "normalize", "peace treaty", "peace deal", "settle", "end the war", "resolve the conflict", "peace agreement", "reach peace"):
		return "037"
	case has("mediate", "peace broker", "broker"):
		return "039"
	case has("release", "free ", "swap", "exchange", "hand over") && sentenceHas(lower[end:stop], peopleWords):
		return "0353"
	case has("meet", "talks", "negotiat", "hold talks", "discuss"):
		return "036"
	case has("military aid", "weapons", "arms"):
		return "0332"
	case has("humanitarian"):
		return "0333"
	case has("aid", "assistance", "financial support"):
		return "033"
	case has("cooperat", "partnership", "ties", "upgrade", "strengthen", "deepen", "modernize", "modernise", "bolster", "boost", "expand", "overhaul"):
		if has("defense", "defence", "military", "security", "command", "forces", "alliance") {
			return "0312"
		}
		if has("econom", "trade", "investment") {
			return "0311"
		}
		return "030"
	case has("deal", "agreement", "plan", "proposal", "terms", "compromise"):
		if r.prisonerStory {
			return "0353"
		}
		return "030"
	case has("support"):
		return "032"
	case has("ceasefire", "de-escalate", "withdraw"):
		return "0356"
	case has("lift sanctions", "ease sanctions"):
		return "0354"
	}
	return ""
}

// actorMentionKinds are the kinds that act in events.
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
		if m.ent.kind == schema.KindCountry && mi+1 < len(r.mentions[si]) {
			n := r.mentions[si][mi+1]
			if n.ent.kind == schema.KindPerson && n.start > m.end && titleEndingAt(r.words[si], n.start) >= m.end {
				g = append(g, n.ent)
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

// quantityNear reads how many people an event concerns.
func (r *reader) quantityNear(si int, lower []string, i, end int, passive bool, people bool) int {
	words := r.words[si]
	// counted reports whether the words after a number at [after] are what
	// the event concerns: people for arrests and releases, any plain noun
	// otherwise ("the four territories currently occupied").
	counted := func(after int) bool {
		for k := after; k < len(words) && k <= after+1; k++ {
			if peopleWords[lower[k]] || r.demonymAt(si, k) {
				return true
			}
			if !people && k == after && !measureWords[lower[k]] && !startsUpper(words[k]) && !isDigits(lower[k]) && lower[k] != "," {
				return true
			}
		}
		return false
	}
	if !passive {
		for k := end; k < len(words) && k < end+4; k++ {
			if n, after, ok := quantityAt(words, k); ok && after < len(words) && counted(after) {
				return n
			}
			if lower[k] == "," || clauseBreaks[lower[k]] {
				break
			}
		}
		return 0
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if n, after, ok := quantityAt(words, k); ok && after < len(words) && after <= i && counted(after) {
			return n
		}
	}
	return 0
}

// measureWords after a number measure rather than count what an event
// concerns: "20 percent", "14 years", "1,200 km".
var measureWords = set("percent", "%", "per", "years", "year", "months", "month", "days", "day", "hours", "weeks", "km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "billion", "million", "dollars", "euros", "times", "minutes", "o'clock", "am", "pm", "a.m.", "p.m.")

// finishEvents merges the events that tell the same happening and returns
// them in the order of the text.
func (r *reader) finishEvents() []schema.Event {
	var kept []*event
	for _, ev := range r.events {
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
			ev.targets = r.opponent(ev.agents)
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
			Name:         r.eventName(ev),
			Agents:       iris(ev.agents),
			Targets:      iris(ev.targets),
			Participants: iris(ev.participants),
			Locations:    iris(uniqueEntities(ev.locations)),
			Date:         ev.date,
			Quantity:     ev.quantity,
			Evidence:     r.sents[ev.sent].Text,
			Sentence:     ev.sent,
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
	// "Baku's military operation in September, which recaptured the
	// region": one happening told twice in one sentence, or with the same
	// verb, one account naming more targets than the other.
	if (a.sent == b.sent || a.entry == b.entry) && (subsetOf(a.targets, b.targets) || subsetOf(b.targets, a.targets)) {
		return true
	}
	if !sameEntities(a.targets, b.targets) {
		return false
	}
	// Told with the same verb, or a release told as part of an exchange;
	// two attacks told with different words may be two attacks.
	return a.entry == b.entry || a.code == "0841" && b.code == "0841"
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

func (r *reader) eventName(ev *event) string {
	var b strings.Builder
	b.WriteString(names(ev.agents))
	b.WriteString(": ")
	if c, ok := r.x.codes.Lookup(ev.code); ok {
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

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

var prepositions = set("of", "for", "in", "on", "at", "to", "with", "from", "by", "about", "over", "against", "into", "after", "before", "since", "during")

// eventDate picks the date of the event whose trigger spans [i, end): the
// nearest date expression with no other verb between it and the trigger
// ("captured in late 2020" dates the capture, not the release), else a
// sentence-level "on Wednesday"; "since" dates a state's start, not an act.
func eventDate(lower []string, dates []dateMention, i, end int) (schema.Date, bool) {
	best, bestDist := -1, 0
	for k, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "since" {
			continue
		}
		a, b := end, d.tok
		if d.tok < i {
			a, b = d.end, i
		}
		blocked := false
		for j := a; j < b; j++ {
			if isVerbLike(lower[j]) || lower[j] == ";" || lower[j] == "while" || lower[j] == "which" || lower[j] == "who" {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		dist := abs(d.tok - i)
		if best < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		return dates[best].date, true
	}
	for _, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "on" {
			return d.date, true
		}
	}
	return schema.Date{}, false
}

// isVerbLike is a cheap test for a finite verb or participle.
func isVerbLike(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "held", "said", "says", "told", "met", "fled", "fought", "took", "made", "began", "sent", "led", "struck", "won", "gave", "came", "went":
		return true
	}
	return false
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

var aspectVerbs = set("continue", "keep", "stop", "start", "begin", "end", "resume")

var determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "newly", "recently")

// refineViolence codes an attack by its weapons: missiles, drones and
// aircraft (195), artillery (194), small arms (193).
func refineViolence(code string, lower []string, i, end int) string {
	if code != "190" {
		return code
	}
	lo := i - 2
	if lo < 0 {
		lo = 0
	}
	window := append([]string(nil), lower[lo:i]...)
	for k := end; k+1 < len(lower) && k < end+4; k++ {
		if lower[k] == "with" || lower[k] == "using" || lower[k] == "by" {
			hi := k + 5
			if hi > len(lower) {
				hi = len(lower)
			}
			window = append(window, lower[k+1:hi]...)
			break
		}
	}
	for _, w := range window {
		switch w {
		case "missile", "missiles", "drone", "drones", "airstrike", "airstrikes", "rocket", "rockets", "warplanes", "jets", "aircraft", "bombers", "bombs", "air":
			return "195"
		case "artillery", "shelling", "shells", "mortar", "mortars", "tanks":
			return "194"
		case "gunfire", "rifles", "sniper", "snipers", "gunmen":
			return "193"
		}
	}
	return code
}

// reducedPassive reports a participle right after the people it is done to:
// "32 Armenians mostly captured in late 2020", "soldiers held since April".
func (r *reader) reducedPassive(si int, lower []string, t trigger, i int) bool {
	if t.noun || len(t.words) > 1 || !(strings.HasSuffix(t.words[0], "ed") || t.words[0] == "held") {
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
	if peopleWords[lower[k]] {
		return true
	}
	for _, m := range r.mentions[si] {
		if m.end-1 == k && m.role == roleDemonym && (strings.HasSuffix(lower[k], "s") || (k > 0 && (lower[k-1] == "a" || lower[k-1] == "an"))) {
			return true
		}
	}
	return false
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

func (r *reader) actorStartingAt(si, start int) int {
	for mi, m := range r.mentions[si] {
		if m.start == start && isActor(m) {
			return mi
		}
	}
	return -1
}

func (r *reader) mentionEndsAt(si, end int) bool {
	for _, m := range r.mentions[si] {
		if m.end == end {
			return true
		}
	}
	return false
}

// actorEndingAt returns the index of an actor mention ending at token end.
func (r *reader) actorEndingAt(si, end int) int {
	for mi := len(r.mentions[si]) - 1; mi >= 0; mi-- {
		m := r.mentions[si][mi]
		if m.end == end && isActor(m) {
			return mi
		}
	}
	return -1
}

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

var agreementWords = set("agreement", "agreements", "deal", "deals", "treaty", "treaties", "accord", "accords", "pact", "memorandum", "declaration", "contract", "contracts", "ceasefire", "truce", "protocol", "charter", "convention")

var weaponWords = set("drones", "drone", "missiles", "missile", "rockets", "rocket", "shells", "bombs", "projectiles", "munitions", "warheads")

var hypothetical = set("should", "could", "would", "might", "whether", "if", "unless", "may")

func windowHas(lower []string, from, n int, words map[string]bool) bool {
	for k := from; k < len(lower) && k < from+n; k++ {
		if words[lower[k]] {
			return true
		}
	}
	return false
}

// opponent returns the state an attack with no named target is against:
// the article's most mentioned state other than the attackers, when the
// article names at least two states twice or more.
func (r *reader) opponent(agents []*entity) []*entity {
	var best *entity
	for _, e := range r.ents {
		if e.kind != schema.KindCountry || e.mentions < 2 || containsEntity(agents, e) {
			continue
		}
		for _, a := range agents {
			if a.kind == schema.KindCountry && a.country == e.country {
				continue
			}
		}
		if best == nil || e.mentions > best.mentions {
			best = e
		}
	}
	hasState := false
	for _, a := range agents {
		hasState = hasState || a.kind == schema.KindCountry
	}
	if best == nil || !hasState {
		return nil
	}
	return []*entity{best}
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
		if st == nil && e.fromRef && e.country >= 0 && r.x.tables.Orgs[e.ref.idx].Class == "GovernmentOrganization" {
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

// yieldWords after a rejection make it a refusal to yield (124).
var yieldWords = set("pullback", "withdrawal", "retreat", "concession", "concessions", "surrender", "ceding", "pullout")

// refineCode narrows a code by its context: talks with a person are a
// consultation (040), not a negotiation; a rejection of a withdrawal is a
// refusal to yield (124).
func (r *reader) refineCode(code string, si int, lower []string, i, end int) string {
	switch code {
	case "046":
		if lower[i] == "talks" && end+1 < len(lower) && lower[end] == "with" && r.personAt(si, end+1) {
			return "040"
		}
	case "070":
		// "US military aid to Kyiv" where "US military" named the forces.
		before := strings.Join(lower[max(0, i-2):i], " ")
		switch {
		case strings.Contains(before, "military"):
			return "072"
		case strings.Contains(before, "humanitarian"):
			return "073"
		case strings.Contains(before, "financial"), strings.Contains(before, "economic"):
			return "071"
		}
	case "120":
		if windowHas(lower, end, 5, yieldWords) {
			return "124"
		}
		if windowHas(lower, end, 3, set("release", "free")) {
			return "1243"
		}
	case "112":
		return accusationCode(lower, end)
	case "1823":
		if windowHas(lower, max(0, i-6), 12, militaryWords) {
			return "190"
		}
	}
	return code
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

func countStates(es []*entity) int {
	n := 0
	for _, e := range es {
		if e.kind == schema.KindCountry {
			n++
		}
	}
	return n
}

var militaryWords = set("strike", "strikes", "airstrike", "airstrikes", "shelling", "missile", "missiles", "drone", "drones", "troops", "forces", "offensive", "fighting", "soldiers")

// accusationCode narrows an accusation by what it is of: "accused Russia of
// war crimes" (1124), of aggression (1123), of spying (1125), of human
// rights abuses (1122), of crimes (1121).
func accusationCode(lower []string, end int) string {
	for k := end; k+1 < len(lower) && k < end+8; k++ {
		if lower[k] != "of" {
			continue
		}
		rest := " " + strings.Join(lower[k+1:min(k+5, len(lower))], " ")
		has := func(ws ...string) bool {
			for _, w := range ws {
				if strings.Contains(rest, " "+w) {
					return true
				}
			}
			return false
		}
		switch {
		case has("war crime", "genocide"):
			return "1124"
		case has("aggression", "invad", "attack"):
			return "1123"
		case has("spying", "espionage", "treason"):
			return "1125"
		case has("human rights", "abuses", "torture"):
			return "1122"
		case has("corruption", "fraud", "crime", "bribery", "terrorism"):
			return "1121"
		}
		break
	}
	return "112"
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

// agreementNouns head a subject that is a deal between the story's sides.
var agreementNouns = set("agreement", "deal", "exchange", "swap", "accord", "treaty", "ceasefire", "truce", "release")

// subjectIsAgreement reports whether the words before the passive verb at i
// (past "was"/"were" and adverbs) end with an agreement noun.
func (r *reader) subjectIsAgreement(lower []string, i int) bool {
	k := i - 1
	for k >= 0 && (beForms[lower[k]] || auxiliaries[lower[k]]) {
		k--
	}
	return k >= 0 && agreementNouns[lower[k]]
}
