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
	require.NoError(t, s.MarkSent(ctx, "<m1@x>", "250 accepted", time.Now()))
	again, err := s.Queue(ctx, row)
	require.NoError(t, err)
	assert.Equal(t, Sent, again.Status, "a retried send must see the message as sent")
	require.NoError(t, s.MarkFailed(ctx, "<m1@x>", "x", false))
	rows, err := s.Ledger(ctx, "BR-1")
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, 2, rows[0].Attempts)
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
