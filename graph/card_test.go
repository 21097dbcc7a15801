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
		c := cardIn(t, path, docs, string(iran))
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

// cardIn returns the card of the entity iri in a store at path (Memory or
// a file) that holds docs' quads.
func cardIn(t *testing.T, path string, docs [][]quad.Quad, iri string) Card {
	t.Helper()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddArticles(docs); err != nil {
		t.Fatal(err)
	}
	a, err := s.Ask(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	c, err := a.Card(iri, 0)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A card lists the names the articles gave the entity, each with the
// number of articles that wrote it, the most written first, on a memory
// store and a file store.
func TestCardForms(t *testing.T) {
	mueller := schema.EntityIRI(schema.KindPerson, "Robert Mueller")
	doc := func(hash byte, aliases ...string) []quad.Quad {
		d := &schema.Doc{
			Article:  schema.Article{Hash: strings.Repeat(string(hash), 64), Headline: "h", Date: schema.Date{Year: 2018, Month: 3, Day: 1}},
			Entities: []*schema.Entity{{Kind: schema.KindPerson, Name: "Robert Mueller", Aliases: aliases}},
		}
		return d.Quads(schema.LoadCodes())
	}
	docs := [][]quad.Quad{doc('a', "Mueller"), doc('b', "Bob Mueller", "Mueller"), doc('c')}
	want := "Robert Mueller 3, Mueller 2, Bob Mueller 1"
	for _, path := range []string{Memory, filepath.Join(t.TempDir(), "forms.db")} {
		c := cardIn(t, path, docs, string(mueller))
		var got []string
		for _, f := range c.Forms {
			got = append(got, f.Form+" "+itoa(f.Articles))
		}
		if g := strings.Join(got, ", "); g != want {
			t.Errorf("%s: forms %q, want %q", path, g, want)
		}
	}
}

// Two directly connected entities: every relation and every shared event
// is a connection of its own, relations first, events newest first.
func TestPathDirectConnections(t *testing.T) {
	putin := schema.EntityIRI(schema.KindPerson, "Vladimir Putin")
	trump := schema.EntityIRI(schema.KindPerson, "Donald Trump")
	russia := schema.EntityIRI(schema.KindCountry, "Russia")
	doc := func(hash byte, date schema.Date, code string, rel bool) []quad.Quad {
		d := &schema.Doc{
			Article: schema.Article{Hash: strings.Repeat(string(hash), 64), Headline: "h", Date: date},
			Entities: []*schema.Entity{
				{Kind: schema.KindPerson, Name: "Vladimir Putin"}, {Kind: schema.KindPerson, Name: "Donald Trump"},
				{Kind: schema.KindCountry, Name: "Russia"},
			},
			Events: []schema.Event{{Code: code, Name: code, Agents: []quad.IRI{trump}, Targets: []quad.IRI{putin}, Date: date, Evidence: "e" + code}},
		}
		if rel {
			d.Relations = []schema.Relation{{Subject: putin, Predicate: schema.LeaderOf, Object: russia}, {Subject: trump, Predicate: schema.OfficialOf, Object: russia}}
		}
		return d.Quads(schema.LoadCodes())
	}
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddArticles([][]quad.Quad{
		doc('a', schema.Date{Year: 2018, Month: 7, Day: 16}, "040", true),
		doc('b', schema.Date{Year: 2019, Month: 11, Day: 4}, "051", false),
		doc('c', schema.Date{Year: 2017, Month: 7, Day: 7}, "036", false),
	}); err != nil {
		t.Fatal(err)
	}
	a, err := s.Ask(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	res, err := a.Path(string(trump), string(putin), 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range res.Connections {
		for _, h := range c.Hops {
			got = append(got, h.Kind+" "+h.Event.Cameo+" "+h.Event.Date)
		}
	}
	if want := "event 051 2019-11-04|event 040 2018-07-16"; res.Length != 1 || res.Count != 3 || strings.Join(got, "|") != want {
		t.Errorf("Path: length %d, count %d, connections %q; want 1, 3, %q", res.Length, res.Count, strings.Join(got, "|"), want)
	}
}

// Related counts the articles that name both entities, whatever they say,
// lists entities only co-mentioned, keeps one type, and ranks by
// co-mentions when asked; on a memory store and on a file store (where
// the ask index keeps each article's entities).
func TestRelatedCoMentions(t *testing.T) {
	nk := schema.EntityIRI(schema.KindCountry, "North Korea")
	us := schema.EntityIRI(schema.KindCountry, "United States")
	doc := func(hash byte, names ...string) []quad.Quad {
		d := &schema.Doc{Article: schema.Article{Hash: strings.Repeat(string(hash), 64), Headline: "h", Date: schema.Date{Year: 2019, Month: 1, Day: 1}},
			Entities: []*schema.Entity{{Kind: schema.KindCountry, Name: "North Korea"}}}
		for _, n := range names {
			k := schema.KindOrganization
			if n == "United States" {
				k = schema.KindCountry
			}
			d.Entities = append(d.Entities, &schema.Entity{Kind: k, Name: n})
		}
		if hash == 'a' {
			d.Events = []schema.Event{{Code: "111", Name: "n", Agents: []quad.IRI{nk}, Targets: []quad.IRI{us}, Evidence: "e"}}
		}
		return d.Quads(schema.LoadCodes())
	}
	docs := [][]quad.Quad{doc('a', "United States"), doc('b', "United Nations", "KCNA"), doc('c', "United Nations"), doc('d', "KCNA")}
	for _, path := range []string{Memory, filepath.Join(t.TempDir(), "rel.db")} {
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddArticles(docs); err != nil {
			t.Fatal(err)
		}
		if err := s.WriteAskIndex(context.Background()); err != nil {
			t.Fatal(err)
		}
		a, err := s.Ask(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			o    RelatedOptions
			want string
		}{
			{RelatedOptions{}, "United States 1 1|KCNA 0 2|United Nations 0 2"},
			{RelatedOptions{ByMentions: true, Limit: 2}, "KCNA 0 2|United Nations 0 2"},
			{RelatedOptions{Type: "Country"}, "United States 1 1"},
		} {
			res, err := a.Related(string(nk), tt.o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Related {
				got = append(got, r.Name+" "+itoa(r.SharedEvents)+" "+itoa(r.CoMentions))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("%s: Related(%+v) = %s, want %s", path, tt.o, g, tt.want)
			}
		}
		a.Close()
		s.Close()
	}
}
