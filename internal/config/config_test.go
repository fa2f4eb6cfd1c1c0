package config

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/authorities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/mail"
)

func TestExampleConfigLoads(t *testing.T) {
	c, err := Load("")
	require.NoError(t, err)
	assert.Equal(t, "Paloma AI, Inc.", c.Organization.Name)
	// Every EU/EEA supervisory authority, the ICO, the KVKK Board and the California AG.
	for _, code := range []string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
		"LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB", "TR", "US-CA"} {
		a, ok := c.Authority(code)
		require.True(t, ok, "authority %s missing", code)
		assert.Contains(t, []string{"email", "portal"}, a.Channel, code)
	}
	assert.Equal(t, 12*time.Hour, time.Duration(c.Escalation.OverdueEvery))
	d := c.Directory()
	dana, ok := d.Person("Dana Whitfield")
	require.True(t, ok)
	assert.Equal(t, []string{"legal"}, dana.Roles)
	sam, ok := d.Person("Sam Okafor")
	require.True(t, ok)
	assert.Equal(t, []string{"security"}, sam.Roles)
	_, ok = d.Person("dana whitfield")
	assert.False(t, ok, "names match exactly")
}

func TestBadConfigNamesField(t *testing.T) {
	cases := []struct{ doc, want string }{
		{"organization: {name: X, time_zone: Nowhere/City}", `organization.time_zone: "Nowhere/City"`},
		{"organization: {name: X}\ncustomers: [{id: a, privacy_contact: not-an-email}]", `customers[0].privacy_contact: "not-an-email"`},
		{"organization: {name: X}\nauthorities: [{code: IE, channel: fax}]", `authorities[0].channel: "fax"`},
		{"organization: {name: X}\nescalation: {overdue_every: soon}", `"soon" is not a duration`},
		{"organization: {name: X}\nsmtpp: {}", "field smtpp not found"},
		{"organization: {name: X}\nescalation: {points: [0.5, 2]}", "escalation.points[1]"},
		{"organization: {name: X}\napprovers: [{name: \"Dana \"}]", `approvers[0].name: "Dana "`},
		{"organization: {name: X}\napprovers: [{name: A, public_key: \"ed25519:xx\"}]", "approvers[0].public_key"},
		{"organization: {name: X}\napprovers: [{name: A}, {name: A}]", `approvers[1].name: "A" appears twice`},
		{"organization: {name: X}\napprovers: [{name: A, slack_id: U1}]\nresponders: [{name: B, slack_id: U1}]", `responders[0].slack_id: "U1" is also A's`},
		{"organization: {name: X}\nslack: {gateway_key: nope}", "slack.gateway_key"},
	}
	for _, c := range cases {
		_, err := Parse([]byte(c.doc))
		require.Error(t, err, c.doc)
		assert.Contains(t, err.Error(), c.want)
	}
}

func TestResolveFactsTakesCustomerFromConfig(t *testing.T) {
	c, err := Load("")
	require.NoError(t, err)
	f, notes := c.ResolveFacts(breach.Facts{Controllers: []breach.Controller{
		{ID: "nordwerk", Name: "typo GmbH", NoticeHours: 5},
		{ID: "unknown-co"},
	}})
	assert.Equal(t, "Nordwerk Maschinenbau GmbH", f.Controllers[0].Name)
	assert.Equal(t, []string{"DE"}, f.Controllers[0].Establishments)
	assert.Equal(t, 48, f.Controllers[0].NoticeHours)
	assert.Equal(t, []string{"US"}, f.Organization.Establishments)
	assert.Equal(t, "America/Los_Angeles", f.Organization.TimeZone)
	require.Len(t, notes, 1)
	assert.Contains(t, notes[0], "unknown-co")
}

func TestSMTPFromEnvironment(t *testing.T) {
	t.Setenv("BREACH_SMTP_HOST", "mailpit")
	t.Setenv("BREACH_SMTP_PORT", "1025")
	t.Setenv("BREACH_SMTP_INSECURE", "true")
	t.Setenv(EnvSMTPPassword, "s3cret")
	c, err := Load("")
	require.NoError(t, err)
	assert.Equal(t, "mailpit", c.SMTP.Host)
	assert.Equal(t, 1025, c.SMTP.Port)
	assert.True(t, c.SMTP.Insecure)
	assert.Equal(t, "s3cret", c.SMTP.Password)

	t.Setenv("BREACH_SMTP_PORT", "smtp")
	_, err = Load("")
	assert.ErrorContains(t, err, `BREACH_SMTP_PORT: "smtp"`)
}

func TestOrganizationSwitchesReachTheFacts(t *testing.T) {
	c, err := Parse([]byte("organization: {name: X, hipaa: covered_entity, sec_registrant: true}"))
	require.NoError(t, err)
	f, _ := c.ResolveFacts(breach.Facts{})
	assert.Equal(t, "covered_entity", f.Organization.HIPAA)
	assert.True(t, f.Organization.SECRegistrant)
	_, err = Parse([]byte("organization: {name: X, hipaa: yes}"))
	assert.ErrorContains(t, err, `organization.hipaa: "yes"`)
}

func TestSlackWorkspace(t *testing.T) {
	c, err := Parse([]byte("organization: {name: X}\nslack: {team_id: T024BE7LD, enterprise_id: E0ABC123}"))
	require.NoError(t, err)
	assert.Equal(t, "T024BE7LD", c.Slack.TeamID)
	assert.Equal(t, "E0ABC123", c.Slack.EnterpriseID)

	for doc, want := range map[string]string{
		"slack: {team_id: acme}":                     `slack.team_id: "acme" is not a Slack workspace ID (T…)`,
		"slack: {team_id: t024be7ld}":                `slack.team_id: "t024be7ld"`,
		"slack: {team_id: E024BE7LD}":                `slack.team_id: "E024BE7LD"`,
		"slack: {team_id: T1, enterprise_id: T0ABC}": `slack.enterprise_id: "T0ABC" is not a Slack Enterprise Grid ID (E…)`,
	} {
		_, err := Parse([]byte("organization: {name: X}\n" + doc))
		assert.ErrorContains(t, err, want, doc)
	}
}

func TestSlackTeamIDRequiredWithBotToken(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.yaml")
	require.NoError(t, os.WriteFile(path, []byte("organization: {name: X}\n"), 0o600))
	// Without a bot token Slack is off: no workspace needed.
	_, err := Load(path)
	require.NoError(t, err)

	t.Setenv("SLACK_BOT_TOKEN", "xoxb-test")
	_, err = Load(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "slack.team_id: missing")
	assert.NotContains(t, err.Error(), "\n")

	require.NoError(t, os.WriteFile(path, []byte("organization: {name: X}\nslack: {team_id: T024BE7LD}\n"), 0o600))
	c, err := Load(path)
	require.NoError(t, err)
	assert.Equal(t, "T024BE7LD", c.Slack.TeamID)
}

// The built-in authorities directory meets the same checks as an override.
func TestBuiltInAuthoritiesValid(t *testing.T) {
	for _, a := range authorities.All() {
		assert.Empty(t, ValidateAuthority(a), a.Code)
	}
}

// One directory: the configuration may give an authority a contact, not
// another name; a customer's authority must be in the directory.
func TestAuthorityOverridesKeepTheName(t *testing.T) {
	c, err := Load("")
	require.NoError(t, err)
	c.Authorities = []Authority{{Code: "DE-BY", Channel: "email", Email: "poststelle@lda.bayern.de"}}
	require.NoError(t, c.Validate())
	a, ok := c.Authority("DE-BY")
	require.True(t, ok)
	assert.Equal(t, authorities.Name("DE-BY"), a.Name, "the override keeps the directory's name")
	assert.Equal(t, "email", a.Channel)

	c.Authorities[0].Name = "Some other office"
	assert.ErrorContains(t, c.Validate(), "differs from the built-in directory")
	c.Authorities = nil
	c.Customers[1].Authority = "DE-XX"
	assert.ErrorContains(t, c.Validate(), `customers[1].authority: "DE-XX" is not in the authorities directory`)
	c.Customers[1].Authority = "DE-BY"
	require.NoError(t, c.Validate())
	f, _ := c.ResolveFacts(breach.Facts{Controllers: []breach.Controller{{ID: c.Customers[1].ID}}})
	assert.Equal(t, "DE-BY", f.Controllers[0].Authority)
}

// Plaintext SMTP off this machine is refused when the configuration is
// loaded, on the host's resolved addresses, not its name.
func TestPlaintextSMTPPolicyAtLoad(t *testing.T) {
	old := mail.LookupIP
	t.Cleanup(func() { mail.LookupIP = old })
	mail.LookupIP = func(host string) ([]net.IP, error) {
		switch host {
		case "localhost":
			return []net.IP{net.ParseIP("10.0.0.5")}, nil // a hosts file pointing elsewhere
		case "relay.local":
			return []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}, nil
		}
		return nil, errors.New("no such host")
	}
	refused := map[string]string{
		"smtp.example.org": "no such host: not loopback",
		"localhost":        "resolves off this machine",
		"192.0.2.7":        "an address that is not loopback",
	}
	for host, why := range refused {
		_, err := Parse([]byte("organization: {name: X}\nsmtp: {host: " + host + ", tls: none}"))
		require.Error(t, err, why)
		assert.Contains(t, err.Error(), `smtp: host "`+host+`" is not loopback and tls is none`, why)
	}
	for _, doc := range []string{
		"smtp: {host: 127.0.0.1, tls: none}",
		"smtp: {host: relay.local, tls: none}",
		"smtp: {host: smtp.example.org, tls: none, insecure: true}",
		"smtp: {host: smtp.example.org, tls: starttls}",
		"smtp: {host: smtp.example.org}",
	} {
		_, err := Parse([]byte("organization: {name: X}\n" + doc))
		assert.NoError(t, err, doc)
	}
	_, err := Parse([]byte("organization: {name: X}\nsmtp: {host: a, tls: ssl}"))
	assert.ErrorContains(t, err, `smtp.tls: "ssl" is neither starttls nor none`)
}
