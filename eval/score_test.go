package eval

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/schema"
)

func intp(n int) *int { return &n }

// testGold is a small annotation in the manner of the Armenia–Azerbaijan
// article: six required entities and an optional one, two required
// relations and an optional one, four required events and an optional one.
func testGold() *Gold {
	return &Gold{
		Article: "test.txt",
		Entities: []GoldEntity{
			{Name: "Armenia", Type: "Country", Aliases: []string{"Armenian", "Yerevan"}, Wikidata: "Q399"},
			{Name: "Azerbaijan", Type: "Country", Aliases: []string{"Baku"}, Wikidata: "Q227"},
			{Name: "United States", Type: "Country", Aliases: []string{"US"}, Wikidata: "Q30"},
			{Name: "Nikol Pashinyan", Type: "Person", Aliases: []string{"Pashinyan"}},
			{Name: "Joe Biden", Type: "Person", Aliases: []string{"Biden"}},
			{Name: "International Committee of the Red Cross", Type: "Organization", Aliases: []string{"ICRC"}},
			{Name: "South Caucasus", Type: "Place", Optional: true},
		},
		Relations: []GoldRelation{
			{Subject: "Nikol Pashinyan", Relation: "leaderOf", Object: "Armenia"},
			{Subject: "Joe Biden", Relation: "leaderOf", Object: "United States"},
			{Subject: "Nikol Pashinyan", Relation: "nationalOf", Object: "Armenia", Optional: true},
		},
		Events: []GoldEvent{
			{Cameo: "0841", Agent: []string{"Azerbaijan"}, Target: []string{"Armenia"}, Participant: []string{"International Committee of the Red Cross"},
				Date: "2023-12-13", Quantity: intp(32), Evidence: "Azerbaijan releasing 32 Armenians"},
			{Cameo: "0841", Agent: []string{"Armenia"}, Target: []string{"Azerbaijan"}, Date: "2023-12-13", Quantity: intp(2),
				Evidence: "Armenia released two Azerbaijani soldiers"},
			{Cameo: "046", Agent: []string{"Armenia", "Azerbaijan"}, Evidence: "The two neighbours are discussing the withdrawal of troops"},
			{Cameo: "037", Agent: []string{"Armenia", "Azerbaijan"}, Date: "2023-12", Evidence: "reconfirm their intention to normalise relations"},
			{Cameo: "173", Agent: []string{"Azerbaijan"}, Target: []string{"Armenia"}, Date: "2020", Optional: true,
				Evidence: "32 Armenians mostly captured in late 2020"},
		},
	}
}

// want is the expected outcome of a Score; nil item lists are not checked.
type want struct {
	ent, rel, loose, strict Counts
	links                   LinkCounts
	missed, spurious        []string
}

// perfect is the outcome of scoring testGold's own graph.
var perfect = want{
	ent:    Counts{TP: 6},
	rel:    Counts{TP: 2},
	loose:  Counts{TP: 4},
	strict: Counts{TP: 4},
	links:  LinkCounts{Correct: 3, Total: 3},
}

func check(t *testing.T, r *Result, w want) {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want Counts
	}{{"entities", r.Entities, w.ent}, {"relations", r.Relations, w.rel}, {"events loose", r.EventsLoose, w.loose}, {"events strict", r.EventsStrict, w.strict}} {
		if c.got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if r.Links != w.links {
		t.Errorf("links: %+v, want %+v", r.Links, w.links)
	}
	checkItems(t, "missed", r.Missed, w.missed)
	checkItems(t, "spurious", r.Spurious, w.spurious)
}

func checkItems(t *testing.T, what string, got []Item, want []string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	lines := lines(got)
	if !slices.Equal(lines, want) {
		t.Errorf("%s:\n got %q\nwant %q", what, lines, want)
	}
}

// entity returns the doc's entity named name.
func entity(t *testing.T, d *schema.Doc, name string) *schema.Entity {
	t.Helper()
	for _, e := range d.Entities {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no entity %q", name)
	return nil
}

// dropEntity removes the entity named name and the relations on it.
func dropEntity(t *testing.T, d *schema.Doc, name string) {
	t.Helper()
	iri := entity(t, d, name).IRI()
	d.Entities = slices.DeleteFunc(d.Entities, func(e *schema.Entity) bool { return e.Name == name })
	d.Relations = slices.DeleteFunc(d.Relations, func(r schema.Relation) bool { return r.Subject == iri || r.Object == iri })
}

func mustDate(t *testing.T, s string) schema.Date {
	t.Helper()
	d, err := schema.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestScorePerfect(t *testing.T) {
	g := testGold()
	r := Score(quadsOf(docOf(t, g)), g)
	check(t, r, perfect)
	if r.Article != "test.txt" {
		t.Errorf("article %q", r.Article)
	}
	for _, c := range []Counts{r.Entities, r.Relations, r.EventsLoose, r.EventsStrict} {
		if c.P() != 1 || c.R() != 1 || c.F1() != 1 {
			t.Errorf("%+v: P %v R %v F1 %v", c, c.P(), c.R(), c.F1())
		}
	}
}

func TestScoreEntities(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, d *schema.Doc)
		want   want
	}{{
		name:   "missing entity and its relation",
		change: func(t *testing.T, d *schema.Doc) { dropEntity(t, d, "Joe Biden") },
		want: want{
			ent: Counts{TP: 5, FN: 1}, rel: Counts{TP: 1, FN: 1}, loose: perfect.loose, strict: perfect.strict, links: perfect.links,
			missed: []string{`entity Person "Joe Biden"`, `relation leaderOf(Joe Biden, United States)`},
		},
	}, {
		name: "extra entity",
		change: func(t *testing.T, d *schema.Doc) {
			d.Entities = append(d.Entities, &schema.Entity{Kind: schema.KindPerson, Name: "Ilham Aliyev"})
		},
		want: want{
			ent: Counts{TP: 6, FP: 1}, rel: perfect.rel, loose: perfect.loose, strict: perfect.strict, links: perfect.links,
			spurious: []string{`entity Person "Ilham Aliyev"`},
		},
	}, {
		// "the U.S." and gold "US" are both "us"; the relation on the
		// alias-matched entity still matches.
		name: "alias after normalisation",
		change: func(t *testing.T, d *schema.Doc) {
			us := entity(t, d, "United States")
			old := us.IRI()
			us.Name, us.Aliases = "the U.S.", nil
			for i := range d.Relations {
				if d.Relations[i].Object == old {
					d.Relations[i].Object = us.IRI()
				}
			}
		},
		want: perfect,
	}, {
		name: "alias on the graph side, typographic possessive",
		change: func(t *testing.T, d *schema.Doc) {
			e := entity(t, d, "Nikol Pashinyan")
			e.Aliases = []string{"Pashinyan’s"}
			e.Name = "PM Pashinyan" // IRI changes: the relations now hang on an untyped node
		},
		want: want{
			ent: perfect.ent, rel: Counts{TP: 1, FP: 2, FN: 1}, loose: perfect.loose, strict: perfect.strict, links: perfect.links,
			missed:   []string{`relation leaderOf(Nikol Pashinyan, Armenia)`},
			spurious: []string{`relation leaderOf(nikol-pashinyan, Armenia)`, `relation nationalOf(nikol-pashinyan, Armenia)`},
		},
	}, {
		name:   "optional gold entity not found",
		change: func(t *testing.T, d *schema.Doc) { dropEntity(t, d, "South Caucasus") },
		want:   perfect,
	}, {
		name: "type mismatch",
		change: func(t *testing.T, d *schema.Doc) {
			entity(t, d, "International Committee of the Red Cross").Kind = schema.KindPlace
		},
		want: want{
			ent: Counts{TP: 5, FP: 1, FN: 1}, rel: perfect.rel, loose: perfect.loose,
			// The ICRC was a participant of event 0: only gold targets are checked.
			strict: perfect.strict, links: perfect.links,
			missed:   []string{`entity Organization "International Committee of the Red Cross"`},
			spurious: []string{`entity Place "International Committee of the Red Cross"`},
		},
	}, {
		name: "one-to-one: a second entity with an alias of Armenia",
		change: func(t *testing.T, d *schema.Doc) {
			// Its IRI (country/armenian) sorts after country/armenia; the
			// entity named like the gold one is preferred either way.
			d.Entities = append(d.Entities, &schema.Entity{Kind: schema.KindCountry, Name: "Armenian", Aliases: []string{"Yerevan"}})
		},
		want: want{
			ent: Counts{TP: 6, FP: 1}, rel: perfect.rel, loose: perfect.loose, strict: perfect.strict, links: perfect.links,
			spurious: []string{`entity Country "Armenian"`},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := testGold()
			d := docOf(t, g)
			tt.change(t, d)
			check(t, Score(quadsOf(d), g), tt.want)
		})
	}
}

// TestScoreOneToOneSameName adds a second node named "Armenia" whose IRI
// sorts first: exactly one of the two is matched, the other is one false
// positive.
func TestScoreOneToOneSameName(t *testing.T) {
	g := testGold()
	qs := quadsOf(docOf(t, g))
	dup := quad.IRI(schema.IDBase + "country/0-armenia")
	qs = append(qs,
		quad.Quad{Subject: dup, Predicate: schema.Type, Object: schema.ClassCountry},
		quad.Quad{Subject: dup, Predicate: schema.Name, Object: quad.String("Armenia")},
	)
	r := Score(qs, g)
	if r.Entities != (Counts{TP: 6, FP: 1}) {
		t.Errorf("entities %+v, want TP 6 FP 1", r.Entities)
	}
	checkItems(t, "spurious entities", r.Spurious[:1], []string{`entity Country "Armenia"`})
}

// TestScorePrefersCanonicalName adds a node named "Armenian" (an alias of
// gold Armenia) whose IRI sorts before country/armenia: the entity whose
// schema:name is the gold name still gets the match, so the relations and
// events on it count.
func TestScorePrefersCanonicalName(t *testing.T) {
	g := testGold()
	qs := quadsOf(docOf(t, g))
	dup := quad.IRI(schema.IDBase + "country/0-armenian")
	qs = append(qs,
		quad.Quad{Subject: dup, Predicate: schema.Type, Object: schema.ClassCountry},
		quad.Quad{Subject: dup, Predicate: schema.Name, Object: quad.String("Armenian")},
	)
	w := perfect
	w.ent = Counts{TP: 6, FP: 1}
	w.spurious = []string{`entity Country "Armenian"`}
	check(t, Score(qs, g), w)
}

// TestScoreOptionalDoesNotSteal: one graph entity could match a required and
// an optional gold entity; the required one gets it.
func TestScoreOptionalDoesNotSteal(t *testing.T) {
	g := &Gold{Article: "a.txt", Entities: []GoldEntity{
		{Name: "Kremlin", Type: "Organization", Optional: true},
		{Name: "Russian Presidential Administration", Type: "Organization", Aliases: []string{"Kremlin"}},
	}}
	d := &schema.Doc{Article: schema.Article{Hash: strings.Repeat("0", 64)}, Entities: []*schema.Entity{
		{Kind: schema.KindOrganization, Name: "Kremlin"},
	}}
	check(t, Score(quadsOf(d), g), want{
		ent:    Counts{TP: 1},
		missed: nil,
	})
	// With a second graph entity, the optional one takes it and counts
	// neither way.
	d.Entities = append(d.Entities, &schema.Entity{Kind: schema.KindOrganization, Name: "The Kremlin", Aliases: []string{"Kremlin"}})
	check(t, Score(quadsOf(d), g), want{ent: Counts{TP: 1}})
}

func TestScoreEvents(t *testing.T) {
	tests := []struct {
		name   string
		gold   func(g *Gold)
		change func(t *testing.T, d *schema.Doc)
		loose  Counts
		strict Counts
		missed []string
	}{{
		name:   "date less precise than gold",
		change: func(t *testing.T, d *schema.Doc) { d.Events[0].Date = mustDate(t, "2023-12") },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 0841 agent=[Azerbaijan] target=[Armenia] participant=[International Committee of the Red Cross] 2023-12-13 q=32 "Azerbaijan releasing 32 Armenians": date 2023-12, want 2023-12-13`},
	}, {
		name:   "year only, gold gives the month",
		change: func(t *testing.T, d *schema.Doc) { d.Events[3].Date = mustDate(t, "2023") },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 037 agent=[Armenia, Azerbaijan] 2023-12 "reconfirm their intention to normalise relations": date 2023, want 2023-12`},
	}, {
		name:   "date more precise than gold",
		change: func(t *testing.T, d *schema.Doc) { d.Events[3].Date = mustDate(t, "2023-12-20") },
		loose:  Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		name:   "wrong day",
		change: func(t *testing.T, d *schema.Doc) { d.Events[1].Date = mustDate(t, "2023-12-14") },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers": date 2023-12-14, want 2023-12-13`},
	}, {
		name:   "no date where gold has one",
		change: func(t *testing.T, d *schema.Doc) { d.Events[3].Date = schema.Date{} },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 037 agent=[Armenia, Azerbaijan] 2023-12 "reconfirm their intention to normalise relations": no date, want 2023-12`},
	}, {
		name:   "a date where gold has none",
		change: func(t *testing.T, d *schema.Doc) { d.Events[2].Date = mustDate(t, "2023") },
		loose:  Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		name:   "wrong quantity",
		change: func(t *testing.T, d *schema.Doc) { d.Events[1].Quantity = 3 },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers": quantity 3, want 2`},
	}, {
		name:   "no quantity",
		change: func(t *testing.T, d *schema.Doc) { d.Events[1].Quantity = 0 },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers": no quantity, want 2`},
	}, {
		name:  "graph 0841, gold 084: gold code is a prefix",
		gold:  func(g *Gold) { g.Events[0].Cameo = "084" },
		loose: Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		name:   "graph 0461, gold 046: gold code is a prefix",
		change: func(t *testing.T, d *schema.Doc) { d.Events[2].Code = "0461" },
		loose:  Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		name:   "graph 084, gold 0841: equal at 3 digits",
		change: func(t *testing.T, d *schema.Doc) { d.Events[0].Code = "084" },
		loose:  Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		name:   "graph 04, gold 046: loose only",
		change: func(t *testing.T, d *schema.Doc) { d.Events[2].Code = "04" },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 046 agent=[Armenia, Azerbaijan] "The two neighbours are discussing the withdrawal of troops": code 04, want 046`},
	}, {
		name:   "other root: no match",
		change: func(t *testing.T, d *schema.Doc) { d.Events[2].Code = "057" },
		loose:  Counts{TP: 3, FP: 1, FN: 1}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event 046 agent=[Armenia, Azerbaijan] "The two neighbours are discussing the withdrawal of troops"`},
	}, {
		name: "one of two agents is enough for loose",
		change: func(t *testing.T, d *schema.Doc) {
			d.Events[2].Agents = []quad.IRI{schema.EntityIRI(schema.KindCountry, "Azerbaijan"), schema.EntityIRI(schema.KindPerson, "Joe Biden")}
		},
		loose: Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		name: "target given as participant",
		change: func(t *testing.T, d *schema.Doc) {
			d.Events[1].Participants, d.Events[1].Targets = d.Events[1].Targets, nil
		},
		loose: Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		name:   "target missing",
		change: func(t *testing.T, d *schema.Doc) { d.Events[1].Targets = nil },
		loose:  Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers": target Azerbaijan missing`},
	}, {
		name: "several failures",
		change: func(t *testing.T, d *schema.Doc) {
			d.Events[1].Targets, d.Events[1].Quantity, d.Events[1].Code = nil, 0, "0831"
		},
		loose: Counts{TP: 4}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event(strict) 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers": code 0831, want 0841; target Azerbaijan missing; no quantity, want 2`},
	}, {
		name: "agent the wrong entity",
		change: func(t *testing.T, d *schema.Doc) {
			d.Events[1].Agents = []quad.IRI{schema.EntityIRI(schema.KindCountry, "United States")}
		},
		loose: Counts{TP: 3, FP: 1, FN: 1}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers"`},
	}, {
		name:   "optional event not found",
		change: func(t *testing.T, d *schema.Doc) { d.Events = d.Events[:4] },
		loose:  Counts{TP: 4}, strict: Counts{TP: 4},
	}, {
		// Found loosely, the optional event is left out of both loose
		// counts; at the strict level it matches nothing and is spurious.
		name:   "optional event found with a wrong date",
		change: func(t *testing.T, d *schema.Doc) { d.Events[4].Date = mustDate(t, "2021") },
		loose:  Counts{TP: 4}, strict: Counts{TP: 4, FP: 1},
	}, {
		name: "a duplicate event is one false positive",
		change: func(t *testing.T, d *schema.Doc) {
			d.Events = append(d.Events, d.Events[0])
		},
		loose: Counts{TP: 4, FP: 1}, strict: Counts{TP: 4, FP: 1},
	}, {
		// The two 0841 events of an exchange each need their own direction.
		name: "exchange coded in one direction twice",
		change: func(t *testing.T, d *schema.Doc) {
			d.Events[1] = d.Events[0]
		},
		loose: Counts{TP: 3, FP: 1, FN: 1}, strict: Counts{TP: 3, FP: 1, FN: 1},
		missed: []string{`event 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers"`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := testGold()
			if tt.gold != nil {
				tt.gold(g)
			}
			d := docOf(t, testGold())
			if tt.change != nil {
				tt.change(t, d)
			}
			r := Score(quadsOf(d), g)
			w := perfect
			w.loose, w.strict, w.missed = tt.loose, tt.strict, tt.missed
			w.spurious = nil
			check(t, r, withSpurious(r, w))
		})
	}
}

// withSpurious accepts the spurious events of r: they are checked through
// the counts.
func withSpurious(r *Result, w want) want {
	w.spurious = lines(r.Spurious)
	for _, s := range w.spurious {
		if !strings.HasPrefix(s, "event ") {
			w.spurious = nil // let check report the unexpected item
			break
		}
	}
	return w
}

func TestScoreSpuriousEventText(t *testing.T) {
	g := testGold()
	d := docOf(t, g)
	d.Events[2].Code = "057"
	r := Score(quadsOf(d), g)
	checkItems(t, "spurious", r.Spurious, []string{`event 057 agent=[Armenia, Azerbaijan] "The two neighbours are discussing the withdrawal of troops"`})
}

func TestScoreLinks(t *testing.T) {
	tests := []struct {
		name     string
		gold     func(g *Gold)
		change   func(t *testing.T, d *schema.Doc)
		links    LinkCounts
		missed   []string
		spurious []string
	}{{
		name:   "missing",
		change: func(t *testing.T, d *schema.Doc) { entity(t, d, "Azerbaijan").Wikidata = "" },
		links:  LinkCounts{Correct: 2, Total: 3},
		missed: []string{`link Country "Azerbaijan" Q227: no sameAs`},
	}, {
		name:     "wrong",
		change:   func(t *testing.T, d *schema.Doc) { entity(t, d, "Armenia").Wikidata = "Q123" },
		links:    LinkCounts{Correct: 2, Total: 3, Wrong: 1},
		spurious: []string{`link Country "Armenia" sameAs http://www.wikidata.org/entity/Q123: want Q399`},
	}, {
		name: "not judged where gold has no ID or the entity is unmatched",
		change: func(t *testing.T, d *schema.Doc) {
			entity(t, d, "Nikol Pashinyan").Wikidata = "Q1"
			d.Entities = append(d.Entities, &schema.Entity{Kind: schema.KindPerson, Name: "Ilham Aliyev", Wikidata: "Q2"})
		},
		links:    LinkCounts{Correct: 3, Total: 3},
		spurious: []string{`entity Person "Ilham Aliyev"`},
	}, {
		name:   "optional gold entity with an ID counts",
		gold:   func(g *Gold) { g.Entities[6].Wikidata = "Q5" },
		change: func(t *testing.T, d *schema.Doc) {},
		links:  LinkCounts{Correct: 3, Total: 4},
		missed: []string{`link Place "South Caucasus" Q5: no sameAs`},
	}, {
		name:   "optional gold entity with an ID, linked",
		gold:   func(g *Gold) { g.Entities[6].Wikidata = "Q5" },
		change: func(t *testing.T, d *schema.Doc) { entity(t, d, "South Caucasus").Wikidata = "Q5" },
		links:  LinkCounts{Correct: 4, Total: 4},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := testGold()
			d := docOf(t, g)
			if tt.gold != nil {
				tt.gold(g)
			}
			tt.change(t, d)
			r := Score(quadsOf(d), g)
			if r.Links != tt.links {
				t.Errorf("links %+v, want %+v", r.Links, tt.links)
			}
			checkItems(t, "missed", r.Missed, tt.missed)
			checkItems(t, "spurious", r.Spurious, tt.spurious)
		})
	}
}

// TestScoreLinksTwoSameAs: a second sameAs beside the right one makes the
// link wrong, not correct.
func TestScoreLinksTwoSameAs(t *testing.T) {
	g := testGold()
	qs := quadsOf(docOf(t, g))
	qs = append(qs, quad.Quad{Subject: schema.EntityIRI(schema.KindCountry, "Armenia"), Predicate: schema.SameAs, Object: quad.IRI("https://www.wikidata.org/wiki/Q399")})
	r := Score(qs, g)
	if want := (LinkCounts{Correct: 2, Total: 3, Wrong: 1}); r.Links != want {
		t.Errorf("links %+v, want %+v", r.Links, want)
	}
}

// TestScoreLiteralForms: the store may return integers and dates as native
// values or as typed or plain strings.
func TestScoreLiteralForms(t *testing.T) {
	g := testGold()
	tests := []struct {
		name           string
		date, quantity quad.Value
		strict         bool
	}{
		{"typed", quad.TypedString{Value: "2023-12-13", Type: schema.XSDDate}, quad.TypedString{Value: "32", Type: schema.XSDInteger}, true},
		{"native int, plain date", quad.String("2023-12-13"), quad.Int(32), true},
		{"float, dateTime", quad.TypedString{Value: "2023-12-13T10:00:00+02:00", Type: quad.IRI(schema.XSD + "dateTime")}, quad.Float(32), true},
		{"time, xsd:int", quad.Time(time.Date(2023, 12, 13, 9, 0, 0, 0, time.UTC)), quad.TypedString{Value: "32", Type: quad.IRI(schema.XSD + "int")}, true},
		{"gYearMonth", quad.TypedString{Value: "2023-12", Type: schema.XSDGYearMonth}, quad.Int(32), false},
		{"unreadable date", quad.String("December 13"), quad.Int(32), false},
		{"other number", quad.String("2023-12-13"), quad.Int(31), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docOf(t, g)
			d.Events[0].Date, d.Events[0].Quantity = schema.Date{}, 0
			qs := quadsOf(d)
			ev := d.EventIRI(0)
			qs = append(qs,
				quad.Quad{Subject: ev, Predicate: schema.StartDate, Object: tt.date},
				quad.Quad{Subject: ev, Predicate: schema.Quantity, Object: tt.quantity},
			)
			r := Score(qs, g)
			want := Counts{TP: 4}
			if !tt.strict {
				want = Counts{TP: 3, FP: 1, FN: 1}
			}
			if r.EventsLoose != (Counts{TP: 4}) || r.EventsStrict != want {
				t.Errorf("loose %+v strict %+v, want strict %+v; missed %q", r.EventsLoose, r.EventsStrict, want, lines(r.Missed))
			}
		})
	}
}

func TestScoreEmptyGraph(t *testing.T) {
	g := testGold()
	r := Score(nil, g)
	check(t, r, want{
		ent: Counts{FN: 6}, rel: Counts{FN: 2}, loose: Counts{FN: 4}, strict: Counts{FN: 4},
		links: LinkCounts{},
		missed: []string{
			`entity Country "Armenia"`, `entity Country "Azerbaijan"`, `entity Country "United States"`,
			`entity Person "Nikol Pashinyan"`, `entity Person "Joe Biden"`, `entity Organization "International Committee of the Red Cross"`,
			`relation leaderOf(Nikol Pashinyan, Armenia)`, `relation leaderOf(Joe Biden, United States)`,
			`event 0841 agent=[Azerbaijan] target=[Armenia] participant=[International Committee of the Red Cross] 2023-12-13 q=32 "Azerbaijan releasing 32 Armenians"`,
			`event 0841 agent=[Armenia] target=[Azerbaijan] 2023-12-13 q=2 "Armenia released two Azerbaijani soldiers"`,
			`event 046 agent=[Armenia, Azerbaijan] "The two neighbours are discussing the withdrawal of troops"`,
			`event 037 agent=[Armenia, Azerbaijan] 2023-12 "reconfirm their intention to normalise relations"`,
		},
	})
	if c := r.Entities; c.P() != 1 || c.R() != 0 || c.F1() != 0 {
		t.Errorf("empty graph: P %v R %v F1 %v, want 1 0 0", c.P(), c.R(), c.F1())
	}
}

func TestSum(t *testing.T) {
	a := &Result{Article: "a", Entities: Counts{TP: 6, FP: 1}, Relations: Counts{TP: 1, FN: 1}, Links: LinkCounts{Correct: 2, Total: 3, Wrong: 1},
		Missed: []Item{{Measure: "entity", Text: "x"}}}
	b := &Result{Article: "b", Entities: Counts{TP: 3, FN: 3}, Relations: Counts{FP: 2}, EventsLoose: Counts{TP: 1}, EventsStrict: Counts{FN: 1},
		Links: LinkCounts{Correct: 1, Total: 1}}
	s := Sum([]*Result{a, b})
	wantSum := Result{Entities: Counts{TP: 9, FP: 1, FN: 3}, Relations: Counts{TP: 1, FP: 2, FN: 1}, EventsLoose: Counts{TP: 1}, EventsStrict: Counts{FN: 1},
		Links: LinkCounts{Correct: 3, Total: 4, Wrong: 1}}
	if s.Entities != wantSum.Entities || s.Relations != wantSum.Relations || s.EventsLoose != wantSum.EventsLoose ||
		s.EventsStrict != wantSum.EventsStrict || s.Links != wantSum.Links || s.Article != "" || s.Missed != nil {
		t.Errorf("Sum = %+v, want %+v", *s, wantSum)
	}
	// Micro, not macro: P 9/10, R 9/12, F1 18/22.
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"P", s.Entities.P(), 0.9}, {"R", s.Entities.R(), 0.75}, {"F1", s.Entities.F1(), 18.0 / 22},
		{"relations F1", s.Relations.F1(), 2.0 / 5}, {"strict F1", s.EventsStrict.F1(), 0}, {"link share", s.Links.Share(), 0.75},
	} {
		if math.Abs(c.got-c.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if e := Sum(nil); e.Entities.F1() != 1 || e.Links.Share() != 1 {
		t.Errorf("Sum(nil): F1 %v share %v, want 1 1", e.Entities.F1(), e.Links.Share())
	}
}

func TestDescribeEventShortensEvidence(t *testing.T) {
	got := describeEvent("046", []string{"A"}, nil, nil, "", nil, strings.Repeat("x", 59)+" and more")
	if want := `046 agent=[A] "` + strings.Repeat("x", 59) + `…"`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
