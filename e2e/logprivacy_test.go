package e2e

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/workflows"
)

// lockedBuffer is a log sink several goroutines write to.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestNoPersonalDataInLogs runs a whole incident, with scoping, a bad row,
// a refusal and a mass delivery, logging everything at debug level (ours
// and the Temporal SDK's), and reads the embedded server's log too: none
// may hold a subject's e-mail address or name, or the incident's free text.
func TestNoPersonalDataInLogs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	ctx := context.Background()
	logs := &lockedBuffer{}
	dataDir := t.TempDir()
	svc, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: freeAddress(t),
		Log: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	require.NoError(t, err)
	defer svc.Stop()
	c := signingClient(t, svc, dataDir)

	secrets := []string{
		"Zelda Quuxworth", "zelda.quux@example.org", "Ignatius Frobisher", "ignatius.f@example.org", "broken-address-9x",
		"SUMMARY-pangolin-7731", "CONSEQUENCES-axolotl-4410", "MEASURES-quokka-2209",
	}
	csv := filepath.Join(t.TempDir(), "subjects.csv")
	require.NoError(t, os.WriteFile(csv, []byte("subject_id,email,name,country,language\n"+
		"P1,zelda.quux@example.org,Zelda Quuxworth,DE,de\n"+
		"P2,ignatius.f@example.org,Ignatius Frobisher,DE,\n"+
		"P3,broken-address-9x,Broken Row,DE,de\n"), 0o600))

	id, err := c.Declare(ctx, "Newsletter list exposed", &breach.Facts{Summary: "SUMMARY-pangolin-7731"}, security)
	require.NoError(t, err)
	_, err = c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Subjects: map[string]int{"DE": 2}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: breach.RiskHigh,
		Consequences: "CONSEQUENCES-axolotl-4410", Measures: "MEASURES-quokka-2209",
	}})
	require.NoError(t, err)
	// A responder lowering the risk is refused (and logged as a refusal).
	require.Error(t, c.AddFacts(ctx, id, workflows.AddFactsInput{By: security, Facts: breach.Facts{Risk: breach.RiskUnlikely}}))
	res, err := c.Scope(ctx, id, scopeInput(csv))
	require.NoError(t, err)
	require.Equal(t, 1, res.Quarantined)
	_, err = c.Approve(ctx, id, workflows.ApproveInput{All: true, By: legal})
	require.NoError(t, err)
	waitFor(t, c, id, "the subject notice", func(s workflows.Status) bool {
		return noticeFor(s, "gdpr-34-subjects-DE").Status == breach.NoticeSent
	})
	require.GreaterOrEqual(t, len(outbox(t, svc.Outbox)), 2, "both people were sent the notice")
	time.Sleep(500 * time.Millisecond) // let the last log lines land
	svc.Stop()

	server, err := os.ReadFile(filepath.Join(dataDir, "temporal.log"))
	require.NoError(t, err)
	all := logs.String() + string(server)
	require.NotEmpty(t, logs.String())
	for _, s := range secrets {
		assert.NotContains(t, all, s, "personal data or incident text in the logs")
	}
}
