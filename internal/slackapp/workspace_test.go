package slackapp

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const otherTeam = "T0OTHER9"

// fromTeam rewrites an interaction payload's workspace fields.
func fromTeam(t *testing.T, form map[string][]string, team, userTeam string, enterprise map[string]any) map[string][]string {
	t.Helper()
	var p map[string]any
	require.NoError(t, json.Unmarshal([]byte(form["payload"][0]), &p))
	p["team"] = map[string]any{"id": team}
	p["user"].(map[string]any)["team_id"] = userTeam
	if enterprise != nil {
		p["enterprise"] = enterprise
	}
	return interaction(p)
}

func TestRequestsFromAnotherWorkspaceAreRefused(t *testing.T) {
	hs := newHarness(t)

	// A slash command, correctly signed, from another workspace.
	cmd := hs.command("declare Laptop stolen", "UDECL01", "security")
	cmd.Set("team_id", otherTeam)
	rec := hs.postNow("/slack/commands", cmd)
	require.Equal(t, http.StatusOK, rec.Code)
	body := jsonBody(t, rec)
	assert.Equal(t, "ephemeral", body["response_type"])
	assert.Equal(t, refusedWorkspace, body["text"])

	// Legal's Approve button, pressed in another workspace, and pressed in
	// ours by a user of another one (a Slack Connect guest).
	value := ActionValue(incidentID, "N1", "gdpr-33-authority-DE")
	for _, form := range []map[string][]string{
		fromTeam(t, hs.button(ActionApprove, value, legalUser), otherTeam, otherTeam, nil),
		fromTeam(t, hs.button(ActionApprove, value, legalUser), teamID, otherTeam, nil),
		fromTeam(t, hs.button(ActionWaive, value, legalUser), otherTeam, teamID, nil),
		fromTeam(t, hs.submission(CallbackDeclare, modalMeta{Channel: "C0001"}, values(map[string]map[string]any{"title": text("Laptop stolen")}), "UDECL01"), otherTeam, otherTeam, nil),
	} {
		rec := hs.postNow("/slack/interactivity", form)
		require.Equal(t, http.StatusOK, rec.Code)
		assert.Equal(t, refusedWorkspace, jsonBody(t, rec)["text"])
	}
	hs.app.Wait()
	got := hs.inc.snapshot()
	assert.Empty(t, got.approves, "the press never reaches Incidents")
	assert.Empty(t, got.statuses, "not even to look the deadline up")
	assert.Empty(t, got.waives)
	assert.Empty(t, got.declares)
	assert.Empty(t, got.refusals, "another workspace does not write into our timeline")
	assert.Empty(t, hs.openedViews())
	assert.Empty(t, hs.responseTexts())

	// The same press from our workspace is handled.
	rec = hs.postNow("/slack/interactivity", hs.button(ActionApprove, value, legalUser))
	require.Equal(t, http.StatusOK, rec.Code)
	hs.app.Wait()
	assert.Len(t, hs.inc.snapshot().approves, 1)
}

func TestRequestsWithoutWorkspaceAreRefused(t *testing.T) {
	hs := newHarness(t)
	cmd := hs.command("help", "UDECL01", "security")
	cmd.Del("team_id")
	assert.Equal(t, refusedWorkspace, jsonBody(t, hs.postNow("/slack/commands", cmd))["text"])

	// An app configured without a workspace serves none.
	hs.restart(func(c *Config) { c.TeamID = "" })
	assert.Equal(t, refusedWorkspace, jsonBody(t, hs.postNow("/slack/commands", hs.command("help", "UDECL01", "security")))["text"])
}

func TestRequestsFromAnotherEnterpriseAreRefused(t *testing.T) {
	hs := newHarness(t, func(c *Config) { c.EnterpriseID = "E0001" })
	for name, ent := range map[string]string{"another enterprise": "E0OTHER", "none": ""} {
		cmd := hs.command("help", "UDECL01", "security")
		cmd.Set("enterprise_id", ent)
		assert.Equal(t, refusedWorkspace, jsonBody(t, hs.postNow("/slack/commands", cmd))["text"], name)
	}
	cmd := hs.command("help", "UDECL01", "security")
	cmd.Set("enterprise_id", "E0001")
	assert.Contains(t, jsonBody(t, hs.postNow("/slack/commands", cmd))["text"], "/breach declare")

	value := ActionValue(incidentID, "N1", "gdpr-33-authority-DE")
	press := fromTeam(t, hs.button(ActionApprove, value, legalUser), teamID, teamID, map[string]any{"id": "E0OTHER"})
	assert.Equal(t, refusedWorkspace, jsonBody(t, hs.postNow("/slack/interactivity", press))["text"])
	hs.app.Wait()
	assert.Empty(t, hs.inc.snapshot().approves)

	press = fromTeam(t, hs.button(ActionApprove, value, legalUser), teamID, teamID, map[string]any{"id": "E0001"})
	require.Equal(t, http.StatusOK, hs.postNow("/slack/interactivity", press).Code)
	hs.app.Wait()
	assert.Len(t, hs.inc.snapshot().approves, 1)
}

func TestSocketModeRefusesAnotherWorkspace(t *testing.T) {
	sm := newFakeSocketMode(t)
	inc := &fakeIncidents{}
	app := New(Config{AppToken: "xapp-test", BotToken: "xoxb-test", APIURL: sm.srv.URL + "/", TeamID: teamID,
		LegalUsers: func(context.Context) ([]string, error) { return []string{legalUser}, nil }},
		inc, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.RunSocketMode(ctx) }()
	stop := sync.OnceFunc(func() { cancel(); assert.NoError(t, <-done); app.Wait() })
	defer stop()
	<-sm.auth
	var conn *websocket.Conn
	select {
	case conn = <-sm.conns:
	case <-time.After(5 * time.Second):
		t.Fatal("no Socket Mode connection")
	}
	defer conn.Close()
	require.NoError(t, conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1}))
	send := func(envelope, typ string, payload any) ack {
		t.Helper()
		require.NoError(t, conn.WriteJSON(map[string]any{"type": typ, "envelope_id": envelope, "payload": payload, "accepts_response_payload": true}))
		require.NoError(t, conn.SetReadDeadline(time.Now().Add(5*time.Second)))
		var a ack
		require.NoError(t, conn.ReadJSON(&a))
		return a
	}

	a := send("env-1", "slash_commands", map[string]any{"command": "/breach", "text": "help", "user_id": "U1", "channel_id": "C1", "trigger_id": "t1", "team_id": otherTeam})
	assert.Contains(t, string(a.Payload), refusedWorkspace)
	a = send("env-2", "interactive", map[string]any{
		"type": "block_actions", "team": map[string]any{"id": otherTeam}, "user": map[string]any{"id": legalUser, "team_id": otherTeam}, "trigger_id": "t2",
		"actions": []any{map[string]any{"type": "button", "action_id": ActionApprove, "value": ActionValue(incidentID, "N1", "x")}},
	})
	assert.Equal(t, "env-2", a.EnvelopeID)
	assert.Contains(t, string(a.Payload), refusedWorkspace)
	stop()
	assert.Empty(t, inc.snapshot().approves)
	assert.Empty(t, inc.snapshot().statuses)
}
