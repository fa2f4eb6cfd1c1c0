package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLedgerQueueIsIdempotent(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		row := LedgerRow{MessageID: "<m1@x>", IncidentID: "BR-1", NoticeID: "N01", ObligationID: "o", Version: 1, Recipient: "a@b.example", QueuedAt: time.Now()}
		got, err := s.Queue(ctx, row)
		require.NoError(t, err)
		assert.Equal(t, Queued, got.Status)
		require.NoError(t, s.MarkSending(ctx, "<m1@x>"))
		require.NoError(t, s.MarkSent(ctx, "<m1@x>", "250 accepted", time.Now()))
		again, err := s.Queue(ctx, row)
		require.NoError(t, err)
		assert.Equal(t, Sent, again.Status, "a retried send must see the message as sent")
		require.NoError(t, s.MarkSending(ctx, "<m1@x>"))
		require.NoError(t, s.MarkFailed(ctx, "<m1@x>", "x", false))
		rows, err := s.Ledger(ctx, "BR-1")
		require.NoError(t, err)
		require.Len(t, rows, 1)
		assert.Equal(t, 2, rows[0].Attempts, "an attempt is a message handed to the server")
		assert.Zero(t, rows[0].Interrupted)
	})
}

// A message still sending when its delivery starts again was interrupted:
// its next attempt is counted, so the ledger shows the possible duplicate.
func TestInterruptedAttemptIsCounted(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		row := LedgerRow{MessageID: "<m2@x>", IncidentID: "BR-2", NoticeID: "N1", ObligationID: "o", Version: 1, Recipient: "a@b.example", QueuedAt: time.Now()}
		status, err := s.QueueMany(ctx, []LedgerRow{row})
		require.NoError(t, err)
		assert.Equal(t, Queued, status[row.MessageID])
		require.NoError(t, s.MarkSending(ctx, row.MessageID)) // ... and the worker dies
		status, err = s.QueueMany(ctx, []LedgerRow{row})
		require.NoError(t, err)
		assert.Equal(t, Sending, status[row.MessageID], "the retry sees the outcome is unknown")
		require.NoError(t, s.MarkSending(ctx, row.MessageID))
		require.NoError(t, s.MarkMany(ctx, []Outcome{{MessageID: row.MessageID, Sent: true, At: time.Now()}}))
		rows, err := s.Ledger(ctx, "BR-2")
		require.NoError(t, err)
		require.Len(t, rows, 1)
		assert.Equal(t, Sent, rows[0].Status)
		assert.Equal(t, 2, rows[0].Attempts)
		assert.Equal(t, 1, rows[0].Interrupted, "sent again after an interruption")
	})
}

func TestRegisterUpsert(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		e := RegisterEntry{IncidentID: "BR-1", Title: "t", DeclaredAt: time.Now(), ClosedAt: time.Now(), Risk: "high", Record: "{}"}
		require.NoError(t, s.PutRegister(ctx, e))
		e.Notified = true
		require.NoError(t, s.PutRegister(ctx, e))
		all, err := s.Register(ctx)
		require.NoError(t, err)
		require.Len(t, all, 1)
		assert.True(t, all[0].Notified)
	})
}

func TestReportIsKeptWithTheRegister(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		_, err := s.PutReport(ctx, "BR-9", "# r", "<h1>r</h1>")
		require.ErrorContains(t, err, "BR-9 is not in the register")
		at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
		require.NoError(t, s.PutRegister(ctx, RegisterEntry{IncidentID: "BR-9", Title: "t", DeclaredAt: at, ClosedAt: at, PersonalData: true, Risk: "high", Record: "{}"}))
		posted, err := s.PutReport(ctx, "BR-9", "# r", "<h1>r</h1>")
		require.NoError(t, err)
		assert.False(t, posted)
		require.NoError(t, s.ReportPosted(ctx, "BR-9"))
		posted, err = s.PutReport(ctx, "BR-9", "# r2", "<h1>r2</h1>")
		require.NoError(t, err)
		assert.True(t, posted, "a report posted once is not posted again")
		md, html, posted, err := s.Report(ctx, "BR-9")
		require.NoError(t, err)
		assert.Equal(t, []any{"# r2", "<h1>r2</h1>", true}, []any{md, html, posted})
		all, err := s.Register(ctx)
		require.NoError(t, err)
		require.Len(t, all, 1)
		assert.True(t, all[0].PersonalData)
		assert.Equal(t, at, all[0].DeclaredAt)
	})
}

// The register and the ledger list in byte order on both databases, as
// SQLite sorts text, whatever the PostgreSQL database's locale.
func TestRegisterOrderIsByteOrder(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
		for _, id := range []string{"BR-a", "BR-B", "BR-_"} {
			require.NoError(t, s.PutRegister(ctx, RegisterEntry{IncidentID: id, Title: "t", DeclaredAt: at, ClosedAt: at, Risk: "low", Record: "{}"}))
		}
		all, err := s.Register(ctx)
		require.NoError(t, err)
		var ids []string
		for _, e := range all {
			ids = append(ids, e.IncidentID)
		}
		assert.Equal(t, []string{"BR-B", "BR-_", "BR-a"}, ids)
		if s.Postgres() {
			var coll string
			require.NoError(t, s.db.QueryRowContext(ctx, `SELECT collation_name FROM information_schema.columns
				WHERE table_schema = current_schema() AND table_name = 'register' AND column_name = 'declared_at'`).Scan(&coll))
			assert.Equal(t, "C", coll)
		}
	})
}

func TestInterruptedInSumsAcrossParts(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		var rows []LedgerRow
		var ids []string
		for i := range 1200 { // more than one IN list of 500
			id := fmt.Sprintf("<m%d@x>", i)
			rows = append(rows, LedgerRow{MessageID: id, IncidentID: "BR-3", NoticeID: "N1", ObligationID: "o", Version: 1, Recipient: "a@b.example", QueuedAt: time.Now()})
			ids = append(ids, id)
		}
		_, err := s.QueueMany(ctx, rows)
		require.NoError(t, err)
		for _, id := range []string{"<m0@x>", "<m700@x>", "<m1199@x>"} {
			require.NoError(t, s.MarkSending(ctx, id))
			require.NoError(t, s.MarkSending(ctx, id)) // interrupted, sent again
		}
		n, err := s.InterruptedIn(ctx, ids)
		require.NoError(t, err)
		assert.Equal(t, 3, n)
	})
}

// Two workers importing into one incident at once (PostgreSQL: two
// handles; SQLite, which one worker holds: one) keep each subject once.
func TestConcurrentImportsDedupe(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		a, b := twoWorkers(open)
		var rs []Recipient
		for i := range 3000 {
			rs = append(rs, Recipient{SubjectID: fmt.Sprint(i), Email: fmt.Sprintf("p%d@example.com", i), Jurisdiction: "DE", ControllerID: "c1"})
		}
		var wg sync.WaitGroup
		added := make([]int, 4)
		for w := range added {
			wg.Add(1)
			go func() {
				defer wg.Done()
				st := a
				if w%2 == 1 {
					st = b
				}
				n, err := st.AddRecipients(ctx, "BR-4", rs[w*500:w*500+1500])
				assert.NoError(t, err)
				added[w] = n
			}()
		}
		wg.Wait()
		n, err := a.CountFor(ctx, "BR-4", RecipientFilter{})
		require.NoError(t, err)
		assert.Equal(t, 3000, n, "every subject once")
		assert.Equal(t, 3000, added[0]+added[1]+added[2]+added[3])
	})
}

func TestStoreIDIsTheStoresOwn(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		a, b := open(), open()
		assert.Regexp(t, `^st-[0-9a-f]{24}$`, a.ID())
		assert.Equal(t, a.ID(), b.ID(), "two handles on one store")
		other, err := Open(t.TempDir() + "/other.db")
		require.NoError(t, err)
		defer other.Close()
		assert.NotEqual(t, a.ID(), other.ID())
	})
}
