package workflows

import (
	"fmt"
	"slices"
	"strings"

	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/internal/breach"
)

// registerHandlers wires the status query and every human step. Each
// Update has a validator that rejects bad input with a clear message
// before anything is recorded in history.
func (w *incident) registerHandlers(ctx workflow.Context) error {
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (Status, error) { return w.status(), nil }); err != nil {
		return err
	}
	if err := workflow.SetQueryHandler(ctx, QueryNotice, func(id string) (breach.Notice, error) {
		if n := w.notice(id); n != nil {
			return *n, nil
		}
		return breach.Notice{}, fmt.Errorf("no notice %q in %s", id, w.st.ID)
	}); err != nil {
		return err
	}
	handlers := []struct {
		name      string
		handler   any
		validator any
	}{
		{UpdateTriage, w.triage, w.validateTriage},
		{UpdateApprove, w.approve, w.validateApprove},
		{UpdateRequestChanges, w.requestChanges, w.validateRequestChanges},
		{UpdateWaive, w.waive, w.validateWaive},
		{UpdateFiled, w.filed, w.validateFiled},
		{UpdateAddFacts, w.addFacts, w.validateAddFacts},
		{UpdateClose, w.closeIncident, w.validateClose},
		{UpdateScope, w.scope, w.validateScope},
		{UpdateRefused, w.refused, w.validateRefused},
		{UpdateReassess, w.reassess, w.validateReassess},
		{UpdateEdit, w.edit, w.validateEdit},
	}
	for _, h := range handlers {
		if err := workflow.SetUpdateHandlerWithOptions(ctx, h.name, h.handler, workflow.UpdateHandlerOptions{Validator: h.validator}); err != nil {
			return err
		}
	}
	return nil
}

func (w *incident) open() error {
	if w.st.Closed != nil || w.closeReq != nil {
		return errClosed
	}
	return nil
}

// authorized checks the person against the configured legal approvers
// (defence in depth: Slack and the CLI check first). With no approvers
// configured, any named person may decide.
func (w *incident) authorized(by string) error {
	by = strings.TrimSpace(by)
	if by == "" {
		return fmt.Errorf("who decides? give --by NAME")
	}
	if len(w.settings.Approvers) == 0 {
		return nil
	}
	for _, a := range w.settings.Approvers {
		if strings.EqualFold(a, by) {
			return nil
		}
	}
	return fmt.Errorf("%q is not a configured legal approver (approvers in the config)", by)
}

func (w *incident) validateTriage(ctx workflow.Context, in TriageInput) error {
	if err := CheckSize(UpdateTriage, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if w.st.Triaged {
		return fmt.Errorf("%s is already triaged; use add-facts to add what you learn", w.st.ID)
	}
	if strings.TrimSpace(in.By) == "" {
		return fmt.Errorf("who triaged? give --by NAME")
	}
	if err := w.precheck(ctx, w.triageGate(in)); err != nil {
		return err
	}
	if in.NotPersonalData {
		if strings.TrimSpace(in.Rationale) == "" {
			return fmt.Errorf("a rationale is required to record that no personal data was involved (GDPR Art. 33(5) accountability)")
		}
		return nil
	}
	facts := w.st.Facts.Merge(in.Facts)
	if err := facts.Validate(); err != nil {
		return err
	}
	if err := facts.CheckSize(); err != nil {
		return fmt.Errorf("with what is known already: %w", err)
	}
	// A risk not assessed yet is allowed: it is unknown, and every duty
	// that turns on it applies, uncertain (rules v2), until it is given.
	if len(facts.Controllers) == 0 && len(facts.Subjects) == 0 {
		return fmt.Errorf("facts: neither controllers (customers whose data we process) nor subjects (our own data subjects) are given: whose data is affected?")
	}
	return nil
}

// triageGate: security or legal triage; a dismissal, or facts that lower
// what the declaration left open (an unknown risk counts as high), need legal.
func (w *incident) triageGate(in TriageInput) gate {
	args := in
	args.Proof = nil
	same := args
	same.By = ""
	g := gate{update: UpdateTriage, by: in.By, args: args, proof: in.Proof, roles: anyone, same: same}
	if in.NotPersonalData {
		g.authority = []string{"dismissal as not a personal-data breach"}
	} else {
		g.authority = w.lowering(w.st.Facts, w.st.Facts.Merge(in.Facts))
	}
	return g
}

func (w *incident) triage(ctx workflow.Context, in TriageInput) (Status, error) {
	// Incidents begun before signed decisions did not wait (replay).
	if err := workflow.Await(ctx, func() bool { return w.loaded || !w.signed }); err != nil {
		return w.status(), err
	}
	if w.signed && !in.NotPersonalData {
		w.pinRules(ctx) // the lowering check assesses with the incident's rules
	}
	if err := w.decide(ctx, w.triageGate(in)); err != nil {
		return w.status(), err
	}
	w.st.Triaged = true
	if in.NotPersonalData {
		w.st.PersonalData = false
		w.st.Rationale = in.Rationale
		w.event(ctx, "triaged", "Not a personal-data breach: "+in.Rationale, in.By)
		w.closeReq = &CloseInput{By: in.By, Reason: "not a personal-data breach"}
		return w.status(), nil
	}
	w.st.PersonalData = true
	w.st.Facts = w.st.Facts.Merge(in.Facts)
	w.factsBy = in.By
	w.event(ctx, "triaged", fmt.Sprintf("Personal-data breach confirmed: risk %s, %d data subject(s), %d customer(s)",
		w.st.Facts.Risk, w.st.Facts.TotalSubjects(), len(w.st.Facts.Controllers)), in.By)
	// Answer with the obligations and drafts, not with a promise of them.
	err := workflow.Await(ctx, func() bool { return w.assessed > 0 || w.closeReq != nil })
	return w.status(), err
}

func (w *incident) validateApprove(ctx workflow.Context, in ApproveInput) error {
	if err := CheckSize(UpdateApprove, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if err := w.precheck(ctx, w.approveGate(in)); err != nil {
		return err
	}
	ids, err := w.approvable(in)
	if err != nil {
		return err
	}
	now := workflow.Now(ctx)
	for _, id := range ids {
		n := w.notice(id)
		ob := w.obligation(n.ObligationID)
		if ob.Due != nil && now.After(*ob.Due) && n.DelayReason == "" && strings.TrimSpace(in.DelayReason) == "" && n.Supplements == "" {
			return fmt.Errorf("%s is past its deadline (%s, %s): give the reasons for the delay with --delay-reason; they go into the notice (GDPR Art. 33(1), KVKK 2019/10)",
				id, ob.Due.UTC().Format("2006-01-02 15:04 UTC"), ob.Basis)
		}
	}
	return nil
}

// approvable resolves the notices an approve names: explicitly, or all
// drafts with --all.
func (w *incident) approvable(in ApproveInput) ([]string, error) {
	if in.All == (len(in.NoticeIDs) > 0) {
		return nil, fmt.Errorf("name the notices to approve, or --all (not both)")
	}
	var ids []string
	for _, n := range w.st.Notices {
		if in.All && n.Status == breach.NoticeDraft {
			ids = append(ids, n.ID)
		}
	}
	if in.All && len(ids) == 0 {
		return nil, fmt.Errorf("no draft notices to approve in %s", w.st.ID)
	}
	for _, id := range in.NoticeIDs {
		n := w.notice(id)
		switch {
		case n == nil:
			return nil, fmt.Errorf("no notice %q in %s (notices: %s)", id, w.st.ID, strings.Join(w.noticeIDs(), ", "))
		case n.Status == breach.NoticeChangesRequested:
			return nil, fmt.Errorf("%s has changes requested: edit it (starter edit %s %s) or add facts, then approve the new version", id, w.st.ID, id)
		case n.Status != breach.NoticeDraft && n.Status != breach.NoticeFailed:
			return nil, fmt.Errorf("%s is %s, not a draft awaiting approval", id, n.Status)
		case n.Version == 0:
			return nil, fmt.Errorf("%s has not been drafted yet: %s", id, n.Error)
		}
		ids = append(ids, id)
	}
	for _, id := range ids {
		if n := w.notice(id); len(n.Conflicts) > 0 {
			c := n.Conflicts[0]
			return nil, fmt.Errorf("%s: the facts' %s changed since legal edited it (%s): keep legal's text (starter edit %s %s --lang %s --keep %s) or take the facts' (--reset %s), then approve",
				id, c.Section, c.Language, w.st.ID, id, c.Language, c.Section, c.Section)
		}
	}
	return ids, nil
}

func (w *incident) approveGate(in ApproveInput) gate {
	args := in
	args.Proof = nil
	target := strings.Join(in.NoticeIDs, ",")
	if in.All {
		target = "all drafts"
	}
	return gate{update: UpdateApprove, target: target, by: in.By, args: args, proof: in.Proof, roles: legalACL}
}

func (w *incident) approve(ctx workflow.Context, in ApproveInput) ([]string, error) {
	g := w.approveGate(in)
	if err := w.decide(ctx, g); err != nil {
		return nil, err
	}
	ids, err := w.approvable(in)
	if err != nil {
		return nil, err
	}
	if w.settings.ApprovalsRequired > 1 {
		// Four-eyes, checked after who it is is proven.
		for _, id := range ids {
			n := w.notice(id)
			if in.By == n.DraftedBy {
				return nil, w.refuse(ctx, g, fmt.Sprintf("%s: four-eyes approval: %s gave the facts it was drafted from and cannot approve it", id, in.By))
			}
			for _, a := range n.Approvals {
				if a.Version == n.Version && a.By == in.By {
					return nil, w.refuse(ctx, g, fmt.Sprintf("%s v%d is already approved by %s; it needs %d different approvers", id, n.Version, in.By, w.settings.ApprovalsRequired))
				}
			}
		}
	}
	now := workflow.Now(ctx).UTC()
	approved := []string{}
	for _, id := range ids {
		n := w.notice(id)
		if r := strings.TrimSpace(in.DelayReason); r != "" && r != n.DelayReason {
			n.DelayReason = r // printed in the notice when it is rendered for sending
		}
		n.Approvals = append(n.Approvals, breach.Decision{By: in.By, At: now, Reason: in.DelayReason, Version: n.Version})
		if got, need := w.approvalsOf(n), max(w.settings.ApprovalsRequired, 1); got < need {
			w.event(ctx, "approval", fmt.Sprintf("%s v%d: approval %d of %d", id, n.Version, got, need), in.By)
			continue
		}
		if w.settings.ApprovalsRequired > 1 && !w.approvedByOther(n) {
			// Four-eyes: the text's editors cannot be its only approvers.
			w.event(ctx, "approval", fmt.Sprintf("%s v%d: approved only by who wrote its text (%s); it needs an approver who did not edit it",
				id, n.Version, strings.Join(n.Editors(), ", ")), in.By)
			continue
		}
		n.Status = breach.NoticeApproved
		approved = append(approved, id)
		w.event(ctx, "approved", fmt.Sprintf("%s v%d approved for %s", id, n.Version, n.ObligationID), in.By)
	}
	return approved, nil
}

// approvedByOther reports whether someone who did not write the
// notice's section texts approved its current version.
func (w *incident) approvedByOther(n *breach.Notice) bool {
	editors := n.Editors()
	for _, a := range n.Approvals {
		if a.Version == n.Version && !slices.ContainsFunc(editors, func(e string) bool { return strings.EqualFold(e, a.By) }) {
			return true
		}
	}
	return false
}

// approvalsOf counts the distinct approvers of a notice's current version.
func (w *incident) approvalsOf(n *breach.Notice) int {
	var by []string
	for _, a := range n.Approvals {
		if a.Version == n.Version && !slices.Contains(by, strings.ToLower(a.By)) {
			by = append(by, strings.ToLower(a.By))
		}
	}
	return len(by)
}

func (w *incident) validateRequestChanges(ctx workflow.Context, in RequestChangesInput) error {
	if err := CheckSize(UpdateRequestChanges, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if err := w.precheck(ctx, w.requestChangesGate(in)); err != nil {
		return err
	}
	n := w.notice(in.NoticeID)
	switch {
	case n == nil:
		return fmt.Errorf("no notice %q in %s", in.NoticeID, w.st.ID)
	case n.Status != breach.NoticeDraft:
		return fmt.Errorf("%s is %s; changes can be requested only on a draft", in.NoticeID, n.Status)
	case strings.TrimSpace(in.Comment) == "":
		return fmt.Errorf("say what should change (--comment)")
	}
	return nil
}

func (w *incident) requestChangesGate(in RequestChangesInput) gate {
	args := in
	args.Proof = nil
	return gate{update: UpdateRequestChanges, target: in.NoticeID, by: in.By, args: args, proof: in.Proof, roles: legalACL}
}

func (w *incident) requestChanges(ctx workflow.Context, in RequestChangesInput) error {
	if err := w.decide(ctx, w.requestChangesGate(in)); err != nil {
		return err
	}
	n := w.notice(in.NoticeID)
	n.Status = breach.NoticeChangesRequested
	n.Changes = append(n.Changes, breach.Decision{By: in.By, At: workflow.Now(ctx).UTC(), Reason: in.Comment})
	w.event(ctx, "changes_requested", fmt.Sprintf("%s: %s", in.NoticeID, in.Comment), in.By)
	w.updatePhase(ctx)
	return nil
}

func (w *incident) validateWaive(ctx workflow.Context, in WaiveInput) error {
	if err := CheckSize(UpdateWaive, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if err := w.precheck(ctx, w.waiveGate(in)); err != nil {
		return err
	}
	ob := w.obligation(in.ObligationID)
	switch {
	case ob == nil:
		return fmt.Errorf("no obligation %q in %s (obligations: %s)", in.ObligationID, w.st.ID, strings.Join(w.obligationIDs(), ", "))
	case ob.Status != breach.ObligationOpen:
		return fmt.Errorf("%s is %s; only an open obligation can be waived", in.ObligationID, ob.Status)
	case strings.TrimSpace(in.Reason) == "":
		return fmt.Errorf("a waiver needs a reason (--reason); it goes into the breach register")
	}
	if n := w.notice(ob.NoticeID); n != nil && (n.Status == breach.NoticeSending || n.Status == breach.NoticeApproved) {
		return fmt.Errorf("%s is being delivered (%s); it cannot be waived now", in.ObligationID, n.ID)
	}
	return nil
}

// waiveGate: a waiver withholds a duty: legal, four-eyes when configured.
func (w *incident) waiveGate(in WaiveInput) gate {
	args := in
	args.Proof = nil
	same := args
	same.By = ""
	return gate{update: UpdateWaive, target: in.ObligationID, by: in.By, args: args, proof: in.Proof, roles: legalACL,
		authority: []string{"waiver: " + in.ObligationID + " is not notified"}, same: same}
}

func (w *incident) waive(ctx workflow.Context, in WaiveInput) error {
	if err := w.decide(ctx, w.waiveGate(in)); err != nil {
		return err
	}
	ob := w.obligation(in.ObligationID)
	ob.Status = breach.ObligationWaived
	ob.Waiver = &breach.Decision{By: in.By, At: workflow.Now(ctx).UTC(), Reason: in.Reason}
	if n := w.notice(ob.NoticeID); n != nil && !delivered(n.Status) {
		n.Status = breach.NoticeWithdrawn
	}
	w.event(ctx, "waived", fmt.Sprintf("%s waived: %s", in.ObligationID, in.Reason), in.By)
	w.updatePhase(ctx)
	return nil
}

func (w *incident) validateFiled(ctx workflow.Context, in FiledInput) error {
	if err := CheckSize(UpdateFiled, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if err := w.precheck(ctx, w.filedGate(in)); err != nil {
		return err
	}
	ob := w.obligation(in.ObligationID)
	if ob == nil {
		return fmt.Errorf("no obligation %q in %s (obligations: %s)", in.ObligationID, w.st.ID, strings.Join(w.obligationIDs(), ", "))
	}
	if strings.TrimSpace(in.Reference) == "" {
		return fmt.Errorf("give the portal's reference (--reference)")
	}
	if s := w.supplementAwaitingFiling(ob.ID); s != nil {
		return nil
	}
	if ob.Status != breach.ObligationOpen {
		return fmt.Errorf("%s is %s", in.ObligationID, ob.Status)
	}
	if ob.NoticeKind == "" {
		return nil // no template yet: legal handles it outside and records the reference
	}
	n := w.notice(ob.NoticeID)
	switch {
	case n != nil && (n.Status == breach.NoticeSent || n.Status == breach.NoticeSending):
		return fmt.Errorf("%s is delivered by e-mail (notice %s is %s); filed records a portal filing's reference", in.ObligationID, n.ID, n.Status)
	case n != nil && n.Channel == "email":
		return fmt.Errorf("%s goes by e-mail: notice %s is sent when approved (starter approve %s %s), so there is no filing to record", in.ObligationID, n.ID, w.st.ID, n.ID)
	case n == nil || n.Status != breach.NoticeAwaitingFiling:
		status := "not drafted"
		if n != nil {
			status = n.Status
		}
		return fmt.Errorf("%s has no approved form awaiting filing (notice %s); approve it first", in.ObligationID, status)
	}
	return nil
}

// supplementAwaitingFiling is an obligation's supplementary notice whose
// form waits to be filed.
func (w *incident) supplementAwaitingFiling(obligationID string) *breach.Notice {
	for i := range w.st.Notices {
		if n := &w.st.Notices[i]; n.ObligationID == obligationID && n.Supplements != "" && n.Status == breach.NoticeAwaitingFiling {
			return n
		}
	}
	return nil
}

func (w *incident) filedGate(in FiledInput) gate {
	args := in
	args.Proof = nil
	return gate{update: UpdateFiled, target: in.ObligationID, by: in.By, args: args, proof: in.Proof, roles: legalACL}
}

func (w *incident) filed(ctx workflow.Context, in FiledInput) error {
	if err := w.decide(ctx, w.filedGate(in)); err != nil {
		return err
	}
	ob := w.obligation(in.ObligationID)
	now := workflow.Now(ctx).UTC()
	if s := w.supplementAwaitingFiling(ob.ID); s != nil {
		s.Status, s.DeliveredAt, s.Reference = breach.NoticeFiled, &now, in.Reference
		w.event(ctx, "filed", fmt.Sprintf("%s (supplementing %s) filed with %s, reference %s", s.ID, s.Supplements, ob.Recipient, in.Reference), in.By)
		w.updatePhase(ctx)
		return nil
	}
	if n := w.notice(ob.NoticeID); n != nil {
		n.Status, n.DeliveredAt = breach.NoticeFiled, &now
	}
	ob.Reference = in.Reference
	if n := w.notice(ob.NoticeID); n != nil {
		n.Reference = in.Reference
	}
	w.event(ctx, "filed", fmt.Sprintf("%s filed with %s, reference %s", in.ObligationID, ob.Recipient, in.Reference), in.By)
	w.complete(ctx, ob, now)
	w.updatePhase(ctx)
	return nil
}

func (w *incident) validateAddFacts(ctx workflow.Context, in AddFactsInput) error {
	if err := CheckSize(UpdateAddFacts, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if !w.st.Triaged {
		return fmt.Errorf("%s is not triaged yet: use triage", w.st.ID)
	}
	if !w.st.PersonalData {
		return fmt.Errorf("%s was triaged as not a personal-data breach", w.st.ID)
	}
	if strings.TrimSpace(in.By) == "" {
		return fmt.Errorf("who adds the facts? give --by NAME")
	}
	if err := w.precheck(ctx, w.addFactsGate(in)); err != nil {
		return err
	}
	merged := w.st.Facts.Merge(in.Facts)
	if err := merged.CheckSize(); err != nil {
		return fmt.Errorf("with what is known already: %w", err)
	}
	return merged.Validate()
}

// addFactsGate: security or legal add facts; facts that lower the risk,
// mark data encrypted or the key safe, remove people, jurisdictions,
// customers or categories, or end or delay a duty, need legal.
func (w *incident) addFactsGate(in AddFactsInput) gate {
	args := in
	args.Proof = nil
	same := args
	same.By, same.Note = "", ""
	return gate{update: UpdateAddFacts, by: in.By, args: args, proof: in.Proof, roles: anyone,
		authority: w.lowering(w.st.Facts, w.st.Facts.Merge(in.Facts)), same: same}
}

func (w *incident) addFacts(ctx workflow.Context, in AddFactsInput) error {
	if w.signed {
		w.pinRules(ctx) // triaged: pinned already; kept here for clarity of order
	}
	if err := w.decide(ctx, w.addFactsGate(in)); err != nil {
		return err
	}
	w.st.Facts = w.st.Facts.Merge(in.Facts)
	w.factsBy = in.By
	w.dirty = true
	target := w.assessed + 1
	defer func() { _ = workflow.Await(ctx, func() bool { return w.assessed >= target || w.closeReq != nil }) }()
	text := "Facts added; obligations re-assessed"
	if in.Note != "" {
		text += ": " + in.Note
	}
	w.event(ctx, "facts_added", text, in.By)
	return nil
}

func (w *incident) validateClose(ctx workflow.Context, in CloseInput) error {
	if err := CheckSize(UpdateClose, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if strings.TrimSpace(in.By) == "" {
		return fmt.Errorf("who closes? give --by NAME")
	}
	if in.Force && strings.TrimSpace(in.Reason) == "" {
		return fmt.Errorf("closing with --force needs a --reason; it goes into the breach register")
	}
	if open := w.openRequired(); len(open) > 0 && !in.Force {
		return fmt.Errorf("%d required obligation(s) still open: %s; deliver, file or waive them, or close --force --reason R",
			len(open), strings.Join(open, ", "))
	}
	if !w.st.Triaged && !in.Force {
		return fmt.Errorf("%s is not triaged: triage it (or --not-personal-data), or close --force --reason R", w.st.ID)
	}
	return w.precheck(ctx, w.closeGate(in))
}

// closeGate: legal closes; closing with open duties, or without triage,
// ends duties: four-eyes when configured.
func (w *incident) closeGate(in CloseInput) gate {
	args := in
	args.Proof = nil
	same := args
	same.By = ""
	g := gate{update: UpdateClose, by: in.By, args: args, proof: in.Proof, roles: legalACL, same: same}
	if open := w.openRequired(); len(open) > 0 {
		g.authority = append(g.authority, "close with open duties: "+strings.Join(open, ", "))
	}
	if !w.st.Triaged {
		g.authority = append(g.authority, "close without triage")
	}
	return g
}

func (w *incident) closeIncident(ctx workflow.Context, in CloseInput) error {
	if err := w.decide(ctx, w.closeGate(in)); err != nil {
		return err
	}
	w.closeReq = &in
	// Answer once the incident is in the register, so that "closed" means it.
	return workflow.Await(ctx, func() bool { return w.registered })
}

func (w *incident) noticeIDs() []string {
	var ids []string
	for _, n := range w.st.Notices {
		ids = append(ids, n.ID)
	}
	return ids
}

func (w *incident) obligationIDs() []string {
	var ids []string
	for _, o := range w.st.Obligations {
		ids = append(ids, o.ID)
	}
	slices.Sort(ids)
	return ids
}
