package e2e

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/workflows"
)

// TestDevSendsThroughAnExternalServer: `worker -dev -smtp HOST:PORT` (or
// BREACH_SMTP_HOST/PORT) sends the notices to that server, as one would to
// mailpit, and starts no sink of its own. The server here is a real SMTP
// server of its own (the sink, run apart from the worker).
func TestDevSendsThroughAnExternalServer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	for _, how := range []string{"flag", "env"} {
		t.Run(how, func(t *testing.T) {
			relayDir := t.TempDir()
			relay, err := mail.StartSink("127.0.0.1:0", relayDir)
			require.NoError(t, err)
			defer relay.Close()
			o := service.Options{Dev: true, DataDir: t.TempDir(), TemporalAddress: freeAddress(t)}
			if how == "flag" {
				o.SMTP = relay.Addr()
			} else {
				host, port, _ := net.SplitHostPort(relay.Addr())
				t.Setenv("BREACH_SMTP_HOST", host)
				t.Setenv("BREACH_SMTP_PORT", port)
			}
			ctx := context.Background()
			svc, err := service.Start(ctx, o)
			require.NoError(t, err)
			defer svc.Stop()
			require.Nil(t, svc.Sink, "no sink of its own")
			require.Equal(t, relay.Addr(), svc.SMTPAddress)
			c := signingClient(t, svc, o.DataDir)

			id, err := c.Declare(ctx, "ERP export bucket exposed", nil, security)
			require.NoError(t, err)
			_, err = c.Triage(ctx, id, workflows.TriageInput{Facts: readFacts(t, "../examples/triage-facts.json"), By: legal})
			require.NoError(t, err)
			_, err = c.Approve(ctx, id, workflows.ApproveInput{All: true, By: legal})
			require.NoError(t, err)
			waitFor(t, c, id, "the processor notices", func(s workflows.Status) bool {
				return noticeFor(s, "processor-notice-acme-tekstil").Status == breach.NoticeSent &&
					noticeFor(s, "processor-notice-nordwerk").Status == breach.NoticeSent
			})
			got := outbox(t, relayDir)
			assert.GreaterOrEqual(t, len(got), 2, "the notices reached the external server")
			msg := readEML(t, got[0])
			assert.Contains(t, msg.Header.Get("Reply-To"), "@", "Reply-To: the privacy contact")
			_, err = os.Stat(filepath.Join(o.DataDir, "outbox"))
			assert.ErrorIs(t, err, os.ErrNotExist, "no outbox: nothing went to a sink")
		})
	}
}
