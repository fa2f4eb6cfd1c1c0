package activities

import (
	"context"

	"go.temporal.io/sdk/temporal"

	"github.com/breachwf/breach/internal/slackapi"
)

// SlackChannelInput opens an incident channel.
type SlackChannelInput struct {
	IncidentID string   `json:"incident_id"`
	Private    bool     `json:"private"`
	Invite     []string `json:"invite,omitempty"`
}

// OpenSlackChannel creates (or finds) the incident's channel and invites
// the commander, security and legal. Without Slack it returns "".
func (a *Activities) OpenSlackChannel(ctx context.Context, in SlackChannelInput) (string, error) {
	if a.Slack == nil {
		return "", nil
	}
	id, err := a.Slack.OpenIncidentChannel(ctx, in.IncidentID, in.Private, in.Invite)
	return id, slackError(err)
}

// SlackStatusInput is the status message to show.
type SlackStatusInput struct {
	Channel string              `json:"channel"`
	TS      string              `json:"ts,omitempty"` // empty: post and pin a new one
	View    slackapi.StatusView `json:"view"`
}

// PublishSlackStatus posts and pins the status message, or updates it in
// place; it returns the message's ts.
func (a *Activities) PublishSlackStatus(ctx context.Context, in SlackStatusInput) (string, error) {
	if a.Slack == nil || in.Channel == "" {
		return in.TS, nil
	}
	if in.TS == "" {
		ts, err := a.Slack.PostStatus(ctx, in.Channel, in.View)
		return ts, slackError(err)
	}
	return in.TS, slackError(a.Slack.UpdateStatus(ctx, in.Channel, in.TS, in.View))
}

// SlackNoticeInput is a drafted notice to put before legal.
type SlackNoticeInput struct {
	Channel string              `json:"channel"`
	View    slackapi.NoticeView `json:"view"`
}

// PostSlackNotice posts a notice with Approve / Request changes / Waive
// buttons.
func (a *Activities) PostSlackNotice(ctx context.Context, in SlackNoticeInput) error {
	if a.Slack == nil || in.Channel == "" {
		return nil
	}
	_, err := a.Slack.PostNotice(ctx, in.Channel, in.View)
	return slackError(err)
}

// slackError honours Slack's rate limits: the next retry waits as long as
// Slack asked.
func slackError(err error) error {
	if err == nil {
		return nil
	}
	if wait, ok := slackapi.RetryAfter(err); ok {
		return temporal.NewApplicationErrorWithOptions(err.Error(), "SlackRateLimited", temporal.ApplicationErrorOptions{
			NextRetryDelay: wait, Cause: err,
		})
	}
	return err
}
