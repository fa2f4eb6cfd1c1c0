// Package slackapi is the outbound Slack side of the breach workflow, used by
// Temporal activities: it opens an incident channel, keeps a pinned status
// message current, posts notices for approval with buttons, escalates
// reminders louder at each step and lists legal's user-group members.
//
// Nothing here logs personal data: log lines carry Slack method names,
// error codes, channel IDs and counts, never emails or message text.
//
// Every error names the Slack method that failed and wraps the underlying
// error, so a *slack.RateLimitedError stays reachable with errors.As; see
// RetryAfter.
package slackapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/slack-go/slack"
)

// Config configures the Slack client.
type Config struct {
	// BotToken is the bot's OAuth token, from env SLACK_BOT_TOKEN (never in YAML).
	BotToken string
	// APIURL overrides Slack's API URL (tests point it at slacktest); "" means Slack.
	APIURL string
	// SecurityGroup is the user group ID (S...) invited to incident channels;
	// its members may read incidents in Slack.
	SecurityGroup string
	// SecurityUsers are extra user IDs who may read incidents in Slack.
	SecurityUsers []string
	// LegalGroup is the user group ID whose members may approve notices; it
	// is invited to incident channels and mentioned from escalation level 2.
	LegalGroup string
	// LegalUsers are extra user IDs allowed to approve.
	LegalUsers []string
	// LegalLead is the user ID sent a direct message at escalation level 3.
	LegalLead string
	// Executives are the user IDs sent direct messages at escalation level 4.
	Executives []string
}

// Enabled reports whether Slack is configured, that is, whether a bot token is set.
func (c Config) Enabled() bool { return c.BotToken != "" }

// Client posts to Slack on behalf of the incident workflow. It is safe for
// concurrent use.
type Client struct {
	api *slack.Client
	cfg Config
	log *slog.Logger
}

// New returns a client for cfg. When cfg.APIURL is set, requests go there
// instead of Slack.
func New(cfg Config) *Client {
	var opts []slack.Option
	if cfg.APIURL != "" {
		u := cfg.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		opts = append(opts, slack.OptionAPIURL(u))
	}
	return &Client{api: slack.New(cfg.BotToken, opts...), cfg: cfg, log: slog.Default().With("component", "slackapi")}
}

// RetryAfter reports how long Slack asked us to wait when err is (or wraps)
// a *slack.RateLimitedError.
func RetryAfter(err error) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return rl.RetryAfter, true
	}
	return 0, false
}

// wrap names the Slack method in err, keeping err reachable for errors.As.
func wrap(method string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("slack %s: %w", method, err)
}

// code returns Slack's error code ("name_taken", ...) carried by err, or "".
func code(err error) string {
	var e slack.SlackErrorResponse
	if errors.As(err, &e) {
		return e.Err
	}
	var p *slack.SlackErrorResponse
	if errors.As(err, &p) && p != nil {
		return p.Err
	}
	return ""
}

// ChannelName returns the incident's channel name: "breach-" followed by
// the incident ID in lower case, with characters Slack does not allow in
// channel names replaced by "-", at most 80 characters.
func ChannelName(incidentID string) string {
	var b strings.Builder
	b.WriteString("breach-")
	for _, r := range strings.ToLower(incidentID) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	name := b.String()
	if len(name) > 80 {
		name = name[:80]
	}
	return name
}

// OpenIncidentChannel creates the incident's channel (private when asked)
// or, when the name is taken, finds it, so that a retried activity gets the
// same channel. It then invites the given users and the members of
// SecurityGroup and LegalGroup; users already in the channel, the bot
// itself and users Slack refuses to invite (deactivated, guests, ...) are
// skipped. It returns the channel ID.
//
// An existing public channel is refused when a private one was asked for:
// incident details must not land in a channel anyone can read.
func (c *Client) OpenIncidentChannel(ctx context.Context, incidentID string, private bool, invite []string) (string, error) {
	name := ChannelName(incidentID)
	ch, err := c.api.CreateConversationContext(ctx, slack.CreateConversationParams{ChannelName: name, IsPrivate: private})
	switch {
	case err == nil:
	case code(err) == "name_taken":
		if ch, err = c.findChannel(ctx, name); err != nil {
			return "", err
		}
		if private && !ch.IsPrivate {
			return "", fmt.Errorf("slack conversations.create: channel %s exists and is public, but a private channel was asked for", name)
		}
		if ch.IsArchived {
			return "", fmt.Errorf("slack conversations.create: channel %s (%s) exists but is archived", name, ch.ID)
		}
		if !ch.IsMember {
			if _, _, _, err := c.api.JoinConversationContext(ctx, ch.ID); err != nil {
				return "", wrap("conversations.join", err)
			}
		}
	default:
		return "", wrap("conversations.create", err)
	}

	users := slices.Clone(invite)
	for _, g := range []string{c.cfg.SecurityGroup, c.cfg.LegalGroup} {
		if g == "" {
			continue
		}
		members, err := c.api.GetUserGroupMembersContext(ctx, g)
		if err != nil {
			return "", wrap("usergroups.users.list", err)
		}
		users = append(users, members...)
	}
	if err := c.invite(ctx, ch.ID, uniq(users)); err != nil {
		return "", err
	}
	return ch.ID, nil
}

// findChannel looks a channel up by name among those the bot can see.
func (c *Client) findChannel(ctx context.Context, name string) (*slack.Channel, error) {
	params := &slack.GetConversationsParameters{Types: []string{"public_channel", "private_channel"}, Limit: 200}
	for {
		chans, next, err := c.api.GetConversationsContext(ctx, params)
		if err != nil {
			return nil, wrap("conversations.list", err)
		}
		for i := range chans {
			if chans[i].Name == name {
				return &chans[i], nil
			}
		}
		if next == "" {
			return nil, fmt.Errorf("slack conversations.create: name %s is taken by a channel the bot cannot see (private, or archived and hidden)", name)
		}
		params.Cursor = next
	}
}

// skippable are conversations.invite errors about one user, not the channel.
var skippable = map[string]bool{
	"already_in_channel":       true,
	"cant_invite_self":         true,
	"cant_invite":              true,
	"user_not_found":           true,
	"user_is_restricted":       true,
	"user_is_ultra_restricted": true,
	"ura_max_channels":         true,
	"user_disabled":            true,
}

// invite invites users in one call; when Slack rejects the batch because of
// one user, it invites them one by one and skips the rejected ones.
func (c *Client) invite(ctx context.Context, channelID string, users []string) error {
	const batch = 1000 // Slack's limit per call
	for len(users) > 0 {
		n := min(len(users), batch)
		part := users[:n]
		users = users[n:]
		_, err := c.api.InviteUsersToConversationContext(ctx, channelID, part...)
		if err == nil {
			continue
		}
		if !skippable[code(err)] {
			return wrap("conversations.invite", err)
		}
		skipped := map[string]int{}
		for _, u := range part {
			_, err := c.api.InviteUsersToConversationContext(ctx, channelID, u)
			if err == nil {
				continue
			}
			cd := code(err)
			if !skippable[cd] {
				return wrap("conversations.invite", err)
			}
			skipped[cd]++
		}
		for cd, k := range skipped {
			if cd == "already_in_channel" || cd == "cant_invite_self" {
				continue
			}
			c.log.Warn("users not invited to the incident channel", "channel", channelID, "reason", cd, "count", k)
		}
	}
	return nil
}

// Post posts a plain message in the channel, such as a timeline event worth
// telling ("N1 sent to 1 recipient"). The text is escaped for mrkdwn.
func (c *Client) Post(ctx context.Context, channelID, text string) error {
	_, _, err := c.api.PostMessageContext(ctx, channelID, slack.MsgOptionText(escape(text), false), slack.MsgOptionDisableLinkUnfurl())
	return wrap("chat.postMessage", err)
}

// LegalMembers returns the user IDs allowed to approve: the members of
// LegalGroup plus LegalUsers, deduplicated and sorted.
func (c *Client) LegalMembers(ctx context.Context) ([]string, error) {
	users := slices.Clone(c.cfg.LegalUsers)
	if c.cfg.LegalGroup != "" {
		members, err := c.api.GetUserGroupMembersContext(ctx, c.cfg.LegalGroup)
		if err != nil {
			return uniq(users), wrap("usergroups.users.list", err)
		}
		users = append(users, members...)
	}
	return uniq(users), nil
}

// SecurityMembers returns the user IDs of security, who may read
// incidents: the members of SecurityGroup plus SecurityUsers, deduplicated
// and sorted. As with LegalMembers, a failed group lookup still returns the
// configured users, with the error.
func (c *Client) SecurityMembers(ctx context.Context) ([]string, error) {
	users := slices.Clone(c.cfg.SecurityUsers)
	if c.cfg.SecurityGroup != "" {
		members, err := c.api.GetUserGroupMembersContext(ctx, c.cfg.SecurityGroup)
		if err != nil {
			return uniq(users), wrap("usergroups.users.list", err)
		}
		users = append(users, members...)
	}
	return uniq(users), nil
}

// uniq returns the non-empty strings of s, sorted, without duplicates.
func uniq(s []string) []string {
	out := make([]string, 0, len(s))
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// escape escapes the three characters mrkdwn gives meaning to.
func escape(s string) string {
	return mrkdwnEscaper.Replace(s)
}

var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// utc formats t as "YYYY-MM-DD HH:MM UTC".
func utc(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") + " UTC" }

// mrkdwn returns a mrkdwn text object.
func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, false)
}

// plain returns a plain_text text object with emoji.
func plain(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, true, false)
}

// truncate cuts s to at most n runes, ending in "…" when cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
