// Package workflows holds the incident lifecycle: one IncidentWorkflow per
// suspected breach, from triage to close, with a reminder ladder beside
// every open obligation. Side effects happen only through activities.
package workflows

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/rules"
	"github.com/breachwf/breach/internal/store"
)

// Names other programs rely on.
const (
	TaskQueue    = "breach-incidents"
	WorkflowName = "IncidentWorkflow"

	QueryStatus = "status"
	QueryNotice = "notice"

	UpdateTriage         = "triage"
	UpdateApprove        = "approve"
	UpdateRequestChanges = "request-changes"
	UpdateWaive          = "waive"
	UpdateFiled          = "filed"
	UpdateAddFacts       = "add-facts"
	UpdateClose          = "close"
	UpdateScope          = "scope"

	// RulesTableChange is the workflow.GetVersion change ID under which an
	// incident pins the rules table version it assesses with.
	RulesTableChange = "rules-table"
)

// PhaseKey is the search attribute holding an incident's phase; it carries
// no personal data.
var PhaseKey = temporal.NewSearchAttributeKeyKeyword("BreachPhase")

// IncidentInput starts an incident.
type IncidentInput struct {
	ID         string        `json:"id"`
	Title      string        `json:"title"`
	DeclaredBy string        `json:"declared_by,omitempty"`
	Facts      *breach.Facts `json:"facts,omitempty"` // preliminary facts, confirmed at triage
	// Private asks for a private Slack channel.
	Private bool `json:"private,omitempty"`
	// Commander is the Slack user ID of the declarer, who commands the
	// incident: invited to the channel and DMed by the escalation ladder.
	Commander string `json:"commander,omitempty"`
	// Proof is the declarer's signature: a declaration is never refused
	// (anyone may report a suspected breach), but the timeline says
	// whether its declarer was verified.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// Status is the whole state of an incident, as the status query returns it
// (notice texts are left out; the notice query returns one in full).
type Status struct {
	ID             string                     `json:"id"`
	Title          string                     `json:"title"`
	DeclaredBy     string                     `json:"declared_by,omitempty"`
	DeclaredAt     time.Time                  `json:"declared_at"`
	Phase          string                     `json:"phase"`
	Triaged        bool                       `json:"triaged"`
	PersonalData   bool                       `json:"personal_data"`
	Rationale      string                     `json:"rationale,omitempty"`
	Facts          breach.Facts               `json:"facts"`
	Notes          []string                   `json:"notes,omitempty"`
	Obligations    []breach.TrackedObligation `json:"obligations"`
	CustomerDuties []breach.Obligation        `json:"customer_duties,omitempty"`
	Notices        []breach.Notice            `json:"notices"`
	Timeline       []breach.Event             `json:"timeline"`
	ReadyToClose   bool                       `json:"ready_to_close"`
	Closed         *breach.Decision           `json:"closed,omitempty"`
	// SlackChannel is the incident channel's ID, once opened.
	SlackChannel string `json:"slack_channel,omitempty"`
	// Private: the incident was declared private; in Slack only its
	// channel's members may read it.
	Private bool `json:"private,omitempty"`
	// Deliveries are the mass subject deliveries, with their progress.
	Deliveries []Delivery `json:"deliveries,omitempty"`
	// Scans are the record exports scoped into the recipient list.
	Scans []activities.ScopeResult `json:"scans,omitempty"`
	// Decisions are the verified decisions with their signatures;
	// Refusals the attempts refused (who, what, why); Pending the
	// decisions waiting for another legal approver (four-eyes).
	Decisions []SignedDecision  `json:"decisions,omitempty"`
	Refusals  []Refusal         `json:"refusals,omitempty"`
	Pending   []PendingDecision `json:"pending,omitempty"`
	// PublicNotice lists jurisdictions where direct notice failed for many:
	// a public communication is needed (GDPR 34(3)(c); KVKK website publication).
	PublicNotice []string `json:"public_notice,omitempty"`
	// RulesVersion is the rules table version the incident assesses with,
	// pinned at its first assessment (nil before it; 0 for an incident
	// started before the table was versioned). See rules.Version.
	RulesVersion *int `json:"rules_version,omitempty"`
}

// Delivery is a subject notice being delivered in bulk.
type Delivery struct {
	NoticeID string   `json:"notice_id"`
	Workflow string   `json:"workflow"`
	Progress Progress `json:"progress"`
}

// TriageInput confirms (or dismisses) a suspected breach.
type TriageInput struct {
	Facts breach.Facts `json:"facts"`
	// NotPersonalData dismisses the incident: recorded with the rationale
	// in the register, then closed.
	NotPersonalData bool   `json:"not_personal_data,omitempty"`
	Rationale       string `json:"rationale,omitempty"`
	By              string `json:"by"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// ApproveInput approves notices for delivery.
type ApproveInput struct {
	NoticeIDs []string `json:"notice_ids,omitempty"`
	All       bool     `json:"all,omitempty"`
	By        string   `json:"by"`
	// DelayReason is required for a notice past its deadline (GDPR 33(1),
	// KVKK 2019/10) and is printed in it.
	DelayReason string `json:"delay_reason,omitempty"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// RequestChangesInput sends a draft back.
type RequestChangesInput struct {
	NoticeID string `json:"notice_id"`
	By       string `json:"by"`
	Comment  string `json:"comment"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// WaiveInput records a decision not to notify, with its reason.
type WaiveInput struct {
	ObligationID string `json:"obligation_id"`
	Reason       string `json:"reason"`
	By           string `json:"by"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// FiledInput records that legal filed a notice on an authority's portal.
type FiledInput struct {
	ObligationID string `json:"obligation_id"`
	Reference    string `json:"reference"`
	By           string `json:"by"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// AddFactsInput adds what was learnt after triage; obligations are
// re-assessed and drafts re-rendered.
type AddFactsInput struct {
	Facts breach.Facts `json:"facts"`
	By    string       `json:"by"`
	Note  string       `json:"note,omitempty"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// CloseInput closes the incident.
type CloseInput struct {
	By     string `json:"by"`
	Force  bool   `json:"force,omitempty"`
	Reason string `json:"reason,omitempty"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

type incident struct {
	st       Status
	settings activities.Settings
	closeReq *CloseInput
	dirty    bool            // facts changed: re-assess
	assessed int             // assessments completed, so updates can wait for theirs
	redraft  map[string]bool // notice IDs to render again
	seq      int

	commander  string
	private    bool
	version    int             // bumped by every timeline event: the Slack status follows it
	published  int             // the version the Slack status shows
	statusTS   string          // the pinned status message
	posted     map[string]int  // notice ID -> version posted to Slack for approval
	factsBy    string          // who gave the facts the drafts are rendered from
	registered bool            // the register entry is written (or failed): close is done
	signed     bool            // decisions are signed and roles checked (versionSigned)
	loaded     bool            // settings (people, keys) are loaded: decisions wait for them
	nonces     map[string]bool // nonces of the signed decisions seen: a replay is refused

	phased    bool                     // supplementary notices to authorities (versionPhased)
	causes    map[string]revisionCause // notice ID -> who and why its next version is drafted
	renders   map[string]int           // notice ID -> renderings done, so an edit can wait for its own
	sentFacts map[string]breach.Facts  // notice ID -> the facts it was sent with
	trying    bool                     // drafting a supplement that may not be needed: no timeline event yet
}

// IncidentWorkflow runs one incident: triage -> scoping -> assessment ->
// approval -> delivery -> closed.
func IncidentWorkflow(ctx workflow.Context, in IncidentInput) (Status, error) {
	w := &incident{redraft: map[string]bool{}, posted: map[string]int{}, commander: in.Commander, private: in.Private, nonces: map[string]bool{},
		causes: map[string]revisionCause{}, renders: map[string]int{}, sentFacts: map[string]breach.Facts{}}
	w.signed = workflow.GetVersion(ctx, versionSigned, workflow.DefaultVersion, 1) >= 1
	w.phased = workflow.GetVersion(ctx, versionPhased, workflow.DefaultVersion, 1) >= 1
	w.st = Status{ID: in.ID, Title: in.Title, DeclaredBy: in.DeclaredBy, DeclaredAt: workflow.Now(ctx).UTC(), Private: in.Private,
		Obligations: []breach.TrackedObligation{}, Notices: []breach.Notice{}, Timeline: []breach.Event{}}
	if in.Facts != nil {
		w.st.Facts = *in.Facts
	}
	if err := w.registerHandlers(ctx); err != nil {
		return w.st, err
	}
	w.event(ctx, "declared", "Incident declared: "+in.Title, in.DeclaredBy)
	w.setPhase(ctx, breach.PhaseTriage)

	if err := workflow.ExecuteActivity(shortCtx(ctx), (*activities.Activities).LoadSettings).Get(ctx, &w.settings); err != nil {
		return w.st, fmt.Errorf("load settings: %w", err)
	}
	w.loaded = true
	if w.signed {
		w.verifyDeclarer(ctx, in)
	}
	workflow.Go(ctx, w.triageNudges)
	workflow.Go(ctx, w.progressSignals)
	if w.settings.Slack {
		workflow.Go(ctx, w.slack)
	}

	if err := workflow.Await(ctx, func() bool { return w.st.Triaged || w.closeReq != nil }); err != nil {
		return w.st, err
	}
	if w.st.Triaged && w.st.PersonalData {
		w.assess(ctx)
	}
	for w.closeReq == nil {
		if err := workflow.Await(ctx, func() bool { return w.dirty || w.hasWork() || w.closeReq != nil }); err != nil {
			return w.st, err
		}
		if w.dirty {
			w.dirty = false
			w.assess(ctx)
		}
		w.draftPending(ctx)
		w.deliverApproved(ctx)
		w.updatePhase(ctx)
	}
	// Deliveries already approved go out before the books close.
	w.deliverApproved(ctx)
	w.close(ctx)
	if w.settings.Slack {
		// Let the channel show the closed incident before the run ends.
		_, _ = workflow.AwaitWithTimeout(ctx, time.Minute, func() bool { return w.published == w.version })
	}
	// Let the close update (and any other) answer before the run ends.
	_ = workflow.Await(ctx, func() bool { return workflow.AllHandlersFinished(ctx) })
	return w.status(), nil
}

// assess resolves the facts against the engagement registry and turns them
// into obligations: new duties appear, done ones stay done.
func (w *incident) assess(ctx workflow.Context) {
	w.setPhase(ctx, breach.PhaseScoping)
	var res activities.Resolved
	if err := workflow.ExecuteActivity(shortCtx(ctx), (*activities.Activities).ResolveFacts, w.st.Facts).Get(ctx, &res); err != nil {
		w.event(ctx, "error", "Scoping failed, continuing with the facts as given: "+err.Error(), "")
		res.Facts = w.st.Facts
	}
	w.st.Facts = res.Facts.WithDefaultTimes(w.st.DeclaredAt)
	for _, n := range res.Notes {
		if !slices.Contains(w.st.Notes, n) {
			w.st.Notes = append(w.st.Notes, n)
			w.event(ctx, "note", n, "")
		}
	}

	w.setPhase(ctx, breach.PhaseAssessment)
	w.pinRules(ctx)
	for _, o := range w.assessRules(w.st.Facts) {
		if o.Notifier == breach.NotifierUs {
			w.track(ctx, o)
		}
	}
	w.st.CustomerDuties = w.customerDuties(w.st.Facts)
	if w.phased {
		w.supplements(ctx)
	}
	// A customer's duties feed its notice: re-render drafts that list them.
	for i := range w.st.Notices {
		if n := &w.st.Notices[i]; n.Status == breach.NoticeDraft || n.Status == breach.NoticeChangesRequested {
			w.redraft[n.ID] = true
		}
	}
	w.draftPending(ctx)
	w.assessed++
	w.updatePhase(ctx)
}

// pinRules fixes, once per incident, the rules table version it assesses
// with: the current rules.Version when first assessed, recorded in history
// as a version marker, so that a row added to the table later changes
// neither its obligations nor its timers and activities on replay. A
// history without the marker is an incident started before the table was
// versioned: it keeps the rows it had (version 0).
func (w *incident) pinRules(ctx workflow.Context) {
	if w.st.RulesVersion != nil {
		return
	}
	v := int(workflow.GetVersion(ctx, RulesTableChange, workflow.DefaultVersion, workflow.Version(rules.Version)))
	if v == int(workflow.DefaultVersion) {
		v = 0
	}
	w.st.RulesVersion = &v
}

// assessRules applies the rules at the incident's pinned version; pinRules
// runs first in assess, before anything else reaches the rules.
func (w *incident) assessRules(f breach.Facts) []breach.Obligation {
	return rules.AssessAt(f, w.settings.Rules, *w.st.RulesVersion)
}

// track adds or updates one of our obligations from a fresh assessment.
func (w *incident) track(ctx workflow.Context, o breach.Obligation) {
	t := w.obligation(o.ID)
	if t == nil {
		status := breach.ObligationOpen
		if !o.Required {
			status = breach.ObligationNotRequired
		}
		w.st.Obligations = append(w.st.Obligations, breach.TrackedObligation{Obligation: o, Status: status})
		w.event(ctx, "obligation", fmt.Sprintf("%s: %s (%s) — %s", o.ID, describeDue(o), status, o.Reason), "")
		if status == breach.ObligationOpen {
			id := o.ID
			workflow.Go(ctx, func(ctx workflow.Context) { w.ladder(ctx, id) })
		}
		return
	}
	switch t.Status {
	case breach.ObligationDone, breach.ObligationWaived:
		return // done stays done
	}
	wasOpen := t.Status == breach.ObligationOpen
	t.Obligation = o
	switch {
	case o.Required && !wasOpen:
		t.Status = breach.ObligationOpen
		w.event(ctx, "obligation", fmt.Sprintf("%s is now required: %s", o.ID, o.Reason), "")
		id := o.ID
		workflow.Go(ctx, func(ctx workflow.Context) { w.ladder(ctx, id) })
	case !o.Required && wasOpen:
		t.Status = breach.ObligationNotRequired
		w.event(ctx, "obligation", fmt.Sprintf("%s is no longer required: %s", o.ID, o.Reason), "")
		if n := w.notice(t.NoticeID); n != nil && !delivered(n.Status) {
			n.Status = breach.NoticeWithdrawn
		}
	}
}

// draftPending renders a notice for every open obligation that lacks one,
// and renders again the drafts whose facts changed.
func (w *incident) draftPending(ctx workflow.Context) {
	for i := range w.st.Obligations {
		t := &w.st.Obligations[i]
		if t.Status != breach.ObligationOpen || t.NoticeID != "" || t.NoticeKind == "" {
			continue
		}
		w.seq++
		n := breach.Notice{ID: fmt.Sprintf("N%d", w.seq), ObligationID: t.ID, Kind: t.NoticeKind, Language: t.Language,
			Status: breach.NoticeDraft, DraftedBy: w.factsBy}
		w.st.Notices = append(w.st.Notices, n)
		t.NoticeID = n.ID
		w.causes[n.ID] = revisionCause{by: w.factsBy, cause: "drafted"}
		w.render(ctx, n.ID, nil)
	}
	for i := range w.st.Notices {
		n := &w.st.Notices[i]
		if w.redraft[n.ID] {
			delete(w.redraft, n.ID)
			ob := w.obligation(n.ObligationID)
			if ob != nil && (ob.Status == breach.ObligationOpen || n.Supplements != "") && !delivered(n.Status) && n.Status != breach.NoticeWithdrawn {
				edit := w.causes[n.ID].cause != ""
				before := n.Version
				if !edit {
					n.DraftedBy = w.factsBy
				}
				w.render(ctx, n.ID, nil)
				if n.Status == breach.NoticeChangesRequested && !edit && n.Version > before {
					n.Status = breach.NoticeDraft
				}
			}
			w.renders[n.ID]++ // an edit waiting for it answers even when nothing was drafted
		}
	}
}

// render draws a notice's text. A draft gets a new version each time. The
// final rendering, just before delivery, keeps the approved version and
// fills in what only the sending moment knows: the date of the notice, the
// customer's clocks (which start when our notice reaches them) and, past
// the deadline, the reasons for the delay; sendAt marks it. It reports
// whether it succeeded.
func (w *incident) render(ctx workflow.Context, noticeID string, sendAt *time.Time) bool {
	n := w.notice(noticeID)
	ob := w.obligation(n.ObligationID)
	now, final := workflow.Now(ctx).UTC(), sendAt != nil
	version := n.Version + 1
	if final {
		now, version = *sendAt, n.Version
	}
	cause := w.causes[noticeID]
	delete(w.causes, noticeID)
	facts := w.st.Facts
	duties := w.st.CustomerDuties
	if final && ob.Audience == breach.AudienceController {
		if c := facts.Controller(ob.ControllerID); c != nil && c.NotifiedAt == nil {
			facts = facts.Merge(breach.Facts{Controllers: []breach.Controller{{ID: ob.ControllerID, NotifiedAt: &now}}})
		}
		duties = w.customerDuties(facts)
	}
	in := activities.DraftInput{
		IncidentID: w.st.ID, Title: w.st.Title, Obligation: ob.Obligation, Facts: facts,
		Version: version, Late: ob.Due != nil && now.After(*ob.Due) && n.DelayReason != "" && n.Supplements == "", DelayReason: n.DelayReason, NoticeDate: now,
		Texts: n.Texts, Previous: w.previousOf(n), Phase: w.phase(n), NoticeID: n.ID,
	}
	if !final && n.Version > 0 {
		in.Fingerprint = n.Fingerprint
	}
	if ob.Audience == breach.AudienceController {
		for _, d := range duties {
			if d.ControllerID == ob.ControllerID {
				in.CustomerDuties = append(in.CustomerDuties, d)
			}
		}
	}
	var d activities.Draft
	if err := workflow.ExecuteActivity(shortCtx(ctx), (*activities.Activities).DraftNotice, in).Get(ctx, &d); err != nil {
		n.Error = "drafting failed: " + err.Error()
		w.event(ctx, "error", fmt.Sprintf("%s for %s could not be drafted: %v", n.ID, ob.ID, err), "")
		return false
	}
	n.Recipients, n.Error, n.Warnings, n.Channel, n.NewFacts = d.Recipients, d.Problem, d.Warnings, d.Channel, d.Changes
	if !final {
		n.Conflicts = conflicts(n, facts)
	}
	if d.Unchanged {
		for i := range n.Variants {
			n.Variants[i].Recipients = d.ByLanguage[n.Variants[i].Language]
		}
		return true
	}
	n.Version = in.Version
	n.Subject, n.Text, n.HTML, n.Language = d.Subject, d.Text, d.HTML, d.Language
	n.Variants, n.Fingerprint = d.Variants, d.Fingerprint
	if final {
		w.sentFacts[n.ID] = facts
		return true
	}
	by := cmp.Or(cause.by, w.factsBy)
	why := cmp.Or(cause.cause, "re-drafted: the facts or the list changed")
	n.Revisions = append(n.Revisions, breach.Revision{Version: n.Version, At: now, By: by, Cause: why,
		Subject: d.Subject, Text: d.Text, Texts: slices.Clone(n.Texts)})
	if w.trying {
		return true
	}
	w.event(ctx, "drafted", fmt.Sprintf("%s v%d %s for %s (%s, %d recipient(s) by %s)", n.ID, n.Version, why, ob.ID, d.Template, d.Recipients, d.Channel), "")
	return true
}

// previousOf is the notice a supplementary notice follows, with the
// facts it was sent with; nil for an initial notice.
func (w *incident) previousOf(n *breach.Notice) *activities.PreviousNotice {
	if n.Supplements == "" {
		return nil
	}
	prev := w.notice(n.Supplements)
	if prev == nil {
		return nil
	}
	p := &activities.PreviousNotice{Reference: prev.Reference, Facts: w.sentFacts[prev.ID]}
	if p.Reference == "" {
		p.Reference = fmt.Sprintf("%s/%s v%d", w.st.ID, prev.ID, prev.Version)
	}
	if prev.DeliveredAt != nil {
		p.SentAt = *prev.DeliveredAt
	}
	return p
}

// phase numbers a supplementary notice among the notices sent for its
// obligation (the initial one is 1); 0 for an initial notice.
func (w *incident) phase(n *breach.Notice) int {
	if n.Supplements == "" {
		return 0
	}
	k := 1
	for _, x := range w.st.Notices {
		if x.ObligationID == n.ObligationID && x.ID != n.ID && x.Supplements != "" && (x.Status == breach.NoticeSent || x.Status == breach.NoticeFiled) {
			k++
		}
	}
	return k + 1
}

// phasedRegimes allow a notice to an authority in phases: GDPR Art. 33(4),
// UK GDPR Art. 33(4), KVKK Board Decision 2019/10.
func phasedRegime(regime string) bool {
	r := strings.ToUpper(regime)
	return strings.Contains(r, "GDPR") || strings.Contains(r, "KVKK")
}

// supplements drafts a supplementary notice to every authority already
// notified under a regime that allows information in phases, when the
// facts it was told have changed; a draft supplement is drafted again.
func (w *incident) supplements(ctx workflow.Context) {
	for i := range w.st.Obligations {
		ob := &w.st.Obligations[i]
		if ob.Audience != breach.AudienceAuthority || ob.Status != breach.ObligationDone || ob.NoticeKind == "" || !phasedRegime(ob.Regime) {
			continue
		}
		var last, open *breach.Notice
		for j := range w.st.Notices {
			n := &w.st.Notices[j]
			if n.ObligationID != ob.ID {
				continue
			}
			switch n.Status {
			case breach.NoticeSent, breach.NoticeFiled:
				last = n
			case breach.NoticeDraft, breach.NoticeChangesRequested, breach.NoticeApproved, breach.NoticeFailed, breach.NoticeSending, breach.NoticeAwaitingFiling:
				if n.Supplements != "" {
					open = n
				}
			}
		}
		if open != nil || last == nil {
			continue // an open supplement is re-drafted with the other drafts
		}
		sent, ok := w.sentFacts[last.ID]
		if !ok || sameFacts(sent, w.st.Facts) {
			continue
		}
		w.seq++
		n := breach.Notice{ID: fmt.Sprintf("N%d", w.seq), ObligationID: ob.ID, Kind: ob.NoticeKind, Language: ob.Language,
			Status: breach.NoticeDraft, DraftedBy: w.factsBy, Supplements: last.ID}
		w.st.Notices = append(w.st.Notices, n)
		w.causes[n.ID] = revisionCause{by: w.factsBy, cause: "drafted: supplementary notice to " + last.ID}
		w.trying = true
		ok = w.render(ctx, n.ID, nil)
		w.trying = false
		if ok && w.notice(n.ID).NewFacts == 0 {
			// Nothing the authority was told has changed.
			w.st.Notices = w.st.Notices[:len(w.st.Notices)-1]
			w.seq--
			continue
		}
		w.event(ctx, "supplement", fmt.Sprintf("%s: %d new fact(s) since %s was sent to %s: supplementary notice %s v1 drafted (%s)", ob.ID, w.notice(n.ID).NewFacts, last.ID, ob.Recipient, n.ID, ob.Basis), "")
	}
}

func sameFacts(a, b breach.Facts) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// customerDuties are the duties the customers owe themselves, from facts.
func (w *incident) customerDuties(f breach.Facts) []breach.Obligation {
	var theirs []breach.Obligation
	for _, o := range w.assessRules(f) {
		if o.Notifier != breach.NotifierUs {
			theirs = append(theirs, o)
		}
	}
	return theirs
}

// deliverApproved delivers every approved notice; nothing leaves before
// legal's approval.
func (w *incident) deliverApproved(ctx workflow.Context) {
	for i := range w.st.Notices {
		n := &w.st.Notices[i]
		if n.Status != breach.NoticeApproved {
			continue
		}
		ob := w.obligation(n.ObligationID)
		sendAt := workflow.Now(ctx).UTC()
		if !w.render(ctx, n.ID, &sendAt) {
			n.Status = breach.NoticeFailed
			continue
		}
		n.Status = breach.NoticeSending
		if ob.Audience == breach.AudienceSubjects {
			id := n.ID
			workflow.Go(ctx, func(ctx workflow.Context) { w.notifySubjects(ctx, id, sendAt) })
			continue
		}
		var res activities.Delivery
		err := workflow.ExecuteActivity(deliverCtx(ctx), (*activities.Activities).DeliverNotice, activities.DeliverInput{
			IncidentID: w.st.ID, NoticeID: n.ID, Version: n.Version, Obligation: ob.Obligation,
			Subject: n.Subject, Text: n.Text, HTML: n.HTML, Language: n.Language, Supplement: n.Supplements != "",
		}).Get(ctx, &res)
		now := workflow.Now(ctx).UTC()
		n.Sent, n.Failed, n.Resent = res.Sent+res.Skipped, res.Failed, res.Resent
		switch {
		case err != nil:
			n.Status, n.Error = breach.NoticeFailed, err.Error()
			w.event(ctx, "delivery_failed", fmt.Sprintf("%s delivery failed; approve it again to retry: %v", n.ID, err), "")
		case res.Channel == "portal":
			n.Status, n.FormFile, n.Error = breach.NoticeAwaitingFiling, res.FormFile, ""
			w.event(ctx, "form_ready", fmt.Sprintf("%s: form for %s written to %s; file it on the portal, then record the reference with `filed`", n.ID, ob.Recipient, res.FormFile), "")
		case res.Error != "" || res.Failed > 0 || n.Sent == 0:
			n.Status, n.Error = breach.NoticeFailed, cmp.Or(res.Error, "no recipient accepted the message")
			w.event(ctx, "delivery_failed", fmt.Sprintf("%s not delivered (%d sent, %d failed): %s", n.ID, n.Sent, n.Failed, n.Error), "")
		case n.Supplements != "":
			n.Status, n.Error, n.DeliveredAt = breach.NoticeSent, "", &now
			w.event(ctx, "sent", fmt.Sprintf("%s (supplementing %s) sent to %d recipient(s) for %s", n.ID, n.Supplements, n.Sent, ob.ID), "")
		default:
			n.Status, n.Error, n.DeliveredAt = breach.NoticeSent, "", &now
			w.event(ctx, "sent", fmt.Sprintf("%s sent to %d recipient(s) for %s", n.ID, n.Sent, ob.ID), "")
			w.complete(ctx, ob, now)
			if ob.Audience == breach.AudienceController {
				w.customerNotified(ctx, ob.ControllerID, sendAt)
			}
		}
	}
}

// customerNotified starts the customer's own clocks: a controller is aware
// once its processor has told it (EDPB 9/2022).
func (w *incident) customerNotified(ctx workflow.Context, controllerID string, at time.Time) {
	for i := range w.st.Facts.Controllers {
		c := &w.st.Facts.Controllers[i]
		if c.ID == controllerID && c.NotifiedAt == nil {
			c.NotifiedAt = &at
			w.st.CustomerDuties = w.customerDuties(w.st.Facts)
		}
	}
}

// complete marks an obligation done, late when past its deadline.
func (w *incident) complete(ctx workflow.Context, ob *breach.TrackedObligation, at time.Time) {
	ob.Status, ob.DoneAt = breach.ObligationDone, &at
	if ob.Due != nil && at.After(*ob.Due) {
		ob.Late = true
		w.event(ctx, "late", fmt.Sprintf("%s done %s after its deadline", ob.ID, at.Sub(*ob.Due).Round(time.Minute)), "")
	} else {
		ob.Late = false
	}
}

func (w *incident) close(ctx workflow.Context) {
	now := workflow.Now(ctx).UTC()
	req := w.closeReq
	w.st.Closed = &breach.Decision{By: req.By, At: now, Reason: req.Reason}
	text := "Incident closed"
	if req.Force {
		text += " with open obligations (forced): " + req.Reason
	}
	w.event(ctx, "closed", text, req.By)
	w.setPhase(ctx, breach.PhaseClosed)

	notified := false
	for _, o := range w.st.Obligations {
		notified = notified || o.Status == breach.ObligationDone
	}
	rationale := w.st.Rationale
	if rationale == "" {
		var reasons []string
		for _, o := range w.st.Obligations {
			if o.Status == breach.ObligationWaived && o.Waiver != nil {
				// The decision, not the rule: who waived it, when and why.
				reasons = append(reasons, fmt.Sprintf("%s [waived by %s on %s]: %s", o.ID, o.Waiver.By, o.Waiver.At.UTC().Format("2006-01-02 15:04 UTC"), o.Waiver.Reason))
				continue
			}
			reasons = append(reasons, fmt.Sprintf("%s [%s]: %s", o.ID, o.Status, o.Reason))
		}
		rationale = strings.Join(reasons, "\n")
	}
	record, _ := jsonRecord(w.status())
	entry := activities.RegisterInput{Entry: store.RegisterEntry{
		IncidentID: w.st.ID, Title: w.st.Title, DeclaredAt: w.st.DeclaredAt, ClosedAt: now,
		PersonalData: w.st.PersonalData, Risk: w.st.Facts.Risk, Notified: notified, Rationale: rationale,
	}, Record: record}
	defer func() { w.registered = true }()
	if err := workflow.ExecuteActivity(deliverCtx(ctx), (*activities.Activities).RecordRegister, entry).Get(ctx, nil); err != nil {
		w.event(ctx, "error", "Breach register entry failed: "+err.Error(), "")
		return
	}
	w.event(ctx, "register", "Recorded in the breach register (GDPR Art. 33(5), KVKK 2019/10)", "")
}

func (w *incident) hasWork() bool {
	if len(w.redraft) > 0 {
		return true
	}
	for _, o := range w.st.Obligations {
		if o.Status == breach.ObligationOpen && o.NoticeID == "" && o.NoticeKind != "" {
			return true
		}
	}
	for _, n := range w.st.Notices {
		if n.Status == breach.NoticeApproved {
			return true
		}
	}
	return false
}

func (w *incident) updatePhase(ctx workflow.Context) {
	switch {
	case w.st.Closed != nil:
		w.setPhase(ctx, breach.PhaseClosed)
	case !w.st.Triaged:
		w.setPhase(ctx, breach.PhaseTriage)
	default:
		phase := breach.PhaseDelivery
		for _, n := range w.st.Notices {
			if n.Status == breach.NoticeDraft || n.Status == breach.NoticeChangesRequested {
				phase = breach.PhaseApproval
			}
		}
		w.setPhase(ctx, phase)
	}
	w.st.ReadyToClose = len(w.openRequired()) == 0
}

func (w *incident) setPhase(ctx workflow.Context, phase string) {
	if w.st.Phase == phase {
		return
	}
	w.st.Phase = phase
	if err := workflow.UpsertTypedSearchAttributes(ctx, PhaseKey.ValueSet(phase)); err != nil {
		workflow.GetLogger(ctx).Warn("search attribute not updated", "error", err)
	}
}

func (w *incident) openRequired() []string {
	var ids []string
	for _, o := range w.st.Obligations {
		if o.Status == breach.ObligationOpen {
			ids = append(ids, o.ID)
		}
	}
	return ids
}

func (w *incident) event(ctx workflow.Context, kind, text, by string) {
	w.st.Timeline = append(w.st.Timeline, breach.Event{At: workflow.Now(ctx).UTC(), Kind: kind, Text: text, By: by})
	w.version++
}

func (w *incident) obligation(id string) *breach.TrackedObligation {
	for i := range w.st.Obligations {
		if w.st.Obligations[i].ID == id {
			return &w.st.Obligations[i]
		}
	}
	return nil
}

func (w *incident) notice(id string) *breach.Notice {
	for i := range w.st.Notices {
		if w.st.Notices[i].ID == id {
			return &w.st.Notices[i]
		}
	}
	return nil
}

// status is the query view: everything but the notice texts.
func (w *incident) status() Status {
	s := w.st
	s.Notices = make([]breach.Notice, len(w.st.Notices))
	for i, n := range w.st.Notices {
		s.Notices[i] = n.View()
	}
	return s
}

func delivered(status string) bool {
	switch status {
	case breach.NoticeSent, breach.NoticeFiled, breach.NoticeAwaitingFiling, breach.NoticeSending:
		return true
	}
	return false
}

func describeDue(o breach.Obligation) string {
	if o.Due != nil {
		return "due " + o.Due.UTC().Format("2006-01-02 15:04 MST")
	}
	return "without undue delay"
}

var errClosed = errors.New("incident is closed")
