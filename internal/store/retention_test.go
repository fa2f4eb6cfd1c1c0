package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
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

		// Again: nothing there, nothing logged.
		_, err = s.DeleteLists(ctx, "BR-1", "ayla", at)
		require.ErrorIs(t, err, ErrGone)
		log, err = s.Purges(ctx)
		require.NoError(t, err)
		require.Len(t, log, 1, "a purge that deleted nothing is not in the log")
	})
}

// Two workers' hourly runs purging the same incident at once: one deletes
// and logs what it deleted, the other finds it gone and logs nothing.
func TestRacingPurgesLogOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		a, b := twoWorkers(open)
		at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		var rs []Recipient
		for i := range 5000 {
			rs = append(rs, Recipient{SubjectID: fmt.Sprint(i), Email: fmt.Sprintf("p%d@example.org", i), Jurisdiction: "DE"})
		}
		_, err := a.AddRecipients(ctx, "BR-1", rs)
		require.NoError(t, err)
		require.NoError(t, a.PutRegister(ctx, RegisterEntry{IncidentID: "BR-1", Title: "t", DeclaredAt: at, ClosedAt: at, Risk: "low", Record: "{}"}))
		for _, del := range []func(*Store) error{
			func(s *Store) error { _, err := s.DeleteLists(ctx, "BR-1", "worker", at); return err },
			func(s *Store) error { _, err := s.DeleteRegister(ctx, "BR-1", "worker", at); return err },
		} {
			errs := make([]error, 2)
			var wg sync.WaitGroup
			for i, s := range []*Store{a, b} {
				wg.Add(1)
				go func() { defer wg.Done(); errs[i] = del(s) }()
			}
			wg.Wait()
			gone := 0
			for _, err := range errs {
				if errors.Is(err, ErrGone) {
					gone++
				} else {
					require.NoError(t, err)
				}
			}
			assert.Equal(t, 1, gone, "one of the two found it gone")
		}
		log, err := a.Purges(ctx)
		require.NoError(t, err)
		require.Len(t, log, 2)
		assert.Equal(t, "5000 subjects, 0 quarantined rows", log[0].Detail)
		assert.Equal(t, "entry and 0 ledger rows", log[1].Detail)
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
