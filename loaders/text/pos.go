package text

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tag returns a Penn Treebank part-of-speech tag for each token, in order.
// It is a deterministic rule-and-lexicon tagger: a lexicon of closed-class and
// frequent open-class words, suffix rules for unknown words, capitalisation
// for proper nouns, and a few contextual rules applied left to right.
func Tag(toks []Token) []string {
	out := make([]string, len(toks))
	var tagBuf [128]uint8
	var infoBuf [128]lexInfo
	tags, info := tagBuf[:0], infoBuf[:0]
	if len(toks) <= len(tagBuf) {
		tags, info = tagBuf[:len(toks)], infoBuf[:len(toks)]
	} else {
		tags, info = make([]uint8, len(toks)), make([]lexInfo, len(toks))
	}
	tagInto(toks, tags, info)
	for i, t := range tags {
		out[i] = tagNames[t]
	}
	return out
}

// Tags returns the part-of-speech tags of the sentence's tokens; see Tag.
func (s Sentence) Tags() []string { return Tag(s.Tokens) }

// Tag ids; tagNames spells them.
const (
	tNone uint8 = iota
	tCC
	tCD
	tDT
	tEX
	tFW
	tIN
	tJJ
	tJJR
	tJJS
	tMD
	tNN
	tNNS
	tNNP
	tNNPS
	tPDT
	tPOS
	tPRP
	tPRPS
	tRB
	tRBR
	tRBS
	tRP
	tSYM
	tTO
	tUH
	tVB
	tVBD
	tVBG
	tVBN
	tVBP
	tVBZ
	tWDT
	tWP
	tWPS
	tWRB
	tPeriod
	tComma
	tColon
	tOpenQ
	tCloseQ
	tLRB
	tRRB
	tHash
	tDollar
	numTags
)

var tagNames = [numTags]string{
	"", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "MD", "NN", "NNS", "NNP", "NNPS",
	"PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
	"VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ".", ",", ":", "``", "''", "(", ")", "#", "$",
}

func bit(t uint8) uint64 { return 1 << t }

// Tag classes as bit masks.
var (
	mNoun    = bit(tNN) | bit(tNNS) | bit(tNNP) | bit(tNNPS)
	mVerb    = bit(tVB) | bit(tVBD) | bit(tVBG) | bit(tVBN) | bit(tVBP) | bit(tVBZ)
	mFinite  = bit(tVBD) | bit(tVBP) | bit(tVBZ) | bit(tMD)
	mAdj     = bit(tJJ) | bit(tJJR) | bit(tJJS)
	mAdv     = bit(tRB) | bit(tRBR) | bit(tRBS)
	mNPStart = bit(tDT) | bit(tPRPS) | bit(tCD) | bit(tPDT) | bit(tPRP) | bit(tNNP) | bit(tNNPS) | bit(tJJ) | bit(tWPS)
	mDet     = bit(tDT) | bit(tPRPS) | bit(tPOS) | bit(tPDT) | bit(tWPS) | mAdj
)

func is(t uint8, m uint64) bool { return bit(t)&m != 0 }

// Special words the contextual rules look for.
const (
	spNone uint8 = iota
	spBe
	spHave
	spDo
	spGet
	spBy
	spThat
	spSubj   // nominative pronouns that take a plural verb: I, you, we, they
	spSubj3  // nominative pronouns that take "-s": he, she, it
	spClause // subordinators that open a clause: because, although, if, ...
	spPart   // particles after a verb: up, out, off, down, away
	spMore   // more, most, less, least
	spThere
	spAbout
	spAllBoth // all, both, half, such: predeterminers before a determiner
	spOne
	spSay // verbs of saying that take a "that" clause
	spNot
)

// lexEntry is a lexicon word: the tags its lowercase form can take, the most
// likely one, the tag of its capitalised form mid-sentence (0 if it is then a
// proper noun) and a special class for the contextual rules.
type lexEntry struct {
	mask    uint64
	first   uint8
	cap     uint8
	special uint8
}

// lexInfo is what the first pass learns about a token.
type lexInfo struct {
	mask    uint64 // candidate tags; a single bit when unambiguous
	special uint8
	cap     bool // starts with an upper-case letter
	start   bool // first word of the sentence or of a quotation
}

//go:embed pos_lexicon.txt
var lexiconText string

// lexicon is built once from pos_lexicon.txt and never changed.
var lexicon = sync.OnceValue(func() map[string]lexEntry { return parseLexicon(lexiconText) })

// maxWord bounds the words looked up in the lexicon.
const maxWord = 48

// lower writes w in lower case, with a typographic apostrophe as "'", into
// buf; ok is false if it does not fit.
func lower(w string, buf *[maxWord]byte) (n int, ok bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if n == maxWord {
				return 0, false
			}
			buf[n] = c
			n++
			i++
			continue
		}
		if strings.HasPrefix(w[i:], "’") {
			if n == maxWord {
				return 0, false
			}
			buf[n] = '\''
			n++
			i += len("’")
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > maxWord {
			return 0, false
		}
		n += utf8.EncodeRune(buf[n:], r)
		i += size
	}
	return n, true
}

// tagInto tags toks into tags, using info as scratch space.
func tagInto(toks []Token, tags []uint8, info []lexInfo) {
	lex := lexicon()
	titleCase := isTitleCase(lex, toks)
	start := true
	quoteOpen := false
	var buf [maxWord]byte
	for i, tok := range toks {
		w := tok.Text
		li := lexInfo{}
		switch {
		case tok.Kind == Punct:
			var t uint8
			t, quoteOpen = punctTag(w, quoteOpen, i, toks)
			li.mask = bit(t)
			if t == tOpenQ || t == tColon || t == tLRB {
				start = true
			}
		case tok.Kind == Number:
			li.mask = bit(tCD)
			start = false
		default:
			li = wordInfo(lex, toks, i, &buf, start, titleCase)
			start = false
		}
		info[i] = li
	}
	contextual(toks, tags, info)
}

// isTitleCase reports whether most longer words the lexicon knows in lower
// case are capitalised, as in a headline; then capitalisation does not mark
// proper nouns.
func isTitleCase(lex map[string]lexEntry, toks []Token) bool {
	known, caps := 0, 0
	var buf [maxWord]byte
	for i, t := range toks {
		if i == 0 || t.Kind != Word || len(t.Text) < 4 {
			continue
		}
		if c := t.Text[0]; c < 'A' || c > 'Z' {
			known++
			continue
		}
		if n, ok := lower(t.Text, &buf); ok {
			if e, found := lex[string(buf[:n])]; found && e.mask != 0 && e.cap == 0 {
				known++
				caps++
			}
		}
	}
	return known >= 2 && caps*10 >= known*7
}

func punctTag(w string, open bool, i int, toks []Token) (uint8, bool) {
	switch w {
	case ".", "!", "?", "…":
		return tPeriod, open
	case ",":
		return tComma, open
	case ":", ";", "-", "–", "—", "--", "...":
		return tColon, open
	case "“", "‘", "`", "«":
		return tOpenQ, true
	case "”", "’", "»":
		return tCloseQ, false
	case "\"", "'":
		// A straight quote opens after a space or at the start.
		if i == 0 || toks[i-1].End < toks[i].Start && !(i+1 < len(toks) && toks[i+1].Start > toks[i].End) {
			return tOpenQ, true
		}
		if open {
			return tCloseQ, false
		}
		return tOpenQ, true
	case "(", "[", "{":
		return tLRB, open
	case ")", "]", "}":
		return tRRB, open
	case "$", "€", "£", "¥":
		return tDollar, open
	case "#":
		return tHash, open
	case "%":
		return tNN, open
	case "&":
		return tCC, open
	}
	return tSYM, open
}

// wordInfo finds the candidate tags of the word token toks[i].
func wordInfo(lex map[string]lexEntry, toks []Token, i int, buf *[maxWord]byte, start, titleCase bool) lexInfo {
	w := toks[i].Text
	li := lexInfo{start: start}
	c0 := w[0]
	if c0 >= '0' && c0 <= '9' {
		// "2020-2023", "9/11" are numbers; "1,000-kilometer" is an adjective.
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			li.mask = bit(tCD)
		} else if i > 0 && toks[i-1].Kind == Number {
			li.mask = bit(tCD)
		} else {
			li.mask = bit(tJJ)
		}
		return li
	}
	r0, _ := utf8.DecodeRuneInString(w)
	li.cap = unicode.IsUpper(r0)
	n, ok := lower(w, buf)
	var e lexEntry
	found := false
	if ok {
		e, found = lex[string(buf[:n])]
	}
	li.special = e.special
	// A suffix glued to a number: "1990s", "10th".
	if i > 0 && toks[i-1].Kind == Number && toks[i-1].End == toks[i].Start {
		if w == "s" {
			li.mask = bit(tCD)
		} else {
			li.mask = bit(tJJ)
		}
		return li
	}
	if w == "'s" || w == "’s" {
		li.mask = bit(tPOS) | bit(tVBZ) | bit(tPRP)
		li.special = spBe
		return li
	}
	if li.cap {
		acronym := isAcronym(w)
		switch {
		case found && e.cap == tJJ && !titleCase && nextCapitalised(toks, i):
			// "European Union", "Russian Federation".
			li.mask = bit(tNNP)
			return li
		case found && e.cap != 0:
			li.mask = bit(e.cap)
			if (start || titleCase) && e.mask != 0 && e.cap != tNNP {
				li.mask = e.mask | bit(e.cap)
				return withFirst(li, e.cap)
			}
			return li
		case acronym && w != "I" && w != "A":
			if strings.HasSuffix(w, "s") && len(w) > 2 && w[len(w)-2] >= 'A' && w[len(w)-2] <= 'Z' {
				li.mask = bit(tNNPS)
			} else {
				li.mask = bit(tNNP)
			}
			return li
		case (start || titleCase) && found && e.mask != 0:
			if start && !titleCase && is(e.first, mNoun|mAdj) && nextCapitalised(toks, i) {
				break // "North Korea", "White House"
			}
			li.mask = e.mask
			return withFirst(li, e.first)
		case (start || titleCase) && !found && ok:
			// An unknown capitalised word at the start: a name, unless its
			// suffix says otherwise.
			if t, m := guess(string(buf[:n])); t == tRB || t == tVBG || t == tVBN || t == tJJ && !strings.HasSuffix(w, "an") {
				li.mask = m
				return withFirst(li, t)
			}
		}
		li.mask = properTag(w, lex, buf, n, e, found)
		return li
	}
	if found && e.mask != 0 {
		li.mask = e.mask
		return withFirst(li, e.first)
	}
	if ok && strings.IndexByte(w, '-') > 0 {
		t, m := hyphenated(lex, string(buf[:n]))
		li.mask = m
		return withFirst(li, t)
	}
	t, m := guess(string(buf[:n]))
	li.mask = m
	return withFirst(li, t)
}

// withFirst records the most likely tag t of an ambiguous word in the mask's
// top bit group: the first pass keeps it in mask's bits above numTags.
func withFirst(li lexInfo, t uint8) lexInfo {
	li.mask = li.mask&(1<<numTags-1) | uint64(t)<<56
	return li
}

func firstOf(m uint64) uint8 {
	if t := uint8(m >> 56); t != 0 {
		return t
	}
	for t := uint8(1); t < numTags; t++ {
		if m&bit(t) != 0 {
			return t
		}
	}
	return tNN
}

func nextCapitalised(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != Word {
		return false
	}
	c := toks[i+1].Text[0]
	return 'A' <= c && c <= 'Z'
}

func isAcronym(w string) bool {
	up := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			up++
		case c == '.' || c == '&' || c == '-' || ('0' <= c && c <= '9'):
		case c == 's' && i == len(w)-1:
		default:
			return false
		}
	}
	return up >= 1 && (up >= 2 || strings.IndexByte(w, '.') > 0 || len(w) == 1)
}

// properTag tags a capitalised word mid-sentence: NNPS for a plural of a
// known plural noun or of a people ("Democrats", "Armenians"), else NNP.
func properTag(w string, lex map[string]lexEntry, buf *[maxWord]byte, n int, e lexEntry, found bool) uint64 {
	if n == 0 { // too long for the lexicon
		return bit(tNNP)
	}
	if strings.IndexByte(w, '-') > 0 {
		last := w[strings.LastIndexByte(w, '-')+1:]
		if last != "" && last[0] >= 'a' && last[0] <= 'z' {
			t, m := hyphenated(lex, string(buf[:n]))
			return withFirst(lexInfo{mask: m}, t).mask
		}
	}
	if len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		if found && e.mask&bit(tNNS) != 0 && e.mask&bit(tNN) == 0 {
			return bit(tNNPS)
		}
		if s, ok := lex[string(buf[:n-1])]; ok && s.cap == tJJ {
			return bit(tNNPS)
		}
		if strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "crats") || strings.HasSuffix(w, "icans") {
			return bit(tNNPS)
		}
	}
	return bit(tNNP)
}

// hyphenated tags an unknown lower-case hyphenated word.
func hyphenated(lex map[string]lexEntry, w string) (uint8, uint64) {
	last := w[strings.LastIndexByte(w, '-')+1:]
	first := w[:strings.IndexByte(w, '-')]
	if e, ok := lex[first]; ok && e.first == tCD || first == "one" {
		// "two-year", "three-day": a modifier, or a noun at the end.
		return tJJ, bit(tJJ) | bit(tNN)
	}
	if strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ly") {
		return tJJ, bit(tJJ)
	}
	e, ok := lex[last]
	if !ok {
		t, m := guess(last)
		e = lexEntry{mask: m, first: t}
	}
	switch {
	case e.mask&mAdj != 0:
		return tJJ, bit(tJJ)
	case e.first == tNNS || e.mask&bit(tNNS) != 0 && e.mask&bit(tNN) == 0:
		return tNNS, bit(tNNS)
	case e.mask&bit(tVBN) != 0 && e.mask&bit(tVBD) == 0:
		return tJJ, bit(tJJ)
	}
	// "cease-fire", "long-term": a noun, or an adjective before a noun.
	return tNN, bit(tNN) | bit(tJJ)
}

// suffixRule maps a word ending to its likely tags.
type suffixRule struct {
	suffix string
	first  uint8
	mask   uint64
}

var suffixRules = [...]suffixRule{
	{"ing", tVBG, bit(tVBG) | bit(tNN) | bit(tJJ)},
	{"ed", tVBD, bit(tVBD) | bit(tVBN) | bit(tJJ)},
	{"ly", tRB, bit(tRB)},
	{"tion", tNN, bit(tNN)},
	{"sion", tNN, bit(tNN)},
	{"ment", tNN, bit(tNN)},
	{"ness", tNN, bit(tNN)},
	{"ity", tNN, bit(tNN)},
	{"ship", tNN, bit(tNN)},
	{"ism", tNN, bit(tNN)},
	{"ance", tNN, bit(tNN)},
	{"ence", tNN, bit(tNN)},
	{"hood", tNN, bit(tNN)},
	{"ous", tJJ, bit(tJJ)},
	{"ful", tJJ, bit(tJJ)},
	{"ive", tJJ, bit(tJJ)},
	{"ical", tJJ, bit(tJJ)},
	{"al", tJJ, bit(tJJ) | bit(tNN)},
	{"ic", tJJ, bit(tJJ)},
	{"able", tJJ, bit(tJJ)},
	{"ible", tJJ, bit(tJJ)},
	{"less", tJJ, bit(tJJ)},
	{"ish", tJJ, bit(tJJ)},
	{"ian", tJJ, bit(tJJ) | bit(tNN)},
	{"ese", tJJ, bit(tJJ)},
	{"ary", tJJ, bit(tJJ) | bit(tNN)},
	{"ize", tVB, bit(tVB) | bit(tVBP)},
	{"ise", tVB, bit(tVB) | bit(tVBP) | bit(tNN)},
	{"ify", tVB, bit(tVB) | bit(tVBP)},
	{"izes", tVBZ, bit(tVBZ)},
	{"ifies", tVBZ, bit(tVBZ)},
	{"ss", tNN, bit(tNN)},
	{"us", tNN, bit(tNN)},
	{"is", tNN, bit(tNN)},
	{"s", tNNS, bit(tNNS) | bit(tVBZ)},
}

// guess tags an unknown lower-case word by its ending.
func guess(w string) (uint8, uint64) {
	if len(w) > 3 {
		for _, r := range suffixRules {
			if len(w) > len(r.suffix)+1 && strings.HasSuffix(w, r.suffix) {
				return r.first, r.mask
			}
		}
	}
	return tNN, bit(tNN) | bit(tJJ)
}
