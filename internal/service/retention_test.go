package service

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/store"
)

func TestWorkerDeletesExpiredListsOnItsOwn(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	_, err = st.AddRecipients(ctx, "BR-1", []store.Recipient{{SubjectID: "1", Email: "ret@example.com", Jurisdiction: "DE"}})
	require.NoError(t, err)
	require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: "BR-1", ClosedAt: now.AddDate(0, 0, -61), Record: `{"obligations":[]}`}))

	var logs bytes.Buffer
	stop := startRetention(st, config.Retention{RecipientLists: config.Period{Days: 60}}, slog.New(slog.NewTextHandler(&logs, nil)), func() time.Time { return now }, time.Hour)
	require.Eventually(t, func() bool {
		p, err := st.Purges(ctx)
		return err == nil && len(p) == 1
	}, 20*time.Second, 10*time.Millisecond)
	stop()
	held, err := st.HeldLists(ctx)
	require.NoError(t, err)
	require.Empty(t, held)
	p, err := st.Purges(ctx)
	require.NoError(t, err)
	require.Equal(t, RetentionBy, p[0].By)
	require.Contains(t, logs.String(), "retention: deleted")
	require.Contains(t, logs.String(), "incident=BR-1")
	require.NotContains(t, logs.String(), "ret@example.com")
}
