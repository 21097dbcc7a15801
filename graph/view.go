package graph

import (
	"context"
	"encoding/binary"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
	"google.golang.org/protobuf/proto"
)

// A view answers the few index lookups the ask queries (Card, Events, Path,
// Related, the name index) are made of. Nodes are Cayley refs, which are
// comparable, so that they can be map keys.
//
// Two implementations: kvView reads the bbolt file's buckets directly within
// one read transaction (Cayley's path API fetches every quad of a node from
// the log, 0.7 s for the agent edges of the United States in the corpus
// store); cayleyView uses Cayley's quad iterators and serves memory and SQL
// stores.
type view interface {
	// ref returns the node of v, or nil when v is not in the store.
	ref(v quad.Value) cgraph.Ref
	// value returns the value of node r, with literals normalised by standard.
	value(r cgraph.Ref) quad.Value
	// subjects returns the distinct subjects of the quads (?, p, o), each with
	// the number of those quads (one per label, so per article).
	subjects(p quad.IRI, o cgraph.Ref) []counted
	// objects returns the objects of the quads (s, p, ?), one per quad, with
	// the quad's label.
	objects(s cgraph.Ref, p quad.IRI) []link
	// object returns the object of the first quad (s, p, ?), or nil.
	object(s cgraph.Ref, p quad.IRI) cgraph.Ref
	// subjectLinks returns the subjects of the quads (?, p, o), one per quad,
	// with the quad's label.
	subjectLinks(p quad.IRI, o cgraph.Ref) []link
	// labels returns the labels of the quads (s, p, o), the last k added
	// first (k <= 0: all), and how many there are.
	labels(s cgraph.Ref, p quad.IRI, o cgraph.Ref, k int) ([]cgraph.Ref, int)
	close()
}

// counted is a node and a number of quads.
type counted struct {
	node cgraph.Ref
	n    int
}

// link is a node reached through one quad, and that quad's label.
type link struct {
	node, label cgraph.Ref
}

// newView returns the fastest view of the store; the caller holds s.mu.
func (s *Store) newView(ctx context.Context) (view, error) {
	qs := s.reader()
	if s.indexed(ctx) {
		tx, err := s.db.Tx(ctx, false)
		if err != nil {
			return nil, err
		}
		return &kvView{ctx: ctx, qs: qs, tx: tx, ids: map[quad.Value]cgraph.Ref{}, vals: map[uint64]quad.Value{}}, nil
	}
	return &cayleyView{ctx: ctx, qs: qs, ids: map[quad.Value]cgraph.Ref{}, vals: map[any]quad.Value{}, quads: map[nodeDir][]predQuad{}}, nil
}

// cayleyView is a view through Cayley's iterators.
type cayleyView struct {
	ctx  context.Context
	qs   cgraph.QuadStore
	ids  map[quad.Value]cgraph.Ref
	vals map[any]quad.Value
	// The quads of a node in a direction, each with its predicate, read
	// once: one query on an SQL store serves the node's every predicate.
	quads map[nodeDir][]predQuad
}

type nodeDir struct {
	dir  quad.Direction
	node any
}

type predQuad struct {
	q    cgraph.Ref
	pred any
}

func (v *cayleyView) ref(val quad.Value) cgraph.Ref {
	if r, ok := v.ids[val]; ok {
		return r
	}
	r, err := v.qs.ValueOf(val)
	if err != nil || r != nil && v.value(r) == nil {
		// An SQL store's ValueOf hashes any value, stored or not.
		r = nil
	}
	v.ids[val] = r
	return r
}

func (v *cayleyView) value(r cgraph.Ref) quad.Value {
	k := refs.ToKey(r)
	if val, ok := v.vals[k]; ok {
		return val
	}
	val, err := v.qs.NameOf(r)
	if err != nil {
		val = nil
	}
	val = standard(val)
	v.vals[k] = val
	return val
}

// each calls fn with the quads whose direction dir is node r and whose
// predicate is p.
func (v *cayleyView) each(dir quad.Direction, r cgraph.Ref, p quad.IRI, fn func(q cgraph.Ref)) {
	pr := v.ref(p)
	if r == nil || pr == nil {
		return
	}
	k := nodeDir{dir, refs.ToKey(r)}
	qs, ok := v.quads[k]
	if !ok {
		it := v.qs.QuadIterator(dir, r).Iterate()
		for v.ctx.Err() == nil && it.Next(v.ctx) {
			q := it.Result()
			qs = append(qs, predQuad{q, refs.ToKey(v.dir(q, quad.Predicate))})
		}
		it.Close()
		if v.ctx.Err() != nil {
			return // out of time: nothing kept
		}
		v.quads[k] = qs
	}
	want := refs.ToKey(pr)
	for _, x := range qs {
		if x.pred == want {
			fn(x.q)
		}
	}
}

func (v *cayleyView) dir(q cgraph.Ref, d quad.Direction) cgraph.Ref {
	r, err := v.qs.QuadDirection(q, d)
	if err != nil || r == nil {
		return nil
	}
	return r
}

func (v *cayleyView) subjects(p quad.IRI, o cgraph.Ref) []counted {
	var out []counted
	at := map[any]int{}
	v.each(quad.Object, o, p, func(q cgraph.Ref) {
		s := v.dir(q, quad.Subject)
		k := refs.ToKey(s)
		if i, ok := at[k]; ok {
			out[i].n++
			return
		}
		at[k] = len(out)
		out = append(out, counted{s, 1})
	})
	return out
}

func (v *cayleyView) objects(s cgraph.Ref, p quad.IRI) []link {
	var out []link
	v.each(quad.Subject, s, p, func(q cgraph.Ref) {
		out = append(out, link{v.dir(q, quad.Object), v.dir(q, quad.Label)})
	})
	return out
}

func (v *cayleyView) object(s cgraph.Ref, p quad.IRI) cgraph.Ref {
	for _, l := range v.objects(s, p) {
		return l.node
	}
	return nil
}

func (v *cayleyView) subjectLinks(p quad.IRI, o cgraph.Ref) []link {
	var out []link
	v.each(quad.Object, o, p, func(q cgraph.Ref) {
		out = append(out, link{v.dir(q, quad.Subject), v.dir(q, quad.Label)})
	})
	return out
}

func (v *cayleyView) labels(s cgraph.Ref, p quad.IRI, o cgraph.Ref, k int) ([]cgraph.Ref, int) {
	var out []cgraph.Ref
	v.each(quad.Subject, s, p, func(q cgraph.Ref) {
		if v.dir(q, quad.Object) == o {
			out = append(out, v.dir(q, quad.Label))
		}
	})
	n := len(out)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	if k > 0 && len(out) > k {
		out = out[:k]
	}
	return out, n
}

func (v *cayleyView) close() {}

// kvView reads a Cayley KV store's buckets directly (see kvlayout.go).
// Any read error makes the lookup empty.
type kvView struct {
	ctx  context.Context
	qs   cgraph.QuadStore
	tx   hkv.Tx
	ids  map[quad.Value]cgraph.Ref
	vals map[uint64]quad.Value
	err  error // first read error, for tests
}

func (v *kvView) fail(err error) {
	if v.err == nil && err != nil {
		v.err = err
	}
}

func (v *kvView) ref(val quad.Value) cgraph.Ref {
	if r, ok := v.ids[val]; ok {
		return r
	}
	r, err := v.qs.ValueOf(val)
	v.fail(err)
	if r != nil {
		if _, ok := r.(ckv.Int64Value); !ok {
			v.fail(fmt.Errorf("unexpected node ref %T", r))
			r = nil
		}
	}
	v.ids[val] = r
	return r
}

func (v *kvView) id(val quad.Value) uint64 {
	r := v.ref(val)
	if r == nil {
		return 0
	}
	return uint64(r.(ckv.Int64Value))
}

func (v *kvView) primitive(id uint64) *cproto.Primitive {
	if err := v.ctx.Err(); err != nil {
		v.fail(err) // the question is out of time: every lookup is empty
		return nil
	}
	key := make([]byte, 8)
	binary.BigEndian.PutUint64(key, id)
	b, err := v.tx.Get(v.ctx, hkv.Key{logBucket, key})
	if err != nil {
		v.fail(err)
		return nil
	}
	var p cproto.Primitive
	if err := proto.Unmarshal(b, &p); err != nil {
		v.fail(err)
		return nil
	}
	return &p
}

func (v *kvView) value(r cgraph.Ref) quad.Value {
	id := nodeID(r)
	if val, ok := v.vals[id]; ok {
		return val
	}
	var val quad.Value
	if p := v.primitive(id); p != nil && p.IsNode() {
		x, err := pquads.UnmarshalValue(p.Value)
		v.fail(err)
		val = standard(x)
	}
	v.vals[id] = val
	return val
}

// scanOPS calls fn with the subject id and index value of every key of the
// object-predicate-subject index under (o, p).
func (v *kvView) scanOPS(p quad.IRI, o cgraph.Ref, fn func(s uint64, val []byte)) {
	pid := v.id(p)
	oid := nodeID(o)
	if pid == 0 || oid == 0 {
		return
	}
	it := v.tx.Scan(v.ctx, options.WithPrefixKV(hkv.Key{opsBucket, key(oid, pid)}))
	defer it.Close()
	for it.Next(v.ctx) {
		k := it.Key()
		kb := k[len(k)-1]
		if len(kb) != 24 {
			v.fail(fmt.Errorf("object-predicate-subject index: key of %d bytes", len(kb)))
			return
		}
		if val := it.Val(); len(val) > 0 {
			fn(binary.BigEndian.Uint64(kb[16:]), val)
		}
	}
	v.fail(it.Err())
}

func (v *kvView) subjects(p quad.IRI, o cgraph.Ref) []counted {
	var out []counted
	v.scanOPS(p, o, func(s uint64, val []byte) {
		out = append(out, counted{ckv.Int64Value(s), len(quadIDs(val))})
	})
	return out
}

func (v *kvView) subjectLinks(p quad.IRI, o cgraph.Ref) []link {
	var out []link
	v.scanOPS(p, o, func(s uint64, val []byte) {
		for _, q := range quadIDs(val) {
			if pr := v.primitive(q); pr != nil {
				out = append(out, link{ckv.Int64Value(s), labelRef(pr.Label)})
			}
		}
	})
	return out
}

func (v *kvView) objects(s cgraph.Ref, p quad.IRI) []link {
	return v.objectsN(s, p, 0)
}

func (v *kvView) object(s cgraph.Ref, p quad.IRI) cgraph.Ref {
	for _, l := range v.objectsN(s, p, 1) {
		return l.node
	}
	return nil
}

// objectsN returns the objects of the first max quads (s, p, ?) (max <= 0: all).
func (v *kvView) objectsN(s cgraph.Ref, p quad.IRI, max int) []link {
	pid := v.id(p)
	sid := nodeID(s)
	if pid == 0 || sid == 0 {
		return nil
	}
	b, err := v.tx.Get(v.ctx, hkv.Key{spBucket, key(sid, pid)})
	if err != nil {
		if err != hkv.ErrNotFound {
			v.fail(err)
		}
		return nil
	}
	var out []link
	for _, q := range quadIDs(b) {
		if pr := v.primitive(q); pr != nil {
			out = append(out, link{ckv.Int64Value(pr.Object), labelRef(pr.Label)})
			if max > 0 && len(out) == max {
				break
			}
		}
	}
	return out
}

func labelRef(id uint64) cgraph.Ref {
	if id == 0 {
		return nil
	}
	return ckv.Int64Value(id)
}

func (v *kvView) labels(s cgraph.Ref, p quad.IRI, o cgraph.Ref, k int) ([]cgraph.Ref, int) {
	pid, sid, oid := v.id(p), nodeID(s), nodeID(o)
	if pid == 0 || sid == 0 || oid == 0 {
		return nil, 0
	}
	b, err := v.tx.Get(v.ctx, hkv.Key{opsBucket, key(oid, pid, sid)})
	if err != nil {
		if err != hkv.ErrNotFound {
			v.fail(err)
		}
		return nil, 0
	}
	ids := quadIDs(b)
	var out []cgraph.Ref
	for i := len(ids) - 1; i >= 0 && (k <= 0 || len(out) < k); i-- {
		if pr := v.primitive(ids[i]); pr != nil {
			out = append(out, labelRef(pr.Label))
		}
	}
	return out, len(ids)
}

func (v *kvView) close() { v.tx.Close() }
