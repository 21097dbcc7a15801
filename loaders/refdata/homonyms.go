package refdata

import (
	"fmt"
	"strings"
)

// Homonym is a surface form that names more than one thing. Its readings
// come in the order of their likelihood in international news, so the
// first is the one to take when the context says nothing.
type Homonym struct {
	Name     string // the surface form, as written: "Georgia"
	Readings []Reading
}

// Reading is one thing a homonym may name.
type Reading struct {
	// Kind is "country" (a row of countries.tsv), "capital" (the capital of
	// the country named), "place" (a row of places.tsv), "org" (a row of
	// organizations.tsv) or "person" (a row of people.tsv).
	Kind string
	// Name is the row's name; empty for something of that kind the tables
	// do not hold (a person's given name or surname, a place elsewhere).
	Name string
}

// String writes the reading as the table does: "place:Georgia (U.S. state)".
func (r Reading) String() string { return r.Kind + ":" + r.Name }

var readingKinds = map[string]bool{"country": true, "capital": true, "place": true, "org": true, "person": true}

func parseReadings(s string) ([]Reading, error) {
	var out []Reading
	for _, v := range split(s) {
		kind, name, ok := strings.Cut(v, ":")
		kind, name = strings.TrimSpace(kind), strings.TrimSpace(name)
		if !ok || !readingKinds[kind] {
			return nil, fmt.Errorf("reading %q: want KIND:NAME with KIND country, capital, place, org or person", v)
		}
		out = append(out, Reading{Kind: kind, Name: name})
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("readings %q: a homonym has at least two", s)
	}
	return out, nil
}

func checkHomonym(f []string) error {
	_, err := parseReadings(f[1])
	return err
}

func loadHomonyms(t *Tables, rows []row) error {
	for _, r := range rows {
		rs, err := parseReadings(r.f[1])
		if err != nil {
			return r.errorf("%v", err)
		}
		t.Homonyms = append(t.Homonyms, Homonym{Name: r.f[0], Readings: rs})
		t.homonymPos = append(t.homonymPos, r.pos)
	}
	return nil
}

// checkHomonyms checks that every named reading names a row of the tables.
func (t *Tables) checkHomonyms() error {
	names := map[string]map[string]bool{"country": {}, "capital": {}, "place": {}, "org": {}, "person": {}}
	for _, c := range t.Countries {
		names["country"][c.Name] = true
		if c.Capital != "" {
			names["capital"][c.Name] = true
		}
	}
	for _, p := range t.Places {
		names["place"][p.Name] = true
	}
	for _, o := range t.Orgs {
		names["org"][o.Name] = true
	}
	for _, p := range t.People {
		names["person"][p.Name] = true
	}
	for i, h := range t.Homonyms {
		for _, r := range h.Readings {
			if r.Name != "" && !names[r.Kind][r.Name] {
				what := "no " + r.Kind + " named"
				if r.Kind == "capital" {
					what = "no country with a capital named"
				}
				return fmt.Errorf("%s: reading %q: %s %q", t.homonymPos[i], r, what, r.Name)
			}
		}
	}
	t.homonymPos = nil
	return nil
}
