package text

import (
	"math/bits"
	"strings"
)

// allTags masks the tag bits of a candidate mask (the top byte holds the
// most likely tag).
const allTags = 1<<numTags - 1

// contextual picks one tag per token from its candidates, left to right,
// looking at the tags already chosen before it and the candidates after it.
func contextual(toks []Token, tags []uint8, info []lexInfo) {
	finite := false // a finite verb has been seen in the current clause
	for i := range toks {
		li := info[i]
		m := li.mask & allTags
		t := firstOf(li.mask)
		if bits.OnesCount64(m) > 1 || li.special != spNone {
			t = resolve(toks, tags, info, i, m, t, finite)
		}
		tags[i] = t
		switch {
		case li.special == spSay && is(t, mVerb):
			finite = false // a reported clause follows
		case is(t, mFinite):
			finite = true
		case t == tCC || t == tComma || t == tWDT || t == tWP || t == tWRB || t == tColon || t == tOpenQ ||
			li.special == spClause || li.special == spThat && t == tIN:
			finite = false
		}
	}
}

// prevSkip returns the index of the nearest token before i that is not an
// adverb, or -1.
func prevSkip(tags []uint8, i int) int {
	j := i - 1
	for j >= 0 && is(tags[j], mAdv) {
		j--
	}
	return j
}

func resolve(toks []Token, tags []uint8, info []lexInfo, i int, m uint64, t uint8, finite bool) uint8 {
	prev := tNone
	if i > 0 {
		prev = tags[i-1]
	}
	pj := prevSkip(tags, i)
	pskip, pskipSp := tNone, spNone
	if pj >= 0 {
		pskip, pskipSp = tags[pj], info[pj].special
	}
	next, nextSp := tNone, spNone
	nextMask := uint64(0)
	if i+1 < len(toks) {
		next, nextSp, nextMask = firstOf(info[i+1].mask), info[i+1].special, info[i+1].mask&allTags
	}
	nextNoun := is(next, mNoun) || nextMask&(bit(tNN)|bit(tNNS)) != 0 && nextMask&mVerb == 0
	has := func(t uint8) bool { return m&bit(t) != 0 }

	switch info[i].special {
	case spBe:
		if has(tPOS) { // "'s"
			if i > 0 {
				switch strings.ToLower(toks[i-1].Text) {
				case "let":
					return tPRP
				case "there", "here", "what", "who", "where", "how", "that", "it", "he", "she":
					return tVBZ
				}
			}
			if prev == tPRP {
				return tVBZ
			}
			return tPOS
		}
	case spThat:
		switch {
		case is(prev, mVerb|mAdj) || prev == tComma && is(pskip, mVerb):
			return tIN
		case is(prev, mNoun) && (is(next, mVerb|bit(tMD)|mAdv) || nextMask&mVerb != 0):
			return tWDT
		case is(next, bit(tNN)|mAdj) && !is(prev, mNoun):
			return tDT
		case (info[i].start || i == 0) && is(next, mFinite|mVerb|bit(tPeriod)):
			return tDT
		case next == tPeriod || next == tComma:
			return tDT
		}
		return tIN
	case spThere:
		if nextSp == spBe || next == tMD || nextSp == spHave && i+2 < len(toks) && info[i+2].special == spBe {
			return tEX
		}
		return tRB
	case spMore:
		if is(next, mAdj|mAdv) && !nextNoun {
			if has(tRBR) {
				return tRBR
			}
			if has(tRBS) {
				return tRBS
			}
		}
		if has(tJJR) {
			return tJJR
		}
		if has(tJJS) {
			return tJJS
		}
	case spAllBoth:
		if has(tPDT) && (next == tDT || next == tPRPS) {
			return tPDT
		}
	case spAbout:
		if next == tCD || nextSp == spOne {
			return tRB
		}
		if is(next, bit(tPeriod)|bit(tComma)) {
			return tRB
		}
		return tIN
	case spOne:
		if is(prev, bit(tDT)|mAdj) {
			return tNN
		}
		return tCD
	case spPart:
		if is(prev, mVerb) && has(tRP) {
			return tRP
		}
		if has(tIN) && (is(next, mNPStart|mNoun) || next == tCD) {
			return tIN
		}
		if has(tRB) {
			return tRB
		}
	}
	if bits.OnesCount64(m) <= 1 {
		return t
	}
	// A preposition before a noun phrase.
	if t == tIN && (is(next, mNPStart|mNoun|bit(tCD)) || nextNoun) {
		return tIN
	}

	base := m&(bit(tVB)|bit(tVBP)) != 0
	afterModal := pskip == tMD || pskip == tTO || pskipSp == spDo && is(pskip, mFinite)
	// Base verbs after a modal, "to" or "do".
	if base && (afterModal || prev == tPRP && info[i-1].special == spBe) { // "let's talk"
		return tVB
	}
	// Participles after "have", "be" and "get".
	if has(tVBN) && (pskipSp == spHave || pskipSp == spBe || pskipSp == spGet) && is(pskip, mVerb|bit(tPOS)) {
		return tVBN
	}
	if has(tVBG) && pskipSp == spBe && is(pskip, mVerb) {
		return tVBG
	}
	det := is(prev, mDet) || prev == tCD && has(tNNS)
	// Base form: noun, adjective or verb.
	if base {
		object := next == tTO || next == tDT || next == tPRPS || next == tCD || next == tPRP
		if m&(bit(tNN)|bit(tNNS)|mAdj) != 0 {
			switch {
			case det:
				if has(tJJ) && (nextNoun || prev == tRB) || !has(tNN) {
					return tJJ
				}
				return tNN
			case prev == tIN || prev == tPOS || prev == tVBG ||
				is(prev, mVerb) && !is(prev, bit(tVBN)) && info[i-1].special != spBe && info[i-1].special != spHave && info[i-1].special != spDo && info[i-1].special != spGet:
				if has(tNN) {
					return tNN
				}
			case is(prev, bit(tNN)|bit(tNNP)|bit(tNNPS)) && !(object || next == tNNP && prev == tNNP),
				(i == 0 || info[i].start) && !object:
				if has(tJJ) && nextNoun {
					return tJJ
				}
				if has(tNN) {
					return tNN
				}
			}
			if has(tJJ) && (nextNoun || pskipSp == spBe) {
				return tJJ
			}
		}
		switch {
		case prev == tCC && i >= 2 && is(tags[i-2], bit(tVB)|bit(tVBP)):
			return tags[i-2]
		case pskipSp == spSubj3 && has(tVBD):
			return tVBD // "he put", "it cut"
		case pskipSp == spSubj || is(pskip, mNoun|bit(tWDT)|bit(tWP)|bit(tPRP)):
			if has(tVBP) {
				return tVBP
			}
		}
		if has(tVB) {
			return tVB
		}
		return t
	}
	// "-s" form: plural noun or verb.
	if has(tVBZ) && has(tNNS) {
		switch {
		case pskipSp == spSubj3 || is(pskip, bit(tWDT)|bit(tWP)):
			return tVBZ
		case det || is(prev, mVerb|bit(tIN)|bit(tTO)|bit(tNNS)|bit(tNNPS)) || i == 0 || info[i].start:
			return tNNS
		case is(prev, bit(tNN)|bit(tNNP)):
			if is(next, mVerb|bit(tMD)|bit(tPeriod)|bit(tComma)|bit(tIN)|bit(tCC)|bit(tColon)) && next != tVBN && next != tVBG {
				return tNNS
			}
			return tVBZ
		}
		return t
	}
	// Past tense or participle.
	if has(tVBD) && has(tVBN) {
		switch {
		case nextSp == spBy:
			return tVBN
		case det:
			if has(tJJ) && t == tJJ {
				return tJJ
			}
			return tVBN
		case prev == tCC && i >= 2 && is(tags[i-2], bit(tVBD)|bit(tVBN)):
			return tags[i-2]
		case (i == 0 || info[i].start) && is(next, bit(tIN)|bit(tComma)|bit(tTO)):
			return tVBN
		case prev == tIN:
			return tVBN
		case finite:
			return tVBN
		}
		if has(tVBD) {
			return tVBD
		}
	}
	// "-ing": noun after a determiner, unless it modifies a noun.
	if has(tVBG) && has(tNN) {
		if det {
			if nextNoun && t != tNN {
				return tVBG
			}
			return tNN
		}
		return t
	}
	// Adjective or noun or adverb.
	if has(tJJ) && (has(tNN) || has(tRB)) {
		switch {
		case nextNoun:
			return tJJ
		case pskipSp == spBe:
			return tJJ
		case det && has(tNN):
			return tNN
		case has(tRB) && !det:
			return tRB
		}
		return t
	}
	// Noun or adverb: "home".
	if has(tNN) && has(tRB) {
		if det {
			return tNN
		}
		return tRB
	}
	// Preposition or adverb: an adverb before punctuation.
	if has(tIN) && has(tRB) && t == tIN {
		if is(next, bit(tPeriod)|bit(tComma)) {
			return tRB
		}
	}
	return t
}
