package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// reportResults are two scored articles: one perfect, one with a missing
// entity, an extra one, a strict-only event failure and a wrong link.
func reportResults(t *testing.T) []*Result {
	g := testGold()
	perfect := Score(quadsOf(docOf(t, g)), g)

	g2 := testGold()
	g2.Article = "second.txt"
	d := docOf(t, g2)
	dropEntity(t, d, "Joe Biden")
	d.Entities = append(d.Entities, &schema.Entity{Kind: schema.KindPerson, Name: "Ilham Aliyev"})
	d.Events[0].Date = mustDate(t, "2023-12")
	entity(t, d, "Armenia").Wikidata = "Q123"
	flawed := Score(quadsOf(d), g2)
	return []*Result{perfect, flawed}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it):\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestWriteText(t *testing.T) {
	for _, tt := range []struct {
		file    string
		verbose bool
	}{{"report.txt", false}, {"report_verbose.txt", true}} {
		var b bytes.Buffer
		if err := WriteText(&b, reportResults(t), tt.verbose); err != nil {
			t.Fatal(err)
		}
		golden(t, tt.file, b.Bytes())
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, reportResults(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json", b.Bytes())

	// The shape decodes as documented.
	var out struct {
		Articles []map[string]json.RawMessage `json:"articles"`
		Micro    map[string]json.RawMessage   `json:"micro"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Articles) != 2 || string(out.Articles[1]["article"]) != `"second.txt"` {
		t.Fatalf("articles: %v", out.Articles)
	}
	for _, k := range []string{"entities", "relations", "events_loose", "events_strict", "links"} {
		if _, ok := out.Micro[k]; !ok {
			t.Errorf("micro: no %q", k)
		}
	}
	if _, ok := out.Micro["missed"]; ok {
		t.Error("micro has missed items")
	}

	b.Reset()
	if err := WriteJSON(&b, nil); err != nil {
		t.Fatal(err)
	}
	golden(t, "report_empty.json", b.Bytes())
}
