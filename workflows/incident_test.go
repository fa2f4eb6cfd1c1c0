package workflows

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/testsuite"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/store"
)

var awareAt = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// captureMailer records messages instead of talking SMTP (the end-to-end
// test uses the real sender and sink).
type captureMailer struct {
	mu   sync.Mutex
	sent []mail.Message
}

func (m *captureMailer) Send(_ context.Context, msg mail.Message) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, msg)
	return nil
}

func (m *captureMailer) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.sent)
}

type harness struct {
	t      *testing.T
	id     string
	keys   map[string]*identity.Key // every configured person's test key
	env    *testsuite.TestWorkflowEnvironment
	mailer *captureMailer
	store  *store.Store
	seq    int
	sent   []*outcome
}

func newHarness(t *testing.T) *harness { return newHarnessWith(t, nil) }

func newHarnessWith(t *testing.T, change func(*config.Config)) *harness {
	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestWorkflowEnvironment()
	cfg, err := config.Load("")
	require.NoError(t, err)
	keys := map[string]*identity.Key{}
	for _, list := range [][]config.Approver{cfg.Approvers, cfg.Responders} {
		for i := range list {
			k, err := identity.Generate(list[i].Name)
			require.NoError(t, err)
			list[i].PublicKey, keys[list[i].Name] = k.PublicLine(), k
		}
	}
	if change != nil {
		change(cfg)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "breach.db"))
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	m := &captureMailer{}
	Register(env)
	env.RegisterActivity(&activities.Activities{Config: cfg, Store: st, Mailer: m, DataDir: t.TempDir()})
	env.SetStartTime(awareAt)
	return &harness{t: t, env: env, mailer: m, store: st, keys: keys}
}

// start runs the incident workflow.
func (h *harness) start(in IncidentInput) {
	h.id = in.ID
	h.env.ExecuteWorkflow(IncidentWorkflow, in)
}

// sign signs an update's input as the CLI does, with the key of the person
// it names, on the workflow's clock; inputs naming someone without a key
// go unsigned.
func (h *harness) sign(name string, arg any) any { return h.signAs("", name, arg) }

// signAs signs with the named person's key (empty: the input's own
// person's), whoever the input names.
func (h *harness) signAs(signer, name string, arg any) any {
	v := reflect.New(reflect.TypeOf(arg))
	v.Elem().Set(reflect.ValueOf(arg))
	s, ok := v.Interface().(Signable)
	if !ok {
		return arg
	}
	if signer == "" {
		signer = s.Decider()
	}
	if k := h.keys[signer]; k != nil {
		p, err := k.Sign(h.id, name, s.Decider(), s, h.env.Now(), identity.ViaCLI, "")
		require.NoError(h.t, err)
		s.SetProof(&p)
	}
	return v.Elem().Interface()
}

// at runs fn when the workflow clock reaches awareAt+d.
func (h *harness) at(d time.Duration, fn func()) {
	h.env.RegisterDelayedCallback(fn, d)
}

// outcome is an update's result, known once the workflow has processed it.
type outcome struct {
	name string
	done bool
	err  error
}

// update sends an update; the test environment processes it when the
// workflow next runs, so the outcome is read in a later callback or after
// the workflow ends.
func (h *harness) update(name string, arg any) *outcome {
	return h.updateRaw(name, h.sign(name, arg))
}

// updateRaw sends an update as given, without signing it.
func (h *harness) updateRaw(name string, arg any) *outcome {
	h.seq++
	o := &outcome{name: name}
	h.sent = append(h.sent, o)
	h.env.UpdateWorkflow(name, fmt.Sprintf("%s-%d", name, h.seq), &testsuite.TestUpdateCallback{
		OnAccept:   func() {},
		OnReject:   func(err error) { o.err, o.done = err, true },
		OnComplete: func(_ any, err error) { o.err, o.done = err, true },
	}, arg)
	return o
}

// ok sends an update that must succeed; checked when the test ends.
func (h *harness) ok(name string, arg any) {
	o := h.update(name, arg)
	h.t.Cleanup(func() {
		assert.True(h.t, o.done, "update %s never finished", name)
		assert.NoError(h.t, o.err, "update %s", name)
	})
}

func (h *harness) status() Status {
	v, err := h.env.QueryWorkflow(QueryStatus)
	require.NoError(h.t, err)
	var s Status
	require.NoError(h.t, v.Get(&s))
	return s
}

func obligationByID(s Status, id string) breach.TrackedObligation {
	for _, o := range s.Obligations {
		if o.ID == id {
			return o
		}
	}
	return breach.TrackedObligation{}
}

func noticeFor(s Status, obligationID string) breach.Notice {
	for _, n := range s.Notices {
		if n.ObligationID == obligationID {
			return n
		}
	}
	return breach.Notice{}
}

func controllerFacts(subjects map[string]int, risk string) breach.Facts {
	a := awareAt
	return breach.Facts{AwareAt: &a, Subjects: subjects, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: risk}
}

func TestDeadlineWindowRemindsAndMarksLate(t *testing.T) {
	h := newHarness(t)
	var before, afterDue Status
	var lateErr *outcome
	// DK's authority takes email: its 72 h GDPR Art. 33(1) window runs from awareness.
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DK": 40}, "risk"), By: "Dana Whitfield"})
	})
	h.at(2*time.Minute, func() { before = h.status() })
	h.at(85*time.Hour, func() {
		afterDue = h.status()
		n := noticeFor(afterDue, "gdpr-33-authority-DK")
		lateErr = h.update(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Dana Whitfield"})
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Dana Whitfield",
			DelayReason: "Forensic confirmation of the affected records took until day four."})
	})
	h.at(86*time.Hour, func() { h.ok(UpdateClose, CloseInput{By: "Dana Whitfield"}) })
	h.start(IncidentInput{ID: "BR-20260302-TEST", Title: "t"})
	require.True(t, h.env.IsWorkflowCompleted())
	require.NoError(t, h.env.GetWorkflowError())

	ob := obligationByID(before, "gdpr-33-authority-DK")
	require.NotNil(t, ob.Due)
	assert.Equal(t, awareAt.Add(72*time.Hour), ob.Due.UTC())
	assert.Equal(t, 0, h.mailer.count()-1, "exactly one message, after approval")

	due := obligationByID(afterDue, "gdpr-33-authority-DK")
	// 50 %, 75 %, 90 %, due, then +12 h overdue by hour 85.
	assert.Equal(t, 5, due.Reminders)
	assert.True(t, due.Late, "open past its deadline")
	require.Error(t, lateErr.err)
	assert.Contains(t, lateErr.err.Error(), "--delay-reason")

	var final Status
	require.NoError(t, h.env.GetWorkflowResult(&final))
	done := obligationByID(final, "gdpr-33-authority-DK")
	assert.Equal(t, breach.ObligationDone, done.Status)
	assert.True(t, done.Late)
	require.Len(t, h.mailer.sent, 1)
	assert.Contains(t, h.mailer.sent[0].Text, "Forensic confirmation", "a late notice carries the reasons for the delay")
	assert.Equal(t, breach.PhaseClosed, final.Phase)
	reminders := 0
	for _, e := range final.Timeline {
		if e.Kind == "reminder" {
			reminders++
		}
	}
	assert.Equal(t, 5, reminders, "the ladder stops once the obligation is done")
}

func TestNothingSentBeforeApproval(t *testing.T) {
	h := newHarness(t)
	var s Status
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: processorFacts(), By: "Sam Okafor"})
	})
	h.at(10*time.Hour, func() { s = h.status() })
	h.at(11*time.Hour, func() {
		h.ok(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-NOAP", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	assert.Equal(t, breach.PhaseApproval, s.Phase)
	n := noticeFor(s, "processor-notice-acme-tekstil")
	assert.Equal(t, breach.NoticeDraft, n.Status)
	assert.Equal(t, 1, n.Recipients)
	assert.Equal(t, 0, h.mailer.count(), "no message leaves without legal's approval")
	rows, err := h.store.Ledger(context.Background(), "BR-20260302-NOAP")
	require.NoError(t, err)
	assert.Empty(t, rows)
}

func processorFacts() breach.Facts {
	a := awareAt
	return breach.Facts{
		Role: "processor", AwareAt: &a,
		Controllers:    []breach.Controller{{ID: "acme-tekstil", Subjects: map[string]int{"TR": 1800, "DE": 200}}},
		DataCategories: []string{"contact", "credentials"}, Nature: []string{"confidentiality"}, Risk: "high",
	}
}

func TestWaiverNeedsReasonAndApprover(t *testing.T) {
	h := newHarness(t)
	var noReason, stranger, unknown *outcome
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"FR": 3}, "risk"), By: "Dana Whitfield"})
	})
	h.at(time.Hour, func() {
		noReason = h.update(UpdateWaive, WaiveInput{ObligationID: "gdpr-33-authority-FR", By: "Dana Whitfield"})
		stranger = h.update(UpdateWaive, WaiveInput{ObligationID: "gdpr-33-authority-FR", By: "mallory", Reason: "x"})
		unknown = h.update(UpdateWaive, WaiveInput{ObligationID: "gdpr-33-authority-XX", By: "Dana Whitfield", Reason: "x"})
		h.ok(UpdateWaive, WaiveInput{ObligationID: "gdpr-33-authority-FR", By: "Dana Whitfield",
			Reason: "Counsel: three contacts' business e-mails only, no risk on reassessment"})
		h.ok(UpdateClose, CloseInput{By: "Dana Whitfield"})
	})
	h.start(IncidentInput{ID: "BR-20260302-WAIV", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	assert.ErrorContains(t, noReason.err, "needs a reason")
	assert.ErrorContains(t, stranger.err, "refused: unsigned decision")
	assert.ErrorContains(t, unknown.err, `no obligation "gdpr-33-authority-XX"`)
	var final Status
	require.NoError(t, h.env.GetWorkflowResult(&final))
	ob := obligationByID(final, "gdpr-33-authority-FR")
	assert.Equal(t, breach.ObligationWaived, ob.Status)
	require.NotNil(t, ob.Waiver)
	assert.Equal(t, "Dana Whitfield", ob.Waiver.By)
	assert.Equal(t, breach.NoticeWithdrawn, noticeFor(final, "gdpr-33-authority-FR").Status)
	assert.Equal(t, 0, h.mailer.count())
	reg, err := h.store.Register(context.Background())
	require.NoError(t, err)
	require.Len(t, reg, 1)
	assert.False(t, reg[0].Notified)
	assert.Contains(t, reg[0].Record, "no risk on reassessment")
}

func TestInvalidUpdatesRejected(t *testing.T) {
	h := newHarness(t)
	errs := map[string]*outcome{}
	h.at(time.Minute, func() {
		errs["approve-before-triage"] = h.update(UpdateApprove, ApproveInput{All: true, By: "Dana Whitfield"})
		bad := controllerFacts(map[string]int{"DE": 1}, "severe")
		errs["bad-risk"] = h.update(UpdateTriage, TriageInput{Facts: bad, By: "Sam Okafor"})
		errs["no-whose"] = h.update(UpdateTriage, TriageInput{Facts: breach.Facts{Risk: "high"}, By: "Sam Okafor"})
		errs["no-pd-no-rationale"] = h.update(UpdateTriage, TriageInput{NotPersonalData: true, By: "Sam Okafor"})
		errs["close-untriaged"] = h.update(UpdateClose, CloseInput{By: "Sam Okafor"})
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DE": 1}, "high"), By: "Sam Okafor"})
		errs["triage-twice"] = h.update(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DE": 1}, "high"), By: "Sam Okafor"})
	})
	h.at(time.Hour, func() {
		errs["approve-unknown"] = h.update(UpdateApprove, ApproveInput{NoticeIDs: []string{"N99"}, By: "Dana Whitfield"})
		errs["approve-both"] = h.update(UpdateApprove, ApproveInput{NoticeIDs: []string{"N1"}, All: true, By: "Dana Whitfield"})
		errs["filed-not-approved"] = h.update(UpdateFiled, FiledInput{ObligationID: "gdpr-33-authority-DE", Reference: "R1", By: "Dana Whitfield"})
		errs["close-open"] = h.update(UpdateClose, CloseInput{By: "Dana Whitfield"})
		errs["force-no-reason"] = h.update(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true})
		errs["changes-no-comment"] = h.update(UpdateRequestChanges, RequestChangesInput{NoticeID: "N1", By: "Dana Whitfield"})
		h.ok(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true, Reason: "test"})
		errs["after-close"] = h.update(UpdateAddFacts, AddFactsInput{By: "Sam Okafor"})
	})
	h.start(IncidentInput{ID: "BR-20260302-BAD1", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	want := map[string]string{
		"approve-before-triage": "no draft notices",
		"bad-risk":              `risk: "severe" is not unlikely, risk or high`,
		"no-whose":              "whose data is affected?",
		"no-pd-no-rationale":    "rationale is required",
		"close-untriaged":       "not triaged",
		"triage-twice":          "already triaged",
		"approve-unknown":       `no notice "N99"`,
		"approve-both":          "not both",
		"filed-not-approved":    "approve it first",
		"close-open":            "required obligation(s) still open: gdpr-33-authority-DE",
		"force-no-reason":       "needs a --reason",
		"changes-no-comment":    "say what should change",
		"after-close":           "closed",
	}
	for k, msg := range want {
		require.NotNil(t, errs[k], k)
		assert.ErrorContains(t, errs[k].err, msg, k)
	}
}

func TestAddFactsCreatesObligationsAndKeepsSentOnes(t *testing.T) {
	h := newHarness(t)
	var mid Status
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DK": 5}, "risk"), By: "Dana Whitfield"})
	})
	h.at(time.Hour, func() {
		n := noticeFor(h.status(), "gdpr-33-authority-DK")
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Emre Kaya"})
	})
	h.at(2*time.Hour, func() {
		more := breach.Facts{Subjects: map[string]int{"GR": 7}, Risk: "high"}
		h.ok(UpdateAddFacts, AddFactsInput{Facts: more, By: "Sam Okafor", Note: "Greek contacts found"})
	})
	h.at(3*time.Hour, func() {
		mid = h.status()
		h.ok(UpdateClose, CloseInput{By: "Emre Kaya", Force: true, Reason: "test"})
	})
	h.start(IncidentInput{ID: "BR-20260302-MORE", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	dk := obligationByID(mid, "gdpr-33-authority-DK")
	assert.Equal(t, breach.ObligationDone, dk.Status, "sent stays sent")
	assert.False(t, dk.Late)
	assert.Equal(t, breach.NoticeSent, noticeFor(mid, "gdpr-33-authority-DK").Status)
	gr := obligationByID(mid, "gdpr-33-authority-GR")
	assert.Equal(t, breach.ObligationOpen, gr.Status, "new jurisdiction -> new authority duty")
	assert.Equal(t, breach.NoticeDraft, noticeFor(mid, "gdpr-33-authority-GR").Status)
	subj := obligationByID(mid, "gdpr-34-subjects-GR")
	assert.Equal(t, breach.ObligationOpen, subj.Status, "risk upgraded to high -> Art. 34 duty")
	assert.Equal(t, 1, h.mailer.count(), "the DK notice went once and only once")
}

func TestNotPersonalDataIsRecordedAndClosed(t *testing.T) {
	h := newHarness(t)
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{NotPersonalData: true, Rationale: "Only synthetic test data on the host", By: "Dana Whitfield"})
	})
	h.start(IncidentInput{ID: "BR-20260302-NOPD", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	reg, err := h.store.Register(context.Background())
	require.NoError(t, err)
	require.Len(t, reg, 1)
	assert.False(t, reg[0].PersonalData)
	assert.Equal(t, "Only synthetic test data on the host", reg[0].Rationale)
}

func TestCaliforniaDutiesGetCaliforniaNotices(t *testing.T) {
	h := newHarness(t)
	var mid, after Status
	var text string
	h.at(time.Minute, func() {
		f := controllerFacts(map[string]int{"US-CA": 600}, "high")
		f.DataCategories = []string{"credentials"}
		h.ok(UpdateTriage, TriageInput{Facts: f, By: "Sam Okafor"})
	})
	h.at(time.Hour, func() {
		mid = h.status()
		n := noticeFor(mid, "ca-1798.82-residents-US-CA")
		v, err := h.env.QueryWorkflow(QueryNotice, n.ID)
		require.NoError(t, err)
		var full breach.Notice
		require.NoError(t, v.Get(&full))
		text = full.Text
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Dana Whitfield"})
	})
	h.at(2*time.Hour, func() {
		after = h.status()
		h.ok(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true, Reason: "test"})
	})
	h.start(IncidentInput{ID: "BR-20260302-USCA", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	ca := obligationByID(mid, "ca-1798.82-residents-US-CA")
	require.NotNil(t, ca.Due, "California: 30 calendar days since 2026")
	assert.Contains(t, text, "Notice of Data Breach")
	for _, heading := range []string{"What Happened", "What Information Was Involved", "What We Are Doing", "What You Can Do", "For More Information"} {
		assert.Contains(t, text, heading)
	}
	assert.NotEmpty(t, noticeFor(mid, "ca-1798.82-ag-US-CA").ID, "the AG gets its own notice")
	n := noticeFor(after, "ca-1798.82-residents-US-CA")
	assert.Equal(t, breach.NoticeFailed, n.Status, "no recipient list scoped yet")
	assert.Contains(t, n.Error, "starter scope")
}

func TestFourEyesApproval(t *testing.T) {
	h := newHarnessWith(t, func(c *config.Config) { c.ApprovalsRequired = 2 })
	var responder, lowercase, slackID, twice *outcome
	var afterOne Status
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DK": 5}, "high"), By: "Sam Okafor"})
	})
	h.at(time.Hour, func() {
		n := noticeFor(h.status(), "gdpr-33-authority-DK")
		responder = h.update(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Sam Okafor"})
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Emre Kaya"})
	})
	h.at(2*time.Hour, func() {
		afterOne = h.status()
		n := noticeFor(afterOne, "gdpr-33-authority-DK")
		twice = h.update(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Emre Kaya"})
		// Neither a spelling nor a Slack ID passes as an approver.
		lowercase = h.updateRaw(UpdateApprove, h.signAs("Dana Whitfield", UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "dana whitfield "}))
		slackID = h.updateRaw(UpdateApprove, h.signAs("Dana Whitfield", UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "U0LEGAL01"}))
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Dana Whitfield"})
	})
	var closeOne *outcome
	h.at(3*time.Hour, func() {
		// Closing with the Art. 34 duty open ends a duty: two approvers.
		closeOne = h.update(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true, Reason: "test ends"})
		h.ok(UpdateClose, CloseInput{By: "Emre Kaya", Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-4EYE", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	assert.ErrorContains(t, responder.err, "Sam Okafor is not a legal approver")
	assert.ErrorContains(t, twice.err, "already approved by Emre Kaya")
	assert.ErrorContains(t, lowercase.err, `"dana whitfield " is not a configured person`)
	assert.ErrorContains(t, slackID.err, `"U0LEGAL01" is not a configured person`)
	assert.Equal(t, breach.NoticeDraft, noticeFor(afterOne, "gdpr-33-authority-DK").Status, "one approval of two: still a draft")
	assert.Equal(t, 1, h.mailer.count(), "sent after the second approver")
	assert.ErrorContains(t, closeOne.err, "approval 1 of 2 recorded")
	var final Status
	require.NoError(t, h.env.GetWorkflowResult(&final))
	assert.NotNil(t, final.Closed, "closed by the second approver's identical decision")
	assert.Empty(t, final.Pending)
}

func TestEscalationLevelsRise(t *testing.T) {
	steps := []step{}
	s := activities.Settings{Points: []float64{0.5, 0.75, 0.9, 1.0}, OverdueEvery: 12 * time.Hour, ASAPEvery: time.Hour}
	due := awareAt.Add(72 * time.Hour)
	o := breach.Obligation{ClockStart: awareAt, Due: &due}
	now := awareAt
	for i := 0; i < 6; i++ {
		st := nextStep(o, s, now)
		steps = append(steps, st)
		now = st.at
	}
	var levels []int
	for _, st := range steps {
		levels = append(levels, st.level)
	}
	assert.Equal(t, []int{1, 2, 3, 4, 4, 4}, levels, "channel, legal group, DMs, executives, then executives while overdue")
	assert.True(t, steps[3].due)
	assert.Equal(t, due, steps[3].at)
	assert.Equal(t, due.Add(12*time.Hour), steps[4].at)
}
