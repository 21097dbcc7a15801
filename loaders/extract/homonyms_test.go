package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/loaders/refdata"
)

// TestStateAbbreviationsNamePlaces checks that every state a party label's
// abbreviation stands for is a row of places.tsv.
func TestStateAbbreviationsNamePlaces(t *testing.T) {
	tables, err := refdata.Load()
	if err != nil {
		t.Fatal(err)
	}
	places := map[string]bool{}
	for _, p := range tables.Places {
		places[p.Name] = p.Country == "United States" && p.Class == "AdministrativeArea"
	}
	for abbr, name := range usStateAbbreviations {
		if !places[name] {
			t.Errorf("%q stands for %q, which is no US state of places.tsv", abbr, name)
		}
	}
}
