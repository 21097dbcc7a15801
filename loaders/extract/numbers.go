package extract

import (
	"math"
	"strconv"
	"strings"
)

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
}

var scales = map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

// parseNumber reads one number word or numeral: "32", "120,000", "two",
// "Thirty-one", "3.5" (rounded down). It reports false for anything else.
func parseNumber(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if s[0] >= '0' && s[0] <= '9' {
		clean := strings.ReplaceAll(s, ",", "")
		if f, err := strconv.ParseFloat(clean, 64); err == nil && !strings.ContainsAny(clean, "eE") {
			return int(f), true
		}
		return 0, false
	}
	l := strings.ToLower(s)
	if n, ok := smallNumbers[l]; ok {
		return n, true
	}
	if tens, units, ok := strings.Cut(l, "-"); ok {
		t, ok1 := smallNumbers[tens]
		u, ok2 := smallNumbers[units]
		if ok1 && ok2 && t >= 20 && t%10 == 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// quantityAt reads a count starting at token i of words ("32", "two dozen",
// "3.5 million", "a total of 55") and returns it with the index after it.
func quantityAt(words []string, i int) (int, int, bool) {
	if i < len(words)-2 && strings.EqualFold(words[i], "a") && words[i+1] == "total" && words[i+2] == "of" {
		i += 3
	}
	if i >= len(words) {
		return 0, i, false
	}
	var f float64
	if strings.EqualFold(words[i], "a") && i+1 < len(words) && strings.ToLower(words[i+1]) == "dozen" {
		return 12, i + 2, true
	}
	if w := words[i]; w != "" && w[0] >= '0' && w[0] <= '9' {
		v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		f = v
	} else {
		n, ok := parseNumber(w)
		if !ok {
			return 0, i, false
		}
		f = float64(n)
	}
	j := i + 1
	for j < len(words) {
		if s, ok := scales[strings.ToLower(words[j])]; ok {
			f *= float64(s)
			j++
			continue
		}
		if strings.ToLower(words[j]) == "dozen" {
			f *= 12
			j++
			continue
		}
		break
	}
	return int(math.Round(f)), j, true
}

// quantityNear reads how many people an event concerns: a count in the
// window words after the trigger [i, end) (before it, if passive).
func (es *eventStage) quantityNear(si int, lower []string, i, end, window int, passive bool, people bool) int {
	words := es.d.sents[si].words
	// counted reports whether the words after a number at [after] are what
	// the event concerns: people for arrests and releases, any plain noun
	// otherwise ("the four territories currently occupied").
	counted := func(after int) bool {
		for k := after; k < len(words) && k <= after+1; k++ {
			if es.x.events.w.people[lower[k]] || es.demonymAt(si, k) {
				return true
			}
			if !people && k == after && !measureWords[lower[k]] && !startsUpper(words[k]) && !isDigits(lower[k]) && lower[k] != "," {
				return true
			}
		}
		return false
	}
	if !passive {
		for k := end; k < len(words) && k < end+window; k++ {
			if n, after, ok := quantityAt(words, k); ok && after < len(words) && counted(after) {
				return n
			}
			if lower[k] == "," || clauseBreaks[lower[k]] {
				break
			}
		}
		return 0
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if n, after, ok := quantityAt(words, k); ok && after < len(words) && after <= i && counted(after) {
			return n
		}
	}
	return 0
}

// measureWords after a number measure rather than count what an event
// concerns: "20 percent", "14 years", "1,200 km".
var measureWords = set("percent", "%", "per", "years", "year", "months", "month", "days", "day", "hours", "weeks", "km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "billion", "million", "dollars", "euros", "times", "minutes", "o'clock", "am", "pm", "a.m.", "p.m.")
