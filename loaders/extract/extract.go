package extract

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/loaders/text"
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
	triggers   *triggerIndex
}

// New builds an Extractor from the embedded reference tables.
func New() (*Extractor, error) {
	t, err := refdata.Load()
	if err != nil {
		return nil, err
	}
	x := &Extractor{
		tables:     t,
		gaz:        newGazetteer(t),
		codes:      schema.LoadCodes(),
		givenNames: map[string]bool{},
		countryIdx: map[string]int{},
		orgIdx:     map[string]int{},
		triggers:   newTriggerIndex(),
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
	return x, nil
}

// Codes returns the CAMEO codebook the extractor codes events with.
func (x *Extractor) Codes() *schema.Codes { return x.codes }

// Extract reads one article.
func (x *Extractor) Extract(a loaders.Article) *schema.Doc {
	r := &reader{x: x, pub: a.Date, byKey: map[string]*entity{}, byIRI: map[quad.IRI]*entity{}, relSent: map[schema.Relation]int{}}
	r.sents = text.Split(a.Headline, a.Body)
	r.findMentions()
	r.findRelations()
	for _, ws := range r.words {
		for _, w := range ws {
			switch strings.ToLower(w) {
			case "prisoners", "prisoner", "detainees", "hostages", "pows", "swap", "captives":
				r.prisonerStory = true
			}
		}
	}
	r.findEvents()
	doc := &schema.Doc{Article: schema.Article{Hash: a.Hash, Headline: a.Headline, Date: a.Date, URL: a.URL, Words: countWords(a)}}
	for _, e := range r.ents {
		if e.dropped {
			continue
		}
		doc.Entities = append(doc.Entities, e.toSchema())
	}
	doc.Relations = r.rels
	doc.Events = r.finishEvents()
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

// entity is an entity of the article being read.
type entity struct {
	kind     schema.Kind
	name     string
	id       quad.IRI // schema.EntityIRI(kind, name), fixed at creation
	wikidata string
	classes  []quad.IRI
	aliases  []string
	titles   []string
	mentions int
	country  int // index of the country row it is, or belongs to; -1 if none
	ref      ref // the table row it came from; zero if none
	dropped  bool
	first    int // sentence of first mention
}

func (e *entity) iri() quad.IRI { return e.id }

// fromTable reports whether a row of the reference tables names the entity.
func (e *entity) fromTable() bool { return e.ref.kind != 0 }

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == e.name {
		return
	}
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

func (e *entity) addTitle(s string) {
	for _, t := range e.titles {
		if t == s {
			return
		}
	}
	e.titles = append(e.titles, s)
}

func (e *entity) toSchema() *schema.Entity {
	return &schema.Entity{
		Kind: e.kind, Name: e.name, Aliases: e.aliases, Wikidata: e.wikidata,
		Classes: e.classes, JobTitles: e.titles, Mentions: e.mentions,
	}
}

// mentionRole says how a mention names its entity.
type mentionRole uint8

const (
	roleName    mentionRole = iota // by name
	roleDemonym                    // by an adjective or people noun ("Armenian", "Armenians")
	roleSeat                       // by its capital or seat of government ("Yerevan said")
	rolePlural                     // by a plural reference to the story's main actors
)

// mention is one span of a sentence that names an entity.
type mention struct {
	start, end int // token span [start, end)
	ent        *entity
	role       mentionRole
	possessive bool
	located    bool // follows a locative preposition ("in Tokyo")
	based      bool // "Washington-based": where the body named next to it is based
}

// reader holds the state of reading one article.
type reader struct {
	x        *Extractor
	pub      schema.Date
	sents    []text.Sentence
	words    [][]string // token texts per sentence
	mentions [][]mention
	ents     []*entity
	byKey    map[string]*entity
	byIRI    map[quad.IRI]*entity
	acronyms map[string]*entity
	rels     []schema.Relation
	relSent  map[schema.Relation]int // each relation read, and its sentence (-1 if none)
	events   []*event
	// titleCaseHeadline is set when the headline capitalises every word.
	titleCaseHeadline bool
	// prisonerStory is set when the article speaks of prisoners or
	// detainees: "agreed to the deal" then means a release.
	prisonerStory bool
}

func entityKey(k schema.Kind, name string) string {
	return fmt.Sprint(int(k)) + "|" + strings.ToLower(fold(name))
}

// entityFor returns the article's entity of kind k and canonical name,
// creating it on first use.
func (r *reader) entityFor(k schema.Kind, name string, sent int) *entity {
	key := entityKey(k, name)
	if e, ok := r.byKey[key]; ok {
		return e
	}
	e := &entity{kind: k, name: name, id: schema.EntityIRI(k, name), country: -1, first: sent}
	r.byKey[key] = e
	r.byIRI[e.id] = e
	r.ents = append(r.ents, e)
	return e
}

// fromRef returns the entity a table row names.
func (r *reader) fromRef(rf ref, sent int) *entity {
	t := r.x.tables
	var e *entity
	switch rf.kind {
	case refCountry, refDemonym, refSeat:
		c := t.Countries[rf.idx]
		e = r.entityFor(schema.KindCountry, c.Name, sent)
		e.wikidata, e.country = c.Wikidata, rf.idx
	case refCapital:
		c := t.Countries[rf.idx]
		e = r.entityFor(schema.KindPlace, c.Capital, sent)
		e.wikidata, e.country = c.CapitalWikidata, rf.idx
		e.classes = []quad.IRI{schema.ClassCity}
	case refOrg:
		o := t.Orgs[rf.idx]
		e = r.entityFor(schema.KindOrganization, o.Name, sent)
		e.wikidata, e.classes, e.country = o.Wikidata, specificClass(o.Class, "Organization"), r.countryIndex(o.Country)
	case refPerson:
		p := t.People[rf.idx]
		e = r.entityFor(schema.KindPerson, p.Name, sent)
		e.wikidata = p.Wikidata
	case refPlace:
		p := t.Places[rf.idx]
		e = r.entityFor(schema.KindPlace, p.Name, sent)
		e.wikidata, e.classes, e.country = p.Wikidata, specificClass(p.Class, "Place"), r.countryIndex(p.Country)
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

// countryIndex returns the row of the country named name, or -1.
func (r *reader) countryIndex(name string) int {
	if i, ok := r.x.countryIdx[name]; ok {
		return i
	}
	return -1
}

// countryEntity returns the entity of country row i if the article names it.
func (r *reader) countryEntity(i int) *entity {
	return r.byKey[entityKey(schema.KindCountry, r.x.tables.Countries[i].Name)]
}

// addRelation adds a relation not tied to one sentence.
func (r *reader) addRelation(s *entity, p quad.IRI, o *entity) {
	r.addRelationAt(s, p, o, -1)
}
