package schema

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// VOCABULARY.md is the graph's public contract. These tests keep it and the
// code in step: every term the code writes is documented, every term
// documented is one the code knows, and the namespaces agree.

var prefixes = map[string]string{"rdf:": RDF, "schema:": SchemaOrg, "xsd:": XSD, "ng:": NS}

// prefixed writes an IRI of a known namespace as prefix:local, or "".
func prefixed(iri quad.IRI) string {
	for p, ns := range prefixes {
		if local, ok := strings.CutPrefix(string(iri), ns); ok && !strings.ContainsAny(local, "/#") {
			return p + local
		}
	}
	return ""
}

// documentedTerms returns the prefixed terms written in backticks in
// VOCABULARY.md.
func documentedTerms(t *testing.T) (map[string]bool, string) {
	t.Helper()
	b, err := os.ReadFile("VOCABULARY.md")
	if err != nil {
		t.Fatal(err)
	}
	terms := map[string]bool{}
	for _, m := range regexp.MustCompile("`((?:rdf|schema|xsd|ng):[A-Za-z]+)`").FindAllStringSubmatch(string(b), -1) {
		terms[m[1]] = true
	}
	return terms, string(b)
}

// fullDoc is an article that uses every part of the vocabulary Doc writes.
func fullDoc() *Doc {
	e := func(k Kind, name string) quad.IRI { return EntityIRI(k, name) }
	doc := &Doc{
		Article: Article{Hash: strings.Repeat("ab", 32), Headline: "h", Date: Date{2024, 1, 2}, URL: "https://example.com/a", ID: "r1"},
		Entities: []*Entity{
			{Kind: KindCountry, Name: "Armenia", Aliases: []string{"Yerevan"}, Wikidata: "Q399", Mentions: 2},
			{Kind: KindPerson, Name: "Nikol Pashinyan", JobTitles: []string{"Prime Minister"}, Mentions: 1, Rules: []string{"table-person-title"}},
			{Kind: KindOrganization, Name: "TASS", Classes: []quad.IRI{ClassNewsMediaOrganization}},
			{Kind: KindPlace, Name: "Yerevan", Classes: []quad.IRI{ClassCity}},
		},
		Events: []Event{{
			Code: "0841", Name: "n", Agents: []quad.IRI{e(KindCountry, "Armenia")}, Targets: []quad.IRI{e(KindCountry, "Armenia")},
			Participants: []quad.IRI{e(KindPerson, "Nikol Pashinyan")}, Locations: []quad.IRI{e(KindPlace, "Yerevan")},
			Date: Date{2024, 1, 0}, Quantity: 3, Evidence: "e", Sentence: 1, Rule: "r",
		}},
	}
	for _, p := range Relations {
		doc.Relations = append(doc.Relations, Relation{Subject: e(KindPerson, "Nikol Pashinyan"), Predicate: p, Object: e(KindCountry, "Armenia"), Rule: "r", Sentence: 1})
	}
	return doc
}

// writtenTerms returns the predicates, classes and datatypes of the quads
// of fullDoc, prefixed.
func writtenTerms(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	add := func(iri quad.IRI) {
		p := prefixed(iri)
		if p == "" {
			t.Errorf("the code writes %s, outside the documented namespaces", iri)
			return
		}
		out[p] = true
	}
	for _, q := range fullDoc().Quads(LoadCodes()) {
		add(q.Predicate.(quad.IRI))
		if q.Predicate == Type {
			add(q.Object.(quad.IRI))
		}
		if ts, ok := q.Object.(quad.TypedString); ok {
			add(ts.Type)
		}
	}
	return out
}

func TestVocabularyDocumentsEveryTermWritten(t *testing.T) {
	doc, _ := documentedTerms(t)
	var missing []string
	for term := range writtenTerms(t) {
		if !doc[term] {
			missing = append(missing, term)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("VOCABULARY.md does not document %v, which the code writes", missing)
	}
}

func TestVocabularyTermsAreKnownToTheCode(t *testing.T) {
	doc, _ := documentedTerms(t)
	known := writtenTerms(t)
	// Documented terms the article graph does not write: the label of
	// quads from no article, the group class, the more specific types
	// given as examples, and the xsd:gYear datatype of a year.
	for _, iri := range []quad.IRI{KB, ClassGroup, ClassGovernmentOrganization, ClassNewsMediaOrganization,
		ClassCity, ClassAdministrativeArea, XSDGYear, XSDDate, XSDGYearMonth, XSDInteger, XSDDecimal} {
		known[prefixed(iri)] = true
	}
	var unknown []string
	for term := range doc {
		if !known[term] {
			unknown = append(unknown, term)
		}
	}
	sort.Strings(unknown)
	if len(unknown) > 0 {
		t.Errorf("VOCABULARY.md documents %v, which the code does not know", unknown)
	}
}

func TestVocabularyNamespaces(t *testing.T) {
	_, text := documentedTerms(t)
	for p, ns := range prefixes {
		if row := "| `" + p + "` | `" + ns + "` |"; !strings.Contains(text, row) {
			t.Errorf("VOCABULARY.md lacks the prefix row %q", row)
		}
	}
	if !strings.Contains(text, "`"+IDBase+"`") {
		t.Errorf("VOCABULARY.md does not name the node IRI base %s", IDBase)
	}
}
