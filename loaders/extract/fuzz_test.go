package extract

import (
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// FuzzExtract reads any text as an article, dated any day: date
// resolution ("last Wednesday", "in late 2020", "two and a half years
// ago") and number parsing ("32", "3.5 million", "Thirty-one") must put a
// real date and a positive count in the article's quads, which must be
// RDF a store takes, whatever the words. Seeds beside the ones below are in
// testdata/fuzz. Run it for a minute with
//
//	go test -run '^$' -fuzz '^FuzzExtract$' -fuzztime 1m ./loaders/extract
func FuzzExtract(f *testing.F) {
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"The exchange took place on Wednesday with Azerbaijan releasing 32 Armenians mostly captured in late 2020 while Armenia released two Azerbaijani soldiers held since April.",
		"Russia attacked Ukraine last week, killing 3.5 million people two and a half years ago.",
		"Police arrested 9e99 protesters on February 29, 2023 and 1,000,000,000,000,000,000,000 more next Monday.",
		"On 31 April Israel freed Thirty-one prisoners, a dozen dozen billion hundred of them, 2,147,483,648 days ago.",
		"Turkey said on Dec. 32 that it had detained 0.5 activists in 0000.",
	} {
		f.Add("Headline", s, 2023, 12, 13)
	}
	f.Add("Iran seized 12 sailors on Sunday", "", 1, 1, 1)
	f.Add("", "Iran seized 12 sailors yesterday", 9999, 12, 31)
	f.Fuzz(func(t *testing.T, headline, body string, year, month, day int) {
		pub := schema.Date{Year: year, Month: month, Day: day}
		if d, err := schema.ParseDate(pub.String()); err != nil || d != pub || d.Day == 0 {
			return // the readers give an article a real date or none
		}
		a := loaders.Article{Headline: headline, Body: body, Date: pub, Hash: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
		if !utf8.ValidString(headline) || !utf8.ValidString(body) {
			return // the readers repair invalid UTF-8 first
		}
		for _, q := range x.Extract(a).Quads(x.Codes()) {
			if !q.IsValid() {
				t.Fatalf("incomplete quad %v", q)
			}
			for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
				if v != nil && !utf8.ValidString(v.String()) {
					t.Fatalf("quad %v holds invalid UTF-8", q)
				}
			}
			lit, _ := schema.Lexical(q.Object)
			switch q.Predicate {
			case schema.StartDate, schema.DatePublished:
				if _, err := schema.ParseDate(lit); err != nil {
					t.Fatalf("quad %v: %v", q, err)
				}
			case schema.Quantity:
				if n, err := strconv.Atoi(lit); err != nil || n < 1 {
					t.Fatalf("quad %v: not a count", q)
				}
			}
		}
	})
}
