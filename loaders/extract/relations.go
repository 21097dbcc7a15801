package extract

import (
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/schema"
)

// orgDescriptors are lower-case words that may stand between a state and
// the name of one of its bodies ("the Chinese state news agency Xinhua").
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

// relationStage is the fourth stage: it reads the relations of
// VOCABULARY.md's closed list that the text states, each with the rule
// that read it, and the titles people hold.
type relationStage struct {
	reading
}

// Rules of the relation stage, recorded with each relation it reads.
const (
	ruleTitleBefore     = "title-before-name"      // "Indian Prime Minister Narendra Modi"
	ruleTitleOfBody     = "title-of-state-body"    // "Chinese Foreign Ministry spokesperson Mao Ning" speaks for China
	ruleSharedTitle     = "shared-title"           // "foreign ministers Sergey Lavrov and Wang Yi"
	ruleEnvoyOfLeader   = "envoy-of-leader"        // "Joe Biden's special envoy John Kerry"
	ruleOfficeInTables  = "office-in-tables"       // "President Biden": the office the tables record at the article's date
	ruleRoleNationality = "role-nationality"       // "Russian journalist Evan ..."
	ruleApposition      = "title-apposition"       // "Kirill Dmitriev, Russia's envoy,"
	ruleDemonymAppos    = "demonym-apposition"     // "Paul Rusesabagina, a Belgian"
	ruleCopularPartOf   = "copular-part-of"        // "Transnistria, which is part of Moldova"
	ruleCopularMember   = "copular-member-of"      // "Turkey is a member of NATO"
	rulePlaceComma      = "place-comma-place"      // "Lyon, France"
	ruleBasedIn         = "based-in"               // "a London-based think tank"
	ruleMembersNamed    = "members-named"          // "NATO member Turkey"
	ruleMemberAppos     = "member-apposition"      // "Turkey, a NATO member,"
	ruleStateInName     = "state-in-name"          // "National Police of Colombia"
	ruleCapitalOfState  = "capital-of-named-state" // "Tehran" the city, in an article naming Iran
	rulePartyLabel      = "party-label"            // "Sen. Lindsey Graham (R-S.C.)", "Republican Sen. Mitt Romney"
	ruleLeaderOfRegime  = "leader-of-regime"       // "Bashar al-Assad's regime", "the Obama administration"
)

func (s *relationStage) run() {
	s.d.titles = map[*entity][]string{}
	// Organisations whose name opens with their state's.
	for si, ms := range s.d.mentions {
		for _, m := range ms {
			if m.openedBy == ruleStateOpensName || m.openedBy == ruleBodyOpensName {
				s.addRelation(m.ent, schema.PartOf, m.opener, si, m.openedBy)
			}
		}
	}
	for si := range s.d.sents {
		for mi, m := range s.d.mentions[si] {
			switch m.ent.kind {
			case schema.KindPerson:
				s.titleBefore(si, mi)
				s.appositionAfter(si, mi)
				s.partyAfter(si, mi)
				s.regimeAfter(si, mi)
			case schema.KindOrganization:
				if m.opener != nil && m.openedBy != ruleStateOpensName && m.openedBy != ruleBodyOpensName && m.openedBy != ruleStateLeads {
					s.addRelation(m.ent, schema.PartOf, m.opener, si, m.openedBy)
				}
				s.membersNamed(si, mi)
			case schema.KindPlace:
				if m.opener != nil {
					s.addRelation(m.ent, schema.PartOf, m.opener, si, m.openedBy)
				}
				s.placeIn(si, mi)
			}
			if m.based {
				s.basedIn(si, mi)
			}
		}
		s.copular(si)
	}
	// "National Police of Colombia", "Ministry of Foreign Affairs of
	// Ukraine": a body named after its state.
	for _, e := range s.d.ents {
		if e.kind == schema.KindOrganization && e.mentions > 0 {
			if st := s.stateInName(e); st != nil {
				s.addRelation(e, schema.PartOf, st, -1, ruleStateInName)
			}
		}
	}
	// A capital named as a place is the capital of its state when the
	// article names the state too.
	for _, e := range s.d.ents {
		if e.kind == schema.KindPlace && e.mentions > 0 && e.fromTable() && e.ref.kind == refCapital {
			s.addRelation(e, schema.CapitalOf, s.countryEntity(e.ref.idx), -1, ruleCapitalOfState)
		}
	}
}

// opensClause reports whether a name ending at end, after a title starting
// at ts and a comma, is the subject of a new clause rather than the
// title's apposition: the title is in an "according to" phrase ("According
// to a French official, Macron agreed"), a verb of saying follows the name
// ("North Korea's leader, Trump added, will…"), or a verb follows it and
// the title stands in an opening phrase.
func (s *relationStage) opensClause(si, ts, end int) bool {
	st := s.d.sents[si]
	for k := max(ts-4, 0); k+1 < ts; k++ {
		if st.lower[k] == "according" && st.lower[k+1] == "to" {
			return true
		}
	}
	if end >= len(st.tags) {
		return false
	}
	if sayVerbs[st.lower[end]] {
		return true
	}
	if !finiteVerbTags[st.tags[end]] {
		return false
	}
	// A preposition, verb or comma before the title: it is in an opening
	// phrase or clause, not the sentence's subject ("A 30-year U.S.
	// diplomat, Jane Doe served…" is).
	for k := 0; k < ts; k++ {
		if tk := st.tags[k]; tk == "IN" || tk == "TO" || strings.HasPrefix(tk, "VB") || st.lower[k] == "," {
			return true
		}
	}
	return false
}

// addRelation adds a relation read by rule in sentence si (-1: none in
// particular), unless it is known or relates an entity to itself.
func (s *relationStage) addRelation(subj *entity, p quad.IRI, obj *entity, si int, rule string) {
	if subj == nil || obj == nil || subj.id == obj.id || s.d.hasRelation(subj, p, obj) {
		return
	}
	s.d.rels = append(s.d.rels, relation{subject: subj, predicate: p, object: obj, sent: si, rule: rule})
}

// addTitle records a title a person holds, as news writes it before a name.
func (s *relationStage) addTitle(p *entity, title string) {
	t := titleCase(title)
	for _, h := range s.d.titles[p] {
		if h == t {
			return
		}
	}
	s.d.titles[p] = append(s.d.titles[p], t)
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
func (s *relationStage) titleBefore(si, mi int) {
	words := s.d.sents[si].words
	m := s.d.mentions[si][mi]
	p := m.ent
	te := m.start // where the title ends
	ts := titleEndingAt(words, te)
	// "Jordanian King Abdullah": a name of the tables that opens with its
	// title.
	if n := titleAt(words, m.start); ts < 0 && n > 0 && m.start+n < m.end {
		ts, te = m.start, m.start+n
	}
	// "Iran's envoy, Ali Bagheri,": the title before a comma.
	// Not where the comma ends an opening phrase and the name begins the
	// clause: "According to a French official, Macron agreed".
	if ts < 0 && m.start > 1 && words[m.start-1] == "," {
		if ts = titleEndingAt(words, m.start-1); ts >= 0 {
			te = m.start - 1
			if s.opensClause(si, ts, m.end) {
				ts = -1
			}
		}
	}
	// "British Ambassador to the United Nations Barbara Woodward", "the Russian
	// ambassador in Washington, Sergei Kislyak": the title, then where or
	// to whom the office is, then the name.
	if ts < 0 {
		te, ts = s.titleBeforePlace(si, m.start)
	}
	// "Secretary of Homeland Security Kirstjen Nielsen".
	if ts < 0 {
		te, ts = m.start, s.titleOfPhraseEndingAt(si, m.start)
	}
	if ts < 0 {
		// "foreign ministers Sergey Lavrov and Wang Yi": the second name
		// shares the first's title.
		if m.start > 1 && words[m.start-1] == "and" {
			if pi := s.mentionEndingAt(si, m.start-1); pi >= 0 && s.d.mentions[si][pi].ent.kind == schema.KindPerson {
				prev := s.d.mentions[si][pi].ent
				for _, rel := range s.d.rels {
					if rel.subject == prev && (rel.predicate == schema.LeaderOf || rel.predicate == schema.OfficialOf) && rel.sent == si {
						s.addRelation(p, rel.predicate, rel.object, si, ruleSharedTitle)
					}
				}
				return
			}
		}
		// "Republican Mitt Romney": a member of the party.
		if oi := s.mentionEndingAt(si, m.start); oi >= 0 && isParty(s.d.mentions[si][oi].ent) {
			s.addRelation(p, schema.MemberOf, s.d.mentions[si][oi].ent, si, rulePartyLabel)
			return
		}
		s.roleBefore(si, mi)
		return
	}
	title := s.d.sents[si].Text[s.d.sents[si].Tokens[ts].Start:s.d.sents[si].Tokens[te-1].End]
	s.addTitle(p, title)
	if strings.HasSuffix(strings.ToLower(title), "-elect") {
		return // "President-elect Donald Trump": not yet in the office
	}
	rel := titleRelation(title)
	k := ts
	for k > 0 && (titleModifiers[strings.ToLower(words[k-1])] || strings.HasSuffix(words[k-1], "-")) {
		k--
	}
	if oi := s.mentionEndingAt(si, k); oi >= 0 {
		o := s.d.mentions[si][oi].ent
		if o.kind == schema.KindCountry || o.kind == schema.KindOrganization {
			if mediaTitles[strings.ToLower(title)] && o.kind == schema.KindCountry {
				return
			}
			if isParty(o) && rel != schema.LeaderOf {
				// "Republican Sen. Mitt Romney": a member of the party.
				s.addRelation(p, schema.MemberOf, o, si, rulePartyLabel)
				return
			}
			s.addRelation(p, rel, o, si, ruleTitleBefore)
			// "Chinese Foreign Ministry spokesperson Mao Ning" also speaks
			// for China.
			if o.kind == schema.KindOrganization && !mediaTitles[strings.ToLower(title)] {
				if st := s.stateOf(o); st != nil {
					s.addRelation(p, schema.OfficialOf, st, si, ruleTitleOfBody)
				}
			}
			return
		}
		// "Joe Biden's special envoy John Kerry": the office is in
		// the state the possessor leads.
		if o.kind == schema.KindPerson && s.d.mentions[si][oi].possessive {
			for _, x := range s.d.rels {
				if x.subject == o && x.predicate == schema.LeaderOf {
					s.addRelation(p, schema.OfficialOf, x.object, si, ruleEnvoyOfLeader)
					return
				}
			}
		}
	}
	// A title with no state named: the reference tables know whose office
	// it is, if the article names that state or body.
	s.officeFromTables(p, title, si)
}

// titleBeforePlace finds a title followed by where or to whom the office is
// ("Ambassador to the United Nations", "ambassador in Washington,") ending
// before token end: it returns the end and start of the title, or -1, -1.
func (s *relationStage) titleBeforePlace(si, end int) (int, int) {
	words := s.d.sents[si].words
	k := end
	if k > 0 && words[k-1] == "," {
		k--
	}
	oi := s.mentionEndingAt(si, k)
	if oi < 0 || s.d.mentions[si][oi].ent.kind == schema.KindPerson || s.d.mentions[si][oi].possessive {
		return -1, -1
	}
	j := s.d.mentions[si][oi].start
	if j > 0 && strings.EqualFold(words[j-1], "the") {
		j--
	}
	if j < 2 || !officePrepositions[strings.ToLower(words[j-1])] {
		return -1, -1
	}
	ts := titleEndingAt(words, j-1)
	if ts < 0 {
		return -1, -1
	}
	return j - 1, ts
}

// officePrepositions join a title to where or to whom the office is.
var officePrepositions = set("to", "in", "at")

// officeFromTables links a table person to the state or body of the office
// they held at the article's date under this title.
func (s *relationStage) officeFromTables(p *entity, title string, si int) {
	if !p.fromTable() || p.ref.kind != refPerson {
		return
	}
	for _, o := range s.x.tables.People[p.ref.idx].Offices {
		if !strings.EqualFold(o.Title, title) && !strings.HasSuffix(strings.ToLower(o.Title), strings.ToLower(title)) {
			continue
		}
		if !o.Holds(s.d.pub) {
			continue
		}
		var of *entity
		if i, ok := s.x.countryIdx[o.Of]; ok {
			of = s.countryEntity(i)
		} else if i, ok := s.x.orgIdx[o.Of]; ok {
			of = s.d.byKey[entityKey(schema.KindOrganization, s.x.tables.Orgs[i].Name)]
		}
		if of != nil {
			rel := schema.OfficialOf
			if o.Relation == "leaderOf" {
				rel = schema.LeaderOf
			}
			s.addRelation(p, rel, of, si, ruleOfficeInTables)
			return
		}
	}
}

// roleBefore reads "[demonym or state] [words] ROLE Person" as nationality.
func (s *relationStage) roleBefore(si, mi int) {
	words := s.d.sents[si].words
	m := s.d.mentions[si][mi]
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
		for _, o := range s.d.mentions[si] {
			if o.end == k && o.ent.kind == schema.KindCountry && (o.role == roleDemonym || o.role == roleName) && !o.possessive {
				s.addRelation(m.ent, schema.NationalOf, o.ent, si, ruleRoleNationality)
			}
		}
		if s.mentionEndingAt(si, k) >= 0 {
			return
		}
		k--
	}
}

// appositionAfter reads "Person, [the|a] [state's|demonym] TITLE [of X]," and
// "Person, an American".
func (s *relationStage) appositionAfter(si, mi int) {
	words := s.d.sents[si].words
	m := s.d.mentions[si][mi]
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
	if oi := s.mentionStartingAt(si, k); oi >= 0 {
		o := s.d.mentions[si][oi]
		if o.ent.kind == schema.KindCountry || o.ent.kind == schema.KindOrganization {
			state = o.ent
			k = o.end
			if o.possessive {
				k++
			}
			// "Paul Rusesabagina, a Belgian sentenced ...": nationality.
			// "Paul Rusesabagina, a Belgian sentenced ...", "X, a Russian
			// journalist,": nationality, unless an office follows.
			if o.role == roleDemonym && titleAt(words, k) == 0 {
				if o.ent.kind == schema.KindCountry {
					s.addRelation(m.ent, schema.NationalOf, o.ent, si, ruleDemonymAppos)
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
	// "Macron, Chinese President Xi Jinping": a list, the title is the
	// next person's.
	if pi := s.mentionStartingAt(si, k); pi >= 0 && s.d.mentions[si][pi].ent.kind == schema.KindPerson {
		return
	}
	if state == nil && k+1 < len(words) && (words[k] == "of" || words[k] == "for") {
		j := k + 1
		if j < len(words) && strings.EqualFold(words[j], "the") {
			j++
		}
		if oi := s.mentionStartingAt(si, j); oi >= 0 {
			o := s.d.mentions[si][oi].ent
			if o.kind == schema.KindCountry || o.kind == schema.KindOrganization {
				state = o
			}
		}
	}
	s.addTitle(m.ent, title)
	if state == nil {
		s.officeFromTables(m.ent, title, si)
		return
	}
	if mediaTitles[strings.ToLower(title)] && state.kind == schema.KindCountry {
		return
	}
	s.addRelation(m.ent, titleRelation(title), state, si, ruleApposition)
}

// copular reads "X (, which) is (a) part of Y", "A and B were part of the
// former Y" and "X is a member of Y".
func (s *relationStage) copular(si int) {
	words := s.d.sents[si].words
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
		subj := s.groupEndingBefore(si, b)
		// Forward over "the", "former" to the object.
		o := k + 2
		oi := s.mentionStartingAt(si, o)
		for oi < 0 && o < len(words) && (strings.EqualFold(words[o], "the") || strings.EqualFold(words[o], "former")) {
			o++
			oi = s.mentionStartingAt(si, o)
		}
		if oi < 0 {
			continue
		}
		obj := s.d.mentions[si][oi].ent
		rule := ruleCopularPartOf
		if pred == schema.MemberOf {
			rule = ruleCopularMember
		}
		for _, e := range subj {
			if pred == schema.MemberOf && obj.kind != schema.KindOrganization {
				continue
			}
			s.addRelation(e, pred, obj, si, rule)
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
func (s *relationStage) groupEndingBefore(si, b int) []*entity {
	words := s.d.sents[si].words
	k := b
	if k > 0 && (strings.EqualFold(words[k-1], "which") || strings.EqualFold(words[k-1], "who")) {
		k--
		if k > 0 && words[k-1] == "," {
			k--
		}
	}
	var out []*entity
	for {
		mi := s.mentionEndingAt(si, k)
		if mi < 0 {
			break
		}
		m := s.d.mentions[si][mi]
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

// placeIn reads "Lyon, France" and "his Camp David retreat in
// Florida": a place located in a place or state named right after it.
func (s *relationStage) placeIn(si, mi int) {
	words := s.d.sents[si].words
	m := s.d.mentions[si][mi]
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
	oi := s.mentionStartingAt(si, k)
	if oi < 0 {
		return
	}
	o := s.d.mentions[si][oi]
	if o.ent.kind != schema.KindPlace && o.ent.kind != schema.KindCountry {
		return
	}
	// "Lyon, France," or "... in Florida": the place ends there.
	if o.end < len(words) && words[o.end] != "," && words[o.end] != "." && words[o.end] != ";" && words[m.end] == "," {
		return
	}
	if m.ent.fromTable() && m.ent.country >= 0 && o.ent.kind == schema.KindCountry && s.countryEntity(m.ent.country) != o.ent {
		return // the tables know better
	}
	s.addRelation(m.ent, schema.LocatedIn, o.ent, si, rulePlaceComma)
}

// basedIn reads "Chatham House, a London-based think tank" and "the
// London-based Syrian Observatory": the body named beside the compound is
// located where it says.
func (s *relationStage) basedIn(si, mi int) {
	words := s.d.sents[si].words
	ms := s.d.mentions[si]
	m := ms[mi]
	// After it, within a few words: "London-based Syrian Observatory".
	for k := mi + 1; k < len(ms) && ms[k].start <= m.end+3; k++ {
		if ms[k].ent.kind == schema.KindOrganization {
			s.addRelation(ms[k].ent, schema.LocatedIn, m.ent, si, ruleBasedIn)
			return
		}
	}
	// Before it, in apposition: "Chatham House, a London-based think tank".
	k := m.start
	if k > 0 && (strings.EqualFold(words[k-1], "a") || strings.EqualFold(words[k-1], "the")) {
		k--
	}
	if k > 0 && words[k-1] == "," {
		if oi := s.mentionEndingAt(si, k-1); oi >= 0 && ms[oi].ent.kind == schema.KindOrganization {
			s.addRelation(ms[oi].ent, schema.LocatedIn, m.ent, si, ruleBasedIn)
		}
	}
}

// membershipWords after an organisation's name introduce its members:
// "NATO member Turkey", "EU members Hungary and Slovakia", "fellow OPEC
// member states", "its NATO ally, Poland".
var membershipWords = set("member", "members", "member-state", "member-states", "ally", "allies")

// membersNamed reads "NATO member Turkey", "EU member states Hungary and
// Slovakia" and "Turkey, a NATO member,": the states named are members of
// the organisation.
func (s *relationStage) membersNamed(si, mi int) {
	words := s.d.sents[si].words
	m := s.d.mentions[si][mi]
	k := m.end
	if k < len(words) && membershipWords[strings.ToLower(words[k])] {
		k++
		if k < len(words) && (strings.EqualFold(words[k], "state") || strings.EqualFold(words[k], "states") || strings.EqualFold(words[k], "country") || strings.EqualFold(words[k], "countries")) {
			k++
		}
		if k < len(words) && words[k] == "," { // "our NATO ally, Poland"
			k++
		}
		if oi := s.mentionStartingAt(si, k); oi >= 0 && s.d.mentions[si][oi].ent.kind == schema.KindCountry {
			for _, e := range s.groupAround(si, oi) {
				if e.kind == schema.KindCountry {
					s.addRelation(e, schema.MemberOf, m.ent, si, ruleMembersNamed)
				}
			}
			return
		}
	}
	// "Turkey, a NATO member,": the state before the apposition.
	if m.start >= 3 && strings.EqualFold(words[m.start-1], "a") && words[m.start-2] == "," && m.end < len(words) && membershipWords[strings.ToLower(words[m.end])] {
		if oi := s.mentionEndingAt(si, m.start-2); oi >= 0 && s.d.mentions[si][oi].ent.kind == schema.KindCountry {
			s.addRelation(s.d.mentions[si][oi].ent, schema.MemberOf, m.ent, si, ruleMemberAppos)
		}
	}
}

// partyAfter reads a legislator's party label after the name: "Sen.
// Lindsey Graham (R-S.C.)", "Rep. Adam Schiff, D-Calif.,".
func (s *relationStage) partyAfter(si, mi int) {
	words := s.d.sents[si].words
	m := s.d.mentions[si][mi]
	if m.end+1 >= len(words) || (words[m.end] != "(" && words[m.end] != ",") {
		return
	}
	if oi := s.mentionStartingAt(si, m.end+1); oi >= 0 && isParty(s.d.mentions[si][oi].ent) {
		s.addRelation(m.ent, schema.MemberOf, s.d.mentions[si][oi].ent, si, rulePartyLabel)
	}
}

// isParty reports whether an organisation is a political party by its name.
func isParty(e *entity) bool {
	return e.kind == schema.KindOrganization && strings.HasSuffix(e.name, " Party")
}

// regimeWords after a leader's name speak of the government the leader
// heads: "Bashar al-Assad's regime", "the Obama administration".
var regimeWords = set("regime", "government", "administration", "cabinet", "junta")

// regimeAfter reads "Bashar al-Assad's regime" and "the Obama administration":
// the person leads the state whose leader the tables record them as at the
// article's date, when the article names that state.
func (s *relationStage) regimeAfter(si, mi int) {
	words := s.d.sents[si].lower
	m := s.d.mentions[si][mi]
	k := m.end
	if m.possessive {
		k++
	}
	if k >= len(words) || !regimeWords[words[k]] || !m.ent.fromTable() || m.ent.ref.kind != refPerson {
		return
	}
	for _, o := range s.x.tables.People[m.ent.ref.idx].Offices {
		if o.Relation != "leaderOf" || !o.Holds(s.d.pub) {
			continue
		}
		if i, ok := s.x.countryIdx[o.Of]; ok {
			if st := s.countryEntity(i); st != nil {
				s.addRelation(m.ent, schema.LeaderOf, st, si, ruleLeaderOfRegime)
				return
			}
		}
	}
}
