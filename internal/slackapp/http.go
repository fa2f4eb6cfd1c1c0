package slackapp

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/slack-go/slack"
)

// Handler serves Slack's HTTP requests:
//
//	POST /slack/commands       the /breach slash command
//	POST /slack/interactivity  modal submissions and button presses
//	GET  /healthz              liveness
//
// Every POST must carry a valid X-Slack-Signature for the signing secret
// and an X-Slack-Request-Timestamp within five minutes, or it is refused
// with 401. A request already handled (Slack's retries, X-Slack-Retry-Num,
// or a replay of the same body) is answered 200 and not acted on again;
// see Config.Seen.
func (a *App) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/commands", func(w http.ResponseWriter, r *http.Request) { a.serve(w, r, a.httpCommand) })
	mux.HandleFunc("POST /slack/interactivity", func(w http.ResponseWriter, r *http.Request) { a.serve(w, r, a.httpInteraction) })
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	return mux
}

func (a *App) serve(w http.ResponseWriter, r *http.Request, parse func(url.Values) (inbound, int)) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("slack: request panicked", "path", r.URL.Path, "panic", fmt.Sprintf("%T", p))
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		// A client too slow for the server's read timeout, or gone.
		a.log.Warn("slack: request body not read", "path", r.URL.Path, "error", errKind(err))
		http.Error(w, "could not read the request", http.StatusBadRequest)
		return
	}
	if err := a.verify(r.Header, body); err != nil {
		a.log.Warn("slack: request refused", "path", r.URL.Path, "reason", err.Error())
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	if form.Get("ssl_check") == "1" {
		w.WriteHeader(http.StatusOK)
		return
	}
	in, code := parse(form)
	if code != http.StatusOK {
		http.Error(w, http.StatusText(code), code)
		return
	}
	res, code := a.dispatch(r.Context(), bodyKey("http", body), r.Header.Get("X-Slack-Retry-Num"), in)
	if code != http.StatusOK {
		http.Error(w, http.StatusText(code), code)
		return
	}
	if res.body == nil {
		w.WriteHeader(http.StatusOK)
	} else {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_ = json.NewEncoder(w).Encode(res.body)
	}
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	a.start(r.Context(), "after-ack", res.then)
}

func (a *App) verify(h http.Header, body []byte) error {
	sv, err := slack.NewSecretsVerifier(h, a.cfg.SigningSecret)
	if err != nil {
		return err
	}
	if _, err := sv.Write(body); err != nil {
		return err
	}
	return sv.Ensure()
}

func (a *App) httpCommand(form url.Values) (inbound, int) {
	cmd := slack.SlashCommand{
		TeamID:       form.Get("team_id"),
		EnterpriseID: form.Get("enterprise_id"),
		ChannelID:    form.Get("channel_id"),
		ChannelName:  form.Get("channel_name"),
		UserID:       form.Get("user_id"),
		Command:      form.Get("command"),
		Text:         form.Get("text"),
		ResponseURL:  form.Get("response_url"),
		TriggerID:    form.Get("trigger_id"),
		APIAppID:     form.Get("api_app_id"),
	}
	return a.commandRequest(cmd), http.StatusOK
}

func (a *App) httpInteraction(form url.Values) (inbound, int) {
	payload := form.Get("payload")
	if payload == "" {
		return inbound{}, http.StatusBadRequest
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(payload), &cb); err != nil {
		a.log.Warn("slack: unreadable interaction payload", "error", errKind(err))
		return inbound{}, http.StatusBadRequest
	}
	return a.interactionRequest(cb), http.StatusOK
}

// postJSON posts a message to a response_url.
func (a *App) postJSON(ctx context.Context, u string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 != 2 {
		return slack.StatusCodeError{Code: resp.StatusCode, Status: resp.Status}
	}
	return nil
}

// Sign returns the headers Slack would send with body at time ts, signed
// with secret (X-Slack-Signature v0, X-Slack-Request-Timestamp and the form
// content type). It is for tests and benchmarks that build signed requests.
func Sign(secret string, body []byte, ts time.Time) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	_, _ = fmt.Fprintf(mac, "v0:%s:", stamp)
	_, _ = mac.Write(body)
	h := http.Header{}
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	h.Set("X-Slack-Request-Timestamp", stamp)
	h.Set("Content-Type", "application/x-www-form-urlencoded")
	return h
}
