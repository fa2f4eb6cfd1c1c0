package register

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/store"
)

func TestRegisterOutcomesAndFilters(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "b.db"))
	require.NoError(t, err)
	defer st.Close()
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	due := t0.Add(72 * time.Hour)
	waivedAt := t0.Add(5 * time.Hour)
	rec := map[string]any{
		"obligations": []breach.TrackedObligation{
			{Obligation: breach.Obligation{ID: "processor-notice-acme", Regime: "GDPR; KVKK", Recipient: "Acme", Due: &due, Required: true}, Status: breach.ObligationDone, NoticeID: "N1"},
			{Obligation: breach.Obligation{ID: "gdpr-33-authority-DE", Regime: "GDPR", Recipient: "BfDI", Due: &due, Required: true}, Status: breach.ObligationDone, Reference: "DE-42", Late: true},
			{Obligation: breach.Obligation{ID: "gdpr-34-subjects-DE", Regime: "GDPR", Required: true}, Status: breach.ObligationWaived,
				Waiver: &breach.Decision{By: "Dana Whitfield", At: waivedAt, Reason: "=HYPERLINK(\"x\") data was encrypted"}},
			{Obligation: breach.Obligation{ID: "us-ca-ag", Regime: "US-CA", Required: false, Reason: "fewer than 500 residents"}, Status: breach.ObligationOpen},
		},
		"notices":  []breach.Notice{{ID: "N2", ObligationID: "gdpr-33-authority-DE", DelayReason: "forensics took 4 days"}},
		"closed":   breach.Decision{By: "Dana Whitfield", At: t0.Add(100 * time.Hour)},
		"refusals": []any{map[string]any{"by": "Mallory"}},
		"timeline": []breach.Event{
			{At: t0.Add(90 * time.Hour), Kind: "filed", Text: "gdpr-33-authority-DE filed with BfDI, reference DE-42", By: "Emre Kaya"},
			// Another obligation whose ID begins with this one's: not its filing.
			{At: t0.Add(91 * time.Hour), Kind: "filed", Text: "gdpr-33-authority-DE-BY filed with BayLDA, reference BY-7", By: "Mallory"},
		},
	}
	b, err := json.Marshal(rec)
	require.NoError(t, err)
	require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: "BR-1", Title: "Bucket | <b>exposed</b>", DeclaredAt: t0, ClosedAt: t0.Add(100 * time.Hour), PersonalData: true, Risk: "high", Notified: true, Record: string(b)}))
	require.NoError(t, st.PutRegister(ctx, store.RegisterEntry{IncidentID: "BR-2", Title: "Not personal data", DeclaredAt: t0.AddDate(0, 1, 0), ClosedAt: t0.AddDate(0, 1, 0), Rationale: "logs only", Record: `{"obligations":[]}`}))
	for i, s := range []string{store.Sent, store.Sent, store.Failed} {
		_, err := st.Queue(ctx, store.LedgerRow{MessageID: "<m" + string(rune('a'+i)) + "@x>", IncidentID: "BR-1", NoticeID: "N1", ObligationID: "processor-notice-acme", Recipient: "p@example.com", Status: store.Queued, QueuedAt: t0})
		require.NoError(t, err)
		if s == store.Sent {
			require.NoError(t, st.MarkSent(ctx, "<m"+string(rune('a'+i))+"@x>", "250 ok", t0))
		} else {
			require.NoError(t, st.MarkFailed(ctx, "<m"+string(rune('a'+i))+"@x>", "550 no", true))
		}
	}

	entries, err := Read(ctx, st)
	require.NoError(t, err)
	require.Len(t, entries, 2)
	e := entries[0]
	require.Equal(t, []string{"GDPR", "KVKK", "US-CA"}, e.Regimes)
	require.Equal(t, 1, e.Refusals)
	byID := map[string]Outcome{}
	for _, o := range e.Outcomes {
		byID[o.ObligationID] = o
	}
	sent := byID["processor-notice-acme"]
	require.Equal(t, "sent", sent.Outcome)
	require.Equal(t, 2, sent.Sent)
	require.Equal(t, 1, sent.Failed)
	require.Equal(t, []string{"<ma@x>", "<mb@x>"}, sent.MessageIDs)
	filed := byID["gdpr-33-authority-DE"]
	require.Equal(t, "filed", filed.Outcome)
	require.Equal(t, "Emre Kaya", filed.By)
	require.Contains(t, filed.Detail(), "filed, reference DE-42, recorded by Emre Kaya")
	require.Contains(t, filed.Detail(), "LATE (reason given: forensics took 4 days)")
	waived := byID["gdpr-34-subjects-DE"]
	require.Equal(t, "waived", waived.Outcome)
	require.Contains(t, waived.Detail(), "waived by Dana Whitfield on 2026-03-02 14:00 UTC")
	require.Equal(t, "not required", byID["us-ca-ag"].Outcome)

	match := func(f Filter) []string {
		var ids []string
		for _, e := range entries {
			if f.Match(e) {
				ids = append(ids, e.IncidentID)
			}
		}
		return ids
	}
	require.Equal(t, []string{"BR-1"}, match(Filter{Regime: "kvkk"}), "a joint regime matches each part")
	require.Equal(t, []string{"BR-2"}, match(Filter{Notified: "no"}))
	require.Equal(t, []string{"BR-1"}, match(Filter{Outcome: "late"}))
	require.Equal(t, []string{"BR-1"}, match(Filter{Outcome: "waived"}))
	require.Equal(t, []string{"BR-2"}, match(Filter{From: t0.AddDate(0, 0, 1)}))
	require.Equal(t, []string{"BR-1"}, match(Filter{To: t0.AddDate(0, 0, 1)}))
	require.Empty(t, match(Filter{Regime: "LGPD"}))

	var out bytes.Buffer
	require.NoError(t, Export(&out, "csv", entries))
	rows, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1+4+1, "a header, one row per obligation, one for the incident without")
	require.Equal(t, "incident_id", rows[0][0])
	for _, r := range rows[1:] {
		for _, cell := range r {
			require.False(t, strings.HasPrefix(cell, "="), "a cell that a spreadsheet would run: %q", cell)
		}
	}
	out.Reset()
	require.NoError(t, Export(&out, "md", entries))
	md := out.String()
	require.Contains(t, md, `## BR-1: Bucket \| &lt;b&gt;exposed&lt;/b&gt;`)
	require.Contains(t, md, "| processor-notice-acme | GDPR; KVKK | Acme |")
	require.Contains(t, md, "No obligation. Rationale: logs only")
	out.Reset()
	require.NoError(t, Export(&out, "json", entries))
	var back []Entry
	require.NoError(t, json.Unmarshal(out.Bytes(), &back))
	require.Equal(t, entries[0].Outcomes[0].MessageIDs, back[0].Outcomes[0].MessageIDs)
	require.Error(t, Export(&out, "xml", entries))
}

func TestFinalReportEscapesAndNamesNoRecipient(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rec := `{"facts":{"summary":"<script>alert(1)</script> bucket open","risk":"high","subjects":{"DE":3,"AT":1}},
	"obligations":[{"id":"gdpr-33-authority-DE","regime":"GDPR","recipient":"BfDI","required":true,"status":"done","reference":"DE-1"}],
	"timeline":[{"at":"2026-03-02T10:00:00Z","kind":"approved","text":"N1 approved","by":"Dana Whitfield"},{"at":"2026-03-02T10:01:00Z","kind":"refused","text":"x","by":"Mallory"}],
	"deliveries":[{"notice_id":"N2","progress":{"total":3,"sent":3,"failed":0,"resent":1}}]}`
	e := store.RegisterEntry{IncidentID: "BR-9", Title: "<img src=x onerror=alert(2)>", DeclaredAt: at, ClosedAt: at.Add(time.Hour), PersonalData: true, Notified: true, Record: rec}
	ledger := []store.LedgerRow{{MessageID: "<a@x>", ObligationID: "gdpr-34-subjects-DE", Recipient: "secret.person@example.org", Status: store.Sent}}
	r, err := FinalReport(e, ledger)
	require.NoError(t, err)
	require.NotContains(t, r.HTML, "<script>")
	require.NotContains(t, r.HTML, "<img")
	require.Contains(t, r.HTML, "&lt;script&gt;")
	require.NotContains(t, r.Markdown, "<script>")
	require.Contains(t, r.Markdown, "- **People affected:** AT 1, DE 3")
	require.Contains(t, r.Markdown, "Dana Whitfield (approved): N1 approved")
	require.NotContains(t, r.Markdown, "Mallory (refused)", "refusals are not decisions")
	require.Contains(t, r.Markdown, "N2: 3 of 3 sent, 0 failed, 1 re-sent after an interruption")
	require.Contains(t, r.Markdown, "| gdpr-33-authority-DE | GDPR | BfDI |")
	require.NotContains(t, r.Markdown+r.HTML, "secret.person@example.org")
	_, err = FinalReport(store.RegisterEntry{IncidentID: "BR-X", Record: "{"}, nil)
	require.Error(t, err)
}
