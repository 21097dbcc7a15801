package extract

import (
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/schema"
)

// orgDescriptors are lower-case words that may stand between a state and
// the name of one of its bodies ("the Russian state news agency TASS").
var orgDescriptors = set(
	"state", "state-run", "state-owned", "state-controlled", "government", "official", "national",
	"public", "news", "agency", "media", "outlet", "broadcaster", "television", "newspaper",
	"daily", "channel", "network", "nuclear", "corporation", "company", "oil", "gas", "energy",
	"giant", "firm", "bank", "central", "military", "intelligence", "security", "spy", "service",
	"services", "investigative", "committee", "defense", "defence", "arms", "maker", "airline",
	"carrier", "space", "company's", "foreign", "ministry", "run", "owned", "controlled",
)

// stateBodyHeads end such a description: the body is part of the state.
var stateBodyHeads = set("agency", "outlet", "broadcaster", "television", "newspaper", "daily", "channel", "network", "corporation", "company", "giant", "firm", "bank", "service", "services", "committee", "maker", "airline", "carrier", "media", "ministry")

// orgDescriptorHeads, before a capitalised name, show it names an
// organisation: a state's bodies, and groups that are no part of a state
// ("the opposition party Yabloko", "the rights group Memorial").
var orgDescriptorHeads = union(stateBodyHeads, set("group", "organization", "organisation", "movement", "party", "charity", "foundation", "institute", "tank", "coalition", "militia", "faction"))

func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// findRelations reads the relations of VOCABULARY.md that the text states.
func (r *reader) findRelations() {
	for si := range r.sents {
		ms := r.mentions[si]
		for mi, m := range ms {
			switch m.ent.kind {
			case schema.KindPerson:
				r.titleBefore(si, mi)
				r.appositionAfter(si, mi)
			case schema.KindOrganization:
				r.stateBodyBefore(si, mi)
				r.possessiveBody(si, mi)
				r.membersNamed(si, mi)
			case schema.KindPlace:
				r.placeIn(si, mi)
			}
			if m.based {
				r.basedIn(si, mi)
			}
		}
		r.copular(si)
	}
	// "Security Service of Ukraine", "Ministry of Foreign Affairs of
	// Ukraine": a body named after its state.
	for _, e := range r.ents {
		if e.kind == schema.KindOrganization && e.mentions > 0 {
			if st := r.stateInName(e); st != nil {
				r.addRelation(e, schema.PartOf, st)
			}
		}
	}
	// A capital named as a place is the capital of its state when the
	// article names the state too.
	for _, e := range r.ents {
		if e.kind == schema.KindPlace && e.fromTable() && e.ref.kind == refCapital {
			r.addRelation(e, schema.CapitalOf, r.countryEntity(e.ref.idx))
		}
	}
}

// titleEndingAt finds a title ending just before token end, skipping
// nothing; it returns its first token, or -1.
func titleEndingAt(words []string, end int) int {
	for n := 4; n >= 1; n-- {
		s := end - n
		if s < 0 {
			continue
		}
		t := strings.ToLower(strings.Join(words[s:end], " "))
		if leaderTitles[t] || officialTitles[t] {
			return s
		}
	}
	return -1
}

// addRelationAt adds a relation read in sentence si (-1: none in
// particular).
func (r *reader) addRelationAt(s *entity, p quad.IRI, o *entity, si int) {
	if s == nil || o == nil {
		return
	}
	r.addRelationIRI(s, p, o.iri(), si)
}

func (r *reader) addRelationIRI(s *entity, p quad.IRI, o quad.IRI, si int) {
	rel := schema.Relation{Subject: s.iri(), Predicate: p, Object: o}
	if _, seen := r.relSent[rel]; seen || rel.Subject == o {
		return
	}
	r.relSent[rel] = si
	r.rels = append(r.rels, rel)
}

func titleRelation(title string) quad.IRI {
	t := strings.ToLower(title)
	if strings.HasPrefix(t, "deputy ") || strings.HasPrefix(t, "vice") {
		return schema.OfficialOf
	}
	if leaderTitles[t] {
		return schema.LeaderOf
	}
	return schema.OfficialOf
}

// titleBefore reads "[state or body] [modifiers] TITLE Person" and
// "[demonym] ROLE Person".
func (r *reader) titleBefore(si, mi int) {
	words := r.words[si]
	m := r.mentions[si][mi]
	p := m.ent
	te := m.start // where the title ends
	ts := titleEndingAt(words, te)
	// "Russia's envoy, Kirill Dmitriev,": the title before a comma.
	if ts < 0 && m.start > 1 && words[m.start-1] == "," {
		if ts = titleEndingAt(words, m.start-1); ts >= 0 {
			te = m.start - 1
		}
	}
	if ts < 0 {
		// "counterparts Minoru Kihara and Yoko Kamikawa": the second name
		// shares the first's title.
		if m.start > 1 && words[m.start-1] == "and" {
			if pi := r.mentionEndingAt(si, m.start-1); pi >= 0 && r.mentions[si][pi].ent.kind == schema.KindPerson {
				prev := r.mentions[si][pi].ent
				for _, rel := range r.rels {
					if rel.Subject == prev.iri() && (rel.Predicate == schema.LeaderOf || rel.Predicate == schema.OfficialOf) && r.relSent[rel] == si {
						r.addRelationIRI(p, rel.Predicate, rel.Object, si)
					}
				}
				return
			}
		}
		r.roleBefore(si, mi)
		return
	}
	title := r.sents[si].Text[r.sents[si].Tokens[ts].Start:r.sents[si].Tokens[te-1].End]
	p.addTitle(titleCase(title))
	rel := titleRelation(title)
	k := ts
	for k > 0 && (titleModifiers[strings.ToLower(words[k-1])] || strings.HasSuffix(words[k-1], "-")) {
		k--
	}
	if oi := r.mentionEndingAt(si, k); oi >= 0 {
		o := r.mentions[si][oi].ent
		if o.kind == schema.KindCountry || o.kind == schema.KindOrganization {
			if mediaTitles[strings.ToLower(title)] && o.kind == schema.KindCountry {
				return
			}
			r.addRelationAt(p, rel, o, si)
			// "Chinese Foreign Ministry spokesperson Mao Ning" also speaks
			// for China.
			if o.kind == schema.KindOrganization && !mediaTitles[strings.ToLower(title)] {
				if st := r.stateOf(o); st != nil {
					r.addRelationAt(p, schema.OfficialOf, st, si)
				}
			}
			return
		}
		// "Donald Trump's special envoy Steve Witkoff": the office is in
		// the state the possessor leads.
		if o.kind == schema.KindPerson && r.mentions[si][oi].possessive {
			for _, x := range r.rels {
				if x.Subject == o.iri() && x.Predicate == schema.LeaderOf {
					r.addRelationIRI(p, schema.OfficialOf, x.Object, si)
					return
				}
			}
		}
	}
	// A title with no state named: the reference tables know whose office
	// it is, if the article names that state or body.
	r.officeFromTables(p, title)
}

// officeFromTables links a table person to the state or body of the office
// they held at the article's date under this title.
func (r *reader) officeFromTables(p *entity, title string) {
	if !p.fromTable() || p.ref.kind != refPerson {
		return
	}
	for _, o := range r.x.tables.People[p.ref.idx].Offices {
		if !strings.EqualFold(o.Title, title) && !strings.HasSuffix(strings.ToLower(o.Title), strings.ToLower(title)) {
			continue
		}
		if !o.Holds(r.pub) {
			continue
		}
		var of *entity
		if i, ok := r.x.countryIdx[o.Of]; ok {
			of = r.countryEntity(i)
		} else if i, ok := r.x.orgIdx[o.Of]; ok {
			of = r.byKey[entityKey(schema.KindOrganization, r.x.tables.Orgs[i].Name)]
		}
		if of != nil {
			rel := schema.OfficialOf
			if o.Relation == "leaderOf" {
				rel = schema.LeaderOf
			}
			r.addRelation(p, rel, of)
			return
		}
	}
}

// roleBefore reads "[demonym or state] [words] ROLE Person" as nationality.
func (r *reader) roleBefore(si, mi int) {
	words := r.words[si]
	m := r.mentions[si][mi]
	k := m.start
	found := false
	for steps := 0; k > 0 && steps < 3; steps++ {
		w := strings.ToLower(words[k-1])
		if roleNouns[w] {
			found = true
			k--
			break
		}
		if w == "," || w == "." || isPossessive(w) {
			return
		}
		k--
	}
	if !found {
		return
	}
	for steps := 0; k > 0 && steps < 2; steps++ {
		for _, o := range r.mentions[si] {
			if o.end == k && o.ent.kind == schema.KindCountry && (o.role == roleDemonym || o.role == roleName) && !o.possessive {
				r.addRelation(m.ent, schema.NationalOf, o.ent)
			}
		}
		if r.mentionEndingAt(si, k) >= 0 {
			return
		}
		k--
	}
}

// appositionAfter reads "Person, [the|a] [state's|demonym] TITLE [of X]," and
// "Person, an American".
func (r *reader) appositionAfter(si, mi int) {
	words := r.words[si]
	m := r.mentions[si][mi]
	k := m.end
	if k >= len(words) || words[k] != "," {
		return
	}
	k++
	if k < len(words) {
		switch strings.ToLower(words[k]) {
		case "the", "a", "an":
			k++
		}
	}
	var state *entity
	if oi := r.mentionStartingAt(si, k); oi >= 0 {
		o := r.mentions[si][oi]
		if o.ent.kind == schema.KindCountry || o.ent.kind == schema.KindOrganization {
			state = o.ent
			k = o.end
			if o.possessive {
				k++
			}
			// "Marc Fogel, an American sentenced ...": nationality.
			// "Marc Fogel, an American sentenced ...", "X, a Russian
			// journalist,": nationality, unless an office follows.
			if o.role == roleDemonym && titleAt(words, k) == 0 {
				if o.ent.kind == schema.KindCountry {
					r.addRelation(m.ent, schema.NationalOf, o.ent)
				}
				return
			}
		}
	}
	for k < len(words) && titleModifiers[strings.ToLower(words[k])] {
		k++
	}
	n := titleAt(words, k)
	if n == 0 {
		return
	}
	title := strings.Join(words[k:k+n], " ")
	k += n
	// "Trump, Russian President Vladimir Putin": a list, the title is the
	// next person's.
	if pi := r.mentionStartingAt(si, k); pi >= 0 && r.mentions[si][pi].ent.kind == schema.KindPerson {
		return
	}
	if state == nil && k+1 < len(words) && (words[k] == "of" || words[k] == "for") {
		j := k + 1
		if j < len(words) && strings.EqualFold(words[j], "the") {
			j++
		}
		if oi := r.mentionStartingAt(si, j); oi >= 0 {
			o := r.mentions[si][oi].ent
			if o.kind == schema.KindCountry || o.kind == schema.KindOrganization {
				state = o
			}
		}
	}
	m.ent.addTitle(titleCase(title))
	if state == nil {
		r.officeFromTables(m.ent, title)
		return
	}
	if mediaTitles[strings.ToLower(title)] && state.kind == schema.KindCountry {
		return
	}
	r.addRelation(m.ent, titleRelation(title), state)
}

// stateBodyBefore reads "[state or demonym] [descriptors] Organisation" as
// the organisation being part of the state: "the Russian state news agency
// TASS", "Russia's state nuclear corporation Rosatom".
func (r *reader) stateBodyBefore(si, mi int) {
	words := r.words[si]
	m := r.mentions[si][mi]
	k := m.start
	j := k
	for j > 0 && k-j < 4 && orgDescriptors[strings.ToLower(words[j-1])] {
		j--
	}
	if j == k || !stateBodyHeads[strings.ToLower(words[k-1])] {
		return
	}
	if oi := r.mentionEndingAt(si, j); oi >= 0 {
		o := r.mentions[si][oi]
		if o.ent.kind == schema.KindCountry {
			r.addRelation(m.ent, schema.PartOf, o.ent)
			desc := r.sents[si].Text[r.sents[si].Tokens[o.start].Start:r.sents[si].Tokens[m.end-1].End]
			m.ent.addAlias(desc)
		}
	}
}

// copular reads "X (, which) is (a) part of Y", "A and B were part of the
// former Y" and "X is a member of Y".
func (r *reader) copular(si int) {
	words := r.words[si]
	for k := 1; k+1 < len(words); k++ {
		lw := strings.ToLower(words[k])
		var pred quad.IRI
		switch {
		case lw == "part" && words[k+1] == "of":
			pred = schema.PartOf
		case (lw == "member" || lw == "members") && words[k+1] == "of":
			pred = schema.MemberOf
		default:
			continue
		}
		// Back over "a", "an", "also", "permanent", "founding" to a be-verb.
		b := k - 1
		for b >= 0 && isFiller(words[b]) {
			b--
		}
		if b < 0 || !isBe(words[b]) {
			continue
		}
		subj := r.groupEndingBefore(si, b)
		// Forward over "the", "former" to the object.
		o := k + 2
		oi := r.mentionStartingAt(si, o)
		for oi < 0 && o < len(words) && (strings.EqualFold(words[o], "the") || strings.EqualFold(words[o], "former")) {
			o++
			oi = r.mentionStartingAt(si, o)
		}
		if oi < 0 {
			continue
		}
		obj := r.mentions[si][oi].ent
		for _, s := range subj {
			if pred == schema.MemberOf && obj.kind != schema.KindOrganization {
				continue
			}
			r.addRelation(s, pred, obj)
		}
	}
}

func isFiller(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "also", "permanent", "founding", "full", "still", "once", "both", "all", "integral", "an integral", "now":
		return true
	}
	return false
}

func isBe(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "was", "were", "been", "be", "remains", "remain", "became", "become":
		return true
	}
	return false
}

// groupEndingBefore returns the entities of the coordinated mentions that
// end just before token b, looking through a relative ", which" or "which".
func (r *reader) groupEndingBefore(si, b int) []*entity {
	words := r.words[si]
	k := b
	if k > 0 && (strings.EqualFold(words[k-1], "which") || strings.EqualFold(words[k-1], "who")) {
		k--
		if k > 0 && words[k-1] == "," {
			k--
		}
	}
	var out []*entity
	for {
		mi := r.mentionEndingAt(si, k)
		if mi < 0 {
			break
		}
		m := r.mentions[si][mi]
		if m.possessive {
			break
		}
		out = append(out, m.ent)
		k = m.start
		if k > 0 && (words[k-1] == "and" || words[k-1] == "," || words[k-1] == "or") {
			k--
			if k > 0 && words[k] == "and" && words[k-1] == "," {
				k--
			}
			continue
		}
		break
	}
	return out
}

// titleCase writes a title as news writes it before a name: "prime
// minister" → "Prime Minister".
func titleCase(s string) string {
	parts := strings.Fields(s)
	for i, p := range parts {
		if p == "of" || p == "for" || p == "the" {
			continue
		}
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, " ")
}

// possessiveBody reads "Ukraine's Foreign Affairs Ministry": a body right
// after a state's possessive is part of it.
func (r *reader) possessiveBody(si, mi int) {
	m := r.mentions[si][mi]
	k := m.start
	// "Japan's new Joint Operations Command": modifiers may come between.
	for k > 1 && !isPossessive(r.words[si][k-1]) && isModifier(strings.ToLower(r.words[si][k-1])) {
		k--
	}
	if k < 2 || !isPossessive(r.words[si][k-1]) {
		return
	}
	if oi := r.mentionEndingAt(si, k); oi >= 0 {
		o := r.mentions[si][oi]
		if o.ent.kind == schema.KindCountry && o.possessive && !m.ent.fromTable() {
			r.addRelation(m.ent, schema.PartOf, o.ent)
			m.ent.addAlias(r.sents[si].Text[r.sents[si].Tokens[o.start].Start:r.sents[si].Tokens[m.end-1].End])
		}
	}
}

// placeIn reads "Yekaterinburg, Russia" and "his Mar-a-Lago residence in
// Florida": a place located in a place or state named right after it.
func (r *reader) placeIn(si, mi int) {
	words := r.words[si]
	m := r.mentions[si][mi]
	k := m.end
	switch {
	case k+1 < len(words) && words[k] == ",":
		k++
	case k+1 < len(words) && words[k] == "in":
		k++
	case k+2 < len(words) && !startsUpper(words[k]) && placeNouns[words[k]] == false && words[k+1] == "in" && len(words[k]) > 2:
		k += 2
	default:
		return
	}
	oi := r.mentionStartingAt(si, k)
	if oi < 0 {
		return
	}
	o := r.mentions[si][oi]
	if o.ent.kind != schema.KindPlace && o.ent.kind != schema.KindCountry {
		return
	}
	// "Yekaterinburg, Russia," or "... in Florida": the place ends there.
	if o.end < len(words) && words[o.end] != "," && words[o.end] != "." && words[o.end] != ";" && words[m.end] == "," {
		return
	}
	if m.ent.fromTable() && m.ent.country >= 0 && o.ent.kind == schema.KindCountry && r.countryEntity(m.ent.country) != o.ent {
		return // the tables know better
	}
	r.addRelation(m.ent, schema.LocatedIn, o.ent)
}

// stateInName returns the state an organisation's name says it belongs to:
// "Security Service of Ukraine", "Russian Defense Ministry", "US
// Indo-Pacific Command". Only states the article names count.
func (r *reader) stateInName(e *entity) *entity {
	for _, form := range append([]string{e.name}, e.aliases...) {
		words := strings.Fields(form)
		if len(words) < 2 {
			continue
		}
		if i := strings.LastIndex(form, " of "); i > 0 {
			tail := strings.Fields(strings.TrimPrefix(form[i+4:], "the "))
			if refs, n := r.x.gaz.lookup(tail, 0); n == len(tail) && n > 0 && refs[0].kind == refCountry {
				if st := r.countryEntity(refs[0].idx); st != nil {
					return st
				}
			}
		}
		if !orgHeads[words[len(words)-1]] && !orgHeads[words[len(words)-2]] {
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

// basedIn reads "the CSIS, a Washington-based think tank" and "the
// London-based Syrian Observatory": the body named beside the compound is
// located where it says.
func (r *reader) basedIn(si, mi int) {
	words := r.words[si]
	ms := r.mentions[si]
	m := ms[mi]
	// After it, within a few words: "London-based Syrian Observatory".
	for k := mi + 1; k < len(ms) && ms[k].start <= m.end+3; k++ {
		if ms[k].ent.kind == schema.KindOrganization {
			r.addRelation(ms[k].ent, schema.LocatedIn, m.ent)
			return
		}
	}
	// Before it, in apposition: "CSIS, a Washington-based think tank".
	k := m.start
	if k > 0 && (strings.EqualFold(words[k-1], "a") || strings.EqualFold(words[k-1], "the")) {
		k--
	}
	if k > 0 && words[k-1] == "," {
		if oi := r.mentionEndingAt(si, k-1); oi >= 0 && ms[oi].ent.kind == schema.KindOrganization {
			r.addRelation(ms[oi].ent, schema.LocatedIn, m.ent)
		}
	}
}

// membershipWords after an organisation's name introduce its members:
// "NATO member Turkey", "EU members Hungary and Slovakia", "fellow OPEC
// member states".
var membershipWords = set("member", "members", "member-state", "member-states")

// membersNamed reads "NATO member Turkey", "EU member states Hungary and
// Slovakia" and "Turkey, a NATO member,": the states named are members of
// the organisation.
func (r *reader) membersNamed(si, mi int) {
	words := r.words[si]
	m := r.mentions[si][mi]
	k := m.end
	if k < len(words) && membershipWords[strings.ToLower(words[k])] {
		k++
		if k < len(words) && (strings.EqualFold(words[k], "state") || strings.EqualFold(words[k], "states") || strings.EqualFold(words[k], "country") || strings.EqualFold(words[k], "countries")) {
			k++
		}
		if oi := r.mentionStartingAt(si, k); oi >= 0 && r.mentions[si][oi].ent.kind == schema.KindCountry {
			for _, e := range r.groupAround(si, oi) {
				if e.kind == schema.KindCountry {
					r.addRelation(e, schema.MemberOf, m.ent)
				}
			}
			return
		}
	}
	// "Turkey, a NATO member,": the state before the apposition.
	if m.start >= 3 && strings.EqualFold(words[m.start-1], "a") && words[m.start-2] == "," && m.end < len(words) && strings.EqualFold(words[m.end], "member") {
		if oi := r.mentionEndingAt(si, m.start-2); oi >= 0 && r.mentions[si][oi].ent.kind == schema.KindCountry {
			r.addRelation(r.mentions[si][oi].ent, schema.MemberOf, m.ent)
		}
	}
}

// stateOf returns the state an organisation of the article is part of: by
// a partOf relation read from the text, or by its name ("Chinese Foreign
// Ministry").
func (r *reader) stateOf(o *entity) *entity {
	if st := r.stateInName(o); st != nil {
		return st
	}
	for _, rel := range r.rels {
		if rel.Subject == o.iri() && rel.Predicate == schema.PartOf {
			if e := r.byIRI[rel.Object]; e != nil && e.kind == schema.KindCountry {
				return e
			}
		}
	}
	return nil
}
