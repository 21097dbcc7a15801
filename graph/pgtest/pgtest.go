// Package pgtest gives tests a fresh PostgreSQL database of their own on
// the server that the environment variable NEWSGRAPH_TEST_POSTGRES names,
// and skips them, saying how to run them, when it names none.
//
// .ci/run starts a throwaway server for the tests (.ci/postgres start DIR
// prints its URL); to run them by hand:
//
//	export NEWSGRAPH_TEST_POSTGRES=$(.ci/postgres start /tmp/pg)
//	go test ./...
//	.ci/postgres stop /tmp/pg
package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/lib/pq" // the "postgres" driver
)

// Env is the environment variable with the URL of a PostgreSQL server on
// which the tests may create and drop databases, for example
// postgres://newsgraph@127.0.0.1:5432/postgres?sslmode=disable.
const Env = "NEWSGRAPH_TEST_POSTGRES"

var serial atomic.Int64

// Database creates an empty database for the test, dropped when the test
// ends, and returns its URL; without a server it skips the test.
func Database(t testing.TB) string {
	t.Helper()
	server := os.Getenv(Env)
	if server == "" {
		t.Skipf("no PostgreSQL server: set %s to the URL of one the tests may create databases on (.ci/postgres start DIR starts one and prints it)", Env)
	}
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	db, err := sql.Open("postgres", server)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("newsgraph_test_%d_%d", os.Getpid(), serial.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		t.Fatalf("create a test database on %s: %v", u.Redacted(), err)
	}
	t.Cleanup(func() {
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
