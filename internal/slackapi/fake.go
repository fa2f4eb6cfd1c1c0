package slackapi

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/slack-go/slack/slacktest"
)

// FakeBotUser is the fake workspace's bot user ID.
const FakeBotUser = "U-BOT"

// Call is one request the Fake received.
type Call struct {
	// Method is the Slack method ("chat.postMessage", ...) or "upload" for
	// a file's content sent to the upload URL.
	Method string
	// Form holds the request's form fields without the token; for JSON
	// requests (views.*), the top-level fields, strings as they are and
	// anything else as raw JSON.
	Form url.Values
	// Body is the raw body of a JSON request.
	Body string
}

// RecordedMessage is a message the Fake was asked to post or update.
type RecordedMessage struct {
	Method   string // "chat.postMessage" or "chat.update"
	Update   bool   // true for chat.update
	Channel  string
	Text     string
	Blocks   string // the blocks as sent (JSON), "" when none
	TS       string
	ThreadTS string
}

// RecordedFile is a file uploaded to the Fake.
type RecordedFile struct {
	ID, Name, Title string
	Content         string
	Channel         string // channel it was shared to, "" until completed
	ThreadTS        string
	Completed       bool
}

type fakeChannel struct {
	id, name  string
	private   bool
	archived  bool
	members   map[string]bool
	creatorID string
}

// Fake is a Slack Web API on loopback for tests: a slacktest server with
// handlers for the methods this package uses, which records every call in
// order and can be told to fail or rate-limit the next call to a method.
// It is safe for concurrent use.
type Fake struct {
	// Server is the underlying slacktest server.
	Server *slacktest.Server

	mu       sync.Mutex
	calls    []Call
	messages []RecordedMessage
	channels []*fakeChannel
	groups   map[string][]string
	views    []string
	files    []*RecordedFile
	pins     map[string][]string
	fail     map[string][]string
	limit    map[string][]int
	seq      int
}

// NewFake starts a Fake that stops when the test ends. Its user groups
// S-SEC and S-LEGAL exist and are empty; see SetGroupMembers.
func NewFake(t testing.TB) *Fake {
	t.Helper()
	f := &Fake{
		groups: map[string][]string{"S-SEC": nil, "S-LEGAL": nil},
		fail:   map[string][]string{},
		limit:  map[string][]int{},
		pins:   map[string][]string{},
	}
	f.Server = slacktest.NewTestServer(f.bind)
	f.Server.Start()
	t.Cleanup(f.Server.Stop)
	return f
}

// Config returns a Config pointing at the fake: bot token "xoxb-test",
// groups S-SEC and S-LEGAL, legal lead U-LEAD and executive U-EXEC.
func (f *Fake) Config() Config {
	return Config{
		BotToken:      "xoxb-test",
		APIURL:        f.Server.GetAPIURL(),
		SecurityGroup: "S-SEC",
		LegalGroup:    "S-LEGAL",
		LegalLead:     "U-LEAD",
		Executives:    []string{"U-EXEC"},
	}
}

// SetGroupMembers sets (and creates) a user group's members.
func (f *Fake) SetGroupMembers(groupID string, users ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.groups[groupID] = slices.Clone(users)
}

// AddChannel adds a channel created by someone else and returns its ID;
// botMember says whether the bot is in it.
func (f *Fake) AddChannel(name string, private, botMember bool) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := f.newChannel(name, private, "U-OTHER")
	if !botMember {
		delete(ch.members, FakeBotUser)
	}
	return ch.id
}

// Members returns the members of a channel, sorted, the bot included.
func (f *Fake) Members(channelID string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := f.channel(channelID)
	if ch == nil {
		return nil
	}
	var out []string
	for u := range ch.members {
		out = append(out, u)
	}
	slices.Sort(out)
	return out
}

// Pinned returns the ts of the messages pinned in a channel, in order.
func (f *Fake) Pinned(channelID string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.pins[channelID])
}

// FailNext makes the next call to method answer {"ok":false,"error":err}.
// Calls queue up: FailNext twice fails the next two calls.
func (f *Fake) FailNext(method string, err string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[method] = append(f.fail[method], err)
}

// RateLimitNext makes the next call to method answer HTTP 429 with
// Retry-After: retryAfterSeconds.
func (f *Fake) RateLimitNext(method string, retryAfterSeconds int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limit[method] = append(f.limit[method], retryAfterSeconds)
}

// AllCalls returns every call received, in order.
func (f *Fake) AllCalls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

// Calls returns the form values of every call to method, in order.
func (f *Fake) Calls(method string) []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []url.Values
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c.Form)
		}
	}
	return out
}

// Messages returns every message posted or updated, in order.
func (f *Fake) Messages() []RecordedMessage {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.messages)
}

// Views returns the view JSON of every views.open, views.update,
// views.push and views.publish call, in order.
func (f *Fake) Views() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.views)
}

// Files returns the uploaded files, in order.
func (f *Fake) Files() []RecordedFile {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]RecordedFile, len(f.files))
	for i, fl := range f.files {
		out[i] = *fl
	}
	return out
}

// bind installs the handlers before slacktest's defaults, so ours win.
func (f *Fake) bind(c slacktest.Customize) {
	handlers := map[string]func(http.ResponseWriter, Call) obj{
		"conversations.create":         f.create,
		"conversations.list":           f.list,
		"conversations.join":           f.join,
		"conversations.invite":         f.invite,
		"conversations.open":           f.open,
		"pins.add":                     f.pin,
		"chat.postMessage":             f.post,
		"chat.update":                  f.update,
		"usergroups.users.list":        f.groupUsers,
		"views.open":                   f.view,
		"views.update":                 f.view,
		"views.push":                   f.view,
		"views.publish":                f.view,
		"files.getUploadURLExternal":   f.uploadURL,
		"files.completeUploadExternal": f.completeUpload,
	}
	for method, h := range handlers {
		c.Handle("/"+method, f.handler(method, h))
	}
	c.Handle("/upload/", f.handler("upload", f.upload))
}

// handler parses and records a call, applies queued failures, and writes
// what h returns as JSON (with "ok": true unless h says otherwise).
func (f *Fake) handler(method string, h func(http.ResponseWriter, Call) obj) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		call, err := parseCall(method, r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.calls = append(f.calls, call)
		var (
			retry   = -1
			failure string
		)
		if q := f.limit[method]; len(q) > 0 {
			retry, f.limit[method] = q[0], q[1:]
		} else if q := f.fail[method]; len(q) > 0 {
			failure, f.fail[method] = q[0], q[1:]
		}
		f.mu.Unlock()
		switch {
		case retry >= 0:
			w.Header().Set("Retry-After", strconv.Itoa(retry))
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"ok":false,"error":"ratelimited"}`))
			return
		case failure != "":
			writeJSON(w, slackErr(failure))
			return
		}
		if res := h(w, call); res != nil {
			writeJSON(w, res)
		}
	}
}

func parseCall(method string, r *http.Request) (Call, error) {
	call := Call{Method: method, Form: url.Values{}}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return call, err
		}
		call.Body = string(b)
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(b, &fields); err != nil {
			return call, err
		}
		for k, v := range fields {
			var s string
			if json.Unmarshal(v, &s) == nil {
				call.Form.Set(k, s)
			} else {
				call.Form.Set(k, string(v))
			}
		}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			return call, err
		}
		for k, v := range r.MultipartForm.Value {
			call.Form[k] = slices.Clone(v)
		}
		for k, fhs := range r.MultipartForm.File {
			for _, fh := range fhs {
				fl, err := fh.Open()
				if err != nil {
					return call, err
				}
				b, err := io.ReadAll(fl)
				_ = fl.Close()
				if err != nil {
					return call, err
				}
				call.Form.Add(k, string(b))
				call.Form.Add(k+".filename", fh.Filename)
			}
		}
	default:
		if err := r.ParseForm(); err != nil {
			return call, err
		}
		for k, v := range r.Form {
			call.Form[k] = slices.Clone(v)
		}
	}
	call.Form.Del("token")
	if method == "upload" {
		call.Form.Set("file_id", strings.TrimPrefix(r.URL.Path, "/upload/"))
	}
	return call, nil
}

type obj = map[string]any

func slackErr(code string) obj { return obj{"ok": false, "error": code} }

func writeJSON(w http.ResponseWriter, v obj) {
	if _, ok := v["ok"]; !ok {
		v["ok"] = true
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// The handlers below run with f.mu unlocked and lock it themselves.

var channelNameRE = regexp.MustCompile(`^[a-z0-9_-]{1,80}$`)

func (f *Fake) newChannel(name string, private bool, creator string) *fakeChannel {
	f.seq++
	prefix := "C"
	if private {
		prefix = "G"
	}
	ch := &fakeChannel{
		id: fmt.Sprintf("%s%05d", prefix, f.seq), name: name, private: private, creatorID: creator,
		members: map[string]bool{creator: true, FakeBotUser: true},
	}
	f.channels = append(f.channels, ch)
	return ch
}

func (f *Fake) channel(id string) *fakeChannel {
	for _, ch := range f.channels {
		if ch.id == id {
			return ch
		}
	}
	return nil
}

func (ch *fakeChannel) json() obj {
	return obj{
		"id": ch.id, "name": ch.name, "is_channel": !ch.private, "is_group": false, "is_private": ch.private,
		"is_member": ch.members[FakeBotUser], "is_archived": ch.archived, "creator": ch.creatorID,
		"num_members": len(ch.members),
	}
}

func (f *Fake) create(_ http.ResponseWriter, c Call) obj {
	name := c.Form.Get("name")
	if !channelNameRE.MatchString(name) {
		return slackErr("invalid_name_specials")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, ch := range f.channels {
		if ch.name == name {
			return slackErr("name_taken")
		}
	}
	ch := f.newChannel(name, c.Form.Get("is_private") == "true", FakeBotUser)
	return obj{"channel": ch.json()}
}

func (f *Fake) list(_ http.ResponseWriter, c Call) obj {
	types := c.Form.Get("types")
	if types == "" {
		types = "public_channel"
	}
	limit, _ := strconv.Atoi(c.Form.Get("limit"))
	if limit <= 0 {
		limit = 100
	}
	start, _ := strconv.Atoi(c.Form.Get("cursor"))
	f.mu.Lock()
	defer f.mu.Unlock()
	var visible []obj
	for _, ch := range f.channels {
		if ch.private && (!strings.Contains(types, "private_channel") || !ch.members[FakeBotUser]) {
			continue
		}
		if !ch.private && !strings.Contains(types, "public_channel") {
			continue
		}
		if ch.archived && c.Form.Get("exclude_archived") == "true" {
			continue
		}
		visible = append(visible, ch.json())
	}
	start = min(max(start, 0), len(visible))
	end := min(start+limit, len(visible))
	next := ""
	if end < len(visible) {
		next = strconv.Itoa(end)
	}
	return obj{"channels": visible[start:end], "response_metadata": obj{"next_cursor": next}}
}

func (f *Fake) join(_ http.ResponseWriter, c Call) obj {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := f.channel(c.Form.Get("channel"))
	switch {
	case ch == nil || ch.private && !ch.members[FakeBotUser]:
		return slackErr("channel_not_found")
	case ch.archived:
		return slackErr("is_archived")
	}
	ch.members[FakeBotUser] = true
	return obj{"channel": ch.json()}
}

// invite behaves like Slack without force: one bad user fails the call
// and nobody is invited.
func (f *Fake) invite(_ http.ResponseWriter, c Call) obj {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := f.channel(c.Form.Get("channel"))
	if ch == nil {
		return slackErr("channel_not_found")
	}
	if !ch.members[FakeBotUser] {
		return slackErr("not_in_channel")
	}
	users := strings.Split(c.Form.Get("users"), ",")
	if c.Form.Get("users") == "" {
		return slackErr("no_user")
	}
	var errs []obj
	for _, u := range users {
		switch {
		case u == FakeBotUser:
			errs = append(errs, obj{"user": u, "ok": false, "error": "cant_invite_self"})
		case ch.members[u]:
			errs = append(errs, obj{"user": u, "ok": false, "error": "already_in_channel"})
		}
	}
	if len(errs) > 0 {
		return obj{"ok": false, "error": errs[0]["error"], "errors": errs}
	}
	for _, u := range users {
		ch.members[u] = true
	}
	return obj{"channel": ch.json()}
}

func (f *Fake) open(_ http.ResponseWriter, c Call) obj {
	users := c.Form.Get("users")
	if users == "" && c.Form.Get("channel") == "" {
		return slackErr("users_list_not_supplied")
	}
	id := c.Form.Get("channel")
	if id == "" {
		id = "D-" + strings.ReplaceAll(users, ",", "-")
	}
	return obj{"channel": obj{"id": id, "is_im": !strings.Contains(users, ",")}}
}

func (f *Fake) pin(_ http.ResponseWriter, c Call) obj {
	f.mu.Lock()
	defer f.mu.Unlock()
	channel, ts := c.Form.Get("channel"), c.Form.Get("timestamp")
	if f.channel(channel) == nil {
		return slackErr("channel_not_found")
	}
	if i := f.message(channel, ts); i < 0 {
		return slackErr("message_not_found")
	}
	if slices.Contains(f.pins[channel], ts) {
		return slackErr("already_pinned")
	}
	f.pins[channel] = append(f.pins[channel], ts)
	return obj{}
}

// message returns the index of the post of (channel, ts), or -1.
func (f *Fake) message(channel, ts string) int {
	for i, m := range f.messages {
		if !m.Update && m.Channel == channel && m.TS == ts {
			return i
		}
	}
	return -1
}

func (f *Fake) post(_ http.ResponseWriter, c Call) obj {
	channel := c.Form.Get("channel")
	text, blocks := c.Form.Get("text"), c.Form.Get("blocks")
	if text == "" && blocks == "" && c.Form.Get("attachments") == "" {
		return slackErr("no_text")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !strings.HasPrefix(channel, "D-") {
		ch := f.channel(channel)
		switch {
		case ch == nil:
			return slackErr("channel_not_found")
		case !ch.members[FakeBotUser]:
			return slackErr("not_in_channel")
		case ch.archived:
			return slackErr("is_archived")
		}
	}
	if th := c.Form.Get("thread_ts"); th != "" && f.message(channel, th) < 0 {
		return slackErr("thread_not_found")
	}
	f.seq++
	ts := fmt.Sprintf("1700000000.%06d", f.seq)
	f.messages = append(f.messages, RecordedMessage{
		Method: "chat.postMessage", Channel: channel, Text: text, Blocks: blocks, TS: ts, ThreadTS: c.Form.Get("thread_ts"),
	})
	return obj{"channel": channel, "ts": ts, "message": obj{"type": "message", "text": text, "ts": ts}}
}

func (f *Fake) update(_ http.ResponseWriter, c Call) obj {
	channel, ts := c.Form.Get("channel"), c.Form.Get("ts")
	text, blocks := c.Form.Get("text"), c.Form.Get("blocks")
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.channel(channel) == nil && !strings.HasPrefix(channel, "D-") {
		return slackErr("channel_not_found")
	}
	if f.message(channel, ts) < 0 {
		return slackErr("message_not_found")
	}
	f.messages = append(f.messages, RecordedMessage{
		Method: "chat.update", Update: true, Channel: channel, Text: text, Blocks: blocks, TS: ts,
	})
	return obj{"channel": channel, "ts": ts, "text": text}
}

func (f *Fake) groupUsers(_ http.ResponseWriter, c Call) obj {
	f.mu.Lock()
	defer f.mu.Unlock()
	users, ok := f.groups[c.Form.Get("usergroup")]
	if !ok {
		return slackErr("no_such_subteam")
	}
	if users == nil {
		users = []string{}
	}
	return obj{"users": slices.Clone(users)}
}

func (f *Fake) view(_ http.ResponseWriter, c Call) obj {
	v := c.Form.Get("view")
	if v == "" {
		return slackErr("invalid_arguments")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.views = append(f.views, v)
	f.seq++
	var out obj
	if json.Unmarshal([]byte(v), &out) != nil {
		out = obj{}
	}
	id := c.Form.Get("view_id")
	if id == "" {
		id = fmt.Sprintf("V%05d", f.seq)
	}
	out["id"] = id
	return obj{"view": out}
}

func (f *Fake) uploadURL(_ http.ResponseWriter, c Call) obj {
	name := c.Form.Get("filename")
	if name == "" || c.Form.Get("length") == "" {
		return slackErr("invalid_arguments")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	id := fmt.Sprintf("F%05d", f.seq)
	f.files = append(f.files, &RecordedFile{ID: id, Name: name})
	return obj{"upload_url": f.Server.GetAPIURL() + "upload/" + id, "file_id": id}
}

func (f *Fake) file(id string) *RecordedFile {
	for _, fl := range f.files {
		if fl.ID == id {
			return fl
		}
	}
	return nil
}

func (f *Fake) upload(w http.ResponseWriter, c Call) obj {
	f.mu.Lock()
	defer f.mu.Unlock()
	fl := f.file(c.Form.Get("file_id"))
	if fl == nil {
		http.Error(w, "no such upload", http.StatusNotFound)
		return nil
	}
	fl.Content = c.Form.Get("file")
	_, _ = io.WriteString(w, "OK - "+strconv.Itoa(len(fl.Content)))
	return nil
}

func (f *Fake) completeUpload(_ http.ResponseWriter, c Call) obj {
	var files []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal([]byte(c.Form.Get("files")), &files); err != nil || len(files) == 0 {
		return slackErr("invalid_arguments")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	channel := c.Form.Get("channel_id")
	if channel == "" {
		channel = c.Form.Get("channels")
	}
	if channel != "" && f.channel(channel) == nil && !strings.HasPrefix(channel, "D-") {
		return slackErr("channel_not_found")
	}
	var out []obj
	for _, x := range files {
		fl := f.file(x.ID)
		if fl == nil {
			return slackErr("file_not_found")
		}
		fl.Title, fl.Channel, fl.ThreadTS, fl.Completed = x.Title, channel, c.Form.Get("thread_ts"), true
		out = append(out, obj{"id": fl.ID, "title": fl.Title})
	}
	return obj{"files": out}
}
