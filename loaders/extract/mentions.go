package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/loaders/text"
	"github.com/newsgraph/newsgraph/schema"
)

// findMentions finds every entity mention of every sentence, creating the
// article's entities as it goes.
func (r *reader) findMentions() {
	r.acronyms = map[string]*entity{}
	r.words = make([][]string, len(r.sents))
	r.mentions = make([][]mention, len(r.sents))
	for si, s := range r.sents {
		w := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			w[i] = t.Text
		}
		r.words[si] = w
	}
	r.titleCaseHeadline = len(r.sents) > 0 && titleCased(r.words[0])
	for si := range r.sents {
		r.mentions[si] = r.sentenceMentions(si)
	}
	r.mergeSurnames()
	for _, e := range r.ents {
		if e.mentions == 0 {
			e.dropped = true
		}
	}
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// capWord reports whether token i can be part of a proper-noun chunk.
func capWord(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Kind == text.Punct {
		return false
	}
	if t.Kind == text.Number {
		return false
	}
	return startsUpper(t.Text)
}

func (r *reader) sentenceMentions(si int) []mention {
	toks := r.sents[si].Tokens
	words := r.words[si]
	var out []mention
	add := func(m mention) {
		if m.end < len(words) && isPossessive(words[m.end]) {
			m.possessive = true
		}
		if m.start > 0 && locativePrepositions[strings.ToLower(words[m.start-1])] {
			m.located = true
		}
		m.ent.mentions++
		out = append(out, m)
	}
	for i := 0; i < len(toks); {
		w := words[i]
		if toks[i].Kind != text.Word {
			i++
			continue
		}
		// Reference tables: the longest form starting here.
		if refs, n := r.x.gaz.lookup(words, i); n > 0 && (startsUpper(w) || n > 1) && !(i+n < len(words) && nameSuffixes[words[i+n]]) {
			m := r.refMention(si, i, n, refs)
			// A country, demonym or place that opens a longer
			// organisation name: "Russian Defense Ministry", "US Forces
			// Japan", "Pacific Policy Institute".
			if org, end, ok := r.orgExtension(si, i, n, m); ok {
				add(mention{start: i, end: end, ent: org})
				i = end
				continue
			}
			add(m)
			i += n
			continue
		}
		// Hyphenated compounds of demonyms or countries:
		// "Azerbaijani-Armenian", "Russian-American", "U.S.-brokered".
		if strings.ContainsAny(w, "-‑") && startsUpper(w) {
			if ms := r.compoundMentions(si, i); len(ms) > 0 {
				for _, m := range ms {
					add(m)
				}
				i++
				continue
			}
		}
		if !capWord(toks, i) || dateWords[w] {
			i++
			continue
		}
		// A proper-noun chunk not in the tables.
		start, end := r.chunk(si, i)
		if end == start {
			i++
			continue
		}
		if start > i {
			i = start // past words like "Both" that only open sentences
			continue
		}
		// A title inside the chunk ("Democratic Sen. Chuck Schumer"): the
		// words before it qualify the title, the name follows it.
		// "Dow Jones CEO Almar Latour": a body, its officer's title, the
		// officer; the body is an organisation.
		for k := start + 1; k < end-1; k++ {
			tl := titleAt(words, k)
			if tl == 0 || titleAt(words, k-1) > 1 || titleAt(words, start) > 0 || k+tl >= end || nameSuffixes[words[k+tl]] {
				continue // inside a longer title ("Prime Minister") or a name ("Martin Luther King Jr.")
			}
			if !strings.HasSuffix(words[k], ".") && r.looksLikePersonName(words[k+tl:end]) && !orgHeads[words[end-1]] && bodyBeforeTitle(words[start:k]) {
				if refs, n := r.x.gaz.lookup(words, start); n != k-start || refs == nil {
					org := r.entityFor(schema.KindOrganization, r.sents[si].Text[toks[start].Start:toks[k-1].End], si)
					add(mention{start: start, end: k, ent: org})
				}
			}
			start = k
			break
		}
		if start > i {
			i = start
			continue
		}
		// A title opening the chunk ("Secretary of State Antony Blinken")
		// is not part of the name, unless the chunk names a body ("General
		// Staff", "Defense Ministry").
		if tl := titleAt(words, start); tl > 0 && (!orgHeads[words[end-1]] || (start+tl < len(words) && words[start+tl] == "of")) {
			i = start + tl
			continue
		}
		// So is an honorific ("Mr. Holder").
		if honorifics[strings.ToLower(words[start])] && end-start > 1 {
			i = start + 1
			continue
		}
		// So is a role noun ("Marine Paul Whelan").
		if roleNouns[strings.ToLower(words[start])] && end-start > 2 && !orgHeads[words[end-1]] {
			i = start + 1
			continue
		}
		if m, ok := r.classifyChunk(si, start, end); ok {
			add(m)
			i = m.end
			continue
		}
		i = end
	}
	return out
}

// refMention turns a table match into a mention, choosing among the rows a
// form names and, for capitals, between the city and the government.
func (r *reader) refMention(si, i, n int, refs []ref) mention {
	words := r.words[si]
	surface := r.sents[si].Text[r.sents[si].Tokens[i].Start:r.sents[si].Tokens[i+n-1].End]
	// A form several rows share names the state first (its name, demonym
	// or seat), else the first row in table order.
	best := refs[0]
	for _, rf := range refs {
		if rf.kind == refCountry || rf.kind == refDemonym || rf.kind == refSeat {
			best = rf
			break
		}
	}
	located := i > 0 && locativePrepositions[strings.ToLower(words[i-1])]
	role := roleName
	switch best.kind {
	case refDemonym:
		role = roleDemonym
		// A demonym that is part of a quoted title ("Armenian Apostolic
		// Church") is handled by orgExtension; a bare demonym names the
		// state.
	case refCapital:
		if !located {
			// "Yerevan said", "Baku's military operation": the government.
			best = ref{refCountry, best.idx}
			role = roleSeat
		}
	case refSeat:
		role = roleSeat
	}
	e := r.fromRef(best, si)
	if role == roleName || role == roleSeat || role == roleDemonym {
		e.addAlias(surface)
	}
	return mention{start: i, end: i + n, ent: e, role: role}
}

// orgExtension extends a country or demonym match over the capitalised words
// after it when they end with an organisation's head word.
func (r *reader) orgExtension(si, i, n int, m mention) (*entity, int, bool) {
	if m.ent.kind != schema.KindCountry && m.ent.kind != schema.KindPlace {
		return nil, 0, false
	}
	toks := r.sents[si].Tokens
	words := r.words[si]
	j := i + n
	if j < len(words) && isPossessive(words[j]) {
		return nil, 0, false
	}
	k := j
	for k < len(words) && (capWord(toks, k) || (k > j && connectors[words[k]] && words[k] != "and" && k+1 < len(words) && capWord(toks, k+1))) {
		if dateWords[words[k]] || roleNouns[strings.ToLower(words[k])] || r.x.givenNames[fold(words[k])] {
			return nil, 0, false
		}
		if refs, nn := r.x.gaz.lookup(words, k); nn > 0 && refs[0].kind == refPerson {
			return nil, 0, false
		}
		k++
	}
	if k == j {
		return nil, 0, false
	}
	if !orgHeads[words[k-1]] {
		// "US Forces Japan": an organisation head, then where it serves.
		hasHead := false
		for q := j; q < k-1; q++ {
			hasHead = hasHead || orgHeads[words[q]]
		}
		if _, n := r.x.gaz.lookup(words, k-1); !hasHead || n != 1 || !orgHeads[words[k-2]] {
			return nil, 0, false
		}
	}
	name := r.sents[si].Text[toks[i].Start:toks[k-1].End]
	org := r.entityFor(schema.KindOrganization, name, si)
	if m.ent.kind == schema.KindCountry {
		// "Russian Defense Ministry": a body of the state, which is named
		// too. A place opening a name ("Pacific Policy Institute") is part
		// of the name only.
		org.country = m.ent.country
		r.addRelation(org, schema.PartOf, m.ent)
		m.ent.mentions++
	}
	return org, k, true
}

// compoundMentions splits a hyphenated word into country mentions when
// every part is a country or demonym.
func (r *reader) compoundMentions(si, i int) []mention {
	w := r.words[si][i]
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‑' })
	// "a Washington-based think tank": where a body is based.
	if len(parts) == 2 && strings.EqualFold(parts[1], "based") {
		refs, n := r.x.gaz.lookup([]string{parts[0]}, 0)
		if n == 0 {
			return nil
		}
		rf := refs[0]
		if rf.kind != refCapital && rf.kind != refPlace && rf.kind != refCountry {
			return nil
		}
		e := r.fromRef(rf, si)
		e.addAlias(parts[0])
		return []mention{{start: i, end: i + 1, ent: e, located: true, based: true}}
	}
	var out []mention
	for k, p := range parts {
		refs, n := r.x.gaz.lookup([]string{p}, 0)
		if n == 0 {
			if k == len(parts)-1 && len(out) > 0 {
				break // "U.S.-brokered": the last part is a word
			}
			return nil
		}
		var rf *ref
		for _, x := range refs {
			if x.kind == refCountry || x.kind == refDemonym || x.kind == refSeat || (x.kind == refOrg && len(parts) > 1) {
				x := x
				rf = &x
				break
			}
		}
		if rf == nil {
			return nil
		}
		e := r.fromRef(*rf, si)
		e.addAlias(p)
		role := roleDemonym
		if rf.kind == refOrg {
			role = roleName
		}
		out = append(out, mention{start: i, end: i + 1, ent: e, role: role})
	}
	return out
}

// chunk returns the proper-noun chunk starting at token i: capitalised
// words, joined by connectors, without leading words that only open
// sentences.
func (r *reader) chunk(si, i int) (int, int) {
	toks := r.sents[si].Tokens
	words := r.words[si]
	start := i
	for start < len(words) && capWord(toks, start) && notNames[words[start]] {
		start++
	}
	end := start
	for end < len(words) {
		if capWord(toks, end) && !dateWords[words[end]] {
			end++
			continue
		}
		if end > start && connectors[strings.ToLower(words[end])] && !isPossessive(words[end-1]) {
			// "of the Red Cross": connectors then a capitalised word.
			k := end + 1
			for lw := strings.ToLower(words[end]); k < len(words) && k < end+3 && lw != "and" && lw != "&" && connectors[strings.ToLower(words[k])]; k++ {
			}
			if strings.EqualFold(words[end], "and") && !r.orgAfterAnd(si, end) {
				break // "Armenia and Azerbaijan": two names
			}
			if k < len(words) && k > end && capWord(toks, k) && !dateWords[words[k]] {
				end = k
				continue
			}
		}
		break
	}
	// Trailing connectors are not part of the name.
	for end > start && connectors[strings.ToLower(words[end-1])] {
		end--
	}
	return start, end
}

// titleAt returns the length of the title (in tokens) at token i, 0 if none.
func titleAt(words []string, i int) int {
	for n := 4; n >= 1; n-- {
		if i+n > len(words) {
			continue
		}
		t := strings.ToLower(strings.Join(words[i:i+n], " "))
		if leaderTitles[t] || officialTitles[t] {
			return n
		}
	}
	return 0
}

// personContext reports whether the words around a chunk show it names a
// person: a title, role noun or honorific before it, or a verb of saying or
// an apposition after it.
func (r *reader) personContext(si, start, end int) bool {
	words := r.words[si]
	if titleEndingAt(words, start) >= 0 {
		return true
	}
	if start > 0 {
		prev := strings.ToLower(strings.TrimSuffix(words[start-1], "."))
		if honorifics[prev] || honorifics[strings.ToLower(words[start-1])] || roleNouns[prev] || leaderTitles[prev] || officialTitles[prev] {
			return true
		}
		if start > 1 {
			two := strings.ToLower(words[start-2] + " " + words[start-1])
			if roleNouns[two] || leaderTitles[two] || officialTitles[two] {
				return true
			}
		}
	}
	if end < len(words) {
		next := strings.ToLower(words[end])
		switch next {
		case "said", "says", "told", "wrote", "added", "explained", "argued", "insisted", "tweeted", "posted":
			return true
		}
		if next == "," && end+1 < len(words) {
			n2 := strings.ToLower(words[end+1])
			if n2 == "who" || n2 == "whose" {
				return true
			}
			if (n2 == "a" || n2 == "an" || n2 == "the") && end+2 < len(words) {
				n3 := strings.ToLower(words[end+2])
				if roleNouns[n3] || leaderTitles[n3] || officialTitles[n3] || titleModifiers[n3] {
					return true
				}
			}
		}
	}
	if start >= 2 && strings.EqualFold(words[start-1], ",") {
		p := strings.ToLower(words[start-2])
		if p == "said" || p == "says" {
			return true
		}
	}
	if start > 0 && (strings.EqualFold(words[start-1], "said") || strings.EqualFold(words[start-1], "says")) {
		return true
	}
	return false
}

// classifyChunk decides what a proper-noun chunk outside the tables names.
func (r *reader) classifyChunk(si, start, end int) (mention, bool) {
	toks := r.sents[si].Tokens
	words := r.words[si]
	sent := r.sents[si].Text
	name := sent[toks[start].Start:toks[end-1].End]
	n := end - start
	last := words[end-1]
	m := mention{start: start, end: end}

	// An acronym defined earlier, or a single word that is the surname of
	// a person already named.
	// A name the article has already given an entity.
	if e := r.known(name); e != nil {
		m.ent = e
		return m, true
	}
	if n == 1 {
		if e, ok := r.acronyms[name]; ok {
			e.addAlias(name)
			m.ent = e
			return m, true
		}
		if e := r.personBySurname(name); e != nil {
			e.addAlias(name)
			m.ent = e
			return m, true
		}
	}
	// A headline in title case capitalises every word: only names the
	// article has already given, or the tables know, count there.
	if r.titleCaseHeadline && si == 0 {
		return m, false
	}
	kind := schema.Kind(0)
	switch {
	case n == 1 && orgHeads[last]:
		// "the Times reported", "the Party": a head word alone names
		// nothing without its qualifiers.
	case orgHeads[last] || (orgStarts[words[start]] && n > 2 && strings.EqualFold(words[start+1], "of")):
		kind = schema.KindOrganization
	case placeHeads[last] && n > 1:
		kind = schema.KindPlace
	case start > 1 && words[start-1] == "of" && placeNouns[strings.ToLower(words[start-2])] && n <= 3:
		// "the city of Bakhmut", "the region of Tigray"
		kind = schema.KindPlace
	case start > 0 && orgDescriptorHeads[strings.ToLower(words[start-1])] && n <= 4:
		// "the state news agency TASS"
		kind = schema.KindOrganization
	case end < len(words) && placeNouns[words[end]] && !orgHeads[last] && n <= 3:
		// "Kursk region": the place, with the longer form as an alias.
		e := r.entityFor(schema.KindPlace, name, si)
		e.addAlias(name + " " + words[end])
		e.classes = []quad.IRI{schema.ClassAdministrativeArea}
		m.ent, m.end = e, end+1
		return m, true
	case r.looksLikePersonName(words[start:end]) && (r.personContext(si, start, end) || r.x.givenNames[fold(words[start])]):
		kind = schema.KindPerson
	case n == 1 && r.personContext(si, start, end) && !isAllCaps(name) && start > 0 && !orgHeads[name] && !placeHeads[name] &&
		((honorifics[strings.ToLower(strings.TrimSuffix(words[start-1], "."))] && !strings.EqualFold(words[start-1], "Miss")) || (titleAt(words, start-1) > 0 && !ambiguousTitles[strings.ToLower(words[start-1])])):
		kind = schema.KindPerson
	case n <= 2 && start > 0 && locativeIn(words[start-1]) && !isAllCaps(name) && end < len(words) && (words[end] == "," || words[end] == "." || words[end] == "on" || words[end] == "and" || words[end] == "in"):
		kind = schema.KindPlace
	}
	// "Full Name (ACR)": remember the acronym.
	if end+2 < len(words) && words[end] == "(" && words[end+2] == ")" && isAllCaps(words[end+1]) && acronymOf(words[end+1], words[start:end]) {
		if kind == 0 {
			kind = schema.KindOrganization
		}
		e := r.entityFor(kind, name, si)
		e.addAlias(words[end+1])
		r.acronyms[words[end+1]] = e
		m.ent = e
		return m, true
	}
	if kind == 0 {
		return m, false
	}
	m.ent = r.entityFor(kind, name, si)
	return m, true
}

func locativeIn(w string) bool {
	switch strings.ToLower(w) {
	case "in", "near", "outside", "at":
		return true
	}
	return false
}

// looksLikePersonName reports whether the words have the shape of a
// person's name: two to four capitalised words of letters, none of them a
// word that only opens sentences, an organisation or place head word.
func (r *reader) looksLikePersonName(ws []string) bool {
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		if notNames[w] || orgHeads[w] || placeHeads[w] || dateWords[w] {
			return false
		}
		if connectors[strings.ToLower(w)] {
			if i == 0 || i == len(ws)-1 {
				return false
			}
			continue
		}
		if isAllCaps(w) && len(w) > 1 {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.') {
				return false
			}
		}
	}
	return true
}

// personBySurname returns the article's person whose name ends with w.
func (r *reader) personBySurname(w string) *entity {
	var found *entity
	for _, e := range r.ents {
		if e.kind != schema.KindPerson {
			continue
		}
		if surname(e.name) == fold(w) {
			if found != nil && found != e {
				return nil // ambiguous
			}
			found = e
		}
	}
	return found
}

// known returns the entity the article already calls name, by its name or
// an alias, if exactly one.
func (r *reader) known(name string) *entity {
	f := fold(name)
	var found *entity
	for _, e := range r.ents {
		match := fold(e.name) == f
		for _, a := range e.aliases {
			if fold(a) == f {
				match = true
			}
		}
		if match {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// orgAfterAnd reports whether the capitalised words after the "and" at k
// end an organisation's name ("Center for Strategic and International
// Studies") rather than start a second name.
func (r *reader) orgAfterAnd(si, k int) bool {
	toks := r.sents[si].Tokens
	words := r.words[si]
	if _, n := r.x.gaz.lookup(words, k+1); n > 0 {
		return false
	}
	j := k + 1
	for j < len(words) && capWord(toks, j) {
		j++
	}
	return j > k+1 && orgHeads[words[j-1]] && !r.x.givenNames[fold(words[k+1])]
}

// mergeSurnames folds a person named by surname alone before the full name
// appeared ("Chancellor Scholz" … "Chancellor Olaf Scholz") into the full
// name, when exactly one full name ends with it.
func (r *reader) mergeSurnames() {
	for _, short := range r.ents {
		if short.kind != schema.KindPerson || strings.Contains(short.name, " ") {
			continue
		}
		var full *entity
		for _, e := range r.ents {
			if e != short && e.kind == schema.KindPerson && surname(e.name) == fold(short.name) {
				if full != nil {
					full = nil
					break
				}
				full = e
			}
		}
		if full == nil {
			continue
		}
		for si := range r.mentions {
			for k := range r.mentions[si] {
				if r.mentions[si][k].ent == short {
					r.mentions[si][k].ent = full
					full.mentions++
				}
			}
		}
		full.addAlias(short.name)
		for _, a := range short.aliases {
			full.addAlias(a)
		}
		for _, t := range short.titles {
			full.addTitle(t)
		}
		short.mentions = 0
	}
}

// titleCased reports whether a headline capitalises most of its words
// ("Us Gets Closer to Making a Deal With the Taliban").
func titleCased(words []string) bool {
	long, capped := 0, 0
	for _, w := range words {
		if len(w) <= 3 {
			continue
		}
		long++
		if startsUpper(w) {
			capped++
		}
	}
	return long >= 3 && capped*10 >= long*7
}

// acronymOf reports whether acr can abbreviate the name's words: its letters
// are, in order, initials of the name's words (connectors may be skipped,
// hyphenated parts count): "ICRC" for "International Committee of the Red
// Cross", "SBU" is not "Security Service of Ukraine" (no B), "CNN" is not
// "ATLANTA".
func acronymOf(acr string, name []string) bool {
	var initials []rune
	for _, w := range name {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '.' }) {
			r, _ := utf8.DecodeRuneInString(part)
			initials = append(initials, unicode.ToUpper(r))
		}
	}
	k := 0
	first := true
	for _, c := range acr {
		if !unicode.IsLetter(c) {
			continue
		}
		for k < len(initials) && initials[k] != c {
			if first {
				return false // the first letter must start the name
			}
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
		first = false
	}
	return !first
}

// nameSuffixes follow a surname: "Eric H. Holder Jr.".
var nameSuffixes = set("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV")

// surname returns the folded last name of a full name, past a suffix, or
// "" for a one-word name.
func surname(name string) string {
	parts := strings.Fields(name)
	for len(parts) > 2 && nameSuffixes[parts[len(parts)-1]] {
		parts = parts[:len(parts)-1]
	}
	if len(parts) < 2 {
		return ""
	}
	return fold(strings.TrimSuffix(parts[len(parts)-1], ","))
}

// titleQualifiers make a compound title with the title after them
// ("Majority Leader", "Education Secretary", "District Judge"), rather
// than name a body.
var titleQualifiers = set("Majority", "Minority", "Deputy", "Assistant", "Solicitor", "Inspector",
	"District", "Chief", "Senior", "Vice", "Acting", "Associate", "Principal", "Special", "Supreme",
	"Federal", "Circuit", "Appeals", "Education", "Trade", "Treasury", "Defense", "Defence", "State",
	"Energy", "Health", "Labor", "Labour", "Commerce", "Interior", "Agriculture", "Transportation",
	"Homeland", "Veterans", "Housing", "Justice", "Foreign", "Home", "Finance", "Economy", "Interim",
	"Republican", "Democratic", "Conservative", "Liberal", "Party", "House", "Senate", "Press",
	"White", "Security", "Intelligence", "Army", "Navy", "Air", "Naval", "Military", "Police",
	"Attorney", "Surgeon", "Postmaster", "Budget", "Management", "Communications", "Policy")

// bodyBeforeTitle reports whether the words before an officer's title name
// the body the officer serves ("Dow Jones CEO"): two or more words, none of
// them a word that makes a compound title.
func bodyBeforeTitle(ws []string) bool {
	for _, w := range ws {
		if titleQualifiers[w] || notNames[w] {
			return false
		}
	}
	return len(ws) >= 2
}

// ambiguousTitles are one-word titles that also open names of things
// ("General Electric", "Chief Justice"): alone before one capitalised word
// they do not make it a person's surname.
var ambiguousTitles = set("general", "chief", "head", "leader", "director", "representative", "deputy", "official", "host", "star", "secretary", "minister")

// findMention returns the index of the first mention of sentence si for
// which ok holds, or -1; findLastMention the last.
func (r *reader) findMention(si int, ok func(mention) bool) int {
	for mi, m := range r.mentions[si] {
		if ok(m) {
			return mi
		}
	}
	return -1
}

func (r *reader) findLastMention(si int, ok func(mention) bool) int {
	for mi := len(r.mentions[si]) - 1; mi >= 0; mi-- {
		if ok(r.mentions[si][mi]) {
			return mi
		}
	}
	return -1
}

// mentionStartingAt returns the index of the mention starting at token
// start, or -1; actorStartingAt and placeStartingAt those of an actor or a
// place.
func (r *reader) mentionStartingAt(si, start int) int {
	return r.findMention(si, func(m mention) bool { return m.start == start })
}

func (r *reader) actorStartingAt(si, start int) int {
	return r.findMention(si, func(m mention) bool { return m.start == start && isActor(m) })
}

func (r *reader) placeStartingAt(si, start int) int {
	return r.findMention(si, func(m mention) bool { return m.start == start && m.ent.kind == schema.KindPlace })
}

// mentionEndingAt returns the index of the mention that ends at token end,
// or just before a possessive there, or -1.
func (r *reader) mentionEndingAt(si, end int) int {
	words := r.words[si]
	return r.findMention(si, func(m mention) bool {
		return m.end == end || (m.possessive && m.end+1 == end && isPossessive(words[m.end]))
	})
}

// actorEndingAt returns the index of the last actor mention ending at
// token end, or -1.
func (r *reader) actorEndingAt(si, end int) int {
	return r.findLastMention(si, func(m mention) bool { return m.end == end && isActor(m) })
}

func (r *reader) mentionEndsAt(si, end int) bool {
	return r.findMention(si, func(m mention) bool { return m.end == end }) >= 0
}

// personAt and demonymAt report whether token k is part of a person's
// mention, or of a demonym's.
func (r *reader) personAt(si, k int) bool {
	return r.findMention(si, func(m mention) bool { return m.start <= k && k < m.end && m.ent.kind == schema.KindPerson }) >= 0
}

func (r *reader) demonymAt(si, k int) bool {
	return r.findMention(si, func(m mention) bool { return m.start <= k && k < m.end && m.role == roleDemonym }) >= 0
}
