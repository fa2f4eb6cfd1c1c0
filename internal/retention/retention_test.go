package retention

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/store"
)

func record(regimes ...string) string {
	s := `{"obligations":[`
	for i, r := range regimes {
		if i > 0 {
			s += ","
		}
		s += `{"id":"o` + r + `","regime":"` + r + `","status":"sent"}`
	}
	return s + `]}`
}

func TestRunDeletesOnlyWhatHasExpired(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	add := func(id string, closedAgo time.Duration, rec string, closed bool) {
		_, err := st.AddRecipients(ctx, id, []store.Recipient{{SubjectID: "1", Email: "x@example.com", Jurisdiction: "DE"}, {SubjectID: "2", Email: "y@example.com", Jurisdiction: "DE"}})
		require.NoError(t, err)
		_, err = st.Queue(ctx, store.LedgerRow{MessageID: "<" + id + ">", IncidentID: id, NoticeID: "n", ObligationID: "o", Recipient: "x@example.com", Status: store.Sent, QueuedAt: now})
		require.NoError(t, err)
		if closed {
			require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: id, Title: "t", DeclaredAt: now.Add(-closedAgo - day), ClosedAt: now.Add(-closedAgo), Record: rec}))
		}
	}
	add("BR-OLD-PIPEDA", 800*day, record("PIPEDA"), true)             // list and entry past
	add("BR-OLD-GDPR", 800*day, record("GDPR; KVKK", "PIPEDA"), true) // a joint regime counts each
	add("BR-61", 61*day, record("GDPR"), true)
	add("BR-59", 59*day, record("GDPR"), true)
	add("BR-60", 60*day, record("GDPR"), true) // exactly at the end: due
	add("BR-OPEN", 900*day, "", false)         // never closed: never purged
	require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: "BR-BAD", ClosedAt: now.Add(-3000 * day), Record: "not json"}))

	policy := config.Retention{RecipientLists: config.Period{Days: 60},
		Register: map[string]config.Period{"default": {Keep: true}, "PIPEDA": {Years: 2}}}

	dry, err := Run(ctx, st, policy, now, "ayla", true)
	require.Error(t, err, "the unreadable record is reported")
	deleted := func(r Report) map[string]bool {
		m := map[string]bool{}
		for _, a := range r.Deleted {
			m[a.IncidentID+" "+a.What] = a.Deleted
		}
		return m
	}
	want := map[string]bool{
		"BR-OLD-PIPEDA recipient list": false, "BR-OLD-PIPEDA register entry": false,
		"BR-OLD-GDPR recipient list": false, "BR-61 recipient list": false, "BR-60 recipient list": false,
	}
	require.Equal(t, want, deleted(dry))
	held, err := st.HeldLists(ctx)
	require.NoError(t, err)
	require.Len(t, held, 6, "a dry run deletes nothing")

	r, err := Run(ctx, st, policy, now, "ayla", false)
	require.ErrorContains(t, err, "BR-BAD: register record unreadable, kept")
	for k := range want {
		want[k] = true
	}
	require.Equal(t, want, deleted(r))
	require.Equal(t, map[string]int{"BR-OPEN": 2}, r.Open)
	held, err = st.HeldLists(ctx)
	require.NoError(t, err)
	require.Equal(t, []string{"BR-59", "BR-OPEN"}, keys(held))
	reg, err := st.Register(ctx)
	require.NoError(t, err)
	var ids []string
	for _, e := range reg {
		ids = append(ids, e.IncidentID)
	}
	require.ElementsMatch(t, []string{"BR-BAD", "BR-OLD-GDPR", "BR-61", "BR-59", "BR-60"}, ids, "GDPR (default keep) keeps its entry; PIPEDA-only goes after 2y")
	l, err := st.Ledger(ctx, "BR-OLD-PIPEDA")
	require.NoError(t, err)
	require.Empty(t, l)
	l, err = st.Ledger(ctx, "BR-OLD-GDPR")
	require.NoError(t, err)
	require.Len(t, l, 1, "the ledger stays with its entry")
	for _, a := range r.Kept {
		if a.IncidentID == "BR-59" && a.What == "recipient list" {
			require.Equal(t, now.Add(day), a.Due)
		}
	}

	// A second run finds nothing more to do.
	again, _ := Run(ctx, st, policy, now, "ayla", false)
	require.Empty(t, again.Deleted)
	log, err := st.Purges(ctx)
	require.NoError(t, err)
	require.Len(t, log, 5)
}

func keys(m map[string]store.ListSize) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestRegimesSplitsJointOnes(t *testing.T) {
	got, err := Regimes(record("GDPR; KVKK", "PIPEDA", "GDPR"))
	require.NoError(t, err)
	require.Equal(t, []string{"GDPR", "KVKK", "PIPEDA"}, got)
	_, err = Regimes("{")
	require.Error(t, err)
}
