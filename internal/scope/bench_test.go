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
	dir := b.TempDir()
	path := filepath.Join(dir, "export.csv")
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
		bad, dups := rows/1000, rows/500-rows/1000 // see csvGen
		if res.Rows != rows || res.Quarantined != bad || res.Duplicates != dups || res.New != rows-bad-dups {
			b.Fatalf("scanned %+v, want %d rows, %d quarantined, %d duplicates", res, rows, bad, dups)
		}
		st.Close()
	}
	iters := float64(b.N)
	b.ReportMetric(float64(rows)*iters/scanTime.Seconds(), "scan-rows/s")
	b.ReportMetric(float64(rows)*iters/rawTime.Seconds(), "raw-rows/s")
	b.ReportMetric(rawTime.Seconds()/scanTime.Seconds(), "scan/raw")
	slices.Sort(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "scan/raw-median")
	b.ReportMetric(ratios[0], "scan/raw-min")
	b.ReportMetric(ratios[len(ratios)-1], "scan/raw-max")
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
