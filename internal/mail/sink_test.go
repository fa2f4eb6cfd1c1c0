package mail

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStartSinkRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{
		"0.0.0.0:0",
		":0",
		"[::]:0",
		"192.0.2.10:2525",
		"example.org:25",
		"localhost.example.org:25",
	} {
		dir := filepath.Join(t.TempDir(), "outbox")
		s, err := StartSink(addr, dir)
		if s != nil {
			_ = s.Close()
		}
		require.Error(t, err, addr)
		assert.Contains(t, err.Error(), "loopback", addr)
		assert.NoDirExists(t, dir, "nothing is created for a refused address")
	}

	_, err := StartSink("no-port", t.TempDir())
	assert.Error(t, err)
	_, err = StartSink("127.0.0.1:0", "")
	assert.Error(t, err)
}

func TestSinkOutboxFiles(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)

	const n = 3
	for i := 1; i <= n; i++ {
		m := testMessage(fmt.Sprintf("r%d@example.net", i))
		m.Subject = fmt.Sprintf("msg %d", i)
		require.NoError(t, s.Send(context.Background(), m))
	}
	assert.Equal(t, n, sink.Count())

	st, err := os.Stat(dir)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o700), st.Mode().Perm())

	names := outbox(t, dir) // also fails on leftover temp files
	require.Len(t, names, n)
	re := regexp.MustCompile(`^\d{8}T\d{6}\.\d{9}-\d{6}\.eml$`)
	for i, name := range names {
		assert.Regexp(t, re, name)
		msg, _ := readEML(t, filepath.Join(dir, name))
		assert.Equal(t, fmt.Sprintf("msg %d", i+1), msg.Header.Get("Subject"), "names sort in arrival order")
		fi, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	}
}

func TestSinkStoresDataVerbatim(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)

	// Dot-stuffing is undone and nothing is added or normalised.
	raw := "From: <desk@example.org>\r\nTo: <bob@example.net>\r\nSubject: raw\r\n\r\n" +
		".leading dot\r\n..two dots\r\n.\r\nlast line\r\n"
	require.NoError(t, s.deliver(context.Background(), "bob@example.net", []byte(raw)))

	names := outbox(t, dir)
	require.Len(t, names, 1)
	got, err := os.ReadFile(filepath.Join(dir, names[0]))
	require.NoError(t, err)
	assert.Equal(t, raw, string(got))
}

func TestSinkClose(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	sink, err := StartSink("127.0.0.1:0", dir)
	require.NoError(t, err)
	addr := sink.Addr()
	require.NoError(t, sink.Close())
	assert.NoError(t, sink.Close(), "Close is idempotent")

	err = senderFor(t, addr, nil).Send(context.Background(), testMessage("bob@example.net"))
	require.Error(t, err)
	assert.False(t, IsPermanent(err))
	assert.Equal(t, 0, sink.Count())

	// Closing right after starting does not hang.
	sink, err = StartSink("localhost:0", dir)
	require.NoError(t, err)
	require.NoError(t, sink.Close())
}
