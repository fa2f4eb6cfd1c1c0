// Package config reads the one YAML file that describes the organisation,
// its customers (engagements), the authorities directory, the legal
// approvers, escalation and delivery settings. Secrets come only from the
// environment.
package config

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"maps"
	"net/mail"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	root "github.com/breachwf/breach"
	"github.com/breachwf/breach/internal/authorities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
	breachmail "github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/notice"
	"github.com/breachwf/breach/internal/rules"
)

// Environment variables that carry secrets.
const (
	EnvSMTPPassword = "BREACH_SMTP_PASSWORD"
	EnvStoreDSN     = "BREACH_STORE_DSN"
	EnvPayloadKey   = "BREACH_PAYLOAD_KEY"
)

// Config is the whole configuration file.
type Config struct {
	Organization Organization `yaml:"organization"`
	Customers    []Customer   `yaml:"customers"`
	Authorities  []Authority  `yaml:"authorities"`
	// Approvers are legal: they approve, waive, file and close, and make
	// every decision that withholds or ends a duty.
	Approvers []Approver `yaml:"approvers"`
	// Responders are security: they declare, triage, add facts and scope.
	Responders []Approver `yaml:"responders"`
	Escalation Escalation `yaml:"escalation"`
	SMTP       SMTP       `yaml:"smtp"`
	Store      Store      `yaml:"store"`
	// Rules makes the choices the law leaves open: see docs/RULES.md.
	Rules rules.Options `yaml:"rules"`
	// ApprovalsRequired distinct legal approvers per notice (2 = four-eyes;
	// none of them may be who gave the facts it was drafted from).
	ApprovalsRequired int   `yaml:"approvals_required"`
	Slack             Slack `yaml:"slack"`
	// Delivery shapes mass subject notices.
	Delivery Delivery `yaml:"delivery"`
	// Notices records counsel's review of the notice translations.
	Notices Notices `yaml:"notices"`
	// Retention: when recipient lists and register entries are deleted.
	Retention Retention `yaml:"retention"`
	// DevKeys: public keys made by `worker -dev` are trusted (TrustDevKeys).
	DevKeys bool `yaml:"-"`
}

// Notices configures the notice texts.
type Notices struct {
	// Translations records, per language code ("de"), who of counsel
	// reviewed the project's translation of the notices and when. A
	// language not listed (English, the original, aside) is marked "not
	// reviewed by counsel" in preview, status and Slack.
	Translations map[string]Translation `yaml:"translations"`
}

// Translation is counsel's review of one language's notices.
type Translation struct {
	ReviewedBy string `yaml:"reviewed_by"`
	ReviewedOn string `yaml:"reviewed_on"` // YYYY-MM-DD
}

// TranslationReviewed reports whether counsel reviewed the notices in
// lang; English is the original.
func (c *Config) TranslationReviewed(lang string) bool {
	return lang == "en" || strings.TrimSpace(c.Notices.Translations[lang].ReviewedBy) != ""
}

// Delivery configures mass subject notices: recipients per batch activity,
// batches in flight, SMTP sessions kept open, and the send rate.
type Delivery struct {
	BatchSize int     `yaml:"batch_size"`
	Parallel  int     `yaml:"parallel"`
	PoolSize  int     `yaml:"pool_size"`
	Rate      float64 `yaml:"rate"` // messages per second; 0 = as fast as the server takes them
	// HistoryLimit: a delivery run continues as new at this many history
	// events (default 4,000, well below Temporal's 10,000 warning).
	HistoryLimit int `yaml:"history_limit"`
}

// Slack configures the Slack app. Tokens come only from the environment:
// SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) and SLACK_APP_TOKEN (Socket
// Mode). Without a bot token, Slack is off and messages go to the log.
type Slack struct {
	// Mode is "http" (slash commands and interactivity on Listen) or "socket".
	Mode          string   `yaml:"mode"`
	Listen        string   `yaml:"listen"`
	APIURL        string   `yaml:"api_url"`
	SecurityGroup string   `yaml:"security_group"`
	LegalGroup    string   `yaml:"legal_group"`
	LegalUsers    []string `yaml:"legal_users"`
	LegalLead     string   `yaml:"legal_lead"`
	Executives    []string `yaml:"executives"`
	// GatewayKey is the public key (ed25519:BASE64) of the Slack gateway,
	// which signs decisions on behalf of the Slack users it verified. It is
	// trusted for Slack identities only. The private key file is named by
	// BREACH_SLACK_KEY on the worker.
	GatewayKey string `yaml:"gateway_key"`
	// SecurityUsers are extra user IDs who, with SecurityGroup's members,
	// may read incidents with /breach status and /breach list.
	SecurityUsers []string `yaml:"security_users"`
	// TeamID is the workspace (T…) the app serves: requests from any other
	// workspace are refused. Required when Slack is on (a bot token is set).
	TeamID string `yaml:"team_id"`
	// EnterpriseID, when set, is the Enterprise Grid organisation (E…) the
	// workspace belongs to; requests from another one are refused.
	EnterpriseID string `yaml:"enterprise_id"`

	BotToken      string `yaml:"-"`
	SigningSecret string `yaml:"-"`
	AppToken      string `yaml:"-"`
}

// validate checks the Slack section's workspace and enterprise IDs: their
// form, and that the workspace is named when a bot token is set (Load
// reads the token after Parse, and checks again).
func (s Slack) validate() []string {
	var errs []string
	switch {
	case s.TeamID != "" && !slackID(s.TeamID, 'T'):
		errs = append(errs, fmt.Sprintf("slack.team_id: %q is not a Slack workspace ID (T…)", s.TeamID))
	case s.TeamID == "" && s.BotToken != "":
		errs = append(errs, "slack.team_id: missing (SLACK_BOT_TOKEN is set; the app refuses requests from any workspace but this one)")
	}
	if s.EnterpriseID != "" && !slackID(s.EnterpriseID, 'E') {
		errs = append(errs, fmt.Sprintf("slack.enterprise_id: %q is not a Slack Enterprise Grid ID (E…)", s.EnterpriseID))
	}
	return errs
}

// slackID reports whether s looks like a Slack ID with the given prefix:
// the prefix and upper-case letters and digits.
func slackID(s string, prefix byte) bool {
	if len(s) < 2 || len(s) > 32 || s[0] != prefix {
		return false
	}
	for _, r := range s[1:] {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// ReplyToAddress is the Reply-To of every notice: smtp.reply_to, else
// the privacy contact ("Name <email>"), else none.
func (c *Config) ReplyToAddress() string {
	if c.SMTP.ReplyTo != "" {
		return c.SMTP.ReplyTo
	}
	pc := c.Organization.PrivacyContact
	if pc.Email == "" {
		return ""
	}
	return (&mail.Address{Name: pc.Name, Address: pc.Email}).String()
}

// Organization is us: the notifier.
type Organization struct {
	Name           string   `yaml:"name"`
	Address        string   `yaml:"address"`
	Website        string   `yaml:"website"`
	PrivacyContact Contact  `yaml:"privacy_contact"`
	TimeZone       string   `yaml:"time_zone"`
	Establishments []string `yaml:"establishments"`
	// SmallAgent, HIPAA and SECRegistrant switch on the rules that depend
	// on them (LGPD small agents; HIPAA business associate or covered
	// entity; SEC Form 8-K).
	SmallAgent    bool   `yaml:"small_agent"`
	HIPAA         string `yaml:"hipaa"`
	SECRegistrant bool   `yaml:"sec_registrant"`
	// IdentityService is offered in US notices when government ID data of
	// people was exposed from our systems (California requires it).
	IdentityService IdentityService `yaml:"identity_service"`
	// Authorities picks, per jurisdiction, the competent authority for our
	// own duties where a country has several (DE: DE-BE).
	Authorities map[string]string `yaml:"authorities"`
}

// IdentityService is an identity theft prevention service offered free.
type IdentityService struct {
	Provider   string `yaml:"provider"`
	Months     int    `yaml:"months"`
	Enrollment string `yaml:"enrollment"`
	Phone      string `yaml:"phone"`
}

// Contact is a named contact point (GDPR Art. 33(3)(b)).
type Contact struct {
	Name  string `yaml:"name"`
	Email string `yaml:"email"`
	Phone string `yaml:"phone"`
}

// Customer is an engagement where we process a customer's data.
type Customer struct {
	ID             string   `yaml:"id"`
	Name           string   `yaml:"name"`
	Country        string   `yaml:"country"`
	PrivacyContact string   `yaml:"privacy_contact"`
	NoticeHours    int      `yaml:"notice_hours"`
	Systems        []string `yaml:"systems"`
	// Authority is the directory code of the customer's competent
	// supervisory authority where its country has several (a German
	// customer's Land authority, DE-BY, from its address).
	Authority string `yaml:"authority"`
}

// Authority is an entry of the authorities directory (internal/authorities);
// the configuration's entries override the built-in ones by code.
type Authority = authorities.Entry

// Approver is a person who decides: a legal approver or a security
// responder. PublicKey verifies their signed decisions from the CLI
// (`starter keygen` prints the line); without it they decide only via Slack.
type Approver struct {
	Name      string `yaml:"name"`
	Email     string `yaml:"email"`
	SlackID   string `yaml:"slack_id"`
	PublicKey string `yaml:"public_key"`
}

// Escalation configures the reminder ladder of every open obligation.
type Escalation struct {
	// Points are fractions of the window (clock start to due) at which to
	// remind; 1.0 is the deadline itself.
	Points []float64 `yaml:"points"`
	// OverdueEvery repeats reminders after the deadline.
	OverdueEvery Duration `yaml:"overdue_every"`
	// ASAPEvery nudges duties that have no fixed deadline ("without undue delay").
	ASAPEvery Duration `yaml:"asap_every"`
	// TriageEvery nudges an incident that is still waiting for triage.
	TriageEvery Duration `yaml:"triage_every"`
}

// SMTP is the outgoing mail server. The password is read from
// BREACH_SMTP_PASSWORD.
type SMTP struct {
	Host     string `yaml:"host"`
	Port     int    `yaml:"port"`
	From     string `yaml:"from"`
	Username string `yaml:"username"`
	// TLS is "starttls" (the default: STARTTLS is required unless the host
	// is loopback or insecure is set) or "none" (plaintext is acceptable,
	// STARTTLS still used when offered; only a host whose resolved
	// addresses are all loopback, or insecure: true, may say so: refused at
	// load otherwise, before any connection).
	TLS      string `yaml:"tls"`
	Insecure bool   `yaml:"insecure"`
	// ReplyTo is where readers' answers go; default the organization's
	// privacy contact (ReplyToAddress).
	ReplyTo  string `yaml:"reply_to"`
	Password string `yaml:"-"`
}

// Store selects the ledger and register database. A PostgreSQL DSN is read
// from BREACH_STORE_DSN.
type Store struct {
	Driver string `yaml:"driver"`
	Path   string `yaml:"path"`
	DSN    string `yaml:"-"`
}

// Duration is a time.Duration written as "12h" in YAML.
type Duration time.Duration

// UnmarshalYAML parses a Go duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil || v < 0 {
		return fmt.Errorf("line %d: %q is not a duration like 12h or 30m", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// Load reads a configuration file; an empty path loads the shipped example.
func Load(path string) (*Config, error) {
	data := root.ExampleConfig
	name := "config.example.yaml (built in)"
	if path != "" {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		name = path
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	c.SMTP.Password = os.Getenv(EnvSMTPPassword)
	c.Slack.BotToken = os.Getenv("SLACK_BOT_TOKEN")
	c.Slack.SigningSecret = os.Getenv("SLACK_SIGNING_SECRET")
	c.Slack.AppToken = os.Getenv("SLACK_APP_TOKEN")
	c.Store.DSN = os.Getenv(EnvStoreDSN)
	// Only now is it known whether Slack is on, and with it whether
	// slack.team_id is required.
	if errs := c.Slack.validate(); len(errs) > 0 {
		return nil, fmt.Errorf("%s: config: %s", name, strings.Join(errs, "; "))
	}
	if err := c.smtpFromEnv(); err != nil {
		return nil, err
	}
	return c, nil
}

// smtpFromEnv lets a deployment (docker-compose, a container platform)
// point the sender at its mail relay without editing the file.
func (c *Config) smtpFromEnv() error {
	if v := os.Getenv("BREACH_SMTP_HOST"); v != "" {
		c.SMTP.Host = v
	}
	if v := os.Getenv("BREACH_SMTP_PORT"); v != "" {
		p, err := strconv.Atoi(v)
		if err != nil || p <= 0 || p > 65535 {
			return fmt.Errorf("BREACH_SMTP_PORT: %q is not a port number", v)
		}
		c.SMTP.Port = p
	}
	if v := os.Getenv("BREACH_SMTP_INSECURE"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("BREACH_SMTP_INSECURE: %q is not true or false", v)
		}
		c.SMTP.Insecure = b
	}
	return nil
}

// Parse decodes and validates a configuration document. Unknown keys are
// errors, so a typo never silently disables a setting.
func Parse(data []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c.applyDefaults()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Config) applyDefaults() {
	e := &c.Escalation
	if len(e.Points) == 0 {
		e.Points = []float64{0.5, 0.75, 0.9, 1.0}
	}
	if e.OverdueEvery == 0 {
		e.OverdueEvery = Duration(12 * time.Hour)
	}
	if e.ASAPEvery == 0 {
		e.ASAPEvery = Duration(12 * time.Hour)
	}
	if e.TriageEvery == 0 {
		e.TriageEvery = Duration(4 * time.Hour)
	}
	if c.Organization.TimeZone == "" {
		c.Organization.TimeZone = "UTC"
	}
	if c.SMTP.Port == 0 {
		c.SMTP.Port = 587
	}
	if c.Store.Driver == "" {
		c.Store.Driver = "sqlite"
	}
	if c.Retention.RecipientLists.IsZero() {
		c.Retention.RecipientLists = Period{Days: 60}
	}
	if c.Delivery.BatchSize <= 0 {
		c.Delivery.BatchSize = 500
	}
	if c.Delivery.Parallel <= 0 {
		c.Delivery.Parallel = 4
	}
	if c.Delivery.PoolSize <= 0 {
		c.Delivery.PoolSize = 8
	}
	if c.Slack.Mode == "" {
		c.Slack.Mode = "http"
	}
	if c.Slack.Listen == "" {
		c.Slack.Listen = "127.0.0.1:3000"
	}
}

// Validate checks every field that a notice or a deadline depends on.
func (c *Config) Validate() error {
	var errs []string
	add := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	o := c.Organization
	if strings.TrimSpace(o.Name) == "" {
		add("organization.name: missing")
	}
	if _, err := time.LoadLocation(o.TimeZone); err != nil {
		add("organization.time_zone: %q is not an IANA time zone", o.TimeZone)
	}
	if o.PrivacyContact.Email != "" {
		if _, err := mail.ParseAddress(o.PrivacyContact.Email); err != nil {
			add("organization.privacy_contact.email: %q is not an email address", o.PrivacyContact.Email)
		}
	}
	switch o.HIPAA {
	case "", breach.HIPAABusinessAssociate, breach.HIPAACoveredEntity:
	default:
		add("organization.hipaa: %q is not business_associate or covered_entity", o.HIPAA)
	}
	for i, e := range o.Establishments {
		if !breach.ValidJurisdiction(e) {
			add("organization.establishments[%d]: %q is not an ISO 3166 code", i, e)
		}
	}
	ids := map[string]bool{}
	for i, cu := range c.Customers {
		p := fmt.Sprintf("customers[%d]", i)
		if cu.ID == "" {
			add("%s.id: missing", p)
		} else if ids[cu.ID] {
			add("%s.id: %q appears twice", p, cu.ID)
		}
		ids[cu.ID] = true
		if cu.Country != "" && !breach.ValidJurisdiction(cu.Country) {
			add("%s.country: %q is not an ISO 3166 code", p, cu.Country)
		}
		if cu.PrivacyContact != "" {
			if _, err := mail.ParseAddress(cu.PrivacyContact); err != nil {
				add("%s.privacy_contact: %q is not an email address", p, cu.PrivacyContact)
			}
		}
		if cu.NoticeHours < 0 {
			add("%s.notice_hours: %d is negative", p, cu.NoticeHours)
		}
	}
	codes := map[string]bool{}
	for i, a := range c.Authorities {
		p := fmt.Sprintf("authorities[%d]", i)
		if a.Code == "" {
			add("%s.code: missing", p)
		} else if codes[a.Code] {
			add("%s.code: %q appears twice", p, a.Code)
		}
		codes[a.Code] = true
		if builtIn := authorities.Name(a.Code); builtIn != "" && a.Name != "" && a.Name != builtIn {
			add("%s.name: %q differs from the built-in directory's %q for %s: the rules name the authority from the directory (internal/authorities/directory.yaml), so the notice and the form would disagree; leave name empty", p, a.Name, builtIn, a.Code)
		}
		for _, e := range ValidateAuthority(a) {
			add("%s.%s", p, e)
		}
	}
	for i, cu := range c.Customers {
		if cu.Authority != "" {
			if _, ok := c.Authority(cu.Authority); !ok {
				add("customers[%d].authority: %q is not in the authorities directory (codes like DE-BY)", i, cu.Authority)
			}
		}
	}
	for _, j := range breach.SortedKeys(c.Organization.Authorities) {
		code := c.Organization.Authorities[j]
		if _, ok := c.Authority(code); !ok {
			add("organization.authorities.%s: %q is not in the authorities directory", j, code)
		} else if breach.Country(code) != j {
			add("organization.authorities.%s: %q is not an authority of %s", j, code, j)
		}
	}
	for i, p := range c.Escalation.Points {
		if p <= 0 || p > 1 {
			add("escalation.points[%d]: %v must be within (0, 1]", i, p)
		}
	}
	switch c.SMTP.TLS {
	case "", "starttls":
	case "none":
		// Decided before any connection, on the resolved address.
		if c.SMTP.Host != "" && !c.SMTP.Insecure && !breachmail.IsLoopback(c.SMTP.Host) {
			add("smtp: host %q is not loopback and tls is none: notices would cross the network in plaintext; use tls: starttls, or insecure: true to accept that", c.SMTP.Host)
		}
	default:
		add("smtp.tls: %q is neither starttls nor none", c.SMTP.TLS)
	}
	if c.SMTP.From != "" {
		if _, err := mail.ParseAddress(c.SMTP.From); err != nil {
			add("smtp.from: %q is not an email address", c.SMTP.From)
		}
	}
	if c.SMTP.ReplyTo != "" {
		if _, err := mail.ParseAddress(c.SMTP.ReplyTo); err != nil || strings.ContainsAny(c.SMTP.ReplyTo, "\r\n") {
			add("smtp.reply_to: %q is not an email address", c.SMTP.ReplyTo)
		}
	}
	known := map[string]bool{}
	for _, r := range rules.Table {
		known[r.ID] = true
	}
	for i, id := range c.Rules.Disabled {
		if !known[id] {
			add("rules.disabled[%d]: %q is not a rule ID (see docs/RULES.md)", i, id)
		}
	}
	if c.Rules.GDPRAuthorityHours < 0 {
		add("rules.gdpr_authority_hours: %d is negative", c.Rules.GDPRAuthorityHours)
	}
	errs = append(errs, c.Slack.validate()...)
	switch c.Slack.Mode {
	case "http", "socket":
	default:
		add("slack.mode: %q is not http or socket", c.Slack.Mode)
	}
	c.validatePeople(add)
	if c.ApprovalsRequired < 0 {
		add("approvals_required: %d is negative", c.ApprovalsRequired)
	}
	for _, lang := range slices.Sorted(maps.Keys(c.Notices.Translations)) {
		t := c.Notices.Translations[lang]
		if !slices.Contains(notice.SubjectLanguages, lang) {
			add("notices.translations: %q is not a notice language (%s)", lang, strings.Join(notice.SubjectLanguages, ", "))
		}
		if strings.TrimSpace(t.ReviewedBy) == "" {
			add("notices.translations.%s.reviewed_by: say who of counsel reviewed it (or leave the language out)", lang)
		}
		if _, err := time.Parse("2006-01-02", t.ReviewedOn); t.ReviewedOn != "" && err != nil {
			add("notices.translations.%s.reviewed_on: %q is not a date (YYYY-MM-DD)", lang, t.ReviewedOn)
		}
	}
	switch c.Store.Driver {
	case "sqlite", "postgres":
	default:
		add("store.driver: %q is not sqlite or postgres", c.Store.Driver)
	}
	if len(errs) > 0 {
		return errors.New("config: " + strings.Join(errs, "; "))
	}
	return nil
}

// Customer returns the engagement with the given id.
func (c *Config) Customer(id string) (Customer, bool) {
	for _, cu := range c.Customers {
		if cu.ID == id {
			return cu, true
		}
	}
	return Customer{}, false
}

// Authority returns the directory entry for a code: the configuration's
// override, else the built-in entry. An override keeps the built-in name
// (Validate refuses another), so notice and form name the same body.
func (c *Config) Authority(code string) (Authority, bool) {
	for _, a := range c.Authorities {
		if a.Code == code {
			if a.Name == "" {
				a.Name = authorities.Name(code)
			}
			return a, true
		}
	}
	return authorities.Lookup(code)
}

// validatePeople checks the approvers and responders: exact, unique
// names (a name is the identity a signature is checked against), keys
// that parse, and one key and one Slack ID per person across both lists.
func (c *Config) validatePeople(add func(string, ...any)) {
	type seen struct{ key, slack, where string }
	byName := map[string]seen{}
	slackOf := map[string]string{}
	for _, l := range []struct {
		field  string
		people []Approver
	}{{"approvers", c.Approvers}, {"responders", c.Responders}} {
		for i, a := range l.people {
			p := fmt.Sprintf("%s[%d]", l.field, i)
			if a.Name == "" || a.Name != strings.TrimSpace(a.Name) || strings.HasPrefix(a.Name, "slack:") {
				add("%s.name: %q must be a name without surrounding spaces (and not slack:…)", p, a.Name)
			}
			if a.Email != "" {
				if _, err := mail.ParseAddress(a.Email); err != nil {
					add("%s.email: %q is not an email address", p, a.Email)
				}
			}
			if a.PublicKey != "" {
				if _, err := identity.ParsePublic(a.PublicKey); err != nil {
					add("%s.public_key: %v", p, err)
				}
			}
			if prev, ok := byName[a.Name]; ok {
				if prev.where == l.field {
					add("%s.name: %q appears twice", p, a.Name)
				} else if (prev.key != a.PublicKey && prev.key != "" && a.PublicKey != "") || (prev.slack != a.SlackID && prev.slack != "" && a.SlackID != "") {
					add("%s: %q is also in %s with another key or Slack ID", p, a.Name, prev.where)
				}
			}
			byName[a.Name] = seen{a.PublicKey, a.SlackID, l.field}
			if a.SlackID != "" {
				if other, ok := slackOf[a.SlackID]; ok && other != a.Name {
					add("%s.slack_id: %q is also %s's", p, a.SlackID, other)
				}
				slackOf[a.SlackID] = a.Name
			}
		}
	}
	if c.Slack.GatewayKey != "" {
		if _, err := identity.ParsePublic(c.Slack.GatewayKey); err != nil {
			add("slack.gateway_key: %v", err)
		}
	}
}

// Directory is who may decide, with their roles and public keys, for the
// workflow's checks. A person in both lists holds both roles.
func (c *Config) Directory() identity.Directory {
	d := identity.Directory{Gateway: c.Slack.GatewayKey, DevKeys: c.DevKeys}
	index := map[string]int{}
	for _, l := range []struct {
		role   string
		people []Approver
	}{{identity.RoleLegal, c.Approvers}, {identity.RoleSecurity, c.Responders}} {
		for _, a := range l.people {
			i, ok := index[a.Name]
			if !ok {
				i = len(d.People)
				index[a.Name] = i
				d.People = append(d.People, identity.Person{Name: a.Name, Email: a.Email, SlackID: a.SlackID})
			}
			p := &d.People[i]
			p.Roles = append(p.Roles, l.role)
			p.Key = cmp.Or(p.Key, a.PublicKey)
			p.SlackID = cmp.Or(p.SlackID, a.SlackID)
		}
	}
	return d
}

// ResolveFacts completes facts from the configuration: the organisation's
// establishments and time zone when the facts leave them out, and for every
// controller found among the customers its name, establishment and notice
// hours. It returns notes on what it could not resolve.
func (c *Config) ResolveFacts(f breach.Facts) (breach.Facts, []string) {
	var notes []string
	if f.Organization == nil {
		f.Organization = &breach.Organization{}
	}
	org := *f.Organization
	if len(org.Establishments) == 0 {
		org.Establishments = append([]string(nil), c.Organization.Establishments...)
	}
	if org.TimeZone == "" {
		org.TimeZone = c.Organization.TimeZone
	}
	if org.HIPAA == "" {
		org.HIPAA = c.Organization.HIPAA
	}
	if len(org.Authorities) == 0 && len(c.Organization.Authorities) > 0 {
		org.Authorities = maps.Clone(c.Organization.Authorities)
	}
	org.SmallAgent = org.SmallAgent || c.Organization.SmallAgent
	org.SECRegistrant = org.SECRegistrant || c.Organization.SECRegistrant
	f.Organization = &org
	ctrls := make([]breach.Controller, len(f.Controllers))
	for i, ct := range f.Controllers {
		cu, ok := c.Customer(ct.ID)
		if !ok {
			notes = append(notes, fmt.Sprintf("controller %q is not among the configured customers: its name and contact come only from the facts, and its notice has no address until it is added", ct.ID))
		} else {
			if cu.Name != "" {
				ct.Name = cu.Name
			}
			if cu.Country != "" {
				ct.Establishments = []string{cu.Country}
			}
			if cu.NoticeHours > 0 {
				ct.NoticeHours = cu.NoticeHours
			}
			if cu.Authority != "" && ct.Authority == "" {
				ct.Authority = cu.Authority
			}
		}
		ctrls[i] = ct
	}
	f.Controllers = ctrls
	return f, notes
}

// DevKey is a key `worker -dev` made or found for a configured person.
type DevKey struct {
	Name, Path string
	Created    bool
}

// TrustDevKeys gives every configured person without a public key the
// key under <dataDir>/keys/<name-slug>.key (made when create is set and it
// is missing), and the Slack gateway its key there too, and trusts their
// public keys in this configuration only: for `worker -dev` and
// `starter verify --dev`, never written to the file.
func (c *Config) TrustDevKeys(dataDir string, create bool) ([]DevKey, error) {
	var out []DevKey
	done := map[string]string{}
	for _, list := range [][]Approver{c.Approvers, c.Responders} {
		for i := range list {
			a := &list[i]
			if a.PublicKey != "" {
				continue
			}
			if line, ok := done[a.Name]; ok {
				a.PublicKey = line
				continue
			}
			k, created, err := identity.DevKey(dataDir, a.Name, create)
			if err != nil {
				return out, fmt.Errorf("dev key of %s: %w", a.Name, err)
			}
			a.PublicKey, done[a.Name] = k.PublicLine(), k.PublicLine()
			out = append(out, DevKey{Name: a.Name, Path: identity.DevKeyPath(dataDir, a.Name), Created: created})
		}
	}
	if c.Slack.GatewayKey == "" {
		k, created, err := identity.DevKey(dataDir, identity.GatewayName, create)
		if err != nil {
			return out, fmt.Errorf("dev key of the Slack gateway: %w", err)
		}
		c.Slack.GatewayKey = k.PublicLine()
		out = append(out, DevKey{Name: identity.GatewayName, Path: identity.DevKeyPath(dataDir, identity.GatewayName), Created: created})
	}
	c.DevKeys = true
	return out, nil
}

// ValidateAuthority checks one directory entry; the built-in directory is
// held to it by a test, overrides by Validate. Errors start with the field.
func ValidateAuthority(a Authority) []string {
	var errs []string
	add := func(format string, v ...any) { errs = append(errs, fmt.Sprintf(format, v...)) }
	if a.Code == "" {
		add("code: missing")
	} else if !breach.ValidJurisdiction(a.Code) && !strings.Contains(a.Code, "-") {
		add("code: %q is not an ISO 3166 code", a.Code)
	}
	switch a.Channel {
	case "email":
		if _, err := mail.ParseAddress(a.Email); err != nil {
			add("email: %q is not an email address (channel is email)", a.Email)
		}
	case "portal":
	default:
		add("channel: %q is not email or portal", a.Channel)
	}
	return errs
}
