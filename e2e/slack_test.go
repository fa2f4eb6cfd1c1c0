package e2e

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/internal/slackapi"
	"github.com/breachwf/breach/internal/slackapp"
	"github.com/breachwf/breach/workflows"
)

const signingSecret = "e2e-signing-secret"

// e2eTeam is the workspace the app serves in these tests; requests name it.
const e2eTeam = "T1"

// slackConfig is the example configuration pointed at the fake Slack, with
// a ladder fast enough to watch: duties without a deadline are nudged
// every two seconds.
func slackConfig(t *testing.T, fake *slackapi.Fake) string { return slackConfigB(t, fake) }

func slackConfigB(t testing.TB, fake *slackapi.Fake) string {
	example, err := os.ReadFile("../config.example.yaml")
	require.NoError(t, err)
	doc := string(example)
	doc = strings.Replace(doc, `  security_group: ""`, `  security_group: "S-SEC"`, 1)
	doc = strings.Replace(doc, `  legal_group: ""`, `  legal_group: "S-LEGAL"`, 1)
	doc = strings.Replace(doc, `  legal_lead: ""`, `  legal_lead: "U-LEAD"`, 1)
	doc = strings.Replace(doc, `  executives: []`, `  executives: ["U-EXEC"]`, 1)
	doc = strings.Replace(doc, `  team_id: ""`, `  team_id: "`+e2eTeam+`"`, 1)
	doc = strings.Replace(doc, `  listen: "127.0.0.1:3000"`, `  listen: "127.0.0.1:0"`+"\n  api_url: \""+fake.Server.GetAPIURL()+"\"", 1)
	doc = strings.Replace(doc, "  asap_every: 12h", "  asap_every: 2s", 1)
	path := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(path, []byte(doc), 0o600))
	return path
}

// hook stands in for Slack's response_url.
type hook struct {
	mu    sync.Mutex
	texts []string
	srv   *httptest.Server
}

func newHook(t *testing.T) *hook {
	h := &hook{}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		var m map[string]any
		_ = json.Unmarshal(b, &m)
		h.mu.Lock()
		h.texts = append(h.texts, strings.TrimSpace(toString(m["text"])))
		h.mu.Unlock()
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func toString(v any) string { s, _ := v.(string); return s }

func (h *hook) all() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return strings.Join(h.texts, "\n")
}

func signedPost(t testing.TB, base, path string, form url.Values) *http.Response {
	body := []byte(form.Encode())
	req, err := http.NewRequest(http.MethodPost, "http://"+base+path, strings.NewReader(string(body)))
	require.NoError(t, err)
	for k, v := range slackapp.Sign(signingSecret, body, time.Now()) {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	return resp
}

func payload(t *testing.T, v map[string]any) url.Values {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return url.Values{"payload": {string(b)}}
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	require.Eventually(t, cond, 60*time.Second, 100*time.Millisecond, what)
}

// escalations are the ladder's messages, in the order Slack received them.
func escalations(fake *slackapi.Fake, incidentID string) []slackapi.RecordedMessage {
	var out []slackapi.RecordedMessage
	for _, m := range fake.Messages() {
		if !m.Update && m.Blocks == "" && strings.Contains(m.Text, incidentID) && strings.Contains(m.Text, "processor-notice-anadolu-lojistik") {
			out = append(out, m)
		}
	}
	return out
}

func TestSlackIncidentEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	ctx := context.Background()
	fake := slackapi.NewFake(t)
	fake.SetGroupMembers("S-LEGAL", "U-LEGAL")
	fake.SetGroupMembers("S-SEC", "U-SEC")
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-test")
	t.Setenv("SLACK_SIGNING_SECRET", signingSecret)
	dataDir := t.TempDir()
	svc, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: freeAddress(t), ConfigPath: slackConfig(t, fake)})
	require.NoError(t, err)
	defer svc.Stop()
	require.NotEmpty(t, svc.SlackAddress)
	c := signingClient(t, svc, dataDir)
	hk := newHook(t)

	// 1. /breach declare, signed as Slack does: the modal opens.
	resp := signedPost(t, svc.SlackAddress, "/slack/commands", url.Values{
		"command": {"/breach"}, "text": {"declare"}, "user_id": {"U-SEC"}, "channel_id": {"C-SOC"}, "channel_name": {"soc"},
		"trigger_id": {"1.2.3"}, "response_url": {hk.srv.URL}, "team_id": {e2eTeam},
	})
	require.Equal(t, http.StatusOK, resp.StatusCode)
	views := fake.Views()
	require.Len(t, views, 1)
	var opened struct {
		CallbackID      string `json:"callback_id"`
		PrivateMetadata string `json:"private_metadata"`
	}
	require.NoError(t, json.Unmarshal([]byte(views[0]), &opened))
	require.Equal(t, slackapp.CallbackDeclare, opened.CallbackID)

	// 2. The modal is submitted: the workflow starts, the channel opens, the status is pinned.
	state := map[string]any{
		"title":      map[string]any{"title": map[string]any{"type": "plain_text_input", "value": "Logistics lake exposed"}},
		"summary":    map[string]any{"summary": map[string]any{"type": "plain_text_input", "value": "Public link to a shipment export"}},
		"categories": map[string]any{"categories": map[string]any{"type": "multi_static_select", "selected_options": []any{map[string]any{"value": "contact"}}}},
		"private":    map[string]any{"private": map[string]any{"type": "checkboxes", "selected_options": []any{map[string]any{"value": "private"}}}},
	}
	resp = signedPost(t, svc.SlackAddress, "/slack/interactivity", payload(t, map[string]any{
		"type": "view_submission", "team": map[string]any{"id": e2eTeam}, "user": map[string]any{"id": "U-SEC"}, "trigger_id": "1.2.4",
		"view": map[string]any{"id": "V1", "type": "modal", "callback_id": slackapp.CallbackDeclare,
			"private_metadata": opened.PrivateMetadata, "state": map[string]any{"values": state}},
	}))
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var id string
	eventually(t, "the incident is started", func() bool {
		list, err := c.List(ctx)
		if err != nil || len(list) != 1 {
			return false
		}
		id = list[0].ID
		return true
	})
	channel := ""
	eventually(t, "the channel is created and the status pinned", func() bool {
		s, err := c.Status(ctx, id)
		if err != nil || s.SlackChannel == "" {
			return false
		}
		channel = s.SlackChannel
		return len(fake.Pinned(channel)) == 1
	})
	assert.Equal(t, "true", fake.Calls("conversations.create")[0].Get("is_private"), "private incident -> private channel")
	members := fake.Members(channel)
	for _, u := range []string{"U-SEC", "U-LEGAL"} {
		assert.Contains(t, members, u)
	}

	// 3. Triage (from the CLI path): one duty to a customer without a contractual deadline.
	// Aware now: the ladder counts its rungs from the clock start, and the steps above
	// can take longer than one 2 s rung (under -race on a busy machine they did), which
	// would make the first reminder already a level-2 one.
	aware := time.Now().UTC()
	facts := breach.Facts{
		AwareAt:     &aware,
		Controllers: []breach.Controller{{ID: "anadolu-lojistik", Subjects: map[string]int{"TR": 50}}},
		Nature:      []string{"confidentiality"}, DataCategories: []string{"contact"}, Risk: "risk",
	}
	st, err := c.Triage(ctx, id, workflows.TriageInput{Facts: facts, By: legal})
	require.NoError(t, err)
	notice := ""
	for _, n := range st.Notices {
		if n.ObligationID == "processor-notice-anadolu-lojistik" {
			notice = n.ID
		}
	}
	require.NotEmpty(t, notice)
	eventually(t, "the notice is posted with its buttons", func() bool {
		for _, m := range fake.Messages() {
			if m.Channel == channel && strings.Contains(m.Blocks, "notice_approve") && strings.Contains(m.Blocks, notice) {
				return true
			}
		}
		return false
	})

	// 4. No deadline, so the ladder nudges every 2 s, louder each time, up to the executives.
	eventually(t, "the ladder reaches the executives", func() bool {
		for _, m := range fake.Messages() {
			if m.Channel == "D-U-EXEC" {
				return true
			}
		}
		return false
	})
	ladder := escalations(fake, id)
	require.GreaterOrEqual(t, len(ladder), 4)
	assert.Equal(t, channel, ladder[0].Channel, "level 1: the channel")
	assert.NotContains(t, ladder[0].Text, "subteam")
	assert.Contains(t, ladder[1].Text, "<!subteam^S-LEGAL>", "level 2: the legal group")
	var dmCommander, dmLead, dmExec int
	for i, m := range fake.Messages() {
		switch m.Channel {
		case "D-U-SEC":
			dmCommander = i
		case "D-U-LEAD":
			dmLead = i
		case "D-U-EXEC":
			dmExec = i
		}
	}
	assert.True(t, dmCommander > 0 && dmLead > 0 && dmExec > dmLead, "level 3 DMs the commander and the lead before level 4 reaches the executives")

	// 5. A non-legal user presses Approve: refused, nothing sent.
	value := slackapp.ActionValue(id, notice, "processor-notice-anadolu-lojistik")
	press := func(user string) {
		resp := signedPost(t, svc.SlackAddress, "/slack/interactivity", payload(t, map[string]any{
			"type": "block_actions", "team": map[string]any{"id": e2eTeam}, "user": map[string]any{"id": user}, "trigger_id": "1.2." + user,
			"response_url": hk.srv.URL, "channel": map[string]any{"id": channel},
			"container": map[string]any{"type": "message", "channel_id": channel, "message_ts": "1.1"},
			"actions":   []any{map[string]any{"type": "button", "action_id": slackapp.ActionApprove, "block_id": "notice", "value": value, "action_ts": "1.3"}},
		}))
		require.Equal(t, http.StatusOK, resp.StatusCode)
	}
	press("U-RANDOM")
	eventually(t, "the refusal reaches the user", func() bool { return strings.Contains(strings.ToLower(hk.all()), "only legal") })
	time.Sleep(time.Second)
	assert.Empty(t, outbox(t, svc.Outbox), "a refused press sends nothing")
	s := waitFor(t, c, id, "the refused press on record", func(s workflows.Status) bool { return len(s.Refusals) > 0 })
	assert.Equal(t, breach.NoticeDraft, noticeFor(s, "processor-notice-anadolu-lojistik").Status)
	r := s.Refusals[len(s.Refusals)-1]
	assert.Equal(t, "U-RANDOM", r.SlackUser, "who tried")
	assert.Equal(t, workflows.UpdateApprove, r.Update, "what")
	assert.Equal(t, "slack:U-RANDOM", r.By)
	assert.NotEmpty(t, r.Reason, "why")

	// 6. Legal presses Approve: the notice goes out by email, and the ladder stops.
	press("U-LEGAL")
	eventually(t, "the email is in the SMTP sink", func() bool { return len(outbox(t, svc.Outbox)) == 1 })
	msg := readEML(t, outbox(t, svc.Outbox)[0])
	assert.Equal(t, "<veri@anadolu-lojistik.example>", msg.Header.Get("To"))
	s = waitFor(t, c, id, "the obligation done", func(s workflows.Status) bool {
		return obligation(s, "processor-notice-anadolu-lojistik").Status == breach.ObligationDone
	})
	approvals := noticeFor(s, "processor-notice-anadolu-lojistik").Approvals
	require.Len(t, approvals, 1)
	assert.Equal(t, "slack:U-LEGAL", approvals[0].By, "a legal group member not configured by name decides as slack:ID")
	var approval *workflows.SignedDecision
	for i, d := range s.Decisions {
		if d.Update == workflows.UpdateApprove {
			approval = &s.Decisions[i]
		}
	}
	require.NotNil(t, approval, "the button press is a signed decision")
	assert.Equal(t, "slack", approval.Via, "signed by the gateway on the Slack user's behalf")
	before := len(escalations(fake, id))
	time.Sleep(5 * time.Second) // two and a half ladder periods
	assert.Equal(t, before, len(escalations(fake, id)), "the ladder stops once the duty is done")
	assert.NotEmpty(t, fake.Calls("chat.update"), "the pinned status is kept current")

	// 7. Legal closes: the final report is stored with the register entry
	// and posted to the incident channel, once.
	require.NoError(t, c.Close(ctx, id, workflows.CloseInput{By: legal, Force: true, Reason: "the rest is the customer's"}))
	eventually(t, "the final report in the channel", func() bool {
		for _, call := range fake.Calls("files.getUploadURLExternal") {
			if call.Get("filename") == id+"-final-report.md" {
				return true
			}
		}
		return false
	})
	md, html, posted, err := svc.Store.Report(ctx, id)
	require.NoError(t, err)
	assert.True(t, posted)
	for _, want := range []string{"# Final report: " + id, "## Decisions", "## Obligations and outcomes", "processor-notice-anadolu-lojistik", "sent 1 message(s)", "slack:U-LEGAL", "## Timeline"} {
		assert.Contains(t, md, want)
	}
	assert.Contains(t, html, "<h2>Obligations and outcomes</h2>")
	assert.NotContains(t, md, "veri@anadolu-lojistik.example", "the report names no recipient address")
}
