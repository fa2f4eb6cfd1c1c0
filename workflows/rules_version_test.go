package workflows

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/rules"
)

// addRuleRow adds a row to the rules table under a new rules version, as a
// deploy of a table change would, and restores both when the test ends.
func addRuleRow(t *testing.T) {
	oldTable, oldVersion := rules.Table, rules.Version
	t.Cleanup(func() { rules.Table, rules.Version = oldTable, oldVersion })
	rules.Version = oldVersion + 1
	rules.Table = append(slices.Clone(oldTable), rules.Rule{
		ID: "test-added", Regime: "GDPR", Scope: rules.ScopeEEA, Audience: "authority", Notifier: "controller",
		Trigger: rules.Awareness, Period: 24, Unit: rules.Hours, Basis: "Test Art. 1", NoticeKind: "authority", Language: "en",
		Since: rules.Version,
	})
}

// An incident keeps the rules version it was first assessed with: a row
// added to the table while it runs does not reach its re-assessment. The
// incident triaged after the change is the control: it gets the row.
func TestRulesVersionPinnedAtFirstAssessment(t *testing.T) {
	v := rules.Version
	h := newHarness(t)
	var untriaged, reassessed Status
	h.at(time.Minute, func() { untriaged = h.status() })
	h.at(2*time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DK": 40}, "risk"), By: legalName})
	})
	h.at(3*time.Minute, func() { addRuleRow(t) })
	h.at(4*time.Minute, func() {
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Subjects: map[string]int{"DK": 41, "SE": 3}}, By: legalName})
	})
	h.at(5*time.Minute, func() {
		reassessed = h.status()
		h.ok(UpdateClose, CloseInput{By: legalName, Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-PIN1", Title: "t"})
	require.True(t, h.env.IsWorkflowCompleted())
	require.NoError(t, h.env.GetWorkflowError())

	assert.Nil(t, untriaged.RulesVersion, "nothing is pinned before the first assessment")
	require.NotNil(t, reassessed.RulesVersion)
	assert.Equal(t, v, *reassessed.RulesVersion)
	assert.Equal(t, breach.ObligationOpen, obligationByID(reassessed, "gdpr-33-authority-SE").Status, "the re-assessment ran")
	assert.Empty(t, obligationByID(reassessed, "test-added-DK").ID, "a row of a later rules version")

	// Control: an incident first assessed after the change sees the row.
	h2 := newHarness(t)
	var later Status
	h2.at(time.Minute, func() {
		h2.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DK": 40}, "risk"), By: legalName})
	})
	h2.at(2*time.Minute, func() {
		later = h2.status()
		h2.ok(UpdateClose, CloseInput{By: legalName, Force: true, Reason: "test ends"})
	})
	h2.start(IncidentInput{ID: "BR-20260302-PIN2", Title: "t"})
	require.NoError(t, h2.env.GetWorkflowError())
	require.NotNil(t, later.RulesVersion)
	assert.Equal(t, v+1, *later.RulesVersion)
	assert.Equal(t, breach.ObligationOpen, obligationByID(later, "test-added-DK").Status)
}

func TestDismissedIncidentPinsNoRules(t *testing.T) {
	h := newHarness(t)
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{NotPersonalData: true, Rationale: "test data only", By: legalName})
	})
	h.start(IncidentInput{ID: "BR-20260302-PIN3", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	var final Status
	require.NoError(t, h.env.GetWorkflowResult(&final))
	assert.Nil(t, final.RulesVersion, "never assessed")
}

// Legal moves a running incident to the newer rules deliberately: the
// re-assessment then sees the new row, and the move is in the timeline.
// Nobody else can, and it never moves backwards or past this worker.
func TestReassessMovesToNewerRules(t *testing.T) {
	v := rules.Version
	h := newHarness(t)
	var before, after Status
	var byResponder, backwards, tooNew, noReason *outcome
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DK": 40}, "risk"), By: legalName})
	})
	h.at(2*time.Minute, func() { addRuleRow(t) })
	h.at(3*time.Minute, func() {
		before = h.status()
		byResponder = h.update(UpdateReassess, ReassessInput{To: v + 1, Reason: "new rules", By: "Sam Okafor"})
		backwards = h.update(UpdateReassess, ReassessInput{To: v, Reason: "same", By: legalName})
		tooNew = h.update(UpdateReassess, ReassessInput{To: v + 2, Reason: "future", By: legalName})
		noReason = h.update(UpdateReassess, ReassessInput{To: v + 1, By: legalName})
	})
	h.at(4*time.Minute, func() {
		h.ok(UpdateReassess, ReassessInput{To: v + 1, Reason: "table corrected after counsel's review", By: legalName})
	})
	h.at(5*time.Minute, func() {
		after = h.status()
		h.ok(UpdateClose, CloseInput{By: legalName, Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-REAS", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())

	assert.Equal(t, v, *before.RulesVersion)
	assert.Empty(t, obligationByID(before, "test-added-DK").ID)
	require.Error(t, byResponder.err)
	assert.Contains(t, byResponder.err.Error(), "legal")
	assert.ErrorContains(t, backwards.err, "moves it forward only")
	assert.ErrorContains(t, tooNew.err, "not known to this worker")
	assert.ErrorContains(t, noReason.err, "say why")

	require.NotNil(t, after.RulesVersion)
	assert.Equal(t, v+1, *after.RulesVersion)
	assert.Equal(t, breach.ObligationOpen, obligationByID(after, "test-added-DK").Status, "the new row reached the incident")
	i := slices.IndexFunc(after.Timeline, func(e breach.Event) bool { return e.Kind == "reassessed" })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, fmt.Sprintf("moved from rules v%d to v%d: table corrected after counsel's review", v, v+1), after.Timeline[i].Text)
	assert.Equal(t, legalName, after.Timeline[i].By)
	assert.True(t, slices.ContainsFunc(after.Refusals, func(r Refusal) bool { return r.Update == UpdateReassess && r.By == "Sam Okafor" }), "the refusal is recorded")
}
