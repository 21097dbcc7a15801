package schema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestKindRoundTrip(t *testing.T) {
	tests := []struct {
		k     Kind
		name  string
		class quad.IRI
	}{
		{KindCountry, "Country", "http://schema.org/Country"},
		{KindPerson, "Person", "http://schema.org/Person"},
		{KindOrganization, "Organization", "http://schema.org/Organization"},
		{KindPlace, "Place", "http://schema.org/Place"},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.name {
			t.Errorf("Kind(%d).String() = %q, want %q", tt.k, got, tt.name)
		}
		if got := tt.k.Class(); got != tt.class {
			t.Errorf("Kind(%d).Class() = %q, want %q", tt.k, got, tt.class)
		}
		if got, ok := ParseKind(tt.name); got != tt.k || !ok {
			t.Errorf("ParseKind(%q) = %d, %v; want %d, true", tt.name, got, ok, tt.k)
		}
		if got, ok := KindOfClass(tt.class); got != tt.k || !ok {
			t.Errorf("KindOfClass(%q) = %d, %v; want %d, true", tt.class, got, ok, tt.k)
		}
	}
}

func TestParseKindUnknown(t *testing.T) {
	for _, s := range []string{"", "country", "COUNTRY", "City", "Event", " Person"} {
		if got, ok := ParseKind(s); got != 0 || ok {
			t.Errorf("ParseKind(%q) = %d, %v; want 0, false", s, got, ok)
		}
	}
}

func TestKindOfClassUnknown(t *testing.T) {
	for _, iri := range []quad.IRI{
		"http://schema.org/",
		"http://schema.org/City",
		"http://schema.org/Event",
		"https://newsgraph.dev/ns#Country", // right name, wrong namespace
		"https://schema.org/Country",       // https is not the schema.org namespace used
		"Country",
	} {
		if got, ok := KindOfClass(iri); got != 0 || ok {
			t.Errorf("KindOfClass(%q) = %d, %v; want 0, false", iri, got, ok)
		}
	}
}

func TestKindStringUnknown(t *testing.T) {
	for _, k := range []Kind{0, 5} {
		if got := k.String(); got != "" {
			t.Errorf("Kind(%d).String() = %q, want \"\"", k, got)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nikol Pashinyan", "nikol-pashinyan"},
		{"Orbán", "orban"},
		{"Viktor Orbán", "viktor-orban"},
		{"Côte d'Ivoire", "cote-d-ivoire"},
		{"Côte d’Ivoire", "cote-d-ivoire"},
		{"U.S.", "u-s"},
		{"U.S.A.", "u-s-a"},
		{"(Reuters)", "reuters"},
		{"  --Hamas--  ", "hamas"},
		{"“Wagner”.", "wagner"},
		{"Nagorno-Karabakh", "nagorno-karabakh"},
		{"Nagorno - Karabakh", "nagorno-karabakh"}, // a run of non-letters is one hyphen
		{"São Tomé and Príncipe", "sao-tome-and-principe"},
		{"İstanbul", "istanbul"},
		{"G7", "g7"},
		{"1st Armored Division", "1st-armored-division"},
		{"ﬁnance", "finance"}, // compatibility ligature
		{"AT&T", "at-t"},
		{"", ""},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntityIRI(t *testing.T) {
	tests := []struct {
		k    Kind
		name string
		want quad.IRI
	}{
		{KindPerson, "Nikol Pashinyan", "https://newsgraph.dev/id/person/nikol-pashinyan"},
		{KindCountry, "Côte d'Ivoire", "https://newsgraph.dev/id/country/cote-d-ivoire"},
		{KindOrganization, "U.N.", "https://newsgraph.dev/id/organization/u-n"},
		{KindPlace, "Orbán", "https://newsgraph.dev/id/place/orban"},
	}
	for _, tt := range tests {
		if got := EntityIRI(tt.k, tt.name); got != tt.want {
			t.Errorf("EntityIRI(%v, %q) = %q, want %q", tt.k, tt.name, got, tt.want)
		}
		e := &Entity{Kind: tt.k, Name: tt.name}
		if got := e.IRI(); got != tt.want {
			t.Errorf("Entity{%v, %q}.IRI() = %q, want %q", tt.k, tt.name, got, tt.want)
		}
	}
}

func TestIntegerDecimal(t *testing.T) {
	const xsd = "http://www.w3.org/2001/XMLSchema#"
	tests := []struct {
		got, want quad.Value
	}{
		{Integer(0), quad.TypedString{Value: "0", Type: xsd + "integer"}},
		{Integer(32), quad.TypedString{Value: "32", Type: xsd + "integer"}},
		{Integer(-4), quad.TypedString{Value: "-4", Type: xsd + "integer"}},
		{Decimal(7), quad.TypedString{Value: "7.0", Type: xsd + "decimal"}},
		{Decimal(0), quad.TypedString{Value: "0.0", Type: xsd + "decimal"}},
		{Decimal(-10), quad.TypedString{Value: "-10.0", Type: xsd + "decimal"}},
		{Decimal(-0.1), quad.TypedString{Value: "-0.1", Type: xsd + "decimal"}},
		{Decimal(3.4), quad.TypedString{Value: "3.4", Type: xsd + "decimal"}},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %#v, want %#v", i, tt.got, tt.want)
		}
	}
}

// nq prints a quad in N-Quads-like form for readable diffs.
func nq(q quad.Quad) string {
	return fmt.Sprintf("%s %s %s %s", q.Subject, q.Predicate, q.Object, q.Label)
}

func TestDocQuads(t *testing.T) {
	const (
		hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
		id   = "https://newsgraph.dev/id/"
		s    = "http://schema.org/"
		ng   = "https://newsgraph.dev/ns#"
		xsd  = "http://www.w3.org/2001/XMLSchema#"
		typ  = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
	)
	art := quad.IRI(id + "article/" + hash)
	armenia := quad.IRI(id + "country/armenia")
	pashinyan := quad.IRI(id + "person/nikol-pashinyan")
	yerevan := quad.IRI(id + "place/yerevan")
	ev0 := quad.IRI(id + "event/0123456789abcdef-0")
	ev1 := quad.IRI(id + "event/0123456789abcdef-1")
	ev2 := quad.IRI(id + "event/0123456789abcdef-2")
	str := func(v string) quad.Value { return quad.String(v) }
	lit := func(v, typ string) quad.Value {
		return quad.TypedString{Value: quad.String(v), Type: quad.IRI(xsd + typ)}
	}

	doc := &Doc{
		Article: Article{Hash: hash, Headline: "Azerbaijan releases 32 Armenians", Date: Date{2023, 12, 13}, URL: "https://example.com/a", ID: "rec-17", Words: 500},
		Entities: []*Entity{
			{
				Kind: KindCountry, Name: "Armenia", Wikidata: "Q399", Mentions: 3,
				// The name itself and repeats are dropped; the rest sorted.
				Aliases: []string{"Republic of Armenia", "Armenia", "Armenian", "Republic of Armenia"},
			},
			{
				Kind: KindPerson, Name: "Nikol Pashinyan", Mentions: 1,
				JobTitles: []string{"prime minister", "Prime Minister", "prime minister"},
			},
			{
				Kind: KindPlace, Name: "Yerevan", Classes: []quad.IRI{ClassCity},
				Aliases: []string{"Yerevan"}, // only the name: no alternateName
			},
		},
		Relations: []Relation{
			{Subject: pashinyan, Predicate: LeaderOf, Object: armenia},
			{Subject: yerevan, Predicate: CapitalOf, Object: armenia},
		},
		Events: []Event{
			{
				Code: "0841", Name: "release", Agents: []quad.IRI{id + "country/azerbaijan"}, Targets: []quad.IRI{armenia},
				Participants: []quad.IRI{pashinyan}, Locations: []quad.IRI{yerevan},
				Date: Date{Year: 2023, Month: 12}, Quantity: 32, Evidence: "Azerbaijan releases 32 Armenians", Sentence: 0,
			},
			{Code: "011", Name: "decline comment", Date: Date{Year: 2022}, Evidence: "declined to comment", Sentence: 4},
			{Code: "9999", Name: "unknown code", Date: Date{2023, 12, 11}, Evidence: "e", Sentence: 7},
		},
	}
	want := []quad.Quad{
		{Subject: art, Predicate: typ, Object: quad.IRI(s + "NewsArticle")},
		{Subject: art, Predicate: quad.IRI(ng + "contentHash"), Object: str(hash)},
		{Subject: art, Predicate: quad.IRI(s + "headline"), Object: str("Azerbaijan releases 32 Armenians")},
		{Subject: art, Predicate: quad.IRI(s + "datePublished"), Object: lit("2023-12-13", "date")},
		{Subject: art, Predicate: quad.IRI(s + "url"), Object: str("https://example.com/a")},
		{Subject: art, Predicate: quad.IRI(s + "identifier"), Object: str("rec-17")},

		{Subject: armenia, Predicate: typ, Object: quad.IRI(s + "Country")},
		{Subject: armenia, Predicate: quad.IRI(s + "name"), Object: str("Armenia")},
		{Subject: armenia, Predicate: quad.IRI(s + "alternateName"), Object: str("Armenian")},
		{Subject: armenia, Predicate: quad.IRI(s + "alternateName"), Object: str("Republic of Armenia")},
		{Subject: armenia, Predicate: quad.IRI(s + "sameAs"), Object: quad.IRI("http://www.wikidata.org/entity/Q399")},
		{Subject: armenia, Predicate: quad.IRI(ng + "mentions"), Object: lit("3", "integer")},

		{Subject: pashinyan, Predicate: typ, Object: quad.IRI(s + "Person")},
		{Subject: pashinyan, Predicate: quad.IRI(s + "name"), Object: str("Nikol Pashinyan")},
		{Subject: pashinyan, Predicate: quad.IRI(s + "jobTitle"), Object: str("Prime Minister")},
		{Subject: pashinyan, Predicate: quad.IRI(s + "jobTitle"), Object: str("prime minister")},
		{Subject: pashinyan, Predicate: quad.IRI(ng + "mentions"), Object: lit("1", "integer")},

		{Subject: yerevan, Predicate: typ, Object: quad.IRI(s + "Place")},
		{Subject: yerevan, Predicate: typ, Object: quad.IRI(s + "City")},
		{Subject: yerevan, Predicate: quad.IRI(s + "name"), Object: str("Yerevan")},

		{Subject: pashinyan, Predicate: quad.IRI(ng + "leaderOf"), Object: armenia},
		{Subject: yerevan, Predicate: quad.IRI(ng + "capitalOf"), Object: armenia},

		{Subject: ev0, Predicate: typ, Object: quad.IRI(s + "Event")},
		{Subject: ev0, Predicate: quad.IRI(ng + "cameo"), Object: str("0841")},
		{Subject: ev0, Predicate: quad.IRI(ng + "goldstein"), Object: lit("7.0", "decimal")},
		{Subject: ev0, Predicate: quad.IRI(ng + "quadClass"), Object: lit("2", "integer")},
		{Subject: ev0, Predicate: quad.IRI(s + "name"), Object: str("release")},
		{Subject: ev0, Predicate: quad.IRI(s + "agent"), Object: quad.IRI(id + "country/azerbaijan")},
		{Subject: ev0, Predicate: quad.IRI(ng + "target"), Object: armenia},
		{Subject: ev0, Predicate: quad.IRI(s + "participant"), Object: pashinyan},
		{Subject: ev0, Predicate: quad.IRI(s + "location"), Object: yerevan},
		{Subject: ev0, Predicate: quad.IRI(s + "startDate"), Object: lit("2023-12", "gYearMonth")},
		{Subject: ev0, Predicate: quad.IRI(ng + "quantity"), Object: lit("32", "integer")},
		{Subject: ev0, Predicate: quad.IRI(ng + "evidence"), Object: str("Azerbaijan releases 32 Armenians")},
		{Subject: ev0, Predicate: quad.IRI(ng + "sentence"), Object: lit("0", "integer")},

		{Subject: ev1, Predicate: typ, Object: quad.IRI(s + "Event")},
		{Subject: ev1, Predicate: quad.IRI(ng + "cameo"), Object: str("011")},
		{Subject: ev1, Predicate: quad.IRI(ng + "goldstein"), Object: lit("-0.1", "decimal")},
		{Subject: ev1, Predicate: quad.IRI(ng + "quadClass"), Object: lit("1", "integer")},
		{Subject: ev1, Predicate: quad.IRI(s + "name"), Object: str("decline comment")},
		{Subject: ev1, Predicate: quad.IRI(s + "startDate"), Object: lit("2022", "gYear")},
		{Subject: ev1, Predicate: quad.IRI(ng + "evidence"), Object: str("declined to comment")},
		{Subject: ev1, Predicate: quad.IRI(ng + "sentence"), Object: lit("4", "integer")},

		// A code not in the table: no Goldstein value, no quad class.
		{Subject: ev2, Predicate: typ, Object: quad.IRI(s + "Event")},
		{Subject: ev2, Predicate: quad.IRI(ng + "cameo"), Object: str("9999")},
		{Subject: ev2, Predicate: quad.IRI(s + "name"), Object: str("unknown code")},
		{Subject: ev2, Predicate: quad.IRI(s + "startDate"), Object: lit("2023-12-11", "date")},
		{Subject: ev2, Predicate: quad.IRI(ng + "evidence"), Object: str("e")},
		{Subject: ev2, Predicate: quad.IRI(ng + "sentence"), Object: lit("7", "integer")},
	}
	for i := range want {
		want[i].Label = art
	}
	got := doc.Quads(LoadCodes())
	if len(got) != len(want) {
		t.Errorf("Quads returned %d quads, want %d", len(got), len(want))
	}
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = nq(got[i])
		}
		if i < len(want) {
			w = nq(want[i])
		}
		if g != w {
			t.Errorf("quad %d:\n got %s\nwant %s", i, g, w)
		}
		if i < len(got) && i < len(want) && got[i] != want[i] {
			t.Errorf("quad %d: got %#v, want %#v", i, got[i], want[i])
		}
	}
}

func TestDocQuadsMinimal(t *testing.T) {
	// No headline, date or URL: only the type and the hash.
	hash := strings.Repeat("f", 64)
	art := quad.IRI("https://newsgraph.dev/id/article/" + hash)
	got := (&Doc{Article: Article{Hash: hash}}).Quads(LoadCodes())
	want := []quad.Quad{
		{Subject: art, Predicate: Type, Object: ClassNewsArticle, Label: art},
		{Subject: art, Predicate: ContentHash, Object: quad.String(hash), Label: art},
	}
	if len(got) != len(want) {
		t.Fatalf("Quads = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quad %d = %#v, want %#v", i, got[i], want[i])
		}
	}
}

func TestEventIRI(t *testing.T) {
	d := &Doc{Article: Article{Hash: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}}
	tests := []struct {
		i    int
		want quad.IRI
	}{
		{0, "https://newsgraph.dev/id/event/0123456789abcdef-0"},
		{12, "https://newsgraph.dev/id/event/0123456789abcdef-12"},
	}
	for _, tt := range tests {
		if got := d.EventIRI(tt.i); got != tt.want {
			t.Errorf("EventIRI(%d) = %q, want %q", tt.i, got, tt.want)
		}
	}
}

// A date that is not of the calendar ("31 April", resolved from text that
// says so) is left out of the quads, not written as an xsd:date no tool
// reads.
func TestDocQuadsInvalidDates(t *testing.T) {
	hash := strings.Repeat("e", 64)
	doc := &Doc{
		Article: Article{Hash: hash, Date: Date{2023, 2, 30}},
		Events:  []Event{{Code: "0841", Date: Date{2023, 4, 31}, Evidence: "On 31 April ..."}},
	}
	for _, q := range doc.Quads(LoadCodes()) {
		if q.Predicate == DatePublished || q.Predicate == StartDate {
			t.Errorf("quad %v", q)
		}
	}
}
