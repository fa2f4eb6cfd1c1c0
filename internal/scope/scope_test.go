package scope

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/store"
)

// exportCSV: 20 data rows (lines 2-22; the record at line 16 spans two
// lines), 9 usable (7 new, 2 duplicates), 11 quarantined.
const exportCSV = "\uFEFF" + `Subject_ID,E-Mail,Name,Country,Region,Controller,Lang
s1,a1@ex.com,Ann,DE,,c1,de
s2,a2@ex.com,Bob,US,CA,c1,
s3,not-an-email,Cy,FR,,c1,fr
s4,a4@ex.com,Di,XX,,c1,en
,a5@ex.com,Ed,DE,,c1,en
s6,,Flo,DE,,c1,en
s7,a7@ex.com,Gus,DE,,c1
s1,a1b@ex.com,Ann B,DE,,c1,de
s8,a8@ex.com,Hal,us,ny,c2,EN-us
s9,"Ivy <a9@ex.com>",Ivy,DE,,c1,
s10,a10@localhost,Jo,DE,,c1,
s11,a11@ex.com,Kim,,,c1,
s12,a12@ex.com,Lu,DE,,,en
s13,a13@ex.com,Mo,DE,,c1,xx
s14,"a14@ex.com","Multi
Line",TR,,c1,tr
s1,a1@ex.com,Ann,DE,,c1,de
s2,a2@ex.com,Bob,US,CA,c2,en
s15,a15@ex.com,Ned,US-TX,,c2,
s16,a"16@ex.com,Oz,DE,,c1,
s17,a17@ex.com,Pia,CA,QC,c1,fr
`

// exportJSONL: 11 data lines (line 6 is blank), 5 usable (4 new, 1
// duplicate), 6 quarantined.
const exportJSONL = "\uFEFF" + `{"subject_id":"j1","email":"j1@ex.com","jurisdiction":"de"}
{"ID": 42, "Mail":"j2@ex.com","country":"US","state":"California","lang":"ES"}
{"subject":"j3","email":"bad@","country":"FR"}
{"subject_id":"j4","email":"j4@ex.com","country":"ZZ"}
{"subject_id":"j5","email":"j5@ex.com"

[1,2]
{"subject_id":"j1","email":"j1@ex.com","jurisdiction":"DE"}
{"subject_id":"j9","email":"j9@ex.com","jurisdiction":"GB","controller":"-"}
{"subject_id":"j10","email":"j10@ex.com","jurisdiction":"GB","customer_id":"c7","preferred_language":"tr"}
{"subject_id":true,"email":"x@ex.com","jurisdiction":"GB"}
{"email":"j12@ex.com","jurisdiction":"GB"}
`

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

type qline struct {
	Line   int
	Field  string
	Reason string
}

func qlines(qs []store.Quarantined) []qline {
	out := make([]qline, len(qs))
	for i, q := range qs {
		r := q.Reason
		if i := strings.Index(r, ": "); i >= 0 {
			r = r[:i]
		}
		out[i] = qline{q.Line, q.Field, r}
	}
	return out
}

var csvQuarantine = []qline{
	{4, "email", ReasonInvalidEmail},
	{5, "country", ReasonUnknownJurisdiction},
	{6, "subject_id", ReasonMissingSubject},
	{7, "email", ReasonMissingEmail},
	{8, "", ReasonFieldCount},
	{11, "email", ReasonInvalidEmail},
	{12, "email", ReasonInvalidEmail},
	{13, "jurisdiction", ReasonMissingJurisdiction},
	{14, "controller_id", ReasonMissingController},
	{15, "language", ReasonInvalidLanguage},
	{21, "", ReasonMalformedCSV},
}

var csvCounts = map[string]map[string]int{
	"c1": {"DE": 1, "US-CA": 1, "TR": 1, "CA-QC": 1},
	"c2": {"US-NY": 1, "US-CA": 1, "US-TX": 1},
}

func TestScanCSV(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	var progress []Progress
	res, err := Scan(ctx, strings.NewReader(exportCSV), "BR-1", st, Options{
		Source: "export.csv", ChunkSize: 3,
		Progress: func(p Progress) { progress = append(progress, p) },
	})
	require.NoError(t, err)
	assert.Equal(t, 20, res.Rows)
	assert.Equal(t, 9, res.Accepted)
	assert.Equal(t, 7, res.New)
	assert.Equal(t, 2, res.Duplicates)
	assert.Equal(t, 11, res.Quarantined)
	assert.Equal(t, csvCounts, res.Counts)
	require.Len(t, res.Sample, 10, "the first 10 only")
	assert.Equal(t, csvQuarantine[:10], qlines(res.Sample))
	assert.Equal(t, store.Quarantined{Source: "export.csv", Line: 4, Field: "email", Value: "not-an-email", Reason: ReasonInvalidEmail}, res.Sample[0])
	assert.Equal(t, "XX", res.Sample[1].Value)
	assert.Equal(t, "wrong number of fields: 6, header has 7", res.Sample[4].Reason)
	assert.Equal(t, "s7,a7@ex.com,Gus,DE,,c1", res.Sample[4].Value)
	assert.Equal(t, "Ivy <a9@ex.com>", res.Sample[5].Value)

	// progress: monotonic, the last one at the last line with the totals
	require.NotEmpty(t, progress)
	for i := 1; i < len(progress); i++ {
		assert.GreaterOrEqual(t, progress[i].Line, progress[i-1].Line)
	}
	assert.Equal(t, Progress{Line: 22, Accepted: 9, New: 7, Duplicates: 2, Quarantined: 11}, progress[len(progress)-1])

	// the store
	counts, err := st.CountRecipients(ctx, "BR-1")
	require.NoError(t, err)
	assert.Equal(t, csvCounts, counts)
	n, qs, err := st.QuarantineSummary(ctx, "BR-1", 100)
	require.NoError(t, err)
	assert.Equal(t, 11, n)
	assert.Equal(t, csvQuarantine, qlines(qs))
	rows, err := st.Recipients(ctx, "BR-1", store.RecipientFilter{ControllerID: "c1"}, 0, 100)
	require.NoError(t, err)
	require.Len(t, rows, 4)
	assert.Equal(t, store.Recipient{SubjectID: "s1", Email: "a1@ex.com", Name: "Ann", Jurisdiction: "DE", ControllerID: "c1", Language: "de", Line: 2},
		rows[0].Recipient, "the first occurrence is kept")
	assert.Equal(t, store.Recipient{SubjectID: "s2", Email: "a2@ex.com", Name: "Bob", Jurisdiction: "US-CA", ControllerID: "c1", Language: "en", Line: 3}, rows[1].Recipient)
	assert.Equal(t, store.Recipient{SubjectID: "s14", Email: "a14@ex.com", Name: "Multi\nLine", Jurisdiction: "TR", ControllerID: "c1", Language: "tr", Line: 16}, rows[2].Recipient)
	assert.Equal(t, "CA-QC", rows[3].Jurisdiction)
	ny, err := st.Recipients(ctx, "BR-1", store.RecipientFilter{ControllerID: "c2", Jurisdiction: "US-NY"}, 0, 10)
	require.NoError(t, err)
	require.Len(t, ny, 1)
	assert.Equal(t, "en", ny[0].Language, "EN-us is English")

	// re-scanning the same file adds nothing and counts nothing
	again, err := Scan(ctx, strings.NewReader(exportCSV), "BR-1", st, Options{Source: "export.csv"})
	require.NoError(t, err)
	assert.Equal(t, Result{Rows: 20, Accepted: 9, New: 0, Duplicates: 9, Quarantined: 11, Counts: map[string]map[string]int{}, Sample: res.Sample}, again)
	total, err := st.CountFor(ctx, "BR-1", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Equal(t, 7, total)
	n, _, err = st.QuarantineSummary(ctx, "BR-1", 0)
	require.NoError(t, err)
	assert.Equal(t, 11, n, "quarantine rows are not recorded twice")
}

func TestScanJSONL(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	res, err := Scan(ctx, strings.NewReader(exportJSONL), "BR-2", st, Options{Source: "export.ndjson", ControllerID: "c9"})
	require.NoError(t, err)
	want := map[string]map[string]int{"c9": {"DE": 1, "US-CA": 1}, "": {"GB": 1}, "c7": {"GB": 1}}
	assert.Equal(t, 11, res.Rows)
	assert.Equal(t, 5, res.Accepted)
	assert.Equal(t, 4, res.New)
	assert.Equal(t, 1, res.Duplicates)
	assert.Equal(t, 6, res.Quarantined)
	assert.Equal(t, want, res.Counts)
	assert.Equal(t, []qline{
		{3, "email", ReasonInvalidEmail},
		{4, "country", ReasonUnknownJurisdiction},
		{5, "", ReasonMalformedJSON},
		{7, "", ReasonMalformedJSON},
		{11, "subject_id", ReasonNotAString},
		{12, "subject_id", ReasonMissingSubject},
	}, qlines(res.Sample))
	assert.Equal(t, `{"subject_id":"j5","email":"j5@ex.com"`, res.Sample[2].Value)

	counts, err := st.CountRecipients(ctx, "BR-2")
	require.NoError(t, err)
	assert.Equal(t, want, counts)
	ours, err := st.Recipients(ctx, "BR-2", store.RecipientFilter{ControllerID: "-"}, 0, 10)
	require.NoError(t, err)
	require.Len(t, ours, 1)
	assert.Equal(t, store.Recipient{SubjectID: "j9", Email: "j9@ex.com", Jurisdiction: "GB", Language: "en", Line: 9}, ours[0].Recipient)
	ca, err := st.Recipients(ctx, "BR-2", store.RecipientFilter{Jurisdiction: "US-CA"}, 0, 10)
	require.NoError(t, err)
	require.Len(t, ca, 1)
	assert.Equal(t, store.Recipient{SubjectID: "42", Email: "j2@ex.com", Jurisdiction: "US-CA", ControllerID: "c9", Language: "es", Line: 2}, ca[0].Recipient)

	again, err := Scan(ctx, strings.NewReader(exportJSONL), "BR-2", st, Options{Format: "JSONL", ControllerID: "c9"})
	require.NoError(t, err)
	assert.Equal(t, 0, again.New)
	assert.Equal(t, 5, again.Duplicates)
	assert.Empty(t, again.Counts)
}

func TestScanResumeSkipsRows(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	res, err := Scan(ctx, strings.NewReader(exportCSV), "BR-3", st, Options{Source: "export.csv", Resume: 10})
	require.NoError(t, err)
	assert.Equal(t, 11, res.Rows)
	assert.Equal(t, 5, res.New)
	assert.Equal(t, 0, res.Duplicates)
	assert.Equal(t, 6, res.Quarantined)
	assert.Equal(t, map[string]map[string]int{"c1": {"TR": 1, "DE": 1, "CA-QC": 1}, "c2": {"US-CA": 1, "US-TX": 1}}, res.Counts)
	assert.Equal(t, 11, res.Sample[0].Line)

	res, err = Scan(ctx, strings.NewReader(exportJSONL), "BR-3", st, Options{Source: "x.jsonl", ControllerID: "c9", Resume: 8})
	require.NoError(t, err)
	assert.Equal(t, 4, res.Rows)
	assert.Equal(t, 2, res.New)
	assert.Equal(t, 2, res.Quarantined)

	// resuming past the end reads nothing and keeps the line
	var last Progress
	res, err = Scan(ctx, strings.NewReader(exportCSV), "BR-3", st, Options{Source: "export.csv", Resume: 99, Progress: func(p Progress) { last = p }})
	require.NoError(t, err)
	assert.Zero(t, res.Rows)
	assert.Equal(t, 99, last.Line, "progress never goes back")
}

func TestScanMissingColumnIsFatal(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	_, err := Scan(ctx, strings.NewReader("id,name,country\ns1,Ann,DE\n"), "BR-4", st, Options{Source: "x.csv"})
	var mc *MissingColumnError
	require.ErrorAs(t, err, &mc)
	assert.Equal(t, "email", mc.Column)
	assert.Contains(t, err.Error(), `missing column "email"`)
	assert.Contains(t, err.Error(), "x.csv")

	_, err = Scan(ctx, strings.NewReader("id,email,name\ns1,a@b.example,Ann\n"), "BR-4", st, Options{Source: "x.csv"})
	require.ErrorAs(t, err, &mc)
	assert.Equal(t, "jurisdiction", mc.Column)

	_, err = Scan(ctx, strings.NewReader("email,country\na@b.example,DE\n"), "BR-4", st, Options{Source: "x.csv"})
	require.ErrorAs(t, err, &mc)
	assert.Equal(t, "subject_id", mc.Column)

	n, err := st.CountFor(ctx, "BR-4", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Zero(t, n, "nothing imported")

	_, err = Scan(ctx, strings.NewReader(""), "BR-4", st, Options{Source: "x.csv"})
	require.ErrorContains(t, err, "no header")
	_, err = Scan(ctx, strings.NewReader(""), "BR-4", st, Options{Source: "x.xlsx"})
	require.ErrorContains(t, err, "unknown format")
}

// memSink is a Sink that cannot report which rows were new: Scan writes
// one group per (controller, jurisdiction) to keep Counts exact.
type memSink struct {
	seen  map[[2]string]bool
	calls int
	quar  []store.Quarantined
}

func (m *memSink) AddRecipients(_ context.Context, _ string, rs []store.Recipient) (int, error) {
	m.calls++
	n := 0
	for _, r := range rs {
		k := [2]string{r.ControllerID, r.SubjectID}
		if !m.seen[k] {
			m.seen[k] = true
			n++
		}
	}
	return n, nil
}

func (m *memSink) AddQuarantine(_ context.Context, _ string, rows []store.Quarantined) error {
	m.quar = append(m.quar, rows...)
	return nil
}

func TestScanPlainSinkCountsExactly(t *testing.T) {
	sink := &memSink{seen: map[[2]string]bool{}}
	res, err := Scan(context.Background(), strings.NewReader(exportCSV), "BR-5", sink, Options{Source: "export.csv"})
	require.NoError(t, err)
	assert.Equal(t, 7, res.New)
	assert.Equal(t, 2, res.Duplicates)
	assert.Equal(t, csvCounts, res.Counts)
	assert.Equal(t, csvQuarantine, qlines(sink.quar))
	assert.Equal(t, 7, sink.calls, "one call per (controller, jurisdiction) of the chunk")
}

func TestScanStopsOnCancel(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	gen := &csvGen{rows: 100000}
	chunks := 0
	res, err := Scan(ctx, gen, "BR-6", st, Options{Format: "csv", ChunkSize: 100, Progress: func(Progress) {
		if chunks++; chunks == 3 {
			cancel()
		}
	}})
	require.ErrorIs(t, err, context.Canceled)
	assert.Less(t, res.Rows, 1000)
}

// csvGen generates a CSV export of rows data rows without holding it: every
// 1000th row has a bad email, every 500th repeats an earlier subject.
type csvGen struct {
	rows, next int
	buf        []byte
}

func (g *csvGen) Read(p []byte) (int, error) {
	for len(g.buf) < len(p) && g.next <= g.rows {
		if g.next == 0 {
			g.buf = append(g.buf, "subject_id,email,name,country,region,controller_id,language\n"...)
			g.next++
			continue
		}
		i := g.next
		g.next++
		subject, email := i, fmt.Sprintf("user%d@example.com", i)
		if i%500 == 0 {
			subject = i - 1
		}
		if i%1000 == 0 {
			email = "broken"
		}
		country, region := [...]string{"DE", "FR", "US", "TR", "GB"}[i%5], ""
		if country == "US" {
			region = [...]string{"CA", "NY", "TX"}[i%3]
		}
		g.buf = fmt.Appendf(g.buf, "S%09d,%s,Person %d,%s,%s,cust-%d,%s\n", subject, email, i, country, region, subject%3, "en")
	}
	if len(g.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, g.buf)
	g.buf = g.buf[:copy(g.buf, g.buf[n:])]
	return n, nil
}

func TestScanMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("300,000 rows")
	}
	const rows = 300000
	st := openStore(t)
	var before, m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	peak := before.HeapInuse
	chunks := 0
	res, err := Scan(context.Background(), &csvGen{rows: rows}, "BR-7", st, Options{Source: "big.csv", Progress: func(Progress) {
		if chunks++; chunks%20 == 0 {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
		}
	}})
	require.NoError(t, err)
	runtime.GC()
	runtime.ReadMemStats(&m)
	peak = max(peak, m.HeapInuse)
	t.Logf("HeapInuse before %.1f MB, peak %.1f MB, after %.1f MB", mb(before.HeapInuse), mb(peak), mb(m.HeapInuse))
	assert.Less(t, int64(peak)-int64(before.HeapInuse), int64(64<<20), "peak heap growth")
	assert.Less(t, int64(m.HeapInuse)-int64(before.HeapInuse), int64(64<<20), "heap growth")

	bad := rows / 1000
	dups := rows/500 - bad // rows that are both are quarantined
	assert.Equal(t, rows, res.Rows)
	assert.Equal(t, bad, res.Quarantined)
	assert.Equal(t, dups, res.Duplicates)
	assert.Equal(t, rows-bad-dups, res.New)
	n, err := st.CountFor(context.Background(), "BR-7", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Equal(t, res.New, n)
	ca, err := st.CountFor(context.Background(), "BR-7", store.RecipientFilter{ControllerID: "cust-0", Jurisdiction: "US-CA"})
	require.NoError(t, err)
	assert.Equal(t, res.Counts["cust-0"]["US-CA"], ca)
	assert.Positive(t, ca)
}

func mb(b uint64) float64 { return float64(b) / (1 << 20) }

func TestValidEmail(t *testing.T) {
	for _, ok := range []string{"a@b.example", "first.last+tag@sub.example.co.uk", "x_y@d-1.example"} {
		assert.True(t, validEmail(ok), ok)
	}
	for _, bad := range []string{"", "a", "a@b", "a@localhost", "Ann <a@b.example>", "<a@b.example>", "a@b.example ", "a@.example", "a@example.", "a b@c.example", "a@@b.example"} {
		assert.False(t, validEmail(bad), bad)
	}
}

func TestTruncate(t *testing.T) {
	long := strings.Repeat("é", 150)
	assert.Equal(t, strings.Repeat("é", 100), truncate(long))
	assert.Equal(t, "short", truncate("short"))
}

func TestReadLineLongLines(t *testing.T) {
	st := openStore(t)
	long := `{"subject_id":"x","email":"` + strings.Repeat("a", maxLine+10) + `@b.example","country":"DE"}`
	in := long + "\n" + `{"subject_id":"y","email":"y@b.example","country":"DE"}` // no final newline
	res, err := Scan(context.Background(), strings.NewReader(in), "BR-8", st, Options{Source: "x.jsonl", ControllerID: "-"})
	require.NoError(t, err)
	assert.Equal(t, 2, res.Rows)
	assert.Equal(t, 1, res.New)
	require.Len(t, res.Sample, 1)
	assert.Equal(t, 1, res.Sample[0].Line)
	assert.True(t, strings.HasPrefix(res.Sample[0].Reason, ReasonLineTooLong), res.Sample[0].Reason)
}
