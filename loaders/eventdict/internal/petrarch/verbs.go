package petrarch

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/loaders/eventdict/internal/inflect"
	"github.com/newsgraph/newsgraph/loaders/text"
	"github.com/newsgraph/newsgraph/schema"
)

// Verb form slots, in the column order of verbs.tsv.
const (
	slotBase = iota
	slotS
	slotPast
	slotParticiple
	slotIng
	nSlots
)

type block struct {
	name, code string
	line       int
}

type verb struct {
	block int
	lemma string // words separated by spaces, the verb word marked with '+' when there are several
	code  string // the verb's own code, "" for the block's
	line  int
	forms [nSlots][]string
}

type pattern struct {
	block int
	code  string
	line  int
	text  string   // upper case, single spaces: "* (WITH &WEAPON)"
	verbs []string // the verbs of the block its comment names: "# HEAD"
}

type synset struct {
	name    string
	line    int
	phrases []string // lower case, words separated by spaces, plurals included
}

// verbDict is the parsed verb dictionary.
type verbDict struct {
	blocks   []block
	verbs    []verb
	patterns []pattern
	synsets  []synset
}

var codeRE = regexp.MustCompile(`^(---|[0-9]{2,4})?(:([0-9]{2,4}|---)?)?$`)

// parseVerbs reads CAMEO.2.0.txt. Whatever it cannot represent goes to skip.
func parseVerbs(src []byte, skip *skipped) (*verbDict, error) {
	d := &verbDict{}
	synIndex := map[string]int{}
	formOwner := map[string]int{}     // verb form -> line of the verb that owns it
	patOwner := map[string]pattern{}  // block + pattern text -> first pattern
	cur := -1                         // current synset while in the synset section
	blockForms := map[string]string{} // "SQUARED_OFF" -> "square off", in the current block
	for _, sl := range contentLines(src) {
		line, raw, ln := sl.n, sl.raw, sl.text
		inSynsets := len(d.blocks) == 0 // synsets come before the first block
		switch {
		case inSynsets && strings.HasPrefix(ln, "&"):
			name := strings.TrimSpace(ln)
			synIndex[name] = len(d.synsets)
			cur = len(d.synsets)
			d.synsets = append(d.synsets, synset{name: name, line: line})
		case inSynsets && strings.HasPrefix(ln, "+"):
			if cur < 0 {
				return nil, fmt.Errorf("line %d: synonym outside a synset", line)
			}
			s := &d.synsets[cur]
			term := strings.TrimSpace(ln[1:])
			plural := !strings.HasSuffix(s.name, "_") && !strings.HasSuffix(term, "_")
			phrase := phraseWords(strings.TrimSuffix(term, "_"))
			s.phrases = appendNew(s.phrases, phrase)
			if p := inflect.PluralPhrase(phrase); plural && p != "" {
				s.phrases = appendNew(s.phrases, p)
			}
		case strings.HasPrefix(ln, "---"):
			// "---  ATTACK   [190]  ---"; one header lacks the space before
			// its closing dashes.
			f := strings.Fields(ln)
			i, j := strings.IndexByte(ln, '['), strings.IndexByte(ln, ']')
			if len(f) < 3 || i < 0 || j < i || !codeRE.MatchString(ln[i+1:j]) {
				return nil, fmt.Errorf("line %d: bad block header %q", line, raw)
			}
			d.blocks = append(d.blocks, block{name: f[1], code: ln[i+1 : j], line: line})
			blockForms = map[string]string{}
		case strings.HasPrefix(ln, "-"):
			if len(d.blocks) == 0 {
				return nil, fmt.Errorf("line %d: pattern before the first block", line)
			}
			p, why := parsePattern(ln[1:], synIndex)
			if why != "" {
				skip.add(verbFile, line, why, raw)
				continue
			}
			p.block, p.line = len(d.blocks)-1, line
			// The comment names the verbs the pattern was written for.
			if _, comment, ok := strings.Cut(raw, "#"); ok {
				for _, w := range strings.FieldsFunc(comment, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
					if lemma, ok := blockForms[w]; ok {
						p.verbs = appendNew(p.verbs, lemma)
					}
				}
			}
			key := d.blocks[p.block].name + "\t" + p.text
			if first, ok := patOwner[key]; ok {
				why := fmt.Sprintf("repeats the pattern of line %d", first.line)
				if first.code != p.code {
					why = fmt.Sprintf("shadowed by the same pattern on line %d [%s]", first.line, first.code)
				}
				skip.add(verbFile, line, why, raw)
				continue
			}
			patOwner[key] = p
			d.patterns = append(d.patterns, p)
		case strings.HasPrefix(ln, "~"):
			skip.add(verbFile, line, "verb transformation: not represented", raw)
		default:
			if len(d.blocks) == 0 {
				return nil, fmt.Errorf("line %d: verb before the first block", line)
			}
			// Two verb lines end in a TABARI ';' comment.
			if i := strings.IndexByte(ln, ';'); i >= 0 {
				ln = ln[:i]
			}
			v, err := parseVerb(ln)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			v.block, v.line = len(d.blocks)-1, line
			for _, forms := range v.forms {
				for _, f := range forms {
					blockForms[strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(f, "+", ""), " ", "_"))] = strings.ReplaceAll(v.lemma, "+", "")
				}
			}
			kept := 0
			taken := map[int][]string{} // owner line -> forms it has already
			var owners []int
			for s := range v.forms {
				var own []string
				for _, f := range v.forms[s] {
					key := strings.ReplaceAll(f, "+", "")
					if first, ok := formOwner[key]; ok {
						if first != line {
							if taken[first] == nil {
								owners = append(owners, first)
							}
							taken[first] = append(taken[first], key)
						}
						continue
					}
					formOwner[key] = line
					own = append(own, f)
				}
				v.forms[s] = own
				kept += len(own)
			}
			for _, o := range owners {
				skip.add(verbFile, line, fmt.Sprintf("forms %s already belong to the verb on line %d", strings.Join(taken[o], ", "), o), raw)
			}
			if kept > 0 {
				d.verbs = append(d.verbs, v)
			}
		}
	}
	// Codes the CAMEO codebook lacks (CAMEO 2.0's "176", a few typos) fall
	// back to the closest code it has.
	codes := schema.LoadCodes()
	norm := func(c string, line int) string {
		out := c
		for _, side := range strings.SplitN(c, ":", 2) {
			if side == "" || side == "---" {
				continue
			}
			if _, ok := codes.Lookup(side); ok {
				continue
			}
			to := side[:2] + "0"
			if _, ok := codes.Lookup(side[:min(3, len(side))]); ok && len(side) == 4 {
				to = side[:3]
			}
			skip.add(verbFile, line, fmt.Sprintf("code %s is not in the CAMEO codebook: coded %s", side, to), "")
			out = strings.Replace(out, side, to, 1)
		}
		return out
	}
	for i := range d.blocks {
		d.blocks[i].code = norm(d.blocks[i].code, d.blocks[i].line)
	}
	for i := range d.verbs {
		d.verbs[i].code = norm(d.verbs[i].code, d.verbs[i].line)
	}
	for i := range d.patterns {
		d.patterns[i].code = norm(d.patterns[i].code, d.patterns[i].line)
	}
	return d, nil
}

// parseVerb reads one verb line: "SPEED {SPEEDING SPEEDS SPED }",
// "+CORDON_OFF [160]", "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}".
func parseVerb(ln string) (verb, error) {
	var v verb
	if i := strings.IndexByte(ln, '['); i >= 0 {
		j := strings.IndexByte(ln[i:], ']')
		if j < 0 || !codeRE.MatchString(ln[i+1:i+j]) {
			return v, fmt.Errorf("bad verb code in %q", ln)
		}
		if c := ln[i+1 : i+j]; c != "" {
			v.code = c
		}
		ln = ln[:i] + ln[i+j+1:]
	}
	var irregular []string
	braced := false
	if i := strings.IndexByte(ln, '{'); i >= 0 {
		j := strings.IndexByte(ln, '}')
		if j < i {
			return v, fmt.Errorf("unclosed braces in %q", ln)
		}
		braced = true
		for _, w := range strings.Fields(ln[i+1 : j]) {
			if w != "," {
				irregular = append(irregular, strings.Trim(w, ","))
			}
		}
		ln = ln[:i] + ln[j+1:]
	}
	f := strings.Fields(ln)
	if len(f) != 1 {
		return v, fmt.Errorf("want one verb, got %q", ln)
	}
	base := verbWords(f[0])
	v.lemma = base
	v.forms[slotBase] = []string{base}
	head, front, back := splitVerb(base)
	if !braced {
		with := func(w string) string { return joinVerb(front, w, back) }
		v.forms[slotS] = []string{with(inflect.ThirdPerson(head))}
		for _, p := range inflect.Past(head) {
			v.forms[slotPast] = append(v.forms[slotPast], with(p))
		}
		for _, g := range inflect.Gerund(head) {
			v.forms[slotIng] = append(v.forms[slotIng], with(g))
		}
		return v, nil
	}
	var pasts []string
	for _, w := range irregular {
		form := verbWords(w)
		h, _, _ := splitVerb(form)
		switch {
		case form == base:
		case strings.HasSuffix(h, "ing"):
			v.forms[slotIng] = appendNew(v.forms[slotIng], form)
		case h == inflect.ThirdPerson(head) || h == head+"s":
			v.forms[slotS] = appendNew(v.forms[slotS], form)
		default:
			pasts = appendNew(pasts, form)
		}
	}
	// Of two past forms, the participle is the one ending as participles
	// do ("taken", "drawn", "begun", "done") and the past tense does not.
	if len(pasts) == 2 {
		a, b := participleEnding(pasts[0]), participleEnding(pasts[1])
		switch {
		case a && !b:
			v.forms[slotParticiple], pasts = pasts[:1], pasts[1:]
		case b && !a:
			v.forms[slotParticiple], pasts = pasts[1:], pasts[:1]
		}
	}
	v.forms[slotPast] = pasts
	return v, nil
}

func participleEnding(form string) bool {
	h, _, _ := splitVerb(form)
	for _, suf := range []string{"en", "wn", "un", "ne"} {
		if strings.HasSuffix(h, suf) {
			return true
		}
	}
	return false
}

// verbWords turns "+CORDON_OFF" into "+cordon off" and "SPEED" into "speed":
// lower case, words separated by spaces, the '+' kept only in phrases.
func verbWords(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
	if !strings.Contains(w, " ") {
		w = strings.TrimPrefix(w, "+")
	}
	return w
}

// splitVerb splits a verb phrase at its '+' word: "wire +tap" is front
// "wire ", head "tap", back "".
func splitVerb(p string) (head, front, back string) {
	if !strings.Contains(p, " ") {
		return p, "", ""
	}
	i := strings.IndexByte(p, '+')
	if i < 0 {
		i = 0
	}
	front, rest := p[:i], strings.TrimPrefix(p[i:], "+")
	head, back, _ = strings.Cut(rest, " ")
	if back != "" {
		back = " " + back
	}
	return head, front, back
}

func joinVerb(front, head, back string) string {
	if front == "" && back == "" {
		return head
	}
	return front + "+" + head + back
}

// parsePattern normalises the text after the '-' of a pattern line and
// checks it; a non-empty reason says why it is skipped.
func parsePattern(ln string, synsets map[string]int) (pattern, string) {
	var p pattern
	i := strings.LastIndexByte(ln, '[')
	j := strings.LastIndexByte(ln, ']')
	if i < 0 || j < i {
		return p, "pattern without a code"
	}
	code := ln[i+1 : j]
	if !codeRE.MatchString(code) {
		if c := strings.TrimRight(code, "!"); codeRE.MatchString(c) {
			code = c
		} else {
			return p, fmt.Sprintf("bad code [%s]", code)
		}
	}
	body := strings.Join(strings.Fields(strings.ReplaceAll(ln[:i], "*", " * ")), " ")
	if strings.Count(body, "*") != 1 {
		return p, "pattern without exactly one '*' for the verb"
	}
	depth := map[byte]int{}
	for k := 0; k < len(body); k++ {
		switch c := body[k]; c {
		case '(', '{':
			depth[c]++
		case ')':
			depth['(']--
		case '}':
			depth['{']--
		}
		if depth['('] < 0 || depth['{'] < 0 || depth['('] > 1 || depth['{'] > 1 {
			return p, "unbalanced or nested brackets"
		}
	}
	if depth['('] != 0 || depth['{'] != 0 {
		return p, "unbalanced brackets"
	}
	for _, f := range strings.FieldsFunc(body, func(r rune) bool { return strings.ContainsRune(" (){}", r) }) {
		if strings.HasPrefix(f, "&") {
			if _, ok := synsets[f]; !ok {
				return p, fmt.Sprintf("undefined synset %s", f)
			}
		}
	}
	p.code, p.text = code, body
	return p, ""
}

// phraseWords turns "CEASE_FIRE" or "CEASE FIRE" into "cease fire": the
// lower-case tokens the sentence splitter makes of the phrase, separated by
// spaces ("u.n. children 's fund").
func phraseWords(s string) string {
	toks := text.Tokenize(strings.ToLower(strings.ReplaceAll(s, "_", " ")))
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return strings.Join(words, " ")
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
