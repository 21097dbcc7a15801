package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"
)

// EachQuad calls fn with every quad of the store, in no set order, with
// literals in standard form (as Export writes them), holding the store's
// read lock; an error from fn stops it and is returned. It is how packages
// that derive another view of the graph (package export's entity graph and
// event table) read the store.
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	defer s.rlock()()
	if s.closed {
		return errClosed
	}
	err := eachTriple(ctx, s.reader(), func(q quad.Quad) error {
		q.Subject = standard(q.Subject)
		q.Object = standard(q.Object)
		q.Label = standard(q.Label)
		return fn(q)
	})
	if err != nil {
		return fmt.Errorf("read store: %w", err)
	}
	return nil
}
