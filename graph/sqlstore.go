package graph

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"

	// The SQL backends a --db URL can name; each registers its
	// database/sql driver too (lib/pq as "postgres", pgx as "pgx").
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// sqlBackend is an SQL database Cayley can keep a graph in, named by the
// scheme of a store URL.
type sqlBackend struct {
	scheme string // postgres://, postgresql://, cockroach://
	cayley string // Cayley's backend (graph/sql/...)
	driver string // the database/sql driver Cayley uses for it
	dsn    string // the scheme the driver is given instead
}

var sqlBackends = []sqlBackend{
	{"postgres", "postgres", "postgres", "postgres"},
	{"postgresql", "postgres", "postgres", "postgresql"},
	// CockroachDB speaks PostgreSQL's protocol; Cayley's cockroach
	// backend retries its transactions and lays out its tables for it.
	{"cockroach", "cockroach", "pgx", "postgresql"},
}

// sqlStore is how a Store reaches an SQL database.
type sqlStore struct {
	backend sqlBackend
	dsn     string // for the driver
}

// sqlStoreOf returns the SQL database a store path names, if it is a URL
// with one of the schemes of sqlBackends.
func sqlStoreOf(path string) (*sqlStore, bool) {
	scheme, rest, ok := strings.Cut(path, "://")
	if !ok {
		return nil, false
	}
	for _, b := range sqlBackends {
		if strings.EqualFold(scheme, b.scheme) {
			return &sqlStore{backend: b, dsn: b.dsn + "://" + rest}, true
		}
	}
	return nil, false
}

// isSQL reports whether path names an SQL database (postgres://,
// postgresql:// or cockroach:// URL) rather than a bbolt file.
func isSQL(path string) bool {
	_, ok := sqlStoreOf(path)
	return ok
}

// Redact returns a store path fit for messages: an SQL URL without its
// password.
func Redact(path string) string {
	if !isSQL(path) {
		return path
	}
	u, err := url.Parse(path)
	if err != nil {
		return "(an SQL database URL that does not parse)"
	}
	return u.Redacted()
}

// sqlTimeout bounds connecting to the database and checking its tables.
const sqlTimeout = 10 * time.Second

// tables returns how many of Cayley's two tables (nodes, quads) the
// database has.
func (d *sqlStore) tables() (int, error) {
	db, err := sql.Open(d.backend.driver, d.dsn)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), sqlTimeout)
	defer cancel()
	var n int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_name IN ('nodes', 'quads')`).Scan(&n)
	return n, err
}

// openSQL opens the graph in an SQL database. Cayley's tables are made by
// the first write, as a bbolt file is.
func openSQL(path string, d *sqlStore, opts Options) (*Store, error) {
	s := &Store{path: path, opts: opts, sql: d}
	n, err := d.tables()
	switch {
	case err != nil:
		return nil, &pathError{path: Redact(path), msg: "open store %s", orig: err}
	case n == 1:
		return nil, &pathError{path: Redact(path), msg: "open store %s", orig: errors.New("not a newsgraph store (one of Cayley's tables nodes and quads is missing)")}
	case n == 0 && opts.ReadOnly:
		return nil, &pathError{path: Redact(path), msg: "no store in %s: build one with 'newsgraph build'", err: ErrNoStore}
	case n == 0:
		return s, nil // created by the first write
	}
	if err := s.openSQL(); err != nil {
		return nil, err
	}
	return s, nil
}

// openSQL opens Cayley's quad store over the database, creating its tables
// when the store is writable and has none yet.
func (s *Store) openSQL() error {
	d := s.sql
	if !s.opts.ReadOnly {
		n, err := d.tables()
		if err == nil && n == 0 {
			err = csql.Init(d.backend.cayley, d.dsn, nil)
		}
		if err != nil {
			return &pathError{path: Redact(s.path), msg: "create store %s", orig: err}
		}
	}
	qs, err := cgraph.NewQuadStore(d.backend.cayley, d.dsn, nil)
	if err != nil {
		return &pathError{path: Redact(s.path), msg: "open store %s", orig: err}
	}
	s.qs = qs
	return nil
}

// DescribeStores says, for help texts, what a store path can be.
const DescribeStores = "a bbolt file, memory: for an in-memory graph, or a postgres://user:pass@host:port/db URL"
