package slackapi

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/breachwf/breach/internal/breach"
)

// StatusView is what the pinned status message shows.
type StatusView struct {
	IncidentID string `json:"incident_id"`
	Title      string `json:"title"`
	Phase      string `json:"phase"`
	// Now is when the view was made; time left is computed from it.
	Now         time.Time        `json:"now"`
	Obligations []ObligationLine `json:"obligations,omitempty"`
	Notices     []NoticeLine     `json:"notices,omitempty"`
	Notes       []string         `json:"notes,omitempty"`
}

// ObligationLine is one obligation in the status message.
type ObligationLine struct {
	ID        string     `json:"id"`
	Recipient string     `json:"recipient"`
	Basis     string     `json:"basis"`
	Status    string     `json:"status"` // open, done, waived, ...
	Due       *time.Time `json:"due,omitempty"`
	Late      bool       `json:"late,omitempty"`
	// Doubt is breach.Obligation.Doubt: why the duty is uncertain, or "".
	Doubt string `json:"doubt,omitempty"`
}

// NoticeLine is one notice in the status message, with its delivery progress.
type NoticeLine struct {
	ID           string `json:"id"`
	ObligationID string `json:"obligation_id"`
	Status       string `json:"status"` // draft, changes_requested, approved, sending, sent, ...
	Version      int    `json:"version"`
	Recipients   int    `json:"recipients"`
	Sent         int    `json:"sent"`
	Failed       int    `json:"failed"`
	// Rate is messages per second of a mass delivery in progress (0 = none).
	Rate float64 `json:"rate,omitempty"`
}

// PostStatus posts the status message in the channel and pins it; it
// returns the message's ts. A failed pin is logged, not returned: a retry
// would post a second status message.
func (c *Client) PostStatus(ctx context.Context, channelID string, s StatusView) (string, error) {
	blocks, text := renderStatus(s)
	_, ts, err := c.api.PostMessageContext(ctx, channelID, slack.MsgOptionText(text, false), slack.MsgOptionBlocks(blocks...), slack.MsgOptionDisableLinkUnfurl())
	if err != nil {
		return "", wrap("chat.postMessage", err)
	}
	if err := c.api.AddPinContext(ctx, channelID, slack.NewRefToMessage(channelID, ts)); err != nil && code(err) != "already_pinned" {
		c.log.Warn("status message not pinned", "channel", channelID, "ts", ts, "error", wrap("pins.add", err))
	}
	return ts, nil
}

// UpdateStatus replaces the status message ts in the channel (chat.update).
func (c *Client) UpdateStatus(ctx context.Context, channelID, ts string, s StatusView) error {
	blocks, text := renderStatus(s)
	_, _, _, err := c.api.UpdateMessageContext(ctx, channelID, ts, slack.MsgOptionText(text, false), slack.MsgOptionBlocks(blocks...))
	return wrap("chat.update", err)
}

// maxBlocks is Slack's limit of blocks per message.
const maxBlocks = 50

// renderStatus returns the status message's blocks and its plain-text fallback.
func renderStatus(s StatusView) ([]slack.Block, string) {
	var (
		blocks []slack.Block
		text   strings.Builder
	)
	head := s.IncidentID
	if s.Title != "" {
		head += " — " + s.Title
	}
	blocks = append(blocks, slack.NewHeaderBlock(plain(truncate(head, 150))))
	phase := s.Phase
	if phase == "" {
		phase = "unknown"
	}
	blocks = append(blocks, slack.NewSectionBlock(mrkdwn("*Phase:* "+escape(phase)), nil, nil))
	fmt.Fprintf(&text, "%s\nPhase: %s\n", head, phase)

	var lines, plainLines []string
	for _, o := range s.Obligations {
		l, p := obligationLine(o, s.Now)
		lines, plainLines = append(lines, l), append(plainLines, p)
	}
	if len(lines) > 0 {
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, sections("*Obligations*", lines)...)
		text.WriteString("Obligations:\n" + strings.Join(plainLines, "\n") + "\n")
	}

	var awaiting, delivery, plainAwaiting, plainDelivery []string
	for _, n := range s.Notices {
		switch n.Status {
		case "draft":
			awaiting = append(awaiting, fmt.Sprintf(":memo: *%s* v%d for %s", escape(n.ID), n.Version, escape(n.ObligationID)))
			plainAwaiting = append(plainAwaiting, fmt.Sprintf("- %s v%d for %s", n.ID, n.Version, n.ObligationID))
		case "changes_requested":
			awaiting = append(awaiting, fmt.Sprintf(":pencil2: *%s* v%d for %s: changes requested", escape(n.ID), n.Version, escape(n.ObligationID)))
			plainAwaiting = append(plainAwaiting, fmt.Sprintf("- %s v%d for %s: changes requested", n.ID, n.Version, n.ObligationID))
		default:
			d := deliveryLine(n)
			delivery = append(delivery, fmt.Sprintf("%s *%s* v%d for %s: %s", deliveryEmoji(n), escape(n.ID), n.Version, escape(n.ObligationID), escape(d)))
			plainDelivery = append(plainDelivery, fmt.Sprintf("- %s v%d for %s: %s", n.ID, n.Version, n.ObligationID, d))
		}
	}
	if len(awaiting) > 0 {
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, sections("*Awaiting approval*", awaiting)...)
		text.WriteString("Awaiting approval:\n" + strings.Join(plainAwaiting, "\n") + "\n")
	}
	if len(delivery) > 0 {
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, sections("*Delivery*", delivery)...)
		text.WriteString("Delivery:\n" + strings.Join(plainDelivery, "\n") + "\n")
	}
	if len(s.Notes) > 0 {
		var notes []string
		for _, n := range s.Notes {
			notes = append(notes, "• "+escape(n))
		}
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, sections("*Notes*", notes)...)
		text.WriteString("Notes:\n- " + strings.Join(s.Notes, "\n- ") + "\n")
	}
	updated := "Updated " + utc(s.Now)
	if s.Now.IsZero() {
		updated = "Updated at an unknown time"
	}
	if len(blocks) >= maxBlocks {
		blocks = append(blocks[:maxBlocks-2], slack.NewSectionBlock(mrkdwn("_Too long to show in full; see the CLI for the rest._"), nil, nil))
	}
	blocks = append(blocks, slack.NewContextBlock("", mrkdwn(updated)))
	text.WriteString(updated)
	return blocks, truncate(escape(text.String()), 3900)
}

// sections lays lines out under a title in as many section blocks as the
// 3,000-character limit of a section's text needs.
func sections(title string, lines []string) []slack.Block {
	const limit = 2900
	var (
		out []slack.Block
		cur = title
	)
	for _, l := range lines {
		l = truncate(l, limit-len(title)-1)
		if len([]rune(cur))+1+len([]rune(l)) > limit {
			out = append(out, slack.NewSectionBlock(mrkdwn(cur), nil, nil))
			cur = l
			continue
		}
		cur += "\n" + l
	}
	return append(out, slack.NewSectionBlock(mrkdwn(cur), nil, nil))
}

// obligationLine renders one obligation in mrkdwn and in plain text.
func obligationLine(o ObligationLine, now time.Time) (string, string) {
	left, emoji := timeLeft(o, now)
	due := "no fixed deadline"
	if o.Due != nil {
		due = "due " + utc(*o.Due)
	}
	who := o.Recipient
	if who == "" {
		who = "?"
	}
	basis := ""
	if o.Basis != "" {
		basis = " (" + o.Basis + ")"
	}
	md := fmt.Sprintf("%s *%s* → %s%s · %s · *%s*", emoji, escape(o.ID), escape(who), escape(basis), due, escape(left))
	pl := fmt.Sprintf("- %s -> %s%s, %s, %s", o.ID, who, basis, due, left)
	if o.Doubt != "" {
		md += " · _" + escape(o.Doubt) + "_"
		pl += ", " + o.Doubt
	}
	return md, pl
}

// timeLeft says how an obligation stands: "12h left", "OVERDUE 3h", "done",
// "waived", with an emoji.
func timeLeft(o ObligationLine, now time.Time) (string, string) {
	switch o.Status {
	case "done":
		if o.Late {
			return "done (late)", ":warning:"
		}
		return "done", ":white_check_mark:"
	case "waived":
		return "waived", ":heavy_minus_sign:"
	case "open", "":
	default:
		return o.Status, ":grey_question:"
	}
	if o.Due == nil {
		if o.Late {
			return "open, late", ":warning:"
		}
		return "open", ":hourglass_flowing_sand:"
	}
	d := o.Due.Sub(now)
	if d <= 0 {
		return "OVERDUE " + human(-d), ":rotating_light:"
	}
	if o.Late {
		return human(d) + " left (late)", ":warning:"
	}
	if d < 6*time.Hour {
		return human(d) + " left", ":alarm_clock:"
	}
	return human(d) + " left", ":hourglass_flowing_sand:"
}

// human formats a duration the one way every status view does.
func human(d time.Duration) string { return breach.Human(d) }

// deliveryLine says how far a notice's delivery has come.
func deliveryLine(n NoticeLine) string {
	status := strings.ReplaceAll(n.Status, "_", " ")
	if n.Recipients == 0 && n.Sent == 0 && n.Failed == 0 {
		return status
	}
	s := fmt.Sprintf("%s, %d/%d sent", status, n.Sent, n.Recipients)
	if n.Failed > 0 {
		s += fmt.Sprintf(", %d failed", n.Failed)
	}
	if n.Rate > 0 {
		s += fmt.Sprintf(", %.0f msg/s", n.Rate)
	}
	return s
}

func deliveryEmoji(n NoticeLine) string {
	switch {
	case n.Failed > 0 || n.Status == "failed":
		return ":x:"
	case n.Status == "sent" || n.Status == "filed":
		return ":white_check_mark:"
	case n.Status == "withdrawn":
		return ":heavy_minus_sign:"
	default:
		return ":outbox_tray:"
	}
}
