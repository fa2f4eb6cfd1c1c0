package slackapp

import (
	"context"
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/workflows"
)

// Action IDs of the buttons on a drafted notice. Their value is
// ActionValue(incidentID, noticeID, obligationID).
const (
	ActionApprove        = "notice_approve"
	ActionRequestChanges = "notice_request_changes"
	ActionWaive          = "notice_waive"
	ActionEdit           = "notice_edit"
)

// ActionValue is a notice button's value: "<incidentID>|<noticeID>|<obligationID>".
func ActionValue(incidentID, noticeID, obligationID string) string {
	return incidentID + "|" + noticeID + "|" + obligationID
}

func parseActionValue(v string) (meta modalMeta, ok bool) {
	parts := strings.Split(v, "|")
	if len(parts) != 3 || !validIncidentID(parts[0]) || !validItem(parts[1]) || len(parts[2]) > breach.MaxItem {
		return modalMeta{}, false
	}
	return modalMeta{Incident: parts[0], Notice: parts[1], Obligation: parts[2]}, true
}

// validItem reports whether a notice or obligation ID carried by a button
// or a form is present and not longer than an ID may be.
func validItem(id string) bool { return id != "" && len(id) <= breach.MaxItem }

// ChannelName is the incident channel's name for an incident ID
// (BR-20260302-7K2Q → breach-br-20260302-7k2q).
func ChannelName(incidentID string) string { return "breach-" + strings.ToLower(incidentID) }

// interaction handles a modal submission or a button press.
func (a *App) interaction(ctx context.Context, cb slack.InteractionCallback) reply {
	switch cb.Type {
	case slack.InteractionTypeBlockActions:
		for _, act := range cb.ActionCallback.BlockActions {
			switch act.ActionID {
			case ActionApprove, ActionRequestChanges, ActionWaive, ActionEdit:
				return a.noticeButton(ctx, cb, act)
			}
		}
	case slack.InteractionTypeViewSubmission:
		return a.submission(cb)
	}
	return reply{}
}

func (a *App) noticeButton(ctx context.Context, cb slack.InteractionCallback, act *slack.BlockAction) reply {
	user := cb.User.ID
	a.log.Info("slack: button", "action", act.ActionID, "user", user)
	meta, ok := parseActionValue(act.Value)
	if !ok {
		return reply{then: func(ctx context.Context) {
			a.respond(ctx, cb.ResponseURL, user, "This button is malformed; use `starter` from the command line.")
		}}
	}
	meta.Channel = cb.Channel.ID
	if meta.Channel == "" {
		meta.Channel = cb.Container.ChannelID
	}
	meta.ResponseURL = cb.ResponseURL

	verb := "request changes to notices"
	view := changesModal(meta)
	switch {
	case act.ActionID == ActionApprove && !a.lateWithoutReason(ctx, meta):
		// The legal check may call Slack: it runs after the ack.
		return reply{then: func(ctx context.Context) { a.approve(ctx, meta, user, "") }}
	case act.ActionID == ActionApprove:
		// Past the deadline: ask for the reasons for the delay first.
		verb, view = "approve notices", approveLateModal(meta)
	case act.ActionID == ActionWaive:
		verb, view = "waive obligations", waiveModal(meta)
	case act.ActionID == ActionEdit:
		verb = "edit notices"
	}
	// Request changes, waive and late approvals open a modal, which needs
	// the trigger_id within 3 s: the legal check runs first, bounded.
	checkCtx, cancel := context.WithTimeout(ctx, legalCheckTimeout)
	legal, err := a.isLegal(checkCtx, user)
	cancel()
	switch {
	case err != nil:
		a.log.Warn("slack: legal check failed", "action", act.ActionID, "incident", meta.Incident, "user", user, "error", errKind(err))
		return reply{then: func(ctx context.Context) {
			a.respond(ctx, meta.ResponseURL, user, "Could not check who is in legal: "+oneLine(err)+". Try again.")
		}}
	case !legal:
		return reply{then: func(ctx context.Context) { a.refuseNotLegal(ctx, meta, user, act.ActionID, "Only legal can "+verb+".") }}
	}
	if act.ActionID == ActionEdit {
		// The form is filled with the notice's texts: read them, bounded,
		// before the trigger_id expires.
		qctx, cancel := context.WithTimeout(ctx, legalCheckTimeout)
		n, facts, err := a.editable(qctx, meta)
		cancel()
		if err != nil {
			return reply{then: func(ctx context.Context) {
				a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("%s of %s cannot be edited here: %s", meta.Notice, meta.Incident, oneLine(err)))
			}}
		}
		view = editModal(meta, n, facts)
	}
	if err := a.openView(ctx, cb.TriggerID, user, act.ActionID, view); err != nil {
		return reply{then: func(ctx context.Context) {
			a.respond(ctx, meta.ResponseURL, user, "Could not open the form: "+oneLine(err))
		}}
	}
	return reply{}
}

// lateWithoutReason reports whether the notice's obligation is past its
// deadline and the notice carries no reasons for the delay yet (bounded: on
// any doubt it answers false and the workflow's validator has the last word).
func (a *App) lateWithoutReason(ctx context.Context, meta modalMeta) bool {
	qctx, cancel := context.WithTimeout(ctx, legalCheckTimeout)
	defer cancel()
	s, err := a.inc.Status(qctx, meta.Incident)
	if err != nil {
		return false
	}
	now := a.cfg.Now()
	for _, o := range s.Obligations {
		if o.ID != meta.Obligation || o.Due == nil || !now.After(*o.Due) {
			continue
		}
		for _, n := range s.Notices {
			if n.ID == meta.Notice {
				return n.DelayReason == ""
			}
		}
	}
	return false
}

func (a *App) approve(ctx context.Context, meta modalMeta, user, delayReason string) {
	if !a.legalOrRefuse(ctx, meta, user, ActionApprove, "Only legal can approve notices.") {
		return
	}
	ids, err := a.inc.Approve(ctx, meta.Incident, workflows.ApproveInput{NoticeIDs: []string{meta.Notice}, By: user, DelayReason: delayReason})
	if err != nil {
		a.log.Warn("slack: approve failed", "incident", meta.Incident, "notice", meta.Notice, "user", user, "error", errKind(err))
		a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("%s of %s not approved: %s", meta.Notice, meta.Incident, oneLine(err)))
		return
	}
	a.log.Info("slack: approved", "incident", meta.Incident, "notice", meta.Notice, "user", user)
	if len(ids) == 0 {
		ids = []string{meta.Notice}
	}
	a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("Approved %s of %s: it goes out now.", strings.Join(ids, ", "), meta.Incident))
}

// legalOrRefuse checks the user against legal and answers a refusal.
func (a *App) legalOrRefuse(ctx context.Context, meta modalMeta, user, action, refusal string) bool {
	legal, err := a.isLegal(ctx, user)
	if err != nil {
		a.log.Warn("slack: legal check failed", "action", action, "incident", meta.Incident, "user", user, "error", errKind(err))
		a.respond(ctx, meta.ResponseURL, user, "Could not check who is in legal: "+oneLine(err)+". Try again.")
		return false
	}
	if !legal {
		a.refuseNotLegal(ctx, meta, user, action, refusal)
		return false
	}
	return true
}

// reasonNotLegal is why a refused approval, change request or waiver was
// refused, as the incident's record gives it.
const reasonNotLegal = "not in legal (legal user group, slack.legal_users or an approver's slack_id)"

// refuseNotLegal answers a user outside legal privately, and reports the
// attempt to the workflow so that it is in the incident's timeline and
// register: the Update validator never saw it. action is the button's
// action ID.
func (a *App) refuseNotLegal(ctx context.Context, meta modalMeta, user, action, answer string) {
	a.log.Info("slack: refused, not legal", "action", action, "incident", meta.Incident, "user", user)
	a.respond(ctx, meta.ResponseURL, user, answer)
	in := workflows.RefusalInput{Target: meta.Notice, SlackUser: user, Reason: reasonNotLegal}
	switch action {
	case ActionApprove:
		in.Action = workflows.UpdateApprove
	case ActionRequestChanges:
		in.Action = workflows.UpdateRequestChanges
	case ActionWaive:
		in.Action, in.Target = workflows.UpdateWaive, meta.Obligation
	case ActionEdit:
		in.Action = workflows.UpdateEdit
	}
	if err := a.inc.Refused(ctx, meta.Incident, in); err != nil {
		a.log.Warn("slack: refusal not recorded", "action", action, "incident", meta.Incident, "user", user, "error", errKind(err))
	}
}

// submission handles a modal's submit: validation errors go back in the
// ack (fast); the workflow call runs after it.
func (a *App) submission(cb slack.InteractionCallback) reply {
	user := cb.User.ID
	meta := decodeMeta(cb.View.PrivateMetadata)
	st := viewState(cb.View)
	a.log.Info("slack: submission", "action", cb.View.CallbackID, "incident", meta.Incident, "user", user)
	errors := func(errs fieldErrors) reply {
		return reply{body: slack.NewErrorsViewSubmissionResponse(errs)}
	}
	switch cb.View.CallbackID {
	case CallbackDeclare:
		req, errs := parseDeclare(st, a.cfg.Now())
		if len(errs) > 0 {
			return errors(errs)
		}
		req.UserID, req.ChannelID = user, meta.Channel
		return reply{then: func(ctx context.Context) {
			id, err := a.inc.DeclareFromSlack(ctx, req)
			if err != nil {
				a.log.Warn("slack: declare failed", "user", user, "error", errKind(err))
				a.notify(ctx, meta.Channel, user, "Could not declare the incident: "+oneLine(err))
				return
			}
			a.log.Info("slack: declared", "incident", id, "user", user)
			a.notify(ctx, meta.Channel, user, fmt.Sprintf("Declared *%s*. Its channel #%s opens in a moment: triage there with `/breach triage`.", id, ChannelName(id)))
		}}

	case CallbackTriage:
		if !validIncidentID(meta.Incident) {
			return errors(fieldErrors{blockPersonalData: "This form lost its incident: run /breach triage again."})
		}
		in, errs := parseTriage(st, user)
		if len(errs) > 0 {
			return errors(errs)
		}
		return reply{then: func(ctx context.Context) {
			status, err := a.inc.Triage(ctx, meta.Incident, in)
			if err != nil {
				a.log.Warn("slack: triage failed", "incident", meta.Incident, "user", user, "error", errKind(err))
				a.notify(ctx, meta.Channel, user, meta.Incident+" not triaged: "+oneLine(err))
				return
			}
			a.log.Info("slack: triaged", "incident", meta.Incident, "user", user)
			if in.NotPersonalData {
				a.notify(ctx, meta.Channel, user, meta.Incident+" recorded as not a personal-data breach: it is closed and registered.")
				return
			}
			open, drafts := openCounts(status)
			a.notify(ctx, meta.Channel, user, fmt.Sprintf("%s triaged: %d obligation(s) open, %d notice(s) drafted for approval.", meta.Incident, open, drafts))
		}}

	case CallbackChanges:
		if errs := (fieldErrors{}); !checkLengths(st, errs, blockComment) {
			return errors(errs)
		}
		comment := st.text(blockComment)
		if comment == "" {
			return errors(fieldErrors{blockComment: "Say what should change."})
		}
		if !validIncidentID(meta.Incident) || !validItem(meta.Notice) {
			return errors(fieldErrors{blockComment: "This form lost its notice: press the button again."})
		}
		return reply{then: func(ctx context.Context) {
			if !a.legalOrRefuse(ctx, meta, user, ActionRequestChanges, "Only legal can request changes to notices.") {
				return
			}
			err := a.inc.RequestChanges(ctx, meta.Incident, workflows.RequestChangesInput{NoticeID: meta.Notice, By: user, Comment: comment})
			if err != nil {
				a.log.Warn("slack: request changes failed", "incident", meta.Incident, "notice", meta.Notice, "user", user, "error", errKind(err))
				a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("Changes to %s of %s not requested: %s", meta.Notice, meta.Incident, oneLine(err)))
				return
			}
			a.log.Info("slack: changes requested", "incident", meta.Incident, "notice", meta.Notice, "user", user)
			a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("%s of %s sent back for changes.", meta.Notice, meta.Incident))
		}}

	case CallbackEdit:
		errs := fieldErrors{}
		var blocks []string
		for _, sec := range breach.Sections {
			if _, ok := st[editBlock(sec)]; ok {
				blocks = append(blocks, editBlock(sec))
			}
		}
		if !checkLengths(st, errs, append(blocks, blockNote)...) {
			return errors(errs)
		}
		if !validIncidentID(meta.Incident) || !validItem(meta.Notice) {
			return errors(fieldErrors{blockNote: "This form lost its notice: press the button again."})
		}
		texts := map[string]string{}
		for _, sec := range breach.Sections {
			if _, ok := st[editBlock(sec)]; ok {
				texts[sec] = st.text(editBlock(sec))
			}
		}
		note := st.text(blockNote)
		return reply{then: func(ctx context.Context) { a.edit(ctx, meta, user, texts, note) }}

	case CallbackApproveLate:
		if errs := (fieldErrors{}); !checkLengths(st, errs, blockDelay) {
			return errors(errs)
		}
		delay := st.text(blockDelay)
		if delay == "" {
			return errors(fieldErrors{blockDelay: "Give the reasons for the delay: the law requires them in a late notice."})
		}
		if !validIncidentID(meta.Incident) || !validItem(meta.Notice) {
			return errors(fieldErrors{blockDelay: "This form lost its notice: press the button again."})
		}
		return reply{then: func(ctx context.Context) { a.approve(ctx, meta, user, delay) }}

	case CallbackWaive:
		if errs := (fieldErrors{}); !checkLengths(st, errs, blockReason) {
			return errors(errs)
		}
		reason := st.text(blockReason)
		if reason == "" {
			return errors(fieldErrors{blockReason: "Give the reason: it goes into the register."})
		}
		if !validIncidentID(meta.Incident) || !validItem(meta.Obligation) {
			return errors(fieldErrors{blockReason: "This form lost its obligation: press the button again."})
		}
		return reply{then: func(ctx context.Context) {
			if !a.legalOrRefuse(ctx, meta, user, ActionWaive, "Only legal can waive obligations.") {
				return
			}
			err := a.inc.Waive(ctx, meta.Incident, workflows.WaiveInput{ObligationID: meta.Obligation, Reason: reason, By: user})
			if err != nil {
				a.log.Warn("slack: waive failed", "incident", meta.Incident, "obligation", meta.Obligation, "user", user, "error", errKind(err))
				a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("%s of %s not waived: %s", meta.Obligation, meta.Incident, oneLine(err)))
				return
			}
			a.log.Info("slack: waived", "incident", meta.Incident, "obligation", meta.Obligation, "user", user)
			a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("%s of %s waived; the reason is in the register.", meta.Obligation, meta.Incident))
		}}
	}
	return reply{}
}

// editable reads a notice for the Edit form, with the facts its sections
// fall back to; a notice that is not a draft cannot be edited.
func (a *App) editable(ctx context.Context, meta modalMeta) (breach.Notice, breach.Facts, error) {
	n, err := a.inc.Notice(ctx, meta.Incident, meta.Notice)
	if err != nil {
		return n, breach.Facts{}, err
	}
	switch n.Status {
	case breach.NoticeDraft, breach.NoticeChangesRequested, breach.NoticeFailed:
	default:
		return n, breach.Facts{}, fmt.Errorf("it is %s: only a draft can be edited", n.Status)
	}
	s, err := a.inc.Status(ctx, meta.Incident)
	return n, s.Facts, err
}

// edit sends legal's changed sections as one edit: only what differs from
// what the form showed; an emptied statutory section goes back to the
// facts, an emptied optional one is dropped.
func (a *App) edit(ctx context.Context, meta modalMeta, user string, texts map[string]string, note string) {
	if !a.legalOrRefuse(ctx, meta, user, ActionEdit, "Only legal can edit notices.") {
		return
	}
	n, facts, err := a.editable(ctx, meta)
	if err != nil {
		a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("%s of %s not edited: %s", meta.Notice, meta.Incident, oneLine(err)))
		return
	}
	lang := editLanguage(n)
	in := workflows.EditInput{NoticeID: n.ID, Language: lang, By: user, Note: note}
	for _, sec := range breach.Sections {
		text, given := texts[sec]
		if !given || strings.TrimSpace(text) == strings.TrimSpace(shownText(n, facts, lang, sec)) {
			continue
		}
		_, legal := breach.TextOf(n.Texts, lang, sec)
		switch {
		case strings.TrimSpace(text) == "" && !legal:
		case strings.TrimSpace(text) == "" && breach.Statutory(sec):
			in.Reset = append(in.Reset, sec)
		default:
			in.Set = append(in.Set, workflows.SectionEdit{Section: sec, Text: text})
		}
	}
	if len(in.Set)+len(in.Reset) == 0 {
		a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("Nothing changed: %s of %s stays v%d.", n.ID, meta.Incident, n.Version))
		return
	}
	res, err := a.inc.Edit(ctx, meta.Incident, in)
	if err != nil {
		a.log.Warn("slack: edit failed", "incident", meta.Incident, "notice", meta.Notice, "user", user, "error", errKind(err))
		a.respond(ctx, meta.ResponseURL, user, fmt.Sprintf("%s of %s not edited: %s", meta.Notice, meta.Incident, oneLine(err)))
		return
	}
	a.log.Info("slack: edited", "incident", meta.Incident, "notice", meta.Notice, "user", user, "version", res.Version)
	msg := fmt.Sprintf("%s of %s is now v%d (edited); approve the new version when it reads right.", res.NoticeID, meta.Incident, res.Version)
	if !res.Changed {
		msg = fmt.Sprintf("The edit changed nothing in %s of %s (still v%d).", res.NoticeID, meta.Incident, res.Version)
	}
	for _, c := range res.Conflicts {
		msg += fmt.Sprintf("\nConflict in %s (%s): the facts changed since legal's text; `starter edit %s %s --lang %s --keep %s` or `--reset %s`.",
			c.Section, c.Language, meta.Incident, res.NoticeID, c.Language, c.Section, c.Section)
	}
	a.respond(ctx, meta.ResponseURL, user, msg)
}

// editLanguage is the language the Slack form edits: the notice's own.
func editLanguage(n breach.Notice) string {
	if n.Language != "" {
		return n.Language
	}
	return "en"
}

// shownText is what a section says in lang now: legal's text in that
// language, else in English, else the facts'.
func shownText(n breach.Notice, facts breach.Facts, lang, sec string) string {
	if t, ok := breach.TextOf(n.Texts, lang, sec); ok {
		return t.Text
	}
	if t, ok := breach.TextOf(n.Texts, "en", sec); ok {
		return t.Text
	}
	return facts.FactsText(sec)
}
