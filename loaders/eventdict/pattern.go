package eventdict

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/loaders/eventdict/internal/inflect"
)

// A pattern of the verb dictionary, compiled: the parts before and after the
// verb's '*', each a sequence of elements matched in order.
type pattern struct {
	block         int32
	code, reverse string
	rule          string
	pre, post     []elem
	weight        int  // how specific: the words and actors it names
	named         bool // it names a word, not only prepositions and actors
	line          int
	// only lists the verbs a pattern of bare prepositions ("* (TO)")
	// applies to: the ones its comment says it was written for.
	only []string
}

type elemKind uint8

const (
	kWord     elemKind = iota // a noun head (singular or plural) or another word: "TALKS", "&WEAPON", "AIR_STRIKE"
	kNP                       // a noun phrase, modifiers before the head: "{FINANCIAL AID}"
	kPrep                     // a prepositional phrase: "(FOR AID)", "(AGAINST)"
	kSource                   // '$': an actor, the event's source
	kTarget                   // '+': an actor, the event's target
	kCompound                 // '%': two actors joined by "and", source and target
	kAny                      // '^': any one token (a noun phrase PETRARCH skips)
)

type elem struct {
	kind  elemKind
	alts  *alts   // kWord: the word; kNP: the head; kPrep: the preposition
	mods  []*alts // kNP: the modifiers, in order
	inner []elem  // kPrep: the object
}

// alts are the word sequences an element accepts: the spellings of a word
// (singular, plural, "favour/favor") or the phrases of a synset. A sequence
// matches ending at the head token.
type alts struct {
	seqs  [][]int32
	heads bitset // the last words of seqs; nil for short lists
}

// bitset is a set of word ids.
type bitset []uint64

func (b bitset) has(id int32) bool {
	return int(id>>6) < len(b) && b[id>>6]&(1<<(id&63)) != 0
}

func (b *bitset) set(id int32) {
	for int(id>>6) >= len(*b) {
		*b = append(*b, 0)
	}
	(*b)[id>>6] |= 1 << (id & 63)
}

// word returns the id of a pattern word, adding it to the vocabulary.
func (d *Dict) word(w string) int32 { return d.vocab.add(w) }

func (d *Dict) seq(phrase string) []int32 {
	words := strings.Fields(phrase)
	s := make([]int32, len(words))
	for i, w := range words {
		s[i] = d.word(w)
	}
	return s
}

// compiler compiles the patterns of the dictionary.
type compiler struct {
	d       *Dict
	synsets map[string]*alts
	words   map[string]*alts // plain words, shared between patterns
}

func (d *Dict) loadPatterns() error {
	c := &compiler{d: d, synsets: map[string]*alts{}, words: map[string]*alts{}}
	rows, err := readTable("petrarch/synsets.tsv", 3, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		name := strings.ToLower(r.fields[0])
		a := c.synsets[name]
		if a == nil {
			a = &alts{}
			c.synsets[name] = a
		}
		a.seqs = append(a.seqs, d.seq(r.fields[2]))
	}
	d.synsetCount = len(c.synsets)
	for _, a := range c.synsets {
		for _, s := range a.seqs {
			a.heads.set(s[len(s)-1])
		}
	}
	rows, err = readTable("petrarch/patterns.tsv", 5, 5)
	if err != nil {
		return err
	}
	blockIndex := map[string]int32{}
	for i, b := range d.blocks {
		blockIndex[b.name] = int32(i)
	}
	d.anchors = make([]bitset, len(d.blocks))
	d.anchorFilter = make([]wordFilter, len(d.blocks))
	d.unanchor = make([][]int32, len(d.blocks))
	for _, r := range rows {
		b, ok := blockIndex[r.fields[0]]
		if !ok {
			return fmt.Errorf("petrarch/patterns.tsv:%d: unknown block %q", r.line, r.fields[0])
		}
		p, err := c.compile(r.fields[3])
		if err != nil {
			return fmt.Errorf("petrarch/patterns.tsv:%d: %q: %w", r.line, r.fields[3], err)
		}
		p.block, p.line = b, atoi(r.fields[2])
		p.code, p.reverse = splitCode(r.fields[1])
		p.rule = fmt.Sprintf("%s:%s %s - %s [%s]", verbSource, r.fields[2], r.fields[0], r.fields[3], r.fields[1])
		if r.fields[4] != "" && prepsOnly(p) {
			p.only = strings.Split(r.fields[4], ",")
		}
		idx := int32(len(d.patterns))
		d.patterns = append(d.patterns, p)
		anchor := bestAnchor(p.post, bestAnchor(p.pre, nil))
		if anchor == nil {
			d.unanchor[b] = append(d.unanchor[b], idx)
			continue
		}
		for _, s := range anchor.seqs {
			id := s[len(s)-1]
			key := uint64(b)<<32 | uint64(id)
			if l := d.anchored[key]; len(l) == 0 || l[len(l)-1] != idx {
				d.anchored[key] = append(l, idx)
			}
			d.anchors[b].set(id)
			d.anchorFilter[b].add(fnv1a(d.vocab.words[id]))
		}
	}
	return nil
}

// prepsOnly reports whether a pattern names only prepositions without
// objects: "* (TO)", "* (ON) (FOR)". Which prepositions a verb takes is a
// property of the verb, not of its synonym block: "* (TO) [042:043]" was
// written for "head" (to a place), not for "lead" (to a result), so such a
// pattern applies only to the verbs its comment names. Patterns naming
// nouns apply to the whole block, as in PETRARCH.
func prepsOnly(p pattern) bool {
	if len(p.pre) > 0 || len(p.post) == 0 {
		return false
	}
	for _, e := range p.post {
		if e.kind != kPrep || len(e.inner) > 0 {
			return false
		}
	}
	return true
}

// bestAnchor returns the word a pattern cannot match without, preferring a
// plain word to a synset and both to a preposition: the rarer the anchor,
// the fewer patterns Match tries.
func bestAnchor(elems []elem, best *alts) *alts {
	rank := func(a *alts, prep bool) int {
		switch {
		case a == nil:
			return 0
		case prep:
			return 1
		case a.heads != nil:
			return 2
		}
		return 3
	}
	bestRank := rank(best, false)
	for i := range elems {
		e := &elems[i]
		cand, prep := e.alts, e.kind == kPrep
		if e.kind == kPrep {
			if a := bestAnchor(e.inner, nil); a != nil {
				cand, prep = a, false
			}
		}
		if r := rank(cand, prep); r > bestRank {
			best, bestRank = cand, r
		}
	}
	return best
}

// compile parses a pattern: "* (WITH &WEAPON)", "&MILITARY * ", "$ * (AS
// &NEGOTIATOR) (IN TALK) (WITH +)".
func (c *compiler) compile(text string) (pattern, error) {
	var p pattern
	toks := patternTokens(strings.ToLower(text))
	star := -1
	for i, t := range toks {
		if t == "*" {
			star = i
		}
	}
	if star < 0 {
		return p, fmt.Errorf("no '*' for the verb")
	}
	var err error
	if p.pre, err = c.elems(toks[:star], false); err != nil {
		return p, err
	}
	if p.post, err = c.elems(toks[star+1:], false); err != nil {
		return p, err
	}
	p.weight = weight(p.pre) + weight(p.post)
	p.named = namesWord(p.pre) || namesWord(p.post)
	return p, nil
}

func patternTokens(s string) []string {
	var toks []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !strings.ContainsRune(" (){}*", rune(s[i])) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
		if i < len(s) && s[i] != ' ' {
			toks = append(toks, s[i:i+1])
		}
	}
	return toks
}

// elems compiles a sequence of pattern tokens; inPrep is set for the object
// of a preposition, where another preposition cannot start.
func (c *compiler) elems(toks []string, inPrep bool) ([]elem, error) {
	var out []elem
	for i := 0; i < len(toks); i++ {
		switch t := toks[i]; t {
		case "$":
			out = append(out, elem{kind: kSource})
		case "+":
			out = append(out, elem{kind: kTarget})
		case "%":
			out = append(out, elem{kind: kCompound})
		case "^":
			out = append(out, elem{kind: kAny})
		case "{":
			j := indexFrom(toks, i, "}")
			if j < 0 || j == i+1 {
				return nil, fmt.Errorf("bad noun phrase")
			}
			e := elem{kind: kNP}
			for _, w := range toks[i+1 : j] {
				a, err := c.alts(w, true)
				if err != nil {
					return nil, err
				}
				e.mods = append(e.mods, a)
			}
			e.alts, e.mods = e.mods[len(e.mods)-1], e.mods[:len(e.mods)-1]
			out = append(out, e)
			i = j
		case "(":
			j := indexFrom(toks, i, ")")
			if inPrep || j < 0 || j == i+1 {
				return nil, fmt.Errorf("bad prepositional phrase")
			}
			prep, err := c.alts(toks[i+1], false)
			if err != nil {
				return nil, err
			}
			inner, err := c.elems(toks[i+2:j], true)
			if err != nil {
				return nil, err
			}
			out = append(out, elem{kind: kPrep, alts: prep, inner: inner})
			i = j
		case ")", "}", "*":
			return nil, fmt.Errorf("unexpected %q", t)
		default:
			a, err := c.alts(t, true)
			if err != nil {
				return nil, err
			}
			out = append(out, elem{kind: kWord, alts: a})
		}
	}
	return out, nil
}

func indexFrom(toks []string, i int, t string) int {
	for j := i + 1; j < len(toks); j++ {
		if toks[j] == t {
			return j
		}
	}
	return -1
}

// alts compiles a word of a pattern: "&weapon" (a synset), "air_strike" (a
// phrase), "by/with" (alternatives); nouns match their plural too.
func (c *compiler) alts(w string, plural bool) (*alts, error) {
	if strings.HasPrefix(w, "&") {
		a := c.synsets[w]
		if a == nil {
			return nil, fmt.Errorf("undefined synset %s", w)
		}
		return a, nil
	}
	key := w
	if !plural { // a preposition: no plural, cached apart from the noun
		key = "(" + w
	}
	if a := c.words[key]; a != nil {
		return a, nil
	}
	a := &alts{}
	for _, alt := range strings.Split(w, "/") {
		phrase := strings.Join(strings.Fields(strings.ReplaceAll(alt, "_", " ")), " ")
		if phrase == "" {
			return nil, fmt.Errorf("empty word in %q", w)
		}
		a.seqs = append(a.seqs, c.d.seq(phrase))
		if pl := inflect.PluralPhrase(phrase); plural && pl != "" {
			a.seqs = append(a.seqs, c.d.seq(pl))
		}
	}
	c.words[key] = a
	return a, nil
}

// namesWord reports whether elements name a word or noun phrase, not only
// prepositions ("* (TO)") and actors ("* +").
func namesWord(elems []elem) bool {
	for _, e := range elems {
		switch e.kind {
		case kWord, kNP:
			return true
		case kPrep:
			if namesWord(e.inner) {
				return true
			}
		}
	}
	return false
}

// weight counts the words and actors a pattern names: the longer pattern is
// the more specific.
func weight(elems []elem) int {
	n := 0
	for _, e := range elems {
		switch e.kind {
		case kWord:
			n += len(e.alts.seqs[0])
		case kNP:
			n += len(e.alts.seqs[0]) + len(e.mods)
		case kPrep:
			n += 1 + weight(e.inner)
		case kSource, kTarget, kCompound:
			n++
		}
	}
	return n
}
