package scope

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
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
		Source:   "export.csv",
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

	// progress: one report per bucket written, the last one with the totals
	require.Len(t, progress, store.KeyBuckets)
	for i := 1; i < len(progress); i++ {
		assert.Equal(t, progress[i-1].Buckets+1, progress[i].Buckets)
	}
	assert.Equal(t, Progress{Phase: "writing", Line: 22, Rows: 20, Accepted: 9, Quarantined: 11, Buckets: store.KeyBuckets}, progress[len(progress)-1])

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
	slices.SortFunc(rows, func(a, b store.RecipientRow) int { return a.Line - b.Line })
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

// failingReader returns data, then an error: the scan dies mid-way.
type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, f.err
	}
	return n, err
}

func TestScanIsAtomicAndRetriesReplay(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	// a scan that dies after reading most of the file stores nothing
	tmp := t.TempDir()
	_, err := Scan(ctx, &failingReader{strings.NewReader(exportCSV[:len(exportCSV)-40]), errors.New("connection reset")}, "BR-3", st,
		Options{Source: "export.csv", Key: "run-1/7", TempDir: tmp})
	require.ErrorContains(t, err, "connection reset")
	entries, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, entries, "a failed scan leaves no spill behind")
	n, err := st.CountFor(ctx, "BR-3", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Zero(t, n)
	q, _, err := st.QuarantineSummary(ctx, "BR-3", 0)
	require.NoError(t, err)
	assert.Zero(t, q)

	// the retry (same key) does the whole scan, exactly once
	res, err := Scan(ctx, strings.NewReader(exportCSV), "BR-3", st, Options{Source: "export.csv", Key: "run-1/7"})
	require.NoError(t, err)
	assert.False(t, res.Replayed)
	assert.Equal(t, 7, res.New)
	assert.Equal(t, csvCounts, res.Counts)

	// a retry after the commit (the activity died before reporting) gets
	// the recorded result and reads nothing
	again, err := Scan(ctx, &failingReader{strings.NewReader(""), errors.New("must not be read")}, "BR-3", st,
		Options{Source: "export.csv", Key: "run-1/7"})
	require.NoError(t, err)
	assert.True(t, again.Replayed)
	again.Replayed = false
	assert.Equal(t, res, again)
	n, err = st.CountFor(ctx, "BR-3", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Equal(t, 7, n)

	// another scan (another key) of an overlapping export: repeats are
	// duplicates, new people are new
	more := "subject_id,email,country,controller_id\ns1,x@ex.com,FR,c1\ns99,a99@ex.com,FR,c1\ns15,a15@ex.com,US-TX,c2\n"
	res, err = Scan(ctx, strings.NewReader(more), "BR-3", st, Options{Source: "more.csv", Key: "run-1/9"})
	require.NoError(t, err)
	assert.Equal(t, 1, res.New)
	assert.Equal(t, 2, res.Duplicates)
	assert.Equal(t, map[string]map[string]int{"c1": {"FR": 1}}, res.Counts)
	counts, err := st.CountRecipients(ctx, "BR-3")
	require.NoError(t, err)
	assert.Equal(t, 1, counts["c1"]["FR"])
	assert.Equal(t, 1, counts["c1"]["DE"], "s1 stays where it was first seen")

	// the same subject id under another controller is another person
	res, err = Scan(ctx, strings.NewReader(more), "BR-3", st, Options{Source: "more.csv", ControllerID: "c5"})
	require.NoError(t, err)
	assert.Equal(t, 0, res.New, "the file names its controllers")
	res, err = Scan(ctx, strings.NewReader("id,email,country\ns1,x@ex.com,FR\n"), "BR-3", st, Options{Source: "c5.csv", ControllerID: "c5"})
	require.NoError(t, err)
	assert.Equal(t, 1, res.New)
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

func TestScanStopsOnCancel(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	gen := &csvGen{rows: 200000}
	res, err := Scan(ctx, gen, "BR-6", st, Options{Format: "csv", Progress: func(Progress) { cancel() }})
	require.ErrorIs(t, err, context.Canceled)
	assert.Less(t, res.Rows, 70000, "stops at the first progress report (65,536 rows)")
	n, err := st.CountFor(context.Background(), "BR-6", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Zero(t, n, "nothing stored")
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
	tmp := t.TempDir()
	spilled := false
	res, err := Scan(context.Background(), &csvGen{rows: rows}, "BR-7", st, Options{Source: "big.csv", TempDir: tmp, Progress: func(p Progress) {
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			spilled = true
		}
		if p.Phase == "reading" || p.Buckets%16 == 0 {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
		}
	}})
	require.NoError(t, err)
	assert.True(t, spilled, "300,000 rows go through the spill file")
	entries, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, entries, "the spill (personal data) is removed")
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

// TestFastEmailAgreesWithValidEmail: whenever fastEmail is sure, it says
// what the net/mail-based validEmail says.
func TestFastEmailAgreesWithValidEmail(t *testing.T) {
	cases := []string{"a@b.example", "first.last+tag@sub.example.co.uk", "x_y@d-1.example", "a@b", "a@localhost", ".a@b.example",
		"a.@b.example", "a..b@c.example", "a@b..example", "a@.b.example", "a@b.example.", "@b.example", "a@", "a@@b.example",
		"a@b@c.example", "o'neil@x.example", "{x}@y.example", "a/b=c?d^e@f.example", "a@b-.example", "a@-b.example", "1@2.3",
		"é@x.example", "a b@x.example", `"q"@x.example`, "a@[1.2.3.4]", "A@B.EXAMPLE"}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := "ab1.@-_+'!#{}\\\" ()<>[]:;,é"
	for i := range 50000 {
		var b []byte
		a := alphabet
		if i%2 == 0 {
			a = "ab1.@-_+" // mostly addresses the fast path decides
		}
		for range 1 + rng.IntN(12) {
			b = append(b, a[rng.IntN(len(a))])
		}
		cases = append(cases, string(b))
	}
	sure := 0
	for _, c := range cases {
		ok, isSure := fastEmail([]byte(c))
		if !isSure {
			continue
		}
		sure++
		require.Equal(t, validEmail(c), ok, "%q", c)
	}
	assert.Greater(t, sure, 1000, "the fast path decides most inputs")
	for _, c := range []string{"a@b.example", "first.last+tag@sub.example.co.uk", "user123456@example.com"} {
		ok, isSure := fastEmail([]byte(c))
		assert.True(t, ok && isSure, c)
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

// failAfter passes n bytes of r, then fails.
type failAfter struct {
	r io.Reader
	n int
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk went away")
	}
	k, err := f.r.Read(p[:min(len(p), f.n)])
	f.n -= k
	return k, err
}

func TestFailedScanRemovesItsSpill(t *testing.T) {
	st := openStore(t)
	tmp := t.TempDir()
	spilled := false
	_, err := Scan(context.Background(), &failAfter{r: &csvGen{rows: 400000}, n: 20 << 20}, "BR-9", st, Options{Format: "csv", TempDir: tmp,
		Progress: func(Progress) {
			if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
				spilled = true
			}
		}})
	require.ErrorContains(t, err, "disk went away")
	assert.True(t, spilled, "the scan had spilled to disk before it failed")
	entries, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, entries)
	n, err := st.CountFor(context.Background(), "BR-9", store.RecipientFilter{})
	require.NoError(t, err)
	assert.Zero(t, n)
}
