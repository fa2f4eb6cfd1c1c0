package slackapp

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/breachwf/breach/internal/store"
)

// BenchmarkSlashCommandAck measures the HTTP handler's ack of a signed
// `/breach help`: signature check, workspace check, retry bookkeeping,
// parsing, the reply. The replay guard is in memory (memory) or in the
// SQLite store as the worker runs it (store).
func BenchmarkSlashCommandAck(b *testing.B) {
	b.Run("memory", func(b *testing.B) { benchmarkAck(b, nil) })
	b.Run("store", func(b *testing.B) {
		st, err := store.Open(filepath.Join(b.TempDir(), "breach.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		benchmarkAck(b, st)
	})
}

func benchmarkAck(b *testing.B, seen Seen) {
	app := New(Config{SigningSecret: secret, BotToken: "xoxb-test", APIURL: "http://127.0.0.1:1/", TeamID: teamID, Seen: seen}, &fakeIncidents{}, nil)
	h := app.Handler()
	type signed struct {
		body   string
		header http.Header
	}
	reqs := make([]signed, b.N)
	now := time.Now()
	for i := range reqs {
		body := url.Values{
			"team_id": {teamID}, "channel_id": {"C0001"}, "channel_name": {"general"}, "user_id": {"U0001"},
			"command": {"/breach"}, "text": {"help"}, "response_url": {"http://127.0.0.1:1/r"},
			"trigger_id": {fmt.Sprintf("1334.7384.%d", i)},
		}.Encode()
		reqs[i] = signed{body, Sign(secret, []byte(body), now)}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range reqs {
		req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(reqs[i].body))
		req.Header = reqs[i].header
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}
