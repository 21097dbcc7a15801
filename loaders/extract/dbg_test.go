package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/loaders"
)

func TestDebugArticle(t *testing.T) {
	p := os.Getenv("NG_ARTICLE")
	if p == "" {
		t.Skip()
	}
	x, _ := New()
	data, _ := os.ReadFile(p)
	a, _ := loaders.ParseArticle(data, loaders.Options{})
	doc := x.Extract(a)
	names := map[string]string{}
	for _, e := range doc.Entities {
		names[string(e.IRI())] = e.Name
	}
	for _, e := range doc.Events {
		var ag, tg []string
		for _, v := range e.Agents {
			ag = append(ag, names[string(v)])
		}
		for _, v := range e.Targets {
			tg = append(tg, names[string(v)])
		}
		fmt.Printf("%s %v > %v | %s | %.90s\n", e.Code, ag, tg, e.Rule, e.Evidence)
	}
}
