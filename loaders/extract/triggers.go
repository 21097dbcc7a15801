package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/loaders/eventdict"
)

// trigger is a word or phrase that reports a CAMEO event.
type trigger struct {
	code   string
	words  []string // lower-case tokens of the phrase
	noun   bool     // a nominal form: "invasion", "talks"
	ctx    triggerCtx
	symmet bool   // both sides act: talks, meetings, exchanges
	key    string // what makes two triggers the same act: the verb's lemma, or the lexicon entry
	rule   string // the pattern or row that coded it
	// target is the index, into the sentence's mentions, of the actor the
	// dictionary pattern's + matched; -1 if none.
	target int
	// needsTarget marks a trigger a dictionary pattern coded rather than
	// the verb's own code: it holds only between an agent and a target.
	needsTarget bool
}

// triggerCtx is a condition the sentence must meet for the trigger to count.
type triggerCtx uint8

const (
	ctxNone      triggerCtx = iota
	ctxPeople               // the object is people: "released 12 Filipinos", not "released a statement"
	ctxExchange             // a prisoner exchange: one 0841 event in each direction
	ctxIntent               // "pledged to", "ready to": 03x coded by what follows
	ctxAgreement            // "signed a treaty", not "signed a letter"
	ctxWeapons              // "launched 40 missiles": the weapons make the attack
	ctxRequest              // "asked Iran to free", not "asked whether Iran would"
	ctxThing                // "insisted on guarantees", not "insisted on answering"
	ctxTerritory            // "took over Mosul", not "took over a company"
)

// triggerHit is a trigger found in a sentence: tokens [start, end).
type triggerHit struct {
	start, end int
	trigger
}

// findTriggers is the fifth stage: it lists, for each sentence, the words
// that may report an event, each with its CAMEO code and the rule that
// coded it. At each token outside the entities' mentions it tries, in
// order: the project's object patterns (tables/objects.tsv: "lifted
// sanctions") and names given (tables/complements.tsv: "called the strike
// a crime"), its trigger phrases and verbs (tables/triggers.tsv), then
// the event dictionary (package eventdict), which codes verbs and nominal
// forms by the patterns of the words around them. Verbs are found by lemma
// through the dictionary's inflections; whether a word is a verb or a noun
// is the part-of-speech tagger's reading.
func (x *Extractor) findTriggers(d *document) {
	d.triggers = make([][]triggerHit, len(d.sents))
	for si, s := range d.sents {
		inMention := make([]bool, len(s.words))
		var actors [][2]int
		var actorMention []int
		for mi, m := range d.mentions[si] {
			for k := m.start; k < m.end; k++ {
				inMention[k] = true
			}
			if isActor(m) || isDemonymActor(m) || isTarget(m) {
				actors = append(actors, [2]int{m.start, m.end})
				actorMention = append(actorMention, mi)
			}
		}
		for i := range s.lower {
			if inMention[i] || roleNounAt(d, si, i) {
				continue
			}
			verb, isVerb := x.dict.VerbAt(s.lower, i)
			isVerb = isVerb && verb.Span[0] == i
			if isVerb {
				if h, ok := x.objectTrigger(s, verb); ok {
					d.triggers[si] = append(d.triggers[si], h)
				}
				if h, ok := x.complementTrigger(s, verb); ok {
					d.triggers[si] = append(d.triggers[si], h)
				}
			}
			d.triggers[si] = append(d.triggers[si], x.phraseTriggers(s, i)...)
			if isVerb {
				if row, ok := x.events.byLemma[verb.Lemma]; ok {
					d.triggers[si] = append(d.triggers[si], x.rowTrigger(s, row, verb.Span, verb.Head, verb.Lemma))
					continue
				}
			}
			if h, ok := x.dictTrigger(s, i, actors, actorMention); ok {
				d.triggers[si] = append(d.triggers[si], h)
			}
		}
	}
}

// rowTrigger makes the trigger of a row of tables/triggers.tsv found on
// tokens span of a sentence, head being the word the tagger reads as a
// verb or a noun.
func (x *Extractor) rowTrigger(s sentence, row int, span [2]int, head int, form string) triggerHit {
	r := &x.events.triggers[row]
	// An intention is read from its subject: "their intention to" is no
	// noun phrase of its own.
	noun := nounAt(s, head) && r.ctx != ctxIntent
	t := trigger{code: r.code, words: s.lower[span[0]:span[1]], noun: noun, ctx: r.ctx, symmet: r.sym,
		key: "triggers:" + strconv.Itoa(r.line), rule: fmt.Sprintf("tables/triggers.tsv:%d %s [%s]", r.line, form, r.code), target: -1}
	return triggerHit{start: span[0], end: span[1], trigger: t}
}

// phraseTriggers returns the triggers of the phrases of tables/triggers.tsv
// starting at token i, longest first.
func (x *Extractor) phraseTriggers(s sentence, i int) []triggerHit {
	var out []triggerHit
	for _, p := range x.events.byFirst[s.lower[i]] {
		end := i + len(p.words)
		if end > len(s.lower) || !slices.Equal(s.lower[i:end], p.words) {
			continue
		}
		head := i
		for k := i; k < end && !strings.HasPrefix(s.tags[i], "VB"); k++ {
			if isNounTag(s.tags[k]) {
				head = k // "military aid", "aid to": a noun phrase
				break
			}
		}
		out = append(out, x.rowTrigger(s, p.row, [2]int{i, end}, head, strings.Join(p.words, " ")))
	}
	return out
}

// objectTrigger codes a verb by its object with tables/objects.tsv: the
// verb's lemma is a row's and one of the row's objects heads a noun phrase
// within the four words after it, in its clause.
func (x *Extractor) objectTrigger(s sentence, verb eventdict.Hit) (triggerHit, bool) {
	for _, row := range x.events.objVerbs[verb.Lemma] {
		r := &x.events.objects[row]
		for k := verb.Span[1]; k < len(s.lower) && k < verb.Span[1]+4; k++ {
			w := s.lower[k]
			if w == "," || clauseBreaks[w] || clauseOpeners[w] {
				break
			}
			if r.objects[w] {
				t := trigger{code: r.code, words: s.lower[verb.Span[0]:verb.Span[1]], ctx: ctxNone,
					key: "objects:" + strconv.Itoa(r.line), rule: fmt.Sprintf("tables/objects.tsv:%d %s %s [%s]", r.line, verb.Lemma, w, r.code), target: -1}
				return triggerHit{start: verb.Span[0], end: verb.Span[1], trigger: t}, true
			}
		}
	}
	return triggerHit{}, false
}

// complementTrigger codes a verb of naming by the name it gives, with
// tables/complements.tsv: "called the strike a crime", "described the
// sanctions as theft", "what Moscow called a provocation". One of a row's
// words must stand after the verb's first object (a noun or pronoun) or
// after "as", within ten words of the clause, quotation marks skipped; a
// preposition straight after the verb ("called for", "called on") makes
// it another verb.
func (x *Extractor) complementTrigger(s sentence, verb eventdict.Hit) (triggerHit, bool) {
	rows := x.events.complVerbs[verb.Lemma]
	end := verb.Span[1]
	if len(rows) == 0 || end < len(s.lower) && prepositions[s.lower[end]] {
		return triggerHit{}, false
	}
	named := whatBefore(s.lower, verb.Span[0]) // "what Moscow called": the object stands before
	for k := end; k < len(s.lower) && k < end+10; k++ {
		w := s.lower[k]
		if quotationMarks[w] {
			continue
		}
		if w == "," || clauseBreaks[w] || clauseOpeners[w] || w == "." {
			break
		}
		if !named {
			named = w == "as" || isNounTag(s.tags[k]) || s.tags[k] == "PRP"
			continue
		}
		for _, row := range rows {
			r := &x.events.complements[row]
			if r.objects[w] {
				t := trigger{code: r.code, words: s.lower[verb.Span[0]:verb.Span[1]], ctx: ctxNone,
					key: "complements:" + strconv.Itoa(r.line), rule: fmt.Sprintf("tables/complements.tsv:%d %s %s [%s]", r.line, verb.Lemma, w, r.code), target: -1}
				return triggerHit{start: verb.Span[0], end: verb.Span[1], trigger: t}, true
			}
		}
	}
	return triggerHit{}, false
}

// quotationMarks are the tokens that open or close a quotation (single
// quotes too, as headlines use them).
var quotationMarks = set("“", "”", "\"", "‘", "’", "'")

// whatBefore reports whether "what" opens the clause of the verb at token
// i, within its four words before: "what Moscow called", "what the
// minister described as".
func whatBefore(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if lower[k] == "what" {
			return true
		}
		if lower[k] == "," || clauseBreaks[lower[k]] {
			return false
		}
	}
	return false
}

// nounAt reports whether token i of a sentence is a noun: the tagger's
// reading, or a gerund after an article or a possessive ("the poisoning",
// "their killing"; but "those urging Trump" is a participle).
func nounAt(s sentence, i int) bool {
	return isNounTag(s.tags[i]) || s.tags[i] == "VBG" && i > 0 && gerundMarks[s.lower[i-1]]
}

// gerundMarks make the -ing word after them a noun.
var gerundMarks = set("the", "a", "an", "its", "their", "his", "her", "our", "my", "your")

func isNounTag(tag string) bool { return strings.HasPrefix(tag, "NN") }

// roleNounAt reports whether token i of sentence si is a noun for a
// person, a title or a role, which names no act though its verb would:
// "Fox News host Sean Hannity", "the host of the show", "a power broker".
// Such a word is a noun before a person's name, or where the tagger reads
// a noun or a determiner stands before it, and it ends its phrase (no
// noun, verb or adjective follows: "humanitarian aid" is aid).
func roleNounAt(d *document, si, i int) bool {
	s := d.sents[si]
	w := s.lower[i]
	if !leaderTitles[w] && !officialTitles[w] && !roleNouns[w] {
		return false
	}
	if (reading{d: d}).personAt(si, i+1) {
		return true
	}
	head := i+1 == len(s.tags) || !isNounTag(s.tags[i+1]) && !strings.HasPrefix(s.tags[i+1], "VB") && !strings.HasPrefix(s.tags[i+1], "JJ")
	return head && (isNounTag(s.tags[i]) || i > 0 && (determiners[s.lower[i-1]] || isPossessive(s.lower[i-1])))
}

// dictTrigger codes the verb or noun form at token i of a sentence with the
// event dictionary; ok is false if the dictionary has no event there.
func (x *Extractor) dictTrigger(s sentence, i int, actors [][2]int, actorMention []int) (triggerHit, bool) {
	var hit eventdict.Hit
	var ok bool
	tag := s.tags[i]
	switch {
	case nounAt(s, i):
		hit, ok = x.dict.NounAt(s.lower, i)
	case strings.HasPrefix(tag, "VB"):
		hit, ok = x.dict.VerbAt(s.lower, i)
	}
	if !ok || hit.Span[0] != i {
		return triggerHit{}, false
	}
	start, end := clauseAround(s.lower, i)
	// A participle that only qualifies a noun ("a unit called the 82nd
	// Brigade") or a gerund after a preposition ("after issuing warnings")
	// reports no act of its own, unless a pattern says what it is.
	subordinate := (tag == "VBN" && !auxiliaryBefore(s.lower, i) && !(hit.Span[1] < len(s.lower) && s.lower[hit.Span[1]] == "by")) ||
		(tag == "VBG" && i > 0 && prepositions[s.lower[i-1]])
	m, ok := x.dict.Match(eventdict.Clause{Words: s.lower, Tags: s.tags, Verb: hit, Start: start, End: end, Actors: actors})
	if !ok || m.Code == "" || strings.HasPrefix(m.Code, "01") || (subordinate && !m.ByPattern) {
		return triggerHit{}, false // no event, or a plain statement
	}
	if _, quiet := x.events.quiet[m.Lemma]; quiet && !m.ByPattern {
		return triggerHit{}, false // "failed to", "wants to": see tables/quietverbs.tsv
	}
	// A synonym block's code, or a pattern of bare prepositions, says too
	// little of the verb at hand: "left the White House" is no meeting.
	if !m.Own && !m.Named {
		return triggerHit{}, false
	}
	t := trigger{code: m.Code, words: s.lower[hit.Span[0]:hit.Span[1]], noun: hit.Form == eventdict.Noun,
		symmet: m.Reverse == m.Code || strings.HasPrefix(m.Code, "04"), key: "verb:" + m.Lemma, rule: m.Rule, target: -1,
		needsTarget: !m.Own}
	if m.Target >= 0 {
		t.target = actorMention[m.Target]
	}
	switch {
	case m.Code == "030":
		t.ctx = ctxIntent // an intent to do what? the frames or narrowing say, else no event
	case exchangeLemmas[m.Lemma] && strings.HasPrefix(m.Code, "08"):
		t.ctx, t.code = ctxExchange, "0841"
	case !m.ByPattern && (strings.HasPrefix(m.Code, "084") || m.Code == "173"):
		t.ctx = ctxPeople // "released 12 Filipinos", not "released a video"
	}
	return triggerHit{start: hit.Span[0], end: hit.Span[1], trigger: t}, true
}

// exchangeLemmas are verbs of a swap: between two sides, one release each way.
var exchangeLemmas = set("exchange", "swap", "trade")

// clauseAround returns the bounds of the clause around token i, for a
// dictionary pattern to look in: from after the last clause break or comma
// before it to the next one, or to a word that opens another clause.
func clauseAround(lower []string, i int) (int, int) {
	start, end := 0, len(lower)
	for k := i - 1; k >= 0; k-- {
		if clauseBreaks[lower[k]] || lower[k] == "," {
			start = k + 1
			break
		}
	}
	for k := i + 1; k < len(lower); k++ {
		if clauseBreaks[lower[k]] || lower[k] == "," || clauseOpeners[lower[k]] {
			end = k
			break
		}
	}
	return start, end
}

// clauseOpeners start a clause of their own inside a sentence.
var clauseOpeners = set("that", "which", "who", "whom", "whose", "while", "because", "although", "though", "whereas", "when", "after", "before", "since", "until", "unless", "if")

// auxiliaryBefore reports whether a form of "be" or "have" stands before
// token i, past adverbs: "was released", "have been killed".
func auxiliaryBefore(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch lower[k] {
		case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got", "gets":
			return true
		}
		if !strings.HasSuffix(lower[k], "ly") && lower[k] != "not" && lower[k] != "also" && lower[k] != "n't" {
			return false
		}
	}
	return false
}
