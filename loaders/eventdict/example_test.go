package eventdict_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/loaders/eventdict"
	"github.com/newsgraph/newsgraph/loaders/text"
)

// An event stage codes a verb with its clause, and an appeal with the act
// it asks for.
func ExampleDict_Match() {
	d, err := eventdict.New()
	if err != nil {
		panic(err)
	}
	toks := text.Tokenize("Germany urged Russia to release the prisoners.")
	tags := text.Tag(toks)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.Text)
	}
	actors := [][2]int{{0, 1}, {2, 3}} // Germany, Russia

	urged, _ := d.VerbAt(words, 1)
	appeal, _ := d.Match(eventdict.Clause{Words: words, Tags: tags, Verb: urged, End: len(words), Actors: actors})
	release, _ := d.VerbAt(words, 4)
	act, _ := d.Match(eventdict.Clause{Words: words, Tags: tags, Verb: release, Start: 4, End: len(words)})
	code, rule := d.Combine(appeal.Code, act.Code)

	fmt.Println(appeal.Lemma, appeal.Code, appeal.Rule)
	fmt.Println(act.Lemma, act.Code, act.Rule)
	fmt.Println(code, rule)
	// Output:
	// urge 020 own/verbs.tsv:11 DEMAND URGE [020]
	// release 0841 CAMEO.2.0.txt:6879 RELEASE - * PRISONERS [0841]
	// 0253 own/frames.tsv:25 02+084→0253
}
