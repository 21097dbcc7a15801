package refdata

import (
	"fmt"
	"strings"
)

// NameGroup is an English given name and the short and pet forms
// (hypocorisms) a person of that name is also called by: "William" with
// "Bill", "Billy", "Will", "Willie", "Liam". A short form may belong to
// several groups ("Chris" to Christopher, Christian and Christina).
type NameGroup struct {
	Name     string
	Variants []string
}

func checkNameGroup(f []string) error {
	if len(split(f[1])) == 0 {
		return fmt.Errorf("no variants")
	}
	return nil
}

func loadNameGroups(t *Tables, rows []row) error {
	for _, r := range rows {
		t.Hypocorisms = append(t.Hypocorisms, NameGroup{Name: r.f[0], Variants: split(r.f[1])})
	}
	return nil
}

func (t *Tables) indexNameGroups() {
	t.givenGroups = map[string][]int{}
	for i, g := range t.Hypocorisms {
		for _, n := range append([]string{g.Name}, g.Variants...) {
			k := strings.ToLower(n)
			if l := t.givenGroups[k]; len(l) == 0 || l[len(l)-1] != i {
				t.givenGroups[k] = append(l, i)
			}
		}
	}
}

// SameGivenName reports whether two given names may name the same person:
// they are equal but for case, or one group of the hypocorisms table holds
// both ("Bob" and "Robert", "Bill" and "Will", "Steve" and "Stephen").
func (t *Tables) SameGivenName(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b {
		return true
	}
	for _, i := range t.givenGroups[a] {
		for _, j := range t.givenGroups[b] {
			if i == j {
				return true
			}
		}
	}
	return false
}

// GivenNameForms returns the full names that the given name is or is a
// short form of, in the table's order: "Bill" gives ["William"], "Chris"
// gives ["Christian", "Christina", "Christine", "Christopher",
// "Kristopher"], "Robert" gives ["Robert"]. A name the table does not know
// gives nil.
func (t *Tables) GivenNameForms(name string) []string {
	var out []string
	for _, i := range t.givenGroups[strings.ToLower(name)] {
		out = appendNew(out, t.Hypocorisms[i].Name)
	}
	return out
}
