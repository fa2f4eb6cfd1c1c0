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
		BotToken: c.BotToken, APIURL: c.APIURL, SecurityGroup: c.SecurityGroup, LegalGroup: c.LegalGroup,
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
	}, slackIncidents{Client: incidents.Client{Temporal: s.Client}, key: s.GatewayKey, people: func(ctx context.Context) identity.Directory {
		d := s.Config.Directory()
		d.SlackLegal, _ = api.LegalMembers(ctx)
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
	srv := &http.Server{Handler: app.Handler(), ReadHeaderTimeout: 5 * time.Second}
	s.stopSlack = func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		app.Wait() // work started after an ack finishes before the client closes
	}
	go func() { _ = srv.Serve(l) }()
	return nil
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
