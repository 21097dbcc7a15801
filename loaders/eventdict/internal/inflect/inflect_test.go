package inflect

import (
	"strings"
	"testing"
)

func TestForms(t *testing.T) {
	for _, tc := range []struct{ verb, s, past, ing string }{
		{"attack", "attacks", "attacked", "attacking"},
		{"launch", "launches", "launched", "launching"},
		{"carry", "carries", "carried", "carrying"},
		{"play", "plays", "played", "playing"},
		{"release", "releases", "released", "releasing"},
		{"stop", "stops", "stopped", "stopping"},
		{"admit", "admits", "admited,admitted", "admiting,admitting"},
		{"die", "dies", "died", "dying"},
		{"argue", "argues", "argued", "arguing"},
		{"agree", "agrees", "agreed", "agreeing"},
		{"fix", "fixes", "fixed", "fixing"},
		{"show", "shows", "showed", "showing"},
	} {
		s, past, ing := ThirdPerson(tc.verb), strings.Join(Past(tc.verb), ","), strings.Join(Gerund(tc.verb), ",")
		if s != tc.s || past != tc.past || ing != tc.ing {
			t.Errorf("%s: %s %s %s; want %s %s %s", tc.verb, s, past, ing, tc.s, tc.past, tc.ing)
		}
	}
}

func TestPlural(t *testing.T) {
	for w, want := range map[string]string{
		"attack": "attacks", "city": "cities", "day": "days", "address": "addresses",
		"church": "churches", "troops": "", "": "", "air strike": "air strikes",
	} {
		if got := PluralPhrase(w); got != want {
			t.Errorf("PluralPhrase(%q) = %q, want %q", w, got, want)
		}
	}
}
