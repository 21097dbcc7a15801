package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// dateMention is a date expression found in a sentence, resolved.
type dateMention struct {
	tok  int // index of its first token
	end  int // index after its last token
	date schema.Date
}

// findDates resolves the date expressions of a sentence's words against the
// article date: weekdays (the most recent on or before the article date),
// "today"/"yesterday", "Month Day[, Year]", "Day Month", "Month [Year]",
// "in [early|late] YYYY", "last/this week|month|year", "N days|weeks ago",
// "last/this/next summer" (a year), "over the weekend" (a month).
// Months without a year are in the article's year unless that would put
// them after the article date.
func findDates(words []string, pub schema.Date) []dateMention {
	var out []dateMention
	var base time.Time
	if pub.Day != 0 {
		base = time.Date(pub.Year, time.Month(pub.Month), pub.Day, 0, 0, 0, 0, time.UTC)
	}
	known := !base.IsZero()
	for i := 0; i < len(words); i++ {
		w := strings.ToLower(words[i])
		if wd, ok := weekdays[w]; ok && known {
			d := base
			for d.Weekday() != wd {
				d = d.AddDate(0, 0, -1)
			}
			// "next Monday" points forward.
			if i > 0 && strings.EqualFold(words[i-1], "next") {
				d = base.AddDate(0, 0, 1)
				for d.Weekday() != wd {
					d = d.AddDate(0, 0, 1)
				}
			}
			out = append(out, dateMention{i, i + 1, dayOf(d)})
			continue
		}
		if (w == "today" || w == "tonight") && known {
			out = append(out, dateMention{i, i + 1, pub})
			continue
		}
		if w == "yesterday" && known {
			out = append(out, dateMention{i, i + 1, dayOf(base.AddDate(0, 0, -1))})
			continue
		}
		if m, ok := months[strings.TrimSuffix(w, ".")]; ok && (len(w) > 3 || w == "may" || (i+1 < len(words) && isDigits(words[i+1])) || (i+2 < len(words) && words[i+1] == "." && isDigits(words[i+2]))) && startsUpper(words[i]) {
			// Month Day[,] [Year] | Month Year | Month
			if w == "may" && !(i+1 < len(words) && isDigits(words[i+1])) && !(i > 0 && isMonthPreposition(words[i-1])) {
				continue // the verb "may"
			}
			j := i + 1
			if j+1 < len(words) && words[j] == "." && len(w) <= 5 && isDigits(words[j+1]) {
				j++ // "Feb. 5"
			}
			day := 0
			if j < len(words) && isDigits(words[j]) && len(words[j]) <= 2 {
				day, _ = strconv.Atoi(words[j])
				j++
				if j+1 < len(words) && words[j] == "," && isYear(words[j+1]) {
					j++
				}
			}
			year, j := yearAt(words, j)
			out = append(out, dateMention{i, j, monthDate(pub, year, m, day, futureBefore(words, i))})
			i = j - 1
			continue
		}
		if isDigits(w) && len(w) <= 2 && i+1 < len(words) {
			if m, ok := months[strings.ToLower(words[i+1])]; ok && len(words[i+1]) > 3 {
				day, _ := strconv.Atoi(w)
				year, j := yearAt(words, i+2)
				out = append(out, dateMention{i, j, monthDate(pub, year, m, day, futureBefore(words, i))})
				i = j - 1
				continue
			}
		}
		if isYear(w) && i+1 < len(words) && (words[i+1] == "s" || words[i+1] == "'s" || words[i+1] == "’s") && w[3] == '0' {
			continue // "the 1990s": a decade
		}
		if isYear(w) && i > 0 {
			prev := strings.ToLower(words[i-1])
			if prev == "in" || prev == "'s" || prev == "’s" || prev == "its" || prev == "their" || prev == "the" || prev == "since" || prev == "early" || prev == "late" || prev == "mid" || prev == "of" || prev == "by" || prev == "until" || prev == "from" || prev == "during" {
				y, _ := strconv.Atoi(w)
				out = append(out, dateMention{i, i + 1, schema.Date{Year: y}})
				continue
			}
		}
		if (w == "last" || w == "this" || w == "past" || w == "next") && i+1 < len(words) && known {
			if y, ok := seasonYear(w, strings.ToLower(words[i+1]), pub); ok {
				out = append(out, dateMention{i, i + 2, schema.Date{Year: y}})
				i++
				continue
			}
		}
		if w == "next" && i+1 < len(words) && known {
			// "next week", "next month", "next year": what is planned;
			// "the next year" counts from the story's time, not the
			// article's.
			if i > 0 && strings.EqualFold(words[i-1], "the") {
				continue
			}
			switch strings.ToLower(words[i+1]) {
			case "week":
				d := base.AddDate(0, 0, 7)
				out = append(out, dateMention{i, i + 2, schema.Date{Year: d.Year(), Month: int(d.Month())}})
				i++
			case "month":
				d := base.AddDate(0, 1, 0)
				out = append(out, dateMention{i, i + 2, schema.Date{Year: d.Year(), Month: int(d.Month())}})
				i++
			case "year":
				out = append(out, dateMention{i, i + 2, schema.Date{Year: pub.Year + 1}})
				i++
			}
			continue
		}
		if w == "weekend" && i > 0 && known {
			// "over the weekend", "last weekend", "this past weekend":
			// the last one before the article, to its month.
			if p := strings.ToLower(words[i-1]); p == "the" && i > 1 && strings.EqualFold(words[i-2], "over") || p == "last" || p == "past" {
				d := base.AddDate(0, 0, -int(base.Weekday())) // the Sunday on or before it
				out = append(out, dateMention{i - 1, i + 1, schema.Date{Year: d.Year(), Month: int(d.Month())}})
				continue
			}
		}
		if (w == "last" || w == "this" || w == "past") && i+1 < len(words) && known {
			switch strings.ToLower(words[i+1]) {
			case "week":
				d := base
				if w == "last" || w == "past" {
					d = base.AddDate(0, 0, -7)
				}
				out = append(out, dateMention{i, i + 2, schema.Date{Year: d.Year(), Month: int(d.Month())}})
				i++
			case "month":
				d := base
				if w == "last" || w == "past" {
					d = base.AddDate(0, -1, 0)
				}
				out = append(out, dateMention{i, i + 2, schema.Date{Year: d.Year(), Month: int(d.Month())}})
				i++
			case "year":
				y := pub.Year
				if w == "last" || w == "past" {
					y--
				}
				out = append(out, dateMention{i, i + 2, schema.Date{Year: y}})
				i++
			}
			continue
		}
		if w == "ago" && i >= 2 && known {
			// "two and a half years ago", "a year and a half ago": a
			// year's precision.
			if k, unit := halfAgo(words, i); k >= 0 {
				n, _ := parseNumber(words[k])
				if strings.EqualFold(words[k], "a") {
					n = 1
				}
				if unit == "year" {
					d := base.AddDate(-n, -6, 0)
					out = append(out, dateMention{k, i + 1, schema.Date{Year: d.Year()}})
				}
				continue
			}
			n, ok := parseNumber(words[i-2])
			if !ok && strings.EqualFold(words[i-2], "a") {
				n, ok = 1, true
			}
			if ok {
				var d time.Time
				switch strings.TrimSuffix(strings.ToLower(words[i-1]), "s") {
				case "day":
					d = base.AddDate(0, 0, -n)
					out = append(out, dateMention{i - 2, i + 1, dayOf(d)})
				case "week":
					d = base.AddDate(0, 0, -7*n)
					out = append(out, dateMention{i - 2, i + 1, schema.Date{Year: d.Year(), Month: int(d.Month())}})
				case "month":
					d = base.AddDate(0, -n, 0)
					out = append(out, dateMention{i - 2, i + 1, schema.Date{Year: d.Year(), Month: int(d.Month())}})
				case "year":
					out = append(out, dateMention{i - 2, i + 1, schema.Date{Year: pub.Year - n}})
				}
			}
		}
	}
	return shiftedDates(words, out)
}

// shiftedDates widens each date expression that "N units after|before"
// leads ("two days after July 5", "a day before Friday's vote") to
// the date it names.
func shiftedDates(words []string, dates []dateMention) []dateMention {
	for k, d := range dates {
		if d.tok < 3 {
			continue
		}
		n, unit, from, ok := spanBefore(words, d.tok-1)
		if !ok {
			continue
		}
		if shifted, ok := shiftDate(d.date, n, unit, strings.ToLower(words[d.tok-1]) == "after"); ok {
			dates[k] = dateMention{from, d.end, shifted}
		}
	}
	return dates
}

// spanBefore reads a span of time "N units" before the word "after" or
// "before" at token k ("two days after", "a week before", "almost three
// months after"): its count, unit ("day", "week", "month" or "year") and
// the index of its count.
func spanBefore(words []string, k int) (n int, unit string, from int, ok bool) {
	if k < 2 || k >= len(words) {
		return 0, "", 0, false
	}
	if w := strings.ToLower(words[k]); w != "after" && w != "before" {
		return 0, "", 0, false
	}
	unit = strings.TrimSuffix(strings.ToLower(words[k-1]), "s")
	if unit != "day" && unit != "week" && unit != "month" && unit != "year" {
		return 0, "", 0, false
	}
	if strings.EqualFold(words[k-2], "a") {
		return 1, unit, k - 2, true
	}
	n, ok = parseNumber(words[k-2])
	if !ok || n <= 0 || n > 100 {
		return 0, "", 0, false
	}
	return n, unit, k - 2, true
}

// shiftDate moves d by n units forward (later) or back, at d's precision
// where the unit allows it: days and weeks need a day, months a month.
func shiftDate(d schema.Date, n int, unit string, later bool) (schema.Date, bool) {
	if !later {
		n = -n
	}
	switch unit {
	case "day", "week":
		if d.Day == 0 {
			return schema.Date{}, false
		}
		if unit == "week" {
			n *= 7
		}
		return dayOf(time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)), true
	case "month":
		if d.Month == 0 {
			return schema.Date{}, false
		}
		t := time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		return schema.Date{Year: t.Year(), Month: int(t.Month())}, true
	case "year":
		if d.Year == 0 {
			return schema.Date{}, false
		}
		d.Year += n
		if d.Month == 2 && d.Day == 29 {
			d.Day = 0 // no such day in most years
		}
		return d, true
	}
	return schema.Date{}, false
}

// seasons are the months (first, last) of the seasons a year holds whole
// (winter spans two years and is left out).
var seasons = map[string][2]int{"spring": {3, 5}, "summer": {6, 8}, "fall": {9, 11}, "autumn": {9, 11}}

// seasonYear resolves "this|last|past|next" and a season against the
// article date to a year: "last summer" is this year's once it is over,
// "next spring" next year's once it has begun.
func seasonYear(rel, season string, pub schema.Date) (int, bool) {
	m, ok := seasons[season]
	if !ok || pub.Month == 0 {
		return 0, false
	}
	switch rel {
	case "this":
		return pub.Year, true
	case "last", "past":
		if pub.Month > m[1] {
			return pub.Year, true
		}
		return pub.Year - 1, true
	default: // next
		if pub.Month < m[0] {
			return pub.Year, true
		}
		return pub.Year + 1, true
	}
}

func isMonthPreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "since", "until", "by", "early", "late", "mid", "of", "from", "through", "last", "next", "this", "before", "after", "during":
		return true
	}
	return false
}

func dayOf(t time.Time) schema.Date {
	return schema.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// monthDate resolves a month (and day) without a year against the article
// date: the most recent such month not after the article's.
func monthDate(pub schema.Date, year, month, day int, ahead bool) schema.Date {
	if year == 0 {
		if pub.IsZero() {
			return schema.Date{}
		}
		year = pub.Year
		later := pub.Month != 0 && (month > pub.Month || (month == pub.Month && day > pub.Day && pub.Day != 0))
		earlier := pub.Month != 0 && (month < pub.Month || (month == pub.Month && day != 0 && day < pub.Day))
		switch {
		case ahead && earlier:
			year++ // "will sign the deal on Jan. 15", written on Dec. 31
		case !ahead && later:
			year--
		}
	}
	if day > 31 {
		day = 0
	}
	return schema.Date{Year: year, Month: month, Day: day}
}

// futureBefore reports whether a word that points ahead ("will",
// "scheduled", "upcoming", "next") stands in the eight words before token
// i: a month named after it is the next one of that name, not the last.
func futureBefore(words []string, i int) bool {
	for _, w := range words[max(0, i-8):i] {
		if aheadWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// aheadWords point a sentence's dates forward.
var aheadWords = set("will", "'ll", "’ll", "shall", "scheduled", "upcoming", "next")

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isYear(s string) bool {
	if len(s) != 4 || !isDigits(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1900 && y <= 2100
}

// yearAt reads an optional year at token j: the year, or 0, and the index
// after it.
func yearAt(words []string, j int) (int, int) {
	if j < len(words) && isYear(words[j]) {
		y, _ := strconv.Atoi(words[j])
		return y, j + 1
	}
	return 0, j
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// halfAgo finds "N and [a] half UNITs ago" or "N UNIT and a half ago"
// ending with "ago" at token i, and returns the index of N and the unit
// ("year"), or -1.
func halfAgo(words []string, i int) (int, string) {
	k := i - 1
	unit := ""
	if u := strings.TrimSuffix(strings.ToLower(words[k]), "s"); u == "year" || u == "month" || u == "week" || u == "day" {
		unit = u
		k--
	}
	if k < 2 || !strings.EqualFold(words[k], "half") {
		return -1, ""
	}
	k--
	if strings.EqualFold(words[k], "a") {
		k--
	}
	if k < 1 || !strings.EqualFold(words[k], "and") {
		return -1, ""
	}
	k--
	if unit == "" { // "a year and a half ago"
		unit = strings.TrimSuffix(strings.ToLower(words[k]), "s")
		k--
	}
	if k < 0 {
		return -1, ""
	}
	if _, ok := parseNumber(words[k]); ok || strings.EqualFold(words[k], "a") {
		return k, unit
	}
	return -1, ""
}
