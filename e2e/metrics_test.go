package e2e

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/workflows"
)

// TestMetricsAndHealth: -metrics-listen serves our counters, the SDK's
// metrics and health endpoints that need no Slack; the counters follow
// what the incident did.
func TestMetricsAndHealth(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	ctx := context.Background()
	dataDir := t.TempDir()
	svc, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: freeAddress(t), MetricsListen: "127.0.0.1:0"})
	require.NoError(t, err)
	defer svc.Stop()
	base := "http://" + svc.MetricsAddress
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, _ := get("/healthz")
	require.Equal(t, http.StatusOK, code)
	code, _ = get("/readyz")
	require.Equal(t, http.StatusOK, code)

	c := signingClient(t, svc, dataDir)
	id, err := c.Declare(ctx, "ERP export bucket exposed", nil, security)
	require.NoError(t, err)
	_, err = c.Triage(ctx, id, workflows.TriageInput{Facts: readFacts(t, "../examples/triage-facts.json"), By: legal})
	require.NoError(t, err)
	csv := filepath.Join(t.TempDir(), "subjects.csv")
	require.NoError(t, os.WriteFile(csv, []byte("subject_id,email,name,country\nP1,p1@example.org,P One,DE\nP1,p1@example.org,P One,DE\nP2,not-an-email,P Two,DE\n"), 0o600))
	_, err = c.Scope(ctx, id, scopeInput(csv))
	require.NoError(t, err)
	series := func(body, name string) float64 {
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` ([0-9.e+]+)$`).FindStringSubmatch(body)
		require.NotNil(t, m, "no %s in /metrics", name)
		v, err := strconv.ParseFloat(m[1], 64)
		require.NoError(t, err)
		return v
	}
	_, before := get("/metrics")
	require.Equal(t, 1.0, series(before, `breach_obligations_scrape_ok`))
	require.Equal(t, 2.0, series(before, `breach_obligations_open{audience="controller"}`), "both customers' notices open before approval")
	require.Equal(t, 0.0, series(before, `breach_obligations_late{audience="controller"}`))
	_, err = c.Approve(ctx, id, workflows.ApproveInput{All: true, By: legal})
	require.NoError(t, err)
	waitFor(t, c, id, "the processor notices", func(s workflows.Status) bool {
		return noticeFor(s, "processor-notice-acme-tekstil").Status == breach.NoticeSent &&
			noticeFor(s, "processor-notice-nordwerk").Status == breach.NoticeSent
	})

	_, body := get("/metrics")
	value := func(name string) float64 { return series(body, name) }
	require.Equal(t, 2.0, value(`breach_notices_sent_total{audience="controller"}`), "one notice to each customer")
	require.Equal(t, 1.0, value(`breach_scan_rows_total{result="new"}`))
	require.Equal(t, 1.0, value(`breach_scan_rows_total{result="duplicate"}`))
	require.Equal(t, 1.0, value(`breach_scan_rows_total{result="quarantined"}`))
	require.Equal(t, 2.0, value(`breach_awareness_to_notice_hours_count{audience="controller"}`))
	require.Equal(t, 0.0, value(`breach_obligations_open{audience="controller"}`), "sent: no longer open")
	require.Regexp(t, `(?m)^temporal_\w+`, body, "the SDK's metrics")
	require.NotContains(t, body, "p1@example.org")
	require.NotContains(t, body, id, "no incident IDs as labels")

	// The risk turns out high: the person in DE is told, and each message
	// of the subject batches is timed from awareness too.
	require.NoError(t, c.AddFacts(ctx, id, workflows.AddFactsInput{Facts: readFacts(t, "../examples/high-risk.json"), By: legal}))
	_, err = c.Approve(ctx, id, workflows.ApproveInput{All: true, By: legal})
	require.NoError(t, err)
	waitFor(t, c, id, "the subject notice", func(s workflows.Status) bool {
		return noticeFor(s, "gdpr-34-subjects-DE").Status == breach.NoticeSent
	})
	_, body = get("/metrics")
	require.Equal(t, 1.0, value(`breach_notices_sent_total{audience="subjects"}`))
	require.Equal(t, 1.0, value(`breach_awareness_to_notice_hours_count{audience="subjects"}`), "the subject's message, from awareness")
	require.Less(t, value(`breach_awareness_to_notice_hours_sum{audience="subjects"}`), 1.0, "minutes after awareness, in hours")

	// The embedded server's own metrics are served where -dev prints.
	resp, err := http.Get("http://" + svc.Temporal.MetricsAddress() + "/metrics")
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
}
