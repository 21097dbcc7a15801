package eventdict

import (
	"strings"
	"testing"
)

func TestAgentAt(t *testing.T) {
	for _, tc := range []struct {
		words string
		i     int
		want  Agent
		ok    bool
	}{
		{"the foreign minister said", 1, Agent{Code: "GOV", Span: [2]int{1, 3}, Rule: "Phoenix.agents.txt:726"}, true},
		{"riot police fired", 0, Agent{Code: "COP", Span: [2]int{0, 2}, Rule: "Phoenix.agents.txt:274"}, true},
		{"the police fired", 1, Agent{Code: "COP", Span: [2]int{1, 2}, Rule: "Phoenix.agents.txt:256"}, true},
		{"rebels attacked", 0, Agent{Code: "REB", Span: [2]int{0, 1}, Rule: "Phoenix.agents.txt:2175"}, true},
		{"an opposition coalition formed", 1, Agent{Code: "OPP", Span: [2]int{1, 3}, Rule: "Phoenix.agents.txt:2019"}, true},
		{"truce monitors arrived", 0, Agent{Code: "IGO", Prefix: true, Span: [2]int{0, 2}, Rule: "Phoenix.agents.txt:2367"}, true},
		{"the foreign ministry", 0, Agent{}, false},
	} {
		got, ok := testDict.AgentAt(strings.Fields(tc.words), tc.i)
		if ok != tc.ok || got != tc.want {
			t.Errorf("AgentAt(%q, %d) = %+v, %v; want %+v, %v", tc.words, tc.i, got, ok, tc.want, tc.ok)
		}
	}
}

func TestActorAt(t *testing.T) {
	for _, tc := range []struct {
		words      string
		i          int
		name, rule string
		span       [2]int
		date, code string // the code on a date
	}{
		{"the united nations said", 0, "the united nations", "Phoenix.International.actors.txt:20", [2]int{0, 3}, "2015-01-01", "IGOUNO"},
		{"a nato summit", 1, "nato", "Phoenix.International.actors.txt:203", [2]int{1, 2}, "2015-01-01", "IGOWSTNAT"},
		{"the taleban attacked", 1, "taliban", "Phoenix.MilNonState.actors.txt:1768", [2]int{1, 2}, "2015-01-01", "AFGREB"},
		{"un secretary-general ban ki-moon said", 0, "secretary-general ban ki-moon", "Phoenix.International.actors.txt:34", [2]int{0, 4}, "20100101", "IGOUNO"},
		// A dated code holds on its dates; else the default.
		{"javier de cuellar", 0, "javier de cuellar", "Phoenix.International.actors.txt:60", [2]int{0, 3}, "1990-05-01", "IGOUNO"},
		{"javier de cuellar", 0, "javier de cuellar", "Phoenix.International.actors.txt:60", [2]int{0, 3}, "1995-05-01", "ELI"},
		// Before his dated code and with no default: no code.
		{"ban ki-moon", 0, "secretary-general ban ki-moon", "Phoenix.International.actors.txt:34", [2]int{0, 2}, "2005-01-01", ""},
	} {
		a, ok := testDict.ActorAt(strings.Fields(tc.words), tc.i)
		if !ok || a.Name != tc.name || a.Rule != tc.rule || a.Span != tc.span || a.CodeAt(tc.date) != tc.code {
			t.Errorf("ActorAt(%q, %d) = %+v, %v, code on %s %q; want %q %s %v %q", tc.words, tc.i, a, ok, tc.date, a.CodeAt(tc.date), tc.name, tc.rule, tc.span, tc.code)
		}
	}
	if a, ok := testDict.ActorAt([]string{"the", "weather"}, 1); ok {
		t.Errorf("ActorAt(weather) = %+v", a)
	}
}

func TestPeople(t *testing.T) {
	p, err := People()
	if err != nil {
		t.Fatal(err)
	}
	a, ok := p.At(strings.Fields("defence minister sergey ivanov said"), 2)
	want := []DatedCode{{"RUSGOVMIL", "20030101", "20070228"}, {"RUSGOV", "20051201", ""}}
	if !ok || a.Name != "sergey ivanov" || a.Rule != "Phoenix.Countries.actors.txt:39772" || len(a.Codes) != 2 || a.Codes[0] != want[0] || a.Codes[1] != want[1] {
		t.Fatalf("People().At(sergey ivanov) = %+v, %v", a, ok)
	}
	if got := a.CodeAt("2004-06-01"); got != "RUSGOVMIL" {
		t.Errorf("code in 2004: %q, want RUSGOVMIL", got)
	}
	if got := a.CodeAt("2010-06-01"); got != "RUSGOV" {
		t.Errorf("code in 2010: %q, want RUSGOV", got)
	}
}

func TestDiscard(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  Discard
		ok    bool
	}{
		{"he won the world cup final", Discard{Phrase: "world cup", Story: true, Span: [2]int{3, 5}, Rule: "Phoenix.discards.txt:483"}, true},
		// The last word is a stem...
		{"the presidential debates were tense", Discard{Phrase: "presidential debate", Span: [2]int{1, 3}, Rule: "Phoenix.discards.txt:375"}, true},
		{"baseballs flew", Discard{Phrase: "baseball", Span: [2]int{0, 1}, Rule: "Phoenix.discards.txt:163"}, true},
		// ...unless the dictionary ends it with '_'.
		{"group a teams", Discard{Phrase: "group a", Span: [2]int{0, 2}, Rule: "Phoenix.discards.txt:267"}, true},
		{"group arrests", Discard{}, false},
		// Years are not discards in news.
		{"in 2008 russia invaded georgia", Discard{}, false},
		{"russia and ukraine resumed talks", Discard{}, false},
	} {
		got, ok := testDict.Discard(strings.Fields(tc.words))
		if ok != tc.ok || got != tc.want {
			t.Errorf("Discard(%q) = %+v, %v; want %+v, %v", tc.words, got, ok, tc.want, tc.ok)
		}
	}
}
