package workflows

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/identity"
)

func kinds(s Status, kind string) []string {
	var out []string
	for _, e := range s.Timeline {
		if e.Kind == kind {
			out = append(out, e.Text)
		}
	}
	return out
}

// The attacks of issue 9, each refused with a one-line reason and on record
// in the timeline, the refusals and the register.
func TestAttacksAreRefusedAndRecorded(t *testing.T) {
	h := newHarness(t)
	errs := map[string]*outcome{}
	var mid Status
	h.at(time.Minute, func() {
		errs["dismiss-by-responder"] = h.update(UpdateTriage, TriageInput{NotPersonalData: true, Rationale: "nothing to see", By: "Sam Okafor"})
	})
	h.at(2*time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DE": 300}, "high"), By: "Sam Okafor"})
	})
	h.at(time.Hour, func() {
		unlikely := breach.Facts{Risk: breach.RiskUnlikely}
		errs["lower-risk-by-responder"] = h.update(UpdateAddFacts, AddFactsInput{Facts: unlikely, By: "Sam Okafor"})
		errs["encrypted-by-responder"] = h.update(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Encrypted: breach.Bool(true)}, By: "Sam Okafor"})
		errs["fewer-people"] = h.update(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Subjects: map[string]int{"DE": 1}}, By: "Sam Okafor"})
		errs["force-close-by-stranger"] = h.update(UpdateClose, CloseInput{By: "Mallory Intruder", Force: true, Reason: "x"})
		errs["close-by-responder"] = h.update(UpdateClose, CloseInput{By: "Sam Okafor", Force: true, Reason: "x"})

		// Sam's key, Dana's name.
		in := &WaiveInput{ObligationID: "gdpr-33-authority-DE", Reason: "x", By: "Dana Whitfield"}
		p, err := h.keys["Sam Okafor"].Sign(h.id, UpdateWaive, in.By, in, h.env.Now(), identity.ViaCLI, "")
		require.NoError(t, err)
		in.Proof = &p
		errs["wrong-key"] = h.updateRaw(UpdateWaive, *in)

		// Dana's signature on another decision.
		other := h.sign(UpdateWaive, WaiveInput{ObligationID: "gdpr-34-subjects-DE", Reason: "x", By: "Dana Whitfield"}).(WaiveInput)
		other.ObligationID = "gdpr-33-authority-DE"
		errs["altered"] = h.updateRaw(UpdateWaive, other)

		// A signature from ten minutes ago.
		old := &CloseInput{By: "Dana Whitfield", Force: true, Reason: "x"}
		p, err = h.keys["Dana Whitfield"].Sign(h.id, UpdateClose, old.By, old, h.env.Now().Add(-10*time.Minute), identity.ViaCLI, "")
		require.NoError(t, err)
		old.Proof = &p
		errs["stale"] = h.updateRaw(UpdateClose, *old)

		// The same signed decision twice.
		more := h.sign(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Subjects: map[string]int{"DE": 400}}, By: "Sam Okafor"})
		errs["first"] = h.updateRaw(UpdateAddFacts, more)
		errs["replayed"] = h.updateRaw(UpdateAddFacts, more)
	})
	h.at(2*time.Hour, func() {
		mid = h.status()
		h.ok(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true, Reason: "test ends"})
	})
	h.start(IncidentInput{ID: "BR-20260302-ATCK", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())

	for name, want := range map[string]string{
		"dismiss-by-responder":    "dismissal as not a personal-data breach: a decision that withholds or ends a duty needs a legal approver",
		"lower-risk-by-responder": "risk lowered from high to unlikely",
		"encrypted-by-responder":  "data marked encrypted",
		"fewer-people":            "subjects in DE lowered from 300 to 1",
		"force-close-by-stranger": "unsigned decision",
		"close-by-responder":      "Sam Okafor is not a legal approver",
		"wrong-key":               "which is not Dana Whitfield's key",
		"altered":                 "bad signature",
		"stale":                   "stale decision",
		"replayed":                "replayed",
	} {
		require.NotNil(t, errs[name], name)
		require.True(t, errs[name].done, name)
		assert.ErrorContains(t, errs[name].err, want, name)
	}
	assert.NoError(t, errs["first"].err)
	assert.ErrorContains(t, errs["lower-risk-by-responder"].err, "gdpr-33-authority-DE would no longer be required", "the duty-based check names the duty")

	assert.Equal(t, breach.ObligationOpen, obligationByID(mid, "gdpr-33-authority-DE").Status, "no duty dropped")
	assert.Equal(t, breach.RiskHigh, mid.Facts.Risk)
	assert.Nil(t, mid.Closed)
	assert.Len(t, mid.Refusals, 10)
	assert.Len(t, kinds(mid, "refused"), 10, "every refusal is in the timeline")
	found := false
	for _, r := range mid.Refusals {
		if r.By == "Mallory Intruder" && r.Update == UpdateClose {
			found = true
			assert.Contains(t, r.Reason, "unsigned")
		}
	}
	assert.True(t, found, "who tried, what, why")

	reg, err := h.store.Register(context.Background())
	require.NoError(t, err)
	require.Len(t, reg, 1)
	var rec Status
	require.NoError(t, json.Unmarshal([]byte(reg[0].Record), &rec))
	assert.Len(t, rec.Refusals, 10, "the register has the refusals")
	require.NotEmpty(t, rec.Decisions)
	for _, d := range rec.Decisions {
		signed, err := identity.Open(d.Message)
		require.NoError(t, err)
		assert.Equal(t, "BR-20260302-ATCK", signed.Incident)
		pub, err := identity.ParsePublic(h.keys[d.By].PublicLine())
		require.NoError(t, err)
		assert.True(t, identity.Verify(pub, d.Message, d.Sig), "decision %s by %s verifies offline", d.Update, d.By)
	}
}

// An approver may lower what is known; with approvals_required 2 a
// second approver must make the same decision.
func TestLoweringByLegalNeedsFourEyes(t *testing.T) {
	h := newHarnessWith(t, func(c *config.Config) { c.ApprovalsRequired = 2 })
	var first, again, differs *outcome
	var mid Status
	h.at(time.Minute, func() {
		h.ok(UpdateTriage, TriageInput{Facts: controllerFacts(map[string]int{"DE": 300}, "high"), By: "Sam Okafor"})
	})
	h.at(time.Hour, func() {
		lower := breach.Facts{Risk: breach.RiskRisk}
		first = h.update(UpdateAddFacts, AddFactsInput{Facts: lower, By: "Dana Whitfield", Note: "forensics"})
		again = h.update(UpdateAddFacts, AddFactsInput{Facts: lower, By: "Dana Whitfield"})
		differs = h.update(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Risk: breach.RiskUnlikely}, By: "Emre Kaya"})
	})
	h.at(2*time.Hour, func() {
		mid = h.status()
		h.ok(UpdateAddFacts, AddFactsInput{Facts: breach.Facts{Risk: breach.RiskRisk}, By: "Emre Kaya", Note: "agreed"})
	})
	var final Status
	h.at(3*time.Hour, func() {
		final = h.status()
		h.update(UpdateClose, CloseInput{By: "Dana Whitfield", Force: true, Reason: "a"})
		h.ok(UpdateClose, CloseInput{By: "Emre Kaya", Force: true, Reason: "a"})
	})
	h.start(IncidentInput{ID: "BR-20260302-LOW2", Title: "t"})
	require.NoError(t, h.env.GetWorkflowError())
	assert.ErrorContains(t, first.err, "approval 1 of 2 recorded")
	assert.ErrorContains(t, again.err, "already approved by Dana Whitfield")
	assert.ErrorContains(t, differs.err, "approval 1 of 2", "a different decision is a different proposal")
	assert.Equal(t, breach.RiskHigh, mid.Facts.Risk, "not applied with one approval")
	assert.Len(t, mid.Pending, 2)
	assert.Equal(t, breach.RiskRisk, final.Facts.Risk, "applied by the second approver")
	assert.Equal(t, breach.ObligationNotRequired, obligationByID(final, "gdpr-34-subjects-DE").Status)
	assert.Len(t, final.Pending, 1, "the unlikely proposal still waits")
}
