package workflows

import (
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
