package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// Cayley's KV layout at the pinned version (graph/kv), which the fast paths
// of stats, the question commands and entity resolution read directly:
// node and quad ids are big-endian uint64s; "sp" and "ops" index quads by
// subject-predicate and object-predicate-subject, their values listing
// quad ids as uvarints; "log" keys an id to its protobuf Primitive.
// A deleted quad stays in the indexes and is only marked deleted in the
// log, so the index readers are used only on stores nothing was ever
// deleted from: newsgraph deletes nothing itself, and Store.Delete (the
// HTTP API's delete) marks the store (see indexed).

// The buckets read. "ops" (graph/kv DefaultQuadIndexes) has one key per
// distinct (object, predicate, subject), whose value lists the ids of its
// quads, one per label.
var (
	opsBucket = []byte("ops")
	spBucket  = []byte("sp")
	logBucket = []byte("log")
)

// indexed reports whether the fast paths may read the store's KV indexes
// directly: a bbolt store from which no quad was deleted, with the
// object-predicate-subject index. The caller holds s.mu.
func (s *Store) indexed(ctx context.Context) bool {
	return s.db != nil && !s.noIndexScan && !s.hasDeletions() && hasOPSIndex(ctx, s.db)
}

// The key of newsgraph's bucket (see entitynodes.go) that marks a store
// from which quads were deleted.
var deletedKey = []byte("deleted")

// hasDeletions reports whether quads were ever deleted from the bbolt
// store.
func (s *Store) hasDeletions() bool {
	marked := false
	s.db.DB().View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(savedBucket); b != nil {
			marked = b.Get(deletedKey) != nil
		}
		return nil
	})
	return marked
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

// nodeIDOf returns the id of the node v, or 0 if the store has no such
// node.
func nodeIDOf(qs cgraph.QuadStore, v quad.Value) (uint64, error) {
	r, err := qs.ValueOf(v)
	if err != nil || r == nil {
		return 0, err
	}
	n, ok := r.(ckv.Int64Value)
	if !ok {
		return 0, fmt.Errorf("unexpected node ref %T", r)
	}
	return uint64(n), nil
}

// nodeID returns the id of a node ref of a KV store.
func nodeID(r cgraph.Ref) uint64 {
	n, _ := r.(ckv.Int64Value)
	return uint64(n)
}

// key returns the index key of node ids.
func key(ids ...uint64) []byte {
	b := make([]byte, 8*len(ids))
	for i, id := range ids {
		binary.BigEndian.PutUint64(b[8*i:], id)
	}
	return b
}

// quadIDs decodes an index value: the uvarint ids of its quads.
func quadIDs(b []byte) []uint64 {
	var out []uint64
	for len(b) > 0 {
		x, n := binary.Uvarint(b)
		if n <= 0 {
			break
		}
		out = append(out, x)
		b = b[n:]
	}
	return out
}
