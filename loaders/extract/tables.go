package extract

import (
	"embed"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// The event rules of the project, as data: tables/triggers.tsv (trigger
// words and verbs), tables/objects.tsv (verbs whose object makes the
// code), tables/complements.tsv (verbs of naming whose second object
// makes the code), tables/narrowing.tsv (words around a trigger that narrow its
// code), tables/quietverbs.tsv (verbs whose dictionary code reports no act
// in news) and tables/words.tsv (the word lists the event reader
// consults).
//
//go:embed tables/triggers.tsv tables/objects.tsv tables/complements.tsv tables/narrowing.tsv tables/words.tsv tables/quietverbs.tsv
var tableFiles embed.FS

// triggerRow is a row of tables/triggers.tsv.
type triggerRow struct {
	line    int
	code    string
	ctx     triggerCtx
	sym     bool
	verbs   []string   // lemmas
	words   [][]string // phrases, tokenized
	example string
}

// objectRow is a row of tables/objects.tsv or tables/complements.tsv.
type objectRow struct {
	line    int
	code    string
	verbs   []string
	objects map[string]bool
	example string
}

// narrowRow is a row of tables/narrowing.tsv.
type narrowRow struct {
	line    int
	from    string
	where   string // before, after, with, of, withperson, story
	n       int
	words   [][]string // phrases; a last word ending in "*" is a prefix
	to      string
	example string
}

// eventTables are the event rules, loaded and indexed.
type eventTables struct {
	triggers    []triggerRow
	objects     []objectRow
	complements []objectRow
	narrow      []narrowRow
	words       map[string]map[string]bool
	used        []string // the lists the reader asked for

	w eventWords // the lists of tables/words.tsv the reader uses

	quiet      map[string]int         // verbs whose dictionary reading is no event → their line
	byLemma    map[string]int         // verb lemma → trigger row
	byFirst    map[string][]rowPhrase // first word → phrases of trigger rows, longest first
	objVerbs   map[string][]int       // verb lemma → object rows
	complVerbs map[string][]int       // verb lemma → complement rows
}

// rowPhrase is one phrase of a trigger row.
type rowPhrase struct {
	words []string
	row   int
}

var triggerContexts = map[string]triggerCtx{"": ctxNone, "people": ctxPeople, "exchange": ctxExchange,
	"intent": ctxIntent, "agreement": ctxAgreement, "weapons": ctxWeapons, "request": ctxRequest, "thing": ctxThing, "territory": ctxTerritory}

// loadEventTables reads and checks the embedded tables: every row well
// formed, every code in the codebook, no verb, phrase or object listed
// twice.
func loadEventTables(codes *schema.Codes) (*eventTables, error) {
	t := &eventTables{quiet: map[string]int{}, byLemma: map[string]int{}, byFirst: map[string][]rowPhrase{}, objVerbs: map[string][]int{}, complVerbs: map[string][]int{}, words: map[string]map[string]bool{}}
	code := func(file string, line int, c string) error {
		if _, ok := codes.Lookup(c); !ok {
			return fmt.Errorf("%s:%d: %q is no CAMEO code", file, line, c)
		}
		return nil
	}
	err := eachRow("tables/triggers.tsv", 6, func(line int, f []string) error {
		ctx, ok := triggerContexts[f[1]]
		if !ok {
			return fmt.Errorf("tables/triggers.tsv:%d: unknown context %q", line, f[1])
		}
		if err := code("tables/triggers.tsv", line, f[0]); err != nil {
			return err
		}
		r := triggerRow{line: line, code: f[0], ctx: ctx, sym: f[2] == "sym", example: f[5]}
		n := len(t.triggers)
		for _, v := range splitList(f[3]) {
			if old, dup := t.byLemma[v]; dup {
				return fmt.Errorf("tables/triggers.tsv:%d: verb %q is listed on line %d too", line, v, t.triggers[old].line)
			}
			t.byLemma[v] = n
			r.verbs = append(r.verbs, v)
		}
		for _, w := range splitList(f[4]) {
			ws := strings.Fields(w)
			for _, p := range t.byFirst[ws[0]] {
				if strings.Join(p.words, " ") == w {
					return fmt.Errorf("tables/triggers.tsv:%d: %q is listed on line %d too", line, w, t.triggers[p.row].line)
				}
			}
			t.byFirst[ws[0]] = append(t.byFirst[ws[0]], rowPhrase{words: ws, row: n})
			r.words = append(r.words, ws)
		}
		t.triggers = append(t.triggers, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Longest phrases first, so "military aid" wins over "aid to".
	for k, ps := range t.byFirst {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		t.byFirst[k] = ps
	}
	if t.objects, err = loadObjectRows("tables/objects.tsv", t.objVerbs, code); err != nil {
		return nil, err
	}
	if t.complements, err = loadObjectRows("tables/complements.tsv", t.complVerbs, code); err != nil {
		return nil, err
	}
	err = eachRow("tables/narrowing.tsv", 5, func(line int, f []string) error {
		for _, c := range []string{f[0], f[3]} {
			if err := code("tables/narrowing.tsv", line, c); err != nil {
				return err
			}
		}
		r := narrowRow{line: line, from: f[0], to: f[3], example: f[4]}
		where, n, _ := strings.Cut(f[1], ":")
		switch where {
		case "before", "after", "with", "of", "around":
			if _, err := fmt.Sscan(n, &r.n); err != nil || r.n <= 0 {
				return fmt.Errorf("tables/narrowing.tsv:%d: %q wants a number of words", line, f[1])
			}
		case "withperson", "story":
		default:
			return fmt.Errorf("tables/narrowing.tsv:%d: unknown place %q", line, f[1])
		}
		r.where = where
		for _, w := range splitList(f[2]) {
			r.words = append(r.words, strings.Fields(w))
		}
		t.narrow = append(t.narrow, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("tables/quietverbs.tsv", 2, func(line int, f []string) error {
		if _, dup := t.quiet[f[0]]; dup {
			return fmt.Errorf("tables/quietverbs.tsv:%d: %q twice", line, f[0])
		}
		t.quiet[f[0]] = line
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("tables/words.tsv", 2, func(line int, f []string) error {
		if t.words[f[0]] != nil {
			return fmt.Errorf("tables/words.tsv:%d: list %q twice", line, f[0])
		}
		t.words[f[0]] = set(splitList(f[1])...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	t.w = eventWords{
		people:             t.list("people"),
		nonPeople:          t.list("nonpeople"),
		agreement:          t.list("agreement"),
		weapons:            t.list("weapons"),
		arms:               t.list("arms"),
		weakArms:           t.list("weakarms"),
		notArmsWar:         t.list("nonarmswar"),
		hypothetical:       t.list("hypothetical"),
		lightVerbs:         t.list("lightverbs"),
		struckObjects:      t.list("struckobjects"),
		targetNouns:        t.list("targetnouns"),
		callsOff:           t.list("callsoff"),
		noComment:          t.list("nocomment"),
		negators:           t.list("negators"),
		conditions:         t.list("conditions"),
		denials:            t.list("denials"),
		takesPlace:         t.list("takesplace"),
		bodyNouns:          t.list("bodynouns"),
		nonStateGroups:     t.list("nonstategroups"),
		passiveIdioms:      t.list("passiveidioms"),
		requestMarks:       t.list("requestmarks"),
		questionWords:      t.list("questionwords"),
		planned:            t.list("planned"),
		dateBarriers:       t.list("datebarriers"),
		presentVerbs:       t.list("presentverbs"),
		timeClauses:        t.list("timeclauses"),
		reportVerbs:        t.list("reportverbs"),
		verbForms:          t.list("verbforms"),
		timePrepositions:   t.list("timeprepositions"),
		sequelPrepositions: t.list("sequelprepositions"),
		targetPreps:        t.list("targetpreps"),
		mediators:          t.list("mediators"),
		counterparts:       t.list("counterparts"),
		peopleGroups:       t.list("peoplegroups"),
		includes:           t.list("includes"),
		futureClauses:      t.list("futureclauses"),
		statives:           t.list("statives"),
		territory:          t.list("territory"),
		patientNouns:       t.list("patientnouns"),
		envoyTitles:        t.list("envoytitles"),
	}
	return t, nil
}

// loadObjectRows reads a table of verbs and the words that make their
// code (tables/objects.tsv, tables/complements.tsv), indexing its rows by
// verb in byVerb; a verb and word listed on two rows is an error.
func loadObjectRows(file string, byVerb map[string][]int, code func(file string, line int, c string) error) ([]objectRow, error) {
	var rows []objectRow
	err := eachRow(file, 4, func(line int, f []string) error {
		if err := code(file, line, f[0]); err != nil {
			return err
		}
		r := objectRow{line: line, code: f[0], verbs: splitList(f[1]), objects: map[string]bool{}, example: f[3]}
		for _, o := range splitList(f[2]) {
			if r.objects[o] {
				return fmt.Errorf("%s:%d: %q twice", file, line, o)
			}
			r.objects[o] = true
		}
		n := len(rows)
		for _, v := range r.verbs {
			for _, other := range byVerb[v] {
				for o := range r.objects {
					if rows[other].objects[o] {
						return fmt.Errorf("%s:%d: %s %s is listed on line %d too", file, line, v, o, rows[other].line)
					}
				}
			}
			byVerb[v] = append(byVerb[v], n)
		}
		rows = append(rows, r)
		return nil
	})
	return rows, err
}

// eventWords are the word lists of tables/words.tsv, by use.
type eventWords struct {
	// One list a line, so that lists added on two branches merge.
	people             map[string]bool
	nonPeople          map[string]bool
	agreement          map[string]bool
	weapons            map[string]bool
	arms               map[string]bool
	weakArms           map[string]bool
	notArmsWar         map[string]bool
	hypothetical       map[string]bool
	lightVerbs         map[string]bool
	struckObjects      map[string]bool
	targetNouns        map[string]bool
	callsOff           map[string]bool
	noComment          map[string]bool
	negators           map[string]bool
	conditions         map[string]bool
	denials            map[string]bool
	takesPlace         map[string]bool
	bodyNouns          map[string]bool
	nonStateGroups     map[string]bool
	passiveIdioms      map[string]bool
	requestMarks       map[string]bool
	questionWords      map[string]bool
	planned            map[string]bool
	dateBarriers       map[string]bool
	presentVerbs       map[string]bool
	timeClauses        map[string]bool
	reportVerbs        map[string]bool
	verbForms          map[string]bool
	timePrepositions   map[string]bool
	sequelPrepositions map[string]bool
	targetPreps        map[string]bool
	mediators          map[string]bool
	counterparts       map[string]bool
	peopleGroups       map[string]bool
	includes           map[string]bool
	futureClauses      map[string]bool
	statives           map[string]bool
	territory          map[string]bool
	patientNouns       map[string]bool
	envoyTitles        map[string]bool
}

// list returns the word list of tables/words.tsv called name, empty if
// there is none (the lint test requires each one the reader uses).
func (t *eventTables) list(name string) map[string]bool {
	t.used = append(t.used, name)
	return t.words[name]
}

// eachRow calls fn with each row of a table and its line number: fields
// separated by tabs, exactly cols of them; lines starting with '#' and
// empty lines are skipped.
func eachRow(name string, cols int, fn func(line int, fields []string) error) error {
	b, err := tableFiles.ReadFile(name)
	if err != nil {
		return err
	}
	for i, ln := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if ln == "" || ln[0] == '#' {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != cols {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, i+1, len(f), cols)
		}
		if err := fn(i+1, f); err != nil {
			return err
		}
	}
	return nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
