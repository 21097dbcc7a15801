package extract

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/loaders/text"
	"github.com/newsgraph/newsgraph/schema"
)

// document is one article annotated in layers. Each stage of Extract reads
// the layers before it and writes its own:
//
//  1. tokens (tokens.go): sentences, their words, lower-cased words and
//     part-of-speech tags, and what the article is about;
//  2. mentions (mentions.go): the spans that name entities, the entities,
//     and the titles written before people's names;
//  3. coreference (coref.go): what the spans the mention stage could not
//     decide alone stand for (surnames, acronyms, earlier names), and what
//     pronouns, plural references and quotations refer to;
//  4. relations (relations.go);
//  5. triggers (triggers.go): the words that may report an event;
//  6. events (events.go): triggers that hold, with their roles, code, date
//     and quantity, merged into one event per happening.
type document struct {
	pub schema.Date

	// Layer 1: tokens.
	sents []sentence
	// titleCaseHeadline is set when the headline capitalises every word.
	titleCaseHeadline bool
	// prisonerStory is set when the article speaks of prisoners or
	// detainees: "agreed to the deal" then means a release.
	prisonerStory bool

	// Layer 2: mentions and entities.
	mentions [][]mention
	ents     []*entity
	byKey    map[string]*entity
	byIRI    map[quad.IRI]*entity
	// acronyms defined in the text: "International Atomic Energy Agency
	// (IAEA)".
	acronyms map[string]*entity
	// labelStates are the US states legislators' party labels name
	// ("(R-Ga.)"), as rows of places.tsv.
	labelStates []int

	// Layer 3: coreference.
	refs [][]reference
	// mainState is the state the article's things belong to most, once
	// computed (people.go).
	mainState *int

	// Layer 4: relations, each with the sentence it was read in (-1 if
	// none in particular), and the titles people hold.
	rels   []relation
	titles map[*entity][]string

	// Layer 5: triggers.
	triggers [][]triggerHit

	// Layer 6: events.
	events []*event
}

// sentence is a sentence with its words in the forms the stages use.
type sentence struct {
	text.Sentence
	words []string // token texts
	lower []string // lower-cased token texts
	tags  []string // Penn Treebank part-of-speech tags
}

// entity is an entity of the article.
type entity struct {
	kind     schema.Kind
	name     string
	id       quad.IRI // schema.EntityIRI(kind, name), fixed at creation
	wikidata string
	classes  []quad.IRI
	aliases  []string
	mentions int
	country  int    // index of the country row it is, or belongs to; -1 if none
	ref      ref    // the table row it came from; zero if none
	first    int    // sentence of first mention
	family   string // a person's family name, folded (refdata.SplitName); "" for one word
	// rules name how the article's names were decided to be this entity
	// where they could be several (schema.Entity.Rules).
	rules []string
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

// addRule records a rule that decided a name of the article is e.
func (e *entity) addRule(rule string) {
	for _, r := range e.rules {
		if r == rule {
			return
		}
	}
	e.rules = append(e.rules, rule)
}

func (e *entity) toSchema() *schema.Entity {
	return &schema.Entity{
		Kind: e.kind, Name: e.name, Aliases: e.aliases, Wikidata: e.wikidata,
		Classes: e.classes, Mentions: e.mentions, Rules: e.rules,
	}
}

// mentionRole says how a mention names its entity.
type mentionRole uint8

const (
	roleName    mentionRole = iota // by name
	roleDemonym                    // by an adjective or people noun ("Armenian", "Armenians")
	roleSeat                       // by its capital or seat of government ("Tehran said")
)

// mention is one span of a sentence that names an entity.
type mention struct {
	start, end int // token span [start, end)
	ent        *entity
	role       mentionRole
	possessive bool
	located    bool // follows a locative preposition ("in Tokyo")
	// ofGroup marks a state named only as the nationality of a group
	// that is not the state: "Syrian rebels", "Ukrainian separatists".
	ofGroup bool
	// people marks a state's people named by its plural demonym
	// ("Iranians protested", "released 32 Armenians"): a target, no actor.
	people bool
	based  bool // "Washington-based": where the body named next to it is based
	// opener is the state an organisation's mention names as its own:
	// by opening its name ("Indian Defence Ministry"), by a possessive
	// ("Ukraine's Foreign Ministry") or before words that describe it
	// ("the Chinese state news agency Xinhua"); nil if none. openedBy names
	// the way, as the rule of the partOf relation it makes.
	opener   *entity
	openedBy string
	// pending marks a capitalised word the mention stage could not decide
	// alone (a surname, an acronym, a short name given in full elsewhere):
	// ent is nil, and coreference gives it its entity, or fallback (what
	// the tables would name: "Jordan" the state), or drops it.
	pending  bool
	fallback *entity
	// surnameOf are the table people (rows of people.tsv) a pending
	// surname may name: coreference decides (people.go).
	surnameOf []int
	// homonym is 1 + the row of homonyms.tsv the mention's name is (0 if
	// none): the mention stage decides its reading (homonyms.go). If
	// homonymOpens, the homonym is the opener of the body the mention
	// names ("Georgia Department of Public Health"), not its entity.
	homonym      int
	homonymOpens bool
}

// named returns the entity a mention's own words name: its opener if the
// homonym it writes opens a body's name, else its entity.
func (m mention) named() *entity {
	if m.homonymOpens {
		return m.opener
	}
	return m.ent
}

// reference is a span that refers to entities named elsewhere: a pronoun
// ("he", "its", "they"), a plural reference ("the two countries"), or a
// quotation (its speaker).
type reference struct {
	start, end int
	kind       referenceKind
	ents       []*entity
}

// referenceKind says what kind of span refers.
type referenceKind uint8

const (
	refPronoun     referenceKind = iota + 1 // "he", "its", "they"
	refPlural                               // "the two countries", "both sides"
	refQuotation                            // a quotation: ents are its speaker
	refDescription                          // "the secretary of state", "the island nation"
)

// relation is a relation read from the text and the rule that read it.
type relation struct {
	subject, object *entity
	predicate       quad.IRI
	sent            int
	rule            string
}

func entityKey(k schema.Kind, name string) string {
	return fmt.Sprint(int(k)) + "|" + strings.ToLower(fold(name))
}

// hasRelation reports whether the article states s p o.
func (d *document) hasRelation(s *entity, p quad.IRI, o *entity) bool {
	for _, r := range d.rels {
		if r.subject.id == s.id && r.predicate == p && r.object.id == o.id {
			return true
		}
	}
	return false
}
