package eventdict

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loaders/eventdict/internal/inflect"
)

// noun is a row of own/nouns.tsv: a nominal form of a verb ("invasion" of
// "invade"), coded through the verb's patterns and codes, or with a code of
// its own where the noun says more than the verb ("airstrike").
type noun struct {
	verb          int32
	code, reverse string
	own           bool
	rule          string
}

// nounForm is a noun of a row, singular or plural.
type nounForm struct {
	words []string
	row   int32
}

func (d *Dict) loadNouns() error {
	rows, err := readTable("own/nouns.tsv", 2, 3)
	if err != nil {
		return err
	}
	lemmas := map[string]int32{}
	for i := len(d.verbs) - 1; i >= 0; i-- {
		lemmas[d.verbs[i].lemma] = int32(i)
	}
	for _, r := range rows {
		phrase, lemma, code := r.fields[0], r.fields[1], r.fields[2]
		v, ok := lemmas[lemma]
		if !ok {
			return fmt.Errorf("own/nouns.tsv:%d: %q is not a verb of the dictionary", r.line, lemma)
		}
		n := noun{verb: v, own: code != ""}
		n.rule = fmt.Sprintf("own/nouns.tsv:%d %s→%s", r.line, phrase, lemma)
		if n.own {
			n.code, n.reverse = splitCode(code)
			n.rule += " [" + code + "]"
		}
		k := int32(len(d.nounRows))
		d.nounRows = append(d.nounRows, n)
		forms := []string{phrase}
		if pl := inflect.PluralPhrase(phrase); pl != "" {
			forms = append(forms, pl)
		}
		for _, f := range forms {
			words := strings.Fields(f)
			last := words[len(words)-1]
			for _, other := range d.nouns[last] {
				if slices.Equal(d.nounForms[other].words, words) {
					return fmt.Errorf("own/nouns.tsv:%d: %q is listed twice", r.line, f)
				}
			}
			d.nouns[last] = append(d.nouns[last], int32(len(d.nounForms)))
			d.nounForms = append(d.nounForms, nounForm{words: words, row: k})
			d.maxNounLen = max(d.maxNounLen, len(words))
		}
	}
	return nil
}

// NounAt finds a nominal form of a verb that contains token i of the
// lower-case words: "invasion" (invade), "air strikes". Its Hit has Form
// Noun and codes like the verb in Match, the noun's own code (if any)
// coming before the verb's.
func (d *Dict) NounAt(words []string, i int) (Hit, bool) {
	if i < 0 || i >= len(words) {
		return Hit{}, false
	}
	for end := min(len(words), i+d.maxNounLen); end > i; end-- {
		for _, k := range d.nouns[words[end-1]] {
			f := &d.nounForms[k]
			start := end - len(f.words)
			if start < 0 || start > i || !slices.Equal(words[start:end], f.words) {
				continue
			}
			v := &d.verbs[d.nounRows[f.row].verb]
			return Hit{Lemma: v.lemma, Block: d.blocks[v.block].name, Form: Noun,
				Span: [2]int{start, end}, Head: end - 1, verb: d.nounRows[f.row].verb + 1, noun: f.row + 1}, true
		}
	}
	return Hit{}, false
}
