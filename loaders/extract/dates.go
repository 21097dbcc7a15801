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
// "in [early|late] YYYY", "last/this week|month|year", "N days|weeks ago".
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
			out = append(out, dateMention{i, j, monthDate(pub, year, m, day)})
			i = j - 1
			continue
		}
		if isDigits(w) && len(w) <= 2 && i+1 < len(words) {
			if m, ok := months[strings.ToLower(words[i+1])]; ok && len(words[i+1]) > 3 {
				day, _ := strconv.Atoi(w)
				year, j := yearAt(words, i+2)
				out = append(out, dateMention{i, j, monthDate(pub, year, m, day)})
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
		if w == "next" && i+1 < len(words) && known {
			// "next week", "next month", "next year": what is planned.
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
	return out
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
func monthDate(pub schema.Date, year, month, day int) schema.Date {
	if year == 0 {
		if pub.IsZero() {
			return schema.Date{}
		}
		year = pub.Year
		if pub.Month != 0 && (month > pub.Month || (month == pub.Month && day > pub.Day && pub.Day != 0)) {
			year--
		}
	}
	if day > 31 {
		day = 0
	}
	return schema.Date{Year: year, Month: month, Day: day}
}

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

// eventDate picks the date of the event whose trigger spans [i, end): the
// nearest date expression with no other verb between it and the trigger
// ("captured in late 2020" dates the capture, not the release), else a
// sentence-level "on Wednesday"; "since" dates a state's start, not an act.
func eventDate(lower []string, dates []dateMention, i, end int) (schema.Date, bool) {
	best, bestDist := -1, 0
	for k, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "since" {
			continue
		}
		a, b := end, d.tok
		if d.tok < i {
			a, b = d.end, i
		}
		blocked := false
		for j := a; j < b; j++ {
			if isVerbLike(lower[j]) || lower[j] == ";" || lower[j] == "while" || lower[j] == "which" || lower[j] == "who" {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		dist := abs(d.tok - i)
		if best < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		return dates[best].date, true
	}
	for _, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "on" {
			return d.date, true
		}
	}
	return schema.Date{}, false
}

// isVerbLike is a cheap test for a finite verb or participle.
func isVerbLike(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "held", "said", "says", "told", "met", "fled", "fought", "took", "made", "began", "sent", "led", "struck", "won", "gave", "came", "went":
		return true
	}
	return false
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
