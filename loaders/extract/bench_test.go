package extract_test

import (
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
)

var errEnough = errors.New("enough articles")

// BenchmarkExtractCorpus measures extraction throughput on one core over the
// first 2,000 articles of the benchmark corpus, reported as words/s:
//
//	go test -run '^$' -bench ExtractCorpus -cpu 1 ./loaders/extract
func BenchmarkExtractCorpus(b *testing.B) {
	corpusPath := shared.Path(b, "corpus/news.jsonl.gz")
	var arts []loaders.Article
	words := 0
	err := loaders.Read([]string{corpusPath}, nil, loaders.Options{}, func(a loaders.Article) error {
		arts = append(arts, a)
		if len(arts) == 2000 {
			return errEnough
		}
		return nil
	}, func(e *loaders.BadInputError) error { return e })
	if err != nil && !errors.Is(err, errEnough) {
		b.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range arts {
		words += x.Extract(a).Article.Words
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		n += x.Extract(a).Article.Words
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(0, "ns/op")
}
