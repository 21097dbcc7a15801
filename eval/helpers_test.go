package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/schema"
)

// docOf turns a gold annotation into the graph a perfect extractor would
// write: every entity (optional ones too) with its aliases and Wikidata ID,
// every relation and every event.
func docOf(t *testing.T, g *Gold) *schema.Doc {
	t.Helper()
	sum := sha256.Sum256([]byte(g.Article))
	d := &schema.Doc{Article: schema.Article{Hash: hex.EncodeToString(sum[:]), Headline: g.Article}}
	iri := map[string]quad.IRI{}
	for _, ge := range g.Entities {
		k, ok := schema.ParseKind(ge.Type)
		if !ok {
			t.Fatalf("entity %q: type %q", ge.Name, ge.Type)
		}
		e := &schema.Entity{Kind: k, Name: ge.Name, Aliases: ge.Aliases, Wikidata: ge.Wikidata}
		if _, dup := iri[ge.Name]; dup {
			t.Fatalf("entity name %q twice", ge.Name)
		}
		iri[ge.Name] = e.IRI()
		d.Entities = append(d.Entities, e)
	}
	iris := func(names []string) []quad.IRI {
		var out []quad.IRI
		for _, n := range names {
			out = append(out, iri[n])
		}
		return out
	}
	for _, r := range g.Relations {
		d.Relations = append(d.Relations, schema.Relation{Subject: iri[r.Subject], Predicate: quad.IRI(schema.NS + r.Relation), Object: iri[r.Object]})
	}
	for _, ge := range g.Events {
		ev := schema.Event{
			Code:         ge.Cameo,
			Name:         ge.Evidence,
			Agents:       iris(ge.Agent),
			Targets:      iris(ge.Target),
			Participants: iris(ge.Participant),
			Locations:    iris(ge.Location),
			Evidence:     ge.Evidence,
		}
		if ge.Date != "" {
			date, err := schema.ParseDate(ge.Date)
			if err != nil {
				t.Fatal(err)
			}
			ev.Date = date
		}
		if ge.Quantity != nil {
			ev.Quantity = *ge.Quantity
		}
		d.Events = append(d.Events, ev)
	}
	return d
}

var codes = schema.LoadCodes()

// quadsOf returns the doc's quads.
func quadsOf(d *schema.Doc) []quad.Quad { return d.Quads(codes) }
