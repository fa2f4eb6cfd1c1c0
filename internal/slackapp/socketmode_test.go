package slackapp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeSocketMode is Slack's side of Socket Mode: apps.connections.open
// hands out a WebSocket URL; on it the test sends envelopes and reads acks.
type fakeSocketMode struct {
	srv   *httptest.Server
	conns chan *websocket.Conn
	auth  chan string
}

func newFakeSocketMode(t *testing.T) *fakeSocketMode {
	f := &fakeSocketMode{conns: make(chan *websocket.Conn, 1), auth: make(chan string, 4)}
	mux := http.NewServeMux()
	mux.HandleFunc("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
		select {
		case f.auth <- r.Header.Get("Authorization"):
		default:
		}
		fmt.Fprintf(w, `{"ok":true,"url":"ws://%s/link"}`, r.Host)
	})
	// Slack's Origin is api.slack.com, as slack-go sends it.
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	mux.HandleFunc("/link", func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		f.conns <- c
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

type ack struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
}

func TestSocketModeSharesHandlers(t *testing.T) {
	sm := newFakeSocketMode(t)
	inc := &fakeIncidents{}
	app := New(Config{AppToken: "xapp-test", BotToken: "xoxb-test", APIURL: sm.srv.URL + "/", TeamID: teamID}, inc, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.RunSocketMode(ctx) }()
	// App.Wait only after Socket Mode has stopped: while it runs, every
	// envelope adds to the app's WaitGroup.
	stop := sync.OnceFunc(func() { cancel(); assert.NoError(t, <-done); app.Wait() })
	defer stop()

	assert.Equal(t, "Bearer xapp-test", <-sm.auth, "the app-level token opens the connection")
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

	a := send("env-1", "slash_commands", map[string]any{"command": "/breach", "text": "help", "user_id": "U1", "channel_id": "C1", "trigger_id": "t1", "team_id": teamID})
	assert.Equal(t, "env-1", a.EnvelopeID)
	assert.Contains(t, string(a.Payload), "/breach declare")

	bad := map[string]any{
		"type": "view_submission", "team": map[string]any{"id": teamID}, "user": map[string]any{"id": "U1"}, "trigger_id": "t2",
		"view": map[string]any{"callback_id": CallbackDeclare, "private_metadata": modalMeta{Channel: "C1"}.encode(),
			"state": map[string]any{"values": values(map[string]map[string]any{"title": text("Laptop"), "jurisdictions": text("ZZ")})}},
	}
	a = send("env-2", "interactive", bad)
	assert.Equal(t, "env-2", a.EnvelopeID)
	assert.Contains(t, string(a.Payload), `"response_action":"errors"`)
	assert.Contains(t, string(a.Payload), `\"ZZ\"`)

	// A retried envelope of a request already handled is acked, not acted on.
	good := map[string]any{
		"type": "view_submission", "team": map[string]any{"id": teamID}, "user": map[string]any{"id": "U1"}, "trigger_id": "t3",
		"view": map[string]any{"callback_id": CallbackDeclare, "state": map[string]any{"values": values(map[string]map[string]any{"title": text("Laptop")})}},
	}
	a = send("env-3", "interactive", good)
	assert.Equal(t, "env-3", a.EnvelopeID)
	assert.True(t, len(a.Payload) == 0 || string(a.Payload) == "null", "empty ack closes the modal: %s", a.Payload)
	a = send("env-3", "interactive", good)
	assert.Equal(t, "env-3", a.EnvelopeID)
	require.Eventually(t, func() bool { return len(inc.snapshot().declares) == 1 }, waitFor, tick)
	stop() // and with it the work started after the acks
	assert.Len(t, inc.snapshot().declares, 1)
	assert.Equal(t, "Laptop", inc.snapshot().declares[0].Title)
	assert.Equal(t, "U1", inc.snapshot().declares[0].UserID)
}

func TestSocketModeNeedsAppToken(t *testing.T) {
	app := New(Config{BotToken: "xoxb"}, &fakeIncidents{}, nil)
	err := app.RunSocketMode(context.Background())
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "app-level token"))
}
