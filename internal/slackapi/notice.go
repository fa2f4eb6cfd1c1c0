package slackapi

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"
)

// NoticeView is a drafted notice put before legal for approval.
type NoticeView struct {
	IncidentID   string     `json:"incident_id"`
	NoticeID     string     `json:"notice_id"`
	ObligationID string     `json:"obligation_id"`
	Basis        string     `json:"basis"`
	Recipient    string     `json:"recipient"`
	Subject      string     `json:"subject"`
	Text         string     `json:"text"`
	Due          *time.Time `json:"due,omitempty"`
	Version      int        `json:"version"`
	// Doubt is breach.Obligation.Doubt: why the duty is uncertain, or "".
	Doubt string `json:"doubt,omitempty"`
	// Who it goes to before approval, and what legal should know.
	Channel     string   `json:"channel,omitempty"` // list, email or portal
	Recipients  int      `json:"recipients,omitempty"`
	Languages   []string `json:"languages,omitempty"` // "de (translation not reviewed by counsel)"
	Warnings    []string `json:"warnings,omitempty"`
	Conflicts   []string `json:"conflicts,omitempty"` // "measures (en)"
	Supplements string   `json:"supplements,omitempty"`
}

// Action IDs of the notice buttons; each button's value is
// "<incidentID>|<noticeID>|<obligationID>".
const (
	actionApprove        = "notice_approve"
	actionRequestChanges = "notice_request_changes"
	actionWaive          = "notice_waive"
	actionEdit           = "notice_edit"
)

const (
	previewChars = 2500 // characters of notice text shown in the message
	chunkChars   = 3000 // characters per threaded reply when the upload fails
)

// PostNotice posts a notice for approval: its facts, a preview of the first
// ~2,500 characters of its text, and Approve, Request changes and Waive
// buttons whose value is "<incidentID>|<noticeID>|<obligationID>". The full
// text goes in the message's thread as a file; should the upload fail, as
// replies of at most 3,000 characters each. It returns the message's ts.
func (c *Client) PostNotice(ctx context.Context, channelID string, n NoticeView) (string, error) {
	blocks, text := renderNotice(n)
	_, ts, err := c.api.PostMessageContext(ctx, channelID, slack.MsgOptionText(text, false), slack.MsgOptionBlocks(blocks...), slack.MsgOptionDisableLinkUnfurl())
	if err != nil {
		return "", wrap("chat.postMessage", err)
	}
	full := n.Text
	if full == "" {
		full = "(empty)"
	}
	name := fmt.Sprintf("%s-%s-v%d.txt", n.IncidentID, n.NoticeID, n.Version)
	return ts, c.threadFile(ctx, channelID, ts, name, fmt.Sprintf("%s v%d — full text", n.NoticeID, n.Version), full, "notice text", "notice", n.NoticeID)
}

// threadFile puts content in the thread of message ts as a file; should
// the upload fail, as replies of at most chunkChars characters each. what
// names the content in the log and errors; logKey and logValue say whose
// it is (no personal data).
func (c *Client) threadFile(ctx context.Context, channelID, ts, filename, title, content, what, logKey, logValue string) error {
	_, upErr := c.api.UploadFileContext(ctx, slack.UploadFileParameters{
		Content:         content,
		FileSize:        len(content),
		Filename:        filename,
		Title:           title,
		Channel:         channelID,
		ThreadTimestamp: ts,
	})
	if upErr == nil {
		return nil
	}
	c.log.Warn(what+" not uploaded; posting it in the thread instead", "channel", channelID, logKey, logValue, "error", wrap("files.upload", upErr))
	for i, part := range chunks(content, chunkChars) {
		_, _, err := c.api.PostMessageContext(ctx, channelID, slack.MsgOptionTS(ts), slack.MsgOptionText(escape(part), false), slack.MsgOptionDisableLinkUnfurl())
		if err != nil {
			return errors.Join(wrap("files.upload", upErr), wrap("chat.postMessage", fmt.Errorf("%s part %d: %w", what, i+1, err)))
		}
	}
	return nil
}

// renderNotice returns a notice message's blocks and its plain-text fallback.
func renderNotice(n NoticeView) ([]slack.Block, string) {
	value := n.IncidentID + "|" + n.NoticeID + "|" + n.ObligationID
	due := "no fixed deadline"
	if n.Due != nil {
		due = utc(*n.Due)
	}
	field := func(k, v string) *slack.TextBlockObject {
		if v == "" {
			v = "—"
		}
		return mrkdwn("*" + k + "*\n" + truncate(escape(v), 1900))
	}
	fields := []*slack.TextBlockObject{
		field("Incident", n.IncidentID),
		field("Obligation", n.ObligationID),
		field("Basis", n.Basis),
		field("Recipient", n.Recipient),
		field("Due", due),
		field("Subject", n.Subject),
	}
	if n.Doubt != "" {
		fields = append(fields, field("Uncertain", strings.TrimPrefix(n.Doubt, "uncertain: ")))
	}
	fields = append(fields, field("Goes to", audienceOf(n)))
	if len(n.Languages) > 0 {
		fields = append(fields, field("Languages", strings.Join(n.Languages, "; ")))
	}
	preview, cut := previewOf(n.Text, previewChars)
	note := "Full text above; also attached in the thread."
	if cut {
		note = fmt.Sprintf("Preview of the first %d of %d characters: the full text is in the thread.", utf8.RuneCountInString(preview), utf8.RuneCountInString(n.Text))
	}
	if cut {
		preview += "\n…"
	}
	body := "```\n" + escape(strings.ReplaceAll(preview, "```", "'''")) + "\n```"
	if strings.TrimSpace(n.Text) == "" {
		body = "_The notice has no text._"
	}

	approve := slack.NewButtonBlockElement(actionApprove, value, plain("Approve")).WithStyle(slack.StylePrimary)
	changes := slack.NewButtonBlockElement(actionRequestChanges, value, plain("Request changes"))
	edit := slack.NewButtonBlockElement(actionEdit, value, plain("Edit"))
	waive := slack.NewButtonBlockElement(actionWaive, value, plain("Waive")).WithStyle(slack.StyleDanger).
		WithConfirm(slack.NewConfirmationBlockObject(plain("Waive this obligation?"),
			plain("The obligation will not be notified. You will be asked for the reason."),
			plain("Waive"), plain("Cancel")).WithStyle(slack.StyleDanger))

	blocks := []slack.Block{
		slack.NewHeaderBlock(plain(truncate(fmt.Sprintf("Notice %s v%d for approval", n.NoticeID, n.Version), 150))),
		slack.NewSectionBlock(nil, fields, nil),
	}
	if legal := forLegal(n); legal != "" {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn(legal), nil, nil))
	}
	blocks = append(blocks,
		slack.NewSectionBlock(mrkdwn(body), nil, nil),
		slack.NewContextBlock("", mrkdwn(note)),
		slack.NewActionBlock("notice_actions", approve, edit, changes, waive),
	)
	text := fmt.Sprintf("Notice %s v%d for %s (%s) awaits approval in %s", n.NoticeID, n.Version, n.ObligationID, n.Basis, n.IncidentID)
	return blocks, text
}

// audienceOf says who a notice goes to, before it is approved.
func audienceOf(n NoticeView) string {
	switch n.Channel {
	case "list":
		if n.Recipients == 1 {
			return "1 person on the recipient list"
		}
		return fmt.Sprintf("%d people on the recipient list", n.Recipients)
	case "email":
		return fmt.Sprintf("%d configured recipient(s) by e-mail", n.Recipients)
	case "portal":
		return "filed by hand on the authority's portal"
	}
	return fmt.Sprintf("%d recipient(s)", n.Recipients)
}

// forLegal is what legal must see before approving: a supplement's
// origin, conflicts and warnings; "" when there is none.
func forLegal(n NoticeView) string {
	var lines []string
	if n.Supplements != "" {
		lines = append(lines, "*Supplementary notice* to "+escape(n.Supplements)+" (information in phases).")
	}
	for _, c := range n.Conflicts {
		lines = append(lines, ":warning: *Conflict* in "+escape(c)+": the facts changed since legal's text. Edit it (keep or reset) before approving.")
	}
	for i, w := range n.Warnings {
		if i == 8 {
			lines = append(lines, fmt.Sprintf("… and %d more warning(s): `starter notice`", len(n.Warnings)-i))
			break
		}
		lines = append(lines, ":warning: "+truncate(escape(w), 300))
	}
	return truncate(strings.Join(lines, "\n"), 2900)
}

// previewOf returns up to about max characters of s, cut at a line break
// when one is near, and whether it cut anything. Characters that escaping
// lengthens count as their escaped length.
func previewOf(s string, max int) (string, bool) {
	n := 0
	for i, r := range s {
		w := 1
		switch r {
		case '&':
			w = 5
		case '<', '>':
			w = 4
		}
		if n+w > max {
			p := s[:i]
			if j := strings.LastIndexByte(p, '\n'); j > len(p)*4/5 {
				p = p[:j]
			}
			return p, true
		}
		n += w
	}
	return s, false
}

// chunks splits s into parts of at most max characters, at line breaks
// when it can.
func chunks(s string, max int) []string {
	var out []string
	for utf8.RuneCountInString(s) > max {
		cut := len(s)
		n := 0
		for i := range s {
			if n == max {
				cut = i
				break
			}
			n++
		}
		part := s[:cut]
		if j := strings.LastIndexByte(part, '\n'); j > 0 && j > len(part)/2 {
			cut = j + 1
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	if s != "" || len(out) == 0 {
		out = append(out, s)
	}
	return out
}

// PostReport posts an incident's final report to its channel: a message
// saying it is closed, with the report as a Markdown file in the thread
// (in replies of at most 3,000 characters should the upload fail).
func (c *Client) PostReport(ctx context.Context, channelID, incidentID, markdown string) error {
	text := fmt.Sprintf(":ledger: %s is closed and in the breach register. The final report (facts, decisions, obligations and outcomes, deliveries, timeline) is in the thread; `starter register show %s` prints the register entry.", incidentID, incidentID)
	_, ts, err := c.api.PostMessageContext(ctx, channelID, slack.MsgOptionText(text, false), slack.MsgOptionDisableLinkUnfurl())
	if err != nil {
		return wrap("chat.postMessage", err)
	}
	return c.threadFile(ctx, channelID, ts, incidentID+"-final-report.md", incidentID+" final report", markdown, "final report", "incident", incidentID)
}
