package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
)

func TestLocalName(t *testing.T) {
	tests := []struct {
		iri  quad.IRI
		want string
	}{
		{LeaderOf, "leaderOf"},
		{Type, "type"},
		{ClassPerson, "Person"},
		{XSDGYearMonth, "gYearMonth"},
		{"https://newsgraph.dev/id/person/nikol-pashinyan", "nikol-pashinyan"},
		{"http://www.wikidata.org/entity/Q399", "Q399"},
		{"https://a.example/path#frag/ment", "ment"}, // the last '#' or '/'
		{"https://a.example/x/y#z", "z"},
		{"https://a.example/x/", ""},
		{"urn:isbn:123", "urn:isbn:123"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := LocalName(tt.iri); got != tt.want {
			t.Errorf("LocalName(%q) = %q, want %q", tt.iri, got, tt.want)
		}
	}
}

func TestRelationsList(t *testing.T) {
	want := []string{"leaderOf", "officialOf", "memberOf", "partOf", "locatedIn", "capitalOf", "nationalOf"}
	if len(Relations) != len(want) {
		t.Fatalf("Relations has %d predicates, want %d", len(Relations), len(want))
	}
	for i, p := range Relations {
		if string(p) != NS+want[i] {
			t.Errorf("Relations[%d] = %q, want %q", i, p, NS+want[i])
		}
	}
}

func TestFoldName(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":             "us",
		"Viktor Orbán":     "viktor orban",
		"Nagorno-Karabakh": "nagorno karabakh",
		"O’Brien":          "obrien",
		"  AL  Jazeera ":   "al jazeera",
	} {
		if got := FoldName(in); got != want {
			t.Errorf("FoldName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLexical(t *testing.T) {
	tests := []struct {
		v    quad.Value
		want string
		ok   bool
	}{
		{quad.String("TASS"), "TASS", true},
		{quad.TypedString{Value: "2023-12", Type: XSDGYearMonth}, "2023-12", true},
		{quad.LangString{Value: "Arménie", Lang: "fr"}, "Arménie", true},
		{quad.Int(32), "32", true},
		{quad.Float(-10), "-10", true},
		{quad.Bool(true), "true", true},
		{quad.IRI("http://example.org/a"), "", false},
		{quad.BNode("b1"), "", false},
	}
	for _, tt := range tests {
		if got, ok := Lexical(tt.v); got != tt.want || ok != tt.ok {
			t.Errorf("Lexical(%#v) = %q, %v; want %q, %v", tt.v, got, ok, tt.want, tt.ok)
		}
	}
}
