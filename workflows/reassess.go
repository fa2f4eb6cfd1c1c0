package workflows

import (
	"fmt"
	"strings"

	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/rules"
)

// UpdateReassess moves a running incident to a newer rules version.
const UpdateReassess = "reassess"

// ReassessInput is legal's decision to assess an incident with the rules
// version To instead of the one it pinned at its first assessment: a
// deliberate step, recorded in the timeline, never a side effect of a
// deploy. To is in the input, not read from the code, so the step replays
// the same on any later worker.
type ReassessInput struct {
	To     int    `json:"to"`
	Reason string `json:"reason"`
	By     string `json:"by"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

func (in ReassessInput) checkSize() error {
	var c breach.SizeChecks
	c.Len("reason", in.Reason, breach.MaxReason)
	c.Len("by", in.By, breach.MaxName)
	return c.Err()
}

func (w *incident) validateReassess(ctx workflow.Context, in ReassessInput) error {
	if err := CheckSize(UpdateReassess, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	switch {
	case !w.st.Triaged || w.st.RulesVersion == nil:
		return fmt.Errorf("%s is not assessed yet: it will use rules v%d when triaged", w.st.ID, rules.Version)
	case in.To <= *w.st.RulesVersion:
		return fmt.Errorf("%s already assesses with rules v%d; reassess moves it forward only (current: v%d)", w.st.ID, *w.st.RulesVersion, rules.Version)
	case in.To > rules.Version:
		return fmt.Errorf("rules v%d is not known to this worker (newest: v%d)", in.To, rules.Version)
	case strings.TrimSpace(in.Reason) == "":
		return fmt.Errorf("say why the incident moves to rules v%d (--reason); it goes into the timeline and the register", in.To)
	}
	return w.precheck(ctx, w.reassessGate(in))
}

// reassessGate: legal only; a move that drops a duty or makes one due
// later also needs four-eyes when configured.
func (w *incident) reassessGate(in ReassessInput) gate {
	args := in
	args.Proof = nil
	same := args
	same.By = ""
	g := gate{update: UpdateReassess, target: fmt.Sprintf("v%d", in.To), by: in.By, args: args, proof: in.Proof, roles: legalACL, same: same}
	if w.st.RulesVersion != nil {
		g.authority = w.dutiesLost(w.st.Facts, *w.st.RulesVersion, w.st.Facts, in.To)
	}
	return g
}

func (w *incident) reassess(ctx workflow.Context, in ReassessInput) error {
	if err := w.decide(ctx, w.reassessGate(in)); err != nil {
		return err
	}
	from := *w.st.RulesVersion
	to := in.To
	w.st.RulesVersion = &to
	w.dirty = true
	target := w.assessed + 1
	w.event(ctx, "reassessed", fmt.Sprintf("moved from rules v%d to v%d: %s", from, to, in.Reason), in.By)
	return workflow.Await(ctx, func() bool { return w.assessed >= target || w.closeReq != nil })
}
