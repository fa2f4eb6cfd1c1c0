package e2e

import (
	"context"
	"fmt"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/client"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/devserver"
	"github.com/breachwf/breach/internal/incidents"
	breachmail "github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/internal/store"
	"github.com/breachwf/breach/workflows"
)

// killPool is the worker's SMTP session pool in the kill test: the most
// messages that can be on the wire when it dies.
const killPool = 4

// TestDeliverySurvivesSIGKILL runs a mass subject notice in a separate
// worker process, SIGKILLs it three times mid-delivery and starts it again.
// From the SMTP sink and the ledger: nobody is missing, every duplicate is
// a recorded re-send, and re-sends stay within the messages that could be
// on the wire (one per session) at each kill. KILL_SUBJECTS sets the size
// (default 1,500 in CI; BENCHMARKS.md has the 10,000 run).
func TestDeliverySurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker and starts a Temporal server")
	}
	n := 1500
	if v, err := strconv.Atoi(os.Getenv("KILL_SUBJECTS")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	dir := t.TempDir()

	bin, _ := buildCommands(t, dir)

	srv, err := devserver.StartTemporal(devserver.Options{FrontendAddress: freeAddress(t), SearchAttributes: service.SearchAttributes})
	require.NoError(t, err)
	defer srv.Stop()
	outbox := filepath.Join(dir, "outbox")
	sink, err := breachmail.StartSink("127.0.0.1:0", outbox)
	require.NoError(t, err)
	defer sink.Close()

	// The people who decide, with keys the worker's configuration trusts.
	cfgPath, keys := signedConfig(t, dir,
		"  batch_size: 500\n", "  batch_size: 100\n",
		"  pool_size: 8\n", fmt.Sprintf("  pool_size: %d\n", killPool))

	dataDir := filepath.Join(dir, "worker-data")
	_, port, _ := strings.Cut(sink.Addr(), ":")
	var worker *exec.Cmd
	var workerLog lockedBuffer // the worker writes it while the test reads it
	startWorker := func() {
		worker = exec.Command(bin, "-config", cfgPath, "-temporal-address", srv.HostPort(), "-data-dir", dataDir)
		worker.Env = append(os.Environ(), "BREACH_SMTP_HOST=127.0.0.1", "BREACH_SMTP_PORT="+port)
		worker.Stderr = &workerLog
		require.NoError(t, worker.Start())
	}
	startWorker()
	defer func() {
		if worker.ProcessState == nil {
			_ = worker.Process.Kill()
			_ = worker.Wait()
		}
	}()

	tc, err := client.Dial(client.Options{HostPort: srv.HostPort()})
	require.NoError(t, err)
	defer tc.Close()
	c := incidents.Client{Temporal: tc, Signer: keys}
	path := writeSubjects(t, n)
	id, notice, sc := massIncident(t, c, path)
	require.Equal(t, n, sc.new)
	_, err = c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{notice}, By: legal})
	require.NoError(t, err)

	// Kill it at a quarter, half and three quarters of the way.
	for k, share := range []float64{0.25, 0.5, 0.75} {
		target := int(float64(n) * share)
		deadline := time.Now().Add(3 * time.Minute)
		for sink.Count() < target {
			if !time.Now().Before(deadline) {
				t.Fatalf("kill %d: only %d of %d delivered\n%s", k+1, sink.Count(), target, workerLog.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
		require.NoError(t, worker.Process.Signal(syscall.SIGKILL))
		_ = worker.Wait()
		at := sink.Count()
		restarted := time.Now()
		startWorker()
		for sink.Count() == at && time.Since(restarted) < 2*time.Minute {
			time.Sleep(50 * time.Millisecond)
		}
		t.Logf("kill %d at %d delivered: delivery resumed %.1f s after the restart", k+1, at, time.Since(restarted).Seconds())
	}
	s := waitFor(t, c, id, "the delivery after three kills", func(s workflows.Status) bool {
		return noticeFor(s, "gdpr-34-subjects-DE").Status == breach.NoticeSent
	})
	require.NoError(t, worker.Process.Signal(syscall.SIGTERM))
	_ = worker.Wait()

	// What the sink received, by Message-ID and recipient.
	files, err := filepath.Glob(filepath.Join(outbox, "*.eml"))
	require.NoError(t, err)
	perMessage := map[string]int{}
	perRecipient := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		m, err := mail.ReadMessage(fh)
		require.NoError(t, err)
		perMessage[m.Header.Get("Message-Id")]++
		to, err := mail.ParseAddress(m.Header.Get("To"))
		require.NoError(t, err)
		perRecipient[to.Address] = true
		fh.Close()
	}
	duplicates := len(files) - len(perMessage)

	st, err := store.Open(filepath.Join(dataDir, "breach.db"))
	require.NoError(t, err)
	defer st.Close()
	rows, err := st.Ledger(ctx, id)
	require.NoError(t, err)
	interrupted := 0
	for _, r := range rows {
		assert.Equal(t, store.Sent, r.Status, r.MessageID)
		assert.Equal(t, 1+r.Interrupted, r.Attempts, "every attempt is one sent or one interrupted: %s", r.MessageID)
		interrupted += r.Interrupted
		if got := perMessage[r.MessageID]; got > 1 {
			assert.GreaterOrEqual(t, r.Interrupted, got-1, "a duplicate the ledger does not show: %s", r.MessageID)
		}
	}
	require.Len(t, rows, n)
	assert.Len(t, perRecipient, n, "nobody missing")
	assert.Len(t, perMessage, n)
	assert.LessOrEqual(t, duplicates, interrupted, "every duplicate is a recorded re-send")
	assert.LessOrEqual(t, interrupted, 3*killPool, "at most the messages on the wire at each kill")
	p := s.Deliveries[0].Progress
	assert.Equal(t, interrupted, p.Resent, "status says how many were re-sent")
	assert.Equal(t, interrupted, noticeFor(s, "gdpr-34-subjects-DE").Resent)
	t.Logf("%d notices, 3 kills: %d messages in the sink, %d duplicates, %d re-sends recorded", n, len(files), duplicates, interrupted)
}
