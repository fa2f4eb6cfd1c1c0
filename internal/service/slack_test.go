package service

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/slackapp"
)

// serveSlack serves the real Slack handler on a loopback listener with
// the given limits.
func serveSlack(t *testing.T, l httpLimits) string {
	t.Helper()
	app := slackapp.New(slackapp.Config{SigningSecret: "test-secret", TeamID: "T0001"}, nil, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := l.server(app.Handler())
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close(); app.Wait() })
	return ln.Addr().String()
}

// short are limits a test can run into quickly.
var short = httpLimits{
	ReadHeaderTimeout: 100 * time.Millisecond,
	ReadTimeout:       100 * time.Millisecond,
	WriteTimeout:      time.Second,
	IdleTimeout:       time.Second,
	MaxHeaderBytes:    1 << 10,
}

func TestSlackServerHasEveryLimit(t *testing.T) {
	srv := slackHTTPLimits.server(http.NotFoundHandler())
	assert.Positive(t, srv.ReadHeaderTimeout)
	assert.Positive(t, srv.ReadTimeout)
	assert.Positive(t, srv.WriteTimeout)
	assert.Positive(t, srv.IdleTimeout)
	assert.Positive(t, srv.MaxHeaderBytes)
	assert.Less(t, srv.MaxHeaderBytes, http.DefaultMaxHeaderBytes, "tighter than Go's default of 1 MB")
	assert.GreaterOrEqual(t, srv.WriteTimeout, srv.ReadTimeout, "the answer may follow a body read to the end")
}

func TestSlowBodyIsCutOff(t *testing.T) {
	addr := serveSlack(t, short)
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	const bodyLen = 1000
	_, err = io.WriteString(conn, "POST /slack/commands HTTP/1.1\r\nHost: slack\r\n"+
		"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
	require.NoError(t, err)

	// Whatever the server answers, it then closes the connection: the
	// reader returns.
	closed := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(conn)
		closed <- string(b)
	}()
	sent := 0
	var answer string
	func() {
		for sent < bodyLen {
			select {
			case answer = <-closed:
				return
			default:
			}
			if _, err := conn.Write([]byte("a")); err != nil {
				answer = <-closed
				return
			}
			sent++
			time.Sleep(10 * time.Millisecond) // a trickle, far slower than any real client
		}
		answer = <-closed
	}()
	assert.Less(t, sent, bodyLen, "the connection was closed before the body was complete")
	// The handler saw the read fail and said so before closing, unless
	// the close reset the connection before the answer was read.
	assert.True(t, answer == "" || strings.HasPrefix(answer, "HTTP/1.1 400 "), "answer %q", answer)
	t.Logf("sent %d of %d bytes; answer %q", sent, bodyLen, strings.SplitN(answer, "\r\n", 2)[0])
}

func TestHugeHeaderIsRefused(t *testing.T) {
	addr := serveSlack(t, short)
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/commands", strings.NewReader("command=%2Fbreach"))
	require.NoError(t, err)
	req.Header.Set("X-Padding", strings.Repeat("x", 64<<10))
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, resp.StatusCode)

	// Within the limit the same server answers.
	resp, err = http.Get("http://" + addr + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}
