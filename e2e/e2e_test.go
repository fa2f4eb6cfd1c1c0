// Package e2e drives the whole system the way a user does: the embedded
// Temporal server, the worker, the SMTP sink and the store, through the
// same client code the starter CLI uses.
package e2e

import (
	"context"
	"encoding/json"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/worker"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/incidents"
	breachmail "github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/workflows"
)

const (
	legal    = "Dana Whitfield"
	security = "Sam Okafor"
)

// signingClient is the CLI's client, signing each decision with the dev key of
// the person it names (worker -dev made them under the data dir).
func signingClient(t testing.TB, svc *service.Service, dataDir string) incidents.Client {
	ring, err := incidents.DevKeyRing(dataDir)
	require.NoError(t, err)
	require.Contains(t, ring, legal)
	return incidents.Client{Temporal: svc.Client, Signer: ring}
}

func freeAddress(t *testing.T) string { return benchAddress(t) }

func benchAddress(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return "127.0.0.1:" + strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

func start(t *testing.T, dataDir, address string) *service.Service {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: address})
	require.NoError(t, err)
	return s
}

func readFacts(t *testing.T, path string) breach.Facts {
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	f, err := breach.ParseFacts(data)
	require.NoError(t, err)
	return f
}

func outbox(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".eml") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out
}

// waitFor polls the incident until cond holds.
func waitFor(t *testing.T, c incidents.Client, id string, what string, cond func(workflows.Status) bool) workflows.Status {
	deadline := time.Now().Add(60 * time.Second)
	for {
		// A server that has just restarted may refuse for a moment: retry.
		s, err := c.Status(context.Background(), id)
		if err == nil && cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; last error %v; status: phase %s, notices %+v", what, err, s.Phase, s.Notices)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func noticeFor(s workflows.Status, obligationID string) breach.Notice {
	for _, n := range s.Notices {
		if n.ObligationID == obligationID {
			return n
		}
	}
	return breach.Notice{}
}

func obligation(s workflows.Status, id string) breach.TrackedObligation {
	for _, o := range s.Obligations {
		if o.ID == id {
			return o
		}
	}
	return breach.TrackedObligation{}
}

func TestProcessorIncidentEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	ctx := context.Background()
	dataDir, address := t.TempDir(), freeAddress(t)
	svc := start(t, dataDir, address)
	defer func() { svc.Stop() }()
	c := signingClient(t, svc, dataDir)

	// One process per data directory: a second one refuses at start.
	_, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: freeAddress(t)})
	require.Error(t, err)
	assert.Regexp(t, `^data dir .+ is in use by process \d+: stop it, or give this one another -data-dir$`, err.Error())

	id, err := c.Declare(ctx, "ERP export bucket exposed", nil, security)
	require.NoError(t, err)
	assert.Regexp(t, `^BR-\d{8}-[0-9A-Z]{4}$`, id)

	// The example's risk is "risk": lower than the unknown (worst case:
	// high) the declaration left, so security cannot decide it alone.
	_, err = c.Triage(ctx, id, workflows.TriageInput{Facts: readFacts(t, "../examples/triage-facts.json"), By: security})
	require.ErrorContains(t, err, "risk lowered from unknown (treated as high) to risk")
	st, err := c.Triage(ctx, id, workflows.TriageInput{Facts: readFacts(t, "../examples/triage-facts.json"), By: legal})
	require.NoError(t, err)
	assert.Equal(t, breach.PhaseApproval, st.Phase)
	for _, want := range []string{"processor-notice-acme-tekstil", "processor-notice-nordwerk", "gdpr-33-authority-DE", "gdpr-33-authority-DK"} {
		o := obligation(st, want)
		require.Equal(t, breach.ObligationOpen, o.Status, want)
		assert.Equal(t, breach.NoticeDraft, noticeFor(st, want).Status, want)
	}
	assert.Empty(t, outbox(t, svc.Outbox), "nothing is sent before approval")

	// Legal approves the notice to Acme only.
	acme := noticeFor(st, "processor-notice-acme-tekstil")
	_, err = c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{acme.ID}, By: security})
	require.ErrorContains(t, err, "Sam Okafor is not a legal approver")
	_, err = incidents.Client{Temporal: svc.Client}.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{acme.ID}, By: legal})
	require.ErrorContains(t, err, "unsigned decision", "a name alone is not an approval")
	ids, err := c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{acme.ID}, By: legal})
	require.NoError(t, err)
	assert.Equal(t, []string{acme.ID}, ids)
	st = waitFor(t, c, id, "the Acme notice to be sent", func(s workflows.Status) bool {
		return noticeFor(s, "processor-notice-acme-tekstil").Status == breach.NoticeSent
	})
	acmeOb := obligation(st, "processor-notice-acme-tekstil")
	assert.Equal(t, breach.ObligationDone, acmeOb.Status)
	assert.False(t, acmeOb.Late)

	files := outbox(t, svc.Outbox)
	require.Len(t, files, 1)
	msg := readEML(t, files[0])
	assert.Equal(t, "<kvkk@acme-tekstil.example>", msg.Header.Get("To"))
	assert.Contains(t, msg.Header.Get("Subject"), id)
	wantID := breachmail.MessageID(id, "processor-notice-acme-tekstil", "kvkk@acme-tekstil.example", "getpaloma.ai")
	assert.Equal(t, wantID, msg.Header.Get("Message-Id"))
	body := rawBody(t, files[0])
	assert.Contains(t, body, "GDPR Art. 33(2)")
	assert.Contains(t, body, acmeOb.Due.UTC().Format("2006-01-02 15:04 UTC"), "the notice carries its deadline")
	assert.Contains(t, body, id)
	// The customer's own clocks start when our notice reaches it: its KVKK
	// Board deadline is 72 h from the sending, no longer an estimate.
	sentAt := *noticeFor(st, "processor-notice-acme-tekstil").DeliveredAt
	assert.NotContains(t, body, "Clock estimated")
	var board breach.Obligation
	for _, d := range st.CustomerDuties {
		if d.ID == "kvkk-board-TR" && d.ControllerID == "acme-tekstil" {
			board = d
		}
	}
	require.NotNil(t, board.Due)
	assert.WithinDuration(t, sentAt.Add(72*time.Hour), *board.Due, 5*time.Second)
	assert.Contains(t, body, board.Due.UTC().Format("2006-01-02 15:04 UTC"))

	rows, err := svc.Store.Ledger(ctx, id)
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, wantID, rows[0].MessageID)
	assert.Equal(t, "sent", rows[0].Status)
	assert.NotNil(t, rows[0].SentAt)

	// The worker, Temporal and the sink stop mid-incident and come back.
	svc.Stop()
	svc = start(t, dataDir, address)
	c = signingClient(t, svc, dataDir)
	after := waitFor(t, c, id, "the incident after the restart", func(workflows.Status) bool { return true })
	assert.Equal(t, breach.NoticeSent, noticeFor(after, "processor-notice-acme-tekstil").Status, "nothing lost in the restart")
	assert.Equal(t, breach.NoticeDraft, noticeFor(after, "processor-notice-nordwerk").Status)
	assert.Equal(t, len(st.Timeline), len(after.Timeline))

	// Everything else is approved after the restart.
	_, err = c.Approve(ctx, id, workflows.ApproveInput{All: true, By: legal})
	require.NoError(t, err)
	st = waitFor(t, c, id, "all deliveries", func(s workflows.Status) bool {
		return noticeFor(s, "processor-notice-nordwerk").Status == breach.NoticeSent &&
			noticeFor(s, "gdpr-33-authority-DK").Status == breach.NoticeSent &&
			noticeFor(s, "gdpr-33-authority-DE").Status == breach.NoticeAwaitingFiling
	})
	de := noticeFor(st, "gdpr-33-authority-DE")
	form, err := os.ReadFile(de.FormFile)
	require.NoError(t, err)
	assert.Contains(t, string(form), "GDPR Art. 33(1)")

	// The portal filing is confirmed with its reference; then close.
	require.ErrorContains(t, c.Close(ctx, id, workflows.CloseInput{By: legal}), "gdpr-33-authority-DE")
	require.NoError(t, c.Filed(ctx, id, workflows.FiledInput{ObligationID: "gdpr-33-authority-DE", Reference: "BfDI-2026-0042", By: legal}))
	require.NoError(t, c.Close(ctx, id, workflows.CloseInput{By: legal}))
	// A closed incident says so, not "no incident"; an unknown one does.
	err = c.AddFacts(ctx, id, workflows.AddFactsInput{By: legal, Facts: breach.Facts{Risk: breach.RiskHigh}})
	require.Error(t, err)
	assert.Regexp(t, `^`+id+` is closed \(closed on \d{4}-\d\d-\d\d \d\d:\d\d UTC by `+legal+`\)`, err.Error())
	assert.ErrorContains(t, c.AddFacts(ctx, "BR-20260302-NONE", workflows.AddFactsInput{By: legal}), "no incident BR-20260302-NONE")

	// Everything the process wrote is its user's only.
	require.NoError(t, filepath.WalkDir(dataDir, func(path string, d os.DirEntry, err error) error {
		require.NoError(t, err)
		info, err := d.Info()
		require.NoError(t, err)
		want := os.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		}
		assert.Equal(t, want, info.Mode().Perm(), path)
		return nil
	}))

	files = outbox(t, svc.Outbox)
	require.Len(t, files, 3, "Acme once, Nordwerk, the Danish authority: no duplicates after the restart")
	rows, err = svc.Store.Ledger(ctx, id)
	require.NoError(t, err)
	require.Len(t, rows, 3)
	seen := map[string]bool{}
	for _, f := range files {
		seen[readEML(t, f).Header.Get("Message-Id")] = true
	}
	for _, r := range rows {
		assert.Equal(t, "sent", r.Status)
		assert.True(t, seen[r.MessageID], "ledger row %s matches a delivered message", r.MessageID)
	}

	reg, err := svc.Store.Register(ctx)
	require.NoError(t, err)
	require.Len(t, reg, 1)
	assert.Equal(t, id, reg[0].IncidentID)
	assert.True(t, reg[0].Notified)
	assert.Contains(t, reg[0].Record, "BfDI-2026-0042")

	// Offline, from the register and the configuration: every decision
	// verifies; an edited record does not.
	var rec workflows.Status
	require.NoError(t, json.Unmarshal([]byte(reg[0].Record), &rec))
	checks, problems := workflows.VerifyRecord(rec, svc.Config.Directory())
	assert.Empty(t, problems)
	assert.GreaterOrEqual(t, len(checks), 6, "declare, triage, approvals, filing, close")
	require.Len(t, rec.Refusals, 3, "security's triage, security's approval, the unsigned approval")
	forged := rec
	forged.Decisions = append([]workflows.SignedDecision(nil), rec.Decisions...)
	forged.Decisions[1].By = security
	_, problems = workflows.VerifyRecord(forged, svc.Config.Directory())
	assert.NotEmpty(t, problems, "a decision re-attributed in the register is caught")

	list, err := c.List(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, "ERP export bucket exposed", list[0].Title)

	// Replaying the recorded history with today's code must not diverge.
	replayer := worker.NewWorkflowReplayer()
	workflows.Register(replayer)
	iter := svc.Client.GetWorkflowHistory(ctx, id, "", false, 0)
	hist, err := workerHistory(iter)
	require.NoError(t, err)
	require.NoError(t, replayer.ReplayWorkflowHistory(nil, hist))
}

func readEML(t *testing.T, path string) *mail.Message {
	f, err := os.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	m, err := mail.ReadMessage(f)
	require.NoError(t, err)
	return m
}

// rawBody returns the message with quoted-printable soft breaks undone.
func rawBody(t *testing.T, path string) string {
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	s := strings.ReplaceAll(string(data), "=\r\n", "")
	return strings.ReplaceAll(s, "=\n", "")
}
