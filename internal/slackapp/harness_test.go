package slackapp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/workflows"
)

// clientAdapter shows that incidents.Client, given DeclareFromSlack, is an
// Incidents: every other method is its own.
type clientAdapter struct{ incidents.Client }

func (c clientAdapter) DeclareFromSlack(ctx context.Context, r DeclareRequest) (string, error) {
	return c.Declare(ctx, r.Title, nil, r.UserID)
}

var _ Incidents = clientAdapter{}

const (
	secret    = "8f742231b10e8888abcd99yyyzzz85a5"
	legalUser = "ULEGAL01"
	otherUser = "UOTHER02"
	// securityUser is in security: may read incidents, not approve.
	securityUser = "USEC01"
	incidentID   = "BR-20261127-1GJ2"
	teamID       = "T0001" // the workspace the harness's app serves
)

// fakeIncidents records calls.
type fakeIncidents struct {
	mu       sync.Mutex
	declares []DeclareRequest
	triages  []triageCall
	approves []approveCall
	changes  []workflows.RequestChangesInput
	waives   []workflows.WaiveInput
	statuses []string
	lists    int
	refusals []refusalCall
	edits    []workflows.EditInput
	notice   breach.Notice // what Notice answers
	status   workflows.Status
	// byID, when set, answers Status per incident (the list's private ones).
	byID      map[string]workflows.Status
	summaries []incidents.Summary
	err       error
	// gates hold a method (by name: "DeclareFromSlack", "Status", …) until
	// its channel is closed; entered, when set, hears each held method's
	// name as it starts to wait. Set both before the first request.
	gates   map[string]chan struct{}
	entered chan string
}

// hold blocks a held method until it is released or ctx ends.
func (f *fakeIncidents) hold(ctx context.Context, method string) error {
	gate := f.gates[method]
	if gate == nil {
		return nil
	}
	if f.entered != nil {
		f.entered <- method
	}
	select {
	case <-gate:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type triageCall struct {
	ID string
	In workflows.TriageInput
}

type refusalCall struct {
	ID string
	In workflows.RefusalInput
}

type approveCall struct {
	ID string
	In workflows.ApproveInput
}

func (f *fakeIncidents) DeclareFromSlack(ctx context.Context, r DeclareRequest) (string, error) {
	if err := f.hold(ctx, "DeclareFromSlack"); err != nil {
		return "", err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.declares = append(f.declares, r)
	return incidentID, f.err
}

func (f *fakeIncidents) Triage(ctx context.Context, id string, in workflows.TriageInput) (workflows.Status, error) {
	if err := f.hold(ctx, "Triage"); err != nil {
		return workflows.Status{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.triages = append(f.triages, triageCall{id, in})
	return f.status, f.err
}

func (f *fakeIncidents) Approve(ctx context.Context, id string, in workflows.ApproveInput) ([]string, error) {
	if err := f.hold(ctx, "Approve"); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.approves = append(f.approves, approveCall{id, in})
	if f.err != nil {
		return nil, f.err
	}
	return in.NoticeIDs, nil
}

func (f *fakeIncidents) RequestChanges(_ context.Context, _ string, in workflows.RequestChangesInput) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.changes = append(f.changes, in)
	return f.err
}

func (f *fakeIncidents) Waive(_ context.Context, _ string, in workflows.WaiveInput) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.waives = append(f.waives, in)
	return f.err
}

func (f *fakeIncidents) Status(ctx context.Context, id string) (workflows.Status, error) {
	if err := f.hold(ctx, "Status"); err != nil {
		return workflows.Status{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.statuses = append(f.statuses, id)
	if f.err != nil {
		return workflows.Status{}, f.err
	}
	if f.byID != nil {
		st, ok := f.byID[id]
		if !ok {
			return workflows.Status{}, fmt.Errorf("incident %s not found", id)
		}
		return st, nil
	}
	return f.status, nil
}

func (f *fakeIncidents) List(ctx context.Context) ([]incidents.Summary, error) {
	if err := f.hold(ctx, "List"); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lists++
	return f.summaries, f.err
}

func (f *fakeIncidents) Refused(_ context.Context, id string, in workflows.RefusalInput) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refusals = append(f.refusals, refusalCall{id, in})
	return f.err
}

func (f *fakeIncidents) snapshot() fakeIncidents {
	f.mu.Lock()
	defer f.mu.Unlock()
	return fakeIncidents{declares: append([]DeclareRequest(nil), f.declares...), triages: append([]triageCall(nil), f.triages...),
		approves: append([]approveCall(nil), f.approves...), changes: append([]workflows.RequestChangesInput(nil), f.changes...),
		waives: append([]workflows.WaiveInput(nil), f.waives...), statuses: append([]string(nil), f.statuses...), lists: f.lists,
		refusals: append([]refusalCall(nil), f.refusals...), edits: append([]workflows.EditInput(nil), f.edits...)}
}

func (f *fakeIncidents) Notice(_ context.Context, _, noticeID string) (breach.Notice, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.notice.ID != noticeID {
		return breach.Notice{}, fmt.Errorf("no notice %q", noticeID)
	}
	return f.notice, f.err
}

func (f *fakeIncidents) Edit(_ context.Context, _ string, in workflows.EditInput) (workflows.EditResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.edits = append(f.edits, in)
	return workflows.EditResult{NoticeID: in.NoticeID, Version: f.notice.Version + 1, Changed: true}, f.err
}

// openedView is one views.open call the fake Slack saw.
type openedView struct {
	TriggerID string         `json:"trigger_id"`
	View      map[string]any `json:"view"`
}

func (v openedView) callback() string { s, _ := v.View["callback_id"].(string); return s }
func (v openedView) metadata() modalMeta {
	s, _ := v.View["private_metadata"].(string)
	return decodeMeta(s)
}

func (v openedView) blockIDs() []string {
	var ids []string
	blocks, _ := v.View["blocks"].([]any)
	for _, b := range blocks {
		if m, ok := b.(map[string]any); ok {
			if id, ok := m["block_id"].(string); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

type postedMessage struct{ Channel, User, Text string }

// harness is the app wired to slacktest (Web API) and a response_url sink.
type harness struct {
	t     *testing.T
	app   *App
	h     http.Handler
	inc   *fakeIncidents
	slack *slacktest.Server
	hook  *httptest.Server
	legal []string
	// security are the harness's security users; members are the incident
	// channels' members, as conversations.members answers (two per page).
	security []string
	members  map[string][]string
	// now is the app's clock (deadlines, time left), fixed so that what the
	// tests print does not depend on the day they run. Anything a test
	// compares with it (a deadline) must be built from it, never from the
	// wall clock. Request signatures use the wall clock instead: slack-go's
	// verifier checks their timestamps against it.
	now time.Time

	mu         sync.Mutex
	views      []openedView
	ephemerals []postedMessage
	dms        []postedMessage
	responses  []map[string]any
	trigger    atomic.Int64
}

// harnessNow is the harness's fixed clock.
var harnessNow = time.Date(2026, 11, 28, 1, 17, 0, 0, time.UTC)

func newHarness(t *testing.T, opts ...func(*Config)) *harness {
	t.Helper()
	hs := &harness{t: t, inc: &fakeIncidents{}, legal: []string{legalUser}, security: []string{securityUser},
		members: map[string][]string{}, now: harnessNow}
	hs.slack = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/views.open", func(w http.ResponseWriter, r *http.Request) {
			var v openedView
			if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			hs.mu.Lock()
			hs.views = append(hs.views, v)
			hs.mu.Unlock()
			_, _ = io.WriteString(w, `{"ok":true,"view":{"id":"V0001"}}`)
		})
		c.Handle("/chat.postEphemeral", func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			hs.mu.Lock()
			hs.ephemerals = append(hs.ephemerals, postedMessage{r.PostForm.Get("channel"), r.PostForm.Get("user"), r.PostForm.Get("text")})
			hs.mu.Unlock()
			_, _ = io.WriteString(w, `{"ok":true,"message_ts":"1.2"}`)
		})
		c.Handle("/conversations.members", func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			hs.mu.Lock()
			members, ok := hs.members[r.PostForm.Get("channel")]
			hs.mu.Unlock()
			if !ok {
				_, _ = io.WriteString(w, `{"ok":false,"error":"channel_not_found"}`)
				return
			}
			from, _ := strconv.Atoi(r.PostForm.Get("cursor"))
			to := min(from+2, len(members))
			next := ""
			if to < len(members) {
				next = strconv.Itoa(to)
			}
			_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "members": members[from:to],
				"response_metadata": map[string]any{"next_cursor": next}})
		})
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			hs.mu.Lock()
			hs.dms = append(hs.dms, postedMessage{Channel: r.PostForm.Get("channel"), Text: r.PostForm.Get("text")})
			hs.mu.Unlock()
			_, _ = io.WriteString(w, `{"ok":true,"channel":"D1","ts":"1.2"}`)
		})
	})
	hs.slack.Start()
	t.Cleanup(hs.slack.Stop)
	hs.hook = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		_ = json.NewDecoder(r.Body).Decode(&m)
		hs.mu.Lock()
		hs.responses = append(hs.responses, m)
		hs.mu.Unlock()
	}))
	t.Cleanup(hs.hook.Close)
	hs.restart(opts...)
	return hs
}

// restart replaces the app with a new one on the same fakes, as a worker
// restart would: whatever the old app kept in memory is gone. opts adjust
// the configuration (a store for the replay guard, a team).
func (hs *harness) restart(opts ...func(*Config)) {
	hs.t.Helper()
	if hs.app != nil {
		hs.app.Wait()
	}
	cfg := Config{
		SigningSecret: secret,
		BotToken:      "xoxb-test",
		APIURL:        hs.slack.GetAPIURL(),
		TeamID:        teamID,
		LegalUsers: func(context.Context) ([]string, error) {
			return hs.legal, nil
		},
		SecurityUsers: func(context.Context) ([]string, error) {
			return hs.security, nil
		},
		Now: func() time.Time { return hs.now },
	}
	for _, o := range opts {
		o(&cfg)
	}
	app := New(cfg, hs.inc, slog.New(slog.NewTextHandler(io.Discard, nil)))
	hs.t.Cleanup(app.Wait)
	hs.app, hs.h = app, app.Handler()
}

func (hs *harness) openedViews() []openedView {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return append([]openedView(nil), hs.views...)
}

func (hs *harness) ephemeralMessages() []postedMessage {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return append([]postedMessage(nil), hs.ephemerals...)
}

func (hs *harness) responseTexts() []string {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	var out []string
	for _, r := range hs.responses {
		s, _ := r["text"].(string)
		out = append(out, s)
	}
	return out
}

// command builds a /breach form as Slack sends it, with a fresh trigger_id.
func (hs *harness) command(text, user, channelName string) url.Values {
	return url.Values{
		"token":        {"legacy"},
		"team_id":      {teamID},
		"channel_id":   {"C0001"},
		"channel_name": {channelName},
		"user_id":      {user},
		"user_name":    {"someone"},
		"command":      {"/breach"},
		"text":         {text},
		"response_url": {hs.hook.URL + "/commands/1"},
		"trigger_id":   {fmt.Sprintf("13345224609.738474920.%d", hs.trigger.Add(1))},
		"api_app_id":   {"A0001"},
	}
}

// interaction wraps a payload as Slack posts it to the interactivity URL.
func interaction(payload map[string]any) url.Values {
	b, err := json.Marshal(payload)
	if err != nil {
		panic(err)
	}
	return url.Values{"payload": {string(b)}}
}

func (hs *harness) button(actionID, value, user string) url.Values {
	return interaction(map[string]any{
		"type":         "block_actions",
		"team":         map[string]any{"id": teamID},
		"user":         map[string]any{"id": user, "team_id": teamID},
		"api_app_id":   "A0001",
		"trigger_id":   fmt.Sprintf("trigger.%d", hs.trigger.Add(1)),
		"response_url": hs.hook.URL + "/actions/1",
		"channel":      map[string]any{"id": "C0001", "name": "breach-br-20261127-1gj2"},
		"container":    map[string]any{"type": "message", "channel_id": "C0001", "message_ts": "1.1"},
		"actions": []any{map[string]any{
			"type": "button", "action_id": actionID, "block_id": "notice", "value": value, "action_ts": "1.3",
		}},
	})
}

func (hs *harness) submission(callback string, meta modalMeta, values map[string]map[string]any, user string) url.Values {
	return interaction(map[string]any{
		"type":       "view_submission",
		"team":       map[string]any{"id": teamID},
		"user":       map[string]any{"id": user, "team_id": teamID},
		"api_app_id": "A0001",
		"trigger_id": fmt.Sprintf("trigger.%d", hs.trigger.Add(1)),
		"view": map[string]any{
			"id": "V0001", "type": "modal", "callback_id": callback, "private_metadata": meta.encode(),
			"state": map[string]any{"values": values},
		},
	})
}

// post sends a signed request (signed at ts) and returns the response.
func (hs *harness) post(path string, form url.Values, ts time.Time, extra ...string) *httptest.ResponseRecorder {
	body := []byte(form.Encode())
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(string(body)))
	for k, v := range Sign(secret, body, ts) {
		req.Header[k] = v
	}
	for i := 0; i+1 < len(extra); i += 2 {
		req.Header.Set(extra[i], extra[i+1])
	}
	rec := httptest.NewRecorder()
	hs.h.ServeHTTP(rec, req)
	return rec
}

func (hs *harness) postNow(path string, form url.Values) *httptest.ResponseRecorder {
	return hs.post(path, form, time.Now())
}

// jsonBody decodes a response body.
func jsonBody(t *testing.T, rec *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &m), "body %q", rec.Body.String())
	return m
}

// text is a plain_text_input's state.
func text(v string) map[string]any { return map[string]any{"type": "plain_text_input", "value": v} }

func selected(v string) map[string]any {
	return map[string]any{"type": "static_select", "selected_option": map[string]any{"value": v}}
}

func radio(v string) map[string]any {
	return map[string]any{"type": "radio_buttons", "selected_option": map[string]any{"value": v}}
}

func multi(vs ...string) map[string]any {
	opts := []any{}
	for _, v := range vs {
		opts = append(opts, map[string]any{"value": v})
	}
	return map[string]any{"type": "checkboxes", "selected_options": opts}
}

// values builds view.state.values, each input's action ID being its block ID.
func values(kv map[string]map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	for k, v := range kv {
		out[k] = map[string]any{k: v}
	}
	return out
}

var errValidator = errors.New(`N1 is past its deadline (2026-11-28 13:17 UTC, GDPR Art. 33(2)): give the reasons for the delay`)

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func recorder(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func withoutHeader(h http.Header, key string) http.Header {
	h.Del(key)
	return h
}
