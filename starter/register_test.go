package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/store"
)

func TestRegisterCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "breach.db"))
	require.NoError(t, err)
	at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: "BR-20260504-AAAA", Title: "Laptop stolen", DeclaredAt: at, ClosedAt: at.Add(time.Hour), Risk: "high", Notified: true, PersonalData: true,
		Record: `{"obligations":[{"id":"kvkk-board-TR","regime":"KVKK","recipient":"KVKK Board","required":true,"status":"done","reference":"TR-1"}]}`}))
	require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: "BR-20260601-BBBB", Title: "False alarm", DeclaredAt: at.AddDate(0, 1, 0), ClosedAt: at.AddDate(0, 1, 0), Risk: "", Rationale: "no personal data", Record: `{"obligations":[]}`}))
	require.NoError(t, st.Close())

	out, err := runCLI("register", "list", "--data-dir", dir)
	require.NoError(t, err)
	require.Contains(t, out, "BR-20260504-AAAA  2026-05-04")
	require.Contains(t, out, "1 filed")
	require.Contains(t, out, "BR-20260601-BBBB")

	out, err = runCLI("register", "list", "--data-dir", dir, "--notified", "no")
	require.NoError(t, err)
	require.NotContains(t, out, "AAAA")
	require.Contains(t, out, "BBBB")

	out, err = runCLI("register", "show", "br-20260504-aaaa", "--data-dir", dir)
	require.NoError(t, err)
	require.Contains(t, out, "| kvkk-board-TR | KVKK | KVKK Board | without undue delay | filed, reference TR-1 |")

	out, err = runCLI("register", "export", "--format", "csv", "--regime", "KVKK", "--data-dir", dir)
	require.NoError(t, err)
	require.Contains(t, out, "BR-20260504-AAAA,Laptop stolen")
	require.NotContains(t, out, "BBBB")

	_, err = runCLI("register", "show", "BR-20260504-AAAA", "--report", "--data-dir", dir)
	require.ErrorContains(t, err, "has no final report")
	st, err = store.Open(filepath.Join(dir, "breach.db"))
	require.NoError(t, err)
	posted, err := st.PutReport(ctx, "BR-20260504-AAAA", "# Final report: BR-20260504-AAAA\n", "<h1>Final report</h1>")
	require.NoError(t, err)
	require.False(t, posted)
	require.NoError(t, st.Close())
	out, err = runCLI("register", "show", "BR-20260504-AAAA", "--report", "--data-dir", dir)
	require.NoError(t, err)
	require.Equal(t, "# Final report: BR-20260504-AAAA\n", out)
	out, err = runCLI("register", "show", "BR-20260504-AAAA", "--report", "--html", "--data-dir", dir)
	require.NoError(t, err)
	require.Equal(t, "<h1>Final report</h1>", out)

	_, err = runCLI("register", "export", "--data-dir", dir)
	require.ErrorContains(t, err, `--format "" is not one of csv, json, md`)
	_, err = runCLI("register", "list", "--from", "May 4", "--data-dir", dir)
	require.ErrorContains(t, err, `--from "May 4" is not a date`)
	_, err = runCLI("register", "show", "BR-NOPE", "--data-dir", dir)
	require.ErrorContains(t, err, "is not in the register")
	_, err = runCLI("register", "frobnicate")
	require.ErrorContains(t, err, `unknown subcommand "frobnicate"`)
}
