package extract

import (
	"bufio"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/eventdict"
	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/schema"
)

// Extractor reads articles into graphs. Build one with New and share it.
type Extractor struct {
	tables     *refdata.Tables
	gaz        *gazetteer
	codes      *schema.Codes
	givenNames map[string]bool
	countryIdx map[string]int
	orgIdx     map[string]int
	events     *eventTables
	dict       *eventdict.Dict
	people     []personContext // by row of people.tsv
	homonyms   *homonymTable
	placeIdx   map[string]int
}

// New builds an Extractor from the embedded reference tables.
func New() (*Extractor, error) {
	t, err := refdata.Load()
	if err != nil {
		return nil, err
	}
	return NewWithTables(t)
}

// NewWithTables builds an Extractor from the reference tables given, such
// as refdata.LoadDir's (the embedded tables with an analyst's own laid over
// them).
func NewWithTables(t *refdata.Tables) (*Extractor, error) {
	dict, err := eventdict.New()
	if err != nil {
		return nil, err
	}
	codes := schema.LoadCodes()
	events, err := loadEventTables(codes)
	if err != nil {
		return nil, err
	}
	x := &Extractor{
		dict:       dict,
		events:     events,
		tables:     t,
		gaz:        newGazetteer(t),
		codes:      codes,
		givenNames: map[string]bool{},
		countryIdx: map[string]int{},
		orgIdx:     map[string]int{},
	}
	sc := bufio.NewScanner(strings.NewReader(refdata.GivenNames()))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			x.givenNames[fold(l)] = true
		}
	}
	for i, c := range t.Countries {
		x.countryIdx[c.Name] = i
	}
	for i, o := range t.Orgs {
		x.orgIdx[o.Name] = i
	}
	x.placeIdx = map[string]int{}
	for i, p := range t.Places {
		x.placeIdx[p.Name] = i
	}
	x.people = newPersonContexts(t, x.countryIdx, x.orgIdx)
	x.homonyms = newHomonymTable(t, x.gaz, x.countryIdx, x.orgIdx)
	return x, nil
}

// Tables returns the reference tables the extractor reads with.
func (x *Extractor) Tables() *refdata.Tables { return x.tables }

// Codes returns the CAMEO codebook the extractor codes events with.
func (x *Extractor) Codes() *schema.Codes { return x.codes }

// Extract reads one article, stage by stage (see document).
func (x *Extractor) Extract(a loaders.Article) *schema.Doc {
	d := readTokens(a)
	r := reading{x: x, d: d}
	(&mentionStage{reading: r}).run()
	(&corefStage{reading: r}).run()
	(&relationStage{reading: r}).run()
	x.findTriggers(d)
	(&eventStage{reading: r}).run()

	doc := &schema.Doc{Article: schema.Article{Hash: a.Hash, Headline: a.Headline, Date: a.Date, URL: a.URL, Words: countWords(a)}}
	for _, e := range d.ents {
		if e.mentions == 0 {
			continue
		}
		se := e.toSchema()
		se.JobTitles = d.titles[e]
		doc.Entities = append(doc.Entities, se)
	}
	for _, rel := range d.rels {
		doc.Relations = append(doc.Relations, schema.Relation{Subject: rel.subject.iri(), Predicate: rel.predicate, Object: rel.object.iri(), Rule: rel.rule, Sentence: rel.sent})
	}
	doc.Events = (&eventStage{reading: r}).finish()
	return doc
}

// countWords counts the article's words as strings.Fields splits them,
// without building the slices.
func countWords(a loaders.Article) int {
	return countFields(a.Headline) + countFields(a.Body)
}

func countFields(s string) int {
	n, in := 0, false
	for _, c := range s {
		space := unicode.IsSpace(c)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// isGivenName reports whether w is a personal given name: in the list of
// given names, or a name or short form of the hypocorisms table ("Bill",
// "Rob", which the list leaves out as common words).
func (x *Extractor) isGivenName(w string) bool {
	return x.givenNames[fold(w)] || len(x.tables.GivenNameForms(w)) > 0
}

// countryIndex returns the row of the country named name, or -1.
func (x *Extractor) countryIndex(name string) int {
	if i, ok := x.countryIdx[name]; ok {
		return i
	}
	return -1
}
