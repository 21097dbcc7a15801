package extract

import (
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
	// fromDict marks a trigger the event dictionary coded: it holds only
	// between an agent and a target.
	fromDict bool
}

// triggerCtx is a condition the sentence must meet for the trigger to count.
type triggerCtx uint8

const (
	ctxNone      triggerCtx = iota
	ctxPeople               // the object is people: "released 32 Armenians", not "released a statement"
	ctxExchange             // a prisoner exchange: one 0841 event in each direction
	ctxIntent               // "pledged to", "ready to": 03x coded by what follows
	ctxAgreement            // "signed a treaty", not "signed a letter"
	ctxWeapons              // "launched 138 drones": the weapons make the attack
)

// triggerIndex finds triggers by their first word.
type triggerIndex struct {
	byFirst map[string][]trigger
}

// verb lists each trigger's forms; forms with spaces are phrases.
type lexEntry struct {
	code  string
	ctx   triggerCtx
	noun  bool
	sym   bool
	forms string // "|"-separated forms
}

// eventLexicon maps words and phrases to CAMEO codes (root families 02–20).
var eventLexicon = []lexEntry{
	// 02 appeal
	{"020", ctxNone, false, false, "urge|urges|urged|urging|called on|calls on|call on|calling on|appealed to|appeals to|appeal to|appealing to|pleaded with|asked|implored"},
	{"027", ctxNone, false, false, "persuade|persuades|persuaded|persuading"},
	{"0253", ctxNone, false, false, "called for the release|calls for the release|call for the release|calling for the release"},
	{"1053", ctxNone, false, false, "demanded the release|demands the release|demanding the release|demand for the release"},
	{"107", ctxNone, false, false, "demanded a ceasefire|demands a ceasefire|demanding a ceasefire"},
	{"0232", ctxNone, false, false, "pleas for|plea for|asked for weapons|requested weapons|appealed for weapons|called for more weapons"},
	{"0233", ctxNone, false, false, "appealed for humanitarian aid|called for humanitarian aid|appeal for humanitarian aid"},
	{"0256", ctxNone, false, false, "called for de-escalation|urged de-escalation|called for restraint|urged restraint"},
	// 03 express intent to cooperate
	{"030", ctxIntent, false, false, "pledge to|pledged to|pledges to|vow to|vowed to|vows to|promise to|promised to|promises to|intention to|intend to|intends to|intended to|ready to|willing to|prepared to|offered to|offers to|agreed to|agree to|agrees to|agreeing to|pledging to|vowing to|promising to|planning to|intending to|plan to|plans to|planned to|keen for|keen to|wants to|want to|move to|moved to|moves to|seek to|seeks to|sought to|aim to|aims to|aimed to|ready for|prepared for|open to"},
	{"039", ctxNone, false, false, "offered to mediate|offer to mediate|act as a mediator"},
	// 04 consult
	{"040", ctxNone, false, true, "met|meet|meets|meeting|meetings|consulted|consult|consults|summit|held talks with|spoke with|speaks with|speaking with|talked with|talks with|talking with"},
	{"041", ctxNone, false, true, "phone call|telephone call|spoke by phone|spoke by telephone|phoned|called by phone"},
	{"042", ctxNone, false, false, "visit|visits|visited|visiting|trip to|travelled to|traveled to|travel to|travels to|traveling to|travelling to|arrived in|arrive in|flew to|fly to|landed in|toured"},
	{"043", ctxNone, false, false, "hosted|hosting"},
	{"045", ctxNone, false, false, "mediated|mediate|mediates|mediating|brokered|brokering|mediation"},
	{"046", ctxNone, false, true, "negotiate|negotiates|negotiated|negotiating|negotiations|talks|peace talks|discuss|discusses|discussed|discussing"},
	// 05 diplomatic cooperation
	{"051", ctxNone, false, false, "welcome|welcomes|welcomed|welcoming|praise|praises|praised|praising|commend|commends|commended|hail|hails|hailed|applaud|applauds|applauded|laud|lauded|endorse|endorses|endorsed|thanked|grateful to|congratulated"},
	{"052", ctxNone, false, false, "defended|defends|defend"},
	{"054", ctxNone, false, false, "recognized|recognised|recognize|recognise|recognizes|recognises"},
	{"055", ctxNone, false, false, "apologized|apologised|apologizes|apologises|apologize|apologise"},
	{"057", ctxAgreement, false, true, "signed|signing|formalized|formalised|formalizing|concluded|reached|struck|inked"},
	{"050", ctxNone, false, true, "forged deeper ties|deepened ties|deepen ties|tighten ties|strengthen ties|strengthened ties|improve ties|normalized relations|normalised relations|restored relations|restore relations"},
	// 06 material cooperation
	{"062", ctxNone, false, true, "military cooperation|defense cooperation|defence cooperation|security cooperation"},
	{"061", ctxNone, false, true, "economic cooperation|trade deal"},
	{"064", ctxNone, false, false, "shared intelligence|share intelligence|sharing intelligence"},
	// 07 aid
	{"070", ctxNone, false, false, "aid to|assistance to|provided aid|provide aid|sent aid|send aid"},
	{"071", ctxNone, false, false, "financial aid|economic aid|financial support|financial assistance|loan to|loans to"},
	{"072", ctxNone, false, false, "military aid|military assistance|weapons to|arms to|supplying arms|supplied weapons|sent weapons|send weapons|provide weapons|provided weapons|supplying weapons"},
	{"073", ctxNone, false, false, "humanitarian aid|humanitarian assistance"},
	{"075", ctxNone, false, false, "granted asylum|grant asylum"},
	// 08 yield
	{"0841", ctxPeople, false, false, "release|releases|released|releasing|free|frees|freed|freeing|pardoned|pardons|pardon|repatriated|repatriate|handed over|hand over|returned"},
	{"0841", ctxExchange, false, true, "swap|swaps|swapped|swapping|exchange|exchanges|exchanged|exchanging|traded|trade|trades|trading|prisoner swap|prisoner exchange"},
	{"085", ctxNone, false, false, "lifted sanctions|lift sanctions|eased sanctions|ease sanctions|lifting sanctions|easing sanctions"},
	{"0871", ctxNone, false, true, "ceasefire|truce|cease-fire|armistice"},
	{"0874", ctxNone, false, false, "surrendered|retreated|withdrew from|pulled out of"},
	// 09 investigate
	{"090", ctxNone, false, false, "investigate|investigates|investigated|investigating|investigation into|probe into|probing"},
	// 10 demand
	{"100", ctxNone, false, false, "demand|demands|demanded|demanding"},
	{"106", ctxNone, false, false, "demanding the withdrawal|demanded the withdrawal|demand the withdrawal|demands the withdrawal|called for the withdrawal|calls for the withdrawal"},
	// 11 disapprove
	{"111", ctxNone, false, false, "criticize|criticizes|criticized|criticizing|criticise|criticises|criticised|criticising|criticism|condemn|condemns|condemned|condemning|condemnation|denounce|denounces|denounced|denouncing|decry|decried|decries|slammed|slams|blasted|rebuked|rebukes|hit back at|chided|lambasted|deplored|deplores"},
	{"112", ctxNone, false, false, "accuse|accuses|accused|accusing|accusation|accusations|blame|blames|blamed|blaming"},
	{"1123", ctxNone, false, false, "the aggressor|accused of aggression"},
	{"114", ctxNone, false, false, "complained|complains|lodged a protest|summoned"},
	{"115", ctxNone, false, false, "sued|sues|filed a lawsuit|lawsuit against"},
	{"116", ctxNone, false, false, "convicted|convicts|convict|found guilty|sentenced|sentences"},
	// 12 reject
	{"120", ctxNone, false, false, "reject|rejects|rejected|rejecting|refused|refuses|refuse"},
	{"125", ctxNone, false, false, "refused to negotiate|rejected talks|refused talks"},
	{"129", ctxNone, false, false, "veto|vetoes|vetoed|vetoing"},
	// 13 threaten
	{"130", ctxNone, false, false, "threaten|threatens|threatened|threatening|warned of|threat of|warned|warns"},
	{"1312", ctxNone, false, false, "threatened sanctions|threatens sanctions|threatened additional sanctions|threatened new sanctions|threatened tariffs|threatens tariffs"},
	{"138", ctxNone, false, false, "threatened to attack|threatens to attack|threatened military action|threatened to invade"},
	// 14 protest
	{"141", ctxNone, false, false, "protested|protest|protests|demonstrated|rallied|marched"},
	// 15 force posture
	{"150", ctxNone, false, false, "military drills|military exercises|naval drills|joint drills|drills|war games|exercises near|show of force|missile test|missile tests|nuclear test|test-fired|test-launched|tested a missile|tested missiles"},
	{"154", ctxNone, false, false, "mobilized|mobilised|mobilize|mobilise|deployed|deploys|deploy|deployment of|sent troops|boost defense spending|boost defence spending"},
	// 16 reduce relations
	{"161", ctxNone, false, false, "severed ties|cut ties|broke off relations|broke off diplomatic relations|severed diplomatic relations|expelled diplomats|expels diplomats|recalled its ambassador|closed its embassy"},
	{"162", ctxNone, false, false, "cut aid|cut off aid|halted aid|suspended aid|pare back aid|stop aid|cut funding"},
	{"163", ctxNone, false, false, "sanction|sanctions|sanctioned|sanctioning|embargo|imposed sanctions|impose sanctions|new sanctions|blacklisted"},
	{"164", ctxNone, false, false, "halted talks|suspended talks|broke off talks|walked out of talks"},
	{"166", ctxNone, false, false, "expelled|expels|expel|withdrew|withdraw|withdraws|withdrawing"},
	// 17 coerce
	{"171", ctxNone, false, false, "seized|seize|seizes|seizing|confiscated|confiscate|confiscates"},
	{"172", ctxNone, false, false, "banned|bans|ban|outlawed"},
	{"173", ctxPeople, false, false, "arrested|arrest|arrests|arresting|detained|detain|detains|detaining|jailed|jails|jail|imprisoned|imprison|captured|capture|captures|charged|held|holding|abducted|kidnapped|taken prisoner"},
	{"174", ctxNone, false, false, "deported|deport|deports|deporting|expelled from"},
	{"175", ctxNone, false, false, "crackdown|cracked down|cracks down|repression"},
	// 18 assault
	{"181", ctxNone, false, false, "took hostage|taken hostage|hijacked|kidnapping|abduction"},
	{"182", ctxNone, false, false, "assaulted|beat|beaten"},
	{"1822", ctxNone, false, false, "tortured|torture|torturing"},
	{"1823", ctxPeople, false, false, "killed|kill|kills|killing"},
	{"191", ctxNone, false, false, "blockade|blockaded|blockading"},
	{"183", ctxNone, false, false, "bombing|suicide bombing|car bomb|suicide attack"},
	{"185", ctxNone, false, false, "assassination attempt|attempted to assassinate|tried to assassinate|poisoned|poisoning"},
	{"186", ctxNone, false, false, "assassinated|assassinate|assassination|murder|murdered"},
	// 19 fight
	{"190", ctxNone, false, false, "attack|attacks|attacked|attacking|invade|invades|invaded|invading|invasion|war|wages war|waged war|war against|war on|fighting|fought|fight|fights|offensive|military operation|military campaign|recaptured|recapture|recaptures|aggression|assault on|struck|strike|strikes|shelled|shelling|bombarded|bombardment|clashes|clashed|hostilities|repel|repelled|counteroffensive|incursion|military effort"},
	{"190", ctxNone, false, false, "shot down|downed|intercepted"},
	{"192", ctxNone, false, false, "occupy|occupies|occupied|occupying|occupation|annexed|annex|annexation|annexing|seized territory|captured the city|took control"},
	{"194", ctxNone, false, false, "artillery|shells|shelled"},
	{"195", ctxWeapons, false, false, "launched|fired|launches|fires|launching|firing"},
	{"195", ctxNone, false, false, "bombardment|bombarded|bombarding|bombard|airstrike|airstrikes|air strike|air strikes|drone strike|drone strikes|drone attack|drone attacks|missile strike|missile strikes|missile attack|missile attacks|bombed|bombing raid|air raid"},
	{"196", ctxNone, false, false, "violated the ceasefire|violating the ceasefire|ceasefire violations"},
	// 20 mass violence
	{"202", ctxNone, false, false, "massacre|massacred|mass killing|mass killings"},
	{"203", ctxNone, false, false, "ethnic cleansing|genocide"},
	{"2041", ctxNone, false, false, "chemical attack|chemical weapons attack|gas attack"},
}

// nounForms are the forms that are nouns ("the invasion of"), whose agent
// may be a possessive or demonym before them.
var nounForms = set(
	"invasion", "war", "attack", "attacks", "offensive", "military operation", "military campaign",
	"aggression", "assault on", "strike", "strikes", "shelling", "bombardment", "clashes",
	"hostilities", "counteroffensive", "incursion", "military effort", "occupation", "annexation",
	"airstrike", "airstrikes", "air strike", "air strikes", "drone strike", "drone strikes",
	"drone attack", "drone attacks", "missile strike", "missile strikes", "missile attack",
	"missile attacks", "talks", "peace talks", "negotiations", "meeting", "meetings", "summit",
	"phone call", "telephone call", "visit", "trip to", "sanctions", "embargo", "release",
	"exchange", "swap", "prisoner swap", "prisoner exchange", "criticism", "condemnation",
	"accusation", "accusations", "crackdown", "repression", "assassination", "murder",
	"massacre", "genocide", "ethnic cleansing", "ceasefire", "truce", "cease-fire",
	"military aid", "military assistance", "humanitarian aid", "financial aid", "economic aid",
	"aid to", "assistance to", "mediation", "deployment of", "military drills", "military exercises",
	"drills", "war games", "military cooperation", "defense cooperation", "defence cooperation",
	"security cooperation", "economic cooperation", "investigation into", "probe into",
	"arrest", "detention", "veto", "threat of", "demand", "demands", "bombing", "suicide bombing",
	"peace broker", "abduction", "kidnapping", "assassination attempt",
)

func newTriggerIndex() *triggerIndex {
	ix := &triggerIndex{byFirst: map[string][]trigger{}}
	for n, e := range eventLexicon {
		for _, f := range strings.Split(e.forms, "|") {
			words := strings.Fields(f)
			t := trigger{code: e.code, words: words, noun: nounForms[f], ctx: e.ctx, symmet: e.sym,
				key: "lexicon:" + strconv.Itoa(n), rule: "lexicon " + f + " [" + e.code + "]", target: -1}
			ix.byFirst[words[0]] = append(ix.byFirst[words[0]], t)
		}
	}
	// Longest phrases first, so "military aid" wins over "aid to".
	for k, ts := range ix.byFirst {
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].words) > len(ts[j-1].words); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		ix.byFirst[k] = ts
	}
	return ix
}

// at returns the triggers starting at token i of the lower-cased words,
// longest first.
func (ix *triggerIndex) at(lower []string, i int) []trigger {
	var out []trigger
	for _, t := range ix.byFirst[lower[i]] {
		if i+len(t.words) > len(lower) {
			continue
		}
		ok := true
		for k, w := range t.words[1:] {
			if lower[i+1+k] != w {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, t)
		}
	}
	return out
}

// triggerHit is a trigger found in a sentence: tokens [start, end).
type triggerHit struct {
	start, end int
	trigger
}

// findTriggers is the fifth stage: it lists, for each sentence, the words
// that may report an event, each with its CAMEO code. Verbs (by their
// part-of-speech tag) and nominal forms are coded by the event dictionary
// (package eventdict): the most specific pattern of the words around them
// decides. The project's own lexicon adds phrases the dictionary does not
// hold. At each token the dictionary's reading comes first, then the
// lexicon's, longest first.
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
			if isActor(m) || m.role == roleDemonym || isTarget(m) {
				actors = append(actors, [2]int{m.start, m.end})
				actorMention = append(actorMention, mi)
			}
		}
		for i := range s.lower {
			if inMention[i] {
				continue
			}
			// The lexicon's phrases first, longest first, then the
			// dictionary's reading.
			for _, t := range x.triggers.at(s.lower, i) {
				d.triggers[si] = append(d.triggers[si], triggerHit{start: i, end: i + len(t.words), trigger: t})
			}
			if h, ok := x.dictTrigger(s, i, actors, actorMention); ok {
				d.triggers[si] = append(d.triggers[si], h)
			}
		}
	}
}

// dictTrigger codes the verb or noun form at token i of a sentence with the
// event dictionary; ok is false if the dictionary has no event there.
func (x *Extractor) dictTrigger(s sentence, i int, actors [][2]int, actorMention []int) (triggerHit, bool) {
	var hit eventdict.Hit
	var ok bool
	tag := s.tags[i]
	switch {
	case strings.HasPrefix(tag, "VB"):
		hit, ok = x.dict.VerbAt(s.lower, i)
	case strings.HasPrefix(tag, "NN"):
		hit, ok = x.dict.NounAt(s.lower, i)
	}
	if !ok || hit.Span[0] != i {
		return triggerHit{}, false
	}
	start, end := clauseAround(s.lower, i)
	// A participle that only qualifies a noun ("a group called the 10th
	// Brigade") or a gerund after a preposition ("after issuing warnings")
	// reports no act of its own, unless a pattern says what it is.
	subordinate := (tag == "VBN" && !auxiliaryBefore(s.lower, i) && !(hit.Span[1] < len(s.lower) && s.lower[hit.Span[1]] == "by")) ||
		(tag == "VBG" && i > 0 && prepositions[s.lower[i-1]])
	m, ok := x.dict.Match(eventdict.Clause{Words: s.lower, Tags: s.tags, Verb: hit, Start: start, End: end, Actors: actors})
	if !ok || m.Code == "" || strings.HasPrefix(m.Code, "01") || (subordinate && !m.ByPattern) {
		return triggerHit{}, false // no event, or a plain statement
	}
	// A synonym block's code, or a pattern of bare prepositions, says too
	// little of the verb at hand: "left the White House" is no meeting.
	if !m.Own && !m.Named {
		return triggerHit{}, false
	}
	t := trigger{code: m.Code, words: s.lower[hit.Span[0]:hit.Span[1]], noun: hit.Form == eventdict.Noun,
		symmet: m.Reverse == m.Code || strings.HasPrefix(m.Code, "04"), key: "verb:" + m.Lemma, rule: m.Rule, target: -1,
		fromDict: true}
	if m.Target >= 0 {
		t.target = actorMention[m.Target]
	}
	switch {
	case exchangeLemmas[m.Lemma] && strings.HasPrefix(m.Code, "08"):
		t.ctx, t.code = ctxExchange, "0841"
	case !m.ByPattern && (strings.HasPrefix(m.Code, "084") || m.Code == "173"):
		t.ctx = ctxPeople // "released 32 Armenians", not "released a video"
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
