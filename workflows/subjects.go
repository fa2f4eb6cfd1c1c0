package workflows

import (
	"fmt"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/store"
)

// publicNoticeShare: when direct notice fails for at least this share of
// the recipients, a public communication is needed instead (GDPR Art.
// 34(3)(c); KVKK: publication on the controller's website).
const publicNoticeShare = 0.10

// notifySubjects delivers an approved subject notice to the recipient list
// through a child workflow, so that a million messages never weigh on the
// incident's own history.
func (w *incident) notifySubjects(ctx workflow.Context, noticeID string, sendAt time.Time) {
	n := w.notice(noticeID)
	ob := w.obligation(n.ObligationID)
	id := fmt.Sprintf("%s-%s-v%d", w.st.ID, n.ID, n.Version)
	w.st.Deliveries = append(w.st.Deliveries, Delivery{NoticeID: n.ID, Workflow: id})
	cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
		WorkflowID:        id,
		ParentClosePolicy: enumspb.PARENT_CLOSE_POLICY_ABANDON, // a started delivery finishes
	})
	var p Progress
	err := workflow.ExecuteChildWorkflow(cctx, NotifyWorkflowName, NotifyInput{
		IncidentID: w.st.ID, NoticeID: n.ID, ObligationID: ob.ID, Version: n.Version,
		Filter:  store.RecipientFilter{ControllerID: "-", Jurisdiction: ob.Jurisdiction},
		Subject: n.Subject, Text: n.Text, HTML: n.HTML, Variants: n.Variants, ClockStart: ob.ClockStart,
		BatchSize: w.settings.BatchSize, Parallel: w.settings.Parallel, HistoryLimit: w.settings.HistoryLimit,
	}).Get(ctx, &p)
	n, ob = w.notice(noticeID), w.obligation(n.ObligationID)
	w.setProgress(noticeID, p)
	now := workflow.Now(ctx).UTC()
	switch {
	case err != nil:
		n.Status, n.Error = breach.NoticeFailed, err.Error()
		w.event(ctx, "delivery_failed", fmt.Sprintf("%s: %d of %d sent before the delivery failed; approve it again to resume: %v", n.ID, p.Sent, p.Total, err), "")
	case p.Total == 0:
		n.Status, n.Error = breach.NoticeFailed, fmt.Sprintf("no recipients in %s on the list: run `starter scope` with the affected records, then approve again", ob.Jurisdiction)
		w.event(ctx, "delivery_failed", n.ID+": "+n.Error, "")
	default:
		n.Status, n.DeliveredAt = breach.NoticeSent, &now
		text := fmt.Sprintf("%s sent to %d of %d recipient(s) for %s (%d permanently failed)", n.ID, p.Sent, p.Total, ob.ID, p.Failed)
		if p.Resent > 0 {
			text += fmt.Sprintf("; %d re-sent after an interruption (they may have it twice, with the same Message-ID)", p.Resent)
		}
		w.event(ctx, "sent", text, "")
		if float64(p.Failed) >= publicNoticeShare*float64(p.Total) {
			w.st.PublicNotice = append(w.st.PublicNotice, ob.Jurisdiction)
			w.event(ctx, "public_notice", fmt.Sprintf("%s: direct notice failed for %d of %d people in %s: a public communication is needed (GDPR Art. 34(3)(c); KVKK: publication on the website)",
				n.ID, p.Failed, p.Total, ob.Jurisdiction), "")
		}
		w.complete(ctx, ob, sendAt)
	}
	w.updatePhase(ctx)
}

// progressSignals takes the deliveries' progress reports.
func (w *incident) progressSignals(ctx workflow.Context) {
	ch := workflow.GetSignalChannel(ctx, SignalProgress)
	for {
		var s progressSignal
		if !ch.Receive(ctx, &s) {
			return
		}
		w.setProgress(s.NoticeID, s.Progress)
	}
}

func (w *incident) setProgress(noticeID string, p Progress) {
	for i := range w.st.Deliveries {
		if d := &w.st.Deliveries[i]; d.NoticeID == noticeID {
			if p.UpdatedAt.Before(d.Progress.UpdatedAt) {
				return // a late report
			}
			d.Progress = p
		}
	}
	if n := w.notice(noticeID); n != nil {
		n.Recipients, n.Sent, n.Failed, n.Resent = p.Total, p.Sent, p.Failed, p.Resent
	}
	w.version++ // the Slack status shows delivery progress
}

// ScopeInput asks the incident to read a record export of affected people.
type ScopeInput struct {
	activities.ScopeInput
	By string `json:"by"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

func (w *incident) validateScope(ctx workflow.Context, in ScopeInput) error {
	if err := CheckSize(UpdateScope, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if in.Path == "" {
		return fmt.Errorf("give the record export with --file")
	}
	if in.Upload != "" && !store.IsUploadID(in.Upload) {
		return fmt.Errorf("upload %q is not an upload ID (the CLI's scope --file makes one)", in.Upload)
	}
	if in.By == "" {
		return fmt.Errorf("who scopes? give --by NAME")
	}
	if !w.st.Triaged || !w.st.PersonalData {
		return fmt.Errorf("%s must be triaged as a personal-data breach before scoping", w.st.ID)
	}
	return w.precheck(ctx, w.scopeGate(in))
}

func (w *incident) scopeGate(in ScopeInput) gate {
	args := in
	args.Proof = nil
	return gate{update: UpdateScope, by: in.By, args: args, proof: in.Proof, roles: anyone}
}

// scope reads a record export into the recipient list (an activity on the
// worker), then feeds the counts into the facts and re-assesses.
func (w *incident) scope(ctx workflow.Context, in ScopeInput) (activities.ScopeResult, error) {
	if err := w.decide(ctx, w.scopeGate(in)); err != nil {
		return activities.ScopeResult{}, err
	}
	in.IncidentID = w.st.ID
	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 4 * time.Hour, HeartbeatTimeout: 2 * time.Minute,
	})
	var res activities.ScopeResult
	if err := workflow.ExecuteActivity(actx, (*activities.Activities).ScopeRecipients, in.ScopeInput).Get(ctx, &res); err != nil {
		w.event(ctx, "scope_failed", fmt.Sprintf("%s could not be scoped: %v", in.Path, err), in.By)
		return res, err
	}
	w.st.Scans = append(w.st.Scans, res)
	text := fmt.Sprintf("Scoped %s: %d rows, %d new subjects, %d duplicates, %d quarantined", res.Source, res.Rows, res.New, res.Duplicates, res.Quarantined)
	if len(res.Sample) > 0 {
		text += " (e.g. " + res.Sample[0] + ")"
	}
	w.event(ctx, "scoped", text, in.By)
	// The list is authoritative for counts it exceeds.
	more := breach.Facts{}
	for _, c := range breach.SortedKeys(res.Totals) {
		counts := res.Totals[c]
		if c == "" {
			more.Subjects = larger(w.st.Facts.Subjects, counts)
			continue
		}
		var have map[string]int
		if ct := w.st.Facts.Controller(c); ct != nil {
			have = ct.Subjects
		}
		more.Controllers = append(more.Controllers, breach.Controller{ID: c, Subjects: larger(have, counts)})
	}
	w.st.Facts = w.st.Facts.Merge(more)
	w.factsBy = in.By
	target := w.assessed + 1
	w.dirty = true
	err := workflow.Await(ctx, func() bool { return w.assessed >= target || w.closeReq != nil })
	return res, err
}

func larger(have, list map[string]int) map[string]int {
	out := map[string]int{}
	for _, j := range breach.SortedKeys(list) {
		out[j] = max(have[j], list[j])
	}
	return out
}
