package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/breachwf/breach/internal/store/pgtest"
	"github.com/stretchr/testify/require"
)

// eachStore runs a test of the store's suite on SQLite and on PostgreSQL.
// open opens the test's store, a new handle on the same database at each
// call (a restarted worker, or a second one); each is closed at the end.
func eachStore(t *testing.T, f func(t *testing.T, open func() *Store)) {
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "b.db")
		f(t, func() *Store {
			s, err := Open(path)
			require.NoError(t, err)
			t.Cleanup(func() { s.Close() })
			return s
		})
	})
	t.Run("postgres", func(t *testing.T) {
		dsn, dir := pgtest.DSN(t), t.TempDir()
		f(t, func() *Store {
			s, err := OpenPostgres(context.Background(), dsn, dir)
			require.NoError(t, err)
			t.Cleanup(func() { s.Close() })
			return s
		})
	})
}

// twoWorkers opens the store as two workers would: two handles on
// PostgreSQL; one on SQLite, which a single worker holds (its data
// directory's lock).
func twoWorkers(open func() *Store) (a, b *Store) {
	a = open()
	if a.Postgres() {
		return a, open()
	}
	return a, a
}
