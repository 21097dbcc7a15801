package graph

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
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

// Close closes the store. A memory store's contents are lost. It waits
// at most a few seconds for the reads and writes still at work (a query
// abandoned at its deadline, say): a bbolt file is then left for the
// process's exit to release, which loses nothing, as every transaction
// committed is on disk and the others never were.
func (s *Store) Close() error {
	locked := make(chan struct{})
	go func() {
		s.mu.Lock()
		close(locked)
	}()
	select {
	case <-locked:
	case <-time.After(closeWait):
		return fmt.Errorf("close store %q: still in use after %v; left to the process's exit", Redact(s.path), closeWait)
	}
	defer s.mu.Unlock()
	if s.qs == nil {
		s.closed = true
		return nil
	}
	qs, db := s.qs, s.db
	s.qs, s.db, s.closed = nil, nil, true
	if db != nil {
		// Cayley's Close of a KV store only closes the file.
		if !closeAbandoned(db) {
			return fmt.Errorf("close store %q: a transaction is still open after %v; left to the process's exit", Redact(s.path), closeWait)
		}
		return nil
	}
	if err := qs.Close(); err != nil {
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
func (s *Store) View(fn func(cgraph.QuadStore) error) (err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	defer s.rlock()()
	if s.closed {
		return errClosed
	}
	return fn(s.reader())
}
