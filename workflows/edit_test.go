package workflows

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
)

func (h *harness) notice(id string) breach.Notice {
	v, err := h.env.QueryWorkflow(QueryNotice, id)
	require.NoError(h.t, err)
	var n breach.Notice
	require.NoError(h.t, v.Get(&n))
	return n
}

// scoped is a fact no authority notice prints.
var scoped = awareAt.Add(90 * time.Minute)

func dkFacts() breach.Facts {
	f := controllerFacts(map[string]int{"DK": 40}, "risk")
	f.Summary = "A storage bucket was readable from the internet."
	f.Measures = "Bucket closed."
	return f
}

// Request changes -> edit -> approve: the normal loop, with every edit a
// version by its editor and the refusals on the record.
func TestEditLoopAfterRequestChanges(t *testing.T) {
	h := newHarness(t)
	const legal, security = "Dana Whitfield", "Sam Okafor"
	var empty, unknown, advice, responder, onSent *outcome
	var edited breach.Notice
	var changed Status
	h.at(time.Minute, func() { h.ok(UpdateTriage, TriageInput{Facts: dkFacts(), By: legal}) })
	h.at(time.Hour, func() {
		n := noticeFor(h.status(), "gdpr-33-authority-DK")
		h.ok(UpdateRequestChanges, RequestChangesInput{NoticeID: n.ID, By: legal, Comment: "Say the passwords were reset"})
	})
	h.at(2*time.Hour, func() {
		changed = h.status()
		n := noticeFor(changed, "gdpr-33-authority-DK")
		empty = h.update(UpdateEdit, EditInput{NoticeID: n.ID, By: legal, Set: []SectionEdit{{Section: breach.SectionMeasures, Text: "  "}}})
		unknown = h.update(UpdateEdit, EditInput{NoticeID: n.ID, By: legal, Set: []SectionEdit{{Section: "greeting", Text: "x"}}})
		advice = h.update(UpdateEdit, EditInput{NoticeID: n.ID, By: legal, Set: []SectionEdit{{Section: breach.SectionAdvice, Text: "x"}}})
		responder = h.update(UpdateEdit, EditInput{NoticeID: n.ID, By: security, Set: []SectionEdit{{Section: breach.SectionMeasures, Text: "nothing"}}})
		h.ok(UpdateEdit, EditInput{NoticeID: n.ID, By: legal, Note: "as asked", Set: []SectionEdit{
			{Section: breach.SectionMeasures, Text: "Bucket closed; every exposed password was reset on 26 November."},
			{Section: breach.SectionAdditional, Text: "We will write again when the forensic report is final."},
		}})
	})
	h.at(3*time.Hour, func() {
		edited = h.notice(noticeFor(h.status(), "gdpr-33-authority-DK").ID)
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{edited.ID}, By: legal})
	})
	h.at(4*time.Hour, func() {
		onSent = h.update(UpdateEdit, EditInput{NoticeID: edited.ID, By: legal, Set: []SectionEdit{{Section: breach.SectionMeasures, Text: "late"}}})
		h.ok(UpdateClose, CloseInput{By: legal})
	})
	h.start(IncidentInput{ID: "BR-20260302-EDIT", Title: "internal: bucket oops"})
	require.NoError(t, h.env.GetWorkflowError())

	assert.Equal(t, breach.NoticeChangesRequested, noticeFor(changed, "gdpr-33-authority-DK").Status)
	assert.ErrorContains(t, empty.err, "measures cannot be empty: the law requires it")
	assert.ErrorContains(t, unknown.err, `no section "greeting"`)
	assert.ErrorContains(t, advice.err, "is for notices to the people affected")
	assert.ErrorContains(t, responder.err, "Sam Okafor is not a legal approver")
	assert.ErrorContains(t, onSent.err, "only a draft can be edited")

	assert.Equal(t, 2, edited.Version)
	assert.Equal(t, breach.NoticeDraft, edited.Status, "an edit answers the requested changes")
	require.Len(t, edited.Revisions, 2)
	assert.Equal(t, legal, edited.Revisions[1].By)
	assert.Contains(t, edited.Revisions[1].Cause, "edited (en): measures, additional")
	assert.NotContains(t, edited.Revisions[0].Text, "every exposed password was reset")
	assert.Contains(t, edited.Text, "every exposed password was reset on 26 November")
	assert.Contains(t, edited.Text, "We will write again when the forensic report is final.")
	assert.NotContains(t, edited.Text, "Bucket closed.\n", "legal's text replaces the facts' for the section")
	assert.Contains(t, edited.Text, "A storage bucket was readable", "sections legal left alone read from the facts")
	assert.NotContains(t, edited.Text, "internal: bucket oops", "the internal title is never in a notice")

	require.Equal(t, 1, h.mailer.count())
	assert.Contains(t, h.mailer.sent[0].Text, "every exposed password was reset")
	var final Status
	require.NoError(t, h.env.GetWorkflowResult(&final))
	var edits, refused int
	for _, e := range final.Timeline {
		if e.Kind == "edited" {
			edits++
		}
	}
	for _, r := range final.Refusals {
		if r.Update == UpdateEdit {
			refused++
		}
	}
	assert.Equal(t, 1, edits)
	assert.Equal(t, 1, refused, "the responder's edit is refused and recorded")
}

// New facts re-draft only what they change, and never overwrite legal's
// text: a conflict is shown and blocks approval until legal keeps one.
func TestRedraftKeepsLegalsTextAndShowsConflicts(t *testing.T) {
	h := newHarness(t)
	const legal = "Dana Whitfield"
	var same, conflicted, kept breach.Notice
	var blocked *outcome
	h.at(time.Minute, func() { h.ok(UpdateTriage, TriageInput{Facts: dkFacts(), By: legal}) })
	h.at(time.Hour, func() {
		n := noticeFor(h.status(), "gdpr-33-authority-DK")
		h.ok(UpdateEdit, EditInput{NoticeID: n.ID, By: legal, Set: []SectionEdit{{Section: breach.SectionMeasures, Text: "Legal's measures."}}})
	})
	h.at(2*time.Hour, func() {
		// Facts the notice does not show: nothing is re-drafted.
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{ScopedAt: &scoped}, By: legal})
	})
	h.at(3*time.Hour, func() {
		same = h.notice(noticeFor(h.status(), "gdpr-33-authority-DK").ID)
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Measures: "Security's new measures.", Subjects: map[string]int{"DK": 60}}, By: legal})
	})
	h.at(4*time.Hour, func() {
		conflicted = h.notice(noticeFor(h.status(), "gdpr-33-authority-DK").ID)
		blocked = h.update(UpdateApprove, ApproveInput{NoticeIDs: []string{conflicted.ID}, By: legal})
		h.ok(UpdateEdit, EditInput{NoticeID: conflicted.ID, By: legal, Keep: []string{breach.SectionMeasures}})
	})
	h.at(5*time.Hour, func() {
		kept = h.notice(noticeFor(h.status(), "gdpr-33-authority-DK").ID)
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{kept.ID}, By: legal})
	})
	h.at(6*time.Hour, func() { h.ok(UpdateClose, CloseInput{By: legal}) })
	h.start(IncidentInput{ID: "BR-20260302-CONF", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())

	assert.Equal(t, 2, same.Version, "facts the notice does not show leave its version alone")
	assert.Len(t, same.Revisions, 2)

	assert.Equal(t, 3, conflicted.Version, "the number of people is new: re-drafted")
	assert.Contains(t, conflicted.Text, "Legal's measures.", "legal's text is kept")
	assert.NotContains(t, conflicted.Text, "Security's new measures.")
	require.Len(t, conflicted.Conflicts, 1)
	assert.Equal(t, breach.Conflict{Language: "en", Section: breach.SectionMeasures, Edited: "Legal's measures.", Facts: "Security's new measures."}, conflicted.Conflicts[0])
	require.Error(t, blocked.err)
	assert.Contains(t, blocked.err.Error(), "changed since legal edited it")
	assert.Contains(t, blocked.err.Error(), "--keep measures")

	assert.Empty(t, kept.Conflicts)
	assert.Contains(t, kept.Text, "Legal's measures.")
	require.Equal(t, 1, h.mailer.count())
	assert.Contains(t, h.mailer.sent[0].Text, "Legal's measures.")
}

// Under four-eyes, the people who wrote a notice's text cannot be its only
// approvers.
func TestFourEyesEditorsCannotApproveAlone(t *testing.T) {
	h := newHarnessWith(t, func(c *config.Config) { c.ApprovalsRequired = 2 })
	var after Status
	h.at(time.Minute, func() {
		f := dkFacts()
		f.Risk = "high" // nothing lowered: security may triage alone
		h.ok(UpdateTriage, TriageInput{Facts: f, By: "Sam Okafor"})
	})
	h.at(time.Hour, func() {
		n := noticeFor(h.status(), "gdpr-33-authority-DK")
		h.ok(UpdateEdit, EditInput{NoticeID: n.ID, By: "Dana Whitfield", Set: []SectionEdit{{Section: breach.SectionMeasures, Text: "Dana's words."}}})
		h.ok(UpdateEdit, EditInput{NoticeID: n.ID, By: "Emre Kaya", Set: []SectionEdit{{Section: breach.SectionConsequences, Text: "Emre's words."}}})
	})
	h.at(2*time.Hour, func() {
		n := noticeFor(h.status(), "gdpr-33-authority-DK")
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Dana Whitfield"})
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: "Emre Kaya"})
	})
	h.at(3*time.Hour, func() {
		after = h.status()
		h.update(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true, Reason: "test ends"}) // 1 of 2
		h.ok(UpdateClose, CloseInput{By: "Emre Kaya", Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-ED4E", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	n := noticeFor(after, "gdpr-33-authority-DK")
	assert.Equal(t, breach.NoticeDraft, n.Status, "both approvers wrote its text: not approved")
	assert.Equal(t, 0, h.mailer.count())
	var said bool
	for _, e := range after.Timeline {
		said = said || strings.Contains(e.Text, "needs an approver who did not edit it")
	}
	assert.True(t, said, "the timeline says what is missing")
}

// After an authority was notified, new facts it was not told produce a
// supplementary notice citing the first; the obligation stays done as it
// was, and facts it does not show produce none.
func TestSupplementaryNoticeToAnAuthority(t *testing.T) {
	h := newHarness(t)
	const legal = "Dana Whitfield"
	var first, afterNothing Status
	var supp breach.Notice
	h.at(time.Minute, func() { h.ok(UpdateTriage, TriageInput{Facts: dkFacts(), By: legal}) })
	h.at(time.Hour, func() {
		n := noticeFor(h.status(), "gdpr-33-authority-DK")
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: legal})
	})
	h.at(2*time.Hour, func() {
		first = h.status()
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{ScopedAt: &scoped}, By: legal})
	})
	h.at(3*time.Hour, func() {
		afterNothing = h.status()
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Subjects: map[string]int{"DK": 85}, DataCategories: []string{"contact", "financial"}}, By: legal})
	})
	h.at(4*time.Hour, func() {
		s := h.status()
		for _, n := range s.Notices {
			if n.Supplements != "" {
				supp = h.notice(n.ID)
			}
		}
		if supp.ID != "" {
			h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{supp.ID}, By: legal})
		}
	})
	h.at(5*time.Hour, func() { h.ok(UpdateClose, CloseInput{By: legal}) })
	h.start(IncidentInput{ID: "BR-20260302-SUPP", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())

	orig := noticeFor(first, "gdpr-33-authority-DK")
	require.Equal(t, breach.NoticeSent, orig.Status)
	assert.Len(t, afterNothing.Notices, len(first.Notices), "facts the authority is not told produce no supplement")

	require.NotEmpty(t, supp.ID, "a supplementary notice is drafted")
	assert.Equal(t, orig.ID, supp.Supplements)
	assert.Equal(t, 3, supp.NewFacts, "people, the count by country, and categories")
	assert.Contains(t, supp.Text, "What is new since our earlier notice")
	assert.Contains(t, supp.Text, "reference BR-20260302-SUPP/"+orig.ID+" v1")
	assert.Contains(t, supp.Text, "Follow-up notification, version 2")
	assert.Contains(t, supp.Text, "85")
	assert.Contains(t, supp.Text, "previously: 40")

	require.Equal(t, 2, h.mailer.count(), "the initial notice and the supplement")
	assert.NotEqual(t, h.mailer.sent[0].MessageID, h.mailer.sent[1].MessageID, "the supplement is its own message")
	var final Status
	require.NoError(t, h.env.GetWorkflowResult(&final))
	ob := obligationByID(final, "gdpr-33-authority-DK")
	assert.Equal(t, breach.ObligationDone, ob.Status)
	assert.Equal(t, *obligationByID(first, "gdpr-33-authority-DK").DoneAt, *ob.DoneAt, "the supplement does not move when the duty was met")
	for _, n := range final.Notices {
		if n.ID == supp.ID {
			assert.Equal(t, breach.NoticeSent, n.Status)
		}
	}
}

// KVKK allows information in phases too: the Board's supplementary form,
// in Turkish, cites the reference the Board gave the first filing, and
// `filed` on the obligation records the supplement's own.
func TestSupplementaryKVKKFilingCitesTheBoardsReference(t *testing.T) {
	h := newHarness(t)
	const legal = "Dana Whitfield"
	var supp breach.Notice
	var final Status
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"TR": 40}, "risk"), By: legal})
	})
	h.at(time.Hour, func() {
		n := noticeFor(h.status(), "kvkk-board-TR")
		h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{n.ID}, By: legal})
	})
	h.at(2*time.Hour, func() {
		h.ok(UpdateFiled, FiledInput{ObligationID: "kvkk-board-TR", Reference: "KVKK-2026-118", By: legal})
	})
	h.at(3*time.Hour, func() {
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Subjects: map[string]int{"TR": 95}}, By: legal})
	})
	h.at(4*time.Hour, func() {
		for _, n := range h.status().Notices {
			if n.ObligationID == "kvkk-board-TR" && n.Supplements != "" {
				supp = h.notice(n.ID)
			}
		}
		if supp.ID != "" {
			h.ok(UpdateApprove, ApproveInput{NoticeIDs: []string{supp.ID}, By: legal})
		}
	})
	h.at(5*time.Hour, func() {
		h.ok(UpdateFiled, FiledInput{ObligationID: "kvkk-board-TR", Reference: "KVKK-2026-118-2", By: legal})
	})
	h.at(6*time.Hour, func() {
		final = h.status()
		h.ok(UpdateClose, CloseInput{By: legal, Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-KVKS", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	require.NotEmpty(t, supp.ID, "a supplementary notice to the Board is drafted")
	assert.Contains(t, supp.Text, "Önceki bildirimimizden bu yana yeni bilgiler")
	assert.Contains(t, supp.Text, "referans KVKK-2026-118", "it cites the Board's reference")
	assert.Contains(t, supp.Text, "95")
	for _, n := range final.Notices {
		if n.ID == supp.ID {
			assert.Equal(t, breach.NoticeFiled, n.Status)
			assert.Equal(t, "KVKK-2026-118-2", n.Reference)
		}
	}
	assert.Equal(t, "KVKK-2026-118", obligationByID(final, "kvkk-board-TR").Reference, "the first filing's reference stays the obligation's")
}
