package activities

import (
	"context"
	"io"
	"mime"
	"mime/multipart"
	netmail "net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/testsuite"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/rules"
	"github.com/breachwf/breach/internal/store"
)

func germanResidents() (breach.Facts, breach.Obligation) {
	aware := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	f := breach.Facts{AwareAt: &aware, DiscoveredAt: &aware, Subjects: map[string]int{"DE": 300}, Risk: breach.RiskHigh,
		Nature: []string{"confidentiality"}, DataCategories: []string{"contact", "credentials"},
		Summary: "A storage bucket was readable from the internet.", Encrypted: breach.Bool(false)}
	for _, o := range rules.Assess(f) {
		if o.ID == "gdpr-34-subjects-DE" {
			return f, o
		}
	}
	panic("no Art. 34 duty for DE")
}

func draft(t *testing.T, a *Activities, in DraftInput) Draft {
	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestActivityEnvironment()
	env.RegisterActivity(a)
	v, err := env.ExecuteActivity(a.DraftNotice, in)
	require.NoError(t, err)
	var d Draft
	require.NoError(t, v.Get(&d))
	return d
}

// A subject notice is drafted in every language its recipients read,
// counts them, and warns legal of what is missing; the same inputs again
// draft nothing new.
func TestSubjectNoticeInTheRecipientsLanguages(t *testing.T) {
	a, _, _ := realParts(t)
	ctx := context.Background()
	const id = "BR-20260302-LANG"
	_, err := a.Store.AddRecipients(ctx, id, []store.Recipient{
		{SubjectID: "1", Email: "anna@example.de", Name: "Anna Müller", Jurisdiction: "DE", Language: "de-DE"},
		{SubjectID: "2", Email: "jonas@example.de", Jurisdiction: "DE"},
		{SubjectID: "3", Email: "marta@example.pl", Name: "Marta Nowak", Jurisdiction: "DE", Language: "pl"},
		{SubjectID: "4", Email: "aino@example.fi", Jurisdiction: "DE", Language: "fi"},
		{SubjectID: "5", Email: "ole@example.dk", Jurisdiction: "DK", Language: "da"},
	})
	require.NoError(t, err)
	f, ob := germanResidents()
	in := DraftInput{IncidentID: id, Obligation: ob, Facts: f, Version: 1, NoticeDate: *f.AwareAt}
	d := draft(t, a, in)

	require.Len(t, d.Variants, 2)
	assert.Equal(t, "de", d.Variants[0].Language, "the jurisdiction's language first")
	assert.Equal(t, "subjects.gdpr.de", d.Variants[0].Template)
	assert.Equal(t, 3, d.Variants[0].Recipients, "German, none given, and Finnish (no Finnish notice) read German")
	assert.Equal(t, "pl", d.Variants[1].Language)
	assert.Equal(t, 1, d.Variants[1].Recipients)
	assert.Equal(t, "de", d.Language)
	assert.Equal(t, d.Variants[0].Text, d.Text)
	assert.Equal(t, 4, d.Recipients, "only DE's residents: the Danish one is another notice")
	assert.Equal(t, "list", d.Channel)
	assert.Empty(t, d.Problem)
	warnings := strings.Join(d.Warnings, "\n")
	assert.Contains(t, warnings, "the list holds 4 people in DE, the facts say 300: 296 would not be notified")
	assert.Contains(t, warnings, "de: translation not reviewed by counsel")
	assert.Contains(t, warnings, "de: what_happened is in English (no de text given)")
	assert.False(t, d.Variants[0].Reviewed)
	assert.Contains(t, d.Text, "Europe/Berlin", "times in the residents' zone, named")
	assert.NotContains(t, d.Text, "America/Los_Angeles")

	again := in
	again.Fingerprint = d.Fingerprint
	same := draft(t, a, again)
	assert.True(t, same.Unchanged, "the same inputs draft nothing new")
	assert.Empty(t, same.Text)
	assert.Equal(t, 4, same.Recipients, "the counts are fresh all the same")

	// Legal's German text and counsel's review silence those warnings.
	a.Config.Notices.Translations = map[string]config.Translation{"de": {ReviewedBy: "Dr. Jana Vogel", ReviewedOn: "2026-11-30"}}
	again.Texts = []breach.SectionText{{Language: "de", Section: breach.SectionWhatHappened, Text: "Ein Speicher war aus dem Internet lesbar.", By: "Dana Whitfield"}}
	de := draft(t, a, again)
	assert.False(t, de.Unchanged, "legal's text is a new input")
	assert.Contains(t, de.Text, "Ein Speicher war aus dem Internet lesbar.")
	assert.True(t, de.Variants[0].Reviewed)
	warnings = strings.Join(de.Warnings, "\n")
	assert.NotContains(t, warnings, "de: translation not reviewed")
	assert.NotContains(t, warnings, "de: what_happened is in English")
	assert.Contains(t, warnings, "pl: what_happened is in English", "the Polish readers still get the English summary")
}

// Each recipient gets the variant in their language, greeted by name,
// with Content-Language; names are escaped in HTML.
func TestBatchSendsEachRecipientTheirLanguage(t *testing.T) {
	a, sink, dir := realParts(t)
	_, port, _ := strings.Cut(sink.Addr(), ":")
	sender, err := mail.NewSender(mail.Config{Host: "127.0.0.1", Port: atoi(t, port), From: a.Config.SMTP.From})
	require.NoError(t, err)
	a.Pool = sender.NewPool(1, 0)
	defer a.Pool.Close()
	ctx := context.Background()
	const id = "BR-20260302-SEND"
	_, err = a.Store.AddRecipients(ctx, id, []store.Recipient{
		{SubjectID: "1", Email: "anna@example.de", Name: "Anna Müller", Jurisdiction: "DE", Language: "de"},
		{SubjectID: "2", Email: "jonas@example.de", Jurisdiction: "DE"},
		{SubjectID: "3", Email: "marta@example.pl", Name: "Marta <b>Nowak</b>", Jurisdiction: "DE", Language: "PL"},
	})
	require.NoError(t, err)
	f, ob := germanResidents()
	d := draft(t, a, DraftInput{IncidentID: id, Obligation: ob, Facts: f, Version: 1, NoticeDate: *f.AwareAt})
	filter := store.RecipientFilter{ControllerID: store.OwnSubjects, Jurisdiction: "DE"}

	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestActivityEnvironment()
	env.RegisterActivity(a)
	v, err := env.ExecuteActivity(a.PlanRecipientBatches, PlanInput{IncidentID: id, Filter: filter, BatchSize: 10})
	require.NoError(t, err)
	var plan Plan
	require.NoError(t, v.Get(&plan))
	require.Len(t, plan.Batches, 1)
	v, err = env.ExecuteActivity(a.SendRecipientBatch, BatchInput{IncidentID: id, NoticeID: "N1", ObligationID: ob.ID, Version: 1,
		Filter: filter, Batch: plan.Batches[0], Subject: d.Subject, Text: d.Text, HTML: d.HTML, Variants: d.Variants})
	require.NoError(t, err)
	var res BatchResult
	require.NoError(t, v.Get(&res))
	require.Equal(t, 3, res.Sent)

	got := readOutbox(t, filepath.Join(dir, "outbox"))
	anna, jonas, marta := got["anna@example.de"], got["jonas@example.de"], got["marta@example.pl"]
	assert.Equal(t, "de", anna.lang)
	assert.Contains(t, anna.text, "Guten Tag Anna Müller,")
	assert.Contains(t, anna.text, "Europe/Berlin")
	assert.Contains(t, anna.html, "Guten Tag Anna Müller,")
	assert.Equal(t, "de", jonas.lang, "no language on the list: the jurisdiction's")
	assert.Contains(t, jonas.text, "Sehr geehrte Damen und Herren,")
	assert.Equal(t, "pl", marta.lang)
	assert.Contains(t, marta.text, "Dzień dobry Marta <b>Nowak</b>,")
	assert.Contains(t, marta.html, "Dzień dobry Marta &lt;b&gt;Nowak&lt;/b&gt;,")
	assert.NotContains(t, marta.html, "<b>Nowak")
	for _, r := range []received{anna, jonas, marta} {
		assert.NotContains(t, r.text+r.html, "\u2060", "the salutation mark never leaves")
	}
}

func atoi(t *testing.T, s string) int {
	n := 0
	for _, r := range s {
		require.True(t, r >= '0' && r <= '9', s)
		n = n*10 + int(r-'0')
	}
	return n
}

type received struct{ lang, text, html string }

// readOutbox reads the sink's .eml files, by recipient.
func readOutbox(t *testing.T, dir string) map[string]received {
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	require.NoError(t, err)
	out := map[string]received{}
	for _, p := range files {
		fh, err := os.Open(p)
		require.NoError(t, err)
		m, err := netmail.ReadMessage(fh)
		require.NoError(t, err)
		r := received{lang: m.Header.Get("Content-Language")}
		_, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
		require.NoError(t, err)
		collect(t, multipart.NewReader(m.Body, params["boundary"]), &r)
		fh.Close()
		to, err := netmail.ParseAddress(m.Header.Get("To"))
		require.NoError(t, err)
		out[to.Address] = r
	}
	return out
}

func collect(t *testing.T, mr *multipart.Reader, r *received) {
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return
		}
		require.NoError(t, err)
		ct, params, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if strings.HasPrefix(ct, "multipart/") {
			collect(t, multipart.NewReader(p, params["boundary"]), r)
			continue
		}
		b, err := io.ReadAll(p) // multipart.Part decodes quoted-printable
		require.NoError(t, err)
		switch ct {
		case "text/plain":
			r.text = string(b)
		case "text/html":
			r.html = string(b)
		}
	}
}

func TestUnchangedDraftCountsTheNewList(t *testing.T) {
	a, _, _ := realParts(t)
	ctx := context.Background()
	const id = "BR-20260302-RECO"
	f, ob := germanResidents()
	in := DraftInput{IncidentID: id, NoticeID: "N6", Obligation: ob, Facts: f, Version: 1, NoticeDate: *f.AwareAt}
	first := draft(t, a, in)
	assert.Equal(t, 0, first.Recipients)
	assert.Contains(t, strings.Join(first.Warnings, "\n"), "nobody in DE is on the recipient list yet, the facts say 300")
	assert.Contains(t, strings.Join(first.Warnings, "\n"), "starter edit BR-20260302-RECO N6 --lang de", "the warning names the notice")
	_, err := a.Store.AddRecipients(ctx, id, []store.Recipient{
		{SubjectID: "1", Email: "anna@example.de", Jurisdiction: "DE", Language: "de"},
		{SubjectID: "2", Email: "jonas@example.de", Jurisdiction: "DE"},
	})
	require.NoError(t, err)
	in.Fingerprint = first.Fingerprint
	again := draft(t, a, in)
	assert.True(t, again.Unchanged, "the list is not in the text")
	assert.Equal(t, 2, again.Recipients)
	assert.Equal(t, map[string]int{"de": 2}, again.ByLanguage)
}
