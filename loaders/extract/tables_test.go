package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// rulesOf extracts a sentence (an article of one sentence under a plain
// headline) and returns the rules of the events read from it.
func rulesOf(t *testing.T, x *Extractor, sentence string) []string {
	t.Helper()
	a := loaders.Article{Hash: strings.Repeat("cd", 32), Date: schema.Date{Year: 2024, Month: 3, Day: 15}, Headline: "News", Body: sentence}
	var out []string
	for _, e := range x.Extract(a).Events {
		out = append(out, e.Code+" "+e.Rule)
	}
	return out
}

// firesRow reports whether one of the rules names file:line.
func firesRow(rules []string, file string, line int) bool {
	want := fmt.Sprintf("%s:%d ", file, line)
	for _, r := range rules {
		if strings.Contains(r, want) {
			return true
		}
	}
	return false
}

// TestTablesLint checks the event tables row by row: every verb a row
// reads is a verb the dictionary inflects, and every row reads the example
// sentence it gives. (Rows listing a verb, phrase or object twice are
// refused when the tables load.)
func TestTablesLint(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range x.events.triggers {
		for _, v := range r.verbs {
			words := strings.Fields(v)
			h, ok := x.dict.VerbAt(words, 0)
			if !ok || h.Lemma != v {
				t.Errorf("tables/triggers.tsv:%d: %q is no verb of the dictionary (list its forms as words)", r.line, v)
			}
		}
		if rules := rulesOf(t, x, r.example); !firesRow(rules, "tables/triggers.tsv", r.line) {
			t.Errorf("tables/triggers.tsv:%d: the example %q reads %q", r.line, r.example, rules)
		}
	}
	for file, rows := range map[string][]objectRow{"tables/objects.tsv": x.events.objects, "tables/complements.tsv": x.events.complements} {
		for _, r := range rows {
			if rules := rulesOf(t, x, r.example); !firesRow(rules, file, r.line) {
				t.Errorf("%s:%d: the example %q reads %q", file, r.line, r.example, rules)
			}
		}
	}
	for _, r := range x.events.narrow {
		if rules := rulesOf(t, x, r.example); !firesRow(rules, "tables/narrowing.tsv", r.line) {
			t.Errorf("tables/narrowing.tsv:%d: the example %q reads %q", r.line, r.example, rules)
		}
	}
	for lemma, line := range x.events.quiet {
		if h, ok := x.dict.VerbAt(strings.Fields(lemma), 0); !ok || h.Lemma != lemma {
			t.Errorf("tables/quietverbs.tsv:%d: %q is no verb of the dictionary", line, lemma)
		}
	}
	used := set(x.events.used...)
	var names []string
	for name := range x.events.words {
		names = append(names, name)
		if !used[name] {
			t.Errorf("tables/words.tsv: the list %q is not used", name)
		}
	}
	for _, name := range x.events.used {
		if x.events.words[name] == nil {
			t.Errorf("tables/words.tsv: no list %q", name)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Error("tables/words.tsv: no lists")
	}
}
