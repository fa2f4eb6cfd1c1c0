package slackapp

import (
	"context"
	"errors"
	"net/http"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// RunSocketMode receives Slack's requests over Socket Mode with the
// app-level token instead of over HTTP, and handles them with the same code
// as Handler. Each envelope is acknowledged as soon as it is handled (the
// ack carries the reply: a message, or a modal's validation errors); slow
// work runs after the ack. It returns when ctx ends (nil) or the
// connection fails for good.
func (a *App) RunSocketMode(ctx context.Context) error {
	if a.cfg.AppToken == "" {
		return errNoAppToken
	}
	api := slack.New(a.cfg.BotToken, append(apiOptions(a.cfg, a.http), slack.OptionAppLevelToken(a.cfg.AppToken))...)
	sm := socketmode.New(api)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- sm.RunContext(ctx) }()
	for {
		select {
		case <-ctx.Done():
			<-done
			return nil
		case err := <-done:
			if ctx.Err() != nil {
				return nil
			}
			return err
		case evt := <-sm.Events:
			// Envelopes are independent: one waiting on views.open does
			// not hold up the next one's ack.
			a.bg.Add(1)
			go func() {
				defer a.bg.Done()
				a.socketEvent(ctx, sm, evt)
			}()
		}
	}
}

var errNoAppToken = errors.New("slackapp: Socket Mode needs the app-level token (xapp-…)")

func (a *App) socketEvent(ctx context.Context, sm *socketmode.Client, evt socketmode.Event) {
	defer a.recover("socket-mode")
	switch evt.Type {
	case socketmode.EventTypeConnected:
		a.log.Info("slack: socket mode connected")
		return
	case socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth:
		a.log.Warn("slack: socket mode connection problem", "event", string(evt.Type))
		return
	}
	if evt.Request == nil || evt.Request.EnvelopeID == "" {
		return
	}
	var in inbound
	switch d := evt.Data.(type) {
	case slack.SlashCommand:
		in = a.commandRequest(d)
	case slack.InteractionCallback:
		in = a.interactionRequest(d)
	}
	var res reply
	if in.handle != nil {
		// Slack retries an envelope it did not see acknowledged; the
		// payload (with its trigger_id) identifies a request already handled.
		var code int
		res, code = a.dispatch(ctx, bodyKey("sm", evt.Request.Payload), retryNum(evt.Request.RetryAttempt), in)
		if code != http.StatusOK {
			// Not acknowledged: Slack delivers the envelope again.
			return
		}
	}
	if err := sm.AckCtx(ctx, evt.Request.EnvelopeID, res.body); err != nil && !errors.Is(err, context.Canceled) {
		a.log.Warn("slack: socket mode ack failed", "error", errKind(err))
	}
	a.start(ctx, "after-ack", res.then)
}
