package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file chooses, of the date expressions findDates resolved in a
// sentence, the one each event's act takes: its own clause's, not a
// relative clause's, a telling's or an aim's; the article date is left
// to the caller when the sentence gives the act none.

// eventDate picks the date of the event whose trigger spans [i, end) in
// sentence s, from the sentence's own time expressions:
//
//   - the nearest date expression in the trigger's own clause, that is with
//     no other clause's verb between it and the trigger ("captured in late
//     2020" dates the capture, not the release); a noun trigger's light
//     verb ("the blockade began two months ago", "tariffs imposed by
//     Canada last month") carries its date;
//   - a date after an infinitive is its aim's ("urged Russia to release
//     the prisoners next month"), unless it counts back from the article
//     ("agreed to sign a deal last week");
//   - a possessive date that qualifies a noun ("yesterday's drills",
//     "last week's vote") dates only a noun trigger it qualifies, or
//     the clause it is the time of ("during last year's campaign");
//   - an act told in the past perfect ("stated Tuesday that Peru had
//     protested") happened before the time of the telling: only a date
//     after the trigger is its own;
//   - "since" dates a state's start, not an act;
//   - else an act after "N units after|before" ("resigned three days
//     after the army detained the protesters", "almost two years after a
//     state visit") is that span from the date before it, or the
//     article's;
//   - else a time expression opening the sentence ("In 2010, the board
//     found ...", "Earlier this week, the campaign put out an ad
//     criticizing ...") dates the main clause's act and what it governs,
//     but not a relative or reported clause's;
//   - else, for a verb trigger, a date after "on" anywhere in the sentence
//     but an aside ("On Friday alone, she headlined two events, met
//     donors and held a news conference"); a noun
//     trigger's "on Sunday" beyond another verb dates that verb ("Russia's
//     invasion dominated talks on Monday").
//
// It reports false when the sentence gives the act no date.
func (es *eventStage) eventDate(si int, dates []dateMention, i, end int, noun bool, agents []*entity) (schema.Date, bool) {
	s := &es.d.sents[si]
	lower := s.lower
	perfect := pastPerfect(lower, i)
	asides := es.relativeAsides(s)
	best, bestDist := -1, 0
	for k, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "since" {
			continue
		}
		if asideOf(asides, d.tok) != asideOf(asides, i) {
			continue // "Turkey, which attacked Syria in 2019, met Russia"
		}
		if qualifiesNoun(s, d) && !es.timeAdjunct(s, d) {
			if noun && d.end <= i && i-d.end <= 4 && !es.dateBarrierIn(s, d.end, i) {
				return d.date, true // "yesterday's drills"
			}
			continue
		}
		if perfect && d.tok < i {
			continue
		}
		if d.tok < i && es.toldEarlier(si, d, i, agents) {
			continue // "stated Tuesday that Peruvian officials protested"
		}
		// Scan outward from the trigger to the date.
		from, to, step := end, d.tok, 1
		if d.tok < i {
			from, to, step = i-1, d.end-1, -1
		}
		blocked, light := false, noun
		for j := from; j != to; j += step {
			if a := asideOf(asides, j); a >= 0 && a != asideOf(asides, i) {
				continue // "Obama, who ..., met Putin on Monday"
			}
			if d.date.Day != 0 && es.x.events.w.timeClauses[lower[j]] {
				blocked = true
				break
			}
			if step > 0 && lower[j] == "to" && j+1 < len(lower) && s.tags[j+1] == "VB" && !pastDeictic(lower, d) {
				blocked = true // "warned them not to create a fiasco this fall": the aim's time
				break
			}
			if !es.dateBarrier(s, j) {
				continue
			}
			if light && es.x.events.w.lightVerbs[lower[j]] {
				light = false // the noun's own verb, once
				continue
			}
			blocked = true
			break
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
	if d, ok := es.spanDate(s, dates, i, noun); ok {
		return d, true
	}
	if d, comma, ok := es.openingDate(s, dates); ok && !perfect && comma < i && asideOf(asides, i) < 0 {
		// The main clause's verb and what it governs directly: no
		// relative or reported clause, no second finite verb ("In
		// their filing Wednesday, prosecutors alleged he offered ..."),
		// past asides ("Last week, Germany, alarmed by the vote, condemned").
		verbs := 0
		for j := comma + 1; j < i; j++ {
			if asideOf(asides, j) >= 0 {
				continue
			}
			if es.x.events.w.dateBarriers[lower[j]] || lower[j] == "that" {
				return schema.Date{}, false
			}
			if es.dateBarrier(s, j) {
				verbs++
			}
		}
		if verbs == 0 || verbs == 1 && (noun || strings.HasSuffix(lower[i], "ing") || coordinated(lower, i)) {
			return d.date, true
		}
	}
	for _, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "on" && !perfect && !noun && asideOf(asides, d.tok) == asideOf(asides, i) && !(d.tok < i && es.toldEarlier(si, d, i, agents)) {
			return d.date, true
		}
	}
	return schema.Date{}, false
}

// relativeAsides finds the relative clauses and participle phrases a
// sentence sets off by commas between a subject and its verb: ", which
// ... ,", ", who ... ," and ", alarmed by ... ,", each closed by the first
// comma a finite verb follows ("Obama, who ..., met"), as [start, end)
// token ranges from the first comma through the closing one.
func (es *eventStage) relativeAsides(s *sentence) [][2]int {
	var out [][2]int
	for c := 0; c+1 < len(s.lower); c++ {
		if s.lower[c] != "," || !relativeWords[s.lower[c+1]] && s.tags[c+1] != "VBN" {
			continue
		}
		for e := c + 2; e+1 < len(s.lower) && !clauseBreaks[s.lower[e]]; e++ {
			if s.lower[e] != "," {
				continue
			}
			v := e + 1
			if s.tags[v] == "RB" && v+1 < len(s.lower) {
				v++ // ", also endorsed"
			}
			if finiteVerbTags[s.tags[v]] {
				out = append(out, [2]int{c, e + 1})
				c = e
				break
			}
		}
	}
	return out
}

// relativeWords open a relative clause.
var relativeWords = set("which", "who", "whom", "whose")

// asideOf returns the index of the aside holding token j, or -1.
func asideOf(asides [][2]int, j int) int {
	for k, a := range asides {
		if j >= a[0] && j < a[1] {
			return k
		}
	}
	return -1
}

// spanDate dates a trigger at token i that follows "N units after|before"
// in its own clause ("resigned three days after the army detained the
// protesters", "a year after a state visit"): the span back (or forward)
// from the last date expression before it ("The letter sent Friday
// arrived three days after"), or back from the article date, at the
// precision of the unit ("a year after" gives a year).
func (es *eventStage) spanDate(s *sentence, dates []dateMention, i int, noun bool) (schema.Date, bool) {
	verbs := 0
	for k := i - 1; k >= 2 && k >= i-12; k-- {
		w := s.lower[k]
		if w == "after" || w == "before" {
			n, unit, from, ok := spanBefore(s.words, k)
			if !ok {
				return schema.Date{}, false
			}
			anchor, stated := es.d.pub, false
			for _, d := range dates {
				if d.end <= from {
					anchor, stated = d.date, true
				}
			}
			if w == "before" && !stated {
				return schema.Date{}, false // before what? Not the article's day.
			}
			// The span is as precise as its unit: "a year after" is a year.
			switch unit {
			case "year":
				anchor = schema.Date{Year: anchor.Year}
			case "month":
				anchor.Day = 0
			}
			return shiftDate(anchor, n, unit, w == "before")
		}
		if es.x.events.w.dateBarriers[w] || w == "," || w == "that" {
			return schema.Date{}, false
		}
		if es.dateBarrier(s, k) {
			// The verb of the clause after "after" is the only one a
			// noun trigger may follow.
			if verbs++; !noun || verbs > 1 {
				return schema.Date{}, false
			}
		}
		for _, d := range dates {
			if k >= d.tok && k < d.end {
				return schema.Date{}, false // a date of its own
			}
		}
	}
	return schema.Date{}, false
}

// coordinated reports whether the verb at token i follows "and", "or" or
// "but" (past auxiliaries and adverbs): a second verb of one subject,
// "urged ... and demanded".
func coordinated(lower []string, i int) bool {
	k := i - 1
	for k >= 0 && auxiliaries[lower[k]] {
		k--
	}
	return k >= 0 && (lower[k] == "and" || lower[k] == "or" || lower[k] == "but")
}

// openingDate returns the date expression of the phrase that opens the
// sentence, set off by a comma, colon or dash ("In late September 2016,",
// "Earlier this week,", "On Thursday,", "At a rally in March,",
// "June 14:"), and the index of that mark. "Since March," opens a state,
// not a time.
func (es *eventStage) openingDate(s *sentence, dates []dateMention) (dateMention, int, bool) {
	if len(dates) == 0 || dates[0].tok > 6 {
		return dateMention{}, 0, false
	}
	d := dates[0]
	if d.tok > 0 && s.lower[d.tok-1] == "since" {
		return dateMention{}, 0, false
	}
	for j := 0; j < len(s.lower) && j < d.end+6; j++ {
		switch s.lower[j] {
		case ",", ":", "—", "–":
			return d, j, j >= d.end
		}
		if strings.HasPrefix(s.tags[j], "VB") || s.tags[j] == "MD" {
			break
		}
	}
	return dateMention{}, 0, false
}

// qualifiesNoun reports whether the date expression d is a possessive
// that qualifies the noun after it: "yesterday's drills", "last week's
// vote", "Thursday's summit".
func qualifiesNoun(s *sentence, d dateMention) bool {
	if d.end >= len(s.lower) {
		return false
	}
	if _, _, from, ok := spanBefore(s.words, d.tok+2); ok && from == d.tok {
		return false // "a day before Friday's vote" is a time of its own
	}
	next := s.lower[d.end]
	return next == "'s" || next == "’s"
}

// timeAdjunct reports whether the date expression d qualifies a noun
// that is itself the time of the clause: "during last year's campaign",
// "at Thursday's summit", "in last week's vote"; or, for a month or a
// year, what the clause's act shortly followed: "after last week's
// release", "following last year's killing".
func (es *eventStage) timeAdjunct(s *sentence, d dateMention) bool {
	k := d.tok - 1
	if k >= 0 && (s.tags[k] == "DT" || s.tags[k] == "PRP$") {
		k--
	}
	if k < 0 {
		return false
	}
	w := es.x.events.w
	return w.timePrepositions[s.lower[k]] || d.date.Day == 0 && w.sequelPrepositions[s.lower[k]]
}

// toldEarlier reports whether the date d is the day a reporting verb just
// before it tells of another actor's act at token i ("The Guardian
// reported on Tuesday that Manafort met Assange"), an act in the past
// tense, so before the telling. The speaker's own act ("announced Dec. 2
// that he stepped down", "wrote Wednesday that ... and accused") and an
// act the telling announces ("announced Sunday that the union will
// end the strike") take the day.
func (es *eventStage) toldEarlier(si int, d dateMention, i int, agents []*entity) bool {
	s := &es.d.sents[si]
	r := d.tok - 1
	for r >= 0 && r >= d.tok-3 && !es.x.events.w.reportVerbs[s.lower[r]] {
		r--
	}
	if r < 0 || r < d.tok-3 {
		return false
	}
	past := s.tags[i] == "VBD"
	if s.tags[i] == "VBN" {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if w := s.lower[k]; w == "has" || w == "have" {
				past = true // "has attacked"
			}
		}
	}
	if !past || len(agents) == 0 {
		return false
	}
	for _, e := range es.subjectBefore(si, s.lower, r) {
		if containsEntity(agents, e) {
			return false
		}
	}
	return true
}

// pastDeictic reports whether the date expression d counts back from the
// article ("last week", "yesterday", "two days ago"): no aim's time, so
// it dates the verb before an infinitive ("agreed to sign a deal last
// week").
func pastDeictic(lower []string, d dateMention) bool {
	first, last := lower[d.tok], lower[d.end-1]
	return first == "last" || first == "past" || first == "yesterday" || last == "ago"
}

// pastPerfect reports whether the verb at token i is in the past perfect:
// "had attacked", "had been attacked", "had already attacked".
func pastPerfect(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if pastPerfectAuxiliaries[lower[k]] {
			return true
		}
		if !perfectAdverbs[lower[k]] {
			return false
		}
	}
	return false
}

// pastPerfectAuxiliaries make the past perfect; perfectAdverbs may stand
// between one and its verb.
var (
	pastPerfectAuxiliaries = set("had", "'d", "’d")
	perfectAdverbs         = set("been", "already", "also", "not", "previously", "never", "just")
)

// dateBarrierIn reports whether a token of s in [from, to) is a
// dateBarrier.
func (es *eventStage) dateBarrierIn(s *sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if es.dateBarrier(s, j) {
			return true
		}
	}
	return false
}

// dateBarrier reports whether token j of s starts or heads another clause,
// so that a date expression beyond it is not the trigger's: a verb in the
// past or a participle ("-ed", or irregular: verbLike) that the tagger
// also reads as a verb (not "United", "Ahmed", "hundred"), a present-tense
// verb of the "presentverbs" list ("says", "tells"), or a word of the
// "datebarriers" list (";", "which", "while").
func (es *eventStage) dateBarrier(s *sentence, j int) bool {
	w := s.lower[j]
	if es.x.events.w.dateBarriers[w] || es.x.events.w.presentVerbs[w] {
		return true
	}
	return es.verbLike(w) && strings.HasPrefix(s.tags[j], "VB") && !auxiliaries[w]
}

// verbLike is a cheap test for a finite verb or participle: a word in
// "-ed" or one of the "verbforms" list (irregular past forms, "says").
func (es *eventStage) verbLike(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || es.x.events.w.verbForms[w]
}

// listedActs splits off the acts a trigger's object lists each with a date
// of its own: "meeting Lula in Brasília on May 3 and Milei in Buenos
// Aires on May 6" is two meetings, the second with Milei on May 6. It
// returns an event for each later conjunct (an actor after "and" or a
// comma, then a date within its phrase) and takes the conjuncts' actors
// and places out of ev.
func (es *eventStage) listedActs(si int, ev *event, end int, dates []dateMention) []*event {
	s := &es.d.sents[si]
	first := -1
	for k, d := range dates {
		if d.tok >= end && !es.dateBarrierIn(s, end, d.tok) {
			first = k
			break
		}
	}
	if first < 0 {
		return nil
	}
	var out []*event
	for next := dates[first].end; next < len(s.lower); {
		p := next
		for p < len(s.lower) && (s.lower[p] == "," || s.lower[p] == "and" || determiners[s.lower[p]]) {
			p++
		}
		mi := -1
		if p > next {
			mi = es.actorStartingAt(si, p)
		}
		if mi < 0 {
			break
		}
		m := es.d.mentions[si][mi]
		d, ok := dateMention{}, false
		for _, dm := range dates {
			if dm.tok >= m.end && dm.tok-m.end <= 6 && !es.dateBarrierIn(s, m.end, dm.tok) && !slices.Contains(s.lower[m.end:dm.tok], "and") && !slices.Contains(s.lower[m.end:dm.tok], ",") {
				d, ok = dm, true
				break
			}
		}
		if !ok {
			break
		}
		e := *ev
		e.targets = []*entity{m.ent}
		e.date, e.explicitDate, e.tok = d.date, true, p
		e.locations = nil
		for _, pm := range es.d.mentions[si] {
			if pm.ent.kind == schema.KindPlace && pm.start >= m.end && pm.start < d.tok {
				e.locations = append(e.locations, pm.ent)
			}
		}
		ev.targets = without(ev.targets, m.ent)
		for _, l := range e.locations {
			ev.locations = without(ev.locations, l)
		}
		out = append(out, &e)
		next = d.end
	}
	return out
}

// without returns es without e.
func without(es []*entity, e *entity) []*entity {
	var out []*entity
	for _, x := range es {
		if x != e {
			out = append(out, x)
		}
	}
	return out
}
