package scope

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/breachwf/breach/internal/store"
)

// BenchmarkScanVsRawCSV times, on the same generated file, encoding/csv
// reading it and doing nothing (raw) and a full Scan into the real SQLite
// store (scan), one after the other in each iteration. SCOPE_BENCH_ROWS
// sets the row count (default 200000):
//
//	SCOPE_BENCH_ROWS=1000000 go test ./internal/scope -run '^$' -bench ScanVsRaw -benchtime 9x
//
// scan/raw is the ratio of the totals; scan/raw-median, -min and -max are
// over the iterations' own ratios (this machine's raw read alone varies by
// a fifth from one iteration to the next).
func BenchmarkScanVsRawCSV(b *testing.B) {
	rows := benchRows(b)
	if v := os.Getenv("SCOPE_BENCH_PRAGMAS"); v != "" {
		store.ListsPragmas = v // to compare list-database settings
	}
	path, size := writeGenerated(b, rows)
	b.ResetTimer()
	var rawTime, scanTime, readTime, commitTime time.Duration
	var peak, base uint64
	var ratios []float64
	for i := 0; b.Loop(); i++ {
		// raw: encoding/csv reading the file, nothing else
		start := time.Now()
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		cr := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		n := 0
		for {
			_, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		f.Close()
		raw := time.Since(start)
		rawTime += raw
		if n != rows+1 {
			b.Fatalf("raw read %d records, want %d", n, rows+1)
		}

		// scan: into a fresh store
		st := openStore(b)
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		base = m.HeapInuse
		peak = max(peak, m.HeapInuse)
		var writing, written time.Time
		start = time.Now()
		f, err = os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		res, err := Scan(context.Background(), f, fmt.Sprintf("BR-%d", i), st, Options{Source: "export.csv", Progress: func(p Progress) {
			if p.Phase == "writing" && writing.IsZero() {
				writing = time.Now()
			}
			if p.Buckets == store.KeyBuckets {
				written = time.Now()
			}
			if p.Phase == "reading" || p.Buckets%32 == 0 {
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapInuse)
			}
		}})
		f.Close()
		scan := time.Since(start)
		scanTime += scan
		ratios = append(ratios, raw.Seconds()/scan.Seconds())
		readTime += writing.Sub(start)
		commitTime += time.Since(written)
		if err != nil {
			b.Fatal(err)
		}
		checkGenerated(b, res, rows)
		st.Close()
	}
	iters := float64(b.N)
	reportAgainst(b, "raw", rows, scanTime, rawTime, ratios)
	b.ReportMetric(readTime.Seconds()/iters, "pass1-s")
	b.ReportMetric((scanTime-readTime).Seconds()/iters, "pass2-s")
	b.ReportMetric(commitTime.Seconds()/iters, "commit-s")
	b.ReportMetric(mb(peak), "peak-heap-MB")
	b.ReportMetric(mb(peak)-mb(base), "heap-growth-MB")
	b.ReportMetric(float64(size)/(1<<20), "file-MB")
}

// benchRows is SCOPE_BENCH_ROWS, or 200,000.
func benchRows(b *testing.B) int {
	v := os.Getenv("SCOPE_BENCH_ROWS")
	if v == "" {
		return 200000
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		b.Fatalf("SCOPE_BENCH_ROWS=%q: want a positive integer", v)
	}
	return n
}

// checkGenerated fails the benchmark unless a scan of csvGen's rows found
// what csvGen put in: 0.1 % bad emails, 0.2 % repeated subjects.
func checkGenerated(b *testing.B, res Result, rows int) {
	bad, dups := rows/1000, rows/500-rows/1000
	if res.Rows != rows || res.Quarantined != bad || res.Duplicates != dups || res.New != rows-bad-dups {
		b.Fatalf("scanned %+v, want %d rows, %d quarantined, %d duplicates", res, rows, bad, dups)
	}
}

// reportAgainst reports the scan's rows/s and the baseline's, measured in
// the same iterations, and their ratio: of the totals (base time over
// scan time), and the median, min and max of the iterations' own ratios.
func reportAgainst(b *testing.B, base string, rows int, scanTime, baseTime time.Duration, ratios []float64) {
	iters := float64(b.N)
	b.ReportMetric(float64(rows)*iters/scanTime.Seconds(), "scan-rows/s")
	b.ReportMetric(float64(rows)*iters/baseTime.Seconds(), base+"-rows/s")
	b.ReportMetric(baseTime.Seconds()/scanTime.Seconds(), "scan/"+base)
	slices.Sort(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "scan/"+base+"-median")
	b.ReportMetric(ratios[0], "scan/"+base+"-min")
	b.ReportMetric(ratios[len(ratios)-1], "scan/"+base+"-max")
}

// writeGenerated writes csvGen's rows to a file and returns its path and
// size.
func writeGenerated(b *testing.B, rows int) (string, int64) {
	path := filepath.Join(b.TempDir(), "export.csv")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	size, err := io.Copy(f, &csvGen{rows: rows})
	if err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path, size
}
