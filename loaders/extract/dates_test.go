package extract

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/loaders/text"
	"github.com/newsgraph/newsgraph/schema"
)

// wordsOf tokenizes a sentence the way the reader does: token texts.
func wordsOf(s string) []string {
	var w []string
	for _, t := range text.Tokenize(s) {
		w = append(w, t.Text)
	}
	return w
}

func TestFindDates(t *testing.T) {
	pub := schema.Date{Year: 2023, Month: 12, Day: 13} // a Wednesday
	day := func(y, m, d int) schema.Date { return schema.Date{Year: y, Month: m, Day: d} }
	month := func(y, m int) schema.Date { return schema.Date{Year: y, Month: m} }
	year := func(y int) schema.Date { return schema.Date{Year: y} }
	tests := []struct {
		name string
		in   string
		want []dateMention
		note string // a bug this case once showed, now fixed
	}{
		// Weekdays: the most recent on or before the article date.
		{"weekday of the article", "Talks resumed on Wednesday.", []dateMention{{3, 4, day(2023, 12, 13)}}, ""},
		{"earlier weekday", "He spoke on Monday.", []dateMention{{3, 4, day(2023, 12, 11)}}, ""},
		{"later weekday is last week's", "They met on Thursday.", []dateMention{{3, 4, day(2023, 12, 7)}}, ""},
		{"next weekday points forward", "They meet next Monday.", []dateMention{{3, 4, day(2023, 12, 18)}}, ""},
		{"lower-case weekday", "on friday", []dateMention{{1, 2, day(2023, 12, 8)}}, ""},
		{"today", "Troops left today.", []dateMention{{2, 3, day(2023, 12, 13)}}, ""},
		{"yesterday", "Troops left yesterday.", []dateMention{{2, 3, day(2023, 12, 12)}}, ""},

		// Months.
		{"earlier month this year", "The war began in September.", []dateMention{{4, 5, month(2023, 9)}}, ""},
		{"the article's month", "It began in December.", []dateMention{{3, 4, month(2023, 12)}}, ""},
		{"May after in", "Talks stalled in May.", []dateMention{{3, 4, month(2023, 5)}},
			`"in May" gives no date: a three-letter month needs a day number after it, so the check for the verb "may" is never reached without one`},
		{"May with a year", "Talks stalled in May 2022.", []dateMention{{3, 5, month(2022, 5)}}, ""},
		{"May the verb", "Russia may attack.", nil, ""},
		{"May the verb, capitalised", "May they succeed.", nil, ""},
		{"May the surname", "Theresa May said so.", nil, ""},
		{"May with a day", "It was signed May 9.", []dateMention{{3, 5, day(2023, 5, 9)}}, ""},
		{"month day", "It happened on July 5.", []dateMention{{3, 5, day(2023, 7, 5)}}, ""},
		{"month day, year", "It happened on May 20, 2022.", []dateMention{{3, 7, day(2022, 5, 20)}}, ""},
		{"month year", "It happened in March 2021.", []dateMention{{3, 5, month(2021, 3)}}, ""},
		{"day month year", "It happened on 5 July 2021.", []dateMention{{3, 6, day(2021, 7, 5)}}, ""},
		{"day month", "It happened on 5 July.", []dateMention{{3, 5, day(2023, 7, 5)}}, ""},
		{"later day of the article's month is last year's", "It opens December 20.", []dateMention{{2, 4, day(2022, 12, 20)}}, ""},
		{"abbreviated month", "It happened on Dec 5.", []dateMention{{3, 5, day(2023, 12, 5)}}, ""},
		{"lower-case month is not a date", "a march on the capital", nil, ""},
		{"abbreviated month with a dot", "It happened on Feb. 5.", []dateMention{{3, 5, day(2023, 2, 5)}},
			`"Feb. 5" (AP style) is missed: the tokenizer makes "Feb" "." "5" and findDates wants a digit right after the month`},

		// Years.
		{"in late year", "Fighting resumed in late 2020.", []dateMention{{4, 5, year(2020)}}, ""},
		{"in year", "In 2000 he moved.", []dateMention{{1, 2, year(2000)}}, ""},
		{"the year as an adjective", "Since the 2022 invasion, talks have stalled.", []dateMention{{2, 3, year(2022)}}, ""},
		{"possessive year", "Russia's 2024 budget", []dateMention{{2, 3, year(2024)}}, ""},
		{"year first in the sentence", "2023 was a hard year.", nil, ""},
		{"a count is not a year", "Some 2000 soldiers left.", nil, ""},
		{"decade", "Prices rose in the 1990s.", nil,
			`"the 1990s" resolves to the year 1990: the tokenizer splits "1990" "s" and "the" makes it a year`},

		// Relative expressions.
		{"last week", "Troops moved last week.", []dateMention{{2, 4, month(2023, 12)}}, ""},
		{"this week", "Troops moved this week.", []dateMention{{2, 4, month(2023, 12)}}, ""},
		{"last month", "Troops moved last month.", []dateMention{{2, 4, month(2023, 11)}}, ""},
		{"last year", "Troops moved last year.", []dateMention{{2, 4, year(2022)}}, ""},
		{"next month", "He will visit next month.", []dateMention{{3, 5, month(2024, 1)}}, ""},
		{"next week", "Talks resume next week.", []dateMention{{2, 4, month(2023, 12)}}, ""},
		{"next Monday", "Talks resume next Monday.", []dateMention{{3, 4, day(2023, 12, 18)}}, ""},
		{"this year", "Elections are due this year.", []dateMention{{3, 5, year(2023)}}, ""},
		{"the next year counts from the story", "The next year, he resigned.", nil, ""},
		{"days ago", "He left two days ago.", []dateMention{{2, 5, day(2023, 12, 11)}}, ""},
		{"numeral days ago", "He left 13 days ago.", []dateMention{{2, 5, day(2023, 11, 30)}}, ""},
		{"a week ago", "He left a week ago.", []dateMention{{2, 5, month(2023, 12)}}, ""},
		{"weeks ago across a month", "He left three weeks ago.", []dateMention{{2, 5, month(2023, 11)}}, ""},
		{"a month ago", "He left a month ago.", []dateMention{{2, 5, month(2023, 11)}}, ""},
		{"years ago", "He left Thirty-one years ago.", []dateMention{{2, 5, year(1992)}}, ""},
		{"and a half years ago", "The plant closed almost three and a half years ago.", []dateMention{{4, 10, year(2020)}}, ""},
		{"and half years ago", "The plant closed four and half years ago.", []dateMention{{3, 8, year(2019)}}, ""},
		{"a year and a half ago", "It began a year and a half ago.", []dateMention{{2, 8, year(2022)}}, ""},
		{"ago without a count", "He left long ago.", nil, ""},

		{"a day before a weekday", "They met a day before Friday's vote.", []dateMention{{2, 6, day(2023, 12, 7)}}, ""},
		{"days after a date", "Talks began two days after July 5.", []dateMention{{2, 7, day(2023, 7, 7)}}, ""},
		{"weeks before a date", "Talks began three weeks before July 5, 2021.", []dateMention{{2, 9, day(2021, 6, 14)}}, ""},
		{"a year after a month", "It came a year after March 2021.", []dateMention{{2, 7, month(2022, 3)}}, ""},
		{"a span after a month keeps the month", "It came a month after May 2020.", []dateMention{{2, 7, month(2020, 6)}}, ""},
		{"days after a month is no day", "It came days after July.", []dateMention{{4, 5, month(2023, 7)}}, ""},
		{"last summer, this year's once over", "Talks failed last summer.", []dateMention{{2, 4, year(2023)}}, ""},
		{"last spring", "Talks failed last spring.", []dateMention{{2, 4, year(2023)}}, ""},
		{"next spring", "Talks resume next spring.", []dateMention{{2, 4, year(2024)}}, ""},
		{"this fall", "Talks resume this fall.", []dateMention{{2, 4, year(2023)}}, ""},
		{"winter is left out", "Talks failed last winter.", nil, ""},
		{"over the weekend", "Talks failed over the weekend.", []dateMention{{3, 5, month(2023, 12)}}, ""},
		{"last weekend across a month", "Talks failed last weekend.", []dateMention{{2, 4, month(2023, 12)}}, ""},
		{"two dates in a sentence", "Talks that began on Monday ended in September 2022.", []dateMention{{4, 5, day(2023, 12, 11)}, {7, 9, month(2022, 9)}}, ""},
		{"no date", "Azerbaijan releases 32 Armenians.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := wordsOf(tt.in)
			if got := findDates(words, pub); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findDates(%q, %v) = %+v, want %+v", words, pub, got, tt.want)
			}
		})
	}
}

func TestFindDatesWithoutArticleDay(t *testing.T) {
	// Without a day-precise article date, relative expressions are not
	// resolved; explicit years still are.
	tests := []struct {
		name string
		pub  schema.Date
		in   string
		want []dateMention
	}{
		{"weekday, no date", schema.Date{}, "He spoke on Monday.", nil},
		{"yesterday, month only", schema.Date{Year: 2023, Month: 12}, "He spoke yesterday.", nil},
		{"last year, no date", schema.Date{}, "He spoke last year.", nil},
		{"days ago, no date", schema.Date{}, "He left two days ago.", nil},
		{"explicit date, no date", schema.Date{}, "It happened on 5 July 2021.", []dateMention{{3, 6, schema.Date{Year: 2021, Month: 7, Day: 5}}}},
		{"year, no date", schema.Date{}, "Fighting resumed in late 2020.", []dateMention{{4, 5, schema.Date{Year: 2020}}}},
		{"month against a month-only date", schema.Date{Year: 2023, Month: 6}, "It began in September.", []dateMention{{3, 4, schema.Date{Year: 2022, Month: 9}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := wordsOf(tt.in)
			if got := findDates(words, tt.pub); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findDates(%q, %v) = %+v, want %+v", words, tt.pub, got, tt.want)
			}
		})
	}
}

func TestMonthDate(t *testing.T) {
	pub := schema.Date{Year: 2023, Month: 12, Day: 13}
	tests := []struct {
		pub              schema.Date
		year, month, day int
		ahead            bool
		want             schema.Date
	}{
		{pub, 0, 9, 0, false, schema.Date{Year: 2023, Month: 9}},
		{pub, 0, 12, 13, false, schema.Date{Year: 2023, Month: 12, Day: 13}},
		{pub, 0, 12, 14, false, schema.Date{Year: 2022, Month: 12, Day: 14}},
		{schema.Date{Year: 2023, Month: 3, Day: 1}, 0, 4, 0, false, schema.Date{Year: 2022, Month: 4}},
		{pub, 2021, 7, 5, false, schema.Date{Year: 2021, Month: 7, Day: 5}},
		{pub, 2021, 7, 45, false, schema.Date{Year: 2021, Month: 7}}, // no such day
		{schema.Date{}, 0, 7, 5, false, schema.Date{}},
		{schema.Date{Year: 2023}, 0, 7, 5, false, schema.Date{Year: 2023, Month: 7, Day: 5}},
		{pub, 0, 1, 15, true, schema.Date{Year: 2024, Month: 1, Day: 15}},   // "will sign on Jan. 15"
		{pub, 0, 12, 14, true, schema.Date{Year: 2023, Month: 12, Day: 14}}, // "will meet on Dec. 14"
	}
	for _, tt := range tests {
		if got := monthDate(tt.pub, tt.year, tt.month, tt.day, tt.ahead); got != tt.want {
			t.Errorf("monthDate(%v, %d, %d, %d, %v) = %v, want %v", tt.pub, tt.year, tt.month, tt.day, tt.ahead, got, tt.want)
		}
	}
}
