package eventdict

import (
	"fmt"
	"strings"
)

// Actor is a named actor of the dictionary: an international organisation,
// an armed non-state group, or (from People) an office holder.
type Actor struct {
	// Name is the record's primary name, lower case: "the united nations".
	Name string
	// Codes are the actor's CAMEO codes, each for its dates. The slice is
	// shared: do not modify it.
	Codes []DatedCode
	Span  [2]int
	Rule  string // "Phoenix.International.actors.txt:20"
}

// DatedCode is an actor code and the dates it holds for.
type DatedCode struct {
	Code string // "IGOUNO", "USAGOV"; "---" for none
	// From and To bound the dates, YYYYMMDD, inclusive; "" leaves that side
	// open. Both empty: the default, used when no dated code holds.
	From, To string
}

// CodeAt returns the actor's code on a date (YYYYMMDD or YYYY-MM-DD): the
// first code whose dates hold it, else the default code, else "".
func (a Actor) CodeAt(date string) string {
	date = strings.ReplaceAll(date, "-", "")
	def := ""
	for _, c := range a.Codes {
		if c.From == "" && c.To == "" {
			if def == "" {
				def = c.Code
			}
			continue
		}
		if (c.From == "" || date >= c.From) && (c.To == "" || date <= c.To) {
			return c.Code
		}
	}
	return def
}

// Actors is a table of named actors.
type Actors struct {
	index phraseIndex
	rows  []actorRow
}

type actorRow struct {
	name  string
	codes []DatedCode
	rule  string
}

// At returns the actor whose name (or one of its aliases) is the longest
// phrase starting at token i of the lower-case words.
func (t *Actors) At(words []string, i int) (Actor, bool) {
	k, n, ok := t.index.at(words, i)
	if !ok {
		return Actor{}, false
	}
	r := &t.rows[k]
	return Actor{Name: r.name, Codes: r.codes, Span: [2]int{i, i + n}, Rule: r.rule}, true
}

// Len returns the number of actors (records, not names) in the table.
func (t *Actors) Len() int { return len(t.rows) }

// readActors reads actor tables (line, codes, names) into one Actors; file
// names the source file for rules.
func readActors(tables ...[2]string) (*Actors, error) {
	t := &Actors{}
	for _, tb := range tables {
		name, file := tb[0], tb[1]
		rows, err := readTable(name, 3, 3)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			ar := actorRow{rule: fmt.Sprintf("%s:%s", file, r.fields[0])}
			if r.fields[1] != "" {
				for _, c := range strings.Split(r.fields[1], ";") {
					code, dates, _ := strings.Cut(c, "@")
					from, to, _ := strings.Cut(dates, "..")
					ar.codes = append(ar.codes, DatedCode{Code: code, From: from, To: to})
				}
			}
			names := strings.Split(r.fields[2], "|")
			ar.name = names[0]
			k := len(t.rows)
			t.rows = append(t.rows, ar)
			for _, n := range names {
				if w := strings.Fields(n); len(w) > 0 {
					t.index.add(w, k)
				}
			}
		}
	}
	t.index.sort()
	return t, nil
}

func (d *Dict) loadActors() error {
	var err error
	d.actors, err = readActors(
		[2]string{"petrarch/international.tsv", "Phoenix.International.actors.txt"},
		[2]string{"petrarch/nonstate.tsv", "Phoenix.MilNonState.actors.txt"})
	return err
}

// ActorAt returns the international organisation or armed non-state group
// named by the longest phrase starting at token i of the lower-case words:
// "united nations", "taliban", "hamas".
func (d *Dict) ActorAt(words []string, i int) (Actor, bool) { return d.actors.At(words, i) }

// People reads the office holders of the dictionary's country actors (about
// 18,000 people with their dated roles, to about 2014): "sergey ivanov" was
// RUSGOVMIL from 2003 to 2007. It is read on demand, not by New: the event
// coder does not need it.
func People() (*Actors, error) {
	t, err := readActors([2]string{"petrarch/people.tsv", "Phoenix.Countries.actors.txt"})
	if err != nil {
		return nil, fmt.Errorf("eventdict: %w", err)
	}
	return t, nil
}
