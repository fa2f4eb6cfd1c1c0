package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

func TestAddRecipientsDedupes(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	rs := []Recipient{
		{SubjectID: "1", Email: "a@x.example", Name: "A", Jurisdiction: "DE", ControllerID: "c1", Language: "de", Line: 2},
		{SubjectID: "2", Email: "b@x.example", Jurisdiction: "US-CA", ControllerID: "c1", Language: "en", Line: 3},
		{SubjectID: "1", Email: "a2@x.example", Jurisdiction: "FR", ControllerID: "c1", Language: "fr", Line: 4}, // repeat in the chunk
		{SubjectID: "1", Email: "own@x.example", Jurisdiction: "TR", ControllerID: "", Language: "tr", Line: 5},  // ours: another subject
	}
	n, err := s.AddRecipients(ctx, "BR-1", rs)
	require.NoError(t, err)
	assert.Equal(t, 3, n)

	flags := make([]bool, 3)
	n, err = s.AddRecipientsMarked(ctx, "BR-1", []Recipient{
		{SubjectID: "2", Email: "b@x.example", Jurisdiction: "US-CA", ControllerID: "c1", Language: "en"},
		{SubjectID: "3", Email: "c@x.example", Jurisdiction: "DE", ControllerID: "c2", Language: "en"},
		{SubjectID: "3", Email: "c@x.example", Jurisdiction: "DE", ControllerID: "c2", Language: "en"},
	}, flags)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	assert.Equal(t, []bool{false, true, false}, flags)
	_, err = s.AddRecipientsMarked(ctx, "BR-1", rs, flags)
	require.Error(t, err, "flags must match the rows")

	// another incident is separate
	n, err = s.AddRecipients(ctx, "BR-2", rs[:1])
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	n, err = s.AddRecipients(ctx, "BR-2", nil)
	require.NoError(t, err)
	assert.Zero(t, n)

	counts, err := s.CountRecipients(ctx, "BR-1")
	require.NoError(t, err)
	assert.Equal(t, map[string]map[string]int{"c1": {"DE": 1, "US-CA": 1}, "c2": {"DE": 1}, "": {"TR": 1}}, counts)

	for f, want := range map[RecipientFilter]int{
		{}:                                       4,
		{ControllerID: "c1"}:                     2,
		{ControllerID: "-"}:                      1,
		{Jurisdiction: "DE"}:                     2,
		{ControllerID: "c1", Jurisdiction: "DE"}: 1,
		{ControllerID: "-", Jurisdiction: "DE"}:  0,
		{ControllerID: "nobody"}:                 0,
	} {
		n, err := s.CountFor(ctx, "BR-1", f)
		require.NoError(t, err)
		assert.Equal(t, want, n, "%+v", f)
	}

	own, err := s.Recipients(ctx, "BR-1", RecipientFilter{ControllerID: OwnSubjects}, 0, 10)
	require.NoError(t, err)
	require.Len(t, own, 1)
	assert.Equal(t, Recipient{SubjectID: "1", Email: "own@x.example", Jurisdiction: "TR", Language: "tr", Line: 5}, own[0].Recipient)
	first, err := s.Recipients(ctx, "BR-1", RecipientFilter{ControllerID: "c1", Jurisdiction: "DE"}, 0, 10)
	require.NoError(t, err)
	require.Len(t, first, 1)
	assert.Equal(t, "a@x.example", first[0].Email, "the first occurrence is kept")
	_, err = s.Recipients(ctx, "BR-1", RecipientFilter{}, 0, 0)
	require.Error(t, err)
}

func TestRecipientsKeysetPagination(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	var rs []Recipient
	for i := range 250 {
		rs = append(rs, Recipient{SubjectID: fmt.Sprint(i), Email: fmt.Sprintf("u%d@x.example", i), Jurisdiction: []string{"DE", "FR"}[i%2], ControllerID: "c1", Language: "en", Line: i + 2})
	}
	n, err := s.AddRecipients(ctx, "BR-1", rs)
	require.NoError(t, err)
	require.Equal(t, 250, n)
	var got []string
	after := int64(0)
	pages := 0
	for {
		page, err := s.Recipients(ctx, "BR-1", RecipientFilter{ControllerID: "c1", Jurisdiction: "FR"}, after, 40)
		require.NoError(t, err)
		if len(page) == 0 {
			break
		}
		pages++
		for _, r := range page {
			assert.Greater(t, r.ID, after)
			after = r.ID
			got = append(got, r.SubjectID)
		}
	}
	assert.Len(t, got, 125)
	assert.Equal(t, 4, pages)
	assert.Equal(t, "1", got[0])
	assert.Equal(t, "249", got[124])
}

func TestQuarantineSummary(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	rows := []Quarantined{
		{Source: "a.csv", Line: 9, Field: "email", Value: "x", Reason: "invalid email"},
		{Source: "a.csv", Line: 3, Field: "country", Value: "XX", Reason: "unknown jurisdiction"},
		{Source: "a.csv", Line: 5, Reason: "wrong number of fields: 2, header has 5"},
	}
	require.NoError(t, s.AddQuarantine(ctx, "BR-1", rows))
	require.NoError(t, s.AddQuarantine(ctx, "BR-1", rows[:1]), "a retried chunk is not recorded twice")
	require.NoError(t, s.AddQuarantine(ctx, "BR-1", nil))
	n, sample, err := s.QuarantineSummary(ctx, "BR-1", 2)
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	assert.Equal(t, []Quarantined{rows[1], rows[2]}, sample)
	n, sample, err = s.QuarantineSummary(ctx, "BR-2", 10)
	require.NoError(t, err)
	assert.Zero(t, n)
	assert.Empty(t, sample)
}

// BenchmarkAddRecipients measures the store's insert rate in chunks of 1000.
func BenchmarkAddRecipients(b *testing.B) {
	ctx := context.Background()
	s := openTest(b)
	js := []string{"DE", "FR", "US-CA", "TR", "GB", "US-NY", "US-TX"}
	rs := make([]Recipient, 1000)
	next := 0
	for b.Loop() {
		for j := range rs {
			rs[j] = Recipient{SubjectID: fmt.Sprintf("S%09d", next), Email: fmt.Sprintf("user%d@example.com", next), Name: "Person",
				Jurisdiction: js[next%len(js)], ControllerID: fmt.Sprintf("cust-%d", next%3), Language: "en", Line: next + 2}
			next++
		}
		if _, err := s.AddRecipients(ctx, "BR-1", rs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(next)/b.Elapsed().Seconds(), "rows/s")
}
