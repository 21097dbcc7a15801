package graph

import (
	"context"
	"runtime/debug"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// guardedKV is the KV store Cayley reads a bbolt file through: every call
// into bbolt turns a storage panic (bbolt trusts its pages, and panics on
// a damaged one; see Damage) into a *DamagedError, in whichever goroutine
// it runs, Cayley's Gizmo interpreter's included, where no recover of
// newsgraph's could reach it otherwise.
type guardedKV struct {
	kv   hkv.KV
	path string
}

var (
	_ hkv.KV       = (*guardedKV)(nil)
	_ hkv.Tx       = (*guardedTx)(nil)
	_ hkv.Seeker   = (*guardedIterator)(nil)
	_ hkv.Iterator = (*guardedIterator)(nil)
)

func (g *guardedKV) Close() (err error) {
	defer recoverDamage(&err, g.path, debug.SetPanicOnFault(true))
	return g.kv.Close()
}

func (g *guardedKV) Tx(ctx context.Context, rw bool) (_ hkv.Tx, err error) {
	defer recoverDamage(&err, g.path, debug.SetPanicOnFault(true))
	tx, err := g.kv.Tx(ctx, rw)
	if err != nil {
		return nil, err
	}
	return &guardedTx{tx: tx, path: g.path}, nil
}

func (g *guardedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, g, fn)
}

func (g *guardedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, g, fn)
}

type guardedTx struct {
	tx   hkv.Tx
	path string
}

func (t *guardedTx) Commit(ctx context.Context) (err error) {
	defer recoverDamage(&err, t.path, debug.SetPanicOnFault(true))
	return t.tx.Commit(ctx)
}

func (t *guardedTx) Close() (err error) {
	defer recoverDamage(&err, t.path, debug.SetPanicOnFault(true))
	return t.tx.Close()
}

func (t *guardedTx) Get(ctx context.Context, key hkv.Key) (_ hkv.Value, err error) {
	defer recoverDamage(&err, t.path, debug.SetPanicOnFault(true))
	return t.tx.Get(ctx, key)
}

func (t *guardedTx) GetBatch(ctx context.Context, keys []hkv.Key) (_ []hkv.Value, err error) {
	defer recoverDamage(&err, t.path, debug.SetPanicOnFault(true))
	return t.tx.GetBatch(ctx, keys)
}

func (t *guardedTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) (err error) {
	defer recoverDamage(&err, t.path, debug.SetPanicOnFault(true))
	return t.tx.Put(ctx, k, v)
}

func (t *guardedTx) Del(ctx context.Context, k hkv.Key) (err error) {
	defer recoverDamage(&err, t.path, debug.SetPanicOnFault(true))
	return t.tx.Del(ctx, k)
}

func (t *guardedTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	it := &guardedIterator{path: t.path}
	func() {
		defer recoverDamage(&it.err, t.path, debug.SetPanicOnFault(true))
		it.it = t.tx.Scan(ctx, opts...)
	}()
	return it
}

// guardedIterator is a bbolt iterator whose calls are guarded; after a
// storage panic it is at its end, and Err says why.
type guardedIterator struct {
	it   hkv.Iterator // nil when Scan itself panicked
	path string
	err  error
}

func (it *guardedIterator) Next(ctx context.Context) (ok bool) {
	if it.it == nil || it.err != nil {
		return false
	}
	defer recoverDamage(&it.err, it.path, debug.SetPanicOnFault(true))
	return it.it.Next(ctx)
}

func (it *guardedIterator) Seek(ctx context.Context, key hkv.Key) (ok bool) {
	if it.it == nil || it.err != nil {
		return false
	}
	defer recoverDamage(&it.err, it.path, debug.SetPanicOnFault(true))
	return hkv.Seek(ctx, it.it, key)
}

func (it *guardedIterator) Reset() {
	if it.it == nil || it.err != nil {
		return
	}
	defer recoverDamage(&it.err, it.path, debug.SetPanicOnFault(true))
	it.it.Reset()
}

func (it *guardedIterator) Key() hkv.Key {
	if it.it == nil || it.err != nil {
		return nil
	}
	return it.it.Key()
}

func (it *guardedIterator) Val() hkv.Value {
	if it.it == nil || it.err != nil {
		return nil
	}
	return it.it.Val()
}

func (it *guardedIterator) Err() error {
	if it.err != nil {
		return it.err
	}
	if it.it == nil {
		return nil
	}
	return it.it.Err()
}

func (it *guardedIterator) Close() (err error) {
	if it.it == nil {
		return nil
	}
	defer recoverDamage(&err, it.path, debug.SetPanicOnFault(true))
	return it.it.Close()
}
