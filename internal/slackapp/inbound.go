package slackapp

import (
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// Seen remembers which requests were handled, so that Slack's retries and
// replays of a signed request are not acted on twice. FirstSeen records key
// at at and reports whether it was not seen within ttl; *store.Store
// implements it durably, so the guard survives a restart.
type Seen interface {
	FirstSeen(ctx context.Context, key string, at time.Time, ttl time.Duration) (bool, error)
}

// seenWindow is how long a handled request is remembered. A signature is
// accepted while its timestamp is within five minutes of our clock, on
// either side, so one signed body can be valid for up to ten minutes from
// the moment we first see it: remembering it ten minutes covers all of it.
const seenWindow = 10 * time.Minute

// inbound is one verified request, parsed, before anything is done with it.
type inbound struct {
	kind   string // "command" or "interaction", for the log
	user   string
	origin origin
	// acts: handling it may change something (open a form, start or update
	// a workflow). Such a request is never handled twice, and not at all
	// while the replay guard cannot say whether it was.
	acts   bool
	handle func(ctx context.Context) reply
}

// commandRequest wraps a slash command.
func (a *App) commandRequest(cmd slack.SlashCommand) inbound {
	sub := subcommand(cmd.Text)
	acts := sub != "status" && sub != "list" && sub != "help" && knownSubcommand(sub)
	return inbound{kind: "command", user: cmd.UserID, acts: acts,
		origin: origin{team: cmd.TeamID, enterprises: nonEmpty(cmd.EnterpriseID)},
		handle: func(ctx context.Context) reply { return a.command(ctx, cmd) }}
}

// interactionRequest wraps a button press or a modal submission.
func (a *App) interactionRequest(cb slack.InteractionCallback) inbound {
	return inbound{kind: "interaction", user: cb.User.ID, acts: true,
		origin: origin{team: cb.Team.ID, userTeam: cb.User.TeamID, enterprises: nonEmpty(cb.Enterprise.ID, cb.Team.EnterpriseID)},
		handle: func(ctx context.Context) reply { return a.interaction(ctx, cb) }}
}

// dispatch runs a verified request through the replay guard and handles
// it. key identifies the request's body; retry is Slack's retry number,
// for the log. The status is what an HTTP answer carries: 200, or 500 when
// an acting request cannot be checked against the replay guard.
func (a *App) dispatch(ctx context.Context, key, retry string, in inbound) (reply, int) {
	if reason := a.foreign(in.origin); reason != "" {
		// Answered 200 with a one-line ephemeral message rather than 403:
		// Slack shows a slash command's ack to the user, who learns why
		// instead of seeing "dispatch_failed", which reads like an outage
		// of ours; a 4xx would tell a caller nothing more, and either way
		// nothing is done. The replay guard is not consulted, so another
		// workspace cannot fill the store.
		a.log.Warn("slack: request from another workspace refused", "kind", in.kind, "user", in.user, "reason", reason)
		return reply{body: ephemeralText(refusedWorkspace)}, http.StatusOK
	}
	first, err := a.seen.FirstSeen(ctx, key, a.cfg.Now(), seenWindow)
	switch {
	case err != nil && in.acts:
		// Fail closed: acting without knowing whether this body was
		// handled could approve or declare twice. A 500 makes Slack report
		// the failure (and retry, where it retries), and the user can try
		// again once the store answers; nothing has been done meanwhile.
		a.log.Error("slack: replay guard unavailable, request refused", "kind", in.kind, "user", in.user, "error", errKind(err))
		return reply{}, http.StatusInternalServerError
	case err != nil:
		// Reading (status, list, help) twice is harmless: answer rather
		// than go silent while the store is down.
		a.log.Warn("slack: replay guard unavailable, answering a read-only request", "kind", in.kind, "user", in.user, "error", errKind(err))
	case !first:
		a.log.Info("slack: duplicate request ignored", "kind", in.kind, "user", in.user, "retry", retry)
		return reply{}, http.StatusOK
	}
	return in.handle(ctx), http.StatusOK
}

// refusedWorkspace is the answer to a request from another workspace.
const refusedWorkspace = "This app serves another workspace."

// origin is where a request says it comes from: the workspace it was made
// in, the user's own workspace (interactions carry it; it differs for a
// Slack Connect guest from another organisation) and the Enterprise Grid
// organisation, which Slack gives in more than one field.
type origin struct {
	team, userTeam string
	enterprises    []string
}

// foreign says why a request is not from the configured workspace and
// enterprise, or "" when it is. Team and enterprise IDs are not personal
// data: the reason is safe to log.
func (a *App) foreign(o origin) string {
	want := a.cfg.TeamID
	switch {
	case want == "":
		return "no workspace configured (slack.team_id)"
	case o.team == "":
		return "the request names no workspace"
	case o.team != want:
		return "workspace " + o.team + " is not " + want
	case o.userTeam != "" && o.userTeam != want:
		return "the user's workspace " + o.userTeam + " is not " + want
	}
	if ent := a.cfg.EnterpriseID; ent != "" {
		if len(o.enterprises) == 0 {
			return "the request names no enterprise"
		}
		for _, e := range o.enterprises {
			if e != ent {
				return "enterprise " + e + " is not " + ent
			}
		}
	}
	return ""
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// bodyKey identifies a request by its body's SHA-256, prefixed with how it
// came (http:, sm:) since the two transports wrap the same payload
// differently.
func bodyKey(transport string, body []byte) string {
	sum := sha256.Sum256(body)
	return transport + ":" + hex.EncodeToString(sum[:])
}

// subcommand is the first word of a /breach invocation, lower case; help
// when there is none.
func subcommand(text string) string {
	if f := strings.Fields(text); len(f) > 0 {
		return strings.ToLower(f[0])
	}
	return "help"
}

func knownSubcommand(sub string) bool {
	switch sub {
	case "declare", "triage", "status", "list", "help":
		return true
	}
	return false
}

// memorySeen is the Seen used when Config.Seen is nil (tests, tools): it
// is bounded in size and lives in this process only, so a signed request
// replayed after a restart, within its signature window, is acted on
// again. The worker wires the store instead.
type memorySeen struct {
	mu    sync.Mutex
	max   int
	order *list.List // of memorySeenEntry, oldest first
	keys  map[string]*list.Element
}

type memorySeenEntry struct {
	key string
	at  time.Time
}

func newMemorySeen(max int) *memorySeen {
	return &memorySeen{max: max, order: list.New(), keys: map[string]*list.Element{}}
}

// FirstSeen records key and reports whether it was not seen within ttl;
// the oldest keys are forgotten past max.
func (d *memorySeen) FirstSeen(_ context.Context, key string, at time.Time, ttl time.Duration) (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for e := d.order.Front(); e != nil; e = d.order.Front() {
		ent := e.Value.(memorySeenEntry)
		if at.Sub(ent.at) < ttl && d.order.Len() < d.max {
			break
		}
		d.order.Remove(e)
		delete(d.keys, ent.key)
	}
	if _, ok := d.keys[key]; ok {
		return false, nil
	}
	d.keys[key] = d.order.PushBack(memorySeenEntry{key: key, at: at})
	return true, nil
}

// retryNum renders Socket Mode's retry attempt like X-Slack-Retry-Num.
func retryNum(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
