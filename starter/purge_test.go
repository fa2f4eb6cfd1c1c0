package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/store"
)

// The CLI runs on the real clock, so the incidents are closed relative to it.
func TestPurgeSaysWhatItDeleted(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "breach.db")
	st, err := store.Open(path)
	require.NoError(t, err)
	now := time.Now()
	for id, ago := range map[string]int{"BR-OLD": 61, "BR-NEW": 10} {
		_, err := st.AddRecipients(ctx, id, []store.Recipient{{SubjectID: "1", Email: "p@example.com", Jurisdiction: "DE"}, {SubjectID: "2", Email: "q@example.com", Jurisdiction: "DE"}})
		require.NoError(t, err)
		require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: id, ClosedAt: now.AddDate(0, 0, -ago), Record: `{"obligations":[{"regime":"GDPR"}]}`}))
	}
	_, err = st.AddRecipients(ctx, "BR-OPEN", []store.Recipient{{SubjectID: "1", Email: "p@example.com", Jurisdiction: "DE"}})
	require.NoError(t, err)
	require.NoError(t, st.Close())

	out, err := runCLI("purge", "--data-dir", dir, "--dry-run", "--by", "Ayla Demir")
	require.NoError(t, err)
	require.Contains(t, out, "would delete BR-OLD recipient list: 2 subjects, 0 quarantined rows")
	require.Contains(t, out, "kept BR-NEW recipient list until "+now.AddDate(0, 0, 50).UTC().Format("2006-01-02 15:04Z")+" (60d)")
	require.Contains(t, out, "kept BR-OLD register entry for good (GDPR: keep)")
	require.Contains(t, out, "kept BR-OPEN recipient list: 1 subjects (incident open)")

	// What will go by a later date: BR-NEW's list too.
	later := now.AddDate(0, 0, 51).UTC().Format(time.DateOnly)
	out, err = runCLI("purge", "--data-dir", dir, "--dry-run", "--at", later)
	require.NoError(t, err)
	require.Contains(t, out, "would delete BR-NEW recipient list")
	_, err = runCLI("purge", "--data-dir", dir, "--at", later)
	require.ErrorContains(t, err, "--at needs --dry-run")
	_, err = runCLI("purge", "--data-dir", dir, "--dry-run", "--at", "next week")
	require.ErrorContains(t, err, `"next week" is not a date`)

	out, err = runCLI("purge", "--data-dir", dir, "--by", "Ayla Demir")
	require.NoError(t, err)
	require.NotContains(t, out, "BR-NEW recipient list: 2")
	require.Contains(t, out, "deleted BR-OLD recipient list: 2 subjects, 0 quarantined rows (closed "+now.AddDate(0, 0, -61).UTC().Format(time.DateOnly)+", kept 60d)")
	out, err = runCLI("purge", "--data-dir", dir, "--by", "Ayla Demir")
	require.NoError(t, err)
	require.Contains(t, out, "deleted: nothing")

	st, err = store.Open(path)
	require.NoError(t, err)
	defer st.Close()
	log, err := st.Purges(ctx)
	require.NoError(t, err)
	require.Len(t, log, 1)
	require.Equal(t, "Ayla Demir", log[0].By)

	_, err = runCLI("purge", "--data-dir", t.TempDir())
	require.ErrorContains(t, err, "purge: store")
}
