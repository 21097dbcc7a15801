package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/text"
)

// readTokens is the first stage: it splits the article into sentences and
// tokens, with the words in the forms later stages compare, part-of-speech
// tags, and what the article as a whole is about. Link cards copied with
// the text are left out (see stripLinkCards).
func readTokens(a loaders.Article) *document {
	d := &document{pub: a.Date}
	for _, s := range text.Split(a.Headline, stripLinkCards(a.Body)) {
		sent := sentence{Sentence: s, words: make([]string, len(s.Tokens)), lower: make([]string, len(s.Tokens))}
		for i, t := range s.Tokens {
			sent.words[i] = t.Text
			sent.lower[i] = strings.ToLower(t.Text)
		}
		sent.tags = text.Tag(s.Tokens)
		d.sents = append(d.sents, sent)
		for _, w := range sent.lower {
			d.prisonerStory = d.prisonerStory || prisonerWords[w]
		}
	}
	d.titleCaseHeadline = len(d.sents) > 0 && titleCased(d.sents[0].words)
	return d
}

// prisonerWords make an article a story about prisoners.
var prisonerWords = set("prisoners", "prisoner", "detainees", "hostages", "pows", "swap", "captives")

// titleCased reports whether a headline capitalises most of its words
// ("Us Gets Closer to Making a Deal With the Taliban").
func titleCased(words []string) bool {
	long, capped := 0, 0
	for _, w := range words {
		if len(w) <= 3 {
			continue
		}
		long++
		if startsUpper(w) {
			capped++
		}
	}
	return long >= 3 && capped*10 >= long*7
}
