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
		if (w == "last" || w == "this" || w == "past" || w == "next") && i+1 < len(words) && known {
			if y, ok := seasonYear(w, strings.ToLower(words[i+1]), pub); ok {
				out = append(out, dateMention{i, i + 2, schema.Date{Year: y}})
				i++
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
		if w == "weekend" && i > 0 && known {
			// "over the weekend", "last weekend", "this past weekend":
			// the last one before the article, to its month.
			if p := strings.ToLower(words[i-1]); p == "the" && i > 1 && strings.EqualFold(words[i-2], "over") || p == "last" || p == "past" {
				d := base.AddDate(0, 0, -1)
				for d.Weekday() != time.Sunday && base.Weekday() != time.Sunday {
					d = d.AddDate(0, 0, -1)
				}
				if base.Weekday() == time.Sunday {
					d = base
				}
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
// leads ("two days after July 5", "a day before Thursday's summit") to
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
// "before" at token k ("two days after", "a week before", "nearly one
// year after"): its count, unit ("day", "week", "month" or "year") and
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

// eventDate picks the date of the event whose trigger spans [i, end) in
// sentence s, from the sentence's own time expressions:
//
//   - the nearest date expression in the trigger's own clause, that is with
//     no other clause's verb between it and the trigger ("captured in late
//     2020" dates the capture, not the release); a noun trigger's light
//     verb ("the invasion began two years ago", "sanctions imposed by the
//     EU last week") carries its date;
//   - a date after an infinitive is its aim's ("urged Russia to release
//     the prisoners next month"), unless it counts back from the article
//     ("agreed to sign a deal last week");
//   - a possessive date that qualifies a noun ("yesterday's drills",
//     "last month's debate") dates only a noun trigger it qualifies, or
//     the clause it is the time of ("during last year's campaign");
//   - an act told in the past perfect ("said Monday that Russia had
//     attacked") happened before the time of the telling: only a date
//     after the trigger is its own;
//   - "since" dates a state's start, not an act;
//   - else an act after "N units after|before" ("came two days after the
//     council approved sanctions", "nearly one year after a summit") is
//     that span from the date before it, or the article's;
//   - else a time expression opening the sentence ("In 2010, the board
//     found ...", "Earlier this week, the campaign put out an ad
//     criticizing ...") dates the main clause's act and what it governs,
//     but not a relative or reported clause's;
//   - else, for a verb trigger, a date after "on" anywhere in its clause
//     ("Obama, after talks in the city, met Boehner on Sunday"); a noun
//     trigger's "on Sunday" beyond another verb dates that verb ("Russia's
//     invasion dominated talks on Monday").
//
// It reports false when the sentence gives the act no date.
func (es *eventStage) eventDate(si int, dates []dateMention, i, end int, noun bool, agents []*entity) (schema.Date, bool) {
	s := &es.d.sents[si]
	lower := s.lower
	perfect := pastPerfect(lower, i)
	asides := es.relativeAsides(s)
	best, bestDist := -1, 0
	for k, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "since" {
			continue
		}
		if asideOf(asides, d.tok) != asideOf(asides, i) {
			continue // "Turkey, which attacked Syria in 2019, met Russia"
		}
		if qualifiesNoun(s, d) && !es.timeAdjunct(s, d) {
			if noun && d.end <= i && i-d.end <= 4 && !es.dateBarrierIn(s, d.end, i) {
				return d.date, true // "yesterday's drills", "the 2022 invasion"
			}
			continue
		}
		if perfect && d.tok < i {
			continue
		}
		if d.tok < i && es.toldEarlier(si, d, i, agents) {
			continue // "said Monday that Russian forces attacked"
		}
		// Scan outward from the trigger to the date.
		from, to, step := end, d.tok, 1
		if d.tok < i {
			from, to, step = i-1, d.end-1, -1
		}
		blocked, light := false, noun
		for j := from; j != to; j += step {
			if a := asideOf(asides, j); a >= 0 && a != asideOf(asides, i) {
				continue // "Obama, who ..., met Putin on Monday"
			}
			if d.date.Day != 0 && es.x.events.w.timeClauses[lower[j]] {
				blocked = true
				break
			}
			if step > 0 && lower[j] == "to" && j+1 < len(lower) && s.tags[j+1] == "VB" && !pastDeictic(lower, d) {
				blocked = true // "warned them not to create a fiasco this fall": the aim's time
				break
			}
			if !es.dateBarrier(s, j) {
				continue
			}
			if light && es.x.events.w.lightVerbs[lower[j]] {
				light = false // the noun's own verb, once
				continue
			}
			blocked = true
			break
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
	if d, ok := es.spanDate(s, dates, i, noun); ok {
		return d, true
	}
	if d, comma, ok := es.openingDate(s, dates); ok && !perfect && comma < i && asideOf(asides, i) < 0 {
		// The main clause's verb and what it governs directly: no
		// relative or reported clause, no second finite verb ("In
		// their filing Wednesday, prosecutors alleged he offered ..."),
		// past asides ("Last week, Germany, alarmed by the vote, condemned").
		verbs := 0
		for j := comma + 1; j < i; j++ {
			if asideOf(asides, j) >= 0 {
				continue
			}
			if es.x.events.w.clauseOpeners[lower[j]] || lower[j] == "that" {
				return schema.Date{}, false
			}
			if es.dateBarrier(s, j) {
				verbs++
			}
		}
		if verbs == 0 || verbs == 1 && (noun || strings.HasSuffix(lower[i], "ing") || coordinated(lower, i)) {
			return d.date, true
		}
	}
	for _, d := range dates {
		if d.tok > 0 && lower[d.tok-1] == "on" && !perfect && !noun && asideOf(asides, d.tok) == asideOf(asides, i) && !(d.tok < i && es.toldEarlier(si, d, i, agents)) {
			return d.date, true
		}
	}
	return schema.Date{}, false
}

// relativeAsides finds the relative clauses and participle phrases a
// sentence sets off by commas between a subject and its verb: ", which
// ... ,", ", who ... ," and ", alarmed by ... ,", each closed by the first
// comma a finite verb follows ("Obama, who ..., met"), as [start, end)
// token ranges from the first comma through the closing one.
func (es *eventStage) relativeAsides(s *sentence) [][2]int {
	var out [][2]int
	for c := 0; c+1 < len(s.lower); c++ {
		if s.lower[c] != "," || !relativeWords[s.lower[c+1]] && s.tags[c+1] != "VBN" {
			continue
		}
		for e := c + 2; e+1 < len(s.lower) && !clauseBreaks[s.lower[e]]; e++ {
			if s.lower[e] != "," {
				continue
			}
			v := e + 1
			if s.tags[v] == "RB" && v+1 < len(s.lower) {
				v++ // ", also endorsed"
			}
			if t := s.tags[v]; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				out = append(out, [2]int{c, e + 1})
				c = e
				break
			}
		}
	}
	return out
}

// relativeWords open a relative clause.
var relativeWords = set("which", "who", "whom", "whose")

// asideOf returns the index of the aside holding token j, or -1.
func asideOf(asides [][2]int, j int) int {
	for k, a := range asides {
		if j >= a[0] && j < a[1] {
			return k
		}
	}
	return -1
}

// spanDate dates a trigger at token i that follows "N units after|before"
// in its own clause ("came two days after the council approved new
// sanctions", "a year after a summit"): the span back (or forward) from
// the last date expression before it ("The statement issued Monday came
// two days after"), or back from the article date, at the precision of
// the unit ("a year after" gives a year).
func (es *eventStage) spanDate(s *sentence, dates []dateMention, i int, noun bool) (schema.Date, bool) {
	verbs := 0
	for k := i - 1; k >= 2 && k >= i-12; k-- {
		w := s.lower[k]
		if w == "after" || w == "before" {
			n, unit, from, ok := spanBefore(s.words, k)
			if !ok {
				return schema.Date{}, false
			}
			anchor, stated := es.d.pub, false
			for _, d := range dates {
				if d.end <= from {
					anchor, stated = d.date, true
				}
			}
			if w == "before" && !stated {
				return schema.Date{}, false // before what? Not the article's day.
			}
			// The span is as precise as its unit: "a year after" is a year.
			switch unit {
			case "year":
				anchor = schema.Date{Year: anchor.Year}
			case "month":
				anchor.Day = 0
			}
			return shiftDate(anchor, n, unit, w == "before")
		}
		if es.x.events.w.clauseOpeners[w] || w == "," || w == "that" {
			return schema.Date{}, false
		}
		if es.dateBarrier(s, k) {
			// The verb of the clause after "after" is the only one a
			// noun trigger may follow.
			if verbs++; !noun || verbs > 1 {
				return schema.Date{}, false
			}
		}
		for _, d := range dates {
			if k >= d.tok && k < d.end {
				return schema.Date{}, false // a date of its own
			}
		}
	}
	return schema.Date{}, false
}

// coordinated reports whether the verb at token i follows "and", "or" or
// "but" (past auxiliaries and adverbs): a second verb of one subject,
// "urged ... and demanded".
func coordinated(lower []string, i int) bool {
	k := i - 1
	for k >= 0 && auxiliaries[lower[k]] {
		k--
	}
	return k >= 0 && (lower[k] == "and" || lower[k] == "or" || lower[k] == "but")
}

// openingDate returns the date expression of the phrase that opens the
// sentence, set off by a comma, colon or dash ("In late September 2016,",
// "Earlier this week,", "On Thursday,", "Over a phone call in January,",
// "June 14:"), and the index of that mark. "Since March," opens a state,
// not a time.
func (es *eventStage) openingDate(s *sentence, dates []dateMention) (dateMention, int, bool) {
	if len(dates) == 0 || dates[0].tok > 6 {
		return dateMention{}, 0, false
	}
	d := dates[0]
	if d.tok > 0 && s.lower[d.tok-1] == "since" {
		return dateMention{}, 0, false
	}
	for j := 0; j < len(s.lower) && j < d.end+6; j++ {
		switch s.lower[j] {
		case ",", ":", "—", "–":
			return d, j, j >= d.end
		}
		if strings.HasPrefix(s.tags[j], "VB") || s.tags[j] == "MD" {
			break
		}
	}
	return dateMention{}, 0, false
}

// qualifiesNoun reports whether the date expression d is a possessive
// that qualifies the noun after it: "yesterday's drills", "last month's
// debate", "Thursday's summit".
func qualifiesNoun(s *sentence, d dateMention) bool {
	if d.end >= len(s.lower) {
		return false
	}
	if _, _, from, ok := spanBefore(s.words, d.tok+2); ok && from == d.tok {
		return false // "a day before Thursday's summit" is a time of its own
	}
	next := s.lower[d.end]
	return next == "'s" || next == "’s"
}

// timeAdjunct reports whether the date expression d qualifies a noun
// that is itself the time of the clause: "during last year's campaign",
// "at Thursday's summit", "in last month's debate"; or, for a month or a
// year, what the clause's act shortly followed: "after last week's
// release", "following last year's killing".
func (es *eventStage) timeAdjunct(s *sentence, d dateMention) bool {
	k := d.tok - 1
	if k >= 0 && (s.tags[k] == "DT" || s.tags[k] == "PRP$") {
		k--
	}
	if k < 0 {
		return false
	}
	w := es.x.events.w
	return w.timePrepositions[s.lower[k]] || d.date.Day == 0 && w.sequelPrepositions[s.lower[k]]
}

// toldEarlier reports whether the date d is the day a reporting verb just
// before it tells of another actor's act at token i ("The Guardian
// reported on Tuesday that Manafort met Assange"), an act in the past
// tense, so before the telling. The speaker's own act ("announced Dec. 2
// that he stepped down", "wrote Wednesday that ... and accused") and an
// act the telling announces ("said Saturday that the coalition will
// cancel the truce") take the day.
func (es *eventStage) toldEarlier(si int, d dateMention, i int, agents []*entity) bool {
	s := &es.d.sents[si]
	r := d.tok - 1
	for r >= 0 && r >= d.tok-3 && !es.x.events.w.reportVerbs[s.lower[r]] {
		r--
	}
	if r < 0 || r < d.tok-3 {
		return false
	}
	past := s.tags[i] == "VBD"
	if s.tags[i] == "VBN" {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if w := s.lower[k]; w == "has" || w == "have" {
				past = true // "has attacked"
			}
		}
	}
	if !past || len(agents) == 0 {
		return false
	}
	for _, e := range es.subjectBefore(si, s.lower, r) {
		if containsEntity(agents, e) {
			return false
		}
	}
	return true
}

// pastDeictic reports whether the date expression d counts back from the
// article ("last week", "yesterday", "two days ago"): no aim's time, so
// it dates the verb before an infinitive ("agreed to sign a deal last
// week").
func pastDeictic(lower []string, d dateMention) bool {
	first, last := lower[d.tok], lower[d.end-1]
	return first == "last" || first == "past" || first == "yesterday" || last == "ago"
}

// pastPerfect reports whether the verb at token i is in the past perfect:
// "had attacked", "had been attacked", "had already attacked".
func pastPerfect(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if pastPerfectAuxiliaries[lower[k]] {
			return true
		}
		if !perfectAdverbs[lower[k]] {
			return false
		}
	}
	return false
}

// pastPerfectAuxiliaries make the past perfect; perfectAdverbs may stand
// between one and its verb.
var (
	pastPerfectAuxiliaries = set("had", "'d", "’d")
	perfectAdverbs         = set("been", "already", "also", "not", "previously", "never", "just")
)

// dateBarrierIn reports whether a token of s in [from, to) is a
// dateBarrier.
func (es *eventStage) dateBarrierIn(s *sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if es.dateBarrier(s, j) {
			return true
		}
	}
	return false
}

// dateBarrier reports whether token j of s starts or heads another clause,
// so that a date expression beyond it is not the trigger's: a verb in the
// past or a participle ("-ed", or irregular: verbLike) that the tagger
// also reads as a verb (not "United", "Ahmed", "hundred"), a present-tense
// verb of the "presentverbs" list ("says", "tells"), or a word of the
// "clauseopeners" list (";", "which", "while").
func (es *eventStage) dateBarrier(s *sentence, j int) bool {
	w := s.lower[j]
	if es.x.events.w.clauseOpeners[w] || es.x.events.w.presentVerbs[w] {
		return true
	}
	return es.verbLike(w) && strings.HasPrefix(s.tags[j], "VB") && !auxiliaries[w]
}

// verbLike is a cheap test for a finite verb or participle: a word in
// "-ed" or one of the "verbforms" list (irregular past forms, "says").
func (es *eventStage) verbLike(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || es.x.events.w.verbForms[w]
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

// listedActs splits off the acts a trigger's object lists each with a date
// of its own: "meeting Putin in Moscow on July 5 and Xi in Beijing on July
// 8" is two meetings, the second with Xi on July 8. It returns an event for
// each later conjunct (an actor after "and" or a comma, then a date within
// its phrase) and takes the conjuncts' actors and places out of ev.
func (es *eventStage) listedActs(si int, ev *event, end int, dates []dateMention) []*event {
	s := &es.d.sents[si]
	first := -1
	for k, d := range dates {
		if d.tok >= end && !es.dateBarrierIn(s, end, d.tok) {
			first = k
			break
		}
	}
	if first < 0 {
		return nil
	}
	var out []*event
	for next := dates[first].end; next < len(s.lower); {
		p := next
		for p < len(s.lower) && (s.lower[p] == "," || s.lower[p] == "and" || determiners[s.lower[p]]) {
			p++
		}
		mi := -1
		if p > next {
			mi = es.actorStartingAt(si, p)
		}
		if mi < 0 {
			break
		}
		m := es.d.mentions[si][mi]
		d, ok := dateMention{}, false
		for _, dm := range dates {
			if dm.tok >= m.end && dm.tok-m.end <= 6 && !es.dateBarrierIn(s, m.end, dm.tok) && !wordIn(s.lower[m.end:dm.tok], "and", ",") {
				d, ok = dm, true
				break
			}
		}
		if !ok {
			break
		}
		e := *ev
		e.targets = []*entity{m.ent}
		e.date, e.explicitDate, e.tok = d.date, true, p
		e.locations = nil
		for _, pm := range es.d.mentions[si] {
			if pm.ent.kind == schema.KindPlace && pm.start >= m.end && pm.start < d.tok {
				e.locations = append(e.locations, pm.ent)
			}
		}
		ev.targets = without(ev.targets, m.ent)
		for _, l := range e.locations {
			ev.locations = without(ev.locations, l)
		}
		out = append(out, &e)
		next = d.end
	}
	return out
}

// wordIn reports whether words holds any of ws.
func wordIn(words []string, ws ...string) bool {
	for _, w := range words {
		for _, x := range ws {
			if w == x {
				return true
			}
		}
	}
	return false
}

// without returns es without e.
func without(es []*entity, e *entity) []*entity {
	var out []*entity
	for _, x := range es {
		if x != e {
			out = append(out, x)
		}
	}
	return out
}
