package eventdict

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/text"
)

// benchSentences returns the tokenised, tagged sentences of the first n
// articles of the corpus.
func benchSentences(b *testing.B, n int) []sentence {
	b.Helper()
	corpus := shared.Path(b, "corpus/news.jsonl.gz")
	var out []sentence
	articles := 0
	err := loaders.Read([]string{corpus}, nil, loaders.Options{}, func(a loaders.Article) error {
		for _, st := range text.Split(a.Headline, a.Body) {
			s := sentence{tags: text.Tag(st.Tokens)}
			for _, tok := range st.Tokens {
				s.words = append(s.words, strings.ToLower(tok.Text))
			}
			out = append(out, s)
		}
		if articles++; articles == n {
			return errEnoughArticles
		}
		return nil
	}, func(e *loaders.BadInputError) error { return e })
	if err != nil && !errors.Is(err, errEnoughArticles) {
		b.Fatal(err)
	}
	return out
}

// BenchmarkCodeSentence codes every verb (VB*) and noun form (NN*) of the
// sentences of 500 corpus articles, as an event stage would: VerbAt or
// NounAt, then Match over the sentence. One op is one sentence; words/s is
// what the extractor's budget (150,000 words/s on one core, all stages)
// compares with; ns/match is the sentence's time (every token's lookup
// included) over the Matches it made:
//
//	go test -run '^$' -bench CodeSentence -cpu 1 ./loaders/eventdict
func BenchmarkCodeSentence(b *testing.B) {
	sents := benchSentences(b, 500)
	d := testDict
	b.ResetTimer()
	words, matches := 0, 0
	for i := 0; i < b.N; i++ {
		s := &sents[i%len(sents)]
		words += len(s.words)
		for j, tag := range s.tags {
			var h Hit
			var ok bool
			switch {
			case strings.HasPrefix(tag, "VB"):
				h, ok = d.VerbAt(s.words, j)
			case strings.HasPrefix(tag, "NN"):
				h, ok = d.NounAt(s.words, j)
			}
			if ok {
				d.Match(Clause{Words: s.words, Tags: s.tags, Verb: h, End: len(s.words)})
				matches++
			}
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(max(matches, 1)), "ns/match")
}

// BenchmarkMatch times Match alone over the verbs of the same sentences,
// one clause after another (so with cold caches, unlike an event stage that
// codes the verbs of the sentence it has just tagged).
func BenchmarkMatch(b *testing.B) {
	sents := benchSentences(b, 500)
	var clauses []Clause
	for _, s := range sents {
		for j, tag := range s.tags {
			if !strings.HasPrefix(tag, "VB") {
				continue
			}
			if h, ok := testDict.VerbAt(s.words, j); ok {
				clauses = append(clauses, Clause{Words: s.words, Tags: s.tags, Verb: h, End: len(s.words)})
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		testDict.Match(clauses[i%len(clauses)])
	}
}

// BenchmarkNew times reading the embedded tables.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
