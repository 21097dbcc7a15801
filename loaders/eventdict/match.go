package eventdict

// Clause is a verb and the words around it that Match codes.
type Clause struct {
	Words []string // lower-case tokens of the sentence
	Tags  []string // their Penn Treebank tags; nil if unknown
	Verb  Hit      // from VerbAt or NounAt
	// Start and End bound the clause: the parts of a pattern before the
	// verb are looked for in [Start, Verb.Span[0]), the parts after it in
	// [Verb.Head+1, End) (a multi-word verb's particle is in view), and
	// never more than 8 tokens before the verb or 15 after it. With tags,
	// the search also stops at another clause's verb: a finite verb or
	// modal (an auxiliary before the verb excepted), or "to" before a bare
	// verb.
	Start, End int
	// Actors are the token spans [start, end) that name actors, in order;
	// the $ (source), + (target) and % (both, "X and Y") of a pattern
	// match them.
	Actors [][2]int
}

// Match is how the dictionary codes a clause.
type Match struct {
	// Code is the CAMEO code, "" for the null code (---): no event.
	Code string
	// Reverse is the second code of a paired code ("[042:043]": a visit is
	// made by the source and hosted by the target), the event from target
	// to source; "" if none. A pattern coded "[:173]" has only Reverse.
	Reverse string
	// Rule names the pattern, verb or block that decided, with its file
	// and line: "CAMEO.2.0.txt:9022 PHYSICAL_CONFLICT - * (BY/WITH
	// &WEAPON) [194]". A noun form names its own row first.
	Rule string
	// ByPattern is set when a pattern decided, not the verb's (or noun's,
	// or block's) default code; Named when that pattern names a word
	// ("* TALKS"), not only prepositions or actors ("* (TO)"); Own when
	// the verb's or the noun form's own code decided, not its block's.
	ByPattern bool
	Named     bool
	Own       bool
	Lemma     string // the verb's lemma: "attack", "cordon off"
	// Source and Target index Clause.Actors: the actors the pattern's $, +
	// or % matched, or -1.
	Source, Target int
	// Span is the tokens [start, end) the verb and the pattern covered.
	Span [2]int
}

// Match codes the clause: the most specific pattern of the verb's block
// that matches (the one naming most words and actors; the first in the
// dictionary on a tie), else the noun form's own code, else the verb's own
// code, else the block's. ok is false only when the clause has no verb.
func (d *Dict) Match(c Clause) (Match, bool) {
	if c.Verb.verb <= 0 || int(c.Verb.verb) > len(d.verbs) {
		return Match{}, false
	}
	v := &d.verbs[c.Verb.verb-1]
	m := Match{Code: v.code, Reverse: v.reverse, Rule: v.rule, Lemma: v.lemma,
		Source: -1, Target: -1, Span: c.Verb.Span, Own: v.own}
	var n *noun
	if c.Verb.noun > 0 {
		n = &d.nounRows[c.Verb.noun-1]
		if n.own {
			m.Code, m.Reverse, m.Rule, m.Own = n.code, n.reverse, n.rule, true
		} else {
			m.Rule = n.rule + "; " + v.rule
		}
	}

	// The matcher's buffers live on this stack frame: Match allocates
	// nothing for sentences of up to 64 tokens.
	var idBuf [64]int32
	var clBuf [65]uint8
	mt := matcher{d: d, words: c.Words, tags: c.Tags, actors: c.Actors}
	// A pattern looks a few words around its verb, at most.
	start := max(0, c.Start, c.Verb.Span[0]-maxBefore)
	end := min(len(c.Words), c.End, c.Verb.Span[1]+maxAfter)
	mt.base = start
	if size := end - start; size <= len(idBuf) {
		mt.ids, mt.class = idBuf[:max(size, 0)], clBuf[:max(size, 0)+1]
	} else {
		mt.ids, mt.class = make([]int32, size), make([]uint8, size+1)
	}
	if !mt.init(c.Verb, start, end) {
		return m, true
	}
	best := -1
	var bestState result
	try := func(pi int32) {
		p := &d.patterns[pi]
		if best >= 0 && (p.weight < d.patterns[best].weight || p.weight == d.patterns[best].weight && p.line > d.patterns[best].line) {
			return
		}
		if p.only != nil && !contains(p.only, v.lemma) {
			return
		}
		if r, ok := mt.pattern(p); ok {
			best, bestState = int(pi), r
		}
	}
	b := v.block
	bits := d.anchors[b]
	for p := mt.lo; p < mt.hi; p++ {
		if p == mt.vs {
			p = mt.ve - 1
			continue
		}
		h := fnv1a(mt.words[p])
		if !d.anchorFilter[b].has(h) {
			continue
		}
		id := mt.idHash(p, h)
		if id < 0 || !bits.has(id) {
			continue
		}
		for _, pi := range d.anchored[uint64(b)<<32|uint64(id)] {
			if !mt.tried(pi) {
				try(pi)
			}
		}
	}
	for _, pi := range d.unanchor[b] {
		try(pi)
	}
	if best < 0 {
		return m, true
	}
	p := &d.patterns[best]
	// A pattern of bare prepositions or actors ("* (WITH)") says less of
	// a verb than the verb's own code: "discussed the plan with Scholz" is
	// the verb's consultation (040).
	if !p.named && m.Own {
		return m, true
	}
	m.Code, m.Reverse, m.Rule, m.ByPattern, m.Named, m.Own = p.code, p.reverse, p.rule, true, p.named, false
	if n != nil {
		m.Rule = n.rule + "; " + p.rule
	}
	m.Source, m.Target = bestState.source, bestState.target
	m.Span = [2]int{min(m.Span[0], bestState.lo), max(m.Span[1], bestState.hi)}
	return m, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Token classes from the Penn tags.
const (
	cNoun    uint8 = 1 << iota // NN, NNS, NNP, NNPS
	cPhrase                    // may sit inside a noun phrase: DT, JJ, NN, CD, PRP$, POS, VBN, VBG
	cFinite                    // VBD, VBZ, VBP, MD: the verb of a clause
	cBare                      // VB
	cActor                     // inside one of the clause's actors
	cContent                   // a noun, adjective, adverb, particle, number or pronoun
)

// tagClass classes the Penn tags. A bare word of a pattern stands for the
// head of a noun phrase or an adverb (PETRARCH matches it against the
// noun-phrase and adverb-phrase children of the verb phrase), so it matches
// only content words: "ON" in "- * ON [190]" is not the preposition of
// "pressed on with".
func tagClass(tag string) uint8 {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS":
		return cNoun | cPhrase | cContent
	case "JJ", "JJR", "JJS", "CD", "VBN", "VBG":
		return cPhrase | cContent
	case "DT", "PDT", "PRP$", "POS":
		return cPhrase
	case "RB", "RBR", "RBS", "RP", "PRP", "FW":
		return cContent
	case "VBD", "VBZ", "VBP", "MD":
		return cFinite
	case "VB":
		return cBare
	}
	return 0
}

// auxiliaries do not end the part of a clause before its verb: "Russia has
// resumed talks".
var auxiliaries = map[string]bool{
	"be": true, "am": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "not": true, "n't": true,
}

// How far a pattern looks: before and after its verb, and from a noun's
// head or a preposition inside a noun phrase (with tags, and without).
const (
	maxBefore     = 8
	maxAfter      = 15
	maxReach      = 8
	untaggedReach = 4
)

// matcher holds one clause, prepared for matching patterns.
type matcher struct {
	d      *Dict
	words  []string
	tags   []string
	actors [][2]int
	base   int       // token index of ids[0] and class[0]
	ids    []int32   // vocabulary ids of the clause's words, -1 if unknown
	class  []uint8   // token classes; nil without tags
	lo, hi int       // where the pattern may look: [lo, vs) and [ve, hi)
	vs, ve int       // the verb's span, up to its verb word
	done   [16]int32 // patterns tried, the first 16
	ndone  int
}

// result is the bindings of a matched pattern.
type result struct {
	source, target int
	lo, hi         int
}

// init finds the clause around the verb inside [start, end) and reads the
// words and tags it needs; false if there is nothing to look at.
func (mt *matcher) init(v Hit, start, end int) bool {
	// The words after a multi-word verb's verb word stay in view: a pattern
	// may name the particle ("* OFF (FOR)") or the preposition ("ask" +
	// "(FOR {FINANCIAL AID})" for "asked for financial aid").
	mt.vs, mt.ve = v.Span[0], v.Head+1
	if mt.vs < start || v.Span[1] > end || mt.vs >= mt.ve || mt.ve > v.Span[1] {
		return false
	}
	mt.lo, mt.hi = start, end
	if len(mt.tags) != len(mt.words) {
		mt.class = nil
	} else {
		classAt := func(p int) uint8 {
			k := tagClass(mt.tags[p])
			mt.class[p-mt.base] = k
			return k
		}
		// The clause ends at the next clause's verb...
		for p := mt.ve; p < end; p++ {
			if k := classAt(p); k&cFinite != 0 || mt.words[p] == "to" && p+1 < end && tagClass(mt.tags[p+1])&cBare != 0 {
				mt.hi = p
				break
			}
		}
		// The head test looks one token past the end, and at the verb
		// after the part before it.
		if mt.hi < len(mt.words) && mt.hi-mt.base < len(mt.class) {
			classAt(mt.hi)
		}
		for p := mt.vs; p < mt.ve; p++ {
			classAt(p)
		}
		// ...and begins after the last verb before it that is not an
		// auxiliary.
		for p := mt.vs - 1; p >= start; p-- {
			if classAt(p)&cFinite != 0 && !auxiliaries[mt.words[p]] {
				mt.lo = p + 1
				break
			}
		}
		for _, a := range mt.actors {
			for t := max(a[0], mt.lo); t < min(a[1], mt.hi); t++ {
				mt.class[t-mt.base] |= cActor | cPhrase
			}
		}
	}
	// Word ids are looked up when first needed: most words of a clause
	// are never compared with a pattern's.
	for p := mt.lo; p < mt.hi; p++ {
		mt.ids[p-mt.base] = unknownID
	}
	return true
}

// tried reports whether pattern pi was tried already (its anchor word may
// occur twice) and marks it tried. Past 16 patterns it forgets, and a
// pattern may be tried twice, to the same result.
func (mt *matcher) tried(pi int32) bool {
	for _, x := range mt.done[:mt.ndone] {
		if x == pi {
			return true
		}
	}
	if mt.ndone < len(mt.done) {
		mt.done[mt.ndone] = pi
		mt.ndone++
	}
	return false
}

// unknownID marks a word whose id is not looked up yet.
const unknownID = -2

// id returns the vocabulary id of token p, -1 if patterns do not name it.
func (mt *matcher) id(p int) int32 {
	if id := mt.ids[p-mt.base]; id != unknownID {
		return id
	}
	return mt.idHash(p, fnv1a(mt.words[p]))
}

func (mt *matcher) idHash(p int, h uint32) int32 {
	id := mt.ids[p-mt.base]
	if id == unknownID {
		id = mt.d.vocab.idHash(mt.words[p], h)
		mt.ids[p-mt.base] = id
	}
	return id
}

func (mt *matcher) is(p int, k uint8) bool {
	return mt.class != nil && mt.class[p-mt.base]&k != 0
}

// pattern matches one pattern against the clause.
func (mt *matcher) pattern(p *pattern) (result, bool) {
	r := result{source: -1, target: -1, lo: mt.vs, hi: mt.ve}
	if !mt.seq(p.pre, 0, mt.lo, mt.vs, &r) {
		return r, false
	}
	if !mt.seq(p.post, 0, mt.ve, mt.hi, &r) {
		return r, false
	}
	return r, true
}

// seq matches elems[k:] in order inside [pos, end), backtracking over where
// each element matches.
func (mt *matcher) seq(elems []elem, k, pos, end int, r *result) bool {
	if k == len(elems) {
		return true
	}
	e := &elems[k]
	saved := *r
	for q := pos; q < end; q++ {
		s, next, ok := mt.elem(e, q, pos, end, r)
		if ok {
			r.lo, r.hi = min(r.lo, s), max(r.hi, next)
			if mt.seq(elems, k+1, next, end, r) {
				return true
			}
		}
		*r = saved
	}
	return false
}

// elem matches an element whose last (kWord, kNP: head) or first (kPrep,
// actors, kAny) token is q, inside [pos, end). It returns the tokens
// [start, next) it covers.
func (mt *matcher) elem(e *elem, q, pos, end int, r *result) (start, next int, ok bool) {
	switch e.kind {
	case kWord:
		if s, ok := mt.alts(e.alts, q, pos); ok && mt.head(q) {
			return s, q + 1, true
		}
	case kNP:
		s, ok := mt.alts(e.alts, q, pos)
		if !ok || !mt.head(q) {
			return 0, 0, false
		}
		// The modifiers come before the head, in order, inside its phrase.
		left := max(pos, q-maxReach)
		if mt.class == nil {
			left = max(pos, q-untaggedReach)
		} else {
			for left = s; left > pos && left > q-maxReach && mt.is(left-1, cPhrase); left-- {
			}
		}
		cur := s
		for i := len(e.mods) - 1; i >= 0; i-- {
			found := false
			for h := cur - 1; h >= left; h-- {
				if ms, ok := mt.alts(e.mods[i], h, left); ok {
					cur, found = ms, true
					break
				}
			}
			if !found {
				return 0, 0, false
			}
		}
		return cur, q + 1, true
	case kPrep:
		if _, ok := mt.alts(e.alts, q, q); !ok {
			return 0, 0, false
		}
		if len(e.inner) == 0 {
			return q, q + 1, true
		}
		// The object is the noun phrase after the preposition.
		right := min(end, q+1+untaggedReach)
		if mt.class != nil {
			for right = q + 1; right < end && right < q+1+maxReach && mt.is(right, cPhrase); right++ {
			}
		}
		inner := *r
		inner.lo, inner.hi = q, q+1
		if !mt.seq(e.inner, 0, q+1, right, &inner) {
			return 0, 0, false
		}
		r.source, r.target = inner.source, inner.target
		return q, inner.hi, true
	case kSource, kTarget:
		for i, a := range mt.actors {
			if a[0] == q && a[1] <= end {
				if e.kind == kSource {
					r.source = i
				} else {
					r.target = i
				}
				return q, a[1], true
			}
		}
	case kCompound:
		for i, a := range mt.actors {
			if a[0] != q || i+1 >= len(mt.actors) {
				continue
			}
			b := mt.actors[i+1]
			if b[1] > end || b[0] < a[1] || b[0]-a[1] > 2 {
				continue
			}
			joined := b[0] > a[1]
			for t := a[1]; t < b[0]; t++ {
				if w := mt.words[t]; w != "and" && w != "," && w != "&" {
					joined = false
				}
			}
			if joined {
				r.source, r.target = i, i+1
				return q, b[1], true
			}
		}
	case kAny:
		return q, q + 1, true
	}
	return 0, 0, false
}

// alts reports whether one of a's sequences ends at token h and starts at or
// after lo, and where it starts.
func (mt *matcher) alts(a *alts, h, lo int) (int, bool) {
	id := mt.id(h)
	if id < 0 || a.heads != nil && !a.heads.has(id) {
		return 0, false
	}
	for _, s := range a.seqs {
		n := len(s)
		if s[n-1] != id || h-n+1 < lo {
			continue
		}
		ok := true
		for j := 0; j < n-1; j++ {
			if mt.id(h-n+1+j) != s[j] {
				ok = false
				break
			}
		}
		if ok {
			return h - n + 1, true
		}
	}
	return 0, false
}

// head reports whether the token at h can be what a bare word or the last
// word of a braced phrase stands for: a content word, and if a noun, the
// head of its phrase: the next token is not a noun or possessive ("talks",
// not "talks venue"). Without tags any token can.
func (mt *matcher) head(h int) bool {
	if mt.class == nil {
		return true
	}
	k := mt.class[h-mt.base]
	if k&cContent == 0 {
		return false
	}
	if k&cNoun == 0 || h+1 >= len(mt.words) || h+1-mt.base >= len(mt.class) {
		return true
	}
	return mt.class[h+1-mt.base]&cNoun == 0 && mt.tags[h+1] != "POS"
}
