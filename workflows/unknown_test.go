package workflows

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

// A triage that leaves the nature out keeps the KVKK duties, uncertain
// with the fact named. Giving the fact later re-assesses; a fact that makes
// a duty disappear needs legal, so a responder's is refused and recorded.
func TestUnknownFactKeepsTheDutyUntilLegalSettlesIt(t *testing.T) {
	h := newHarness(t)
	var triaged, refusedStatus, settled Status
	var byResponder *outcome
	f := controllerFacts(map[string]int{"TR": 40}, "high")
	f.Nature = nil
	h.at(time.Minute, func() { h.ok(UpdateTriage, TriageInput{Facts: f, By: legalName}) })
	h.at(2*time.Minute, func() {
		triaged = h.status()
		byResponder = h.update(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Nature: []string{"availability"}}, By: "Sam Okafor"})
	})
	h.at(3*time.Minute, func() {
		refusedStatus = h.status()
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Nature: []string{"availability"}}, By: legalName, Note: "backups only; nothing left our systems"})
	})
	h.at(4*time.Minute, func() {
		settled = h.status()
		h.ok(UpdateClose, CloseInput{By: legalName, Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-UNKN", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())

	board := obligationByID(triaged, "kvkk-board-TR")
	require.Equal(t, breach.ObligationOpen, board.Status, "an unknown nature does not waive the Board's 72 hours")
	assert.True(t, board.Uncertain)
	assert.Contains(t, board.Unknown, "nature")
	assert.Contains(t, board.Doubt(), "nature not known yet")

	require.Error(t, byResponder.err, "a responder's fact that ends a duty")
	assert.Contains(t, byResponder.err.Error(), "kvkk-board-TR would no longer be required")
	assert.Equal(t, breach.ObligationOpen, obligationByID(refusedStatus, "kvkk-board-TR").Status)

	assert.Equal(t, breach.ObligationNotRequired, obligationByID(settled, "kvkk-board-TR").Status, "re-assessed on the given fact")
}
