package graph

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// Opening a bbolt store checks what the file is before Cayley reads it,
// so that a damaged or foreign file gets an error that names it instead
// of a panic, and build never writes into another program's database:
//
//   - a missing file is created whole: Cayley's buckets and newsgraph's
//     mark are written to a temporary file beside it, which is then linked
//     into place, so a process killed meanwhile leaves no file at all;
//   - an empty (0-byte) file, or a bbolt file holding only Cayley's and
//     newsgraph's buckets and no quad (its creation was interrupted, by an
//     earlier newsgraph that made stores in place), holds no graph: a
//     writable open starts one in it, a read-only open says so;
//   - a bbolt file without Cayley's buckets but with others is another
//     program's: refused (buckets of Cayley's beside others are left to
//     'newsgraph check' to report);
//   - a file shorter than its own pages reach (cut short by a full disk,
//     a bad copy, truncate) is damaged: refused, with both sizes.
//
// Reading a store whose pages are damaged elsewhere can still make bbolt
// panic (it trusts its pages); the read methods turn that panic into a
// *DamagedError (see recoverDamage), and 'newsgraph check' reports
// exactly what is wrong.

// ErrNotStore means the file is not a newsgraph store: not a bbolt file,
// another program's bbolt database, or a file that holds no graph yet.
var ErrNotStore = errors.New("not a newsgraph store")

// markKey, in newsgraph's bucket, marks a store newsgraph created.
var markKey = []byte("store")

// storeMark is the value of markKey.
const storeMark = "newsgraph store 1"

// fileState is what inspect found in a bbolt file.
type fileState int

const (
	stateGraph     fileState = iota // Cayley's buckets, initialised
	stateUnstarted                  // no graph yet: only Cayley's and newsgraph's buckets, no quad
	stateForeign                    // buckets of another program
)

// inspect reports what the bbolt file db holds. It reads a few keys: a
// graph's root holds some 100,000 bucket names (Cayley's node buckets),
// which only the rare file without a graph has its names listed.
func inspect(db *bolt.DB) (state fileState, foreign []string, err error) {
	err = db.View(func(tx *bolt.Tx) error {
		meta, log := tx.Bucket(cayleyMeta), tx.Bucket(logBucket)
		switch {
		case log != nil && first(log.Cursor()):
			return nil // stateGraph (of an older Cayley, maybe, without the index list)
		case meta != nil && meta.Get([]byte("version")) != nil && meta.Get([]byte("indexes")) != nil && meta.Get(sizeKey) != nil:
			return nil // stateGraph, empty
		}
		// No graph: whose buckets are these?
		garbled := false
		c := tx.Cursor() // the root's keys are the bucket names
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if n := string(k); !cayleyBucket(n) && n != string(savedBucket) {
				foreign = append(foreign, n)
				garbled = garbled || !printable(n)
			}
		}
		switch {
		case meta == nil && log == nil && garbled:
			return &DamagedError{Cause: "its root page names no bucket of Cayley's, and buckets whose names are not text"}
		case len(foreign) > 0:
			state = stateForeign
		default:
			state = stateUnstarted
		}
		return nil
	})
	sort.Strings(foreign)
	return state, foreign, err
}

// first reports whether the cursor's bucket holds a key.
func first(c *bolt.Cursor) bool {
	k, _ := c.First()
	return k != nil
}

// printable reports whether a bucket name is text a program would choose.
func printable(name string) bool {
	for _, r := range name {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			return false
		}
	}
	return utf8.ValidString(name)
}

// cayleyBucket reports whether name is one of the buckets Cayley's KV
// store makes: meta, log, the quad indexes and the node buckets.
func cayleyBucket(name string) bool {
	switch {
	case name == "meta" || name == "log":
		return true
	case len(name) == 3 && (name[0] == 'v' || name[0] == 'n'):
		return true // value buckets: a letter and two hash bytes
	case len(name) >= 1 && len(name) <= 4 && strings.Trim(name, "spol") == "":
		return true // quad indexes, named by their directions: sp, ops
	}
	return false
}

// openFile opens (creating if needed) the bbolt file and the Cayley quad
// store over it; see the comment above for what it refuses.
func (s *Store) openFile() (err error) {
	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
	st, statErr := os.Stat(s.path)
	switch {
	case errors.Is(statErr, os.ErrNotExist) && !s.opts.ReadOnly:
		if err := create(s.path); err != nil {
			return &pathError{path: s.path, msg: "create store %q", orig: err}
		}
	case statErr != nil:
		return fmt.Errorf("open store: %w", statErr)
	case !st.Mode().IsRegular():
		return &pathError{path: s.path, msg: "store %q is not a regular file", err: ErrNotStore}
	case st.Size() == 0 && s.opts.ReadOnly:
		return &pathError{path: s.path, msg: "store %q is an empty file (0 bytes), not a newsgraph store: build or load into it to start one", err: ErrNotStore}
	}
	if statErr == nil {
		if err := checkSize(s.path, st.Size()); err != nil {
			return err
		}
	}
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
	case errors.As(err, new(*fs.PathError)):
		return &pathError{path: s.path, msg: "open store %q", orig: err}
	case err != nil:
		// bbolt's own checks of the file's header: bolt.ErrInvalid,
		// ErrVersionMismatch, ErrChecksum, "file size too small".
		return &pathError{path: s.path, msg: "store %q is not a bbolt database, or its header is damaged", err: ErrNotStore, orig: err}
	}
	qs, err := s.openGraph(db)
	if err != nil {
		closeAbandoned(db)
		return err
	}
	s.db, s.qs = db, qs
	return nil
}

// openGraph inspects the open bbolt file db and returns Cayley's quad store
// over it, starting the graph in a writable file that holds none yet.
func (s *Store) openGraph(db *hbbolt.DB) (cgraph.QuadStore, error) {
	state, foreign, err := inspect(db.DB())
	if err != nil {
		var de *DamagedError
		if errors.As(err, &de) {
			de.Path = s.path
			return nil, de
		}
		return nil, &pathError{path: s.path, msg: "open store %q", orig: err}
	}
	switch state {
	case stateForeign:
		if len(foreign) > 5 {
			foreign = append(foreign[:5], "…")
		}
		return nil, &pathError{path: s.path, msg: "%q is not a newsgraph store: it is the bbolt database of another program (buckets " + quoteAll(foreign) + "); give --db another path", err: ErrNotStore}
	case stateUnstarted:
		if s.opts.ReadOnly {
			return nil, &pathError{path: s.path, msg: "store %q holds no graph: its creation was interrupted; build or load into it to start it", err: ErrNotStore}
		}
		if err := initGraph(db); err != nil {
			return nil, &pathError{path: s.path, msg: "start store %q", orig: err}
		}
	}
	// Every write moves the store's state on (state.go); every read of a
	// damaged page is an error, not a panic (guardkv.go).
	kv := stampedKV{&guardedKV{kv: db, path: s.path}}
	qs, err := ckv.New(kv, cgraph.Options{ckv.OptNoBloom: true})
	if err != nil {
		return nil, &pathError{path: s.path, msg: "open store %q", orig: err}
	}
	return qs, nil
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

// initGraph starts a graph in a bbolt file that holds none: it drops what
// an interrupted start left (buckets without a quad) and writes Cayley's
// buckets and newsgraph's mark.
func initGraph(db *hbbolt.DB) error {
	err := db.DB().Update(func(tx *bolt.Tx) error {
		var names [][]byte
		tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			names = append(names, bytes.Clone(name))
			return nil
		})
		for _, n := range names {
			if !cayleyBucket(string(n)) && !bytes.Equal(n, savedBucket) {
				continue // inspect refuses a file with others' buckets
			}
			if err := tx.DeleteBucket(n); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := ckv.Init(db, cgraph.Options{ckv.OptNoBloom: true}); err != nil {
		return err
	}
	return db.DB().Update(func(tx *bolt.Tx) error {
		// Cayley writes its quad count with the first quad, and its Stats
		// fails on a store without one ("kv: no bucket"): a store killed
		// before its first write must still read as empty.
		if m := tx.Bucket(cayleyMeta); m != nil && m.Get(sizeKey) == nil {
			if err := m.Put(sizeKey, make([]byte, 8)); err != nil {
				return err
			}
		}
		b, err := tx.CreateBucketIfNotExists(savedBucket)
		if err != nil {
			return err
		}
		return b.Put(markKey, []byte(storeMark))
	})
}

// sizeKey, in Cayley's meta bucket, holds its quad count (int64, little
// endian).
var sizeKey = []byte("size")

// create makes a new store at path, whole or not at all: it starts the
// graph in a temporary file in the same directory and links it into
// place. If another process created path meanwhile, its store is kept.
func create(path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	db, err := hbbolt.Open(tmp, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		return err
	}
	if err := initGraph(db); err != nil {
		db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	err = os.Link(tmp, path)
	if err != nil && !errors.Is(err, os.ErrExist) {
		// A file system without hard links: rename, unless path appeared.
		if _, serr := os.Stat(path); errors.Is(serr, os.ErrNotExist) {
			err = os.Rename(tmp, path)
		}
	}
	if errors.Is(err, os.ErrExist) {
		return nil
	}
	return err
}

// checkSize compares the size of the bbolt file at path with the extent
// its newest valid meta page gives (its high-water page times the page
// size), read from the file itself before bbolt maps it: bbolt would read
// the missing pages of a file cut short through its memory map, and
// fault. A file without a valid meta page is left to bbolt to refuse.
func checkSize(path string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // bbolt reports it
	}
	defer f.Close()
	m, ok := newestMeta(f)
	if need := int64(m.pgid) * int64(m.pageSize); ok && size < need {
		return &DamagedError{Path: Redact(path), Cause: fmt.Sprintf("the file has %d bytes but its pages reach to byte %d: it was cut short", size, need)}
	}
	return nil
}
