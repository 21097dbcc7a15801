package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// storeFile returns the path of a bbolt store holding the test article.
func storeFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "news.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddArticles([][]quad.Quad{testQuads()}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// boltFile makes a bbolt file at path with the given buckets, each holding
// one key when full is set, none otherwise.
func boltFile(t *testing.T, path string, full bool, buckets ...string) {
	t.Helper()
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range buckets {
			bk, err := tx.CreateBucket([]byte(b))
			if err != nil {
				return err
			}
			if full {
				if err := bk.Put([]byte("k"), []byte("v")); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
}

// TestOpenRefusesWhatIsNotAStore: an empty, foreign, unstarted, cut-short
// or garbled file gets an error naming it, never a panic (issue 10,
// items 2 and 8).
func TestOpenRefusesWhatIsNotAStore(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "text.db")
	if err := os.WriteFile(text, []byte(strings.Repeat("not a database\n", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.db")
	boltFile(t, foreign, true, "users", "sessions")
	unstarted := filepath.Join(dir, "unstarted.db")
	boltFile(t, unstarted, false, "meta", "log")
	// Cayley's buckets made in place by an earlier newsgraph, which was
	// killed before its first write: Cayley has no quad count yet.
	initialised := filepath.Join(dir, "initialised.db")
	if err := create(initialised); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(initialised, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(cayleyMeta).Delete(sizeKey) })
	db.Close()
	cut := storeFile(t)
	if err := os.Truncate(cut, 3*4096); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path     string
		ro, rw   string // the errors of a read-only and a writable open; "" for none
		sentinel error
	}{
		{empty, fmt.Sprintf("store %q is an empty file (0 bytes), not a newsgraph store: build or load into it to start one", empty), "", ErrNotStore},
		{text, fmt.Sprintf("store %q is not a bbolt database, or its header is damaged: invalid database", text), "same", ErrNotStore},
		{foreign, fmt.Sprintf(`%q is not a newsgraph store: it is the bbolt database of another program (buckets "sessions", "users"); give --db another path`, foreign), "same", ErrNotStore},
		{unstarted, fmt.Sprintf("store %q holds no graph: its creation was interrupted; build or load into it to start it", unstarted), "", ErrNotStore},
		{initialised, fmt.Sprintf("store %q holds no graph: its creation was interrupted; build or load into it to start it", initialised), "", ErrNotStore},
		{cut, "", "", ErrDamaged},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			s, err := Open(tt.path, Options{ReadOnly: true})
			if tt.sentinel == ErrDamaged {
				tt.ro = fmt.Sprintf("store %q is damaged: the file has 12288 bytes but its pages reach to byte ", tt.path)
				tt.rw = tt.ro
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.ro) || !errors.Is(err, tt.sentinel) {
				t.Fatalf("read-only Open = %v; want %q (%v)", err, tt.ro, tt.sentinel)
			}
			if s != nil {
				t.Errorf("read-only Open returned a store with its error")
			}
			if after, _ := os.ReadFile(tt.path); string(after) != string(before) {
				t.Errorf("read-only Open changed the file")
			}
			// A writable open fails at the first write, as the file is
			// created then.
			s, err = Open(tt.path, Options{})
			if err == nil {
				_, err = s.AddArticles([][]quad.Quad{testQuads()})
				s.Close()
			}
			if tt.rw == "same" {
				tt.rw = tt.ro
			}
			switch {
			case tt.rw == "" && err != nil:
				t.Errorf("writable Open and write = %v; want the graph started", err)
			case tt.rw != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.rw)):
				t.Errorf("writable Open and write = %v; want %q", err, tt.rw)
			case tt.rw != "" && string(mustRead(t, tt.path)) != string(before):
				t.Errorf("a refused writable Open changed the file")
			}
			if tt.rw == "" {
				s, err := Open(tt.path, Options{ReadOnly: true})
				if err != nil {
					t.Fatalf("read-only Open after the write = %v", err)
				}
				defer s.Close()
				st, err := s.Stats(context.Background())
				if err != nil || st.Articles != 1 {
					t.Errorf("Stats after the write = %+v, %v; want 1 article", st, err)
				}
			}
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// garble overwrites the page id in the header of every page of a bbolt
// file after its two meta pages, as a bad disk or a stray write might:
// bbolt then panics on the first page it reads ("Page expected to be").
func garble(t *testing.T, path string) {
	t.Helper()
	data := mustRead(t, path)
	const pageSize = 4096
	for off := 2 * pageSize; off+8 <= len(data); off += pageSize {
		binary.LittleEndian.PutUint64(data[off:], 0xdeadbeef)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedPagesGiveErrors: reading a store whose pages are damaged
// gives an error that wraps ErrDamaged and names the store, from every
// reader, Cayley's Gizmo goroutine included; never a panic.
func TestDamagedPagesGiveErrors(t *testing.T) {
	path := storeFile(t)
	garble(t, path)
	ctx := context.Background()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		if !errors.Is(err, ErrDamaged) {
			t.Fatalf("Open = %v; want ErrDamaged or nil", err)
		}
		return
	}
	defer s.Close()
	want := fmt.Sprintf("store %q is damaged: a page could not be read (assertion failed: Page expected to be: ", path)
	check := func(what string, err error) {
		t.Helper()
		if err == nil || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s = %v; want an error containing %q", what, err, want)
		}
	}
	_, err = s.Stats(ctx)
	check("Stats", err)
	_, err = s.Quads(ctx)
	check("Quads", err)
	check("Query gizmo", s.Query(ctx, "gizmo", "g.V().All()", QueryOptions{}, func(any) error { return nil }))
	check("Query graphql", s.Query(ctx, "graphql", "{ nodes { id } }", QueryOptions{}, func(any) error { return nil }))
	_, err = s.EntityNodes(ctx)
	check("EntityNodes", err)
	_, err = s.HasArticle(testDoc().Article.Hash)
	check("HasArticle", err)
}

// TestCreateIsWhole: a new store is made in a temporary file and linked
// into place, so nothing else is left beside it, and it is marked as
// newsgraph's.
func TestCreateIsWhole(t *testing.T) {
	path := storeFile(t)
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "news.db" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %q; want only news.db", names)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(savedBucket)
		if b == nil || string(b.Get(markKey)) != storeMark {
			t.Errorf("store is not marked %q", storeMark)
		}
		return nil
	})
}

// TestNewStoreReadsAsEmpty: a store made and not written to yet (a build
// killed before its first batch) reads as an empty store.
func TestNewStoreReadsAsEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	if err := create(path); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil || st.Quads != 0 || st.Articles != 0 {
		t.Errorf("Stats = %+v, %v; want an empty store", st, err)
	}
	if has, err := s.HasArticle(testDoc().Article.Hash); has || err != nil {
		t.Errorf("HasArticle = %v, %v", has, err)
	}
	r, err := s.Check(context.Background())
	if err != nil || !r.OK() {
		t.Errorf("Check = %+v, %v; want no problem", r, err)
	}
}
