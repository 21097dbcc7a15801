package refdata

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// PersonName is a person's name split into its parts, each folded as
// schema.FoldName folds names (lower case, without accents or dots,
// hyphens as spaces): "William P. Barr" is
// {Given: "william", Middle: "p", Family: "barr"}, "Kim Jong Un" {Given:
// "jong un", Family: "kim"}, "Donald Trump Jr." {Given: "donald", Family:
// "trump", Suffix: "jr"}.
type PersonName struct {
	Given, Middle, Family, Suffix string
}

// generationSuffixes end a name: Jr. and Sr. tell a son from his father;
// the numerals are kept in formal names ("Robert S. Mueller III") and
// dropped in everyday ones ("Robert Mueller").
var generationSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// SplitName splits a person's name into its parts; ok is false for a name
// of one word. The family name is the last word, or the first for a name
// written family name first (family_names.txt: "Xi Jinping", "Kim Jong
// Un", "Moon Jae-in").
func (t *Tables) SplitName(name string) (PersonName, bool) {
	raw := strings.Fields(name)
	words := make([]string, 0, len(raw))
	for _, w := range raw {
		if w = schema.FoldName(w); w != "" {
			words = append(words, w)
		}
	}
	var p PersonName
	if n := len(words); n > 2 && generationSuffixes[words[n-1]] {
		p.Suffix, words = words[n-1], words[:n-1]
	}
	if len(words) < 2 {
		return PersonName{}, false
	}
	if t.familyFirst(raw, words) {
		p.Family, p.Given = words[0], strings.Join(words[1:], " ")
		return p, true
	}
	p.Given, p.Family = words[0], words[len(words)-1]
	p.Middle = strings.Join(words[1:len(words)-1], " ")
	return p, true
}

// familyFirst reports whether a name (its words as written, and folded)
// opens with its family name.
func (t *Tables) familyFirst(raw, words []string) bool {
	sure, ok := t.familyNames[words[0]]
	if !ok {
		return false
	}
	if sure {
		return true
	}
	// "Kim Jong Un", "Moon Jae-in"; not "Kim Davis".
	return len(raw) == 3 || (len(raw) == 2 && strings.Contains(raw[1], "-"))
}

// SameName reports whether two split names may name the same person: the
// same family name; given names equal or forms of one name ("Bill" and
// "William", hypocorisms.tsv); middle names equal, one missing, or one the
// initial of the other; and the same suffix, but for a numeral missing on
// one ("Robert S. Mueller III", "Robert Mueller"). "George W. Bush" and
// "George H. W. Bush" are not the same, nor "Donald Trump" and "Donald
// Trump Jr.".
func (t *Tables) SameName(a, b PersonName) bool {
	if a.Family != b.Family || a.Family == "" {
		return false
	}
	if a.Suffix != b.Suffix && (a.Suffix == "jr" || a.Suffix == "sr" || b.Suffix == "jr" || b.Suffix == "sr" || (a.Suffix != "" && b.Suffix != "")) {
		return false
	}
	if a.Given != b.Given && !t.SameGivenName(a.Given, b.Given) {
		return false
	}
	return sameMiddle(a.Middle, b.Middle)
}

// sameMiddle reports whether two folded middle names may be the same
// person's: equal, one missing, or word by word equal or an initial of the
// other ("p" and "paul").
func sameMiddle(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] && !(len(x[i]) == 1 && strings.HasPrefix(y[i], x[i])) && !(len(y[i]) == 1 && strings.HasPrefix(x[i], y[i])) {
			return false
		}
	}
	return true
}

// indexFamilyNames reads the list of family names written first.
func (t *Tables) indexFamilyNames() {
	t.familyNames = map[string]bool{}
	for _, l := range strings.Split(familyNames, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, unsure := strings.CutSuffix(l, " ?")
		t.familyNames[schema.FoldName(strings.TrimSpace(name))] = !unsure
	}
}
