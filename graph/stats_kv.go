package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
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

// opsBucket is the bucket of Cayley's object-predicate-subject index in a
// KV store (graph/kv DefaultQuadIndexes): one key per distinct
// (object, predicate, subject) of 3 big-endian node ids, whose value lists
// the ids of the quads (one per label).
var opsBucket = []byte("ops")

// subjectsKV returns a subjectsFunc that scans the keys of the
// object-predicate-subject index of a KV store directly, never touching the
// quads, or nil when the store has no such index. It relies on Cayley's
// on-disk layout at the pinned version and on newsgraph never deleting quads
// (a deleted quad stays in the index and is only marked dead in the log).
func subjectsKV(ctx context.Context, qs cgraph.QuadStore, db hkv.KV) subjectsFunc {
	if !hasOPSIndex(ctx, db) {
		return nil
	}
	id := func(v quad.Value) (uint64, bool, error) {
		r, err := qs.ValueOf(v)
		if err != nil || r == nil {
			return 0, false, err
		}
		n, ok := r.(ckv.Int64Value)
		if !ok {
			return 0, false, fmt.Errorf("unexpected node ref %T", r)
		}
		return uint64(n), true, nil
	}
	return func(ctx context.Context, pred, obj quad.Value, fn func(any)) error {
		p, ok, err := id(pred)
		if err != nil || !ok {
			return err
		}
		o, ok, err := id(obj)
		if err != nil || !ok {
			return err
		}
		prefix := make([]byte, 16)
		binary.BigEndian.PutUint64(prefix, o)
		binary.BigEndian.PutUint64(prefix[8:], p)
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

// hasOPSIndex reports whether the store's index list (meta/indexes, JSON)
// has the object-predicate-subject index.
func hasOPSIndex(ctx context.Context, db hkv.KV) bool {
	var raw []byte
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, hkv.Key{[]byte("meta"), []byte("indexes")})
		raw = append(raw, v...)
		return err
	})
	if err != nil {
		return false
	}
	var list []struct {
		Dirs []quad.Direction `json:"dirs"`
	}
	if json.Unmarshal(raw, &list) != nil {
		return false
	}
	for _, ind := range list {
		d := ind.Dirs
		if len(d) == 3 && d[0] == quad.Object && d[1] == quad.Predicate && d[2] == quad.Subject {
			return true
		}
	}
	return false
}
