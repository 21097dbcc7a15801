package eventdict

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"
	"github.com/newsgraph/newsgraph/loaders/eventdict/internal/petrarch"
	"github.com/newsgraph/newsgraph/schema"
)

// TestTablesRegenerate checks that the committed tables are what the
// generator makes of the dictionaries.
func TestTablesRegenerate(t *testing.T) {
	src := filepath.Dir(shared.Path(t, "third_party/petrarch2/CAMEO.2.0.txt"))
	files, err := petrarch.Generate(src)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := filepath.Glob("petrarch/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range committed {
		if _, ok := files[filepath.Base(path)]; !ok {
			t.Errorf("%s is not generated: remove it", path)
		}
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("petrarch", name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("petrarch/%s differs from what the generator makes (%v): run go generate in loaders/eventdict", name, err)
		}
	}
}

// TestCodesInCodebook checks every code the tables can give against the
// project's CAMEO codebook.
func TestCodesInCodebook(t *testing.T) {
	codes := schema.LoadCodes()
	check := func(where, code string) {
		if code == "" {
			return
		}
		if _, ok := codes.Lookup(code); !ok {
			t.Errorf("%s: code %q is not in the CAMEO codebook", where, code)
		}
	}
	for _, b := range testDict.blocks {
		check(b.rule, b.code)
		check(b.rule, b.reverse)
	}
	for _, v := range testDict.verbs {
		check(v.rule, v.code)
		check(v.rule, v.reverse)
	}
	for _, p := range testDict.patterns {
		check(p.rule, p.code)
		check(p.rule, p.reverse)
	}
	for _, n := range testDict.nounRows {
		check(n.rule, n.code)
	}
	for _, f := range testDict.frames {
		check(f.rule, f.code)
	}
}

// TestTableSizes pins the size of every table, so a change to the generator
// or the dictionaries shows in review.
func TestTableSizes(t *testing.T) {
	d := testDict
	forms := 0
	for _, refs := range d.forms {
		forms += len(refs)
	}
	ownVerbs := 0
	for _, v := range d.verbs {
		if strings.HasPrefix(v.rule, "own/") {
			ownVerbs++
		}
	}
	people, err := People()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{
		"blocks":      len(d.blocks),
		"verbs":       len(d.verbs),
		"verb forms":  forms,
		"patterns":    len(d.patterns),
		"synsets":     d.synsetCount,
		"agents":      len(d.agents.phrases),
		"actors":      d.actors.Len(),
		"actor names": len(d.actors.index.phrases),
		"people":      people.Len(),
		"discards":    len(d.discRows),
		"noun forms":  len(d.nounRows),
		"own verbs":   ownVerbs,
		"frames":      len(d.frames),
	}
	want := map[string]int{
		"blocks": 397, "verbs": 1787, "verb forms": 7394, "patterns": 4376, "synsets": 40,
		"agents": 5038, "actors": 8862, "actor names": 9690, "people": 18039, "discards": 400,
		"noun forms": 44, "own verbs": 2, "frames": 95,
	}
	var keys []string
	for k := range want {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if got[k] != want[k] {
			t.Errorf("%s: %d, want %d", k, got[k], want[k])
		}
	}
}

func TestVerbAt(t *testing.T) {
	for _, tc := range []struct {
		words string
		i     int
		want  Hit // Lemma, Block, Form, Span, Head
		ok    bool
	}{
		{"russia launched missiles", 1, Hit{Lemma: "launch", Block: "START", Form: Past, Span: [2]int{1, 2}, Head: 1}, true},
		{"russia launches missiles", 1, Hit{Lemma: "launch", Block: "START", Form: ThirdPerson, Span: [2]int{1, 2}, Head: 1}, true},
		{"they are launching missiles", 2, Hit{Lemma: "launch", Block: "START", Form: Gerund, Span: [2]int{2, 3}, Head: 2}, true},
		{"they launch missiles", 1, Hit{Lemma: "launch", Block: "START", Form: Base, Span: [2]int{1, 2}, Head: 1}, true},
		// Irregular forms from {...}; a participle apart from the past.
		{"troops sped north", 1, Hit{Lemma: "speed", Block: "ACCELERATE", Form: Past, Span: [2]int{1, 2}, Head: 1}, true},
		{"they have taken the town", 2, Hit{Lemma: "take", Block: "APPREHEND", Form: Participle, Span: [2]int{2, 3}, Head: 2}, true},
		{"they took the town", 1, Hit{Lemma: "take", Block: "APPREHEND", Form: Past, Span: [2]int{1, 2}, Head: 1}, true},
		// Regular forms spelled as English spells them.
		{"the army stopped the convoy", 2, Hit{Lemma: "stop", Block: "CANCEL", Form: Past, Span: [2]int{2, 3}, Head: 2}, true},
		{"police carried out raids", 1, Hit{Lemma: "carry out", Block: "PERPETUATE", Form: Past, Span: [2]int{1, 3}, Head: 1}, true},
		// A multi-word verb, from its verb word or its particle.
		{"police cordoned off the area", 1, Hit{Lemma: "cordon off", Block: "EXCLUDE", Form: Past, Span: [2]int{1, 3}, Head: 1}, true},
		{"police cordoned off the area", 2, Hit{Lemma: "cordon off", Block: "EXCLUDE", Form: Past, Span: [2]int{1, 3}, Head: 1}, true},
		{"turkey shot down a jet", 2, Hit{Lemma: "shoot down", Block: "KILL", Form: Past, Span: [2]int{1, 3}, Head: 1}, true},
		// The verb alone when its particle is missing.
		{"police cordoned the area", 1, Hit{Lemma: "cordon", Block: "EXCLUDE", Form: Past, Span: [2]int{1, 2}, Head: 1}, false},
		// The project's own verbs.
		{"they urged calm", 1, Hit{Lemma: "urge", Block: "DEMAND", Form: Past, Span: [2]int{1, 2}, Head: 1}, true},
		{"the us sanctioned banks", 2, Hit{Lemma: "sanction", Block: "EXCLUDE", Form: Past, Span: [2]int{2, 3}, Head: 2}, true},
		{"the off switch", 1, Hit{}, false},
		{"russia", 3, Hit{}, false},
	} {
		words := strings.Fields(tc.words)
		got, ok := testDict.VerbAt(words, tc.i)
		got.verb, got.noun = 0, 0
		if !tc.ok && !ok {
			continue
		}
		if ok != tc.ok || got != tc.want {
			t.Errorf("VerbAt(%q, %d) = %+v, %v; want %+v, %v", tc.words, tc.i, got, ok, tc.want, tc.ok)
		}
	}
}

// nounSentences has a sentence for every row of own/nouns.tsv.
var nounSentences = map[string]string{
	"invasion":      "The invasion of Iraq began in 2003.",
	"occupation":    "The occupation of the West Bank continued.",
	"talks":         "Peace talks opened in Geneva.",
	"negotiation":   "Negotiations on trade stalled.",
	"meeting":       "The meeting of the two leaders lasted an hour.",
	"visit":         "The president ended a visit to Japan.",
	"sanctions":     "New sanctions on Iran took effect.",
	"release":       "The release of the hostages came after talks.",
	"attack":        "An attack on the embassy killed two guards.",
	"airstrike":     "Airstrikes hit the city overnight.",
	"air strike":    "An air strike destroyed the bridge.",
	"bombing":       "The bombing of the station killed dozens.",
	"raid":          "A raid on the compound ended at dawn.",
	"assassination": "The assassination of the archduke started a war.",
	"arrest":        "The arrest of the opposition leader sparked protests.",
	"detention":     "His detention lasted six months.",
	"expulsion":     "The expulsion of the diplomats angered Moscow.",
	"deportation":   "Deportations of migrants rose last year.",
	"extradition":   "The extradition of the suspect was approved.",
	"seizure":       "The seizure of the tanker raised tensions.",
	"capture":       "The capture of the town was confirmed.",
	"deployment":    "The deployment of troops to the border continued.",
	"withdrawal":    "The withdrawal of forces was completed.",
	"evacuation":    "The evacuation of civilians began on Monday.",
	"blockade":      "The blockade of the port was lifted.",
	"boycott":       "The boycott of the games was announced.",
	"embargo":       "The embargo on oil was extended.",
	"condemnation":  "The vote drew international condemnation.",
	"criticism":     "The plan drew criticism from allies.",
	"accusation":    "The accusations of fraud were denied.",
	"protest":       "Protests spread to the capital.",
	"threat":        "The threat of war receded.",
	"warning":       "The warning came after the test.",
	"demand":        "The demands of the strikers were met.",
	"appeal":        "An appeal for calm went unheeded.",
	"pledge":        "The pledge of aid was welcomed.",
	"offer":         "The offer of talks was rejected.",
	"rejection":     "The rejection of the plan surprised observers.",
	"refusal":       "Her refusal to testify was noted.",
	"denial":        "The denial came hours later.",
	"mediation":     "Mediation by Qatar helped.",
	"cooperation":   "Military cooperation between the two countries grew.",
	"investigation": "An investigation into the crash was opened.",
	"recognition":   "Recognition of the new state came slowly.",
}

// TestNounRows finds every row of own/nouns.tsv in a sentence of its own,
// through the tagger, and checks each is listed once.
func TestNounRows(t *testing.T) {
	rows, err := readTable("own/nouns.tsv", 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for k, r := range rows {
		noun := r.fields[0]
		if seen[noun] {
			t.Errorf("own/nouns.tsv:%d: %q listed twice", r.line, noun)
		}
		seen[noun] = true
		text, ok := nounSentences[noun]
		if !ok {
			t.Errorf("own/nouns.tsv:%d: no sentence for %q", r.line, noun)
			continue
		}
		s := parse(text)
		found := false
		for i, tag := range s.tags {
			if !strings.HasPrefix(tag, "NN") {
				continue
			}
			if h, ok := testDict.NounAt(s.words, i); ok && int(h.noun) == k+1 {
				found = true
				if h.Lemma != r.fields[1] || h.Form != Noun {
					t.Errorf("%s: %+v, want lemma %q", text, h, r.fields[1])
				}
			}
		}
		if !found {
			t.Errorf("own/nouns.tsv:%d (%s): not found in %q (tags %v)", r.line, noun, text, s.tags)
		}
	}
	if len(nounSentences) != len(rows) {
		t.Errorf("%d sentences for %d rows", len(nounSentences), len(rows))
	}
}

func TestNounAt(t *testing.T) {
	for _, tc := range []struct {
		words string
		i     int
		want  Hit
		ok    bool
	}{
		{"two invasions", 1, Hit{Lemma: "invade", Block: "INVADE", Form: Noun, Span: [2]int{1, 2}, Head: 1}, true},
		{"us air strikes continued", 1, Hit{Lemma: "bomb", Block: "EXPLOSIVE_DESTRUCTION", Form: Noun, Span: [2]int{1, 3}, Head: 2}, true},
		{"us air strikes continued", 2, Hit{Lemma: "bomb", Block: "EXPLOSIVE_DESTRUCTION", Form: Noun, Span: [2]int{1, 3}, Head: 2}, true},
		{"fresh air", 1, Hit{}, false},
		{"talk", 0, Hit{}, false}, // "talks" are negotiations; "talk" is not listed
	} {
		got, ok := testDict.NounAt(strings.Fields(tc.words), tc.i)
		got.verb, got.noun = 0, 0
		if ok != tc.ok || got != tc.want {
			t.Errorf("NounAt(%q, %d) = %+v, %v; want %+v, %v", tc.words, tc.i, got, ok, tc.want, tc.ok)
		}
	}
}

// TestOwnVerbs codes a sentence for every row of own/verbs.tsv.
func TestOwnVerbs(t *testing.T) {
	sentences := map[string]struct{ text, code string }{
		"urge":     {"The envoy urges restraint.", "020"},
		"sanction": {"The government sanctioned three banks.", "163"},
	}
	rows, err := readTable("own/verbs.tsv", 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		tc, ok := sentences[r.fields[0]]
		if !ok {
			t.Errorf("own/verbs.tsv:%d: no sentence for %q", r.line, r.fields[0])
			continue
		}
		s := parse(tc.text)
		c, ok := s.clause(testDict, 2)
		m, _ := testDict.Match(c)
		if !ok || m.Lemma != r.fields[0] || m.Code != tc.code || !strings.HasPrefix(m.Rule, "own/verbs.tsv:") {
			t.Errorf("%s: %+v, %v; want %s coded %s by own/verbs.tsv", tc.text, m, ok, r.fields[0], tc.code)
		}
	}
	if len(sentences) != len(rows) {
		t.Errorf("%d sentences for %d rows", len(sentences), len(rows))
	}
}
