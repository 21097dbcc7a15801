package draw

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestRelated(t *testing.T) {
	us := graph.EntityRef{IRI: "https://newsgraph.dev/id/country/united-states", Name: "United States", Type: "Country"}
	ru := graph.EntityRef{IRI: "https://newsgraph.dev/id/country/russia", Name: "Russia", Type: "Country"}
	un := graph.EntityRef{IRI: "https://newsgraph.dev/id/organization/united-nations", Name: "United \"UN\"", Type: "Organization"}
	got := Related(graph.RelatedResult{Entity: us, Related: []graph.RelatedEntity{
		{EntityRef: ru, SharedEvents: 1234, Relations: []string{"~partOf"}},
		{EntityRef: un, SharedEvents: 1},
	}}).String()
	want := `digraph newsgraph {
  rankdir=LR;
  node [fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  "https://newsgraph.dev/id/country/russia" [label="Russia", shape=doubleoctagon];
  "https://newsgraph.dev/id/country/united-states" [label="United States", shape=doubleoctagon, style=bold];
  "https://newsgraph.dev/id/organization/united-nations" [label="United \"UN\"", shape=box];
  "https://newsgraph.dev/id/country/united-states" -> "https://newsgraph.dev/id/country/russia" [label="1,234 events, ~partOf"];
  "https://newsgraph.dev/id/country/united-states" -> "https://newsgraph.dev/id/organization/united-nations" [label="1 event"];
}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
