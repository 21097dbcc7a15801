package graph

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"

	// The query languages Query offers.
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/mql"
)

// QueryLanguages returns the languages Query accepts; the first is the default.
func QueryLanguages() []string { return []string{"gizmo", "graphql", "mql"} }

// QueryOptions bound a query.
type QueryOptions struct {
	// Limit caps the number of results; 0 for all. (A GraphQL or MQL
	// query has one result, which holds everything it found.)
	Limit int
	// MaxMemory stops the query with an error wrapping ErrQueryMemory
	// when the process's Go heap holds more than this many bytes that a
	// garbage collection cannot free; 0 for no ceiling.
	MaxMemory int64
}

// ErrQueryMemory is the cause of a query stopped at its memory ceiling.
var ErrQueryMemory = errors.New("query passed its memory ceiling")

// Query runs q, written in lang (one of QueryLanguages), and calls emit with
// each result, collated for encoding/json. An error from emit stops the
// query and is returned.
//
// Query returns when ctx ends, with ctx's cause, even when the language is
// in the middle of work that does not look at ctx (GraphQL and MQL gather
// their whole answer before they give it) or when emit is slow: the
// query then stops in the background as soon as the language lets it,
// and holds the store's read lock until it has (Close waits for it).
func (s *Store) Query(ctx context.Context, lang, q string, opts QueryOptions, emit func(any) error) error {
	known := false
	for _, l := range QueryLanguages() {
		known = known || l == lang
	}
	if !known {
		return fmt.Errorf("unknown query language %q (want %s)", lang, strings.Join(QueryLanguages(), ", "))
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if opts.MaxMemory > 0 {
		ceiling := fmt.Errorf("%w of %d MiB", ErrQueryMemory, opts.MaxMemory>>20)
		defer watchMemory(opts.MaxMemory, func() { cancel(ceiling) })()
	}
	results := make(chan any)
	done := make(chan error, 1)
	go func() { done <- s.runQuery(ctx, lang, q, opts.Limit, results) }()
	for {
		select {
		case r := <-results:
			if err := emit(finite(r)); err != nil {
				return err
			}
		case err := <-done:
			if err != nil && ctx.Err() != nil {
				err = context.Cause(ctx) // the language's view of it says less
			}
			if err != nil {
				return fmt.Errorf("%s query: %w", lang, err)
			}
			return nil
		case <-ctx.Done():
			return fmt.Errorf("%s query: %w", lang, context.Cause(ctx))
		}
	}
}

// runQuery runs the query under the store's read lock and sends each
// result to out until ctx ends.
func (s *Store) runQuery(ctx context.Context, lang, q string, limit int, out chan<- any) (err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	if s.closed {
		return errClosed
	}
	it, err := query.Execute(ctx, s.reader(), lang, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return err
	}
	defer func() {
		it.Close()
		if lang == "gizmo" {
			// Gizmo runs its program in a goroutine of its own, which
			// Close interrupts but does not wait for: wait for it here, as
			// it reads the store (a bbolt file closed under it hangs).
			for it.Next(context.Background()) {
			}
		}
	}()
	for it.Next(ctx) {
		select {
		case out <- it.Result():
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return it.Err()
}

// memoryCheck is how often watchMemory looks at the heap.
const memoryCheck = 10 * time.Millisecond

// watchMemory calls stop, once, when the Go heap holds more than limit
// bytes that a garbage collection cannot free, looking every memoryCheck
// until the function it returns is called.
func watchMemory(limit int64, stop func()) (end func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(memoryCheck)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
			}
			// Objects counts garbage not collected yet: only a heap
			// still too large after a collection stops the query.
			metrics.Read(heap[:1])
			if int64(heap[0].Value.Uint64()) <= limit {
				continue
			}
			runtime.GC()
			metrics.Read(heap[1:])
			if int64(heap[1].Value.Uint64()) > limit {
				stop()
				return
			}
		}
	}()
	return func() {
		close(quit)
		<-done
	}
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
