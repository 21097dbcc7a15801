package graph

import (
	"context"
	"encoding/binary"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
)

// subjectsFunc calls fn with the key of the subject of every quad
// (subject, pred, obj, any label); a subject may come more than once.
type subjectsFunc func(ctx context.Context, pred, obj quad.Value, fn func(key any)) error

// subjectsVia finds subjects through Cayley's quad iterators, which fetch
// every matching quad from the log: correct for every store, but about
// 3 µs a quad on bbolt.
func subjectsVia(qs cgraph.QuadStore) subjectsFunc {
	return func(ctx context.Context, pred, obj quad.Value, fn func(any)) error {
		p, err := qs.ValueOf(pred)
		if err != nil || p == nil {
			return err
		}
		return eachQuad(ctx, qs, quad.Object, obj, func(q cgraph.Ref) error {
			if !sameRef(qs, q, quad.Predicate, p) {
				return nil
			}
			sub, err := qs.QuadDirection(q, quad.Subject)
			if err != nil {
				return err
			}
			fn(refs.ToKey(sub))
			return nil
		})
	}
}

// subjectsKV returns a subjectsFunc that scans the keys of the
// object-predicate-subject index of a KV store directly, never touching the
// quads, or nil when the store has no such index. It relies on Cayley's
// on-disk layout at the pinned version and on newsgraph never deleting quads
// (a deleted quad stays in the index and is only marked dead in the log).
func subjectsKV(ctx context.Context, qs cgraph.QuadStore, db hkv.KV) subjectsFunc {
	if !hasOPSIndex(ctx, db) {
		return nil
	}
	return func(ctx context.Context, pred, obj quad.Value, fn func(any)) error {
		p, err := nodeIDOf(qs, pred)
		if err != nil || p == 0 {
			return err
		}
		o, err := nodeIDOf(qs, obj)
		if err != nil || o == 0 {
			return err
		}
		prefix := key(o, p)
		return hkv.View(ctx, db, func(tx hkv.Tx) error {
			it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{opsBucket, prefix}))
			defer it.Close()
			for it.Next(ctx) {
				k := it.Key()
				key := k[len(k)-1]
				if len(key) != 24 {
					return fmt.Errorf("object-predicate-subject index: key of %d bytes", len(key))
				}
				if len(it.Val()) == 0 {
					continue
				}
				fn(ckv.Int64Value(binary.BigEndian.Uint64(key[16:])))
			}
			return it.Err()
		})
	}
}
