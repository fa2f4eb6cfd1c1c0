package activities

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/rules"
	"github.com/breachwf/breach/internal/store"
)

// realParts wires the activities to a real SMTP sink and a real store.
func realParts(t *testing.T) (*Activities, *mail.Sink, string) {
	cfg, err := config.Load("")
	require.NoError(t, err)
	dir := t.TempDir()
	sink, err := mail.StartSink("127.0.0.1:0", filepath.Join(dir, "outbox"))
	require.NoError(t, err)
	t.Cleanup(func() { sink.Close() })
	host, port, _ := net.SplitHostPort(sink.Addr())
	p, _ := strconv.Atoi(port)
	sender, err := mail.NewSender(mail.Config{Host: host, Port: p, From: cfg.SMTP.From})
	require.NoError(t, err)
	st, err := store.Open(filepath.Join(dir, "breach.db"))
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	return &Activities{Config: cfg, Store: st, Mailer: sender, DataDir: dir}, sink, dir
}

func controllerNotice() DeliverInput {
	due := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	return DeliverInput{
		IncidentID: "BR-20260302-7K2Q", NoticeID: "N1", Version: 1,
		Obligation: breach.Obligation{ID: "processor-notice-nordwerk", Audience: breach.AudienceController, ControllerID: "nordwerk", Basis: "GDPR Art. 33(2)", Due: &due},
		Subject:    "[BR-20260302-7K2Q] Personal data breach notification", Text: "text", HTML: "<p>html</p>",
	}
}

func deliver(t *testing.T, a *Activities, in DeliverInput) (Delivery, error) {
	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestActivityEnvironment()
	env.RegisterActivity(a)
	v, err := env.ExecuteActivity(a.DeliverNotice, in)
	if err != nil {
		return Delivery{}, err
	}
	var d Delivery
	require.NoError(t, v.Get(&d))
	return d, nil
}

func TestRetriedDeliveryNeverSendsTwice(t *testing.T) {
	a, sink, _ := realParts(t)
	first, err := deliver(t, a, controllerNotice())
	require.NoError(t, err)
	assert.Equal(t, 1, first.Sent)
	again, err := deliver(t, a, controllerNotice())
	require.NoError(t, err)
	assert.Equal(t, 0, again.Sent)
	assert.Equal(t, 1, again.Skipped, "the ledger shows it sent: skipped")
	assert.Equal(t, 1, sink.Count())
	rows, err := a.Store.Ledger(context.Background(), "BR-20260302-7K2Q")
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, mail.MessageID("BR-20260302-7K2Q", "processor-notice-nordwerk", "datenschutz@nordwerk.example", "getpaloma.ai"), rows[0].MessageID)
}

func TestPermanentFailureIsReportedWithoutTheAddress(t *testing.T) {
	a, sink, _ := realParts(t)
	sink.RejectRecipient(func(string) bool { return true })
	d, err := deliver(t, a, controllerNotice())
	require.NoError(t, err)
	assert.Equal(t, 1, d.Failed)
	assert.NotEmpty(t, d.Error)
	assert.NotContains(t, d.Error, "datenschutz@nordwerk.example")
	rows, err := a.Store.Ledger(context.Background(), "BR-20260302-7K2Q")
	require.NoError(t, err)
	assert.Equal(t, store.Failed, rows[0].Status)
}

func TestPortalAuthorityGetsAFormFile(t *testing.T) {
	a, sink, dir := realParts(t)
	in := controllerNotice()
	in.Obligation = breach.Obligation{ID: "gdpr-33-authority-IE", Audience: breach.AudienceAuthority, Jurisdiction: "IE", Basis: "GDPR Art. 33(1)"}
	d, err := deliver(t, a, in)
	require.NoError(t, err)
	assert.Equal(t, "portal", d.Channel)
	assert.True(t, strings.HasPrefix(d.FormFile, filepath.Join(dir, "forms", "BR-20260302-7K2Q")))
	form, err := os.ReadFile(d.FormFile)
	require.NoError(t, err)
	assert.Contains(t, string(form), "Data Protection Commission")
	assert.Contains(t, string(form), "starter filed BR-20260302-7K2Q gdpr-33-authority-IE")
	assert.Equal(t, 0, sink.Count())
}

func TestUnknownCustomerIsAClearProblem(t *testing.T) {
	a, _, _ := realParts(t)
	in := controllerNotice()
	in.Obligation.ControllerID = "nobody"
	d, err := deliver(t, a, in)
	require.NoError(t, err)
	assert.Contains(t, d.Error, `no privacy contact configured for customer "nobody"`)
}

// withPool gives the activities a pool of n sessions to their sink.
func withPool(t *testing.T, a *Activities, n int) {
	a.Pool = a.Mailer.(*mail.Sender).NewPool(n, 0)
	t.Cleanup(a.Pool.Close)
}

func TestRetriedBatchResumesWithoutResending(t *testing.T) {
	a, sink, _ := realParts(t)
	withPool(t, a, 2)
	ctx := context.Background()
	var rs []store.Recipient
	for i := 0; i < 120; i++ {
		rs = append(rs, store.Recipient{SubjectID: fmt.Sprintf("S%d", i), Email: fmt.Sprintf("p%d@example.org", i), Jurisdiction: "DE", Language: "en"})
	}
	_, err := a.Store.AddRecipients(ctx, "BR-20260302-MASS", rs)
	require.NoError(t, err)

	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestActivityEnvironment()
	env.RegisterActivity(a)
	v, err := env.ExecuteActivity(a.PlanRecipientBatches, PlanInput{IncidentID: "BR-20260302-MASS", Filter: store.RecipientFilter{ControllerID: "-", Jurisdiction: "DE"}, BatchSize: 50})
	require.NoError(t, err)
	var plan Plan
	require.NoError(t, v.Get(&plan))
	assert.Equal(t, 120, plan.Total)
	require.Len(t, plan.Batches, 3)

	in := BatchInput{IncidentID: "BR-20260302-MASS", NoticeID: "N1", ObligationID: "gdpr-34-subjects-DE", Version: 1,
		Filter: store.RecipientFilter{ControllerID: "-", Jurisdiction: "DE"}, Batch: plan.Batches[0], Subject: "s", Text: "t"}
	// The first attempt gets through 20 people before the SMTP server refuses the rest.
	var accepted atomic.Int32
	sink.RejectRecipient(func(string) bool { return accepted.Add(1) > 20 })
	v, err = env.ExecuteActivity(a.SendRecipientBatch, in)
	require.NoError(t, err)
	var first BatchResult
	require.NoError(t, v.Get(&first))
	assert.Equal(t, 20, first.Sent)
	assert.Equal(t, 30, first.Failed, "550s are permanent")
	// The retry sends nothing twice: 20 skipped as sent, 30 known failed.
	sink.RejectRecipient(nil)
	v, err = env.ExecuteActivity(a.SendRecipientBatch, in)
	require.NoError(t, err)
	var again BatchResult
	require.NoError(t, v.Get(&again))
	assert.Equal(t, BatchResult{Sent: 0, Skipped: 20, Failed: 30}, again)
	assert.Equal(t, 20, sink.Count())
}

// A batch planned from one store and run by a worker with another (where
// nobody of it is) fails, to be retried, rather than ending "sent 0".
func TestBatchFromAnotherStoreIsAnError(t *testing.T) {
	planner, _, _ := realParts(t)
	ctx := context.Background()
	_, err := planner.Store.AddRecipients(ctx, "BR-20260302-MASS", []store.Recipient{{SubjectID: "S1", Email: "p1@example.org", Jurisdiction: "DE"}})
	require.NoError(t, err)
	filter := store.RecipientFilter{ControllerID: "-", Jurisdiction: "DE"}
	ranges, err := planner.Store.RecipientChunks(ctx, "BR-20260302-MASS", filter)
	require.NoError(t, err)
	plan := cutBatches(ranges, 50)
	require.Len(t, plan.Batches, 1)

	other, sink, _ := realParts(t) // its own, empty store
	withPool(t, other, 1)
	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestActivityEnvironment()
	env.RegisterActivity(other)
	_, err = env.ExecuteActivity(other.SendRecipientBatch, BatchInput{IncidentID: "BR-20260302-MASS", NoticeID: "N1",
		ObligationID: "gdpr-34-subjects-DE", Version: 1, Filter: filter, Batch: plan.Batches[0], Subject: "s", Text: "t"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nobody of it in this worker's store")
	var appErr *temporal.ApplicationError
	require.ErrorAs(t, err, &appErr)
	assert.False(t, appErr.NonRetryable(), "retried, perhaps on a worker with the right store")
	assert.Zero(t, sink.Count())
}

// The form names the authority the rules named: one directory. A German
// customer's Land authority set in the configuration addresses our notice
// for a German duty too.
func TestFormNamesTheRulesAuthority(t *testing.T) {
	a, _, _ := realParts(t)
	f := breach.Facts{AwareAt: func() *time.Time { t := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC); return &t }(),
		Organization: &breach.Organization{Establishments: []string{"US"}, TimeZone: "America/Los_Angeles", Authorities: map[string]string{"DE": "DE-BY"}},
		Subjects:     map[string]int{"DE": 30}, Risk: breach.RiskHigh, Nature: []string{"confidentiality"}}
	var ob breach.Obligation
	for _, o := range rules.Assess(f) {
		if o.ID == "gdpr-33-authority-DE" {
			ob = o
		}
	}
	require.Equal(t, "DE-BY", ob.Authority)
	in := controllerNotice()
	in.Obligation = ob
	d, err := deliver(t, a, in)
	require.NoError(t, err)
	form, err := os.ReadFile(d.FormFile)
	require.NoError(t, err)
	assert.Contains(t, string(form), ob.Recipient, "the form names the body the notice is for")
	assert.Contains(t, string(form), "lda.bayern.de")
}

// Consumer reporting agencies are filed by hand, never sent to a list.
func TestCRANoticeIsAForm(t *testing.T) {
	a, sink, _ := realParts(t)
	in := controllerNotice()
	in.Obligation = breach.Obligation{ID: "co-6-1-716-cra-US-CO", Audience: breach.AudienceCRA, Jurisdiction: "US-CO", Basis: "C.R.S. §6-1-716(2)(d)",
		Recipient: "Nationwide consumer reporting agencies (Equifax, Experian, TransUnion)"}
	d, err := deliver(t, a, in)
	require.NoError(t, err)
	assert.Equal(t, "portal", d.Channel)
	assert.NotEmpty(t, d.FormFile)
	assert.Equal(t, 0, sink.Count())
}

// Counsel's notes on the rules are for plan, status and RULES.md: the
// notice to a customer says what it needs, once.
func TestCounselNotesStayOutOfNotices(t *testing.T) {
	a, _, _ := realParts(t)
	data, err := os.ReadFile("../testdata/facts-processor.json")
	require.NoError(t, err)
	f, err := breach.ParseFacts(data)
	require.NoError(t, err)
	f.Controllers[0].Subjects = map[string]int{"DE": 200, "IE": 20}
	f.Controllers[0].Establishments = []string{"IE"}
	obs := rules.Assess(f)
	var ours breach.Obligation
	var theirs []breach.Obligation
	for _, o := range obs {
		switch {
		case o.ID == "processor-notice-acme-tekstil":
			ours = o
		case o.ControllerID == "acme-tekstil" && o.Notifier == breach.NotifierController:
			theirs = append(theirs, o)
		}
	}
	require.NotEmpty(t, theirs)
	var gdpr breach.Obligation
	for _, o := range theirs {
		if strings.HasPrefix(o.ID, "gdpr-33-authority") {
			gdpr = o
		}
	}
	require.Contains(t, gdpr.Notes, "Digital Omnibus", "the note is kept for legal")
	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestActivityEnvironment()
	env.RegisterActivity(a)
	v, err := env.ExecuteActivity(a.DraftNotice, DraftInput{IncidentID: "BR-20260302-7K2Q", Title: "t", Obligation: ours, Facts: f,
		CustomerDuties: theirs, Version: 1, NoticeDate: *f.AwareAt})
	require.NoError(t, err)
	var d Draft
	require.NoError(t, v.Get(&d))
	assert.Contains(t, d.Text, "GDPR Art. 33(1)", "the customer's own duties are in the notice")
	assert.NotContains(t, d.Text, "Digital Omnibus")
	assert.NotContains(t, d.Text, "Late notices give reasons")
	assert.LessOrEqual(t, strings.Count(d.Text, "Art. 56"), 1, "the one-stop-shop sentence at most once")
}
