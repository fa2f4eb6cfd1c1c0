package slackapp

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/slack-go/slack"

	"github.com/breachwf/breach/internal/incidents"
)

// Refusals of reading, one line each.
const (
	refusedReader = "Only security and legal can read incidents."
	// refusedPrivate is formatted with the incident ID.
	refusedPrivate = "%s is private: only members of its channel can read it."
)

// mayRead reports whether the user may read incidents (/breach status and
// list): a member of security or of legal. A list that cannot be fetched
// is an error only when no other list admits the user.
func (a *App) mayRead(ctx context.Context, userID string) (bool, error) {
	if userID == "" {
		return false, nil
	}
	var firstErr error
	for _, list := range []func(context.Context) ([]string, error){a.cfg.SecurityUsers, a.cfg.LegalUsers} {
		if list == nil {
			continue
		}
		users, err := list(ctx)
		if slices.Contains(users, userID) {
			return true, nil
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return false, firstErr
}

// readerOrRefuse answers the user and reports false unless they may read.
func (a *App) readerOrRefuse(ctx context.Context, cmd slack.SlashCommand, action string) bool {
	ok, err := a.mayRead(ctx, cmd.UserID)
	switch {
	case err != nil:
		a.log.Warn("slack: reader check failed", "action", action, "user", cmd.UserID, "error", errKind(err))
		a.respond(ctx, cmd.ResponseURL, cmd.UserID, "Could not check who may read incidents: "+oneLine(err)+". Try again.")
		return false
	case !ok:
		a.log.Info("slack: refused, not security or legal", "action", action, "user", cmd.UserID)
		a.respond(ctx, cmd.ResponseURL, cmd.UserID, refusedReader)
		return false
	}
	return true
}

// channelMember reports whether the user is a member of the channel
// (conversations.members, every page). No channel yet means no members.
func (a *App) channelMember(ctx context.Context, channelID, userID string) (bool, error) {
	if channelID == "" || userID == "" {
		return false, nil
	}
	params := &slack.GetUsersInConversationParameters{ChannelID: channelID, Limit: 1000}
	for {
		users, next, err := a.api.GetUsersInConversationContext(ctx, params)
		if err != nil {
			return false, fmt.Errorf("slack conversations.members: %w", err)
		}
		if slices.Contains(users, userID) {
			return true, nil
		}
		if next == "" {
			return false, nil
		}
		params.Cursor = next
	}
}

// status answers /breach status: to security and legal, and for a private
// incident only to members of its channel.
func (a *App) status(ctx context.Context, cmd slack.SlashCommand, id string) {
	if !a.readerOrRefuse(ctx, cmd, "status") {
		return
	}
	st, err := a.inc.Status(ctx, id)
	if err != nil {
		a.log.Warn("slack: status failed", "incident", id, "user", cmd.UserID, "error", errKind(err))
		a.respond(ctx, cmd.ResponseURL, cmd.UserID, "Could not read "+id+": "+oneLine(err))
		return
	}
	if st.Private {
		member, err := a.channelMember(ctx, st.SlackChannel, cmd.UserID)
		if err != nil {
			a.log.Warn("slack: channel membership check failed", "incident", id, "user", cmd.UserID, "error", errKind(err))
			a.respond(ctx, cmd.ResponseURL, cmd.UserID, "Could not check the members of "+id+"'s channel: "+oneLine(err)+". Try again.")
			return
		}
		if !member {
			a.log.Info("slack: refused, private incident", "action", "status", "incident", id, "user", cmd.UserID)
			a.respond(ctx, cmd.ResponseURL, cmd.UserID, fmt.Sprintf(refusedPrivate, id))
			return
		}
	}
	a.respond(ctx, cmd.ResponseURL, cmd.UserID, formatStatus(st, a.cfg.Now()))
}

// list answers /breach list: the open incidents, to security and legal,
// leaving out the private ones whose channel the user is not in. A private
// incident whose channel cannot be learnt or checked is left out too.
func (a *App) list(ctx context.Context, cmd slack.SlashCommand) {
	if !a.readerOrRefuse(ctx, cmd, "list") {
		return
	}
	all, err := a.inc.List(ctx)
	if err != nil {
		a.log.Warn("slack: list failed", "user", cmd.UserID, "error", errKind(err))
		a.respond(ctx, cmd.ResponseURL, cmd.UserID, "Could not list incidents: "+oneLine(err))
		return
	}
	member := map[string]bool{} // channel ID → the user is in it, per answer
	var shown []incidents.Summary
	for _, s := range all {
		if !s.Running {
			continue
		}
		if s.Private && !a.readsPrivate(ctx, s.ID, cmd.UserID, member) {
			continue
		}
		shown = append(shown, s)
	}
	var b strings.Builder
	if len(shown) == 0 {
		b.WriteString("No open incidents.")
	} else {
		b.WriteString("*Open incidents*\n")
	}
	for _, s := range shown {
		fmt.Fprintf(&b, "• `%s` %s — %s (declared %s)\n", s.ID, s.Title, orDash(s.Phase), s.Started.UTC().Format("2006-01-02 15:04 UTC"))
	}
	a.respond(ctx, cmd.ResponseURL, cmd.UserID, strings.TrimRight(b.String(), "\n"))
}

// readsPrivate reports whether the user is in a private incident's
// channel, asking the workflow which channel that is. Any doubt is a no.
func (a *App) readsPrivate(ctx context.Context, id, userID string, member map[string]bool) bool {
	st, err := a.inc.Status(ctx, id)
	if err != nil {
		a.log.Warn("slack: private incident left out of the list", "incident", id, "user", userID, "error", errKind(err))
		return false
	}
	if st.SlackChannel == "" {
		return false
	}
	in, ok := member[st.SlackChannel]
	if !ok {
		if in, err = a.channelMember(ctx, st.SlackChannel, userID); err != nil {
			a.log.Warn("slack: private incident left out of the list", "incident", id, "user", userID, "error", errKind(err))
			return false
		}
		member[st.SlackChannel] = in
	}
	return in
}
