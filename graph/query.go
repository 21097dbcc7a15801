package graph

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/cayleygraph/cayley/query"

	// The query languages Query offers.
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/mql"
)

// QueryLanguages returns the languages Query accepts; the first is the default.
func QueryLanguages() []string { return []string{"gizmo", "graphql", "mql"} }

// Query runs q, written in lang (one of QueryLanguages), and calls emit with
// each result, collated for encoding/json. limit > 0 caps the number of
// results. A result of emit's error stops the query and is returned.
func (s *Store) Query(ctx context.Context, lang, q string, limit int, emit func(any) error) (err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	known := false
	for _, l := range QueryLanguages() {
		known = known || l == lang
	}
	if !known {
		return fmt.Errorf("unknown query language %q (want %s)", lang, strings.Join(QueryLanguages(), ", "))
	}
	defer s.rlock()()
	it, err := query.Execute(ctx, s.reader(), lang, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	for it.Next(ctx) {
		if err := emit(it.Result()); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("%s query: %w", lang, err)
	}
	return nil
}
