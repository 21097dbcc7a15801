package graph

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// Memory is the path that selects an in-memory store, which lives as long
// as the Store value.
const Memory = "memory:"

// lockTimeout is how long Open waits for a store another process holds.
const lockTimeout = 2 * time.Second

// Errors that Open and the write methods wrap; test with errors.Is.
var (
	// ErrNoStore means a read-only open found no store file.
	ErrNoStore = errors.New("no store")
	// ErrInUse means another process (or another Store in this process)
	// holds the store file.
	ErrInUse = errors.New("store in use")
	// ErrReadOnly means a write was attempted on a store opened read-only.
	ErrReadOnly = errors.New("store is read-only")
)

var errClosed = errors.New("store is closed")

// Options are the ways a store can be opened.
type Options struct {
	// ReadOnly opens the store for reading only: the file is opened
	// read-only and shared with other readers, and is never modified.
	ReadOnly bool
}

// Store is an open newsgraph store. Its methods are safe for concurrent use.
type Store struct {
	path string
	opts Options

	mu  sync.RWMutex     // guards qs: memstore is not thread-safe, bbolt can deadlock on remap
	qs  cgraph.QuadStore // nil until the first write when the file does not exist yet
	db  *hbbolt.DB       // nil for memory:, SQL, and before the file is created
	sql *sqlStore        // set for an SQL database

	askMu         sync.Mutex  // guards askIdx and sqlNames
	askIdx        *askIndex   // the ask index last used (askindex.go)
	sqlNames      []NameEntry // an SQL store's entity names (Ask.nameEntries)
	sqlNamesQuads int64       // the number of quads when they were read
	closed        bool

	noIndexScan bool // tests: make Stats use Cayley's iterators only
}

type pathError struct {
	path string
	msg  string
	err  error // sentinel reported by Is
	orig error // underlying cause, if any
}

func (e *pathError) Error() string {
	if e.orig != nil {
		return fmt.Sprintf(e.msg, e.path) + ": " + e.orig.Error()
	}
	return fmt.Sprintf(e.msg, e.path)
}

func (e *pathError) Is(target error) bool { return target == e.err }

func (e *pathError) Unwrap() error { return e.orig }

// Open opens the store at path: Memory for an in-memory store, a
// postgres:// (or postgresql://) URL for a PostgreSQL database, a
// cockroach:// URL for a CockroachDB one, otherwise a bbolt file. A missing
// file (a database without Cayley's tables) is an error for a read-only
// open; for a writable open it is created, with Cayley's buckets (tables),
// by the first write. A file held by another process gives an error
// wrapping ErrInUse within about two seconds. An SQL store is shared with
// other processes, readers and writers alike; a read-only Store refuses
// to write to it.
func Open(path string, opts Options) (*Store, error) {
	s := &Store{path: path, opts: opts}
	if path == Memory {
		s.qs = memstore.New()
		return s, nil
	}
	if d, ok := sqlStoreOf(path); ok {
		return openSQL(path, d, opts)
	}
	if path == "" {
		return nil, errors.New("store path is empty")
	}
	_, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if opts.ReadOnly {
			return nil, &pathError{path: path, msg: "no store at %q: build one with 'newsgraph build'", err: ErrNoStore}
		}
		return s, nil // created by the first write
	case err != nil:
		return nil, fmt.Errorf("open store: %w", err)
	}
	if err := s.openFile(); err != nil {
		return nil, err
	}
	return s, nil
}

// openFile opens (creating if needed) the bbolt file and the Cayley quad
// store over it, initialising Cayley's buckets when the store is writable
// and has none yet.
func (s *Store) openFile() error {
	bo := &bolt.Options{Timeout: lockTimeout, ReadOnly: s.opts.ReadOnly}
	if !s.opts.ReadOnly {
		// A pre-sized mmap avoids bbolt's remap deadlock between a writer
		// and nested read transactions (cayley #712).
		bo.InitialMmapSize = 1 << 30
	}
	db, err := hbbolt.Open(s.path, bo)
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return &pathError{path: s.path, msg: "store %q is in use by another newsgraph process", err: ErrInUse}
	case err != nil:
		return &pathError{path: s.path, msg: "open store %q", orig: err}
	}
	gopts := cgraph.Options{ckv.OptNoBloom: true}
	kv := stampedKV{db} // every write moves the store's state on (state.go)
	qs, err := ckv.New(kv, gopts)
	if errors.Is(err, cgraph.ErrNotInitialized) && !s.opts.ReadOnly {
		if err = ckv.Init(kv, gopts); err == nil {
			qs, err = ckv.New(kv, gopts)
		}
	}
	if errors.Is(err, cgraph.ErrNotInitialized) {
		err = errors.New("not a newsgraph store (no Cayley buckets)")
	}
	if err != nil {
		db.Close()
		return &pathError{path: s.path, msg: "open store %q", orig: err}
	}
	s.db, s.qs = db, qs
	return nil
}

// Path returns the path the store was opened with.
func (s *Store) Path() string { return s.path }

// rlock locks the store for reading and returns the unlock function.
// memstore's readers write to it (it marks its quad list as being read), so
// a memory store is locked exclusively even for reads.
func (s *Store) rlock() func() {
	if s.path == Memory {
		s.mu.Lock()
		return s.mu.Unlock
	}
	s.mu.RLock()
	return s.mu.RUnlock
}

// reader returns the quad store to read from; the caller holds s.mu. A
// writable store whose file does not exist yet reads as empty.
func (s *Store) reader() cgraph.QuadStore {
	if s.qs == nil {
		return memstore.New()
	}
	return s.qs
}

// writer returns the quad store to write to, creating the file on first use;
// the caller holds s.mu for writing.
func (s *Store) writer() (cgraph.QuadStore, error) {
	if s.opts.ReadOnly {
		return nil, &pathError{path: Redact(s.path), msg: "store %q is opened read-only", err: ErrReadOnly}
	}
	if s.closed {
		return nil, errClosed
	}
	if s.qs == nil {
		create := s.openFile
		if s.sql != nil {
			create = s.openSQL
		}
		if err := create(); err != nil {
			return nil, err
		}
	}
	return s.qs, nil
}

// Close closes the store. A memory store's contents are lost.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		s.closed = true
		return nil
	}
	err := s.qs.Close() // closes the bbolt file too
	s.qs, s.db, s.closed = nil, nil, true
	if err != nil {
		return fmt.Errorf("close store %q: %w", Redact(s.path), err)
	}
	return nil
}

// quadCount returns the number of quads stored: Cayley's KV stores keep it
// exactly, SQL stores only estimate it unless asked to count.
func quadCount(ctx context.Context, qs cgraph.QuadStore) (int64, error) {
	st, err := qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = qs.Stats(ctx, true)
	}
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}

// View calls fn with Cayley's quad store under the store's read lock, so
// that fn may read it while other goroutines write through the Store:
// Cayley's memory store and bbolt are not safe for a writer beside readers.
// fn must not write, nor keep the quad store after it returns. A store
// whose file does not exist yet reads as empty.
func (s *Store) View(fn func(cgraph.QuadStore) error) error {
	defer s.rlock()()
	if s.closed {
		return errClosed
	}
	return fn(s.reader())
}
