package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// reading gives a stage the extractor's tables and the document, and the
// questions the stages ask of the layers written before them: which
// mention starts or ends where, which actors a coordinated group holds,
// what a sentence is about. Nothing here writes to the document.
type reading struct {
	x *Extractor
	d *document
}

// isActor reports whether a mention names something that can act: a state,
// an organisation or a person.
func isActor(m mention) bool {
	if m.ofGroup || m.people {
		return false // "Syrian rebels attacked": not Syria
	}
	switch m.ent.kind {
	case schema.KindCountry, schema.KindOrganization, schema.KindPerson:
		return true
	}
	return false
}

// finiteVerbTags are the tagger's tags of a verb that has a subject.
var finiteVerbTags = set("VBD", "VBZ", "VBP", "MD")

// isDemonymActor reports whether a mention is a demonym that names its
// state acting ("Russian forces"), not a group's nationality ("Syrian
// rebels").
func isDemonymActor(m mention) bool { return m.role == roleDemonym && !m.ofGroup && !m.people }

// isTarget reports whether a mention can be acted upon: actors and
// places named as such, not as where something happened.
func isTarget(m mention) bool {
	return isActor(m) || m.people || (m.ent.kind == schema.KindPlace && !m.located)
}

// findMention returns the index of the first mention of sentence si for
// which ok holds, or -1; findLastMention the last.
func (r reading) findMention(si int, ok func(mention) bool) int {
	for mi, m := range r.d.mentions[si] {
		if ok(m) {
			return mi
		}
	}
	return -1
}

func (r reading) findLastMention(si int, ok func(mention) bool) int {
	ms := r.d.mentions[si]
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if ok(ms[mi]) {
			return mi
		}
	}
	return -1
}

// mentionStartingAt returns the index of the mention starting at token
// start, or -1; actorStartingAt and placeStartingAt those of an actor or a
// place.
func (r reading) mentionStartingAt(si, start int) int {
	return r.findMention(si, func(m mention) bool { return m.start == start })
}

func (r reading) actorStartingAt(si, start int) int {
	return r.findMention(si, func(m mention) bool { return m.start == start && isActor(m) })
}

func (r reading) placeStartingAt(si, start int) int {
	return r.findMention(si, func(m mention) bool { return m.start == start && m.ent.kind == schema.KindPlace })
}

// mentionEndingAt returns the index of the mention that ends at token end,
// or just before a possessive there, or -1.
func (r reading) mentionEndingAt(si, end int) int {
	words := r.d.sents[si].words
	return r.findMention(si, func(m mention) bool {
		return m.end == end || (m.possessive && m.end+1 == end && isPossessive(words[m.end]))
	})
}

// actorEndingAt returns the index of the last actor mention ending at
// token end, or -1.
func (r reading) actorEndingAt(si, end int) int {
	return r.findLastMention(si, func(m mention) bool { return m.end == end && isActor(m) })
}

func (r reading) mentionEndsAt(si, end int) bool {
	return r.findMention(si, func(m mention) bool { return m.end == end }) >= 0
}

// personAt and demonymAt report whether token k is part of a person's
// mention, or of a demonym's.
func (r reading) personAt(si, k int) bool {
	return r.findMention(si, func(m mention) bool { return m.start <= k && k < m.end && m.ent.kind == schema.KindPerson }) >= 0
}

func (r reading) demonymAt(si, k int) bool {
	return r.findMention(si, func(m mention) bool { return m.start <= k && k < m.end && m.role == roleDemonym }) >= 0
}

// groupAround returns the entities of the coordinated group of mentions
// containing mention mi ("the African Union and the United Nations"),
// with the states in the titles of people in it.
func (r reading) groupAround(si, mi int) []*entity {
	words := r.d.sents[si].words
	ms := r.d.mentions[si]
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
	// "In Iraq, Trump defends": where a clause is set is no member of
	// the group after it ("in Yemen, Syria and Iran" is one list).
	sameSide := func(a, b mention) bool {
		return a.located == b.located || a.ent.kind == b.ent.kind || !slices.Contains(words[a.end:b.start], ",") ||
			slices.ContainsFunc(words[a.end:b.start], func(w string) bool { return w == "and" || w == "or" })
	}
	lo, hi := mi, mi
	// "Ambassador to NATO Julianne Smith": the body an envoy
	// is sent to is no member of the group.
	for lo > 0 && isTarget(ms[lo-1]) && joins(ms[lo-1].end, ms[lo].start) && !ms[lo-1].possessive && sameSide(ms[lo-1], ms[lo]) && toBefore(words, ms[lo-1].start) < 0 {
		lo--
	}
	for hi+1 < len(ms) && isTarget(ms[hi+1]) && joins(ms[hi].end, ms[hi+1].start) && !ms[hi].possessive && sameSide(ms[hi], ms[hi+1]) {
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

// toBefore returns the index of the "to" (then perhaps "the") that stands
// before token start ("envoy to the UN"), or -1.
func toBefore(words []string, start int) int {
	k := start - 1
	if k >= 0 && strings.EqualFold(words[k], "the") {
		k--
	}
	if k >= 0 && strings.EqualFold(words[k], "to") {
		return k
	}
	return -1
}

// otherMainCountry returns, of the two states the article names most up
// to sentence si, the one that is not e, if e is one of them.
func (r reading) otherMainCountry(si int, e *entity) *entity {
	main := r.mainCountries(si)
	switch {
	case len(main) < 2:
		return nil
	case main[0] == e:
		return main[1]
	case main[1] == e:
		return main[0]
	}
	return nil
}

// mainCountries returns the two most mentioned countries of the article up
// to sentence si.
func (r reading) mainCountries(si int) []*entity {
	count := map[*entity]int{}
	for s := 0; s <= si; s++ {
		for _, m := range r.d.mentions[s] {
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

// sentenceSubject returns the actors the sentence opens with ("U.S.
// President Joe Biden has laid out ..."), after an opening phrase that
// ends with a comma.
func (r reading) sentenceSubject(si int) []*entity {
	words := r.d.sents[si].words
	ms := r.d.mentions[si]
	start := 0
	opensWithName := len(ms) > 0 && ms[0].start <= 1
	for k := 0; k < len(words) && k < 8 && !opensWithName; k++ {
		if words[k] == "," {
			start = k + 1
			break
		}
	}
	for mi, m := range ms {
		if m.start < start {
			continue
		}
		// "(CNN) The navies are at odds": a dateline is no subject.
		if m.start > 0 && words[m.start-1] == "(" && m.end < len(words) && words[m.end] == ")" {
			continue
		}
		if m.start > start+4 || !isActor(m) {
			return nil
		}
		g := r.groupAround(si, mi)
		if m.ent.kind == schema.KindCountry && mi+1 < len(ms) {
			n := ms[mi+1]
			if n.ent.kind == schema.KindPerson && titleEndingAt(words, n.start) >= m.end {
				g = append(g, n.ent)
			}
		}
		return g
	}
	return nil
}

// groupStartingNear returns the group of the first actor mention starting
// within limit tokens of token k, in the same clause.
func (r reading) groupStartingNear(si, k, limit int) []*entity {
	words := r.d.sents[si].words
	for mi, m := range r.d.mentions[si] {
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

// reference returns the entities the reference (pronoun, plural reference)
// ending at token end of sentence si stands for, and whether there is one.
func (r reading) reference(si, end int) ([]*entity, bool) {
	for _, ref := range r.d.refs[si] {
		if ref.end == end && ref.kind != refQuotation {
			return ref.ents, true
		}
	}
	return nil, false
}

// referenceAt returns the entities of the description or plural reference
// ("the island nation", "the two countries") starting at token start of
// sentence si, and whether there is one.
func (r reading) referenceAt(si, start int) ([]*entity, bool) {
	for _, ref := range r.d.refs[si] {
		if ref.start == start && (ref.kind == refDescription || ref.kind == refPlural) {
			return ref.ents, true
		}
	}
	return nil, false
}

// quotation returns the speaker of the quotation token i is inside, and
// whether it is inside one.
func (r reading) quotation(si, i int) ([]*entity, bool) {
	for _, ref := range r.d.refs[si] {
		if ref.kind == refQuotation && ref.start < i && i < ref.end {
			return ref.ents, true
		}
	}
	return nil, false
}

// countryEntity returns the entity of country row i if the article names it.
func (r reading) countryEntity(i int) *entity {
	return r.d.byKey[entityKey(schema.KindCountry, r.x.tables.Countries[i].Name)]
}

// countryEntityOf returns the state a place lies in, if the tables know it
// and the article names that state.
func (r reading) countryEntityOf(place *entity) *entity {
	if place.kind != schema.KindPlace || place.country < 0 {
		return nil
	}
	return r.countryEntity(place.country)
}

// stateInName returns the state an organisation's name says it belongs to:
// "National Police of Colombia", "Indian Defence Ministry", "US
// Africa Command". Only states the article names count.
func (r reading) stateInName(e *entity) *entity {
	for _, form := range append([]string{e.name}, e.aliases...) {
		words := strings.Fields(form)
		if len(words) < 2 {
			continue
		}
		// "Ministry of Foreign Affairs of Ukraine", not "Bank of America".
		if i := strings.LastIndex(form, " of "); i > 0 && anyStateBodyHead(strings.Fields(form[:i])) {
			tail := strings.Fields(strings.TrimPrefix(form[i+4:], "the "))
			if refs, n := r.x.gaz.lookup(tail, 0); n == len(tail) && n > 0 && refs[0].kind == refCountry {
				if st := r.countryEntity(refs[0].idx); st != nil {
					return st
				}
			}
		}
		if !stateBodyName(words) {
			continue
		}
		if refs, n := r.x.gaz.lookup(words, 0); n > 0 && n < len(words) && (refs[0].kind == refCountry || refs[0].kind == refDemonym) {
			if st := r.countryEntity(refs[0].idx); st != nil {
				return st
			}
		}
	}
	return nil
}

// stateOf returns the state an organisation of the article is part of: by
// its name ("Chinese Foreign Ministry"), or by a partOf relation read from
// the text.
func (r reading) stateOf(o *entity) *entity {
	if st := r.stateInName(o); st != nil {
		return st
	}
	for _, rel := range r.d.rels {
		if rel.subject == o && rel.predicate == schema.PartOf && rel.object.kind == schema.KindCountry {
			return rel.object
		}
	}
	return nil
}

// titleAt returns the length of the title (in tokens) at token i, 0 if none.
func titleAt(words []string, i int) int {
	for n := 4; n >= 1; n-- {
		if i+n > len(words) {
			continue
		}
		if isTitle(strings.ToLower(strings.Join(words[i:i+n], " "))) {
			return n
		}
	}
	return 0
}

// isTitle reports whether t (lower case) is a title, or one elected and
// not yet taken up ("president-elect").
func isTitle(t string) bool {
	t = strings.TrimSuffix(t, "-elect")
	return leaderTitles[t] || officialTitles[t]
}

// titleOfPhraseEndingAt finds a title with the body or field of its office
// after "of", ending just before token end ("Secretary of Homeland
// Security", "Minister of Public Safety"): up to four capitalised words
// that do not name a state or place of the tables (those are read as
// where the office is). It returns the title's first token, or -1.
func (r reading) titleOfPhraseEndingAt(si, end int) int {
	words := r.d.sents[si].words
	for k := end - 1; k >= 1 && k >= end-5; k-- {
		if words[k] != "of" {
			if !startsUpper(words[k]) {
				return -1
			}
			continue
		}
		if k == end-1 {
			return -1
		}
		if _, n := r.x.gaz.lookup(words, k+1); n > 0 {
			return -1
		}
		return titleEndingAt(words, k)
	}
	return -1
}

// titleEndingAt finds a title ending just before token end, skipping
// nothing; it returns its first token, or -1.
func titleEndingAt(words []string, end int) int {
	for n := 4; n >= 1; n-- {
		s := end - n
		if s < 0 {
			continue
		}
		if isTitle(strings.ToLower(strings.Join(words[s:end], " "))) {
			return s
		}
	}
	return -1
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }
