package slackapp

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/workflows"
)

// Usage is the /breach help text.
const Usage = "*/breach* — personal-data breach incidents\n" +
	"• `/breach declare [title]` — declare a suspected breach (opens a form)\n" +
	"• `/breach triage [BR-…]` — triage the incident (in its channel `#breach-br-…`, or give the ID)\n" +
	"• `/breach status [BR-…]` — phase, obligations with deadlines, notices (security and legal)\n" +
	"• `/breach list` — open incidents (security and legal)\n" +
	"• `/breach help` — this text\n" +
	"Legal approves, requests changes and waives with the buttons on each drafted notice."

const working = "Working…"

// command handles one /breach invocation and returns its ack.
func (a *App) command(ctx context.Context, cmd slack.SlashCommand) reply {
	args := strings.Fields(cmd.Text)
	sub, rest := subcommand(cmd.Text), ""
	if len(args) > 0 {
		rest = strings.TrimSpace(strings.TrimSpace(cmd.Text)[len(args[0]):])
		args = args[1:]
	}
	logged := sub // what users type is not logged, only known subcommands
	if !knownSubcommand(sub) {
		logged = "unknown"
	}
	a.log.Info("slack: command", "action", "/breach "+logged, "user", cmd.UserID)
	switch sub {
	case "declare":
		return a.openDeclare(ctx, cmd, rest)
	case "triage":
		id, msg := a.incidentFor(cmd, sub, args)
		if msg != "" {
			return reply{body: ephemeralText(msg)}
		}
		return a.openTriage(ctx, cmd, id)
	case "status":
		id, msg := a.incidentFor(cmd, sub, args)
		if msg != "" {
			return reply{body: ephemeralText(msg)}
		}
		return reply{body: ephemeralText(working), then: func(ctx context.Context) { a.status(ctx, cmd, id) }}
	case "list":
		return reply{body: ephemeralText(working), then: func(ctx context.Context) { a.list(ctx, cmd) }}
	case "help":
		return reply{body: ephemeralText(Usage)}
	}
	return reply{body: ephemeralText(fmt.Sprintf("Unknown subcommand %q.\n%s", sub, Usage))}
}

// incidentFor finds the incident a command is about: the ID given, or the
// incident channel it was typed in. msg explains what is missing.
func (a *App) incidentFor(cmd slack.SlashCommand, sub string, args []string) (id, msg string) {
	if len(args) > 0 {
		id = strings.ToUpper(args[0])
		if !validIncidentID(id) {
			return "", fmt.Sprintf("%q is not an incident ID (like BR-20260302-7K2Q).", args[0])
		}
		return id, ""
	}
	if id, ok := IncidentFromChannel(cmd.ChannelName); ok {
		return id, ""
	}
	return "", "Which incident? Run this in its channel (#breach-br-…) or give its ID: `/breach " +
		sub + " BR-20260302-7K2Q`."
}

func (a *App) openView(ctx context.Context, triggerID, userID, action string, view slack.ModalViewRequest) error {
	ctx, cancel := context.WithTimeout(ctx, openViewTimeout)
	defer cancel()
	_, err := a.api.OpenViewContext(ctx, triggerID, view)
	if err != nil {
		a.log.Warn("slack: views.open failed", "action", action, "user", userID, "error", errKind(err))
	}
	return err
}

func (a *App) openDeclare(ctx context.Context, cmd slack.SlashCommand, title string) reply {
	view := declareModal(modalMeta{Channel: cmd.ChannelID}, title)
	if err := a.openView(ctx, cmd.TriggerID, cmd.UserID, "declare", view); err != nil {
		return reply{body: ephemeralText("Could not open the declare form: " + oneLine(err))}
	}
	return reply{}
}

func (a *App) openTriage(ctx context.Context, cmd slack.SlashCommand, id string) reply {
	view := triageModal(modalMeta{Incident: id, Channel: cmd.ChannelID})
	if err := a.openView(ctx, cmd.TriggerID, cmd.UserID, "triage", view); err != nil {
		return reply{body: ephemeralText("Could not open the triage form: " + oneLine(err))}
	}
	return reply{}
}

// formatStatus renders an incident for an ephemeral reply: phase, our
// obligations with their deadline in UTC and the time left, and notices.
func formatStatus(st workflows.Status, now time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "*%s* %s\nPhase: *%s*", st.ID, st.Title, orDash(st.Phase))
	if !st.DeclaredAt.IsZero() {
		fmt.Fprintf(&b, " · declared %s", st.DeclaredAt.UTC().Format("2006-01-02 15:04 UTC"))
	}
	if st.Closed != nil {
		fmt.Fprintf(&b, " · closed %s", st.Closed.At.UTC().Format("2006-01-02 15:04 UTC"))
	}
	b.WriteString("\n")
	if st.Triaged && !st.PersonalData {
		b.WriteString("Triaged: not a personal-data breach.\n")
	}
	if u := breach.UnknownFacts(st.Obligations); len(u) > 0 {
		fmt.Fprintf(&b, "*Not known yet:* %s — the duties that turn on them apply, uncertain, until the facts are added.\n", strings.Join(u, ", "))
	}
	obs := append([]breach.TrackedObligation(nil), st.Obligations...)
	sort.SliceStable(obs, func(i, j int) bool { return dueBefore(obs[i].Due, obs[j].Due) })
	notRequired := 0
	shown := 0
	for _, o := range obs {
		if o.Status == breach.ObligationNotRequired {
			notRequired++
			continue
		}
		if shown == 0 {
			b.WriteString("*Obligations*\n")
		}
		shown++
		fmt.Fprintf(&b, "• `%s` → %s (%s): %s — %s", o.ID, o.Recipient, o.Basis, dueText(o, now), o.Status)
		if o.Late {
			b.WriteString(", *late*")
		}
		if d := o.Doubt(); d != "" {
			b.WriteString(" — _" + d + "_")
		}
		b.WriteString("\n")
	}
	switch {
	case !st.Triaged:
		b.WriteString("Not triaged yet: run `/breach triage` in the incident channel.\n")
	case shown == 0 && st.PersonalData:
		b.WriteString("No obligations of ours.\n")
	}
	if notRequired > 0 {
		fmt.Fprintf(&b, "_%d duty(ies) assessed as not required; the reasons are in `starter status %s`._\n", notRequired, st.ID)
	}
	if len(st.Notices) > 0 {
		b.WriteString("*Notices*\n")
		for _, n := range st.Notices {
			fmt.Fprintf(&b, "• `%s` for `%s`: %s", n.ID, n.ObligationID, n.Status)
			if n.Version > 0 {
				fmt.Fprintf(&b, " (v%d)", n.Version)
			}
			if n.Recipients > 0 {
				fmt.Fprintf(&b, ", %d/%d sent", n.Sent, n.Recipients)
			}
			if n.Failed > 0 {
				fmt.Fprintf(&b, ", %d failed", n.Failed)
			}
			b.WriteString("\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func dueBefore(a, b *time.Time) bool {
	switch {
	case a == nil:
		return false
	case b == nil:
		return true
	}
	return a.Before(*b)
}

func dueText(o breach.TrackedObligation, now time.Time) string {
	if o.Due == nil {
		return "without undue delay"
	}
	s := "due " + o.Due.UTC().Format("2006-01-02 15:04 UTC")
	if o.ASAP {
		s = "as soon as possible, at the latest " + o.Due.UTC().Format("2006-01-02 15:04 UTC")
	}
	if o.Status != breach.ObligationOpen {
		return s
	}
	left := o.Due.Sub(now)
	if left < 0 {
		return s + ", *overdue by " + humanDuration(-left) + "*"
	}
	return s + ", " + humanDuration(left) + " left"
}

// humanDuration renders 2d 3h, 5h 12m or 12m.
func humanDuration(d time.Duration) string {
	d = d.Round(time.Minute)
	days := int(d / (24 * time.Hour))
	hours := int(d % (24 * time.Hour) / time.Hour)
	mins := int(d % time.Hour / time.Minute)
	switch {
	case days > 0:
		return fmt.Sprintf("%dd %dh", days, hours)
	case hours > 0:
		return fmt.Sprintf("%dh %dm", hours, mins)
	}
	return fmt.Sprintf("%dm", mins)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
