package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLedgerQueueIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
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
}

// A message still sending when its delivery starts again was interrupted:
// its next attempt is counted, so the ledger shows the possible duplicate.
func TestInterruptedAttemptIsCounted(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
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
}

func TestRegisterUpsert(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
	defer s.Close()
	e := RegisterEntry{IncidentID: "BR-1", Title: "t", DeclaredAt: time.Now(), ClosedAt: time.Now(), Risk: "high", Record: "{}"}
	require.NoError(t, s.PutRegister(ctx, e))
	e.Notified = true
	require.NoError(t, s.PutRegister(ctx, e))
	all, err := s.Register(ctx)
	require.NoError(t, err)
	require.Len(t, all, 1)
	assert.True(t, all[0].Notified)
}
