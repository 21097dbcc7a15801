package graph

import (
	"context"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// reportDoc is an article whose one event is agent releasing target on date.
func reportDoc(hash, date string, agent, target quad.IRI) *schema.Doc {
	d, _ := schema.ParseDate(date)
	return &schema.Doc{
		Article: schema.Article{Hash: hash},
		Entities: []*schema.Entity{
			{Kind: schema.KindCountry, Name: schema.LocalName(agent)},
			{Kind: schema.KindCountry, Name: schema.LocalName(target)},
		},
		Events: []schema.Event{{Code: "0841", Name: "release", Agents: []quad.IRI{agent}, Targets: []quad.IRI{target}, Date: d, Evidence: "x"}},
	}
}

func TestEventGroups(t *testing.T) {
	az := schema.EntityIRI(schema.KindCountry, "azerbaijan")
	am := schema.EntityIRI(schema.KindCountry, "armenia")
	hash := func(c byte) string {
		b := make([]byte, 64)
		for i := range b {
			b[i] = c
		}
		return string(b)
	}
	docs := []*schema.Doc{
		reportDoc(hash('a'), "2023-12-13", az, am),
		reportDoc(hash('b'), "2023-12-13", az, am),
		reportDoc(hash('c'), "2023-12-13", am, az),
		reportDoc(hash('d'), "2023-12", az, am),
	}
	// A second event of article d, the same happening: counted once.
	docs[3].Events = append(docs[3].Events, docs[3].Events[0])
	want := []EventGroup{
		{Code: "0841", Agents: []quad.IRI{az}, Targets: []quad.IRI{am}, Date: "2023-12-13",
			Events: []quad.IRI{docs[0].EventIRI(0), docs[1].EventIRI(0)}, Articles: 2},
		{Code: "0841", Agents: []quad.IRI{am}, Targets: []quad.IRI{az}, Date: "2023-12-13",
			Events: []quad.IRI{docs[2].EventIRI(0)}, Articles: 1},
		{Code: "0841", Agents: []quad.IRI{az}, Targets: []quad.IRI{am}, Date: "2023-12",
			Events: []quad.IRI{docs[3].EventIRI(0), docs[3].EventIRI(1)}, Articles: 1},
	}
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t, false)
			defer s.Close()
			var batch [][]quad.Quad
			for _, d := range docs {
				batch = append(batch, d.Quads(schema.LoadCodes()))
			}
			if _, err := s.AddArticles(batch); err != nil {
				t.Fatal(err)
			}
			got, err := s.EventGroups(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("EventGroups:\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// TestEntityNodesSaved checks that saved entity nodes are used while they
// describe the store, and read again from the quads once it changes.
func TestEntityNodesSaved(t *testing.T) {
	s := backends(t)["bbolt"](t, false)
	defer s.Close()
	ctx := context.Background()
	if _, err := s.AddArticles([][]quad.Quad{testQuads()}); err != nil {
		t.Fatal(err)
	}
	pashinyan := schema.EntityIRI(schema.KindPerson, "Nikol Pashinyan")
	armenia := schema.EntityIRI(schema.KindCountry, "Armenia")
	want := []EntityNode{
		{IRI: armenia, Kind: schema.KindCountry, Names: []string{"Armenia"}, Wikidata: []string{"Q399"}},
		{IRI: pashinyan, Kind: schema.KindPerson, Names: []string{"Nikol Pashinyan"}, Aliases: []string{"Pashinyan"}, Affiliations: []quad.IRI{armenia}},
	}
	got, err := s.EntityNodes(ctx)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("EntityNodes = %+v, %v\nwant %+v", got, err, want)
	}
	saved := want[:1]
	if err := s.SaveEntityNodes(saved); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.EntityNodes(ctx); !reflect.DeepEqual(got, saved) {
		t.Errorf("EntityNodes after SaveEntityNodes = %+v, want the saved %+v", got, saved)
	}
	d := reportDoc(testDoc().Article.Hash[:63]+"0", "2023-12-13", armenia, armenia)
	d.Entities = []*schema.Entity{{Kind: schema.KindCountry, Name: "Armenia"}}
	if _, err := s.AddArticles([][]quad.Quad{d.Quads(schema.LoadCodes())}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.EntityNodes(ctx); !reflect.DeepEqual(got, want) {
		t.Errorf("EntityNodes after a write = %+v, want %+v read from the quads", got, want)
	}
}
