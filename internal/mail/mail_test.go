package mail

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMessageIDDeterministic(t *testing.T) {
	a := MessageID("INC-1", "OBL-gdpr-art34", "bob@example.org", "example.org")
	b := MessageID("INC-1", "OBL-gdpr-art34", "bob@example.org", "example.org")
	assert.Equal(t, a, b)
	assert.Regexp(t, regexp.MustCompile(`^<[0-9a-f]{32}\.INC-1@example\.org>$`), a)

	sum := sha256.Sum256([]byte("INC-1\x00OBL-gdpr-art34\x00bob@example.org"))
	assert.Equal(t, "<"+hex.EncodeToString(sum[:])[:32]+".INC-1@example.org>", a)

	// Recipient is trimmed and case-folded.
	assert.Equal(t, a, MessageID("INC-1", "OBL-gdpr-art34", "  Bob@Example.ORG ", "example.org"))

	// Distinct recipients, obligations and incidents give distinct ids.
	assert.NotEqual(t, a, MessageID("INC-1", "OBL-gdpr-art34", "alice@example.org", "example.org"))
	assert.NotEqual(t, a, MessageID("INC-1", "OBL-other", "bob@example.org", "example.org"))
	assert.NotEqual(t, a, MessageID("INC-2", "OBL-gdpr-art34", "bob@example.org", "example.org"))

	// The separator prevents ambiguous concatenations.
	assert.NotEqual(t, MessageID("INC-1", "ab", "c@x", ""), MessageID("INC-1", "a", "bc@x", ""))

	// Domain fallback.
	assert.True(t, strings.HasSuffix(MessageID("INC-1", "OBL", "bob@example.org", ""), ".INC-1@breach.invalid>"))

	// Our own ids pass Send's validation.
	require.NoError(t, checkMessageID(a))
}

func TestDomainOf(t *testing.T) {
	for in, want := range map[string]string{
		"desk@Example.ORG":                "example.org",
		"Breach Desk <desk@example.org>":  "example.org",
		`"Doe, Jane" <jane@sub.example>`:  "sub.example",
		"not an address":                  "",
		"":                                "",
		"a@example.org, b@example.net":    "",
		"Breach Desk <desk@[192.0.2.10]>": "[192.0.2.10]",
	} {
		assert.Equal(t, want, DomainOf(in), "DomainOf(%q)", in)
	}
}

func TestSanitizeFileName(t *testing.T) {
	for in, want := range map[string]string{
		"report.pdf":             "report.pdf",
		"Report_2024-01.v2.PDF":  "Report_2024-01.v2.PDF",
		"../../etc/passwd":       "_.._etc_passwd",
		".hidden":                "hidden",
		"...":                    "attachment",
		"":                       "attachment",
		"Übersicht März.pdf":     "_bersicht_M_rz.pdf",
		"a\"b\r\nX-Evil: 1.txt":  "a_b__X-Evil__1.txt",
		`C:\Users\x\letter.docx`: "C__Users_x_letter.docx",
	} {
		assert.Equal(t, want, sanitizeFileName(in), "sanitizeFileName(%q)", in)
	}

	long := sanitizeFileName(strings.Repeat("a", 150) + ".pdf")
	assert.Len(t, long, 100)
	assert.True(t, strings.HasSuffix(long, ".pdf"), long)

	noExt := sanitizeFileName(strings.Repeat("b", 150))
	assert.Equal(t, strings.Repeat("b", 100), noExt)
}

func TestRequiresTLS(t *testing.T) {
	cases := []struct {
		host     string
		insecure bool
		want     bool
	}{
		{"smtp.example.org", false, true},
		{"smtp.example.org", true, false},
		{"192.0.2.10", false, true},
		{"2001:db8::1", false, true},
		{"localhost.example.org", false, true},
		{"", false, true},
		{"localhost", false, false},
		{"LocalHost.", false, false},
		{"127.0.0.1", false, false},
		{"127.8.9.10", false, false},
		{"::1", false, false},
		{"[::1]", false, false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, requiresTLS(c.host, c.insecure), "requiresTLS(%q, %v)", c.host, c.insecure)
	}

	// NewSender applies the policy.
	for _, c := range cases {
		if c.host == "" {
			continue
		}
		s, err := NewSender(Config{Host: c.host, Port: 587, From: "desk@example.org", Insecure: c.insecure})
		require.NoError(t, err, c.host)
		assert.Equal(t, c.want, s.requireTLS, "NewSender(%q, insecure=%v)", c.host, c.insecure)
	}
}

func TestIsPermanent(t *testing.T) {
	rej := &textproto.Error{Code: 550, Msg: "5.1.1 Recipient rejected"}
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"bare 550", rej, true},
		{"wrapped 554", fmt.Errorf("x: %w", &textproto.Error{Code: 554, Msg: "no"}), true},
		{"rcpt 550", &smtpError{stage: stageRcpt, err: rej}, true},
		{"mail 553", &smtpError{stage: stageMail, err: &textproto.Error{Code: 553}}, true},
		{"data 552", &smtpError{stage: stageData, err: &textproto.Error{Code: 552}}, true},
		{"rcpt 450", &smtpError{stage: stageRcpt, err: &textproto.Error{Code: 450}}, false},
		{"bare 421", &textproto.Error{Code: 421}, false},
		{"auth 535", &smtpError{stage: stageAuth, err: &textproto.Error{Code: 535}}, false},
		{"greeting 554", &smtpError{stage: stageGreeting, err: &textproto.Error{Code: 554}}, false},
		{"network", &smtpError{stage: stageDial, err: &net.OpError{Op: "dial", Err: errors.New("refused")}}, false},
		{"canceled", &smtpError{stage: stageData, err: context.Canceled}, false},
		{"plain", errors.New("boom"), false},
		{"invalid", invalidf(`mail: header "To" contains a line break`), true},
		{"wrapped invalid", fmt.Errorf("activity: %w", invalidf("x")), true},
		{"sentinel", ErrInvalid, true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, IsPermanent(c.err), c.name)
	}
}

func TestLoopbackIsTheResolvedAddress(t *testing.T) {
	old := LookupIP
	t.Cleanup(func() { LookupIP = old })
	LookupIP = func(host string) ([]net.IP, error) {
		if host == "localhost" {
			return []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("203.0.113.9")}, nil
		}
		return []net.IP{net.ParseIP("::1")}, nil
	}
	assert.True(t, requiresTLS("localhost", false), "a name with one address off this machine is not loopback")
	assert.False(t, requiresTLS("sink.internal", false), "a name that resolves only to loopback is")
	assert.False(t, requiresTLS("[::1]", false))
	assert.True(t, requiresTLS("192.0.2.1", false))
	assert.False(t, requiresTLS("192.0.2.1", true), "insecure: the configuration accepted plaintext")
}
