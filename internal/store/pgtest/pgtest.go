// Package pgtest gives a test a PostgreSQL database of its own: a fresh
// schema in the server that BREACH_TEST_POSTGRES names (a DSN such as
// `.ci/postgres` prints), dropped when the test ends. Without the
// variable the test is skipped, unless BREACH_REQUIRE_POSTGRES=1 (as in
// CI), where it fails: the PostgreSQL half of a suite must run there.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
)

// Env names the server's DSN; Require makes its absence a failure.
const (
	Env     = "BREACH_TEST_POSTGRES"
	Require = "BREACH_REQUIRE_POSTGRES"
)

// DSN returns the DSN of a new, empty schema (its search_path), or skips
// the test when no server is configured.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		if os.Getenv(Require) == "1" {
			t.Fatalf("%s is not set and %s=1: start one with `export %s=$(bash .ci/postgres)`", Env, Require, Env)
		}
		t.Skipf("no PostgreSQL: set %s (`export %s=$(bash .ci/postgres)`)", Env, Env)
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		db.Close()
		t.Fatalf("pgtest: %s: %v", Env, err)
	}
	t.Cleanup(func() {
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("pgtest: drop %s: %v", schema, err)
		}
	})
	return WithSearchPath(base, schema)
}

// WithSearchPath returns dsn with its search_path set to schema.
func WithSearchPath(dsn, schema string) string {
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return strings.TrimSpace(dsn) + " search_path=" + schema
}
