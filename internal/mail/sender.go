package mail

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"mime"
	"net"
	netmail "net/mail"
	"net/smtp"
	"net/textproto"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jordan-wright/email"
)

const (
	// dialTimeout bounds the TCP connect.
	dialTimeout = 30 * time.Second
	// sessionTimeout bounds a whole SMTP session when ctx has no deadline.
	sessionTimeout = 10 * time.Minute
)

// reservedHeaders are set by Send itself and may not appear in
// Message.Headers (keys in canonical MIME form).
var reservedHeaders = map[string]bool{
	"To": true, "Cc": true, "Bcc": true, "From": true, "Sender": true, "Reply-To": true,
	"Subject": true, "Date": true, "Message-Id": true, "Mime-Version": true,
	"Content-Type": true, "Content-Transfer-Encoding": true,
}

// Sender delivers Messages to one SMTP server. It is safe for concurrent
// use; every Send uses its own connection.
type Sender struct {
	host       string // without brackets
	addr       string // host:port
	hello      string
	envFrom    string // envelope sender (addr-spec)
	fromHeader string // formatted From header value
	replyTo    string // formatted Reply-To header value, or ""
	username   string
	password   string
	requireTLS bool
	rootCAs    *x509.CertPool // nil: system roots (tests override)
}

// NewSender validates cfg and returns a Sender for it.
func NewSender(cfg Config) (*Sender, error) {
	host := strings.TrimSpace(cfg.Host)
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	if host == "" {
		return nil, invalidf("mail: config Host is empty")
	}
	if strings.ContainsAny(host, "\r\n \t/") {
		return nil, invalidf("mail: config Host is invalid")
	}
	if cfg.Port <= 0 || cfg.Port > 65535 {
		return nil, invalidf("mail: config Port " + strconv.Itoa(cfg.Port) + " is out of range")
	}
	if err := checkLine("From", cfg.From); err != nil {
		return nil, err
	}
	from, err := netmail.ParseAddress(cfg.From)
	if err != nil {
		return nil, &invalidError{msg: fmt.Sprintf("mail: config From is not a valid address: %v", err)}
	}
	var replyTo string
	if cfg.ReplyTo != "" {
		if err := checkLine("Reply-To", cfg.ReplyTo); err != nil {
			return nil, err
		}
		rt, err := netmail.ParseAddress(cfg.ReplyTo)
		if err != nil {
			return nil, &invalidError{msg: fmt.Sprintf("mail: config ReplyTo is not a valid address: %v", err)}
		}
		replyTo = formatAddress(rt)
	}
	hello := cfg.HelloName
	if hello == "" {
		hello = "localhost"
	}
	if strings.ContainsAny(hello, "\r\n \t") {
		return nil, invalidf("mail: config HelloName is invalid")
	}
	return &Sender{
		host:       host,
		addr:       net.JoinHostPort(host, strconv.Itoa(cfg.Port)),
		hello:      hello,
		envFrom:    from.Address,
		fromHeader: formatAddress(from),
		replyTo:    replyTo,
		username:   cfg.Username,
		password:   cfg.Password,
		requireTLS: requiresTLS(host, cfg.Insecure),
	}, nil
}

// Send validates m and delivers it. It returns nil only once the server has
// accepted the message. Errors matching ErrInvalid mean nothing was sent; use
// IsPermanent to decide whether to retry. Cancelling ctx aborts the SMTP
// session (a message already accepted stays accepted).
func (s *Sender) Send(ctx context.Context, m Message) error {
	raw, rcpt, err := s.build(m, time.Now())
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return &smtpError{stage: stageDial, err: err}
	}
	return s.deliver(ctx, rcpt, raw)
}

// build validates m and renders it with jordan-wright/email. It returns the
// RFC 5322 bytes and the envelope recipient.
func (s *Sender) build(m Message, now time.Time) ([]byte, string, error) {
	for _, f := range [...]struct{ name, value string }{
		{"To", m.To}, {"Subject", m.Subject}, {"Message-Id", m.MessageID},
	} {
		if err := checkLine(f.name, f.value); err != nil {
			return nil, "", err
		}
	}
	to, err := netmail.ParseAddress(m.To)
	if err != nil {
		// The parser's message may quote the address; keep it out.
		return nil, "", invalidf(`mail: header "To" is not a single valid address`)
	}
	if err := checkMessageID(m.MessageID); err != nil {
		return nil, "", err
	}

	e := email.NewEmail()
	e.From = s.fromHeader
	if s.replyTo != "" {
		e.ReplyTo = []string{s.replyTo}
	}
	e.To = []string{formatAddress(to)}
	e.Subject = m.Subject
	e.Text = []byte(m.Text)
	e.HTML = []byte(m.HTML)
	for k, v := range m.Headers {
		if !validFieldName(k) {
			// Not quoted: an invalid name may carry anything.
			return nil, "", invalidf("mail: a header name in Headers is invalid (must be printable ASCII without ':')")
		}
		ck := textproto.CanonicalMIMEHeaderKey(k)
		if reservedHeaders[ck] {
			return nil, "", invalidf(fmt.Sprintf("mail: header %q is set by the mailer and may not be overridden", ck))
		}
		if err := checkLine(ck, v); err != nil {
			return nil, "", err
		}
		e.Headers.Set(ck, v)
	}
	// email.Bytes keeps a Message-Id / Date found in e.Headers (canonical
	// keys) and generates one only when absent, so exactly one of each is
	// written, ours.
	e.Headers.Set("Message-Id", m.MessageID)
	e.Headers.Set("Date", now.Format(time.RFC1123Z))

	for i, a := range m.Attachments {
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		mt, params, err := mime.ParseMediaType(ct)
		if err != nil || strings.ContainsAny(ct, "\r\n") {
			return nil, "", invalidf(fmt.Sprintf("mail: attachment %d content type is invalid", i))
		}
		ct = mime.FormatMediaType(mt, params)
		if ct == "" {
			return nil, "", invalidf(fmt.Sprintf("mail: attachment %d content type is invalid", i))
		}
		if _, err := e.Attach(bytes.NewReader(a.Data), sanitizeFileName(a.Name), ct); err != nil {
			return nil, "", fmt.Errorf("mail: attachment %d: %w", i, err)
		}
	}
	raw, err := e.Bytes()
	if err != nil {
		return nil, "", fmt.Errorf("mail: render message: %w", err)
	}
	return foldHeaders(raw), to.Address, nil
}

// deliver runs one SMTP session delivering raw to rcpt.
func (s *Sender) deliver(ctx context.Context, rcpt string, raw []byte) error {
	sess, err := s.connect(ctx)
	if err != nil {
		return err
	}
	defer sess.close()
	if err := sess.transact(rcpt, raw); err != nil {
		return err
	}
	// Accepted. A failing QUIT does not change that.
	_ = sess.c.Quit()
	return nil
}

// session is an open, greeted (and, where offered or required, TLS and
// authenticated) SMTP connection; several messages can go through it.
type session struct {
	ctx     context.Context
	conn    net.Conn
	c       *smtp.Client
	stop    func() bool
	envFrom string
}

// fail attributes err to a stage; an I/O error caused by ctx becomes ctx's
// error.
func (ss *session) fail(stage string, err error) error {
	var te *textproto.Error
	if errors.As(err, &te) {
		return &smtpError{stage: stage, err: err}
	}
	if cerr := ss.ctx.Err(); cerr != nil {
		err = cerr
	} else if dl, ok := ss.ctx.Deadline(); ok && !time.Now().Before(dl) {
		// The socket deadline (= ctx deadline) can fire a moment
		// before ctx reports it.
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			err = context.DeadlineExceeded
		}
	}
	return &smtpError{stage: stage, err: err}
}

func (ss *session) close() {
	if ss.stop != nil {
		ss.stop()
	}
	if ss.c != nil {
		_ = ss.c.Close()
	}
	_ = ss.conn.Close()
}

// connect opens a session: dial, greeting, EHLO, STARTTLS (required for a
// non-loopback host unless Insecure), AUTH when a username is set.
func (s *Sender) connect(ctx context.Context) (*session, error) {
	d := net.Dialer{Timeout: dialTimeout}
	conn, err := d.DialContext(ctx, "tcp", s.addr)
	ss := &session{ctx: ctx, conn: conn, envFrom: s.envFrom}
	if err != nil {
		return nil, ss.fail(stageDial, err)
	}
	deadline := time.Now().Add(sessionTimeout)
	if dl, ok := ctx.Deadline(); ok && dl.Before(deadline) {
		deadline = dl
	}
	if err := conn.SetDeadline(deadline); err != nil {
		conn.Close()
		return nil, ss.fail(stageDial, err)
	}
	// Unblock any pending read or write as soon as ctx is done.
	ss.stop = context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	c, err := smtp.NewClient(conn, s.host)
	if err != nil {
		ss.close()
		return nil, ss.fail(stageGreeting, err)
	}
	ss.c = c
	if err := c.Hello(s.hello); err != nil {
		ss.close()
		return nil, ss.fail(stageHello, err)
	}

	if ok, _ := c.Extension("STARTTLS"); ok {
		cfg := &tls.Config{ServerName: s.host, MinVersion: tls.VersionTLS12, RootCAs: s.rootCAs}
		if err := c.StartTLS(cfg); err != nil {
			ss.close()
			return nil, ss.fail(stageStartTLS, err)
		}
	} else if s.requireTLS {
		ss.close()
		return nil, ss.fail(stageStartTLS, errors.New("server does not offer STARTTLS, which is required for a non-loopback host unless Insecure is set"))
	}

	if s.username != "" {
		if ok, _ := c.Extension("AUTH"); ok {
			if err := c.Auth(smtp.PlainAuth("", s.username, s.password, s.host)); err != nil {
				ss.close()
				return nil, ss.fail(stageAuth, err)
			}
		} else if s.requireTLS {
			ss.close()
			return nil, ss.fail(stageAuth, errors.New("server does not offer AUTH but a Username is configured"))
		}
		// On loopback or with Insecure (dev sinks) a server without AUTH
		// is used unauthenticated.
	}
	return ss, nil
}

// transact sends one message in an open session (MAIL, RCPT, DATA). After
// a refused recipient the session is reset and stays usable.
func (ss *session) transact(rcpt string, raw []byte) error {
	fromAddr := ss.envFrom
	if err := ss.c.Mail(fromAddr); err != nil {
		return ss.fail(stageMail, err)
	}
	if err := ss.c.Rcpt(rcpt); err != nil {
		_ = ss.c.Reset()
		return ss.fail(stageRcpt, err)
	}
	w, err := ss.c.Data()
	if err != nil {
		return ss.fail(stageData, err)
	}
	if _, err := w.Write(raw); err != nil {
		return ss.fail(stageData, err)
	}
	if err := w.Close(); err != nil {
		return ss.fail(stageData, err)
	}
	return nil
}

// checkLine refuses a header value containing CR or LF.
func checkLine(field, value string) error {
	if strings.ContainsAny(value, "\r\n") {
		return invalidf(fmt.Sprintf("mail: header %q contains a line break", field))
	}
	return nil
}

// checkMessageID requires the "<left@right>" shape of RFC 5322 msg-id.
func checkMessageID(id string) error {
	if len(id) < 5 || id[0] != '<' || id[len(id)-1] != '>' {
		return invalidf(`mail: header "Message-Id" must look like <id@domain>`)
	}
	inner := id[1 : len(id)-1]
	at := strings.LastIndexByte(inner, '@')
	if at <= 0 || at == len(inner)-1 {
		return invalidf(`mail: header "Message-Id" must look like <id@domain>`)
	}
	for i := 0; i < len(inner); i++ {
		if c := inner[i]; c <= ' ' || c >= 0x7f || c == '<' || c == '>' {
			return invalidf(`mail: header "Message-Id" contains a character not allowed in a msg-id`)
		}
	}
	return nil
}

// validFieldName reports whether k is an RFC 5322 field name: printable
// US-ASCII except ':'.
func validFieldName(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c <= ' ' || c >= 0x7f || c == ':' {
			return false
		}
	}
	return true
}

// formatAddress renders a for a jordan-wright address header. That library
// splits address headers on ',' and then re-parses and re-formats each piece,
// so a display name containing a comma is handed over as RFC 2047 encoded
// words (which contain no comma); the library decodes and quotes it again.
func formatAddress(a *netmail.Address) string {
	s := a.String()
	if !strings.Contains(a.Name, ",") {
		return s
	}
	var words []string
	name := a.Name
	for name != "" {
		n := min(len(name), maxEncodedWordBytes)
		for n < len(name) && !utf8.RuneStart(name[n]) {
			n--
		}
		words = append(words, "=?UTF-8?B?"+base64.StdEncoding.EncodeToString([]byte(name[:n]))+"?=")
		name = name[n:]
	}
	return strings.Join(words, " ") + " <" + a.Address + ">"
}

// maxEncodedWordBytes keeps a B-encoded word within RFC 2047's 75 characters.
const maxEncodedWordBytes = 45

// foldHeaders folds the message's top-level header fields longer than 78
// characters at white space (RFC 5322 section 2.2.3: CRLF before the
// space), so that a long Subject, plain or as the encoded words
// mime.QEncoding splits it into, is not one overlong line. A field with
// no white space to fold at is left as it is (lines up to 998 are legal).
func foldHeaders(raw []byte) []byte {
	end := bytes.Index(raw, []byte("\r\n\r\n"))
	if end < 0 {
		return raw
	}
	var out bytes.Buffer
	out.Grow(len(raw) + 64)
	for _, line := range bytes.Split(raw[:end], []byte("\r\n")) {
		// In a field's first line, the name and colon stay together; an
		// encoded word too long to follow them goes to the next line.
		name := -1
		if len(line) > 0 && line[0] != ' ' && line[0] != '\t' {
			name = bytes.IndexByte(line, ':')
		}
		for len(line) > 78 {
			cut := bytes.LastIndexByte(line[:79], ' ')
			if cut <= 0 || cut < name {
				next := bytes.IndexByte(line[79:], ' ')
				if next < 0 {
					break
				}
				cut = 79 + next
			}
			out.Write(line[:cut])
			out.WriteString("\r\n")
			line = line[cut:] // keeps the space: the continuation's leading white space
			name = -1
		}
		out.Write(line)
		out.WriteString("\r\n")
	}
	out.Write(raw[end+2:])
	return out.Bytes()
}
