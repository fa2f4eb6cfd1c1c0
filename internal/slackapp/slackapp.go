// Package slackapp is the inbound side of the Slack app: the /breach slash
// command, its modals and the notice buttons, received over HTTP (every
// request verified with the signing secret) or over Socket Mode, and turned
// into calls on the incident workflow.
//
// Slack wants an answer within three seconds. Every handler therefore does
// only fast work before it acknowledges (parsing, validation, views.open,
// which needs the short-lived trigger_id); anything that talks to Temporal
// runs in the background afterwards, and its outcome reaches the user as an
// ephemeral message (chat.postEphemeral, a DM, or the response_url).
//
// Nothing here logs personal data: log lines carry incident IDs, action
// names and Slack user IDs only, never titles, texts or error messages
// that could quote what a user typed.
package slackapp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/workflows"
)

// Incidents is what the Slack app needs from the incident workflow;
// incidents.Client provides it (DeclareFromSlack passes the Slack details,
// the declarer and the channel's privacy, on to the workflow; Refused
// records what the app refused).
type Incidents interface {
	DeclareFromSlack(ctx context.Context, r DeclareRequest) (string, error)
	Triage(ctx context.Context, id string, in workflows.TriageInput) (workflows.Status, error)
	Approve(ctx context.Context, id string, in workflows.ApproveInput) ([]string, error)
	RequestChanges(ctx context.Context, id string, in workflows.RequestChangesInput) error
	Waive(ctx context.Context, id string, in workflows.WaiveInput) error
	Status(ctx context.Context, id string) (workflows.Status, error)
	List(ctx context.Context) ([]incidents.Summary, error)
	// Refused puts on the incident's record (timeline and register) an
	// attempt the app refused before it reached the workflow, such as a
	// press of Approve by someone outside legal: the workflow's validator
	// never sees those, yet who tried matters to an audit.
	Refused(ctx context.Context, incidentID string, r workflows.RefusalInput) error
	// Notice reads one notice with its texts; Edit changes its sections.
	Notice(ctx context.Context, id, noticeID string) (breach.Notice, error)
	Edit(ctx context.Context, id string, in workflows.EditInput) (workflows.EditResult, error)
}

// DeclareRequest is what the declare modal collects. DetectedAt is RFC 3339
// UTC or empty; jurisdictions are validated ISO 3166 codes; categories are
// among breach.Categories. UserID and ChannelID are Slack IDs: the declarer
// (the incident's commander) and the channel the command came from.
type DeclareRequest struct {
	Title, Summary, DetectedAt string
	Systems                    []string
	Categories                 []string
	Jurisdictions              []string
	Private                    bool
	UserID, ChannelID          string
}

// Config configures the app.
type Config struct {
	// SigningSecret verifies HTTP requests (X-Slack-Signature). Required
	// for Handler; every request is refused without it.
	SigningSecret string
	// AppToken is the app-level token (xapp-…) for Socket Mode.
	AppToken string
	// BotToken is the bot token (xoxb-…) for views.open and chat.*.
	BotToken string
	// APIURL overrides Slack's Web API base URL (tests); empty for Slack's.
	APIURL string
	// TeamID is the workspace (T…) the app serves. A request from any
	// other workspace, or by a user of another one (Slack Connect), is
	// refused before anything is done with it; without TeamID every
	// request is refused.
	TeamID string
	// EnterpriseID, when set, is the Enterprise Grid organisation (E…):
	// requests that do not name it are refused too.
	EnterpriseID string
	// LegalUsers returns the Slack user IDs allowed to approve, request
	// changes and waive (the legal user group's members and listed users).
	// Nil refuses everyone.
	LegalUsers func(ctx context.Context) ([]string, error)
	// SecurityUsers returns the Slack user IDs of security (the security
	// user group's members and listed users). They and legal may read
	// incidents (/breach status, /breach list); nobody else may. Nil
	// leaves reading to legal.
	SecurityUsers func(ctx context.Context) ([]string, error)
	// Now is the clock for deadlines' time left and for the replay
	// guard's window; nil for time.Now.
	Now func() time.Time
	// Seen is the replay guard: the requests already handled, remembered
	// for ten minutes (the whole span in which a signature is valid). The
	// worker passes its store, so a request replayed after a restart is
	// still recognised. Nil keeps them in this process's memory only:
	// enough for tests, not for a worker that restarts.
	Seen Seen
}

// Timeouts. Slack drops an ack after 3 s, so what runs before it is capped.
const (
	openViewTimeout   = 2500 * time.Millisecond // views.open before the ack
	legalCheckTimeout = 1200 * time.Millisecond // legal check before a modal opens
	backgroundTimeout = 2 * time.Minute         // Temporal calls after the ack
	replyTimeout      = 10 * time.Second        // chat.* and response_url posts
	maxBody           = 1 << 20
)

// App handles Slack's requests. Create it with New.
type App struct {
	cfg  Config
	inc  Incidents
	log  *slog.Logger
	api  *slack.Client
	http *http.Client
	seen Seen
	bg   sync.WaitGroup
}

// New returns the app. log may be nil.
func New(cfg Config, inc Incidents, log *slog.Logger) *App {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	seen := cfg.Seen
	if seen == nil {
		seen = newMemorySeen(10000)
	}
	httpc := &http.Client{Timeout: replyTimeout}
	return &App{
		cfg:  cfg,
		inc:  inc,
		log:  log,
		api:  slack.New(cfg.BotToken, apiOptions(cfg, httpc)...),
		http: httpc,
		seen: seen,
	}
}

func apiOptions(cfg Config, httpc *http.Client) []slack.Option {
	opts := []slack.Option{slack.OptionHTTPClient(httpc)}
	if cfg.APIURL != "" {
		u := cfg.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		opts = append(opts, slack.OptionAPIURL(u))
	}
	return opts
}

// Wait blocks until the background work started by handled requests (the
// Temporal calls after an ack and the replies they send) has finished: for
// a graceful shutdown, after the HTTP server and Socket Mode have stopped.
func (a *App) Wait() { a.bg.Wait() }

// reply is a handler's outcome: body is the ack's payload (nil for an
// empty 200), then runs in the background once the ack is on its way.
type reply struct {
	body any
	then func(ctx context.Context)
}

// start runs fn after the ack on a context that outlives the request.
func (a *App) start(parent context.Context, action string, fn func(ctx context.Context)) {
	if fn == nil {
		return
	}
	a.bg.Add(1)
	go func() {
		defer a.bg.Done()
		defer a.recover(action)
		ctx, cancel := context.WithTimeout(context.WithoutCancel(parent), backgroundTimeout)
		defer cancel()
		fn(ctx)
	}()
}

func (a *App) recover(action string) {
	if r := recover(); r != nil {
		a.log.Error("slack: handler panicked", "action", action, "panic", fmt.Sprintf("%T", r))
	}
}

// errKind describes an error for the log without its message, which may
// quote what a user typed: Slack's error code, a timeout, or the type.
func errKind(err error) string {
	var se slack.SlackErrorResponse
	var sc slack.StatusCodeError
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.As(err, &se):
		return "slack: " + se.Err
	case errors.As(err, &sc):
		return fmt.Sprintf("slack: HTTP %d", sc.Code)
	}
	return fmt.Sprintf("%T", err)
}

// oneLine is the first line of an error, for the user.
func oneLine(err error) string {
	s := strings.TrimSpace(err.Error())
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	if s == "" {
		return "unknown error"
	}
	return s
}

// isLegal reports whether the Slack user may approve, request changes and waive.
func (a *App) isLegal(ctx context.Context, userID string) (bool, error) {
	if a.cfg.LegalUsers == nil || userID == "" {
		return false, nil
	}
	users, err := a.cfg.LegalUsers(ctx)
	if err != nil {
		return false, err
	}
	for _, u := range users {
		if u == userID {
			return true, nil
		}
	}
	return false, nil
}

// notify tells a user something privately: ephemeral in the channel when
// there is one the bot can post in, otherwise as a DM.
func (a *App) notify(ctx context.Context, channelID, userID, text string) {
	ctx, cancel := context.WithTimeout(ctx, replyTimeout)
	defer cancel()
	if channelID != "" {
		_, err := a.api.PostEphemeralContext(ctx, channelID, userID, slack.MsgOptionText(text, false))
		if err == nil {
			return
		}
		a.log.Warn("slack: ephemeral reply failed, sending a DM", "user", userID, "error", errKind(err))
	}
	if _, _, err := a.api.PostMessageContext(ctx, userID, slack.MsgOptionText(text, false)); err != nil {
		a.log.Error("slack: reply not delivered", "user", userID, "error", errKind(err))
	}
}

// ephemeral is a message body for an ack or a response_url.
type ephemeral struct {
	ResponseType    string        `json:"response_type"`
	Text            string        `json:"text"`
	Blocks          []slack.Block `json:"blocks,omitempty"`
	ReplaceOriginal bool          `json:"replace_original"`
}

func ephemeralText(text string) ephemeral {
	return ephemeral{ResponseType: slack.ResponseTypeEphemeral, Text: text}
}

// respond posts an ephemeral message to a response_url.
func (a *App) respond(ctx context.Context, responseURL, userID, text string) {
	if responseURL == "" {
		a.notify(ctx, "", userID, text)
		return
	}
	ctx, cancel := context.WithTimeout(ctx, replyTimeout)
	defer cancel()
	err := a.postJSON(ctx, responseURL, ephemeralText(text))
	if err != nil {
		a.log.Error("slack: response_url post failed", "user", userID, "error", errKind(err))
	}
}

// validIncidentID reports whether s looks like BR-20260302-7K2Q.
func validIncidentID(s string) bool {
	rest, ok := strings.CutPrefix(s, "BR-")
	if !ok || len(rest) < 10 || rest[8] != '-' {
		return false
	}
	for i, r := range rest {
		switch {
		case i < 8 && r >= '0' && r <= '9', i == 8:
		case i > 8 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'):
		default:
			return false
		}
	}
	return true
}

// IncidentFromChannel maps an incident channel's name (breach-br-20260302-7k2q)
// back to the incident ID (BR-20260302-7K2Q); ok is false for other channels.
func IncidentFromChannel(name string) (id string, ok bool) {
	rest, ok := strings.CutPrefix(strings.ToLower(name), "breach-")
	if !ok {
		return "", false
	}
	id = strings.ToUpper(rest)
	return id, validIncidentID(id)
}

// openCounts counts a status's open obligations and drafted notices.
func openCounts(st workflows.Status) (open, drafts int) {
	for _, o := range st.Obligations {
		if o.Status == breach.ObligationOpen {
			open++
		}
	}
	for _, n := range st.Notices {
		if n.Status == breach.NoticeDraft {
			drafts++
		}
	}
	return open, drafts
}
