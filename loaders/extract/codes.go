package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file narrows an event's CAMEO code, in one step: the words around
// the trigger (tables/narrowing.tsv), else the act an appeal, intent,
// demand, rejection or threat is about (the dictionary's frames), then
// whether fighting words speak of arms at all.

// frameRoots are the roots whose codes CAMEO narrows by the act they are
// about: appeals, intents, demands, rejections and threats.
var frameRoots = set("02", "03", "10", "12", "13")

// narrow narrows ev.code, recording in ev.rule what did, and reports
// whether the event stands: an intention nothing narrows is no event, and
// fighting words with no sign of arms are criticism of a person (111) or
// no event at all ("a trade war", "a fighting chance").
func (es *eventStage) narrow(ev *event, t trigger, si int, lower []string, i, end int) bool {
	orig := ev.code
	narrowed := es.narrowByWords(ev, si, lower, i, end)
	if narrowed && frameRoots[orig[:2]] {
		es.consumeNamedAct(si, orig, ev.code, end)
	}
	if !narrowed {
		narrowed = es.frame(ev, si, i, end)
	}
	if t.ctx == ctxIntent && !narrowed {
		return false
	}
	if (ev.code == "190" || ev.code == "191") && !es.militaryContext(lower) {
		switch {
		case len(ev.targets) > 0 && allPeople(ev.targets):
			ev.code = "111"
			ev.rule += "; no arms: criticism"
		case countStates(ev.agents) > 0 && hasStateOrPlace(ev.targets):
			// "Russia attacked Kharkiv": a state against a state or a
			// place is force.
		default:
			return false
		}
	}
	return true
}

// frame codes an appeal, intent, demand, rejection or threat by the act it
// is about, when another trigger of the clause names that act: "urged
// Russia to release the prisoners" is an appeal for release (0253), by the
// dictionary's frames. The act's own trigger is then no event of its own.
// A participle with its agent after it names the act before it: "a
// truce offered by Chad".
func (es *eventStage) frame(ev *event, si, i, end int) bool {
	if len(ev.code) != 3 || ev.code[2] != '0' || !frameRoots[ev.code[:2]] {
		return false
	}
	lower := es.d.sents[si].lower
	if end < len(lower) && lower[end] == "by" {
		for k, h := range es.d.triggers[si] {
			if h.end != i {
				continue
			}
			if code, rule := es.x.dict.Combine(ev.code, h.code); code != "" {
				ev.code = code
				ev.rule += "; " + rule
				es.consumed[si][k] = true
				// The noun came first and may have been read as an
				// event of its own: the offer is its only account.
				es.d.events = slices.DeleteFunc(es.d.events, func(e *event) bool { return e.sent == si && e.tok == h.start })
				return true
			}
		}
	}
	for k, h := range es.d.triggers[si] {
		if h.start < end {
			continue
		}
		if h.start > end+10 || breakBetween(lower, end, h.start) {
			return false
		}
		code, rule := es.x.dict.Combine(ev.code, h.code)
		if code == "" {
			continue
		}
		ev.code = code
		ev.rule += "; " + rule
		es.consumed[si][k] = true
		return true
	}
	return false
}

// consumeNamedAct marks as no event of its own the trigger after token end
// that names the act an appeal, intent, demand or threat was narrowed to
// by words ("stood ready for talks with Kosovo": the talks are the intent,
// 036, not talks held): the first, within ten words of the clause, that the
// dictionary's frames combine with the frame's code into the narrowed one.
func (es *eventStage) consumeNamedAct(si int, frameCode, narrowed string, end int) {
	lower := es.d.sents[si].lower
	for _, h := range es.d.triggers[si] {
		if h.start < end {
			continue
		}
		if h.start > end+10 || breakBetween(lower, end, h.start) {
			return
		}
		if code, _ := es.x.dict.Combine(frameCode, h.code); code == narrowed {
			for j, other := range es.d.triggers[si] {
				if other.start == h.start {
					es.consumed[si][j] = true // the dictionary's reading of the word too
				}
			}
			return
		}
	}
}

// breakBetween reports whether a clause break stands in lower[from:to].
func breakBetween(lower []string, from, to int) bool {
	for k := from; k < to && k < len(lower); k++ {
		if clauseBreaks[lower[k]] || lower[k] == "." {
			return true
		}
	}
	return false
}

// narrowByWords narrows ev.code by the row of tables/narrowing.tsv whose
// words stand nearest the trigger where it says (the first in the table on
// a tie: "urged Russia to return to talks and to free the prisoners" is an
// appeal for talks), and reports whether one did.
func (es *eventStage) narrowByWords(ev *event, si int, lower []string, i, end int) bool {
	best, bestDist := -1, 0
	for k, r := range es.x.events.narrow {
		if r.from != ev.code {
			continue
		}
		if d, ok := es.narrowHolds(r, si, lower, i, end); ok && (best < 0 || d < bestDist) {
			best, bestDist = k, d
		}
	}
	if best < 0 {
		return false
	}
	r := es.x.events.narrow[best]
	ev.rule += fmt.Sprintf("; tables/narrowing.tsv:%d %s→%s", r.line, r.from, r.to)
	ev.code = r.to
	return true
}

// narrowHolds reports whether the words of row r stand where it says
// around the trigger on tokens [i, end) of sentence si, and how far from
// the trigger.
func (es *eventStage) narrowHolds(r narrowRow, si int, lower []string, i, end int) (int, bool) {
	switch r.where {
	case "before":
		if k := findPhrase(lower, max(0, i-r.n), i, r.words, true); k >= 0 {
			return i - k, true
		}
	case "after":
		if k := findPhrase(lower, end, min(len(lower), end+r.n), r.words, false); k >= 0 {
			return k - end, true
		}
	case "around":
		if k := findPhrase(lower, max(0, i-r.n), min(len(lower), end+r.n), r.words, false); k >= 0 {
			return abs(k - i), true
		}
	case "with":
		for k := end; k+1 < len(lower) && k < end+4; k++ {
			if lower[k] == "with" || lower[k] == "using" || lower[k] == "by" {
				if j := findPhrase(lower, k+1, min(len(lower), k+1+r.n), r.words, false); j >= 0 {
					return j - end, true
				}
				return 0, false
			}
		}
	case "of":
		for k := end; k+1 < len(lower) && k < end+8; k++ {
			if lower[k] == "of" {
				if j := findPhrase(lower, k+1, min(len(lower), k+1+r.n), r.words, false); j >= 0 {
					return j - end, true
				}
				return 0, false
			}
		}
	case "withperson":
		return 0, end+1 < len(lower) && lower[end] == "with" && es.personAt(si, end+1)
	case "story":
		if k := findPhrase(lower, end, min(len(lower), end+8), r.words, false); es.d.prisonerStory && k >= 0 {
			return k - end, true
		}
	}
	return 0, false
}

// findPhrase returns where one of the phrases starts in lower[from:to]
// (ending by to), the last such place if last, else the first; -1 if
// none. A phrase's last word ending in "*" matches any word it begins.
func findPhrase(lower []string, from, to int, phrases [][]string, last bool) int {
	found := -1
	for k := from; k < to; k++ {
		for _, p := range phrases {
			if k+len(p) > to || !phraseAt(lower, k, p) {
				continue
			}
			if !last {
				return k
			}
			found = k
		}
	}
	return found
}

// phraseAt reports whether phrase p stands at token k.
func phraseAt(lower []string, k int, p []string) bool {
	for j, w := range p {
		x := lower[k+j]
		if pre, star := strings.CutSuffix(w, "*"); star && j == len(p)-1 {
			if !strings.HasPrefix(x, pre) {
				return false
			}
		} else if x != w {
			return false
		}
	}
	return true
}

// militaryContext reports whether a sentence speaks of armed force: two
// words of arms, or one that is not a "war" of trade or words.
func (es *eventStage) militaryContext(lower []string) bool {
	w := es.x.events.w
	n := 0
	for k, x := range lower {
		if !w.arms[x] {
			continue
		}
		if (x == "war" || x == "wars") && (k > 0 && w.notArmsWar[lower[k-1]] || k+2 < len(lower) && lower[k+1] == "of" && lower[k+2] == "words") {
			continue
		}
		if w.weakArms[x] {
			n++ // ambiguous alone: an attack may be words, a battle political
		} else {
			n += 2
		}
	}
	return n >= 2
}

func allPeople(es []*entity) bool {
	for _, e := range es {
		if e.kind != schema.KindPerson {
			return false
		}
	}
	return true
}

func hasStateOrPlace(es []*entity) bool {
	for _, e := range es {
		if e.kind == schema.KindCountry || e.kind == schema.KindPlace {
			return true
		}
	}
	return false
}
