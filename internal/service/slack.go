package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/internal/slackapi"
	"github.com/breachwf/breach/internal/slackapp"
	"github.com/breachwf/breach/workflows"
)

// slackAPI returns the outbound Slack client, or nil without a bot token.
func slackAPI(c config.Slack) *slackapi.Client {
	cfg := slackapi.Config{
		BotToken: c.BotToken, APIURL: c.APIURL, SecurityGroup: c.SecurityGroup, SecurityUsers: c.SecurityUsers, LegalGroup: c.LegalGroup,
		LegalUsers: c.LegalUsers, LegalLead: c.LegalLead, Executives: c.Executives,
	}
	if !cfg.Enabled() {
		return nil
	}
	return slackapi.New(cfg)
}

// startSlackApp serves slash commands and buttons over HTTP, or connects
// in Socket Mode, as the configuration says.
func (s *Service) startSlackApp(ctx context.Context, api *slackapi.Client, log *slog.Logger) error {
	c := s.Config.Slack
	legal := func(ctx context.Context) ([]string, error) {
		members, err := api.LegalMembers(ctx)
		for _, a := range s.Config.Approvers {
			if a.SlackID != "" {
				members = append(members, a.SlackID)
			}
		}
		return members, err
	}
	app := slackapp.New(slackapp.Config{
		SigningSecret: c.SigningSecret, AppToken: c.AppToken, BotToken: c.BotToken, APIURL: c.APIURL, LegalUsers: legal,
		// Security (the security group's members and slack.security_users)
		// and legal may read incidents with /breach status and list.
		SecurityUsers: api.SecurityMembers,
		TeamID:        c.TeamID,
		EnterpriseID:  c.EnterpriseID,
		// The replay guard lives in the store, so that a signed request
		// replayed after a restart is still recognised.
		Seen: s.Store,
	}, slackIncidents{Client: incidents.Client{Temporal: s.Client}, key: s.GatewayKey, people: func(ctx context.Context) identity.Directory {
		d := s.Config.Directory()
		d.SlackLegal, _ = legal(ctx)
		d.SlackSecurity, _ = api.SecurityMembers(ctx)
		return d
	}}, log)
	if c.Mode == "socket" {
		if c.AppToken == "" {
			return errors.New("slack.mode socket needs SLACK_APP_TOKEN")
		}
		sctx, cancel := context.WithCancel(context.Background())
		s.stopSlack = func() { cancel(); app.Wait() }
		go func() {
			if err := app.RunSocketMode(sctx); err != nil && sctx.Err() == nil {
				log.Error("Slack Socket Mode stopped", "error", err)
			}
		}()
		return nil
	}
	if c.SigningSecret == "" {
		return errors.New("slack.mode http needs SLACK_SIGNING_SECRET")
	}
	l, err := net.Listen("tcp", c.Listen)
	if err != nil {
		return fmt.Errorf("slack listen %s: %w", c.Listen, err)
	}
	s.SlackAddress = l.Addr().String()
	srv := slackHTTPLimits.server(app.Handler())
	s.stopSlack = func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		app.Wait() // work started after an ack finishes before the client closes
	}
	go func() { _ = srv.Serve(l) }()
	return nil
}

// httpLimits bound what one client can cost the Slack endpoints, which face
// the internet (behind the TLS proxy): a client that trickles its headers
// or body, or sends huge headers, is cut off instead of holding a
// connection and a goroutine.
type httpLimits struct {
	// ReadHeaderTimeout bounds reading the request line and headers.
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading the whole request, body included.
	ReadTimeout time.Duration
	// WriteTimeout bounds the handler and writing the answer, from the end
	// of the headers on.
	WriteTimeout time.Duration
	// IdleTimeout closes a kept-alive connection with no request.
	IdleTimeout time.Duration
	// MaxHeaderBytes caps the request line and headers; beyond it the
	// server answers 431.
	MaxHeaderBytes int
}

// slackHTTPLimits are the Slack endpoints' limits. Slack sends small
// requests (a form of a few KB; slackapp refuses bodies over 1 MB) and
// drops any answer after 3 s, so the timeouts leave room for a slow
// network and the handler's bounded work before the ack (views.open, up to
// 2.5 s) but not for a client that trickles. 16 KB of headers is ample for
// Slack's and a reverse proxy's.
var slackHTTPLimits = httpLimits{
	ReadHeaderTimeout: 5 * time.Second,
	ReadTimeout:       10 * time.Second,
	WriteTimeout:      15 * time.Second,
	IdleTimeout:       60 * time.Second,
	MaxHeaderBytes:    16 << 10,
}

// server returns an HTTP server for h with these limits.
func (l httpLimits) server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.ReadHeaderTimeout,
		ReadTimeout:       l.ReadTimeout,
		WriteTimeout:      l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		MaxHeaderBytes:    l.MaxHeaderBytes,
	}
}

// slackIncidents adapts the incidents client to what the Slack app asks.
// The Slack app names people by Slack user ID (verified by Slack's request
// signature and the workspace check); here each becomes the configured
// person it maps to, and the decision is signed with the gateway's key on
// that Slack user's behalf.
type slackIncidents struct {
	incidents.Client
	key    *identity.Key
	people func(ctx context.Context) identity.Directory
}

// as returns a client that signs for Slack user uid, and the name the
// decision is made under: the configured person, else slack:UID.
func (s slackIncidents) as(ctx context.Context, uid string) (incidents.Client, string) {
	c := s.Client
	name := identity.SlackName(uid)
	if s.people != nil {
		if p, ok := s.people(ctx).BySlack(uid); ok {
			name = p.Name
		}
	}
	if s.key != nil {
		c.Signer = incidents.SlackSigner{Key: s.key, SlackUser: uid}
	}
	return c, name
}

// Triage triages as the Slack user's person.
func (s slackIncidents) Triage(ctx context.Context, id string, in workflows.TriageInput) (workflows.Status, error) {
	c, by := s.as(ctx, in.By)
	in.By = by
	return c.Triage(ctx, id, in)
}

// Approve approves as the Slack user's person.
func (s slackIncidents) Approve(ctx context.Context, id string, in workflows.ApproveInput) ([]string, error) {
	c, by := s.as(ctx, in.By)
	in.By = by
	return c.Approve(ctx, id, in)
}

// RequestChanges requests changes as the Slack user's person.
func (s slackIncidents) RequestChanges(ctx context.Context, id string, in workflows.RequestChangesInput) error {
	c, by := s.as(ctx, in.By)
	in.By = by
	return c.RequestChanges(ctx, id, in)
}

// Waive waives as the Slack user's person.
func (s slackIncidents) Waive(ctx context.Context, id string, in workflows.WaiveInput) error {
	c, by := s.as(ctx, in.By)
	in.By = by
	return c.Waive(ctx, id, in)
}

// Edit edits a notice as the Slack user's person.
func (s slackIncidents) Edit(ctx context.Context, id string, in workflows.EditInput) (workflows.EditResult, error) {
	c, by := s.as(ctx, in.By)
	in.By = by
	return c.Edit(ctx, id, in)
}

// DeclareFromSlack starts an incident from the declare modal. What is only
// suspected (jurisdictions, systems) goes into the summary for triage.
func (s slackIncidents) DeclareFromSlack(ctx context.Context, r slackapp.DeclareRequest) (string, error) {
	facts := &breach.Facts{DataCategories: r.Categories}
	var summary []string
	if r.Summary != "" {
		summary = append(summary, r.Summary)
	}
	if len(r.Systems) > 0 {
		summary = append(summary, "Systems affected: "+strings.Join(r.Systems, ", ")+".")
	}
	if len(r.Jurisdictions) > 0 {
		summary = append(summary, "Suspected jurisdictions: "+strings.Join(r.Jurisdictions, ", ")+".")
	}
	facts.Summary = strings.Join(summary, " ")
	if r.DetectedAt != "" {
		if t, err := time.Parse(time.RFC3339, r.DetectedAt); err == nil {
			facts.DiscoveredAt = &t
		}
	}
	c, by := s.as(ctx, r.UserID)
	return c.Open(ctx, workflows.IncidentInput{
		Title: r.Title, DeclaredBy: by, Commander: r.UserID, Private: r.Private, Facts: facts,
	})
}

// Refused records an attempt the Slack app refused (someone outside
// legal pressing Approve) in the incident's timeline and register, signed
// by the gateway.
func (s slackIncidents) Refused(ctx context.Context, incidentID string, r workflows.RefusalInput) error {
	c, by := s.as(ctx, r.SlackUser)
	r.By = by
	return c.Refused(ctx, incidentID, r)
}
