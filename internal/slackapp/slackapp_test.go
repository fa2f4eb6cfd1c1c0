package slackapp

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/workflows"
)

const waitFor, tick = 5 * time.Second, 5 * time.Millisecond

func TestDeclareCommandOpensModalAndAcks(t *testing.T) {
	hs := newHarness(t)
	rec := hs.postNow("/slack/commands", hs.command("declare ERP export bucket exposed", "UDECL01", "security"))
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
	// The ack waits for views.open only (bounded by openViewTimeout): the
	// command itself asks nothing of the workflow.
	hs.app.Wait()
	assert.Empty(t, hs.inc.snapshot().declares)
	assert.Empty(t, hs.inc.snapshot().statuses)

	views := hs.openedViews()
	require.Len(t, views, 1, "views.open before the ack")
	v := views[0]
	assert.Equal(t, CallbackDeclare, v.callback())
	assert.NotEmpty(t, v.TriggerID)
	assert.Equal(t, "C0001", v.metadata().Channel)
	assert.Subset(t, v.blockIDs(), []string{"title", "summary", "detected_at", "systems", "categories", "jurisdictions", "private"})
	assert.Contains(t, mustJSON(t, v.View), `"initial_value":"ERP export bucket exposed"`)
	assert.Contains(t, mustJSON(t, v.View), `"multi_static_select"`)
	assert.Contains(t, mustJSON(t, v.View), `"datetimepicker"`)
	for _, c := range breach.Categories {
		assert.Contains(t, mustJSON(t, v.View), `"value":"`+c+`"`)
	}
}

func TestSignatureIsRequired(t *testing.T) {
	hs := newHarness(t)
	form := hs.command("declare", "UDECL01", "security")
	body := []byte(form.Encode())
	cases := map[string]http.Header{
		"unsigned":        {"Content-Type": {"application/x-www-form-urlencoded"}},
		"wrong secret":    Sign("not-the-secret", body, time.Now()),
		"6 minutes old":   Sign(secret, body, time.Now().Add(-6*time.Minute)),
		"6 minutes ahead": Sign(secret, body, time.Now().Add(6*time.Minute)),
		"tampered body":   Sign(secret, append([]byte("x"), body...), time.Now()),
		"no timestamp":    withoutHeader(Sign(secret, body, time.Now()), "X-Slack-Request-Timestamp"),
		"garbage signature": func() http.Header {
			h := Sign(secret, body, time.Now())
			h.Set("X-Slack-Signature", "v0=zz")
			return h
		}(),
	}
	for name, h := range cases {
		t.Run(name, func(t *testing.T) {
			for _, path := range []string{"/slack/commands", "/slack/interactivity"} {
				req, _ := http.NewRequest(http.MethodPost, path, strings.NewReader(string(body)))
				req.Header = h.Clone()
				rec := recorder(hs.h, req)
				assert.Equal(t, http.StatusUnauthorized, rec.Code, path)
			}
		})
	}
	// 4 minutes old is still within Slack's window.
	rec := hs.post("/slack/commands", form, time.Now().Add(-4*time.Minute))
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Len(t, hs.openedViews(), 1, "only the valid request opened a modal")
}

func TestRetryOfHandledRequestIsIgnored(t *testing.T) {
	hs := newHarness(t)
	form := hs.command("declare", "UDECL01", "security")
	rec := hs.postNow("/slack/commands", form)
	require.Equal(t, http.StatusOK, rec.Code)
	require.Len(t, hs.openedViews(), 1)

	// Slack's retry: same body, signed again later, with X-Slack-Retry-Num.
	rec = hs.post("/slack/commands", form, time.Now().Add(2*time.Second), "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
	assert.Len(t, hs.openedViews(), 1, "no second views.open")

	// A new invocation (new trigger_id) is handled.
	rec = hs.postNow("/slack/commands", hs.command("declare", "UDECL01", "security"))
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Len(t, hs.openedViews(), 2)
}

func TestDeclareSubmissionStartsWorkflowAfterAck(t *testing.T) {
	hs := newHarness(t)
	release := make(chan struct{})
	hs.inc.gates = map[string]chan struct{}{"DeclareFromSlack": release} // held until released
	detected := time.Date(2026, 11, 27, 22, 5, 0, 0, time.UTC)
	form := hs.submission(CallbackDeclare, modalMeta{Channel: "C0001"}, values(map[string]map[string]any{
		"title":         text("ERP export bucket exposed"),
		"summary":       text("Public ACL on the export bucket"),
		"detected_at":   {"type": "datetimepicker", "selected_date_time": detected.Unix()},
		"systems":       text("erp, s3 exports ,"),
		"categories":    {"type": "multi_static_select", "selected_options": []any{map[string]any{"value": "contact"}, map[string]any{"value": "credentials"}}},
		"jurisdictions": text("de, TR,US-CA"),
		"private":       multi("private"),
	}), "UDECL01")

	// The ack comes back while DeclareFromSlack is held: it does not wait
	// for the workflow (if it did, this post would hang).
	rec := hs.postNow("/slack/interactivity", form)
	assert.Equal(t, http.StatusOK, rec.Code)
	if rec.Body.Len() > 0 {
		assert.Equal(t, "clear", jsonBody(t, rec)["response_action"])
	}
	assert.Empty(t, hs.inc.snapshot().declares, "the workflow starts after the ack")
	close(release)

	require.Eventually(t, func() bool { return len(hs.inc.snapshot().declares) == 1 }, waitFor, tick)
	assert.Equal(t, DeclareRequest{
		Title: "ERP export bucket exposed", Summary: "Public ACL on the export bucket", DetectedAt: "2026-11-27T22:05:00Z",
		Systems: []string{"erp", "s3 exports"}, Categories: []string{"contact", "credentials"},
		Jurisdictions: []string{"DE", "TR", "US-CA"}, Private: true, UserID: "UDECL01", ChannelID: "C0001",
	}, hs.inc.snapshot().declares[0])

	require.Eventually(t, func() bool { return len(hs.ephemeralMessages()) == 1 }, waitFor, tick)
	m := hs.ephemeralMessages()[0]
	assert.Equal(t, "C0001", m.Channel)
	assert.Equal(t, "UDECL01", m.User)
	assert.Contains(t, m.Text, incidentID)
	assert.Contains(t, m.Text, "breach-br-20261127-1gj2")
}

func TestDeclareSubmissionValidation(t *testing.T) {
	hs := newHarness(t)
	rec := hs.postNow("/slack/interactivity", hs.submission(CallbackDeclare, modalMeta{Channel: "C0001"}, values(map[string]map[string]any{
		"title":         text("Laptop stolen"),
		"jurisdictions": text("DE, XX, US-ZZ"),
		"detected_at":   {"type": "datetimepicker", "selected_date_time": time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC).Unix()},
	}), "UDECL01"))
	require.Equal(t, http.StatusOK, rec.Code)
	body := jsonBody(t, rec)
	assert.Equal(t, "errors", body["response_action"])
	errs := body["errors"].(map[string]any)
	assert.Contains(t, errs["jurisdictions"], `"XX"`)
	assert.Contains(t, errs["jurisdictions"], `"US-ZZ"`)
	assert.NotContains(t, errs["jurisdictions"], `"DE"`)
	assert.Contains(t, errs["detected_at"], "future")
	hs.app.Wait()
	assert.Empty(t, hs.inc.snapshot().declares)
}

func TestDeclareFailureIsReportedToUser(t *testing.T) {
	hs := newHarness(t)
	hs.inc.err = assert.AnError
	rec := hs.postNow("/slack/interactivity", hs.submission(CallbackDeclare, modalMeta{}, values(map[string]map[string]any{
		"title": text("Laptop stolen"),
	}), "UDECL01"))
	require.Equal(t, http.StatusOK, rec.Code)
	// No channel in the metadata: the reply is a DM.
	require.Eventually(t, func() bool {
		hs.mu.Lock()
		defer hs.mu.Unlock()
		return len(hs.dms) == 1
	}, waitFor, tick)
	assert.Equal(t, "UDECL01", hs.dms[0].Channel)
	assert.Contains(t, hs.dms[0].Text, "Could not declare the incident: "+assert.AnError.Error())
}

func TestApproveByLegal(t *testing.T) {
	hs := newHarness(t)
	rec := hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "gdpr-33-authority-DE"), legalUser))
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().approves) == 1 }, waitFor, tick)
	assert.Equal(t, approveCall{incidentID, workflows.ApproveInput{NoticeIDs: []string{"N1"}, By: legalUser}}, hs.inc.snapshot().approves[0])
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Contains(t, hs.responseTexts()[0], "Approved N1 of "+incidentID)
	assert.Equal(t, "ephemeral", hs.responses[0]["response_type"])
}

func TestApproveValidatorErrorIsReported(t *testing.T) {
	hs := newHarness(t)
	hs.inc.err = errValidator
	hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "gdpr-33-authority-DE"), legalUser))
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Equal(t, "N1 of "+incidentID+" not approved: "+errValidator.Error(), hs.responseTexts()[0])
}

func TestApproveByNonLegalIsRefused(t *testing.T) {
	hs := newHarness(t)
	rec := hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "gdpr-33-authority-DE"), otherUser))
	assert.Equal(t, http.StatusOK, rec.Code)
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Equal(t, "Only legal can approve notices.", hs.responseTexts()[0])
	assert.Equal(t, "ephemeral", hs.responses[0]["response_type"])
	hs.app.Wait()
	assert.Empty(t, hs.inc.snapshot().approves, "Approve must not be called")
}

func TestNoLegalUsersConfiguredRefusesEveryone(t *testing.T) {
	hs := newHarness(t)
	hs.app.cfg.LegalUsers = nil
	hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "x"), legalUser))
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Equal(t, "Only legal can approve notices.", hs.responseTexts()[0])
}

func TestWaiveFlow(t *testing.T) {
	hs := newHarness(t)
	rec := hs.postNow("/slack/interactivity", hs.button(ActionWaive, ActionValue(incidentID, "N4", "gdpr-34-subjects-DE"), legalUser))
	require.Equal(t, http.StatusOK, rec.Code)
	views := hs.openedViews()
	require.Len(t, views, 1)
	assert.Equal(t, CallbackWaive, views[0].callback())
	meta := views[0].metadata()
	assert.Equal(t, modalMeta{Incident: incidentID, Notice: "N4", Obligation: "gdpr-34-subjects-DE", Channel: "C0001", ResponseURL: hs.hook.URL + "/actions/1"}, meta)

	// Empty reason: errors, synchronously.
	rec = hs.postNow("/slack/interactivity", hs.submission(CallbackWaive, meta, values(map[string]map[string]any{"reason": text("  ")}), legalUser))
	assert.Equal(t, "errors", jsonBody(t, rec)["response_action"])

	rec = hs.postNow("/slack/interactivity", hs.submission(CallbackWaive, meta, values(map[string]map[string]any{
		"reason": text("Data was encrypted with an uncompromised key (Art. 34(3)(a))"),
	}), legalUser))
	require.Equal(t, http.StatusOK, rec.Code)
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().waives) == 1 }, waitFor, tick)
	assert.Equal(t, workflows.WaiveInput{ObligationID: "gdpr-34-subjects-DE", Reason: "Data was encrypted with an uncompromised key (Art. 34(3)(a))", By: legalUser}, hs.inc.snapshot().waives[0])
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Contains(t, hs.responseTexts()[0], "gdpr-34-subjects-DE of "+incidentID+" waived")
}

func TestRequestChangesFlow(t *testing.T) {
	hs := newHarness(t)
	// Not legal: refused, no modal.
	hs.postNow("/slack/interactivity", hs.button(ActionRequestChanges, ActionValue(incidentID, "N2", "processor-notice-acme"), otherUser))
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Equal(t, "Only legal can request changes to notices.", hs.responseTexts()[0])
	assert.Empty(t, hs.openedViews())

	hs.postNow("/slack/interactivity", hs.button(ActionRequestChanges, ActionValue(incidentID, "N2", "processor-notice-acme"), legalUser))
	views := hs.openedViews()
	require.Len(t, views, 1)
	assert.Equal(t, CallbackChanges, views[0].callback())
	hs.postNow("/slack/interactivity", hs.submission(CallbackChanges, views[0].metadata(), values(map[string]map[string]any{
		"comment": text("Name the systems involved."),
	}), legalUser))
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().changes) == 1 }, waitFor, tick)
	assert.Equal(t, workflows.RequestChangesInput{NoticeID: "N2", By: legalUser, Comment: "Name the systems involved."}, hs.inc.snapshot().changes[0])
}

func TestTriageCommandOpensModalForChannelIncident(t *testing.T) {
	hs := newHarness(t)
	rec := hs.postNow("/slack/commands", hs.command("triage", "USEC01", "breach-br-20261127-1gj2"))
	require.Equal(t, http.StatusOK, rec.Code)
	views := hs.openedViews()
	require.Len(t, views, 1)
	assert.Equal(t, CallbackTriage, views[0].callback())
	assert.Equal(t, modalMeta{Incident: incidentID, Channel: "C0001"}, views[0].metadata())
	assert.Subset(t, views[0].blockIDs(), []string{"personal_data", "rationale", "risk", "nature", "categories", "encrypted", "key_compromised", "customers", "subjects", "summary", "consequences", "measures"})

	// Outside an incident channel without an ID: told how, no modal.
	rec = hs.postNow("/slack/commands", hs.command("triage", "USEC01", "general"))
	assert.Contains(t, jsonBody(t, rec)["text"], "Which incident?")
	assert.Len(t, hs.openedViews(), 1)
}

func TestTriageSubmission(t *testing.T) {
	hs := newHarness(t)
	hs.inc.status = workflows.Status{ID: incidentID, Obligations: []breach.TrackedObligation{
		{Obligation: breach.Obligation{ID: "a"}, Status: breach.ObligationOpen},
		{Obligation: breach.Obligation{ID: "b"}, Status: breach.ObligationOpen},
		{Obligation: breach.Obligation{ID: "c"}, Status: breach.ObligationNotRequired},
	}, Notices: []breach.Notice{{ID: "N1", Status: breach.NoticeDraft}, {ID: "N2", Status: breach.NoticeDraft}}}
	meta := modalMeta{Incident: incidentID, Channel: "C0001"}
	rec := hs.postNow("/slack/interactivity", hs.submission(CallbackTriage, meta, values(map[string]map[string]any{
		"personal_data":   radio("yes"),
		"risk":            selected("high"),
		"nature":          multi("confidentiality"),
		"categories":      multi("contact", "credentials"),
		"encrypted":       radio("yes"),
		"key_compromised": radio("unknown"),
		"customers":       text("acme-tekstil: DE=200, TR=1800\n\nnordwerk: de=50"),
		"subjects":        text("DE=300, US-CA=600"),
		"summary":         text("Export bucket public for 3 days"),
		"consequences":    text("Phishing"),
		"measures":        text("ACL fixed, keys rotated"),
	}), "USEC01"))
	require.Equal(t, http.StatusOK, rec.Code)
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().triages) == 1 }, waitFor, tick)
	call := hs.inc.snapshot().triages[0]
	assert.Equal(t, incidentID, call.ID)
	assert.Equal(t, workflows.TriageInput{By: "USEC01", Facts: breach.Facts{
		Risk: "high", Nature: []string{"confidentiality"}, DataCategories: []string{"contact", "credentials"},
		Encrypted: breach.Bool(true), KeyCompromised: nil,
		Controllers: []breach.Controller{
			{ID: "acme-tekstil", Subjects: map[string]int{"DE": 200, "TR": 1800}},
			{ID: "nordwerk", Subjects: map[string]int{"DE": 50}},
		},
		Subjects: map[string]int{"DE": 300, "US-CA": 600},
		Summary:  "Export bucket public for 3 days", Consequences: "Phishing", Measures: "ACL fixed, keys rotated",
	}}, call.In)
	require.Eventually(t, func() bool { return len(hs.ephemeralMessages()) == 1 }, waitFor, tick)
	assert.Equal(t, incidentID+" triaged: 2 obligation(s) open, 2 notice(s) drafted for approval.", hs.ephemeralMessages()[0].Text)
	assert.Equal(t, "USEC01", hs.ephemeralMessages()[0].User)
}

func TestTriageSubmissionErrorsNameTheLine(t *testing.T) {
	hs := newHarness(t)
	meta := modalMeta{Incident: incidentID, Channel: "C0001"}
	rec := hs.postNow("/slack/interactivity", hs.submission(CallbackTriage, meta, values(map[string]map[string]any{
		"personal_data": radio("yes"),
		"customers":     text("acme-tekstil: DE=200\nnordwerk DE=50\nbeta: XX=3"),
		"subjects":      text("DE=300, US-CA=lots"),
	}), "USEC01"))
	body := jsonBody(t, rec)
	require.Equal(t, "errors", body["response_action"])
	errs := body["errors"].(map[string]any)
	assert.Contains(t, errs["risk"], "Assess the risk")
	assert.Contains(t, errs["customers"], `line 2: "nordwerk DE=50"`)
	assert.Contains(t, errs["customers"], `line 3: "XX=3": XX is not an ISO 3166 code`)
	assert.NotContains(t, errs["customers"], "line 1")
	assert.Contains(t, errs["subjects"], `"US-CA=lots"`)

	// No personal data: the rationale is required.
	rec = hs.postNow("/slack/interactivity", hs.submission(CallbackTriage, meta, values(map[string]map[string]any{
		"personal_data": radio("no"),
	}), "USEC01"))
	assert.Contains(t, jsonBody(t, rec)["errors"].(map[string]any)["rationale"], "why no personal data")
	hs.app.Wait()
	assert.Empty(t, hs.inc.snapshot().triages)

	rec = hs.postNow("/slack/interactivity", hs.submission(CallbackTriage, meta, values(map[string]map[string]any{
		"personal_data": radio("no"), "rationale": text("Only synthetic test data"),
	}), "USEC01"))
	require.Equal(t, http.StatusOK, rec.Code)
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().triages) == 1 }, waitFor, tick)
	assert.Equal(t, workflows.TriageInput{NotPersonalData: true, Rationale: "Only synthetic test data", By: "USEC01"}, hs.inc.snapshot().triages[0].In)
}

func TestParseCounts(t *testing.T) {
	got, err := parseCounts(" de=300 ,US-CA=600; TR=0 ")
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"DE": 300, "US-CA": 600, "TR": 0}, got)

	got, err = parseCounts("")
	require.NoError(t, err)
	assert.Nil(t, got)

	for in, want := range map[string]string{
		"DE300":         `"DE300": write CODE=COUNT`,
		"DE=-1":         `"DE=-1": the count must be a whole number`,
		"DE=1.5":        `"DE=1.5": the count must be a whole number`,
		"XX=1":          `"XX=1": XX is not an ISO 3166 code`,
		"DE=1, de=2":    `"de=2": DE is given twice`,
		"=5":            `"=5": write CODE=COUNT`,
		"US-CA=1,US-X=": `"US-X=": write CODE=COUNT`,
	} {
		_, err := parseCounts(in)
		if assert.Error(t, err, in) {
			assert.Contains(t, err.Error(), want, in)
		}
	}
}

func TestParseCustomers(t *testing.T) {
	got, err := parseCustomers("acme-tekstil: DE=200, TR=1800\n  \nnordwerk:\nbeta.gmbh")
	require.NoError(t, err)
	assert.Equal(t, []breach.Controller{
		{ID: "acme-tekstil", Subjects: map[string]int{"DE": 200, "TR": 1800}},
		{ID: "nordwerk"},
		{ID: "beta.gmbh"},
	}, got)

	_, err = parseCustomers("ok: DE=1\nacme DE=200\n: DE=3\nbad id: DE=3\nok: TR=2\nz: DE=x")
	require.Error(t, err)
	for _, want := range []string{
		`line 2: "acme DE=200": write customer-id: DE=200, TR=1800`,
		`line 3: ": DE=3": the customer ID is missing`,
		`line 4: customer ID "bad id" may contain only`,
		`line 5: customer "ok" appears twice`,
		`line 6: "DE=x": the count must be a whole number`,
	} {
		assert.Contains(t, err.Error(), want)
	}
	assert.NotContains(t, err.Error(), "line 1")
}

func TestStatusViaResponseURL(t *testing.T) {
	hs := newHarness(t)
	due := time.Date(2026, 11, 30, 13, 17, 0, 0, time.UTC)
	past := time.Date(2026, 11, 27, 13, 17, 0, 0, time.UTC)
	hs.inc.status = workflows.Status{ID: incidentID, Title: "ERP export bucket exposed", Phase: breach.PhaseApproval, Triaged: true, PersonalData: true,
		DeclaredAt: time.Date(2026, 11, 27, 13, 17, 0, 0, time.UTC),
		Obligations: []breach.TrackedObligation{
			{Obligation: breach.Obligation{ID: "gdpr-33-authority-DE", Recipient: "German supervisory authority", Basis: "GDPR Art. 33(1)", Due: &due}, Status: breach.ObligationOpen},
			{Obligation: breach.Obligation{ID: "processor-notice-acme", Recipient: "Acme Tekstil A.S.", Basis: "GDPR Art. 33(2)", Due: &past, ASAP: true}, Status: breach.ObligationOpen, Late: true},
			{Obligation: breach.Obligation{ID: "gdpr-34-subjects-DE", Recipient: "Data subjects in DE (300)", Basis: "GDPR Art. 34(1)"}, Status: breach.ObligationNotRequired},
		},
		Notices: []breach.Notice{{ID: "N1", ObligationID: "gdpr-33-authority-DE", Status: breach.NoticeDraft, Version: 1}},
	}
	rec := hs.postNow("/slack/commands", hs.command("status", "USEC01", "breach-br-20261127-1gj2"))
	require.Equal(t, http.StatusOK, rec.Code)
	body := jsonBody(t, rec)
	assert.Equal(t, "ephemeral", body["response_type"])
	assert.Equal(t, "Working…", body["text"])

	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Equal(t, []string{incidentID}, hs.inc.snapshot().statuses)
	assert.Equal(t, "ephemeral", hs.responses[0]["response_type"])
	got := hs.responseTexts()[0]
	for _, want := range []string{
		"*" + incidentID + "* ERP export bucket exposed",
		"Phase: *approval*",
		"`gdpr-33-authority-DE` → German supervisory authority (GDPR Art. 33(1)): due 2026-11-30 13:17 UTC, 2d 12h left — open",
		"`processor-notice-acme` → Acme Tekstil A.S. (GDPR Art. 33(2)): as soon as possible, at the latest 2026-11-27 13:17 UTC, *overdue by 12h 0m* — open, *late*",
		"1 duty(ies) assessed as not required",
		"`N1` for `gdpr-33-authority-DE`: draft (v1)",
	} {
		assert.Contains(t, got, want)
	}
	assert.Less(t, strings.Index(got, "processor-notice-acme"), strings.Index(got, "gdpr-33-authority-DE"), "earliest deadline first")

	// Anywhere, with the ID.
	hs.postNow("/slack/commands", hs.command("status br-20261127-1gj2", "USEC01", "general"))
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 2 }, waitFor, tick)
	assert.Equal(t, []string{incidentID, incidentID}, hs.inc.snapshot().statuses)

	// An error reaches the user in one line.
	hs.inc.mu.Lock()
	hs.inc.err = assert.AnError
	hs.inc.mu.Unlock()
	hs.postNow("/slack/commands", hs.command("status "+incidentID, "USEC01", "general"))
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 3 }, waitFor, tick)
	assert.Equal(t, "Could not read "+incidentID+": "+assert.AnError.Error(), hs.responseTexts()[2])
}

func TestListViaResponseURL(t *testing.T) {
	hs := newHarness(t)
	started := time.Date(2026, 11, 27, 13, 17, 0, 0, time.UTC)
	hs.inc.summaries = []incidents.Summary{
		{ID: incidentID, Title: "ERP export bucket exposed", Phase: "approval", Running: true, Started: started},
		{ID: "BR-20261101-AAAA", Title: "Old", Phase: "closed", Running: false, Started: started},
	}
	rec := hs.postNow("/slack/commands", hs.command("list", "USEC01", "general"))
	assert.Equal(t, "Working…", jsonBody(t, rec)["text"])
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	got := hs.responseTexts()[0]
	assert.Contains(t, got, "`"+incidentID+"` ERP export bucket exposed — approval (declared 2026-11-27 13:17 UTC)")
	assert.NotContains(t, got, "BR-20261101-AAAA")
}

func TestHelpAndUnknownSubcommands(t *testing.T) {
	hs := newHarness(t)
	for _, text := range []string{"", "help", "HELP", "frobnicate"} {
		rec := hs.postNow("/slack/commands", hs.command(text, "USEC01", "general"))
		require.Equal(t, http.StatusOK, rec.Code)
		body := jsonBody(t, rec)
		assert.Equal(t, "ephemeral", body["response_type"])
		assert.Contains(t, body["text"], "/breach declare", text)
	}
	rec := hs.postNow("/slack/commands", hs.command("frobnicate", "USEC01", "general"))
	assert.Contains(t, jsonBody(t, rec)["text"], `Unknown subcommand "frobnicate"`)
}

func TestHealthzAndMethods(t *testing.T) {
	hs := newHarness(t)
	req, _ := http.NewRequest(http.MethodGet, "/healthz", nil)
	assert.Equal(t, http.StatusOK, recorder(hs.h, req).Code)
	req, _ = http.NewRequest(http.MethodGet, "/slack/commands", nil)
	assert.Equal(t, http.StatusMethodNotAllowed, recorder(hs.h, req).Code)
}

func TestMalformedButtonValue(t *testing.T) {
	hs := newHarness(t)
	hs.postNow("/slack/interactivity", hs.button(ActionApprove, "garbage", legalUser))
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Contains(t, hs.responseTexts()[0], "malformed")
	assert.Empty(t, hs.inc.snapshot().approves)
}

func TestIncidentFromChannel(t *testing.T) {
	id, ok := IncidentFromChannel("breach-br-20261127-1gj2")
	assert.True(t, ok)
	assert.Equal(t, incidentID, id)
	assert.Equal(t, "breach-br-20261127-1gj2", ChannelName(incidentID))
	for _, name := range []string{"general", "breach-", "breach-foo", "breach-br-2026-1gj2", "privategroup"} {
		_, ok := IncidentFromChannel(name)
		assert.False(t, ok, name)
	}
}

func TestMemorySeenBoundAndExpiry(t *testing.T) {
	ctx := context.Background()
	now := harnessNow
	d := newMemorySeen(3)
	first := func(key string) bool {
		ok, err := d.FirstSeen(ctx, key, now, time.Minute)
		require.NoError(t, err)
		return ok
	}
	assert.True(t, first("a"))
	assert.False(t, first("a"))
	assert.True(t, first("b"))
	assert.True(t, first("c"))
	assert.True(t, first("d")) // evicts a, the oldest
	assert.Equal(t, 3, d.order.Len())
	assert.True(t, first("a"))
	now = now.Add(2 * time.Minute)
	assert.True(t, first("c"), "expired")
	assert.Equal(t, 1, d.order.Len())
}

func TestHumanDuration(t *testing.T) {
	assert.Equal(t, "2d 3h", humanDuration(51*time.Hour+10*time.Minute))
	assert.Equal(t, "5h 12m", humanDuration(5*time.Hour+12*time.Minute))
	assert.Equal(t, "12m", humanDuration(12*time.Minute))
	assert.Equal(t, "0m", humanDuration(10*time.Second))
}

func TestLateApprovalAsksForTheDelayReason(t *testing.T) {
	hs := newHarness(t)
	due := hs.now.Add(-time.Hour) // past the deadline on the app's clock, whatever the day
	hs.inc.status = workflows.Status{ID: incidentID,
		Obligations: []breach.TrackedObligation{{Obligation: breach.Obligation{ID: "gdpr-33-authority-DE", Due: &due}, Status: breach.ObligationOpen}},
		Notices:     []breach.Notice{{ID: "N1", ObligationID: "gdpr-33-authority-DE", Status: breach.NoticeDraft}},
	}
	rec := hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "gdpr-33-authority-DE"), legalUser))
	require.Equal(t, http.StatusOK, rec.Code)
	views := hs.openedViews()
	require.Len(t, views, 1, "past the deadline: a form asks for the reasons first")
	assert.Equal(t, CallbackApproveLate, views[0].callback())
	assert.Empty(t, hs.inc.snapshot().approves)

	meta := views[0].metadata()
	rec = hs.postNow("/slack/interactivity", hs.submission(CallbackApproveLate, meta, values(map[string]map[string]any{"delay_reason": text("")}), legalUser))
	assert.Contains(t, rec.Body.String(), "reasons for the delay", "an empty reason is refused in the form")
	hs.postNow("/slack/interactivity", hs.submission(CallbackApproveLate, meta, values(map[string]map[string]any{"delay_reason": text("Forensics took until day four.")}), legalUser))
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().approves) == 1 }, waitFor, tick)
	got := hs.inc.snapshot().approves[0]
	assert.Equal(t, "Forensics took until day four.", got.In.DelayReason)
	assert.Equal(t, legalUser, got.In.By)
}
