package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/loaders/text"
	"golang.org/x/text/unicode/norm"
)

// refKind says what a surface form in the reference tables names.
type refKind uint8

const (
	refCountry refKind = iota + 1 // a country's name or alias
	refDemonym                    // a country's demonym ("Armenian", "Armenians")
	refCapital                    // a capital city, standing for a place or the government
	refSeat                       // a seat of government standing for the state ("the Kremlin")
	refOrg
	refPerson
	refPlace
	refSurname // one word of a person's longer name ("Obama"): whom it names is decided in context (people.go)
	refHomonym // a name of several things (homonyms.tsv): the reading is decided in context (homonyms.go)
)

// ref points from a surface form to a table row.
type ref struct {
	kind refKind
	idx  int
}

// gazetteer maps surface forms, tokenized and accent-folded with case kept,
// to the table rows they name.
type gazetteer struct {
	forms map[string][]ref
	lower map[string][]ref // forms of two or more tokens, lower-cased
	// longest is the most tokens of a form starting with a folded first
	// token, longestLower of a lower-cased one: a token that starts no
	// form is passed over at once.
	longest, longestLower map[string]int
}

// governmentSeats are places whose names stand for a state's government.
var governmentSeats = map[string]string{
	"Kremlin": "Russia", "Élysée": "France", "Elysee": "France", "Élysée Palace": "France",
	"Elysee Palace": "France", "Downing Street": "United Kingdom", "Zhongnanhai": "China",
	"Quai d'Orsay": "France", "Foggy Bottom": "United States", "Bankova": "Ukraine",
	"Blue House": "South Korea",
}

func newGazetteer(t *refdata.Tables) *gazetteer {
	g := &gazetteer{forms: map[string][]ref{}, lower: map[string][]ref{}, longest: map[string]int{}, longestLower: map[string]int{}}
	countryIdx := map[string]int{}
	for i, c := range t.Countries {
		countryIdx[c.Name] = i
		g.add(c.Name, ref{refCountry, i})
		for _, a := range c.Aliases {
			g.add(a, ref{refCountry, i})
		}
		for _, d := range c.Demonyms {
			g.add(d, ref{refDemonym, i})
		}
		if c.Capital != "" && !c.Former {
			g.add(c.Capital, ref{refCapital, i})
			for _, a := range c.CapitalAliases {
				g.add(a, ref{refCapital, i})
			}
		}
	}
	for form, country := range governmentSeats {
		if i, ok := countryIdx[country]; ok {
			g.add(form, ref{refSeat, i})
		}
	}
	for i, o := range t.Orgs {
		g.add(o.Name, ref{refOrg, i})
		for _, a := range o.Aliases {
			g.add(a, ref{refOrg, i})
		}
	}
	for i, p := range t.People {
		g.add(p.Name, ref{refPerson, i})
		for _, a := range p.Aliases {
			if isPartialName(a, p.Name) {
				g.add(a, ref{refSurname, i})
			} else {
				g.add(a, ref{refPerson, i})
			}
		}
	}
	for i, p := range t.Places {
		g.add(p.Name, ref{refPlace, i})
		for _, a := range p.Aliases {
			g.add(a, ref{refPlace, i})
		}
	}
	return g
}

func (g *gazetteer) add(form string, r ref) {
	toks := text.Tokenize(form)
	if len(toks) == 0 {
		return
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = fold(t.Text)
	}
	key := strings.Join(parts, " ")
	for _, old := range g.forms[key] {
		if old == r {
			return
		}
	}
	// A form that names a country never also names a person or place: the
	// country wins (the tables were checked for such clashes, this is
	// defence in depth).
	g.forms[key] = append(g.forms[key], r)
	g.longest[parts[0]] = max(g.longest[parts[0]], len(toks))
	if len(toks) > 1 {
		lk := strings.ToLower(key)
		g.lower[lk] = append(g.lower[lk], r)
		first := strings.ToLower(parts[0])
		g.longestLower[first] = max(g.longestLower[first], len(toks))
	}
}

// has reports whether the tokens are a form of the gazetteer.
func (g *gazetteer) has(words []string) bool {
	_, n := g.lookup(words, 0)
	return n == len(words)
}

// lookup returns the refs of the longest form starting at token i, and the
// number of tokens it spans.
func (g *gazetteer) lookup(words []string, i int) ([]ref, int) {
	if i >= len(words) {
		return nil, 0
	}
	first := fold(words[i])
	n := g.longest[first]
	upper := startsUpper(words[i])
	if upper {
		n = max(n, g.longestLower[strings.ToLower(first)])
	}
	n = min(n, len(words)-i)
	if n == 0 {
		return nil, 0
	}
	var b strings.Builder
	for ; n >= 1; n-- {
		b.Reset()
		for k := i; k < i+n; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(fold(words[k]))
		}
		if refs, ok := g.forms[b.String()]; ok {
			return refs, n
		}
		// "Fukushima nuclear power plant": a name written in lower case
		// after its first word.
		if n > 1 && upper {
			if refs, ok := g.lower[strings.ToLower(b.String())]; ok {
				return refs, n
			}
		}
	}
	return nil, 0
}

// fold removes accents and turns typographic apostrophes into plain ones,
// keeping case: "Orbán" → "Orban", "Côte d’Ivoire" → "Cote d'Ivoire".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		case r == '‑' || r == '–':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
