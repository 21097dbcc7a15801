package graph

import (
	"context"
	"fmt"
	"runtime/debug"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Stats counts what a store holds.
type Stats struct {
	// Articles is the number of nodes typed schema:NewsArticle.
	Articles int `json:"articles"`
	// Quads is the number of quads stored.
	Quads int64 `json:"quads"`
	// Entities is the number of nodes of a core type, and EntitiesByType
	// that number by type (Country, Person, Organization, Place; all four
	// are present).
	Entities       int            `json:"entities"`
	EntitiesByType map[string]int `json:"entitiesByType"`
	// Events is the number of nodes typed schema:Event, and EventsByRoot
	// that number by the two-digit root of their ng:cameo code; events
	// without a code of the CAMEO table count under "".
	Events       int            `json:"events"`
	EventsByRoot map[string]int `json:"eventsByRoot"`
}

// CoreKinds are the entity core types in the order Stats reports them.
var CoreKinds = []schema.Kind{schema.KindCountry, schema.KindPerson, schema.KindOrganization, schema.KindPlace}

// Stats counts the store's articles, entities, events and quads. It reads
// the object index for the classes and CAMEO codes it counts, never the
// whole store, and resolves no node values except the codes.
func (s *Store) Stats(ctx context.Context) (_ Stats, err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	st := Stats{EntitiesByType: map[string]int{}, EventsByRoot: map[string]int{}}
	if err := s.stats(ctx, s.reader(), &st); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

func (s *Store) stats(ctx context.Context, qs cgraph.QuadStore, st *Stats) error {
	var err error
	if st.Quads, err = quadCount(ctx, qs); err != nil {
		return err
	}
	var subjects subjectsFunc
	if s.indexed(ctx) {
		subjects = subjectsKV(ctx, qs, s.db)
	}
	if subjects == nil {
		subjects = subjectsVia(qs)
	}
	typed := func(class quad.IRI) (map[any]bool, error) {
		nodes := map[any]bool{}
		err := subjects(ctx, schema.Type, class, func(k any) { nodes[k] = true })
		if err != nil {
			return nil, fmt.Errorf("count %s: %w", schema.LocalName(class), err)
		}
		return nodes, nil
	}
	articles, err := typed(schema.ClassNewsArticle)
	if err != nil {
		return err
	}
	st.Articles = len(articles)
	for _, k := range CoreKinds {
		nodes, err := typed(k.Class())
		if err != nil {
			return err
		}
		st.EntitiesByType[k.String()] = len(nodes)
		st.Entities += len(nodes)
	}
	events, err := typed(schema.ClassEvent)
	if err != nil {
		return err
	}
	st.Events = len(events)
	if len(events) == 0 {
		return nil
	}
	// An event has one ng:cameo. The indexes are subject-predicate and
	// object-predicate-subject, so find events by each code of the table.
	coded := make(map[any]bool, len(events))
	for _, c := range schema.LoadCodes().All() {
		root := schema.Root(c.Code)
		err := subjects(ctx, schema.Cameo, quad.String(c.Code), func(k any) {
			if events[k] && !coded[k] {
				coded[k] = true
				st.EventsByRoot[root]++
			}
		})
		if err != nil {
			return fmt.Errorf("count events: %w", err)
		}
	}
	if n := len(events) - len(coded); n > 0 {
		st.EventsByRoot[""] = n
	}
	return nil
}

// eachQuad calls fn with every quad whose direction dir is v.
func eachQuad(ctx context.Context, qs cgraph.QuadStore, dir quad.Direction, v quad.Value, fn func(cgraph.Ref) error) error {
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
	}
	return it.Err()
}

// sameRef reports whether quad q's direction dir is the node want.
func sameRef(qs cgraph.QuadStore, q cgraph.Ref, dir quad.Direction, want cgraph.Ref) bool {
	got, err := qs.QuadDirection(q, dir)
	return err == nil && got != nil && want != nil && refs.ToKey(got) == refs.ToKey(want)
}
