package graph

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"

	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// The state of a bbolt store, to which what is derived from it and kept
// outside it (the ask index) is keyed, is three things read together:
//
//   - bbolt's transaction id, which every write transaction moves on, by
//     whichever program;
//   - a generation: 16 random bytes that newsgraph puts in its bucket in
//     the same transaction as every write Cayley makes through it
//     (stampedKV), so that two stores that had as many transactions, a
//     store and a copy of it written to since, or a store rebuilt under
//     the same name, still differ;
//   - the number of quads.
//
// Equal states are equal contents, except in one case: a store copied
// byte for byte, and both copies then written to by a program other than
// newsgraph in as many transactions.

// generationKey, in newsgraph's bucket, holds the generation.
var generationKey = []byte("generation")

// stampedKV is the KV store Cayley writes a bbolt file through: each of
// its write transactions puts a new generation before it commits.
type stampedKV struct{ hkv.KV }

func (k stampedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := k.KV.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return stampedTx{tx}, nil
}

func (k stampedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, k, fn)
}

func (k stampedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, k, fn)
}

type stampedTx struct{ hkv.Tx }

func (t stampedTx) Commit(ctx context.Context) error {
	if err := t.Put(ctx, hkv.Key{savedBucket, generationKey}, newGeneration()); err != nil {
		t.Close()
		return err
	}
	return t.Tx.Commit(ctx)
}

func newGeneration() []byte {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand)
	return b
}

// state returns the state of the store, as the ask index records it; the
// caller holds s.mu, and s.db is set.
func (s *Store) state(ctx context.Context) (string, error) {
	quads, err := quadCount(ctx, s.reader())
	if err != nil {
		return "", err
	}
	var txid int
	var gen []byte
	err = s.db.DB().View(func(tx *bolt.Tx) error {
		txid = tx.ID()
		if b := tx.Bucket(savedBucket); b != nil {
			gen = bytes.Clone(b.Get(generationKey))
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("read the store's state: %w", err)
	}
	return fmt.Sprintf("tx %d generation %x quads %d", txid, gen, quads), nil
}
