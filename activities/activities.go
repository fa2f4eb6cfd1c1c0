// Package activities holds the incident workflow's side effects, each a thin
// adapter: configuration lookups, notice rendering, email delivery with its
// ledger, portal form files, reminders and the breach register. Business
// rules live in internal/rules and the workflow, not here.
package activities

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/metrics"
	"github.com/breachwf/breach/internal/notice"
	"github.com/breachwf/breach/internal/register"
	"github.com/breachwf/breach/internal/rules"
	"github.com/breachwf/breach/internal/slackapi"
	"github.com/breachwf/breach/internal/store"
)

// Mailer sends one message; *mail.Sender is the real one.
type Mailer interface {
	Send(ctx context.Context, m mail.Message) error
}

// Activities carries the dependencies of every activity.
type Activities struct {
	Config  *config.Config
	Store   *store.Store
	Mailer  Mailer
	DataDir string
	Log     *slog.Logger
	// Pool sends mass subject notices over kept-open SMTP sessions.
	Pool *mail.Pool
	// Slack posts to incident channels; nil when Slack is not configured
	// (messages then go to the log only).
	Slack *slackapi.Client
	// Now is the clock for ledger timestamps; time.Now when nil.
	Now func() time.Time
	// Metrics counts deliveries and scans (nil: not counted).
	Metrics *metrics.Metrics
}

func (a *Activities) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *Activities) log() *slog.Logger {
	if a.Log != nil {
		return a.Log
	}
	return slog.Default()
}

// Settings are the configuration values the workflow needs, read once per
// incident so that replays see the same values.
type Settings struct {
	// Approvers are the names, emails and Slack IDs legal approved under
	// before decisions were signed: incidents begun then keep checking
	// them (workflow version "signed-decisions").
	Approvers []string `json:"approvers"`
	// People is who may decide, with roles and public keys.
	People       identity.Directory `json:"people"`
	Points       []float64          `json:"points"`
	OverdueEvery time.Duration      `json:"overdue_every"`
	ASAPEvery    time.Duration      `json:"asap_every"`
	TriageEvery  time.Duration      `json:"triage_every"`
	Rules        rules.Options      `json:"rules"`
	// ApprovalsRequired distinct approvers per notice (four-eyes when 2).
	ApprovalsRequired int `json:"approvals_required,omitempty"`
	// BatchSize and Parallel shape mass subject deliveries.
	BatchSize    int `json:"batch_size,omitempty"`
	Parallel     int `json:"parallel,omitempty"`
	HistoryLimit int `json:"history_limit,omitempty"`
	// Slack is true when the Slack app is configured.
	Slack bool `json:"slack,omitempty"`
}

// LoadSettings returns the approvers and the escalation ladder.
func (a *Activities) LoadSettings(ctx context.Context) (Settings, error) {
	e := a.Config.Escalation
	s := Settings{
		Approvers:         approverNames(a.Config),
		People:            a.Config.Directory(),
		Points:            e.Points,
		OverdueEvery:      time.Duration(e.OverdueEvery),
		ASAPEvery:         time.Duration(e.ASAPEvery),
		TriageEvery:       time.Duration(e.TriageEvery),
		Rules:             a.Config.Rules,
		ApprovalsRequired: a.Config.ApprovalsRequired,
		BatchSize:         a.Config.Delivery.BatchSize,
		Parallel:          a.Config.Delivery.Parallel,
		HistoryLimit:      a.Config.Delivery.HistoryLimit,
		Slack:             a.Slack != nil,
	}
	if a.Slack != nil {
		// Members of the legal user group may approve: the workflow's
		// validators check them again after Slack did.
		members, err := a.Slack.LegalMembers(ctx)
		if err != nil {
			a.log().Warn("legal user group not read; approvers from the configuration only", "error", err)
		}
		s.Approvers = append(s.Approvers, members...)
		s.People.SlackLegal = members
		// Security's members may triage from Slack as slack:ID.
		if s.People.SlackSecurity, err = a.Slack.SecurityMembers(ctx); err != nil {
			a.log().Warn("security user group not read; responders from the configuration only", "error", err)
		}
	}
	return s, nil
}

// approverNames lists every identity (name, email, Slack ID) of legal, as
// incidents begun before signed decisions compare them.
func approverNames(c *config.Config) []string {
	var out []string
	for _, a := range c.Approvers {
		for _, s := range []string{a.Name, a.Email, a.SlackID} {
			if s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// Resolved is facts completed from the configuration.
type Resolved struct {
	Facts breach.Facts `json:"facts"`
	Notes []string     `json:"notes,omitempty"`
}

// ResolveFacts completes the facts from the engagement registry: each
// affected customer's name, establishment and contractual notice hours,
// and the organisation's establishments and time zone.
func (a *Activities) ResolveFacts(ctx context.Context, f breach.Facts) (Resolved, error) {
	rf, notes := a.Config.ResolveFacts(f)
	return Resolved{Facts: rf, Notes: notes}, nil
}

// DraftInput is what a notice says.
type DraftInput struct {
	IncidentID     string              `json:"incident_id"`
	Title          string              `json:"title"`
	Obligation     breach.Obligation   `json:"obligation"`
	Facts          breach.Facts        `json:"facts"`
	CustomerDuties []breach.Obligation `json:"customer_duties,omitempty"`
	Version        int                 `json:"version"`
	Late           bool                `json:"late"`
	DelayReason    string              `json:"delay_reason,omitempty"`
	NoticeDate     time.Time           `json:"notice_date"`
	// Texts are legal's section texts, per language.
	Texts []breach.SectionText `json:"texts,omitempty"`
	// Fingerprint is what the current version was drafted from: when the
	// inputs are the same, the draft is unchanged and keeps its version.
	// "" always renders (the final rendering before sending).
	Fingerprint string `json:"fingerprint,omitempty"`
	// Previous is the notice a supplementary notice follows.
	Previous *PreviousNotice `json:"previous,omitempty"`
	// NoticeID names the notice in what legal is told to do.
	NoticeID string `json:"notice_id,omitempty"`
	// Phase numbers a notice among those sent to the same recipient for
	// the obligation: 2 for the first supplementary notice; 0 = 1.
	Phase int `json:"phase,omitempty"`
}

// PreviousNotice is a notice already sent, which a supplementary notice
// cites and updates: what it said comes from the facts it was sent with.
type PreviousNotice struct {
	Reference string       `json:"reference"`
	SentAt    time.Time    `json:"sent_at"`
	Facts     breach.Facts `json:"facts"`
}

// Draft is a rendered notice and where it would go.
type Draft struct {
	Subject    string `json:"subject"`
	Text       string `json:"text"`
	HTML       string `json:"html"`
	Template   string `json:"template"`
	Language   string `json:"language"`
	Channel    string `json:"channel"` // email, portal, or list (subjects)
	Recipients int    `json:"recipients"`
	Problem    string `json:"problem,omitempty"`
	// Variants are the notice in every language it goes out in, the first
	// being Subject/Text/HTML (subject notices; one for the others).
	Variants []breach.Variant `json:"variants,omitempty"`
	// Warnings are for legal before approval.
	Warnings    []string `json:"warnings,omitempty"`
	Fingerprint string   `json:"fingerprint,omitempty"`
	// Unchanged: the inputs are those of the current version; nothing was
	// rendered, only the recipients and warnings are fresh.
	Unchanged bool `json:"unchanged,omitempty"`
	// Changes is what a supplementary notice says is new; none means the
	// facts it shows did not change and no supplement is needed.
	Changes int `json:"changes,omitempty"`
	// ByLanguage counts the list's recipients by the variant they get,
	// fresh even when the draft is unchanged.
	ByLanguage map[string]int `json:"by_language,omitempty"`
}

// DraftNotice renders the notice for an obligation, in every language its
// recipients read, and counts its recipients. A template error is not
// retried: it needs a fix, not time.
func (a *Activities) DraftNotice(ctx context.Context, in DraftInput) (Draft, error) {
	route := a.route(in.Obligation)
	out := Draft{Channel: route.channel, Recipients: len(route.to), Problem: route.problem}
	langs := []string{cmp.Or(in.Obligation.Language, "")}
	var byLang map[string]int
	if in.Obligation.Audience == breach.AudienceSubjects {
		var err error
		if langs, byLang, err = a.subjectLanguages(ctx, in); err != nil {
			return Draft{}, err
		}
		out.Recipients, out.Problem = 0, ""
		for _, n := range byLang {
			out.Recipients += n
		}
		out.Warnings = append(out.Warnings, listWarnings(in, out.Recipients)...)
		out.ByLanguage = byLang
	}
	datas := make([]notice.Data, 0, len(langs))
	for _, lang := range langs {
		d, warn := a.variantData(in, lang)
		datas = append(datas, d)
		out.Warnings = append(out.Warnings, warn...)
	}
	if in.Previous != nil {
		prev := in
		prev.Facts, prev.Previous = in.Previous.Facts, nil
		for i := range datas {
			pd, _ := a.variantData(prev, datas[i].Language)
			datas[i].Previous = &notice.Previous{Reference: in.Previous.Reference, SentAt: in.Previous.SentAt,
				Changes: notice.Changes(pd, datas[i], datas[i].Language)}
			out.Changes = max(out.Changes, len(datas[i].Previous.Changes))
		}
	}
	out.Fingerprint = fingerprint(datas)
	if in.Fingerprint != "" && in.Fingerprint == out.Fingerprint {
		out.Unchanged = true
		return out, nil
	}
	for i, d := range datas {
		r, err := notice.Render(d)
		if err != nil {
			return Draft{}, temporal.NewNonRetryableApplicationError(fmt.Sprintf("render %s: %v", in.Obligation.ID, err), "RenderError", err)
		}
		if err := notice.CheckSections(r); err != nil {
			return Draft{}, temporal.NewNonRetryableApplicationError(fmt.Sprintf("render %s: %v", in.Obligation.ID, err), "RenderError", err)
		}
		if r.Language != d.Language && d.Language != "" && i > 0 {
			continue // no template in this language: its readers get the first variant
		}
		v := breach.Variant{Language: r.Language, Template: r.Template, Subject: r.Subject, Text: r.Text, HTML: r.HTML,
			Reviewed: a.Config.TranslationReviewed(r.Language), Recipients: byLang[r.Language]}
		if slices.ContainsFunc(out.Variants, func(x breach.Variant) bool { return x.Language == v.Language }) {
			continue
		}
		if !v.Reviewed {
			out.Warnings = append(out.Warnings, fmt.Sprintf("%s: translation not reviewed by counsel (record a review under notices.translations.%s in the configuration)", r.Language, r.Language))
		}
		out.Variants = append(out.Variants, v)
	}
	first := out.Variants[0]
	out.Subject, out.Text, out.HTML, out.Template, out.Language = first.Subject, first.Text, first.HTML, first.Template, first.Language
	return out, nil
}

// subjectLanguages are the languages a subject notice is drafted in: the
// jurisdiction's official one first (or the obligation's), then every
// language on the list that a template exists for, then those legal wrote
// texts in; byLang counts the list's recipients by the variant they get.
func (a *Activities) subjectLanguages(ctx context.Context, in DraftInput) ([]string, map[string]int, error) {
	ob := in.Obligation
	have := func(l string) bool {
		name, ok := notice.Resolve(ob.NoticeKind, ob.Jurisdiction, ob.Regime, l)
		return l != "" && ok && strings.HasSuffix(name, "."+l)
	}
	// The residents' own language when a notice exists in it, else the
	// rule's (English for most, Turkish for KVKK).
	first := notice.OfficialLanguage(ob.Jurisdiction)
	if !have(first) {
		first = cmp.Or(ob.Language, "en")
	}
	langs := []string{first}
	counts, err := a.Store.LanguagesFor(ctx, in.IncidentID, store.RecipientFilter{ControllerID: store.OwnSubjects, Jurisdiction: ob.Jurisdiction})
	if err != nil {
		return nil, nil, err
	}
	byLang := map[string]int{}
	for _, raw := range slices.Sorted(maps.Keys(counts)) {
		l := ListLanguage(raw)
		if l == "" || !have(l) {
			l = first
		}
		byLang[l] += counts[raw]
		if !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	for _, t := range in.Texts {
		if !slices.Contains(langs, t.Language) && have(t.Language) {
			langs = append(langs, t.Language)
		}
	}
	return langs, byLang, nil
}

// ListLanguage is the notice language of a list row's language tag:
// "de-DE", "DE" and "de" all read "de".
func ListLanguage(tag string) string {
	l, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	l, _, _ = strings.Cut(l, "_")
	return l
}

// listWarnings compare the list with the facts for a subject notice's
// jurisdiction.
func listWarnings(in DraftInput, listed int) []string {
	j := in.Obligation.Jurisdiction
	facts := in.Facts.Subjects[j]
	switch {
	case listed == 0 && facts > 0:
		return []string{fmt.Sprintf("nobody in %s is on the recipient list yet, the facts say %d: scope the records (starter scope) before approving", j, facts)}
	case listed == 0:
		return []string{fmt.Sprintf("nobody in %s is on the recipient list yet: scope the records (starter scope) before approving", j)}
	case listed < facts:
		return []string{fmt.Sprintf("the list holds %d people in %s, the facts say %d: %d would not be notified", listed, j, facts, facts-listed)}
	case slices.Contains(in.Facts.Uncounted, j):
		return []string{fmt.Sprintf("the facts say the number of people in %s is not known yet; the list holds %d", j, listed)}
	}
	return nil
}

// variantData is the notice data in one language, with legal's texts for
// it: a section legal wrote in this language, else in English, else the
// facts' text. Falling back to English in another language is reported.
func (a *Activities) variantData(in DraftInput, lang string) (notice.Data, []string) {
	d := a.noticeData(in)
	d.Language = lang
	if in.Obligation.Audience == breach.AudienceSubjects {
		if z := notice.ZoneOf(in.Obligation.Jurisdiction); z != "" {
			d.TimeZone = z
		}
	}
	var warn []string
	for _, sec := range breach.Sections {
		text, from := in.Facts.FactsText(sec), "facts"
		if t, ok := breach.TextOf(in.Texts, "en", sec); ok {
			text, from = t.Text, "en"
		}
		if t, ok := breach.TextOf(in.Texts, lang, sec); ok && lang != "" {
			text, from = t.Text, lang
		}
		if lang != "" && lang != "en" && from != lang && strings.TrimSpace(text) != "" {
			warn = append(warn, fmt.Sprintf("%s: %s is in English (no %s text given): starter edit %s %s --lang %s --set %s=…", lang, sec, lang, in.IncidentID, cmp.Or(in.NoticeID, "NOTICE"), lang, sec))
		}
		switch sec {
		case breach.SectionHeadline:
			d.Headline = text
		case breach.SectionWhatHappened:
			d.Summary = text
		case breach.SectionConsequences:
			d.Consequences = text
		case breach.SectionMeasures:
			d.Measures = text
		case breach.SectionAdvice:
			d.Advice = text
		case breach.SectionContact:
			d.ContactNote = text
		case breach.SectionAdditional:
			d.Additional = text
		}
	}
	return d, warn
}

// fingerprint identifies the notice data a draft is rendered from, leaving
// out what only the sending moment sets.
func fingerprint(datas []notice.Data) string {
	h := sha256.New()
	for _, d := range datas {
		d.NoticeDate, d.Version = time.Time{}, 0
		b, _ := json.Marshal(d)
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

func (a *Activities) noticeData(in DraftInput) notice.Data {
	cfg := a.Config.Organization
	f, ob := in.Facts, in.Obligation
	d := notice.Data{
		IncidentID: in.IncidentID, Kind: ob.NoticeKind,
		Regime: ob.Regime, Basis: ob.Basis, Jurisdiction: ob.Jurisdiction, RecipientName: ob.Recipient,
		Org: notice.Org{
			Name: cfg.Name, Address: cfg.Address, PrivacyEmail: cfg.PrivacyContact.Email,
			Phone: cfg.PrivacyContact.Phone, Website: cfg.Website, ContactName: cfg.PrivacyContact.Name,
		},
		ClockStart: ob.ClockStart, Due: ob.Due, ASAP: ob.ASAP, Late: in.Late, DelayReason: in.DelayReason,
		OccurredAt: f.OccurredAt, NoticeDate: in.NoticeDate, TimeZone: cfg.TimeZone,
		Summary: f.Summary, Nature: f.Nature, DataCategories: f.DataCategories, Risk: f.Risk,
		Encrypted: breach.Yes(f.Encrypted), KeyCompromised: !breach.No(f.KeyCompromised), Consequences: f.Consequences, Measures: f.Measures,
		// Re-drafts before anything was sent are not GDPR 33(4) follow-ups:
		// the notice's number is its phase (1, then 2 for the first
		// supplementary notice), not its draft version.
		Version: max(in.Phase, 1), FollowUp: in.Previous != nil, Language: ob.Language,
		LawEnforcementNotified: f.LawEnforcementNotified, LawEnforcementDelay: breach.Yes(f.LawEnforcementDelay),
		LawEnforcementDelayKnown: f.LawEnforcementDelay != nil,
		// Our own notices: the breach was in our systems.
		Source: ob.Notifier == breach.NotifierUs,
		IdentityService: notice.IdentityService{
			Provider: cfg.IdentityService.Provider, Months: cfg.IdentityService.Months,
			Enrollment: cfg.IdentityService.Enrollment, Phone: cfg.IdentityService.Phone,
		},
	}
	if f.AwareAt != nil {
		d.AwareAt = *f.AwareAt
	}
	if f.DiscoveredAt != nil {
		d.DiscoveredAt = *f.DiscoveredAt
	}
	if f.Organization != nil && f.Organization.TimeZone != "" {
		d.TimeZone = f.Organization.TimeZone
	}
	// Counts: the customer's subjects for a controller notice, our own otherwise.
	counts := f.Subjects
	if ob.Audience == breach.AudienceController {
		for _, c := range f.Controllers {
			if c.ID == ob.ControllerID {
				counts = c.Subjects
			}
		}
	}
	if ob.Audience == breach.AudienceSubjects {
		counts = map[string]int{ob.Jurisdiction: f.Subjects[ob.Jurisdiction]}
	}
	for _, j := range breach.SortedKeys(counts) {
		d.Subjects = append(d.Subjects, notice.Count{Jurisdiction: j, Subjects: counts[j]})
		d.SubjectsTotal += counts[j]
	}
	for _, o := range in.CustomerDuties {
		d.CustomerDuties = append(d.CustomerDuties, notice.Duty{
			Basis: o.Basis, Audience: o.Audience, Jurisdiction: o.Jurisdiction, Recipient: o.Recipient,
			Due: o.Due, ASAP: o.ASAP, Required: o.Required, Reason: o.Reason,
		})
	}
	return d
}

type route struct {
	channel   string
	to        []string
	authority config.Authority
	problem   string
}

// route finds where a notice goes. Addresses come from the configuration at
// send time and never enter the workflow's history.
func (a *Activities) route(ob breach.Obligation) route {
	switch ob.Audience {
	case breach.AudienceController:
		cu, ok := a.Config.Customer(ob.ControllerID)
		if !ok || cu.PrivacyContact == "" {
			return route{channel: "email", problem: fmt.Sprintf("no privacy contact configured for customer %q (customers[].privacy_contact)", ob.ControllerID)}
		}
		return route{channel: "email", to: []string{cu.PrivacyContact}}
	case breach.AudienceAuthority:
		code := cmp.Or(ob.Authority, ob.Jurisdiction)
		au, ok := a.Config.Authority(code)
		if !ok {
			return route{channel: "portal", problem: fmt.Sprintf("no authority for %s in the authorities directory: a form file is written for manual filing", code)}
		}
		if au.Channel == "email" {
			return route{channel: "email", to: []string{au.Email}, authority: au}
		}
		return route{channel: "portal", authority: au}
	case breach.AudienceInternal:
		return route{channel: "portal", problem: "an internal step, not a notice: record it with starter filed and its reference when done"}
	case breach.AudienceCRA:
		return route{channel: "portal", problem: "consumer reporting agencies are notified through their own channels: a form file is written for manual filing"}
	default:
		return route{channel: "list"}
	}
}

// DeliverInput is an approved notice to deliver.
type DeliverInput struct {
	IncidentID string            `json:"incident_id"`
	NoticeID   string            `json:"notice_id"`
	Version    int               `json:"version"`
	Obligation breach.Obligation `json:"obligation"`
	Subject    string            `json:"subject"`
	Text       string            `json:"text"`
	HTML       string            `json:"html"`
	Language   string            `json:"language,omitempty"` // Content-Language
	// Supplement: a supplementary notice to an authority already
	// notified, with its own Message-ID and form file.
	Supplement bool `json:"supplement,omitempty"`
}

// key is what a delivery's Message-IDs and ledger rows are keyed by: the
// obligation, or for a supplementary notice the obligation and notice.
func (in DeliverInput) key() string {
	if in.Supplement {
		return in.Obligation.ID + "+" + in.NoticeID
	}
	return in.Obligation.ID
}

// Delivery is the outcome of delivering a notice.
type Delivery struct {
	Channel  string `json:"channel"`
	Sent     int    `json:"sent"`
	Skipped  int    `json:"skipped"` // already sent according to the ledger
	Failed   int    `json:"failed"`
	FormFile string `json:"form_file,omitempty"`
	Error    string `json:"error,omitempty"`
	// Resent counts messages sent again after an interrupted attempt.
	Resent int `json:"resent,omitempty"`
}

// DeliverNotice sends an approved notice by email, one message per
// recipient with a deterministic Message-ID and a ledger row, or writes the
// filled form for an authority reached through a portal. The ledger makes a
// retry skip what was already sent.
func (a *Activities) DeliverNotice(ctx context.Context, in DeliverInput) (Delivery, error) {
	r := a.route(in.Obligation)
	switch r.channel {
	case "portal":
		path, err := a.writeForm(in, r.authority)
		if err != nil {
			return Delivery{}, err
		}
		return Delivery{Channel: "portal", FormFile: path}, nil
	case "list":
		return Delivery{Channel: "list", Error: "subject notices are delivered to the recipient list, not here"}, nil
	}
	if len(r.to) == 0 {
		return Delivery{Channel: "email", Error: r.problem}, nil
	}
	domain := mail.DomainOf(a.Config.SMTP.From)
	out := Delivery{Channel: "email"}
	var retry error
	for _, to := range r.to {
		id := mail.MessageID(in.IncidentID, in.key(), to, domain)
		row, err := a.Store.Queue(ctx, store.LedgerRow{
			MessageID: id, IncidentID: in.IncidentID, NoticeID: in.NoticeID, ObligationID: in.Obligation.ID,
			Version: in.Version, Recipient: to, QueuedAt: a.now(),
		})
		if err != nil {
			return out, err
		}
		switch row.Status {
		case store.Sent:
			out.Skipped++
			continue
		case store.Failed:
			out.Failed++
			continue
		case store.Sending:
			out.Resent++ // an interrupted attempt, outcome unknown: sent again
		}
		if err := a.Store.MarkSending(ctx, id); err != nil {
			return out, err
		}
		err = a.Mailer.Send(ctx, noticeMessage(in.IncidentID, in.Obligation.ID, to, id, in.Subject, in.Text, in.HTML, in.Language))
		if err != nil {
			permanent := mail.IsPermanent(err)
			if lerr := a.Store.MarkFailed(ctx, id, err.Error(), permanent); lerr != nil {
				return out, lerr
			}
			reason := redact(err, to)
			if permanent {
				out.Failed++
				out.Error = reason
				continue
			}
			retry = errors.New(reason)
			continue
		}
		if err := a.Store.MarkSent(ctx, id, "250 accepted", a.now()); err != nil {
			return out, err
		}
		out.Sent++
	}
	var ids []string
	for _, to := range r.to {
		ids = append(ids, mail.MessageID(in.IncidentID, in.key(), to, domain))
	}
	resent, err := a.Store.InterruptedIn(ctx, ids)
	if err != nil {
		return out, err
	}
	out.Resent = resent // from the ledger: a killed attempt's count died with it
	// Re-sends count once the delivery is through (a retry counts them again).
	if retry != nil {
		resent = 0
	}
	a.Metrics.Delivered(in.Obligation.Audience, out.Sent, out.Failed, resent)
	if retry == nil && out.Sent > 0 {
		a.Metrics.Latency(in.Obligation.Audience, a.now().Sub(in.Obligation.ClockStart))
	}
	if retry != nil {
		// Transient: let Temporal retry; the ledger keeps what went out.
		return out, fmt.Errorf("deliver %s: %w", in.NoticeID, retry)
	}
	a.log().Info("notice delivered", "incident", in.IncidentID, "notice", in.NoticeID,
		"sent", out.Sent, "skipped", out.Skipped, "failed", out.Failed)
	return out, nil
}

// writeForm writes the filled notification form for an authority reached
// through a portal; legal files it and records the reference.
func (a *Activities) writeForm(in DeliverInput, au config.Authority) (string, error) {
	dir := filepath.Join(a.DataDir, "forms", in.IncidentID)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("form file: %w", err)
	}
	path := filepath.Join(dir, fmt.Sprintf("%s-v%d.txt", in.Obligation.ID, in.Version))
	if in.Supplement {
		path = filepath.Join(dir, fmt.Sprintf("%s-%s-supplement-v%d.txt", in.Obligation.ID, in.NoticeID, in.Version))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Authority: %s\n", cmp.Or(au.Name, in.Obligation.Recipient))
	fmt.Fprintf(&b, "File at:   %s\n", cmp.Or(au.Portal, au.Website, "(no portal in the authorities directory)"))
	fmt.Fprintf(&b, "Incident:  %s  Obligation: %s  Basis: %s\n", in.IncidentID, in.Obligation.ID, in.Obligation.Basis)
	if in.Obligation.Due != nil {
		fmt.Fprintf(&b, "Due:       %s\n", in.Obligation.Due.UTC().Format(time.RFC3339))
	}
	fmt.Fprintf(&b, "When filed: starter filed %s %s --reference REF --by NAME\n\n", in.IncidentID, in.Obligation.ID)
	fmt.Fprintf(&b, "Subject: %s\n\n%s", in.Subject, in.Text)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		return "", fmt.Errorf("form file: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", fmt.Errorf("form file: %w", err)
	}
	return path, nil
}

// Reminder is one step of an obligation's escalation ladder.
type Reminder struct {
	IncidentID   string     `json:"incident_id"`
	ObligationID string     `json:"obligation_id"`
	Basis        string     `json:"basis"`
	Step         string     `json:"step"`
	Due          *time.Time `json:"due,omitempty"`
	Left         string     `json:"left"`
	// Level is the rung: 1 channel, 2 legal group, 3 commander and legal
	// lead by DM, 4 executives.
	Level     int    `json:"level"`
	Channel   string `json:"channel,omitempty"`
	Commander string `json:"commander,omitempty"`
}

// Remind announces a reminder: in the log always, and up the Slack
// escalation ladder when the incident has a channel.
func (a *Activities) Remind(ctx context.Context, r Reminder) error {
	a.log().Warn("breach reminder", "incident", r.IncidentID, "obligation", r.ObligationID,
		"basis", r.Basis, "step", r.Step, "left", r.Left, "level", r.Level)
	if a.Slack == nil || r.Channel == "" {
		return nil
	}
	return slackError(a.Slack.Escalate(ctx, r.Channel, slackapi.Escalation{
		IncidentID: r.IncidentID, ObligationID: r.ObligationID, Basis: r.Basis, Step: r.Step, Left: r.Left,
		Level: r.Level, Commander: r.Commander,
	}))
}

// RegisterInput is an incident's register entry.
type RegisterInput struct {
	Entry  store.RegisterEntry `json:"entry"`
	Record json.RawMessage     `json:"record"`
}

// RecordRegister writes the incident into the breach register (GDPR Art.
// 33(5), KVKK 2019/10): every breach, notified or not.
func (a *Activities) RecordRegister(ctx context.Context, in RegisterInput) error {
	e := in.Entry
	e.Record = string(in.Record)
	if err := a.Store.PutRegister(ctx, e); err != nil {
		return err
	}
	if err := a.finalReport(ctx, e); err != nil {
		return err
	}
	info := activity.GetInfo(ctx)
	a.log().Info("breach register updated", "incident", e.IncidentID, "notified", e.Notified, "attempt", info.Attempt)
	return nil
}

// noticeMessage is one notice to one recipient, with the headers that tie
// it to its incident and obligation.
func noticeMessage(incidentID, obligationID, to, messageID, subject, text, html, lang string) mail.Message {
	h := map[string]string{"X-Breach-Incident": incidentID, "X-Breach-Obligation": obligationID}
	if lang != "" {
		h["Content-Language"] = lang
	}
	return mail.Message{To: to, Subject: subject, Text: text, HTML: html, MessageID: messageID, Headers: h}
}

// redact is a send error without the recipient's address: the server's
// reply may quote it; it stays in the ledger, never in workflow history or
// logs.
func redact(err error, to string) string {
	return strings.ReplaceAll(err.Error(), to, "<recipient>")
}

// finalReport renders the incident's final report from its register entry
// and ledger, stores it with the entry, and posts it to the incident
// channel once (a retry after a post does not post again).
func (a *Activities) finalReport(ctx context.Context, e store.RegisterEntry) error {
	ledger, err := a.Store.Ledger(ctx, e.IncidentID)
	if err != nil {
		return err
	}
	rep, err := register.FinalReport(e, ledger)
	if err != nil {
		// An unreadable record is kept as it is; the register has it.
		a.log().Warn("final report not made", "incident", e.IncidentID, "error", err)
		return nil
	}
	posted, err := a.Store.PutReport(ctx, e.IncidentID, rep.Markdown, rep.HTML)
	if err != nil || posted || a.Slack == nil || rep.SlackChannel == "" {
		return err
	}
	if err := a.Slack.PostReport(ctx, rep.SlackChannel, e.IncidentID, rep.Markdown); err != nil {
		return err // retried: the report is stored, the post is not yet
	}
	return a.Store.ReportPosted(ctx, e.IncidentID)
}
