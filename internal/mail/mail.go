// Package mail builds and delivers breach-notification e-mails over SMTP, one
// recipient per message, and provides a loopback-only SMTP sink that stores
// received messages as .eml files for development and tests.
//
// Nothing in this package logs; in particular recipient addresses are never
// written anywhere except into the message itself.
package mail

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net"
	netmail "net/mail"
	"net/textproto"
	"strings"
)

// Config is the SMTP client configuration of a Sender.
type Config struct {
	// Host is the SMTP server host name or IP address.
	Host string
	// Port is the SMTP server port, e.g. 587 or 25.
	Port int
	// From is the RFC 5322 author address, e.g. "Breach Desk <desk@example.org>".
	// It is also the envelope sender.
	From string
	// Username enables SMTP AUTH PLAIN when non-empty.
	Username string
	// Password is the SMTP AUTH password.
	Password string
	// Insecure allows delivery without TLS to a host that is not loopback.
	// STARTTLS is still used when the server offers it.
	Insecure bool
	// HelloName is the name announced in EHLO; empty means "localhost".
	HelloName string
	// ReplyTo is the Reply-To of every message ("" for none): where a
	// reader's answer goes (the privacy contact), when From is a desk
	// address nobody reads.
	ReplyTo string
}

// Message is one e-mail to exactly one recipient.
type Message struct {
	// To is the single recipient, an RFC 5322 address (may be "Name <addr>").
	To string
	// Subject is the subject line; non-ASCII text is allowed.
	Subject string
	// Text is the plain-text body.
	Text string
	// HTML is the HTML body; with Text it forms a multipart/alternative.
	HTML string
	// MessageID is the Message-Id header value, e.g. from MessageID(); required.
	MessageID string
	// Headers are additional header fields. Fields that this package sets
	// itself (To, From, Subject, Date, Message-Id, MIME and address fields)
	// are refused.
	Headers map[string]string
	// Attachments are attached after the body.
	Attachments []Attachment
}

// Attachment is a file attached to a Message.
type Attachment struct {
	// Name is the file name shown to the recipient; it is sanitised.
	Name string
	// ContentType is the MIME type; empty means application/octet-stream.
	ContentType string
	// Data is the file content.
	Data []byte
}

// ErrInvalid is matched (errors.Is) by every error that reports a message or
// configuration this package refuses. Such errors are permanent.
var ErrInvalid = errors.New("mail: invalid message or configuration")

// invalidError is a validation error; it matches ErrInvalid.
type invalidError struct{ msg string }

func (e *invalidError) Error() string        { return e.msg }
func (e *invalidError) Is(target error) bool { return target == ErrInvalid }

func invalidf(msg string) error { return &invalidError{msg: msg} }

// defaultDomain is the Message-ID domain used when none is known.
const defaultDomain = "breach.invalid"

// MessageID returns the Message-Id for the notification of one obligation of
// one incident to one recipient. It is deterministic, so a retried send
// carries the same id, and distinct for distinct recipients. An empty domain
// means "breach.invalid". incidentID is embedded verbatim and should consist
// of letters, digits, '.', '_' or '-'.
func MessageID(incidentID, obligationID, recipient, domain string) string {
	sum := sha256.Sum256([]byte(incidentID + "\x00" + obligationID + "\x00" +
		strings.ToLower(strings.TrimSpace(recipient))))
	domain = strings.TrimSpace(domain)
	if domain == "" {
		domain = defaultDomain
	}
	return "<" + hex.EncodeToString(sum[:])[:32] + "." + incidentID + "@" + domain + ">"
}

// DomainOf returns the lower-cased domain of an RFC 5322 address such as
// "desk@example.org" or "Desk <desk@example.org>", or "" when addr does not
// parse.
func DomainOf(addr string) string {
	a, err := netmail.ParseAddress(addr)
	if err != nil {
		return ""
	}
	i := strings.LastIndexByte(a.Address, '@')
	if i < 0 {
		return ""
	}
	return strings.ToLower(a.Address[i+1:])
}

// IsPermanent reports whether retrying err cannot succeed: a validation
// error from this package (ErrInvalid) or an SMTP 5xx reply to the message
// itself (MAIL FROM, RCPT TO, DATA). Network errors, timeouts, cancellation,
// 4xx replies, and 5xx replies during connection set-up (greeting, EHLO,
// STARTTLS, AUTH: server or credential problems, not recipient problems) are
// not permanent.
func IsPermanent(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrInvalid) {
		return true
	}
	var se *smtpError
	if errors.As(err, &se) && !se.envelope() {
		return false
	}
	var te *textproto.Error
	return errors.As(err, &te) && te.Code >= 500 && te.Code < 600
}

// smtpError records at which step of the SMTP dialogue an error happened.
type smtpError struct {
	stage string
	err   error
}

// SMTP dialogue stages.
const (
	stageDial     = "dial"
	stageGreeting = "greeting"
	stageHello    = "EHLO"
	stageStartTLS = "STARTTLS"
	stageAuth     = "AUTH"
	stageMail     = "MAIL FROM"
	stageRcpt     = "RCPT TO"
	stageData     = "DATA"
)

func (e *smtpError) Error() string { return "mail: smtp " + e.stage + ": " + e.err.Error() }
func (e *smtpError) Unwrap() error { return e.err }

// envelope reports whether the stage concerns this particular message.
func (e *smtpError) envelope() bool {
	return e.stage == stageMail || e.stage == stageRcpt || e.stage == stageData
}

// LookupIP resolves host names for the transport policy; tests replace it.
var LookupIP = net.LookupIP

// IsLoopback reports whether mail to host stays on this machine: an IP
// address that is loopback, or a name whose every resolved address is. A
// name that does not resolve is not loopback: "localhost" decided by the
// string would trust whatever /etc/hosts or DNS says it is.
func IsLoopback(host string) bool {
	h := strings.ToLower(strings.TrimSpace(host))
	if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		h = h[1 : len(h)-1]
	}
	if ip := net.ParseIP(h); ip != nil {
		return ip.IsLoopback()
	}
	if h == "" {
		return false
	}
	ips, err := LookupIP(strings.TrimSuffix(h, "."))
	if err != nil || len(ips) == 0 {
		return false
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return false
		}
	}
	return true
}

func isLoopbackHost(host string) bool { return IsLoopback(host) }

// requiresTLS is the transport policy: STARTTLS is mandatory unless the
// server is on loopback or the configuration explicitly allows plaintext.
func requiresTLS(host string, insecure bool) bool {
	return !insecure && !isLoopbackHost(host)
}

// sanitizeFileName makes an attachment name safe to write raw into a MIME
// header: only [A-Za-z0-9._-] survive (others become '_'), leading dots are
// removed, the result is at most maxFileName bytes (keeping a short
// extension), and an empty result becomes "attachment".
func sanitizeFileName(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r == '.', r == '_', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := strings.TrimLeft(b.String(), ".")
	if len(s) > maxFileName {
		ext := ""
		if i := strings.LastIndexByte(s, '.'); i > 0 && len(s)-i <= maxExt {
			ext = s[i:]
		}
		s = s[:maxFileName-len(ext)] + ext
	}
	if s == "" {
		return "attachment"
	}
	return s
}

const (
	maxFileName = 100
	maxExt      = 16
)
