package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/schema"
)

// corefStage is the third stage: within the article it folds a person
// named by surname alone into the person named in full, and resolves what
// pronouns ("he", "its", "they"), plural references ("the two
// countries", "both sides", "the ministers") and quotations (their
// speaker) stand for.
type corefStage struct {
	reading
}

func (c *corefStage) run() {
	c.mergeVariants()
	c.resolvePending()
	c.mergeSurnames()
	c.d.refs = make([][]reference, len(c.d.sents))
	for si := range c.d.sents {
		c.d.refs[si] = append(c.references(si), c.quotations(si)...)
	}
}

// mergeVariants folds the forms of one person's name into one entity:
// forms that differ by middle names or initials ("James B. Comey", "James
// Comey"), by a short form of the given name ("Bill Barr", "William
// Barr", hypocorisms.tsv) or by a generation numeral ("Robert S. Mueller
// III"), as refdata's SameName decides. The entity kept is the one the
// tables know, else a form without a middle name, else one with the given
// name in full, else the shortest. Forms with different middle names
// ("George W. Bush", "George H. W. Bush") or suffixes ("Donald Trump
// Jr.") are different people, and a form that could be either of two such
// people ("George Bush") joins neither.
func (c *corefStage) mergeVariants() {
	t := c.x.tables
	byFamily := map[string][]*entity{}
	var families []string
	names := map[*entity]refdata.PersonName{}
	for _, e := range c.d.ents {
		if e.kind != schema.KindPerson || e.mentions == 0 {
			continue
		}
		p, ok := t.SplitName(e.name)
		if !ok {
			continue
		}
		names[e] = p
		if byFamily[p.Family] == nil {
			families = append(families, p.Family)
		}
		byFamily[p.Family] = append(byFamily[p.Family], e)
	}
	for _, f := range families {
		g := byFamily[f]
		// A form that may name either of two people ("George Bush" with
		// "George W." and "George H. W. Bush") joins neither.
		ambiguous := map[*entity]bool{}
		for _, e := range g {
			var like []*entity
			for _, o := range g {
				if o != e && t.SameName(names[e], names[o]) {
					like = append(like, o)
				}
			}
			ambiguous[e] = !c.onePerson(like, names)
		}
		for i, e := range g {
			if e.mentions == 0 || ambiguous[e] {
				continue // folded already, or left alone
			}
			group := []*entity{e}
			for _, o := range g[i+1:] {
				if o.mentions > 0 && !ambiguous[o] && t.SameName(names[e], names[o]) {
					group = append(group, o)
				}
			}
			if len(group) < 2 || !c.onePerson(group, names) {
				continue
			}
			keep := group[0]
			for _, o := range group[1:] {
				if betterName(o, keep, names, t) {
					keep = o
				}
			}
			for _, o := range group {
				if o != keep && !o.fromTable() {
					c.fold(o, keep)
				}
			}
		}
	}
}

// onePerson reports whether the forms of a group may all name one person:
// every two of them the same name.
func (c *corefStage) onePerson(group []*entity, names map[*entity]refdata.PersonName) bool {
	for i, a := range group {
		for _, b := range group[i+1:] {
			if !c.x.tables.SameName(names[a], names[b]) {
				return false
			}
		}
	}
	return true
}

// betterName reports whether a is a better name to keep for a person than
// b: one the tables know, without a middle name, with the given name in
// full ("William", not "Bill"), or shorter.
func betterName(a, b *entity, names map[*entity]refdata.PersonName, t *refdata.Tables) bool {
	if a.fromTable() != b.fromTable() {
		return a.fromTable()
	}
	pa, pb := names[a], names[b]
	if (pa.Middle == "") != (pb.Middle == "") {
		return pa.Middle == ""
	}
	if fa, fb := fullGivenName(pa.Given, t), fullGivenName(pb.Given, t); fa != fb {
		return fa
	}
	return len(a.name) < len(b.name)
}

// fullGivenName reports whether a folded given name is written in full: a
// name of the hypocorisms table rather than only a short form of one.
func fullGivenName(given string, t *refdata.Tables) bool {
	forms := t.GivenNameForms(given)
	if len(forms) == 0 {
		return true
	}
	for _, f := range forms {
		if strings.EqualFold(f, given) {
			return true
		}
	}
	return false
}

// fold re-points every mention of e to keep, whose aliases gain e's names.
func (c *corefStage) fold(e, keep *entity) {
	for si := range c.d.mentions {
		for k := range c.d.mentions[si] {
			if c.d.mentions[si][k].ent == e {
				c.d.mentions[si][k].ent = keep
				keep.mentions++
			}
		}
	}
	keep.addAlias(e.name)
	for _, a := range e.aliases {
		keep.addAlias(a)
	}
	for _, r := range e.rules {
		keep.addRule(r)
	}
	e.mentions = 0
}

// resolvePending gives each pending mention the entity the article names
// by that word elsewhere: by a name or alias, as a defined acronym, or as
// the surname of exactly one person; mentions it cannot resolve are
// dropped.
func (c *corefStage) resolvePending() {
	ms := &mentionStage{reading: c.reading}
	for si := range c.d.mentions {
		kept := c.d.mentions[si][:0]
		for _, m := range c.d.mentions[si] {
			if m.pending {
				s := c.d.sents[si]
				name := s.Text[s.Tokens[m.start].Start:s.Tokens[m.end-1].End]
				// A surname alone, of a table person and perhaps of
				// someone else (people.go): the table person if a title
				// before it is theirs or they are in office with the
				// context agreeing ("President Obama", though Michelle
				// Obama is named too), else the person the article names
				// in full with it, else the table person if the context
				// agrees, else a person of the article's own.
				table, rule := -1, ""
				if len(m.surnameOf) > 0 {
					table, rule = c.tablePersonBySurname(m.surnameOf, si, m.start)
				}
				var e *entity
				if rule != ruleTablePersonTitle && rule != ruleTablePersonOffice {
					e = c.personNamed(name, si, m.start)
					if e == nil {
						e = ms.known(name)
					}
					if e == nil {
						e = c.d.acronyms[name]
					}
				}
				switch {
				case e != nil || len(m.surnameOf) == 0:
				case table >= 0:
					e = ms.fromRef(ref{refPerson, table}, si)
					e.addRule(rule)
				default:
					e = ms.entityFor(schema.KindPerson, name, si)
				}
				if e == nil && m.fallback != nil {
					m.ent, m.pending = m.fallback, false
					m.ent.mentions++
					kept = append(kept, m)
					continue
				}
				if e == nil {
					continue
				}
				e.addAlias(name)
				e.mentions++
				m.ent, m.pending = e, false
			}
			kept = append(kept, m)
		}
		c.d.mentions[si] = kept
	}
}

// mergeSurnames folds a person named by surname alone ("President
// Macron") into the person named in full whom each mention refers to (see
// personNamed).
func (c *corefStage) mergeSurnames() {
	for _, short := range c.d.ents {
		if short.kind != schema.KindPerson || short.mentions == 0 || strings.Contains(short.name, " ") {
			continue
		}
		for si := range c.d.mentions {
			for k, m := range c.d.mentions[si] {
				if m.ent != short {
					continue
				}
				if full := c.personNamed(short.name, si, m.start); full != nil {
					c.d.mentions[si][k].ent = full
					full.mentions++
					full.addAlias(short.name)
					for _, a := range short.aliases {
						full.addAlias(a)
					}
					short.mentions--
				}
			}
		}
	}
}

// personNamed returns the person named in full whom a surname at token
// start of sentence si refers to: the last one with that surname named
// before it, else the first named after it.
func (c *corefStage) personNamed(w string, si, start int) *entity {
	f := schema.FoldName(w)
	for s := si; s >= 0; s-- {
		ms := c.d.mentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if (s == si && m.start >= start) || m.pending || m.ent.kind != schema.KindPerson {
				continue
			}
			if m.ent.family != "" && m.ent.family == f {
				return m.ent
			}
		}
	}
	// Named before any full name (a headline): the first named after.
	for s := si; s < len(c.d.mentions); s++ {
		for _, m := range c.d.mentions[s] {
			if (s == si && m.start < start) || m.pending || m.ent.kind != schema.KindPerson {
				continue
			}
			if m.ent.family != "" && m.ent.family == f {
				return m.ent
			}
		}
	}
	return nil
}

// references resolves the pronouns and plural references of sentence si.
func (c *corefStage) references(si int) []reference {
	lower := c.d.sents[si].lower
	var out []reference
	for k, w := range lower {
		var ents []*entity
		kind := refPronoun
		start := k
		switch {
		case w == "he" || w == "she" || w == "his" || w == "her":
			if p := c.salientPerson(si, k); p != nil {
				ents = []*entity{p}
			}
		case w == "they" || w == "their":
			ents = c.pluralAntecedent(si, k)
		case w == "its" || w == "it":
			ents = c.itsReferent(si, k)
			// "urged its neighbor": the other state.
			if w == "its" && len(ents) == 1 && k+1 < len(lower) && c.x.events.w.counterparts[lower[k+1]] {
				if other := c.otherCountry(si, k, ents[0]); other != nil {
					out = append(out, reference{start: k, end: k + 2, kind: refDescription, ents: []*entity{other}})
				}
			}
		case (w == "two" || w == "three" || w == "both") && k > 0 && (lower[k-1] == "the" || lower[k-1] == "all"):
			// "the two agreed", "all three".
			kind, start = refPlural, k-1
			ents = c.mainCountries(si)
		case (pluralActors[w] || officialGroups[w]) && k > 0:
			// "the two countries", "both sides", "the ministers".
			p := lower[k-1]
			// "the two foreign ministers", "the three finance ministers":
			// a number, then one word of what they are.
			counted := k > 2 && (lower[k-2] == "two" || lower[k-2] == "three") && lower[k-3] == "the"
			if !(p == "two" || p == "both" || p == "the" || p == "three" || (k > 1 && lower[k-2] == "two") || counted) {
				continue
			}
			kind, start = refPlural, k-1
			if counted {
				start = k - 3
			}
			ents = c.mainCountries(si)
		case w == "the" && k+1 < len(lower):
			// "the secretary of state", "the island nation".
			end, ents := c.description(si, k+1)
			if end < 0 {
				continue
			}
			out = append(out, reference{start: k, end: end, kind: refDescription, ents: ents})
			continue
		default:
			continue
		}
		out = append(out, reference{start: start, end: k + 1, kind: kind, ents: ents})
	}
	return out
}

// stateNouns name a state by its kind: "the island nation", "the country".
var stateNouns = set("country", "nation", "regime", "kingdom", "republic", "dictatorship", "state")

// description resolves a definite description starting at token k of
// sentence si, after its "the": a title without a name ("the secretary of
// state") is the person the article gave that title; a state named by its
// kind ("the island nation", "the isolated country") is the state the
// article names most. It returns the description's end, or -1.
func (c *corefStage) description(si, k int) (int, []*entity) {
	words, lower := c.d.sents[si].words, c.d.sents[si].lower
	// "the former president": one the article called "former President".
	former := lower[k] == "former" && k+1 < len(lower)
	t := k
	if former {
		t++
	}
	if n := titleAt(words, t); n > 0 {
		end := t + n
		// "the president of Ukraine", "the president, Joe Biden": the
		// title is qualified or named right there.
		if end < len(words) && (lower[end] == "of" || capWord(c.d.sents[si].Tokens, end)) {
			return -1, nil
		}
		if p := c.personTitled(strings.ToLower(strings.Join(words[t:end], " ")), si, former); p != nil {
			return end, []*entity{p}
		}
		return -1, nil
	}
	j := k
	for j < len(lower) && j < k+3 && !stateNouns[lower[j]] && !startsUpper(words[j]) && isModifier(lower[j]) {
		j++
	}
	if j < len(lower) && stateNouns[lower[j]] && !(j+1 < len(lower) && lower[j+1] == "of") {
		if st := c.mainCountry(si); st != nil {
			return j + 1, []*entity{st}
		}
	}
	return -1, nil
}

// personTitled returns the person the article has named with title
// (lower case) by sentence si, the last one if several; if former, one
// whose title "former" stood before ("former President Bolsonaro").
func (c *corefStage) personTitled(title string, si int, former bool) *entity {
	var found *entity
	for s := 0; s <= si; s++ {
		words := c.d.sents[s].words
		for _, m := range c.d.mentions[s] {
			if m.ent.kind != schema.KindPerson {
				continue
			}
			ts := titleEndingAt(words, m.start)
			if ts < 0 || !strings.EqualFold(strings.Join(words[ts:m.start], " "), title) {
				continue
			}
			if former != (ts > 0 && strings.EqualFold(words[ts-1], "former")) {
				continue
			}
			found = m.ent
		}
	}
	return found
}

// otherCountry returns the state other than e that "its neighbor" at
// token k of sentence si stands for: the last other state named before it
// in the sentence, else, of the two states the article names most up to
// there, the one that is not e.
func (c *corefStage) otherCountry(si, k int, e *entity) *entity {
	ms := c.d.mentions[si]
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if m := ms[mi]; m.end <= k && m.ent.kind == schema.KindCountry && m.ent != e {
			return m.ent
		}
	}
	return c.otherMainCountry(si, e)
}

// mainCountry returns the state the article names most up to sentence si,
// if one is named more than any other.
func (c *corefStage) mainCountry(si int) *entity {
	count := map[*entity]int{}
	for s := 0; s <= si; s++ {
		for _, m := range c.d.mentions[s] {
			if m.ent.kind == schema.KindCountry {
				count[m.ent]++
			}
		}
	}
	var best *entity
	tie := false
	for e, n := range count {
		switch {
		case best == nil || n > count[best]:
			best, tie = e, false
		case n == count[best]:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// salientPerson returns the referent of "he", "she", "his" or "her" at
// token k of sentence si: for "he" and "she", the person named nearest
// before it in its sentence when that name is the subject of a verb
// ("Modi wrote that he met Ramaphosa"); else the person the sentences
// before open with; else the person
// mentioned most often before it, the latest mentioned among equals.
func (c *corefStage) salientPerson(si, k int) *entity {
	if nominativePronouns[c.d.sents[si].lower[k]] {
		if p := c.subjectNamedBefore(si, k); p != nil {
			return p
		}
	}
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		for _, e := range c.sentenceSubject(s) {
			if e.kind == schema.KindPerson {
				return e
			}
		}
	}
	count := map[*entity]int{}
	last := map[*entity]int{}
	n := 0
	for s := 0; s <= si; s++ {
		for _, m := range c.d.mentions[s] {
			if s == si && m.start >= k {
				break
			}
			n++
			if m.ent.kind == schema.KindPerson {
				count[m.ent]++
				last[m.ent] = n
			}
		}
	}
	var best *entity
	for e, k := range count {
		if best == nil || k > count[best] || (k == count[best] && last[e] > last[best]) {
			best = e
		}
	}
	return best
}

// nominativePronouns are the subject forms of "he" and "she".
var nominativePronouns = set("he", "she")

// subjectNamedBefore returns the person named nearest before token k of
// sentence si if that name is the subject of a finite verb ("Prime
// Minister Narendra Modi wrote on Friday that he"), else nil.
func (c *corefStage) subjectNamedBefore(si, k int) *entity {
	ms, tags := c.d.mentions[si], c.d.sents[si].tags
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.start >= k || m.ent.kind != schema.KindPerson {
			continue
		}
		// A past participle straight after a name is mostly a past
		// tense the tagger misread ("Modi wrote").
		if m.end < k && (finiteVerbTags[tags[m.end]] || tags[m.end] == "VBN") {
			return m.ent
		}
		return nil
	}
	return nil
}

// pluralAntecedent resolves "they" at token k: the nearest plural
// reference or group of two or more actors before it in the sentence, or
// the people, else the states, of the sentence before.
func (c *corefStage) pluralAntecedent(si, k int) []*entity {
	if g := c.pluralIn(si, k); g != nil {
		return g
	}
	if si == 0 {
		return nil
	}
	var people, states []*entity
	for _, m := range c.d.mentions[si-1] {
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
func (c *corefStage) pluralIn(si, k int) []*entity {
	lower := c.d.sents[si].lower
	for j := k - 1; j >= 0; j-- {
		lw := lower[j]
		if lw == "they" || lw == "their" {
			continue
		}
		if pluralActors[lw] && j > 0 {
			p := lower[j-1]
			if p == "two" || p == "both" || p == "the" {
				return c.mainCountries(si)
			}
		}
		for mi := len(c.d.mentions[si]) - 1; mi >= 0; mi-- {
			m := c.d.mentions[si][mi]
			if m.end-1 == j && isActor(m) {
				if g := c.groupAround(si, mi); len(g) >= 2 {
					return g
				}
				return nil
			}
		}
	}
	return nil
}

// itsReferent resolves "its" at token i: the nearest state or body named
// as a possessor or as a subject before it in the sentence, not one inside
// a prepositional phrase ("parts of Georgia its troops have held" is
// about Russia's troops; "Turkey's support for rebels in northern Syria,
// followed by its offensive" is Turkey's).
func (c *corefStage) itsReferent(si, i int) []*entity {
	lower := c.d.sents[si].lower
	ms := c.d.mentions[si]
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.end > i || m.ent.kind != schema.KindCountry && m.ent.kind != schema.KindOrganization {
			continue
		}
		if m.possessive {
			return []*entity{m.ent}
		}
		// Inside a phrase of "of" or of place: "parts of Georgia", "in
		// eastern Ukraine".
		k := m.start - 1
		for k >= 0 && (lower[k] == "the" || isModifier(lower[k]) || compass[lower[k]]) {
			k--
		}
		if k >= 0 && (lower[k] == "of" || locativeIn(lower[k])) {
			continue
		}
		if m.role == roleDemonym {
			continue
		}
		return []*entity{m.ent}
	}
	return nil
}

// sayVerbs introduce a quotation's speaker.
var sayVerbs = set("said", "says", "wrote", "added", "told", "stressed", "tweeted", "stated", "declared", "insisted", "saying", "adding", "writing", "noting", "tweeting", "warned", "noted")

// quotations finds the quotations of sentence si and their speakers: the
// actor before "said" ahead of the quotation, or next to "said" after it;
// a quotation running to the end of the sentence is spoken by the subject
// of the sentence before.
func (c *corefStage) quotations(si int) []reference {
	words := c.d.sents[si].words
	var out []reference
	open := -1
	closeAt := func(end int) {
		out = append(out, reference{start: open, end: end, kind: refQuotation, ents: c.speaker(si, open, end)})
		open = -1
	}
	for k, w := range words {
		switch {
		case w == "“" || (w == "\"" && open < 0):
			open = k
		case (w == "”" || w == "\"") && open >= 0:
			closeAt(k)
		}
	}
	if open >= 0 {
		closeAt(len(words))
	}
	return out
}

// speaker returns who speaks the quotation [open, close) of sentence si
// (close is the closing mark, or the sentence's end if there is none).
func (c *corefStage) speaker(si, open, close int) []*entity {
	words := c.d.sents[si].words
	for k := open - 1; k >= 0; k-- {
		if sayVerbs[strings.ToLower(words[k])] {
			if mi := c.actorEndingAt(si, k); mi >= 0 {
				return c.groupAround(si, mi)
			}
			return c.sentenceSubject(si)
		}
	}
	if close == len(words) {
		if si > 0 {
			return c.sentenceSubject(si - 1)
		}
		return nil
	}
	for k := close + 1; k < len(words) && k < close+8; k++ {
		if sayVerbs[strings.ToLower(words[k])] {
			if mi := c.actorEndingAt(si, k); mi >= 0 {
				return c.groupAround(si, mi)
			}
			return c.groupStartingNear(si, k+1, 3)
		}
	}
	// “..., ” Ramaphosa said. “We thank Kenya for its help.”: a
	// sentence that is all quotation goes on with the speaker of the
	// quotation before it.
	if open == 0 && si > 0 {
		for k := len(c.d.refs[si-1]) - 1; k >= 0; k-- {
			if ref := c.d.refs[si-1][k]; ref.kind == refQuotation {
				return ref.ents
			}
		}
	}
	return nil
}
