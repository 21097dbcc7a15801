package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/schema"
)

// A person of the reference tables may be named by surname alone
// ("Obama", "Johnson"), and so may anyone else of that surname: Lyndon,
// Ron and Gary Johnson as much as Boris. A surname alone is the person
// the article names in full with it (coreference); failing that, it is
// the table person only when the article's date falls within the public
// life the table records (their offices' dates, from two years before the
// first) and the context agrees: a title before the name that is one of
// their offices ("Prime Minister Johnson"), or else the article naming
// the state or body of one of their offices. A title that is none of
// their offices ("Sen. Johnson") rules the table person out. Otherwise the
// surname stays a person of the article's own, never the famous namesake.
//
// A title of theirs, or an office they hold on the article's date in the
// state the article is mostly about, is stronger evidence than another
// person of the surname named in full: "President Obama" in an article
// naming Michelle Obama, "Trump" in 2018 after "Melania Trump".

// Rules recorded on a table person named by surname alone.
const (
	ruleTablePersonTitle   = "table-person-title"   // "President Obama": a title the table records
	ruleTablePersonContext = "table-person-context" // "Obama" in an article naming the United States
	ruleTablePersonOffice  = "table-person-office"  // "Trump" in 2018, in an article mostly about the United States
)

// Years around a table person's offices within which a surname alone may
// name them: before the first (a campaign, an earlier post), after the
// last (a former office holder still in the news).
const (
	publicLifeBefore = 2
	publicLifeAfter  = 10
)

// personContext is what the tables say about a person that an article
// can agree with: the states, bodies and places of their offices, and the
// dates of their public life.
type personContext struct {
	countries []int // rows of countries.tsv
	orgs      []int // rows of organizations.tsv
	places    []int // rows of places.tsv
	from, to  schema.Date
	open      bool // in office as far as the table knows
}

// newPersonContexts computes the context of every table person.
func newPersonContexts(t *refdata.Tables, countryIdx, orgIdx map[string]int) []personContext {
	placeIdx := map[string]int{}
	for i, p := range t.Places {
		placeIdx[p.Name] = i
	}
	out := make([]personContext, len(t.People))
	for i, p := range t.People {
		c := &out[i]
		for _, o := range p.Offices {
			if k, ok := countryIdx[o.Of]; ok {
				c.countries = appendInt(c.countries, k)
			}
			if k, ok := orgIdx[o.Of]; ok {
				c.orgs = appendInt(c.orgs, k)
				if k, ok := countryIdx[t.Orgs[k].Country]; ok {
					c.countries = appendInt(c.countries, k)
				}
			}
			if k, ok := placeIdx[o.Of]; ok {
				c.places = appendInt(c.places, k)
				if k, ok := countryIdx[t.Places[k].Country]; ok {
					c.countries = appendInt(c.countries, k)
				}
			}
			if !o.From.IsZero() && (c.from.IsZero() || o.From.String() < c.from.String()) {
				c.from = o.From
			}
			if o.To.IsZero() {
				c.open = true
			} else if o.To.String() > c.to.String() {
				c.to = o.To
			}
		}
	}
	return out
}

func appendInt(list []int, v int) []int {
	for _, w := range list {
		if w == v {
			return list
		}
	}
	return append(list, v)
}

// inPublicLife reports whether date d falls within the person's public
// life as the table records it; an undated article or a person without
// dated offices always does.
func (c personContext) inPublicLife(d schema.Date) bool {
	if d.IsZero() || c.from.IsZero() {
		return true
	}
	from := schema.Date{Year: c.from.Year - publicLifeBefore, Month: c.from.Month, Day: c.from.Day}
	if d.String() < from.String() {
		return false
	}
	if c.open || c.to.IsZero() {
		return true
	}
	to := schema.Date{Year: c.to.Year + publicLifeAfter, Month: c.to.Month, Day: c.to.Day}
	return d.String() <= to.String()
}

// isPartialName reports whether a table person's alias is part of their
// name, a surname or a one-word name ("Obama" for "Barack Obama", "Xi"
// for "Xi Jinping"): one token of a longer name.
func isPartialName(alias, name string) bool {
	return !strings.ContainsAny(strings.TrimSpace(alias), " \t") && strings.ContainsAny(strings.TrimSpace(name), " \t")
}

// tablePersonBySurname decides whether the surname a pending mention at
// token start of sentence si writes alone names one of the table people
// it may name (candidates, rows of people.tsv): it returns the row and the
// rule that decided, or -1 (see above).
func (r reading) tablePersonBySurname(candidates []int, si, start int) (int, string) {
	words := r.d.sents[si].words
	title := ""
	if ts := titleEndingAt(words, start); ts >= 0 {
		title = strings.Join(words[ts:start], " ")
	}
	found, rule := -1, ""
	for _, p := range candidates {
		ctx := r.x.people[p]
		if !ctx.inPublicLife(r.d.pub) {
			continue
		}
		why := ""
		switch {
		case title != "" && r.x.holdsTitle(p, title):
			why = ruleTablePersonTitle
		case title != "":
			continue // "Sen. Johnson" is not the prime minister
		case r.x.inOffice(p, r.d.pub) && containsInt(ctx.countries, r.mainStateOfContext()):
			why = ruleTablePersonOffice
		case r.namesContext(ctx):
			why = ruleTablePersonContext
		default:
			continue
		}
		if found >= 0 {
			return -1, "" // two table people fit: say nothing
		}
		found, rule = p, why
	}
	return found, rule
}

// namesContext reports whether the article names a state, body or place of
// the offices ctx records, or something of such a state (a news outlet
// based there does not count: it reports on everyone).
func (r reading) namesContext(ctx personContext) bool {
	for _, e := range r.d.ents {
		if e.mentions == 0 {
			continue
		}
		if e.fromTable() {
			switch e.ref.kind {
			case refOrg:
				if containsInt(ctx.orgs, e.ref.idx) {
					return true
				}
				if r.x.tables.Orgs[e.ref.idx].Class == "NewsMediaOrganization" {
					continue
				}
			case refPlace:
				if containsInt(ctx.places, e.ref.idx) {
					return true
				}
			}
		}
		if e.country >= 0 && containsInt(ctx.countries, e.country) {
			return true
		}
	}
	return false
}

// mainStateOfContext returns the state whose things (itself, its places
// and bodies, news outlets aside) the article names most often, or -1 if
// two tie.
func (r reading) mainStateOfContext() int {
	if r.d.mainState != nil {
		return *r.d.mainState
	}
	count := map[int]int{}
	for _, e := range r.d.ents {
		if e.country < 0 || e.kind == schema.KindPerson || (e.fromTable() && e.ref.kind == refOrg && r.x.tables.Orgs[e.ref.idx].Class == "NewsMediaOrganization") {
			continue
		}
		count[e.country] += e.mentions
	}
	best, n, tie := -1, 0, false
	for c, k := range count {
		switch {
		case k > n:
			best, n, tie = c, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		best = -1
	}
	r.d.mainState = &best
	return best
}

func containsInt(list []int, v int) bool {
	for _, w := range list {
		if w == v {
			return true
		}
	}
	return false
}

// inOffice reports whether the table records person p (a row of
// people.tsv) in one of their offices on date d, if there is one.
func (x *Extractor) inOffice(p int, d schema.Date) bool {
	if d.IsZero() {
		return false
	}
	for _, o := range x.tables.People[p].Offices {
		if o.Holds(d) {
			return true
		}
	}
	return false
}

// titleAbbreviations are the abbreviated titles news writes before names,
// with the words the tables' office titles use for them.
var titleAbbreviations = map[string][]string{
	"sen.": {"senator", "senate"}, "rep.": {"representative", "house"}, "gov.": {"governor"},
	"lt. gov.": {"lieutenant governor"}, "gen.": {"general"}, "adm.": {"admiral"},
	"amb.": {"ambassador"}, "sec.": {"secretary"}, "pres.": {"president"},
	"senator": {"senator", "senate"}, "congressman": {"representative", "house"},
	"congresswoman": {"representative", "house"},
}

// holdsTitle reports whether one of the offices the table records for
// person p (a row of people.tsv) is called by title: the title is a word
// of the office's name or abbreviates one ("President", "Secretary" for
// "Secretary of State", "Sen." for "Senate Majority Leader").
func (x *Extractor) holdsTitle(p int, title string) bool {
	t := strings.ToLower(title)
	forms := titleAbbreviations[t]
	if forms == nil {
		forms = []string{t}
	}
	for _, o := range x.tables.People[p].Offices {
		office := " " + strings.ToLower(o.Title) + " "
		for _, f := range forms {
			if strings.Contains(office, " "+f+" ") {
				return true
			}
		}
	}
	return false
}
