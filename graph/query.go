package graph

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"

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
func (s *Store) Query(ctx context.Context, lang, q string, limit int, emit func(any) error) error {
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
		if err := emit(finite(it.Result())); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("%s query: %w", lang, err)
	}
	return nil
}

// finite returns a query result with every NaN or infinite number in it
// (a value loaded as such: JSON has no way to write it) replaced by its
// name as a string, "NaN", "+Inf" or "-Inf", as MQL already writes it.
// The languages give JSON collations of their own shapes: Gizmo maps and
// natives, GraphQL maps holding quad values and lists of them.
func finite(v any) any {
	switch v := v.(type) {
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return strconv.FormatFloat(v, 'g', -1, 64)
		}
	case float32:
		return finite(float64(v))
	case quad.Float: // GraphQL's values
		return finite(float64(v))
	case []quad.Value:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = finite(x)
		}
		return out
	case map[string]any:
		for k, x := range v {
			v[k] = finite(x)
		}
	case []any:
		for i, x := range v {
			v[i] = finite(x)
		}
	case []map[string]any:
		for _, m := range v {
			finite(m)
		}
	}
	return v
}
