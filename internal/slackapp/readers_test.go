package slackapp

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/workflows"
)

const (
	privateID    = "BR-20261127-PR1V"
	privateTitle = "Payroll export mailed to the wrong bank"
	privateChan  = "CPRIV01"
)

// askStatus runs /breach status for an incident and returns the one
// answer that reaches the response_url.
func askStatus(t *testing.T, hs *harness, user, id string) string {
	t.Helper()
	before := len(hs.responseTexts())
	rec := hs.postNow("/slack/commands", hs.command("status "+id, user, "general"))
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, working, jsonBody(t, rec)["text"])
	hs.app.Wait()
	texts := hs.responseTexts()
	require.Len(t, texts, before+1)
	return texts[before]
}

func askList(t *testing.T, hs *harness, user string) string {
	t.Helper()
	before := len(hs.responseTexts())
	require.Equal(t, http.StatusOK, hs.postNow("/slack/commands", hs.command("list", user, "general")).Code)
	hs.app.Wait()
	texts := hs.responseTexts()
	require.Len(t, texts, before+1)
	return texts[before]
}

func TestOnlySecurityAndLegalRead(t *testing.T) {
	hs := newHarness(t)
	hs.inc.status = workflows.Status{ID: incidentID, Title: "ERP export bucket exposed", Phase: "triage"}
	hs.inc.summaries = []incidents.Summary{{ID: incidentID, Title: "ERP export bucket exposed", Phase: "triage", Running: true}}

	assert.Equal(t, refusedReader, askStatus(t, hs, otherUser, incidentID))
	assert.Equal(t, refusedReader, askList(t, hs, otherUser))
	got := hs.inc.snapshot()
	assert.Empty(t, got.statuses, "a refused reader's question never reaches the workflow")
	assert.Zero(t, got.lists)

	assert.Contains(t, askStatus(t, hs, securityUser, incidentID), "ERP export bucket exposed")
	assert.Contains(t, askStatus(t, hs, legalUser, incidentID), "ERP export bucket exposed")
	assert.Contains(t, askList(t, hs, securityUser), "ERP export bucket exposed")
	assert.Contains(t, askList(t, hs, legalUser), "ERP export bucket exposed")

	// Without a security list, legal still reads and security does not.
	hs.restart(func(c *Config) { c.SecurityUsers = nil })
	assert.Equal(t, refusedReader, askList(t, hs, securityUser))
	assert.Contains(t, askList(t, hs, legalUser), "ERP export bucket exposed")
}

func TestReaderCheckFailureIsReported(t *testing.T) {
	hs := newHarness(t, func(c *Config) {
		c.SecurityUsers = func(context.Context) ([]string, error) {
			return nil, errors.New("slack usergroups.users.list: ratelimited")
		}
	})
	assert.Equal(t, "Could not check who may read incidents: slack usergroups.users.list: ratelimited. Try again.", askList(t, hs, securityUser))
	assert.Zero(t, hs.inc.snapshot().lists)
	// Legal's list still admits legal.
	assert.Equal(t, "No open incidents.", askList(t, hs, legalUser))
}

func TestPrivateIncidentStatusOnlyForChannelMembers(t *testing.T) {
	hs := newHarness(t)
	hs.inc.status = workflows.Status{ID: privateID, Title: privateTitle, Phase: "triage", Private: true, SlackChannel: privateChan}
	// Three members: the membership list comes in two pages.
	hs.members[privateChan] = []string{"UCMDR01", "UOTHERSEC", securityUser}

	got := askStatus(t, hs, securityUser, privateID)
	assert.Contains(t, got, privateTitle, "a member of its channel reads it")

	got = askStatus(t, hs, legalUser, privateID)
	assert.Equal(t, privateID+" is private: only members of its channel can read it.", got)
	assert.NotContains(t, got, privateTitle)

	// Before its channel is open nobody is a member.
	hs.inc.status.SlackChannel = ""
	assert.Equal(t, privateID+" is private: only members of its channel can read it.", askStatus(t, hs, securityUser, privateID))

	// When membership cannot be checked, the answer says so and shows nothing.
	hs.inc.status.SlackChannel = "CGONE"
	got = askStatus(t, hs, securityUser, privateID)
	assert.Equal(t, "Could not check the members of "+privateID+"'s channel: slack conversations.members: channel_not_found. Try again.", got)
}

func TestListLeavesOutPrivateIncidentsOfOtherChannels(t *testing.T) {
	hs := newHarness(t)
	started := time.Date(2026, 11, 27, 13, 17, 0, 0, time.UTC)
	const otherPrivate, otherTitle = "BR-20261126-PR2V", "Board minutes on a public share"
	hs.inc.summaries = []incidents.Summary{
		{ID: incidentID, Title: "ERP export bucket exposed", Phase: "approval", Running: true, Started: started},
		{ID: privateID, Title: privateTitle, Phase: "triage", Running: true, Started: started, Private: true},
		{ID: otherPrivate, Title: otherTitle, Phase: "triage", Running: true, Started: started, Private: true},
	}
	hs.inc.byID = map[string]workflows.Status{
		privateID:    {ID: privateID, Private: true, SlackChannel: privateChan},
		otherPrivate: {ID: otherPrivate, Private: true, SlackChannel: "CPRIV02"},
	}
	hs.members[privateChan] = []string{"UCMDR01", legalUser}
	hs.members["CPRIV02"] = []string{"UCMDR02", securityUser}

	got := askList(t, hs, legalUser)
	assert.Contains(t, got, "ERP export bucket exposed")
	assert.Contains(t, got, privateTitle, "legal is in its channel")
	assert.NotContains(t, got, otherTitle, "the title of a private incident does not reach a non-member")
	assert.NotContains(t, got, otherPrivate)
	assert.ElementsMatch(t, []string{privateID, otherPrivate}, hs.inc.snapshot().statuses, "only private incidents are looked up")

	got = askList(t, hs, securityUser)
	assert.NotContains(t, got, privateTitle)
	assert.Contains(t, got, otherTitle)

	// A private incident whose channel cannot be learnt is left out.
	delete(hs.inc.byID, otherPrivate)
	got = askList(t, hs, securityUser)
	assert.NotContains(t, got, otherTitle)
	assert.Contains(t, got, "ERP export bucket exposed")
}

// /breach status says which facts are not known yet and marks each duty
// that turns on them.
func TestStatusShowsUnknownFacts(t *testing.T) {
	hs := newHarness(t)
	hs.inc.status = workflows.Status{ID: incidentID, Title: "ERP export bucket exposed", Phase: "approval", Triaged: true, PersonalData: true,
		Obligations: []breach.TrackedObligation{{Obligation: breach.Obligation{ID: "kvkk-board-TR", Recipient: "Kurul", Basis: "KVKK Art. 12(5)",
			Required: true, Uncertain: true, Unknown: []string{"nature"}}, Status: breach.ObligationOpen}}}
	text := askStatus(t, hs, legalUser, incidentID)
	assert.Contains(t, text, "*Not known yet:* nature")
	assert.Contains(t, text, "_uncertain: nature not known yet_")
}
