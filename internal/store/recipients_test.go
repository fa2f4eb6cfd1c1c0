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
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		rs := []Recipient{
			{SubjectID: "1", Email: "a@x.example", Name: "A", Jurisdiction: "DE", ControllerID: "c1", Language: "de", Line: 2},
			{SubjectID: "2", Email: "b@x.example", Jurisdiction: "US-CA", ControllerID: "c1", Language: "en", Line: 3},
			{SubjectID: "1", Email: "a2@x.example", Jurisdiction: "FR", ControllerID: "c1", Language: "fr", Line: 4}, // repeat in the chunk
			{SubjectID: "1", Email: "own@x.example", Jurisdiction: "TR", ControllerID: "", Language: "tr", Line: 5},  // ours: another subject
		}
		n, err := s.AddRecipients(ctx, "BR-1", rs)
		require.NoError(t, err)
		assert.Equal(t, 3, n)

		n, err = s.AddRecipients(ctx, "BR-1", []Recipient{
			{SubjectID: "2", Email: "b@x.example", Jurisdiction: "US-CA", ControllerID: "c1", Language: "en"},
			{SubjectID: "3", Email: "c@x.example", Jurisdiction: "DE", ControllerID: "c2", Language: "en"},
			{SubjectID: "3", Email: "c@x.example", Jurisdiction: "DE", ControllerID: "c2", Language: "en"},
		})
		require.NoError(t, err)
		assert.Equal(t, 1, n, "only c2/3 is new")

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
	})
}

func TestRecipientsKeysetPagination(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		var rs []Recipient
		total := 4*ChunkRows + 200 // FR: two chunks and a bit
		for i := range total {
			rs = append(rs, Recipient{SubjectID: fmt.Sprint(i), Email: fmt.Sprintf("u%d@x.example", i), Jurisdiction: []string{"DE", "FR"}[i%2], ControllerID: "c1", Language: "en", Line: i + 2})
		}
		n, err := s.AddRecipients(ctx, "BR-1", rs)
		require.NoError(t, err)
		require.Equal(t, total, n)
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
		fr := total / 2
		assert.Len(t, got, fr, "three chunks of FR")
		assert.Equal(t, (fr+39)/40, pages)
		assert.Equal(t, "1", got[0])
		assert.Equal(t, fmt.Sprint(total-1), got[fr-1])

		ranges, err := s.RecipientChunks(ctx, "BR-1", RecipientFilter{Jurisdiction: "FR"})
		require.NoError(t, err)
		require.Len(t, ranges, 3)
		assert.Equal(t, ChunkRows, ranges[0].N)
		assert.Equal(t, fr-2*ChunkRows, ranges[2].N)
		assert.Equal(t, ranges[0].Last-ranges[0].First+1, int64(ranges[0].N))
		// a range read back is exactly its people
		page, err := s.RecipientsIn(ctx, "BR-1", RecipientFilter{Jurisdiction: "FR"}, ranges[1].First-1, ranges[1].Last)
		require.NoError(t, err)
		require.Len(t, page, ranges[1].N)
		assert.Equal(t, ranges[1].First, page[0].ID)
		assert.Equal(t, ranges[1].Last, page[len(page)-1].ID)
		// a range inside a chunk
		page, err = s.RecipientsIn(ctx, "BR-1", RecipientFilter{Jurisdiction: "FR"}, ranges[1].First+9, ranges[1].First+19)
		require.NoError(t, err)
		require.Len(t, page, 10)
		assert.Equal(t, ranges[1].First+10, page[0].ID)
	})
}

func TestImportIsAtomicAndRemembered(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		key := AppendKey(nil, []byte("c1"), []byte("s1"))
		b := KeyBucket([]byte("c1"), []byte("s1"))
		chunk := AppendRecipient(nil, 2, []byte("s1"), []byte("a@x.example"), []byte("Ann"), []byte("de"))
		l, err := RecipientLen(chunk)
		require.NoError(t, err)
		assert.Equal(t, len(chunk), l)
		_, err = RecipientLen(chunk[:len(chunk)-1])
		require.Error(t, err, "a cut record is corrupt")

		// abandoned: nothing stored
		im, err := s.BeginImport(ctx, "BR-1", "scan-1")
		require.NoError(t, err)
		require.NoError(t, im.AddKeys(ctx, b, AppendKeys(nil, key)))
		require.NoError(t, im.AddChunk(ctx, "c1", "DE", 1, chunk))
		require.NoError(t, im.AddQuarantine(ctx, []Quarantined{{Source: "x.csv", Line: 3, Reason: "missing email"}}))
		im.Rollback()
		n, err := s.CountFor(ctx, "BR-1", RecipientFilter{})
		require.NoError(t, err)
		assert.Zero(t, n)
		q, _, err := s.QuarantineSummary(ctx, "BR-1", 0)
		require.NoError(t, err)
		assert.Zero(t, q)
		res, err := s.ImportResult(ctx, "BR-1", "scan-1")
		require.NoError(t, err)
		assert.Nil(t, res)

		// committed: stored, keys found by a later import, result remembered
		im, err = s.BeginImport(ctx, "BR-1", "scan-1")
		require.NoError(t, err)
		require.NoError(t, im.AddKeys(ctx, b, AppendKeys(nil, key)))
		require.NoError(t, im.AddChunk(ctx, "c1", "DE", 1, chunk))
		require.Error(t, im.AddChunk(ctx, "c1", "DE", ChunkRows+1, chunk), "chunks are bounded")
		require.NoError(t, im.Commit(ctx, []byte(`{"new":1}`)))
		res, err = s.ImportResult(ctx, "BR-1", "scan-1")
		require.NoError(t, err)
		assert.JSONEq(t, `{"new":1}`, string(res))

		im, err = s.BeginImport(ctx, "BR-1", "scan-1")
		require.NoError(t, err)
		var keys []string
		require.NoError(t, im.Keys(ctx, b, func(k []byte) { keys = append(keys, string(k)) }))
		assert.Equal(t, []string{string(key)}, keys)
		require.Error(t, im.Commit(ctx, []byte(`{}`)), "an import key is used once")
		n, err = s.AddRecipients(ctx, "BR-1", []Recipient{{SubjectID: "s1", ControllerID: "c1", Email: "other@x.example", Jurisdiction: "FR"}})
		require.NoError(t, err)
		assert.Zero(t, n, "the committed key dedupes")
		rows, err := s.Recipients(ctx, "BR-1", RecipientFilter{}, 0, 10)
		require.NoError(t, err)
		require.Len(t, rows, 1)
		assert.Equal(t, Recipient{SubjectID: "s1", Email: "a@x.example", Name: "Ann", Jurisdiction: "DE", ControllerID: "c1", Language: "de", Line: 2}, rows[0].Recipient)
	})
}

func TestQuarantineSummary(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
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
	})
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

// keyRows counts the incident's key rows and keys, and its unkeyed ranges.
func keyRows(t *testing.T, s *Store, incident string) (rows, keys, unkeyed int) {
	t.Helper()
	ctx := context.Background()
	require.NoError(t, s.lists.QueryRowContext(ctx, `SELECT COUNT(*) FROM recipient_keys WHERE incident_id = ?`, incident).Scan(&rows))
	require.NoError(t, s.lists.QueryRowContext(ctx, `SELECT COUNT(*) FROM unkeyed_chunks WHERE incident_id = ?`, incident).Scan(&unkeyed))
	im, err := s.BeginImport(ctx, "probe-"+incident, "")
	require.NoError(t, err)
	defer im.Rollback()
	im.incident = incident
	for b := range KeyBuckets {
		require.NoError(t, im.Keys(ctx, b, func([]byte) { keys++ }))
	}
	return rows, keys, unkeyed
}

func TestKeysAreDerivedOnceByTheNextImport(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		defer func(n int) { keyFlush = n }(keyFlush)
		keyFlush = 64 // several key rows per bucket
		people := func(from, to int, controller string) []Recipient {
			var rs []Recipient
			for i := from; i < to; i++ {
				rs = append(rs, Recipient{SubjectID: fmt.Sprint(i), Email: fmt.Sprintf("p%d@x.example", i), Jurisdiction: "DE", ControllerID: controller, Language: "de"})
			}
			return rs
		}
		// the first list writes no keys, only its range
		n, err := s.AddRecipients(ctx, "BR-1", people(0, 3000, "c1"))
		require.NoError(t, err)
		require.Equal(t, 3000, n)
		rows, keys, unkeyed := keyRows(t, s, "BR-1")
		assert.Zero(t, rows)
		assert.Zero(t, keys)
		assert.Equal(t, 1, unkeyed)

		// an import that is abandoned derives nothing for good
		im, err := s.BeginImport(ctx, "BR-1", "")
		require.NoError(t, err)
		has, err := im.PrepareKeys(ctx)
		require.NoError(t, err)
		assert.True(t, has)
		im.Rollback()
		_, _, unkeyed = keyRows(t, s, "BR-1")
		assert.Equal(t, 1, unkeyed, "derived keys went with the rollback")

		// the second derives the first's keys, dedupes against them, leaves its own range
		n, err = s.AddRecipients(ctx, "BR-1", append(people(2990, 3010, "c1"), people(0, 5, "c2")...))
		require.NoError(t, err)
		assert.Equal(t, 10+5, n, "2990-2999 of c1 were there; c2's are other people")
		rows, keys, unkeyed = keyRows(t, s, "BR-1")
		assert.Equal(t, 3000, keys, "each of the first list's keys, once")
		assert.Greater(t, rows, KeyBuckets, "rows of keyFlush bytes")
		assert.Equal(t, 1, unkeyed, "the second list's own range")

		// the third derives the second's and sees everyone
		n, err = s.AddRecipients(ctx, "BR-1", append(people(3005, 3012, "c1"), people(0, 5, "c2")...))
		require.NoError(t, err)
		assert.Equal(t, 2, n, "3010 and 3011 only")
		_, keys, unkeyed = keyRows(t, s, "BR-1")
		assert.Equal(t, 3015, keys)
		assert.Equal(t, 1, unkeyed)
		total, err := s.CountFor(ctx, "BR-1", RecipientFilter{})
		require.NoError(t, err)
		assert.Equal(t, 3017, total)

		// another incident is untouched
		_, keys, unkeyed = keyRows(t, s, "BR-2")
		assert.Zero(t, keys)
		assert.Zero(t, unkeyed)
	})
}
