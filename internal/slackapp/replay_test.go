package slackapp

import (
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/store"
)

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func withSeen(s Seen) func(*Config) { return func(c *Config) { c.Seen = s } }

func TestReplayAfterRestartIsNotActedOn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "breach.db")
	first := openStore(t, path)
	hs := newHarness(t, withSeen(first))
	// Signatures carry the wall clock: slack-go checks them against it.
	signedAt := time.Now()
	cmd := hs.command("declare", "UDECL01", "security")
	submit := hs.submission(CallbackDeclare, modalMeta{Channel: "C0001"}, values(map[string]map[string]any{
		"title": text("Laptop stolen"),
	}), "UDECL01")

	require.Equal(t, http.StatusOK, hs.post("/slack/commands", cmd, signedAt).Code)
	require.Equal(t, http.StatusOK, hs.post("/slack/interactivity", submit, signedAt).Code)
	hs.app.Wait()
	require.Len(t, hs.openedViews(), 1)
	require.Len(t, hs.inc.snapshot().declares, 1)

	// The worker restarts on the same database file; the same signed
	// bodies arrive again, still within their signature window.
	require.NoError(t, first.Close())
	hs.restart(withSeen(openStore(t, path)))
	rec := hs.post("/slack/commands", cmd, signedAt)
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
	rec = hs.post("/slack/interactivity", submit, signedAt)
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
	hs.app.Wait()
	assert.Len(t, hs.openedViews(), 1, "no second declare form")
	assert.Len(t, hs.inc.snapshot().declares, 1, "no second declare")

	// What the store prevents: an app that keeps the guard in memory
	// forgets on restart and declares again.
	hs.restart()
	require.Equal(t, http.StatusOK, hs.post("/slack/interactivity", submit, signedAt).Code)
	hs.app.Wait()
	assert.Len(t, hs.inc.snapshot().declares, 2)
}

func TestReplayGuardDownFailsClosedForActions(t *testing.T) {
	broken := openStore(t, filepath.Join(t.TempDir(), "breach.db"))
	require.NoError(t, broken.Close()) // every FirstSeen now fails
	hs := newHarness(t, withSeen(broken))

	rec := hs.postNow("/slack/interactivity", hs.submission(CallbackDeclare, modalMeta{Channel: "C0001"}, values(map[string]map[string]any{
		"title": text("Laptop stolen"),
	}), "UDECL01"))
	assert.Equal(t, http.StatusInternalServerError, rec.Code, "Slack reports the failure; the user can try again")
	rec = hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "gdpr-33-authority-DE"), legalUser))
	assert.Equal(t, http.StatusInternalServerError, rec.Code)
	rec = hs.postNow("/slack/commands", hs.command("declare", "UDECL01", "security"))
	assert.Equal(t, http.StatusInternalServerError, rec.Code)
	hs.app.Wait()
	assert.Empty(t, hs.inc.snapshot().declares)
	assert.Empty(t, hs.inc.snapshot().approves)
	assert.Empty(t, hs.openedViews())

	// Reading is harmless twice over: help is still answered.
	rec = hs.postNow("/slack/commands", hs.command("help", "UDECL01", "security"))
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Contains(t, jsonBody(t, rec)["text"], "/breach declare")
}
