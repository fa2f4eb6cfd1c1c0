package slackapp

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/workflows"
)

// Every workflow call runs after the ack. Each case holds the call until
// the ack is back: a handler that waited for it would hang here instead of
// answering, so no clock is needed to tell.
func TestAcksDoNotWaitForTheWorkflow(t *testing.T) {
	cases := []struct {
		name, method, path string
		form               func(hs *harness) url.Values
	}{
		{"status", "Status", "/slack/commands", func(hs *harness) url.Values {
			return hs.command("status "+incidentID, securityUser, "general")
		}},
		{"list", "List", "/slack/commands", func(hs *harness) url.Values { return hs.command("list", securityUser, "general") }},
		{"triage", "Triage", "/slack/interactivity", func(hs *harness) url.Values {
			return hs.submission(CallbackTriage, modalMeta{Incident: incidentID, Channel: "C0001"}, values(map[string]map[string]any{
				"personal_data": radio("no"), "rationale": text("Only synthetic test data"),
			}), securityUser)
		}},
		{"approve", "Approve", "/slack/interactivity", func(hs *harness) url.Values {
			return hs.button(ActionApprove, ActionValue(incidentID, "N1", "gdpr-33-authority-DE"), legalUser)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hs := newHarness(t)
			hs.inc.status = workflows.Status{ID: incidentID, Title: "ERP export bucket exposed"}
			hs.inc.summaries = []incidents.Summary{{ID: incidentID, Title: "ERP export bucket exposed", Running: true}}
			release := make(chan struct{})
			hs.inc.gates = map[string]chan struct{}{c.method: release}
			hs.inc.entered = make(chan string, 1)

			rec := hs.postNow(c.path, c.form(hs))
			require.Equal(t, http.StatusOK, rec.Code, "acked while %s is held", c.method)
			assert.Equal(t, c.method, <-hs.inc.entered, "the call runs in the background, still held")
			assert.Empty(t, hs.responseTexts(), "no outcome yet")
			assert.Empty(t, hs.ephemeralMessages())
			close(release)
			hs.app.Wait()
			assert.Len(t, append(hs.responseTexts(), texts(hs.ephemeralMessages())...), 1, "then the outcome reaches the user")
		})
	}
}

func texts(ms []postedMessage) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}
