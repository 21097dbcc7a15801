package schema

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// Kind is an entity's core type.
type Kind int

// The four core types of VOCABULARY.md.
const (
	KindCountry Kind = iota + 1
	KindPerson
	KindOrganization
	KindPlace
)

var kindNames = map[Kind]string{KindCountry: "Country", KindPerson: "Person", KindOrganization: "Organization", KindPlace: "Place"}

// String returns the type's local name ("Country").
func (k Kind) String() string { return kindNames[k] }

// Class returns the schema.org class IRI of the core type.
func (k Kind) Class() quad.IRI { return quad.IRI(SchemaOrg + k.String()) }

// ParseKind reads a core type's local name ("Country", "Person", ...).
func ParseKind(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n == s {
			return k, true
		}
	}
	return 0, false
}

// KindOfClass returns the core type of a class IRI.
func KindOfClass(iri quad.IRI) (Kind, bool) {
	if !strings.HasPrefix(string(iri), SchemaOrg) {
		return 0, false
	}
	return ParseKind(strings.TrimPrefix(string(iri), SchemaOrg))
}

// Article is what identifies and describes one news article.
type Article struct {
	Hash     string // hex SHA-256 of the article's bytes
	Headline string
	Date     Date   // publication date; zero when unknown
	URL      string // where it was published, when the input says
	// ID is the input's own identifier of the article (a JSON-lines
	// record's "id"), written as schema:identifier so that answers can be
	// joined back to the user's data; "" when the input gives none.
	ID    string
	Words int // body words, for throughput figures; not written to the graph
}

// IRI returns the article's node IRI, which is also the label of its quads.
func (a Article) IRI() quad.IRI { return quad.IRI(IDBase + "article/" + a.Hash) }

// Entity is a named country, person, organisation or place.
type Entity struct {
	Kind      Kind
	Name      string     // canonical name
	Aliases   []string   // other surface forms seen
	Wikidata  string     // "Q399", or empty
	Classes   []quad.IRI // more specific types, e.g. schema:City
	JobTitles []string
	Mentions  int
	// Rules name how the extractor decided which entity a name of the
	// article is, where the name could be more than one: a homonym's
	// reading ("homonym-context": Georgia the US state, by the US places
	// around it), a table person named by surname alone.
	Rules []string
}

// IRI returns the entity's node IRI, minted from its core type and canonical
// name so that the same entity in different articles is the same node.
func (e *Entity) IRI() quad.IRI { return EntityIRI(e.Kind, e.Name) }

// EntityIRI mints the node IRI of an entity of kind k named name.
func EntityIRI(k Kind, name string) quad.IRI {
	return quad.IRI(IDBase + strings.ToLower(k.String()) + "/" + Slug(name))
}

// Relation is one edge of the closed relation list between two entities.
type Relation struct {
	Subject   quad.IRI
	Predicate quad.IRI
	Object    quad.IRI
	Rule      string // the extraction rule that read it, for provenance
	Sentence  int    // the sentence it was read from, -1 if none in particular
}

// Event is one CAMEO-coded happening read from a sentence.
type Event struct {
	Code         string
	Name         string
	Agents       []quad.IRI
	Targets      []quad.IRI
	Participants []quad.IRI
	Locations    []quad.IRI
	Date         Date
	Quantity     int // 0 when not stated
	Evidence     string
	Sentence     int
	Rule         string // the trigger pattern or rule that coded it, for provenance
}

// Doc is the graph read out of one article.
type Doc struct {
	Article   Article
	Entities  []*Entity
	Relations []Relation
	Events    []Event
}

// EventIRI returns the IRI of the article's i-th event.
func (d *Doc) EventIRI(i int) quad.IRI {
	return quad.IRI(IDBase + "event/" + d.Article.Hash[:16] + "-" + strconv.Itoa(i))
}

// StatementIRI returns the IRI of the statement node that says why the
// article states its i-th relation.
func (d *Doc) StatementIRI(i int) quad.IRI {
	return quad.IRI(IDBase + "statement/" + d.Article.Hash[:16] + "-" + strconv.Itoa(i))
}

// Quads returns the article's quads, each labelled with the article's IRI, in
// a deterministic order: the article, the entities, the relations, the events.
func (d *Doc) Quads(codes *Codes) []quad.Quad {
	label := d.Article.IRI()
	var qs []quad.Quad
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	a := d.Article
	add(label, Type, ClassNewsArticle)
	add(label, ContentHash, quad.String(a.Hash))
	if a.Headline != "" {
		add(label, Headline, quad.String(a.Headline))
	}
	if a.Date.Valid() {
		add(label, DatePublished, a.Date.Literal())
	}
	if a.URL != "" {
		add(label, URL, quad.String(a.URL))
	}
	if a.ID != "" {
		add(label, Identifier, quad.String(a.ID))
	}
	for _, e := range d.Entities {
		id := e.IRI()
		add(id, Type, e.Kind.Class())
		for _, c := range e.Classes {
			add(id, Type, c)
		}
		add(id, Name, quad.String(e.Name))
		for _, al := range sortedUnique(e.Aliases, e.Name) {
			add(id, AlternateName, quad.String(al))
		}
		if e.Wikidata != "" {
			add(id, SameAs, quad.IRI(WikidataNS+e.Wikidata))
		}
		for _, t := range sortedUnique(e.JobTitles, "") {
			add(id, JobTitle, quad.String(t))
		}
		for _, r := range sortedUnique(e.Rules, "") {
			add(id, Rule, quad.String(r))
		}
		if e.Mentions > 0 {
			add(id, Mentions, Integer(e.Mentions))
		}
	}
	for i, r := range d.Relations {
		add(r.Subject, r.Predicate, r.Object)
		if r.Rule == "" {
			continue
		}
		// Why the article states it: a statement node (RDF reification)
		// with the rule that read it and the sentence it was read from.
		st := d.StatementIRI(i)
		add(st, Type, ClassStatement)
		add(st, RDFSubject, r.Subject)
		add(st, RDFPredicate, r.Predicate)
		add(st, RDFObject, r.Object)
		add(st, Rule, quad.String(r.Rule))
		if r.Sentence >= 0 {
			add(st, Sentence, Integer(r.Sentence))
		}
	}
	for i, ev := range d.Events {
		id := d.EventIRI(i)
		add(id, Type, ClassEvent)
		add(id, Cameo, quad.String(ev.Code))
		if c, ok := codes.Lookup(ev.Code); ok {
			add(id, Goldstein, Decimal(c.Goldstein))
			add(id, QuadClass, Integer(c.QuadClass))
		}
		add(id, Name, quad.String(ev.Name))
		for _, v := range ev.Agents {
			add(id, Agent, v)
		}
		for _, v := range ev.Targets {
			add(id, Target, v)
		}
		for _, v := range ev.Participants {
			add(id, Participant, v)
		}
		for _, v := range ev.Locations {
			add(id, Location, v)
		}
		if ev.Date.Valid() { // a date resolved wrong ("31 April") is left out
			add(id, StartDate, ev.Date.Literal())
		}
		if ev.Quantity > 0 {
			add(id, Quantity, Integer(ev.Quantity))
		}
		add(id, Evidence, quad.String(ev.Evidence))
		add(id, Sentence, Integer(ev.Sentence))
		if ev.Rule != "" {
			add(id, Rule, quad.String(ev.Rule))
		}
	}
	return qs
}

// Integer returns an xsd:integer literal.
func Integer(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: XSDInteger}
}

// Decimal returns an xsd:decimal literal with at least one fractional digit.
func Decimal(f float64) quad.Value {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return quad.TypedString{Value: quad.String(s), Type: XSDDecimal}
}

func sortedUnique(in []string, skip string) []string {
	seen := map[string]bool{skip: true}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// Slug turns a name into the last segment of a node IRI: accents folded,
// lower case, runs of anything but letters and digits made one hyphen
// ("Nikol Pashinyan" → "nikol-pashinyan", "Orbán" → "orban").
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	return b.String()
}
