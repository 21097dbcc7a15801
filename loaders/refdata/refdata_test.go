package refdata

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func mustLoad(t *testing.T) *Tables {
	t.Helper()
	tb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func (t *Tables) place(name string) (Place, bool) {
	for _, p := range t.Places {
		if p.Name == name {
			return p, true
		}
	}
	return Place{}, false
}

func (t *Tables) person(name string) (Person, bool) {
	for _, p := range t.People {
		if p.Name == name {
			return p, true
		}
	}
	return Person{}, false
}

func (t *Tables) homonym(name string) (Homonym, bool) {
	for _, h := range t.Homonyms {
		if h.Name == name {
			return h, true
		}
	}
	return Homonym{}, false
}

func TestUnitedStatesPlaces(t *testing.T) {
	tb := mustLoad(t)
	states := 0
	for _, p := range tb.Places {
		if p.Country == "United States" && p.Class == "AdministrativeArea" && p.Name != "Puerto Rico" && p.Name != "Guam" {
			states++
		}
	}
	if states != 50 {
		t.Errorf("%d US states, want 50", states)
	}
	for _, want := range []Place{
		{Wikidata: "Q1428", Name: "Georgia (U.S. state)", Aliases: []string{"U.S. state of Georgia", "US state of Georgia", "state of Georgia"}, Class: "AdministrativeArea", Country: "United States"},
		{Wikidata: "Q1221", Name: "Idaho", Class: "AdministrativeArea", Country: "United States"},
		{Wikidata: "Q60", Name: "New York City", Aliases: []string{"New York", "NYC"}, Class: "City", Country: "United States"},
		{Wikidata: "Q16559", Name: "Austin, Texas", Class: "City", Country: "United States"},
		{Name: "Montpelier", Class: "City", Country: "United States"},
	} {
		got, ok := tb.place(want.Name)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("place %q = %+v, want %+v", want.Name, got, want)
		}
	}
	h, _ := tb.homonym("Georgia")
	want := []Reading{{"country", "Georgia"}, {"place", "Georgia (U.S. state)"}, {"person", ""}}
	if !reflect.DeepEqual(h.Readings, want) {
		t.Errorf("Georgia reads as %v, want %v", h.Readings, want)
	}
}

// TestHomonymsKeptApart checks that no surface form names both a state (or
// its capital) and a place, or two places, unless homonyms.tsv lists it: a
// form that two rows share is for the extractor to decide by the evidence,
// and the table says so.
func TestHomonymsKeptApart(t *testing.T) {
	tb := mustLoad(t)
	listed := map[string]bool{}
	for _, h := range tb.Homonyms {
		listed[h.Name] = true
	}
	// A form's owner is the row it names; a capital and a place row with
	// the same name and Wikidata ID are one city, not homonyms.
	type owner struct{ row, city string }
	owners := map[string]owner{}
	claim := func(form string, o owner) {
		prev, ok := owners[form]
		if ok && prev.row != o.row && (prev.city == "" || prev.city != o.city) && !listed[form] {
			t.Errorf("%q names both %s and %s, and homonyms.tsv does not list it", form, prev.row, o.row)
		}
		owners[form] = o
	}
	for _, c := range tb.Countries {
		for _, f := range append([]string{c.Name}, c.Aliases...) {
			claim(f, owner{row: "country " + c.Name})
		}
		if c.Capital != "" && !c.Former {
			for _, f := range append([]string{c.Capital}, c.CapitalAliases...) {
				claim(f, owner{"the capital of " + c.Name, c.Capital + " " + c.CapitalWikidata})
			}
		}
	}
	for _, p := range tb.Places {
		for _, f := range append([]string{p.Name}, p.Aliases...) {
			claim(f, owner{"place " + p.Name, p.Name + " " + p.Wikidata})
		}
	}
}

// TestWikidataIDsAreUnique checks that one Wikidata ID names one entity: a
// city may be the capital of two states (Moscow of Russia and the Soviet
// Union), a city-state its own capital, and a capital a place row too, but
// nothing else shares an ID.
func TestWikidataIDsAreUnique(t *testing.T) {
	tb := mustLoad(t)
	seen := map[string]string{}
	check := func(id, what string) {
		if id == "" {
			return
		}
		if prev, ok := seen[id]; ok && prev != what {
			t.Errorf("%s is both %s and %s", id, prev, what)
		}
		seen[id] = what
	}
	for _, c := range tb.Countries {
		check(c.Wikidata, c.Name)
		if c.Capital != c.Name {
			check(c.CapitalWikidata, c.Capital)
		}
	}
	for _, p := range tb.Places {
		check(p.Wikidata, p.Name)
	}
	for _, o := range tb.Orgs {
		check(o.Wikidata, o.Name)
	}
	for _, p := range tb.People {
		check(p.Wikidata, p.Name)
	}
}

func TestSameGivenName(t *testing.T) {
	tb := mustLoad(t)
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Bob", "Robert", true},
		{"robert", "ROB", true},
		{"Bill", "William", true},
		{"Bill", "Will", true},
		{"Chuck", "Charles", true},
		{"Steve", "Stephen", true},
		{"Steven", "Stephen", true},
		{"Mike", "Michael", true},
		{"Jim", "James", true},
		{"Joe", "Joseph", true},
		{"Tom", "Thomas", true},
		{"Dick", "Richard", true},
		{"Ted", "Edward", true},
		{"Ted", "Theodore", true},
		{"Tony", "Antony", true},
		{"Jay", "Jerome", true},
		{"Mark", "Mark", true},
		{"Jay", "Mark", false},
		{"Edward", "Theodore", false}, // both are Ted, but not each other
		{"Hillary", "Bill", false},
		{"Lyndon", "Boris", false},
		{"Chris", "Christopher", true},
		{"Chris", "Christina", true},
		{"Christopher", "Christina", false},
	} {
		if got := tb.SameGivenName(c.a, c.b); got != c.want {
			t.Errorf("SameGivenName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestGivenNameForms(t *testing.T) {
	tb := mustLoad(t)
	for name, want := range map[string][]string{
		"Bill":    {"William"},
		"Chuck":   {"Charles"},
		"Robert":  {"Robert"},
		"Chris":   {"Christian", "Christina", "Christine", "Christopher", "Kristopher"},
		"Ted":     {"Edward", "Theodore"},
		"Barack":  nil,
		"stephen": {"Stephen", "Steven"},
	} {
		if got := tb.GivenNameForms(name); !reflect.DeepEqual(got, want) {
			t.Errorf("GivenNameForms(%q) = %q, want %q", name, got, want)
		}
	}
}

// header returns an embedded table's header line.
func header(t *testing.T, file string) string {
	t.Helper()
	data, err := files.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	h, _, _ := strings.Cut(string(data), "\n")
	return h
}

func writeDir(t *testing.T, tables map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range tables {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadDirLaysRowsOver(t *testing.T) {
	dir := writeDir(t, map[string]string{
		"places.tsv": header(t, "places.tsv") + "\n" +
			"# a team's own places\n" +
			"Q12345\tAustin, Texas\tAustin\tCity\tUnited States\n" +
			"\tSmallville\t\tCity\tUnited States\n",
		"people.tsv": header(t, "people.tsv") + "\n" +
			"\tMike Pence\tPence|Michael Pence\tVice President\tUnited States\tofficialOf\t2017-01-20\t2021-01-20\n" +
			"\tMike Pence\tPence|Michael Pence\tGovernor\tIndiana\tleaderOf\t2013-01-14\t2017-01-09\n" +
			"\tJane Roe\t\tMayor\tSmallville\tleaderOf\t2024\t\n",
		"hypocorisms.tsv": header(t, "hypocorisms.tsv") + "\nBarack\tBarry\n",
		"notes.txt":       "not a table: ignored\n",
	})
	tb, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	embedded := mustLoad(t)
	if len(tb.Places) != len(embedded.Places)+1 {
		t.Errorf("%d places, want the %d embedded and one more", len(tb.Places), len(embedded.Places))
	}
	if got, _ := tb.place("Austin, Texas"); got.Wikidata != "Q12345" || !reflect.DeepEqual(got.Aliases, []string{"Austin"}) {
		t.Errorf("Austin, Texas = %+v, want the analyst's row", got)
	}
	pence, _ := tb.person("Mike Pence")
	if len(pence.Offices) != 2 || pence.Offices[1].Title != "Governor" || pence.Offices[1].Of != "Indiana" {
		t.Errorf("Mike Pence = %+v, want the analyst's two rows", pence)
	}
	if _, ok := tb.person("Jane Roe"); !ok {
		t.Error("Jane Roe not added")
	}
	if !tb.SameGivenName("Barry", "Barack") || !tb.SameGivenName("Bob", "Robert") {
		t.Error("hypocorisms: the analyst's group or the embedded ones are missing")
	}
	// The embedded tables are untouched.
	if got, _ := embedded.place("Austin, Texas"); got.Wikidata != "Q16559" {
		t.Errorf("embedded Austin, Texas = %+v", got)
	}
}

func TestLoadDirErrors(t *testing.T) {
	people := header(t, "people.tsv") + "\n"
	places := header(t, "places.tsv") + "\n"
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string // after "DIR/"
	}{
		{"field count", map[string]string{"places.tsv": places + "\tSmallville\tCity\tUnited States\n"},
			"places.tsv:2: 4 fields, want 5 (fields are separated by tabs)"},
		{"no name", map[string]string{"places.tsv": places + "Q1\t\t\tCity\t\n"},
			"places.tsv:2: no name"},
		{"wikidata", map[string]string{"places.tsv": places + "# comment\nq42\tSmallville\t\tCity\t\n"},
			`places.tsv:3: Wikidata ID "q42": want Q followed by digits`},
		{"wikidata letters", map[string]string{"places.tsv": places + "Q4x2\tSmallville\t\tCity\t\n"},
			`places.tsv:2: Wikidata ID "Q4x2": want Q followed by digits`},
		{"place class", map[string]string{"places.tsv": places + "\tSmallville\t\tTown\t\n"},
			`places.tsv:2: class "Town": want City, AdministrativeArea or Place`},
		{"duplicate", map[string]string{"places.tsv": places + "\tSmallville\t\tCity\t\n\n\tSmallville\tSmall\tCity\t\n"},
			`places.tsv:4: "Smallville" again (first on line 2)`},
		{"relation", map[string]string{"people.tsv": people + "\tJane Roe\t\tMayor\tSmallville\tleads\t2024\t\n"},
			`people.tsv:2: relation "leads": want leaderOf or officialOf`},
		{"from date", map[string]string{"people.tsv": people + "\tJane Roe\t\tMayor\tSmallville\tleaderOf\t2024-13-01\t\n"},
			`people.tsv:2: from: date "2024-13-01": month out of range`},
		{"to date", map[string]string{"people.tsv": people + "\tJane Roe\t\tMayor\tSmallville\tleaderOf\t2024\t1 May 2025\n"},
			`people.tsv:2: to: date "1 May 2025": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"to before from", map[string]string{"people.tsv": people + "\tJane Roe\t\tMayor\tSmallville\tleaderOf\t2024-05-01\t2023\n"},
			`people.tsv:2: to 2023 is before from 2024-05-01`},
		{"same holding twice", map[string]string{"people.tsv": people +
			"\tJane Roe\t\tMayor\tSmallville\tleaderOf\t2024\t\n\tJane Roe\tRoe\tMayor\tSmallville\tleaderOf\t2024\t\n"},
			`people.tsv:3: "Jane Roe / Mayor / Smallville / 2024" again (first on line 2)`},
		{"two IDs", map[string]string{"people.tsv": people +
			"Q1\tJane Roe\t\tMayor\tSmallville\tleaderOf\t2024\t\nQ2\tJane Roe\t\tSenator\tUnited States\tofficialOf\t2020\t2024\n"},
			`people.tsv:3: Wikidata ID Q2, but an earlier row of "Jane Roe" has Q1`},
		{"header", map[string]string{"places.tsv": "wikidata\tname\taliases\tclass\n\tSmallville\t\tCity\n"},
			"places.tsv:1: header \"wikidata\\tname\\taliases\\tclass\", want \"wikidata\\tname\\taliases\\tclass\\tcountry\""},
		{"homonym kind", map[string]string{"homonyms.tsv": header(t, "homonyms.tsv") + "\nSmallville\tplace:Smallville|town:\n"},
			`homonyms.tsv:2: reading "town:": want KIND:NAME with KIND country, capital, place, org or person`},
		{"homonym reading", map[string]string{"homonyms.tsv": header(t, "homonyms.tsv") + "\nSmallville\tplace:Smallville|person:\n"},
			`homonyms.tsv:2: reading "place:Smallville": no place named "Smallville"`},
		{"one reading", map[string]string{"homonyms.tsv": header(t, "homonyms.tsv") + "\nSmallville\tperson:\n"},
			`homonyms.tsv:2: readings "person:": a homonym has at least two`},
		{"no variants", map[string]string{"hypocorisms.tsv": header(t, "hypocorisms.tsv") + "\nBarack\t\n"},
			`hypocorisms.tsv:2: no variants`},
		{"country former", map[string]string{"countries.tsv": header(t, "countries.tsv") + "\n\tRuritania\t\t\t\t\tyes\n"},
			`countries.tsv:2: former "yes": want 1 or nothing`},
		{"org class", map[string]string{"organizations.tsv": header(t, "organizations.tsv") + "\n\tAcme\t\tcompany\t\n"},
			`organizations.tsv:2: class "company": want a schema.org class name such as GovernmentOrganization`},
		{"unknown table", map[string]string{"person.tsv": people},
			"person.tsv: not a reference table (want one of countries.tsv, organizations.tsv, people.tsv, places.tsv, homonyms.tsv, hypocorisms.tsv)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeDir(t, c.files)
			_, err := LoadDir(dir)
			want := filepath.Join(dir, c.want)
			if err == nil || err.Error() != want {
				t.Errorf("error %v, want %s", err, want)
			}
		})
	}
}

func TestLoadDirMissing(t *testing.T) {
	_, err := LoadDir(filepath.Join(t.TempDir(), "nowhere"))
	if !os.IsNotExist(err) {
		t.Errorf("error %v, want one that says the directory does not exist", err)
	}
}
