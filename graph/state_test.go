package graph

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// The store's state moves on with every write, whether or not it changes
// the number of quads, and not with reads; two stores written alike have
// different states.
func TestStoreState(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	open := func(name string) *Store {
		s, err := Open(filepath.Join(dir, name), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	state := func(s *Store) string {
		t.Helper()
		defer s.rlock()()
		st, err := s.state(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	load := func(s *Store, nq string) {
		t.Helper()
		if _, err := s.Load(strings.NewReader(nq), "nquads"); err != nil {
			t.Fatal(err)
		}
	}
	alice := "<http://example.org/alice> <http://schema.org/name> \"Alice\" .\n"
	bob := "<http://example.org/bob> <http://schema.org/name> \"Bob\" .\n"

	a, b := open("a.db"), open("b.db")
	load(a, alice)
	load(b, alice)
	first := state(a)
	if !strings.HasSuffix(first, " quads 1") || first == state(b) {
		t.Errorf("two stores written alike: %q and %q", first, state(b))
	}
	if _, err := a.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if state(a) != first {
		t.Errorf("a read moved the state on: %q, then %q", first, state(a))
	}
	im := NewImport()
	if _, err := im.Read("alice", strings.NewReader(alice), "nquads"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Delete(ctx, im); err != nil {
		t.Fatal(err)
	}
	load(a, bob)
	if st := state(a); st == first || !strings.HasSuffix(st, " quads 1") {
		t.Errorf("after a quad deleted and another added: %q, was %q", st, first)
	}
}
