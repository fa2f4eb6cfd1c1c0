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
	"github.com/breachwf/breach/workflows"
)

func TestRefusalsReachTheRecord(t *testing.T) {
	const obligation = "gdpr-33-authority-DE"
	refusal := func(action, target string) refusalCall {
		return refusalCall{incidentID, workflows.RefusalInput{Action: action, Target: target, SlackUser: otherUser, Reason: reasonNotLegal}}
	}
	cases := []struct {
		name   string
		late   bool // the notice is past its deadline: Approve asks for the delay's reasons in a modal first
		form   func(hs *harness) map[string][]string
		answer string
		want   refusalCall
	}{
		{"approve", false, func(hs *harness) map[string][]string {
			return hs.button(ActionApprove, ActionValue(incidentID, "N1", obligation), otherUser)
		}, "Only legal can approve notices.", refusal(workflows.UpdateApprove, "N1")},
		{"approve late (a legal modal)", true, func(hs *harness) map[string][]string {
			return hs.button(ActionApprove, ActionValue(incidentID, "N1", obligation), otherUser)
		}, "Only legal can approve notices.", refusal(workflows.UpdateApprove, "N1")},
		{"request changes (a legal modal)", false, func(hs *harness) map[string][]string {
			return hs.button(ActionRequestChanges, ActionValue(incidentID, "N1", obligation), otherUser)
		}, "Only legal can request changes to notices.", refusal(workflows.UpdateRequestChanges, "N1")},
		{"waive (a legal modal)", false, func(hs *harness) map[string][]string {
			return hs.button(ActionWaive, ActionValue(incidentID, "N1", obligation), otherUser)
		}, "Only legal can waive obligations.", refusal(workflows.UpdateWaive, obligation)},
		// Forms they could not have opened, submitted anyway.
		{"waive form", false, func(hs *harness) map[string][]string {
			return hs.submission(CallbackWaive, modalMeta{Incident: incidentID, Notice: "N1", Obligation: obligation, ResponseURL: hs.hook.URL},
				values(map[string]map[string]any{"reason": text("Encrypted")}), otherUser)
		}, "Only legal can waive obligations.", refusal(workflows.UpdateWaive, obligation)},
		{"changes form", false, func(hs *harness) map[string][]string {
			return hs.submission(CallbackChanges, modalMeta{Incident: incidentID, Notice: "N1", Obligation: obligation, ResponseURL: hs.hook.URL},
				values(map[string]map[string]any{"comment": text("Shorter")}), otherUser)
		}, "Only legal can request changes to notices.", refusal(workflows.UpdateRequestChanges, "N1")},
		{"late approval form", false, func(hs *harness) map[string][]string {
			return hs.submission(CallbackApproveLate, modalMeta{Incident: incidentID, Notice: "N1", Obligation: obligation, ResponseURL: hs.hook.URL},
				values(map[string]map[string]any{"delay_reason": text("Forensics")}), otherUser)
		}, "Only legal can approve notices.", refusal(workflows.UpdateApprove, "N1")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hs := newHarness(t)
			if c.late {
				due := hs.now.Add(-time.Hour)
				hs.inc.status = workflows.Status{ID: incidentID,
					Obligations: []breach.TrackedObligation{{Obligation: breach.Obligation{ID: obligation, Due: &due}, Status: breach.ObligationOpen}},
					Notices:     []breach.Notice{{ID: "N1", ObligationID: obligation, Status: breach.NoticeDraft}},
				}
			}
			require.Equal(t, http.StatusOK, hs.postNow("/slack/interactivity", c.form(hs)).Code)
			hs.app.Wait()
			assert.Equal(t, []string{c.answer}, hs.responseTexts(), "the user is answered privately, in one line")
			got := hs.inc.snapshot()
			assert.Equal(t, []refusalCall{c.want}, got.refusals, "who, what and why are on record")
			assert.Empty(t, got.approves)
			assert.Empty(t, got.changes)
			assert.Empty(t, got.waives)
			assert.Empty(t, hs.openedViews(), "no legal form opens")
		})
	}
}

func TestRefusalIsAnsweredEvenIfNotRecorded(t *testing.T) {
	hs := newHarness(t)
	hs.inc.err = errors.New("workflow unavailable")
	hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "o"), otherUser))
	hs.app.Wait()
	assert.Equal(t, []string{"Only legal can approve notices."}, hs.responseTexts())
	assert.Len(t, hs.inc.snapshot().refusals, 1, "it was tried")
}

func TestNoRefusalRecordedForLegalOrAFailedCheck(t *testing.T) {
	hs := newHarness(t)
	hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, "N1", "o"), legalUser))
	hs.app.Wait()
	assert.Len(t, hs.inc.snapshot().approves, 1)

	// When legal's membership cannot be read, nobody was refused: the user
	// is told to try again and nothing is put on record.
	hs.restart(func(c *Config) {
		c.LegalUsers = func(context.Context) ([]string, error) {
			return nil, errors.New("slack usergroups.users.list: ratelimited")
		}
	})
	hs.postNow("/slack/interactivity", hs.button(ActionWaive, ActionValue(incidentID, "N1", "o"), otherUser))
	hs.app.Wait()
	assert.Empty(t, hs.inc.snapshot().refusals)
	require.Len(t, hs.responseTexts(), 2)
	assert.Contains(t, hs.responseTexts()[1], "Could not check who is in legal")
}
