package slackapi

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"
)

// Escalation is one rung of an obligation's reminder ladder.
type Escalation struct {
	IncidentID   string `json:"incident_id"`
	ObligationID string `json:"obligation_id"`
	Basis        string `json:"basis"`
	Step         string `json:"step"` // "75% of the window elapsed", "deadline reached", ...
	Left         string `json:"left"` // "12h left", "overdue by 3h", ...
	// Level is the rung, 1 to 4 (values outside are clamped): 1 the
	// channel, 2 the legal group mentioned, 3 the commander and the legal
	// lead by direct message, 4 the executives by direct message.
	Level int `json:"level"`
	// Commander is the incident commander's Slack user ID.
	Commander string `json:"commander,omitempty"`
}

// Escalate posts one rung of the reminder ladder. Every level posts in the
// channel; from level 2 the message mentions the legal user group; level 3
// also sends direct messages to the incident commander and the legal lead,
// level 4 to the executives. The text gives the obligation, its legal
// basis, the step and the time left. When some direct messages fail, the
// others are still sent and the errors are returned together.
func (c *Client) Escalate(ctx context.Context, channelID string, e Escalation) error {
	level := min(max(e.Level, 1), 4)
	emoji := [...]string{"", ":bell:", ":warning:", ":rotating_light:", ":sos:"}[level]

	var dm []string
	switch level {
	case 3:
		dm = []string{e.Commander, c.cfg.LegalLead}
	case 4:
		dm = c.cfg.Executives
	}
	dm = uniq(dm)

	var msg strings.Builder
	if level >= 2 && c.cfg.LegalGroup != "" {
		fmt.Fprintf(&msg, "<!subteam^%s> ", c.cfg.LegalGroup)
	}
	fmt.Fprintf(&msg, "%s %s", emoji, reminderText(e, level))
	if len(dm) > 0 {
		msg.WriteString("\nSent by direct message to ")
		for i, u := range dm {
			if i > 0 {
				msg.WriteString(", ")
			}
			fmt.Fprintf(&msg, "<@%s>", u)
		}
		msg.WriteString(".")
	}
	if _, _, err := c.api.PostMessageContext(ctx, channelID, slack.MsgOptionText(msg.String(), false), slack.MsgOptionDisableLinkUnfurl()); err != nil {
		return wrap("chat.postMessage", err)
	}

	dmText := fmt.Sprintf("%s %s\nIncident channel: <#%s>", emoji, reminderText(e, level), channelID)
	var errs []error
	for _, u := range dm {
		if err := c.direct(ctx, u, dmText); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// reminderText says what is due, under which basis, at which step and how
// long is left, escaped for mrkdwn.
func reminderText(e Escalation, level int) string {
	basis := ""
	if e.Basis != "" {
		basis = " (" + escape(e.Basis) + ")"
	}
	left := e.Left
	if left == "" {
		left = "time left unknown"
	}
	return fmt.Sprintf("Reminder, level %d: *%s*%s in incident %s. %s: *%s*.",
		level, escape(e.ObligationID), basis, escape(e.IncidentID), escape(capitalize(e.Step)), escape(left))
}

// direct opens a direct message with user and posts text there.
func (c *Client) direct(ctx context.Context, user, text string) error {
	ch, _, _, err := c.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{user}})
	if err != nil {
		return wrap("conversations.open", err)
	}
	if ch == nil || ch.ID == "" {
		return fmt.Errorf("slack conversations.open: no channel returned")
	}
	_, _, err = c.api.PostMessageContext(ctx, ch.ID, slack.MsgOptionText(text, false), slack.MsgOptionDisableLinkUnfurl())
	return wrap("chat.postMessage", err)
}

func capitalize(s string) string {
	if s == "" {
		return "Step"
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
