package graph

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// A card's relations carry the publication dates of the articles that
// state them and are listed oldest first, so that who held a role when
// reads in order, on a memory store (Cayley's iterators) and a file store
// (the bbolt indexes).
func TestCardRelationDates(t *testing.T) {
	iran := schema.EntityIRI(schema.KindCountry, "Iran")
	leader := func(hash byte, date schema.Date, who string) []quad.Quad {
		p := schema.EntityIRI(schema.KindPerson, who)
		d := &schema.Doc{
			Article: schema.Article{Hash: strings.Repeat(string(hash), 64), Headline: "h", Date: date},
			Entities: []*schema.Entity{
				{Kind: schema.KindCountry, Name: "Iran"},
				{Kind: schema.KindPerson, Name: who},
			},
			Relations: []schema.Relation{{Subject: p, Predicate: schema.LeaderOf, Object: iran}},
		}
		return d.Quads(schema.LoadCodes())
	}
	docs := [][]quad.Quad{
		leader('c', schema.Date{Year: 2023, Month: 1, Day: 5}, "Ebrahim Raisi"),
		leader('a', schema.Date{Year: 2019, Month: 6, Day: 13}, "Hassan Rouhani"),
		leader('b', schema.Date{Year: 2021, Month: 8, Day: 5}, "Ebrahim Raisi"),
		leader('d', schema.Date{Year: 2014, Month: 2, Day: 14}, "Hassan Rouhani"),
	}
	want := "Hassan Rouhani leaderOf Iran 2 2014-02-14 2019-06-13\nEbrahim Raisi leaderOf Iran 2 2021-08-05 2023-01-05"
	for _, path := range []string{Memory, filepath.Join(t.TempDir(), "card.db")} {
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddArticles(docs); err != nil {
			t.Fatal(err)
		}
		a, err := s.Ask(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		c, err := a.Card(string(iran), 0)
		a.Close()
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range c.Relations {
			got = append(got, strings.Join([]string{r.Subject.Name, r.Predicate, r.Object.Name, itoa(r.Articles), r.FirstDate, r.LastDate}, " "))
		}
		if g := strings.Join(got, "\n"); g != want {
			t.Errorf("%s: relations\n%s\nwant\n%s", path, g, want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
