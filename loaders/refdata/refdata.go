// Package refdata holds newsgraph's embedded reference tables, written from
// general world knowledge: every sovereign state with its names, demonyms and
// capital (and historical states still in the news), international and major
// national organisations and news media, widely reported office holders with
// their offices and dates, and places that are not states. Wikidata IDs are
// given only where they were checked.
//
// The tables are tab-separated text, one row a line, a header line first,
// several values of one field separated by "|", and lines starting with "#"
// ignored.
package refdata

import (
	"embed"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

//go:embed countries.tsv organizations.tsv people.tsv places.tsv
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
	Of       string      // a country's or an organisation's name
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
}

// Load parses the embedded tables.
func Load() (*Tables, error) {
	t := &Tables{}
	err := readTable("countries.tsv", 7, func(f []string) error {
		capitals := split(f[4])
		c := Country{Wikidata: f[0], Name: f[1], Aliases: split(f[2]), Demonyms: split(f[3]),
			CapitalWikidata: f[5], Former: f[6] == "1"}
		if len(capitals) > 0 {
			c.Capital, c.CapitalAliases = capitals[0], capitals[1:]
		}
		t.Countries = append(t.Countries, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("organizations.tsv", 5, func(f []string) error {
		t.Orgs = append(t.Orgs, Org{Wikidata: f[0], Name: f[1], Aliases: split(f[2]), Class: f[3], Country: f[4]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	byName := map[string]int{}
	err = readTable("people.tsv", 8, func(f []string) error {
		o := Office{Title: f[3], Of: f[4], Relation: f[5]}
		var err error
		if f[6] != "" {
			if o.From, err = schema.ParseDate(f[6]); err != nil {
				return err
			}
		}
		if f[7] != "" {
			if o.To, err = schema.ParseDate(f[7]); err != nil {
				return err
			}
		}
		if o.Relation != "leaderOf" && o.Relation != "officialOf" && o.Relation != "" {
			return fmt.Errorf("relation %q: want leaderOf or officialOf", o.Relation)
		}
		i, ok := byName[f[1]]
		if !ok {
			i = len(t.People)
			byName[f[1]] = i
			t.People = append(t.People, Person{Wikidata: f[0], Name: f[1]})
		}
		p := &t.People[i]
		p.Aliases = appendNew(p.Aliases, split(f[2])...)
		if p.Wikidata == "" {
			p.Wikidata = f[0]
		}
		if o.Title != "" {
			p.Offices = append(p.Offices, o)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("places.tsv", 5, func(f []string) error {
		t.Places = append(t.Places, Place{Wikidata: f[0], Name: f[1], Aliases: split(f[2]), Class: f[3], Country: f[4]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

func readTable(name string, fields int, row func([]string) error) error {
	data, err := files.ReadFile(name)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("refdata: %s line %d: %d fields, want %d", name, i+1, len(f), fields)
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		if f[1] == "" {
			return fmt.Errorf("refdata: %s line %d: no name", name, i+1)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("refdata: %s line %d: %w", name, i+1, err)
		}
	}
	return nil
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func appendNew(list []string, vs ...string) []string {
	for _, v := range vs {
		found := false
		for _, w := range list {
			if w == v {
				found = true
				break
			}
		}
		if !found {
			list = append(list, v)
		}
	}
	return list
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
