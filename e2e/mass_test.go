package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jordan-wright/email"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/workflows"
)

// writeSubjects writes n affected people in DE as a CSV export, plus the
// given extra lines (bad rows, duplicates).
func writeSubjects(t testing.TB, n int, extra ...string) string {
	path := filepath.Join(t.TempDir(), "subjects.csv")
	f, err := os.Create(path)
	require.NoError(t, err)
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "subject_id,email,name,country,language")
	for i := 0; i < n; i++ {
		fmt.Fprintf(w, "S%07d,person%d@example.org,Person %d,DE,de\n", i, i, i)
	}
	for _, l := range extra {
		fmt.Fprintln(w, l)
	}
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
	return path
}

// massIncident declares and triages a controller-mode incident with high
// risk in DE, scopes the export and returns the subject notice's ID.
func massIncident(t testing.TB, c incidents.Client, path string) (string, string, incidentsScope) {
	ctx := context.Background()
	id, err := c.Declare(ctx, "Newsletter list exposed", nil, security)
	require.NoError(t, err)
	_, err = c.Triage(ctx, id, workflows.TriageInput{By: security, Facts: breach.Facts{
		Subjects: map[string]int{"DE": 1}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: "high",
	}})
	require.NoError(t, err)
	res, err := c.Scope(ctx, id, workflows.ScopeInput{By: security})
	_ = res
	require.Error(t, err, "a scope without a file is refused")
	res, err = c.Scope(ctx, id, scopeInput(path))
	require.NoError(t, err)
	s, err := c.Status(ctx, id)
	require.NoError(t, err)
	notice := noticeFor(s, "gdpr-34-subjects-DE")
	require.NotEmpty(t, notice.ID)
	return id, notice.ID, incidentsScope{rows: res.Rows, new: res.New, dup: res.Duplicates, bad: res.Quarantined}
}

type incidentsScope struct{ rows, new, dup, bad int }

func scopeInput(path string) workflows.ScopeInput {
	in := workflows.ScopeInput{By: security}
	in.Path = path
	return in
}

func TestMassSubjectNotice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	ctx := context.Background()
	// Small batches and a short history limit, so that the delivery
	// continues as new several times.
	example, err := os.ReadFile("../config.example.yaml")
	require.NoError(t, err)
	cfg := strings.Replace(string(example), "  batch_size: 500\n", "  batch_size: 50\n  history_limit: 60\n", 1)
	cfgPath := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(cfgPath, []byte(cfg), 0o600))
	dataDir := t.TempDir()
	svc, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: freeAddress(t), ConfigPath: cfgPath})
	require.NoError(t, err)
	defer svc.Stop()
	c := signingClient(t, svc, dataDir)
	path := writeSubjects(t, 1200,
		"S0000001,person1@example.org,Person 1,DE,de", // duplicate subject
		"X1,not-an-email,Bad,DE,de",                   // quarantined: invalid email
		"X2,x2@example.org,Bad,ZZ,de",                 // quarantined: unknown jurisdiction
		"X3,x3@example.org,Other,FR,fr",               // another jurisdiction
	)
	id, notice, sc := massIncident(t, c, path)
	assert.Equal(t, 1204, sc.rows)
	assert.Equal(t, 1201, sc.new)
	assert.Equal(t, 1, sc.dup)
	assert.Equal(t, 2, sc.bad)
	s, err := c.Status(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, 1200, s.Facts.Subjects["DE"], "the list's counts feed the facts")
	assert.Equal(t, breach.ObligationOpen, obligation(s, "gdpr-34-subjects-FR").Status, "a new jurisdiction found by scoping creates its duty")

	_, err = c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{notice}, By: legal})
	require.NoError(t, err)
	s = waitFor(t, c, id, "the mass delivery", func(s workflows.Status) bool {
		return noticeFor(s, "gdpr-34-subjects-DE").Status == breach.NoticeSent
	})
	require.Len(t, s.Deliveries, 1)
	p := s.Deliveries[0].Progress
	assert.Equal(t, 1200, p.Total)
	assert.Equal(t, 1200, p.Sent)
	assert.True(t, p.Done)
	assert.Greater(t, p.Runs, 1, "the delivery continued as new")
	assert.Less(t, p.MaxHistory, 200, "every run stays near its limit")
	assert.Len(t, outbox(t, svc.Outbox), 1200)
	rows, err := svc.Store.Ledger(ctx, id)
	require.NoError(t, err)
	assert.Len(t, rows, 1200, "one ledger row per recipient")
	assert.Equal(t, breach.ObligationDone, obligation(s, "gdpr-34-subjects-DE").Status)
}

// BenchmarkMassDelivery runs the real path (embedded Temporal, store,
// worker, SMTP sink) for BENCH_SUBJECTS synthetic people (default 2,000)
// and, in the same run, a plain jordan-wright/email pool loop sending as
// many messages to the same sink. For the recorded figures:
//
//	BENCH_SUBJECTS=100000 go test ./e2e -run '^$' -bench MassDelivery -benchtime 1x -timeout 60m
func BenchmarkMassDelivery(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("BENCH_SUBJECTS")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	dataDir := b.TempDir()
	svc, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: benchAddress(b)})
	require.NoError(b, err)
	defer svc.Stop()
	c := signingClient(b, svc, dataDir)
	path := writeSubjects(b, n)
	for i := 0; i < b.N; i++ {
		scopeStart := time.Now()
		id, notice, _ := massIncident(b, c, path)
		scopeTime := time.Since(scopeStart)

		start := time.Now()
		_, err = c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{notice}, By: legal})
		require.NoError(b, err)
		var s workflows.Status
		for {
			s, err = c.Status(ctx, id)
			if err == nil && noticeFor(s, "gdpr-34-subjects-DE").Status == breach.NoticeSent {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		pipeline := time.Since(start)
		p := s.Deliveries[0].Progress

		// Baseline: jordan-wright/email's own pool against the same sink,
		// with the outbox emptied first so both write into an empty folder.
		entries, err := os.ReadDir(svc.Outbox)
		require.NoError(b, err)
		for _, e := range entries {
			require.NoError(b, os.Remove(filepath.Join(svc.Outbox, e.Name())))
		}
		host, port, _ := net.SplitHostPort(svc.Sink.Addr())
		pool, err := email.NewPool(net.JoinHostPort(host, port), 8, nil)
		require.NoError(b, err)
		rawStart := time.Now()
		done := make(chan error, 64)
		sem := make(chan struct{}, 8)
		for j := 0; j < n; j++ {
			sem <- struct{}{}
			go func(j int) {
				defer func() { <-sem }()
				e := email.NewEmail()
				e.From = "Breach <breach@localhost>"
				e.To = []string{fmt.Sprintf("raw%d@example.org", j)}
				e.Subject = "raw baseline"
				e.Text = []byte(strings.Repeat("notice text ", 200))
				if err := pool.Send(e, time.Minute); err != nil {
					select {
					case done <- err:
					default:
					}
				}
			}(j)
		}
		for k := 0; k < cap(sem); k++ {
			sem <- struct{}{}
		}
		raw := time.Since(rawStart)
		pool.Close()
		select {
		case err := <-done:
			b.Fatalf("raw pool: %v", err)
		default:
		}
		pipeRate := float64(p.Sent) / pipeline.Seconds()
		rawRate := float64(n) / raw.Seconds()
		b.ReportMetric(pipeRate, "pipeline-msg/s")
		b.ReportMetric(rawRate, "raw-pool-msg/s")
		b.ReportMetric(pipeRate/rawRate, "ratio")
		b.ReportMetric(float64(p.MaxHistory), "max-history-events")
		b.ReportMetric(float64(p.Runs), "runs")
		b.ReportMetric(scopeTime.Seconds(), "declare+scope-s")
		b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
	}
}

// peakRSS is this process's peak resident set (embedded Temporal server,
// worker and test together), from /proc.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			f := strings.Fields(l)
			if len(f) >= 2 {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}
