package eventdict

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loaders/eventdict/internal/inflect"
)

// Form is the inflection a verb was found in.
type Form uint8

// Forms, in the column order of petrarch/verbs.tsv. Past covers the past
// participle too, unless the verb has a distinct one ("took", "taken").
const (
	Base Form = iota
	ThirdPerson
	Past
	Participle
	Gerund
	Noun // a nominal form from own/nouns.tsv: "invasion" for "invade"
)

var formNames = [...]string{"base", "-s", "past", "participle", "-ing", "noun"}

func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return fmt.Sprintf("Form(%d)", f)
}

// Hit is a verb (or a noun form of one) found in a sentence.
type Hit struct {
	Lemma string // "attack", "cordon off"
	Block string // the dictionary's synonym block: "PHYSICAL_CONFLICT"
	Form  Form
	Span  [2]int // tokens [start, end) of the verb, particles included
	Head  int    // the token of the verb word itself

	verb int32 // 1 + index into Dict.verbs; 0 for no hit
	noun int32 // 1 + index into Dict.nounRows for a noun form
}

// loadVerbs reads the blocks and verbs of the dictionary, then the
// project's own verbs.
func (d *Dict) loadVerbs() error {
	rows, err := readTable("petrarch/blocks.tsv", 3, 3)
	if err != nil {
		return err
	}
	blockIndex := map[string]int32{}
	for _, r := range rows {
		name := r.fields[0]
		code, rev := splitCode(r.fields[1])
		blockIndex[name] = int32(len(d.blocks))
		d.blocks = append(d.blocks, block{name: name, code: code, reverse: rev,
			rule: fmt.Sprintf("%s:%s --- %s [%s] ---", verbSource, r.fields[2], name, r.fields[1])})
	}
	rows, err = readTable("petrarch/verbs.tsv", 9, 9)
	if err != nil {
		return err
	}
	for _, r := range rows {
		f := r.fields
		b, ok := blockIndex[f[0]]
		if !ok {
			return fmt.Errorf("petrarch/verbs.tsv:%d: unknown block %q", r.line, f[0])
		}
		v := verb{lemma: f[1], block: b, own: f[2] != ""}
		v.code, v.reverse = d.blocks[b].code, d.blocks[b].reverse
		v.rule = d.blocks[b].rule
		if v.own {
			v.code, v.reverse = splitCode(f[2])
			v.rule = fmt.Sprintf("%s:%s %s %s [%s]", verbSource, f[3], f[0], strings.ToUpper(f[1]), f[2])
		}
		var forms [5][]string
		for i := range forms {
			if f[4+i] != "" {
				forms[i] = strings.Split(f[4+i], ",")
			}
		}
		d.addVerb(v, forms)
	}
	// The project's own verbs: regular forms, in a block of the dictionary.
	rows, err = readTable("own/verbs.tsv", 3, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		lemma, blockName, code := r.fields[0], r.fields[1], r.fields[2]
		b, ok := blockIndex[blockName]
		if !ok {
			return fmt.Errorf("own/verbs.tsv:%d: unknown block %q", r.line, blockName)
		}
		if _, ok := d.forms[lemma]; ok {
			return fmt.Errorf("own/verbs.tsv:%d: %q is already a verb of the dictionary", r.line, lemma)
		}
		v := verb{lemma: lemma, block: b, own: true}
		v.code, v.reverse = splitCode(code)
		v.rule = fmt.Sprintf("own/verbs.tsv:%d %s %s [%s]", r.line, blockName, strings.ToUpper(lemma), code)
		d.addVerb(v, [5][]string{{lemma}, {inflect.ThirdPerson(lemma)}, inflect.Past(lemma), nil, inflect.Gerund(lemma)})
	}
	return nil
}

// addVerb indexes a verb's forms: "+cordoned off" is found under
// "cordoned" and needs "off" after it.
func (d *Dict) addVerb(v verb, forms [5][]string) {
	idx := int32(len(d.verbs))
	d.verbs = append(d.verbs, v)
	for slot, list := range forms {
		for _, form := range list {
			words := strings.Fields(form)
			head := 0
			for i, w := range words {
				if strings.HasPrefix(w, "+") {
					head, words[i] = i, w[1:]
				}
			}
			ref := formRef{verb: idx, form: Form(slot), front: words[:head], back: words[head+1:]}
			d.forms[words[head]] = append(d.forms[words[head]], ref)
			for _, t := range ref.back {
				d.tails[t] = true
			}
			d.maxTail = max(d.maxTail, len(ref.back))
		}
	}
}

// VerbAt finds the verb at token i of the lower-case words: a verb whose
// verb word is words[i], or a multi-word verb that contains token i
// ("cordoned off" from either word). The longest match wins; the caller
// decides which tokens are verbs (by their tags, say).
func (d *Dict) VerbAt(words []string, i int) (Hit, bool) {
	if i < 0 || i >= len(words) {
		return Hit{}, false
	}
	var best Hit
	bestLen := 0
	try := func(j int) {
		for _, ref := range d.forms[words[j]] {
			start, end := j-len(ref.front), j+1+len(ref.back)
			if start < 0 || end > len(words) || start > i || end <= i || end-start <= bestLen {
				continue
			}
			if !slices.Equal(words[start:j], ref.front) || !slices.Equal(words[j+1:end], ref.back) {
				continue
			}
			v := &d.verbs[ref.verb]
			best = Hit{Lemma: v.lemma, Block: d.blocks[v.block].name, Form: ref.form,
				Span: [2]int{start, end}, Head: j, verb: ref.verb + 1}
			bestLen = end - start
		}
	}
	try(i)
	if d.tails[words[i]] {
		for j := i - 1; j >= 0 && j >= i-d.maxTail; j-- {
			try(j)
		}
	}
	return best, bestLen > 0
}
