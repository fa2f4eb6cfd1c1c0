package workflows

import (
	"fmt"

	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
)

// UpdateRefused records an attempt the Slack gateway refused itself.
const UpdateRefused = "record-refusal"

// RefusalInput reports an attempt that the Slack gateway refused before it
// reached the workflow (someone outside legal pressing Approve), so that it
// is on record in the incident's timeline and register. Only the gateway
// may report one: it is signed with the gateway's key.
type RefusalInput struct {
	Action    string `json:"action"`           // update name attempted: approve, waive, request-changes, triage...
	Target    string `json:"target,omitempty"` // notice or obligation ID
	SlackUser string `json:"slack_user"`       // who tried
	Reason    string `json:"reason"`           // why it was refused, one line
	// By is who the Slack user is taken for (a configured person, or slack:ID).
	By string `json:"by"`
	// Proof is the gateway's signature.
	Proof *identity.Proof `json:"proof,omitempty"`
}

func (in *RefusalInput) Decider() string            { return in.By }
func (in *RefusalInput) SetProof(p *identity.Proof) { in.Proof = p }

func (in RefusalInput) checkSize() error {
	var c breach.SizeChecks
	c.Len("action", in.Action, breach.MaxName)
	c.Len("target", in.Target, breach.MaxName)
	c.Len("slack_user", in.SlackUser, breach.MaxName)
	c.Len("reason", in.Reason, breach.MaxReason)
	c.Len("by", in.By, breach.MaxName)
	return c.Err()
}

// gatewayReport checks that a refusal report comes from the Slack gateway.
func (w *incident) gatewayReport(ctx workflow.Context, in RefusalInput) error {
	args := in
	args.Proof = nil
	switch {
	case in.Proof == nil || in.Proof.Via != identity.ViaSlack || in.Proof.SlackUser != in.SlackUser:
		return fmt.Errorf("a refusal can be reported only by the Slack gateway, for the Slack user it names")
	case w.nonces[in.Proof.Nonce]:
		return fmt.Errorf("replayed refusal report")
	}
	return w.settings.People.VerifyGateway(w.st.ID, UpdateRefused, in.By, args, in.Proof, workflow.Now(ctx))
}

func (w *incident) validateRefused(ctx workflow.Context, in RefusalInput) error {
	if err := CheckSize(UpdateRefused, in); err != nil {
		return err
	}
	if !w.loaded {
		return fmt.Errorf("%s is starting; try again", w.st.ID)
	}
	return w.gatewayReport(ctx, in)
}

func (w *incident) refused(ctx workflow.Context, in RefusalInput) error {
	if err := w.gatewayReport(ctx, in); err != nil {
		return err
	}
	w.nonces[in.Proof.Nonce] = true
	_ = w.refuse(ctx, gate{update: in.Action, target: in.Target, by: in.By, proof: in.Proof}, in.Reason+" (refused by the Slack app)")
	return nil
}
