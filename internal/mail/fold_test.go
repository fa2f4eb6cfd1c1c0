package mail

import (
	"bytes"
	"context"
	"mime"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A long subject (plain, or non-ASCII in encoded words) is folded into
// header lines of at most 78 characters and reads back whole; Reply-To is
// the configured contact.
func TestLongSubjectsFoldAndReplyToIsSet(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), func(c *Config) { c.ReplyTo = "Privacy Team <privacy@example.org>" })
	subjects := []string{
		"[BR-20261203-EEG6] Personal data breach notification (GDPR Art. 33(2); KVKK Board Decision 2019/10) and a little more",
		"[BR-20261203-EEG6] Wichtige Informationen zu Ihren personenbezogenen Daten: Datenschutzverletzung bei Müller & Söhne GmbH",
		"[BR-1] " + strings.Repeat("x", 120), // no space to fold at: left whole
	}
	for i, subj := range subjects {
		m := testMessage("Bob Example <bob@example.net>")
		m.Subject = subj
		m.MessageID = "<fold-" + string(rune('a'+i)) + "@example.org>"
		require.NoError(t, s.Send(context.Background(), m))
	}
	names := outbox(t, dir)
	require.Len(t, names, 3)
	for i, name := range names {
		msg, raw := readEML(t, filepath.Join(dir, name))
		got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		require.NoError(t, err)
		assert.Equal(t, subjects[i], got)
		rt, err := msg.Header.AddressList("Reply-To")
		require.NoError(t, err)
		require.Len(t, rt, 1)
		assert.Equal(t, "privacy@example.org", rt[0].Address)
		head := raw[:bytes.Index(raw, []byte("\r\n\r\n"))]
		for _, line := range strings.Split(string(head), "\r\n") {
			if i < 2 {
				assert.LessOrEqual(t, len(line), 78, "header line %q", line)
			}
		}
		if i < 2 {
			assert.Contains(t, string(head), "\r\n ", "folded")
		}
	}
}

func TestReplyToIsValidated(t *testing.T) {
	_, err := NewSender(Config{Host: "127.0.0.1", Port: 25, From: testFrom, ReplyTo: "x@example.org\r\nBcc: y@example.org"})
	require.ErrorIs(t, err, ErrInvalid)
	_, err = NewSender(Config{Host: "127.0.0.1", Port: 25, From: testFrom, ReplyTo: "not an address"})
	require.ErrorIs(t, err, ErrInvalid)
	m := testMessage("bob@example.net")
	m.Headers = map[string]string{"Reply-To": "evil@example.com"}
	s, err := NewSender(Config{Host: "127.0.0.1", Port: 25, From: testFrom})
	require.NoError(t, err)
	require.ErrorIs(t, s.Send(context.Background(), m), ErrInvalid, "Reply-To is the mailer's")
}
