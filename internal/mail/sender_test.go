package mail

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"errors"
	"io"
	"math/big"
	"mime"
	"mime/multipart"
	"net"
	netmail "net/mail"
	"net/textproto"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testFrom = "Breach Desk <desk@example.org>"

// startTestSink starts a sink on 127.0.0.1:0 with an outbox in a temp dir.
func startTestSink(t *testing.T, tlsConfig *tls.Config) (*Sink, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "outbox")
	s, err := startSink("127.0.0.1:0", dir, tlsConfig)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s, dir
}

// senderFor returns a Sender pointed at addr (host:port).
func senderFor(t *testing.T, addr string, mod func(*Config)) *Sender {
	t.Helper()
	host, port, err := net.SplitHostPort(addr)
	require.NoError(t, err)
	p, err := strconv.Atoi(port)
	require.NoError(t, err)
	cfg := Config{Host: host, Port: p, From: testFrom}
	if mod != nil {
		mod(&cfg)
	}
	s, err := NewSender(cfg)
	require.NoError(t, err)
	return s
}

// outbox lists the .eml files in dir, sorted by name, and fails on any
// other entry (e.g. a leftover temp file).
func outbox(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		require.True(t, strings.HasSuffix(e.Name(), ".eml"), "unexpected file %q in outbox", e.Name())
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func readEML(t *testing.T, path string) (*netmail.Message, []byte) {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	msg, err := netmail.ReadMessage(strings.NewReader(string(raw)))
	require.NoError(t, err)
	return msg, raw
}

func testMessage(to string) Message {
	return Message{
		To:        to,
		Subject:   "Datenpanne – Information about a personal data breach",
		Text:      "Dear customer,\n.a line starting with a dot\n.\nRegards",
		HTML:      "<p>Dear customer,</p><p>Regards</p>",
		MessageID: MessageID("INC-7", "OBL-1", to, "example.org"),
		Headers:   map[string]string{"X-Incident-Id": "INC-7"},
	}
}

func TestSendToSink(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)
	m := testMessage("Bob Example <bob@example.net>")

	require.NoError(t, s.Send(context.Background(), m))
	assert.Equal(t, 1, sink.Count())

	names := outbox(t, dir)
	require.Len(t, names, 1)
	msg, raw := readEML(t, filepath.Join(dir, names[0]))

	addrs, err := msg.Header.AddressList("To")
	require.NoError(t, err)
	require.Len(t, addrs, 1)
	assert.Equal(t, "bob@example.net", addrs[0].Address)
	assert.Equal(t, "Bob Example", addrs[0].Name)

	from, err := msg.Header.AddressList("From")
	require.NoError(t, err)
	require.Len(t, from, 1)
	assert.Equal(t, "desk@example.org", from[0].Address)

	subj, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	require.NoError(t, err)
	assert.Equal(t, m.Subject, subj)

	assert.Equal(t, []string{m.MessageID}, msg.Header["Message-Id"], "exactly one Message-Id, ours")
	assert.Equal(t, 1, strings.Count(strings.ToLower(string(raw)), "message-id:"))
	assert.Len(t, msg.Header["Date"], 1)
	_, err = msg.Header.Date()
	assert.NoError(t, err)
	assert.Equal(t, "INC-7", msg.Header.Get("X-Incident-Id"))

	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	require.NoError(t, err)
	require.Equal(t, "multipart/alternative", mt)
	parts := readParts(t, multipart.NewReader(msg.Body, params["boundary"]))
	require.Len(t, parts, 2)
	assert.Equal(t, "text/plain", parts[0].mediaType)
	assert.Equal(t, m.Text, normalizeNL(parts[0].body))
	assert.Equal(t, "text/html", parts[1].mediaType)
	assert.Equal(t, m.HTML, normalizeNL(parts[1].body))
}

func TestSendAttachmentNameSanitised(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)
	m := testMessage("bob@example.net")
	evil := "../../etc/\"x\"\r\nX-Injected: yes.pdf"
	m.Attachments = []Attachment{
		{Name: evil, ContentType: "application/pdf", Data: []byte("%PDF-1.7 fake")},
		{Name: "", Data: []byte{0, 1, 2}},
	}
	require.NoError(t, s.Send(context.Background(), m))

	names := outbox(t, dir)
	require.Len(t, names, 1)
	msg, raw := readEML(t, filepath.Join(dir, names[0]))
	assert.NotContains(t, string(raw), "\r\nX-Injected:")
	assert.NotContains(t, string(raw), "../")
	assert.Empty(t, msg.Header.Get("X-Injected"))

	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	require.NoError(t, err)
	require.Equal(t, "multipart/mixed", mt)
	parts := readParts(t, multipart.NewReader(msg.Body, params["boundary"]))
	// text, html (from the nested alternative), then the two attachments.
	require.Len(t, parts, 4)
	assert.Equal(t, "text/plain", parts[0].mediaType)
	assert.Equal(t, "text/html", parts[1].mediaType)

	assert.Equal(t, "_.._etc__x___X-Injected__yes.pdf", parts[2].fileName)
	assert.Equal(t, "application/pdf", parts[2].mediaType)
	assert.Equal(t, "%PDF-1.7 fake", parts[2].body)

	assert.Equal(t, "attachment", parts[3].fileName)
	assert.Equal(t, "application/octet-stream", parts[3].mediaType)
	assert.Equal(t, string([]byte{0, 1, 2}), parts[3].body)
}

func TestSendRejectsHeaderInjection(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)

	cases := []struct {
		name string
		mod  func(*Message)
		want string
	}{
		{"To", func(m *Message) { m.To = "bob@example.net\r\nBcc: eve@example.com" }, `header "To" contains a line break`},
		{"To LF", func(m *Message) { m.To = "bob@example.net\nBcc: eve@example.com" }, `header "To" contains a line break`},
		{"To invalid", func(m *Message) { m.To = "bob at example" }, `header "To" is not`},
		{"To list", func(m *Message) { m.To = "bob@example.net, eve@example.com" }, `header "To" is not`},
		{"Subject", func(m *Message) { m.Subject = "Hello\r\nBcc: eve@example.com" }, `header "Subject" contains a line break`},
		{"Subject CR", func(m *Message) { m.Subject = "Hello\rBcc: eve@example.com" }, `header "Subject" contains a line break`},
		{"MessageID", func(m *Message) { m.MessageID = "<a@b>\r\nBcc: eve@example.com" }, `header "Message-Id" contains a line break`},
		{"MessageID empty", func(m *Message) { m.MessageID = "" }, `header "Message-Id"`},
		{"MessageID shape", func(m *Message) { m.MessageID = "abc@example.org" }, `header "Message-Id"`},
		{"custom value", func(m *Message) { m.Headers = map[string]string{"X-Campaign": "a\r\nBcc: eve@example.com"} }, `header "X-Campaign" contains a line break`},
		{"custom name", func(m *Message) { m.Headers = map[string]string{"X-A\r\nBcc": "v"} }, `header name`},
		{"custom colon", func(m *Message) { m.Headers = map[string]string{"Bcc: eve@example.com\r\nX": "v"} }, `header name`},
		{"reserved", func(m *Message) { m.Headers = map[string]string{"message-id": "<x@y>"} }, `header "Message-Id" is set by the mailer`},
		{"reserved bcc", func(m *Message) { m.Headers = map[string]string{"BCC": "eve@example.com"} }, `header "Bcc" is set by the mailer`},
		{"attachment type", func(m *Message) {
			m.Attachments = []Attachment{{Name: "a.txt", ContentType: "text/plain\r\nX-Evil: 1", Data: []byte("x")}}
		}, `attachment 0 content type`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := testMessage("bob@example.net")
			c.mod(&m)
			err := s.Send(context.Background(), m)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
			assert.ErrorIs(t, err, ErrInvalid)
			assert.True(t, IsPermanent(err))
			assert.NotContains(t, err.Error(), "eve@example.com", "error must not echo addresses")
		})
	}
	assert.Equal(t, 0, sink.Count())
	assert.Empty(t, outbox(t, dir))
}

func TestNewSenderValidation(t *testing.T) {
	for name, c := range map[string]struct {
		cfg  Config
		want string
	}{
		"From CRLF":   {Config{Host: "smtp.example.org", Port: 587, From: "desk@example.org\r\nBcc: x@y"}, `header "From" contains a line break`},
		"From bad":    {Config{Host: "smtp.example.org", Port: 587, From: "desk"}, "From is not a valid address"},
		"no host":     {Config{Port: 587, From: "desk@example.org"}, "Host is empty"},
		"bad port":    {Config{Host: "smtp.example.org", From: "desk@example.org"}, "Port 0"},
		"hello CRLF":  {Config{Host: "smtp.example.org", Port: 587, From: "desk@example.org", HelloName: "a\r\nb"}, "HelloName"},
		"host spaces": {Config{Host: "smtp example", Port: 587, From: "desk@example.org"}, "Host is invalid"},
	} {
		_, err := NewSender(c.cfg)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), c.want, name)
		assert.ErrorIs(t, err, ErrInvalid, name)
	}

	s, err := NewSender(Config{Host: "[::1]", Port: 25, From: `"Desk, Breach" <desk@example.org>`})
	require.NoError(t, err)
	assert.Equal(t, "[::1]:25", s.addr)
	assert.Equal(t, "desk@example.org", s.envFrom)
	assert.Equal(t, "localhost", s.hello)
	assert.NotContains(t, s.fromHeader, ",", "comma names would be split by the renderer")
	a, err := netmail.ParseAddress(s.fromHeader)
	require.NoError(t, err)
	assert.Equal(t, "Desk, Breach", a.Name)

	long := strings.Repeat("Müller, ", 12) + "Breach Desk"
	a, err = netmail.ParseAddress(formatAddress(&netmail.Address{Name: long, Address: "desk@example.org"}))
	require.NoError(t, err)
	assert.Equal(t, long, a.Name)
}

func TestSendRecipientRejected550(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	sink.RejectRecipient(func(rcpt string) bool { return rcpt == "gone@example.net" })
	s := senderFor(t, sink.Addr(), nil)

	err := s.Send(context.Background(), testMessage("Gone <gone@example.net>"))
	require.Error(t, err)
	assert.True(t, IsPermanent(err), err.Error())
	var te *textproto.Error
	require.ErrorAs(t, err, &te)
	assert.Equal(t, 550, te.Code)
	assert.Contains(t, err.Error(), "RCPT TO")
	assert.Equal(t, 0, sink.Count())
	assert.Empty(t, outbox(t, dir))

	require.NoError(t, s.Send(context.Background(), testMessage("ok@example.net")))
	sink.RejectRecipient(nil)
	require.NoError(t, s.Send(context.Background(), testMessage("gone@example.net")))
	assert.Equal(t, 2, sink.Count())
}

func TestSendRequiresSTARTTLSWhenNotOffered(t *testing.T) {
	// The sink offers no STARTTLS; pretend it is a remote host.
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)
	s.requireTLS = true

	err := s.Send(context.Background(), testMessage("bob@example.net"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "STARTTLS")
	assert.False(t, IsPermanent(err), "a server configuration problem is retried, not a recipient failure")
	assert.Equal(t, 0, sink.Count())
	assert.Empty(t, outbox(t, dir))
}

func TestSendUsesSTARTTLS(t *testing.T) {
	serverTLS, roots := selfSignedTLS(t)
	sink, dir := startTestSink(t, serverTLS)

	s := senderFor(t, sink.Addr(), nil)
	s.requireTLS = true
	s.rootCAs = roots
	require.NoError(t, s.Send(context.Background(), testMessage("bob@example.net")))
	assert.Equal(t, 1, sink.Count())
	assert.Len(t, outbox(t, dir), 1)

	// The certificate is verified: unknown roots fail before any data.
	s.rootCAs = x509.NewCertPool()
	err := s.Send(context.Background(), testMessage("bob@example.net"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "STARTTLS")
	assert.False(t, IsPermanent(err))
	assert.Equal(t, 1, sink.Count())

	// Credentials configured but the TLS server offers no AUTH: refuse.
	s = senderFor(t, sink.Addr(), func(c *Config) { c.Username, c.Password = "u", "p" })
	s.requireTLS = true
	s.rootCAs = roots
	err = s.Send(context.Background(), testMessage("bob@example.net"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "AUTH")
	assert.False(t, IsPermanent(err))
	assert.Equal(t, 1, sink.Count())
}

func TestSendLoopbackWithoutAUTH(t *testing.T) {
	// A dev sink does not offer AUTH; on loopback credentials are not sent.
	sink, _ := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), func(c *Config) { c.Username, c.Password = "u", "p" })
	require.NoError(t, s.Send(context.Background(), testMessage("bob@example.net")))
	assert.Equal(t, 1, sink.Count())
}

func TestSendContext(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.Send(ctx, testMessage("bob@example.net"))
	require.ErrorIs(t, err, context.Canceled)
	assert.False(t, IsPermanent(err))
	assert.Equal(t, 0, sink.Count())
	assert.Empty(t, outbox(t, dir))

	// A server that accepts but never greets: the deadline ends the session.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { _ = c.Close() })
		}
	}()
	hung := senderFor(t, ln.Addr().String(), nil)

	ctx, cancel = context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	// The deadline, not the hung server, ends the send: the error says so
	// (no wall-clock threshold, which a loaded machine could miss).
	err = hung.Send(ctx, testMessage("bob@example.net"))
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.False(t, IsPermanent(err))

	// Cancellation (no deadline) also unblocks the session.
	ctx, cancel = context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	err = hung.Send(ctx, testMessage("bob@example.net"))
	require.ErrorIs(t, err, context.Canceled)
}

func TestSendConnectionRefusedIsTransient(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())

	err = senderFor(t, addr, nil).Send(context.Background(), testMessage("bob@example.net"))
	require.Error(t, err)
	assert.False(t, IsPermanent(err))
	assert.False(t, errors.Is(err, ErrInvalid))
}

type mimePart struct {
	mediaType string
	fileName  string
	body      string
}

// readParts flattens a multipart body (one level of nesting).
func readParts(t *testing.T, mr *multipart.Reader) []mimePart {
	t.Helper()
	var out []mimePart
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return out
		}
		require.NoError(t, err)
		mt, params, err := mime.ParseMediaType(p.Header.Get("Content-Type"))
		require.NoError(t, err)
		if strings.HasPrefix(mt, "multipart/") {
			out = append(out, readParts(t, multipart.NewReader(p, params["boundary"]))...)
			continue
		}
		var r io.Reader = p
		if strings.EqualFold(p.Header.Get("Content-Transfer-Encoding"), "base64") {
			r = base64.NewDecoder(base64.StdEncoding, p)
		}
		b, err := io.ReadAll(r)
		require.NoError(t, err)
		out = append(out, mimePart{mediaType: mt, fileName: p.FileName(), body: string(b)})
	}
}

func normalizeNL(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// selfSignedTLS returns a server config for 127.0.0.1 and a pool trusting it.
func selfSignedTLS(t *testing.T) (*tls.Config, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "test sink"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}},
		MinVersion:   tls.VersionTLS12,
	}, pool
}

func TestSendCommaDisplayNames(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), func(c *Config) { c.From = `"Acme, Inc. Privacy" <privacy@example.org>` })
	require.NoError(t, s.Send(context.Background(), testMessage(`"Doe, Jane" <jane@example.net>`)))

	names := outbox(t, dir)
	require.Len(t, names, 1)
	msg, _ := readEML(t, filepath.Join(dir, names[0]))
	to, err := msg.Header.AddressList("To")
	require.NoError(t, err)
	require.Len(t, to, 1)
	assert.Equal(t, netmail.Address{Name: "Doe, Jane", Address: "jane@example.net"}, *to[0])
	from, err := msg.Header.AddressList("From")
	require.NoError(t, err)
	require.Len(t, from, 1)
	assert.Equal(t, netmail.Address{Name: "Acme, Inc. Privacy", Address: "privacy@example.org"}, *from[0])
}
