package slackapi

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTest(t *testing.T) (*Fake, *Client) {
	t.Helper()
	f := NewFake(t)
	return f, New(f.Config())
}

func TestConfigEnabled(t *testing.T) {
	assert.False(t, Config{}.Enabled())
	assert.True(t, Config{BotToken: "xoxb-1"}.Enabled())
}

func TestChannelName(t *testing.T) {
	assert.Equal(t, "breach-br-20250101-ab12", ChannelName("BR-20250101-AB12"))
	assert.Equal(t, "breach-inc-1-x_y", ChannelName("INC 1.x_y"))
	long := ChannelName(strings.Repeat("A", 200))
	assert.Len(t, long, 80)
	assert.Regexp(t, `^[a-z0-9_-]{1,80}$`, ChannelName("Ünïcode/ID"))
}

func TestOpenIncidentChannel(t *testing.T) {
	ctx := context.Background()
	for _, private := range []bool{true, false} {
		t.Run(map[bool]string{true: "private", false: "public"}[private], func(t *testing.T) {
			f, c := newTest(t)
			f.SetGroupMembers("S-SEC", "U-SEC1", "U-SEC2")
			f.SetGroupMembers("S-LEGAL", "U-LAW1", "U-SEC1")

			id, err := c.OpenIncidentChannel(ctx, "BR-1", private, []string{"U-CMD"})
			require.NoError(t, err)
			require.NotEmpty(t, id)

			create := f.Calls("conversations.create")
			require.Len(t, create, 1)
			assert.Equal(t, "breach-br-1", create[0].Get("name"))
			assert.Equal(t, map[bool]string{true: "true", false: "false"}[private], create[0].Get("is_private"))

			invites := f.Calls("conversations.invite")
			require.Len(t, invites, 1)
			assert.Equal(t, id, invites[0].Get("channel"))
			assert.ElementsMatch(t, []string{"U-CMD", "U-LAW1", "U-SEC1", "U-SEC2"}, strings.Split(invites[0].Get("users"), ","))
			assert.Equal(t, []string{"U-BOT", "U-CMD", "U-LAW1", "U-SEC1", "U-SEC2"}, f.Members(id))

			// A retried activity finds the same channel and invites newcomers.
			f.SetGroupMembers("S-LEGAL", "U-LAW1", "U-LAW2")
			again, err := c.OpenIncidentChannel(ctx, "BR-1", private, []string{"U-CMD", FakeBotUser})
			require.NoError(t, err)
			assert.Equal(t, id, again)
			assert.Len(t, f.Calls("conversations.create"), 2)
			assert.NotEmpty(t, f.Calls("conversations.list"))
			assert.Contains(t, f.Members(id), "U-LAW2")
		})
	}
}

func TestOpenIncidentChannelFindsAcrossPages(t *testing.T) {
	f, c := newTest(t)
	for i := range 250 {
		f.AddChannel("other-"+strings.Repeat("x", i%5)+string(rune('a'+i%26))+"-"+time.Duration(i).String(), false, false)
	}
	want := f.AddChannel("breach-br-2", false, false) // public, bot not a member yet
	id, err := c.OpenIncidentChannel(context.Background(), "BR-2", false, nil)
	require.NoError(t, err)
	assert.Equal(t, want, id)
	assert.Len(t, f.Calls("conversations.list"), 2)
	assert.Len(t, f.Calls("conversations.join"), 1)
}

func TestOpenIncidentChannelRefusesPublicForPrivate(t *testing.T) {
	f, c := newTest(t)
	f.AddChannel("breach-br-3", false, true)
	_, err := c.OpenIncidentChannel(context.Background(), "BR-3", true, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "public")
	assert.Empty(t, f.Calls("conversations.invite"))
}

func TestOpenIncidentChannelErrors(t *testing.T) {
	f, c := newTest(t)
	f.FailNext("conversations.create", "restricted_action")
	_, err := c.OpenIncidentChannel(context.Background(), "BR-4", true, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "conversations.create")
	assert.Contains(t, err.Error(), "restricted_action")

	f.FailNext("conversations.invite", "not_in_channel")
	_, err = c.OpenIncidentChannel(context.Background(), "BR-4", true, []string{"U-CMD"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "conversations.invite")
}

func TestStatusPostedPinnedUpdated(t *testing.T) {
	ctx := context.Background()
	f, c := newTest(t)
	ch, err := c.OpenIncidentChannel(ctx, "BR-5", true, nil)
	require.NoError(t, err)

	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	in12h, ago3h, ago1d := now.Add(12*time.Hour), now.Add(-3*time.Hour), now.Add(-24*time.Hour)
	view := StatusView{
		IncidentID: "BR-5", Title: "ERP export <bucket> exposed", Phase: "approval", Now: now,
		Obligations: []ObligationLine{
			{ID: "O1", Recipient: "Supervisory authority", Basis: "GDPR Art. 33(1)", Status: "open", Due: &in12h},
			{ID: "O2", Recipient: "Acme", Basis: "DPA clause 7", Status: "open", Due: &ago3h, Late: true},
			{ID: "O3", Recipient: "Data subjects", Basis: "GDPR Art. 34", Status: "done", Due: &ago1d},
			{ID: "O4", Recipient: "KVKK Board", Basis: "KVKK 12(5)", Status: "waived"},
		},
		Notices: []NoticeLine{
			{ID: "N1", ObligationID: "O1", Status: "draft", Version: 2},
			{ID: "N3", ObligationID: "O3", Status: "sending", Version: 1, Recipients: 5, Sent: 3, Failed: 1},
		},
		Notes: []string{"Scope still growing"},
	}
	ts, err := c.PostStatus(ctx, ch, view)
	require.NoError(t, err)
	require.NotEmpty(t, ts)
	assert.Equal(t, []string{ts}, f.Pinned(ch))

	msgs := f.Messages()
	require.Len(t, msgs, 1)
	m := msgs[0]
	assert.Equal(t, ch, m.Channel)
	assert.Equal(t, ts, m.TS)
	assert.False(t, m.Update)
	for _, want := range []string{"BR-5", "approval", "2025-03-02 00:00 UTC", "12h left",
		"OVERDUE 3h", ":rotating_light:", "done", "waived", "N1", "v2", "3/5 sent", "1 failed", "Scope still growing"} {
		assert.Contains(t, m.Blocks, want)
	}
	assert.Contains(t, m.Text, "12h left")
	assert.Contains(t, m.Text, "OVERDUE 3h")
	var blocks slack.Blocks
	require.NoError(t, json.Unmarshal([]byte(m.Blocks), &blocks))
	require.Equal(t, slack.MBTHeader, blocks.BlockSet[0].BlockType())
	assert.Equal(t, "BR-5 — ERP export <bucket> exposed", blocks.BlockSet[0].(*slack.HeaderBlock).Text.Text) // plain_text
	assert.Contains(t, m.Text, "ERP export &lt;bucket&gt; exposed")                                          // mrkdwn

	view.Now = now.Add(6 * time.Hour)
	view.Obligations[0].Status = "done"
	require.NoError(t, c.UpdateStatus(ctx, ch, ts, view))
	msgs = f.Messages()
	require.Len(t, msgs, 2)
	assert.True(t, msgs[1].Update)
	assert.Equal(t, ts, msgs[1].TS)
	assert.Equal(t, ch, msgs[1].Channel)
	assert.Contains(t, msgs[1].Blocks, "OVERDUE 9h")
	up := f.Calls("chat.update")
	require.Len(t, up, 1)
	assert.Equal(t, ts, up[0].Get("ts"))

	err = c.UpdateStatus(ctx, ch, "1.000", view)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "chat.update")
	assert.Contains(t, err.Error(), "message_not_found")
}

func TestStatusManyObligationsFitsSlack(t *testing.T) {
	now := time.Now()
	var v StatusView
	v.IncidentID, v.Now = "BR-6", now
	for range 400 {
		v.Obligations = append(v.Obligations, ObligationLine{ID: "O", Recipient: strings.Repeat("r", 60), Basis: "b", Status: "open", Due: &now})
	}
	blocks, text := renderStatus(v)
	assert.LessOrEqual(t, len(blocks), 50)
	for _, b := range blocks {
		if s, ok := b.(*slack.SectionBlock); ok && s.Text != nil {
			require.NoError(t, s.Text.Validate())
		}
	}
	assert.LessOrEqual(t, len([]rune(text)), 3900)
}

func TestHuman(t *testing.T) {
	for d, want := range map[time.Duration]string{
		45 * time.Minute: "45m", 12 * time.Hour: "12h", 3*time.Hour + 20*time.Minute: "3h 20m",
		48 * time.Hour: "2d", 53 * time.Hour: "2d 5h",
	} {
		assert.Equal(t, want, human(d))
	}
}

func TestPostNotice(t *testing.T) {
	ctx := context.Background()
	f, c := newTest(t)
	ch, err := c.OpenIncidentChannel(ctx, "BR-7", true, nil)
	require.NoError(t, err)

	due := time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC)
	text := strings.Repeat("Dear Acme, we write about <incident> & more.\n", 150) // ~6,800 chars
	n := NoticeView{IncidentID: "BR-7", NoticeID: "N1", ObligationID: "O1", Basis: "GDPR Art. 33(2)", Recipient: "Acme",
		Subject: "Personal data breach", Text: text, Due: &due, Version: 3,
		Channel: "list", Recipients: 2, Languages: []string{"de (translation not reviewed by counsel)"},
		Warnings: []string{"the list holds 2 people in DE, the facts say 300: 298 would not be notified"}, Conflicts: []string{"measures (en)"}}
	ts, err := c.PostNotice(ctx, ch, n)
	require.NoError(t, err)

	msgs := f.Messages()
	require.Len(t, msgs, 1)
	assert.Equal(t, ts, msgs[0].TS)
	var blocks slack.Blocks
	require.NoError(t, json.Unmarshal([]byte(msgs[0].Blocks), &blocks))

	var buttons []*slack.ButtonBlockElement
	var preview string
	for _, b := range blocks.BlockSet {
		switch b := b.(type) {
		case *slack.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				buttons = append(buttons, e.(*slack.ButtonBlockElement))
			}
		case *slack.SectionBlock:
			if b.Text != nil {
				preview = b.Text.Text
				require.NoError(t, b.Text.Validate())
			}
		}
	}
	require.Len(t, buttons, 4)
	assert.Equal(t, "notice_approve", buttons[0].ActionID)
	assert.Equal(t, slack.StylePrimary, buttons[0].Style)
	assert.Equal(t, "notice_edit", buttons[1].ActionID)
	assert.Equal(t, "notice_request_changes", buttons[2].ActionID)
	assert.Equal(t, "notice_waive", buttons[3].ActionID)
	assert.Equal(t, slack.StyleDanger, buttons[3].Style)
	// Before approval legal sees who it goes to and what is wrong with it.
	assert.Contains(t, msgs[0].Blocks, "2 people on the recipient list")
	assert.Contains(t, msgs[0].Blocks, "translation not reviewed by counsel")
	assert.Contains(t, msgs[0].Blocks, "298 would not be notified")
	assert.Contains(t, msgs[0].Blocks, "Conflict* in measures (en)")
	for _, b := range buttons {
		assert.Equal(t, "BR-7|N1|O1", b.Value)
	}
	assert.Contains(t, preview, "&lt;incident&gt; &amp; more")
	assert.NotContains(t, preview, "<incident>")
	assert.Less(t, len([]rune(preview)), 3000)
	assert.Contains(t, msgs[0].Blocks, "2025-03-04 09:30 UTC")

	files := f.Files()
	require.Len(t, files, 1)
	assert.True(t, files[0].Completed)
	assert.Equal(t, text, files[0].Content)
	assert.Equal(t, ch, files[0].Channel)
	assert.Equal(t, ts, files[0].ThreadTS)
	assert.Equal(t, "BR-7-N1-v3.txt", files[0].Name)
}

func TestPostNoticeFallsBackToThread(t *testing.T) {
	ctx := context.Background()
	f, c := newTest(t)
	ch, err := c.OpenIncidentChannel(ctx, "BR-8", false, nil)
	require.NoError(t, err)
	f.FailNext("files.getUploadURLExternal", "not_allowed_token_type")

	text := strings.Repeat("line of notice text ü\n", 400) // ~8,800 chars
	ts, err := c.PostNotice(ctx, ch, NoticeView{IncidentID: "BR-8", NoticeID: "N2", ObligationID: "O2", Text: text, Version: 1})
	require.NoError(t, err)

	var got strings.Builder
	replies := 0
	for _, m := range f.Messages()[1:] {
		assert.Equal(t, ts, m.ThreadTS)
		assert.LessOrEqual(t, len([]rune(m.Text)), 3000)
		got.WriteString(m.Text)
		replies++
	}
	assert.GreaterOrEqual(t, replies, 3)
	assert.Equal(t, text, got.String())
}

func TestChunks(t *testing.T) {
	s := strings.Repeat("ab\ncd", 2000) + "é"
	parts := chunks(s, 3000)
	assert.Equal(t, s, strings.Join(parts, ""))
	for _, p := range parts {
		assert.LessOrEqual(t, len([]rune(p)), 3000)
	}
	assert.Equal(t, []string{"x"}, chunks("x", 3000))
	noBreaks := strings.Repeat("é", 7000)
	assert.Equal(t, noBreaks, strings.Join(chunks(noBreaks, 3000), ""))
}

func TestEscalate(t *testing.T) {
	ctx := context.Background()
	e := Escalation{IncidentID: "BR-9", ObligationID: "O1", Basis: "GDPR Art. 33(1)", Step: "75% of the window elapsed",
		Left: "18h left", Commander: "U-CMD"}

	for level := 1; level <= 4; level++ {
		t.Run(string(rune('0'+level)), func(t *testing.T) {
			f, c := newTest(t)
			ch, err := c.OpenIncidentChannel(ctx, "BR-9", true, nil)
			require.NoError(t, err)
			e := e
			e.Level = level
			require.NoError(t, c.Escalate(ctx, ch, e))

			msgs := f.Messages()
			require.NotEmpty(t, msgs)
			in := msgs[0]
			assert.Equal(t, ch, in.Channel)
			for _, want := range []string{"O1", "GDPR Art. 33(1)", "75% of the window elapsed", "18h left", "BR-9"} {
				assert.Contains(t, in.Text, want)
			}
			if level >= 2 {
				assert.Contains(t, in.Text, "<!subteam^S-LEGAL>")
			} else {
				assert.NotContains(t, in.Text, "subteam")
			}

			var opened, dms []string
			for _, v := range f.Calls("conversations.open") {
				opened = append(opened, v.Get("users"))
			}
			for _, m := range msgs[1:] {
				dms = append(dms, m.Channel)
				assert.Contains(t, m.Text, "O1")
				assert.Contains(t, m.Text, "18h left")
			}
			switch level {
			case 1, 2:
				assert.Empty(t, opened)
				assert.Empty(t, dms)
			case 3:
				assert.ElementsMatch(t, []string{"U-CMD", "U-LEAD"}, opened)
				assert.ElementsMatch(t, []string{"D-U-CMD", "D-U-LEAD"}, dms)
			case 4:
				assert.Equal(t, []string{"U-EXEC"}, opened)
				assert.Equal(t, []string{"D-U-EXEC"}, dms)
			}
		})
	}
}

func TestEscalateClampsAndReportsDMErrors(t *testing.T) {
	ctx := context.Background()
	f, c := newTest(t)
	ch, err := c.OpenIncidentChannel(ctx, "BR-10", true, nil)
	require.NoError(t, err)
	f.FailNext("conversations.open", "user_not_found")
	err = c.Escalate(ctx, ch, Escalation{IncidentID: "BR-10", ObligationID: "O1", Level: 7, Commander: "U-CMD"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "conversations.open")
	// Level 7 is level 4: the channel message and the executive's DM went out.
	require.Len(t, f.Messages(), 1) // the DM failed at conversations.open
	assert.Contains(t, f.Messages()[0].Text, "level 4")
}

func TestPost(t *testing.T) {
	ctx := context.Background()
	f, c := newTest(t)
	ch, err := c.OpenIncidentChannel(ctx, "BR-11", true, nil)
	require.NoError(t, err)
	require.NoError(t, c.Post(ctx, ch, "N1 sent to 1 recipient <ok>"))
	msgs := f.Messages()
	require.Len(t, msgs, 1)
	assert.Equal(t, "N1 sent to 1 recipient &lt;ok&gt;", msgs[0].Text)

	err = c.Post(ctx, "C-NOPE", "x")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "chat.postMessage: channel_not_found")
}

func TestLegalMembers(t *testing.T) {
	f := NewFake(t)
	f.SetGroupMembers("S-LEGAL", "U-LAW2", "U-LAW1")
	cfg := f.Config()
	cfg.LegalUsers = []string{"U-LAW1", "U-EXTRA", ""}
	got, err := New(cfg).LegalMembers(context.Background())
	require.NoError(t, err)
	assert.Equal(t, []string{"U-EXTRA", "U-LAW1", "U-LAW2"}, got)
	require.Len(t, f.Calls("usergroups.users.list"), 1)
	assert.Equal(t, "S-LEGAL", f.Calls("usergroups.users.list")[0].Get("usergroup"))

	cfg.LegalGroup = ""
	got, err = New(cfg).LegalMembers(context.Background())
	require.NoError(t, err)
	assert.Equal(t, []string{"U-EXTRA", "U-LAW1"}, got)

	cfg.LegalGroup = "S-MISSING"
	got, err = New(cfg).LegalMembers(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "usergroups.users.list")
	assert.Equal(t, []string{"U-EXTRA", "U-LAW1"}, got, "configured users survive a failed lookup")
}

func TestSecurityMembers(t *testing.T) {
	f := NewFake(t)
	f.SetGroupMembers("S-SEC", "U-SEC2", "U-SEC1")
	f.SetGroupMembers("S-LEGAL", "U-LAW1")
	cfg := f.Config()
	cfg.SecurityUsers = []string{"U-SEC1", "U-SOC", ""}
	got, err := New(cfg).SecurityMembers(context.Background())
	require.NoError(t, err)
	assert.Equal(t, []string{"U-SEC1", "U-SEC2", "U-SOC"}, got, "legal is not security")
	require.Len(t, f.Calls("usergroups.users.list"), 1)
	assert.Equal(t, "S-SEC", f.Calls("usergroups.users.list")[0].Get("usergroup"))

	cfg.SecurityGroup = ""
	got, err = New(cfg).SecurityMembers(context.Background())
	require.NoError(t, err)
	assert.Equal(t, []string{"U-SEC1", "U-SOC"}, got)

	cfg.SecurityGroup = "S-MISSING"
	got, err = New(cfg).SecurityMembers(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "usergroups.users.list")
	assert.Equal(t, []string{"U-SEC1", "U-SOC"}, got, "configured users survive a failed lookup")
}

func TestRateLimitSurfacesAsRetryAfter(t *testing.T) {
	ctx := context.Background()
	f, c := newTest(t)
	ch, err := c.OpenIncidentChannel(ctx, "BR-12", true, nil)
	require.NoError(t, err)

	f.RateLimitNext("chat.postMessage", 7)
	_, err = c.PostStatus(ctx, ch, StatusView{IncidentID: "BR-12", Now: time.Now()})
	require.Error(t, err)
	wait, ok := RetryAfter(err)
	require.True(t, ok)
	assert.Equal(t, 7*time.Second, wait)
	var rl *slack.RateLimitedError
	assert.True(t, errors.As(err, &rl))
	assert.Contains(t, err.Error(), "chat.postMessage")

	f.RateLimitNext("usergroups.users.list", 30)
	_, err = c.LegalMembers(ctx)
	wait, ok = RetryAfter(err)
	assert.True(t, ok)
	assert.Equal(t, 30*time.Second, wait)

	// Through the file upload and a DM too.
	f.RateLimitNext("conversations.open", 2)
	err = c.Escalate(ctx, ch, Escalation{IncidentID: "BR-12", ObligationID: "O1", Level: 4})
	wait, ok = RetryAfter(err)
	assert.True(t, ok)
	assert.Equal(t, 2*time.Second, wait)

	_, ok = RetryAfter(errors.New("other"))
	assert.False(t, ok)
	_, ok = RetryAfter(nil)
	assert.False(t, ok)

	// The next call goes through.
	_, err = c.PostStatus(ctx, ch, StatusView{IncidentID: "BR-12", Now: time.Now()})
	require.NoError(t, err)
}

func TestFakeViewsAndConcurrency(t *testing.T) {
	f := NewFake(t)
	api := slack.New("xoxb-test", slack.OptionAPIURL(f.Server.GetAPIURL()))
	_, err := api.PublishViewContext(context.Background(), slack.PublishViewContextRequest{
		UserID: "U1", View: slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewSectionBlock(mrkdwn("hello"), nil, nil)}}},
	})
	require.NoError(t, err)
	views := f.Views()
	require.Len(t, views, 1)
	assert.Contains(t, views[0], `"type":"home"`)
	assert.Contains(t, views[0], "hello")
	assert.Equal(t, "U1", f.Calls("views.publish")[0].Get("user_id"))

	c := New(f.Config())
	ch, err := c.OpenIncidentChannel(context.Background(), "BR-13", false, nil)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() { assert.NoError(t, c.Post(context.Background(), ch, "x")) })
	}
	wg.Wait()
	assert.Len(t, f.Messages(), 20)
	assert.Len(t, f.Calls("chat.postMessage"), 20)
	for _, call := range f.AllCalls() {
		assert.Empty(t, call.Form.Get("token"))
	}
}

func TestDeliveryLineShowsProgressAndRate(t *testing.T) {
	got := deliveryLine(NoticeLine{Status: "sending", Recipients: 100000, Sent: 42000, Failed: 12, Rate: 950.4})
	assert.Equal(t, "sending, 42000/100000 sent, 12 failed, 950 msg/s", got)
}
