package store

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestDeleteListsRemovesEverythingOfOneIncident(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		for _, inc := range []string{"BR-1", "BR-2"} {
			_, err := s.AddRecipients(ctx, inc, []Recipient{
				{SubjectID: "s1", Email: "ayse.purge@example.com", Name: "Ayşe", Jurisdiction: "TR", ControllerID: "c1"},
				{SubjectID: "s2", Email: "bob.purge@example.com", Name: "Bob", Jurisdiction: "DE", ControllerID: "c1"},
			})
			require.NoError(t, err)
			require.NoError(t, s.AddQuarantine(ctx, inc, []Quarantined{{Source: "x.csv", Line: 3, Field: "email", Value: "not-an-email", Reason: "bad"}}))
		}
		held, err := s.HeldLists(ctx)
		require.NoError(t, err)
		require.Equal(t, ListSize{Subjects: 2, Quarantined: 1}, held["BR-1"])

		n, err := s.DeleteLists(ctx, "BR-1", "ayla", at)
		require.NoError(t, err)
		require.Equal(t, ListSize{Subjects: 2, Quarantined: 1}, n)

		held, err = s.HeldLists(ctx)
		require.NoError(t, err)
		require.NotContains(t, held, "BR-1")
		require.Equal(t, ListSize{Subjects: 2, Quarantined: 1}, held["BR-2"], "the other incident's list stays")
		for _, table := range []string{"recipient_chunks", "recipient_keys", "unkeyed_chunks", "imports", "quarantine"} {
			var c int
			require.NoError(t, s.lists.QueryRow(`SELECT COUNT(*) FROM `+table+` WHERE incident_id = 'BR-1'`).Scan(&c))
			require.Zero(t, c, table)
		}
		got, err := s.Recipients(ctx, "BR-1", RecipientFilter{}, 0, 10)
		require.NoError(t, err)
		require.Empty(t, got)

		log, err := s.Purges(ctx)
		require.NoError(t, err)
		require.Len(t, log, 1)
		require.Equal(t, Purge{At: at, By: "ayla", IncidentID: "BR-1", What: "recipient list", Detail: "2 subjects, 1 quarantined rows"}, log[0])
	})
}

// secure_delete: a deleted subject's address is not left in the file's
// free pages.
func TestDeletedListLeavesNoTraceInTheFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(dir + "/b.db")
	require.NoError(t, err)
	var rs []Recipient
	for i := range 3000 {
		rs = append(rs, Recipient{SubjectID: string(rune('a'+i%26)) + time.Duration(i).String(), Email: "trace-me-" + time.Duration(i).String() + "@example.org", Jurisdiction: "DE"})
	}
	_, err = s.AddRecipients(ctx, "BR-9", rs)
	require.NoError(t, err)
	_, err = s.DeleteLists(ctx, "BR-9", "ayla", time.Unix(0, 0))
	require.NoError(t, err)
	require.NoError(t, s.Close())
	b, err := os.ReadFile(ListsPath(dir + "/b.db"))
	require.NoError(t, err)
	// The list is stored Snappy-compressed; "example.org" survives in
	// the literal runs of the blocks, so its absence is the check.
	require.False(t, bytes.Contains(b, []byte("example.org")), "deleted addresses remain in the lists file")
}

func TestDeleteRegisterTakesItsLedger(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		for _, inc := range []string{"BR-1", "BR-2"} {
			require.NoError(t, s.PutRegister(ctx, RegisterEntry{IncidentID: inc, Title: "t", DeclaredAt: at, ClosedAt: at, Record: "{}"}))
			_, err := s.Queue(ctx, LedgerRow{MessageID: "<" + inc + "@x>", IncidentID: inc, NoticeID: "n", ObligationID: "o", Recipient: "p@example.com", Status: Queued, QueuedAt: at})
			require.NoError(t, err)
		}
		n, err := s.DeleteRegister(ctx, "BR-1", "ayla", at)
		require.NoError(t, err)
		require.Equal(t, 1, n)
		reg, err := s.Register(ctx)
		require.NoError(t, err)
		require.Len(t, reg, 1)
		require.Equal(t, "BR-2", reg[0].IncidentID)
		l, err := s.Ledger(ctx, "BR-1")
		require.NoError(t, err)
		require.Empty(t, l)
		l, err = s.Ledger(ctx, "BR-2")
		require.NoError(t, err)
		require.Len(t, l, 1)
		log, err := s.Purges(ctx)
		require.NoError(t, err)
		require.Equal(t, []Purge{{At: at, By: "ayla", IncidentID: "BR-1", What: "register entry", Detail: "entry and 1 ledger rows"}}, log)
	})
}
