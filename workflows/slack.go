package workflows

import (
	"time"

	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/slackapi"
)

// slack keeps the incident's Slack channel current: it opens the channel,
// pins a status message and updates it after every change, and posts each
// drafted notice for approval. It runs beside the lifecycle so that a slow
// or failing Slack never holds the incident up; every action also works
// from the CLI.
func (w *incident) slack(ctx workflow.Context) {
	var invite []string
	if w.commander != "" {
		invite = append(invite, w.commander)
	}
	if err := workflow.ExecuteActivity(slackCtx(ctx), (*activities.Activities).OpenSlackChannel, activities.SlackChannelInput{
		IncidentID: w.st.ID, Private: w.private, Invite: invite,
	}).Get(ctx, &w.st.SlackChannel); err != nil {
		workflow.GetLogger(ctx).Warn("Slack channel not opened; the incident goes on without it", "error", err)
		w.settings.Slack = false
		return
	}
	for {
		if err := workflow.Await(ctx, func() bool { return w.published != w.version || w.unposted() != "" }); err != nil {
			return
		}
		if id := w.unposted(); id != "" {
			w.postNotice(ctx, id)
			continue
		}
		version := w.version
		var ts string
		err := workflow.ExecuteActivity(slackCtx(ctx), (*activities.Activities).PublishSlackStatus, activities.SlackStatusInput{
			Channel: w.st.SlackChannel, TS: w.statusTS, View: w.statusView(workflow.Now(ctx)),
		}).Get(ctx, &ts)
		if err == nil {
			w.statusTS = ts
		}
		w.published = version // on failure, the next change tries again
		if w.st.Closed != nil && w.published == w.version {
			return
		}
	}
}

// unposted returns a draft whose current version is not in Slack yet.
func (w *incident) unposted() string {
	for _, n := range w.st.Notices {
		if n.Status == breach.NoticeDraft && n.Version > 0 && w.posted[n.ID] < n.Version {
			return n.ID
		}
	}
	return ""
}

func (w *incident) postNotice(ctx workflow.Context, id string) {
	n := w.notice(id)
	ob := w.obligation(n.ObligationID)
	w.posted[id] = n.Version
	err := workflow.ExecuteActivity(slackCtx(ctx), (*activities.Activities).PostSlackNotice, activities.SlackNoticeInput{
		Channel: w.st.SlackChannel,
		View: slackapi.NoticeView{
			IncidentID: w.st.ID, NoticeID: n.ID, ObligationID: n.ObligationID, Basis: ob.Basis, Recipient: ob.Recipient,
			Subject: n.Subject, Text: n.Text, Due: ob.Due, Version: n.Version, Doubt: ob.Doubt(),
			Channel: n.Channel, Recipients: n.Recipients, Warnings: n.Warnings, Supplements: n.Supplements,
			Languages: noticeLanguages(n), Conflicts: noticeConflicts(n),
		},
	}).Get(ctx, nil)
	if err != nil {
		workflow.GetLogger(ctx).Warn("notice not posted to Slack", "notice", id, "error", err)
	}
}

func (w *incident) statusView(now time.Time) slackapi.StatusView {
	v := slackapi.StatusView{IncidentID: w.st.ID, Title: w.st.Title, Phase: w.st.Phase, Now: now, Notes: w.st.Notes}
	for _, o := range w.st.Obligations {
		if o.Status == breach.ObligationNotRequired {
			continue
		}
		v.Obligations = append(v.Obligations, slackapi.ObligationLine{
			ID: o.ID, Recipient: o.Recipient, Basis: o.Basis, Status: o.Status, Due: o.Due, Late: o.Late, Doubt: o.Doubt(),
		})
	}
	for _, n := range w.st.Notices {
		line := slackapi.NoticeLine{
			ID: n.ID, ObligationID: n.ObligationID, Status: n.Status, Version: n.Version,
			Recipients: n.Recipients, Sent: n.Sent, Failed: n.Failed,
		}
		for _, d := range w.st.Deliveries {
			if d.NoticeID == n.ID && n.Status == breach.NoticeSending {
				line.Rate = d.Progress.Rate()
			}
		}
		v.Notices = append(v.Notices, line)
	}
	return v
}

func noticeLanguages(n *breach.Notice) []string {
	var out []string
	for _, v := range n.Variants {
		l := v.Language
		if !v.Reviewed {
			l += " (translation not reviewed by counsel)"
		}
		out = append(out, l)
	}
	return out
}

func noticeConflicts(n *breach.Notice) []string {
	var out []string
	for _, c := range n.Conflicts {
		out = append(out, c.Section+" ("+c.Language+")")
	}
	return out
}
