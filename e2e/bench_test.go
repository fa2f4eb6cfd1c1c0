package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/internal/slackapi"
)

// BenchmarkSlashCommandAck measures how fast a signed `/breach declare`
// is acknowledged by the worker's HTTP endpoint with the embedded Temporal
// server running (the ack includes views.open against a loopback Slack
// fake). Slack allows 3 s. The baseline, measured in the same run, is a
// bare HTTP handler answering 200 over the same loopback client, so the
// ratio shows what the app adds. Run with:
//
//	go test ./e2e -run '^$' -bench SlashCommandAck -benchtime 200x
func BenchmarkSlashCommandAck(b *testing.B) {
	fake := slackapi.NewFake(b)
	b.Setenv("SLACK_BOT_TOKEN", "xoxb-test")
	b.Setenv("SLACK_SIGNING_SECRET", signingSecret)
	svc, err := service.Start(context.Background(), service.Options{Dev: true, DataDir: b.TempDir(), TemporalAddress: benchAddress(b), ConfigPath: slackConfigB(b, fake)})
	require.NoError(b, err)
	defer svc.Stop()

	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }))
	defer bare.Close()

	form := func(i int) url.Values {
		return url.Values{"command": {"/breach"}, "text": {"declare"}, "user_id": {"U-SEC"}, "channel_id": {"C-SOC"},
			"channel_name": {"soc"}, "trigger_id": {fmt.Sprintf("bench.%d", i)}, "response_url": {bare.URL}, "team_id": {e2eTeam}}
	}
	measure := func(base string, n int) []time.Duration {
		out := make([]time.Duration, 0, n)
		for i := 0; i < n; i++ {
			start := time.Now()
			resp := signedPost(b, base, "/slack/commands", form(i))
			out = append(out, time.Since(start))
			if resp.StatusCode != http.StatusOK {
				b.Fatalf("status %d", resp.StatusCode)
			}
		}
		return out
	}
	measure(svc.SlackAddress, 10) // warm up connections and caches
	b.ResetTimer()
	app := measure(svc.SlackAddress, b.N)
	b.StopTimer()
	raw := measure(bare.Listener.Addr().String(), b.N)
	p := func(d []time.Duration, q float64) time.Duration {
		s := append([]time.Duration(nil), d...)
		sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
		return s[min(len(s)-1, int(q*float64(len(s))))]
	}
	b.ReportMetric(float64(p(app, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p(app, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(p(raw, 0.5).Microseconds())/1000, "baseline-p50-ms")
	b.ReportMetric(float64(p(app, 0.5))/float64(p(raw, 0.5)), "p50-ratio")
	b.ReportMetric(float64(p(app, 0.99))/float64(p(raw, 0.99)), "p99-ratio")
}
