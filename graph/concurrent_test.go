package graph

import (
	"context"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// TestConcurrent writes articles while other goroutines read; memstore
// alone dies of concurrent map access, bbolt alone can deadlock on remap.
func TestConcurrent(t *testing.T) {
	codes := schema.LoadCodes()
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t, false)
			defer s.Close()
			const n = 20
			var wg sync.WaitGroup
			wg.Add(3)
			go func() {
				defer wg.Done()
				for i := 0; i < n; i++ {
					d := testDoc()
					d.Article.Hash = strings.Repeat(string(rune('a'+i%6)), 60) + string(rune('a'+i/6)) + "000"
					if _, err := s.AddArticles([][]quad.Quad{d.Quads(codes)}); err != nil {
						t.Error(err)
					}
				}
			}()
			for r := 0; r < 2; r++ {
				go func() {
					defer wg.Done()
					for i := 0; i < n; i++ {
						if _, err := s.Stats(context.Background()); err != nil {
							t.Error(err)
						}
						if err := s.Export(io.Discard, "nquads"); err != nil {
							t.Error(err)
						}
						err := s.Query(context.Background(), "gizmo", `g.V().Out("<http://schema.org/name>").All()`, QueryOptions{}, func(any) error { return nil })
						if err != nil {
							t.Error(err)
						}
					}
				}()
			}
			wg.Wait()
			st, err := s.Stats(context.Background())
			if err != nil || st.Articles != n {
				t.Errorf("after concurrent writes: %d articles, %v; want %d", st.Articles, err, n)
			}
		})
	}
}
