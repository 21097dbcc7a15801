package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// goldFiles returns the shared gold files, or skips the test.
func goldFiles(t *testing.T) []string {
	t.Helper()
	dir := shared.Path(t, "gold")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no gold files in %s", dir)
	}
	return files
}

func TestReadGoldSharedFiles(t *testing.T) {
	for _, f := range goldFiles(t) {
		g, err := ReadGold(f)
		if err != nil {
			t.Errorf("ReadGold: %v", err)
			continue
		}
		if want := strings.TrimSuffix(filepath.Base(f), ".json") + ".txt"; g.Article != want {
			t.Errorf("%s: article %q, want %q", f, g.Article, want)
		}
		if len(g.Entities) == 0 || len(g.Events) == 0 {
			t.Errorf("%s: %d entities, %d events", f, len(g.Entities), len(g.Events))
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"syntax", "{\n\"article\": \"a.txt\",\n}", "line 3:"},
		{"unknown field", "{\"article\": \"a.txt\",\n\"entities\": [{\"name\": \"A\", \"type\": \"Country\", \"optinal\": true}]}", `line 2: unknown field "optinal"`},
		{"wrong type", "{\"article\": \"a.txt\",\n\"events\": [{\"cameo\": \"046\", \"agent\": [\"A\"], \"quantity\": \"3\"}]}", "line 2: field events.quantity"},
		{"no article", `{"entities": []}`, "article: missing"},
		{"bad type", `{"article": "a.txt", "entities": [{"name": "A", "type": "City"}]}`, `entities[0] ("A").type: "City" is not Country`},
		{"bad qid", `{"article": "a.txt", "entities": [{"name": "A", "type": "Country", "wikidata": "399"}]}`, `entities[0] ("A").wikidata`},
		{"bad relation", `{"article": "a.txt", "entities": [{"name": "A", "type": "Country"}], "relations": [{"subject": "A", "relation": "ownerOf", "object": "A"}]}`, `relations[0].relation: "ownerOf"`},
		{"dangling object", `{"article": "a.txt", "entities": [{"name": "A", "type": "Country"}], "relations": [{"subject": "A", "relation": "partOf", "object": "B"}]}`, `relations[0].object: "B" names no entity`},
		{"bad code", `{"article": "a.txt", "entities": [{"name": "A", "type": "Country"}], "events": [{"cameo": "84a", "agent": ["A"]}]}`, `events[0].cameo: "84a"`},
		{"no agent", `{"article": "a.txt", "entities": [{"name": "A", "type": "Country"}], "events": [{"cameo": "084"}]}`, `events[0].agent: missing`},
		{"dangling target", `{"article": "a.txt", "entities": [{"name": "A", "type": "Country"}], "events": [{"cameo": "084", "agent": ["A"], "target": ["A", "B"]}]}`, `events[0].target[1]: "B" names no entity`},
		{"bad date", `{"article": "a.txt", "entities": [{"name": "A", "type": "Country"}], "events": [{"cameo": "084", "agent": ["A"], "date": "2023-13"}]}`, `events[0].date: date "2023-13": month out of range`},
		{"trailing data", `{"article": "a.txt"} {}`, "data after the JSON object"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".json")
			if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadGold(path)
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), path+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want %q after the file name", err, tt.want)
			}
		})
	}
	if _, err := ReadGold(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing file: error %v", err)
	}
}

// TestSelfScore scores a perfect graph made from each gold file against the
// same file: every measure must be 1.000.
func TestSelfScore(t *testing.T) {
	var results []*Result
	for _, f := range goldFiles(t) {
		g, err := ReadGold(f)
		if err != nil {
			t.Fatal(err)
		}
		r := Score(quadsOf(docOf(t, g)), g)
		results = append(results, r)
		checkPerfect(t, filepath.Base(f), r)
		// Every non-optional item counts once, every optional one not at all.
		want := Counts{}
		for _, e := range g.Entities {
			if !e.Optional {
				want.TP++
			}
		}
		if r.Entities != want {
			t.Errorf("%s: entities %+v, want %+v", f, r.Entities, want)
		}
	}
	checkPerfect(t, "micro", Sum(results))
}

func checkPerfect(t *testing.T, name string, r *Result) {
	t.Helper()
	for m, c := range map[string]Counts{"entities": r.Entities, "relations": r.Relations, "events loose": r.EventsLoose, "events strict": r.EventsStrict} {
		if c.FP != 0 || c.FN != 0 || c.TP == 0 || c.F1() != 1 {
			t.Errorf("%s: %s %+v, want all found and nothing spurious", name, m, c)
		}
	}
	if r.Links.Correct != r.Links.Total || r.Links.Wrong != 0 || r.Links.Total == 0 {
		t.Errorf("%s: links %+v", name, r.Links)
	}
	for _, it := range append(r.Missed, r.Spurious...) {
		t.Errorf("%s: %s", name, it)
	}
}
