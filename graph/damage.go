package graph

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// ErrDamaged is wrapped by the errors of a store whose file is damaged.
var ErrDamaged = errors.New("store damaged")

// DamagedError is a store file found damaged: shorter than its pages
// reach, or holding a page bbolt or Cayley could not read.
type DamagedError struct {
	Path  string // the store, as given to Open; "" when unknown
	Cause string
}

func (e *DamagedError) Error() string {
	check := "'newsgraph check'"
	if e.Path == "" {
		return fmt.Sprintf("the store is damaged: %s; %s reports what is wrong", e.Cause, check)
	}
	return fmt.Sprintf("store %q is damaged: %s; 'newsgraph check --db %s' reports what is wrong", e.Path, e.Cause, e.Path)
}

// Is reports whether target is ErrDamaged.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// Damage returns the *DamagedError that a recovered panic value r stands
// for, or nil when r is not a storage panic: a fault on bbolt's memory map
// (with runtime/debug.SetPanicOnFault set, reading a page beyond the end
// of a file cut short), or a panic raised inside bbolt or Cayley's KV
// store, which trust the pages they read. It must be called from the
// deferred function that recovered r, while the panicking stack is still
// there to be read.
func Damage(r any) *DamagedError {
	if r == nil {
		return nil
	}
	if f, ok := r.(interface{ Addr() uintptr }); ok {
		return &DamagedError{Cause: fmt.Sprintf("a page could not be read (%v at %#x)", r, f.Addr())}
	}
	stack := string(debug.Stack())
	for _, pkg := range []string{"go.etcd.io/bbolt.", "github.com/cayleygraph/cayley/graph/kv.", "github.com/hidal-go/hidalgo/kv/bbolt."} {
		if strings.Contains(stack, "\n"+pkg) {
			return &DamagedError{Cause: fmt.Sprintf("a page could not be read (%v)", r)}
		}
	}
	return nil
}

// recoverDamage, deferred as
//
//	defer recoverDamage(&err, s.path, debug.SetPanicOnFault(true))
//
// turns a storage panic (see Damage) into a *DamagedError in *errp and
// restores the goroutine's fault setting. Any other panic is a bug, and
// goes on.
func recoverDamage(errp *error, path string, fault bool) {
	debug.SetPanicOnFault(fault)
	r := recover()
	if r == nil {
		return
	}
	e := Damage(r)
	if e == nil {
		panic(r)
	}
	e.Path = Redact(path)
	*errp = e
}

// closeWait is how long a close waits for the readers and writers still
// at work (a query abandoned at its deadline, a transaction a recovered
// panic left open) before it gives up.
const closeWait = 2 * time.Second

// closeAbandoned closes a bbolt file, waiting at most closeWait: bbolt's
// Close waits for every open transaction. It reports whether the file was
// closed; if not, the process's exit releases it.
func closeAbandoned(db *hbbolt.DB) bool {
	done := make(chan struct{})
	go func() {
		db.Close()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(closeWait):
		return false
	}
}
