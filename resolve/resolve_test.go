package resolve_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/loaders/refdata"
	"github.com/newsgraph/newsgraph/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

func iri(k schema.Kind, name string) quad.IRI { return schema.EntityIRI(k, name) }

var (
	us      = iri(schema.KindCountry, "United States")
	ukraine = iri(schema.KindCountry, "Ukraine")
	person  = schema.KindPerson
)

// stored returns a Resolver that holds the entities of the given docs, as
// a build that wrote them would.
func stored(docs ...*schema.Doc) *resolve.Resolver {
	r := resolve.New(nil)
	for _, d := range docs {
		r.Resolve(d)
		r.Add(d)
	}
	return r
}

func doc(hash string, ents ...*schema.Entity) *schema.Doc {
	return &schema.Doc{Article: schema.Article{Hash: hash}, Entities: ents}
}

func TestResolve(t *testing.T) {
	mcconnell := func() *schema.Doc {
		return doc("a1", &schema.Entity{Kind: person, Name: "Mitch McConnell", Aliases: []string{"McConnell"}})
	}
	tests := []struct {
		name   string
		store  []*schema.Doc
		in     *schema.Entity
		rels   []schema.Relation // of the new article, subject the entity
		want   string            // resulting name
		alias  []string          // resulting aliases
		merged int
	}{
		{"accents", []*schema.Doc{doc("a1", &schema.Entity{Kind: person, Name: "Viktor Orbán"})},
			&schema.Entity{Kind: person, Name: "Viktor Orban"}, nil, "Viktor Orbán", []string{"Viktor Orban"}, 0},
		{"punctuation", []*schema.Doc{doc("a1", &schema.Entity{Kind: schema.KindOrganization, Name: "U.N.H.C.R."})},
			&schema.Entity{Kind: schema.KindOrganization, Name: "UNHCR"}, nil, "U.N.H.C.R.", []string{"UNHCR"}, 1},
		{"surname by alias", []*schema.Doc{mcconnell()},
			&schema.Entity{Kind: person, Name: "McConnell"}, nil, "Mitch McConnell", []string{"McConnell"}, 1},
		{"full name by alias", []*schema.Doc{doc("a1", &schema.Entity{Kind: person, Name: "Joe Biden"})},
			&schema.Entity{Kind: person, Name: "Joseph R. Biden", Aliases: []string{"Joe Biden"}}, nil, "Joe Biden", []string{"Joe Biden", "Joseph R. Biden"}, 1},
		{"surname shared by two people", []*schema.Doc{
			doc("a1", &schema.Entity{Kind: person, Name: "Jeb Bush", Aliases: []string{"Bush"}}),
			doc("a2", &schema.Entity{Kind: person, Name: "Laura Bush"})},
			&schema.Entity{Kind: person, Name: "Bush"}, nil, "Bush", nil, 0},
		{"surname first", []*schema.Doc{
			doc("a1", &schema.Entity{Kind: person, Name: "Sung Kim", Aliases: []string{"Kim"}}),
			doc("a2", &schema.Entity{Kind: person, Name: "Kim Jong Un"})},
			&schema.Entity{Kind: person, Name: "Kim"}, nil, "Kim", nil, 0},
		{"alias of two nodes", []*schema.Doc{
			doc("a1", &schema.Entity{Kind: schema.KindPlace, Name: "Washington, D.C.", Aliases: []string{"Washington"}}),
			doc("a2", &schema.Entity{Kind: schema.KindPlace, Name: "Washington State", Aliases: []string{"Washington"}})},
			&schema.Entity{Kind: schema.KindPlace, Name: "Washington"}, nil, "Washington", nil, 0},
		{"other type", []*schema.Doc{doc("a1", &schema.Entity{Kind: schema.KindPlace, Name: "Georgia", Aliases: []string{"Peach State"}})},
			&schema.Entity{Kind: schema.KindCountry, Name: "Peach State"}, nil, "Peach State", nil, 0},
		{"bare surname node is no evidence", []*schema.Doc{doc("a1", &schema.Entity{Kind: person, Name: "Sanders"})},
			&schema.Entity{Kind: person, Name: "Bernie Sanders", Aliases: []string{"Sanders"}}, nil, "Bernie Sanders", []string{"Sanders"}, 0},
		{"countries conflict", []*schema.Doc{{
			Article:   schema.Article{Hash: "a1"},
			Entities:  []*schema.Entity{{Kind: person, Name: "John Kelly", Aliases: []string{"Kelly"}}},
			Relations: []schema.Relation{{Subject: iri(person, "John Kelly"), Predicate: schema.OfficialOf, Object: us}},
		}},
			&schema.Entity{Kind: person, Name: "Kelly"},
			[]schema.Relation{{Subject: iri(person, "Kelly"), Predicate: schema.NationalOf, Object: ukraine}},
			"Kelly", nil, 0},
		{"alias the extractor got wrong", []*schema.Doc{doc("a1", &schema.Entity{Kind: schema.KindOrganization, Name: "CNN", Aliases: []string{"Atlanta"}})},
			&schema.Entity{Kind: schema.KindOrganization, Name: "Atlanta"}, nil, "Atlanta", nil, 0},
		{"acronym", []*schema.Doc{doc("a1", &schema.Entity{Kind: schema.KindOrganization, Name: "Organization of the Petroleum Exporting Countries", Aliases: []string{"OPEC"}})},
			&schema.Entity{Kind: schema.KindOrganization, Name: "OPEC"}, nil, "Organization of the Petroleum Exporting Countries", []string{"OPEC"}, 1},
		{"county", []*schema.Doc{doc("a1", &schema.Entity{Kind: schema.KindPlace, Name: "Maricopa County", Aliases: []string{"Maricopa"}})},
			&schema.Entity{Kind: schema.KindPlace, Name: "Maricopa"}, nil, "Maricopa County", []string{"Maricopa"}, 1},
		{"city is not the state", []*schema.Doc{doc("a1", &schema.Entity{Kind: schema.KindPlace, Name: "Jersey", Aliases: []string{"Jersey City"}})},
			&schema.Entity{Kind: schema.KindPlace, Name: "Jersey City"}, nil, "Jersey City", nil, 0},
		{"given name is not a surname", []*schema.Doc{doc("a1", &schema.Entity{Kind: person, Name: "Pete Buttigieg", Aliases: []string{"Pete"}})},
			&schema.Entity{Kind: person, Name: "Pete"}, nil, "Pete", nil, 0},
		{"same Wikidata, other name", []*schema.Doc{doc("a1", &schema.Entity{Kind: person, Name: "Volodymyr Zelenskyy", Wikidata: "Q3874799"})},
			&schema.Entity{Kind: person, Name: "Volodymyr Zelensky", Wikidata: "Q3874799"}, nil, "Volodymyr Zelenskyy", []string{"Volodymyr Zelensky"}, 1},
		{"Wikidata is the authority", []*schema.Doc{doc("a1", &schema.Entity{Kind: person, Name: "Ali Khan", Aliases: []string{"Khan"}})},
			&schema.Entity{Kind: person, Name: "Khan", Wikidata: "Q1"}, nil, "Khan", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := stored(tt.store...)
			d := doc("new", tt.in)
			d.Relations = tt.rels
			if got := r.Resolve(d); got != tt.merged {
				t.Errorf("Resolve = %d merged, want %d", got, tt.merged)
			}
			e := d.Entities[0]
			if e.Name != tt.want || !reflect.DeepEqual(e.Aliases, tt.alias) {
				t.Errorf("entity = %q %q, want %q %q", e.Name, e.Aliases, tt.want, tt.alias)
			}
		})
	}
}

// TestResolveRewrites checks that relations and events follow a merged
// entity and that two entities of one article reaching one node combine.
func TestResolveRewrites(t *testing.T) {
	r := stored(doc("a1", &schema.Entity{Kind: person, Name: "Mitch McConnell", Aliases: []string{"McConnell"}}))
	old := iri(person, "McConnell")
	full := iri(person, "Mitch McConnell")
	d := &schema.Doc{
		Article: schema.Article{Hash: "a2"},
		Entities: []*schema.Entity{
			{Kind: person, Name: "McConnell", Mentions: 2, JobTitles: []string{"leader"}},
			{Kind: person, Name: "Mitch McConnell", Mentions: 1},
			{Kind: schema.KindCountry, Name: "United States", Wikidata: "Q30"},
		},
		Relations: []schema.Relation{
			{Subject: old, Predicate: schema.OfficialOf, Object: us},
			{Subject: full, Predicate: schema.OfficialOf, Object: us},
		},
		Events: []schema.Event{{Code: "010", Agents: []quad.IRI{old, full}, Targets: []quad.IRI{us}}},
	}
	if got := r.Resolve(d); got != 1 {
		t.Fatalf("Resolve = %d merged, want 1", got)
	}
	want := &schema.Doc{
		Article: d.Article,
		Entities: []*schema.Entity{
			{Kind: person, Name: "Mitch McConnell", Aliases: []string{"McConnell"}, Mentions: 3, JobTitles: []string{"leader"}},
			{Kind: schema.KindCountry, Name: "United States", Wikidata: "Q30"},
		},
		Relations: []schema.Relation{{Subject: full, Predicate: schema.OfficialOf, Object: us}},
		Events:    []schema.Event{{Code: "010", Agents: []quad.IRI{full}, Targets: []quad.IRI{us}}},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got\n%+v\nwant\n%+v", d, want)
	}
	if st := r.Stats(); st.Merged[resolve.RuleAlias] != 1 || st.Combined != 1 {
		t.Errorf("Stats = %+v, want 1 alias merge, 1 combined", st)
	}
}

// TestResolveVariants checks that forms of one person's name in different
// articles reach one node, and that other people of the family name do
// not.
func TestResolveVariants(t *testing.T) {
	tables, err := refdata.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		stored []string // people's names, an article each, with aliases after "|"
		new    string
		want   string // the node's name, or the new name if apart
	}{
		{"short given name", []string{"William Barr"}, "Bill Barr", "William Barr"},
		{"middle initial", []string{"William Barr"}, "William P. Barr", "William Barr"},
		{"short form and numeral", []string{"Robert Mueller"}, "Bob Mueller", "Robert Mueller"},
		{"numeral", []string{"Robert Mueller"}, "Robert S. Mueller III", "Robert Mueller"},
		{"an alias not alike", []string{"Robert Mueller|Bob Mueller|Robert S. Mueller III"}, "Robert S. Mueller III", "Robert Mueller"},
		{"family name first", []string{"Kim Jong Un"}, "Kim Jong-un", "Kim Jong Un"},
		{"another given name", []string{"Mark Carney"}, "Jay Carney", "Jay Carney"},
		{"another person of the family", []string{"William Barr", "Andy Barr"}, "Andy Barr", "Andy Barr"},
		{"either of two", []string{"George W. Bush", "George H. W. Bush"}, "George Bush", "George Bush"},
		{"a son", []string{"Donald Trump"}, "Donald Trump Jr.", "Donald Trump Jr."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := resolve.New(tables)
			for i, n := range tt.stored {
				names := strings.Split(n, "|")
				d := doc(fmt.Sprint("s", i), &schema.Entity{Kind: person, Name: names[0], Aliases: names[1:]})
				r.Resolve(d)
				r.Add(d)
			}
			d := doc("new", &schema.Entity{Kind: person, Name: tt.new})
			r.Resolve(d)
			if got := d.Entities[0].Name; got != tt.want {
				t.Errorf("%q after %q is %q, want %q", tt.new, tt.stored, got, tt.want)
			}
		})
	}
}
