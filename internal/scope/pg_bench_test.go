package scope

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/store"
	"github.com/breachwf/breach/internal/store/pgtest"
)

// A scan into PostgreSQL finds what a scan into SQLite finds, and a second
// export into the same incident is deduplicated against the first.
func TestScanIntoPostgres(t *testing.T) {
	ctx := context.Background()
	const rows = 20000
	pg, err := store.OpenPostgres(ctx, pgtest.DSN(t), t.TempDir())
	require.NoError(t, err)
	defer pg.Close()
	lite := openStore(t)
	var got [2]Result
	for i, st := range []*store.Store{lite, pg} {
		got[i], err = Scan(ctx, &csvGen{rows: rows}, "BR-1", st, Options{Source: "export.csv", TempDir: t.TempDir()})
		require.NoError(t, err)
	}
	assert.Equal(t, got[0], got[1])
	bad, dups := rows/1000, rows/500-rows/1000
	assert.Equal(t, []int{rows, bad, dups, rows - bad - dups}, []int{got[1].Rows, got[1].Quarantined, got[1].Duplicates, got[1].New})
	again, err := Scan(ctx, &csvGen{rows: rows}, "BR-1", pg, Options{Source: "again.csv", TempDir: t.TempDir()})
	require.NoError(t, err)
	assert.Zero(t, again.New, "every subject is on the list already")
	assert.Equal(t, rows-bad, again.Duplicates)
	n, err := pg.CountFor(ctx, "BR-1", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Equal(t, rows-bad-dups, n)
}

// BenchmarkScanPostgresVsCopy times, on the same generated file, a raw
// COPY of it into a plain table of text columns (PostgreSQL's fastest
// load: no validation, no dedupe, no compression) and a full Scan into the
// PostgreSQL store, one after the other in each iteration, on the server
// BREACH_TEST_POSTGRES names. SCOPE_BENCH_ROWS sets the rows (default
// 200000):
//
//	export BREACH_TEST_POSTGRES=$(bash .ci/postgres)
//	SCOPE_BENCH_ROWS=1000000 go test ./internal/scope -run '^$' -bench ScanPostgresVsCopy -benchtime 5x
//
// scan/copy is copy time over scan time (above 1: the scan is faster).
func BenchmarkScanPostgresVsCopy(b *testing.B) {
	rows := benchRows(b)
	ctx := context.Background()
	dsn := pgtest.DSN(b)
	path, size := writeGenerated(b, rows)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	st, err := store.OpenPostgres(ctx, dsn, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var copyTime, scanTime time.Duration
	var ratios []float64
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		// copy: the file as it is, into a fresh table
		if _, err := db.ExecContext(ctx, `DROP TABLE IF EXISTS raw_export; CREATE TABLE raw_export (subject_id text, email text, name text, country text, region text, controller_id text, language text)`); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		n := copyFile(b, db, path)
		cp := time.Since(start)
		copyTime += cp
		if n != int64(rows) {
			b.Fatalf("COPY loaded %d rows, want %d", n, rows)
		}

		// scan: into the store, a new incident each time
		start = time.Now()
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		res, err := Scan(ctx, f, fmt.Sprintf("BR-%d", i), st, Options{Source: "export.csv", TempDir: st.TempDir()})
		f.Close()
		scan := time.Since(start)
		scanTime += scan
		ratios = append(ratios, cp.Seconds()/scan.Seconds())
		if err != nil {
			b.Fatal(err)
		}
		checkGenerated(b, res, rows)
	}
	iters := float64(b.N)
	reportAgainst(b, "copy", rows, scanTime, copyTime, ratios)
	b.ReportMetric(float64(size)/(1<<20), "file-MB")
	var listBytes, copyBytes int64
	if err := db.QueryRowContext(ctx, `SELECT pg_total_relation_size('recipient_chunks') + pg_total_relation_size('recipient_keys'), pg_total_relation_size('raw_export')`).Scan(&listBytes, &copyBytes); err == nil {
		b.ReportMetric(float64(listBytes)/iters/(1<<20), "list-MB")
		b.ReportMetric(float64(copyBytes)/(1<<20), "copy-table-MB")
	}
}

// copyFile streams the CSV file at path into raw_export with COPY FROM
// STDIN and returns the rows loaded.
func copyFile(b *testing.B, db *sql.DB, path string) int64 {
	conn, err := db.Conn(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var n int64
	err = conn.Raw(func(dc any) error {
		tag, err := dc.(*stdlib.Conn).Conn().PgConn().CopyFrom(context.Background(), f, `COPY raw_export FROM STDIN (FORMAT csv, HEADER true)`)
		n = tag.RowsAffected()
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}
