package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestStats(t *testing.T) {
	db := loadedStore(t)
	unchanged(t, db, func() {
		expect(t, "", []string{"stats", "--db", db}, `articles  0
quads     6
entities  0  (Country 0, Person 0, Organization 0, Place 0)
events    0
`, "", 0)
		expect(t, "", []string{"stats", "--db", db, "--format", "json"},
			`{"articles":0,"quads":6,"entities":0,"entitiesByType":{"Country":0,"Organization":0,"Person":0,"Place":0},"events":0,"eventsByRoot":{}}`+"\n", "", 0)
	})
}

// TestStatsArticle counts the graph package's golden article.
func TestStatsArticle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "article.db")
	article := filepath.Join("..", "..", "graph", "testdata", "article.nq")
	expect(t, "", []string{"load", "--db", db, article}, "read 26 quads from "+article+"\nstored 26 new quads of 26 read\n", "", 0)
	expect(t, "", []string{"stats", "--db", db}, `articles  1
quads     26
entities  2   (Country 1, Person 1, Organization 0, Place 0)
events    1   (08 1)
`, "", 0)
}

func TestStatsText(t *testing.T) {
	var b strings.Builder
	writeStats(&b, graph.Stats{
		Articles:       1,
		Quads:          123,
		Entities:       17,
		EntitiesByType: map[string]int{"Country": 6, "Person": 1, "Organization": 4, "Place": 6},
		Events:         10,
		EventsByRoot:   map[string]int{"19": 2, "04": 2, "05": 1, "08": 2, "": 3},
	})
	want := `articles  1
quads     123
entities  17   (Country 6, Person 1, Organization 4, Place 6)
events    10   (uncoded 3, 04 2, 05 1, 08 2, 19 2)
`
	if b.String() != want {
		t.Errorf("stats text:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestStatsErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	usage := "run 'newsgraph help stats' for usage\n"
	expect(t, "", []string{"stats", "--db", db, "--format", "xml"}, "", `newsgraph stats: unknown format "xml" (want text, json)`+"\n"+usage, 2)
	expect(t, "", []string{"stats", "--db", db, "extra"}, "", "newsgraph stats: takes no arguments\n"+usage, 2)
	expect(t, "", []string{"stats", "--db", db}, "", `newsgraph: no store at "`+db+`": build one with 'newsgraph build'`+"\n", 1)
}
