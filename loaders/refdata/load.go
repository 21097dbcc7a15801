package refdata

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A table describes one TSV file: how a row is checked, which column names
// it, and which rows an analyst's file replaces.
type table struct {
	file    string
	nameCol int   // the column that must not be empty
	qidCols []int // columns holding a Wikidata ID or nothing
	// check validates one row whose field count is right.
	check func(f []string) error
	// key is the unit an analyst's row replaces: every embedded row with the
	// same key gives way to the analyst's rows with that key.
	key func(f []string) string
	// ident is what must be unique within one file (the key unless a key
	// spans several rows, as a person's offices do).
	ident func(f []string) string
	// load turns the merged rows into the typed table.
	load func(t *Tables, rows []row) error
}

// A row is one line of a table file, split into trimmed fields.
type row struct {
	f   []string
	pos string // "file:line", for messages
}

func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: %s", r.pos, fmt.Sprintf(format, args...))
}

func column(i int) func([]string) string { return func(f []string) string { return f[i] } }

// tables lists the table files in the order they load (homonyms refer to
// the others, so they come after them).
var tables = []table{
	{file: "countries.tsv", nameCol: 1, qidCols: []int{0, 5}, check: checkCountry, key: column(1), ident: column(1), load: loadCountries},
	{file: "organizations.tsv", nameCol: 1, qidCols: []int{0}, check: checkOrg, key: column(1), ident: column(1), load: loadOrgs},
	{file: "people.tsv", nameCol: 1, qidCols: []int{0}, check: checkOffice, key: column(1), ident: holding, load: loadPeople},
	{file: "places.tsv", nameCol: 1, qidCols: []int{0}, check: checkPlace, key: column(1), ident: column(1), load: loadPlaces},
	{file: "homonyms.tsv", nameCol: 0, check: checkHomonym, key: column(0), ident: column(0), load: loadHomonyms},
	{file: "hypocorisms.tsv", nameCol: 0, check: checkNameGroup, key: column(0), ident: column(0), load: loadNameGroups},
}

// TableFiles lists the file names of the tables, as LoadDir expects them.
func TableFiles() []string {
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = t.file
	}
	return names
}

// Load parses the embedded tables.
func Load() (*Tables, error) {
	t, err := load(nil)
	if err != nil {
		return nil, fmt.Errorf("refdata: embedded tables: %w", err)
	}
	return t, nil
}

// LoadDir parses the embedded tables with the analyst's own tables in dir
// laid over them. A file in dir has an embedded table's name
// (TableFiles) and the same format, header line included. Its rows are
// checked as the embedded ones are; a row whose key (a name; for
// hypocorisms the full name) is an embedded row's replaces that row, and
// for people, the analyst's rows for a person replace all the embedded rows
// for that person; the other rows are added. Errors name the file and line:
// "dir/people.tsv:12: relation "leads": want leaderOf or officialOf".
func LoadDir(dir string) (*Tables, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, t := range tables {
		known[t.file] = true
	}
	user := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tsv") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if !known[e.Name()] {
			return nil, fmt.Errorf("%s: not a reference table (want one of %s)", path, strings.Join(TableFiles(), ", "))
		}
		user[e.Name()] = path
	}
	return load(user)
}

// load reads the embedded tables and the user's files (by table file name)
// and merges them.
func load(user map[string]string) (*Tables, error) {
	t := &Tables{}
	for _, tb := range tables {
		data, err := files.ReadFile(tb.file)
		if err != nil {
			return nil, err
		}
		header, rows, err := readRows(tb, tb.file, string(data), "")
		if err != nil {
			return nil, err
		}
		if path, ok := user[tb.file]; ok {
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			_, own, err := readRows(tb, path, string(data), header)
			if err != nil {
				return nil, err
			}
			rows = merge(rows, own, tb.key)
		}
		if err := tb.load(t, rows); err != nil {
			return nil, err
		}
	}
	if err := t.checkHomonyms(); err != nil {
		return nil, err
	}
	t.indexNameGroups()
	t.indexFamilyNames()
	return t, nil
}

// readRows splits a table file into rows and checks each. The first line is
// the header; wantHeader, if set, is the header it must equal.
func readRows(tb table, name, data, wantHeader string) (string, []row, error) {
	lines := strings.Split(data, "\n")
	header := strings.TrimRight(lines[0], "\r")
	if wantHeader != "" && header != wantHeader {
		return "", nil, fmt.Errorf("%s:1: header %q, want %q", name, header, wantHeader)
	}
	fields := len(strings.Split(header, "\t"))
	var rows []row
	seen := map[string]int{}
	for i, line := range lines[1:] {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := row{f: strings.Split(line, "\t"), pos: fmt.Sprintf("%s:%d", name, i+2)}
		if len(r.f) != fields {
			return "", nil, r.errorf("%d fields, want %d (fields are separated by tabs)", len(r.f), fields)
		}
		for j := range r.f {
			r.f[j] = strings.TrimSpace(r.f[j])
		}
		if r.f[tb.nameCol] == "" {
			return "", nil, r.errorf("no name")
		}
		for _, c := range tb.qidCols {
			if r.f[c] != "" && !wikidataID.MatchString(r.f[c]) {
				return "", nil, r.errorf("Wikidata ID %q: want Q followed by digits", r.f[c])
			}
		}
		if err := tb.check(r.f); err != nil {
			return "", nil, r.errorf("%v", err)
		}
		id := tb.ident(r.f)
		if first, ok := seen[id]; ok {
			return "", nil, r.errorf("%q again (first on line %d)", id, first)
		}
		seen[id] = i + 2
		rows = append(rows, r)
	}
	return header, rows, nil
}

var wikidataID = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// merge lays the user's rows over the embedded ones: the user's rows for a
// key take the place of the embedded rows with that key, the rest follow.
func merge(embedded, user []row, key func([]string) string) []row {
	byKey := map[string][]row{}
	var order []string
	for _, r := range user {
		k := key(r.f)
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], r)
	}
	var out []row
	placed := map[string]bool{}
	for _, r := range embedded {
		k := key(r.f)
		own, ok := byKey[k]
		if !ok {
			out = append(out, r)
			continue
		}
		if !placed[k] {
			out = append(out, own...)
			placed[k] = true
		}
	}
	for _, k := range order {
		if !placed[k] {
			out = append(out, byKey[k]...)
		}
	}
	return out
}

func checkCountry(f []string) error {
	if f[6] != "" && f[6] != "1" {
		return fmt.Errorf("former %q: want 1 or nothing", f[6])
	}
	return nil
}

var className = regexp.MustCompile(`^[A-Z][A-Za-z]*$`)

func checkOrg(f []string) error {
	if !className.MatchString(f[3]) {
		return fmt.Errorf("class %q: want a schema.org class name such as GovernmentOrganization", f[3])
	}
	return nil
}

var placeClasses = map[string]bool{"City": true, "AdministrativeArea": true, "Place": true}

func checkPlace(f []string) error {
	if !placeClasses[f[3]] {
		return fmt.Errorf("class %q: want City, AdministrativeArea or Place", f[3])
	}
	return nil
}

// checkOffice checks a people.tsv row: its relation and dates.
func checkOffice(f []string) error {
	_, err := parseOffice(f)
	return err
}

func parseOffice(f []string) (Office, error) {
	o := Office{Title: f[3], Of: f[4], Relation: f[5]}
	if o.Relation != "leaderOf" && o.Relation != "officialOf" && o.Relation != "" {
		return o, fmt.Errorf("relation %q: want leaderOf or officialOf", o.Relation)
	}
	var err error
	if f[6] != "" {
		if o.From, err = schema.ParseDate(f[6]); err != nil {
			return o, fmt.Errorf("from: %v", err)
		}
	}
	if f[7] != "" {
		if o.To, err = schema.ParseDate(f[7]); err != nil {
			return o, fmt.Errorf("to: %v", err)
		}
	}
	if !o.From.IsZero() && !o.To.IsZero() && o.To.String() < o.From.String() {
		return o, fmt.Errorf("to %s is before from %s", f[7], f[6])
	}
	return o, nil
}

// holding identifies a people.tsv row: a person may hold several offices,
// and one office more than once, but not the same one from the same date.
func holding(f []string) string {
	return strings.Join([]string{f[1], f[3], f[4], f[6]}, " / ")
}

func loadCountries(t *Tables, rows []row) error {
	for _, r := range rows {
		f := r.f
		capitals := split(f[4])
		c := Country{Wikidata: f[0], Name: f[1], Aliases: split(f[2]), Demonyms: split(f[3]),
			CapitalWikidata: f[5], Former: f[6] == "1"}
		if len(capitals) > 0 {
			c.Capital, c.CapitalAliases = capitals[0], capitals[1:]
		}
		t.Countries = append(t.Countries, c)
	}
	return nil
}

func loadOrgs(t *Tables, rows []row) error {
	for _, r := range rows {
		f := r.f
		t.Orgs = append(t.Orgs, Org{Wikidata: f[0], Name: f[1], Aliases: split(f[2]), Class: f[3], Country: f[4]})
	}
	return nil
}

// loadPeople gathers a person's rows into one Person: the first row with a
// Wikidata ID gives it, aliases are pooled, and each row with an office
// adds that holding.
func loadPeople(t *Tables, rows []row) error {
	byName := map[string]int{}
	for _, r := range rows {
		f := r.f
		o, err := parseOffice(f)
		if err != nil {
			return r.errorf("%v", err)
		}
		i, ok := byName[f[1]]
		if !ok {
			i = len(t.People)
			byName[f[1]] = i
			t.People = append(t.People, Person{Wikidata: f[0], Name: f[1]})
		}
		p := &t.People[i]
		if p.Wikidata == "" {
			p.Wikidata = f[0]
		} else if f[0] != "" && f[0] != p.Wikidata {
			return r.errorf("Wikidata ID %s, but an earlier row of %q has %s", f[0], f[1], p.Wikidata)
		}
		p.Aliases = appendNew(p.Aliases, split(f[2])...)
		if o.Title != "" {
			p.Offices = append(p.Offices, o)
		}
	}
	return nil
}

func loadPlaces(t *Tables, rows []row) error {
	for _, r := range rows {
		f := r.f
		t.Places = append(t.Places, Place{Wikidata: f[0], Name: f[1], Aliases: split(f[2]), Class: f[3], Country: f[4]})
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
