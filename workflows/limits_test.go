package workflows

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
)

// Every text field of every Update input: at its limit it passes, one past
// it the message names the field and the limit. The texts are of "ğ", two
// bytes in UTF-8, so a check counting bytes would refuse them at the limit.
func TestCheckSizeOfEveryField(t *testing.T) {
	update := func(name string, in func(string) any) func(string) error {
		return func(s string) error { return CheckSize(name, in(s)) }
	}
	cases := []struct {
		input, field string
		limit        int
		check        func(string) error
	}{
		{"declare", "id", breach.MaxName, func(s string) error { return IncidentInput{ID: s}.CheckSize() }},
		{"declare", "title", breach.MaxTitle, func(s string) error { return IncidentInput{Title: s}.CheckSize() }},
		{"declare", "declared_by", breach.MaxName, func(s string) error { return IncidentInput{DeclaredBy: s}.CheckSize() }},
		{"declare", "commander", breach.MaxName, func(s string) error { return IncidentInput{Commander: s}.CheckSize() }},
		{"declare", "facts: summary", breach.MaxText, func(s string) error { return IncidentInput{Facts: &breach.Facts{Summary: s}}.CheckSize() }},

		{UpdateTriage, "facts: summary", breach.MaxText, update(UpdateTriage, func(s string) any { return TriageInput{Facts: breach.Facts{Summary: s}} })},
		{UpdateTriage, "facts: controllers[0].name", breach.MaxName, update(UpdateTriage, func(s string) any {
			return TriageInput{Facts: breach.Facts{Controllers: []breach.Controller{{ID: "acme", Name: s}}}}
		})},
		{UpdateTriage, "rationale", breach.MaxReason, update(UpdateTriage, func(s string) any { return TriageInput{Rationale: s} })},
		{UpdateTriage, "by", breach.MaxName, update(UpdateTriage, func(s string) any { return TriageInput{By: s} })},

		{UpdateApprove, "notice_ids[1]", breach.MaxName, update(UpdateApprove, func(s string) any { return ApproveInput{NoticeIDs: []string{"N1", s}} })},
		{UpdateApprove, "by", breach.MaxName, update(UpdateApprove, func(s string) any { return ApproveInput{By: s} })},
		{UpdateApprove, "delay_reason", breach.MaxReason, update(UpdateApprove, func(s string) any { return ApproveInput{DelayReason: s} })},

		{UpdateRequestChanges, "notice_id", breach.MaxName, update(UpdateRequestChanges, func(s string) any { return RequestChangesInput{NoticeID: s} })},
		{UpdateRequestChanges, "by", breach.MaxName, update(UpdateRequestChanges, func(s string) any { return RequestChangesInput{By: s} })},
		{UpdateRequestChanges, "comment", breach.MaxReason, update(UpdateRequestChanges, func(s string) any { return RequestChangesInput{Comment: s} })},

		{UpdateWaive, "obligation_id", breach.MaxName, update(UpdateWaive, func(s string) any { return WaiveInput{ObligationID: s} })},
		{UpdateWaive, "reason", breach.MaxReason, update(UpdateWaive, func(s string) any { return WaiveInput{Reason: s} })},
		{UpdateWaive, "by", breach.MaxName, update(UpdateWaive, func(s string) any { return WaiveInput{By: s} })},

		{UpdateFiled, "obligation_id", breach.MaxName, update(UpdateFiled, func(s string) any { return FiledInput{ObligationID: s} })},
		{UpdateFiled, "reference", breach.MaxName, update(UpdateFiled, func(s string) any { return FiledInput{Reference: s} })},
		{UpdateFiled, "by", breach.MaxName, update(UpdateFiled, func(s string) any { return FiledInput{By: s} })},

		{UpdateAddFacts, "facts: measures", breach.MaxText, update(UpdateAddFacts, func(s string) any { return AddFactsInput{Facts: breach.Facts{Measures: s}} })},
		{UpdateAddFacts, "by", breach.MaxName, update(UpdateAddFacts, func(s string) any { return AddFactsInput{By: s} })},
		{UpdateAddFacts, "note", breach.MaxReason, update(UpdateAddFacts, func(s string) any { return AddFactsInput{Note: s} })},

		{UpdateClose, "by", breach.MaxName, update(UpdateClose, func(s string) any { return CloseInput{By: s} })},
		{UpdateClose, "reason", breach.MaxReason, update(UpdateClose, func(s string) any { return CloseInput{Reason: s} })},

		{UpdateScope, "incident_id", breach.MaxName, update(UpdateScope, func(s string) any {
			return ScopeInput{ScopeInput: activities.ScopeInput{IncidentID: s}}
		})},
		{UpdateScope, "path", breach.MaxReason, update(UpdateScope, func(s string) any { return ScopeInput{ScopeInput: activities.ScopeInput{Path: s}} })},
		{UpdateScope, "format", breach.MaxItem, update(UpdateScope, func(s string) any { return ScopeInput{ScopeInput: activities.ScopeInput{Format: s}} })},
		{UpdateScope, "controller_id", breach.MaxName, update(UpdateScope, func(s string) any {
			return ScopeInput{ScopeInput: activities.ScopeInput{ControllerID: s}}
		})},
		{UpdateScope, "by", breach.MaxName, update(UpdateScope, func(s string) any { return ScopeInput{By: s} })},
	}
	for _, c := range cases {
		t.Run(c.input+" "+c.field, func(t *testing.T) {
			assert.NoError(t, c.check(strings.Repeat("ğ", c.limit)), "at the limit")
			err := c.check(strings.Repeat("ğ", c.limit+1))
			require.Error(t, err, "one past the limit")
			assert.Equal(t, fmt.Sprintf("%s: %d characters, at most %d", c.field, c.limit+1, c.limit), err.Error())
		})
	}
}

func TestCheckSizeOfNoticeIDList(t *testing.T) {
	ids := make([]string, breach.MaxListItems+1)
	for i := range ids {
		ids[i] = fmt.Sprintf("N%d", i+1)
	}
	assert.NoError(t, CheckSize(UpdateApprove, ApproveInput{NoticeIDs: ids[:breach.MaxListItems]}))
	assert.EqualError(t, CheckSize(UpdateApprove, ApproveInput{NoticeIDs: ids}), "notice_ids: 501 entries, at most 500")
}

// The case, and what a message with several problems looks like.
func TestCheckSizeOfTriage(t *testing.T) {
	big := TriageInput{Facts: breach.Facts{Summary: strings.Repeat("x", 3<<20)}, By: "sec-oncall"}
	assert.EqualError(t, CheckSize(UpdateTriage, big), "facts: summary: 3145728 characters, at most 20000")
	assert.EqualError(t, CheckSize(UpdateTriage, &big), "facts: summary: 3145728 characters, at most 20000", "a pointer is checked too")

	big.By = strings.Repeat("b", 300)
	assert.EqualError(t, CheckSize(UpdateTriage, big), "facts: summary: 3145728 characters, at most 20000; by: 300 characters, at most 200")

	data, err := os.ReadFile("../examples/triage-facts.json")
	require.NoError(t, err)
	facts, err := breach.ParseFacts(data)
	require.NoError(t, err)
	assert.NoError(t, CheckSize(UpdateTriage, TriageInput{Facts: facts, By: "sec-oncall"}), "the example triage")
	assert.NoError(t, IncidentInput{ID: "BR-20260302-7K2Q", Title: "ERP export bucket exposed", Facts: &facts}.CheckSize())
}

// Every Update has limits: the dispatcher refuses a name it does not know
// rather than let an input through unchecked, and an input of the wrong
// type rather than check nothing.
func TestCheckSizeKnowsEveryUpdate(t *testing.T) {
	inputs := map[string]any{
		UpdateTriage: TriageInput{}, UpdateApprove: ApproveInput{}, UpdateRequestChanges: RequestChangesInput{},
		UpdateWaive: WaiveInput{}, UpdateFiled: FiledInput{}, UpdateAddFacts: AddFactsInput{},
		UpdateClose: CloseInput{}, UpdateScope: ScopeInput{},
	}
	for name, in := range inputs {
		assert.NoError(t, CheckSize(name, in), name)
		assert.ErrorContains(t, CheckSize(name, struct{}{}), name+": size check of a struct {}", name)
	}
	assert.EqualError(t, CheckSize("rename", CloseInput{}), "rename: no size limits are defined for this update")
	assert.Error(t, CheckSize(UpdateClose, (*CloseInput)(nil)))
	assert.Error(t, CheckSize(UpdateClose, WaiveInput{}), "another update's input")
}
