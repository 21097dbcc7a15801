package petrarch

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/loaders/eventdict/internal/inflect"
)

// actor is one record of an actors file: a primary phrase, its synonyms and
// its codes with their date restrictions.
type actor struct {
	line    int
	names   []string // lower-case phrases; the first is the primary
	codes   []string // "IGOUNO", "USAGOV@20010120..20050120", "IGOUNO@20070101.."
	dated   bool     // some code has a date restriction
	badDate bool
}

// parseActors reads an actors file (the TABARI/PETRARCH .actors format).
func parseActors(file string, src []byte, skip *skipped) ([]actor, error) {
	var out []actor
	cur := -1
	for _, sl := range contentLines(src) {
		line, raw, ln := sl.n, sl.raw, sl.text
		indented := ln[0] == ' ' || ln[0] == '\t'
		name, codes := ln, ""
		if i := strings.IndexByte(ln, '['); i >= 0 {
			name, codes = ln[:i], ln[i:]
		}
		name = strings.TrimSpace(name)
		switch {
		case indented && name == "":
			if cur < 0 {
				return nil, fmt.Errorf("%s:%d: date restriction outside a record", file, line)
			}
		case strings.HasPrefix(name, "+"):
			if cur < 0 {
				return nil, fmt.Errorf("%s:%d: synonym outside a record", file, line)
			}
			out[cur].names = appendNew(out[cur].names, phraseWords(strings.TrimPrefix(name, "+")))
		default: // a primary phrase; a few are indented
			cur = len(out)
			out = append(out, actor{line: line, names: []string{phraseWords(name)}})
		}
		a := &out[cur]
		// Codes are the [...] groups; a few lines carry notes between them
		// ("[MNCMED]	Newspapers/Magazines"), which are ignored.
		for {
			i := strings.IndexByte(codes, '[')
			if i < 0 {
				break
			}
			codes = codes[i:]
			j := strings.IndexByte(codes, ']')
			if j < 0 {
				return nil, fmt.Errorf("%s:%d: unclosed code: %q", file, line, raw)
			}
			c, err := actorCode(codes[1:j])
			if err != nil {
				skip.add(file, line, err.Error(), raw)
				a.badDate = true
			} else {
				a.codes = append(a.codes, c)
				a.dated = a.dated || strings.Contains(c, "@")
			}
			codes = strings.TrimSpace(codes[j+1:])
		}
	}
	// Names are phrases; a record whose primary name tokenised to nothing is
	// dropped.
	kept := out[:0]
	for _, a := range out {
		if a.names[0] == "" {
			skip.add(file, a.line, "record without a name", "")
			continue
		}
		kept = append(kept, a)
	}
	return kept, nil
}

// actorCode turns "USAGOV 010120-050120" into "USAGOV@20010120..20050120",
// "IGOUNO >20070101" into "IGOUNO@20070101.." and "X <061231" into
// "X@..20061231".
func actorCode(s string) (string, error) {
	f := strings.Fields(s)
	if len(f) == 3 && (f[1] == "<" || f[1] == ">") { // "[EGYGOV > 140608]"
		f = []string{f[0], f[1] + f[2]}
	}
	switch len(f) {
	case 0:
		return "", fmt.Errorf("empty code")
	case 1:
		return f[0], nil
	case 2:
	default:
		return "", fmt.Errorf("bad code %q", s)
	}
	code, r := f[0], f[1]
	var from, to string
	var err error
	switch {
	case strings.HasPrefix(r, "<"):
		to, err = fullDate(r[1:])
	case strings.HasPrefix(r, ">"):
		from, err = fullDate(r[1:])
	default:
		a, b, ok := strings.Cut(r, "-")
		if !ok {
			return "", fmt.Errorf("bad date restriction %q", s)
		}
		if from, err = fullDate(a); err == nil {
			to, err = fullDate(b)
		}
	}
	if err != nil {
		return "", fmt.Errorf("code [%s]: %v", s, err)
	}
	return code + "@" + from + ".." + to, nil
}

// fullDate turns YYMMDD (00-30 are 20YY, as in TABARI) or YYYYMMDD into
// YYYYMMDD, checking the month and day.
func fullDate(s string) (string, error) {
	switch len(s) {
	case 6:
		if yy, _ := strconv.Atoi(s[:2]); yy <= 30 {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", fmt.Errorf("date %q is neither YYMMDD nor YYYYMMDD", s)
	}
	if _, err := strconv.Atoi(s); err != nil {
		return "", fmt.Errorf("date %q is not a number", s)
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:])
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if m < 1 || m > 12 || d < 1 || d > days[m] || (m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0))) {
		return "", fmt.Errorf("date %q does not exist", s)
	}
	return s, nil
}

// agent is one role noun: "foreign minister" ~GOVFRM.
type agent struct {
	line   int
	phrase string
	code   string // "~GOV" (after the actor's code) or "NGO~" (before it)
}

// parseAgents reads Phoenix.agents.txt: substitution sets "!PERSON! = MAN,
// MEN", then "PHRASE {PLURAL} [~CODE]" lines; regular plurals are made when
// no {...} is given.
func parseAgents(src []byte, skip *skipped) ([]agent, error) {
	subs := map[string][]string{}
	var markers []string // in file order
	var out []agent
	for _, sl := range contentLines(src) {
		line, raw, ln := sl.n, sl.raw, strings.TrimSpace(sl.text)
		if strings.HasPrefix(ln, "!") && strings.Contains(ln, "=") {
			k, v, _ := strings.Cut(ln, "=")
			k = strings.TrimSpace(k)
			if _, ok := subs[k]; !ok {
				markers = append(markers, k)
			}
			for _, w := range strings.Split(v, ",") {
				subs[k] = append(subs[k], strings.TrimSpace(w))
			}
			continue
		}
		i := strings.IndexByte(ln, '[')
		if i < 0 {
			skip.add(agentFile, line, "agent without a code", raw)
			continue
		}
		code := strings.TrimSpace(strings.TrimRight(ln[i+1:], "]} "))
		if !strings.Contains(code, "~") || strings.ContainsAny(code, " []{}") {
			return nil, fmt.Errorf("%s:%d: bad agent code %q", agentFile, line, raw)
		}
		head := ln[:i]
		plurals, hasPlural := []string(nil), false
		if j := strings.IndexByte(head, '{'); j >= 0 {
			k := strings.IndexByte(head, '}')
			if k < j {
				return nil, fmt.Errorf("%s:%d: unclosed braces: %q", agentFile, line, raw)
			}
			hasPlural = true
			for _, p := range strings.Fields(head[j+1 : k]) {
				plurals = append(plurals, phraseWords(p))
			}
			head = head[:j]
		}
		phrases := []string{strings.TrimSpace(head)}
		substituted := false
		for _, marker := range markers {
			list := subs[marker]
			var next []string
			for _, p := range phrases {
				if !strings.Contains(p, marker) {
					next = append(next, p)
					continue
				}
				substituted = true
				for _, w := range list {
					next = append(next, strings.ReplaceAll(p, marker, w))
				}
			}
			phrases = next
		}
		var forms []string
		for _, p := range phrases {
			w := phraseWords(p)
			forms = appendNew(forms, w)
			if !hasPlural && !substituted {
				if pl := inflect.PluralPhrase(w); pl != "" {
					forms = appendNew(forms, pl)
				}
			}
		}
		for _, p := range plurals {
			forms = appendNew(forms, p)
		}
		for _, f := range forms {
			out = append(out, agent{line: line, phrase: f, code: code})
		}
	}
	return out, nil
}

// discard is one phrase that marks a sentence (or, with story, the whole
// story) as not an event.
type discard struct {
	line   int
	phrase string
	story  bool
	exact  bool // the last word must end there; otherwise it is a stem
}

// parseDiscards reads Phoenix.discards.txt. Bare years and phrases ending in
// "ago" or "later" mark historical chronologies in the wire copy the list
// was made for; in news they are ordinary dates, so they are left out.
func parseDiscards(src []byte, skip *skipped) []discard {
	var out []discard
	for _, sl := range contentLines(src) {
		line, raw, ln := sl.n, sl.raw, strings.TrimSpace(sl.text)
		d := discard{line: line}
		if strings.HasPrefix(ln, "+") {
			d.story, ln = true, strings.TrimSpace(ln[1:])
		}
		if strings.HasSuffix(ln, "_") {
			d.exact, ln = true, strings.TrimSuffix(ln, "_")
		}
		d.phrase = phraseWords(ln)
		words := strings.Fields(d.phrase)
		last := words[len(words)-1]
		if _, err := strconv.Atoi(d.phrase); (err == nil && len(d.phrase) == 4) || last == "ago" || last == "later" {
			skip.add(discardFile, line, "chronology marker (a year, or '... ago/later'): ordinary dates in news", raw)
			continue
		}
		out = append(out, d)
	}
	return out
}
