package graph

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Match is an entity that search found.
type Match struct {
	EntityRef
	Articles int    `json:"articles"` // articles that name it
	Matched  string `json:"matched"`  // the name or alias that matched
	How      string `json:"how"`      // name, alias, acronym, words, prefix, spelling
	Score    int    `json:"score"`    // higher is better: 100 name ... 40 spelling
}

// Scores of the ways a query can match.
const (
	scoreName     = 100
	scoreAlias    = 90
	scoreAcronym  = 80
	scoreWords    = 70
	scorePrefix   = 60
	scoreSpelling = 50 // minus 5 per edit
)

// Search finds entities by name or alias, case- and accent-insensitively,
// by acronym ("ICRC", "E.U."), by words of the name ("red cross"), by a
// prefix of a word, or with a spelling mistake or two ("pashinian"). Best
// matches come first, then entities named in more articles. At most limit
// matches (limit <= 0: all).
func (a *Ask) Search(text string, limit int) ([]Match, error) {
	q := fold(text)
	out := []Match{}
	if q == "" {
		return out, nil
	}
	entries := a.nameEntries()
	for _, e := range entries {
		if m, ok := matchEntry(q, e); ok {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		if x.Articles != y.Articles {
			return x.Articles > y.Articles
		}
		return lessEntity(x.EntityRef, y.EntityRef)
	})
	return out[:capped(len(out), limit)], a.Err()
}

// matchEntry scores the best way the folded query q matches entity e.
func matchEntry(q string, e NameEntry) (Match, bool) {
	best := Match{EntityRef: e.EntityRef, Articles: e.Articles}
	try := func(score int, how, matched string) {
		if score > best.Score {
			best.Score, best.How, best.Matched = score, how, matched
		}
	}
	qs := strings.ReplaceAll(q, " ", "")
	for i, n := range append([]string{e.Name}, e.Aliases...) {
		f := fold(n)
		if f == "" {
			continue
		}
		switch {
		case f == q && i == 0:
			try(scoreName, "name", n)
		case f == q || strings.ReplaceAll(f, " ", "") == qs:
			try(scoreAlias, "alias", n)
		}
		if len(qs) >= 2 && !strings.Contains(q, " ") && acronym(f) == qs {
			try(scoreAcronym, "acronym", n)
		}
		words := strings.Fields(f)
		if containsWords(words, strings.Fields(q)) {
			try(scoreWords, "words", n)
		}
		if len(q) >= 3 {
			for _, w := range words {
				if strings.HasPrefix(w, q) {
					try(scorePrefix, "prefix", n)
				}
			}
		}
		if len(q) >= 4 {
			max := 1
			if len(q) >= 8 {
				max = 2
			}
			if d := distance(q, f, max); d <= max {
				try(scoreSpelling-5*d, "spelling", n)
			}
			if !strings.Contains(q, " ") {
				for _, w := range words {
					if d := distance(q, w, max); d <= max {
						try(scoreSpelling-5*d-5, "spelling", n)
					}
				}
			}
		}
	}
	return best, best.Score > 0
}

// fold is schema.FoldName without a leading "the ": "the E.U." → "eu".
func fold(s string) string {
	return strings.TrimPrefix(schema.FoldName(s), "the ")
}

// acronymSkip are the words an acronym leaves out.
var acronymSkip = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "de": true}

// acronym returns the initials of a folded name's words.
func acronym(f string) string {
	var b strings.Builder
	for _, w := range strings.Fields(f) {
		if !acronymSkip[w] {
			b.WriteString(w[:1])
		}
	}
	return b.String()
}

// containsWords reports whether want appears as consecutive words of words.
func containsWords(words, want []string) bool {
	if len(want) == 0 || len(want) > len(words) {
		return false
	}
	for i := 0; i+len(want) <= len(words); i++ {
		ok := true
		for j, w := range want {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// distance returns the Levenshtein distance of a and b, or max+1 when it is
// larger than max.
func distance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			low = min(low, cur[j])
		}
		if low > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// ErrNotFound means Resolve matched no entity; ErrAmbiguous that it matched
// several equally well. Resolve's error wraps one of them and lists the
// closest candidates.
var (
	ErrNotFound  = errors.New("no entity matches")
	ErrAmbiguous = errors.New("several entities match")
)

// ResolveError is Resolve's error: what was asked, why it failed, and the
// closest candidates.
type ResolveError struct {
	Text       string
	Err        error // ErrNotFound or ErrAmbiguous
	Candidates []Match
}

func (e *ResolveError) Error() string {
	var names []string
	for _, c := range e.Candidates {
		names = append(names, fmt.Sprintf("%s (%s, %s)", c.Name, c.Type, c.IRI))
	}
	msg := fmt.Sprintf("%q: %v", e.Text, e.Err)
	if len(names) > 0 {
		msg += "; closest: " + strings.Join(names, "; ")
	}
	return msg
}

func (e *ResolveError) Unwrap() error { return e.Err }

// Resolve finds the one entity text names: an entity IRI; else the entity
// whose canonical name is exactly text, else whose alias is; else the best
// match of Search if no other matches as well.
func (a *Ask) Resolve(text string) (EntityRef, error) {
	if strings.HasPrefix(text, schema.IDBase) {
		if r := a.node(text); r != nil && kindOf(text) != "" {
			return a.entity(r), nil
		}
	}
	for _, p := range []quad.IRI{schema.Name, schema.AlternateName} {
		if v := a.v.ref(quad.String(text)); v != nil {
			var found []EntityRef
			for _, s := range a.v.subjects(p, v) {
				if e := a.entity(s.node); e.Type != "" {
					found = append(found, e)
				}
			}
			if len(found) == 1 {
				return found[0], nil
			}
			if len(found) > 1 {
				break // let search rank them
			}
		}
	}
	ms, err := a.Search(text, 0)
	if err != nil {
		return EntityRef{}, err
	}
	if len(ms) == 0 {
		return EntityRef{}, &ResolveError{Text: text, Err: ErrNotFound, Candidates: a.closest(text)}
	}
	if len(ms) > 1 && ms[1].Score == ms[0].Score {
		var tied []Match
		for _, m := range ms {
			if m.Score == ms[0].Score && len(tied) < 5 {
				tied = append(tied, m)
			}
		}
		return EntityRef{}, &ResolveError{Text: text, Err: ErrAmbiguous, Candidates: tied}
	}
	return ms[0].EntityRef, nil
}

// closest returns a few entities whose names are nearest to text when
// nothing matches: the best of a looser spelling match.
func (a *Ask) closest(text string) []Match {
	q := fold(text)
	entries := a.nameEntries()
	type near struct {
		m Match
		d int
	}
	var ns []near
	for _, e := range entries {
		d := distance(q, fold(e.Name), 4)
		if d <= 4 {
			ns = append(ns, near{Match{EntityRef: e.EntityRef, Articles: e.Articles, Matched: e.Name, How: "spelling"}, d})
		}
	}
	sort.Slice(ns, func(i, j int) bool {
		if ns[i].d != ns[j].d {
			return ns[i].d < ns[j].d
		}
		if ns[i].m.Articles != ns[j].m.Articles {
			return ns[i].m.Articles > ns[j].m.Articles
		}
		return lessEntity(ns[i].m.EntityRef, ns[j].m.EntityRef)
	})
	var out []Match
	for _, n := range ns[:capped(len(ns), 5)] {
		out = append(out, n.m)
	}
	return out
}
