// Package refdata holds newsgraph's embedded reference tables, written from
// general world knowledge: every sovereign state with its names, demonyms and
// capital (and historical states still in the news), international and major
// national organisations and news media, widely reported office holders with
// their offices and dates, places that are not states (the states and largest
// cities of the United States among them), names that read as more than one
// thing (homonyms), English given names with their short forms
// (hypocorisms), and the family names written before the given name
// (Chinese, Korean, Vietnamese), by which SplitName and SameName tell the
// parts and the variants of a person's name. Wikidata IDs are given only where public material pairs the
// ID with the entity; each table's header comment says how they were checked.
//
// The tables are tab-separated text, one row a line, a header line first,
// several values of one field separated by "|", and lines starting with "#"
// ignored. Load reads the embedded tables; LoadDir lays an analyst's own
// files of the same format over them.
package refdata

import (
	"embed"

	"github.com/newsgraph/newsgraph/schema"
)

//go:embed countries.tsv organizations.tsv people.tsv places.tsv homonyms.tsv hypocorisms.tsv
var files embed.FS

// Country is a sovereign state, present or past.
type Country struct {
	Wikidata        string
	Name            string
	Aliases         []string
	Demonyms        []string
	Capital         string
	CapitalAliases  []string
	CapitalWikidata string
	Former          bool
}

// Org is an organisation: intergovernmental, governmental, media, NGO,
// company, party or armed group.
type Org struct {
	Wikidata string
	Name     string
	Aliases  []string
	Class    string // schema.org class local name, e.g. "NewsMediaOrganization"
	Country  string // the state it belongs to, for national bodies
}

// Office is one holding of an office by a person.
type Office struct {
	Title    string      // "Prime Minister"
	Of       string      // a country's, an organisation's or a place's name
	Relation string      // "leaderOf" or "officialOf"
	From, To schema.Date // To is zero while in office
}

// Person is a widely reported office holder.
type Person struct {
	Wikidata string
	Name     string
	Aliases  []string
	Offices  []Office
}

// Place is a place that is not a sovereign state.
type Place struct {
	Wikidata string
	Name     string
	Aliases  []string
	Class    string // "City", "AdministrativeArea" or "Place"
	Country  string // the state it lies in, when uncontested
}

// Tables are the reference tables.
type Tables struct {
	Countries []Country
	Orgs      []Org
	People    []Person
	Places    []Place
	// Homonyms are surface forms that name more than one thing ("Georgia":
	// the country, the US state, a person's given name), with their readings.
	Homonyms []Homonym
	// Hypocorisms are groups of English given names that one person may be
	// called by ("William", "Bill", "Billy", "Will").
	Hypocorisms []NameGroup

	givenGroups map[string][]int // lower-cased given name → indexes into Hypocorisms
	familyNames map[string]bool  // folded family names written first → whether always (family_names.txt)
	homonymPos  []string         // where each homonym was read, until its readings are checked
}

// Holds reports whether the office was held on date d (a zero d matches any
// holding).
func (o Office) Holds(d schema.Date) bool {
	if d.IsZero() {
		return true
	}
	k := d.String()
	if !o.From.IsZero() && k < o.From.String() {
		return false
	}
	if !o.To.IsZero() && k > o.To.String() {
		return false
	}
	return true
}

//go:embed given_names.txt
var givenNames string

// GivenNames returns the list of personal given names, one a line, with
// "#" comment lines.
func GivenNames() string { return givenNames }

//go:embed family_names.txt
var familyNames string

// FamilyNamesFirst returns the list of family names written before the
// given name (Chinese, Korean, Vietnamese), one a line, with "#" comment
// lines; a name followed by " ?" is also an English name, written first
// only in a name of three words or with a hyphenated given name.
func FamilyNamesFirst() string { return familyNames }
