package slackapp

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// BenchmarkSlashCommandAck measures the HTTP handler's ack of a signed
// `/breach help`: signature check, workspace check, retry bookkeeping,
// parsing, the reply.
func BenchmarkSlashCommandAck(b *testing.B) {
	app := New(Config{SigningSecret: secret, BotToken: "xoxb-test", APIURL: "http://127.0.0.1:1/", TeamID: teamID}, &fakeIncidents{}, nil)
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
