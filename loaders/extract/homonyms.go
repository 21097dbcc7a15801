package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/loaders/text"
	"github.com/newsgraph/newsgraph/schema"
)

// A homonym is a name that reads as more than one thing (refdata's
// homonyms.tsv): "Georgia" the country, the US state or a woman's given
// name; "Jordan" the country or Jim Jordan; "New York" the city or the
// state. The mention stage reads each mention of one with the table's
// first reading, and once every sentence is read decides, for the whole
// article (one name, one thing), which reading the evidence favours:
//
//   - at the mentions themselves ("local"): a title or honorific before
//     it makes a person ("Rep. Jordan"); a state office or party word after
//     it makes a state ("Georgia Gov. Brian Kemp", "New York Republicans"),
//     a city office a city ("New York Mayor"); a party label naming the
//     state ("(R-Ga.)"); a preposition of place before it rules out a
//     person ("in Jordan");
//   - around them ("context"): the things of a state the article names,
//     other than the homonym itself (Tbilisi, Georgian officials, the
//     demonym "Georgian" for the country; Atlanta, Alabama, the Senate for
//     the US state); for a person, someone the article names in full with
//     that surname ("Jim Jordan").
//
// Local evidence weighs more than context; without either, the table's
// first reading stands ("default"). One reading holds for every mention,
// but for a mention whose own words rule it out: a place after a
// preposition of place ("In Jordan, King Abdullah…" in an article about
// Jim Jordan), a person after a title ("Rep. Jordan" in one about the
// country). The rule that decided is recorded on the entity
// (schema.Entity.Rules).

// Rules recorded on the entity a homonym was decided to be.
const (
	ruleHomonymLocal   = "homonym-local"   // "Georgia Gov. Brian Kemp": the US state
	ruleHomonymContext = "homonym-context" // "Georgia" among Atlanta and Alabama: the US state
	ruleHomonymDefault = "homonym-default" // nothing either way: the table's first reading
)

// Weights of the evidence for a reading.
const (
	weightLocal      = 3  // a title before it, a state or city office after it, a party label naming the state
	weightStateThing = 2  // a place, body or official of the state the reading is or lies in
	weightWeakThing  = 1  // the demonym, or the state itself
	weightNamesake   = 20 // a person named in full with that surname: "Austin" after "Lloyd Austin" is he
)

// stateOfficeWords follow a US state's name and make it the state:
// "Georgia Gov. Brian Kemp", "New York Republicans", "Georgia voters".
var stateOfficeWords = set("Gov.", "Governor", "governor", "Lt.", "Sen.", "Senator", "Sens.", "Rep.", "Reps.",
	"Attorney", "Secretary", "Legislature", "legislature", "General", "Assembly", "Republican", "Republicans",
	"Democrat", "Democrats", "Democratic", "GOP", "voters", "primary", "delegation", "lawmakers", "legislators",
	"state", "State", "statehouse", "Statehouse", "congressman", "congresswoman", "National", "Supreme")

// cityOfficeWords follow a city's name and make it the city: "New York
// Mayor Bill de Blasio", "the New York City Council".
var cityOfficeWords = set("Mayor", "mayor", "City", "Police", "police", "subway", "Subway", "Marathon")

// usStateAbbreviations are the abbreviations of US states news writes in
// legislators' party labels ("Sen. David Perdue (R-Ga.)"), with the
// state's name in places.tsv.
var usStateAbbreviations = map[string]string{
	"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
	"Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia (U.S. state)", "Ill.": "Illinois",
	"Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
	"Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
	"Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
	"N.M.": "New Mexico", "N.Y.": "New York (state)", "N.C.": "North Carolina", "N.D.": "North Dakota",
	"Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
	"S.D.": "South Dakota", "Tenn.": "Tennessee", "Texas": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
	"Wash.": "Washington (state)", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
	"Alaska": "Alaska", "Hawaii": "Hawaii", "Idaho": "Idaho", "Iowa": "Iowa", "Maine": "Maine", "Ohio": "Ohio",
	"Utah": "Utah",
}

// homonymReading is one reading of a homonym, resolved against the tables.
type homonymReading struct {
	refdata.Reading
	ref   ref  // the table row; zero for a thing the tables do not hold
	state int  // the state it is or lies in (a row of countries.tsv), or -1
	city  bool // a city, not a state or region
}

// homonymTable is the extractor's index of the homonyms table.
type homonymTable struct {
	readings [][]homonymReading // by row of homonyms.tsv
}

// newHomonymTable resolves every reading of the homonyms table against
// the other tables, and adds each homonym's form to the gazetteer: with
// its first reading if the tables have no other row of that name (a form
// whose first reading is a person the tables do not hold is left to the
// chunks that find names), and marked as a homonym.
func newHomonymTable(t *refdata.Tables, g *gazetteer, countryIdx, orgIdx map[string]int) *homonymTable {
	placeIdx := map[string]int{}
	for i, p := range t.Places {
		placeIdx[p.Name] = i
	}
	personIdx := map[string]int{}
	for i, p := range t.People {
		personIdx[p.Name] = i
	}
	h := &homonymTable{readings: make([][]homonymReading, len(t.Homonyms))}
	for i, hom := range t.Homonyms {
		for _, r := range hom.Readings {
			hr := homonymReading{Reading: r, state: -1}
			switch r.Kind {
			case "country":
				if k, ok := countryIdx[r.Name]; ok {
					hr.ref, hr.state = ref{refCountry, k}, k
				}
			case "capital":
				if k, ok := countryIdx[r.Name]; ok {
					hr.ref, hr.state, hr.city = ref{refCapital, k}, k, true
				}
			case "place":
				if k, ok := placeIdx[r.Name]; ok {
					p := t.Places[k]
					hr.ref, hr.city = ref{refPlace, k}, p.Class == "City"
					if c, ok := countryIdx[p.Country]; ok {
						hr.state = c
					}
				}
			case "org":
				if k, ok := orgIdx[r.Name]; ok {
					hr.ref = ref{refOrg, k}
				}
			case "person":
				if k, ok := personIdx[r.Name]; ok {
					hr.ref = ref{refPerson, k}
				}
			}
			h.readings[i] = append(h.readings[i], hr)
		}
		first := h.readings[i][0]
		if ws := tokenWords(hom.Name); !g.has(ws) {
			if first.ref.kind == 0 || first.Kind == "person" {
				continue
			}
			g.add(hom.Name, first.ref)
		}
		g.add(hom.Name, ref{refHomonym, i})
	}
	return h
}

// homonymOf returns the row of the homonyms table a gazetteer match is,
// or -1.
func homonymOf(refs []ref) int {
	for _, rf := range refs {
		if rf.kind == refHomonym {
			return rf.idx
		}
	}
	return -1
}

// decideHomonyms decides what each homonym the article names stands for
// (see above) and re-points its mentions.
func (s *mentionStage) decideHomonyms() {
	var forms []int
	for si := range s.d.mentions {
		for _, m := range s.d.mentions[si] {
			if m.homonym > 0 && !containsInt(forms, m.homonym-1) {
				forms = append(forms, m.homonym-1)
			}
		}
	}
	for _, h := range forms {
		s.decideHomonym(h)
	}
}

// decideHomonym decides homonym h (a row of homonyms.tsv) for the article.
//
// Readings of one state (the city and the state of New York, the capital
// and the state of Washington) are a group: the evidence chooses a group
// for the whole article, and within the group the words at each mention
// choose, else the group's first reading.
func (s *mentionStage) decideHomonym(h int) {
	readings := s.x.homonyms.readings[h]
	type seen struct {
		si, k int
		local []int
	}
	var mentions []seen
	local := make([]int, len(readings))  // at the mentions, summed
	direct := make([]int, len(readings)) // the reading named otherwise in the article
	current := map[*entity]bool{}        // what its mentions name now
	for si := range s.d.mentions {
		for k, m := range s.d.mentions[si] {
			if m.homonym-1 == h {
				current[m.named()] = true
				l := s.localEvidence(si, m, readings)
				for j := range l {
					local[j] += l[j]
				}
				mentions = append(mentions, seen{si, k, l})
			}
		}
	}
	context := s.contextEvidence(s.x.tables.Homonyms[h].Name, readings, current, direct)
	group := func(j int) int {
		if readings[j].Kind == "person" {
			return -2
		}
		return readings[j].state
	}
	score := func(g int) (l, c int) {
		for j := range readings {
			if group(j) == g {
				l += local[j] + direct[j]
				c = context[j]
			}
		}
		return l, c
	}
	// The best group, and the best of the other kind (person or not).
	best, other := group(0), 0
	bl, bc := score(best)
	hasOther := false
	for j := range readings {
		g := group(j)
		l, c := score(g)
		if l*2+c > bl*2+bc {
			best, bl, bc = g, l, c
		}
	}
	for j := range readings {
		g := group(j)
		if (g == -2) == (best == -2) {
			continue
		}
		l, c := score(g)
		if ol, oc := score(other); !hasOther || l*2+c > ol*2+oc {
			other, hasOther = g, true
		}
	}
	rule := ruleHomonymDefault
	for j := range readings {
		if g := group(j); g != best {
			l, c := score(g)
			if l >= bl {
				bl = 0 // not decided by local evidence
			}
			if c >= bc {
				bc = 0 // nor by the context
			}
		}
	}
	switch {
	case bl > 0:
		rule = ruleHomonymLocal
	case bc > 0:
		rule = ruleHomonymContext
	}
	// Each mention: the reading of the group its own words favour.
	pick := func(g int, l []int) (int, bool) {
		j, byWords := -1, false
		for i := range readings {
			if group(i) != g {
				continue
			}
			if j < 0 || l[i] > l[j] {
				j, byWords = i, l[i] > 0
			}
		}
		return j, byWords
	}
	var chosen homonymReading
	for _, x := range mentions {
		m := &s.d.mentions[x.si][x.k]
		g, why := best, rule
		if titled, located := s.cues(x.si, *m); hasOther && (best == -2 && located || best != -2 && titled) {
			g, why = other, ruleHomonymLocal // "in Jordan", "Rep. Jordan"
		}
		j, byWords := pick(g, x.local)
		if byWords {
			why = ruleHomonymLocal
		}
		s.applyReading(x.si, m, readings[j], why)
		if g == best {
			chosen = readings[j]
		}
	}
	s.followDemonyms(readings, chosen)
}

// followDemonyms makes the demonym of a state whose name was read as a
// place of another state name that place: "Georgians" are the people of
// the US state in an article whose "Georgia" is the US state.
func (s *mentionStage) followDemonyms(readings []homonymReading, r homonymReading) {
	if r.Kind != "place" || r.ref.kind == 0 {
		return
	}
	for _, c := range readings {
		if c.Kind != "country" || c.ref.kind == 0 {
			continue
		}
		for si := range s.d.mentions {
			for k := range s.d.mentions[si] {
				m := &s.d.mentions[si][k]
				if m.role == roleDemonym && m.ent.kind == schema.KindCountry && m.ent.country == c.state {
					e := s.fromRef(r.ref, si)
					m.ent.mentions--
					e.mentions++
					e.addAlias(s.surface(si, m.start, m.end))
					m.ent = e
				}
			}
		}
	}
}

// isMax reports whether v[i] is greater than every other value of v.
func isMax(v []int, i int) bool {
	for j, x := range v {
		if j != i && x >= v[i] {
			return false
		}
	}
	return true
}

// cues reports whether the words before mention m of sentence si make it
// a person's name (a title or honorific) or a place's (a preposition of
// place, or "of").
func (s *mentionStage) cues(si int, m mention) (titled, located bool) {
	words := s.d.sents[si].words
	titled = titleEndingAt(words, m.start) >= 0 || (m.start > 0 && honorifics[strings.ToLower(words[m.start-1])])
	located = m.start > 0 && (locativePrepositions[strings.ToLower(words[m.start-1])] || words[m.start-1] == "of")
	return titled, located
}

// localEvidence returns the evidence the words around mention m of
// sentence si give each reading.
func (s *mentionStage) localEvidence(si int, m mention, readings []homonymReading) []int {
	words := s.d.sents[si].words
	titled, _ := s.cues(si, m)
	next := ""
	if m.end < len(words) {
		next = words[m.end]
		if isPossessive(next) && m.end+1 < len(words) {
			next = words[m.end+1] // "Georgia's governor"
		}
	}
	// "the city of New York", "the former Soviet republic of Georgia".
	kindOf := ""
	if m.start > 1 && words[m.start-1] == "of" {
		kindOf = strings.ToLower(words[m.start-2])
	}
	score := make([]int, len(readings))
	for j, r := range readings {
		switch {
		case r.Kind == "person" && titled:
			score[j] = weightLocal
		case r.Kind == "place" && r.ref.kind != 0 && !r.city && stateOfficeWords[next]:
			score[j] = weightLocal
		case r.city && (cityOfficeWords[next] || cityWords[kindOf]):
			score[j] = weightLocal
		case r.Kind == "country" && stateNouns[kindOf]:
			score[j] = weightLocal
		}
	}
	return score
}

// contextEvidence returns the evidence the rest of the article gives each
// reading of the homonym name, whose mentions now name the entities
// current: the things of the state it is or lies in, or a namesake. It
// adds to direct what names a reading itself otherwise ("state of
// Georgia", "(R-Ga.)").
func (s *mentionStage) contextEvidence(name string, readings []homonymReading, current map[*entity]bool, direct []int) []int {
	t := s.x.tables
	score := make([]int, len(readings))
	for j, r := range readings {
		if r.Kind == "person" {
			if s.personBySurname(name) != nil {
				score[j] += weightNamesake
			}
			continue
		}
		for _, l := range s.d.labelStates {
			if r.ref.kind == refPlace && l == r.ref.idx {
				direct[j] += weightLocal
			}
		}
		if r.state < 0 {
			continue
		}
		// A place within a state (the US state of Georgia) is told by
		// the state's other places and local officials: its national
		// bodies are in international news as much (a story of Russia
		// and the United States may mention Georgia the country).
		within := r.Kind == "place"
		for _, e := range s.d.ents {
			if e.mentions == 0 || current[e] && !s.otherMentions(e) {
				continue
			}
			switch {
			case r.ref.kind == refPlace && e.fromTable() && e.ref == r.ref:
				direct[j] += weightLocal
			case e.kind == schema.KindCountry && e.country == r.state:
				// The state the reading is, by its demonym ("Georgian"),
				// or the state it lies in.
				if !within {
					score[j] += weightWeakThing
				}
			case e.kind == schema.KindPerson:
				if e.fromTable() && e.ref.kind == refPerson && s.officialOf(e.ref.idx, r.state, within) {
					score[j] += weightStateThing
				}
			case e.country == r.state && (!within || s.regionOf(e)):
				if e.fromTable() && e.ref.kind == refOrg && t.Orgs[e.ref.idx].Class == "NewsMediaOrganization" {
					continue
				}
				score[j] += weightStateThing
			}
		}
	}
	return score
}

// regionOf reports whether entity e is a city or region of its state, but
// for its capital: what a state's own places are told by.
func (s *mentionStage) regionOf(e *entity) bool {
	if e.kind != schema.KindPlace || !e.fromTable() || e.ref.kind != refPlace {
		return false
	}
	c := s.x.tables.Places[e.ref.idx].Class
	return c == "City" || c == "AdministrativeArea"
}

// officialOf reports whether table person p holds or held an office of
// state c (rows of people.tsv and countries.tsv); if local, an office of
// one of its places (a governor, a mayor).
func (s *mentionStage) officialOf(p, c int, local bool) bool {
	ctx := s.x.people[p]
	if !local {
		return containsInt(ctx.countries, c)
	}
	for _, pl := range ctx.places {
		if s.x.countryIndex(s.x.tables.Places[pl].Country) == c {
			return true
		}
	}
	return false
}

// otherMentions reports whether entity e is named by something other than
// a homonym: "Georgian", "Sakartvelo".
func (s *mentionStage) otherMentions(e *entity) bool {
	for si := range s.d.mentions {
		for _, m := range s.d.mentions[si] {
			if m.ent == e && m.homonym == 0 {
				return true
			}
		}
	}
	return false
}

// applyReading re-points mention m of sentence si, a homonym's, to the
// entity of reading r, and records the rule that decided.
func (s *mentionStage) applyReading(si int, m *mention, r homonymReading, rule string) {
	old := m.named()
	e := s.readingEntity(si, *m, r)
	if e != old {
		old.mentions--
		if m.homonymOpens && e.kind == schema.KindPerson {
			// No body is a person's.
			m.opener, m.openedBy, m.homonym, m.homonymOpens = nil, "", 0, false
			return
		}
		e.mentions++
		if m.homonymOpens {
			// "Georgia Department of Public Health": the body is of the
			// new reading.
			m.opener, m.ent.country = e, e.country
		} else {
			m.ent = e
			if m.role == roleSeat && e.kind != schema.KindCountry {
				m.role = roleName
			}
		}
	}
	if !m.homonymOpens {
		e.addAlias(s.surface(si, m.start, m.end))
	}
	e.addRule(rule)
}

// readingEntity returns the entity reading r makes of mention m of
// sentence si.
func (s *mentionStage) readingEntity(si int, m mention, r homonymReading) *entity {
	now := m.named()
	if now.fromTable() && (now.ref == r.ref || (r.Kind == "capital" && now.country == r.state && (now.kind == schema.KindCountry || now.ref.kind == refCapital))) {
		return now // as the mention reads it already: "Washington" the government or the city
	}
	name := s.x.tables.Homonyms[m.homonym-1].Name
	switch {
	case r.ref.kind != 0:
		return s.fromRef(r.ref, si)
	case r.Kind == "person":
		if p := s.personBySurname(name); p != nil {
			return p
		}
		return s.entityFor(schema.KindPerson, name, si)
	case r.Kind == "org":
		return s.entityFor(schema.KindOrganization, name, si)
	default:
		return s.entityFor(schema.KindPlace, name, si)
	}
}

// surface returns the text of tokens [start, end) of sentence si.
func (s *mentionStage) surface(si, start, end int) string {
	toks := s.d.sents[si].Tokens
	return s.d.sents[si].Text[toks[start].Start:toks[end-1].End]
}

// tokenWords returns the token texts of a form.
func tokenWords(form string) []string {
	var out []string
	for _, t := range text.Tokenize(form) {
		out = append(out, t.Text)
	}
	return out
}
