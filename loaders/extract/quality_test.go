package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
)

// TestQualityFloor scores the extractor on the annotated development
// articles by the rules of GOLD.md and fails if a score falls below the
// floor the project has reached: a regression guard, not a target.
func TestQualityFloor(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	goldDir := shared.Path(t, "gold")
	files, err := filepath.Glob(filepath.Join(shared.Path(t, "articles"), "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in shared/articles: %v", err)
	}
	var all []*eval.Result
	var mission *eval.Result
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := loaders.ParseArticle(data, loaders.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		g, err := eval.ReadGold(filepath.Join(goldDir, strings.TrimSuffix(filepath.Base(f), ".txt")+".json"))
		if err != nil {
			t.Fatal(err)
		}
		doc := x.Extract(a)
		res := eval.Score(doc.Quads(x.Codes()), g)
		all = append(all, res)
		if strings.HasPrefix(filepath.Base(f), "00_") {
			mission = res
		}
	}
	floor := func(name string, got, min float64) {
		t.Helper()
		if got < min {
			t.Errorf("%s = %.3f, below the floor %.3f", name, got, min)
		}
	}
	m := eval.Sum(all)
	floor("micro entity F1", m.Entities.F1(), 0.975)
	floor("micro relation F1", m.Relations.F1(), 0.89)
	floor("micro event loose F1", m.EventsLoose.F1(), 0.80)
	floor("micro event strict F1", m.EventsStrict.F1(), 0.575)
	if m.Links.Wrong != 0 {
		t.Errorf("%d wrong Wikidata links", m.Links.Wrong)
	}
	floor("mission entity F1", mission.Entities.F1(), 0.97)
	floor("mission relation F1", mission.Relations.F1(), 0.97)
	floor("mission event loose F1", mission.EventsLoose.F1(), 0.97)
	floor("mission event strict F1", mission.EventsStrict.F1(), 0.97)
}
