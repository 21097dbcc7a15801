package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/loaders/text"
	"github.com/newsgraph/newsgraph/schema"
)

// mentionStage is the second stage: it finds the spans of each sentence
// that name entities, from the reference tables and from the form and
// context of proper-noun chunks, and creates the article's entities.
type mentionStage struct {
	reading
}

func (s *mentionStage) run() {
	s.d.acronyms = map[string]*entity{}
	s.d.byKey = map[string]*entity{}
	s.d.byIRI = map[quad.IRI]*entity{}
	s.d.mentions = make([][]mention, len(s.d.sents))
	for si := range s.d.sents {
		s.d.mentions[si] = s.sentenceMentions(si)
	}
	s.decideHomonyms()
	for si := range s.d.sents {
		s.describedBodies(si)
	}
}

// entityFor returns the article's entity of kind k and canonical name,
// creating it on first use.
func (s *mentionStage) entityFor(k schema.Kind, name string, sent int) *entity {
	key := entityKey(k, name)
	if e, ok := s.d.byKey[key]; ok {
		return e
	}
	e := &entity{kind: k, name: name, id: schema.EntityIRI(k, name), country: -1, first: sent}
	if k == schema.KindPerson {
		if p, ok := s.x.tables.SplitName(name); ok {
			e.family = p.Family
		}
	}
	s.d.byKey[key] = e
	s.d.byIRI[e.id] = e
	s.d.ents = append(s.d.ents, e)
	return e
}

// fromRef returns the entity a table row names.
func (s *mentionStage) fromRef(rf ref, sent int) *entity {
	t := s.x.tables
	var e *entity
	switch rf.kind {
	case refCountry, refDemonym, refSeat:
		c := t.Countries[rf.idx]
		e = s.entityFor(schema.KindCountry, c.Name, sent)
		e.wikidata, e.country = c.Wikidata, rf.idx
	case refCapital:
		c := t.Countries[rf.idx]
		e = s.entityFor(schema.KindPlace, c.Capital, sent)
		e.wikidata, e.country = c.CapitalWikidata, rf.idx
		e.classes = []quad.IRI{schema.ClassCity}
	case refOrg:
		o := t.Orgs[rf.idx]
		e = s.entityFor(schema.KindOrganization, o.Name, sent)
		e.wikidata, e.classes, e.country = o.Wikidata, specificClass(o.Class, "Organization"), s.x.countryIndex(o.Country)
	case refPerson:
		p := t.People[rf.idx]
		e = s.entityFor(schema.KindPerson, p.Name, sent)
		e.wikidata = p.Wikidata
	case refPlace:
		p := t.Places[rf.idx]
		e = s.entityFor(schema.KindPlace, p.Name, sent)
		e.wikidata, e.classes, e.country = p.Wikidata, specificClass(p.Class, "Place"), s.x.countryIndex(p.Country)
	}
	e.ref = rf
	return e
}

// specificClass returns the schema.org class a table row names, unless it
// is only the core type.
func specificClass(class, core string) []quad.IRI {
	if class == "" || class == core {
		return nil
	}
	return []quad.IRI{quad.IRI(schema.SchemaOrg + class)}
}

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

func (s *mentionStage) sentenceMentions(si int) []mention {
	toks := s.d.sents[si].Tokens
	words := s.d.sents[si].words
	var out []mention
	add := func(m mention) {
		if m.end < len(words) && isPossessive(words[m.end]) {
			m.possessive = true
		}
		// "in Tokyo", "at the United Nations" (but "visited the White
		// House": the place visited is the visit's target).
		if m.start > 0 && locativePrepositions[strings.ToLower(words[m.start-1])] ||
			m.start > 1 && strings.EqualFold(words[m.start-1], "the") && locativePrepositions[strings.ToLower(words[m.start-2])] && !strings.HasPrefix(strings.ToLower(words[m.start-2]), "visit") {
			m.located = true
		}
		if !m.pending {
			m.ent.mentions++
			m.ofGroup = m.ent.kind == schema.KindCountry && s.namesGroup(si, m.end)
			// "The Chinese retaliated" is the government, as news says it.
			m.people = m.role == roleDemonym && m.ent.kind == schema.KindCountry && m.end == m.start+1 && s.pluralDemonym(words[m.start], m.ent.country) &&
				!(m.start > 0 && strings.EqualFold(words[m.start-1], "the"))
		}
		out = append(out, m)
	}
	for i := 0; i < len(toks); {
		w := words[i]
		if toks[i].Kind != text.Word {
			i++
			continue
		}
		if e, n := s.partyLabel(si, i); e != nil {
			add(mention{start: i, end: i + 1, ent: e})
			i += n
			continue
		}
		// Reference tables: the longest form starting here.
		// "Chad Wolf", "Jordan Peterson": a place's name as a given name
		// before a surname names a person; the chunk below reads it.
		// So does one before a surname that ends the chunk ("Fox News'
		// Chad Pergram contributed"), unlike the words of a longer name
		// ("Israel Defense Forces").
		givenName := placeGivenNames[w] && s.surnameAfter(si, i) &&
			(s.personContext(si, i, i+2) || s.usedAlone(si, i+1) || i+2 == len(words) || !capWord(toks, i+2))
		if refs, n := s.x.gaz.lookup(words, i); !givenName && n > 0 && (startsUpper(w) || n > 1) && !(i+n < len(words) && nameSuffixes[words[i+n]]) {
			// "Johnson": the surname of a table person, or of someone
			// else; coreference decides.
			if people := surnameRefs(refs); n == 1 && len(people) > 0 {
				add(mention{start: i, end: i + 1, pending: true, surnameOf: people})
				i++
				continue
			}
			m := s.refMention(si, i, n, refs)
			m.homonym = homonymOf(refs) + 1
			// "Jordan asked" after "Rep. Jim Jordan": the surname of a
			// person named before, unless the place is plainly meant
			// ("Jordan's king", "in Jordan"); coreference decides. (A
			// homonym's reading is decided for the whole article.)
			plain := (i+1 < len(words) && isPossessive(words[i+1])) || (i > 0 && locativePrepositions[strings.ToLower(words[i-1])])
			if n == 1 && m.homonym == 0 && m.ent.kind != schema.KindPerson && !plain && s.personBySurname(w) != nil {
				add(mention{start: i, end: i + 1, pending: true, fallback: m.ent})
				i++
				continue
			}
			// A country, demonym or place that opens a longer
			// organisation name: "Indian Defence Ministry", "US Forces
			// Japan", "Pacific Policy Institute".
			if org, end, ok := s.orgExtension(si, i, n, m); ok {
				// "Indian Defence Ministry": a body of the state; "Senate
				// Judiciary Committee": a unit of the body; "Pacific Policy
				// Institute": a place opening a name is only a word of it.
				// "Washington Times", "Cairo University": a body named
				// after the capital is the city's, not the state's, and
				// names no state.
				opened := mention{start: i, end: end, ent: org}
				switch {
				case m.ent.kind == schema.KindCountry && !namedByCapital(refs) && stateBodyName(words[i:end]):
					opened.opener, opened.openedBy = m.ent, ruleStateOpensName
					m.ent.mentions++
				case m.ent.kind == schema.KindOrganization:
					opened.opener, opened.openedBy = m.ent, ruleBodyOpensName
					m.ent.mentions++
				}
				if opened.opener != nil && m.homonym > 0 {
					opened.homonym, opened.homonymOpens = m.homonym, true
				}
				add(opened)
				i = end
				continue
			}
			add(m)
			i += n
			continue
		}
		// Hyphenated compounds of demonyms or countries:
		// "Azerbaijani-Armenian", "Russian-American", "U.S.-brokered".
		if strings.ContainsAny(w, "-‑") && startsUpper(w) && !givenName {
			if ms := s.compoundMentions(si, i); len(ms) > 0 {
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
		start, end := s.chunk(si, i)
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
		// "Airbus CEO Guillaume Faury": a body, its officer's title, the
		// officer; the body is an organisation.
		for k := start + 1; k < end-1; k++ {
			tl := titleAt(words, k)
			if tl == 0 || titleAt(words, k-1) > 1 || titleAt(words, start) > 0 || k+tl >= end || nameSuffixes[words[k+tl]] {
				continue // inside a longer title ("Prime Minister") or a name ("Martin Luther King Jr.")
			}
			if !strings.HasSuffix(words[k], ".") && s.looksLikePersonName(words[k+tl:end]) && !orgHeads[words[end-1]] && bodyBeforeTitle(words[start:k]) {
				if refs, n := s.x.gaz.lookup(words, start); n != k-start || refs == nil {
					org := s.entityFor(schema.KindOrganization, s.d.sents[si].Text[toks[start].Start:toks[k-1].End], si)
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
		// Staff", "Defense Ministry"); nor is the body or field of the
		// office after it ("Minister of Public Safety Mike Farnworth").
		if tl := titleAt(words, start); tl > 0 && (!orgHeads[words[end-1]] || (start+tl < len(words) && words[start+tl] == "of")) {
			i = start + tl
			if i < end && words[i] == "of" {
				if k := s.nameAtEnd(si, i+2, end); k > 0 {
					i = k
				}
			}
			continue
		}
		// So are titles and the words that qualify them, before a name
		// ("Republican Mitt Romney", "Chief Justice Roberts"), and the
		// words of an office after "of" ("Minister of Public Safety Mike
		// Farnworth", where "Minister" opens no chunk).
		if k := s.nameAfterTitles(si, start, end); k > start {
			i = k
			continue
		}
		if k := s.nameAtEnd(si, start+1, end); k > start && start > 1 && words[start-1] == "of" && titleEndingAt(words, start-1) >= 0 {
			i = k
			continue
		}
		// So is an honorific ("Mr. Holder").
		if honorifics[strings.ToLower(words[start])] && end-start > 1 {
			i = start + 1
			continue
		}
		// So is a role noun ("Marine Trevor Reed"), unless the words after
		// it are no name ("National Defense Authorization Act",
		// "Economist Intelligence Unit").
		if roleNouns[strings.ToLower(words[start])] && end-start > 2 && !orgHeads[words[end-1]] && s.x.isGivenName(words[start+1]) {
			i = start + 1
			continue
		}
		// "Sen. John McCain of Arizona": a person, then where from.
		end = s.personOfPlace(si, start, end)
		if m, ok := s.classifyChunk(si, start, end); ok {
			add(m)
			i = m.end
			continue
		}
		i = end
	}
	return out
}

// pluralDemonym reports whether w is the plural people noun of country
// row c's demonym: "Iranians" beside "Iranian" (but "Swiss" is no plural).
func (s *mentionStage) pluralDemonym(w string, c int) bool {
	if c < 0 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, d := range s.x.tables.Countries[c].Demonyms {
		if strings.EqualFold(d, w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// namesGroup reports whether the words from token k of sentence si name
// a group that is not a state, maybe after one adjective: "rebels",
// "armed opposition".
func (s *mentionStage) namesGroup(si, k int) bool {
	lower, tags := s.d.sents[si].lower, s.d.sents[si].tags
	groups := s.x.events.w.nonStateGroups
	return k < len(lower) && (groups[lower[k]] || k+1 < len(lower) && tags[k] == "JJ" && groups[lower[k+1]])
}

// surnameRefs returns the table people a form names as one word of their
// longer names.
func surnameRefs(refs []ref) []int {
	var out []int
	for _, rf := range refs {
		if rf.kind == refSurname {
			out = append(out, rf.idx)
		}
	}
	return out
}

// refMention turns a table match into a mention, choosing among the rows a
// form names and, for capitals, between the city and the government.
func (s *mentionStage) refMention(si, i, n int, refs []ref) mention {
	words := s.d.sents[si].words
	surface := s.d.sents[si].Text[s.d.sents[si].Tokens[i].Start:s.d.sents[si].Tokens[i+n-1].End]
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
	// "the Doha talks", "the Geneva summit": where they were held.
	located = located || i+n < len(words) && venueNouns[strings.ToLower(words[i+n])]
	// "the capital, Kabul", "the Afghan capital Kabul": the city.
	if k := i - 1; k >= 0 {
		if words[k] == "," {
			k--
		}
		located = located || (k >= 0 && strings.EqualFold(words[k], "capital"))
	}
	// "the city of Lagos", "cities such as Cairo": the city.
	if i >= 2 && (strings.EqualFold(words[i-1], "of") && cityWords[strings.ToLower(words[i-2])] ||
		strings.EqualFold(words[i-1], "as") && strings.EqualFold(words[i-2], "such") && i >= 3 && cityWords[strings.ToLower(words[i-3])]) {
		located = true
	}
	// "in the White House", "their White House meeting": a building the
	// tables hold both as a place and as the body it houses is the place.
	if best.kind == refOrg && (located || i > 1 && determiners[strings.ToLower(words[i-1])] && locativePrepositions[strings.ToLower(words[i-2])]) {
		for _, rf := range refs {
			if rf.kind == refPlace {
				best = rf
				break
			}
		}
	}
	role := roleName
	switch best.kind {
	case refDemonym:
		role = roleDemonym
		// A demonym that is part of a quoted title ("Greek Orthodox
		// Church") is handled by orgExtension; a bare demonym names the
		// state.
	case refCapital:
		if !located {
			// "Tehran said", "Moscow's military operation": the government.
			best = ref{refCountry, best.idx}
			role = roleSeat
		}
	case refSeat:
		role = roleSeat
	}
	e := s.fromRef(best, si)
	if role == roleName || role == roleSeat || role == roleDemonym {
		e.addAlias(surface)
	}
	m := mention{start: i, end: i + n, ent: e, role: role}
	// "Indian Defence Ministry", "British Ministry of Defence": a body of
	// the tables written with its own state's name or demonym names the
	// state, as a name the tables lack would.
	if best.kind == refOrg && e.country >= 0 && n > 1 && s.x.tables.Orgs[best.idx].Class == "GovernmentOrganization" {
		if head, k := s.x.gaz.lookup(words[:i+n-1], i); k > 0 && statesForm(head, e.country) {
			m.opener, m.openedBy = s.fromRef(ref{refCountry, e.country}, si), ruleStateOpensName
			m.opener.mentions++
		}
	}
	return m
}

// stateBodyName reports whether an organisation's name ends with the head
// of a state's body, or with one and the place it serves ("US Forces
// Japan").
func stateBodyName(words []string) bool {
	n := len(words)
	return stateOrgHeads[words[n-1]] || n > 2 && !orgHeads[words[n-1]] && stateOrgHeads[words[n-2]]
}

// anyStateBodyHead reports whether one of words is the head of a state's
// body.
func anyStateBodyHead(words []string) bool {
	for _, w := range words {
		if stateOrgHeads[w] {
			return true
		}
	}
	return false
}

// statesForm reports whether refs name the state idx by its name or
// demonym.
func statesForm(refs []ref, idx int) bool {
	for _, rf := range refs {
		if (rf.kind == refCountry || rf.kind == refDemonym) && rf.idx == idx {
			return true
		}
	}
	return false
}

// namedByCapital reports whether a form names a state only as its
// capital's name ("Washington", "Cairo"), not by its name, demonym or seat.
func namedByCapital(refs []ref) bool {
	capital := false
	for _, rf := range refs {
		if rf.kind == refCountry || rf.kind == refDemonym || rf.kind == refSeat {
			return false
		}
		capital = capital || rf.kind == refCapital
	}
	return capital
}

// orgExtension extends a country or demonym match over the capitalised words
// after it when they end with an organisation's head word.
func (s *mentionStage) orgExtension(si, i, n int, m mention) (*entity, int, bool) {
	if m.ent.kind == schema.KindPerson {
		return nil, 0, false
	}
	toks := s.d.sents[si].Tokens
	words := s.d.sents[si].words
	j := i + n
	if j < len(words) && isPossessive(words[j]) {
		return nil, 0, false
	}
	k := j
	for k < len(words) && (capWord(toks, k) || (k > j && connectors[words[k]] && words[k] != "and" && k+1 < len(words) && capWord(toks, k+1))) {
		if k > j && titleAt(words, k) > 0 && orgHeads[words[k-1]] {
			break // "Senate Judiciary Committee Chairman Chuck Grassley"
		}
		if dateWords[words[k]] || roleNouns[strings.ToLower(words[k])] || s.x.givenNames[fold(words[k])] {
			return nil, 0, false
		}
		if refs, nn := s.x.gaz.lookup(words, k); nn > 0 && (refs[0].kind == refPerson || refs[0].kind == refSurname) {
			return nil, 0, false
		}
		k++
	}
	if k == j {
		return nil, 0, false
	}
	if !orgHeads[words[k-1]] {
		// "US Forces Korea": an organisation head, then where it serves.
		hasHead := false
		for q := j; q < k-1; q++ {
			hasHead = hasHead || orgHeads[words[q]]
		}
		if _, n := s.x.gaz.lookup(words, k-1); !hasHead || n != 1 || !orgHeads[words[k-2]] {
			return nil, 0, false
		}
	}
	name := s.d.sents[si].Text[toks[i].Start:toks[k-1].End]
	org := s.entityFor(schema.KindOrganization, name, si)
	// A body opens only the names of its own units: "Senate Judiciary
	// Committee", not "GOP Senate" or "White House Press".
	if m.ent.kind == schema.KindOrganization && (!unitHeads[words[k-1]] || k-j < 2) {
		return nil, 0, false // "Revolutionary Guard Corps" is the body itself
	}
	// A place opening a name ("Pacific Policy Institute") is part of the
	// name only.
	if m.ent.kind == schema.KindCountry || m.ent.kind == schema.KindOrganization {
		org.country = m.ent.country
	}
	return org, k, true
}

// compoundMentions splits a hyphenated word into country mentions when
// every part is a country or demonym.
func (s *mentionStage) compoundMentions(si, i int) []mention {
	w := s.d.sents[si].words[i]
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‑' })
	// "a London-based think tank": where a body is based.
	if len(parts) == 2 && strings.EqualFold(parts[1], "based") {
		refs, n := s.x.gaz.lookup([]string{parts[0]}, 0)
		if n == 0 {
			return nil
		}
		rf := refs[0]
		if rf.kind != refCapital && rf.kind != refPlace && rf.kind != refCountry {
			return nil
		}
		e := s.fromRef(rf, si)
		e.addAlias(parts[0])
		return []mention{{start: i, end: i + 1, ent: e, located: true, based: true, homonym: homonymOf(refs) + 1}}
	}
	// "the Saudi-led coalition", "U.S.-led forces": a body of its own that
	// the state leads.
	if words := s.d.sents[si].words; len(parts) == 2 && strings.EqualFold(parts[1], "led") && i+1 < len(words) && ledBodies[strings.ToLower(words[i+1])] {
		refs, n := s.x.gaz.lookup([]string{parts[0]}, 0)
		if n == 0 || (refs[0].kind != refCountry && refs[0].kind != refDemonym) {
			return nil
		}
		st := s.fromRef(ref{refCountry, refs[0].idx}, si)
		st.addAlias(parts[0])
		st.mentions++
		toks := s.d.sents[si].Tokens
		body := s.entityFor(schema.KindOrganization, s.d.sents[si].Text[toks[i].Start:toks[i+1].End], si)
		body.country = st.country
		return []mention{{start: i, end: i + 2, ent: body, opener: st, openedBy: ruleStateLeads}}
	}
	var out []mention
	for k, p := range parts {
		refs, n := s.x.gaz.lookup([]string{p}, 0)
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
		e := s.fromRef(*rf, si)
		e.addAlias(p)
		role := roleDemonym
		if rf.kind == refOrg {
			role = roleName
		}
		h := 0
		if rf.kind == refCountry {
			h = homonymOf(refs) + 1 // "Georgia-9": a homonym, decided with its others
		}
		out = append(out, mention{start: i, end: i + 1, ent: e, role: role, homonym: h})
	}
	return out
}

// chunk returns the proper-noun chunk starting at token i: capitalised
// words, joined by connectors, without leading words that only open
// sentences.
func (s *mentionStage) chunk(si, i int) (int, int) {
	toks := s.d.sents[si].Tokens
	words := s.d.sents[si].words
	start := i
	for start < len(words) && capWord(toks, start) && notNames[words[start]] {
		if _, n := s.x.gaz.lookup(words, start); n > 1 {
			break // "New Mexico", "New York": a name of the tables
		}
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
			if strings.EqualFold(words[end], "and") && !s.orgAfterAnd(si, end) {
				break // "India and Pakistan": two names
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

// nameAtEnd returns where a person's name that ends a chunk at end starts,
// at from or after: a given name and one to three more words of a name
// ("... Public Safety Mike Farnworth"); or -1.
func (s *mentionStage) nameAtEnd(si, from, end int) int {
	words := s.d.sents[si].words
	for k := max(from, end-4); k <= end-2; k++ {
		if s.x.isGivenName(words[k]) && s.looksLikePersonName(words[k:end]) {
			return k
		}
	}
	return -1
}

// nameAfterTitles returns where a person's name starts in a chunk [start,
// end) that opens with title words (titleWords: "Republican", "Chief",
// "Justice", "Intelligence"), or -1: a given name and more words of a
// name, or, after a title, honorific or role noun proper, one word that
// can be a surname ("Justice Scalia").
func (s *mentionStage) nameAfterTitles(si, start, end int) int {
	words := s.d.sents[si].words
	k, proper := start, false
	for k < end && isTitleWord(words[k]) && !s.x.isGivenName(words[k]) {
		lw := strings.ToLower(words[k])
		proper = proper || titleAt(words, k) > 0 || honorifics[lw] || roleNouns[lw]
		k++
	}
	switch {
	case k == start || k == end:
		return -1
	case end-k >= 2 && s.x.isGivenName(words[k]) && s.looksLikePersonName(words[k:end]):
		return k
	case end-k == 1 && proper && surnameLike(words[k]):
		return k
	}
	return -1
}

// surnameLike reports whether a capitalised word can be a surname: letters
// (and hyphens or apostrophes), not a word that opens sentences, heads a
// name or is a date.
func surnameLike(w string) bool {
	if !startsUpper(w) || notNames[w] || orgHeads[w] || placeHeads[w] || dateWords[w] || isAllCaps(w) {
		return false
	}
	for _, c := range w {
		if !(unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’') {
			return false
		}
	}
	return true
}

// personOfPlace returns where the name of a chunk [start, end) ends when
// the chunk is a person's name and then a state, place or body the tables
// know, after "of" or not ("Ron Johnson of Wisconsin"), or a body whose
// title follows ("Julian Assange WikiLeaks founder", a caption): before
// them; else end.
func (s *mentionStage) personOfPlace(si, start, end int) int {
	words := s.d.sents[si].words
	if !s.x.isGivenName(words[start]) {
		return end
	}
	if end-start > 2 && end < len(words) && !startsUpper(words[end]) && titleAt(words, end) > 0 && s.looksLikePersonName(words[start:end-1]) {
		return end - 1
	}
	for k := start + 2; k < end; k++ {
		name := k
		if words[k] == "of" {
			k++
		}
		if k >= end || !s.looksLikePersonName(words[start:name]) {
			continue
		}
		refs, n := s.x.gaz.lookup(words, k)
		if n == 0 || k+n != end {
			continue
		}
		switch refs[0].kind {
		case refCountry, refPlace, refCapital:
			return name
		case refOrg:
			if name == k {
				return name // a body right after the name, not "of" it
			}
		}
		return end
	}
	return end
}

// personContext reports whether the words around a chunk show it names a
// person: a title, role noun or honorific before it, or a verb of saying or
// an apposition after it.
func (s *mentionStage) personContext(si, start, end int) bool {
	words := s.d.sents[si].words
	if titleEndingAt(words, start) >= 0 {
		return true
	}
	if start > 0 {
		prev := strings.ToLower(strings.TrimSuffix(words[start-1], "."))
		if honorifics[prev] || honorifics[strings.ToLower(words[start-1])] || leaderTitles[prev] || officialTitles[prev] {
			return true
		}
		// "Democrat Danica Roem": a party's member.
		if partyLabels[words[start-1]] != "" && len(words[start-1]) > 1 {
			return true
		}
		// "economist Paul Krugman"; but "The Economist Intelligence
		// Unit" names no one.
		if roleNouns[prev] && (!startsUpper(words[start-1]) || s.x.isGivenName(words[start])) {
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
func (s *mentionStage) classifyChunk(si, start, end int) (mention, bool) {
	toks := s.d.sents[si].Tokens
	words := s.d.sents[si].words
	// "the 82nd Airborne Division", "the First Infantry Division": a unit's
	// ordinal is part of its name.
	if unitHeads[words[end-1]] {
		start -= ordinalBefore(toks, words, start)
	}
	sent := s.d.sents[si].Text
	name := sent[toks[start].Start:toks[end-1].End]
	n := end - start
	last := words[end-1]
	m := mention{start: start, end: end}

	// An acronym defined earlier, or a single word that is the surname of
	// a person already named.
	// A name the article has already given an entity.
	if e := s.known(name); e != nil {
		m.ent = e
		return m, true
	}
	// An acronym defined earlier, or the surname of a person already
	// named: coreference decides which entity it is.
	if n == 1 && (s.d.acronyms[name] != nil || s.personBySurname(name) != nil) {
		m.pending = true
		return m, true
	}
	// A headline in title case capitalises every word: only names the
	// article gives elsewhere, or the tables know, count there.
	if s.d.titleCaseHeadline && si == 0 {
		m.pending = n == 1
		return m, m.pending
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
		// "the state news agency Xinhua"
		kind = schema.KindOrganization
	case end < len(words) && placeNouns[words[end]] && !orgHeads[last] && n <= 3:
		// "Kursk region": the place, with the longer form as an alias.
		e := s.entityFor(schema.KindPlace, name, si)
		e.addAlias(name + " " + words[end])
		e.classes = []quad.IRI{schema.ClassAdministrativeArea}
		m.ent, m.end = e, end+1
		return m, true
	case s.looksLikePersonName(words[start:end]) && (s.personContext(si, start, end) || s.x.isGivenName(words[start]) || placeGivenNames[words[start]]):
		kind = schema.KindPerson
	case n == 1 && s.personContext(si, start, end) && !isAllCaps(name) && start > 0 && !orgHeads[name] && !placeHeads[name] &&
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
		e := s.entityFor(kind, name, si)
		e.addAlias(words[end+1])
		s.d.acronyms[words[end+1]] = e
		m.ent = e
		return m, true
	}
	if kind == 0 {
		// Perhaps a surname or an acronym given in full later.
		m.pending = n == 1 && !notNames[name]
		return m, m.pending
	}
	m.ent = s.entityFor(kind, name, si)
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
func (s *mentionStage) looksLikePersonName(ws []string) bool {
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
		if isAllCaps(w) && len(w) > 1 && !(i == len(ws)-1 && i > 1 && nameSuffixes[w]) {
			return false // an acronym, but for a suffix ("Robert S. Mueller III")
		}
		if _, after, ok := strings.Cut(w, "-"); ok && nameCompounds[strings.ToLower(after)] {
			return false // "a Robert Mueller-type figure"
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
func (s *mentionStage) personBySurname(w string) *entity {
	var found *entity
	for _, e := range s.d.ents {
		if e.kind != schema.KindPerson || e.mentions == 0 {
			continue
		}
		if e.family != "" && e.family == schema.FoldName(w) {
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
func (s *mentionStage) known(name string) *entity {
	f := fold(name)
	var found *entity
	for _, e := range s.d.ents {
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
// end an organisation's name ("Bill and Melinda Gates
// Foundation") rather than start a second name.
func (s *mentionStage) orgAfterAnd(si, k int) bool {
	toks := s.d.sents[si].Tokens
	words := s.d.sents[si].words
	if _, n := s.x.gaz.lookup(words, k+1); n > 0 {
		return false
	}
	j := k + 1
	for j < len(words) && capWord(toks, j) {
		j++
	}
	return j > k+1 && orgHeads[words[j-1]] && !s.x.givenNames[fold(words[k+1])]
}

// acronymOf reports whether acr can abbreviate the name's words: its letters
// are, in order, initials of the name's words (connectors may be skipped,
// hyphenated parts count): "ICRC" for "International Committee of the Red
// Cross", "FSB" is not "Federal Security Service" (no B), "CNN" is not
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

// nameCompounds make a name an adjective: "a Robert Mueller-type figure",
// "Trump-style".
var nameCompounds = set("type", "style", "like", "era", "esque", "backed", "led", "appointed", "linked", "aligned")

// nameSuffixes follow a surname: "Eric H. Holder Jr.".
var nameSuffixes = set("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV")

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

// partyLabels name a party by the letter of a legislator's label
// ("Sen. Lindsey Graham (R-S.C.)", "Rep. Adam Schiff, D-Calif.,") or by
// the adjective before a title or a name ("Republican Sen. Mitt Romney",
// "Democrat Martin O'Malley").
var partyLabels = map[string]string{
	"R": "Republican Party", "D": "Democratic Party",
	"Republican": "Republican Party", "Democratic": "Democratic Party", "Democrat": "Democratic Party",
}

// partyLabel returns the party token i of sentence si names as a label,
// and the number of tokens the label takes ("R-New Mexico": two), or nil.
func (s *mentionStage) partyLabel(si, i int) (*entity, int) {
	words := s.d.sents[si].words
	w := words[i]
	letter, _, hyphen := strings.Cut(w, "-")
	var name string
	n := 1
	switch {
	case i > 0 && (words[i-1] == "(" || words[i-1] == ",") && hyphen && len(letter) == 1 && len(w) > 2 && startsUpper(w[2:]):
		name = partyLabels[letter] // "(R-S.C.)", ", D-Calif.,"
		// The state: "Ga." (tokens "R-Ga" and "."), "Texas", "New Mexico"
		// (tokens "R-New" and "Mexico").
		st := strings.TrimSuffix(w[2:], ",")
		if i+1 < len(words) && words[i+1] == "." {
			st += "."
		}
		p, ok := s.x.placeIdx[usStateAbbreviations[st]]
		if !ok && i+1 < len(words) && startsUpper(words[i+1]) {
			if p, ok = s.x.placeIdx[st+" "+words[i+1]]; ok {
				n = 2
			}
		}
		if ok && name != "" {
			s.d.labelStates = append(s.d.labelStates, p)
		}
	case i > 0 && words[i-1] == "(" && i+1 < len(words) && words[i+1] == ")" && len(w) == 1:
		name = partyLabels[w] // "(R)"
	case len(w) > 1 && partyLabels[w] != "" && titleAt(words, i+1) > 0:
		name = partyLabels[w] // "Republican Sen."
	case len(w) > 1 && partyLabels[w] != "" && s.nameAfterParty(si, i):
		name = partyLabels[w] // "Republican Mitt Romney"
	}
	idx, ok := s.x.orgIdx[name]
	if name == "" || !ok {
		return nil, 0
	}
	return s.fromRef(ref{refOrg, idx}, si), n
}

// nameAfterParty reports whether a person's name follows the party
// adjective at token i of sentence si: a given name and a surname, or two
// words of a name that end the proper-noun chunk ("Democrat Danica
// Roem").
func (s *mentionStage) nameAfterParty(si, i int) bool {
	words, toks := s.d.sents[si].words, s.d.sents[si].Tokens
	if i+2 >= len(words) || !capWord(toks, i+1) || !capWord(toks, i+2) || !s.looksLikePersonName(words[i+1:i+3]) {
		return false
	}
	return s.x.isGivenName(words[i+1]) || i+3 == len(words) || !capWord(toks, i+3)
}

// bodyBeforeTitle reports whether the words before an officer's title name
// the body the officer serves ("Airbus CEO"): two or more words, none of
// them a word that makes a compound title.
func bodyBeforeTitle(ws []string) bool {
	// "Senate Judiciary Committee Chairman": a body by its head word.
	if len(ws) >= 2 && orgHeads[ws[len(ws)-1]] && !notNames[ws[0]] {
		return true
	}
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

// Ways a mention names the state an organisation belongs to.
const (
	ruleStateOpensName  = "state-opens-name"      // "Indian Defence Ministry"
	ruleStateDescribed  = "state-described-body"  // "the Chinese state news agency Xinhua"
	ruleStatePossessive = "state-possessive-body" // "Kenya's Foreign Affairs Ministry"
	ruleBodyOpensName   = "body-opens-name"       // "Senate Judiciary Committee"
	ruleStateLeads      = "state-led-body"        // "the Saudi-led coalition"
)

// ledBodies are the bodies a state leads without their being part of it:
// "the Saudi-led coalition".
var ledBodies = set("coalition", "alliance", "forces", "force", "bloc", "mission", "campaign")

// describedBodies finds the organisations of sentence si named after their
// state and words that describe them ("the Chinese state news agency
// Xinhua", "France's state power company EDF") or after their
// state's possessive ("Kenya's Foreign Affairs Ministry", "France's new
// Space Command"): the longer form is an alias, and the state
// the body's opener. A place after a state's possessive ("Peru's Cusco
// region") is opened by the state too, unless the tables put it in
// another.
func (s *mentionStage) describedBodies(si int) {
	words := s.d.sents[si].words
	ms := s.d.mentions[si]
	surface := func(from, to int) string {
		return s.d.sents[si].Text[s.d.sents[si].Tokens[from].Start:s.d.sents[si].Tokens[to-1].End]
	}
	for mi := range ms {
		m := &ms[mi]
		if m.pending || (m.ent.kind != schema.KindOrganization && m.ent.kind != schema.KindPlace) {
			continue
		}
		k := m.start
		j := k
		for j > 0 && k-j < 4 && orgDescriptors[strings.ToLower(words[j-1])] {
			j--
		}
		if j < k && m.ent.kind == schema.KindOrganization && stateBodyHeads[strings.ToLower(words[k-1])] {
			if oi := s.mentionEndingAt(si, j); oi >= 0 && !ms[oi].pending && ms[oi].ent.kind == schema.KindCountry {
				m.opener, m.openedBy = ms[oi].ent, ruleStateDescribed
				m.ent.addAlias(surface(ms[oi].start, m.end))
			}
		}
		// "France's new Space Command", "Chile's northern
		// Atacama region": modifiers may come between.
		k = m.start
		for k > 1 && !isPossessive(words[k-1]) && (isModifier(strings.ToLower(words[k-1])) || compass[strings.ToLower(words[k-1])]) {
			k--
		}
		if k < 2 || !isPossessive(words[k-1]) {
			continue
		}
		if oi := s.mentionEndingAt(si, k); oi >= 0 {
			o := ms[oi]
			if o.pending || o.ent.kind != schema.KindCountry || !o.possessive {
				continue
			}
			switch {
			case m.ent.kind == schema.KindPlace && sharedWaters[lastWord(m.ent.name)]:
				// "Canada's Atlantic coast": no part of the state.
			case m.ent.kind == schema.KindPlace && m.ent.country < 0:
				// "Iran's Khuzestan province": the tables know no better.
				m.opener, m.openedBy = o.ent, ruleStatePossessive
			case m.ent.kind == schema.KindPlace:
				if c := s.countryEntity(m.ent.country); c == o.ent {
					m.opener, m.openedBy = o.ent, ruleStatePossessive
				}
			case !m.ent.fromTable():
				if m.opener == nil {
					m.opener, m.openedBy = o.ent, ruleStatePossessive
				}
				m.ent.addAlias(surface(o.start, m.end))
			}
		}
	}
}

// sharedWaters end the names of waters no state owns.
var sharedWaters = set("Ocean", "Sea", "Gulf", "Strait", "Straits", "Channel")

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// unitHeads end the names of a body's units, which may open with the body's
// name ("Senate Judiciary Committee", "White House Coronavirus Task
// Force") or an ordinal ("10th Mountain Division").
var unitHeads = set("Committee", "Subcommittee", "Caucus", "Force", "Panel", "Directorate", "Bureau", "Division",
	"Brigade", "Regiment", "Battalion", "Corps", "Army", "Fleet", "Squadron")

// ordinalWords are ordinals written out, as in "the First Infantry Division".
var ordinalWords = set("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth")

// ordinalBefore returns how many tokens before token i write an ordinal:
// 1 for "First" or "10th", 2 for "10th" the tokenizer split into "10" and
// "th", else 0.
func ordinalBefore(toks []text.Token, words []string, i int) int {
	switch {
	case i > 0 && isOrdinal(words[i-1]):
		return 1
	case i > 1 && toks[i-2].End == toks[i-1].Start && isDigits(words[i-2]) && ordinalSuffixes[strings.ToLower(words[i-1])]:
		return 2
	}
	return 0
}

// ordinalSuffixes end an ordinal written in digits.
var ordinalSuffixes = set("st", "nd", "rd", "th")

// isOrdinal reports whether w is an ordinal: "10th", "1st", "First".
func isOrdinal(w string) bool {
	if ordinalWords[w] {
		return true
	}
	n := len(w)
	if n < 3 || !isDigits(w[:n-2]) {
		return false
	}
	return ordinalSuffixes[w[n-2:]]
}

// placeGivenNames are names of states and places that are also common
// given names: before a surname they name a person ("Chad Wolf", "Jordan
// Peterson", "Victoria Nuland"). US states that are given names too
// (Georgia, Virginia) are left out: "Virginia Democrat" is no person.
var placeGivenNames = set("Chad", "Jordan", "Israel", "Austin", "Lincoln", "Victoria", "India", "Kenya")

// surnameAfter reports whether the word after token i of sentence si
// reads as a surname: capitalised letters, not a name the tables know, not
// a word that heads an organisation's or a place's name.
func (s *mentionStage) surnameAfter(si, i int) bool {
	words := s.d.sents[si].words
	toks := s.d.sents[si].Tokens
	if i+1 >= len(words) || !capWord(toks, i+1) {
		return false
	}
	w := words[i+1]
	if notNames[w] || orgHeads[w] || placeHeads[w] || dateWords[w] || isAllCaps(w) || connectors[strings.ToLower(w)] || partyLabels[strings.TrimSuffix(w, "s")] != "" {
		return false
	}
	if refs, n := s.x.gaz.lookup(words, i+1); n > 0 && (n > 1 || len(surnameRefs(refs)) == 0) {
		return false // a name of the tables, but for a surname ("Davis")
	}
	for _, c := range w {
		if !(unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’') {
			return false
		}
	}
	return true
}

// usedAlone reports whether the word at token k of sentence si also stands
// alone elsewhere in the article, not after the word before it here: "Wolf
// said" after "Chad Wolf".
func (s *mentionStage) usedAlone(si, k int) bool {
	w, before := s.d.sents[si].words[k], s.d.sents[si].words[k-1]
	for _, sent := range s.d.sents {
		for j, x := range sent.words {
			if x == w && (j == 0 || sent.words[j-1] != before) {
				return true
			}
		}
	}
	return false
}

// cityWords name a city as a kind of place: "the city of Lagos".
var cityWords = set("city", "cities", "capital", "capitals", "town", "towns", "port")
