package workflows

import (
	"fmt"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
)

// Signable is an input that carries a decision's signature: the client
// signs it (with Proof nil) and sets the proof before sending.
type Signable interface {
	// Decider is the person the decision is made in the name of.
	Decider() string
	SetProof(p *identity.Proof)
}

func (in *IncidentInput) Decider() string                  { return in.DeclaredBy }
func (in *IncidentInput) SetProof(p *identity.Proof)       { in.Proof = p }
func (in *TriageInput) Decider() string                    { return in.By }
func (in *TriageInput) SetProof(p *identity.Proof)         { in.Proof = p }
func (in *ApproveInput) Decider() string                   { return in.By }
func (in *ApproveInput) SetProof(p *identity.Proof)        { in.Proof = p }
func (in *RequestChangesInput) Decider() string            { return in.By }
func (in *RequestChangesInput) SetProof(p *identity.Proof) { in.Proof = p }
func (in *WaiveInput) Decider() string                     { return in.By }
func (in *WaiveInput) SetProof(p *identity.Proof)          { in.Proof = p }
func (in *FiledInput) Decider() string                     { return in.By }
func (in *FiledInput) SetProof(p *identity.Proof)          { in.Proof = p }
func (in *AddFactsInput) Decider() string                  { return in.By }
func (in *AddFactsInput) SetProof(p *identity.Proof)       { in.Proof = p }
func (in *CloseInput) Decider() string                     { return in.By }
func (in *CloseInput) SetProof(p *identity.Proof)          { in.Proof = p }
func (in *ScopeInput) Decider() string                     { return in.By }
func (in *ScopeInput) SetProof(p *identity.Proof)          { in.Proof = p }

func (in *ReassessInput) Decider() string            { return in.By }
func (in *ReassessInput) SetProof(p *identity.Proof) { in.Proof = p }
func (in *EditInput) Decider() string                { return in.By }
func (in *EditInput) SetProof(p *identity.Proof)     { in.Proof = p }

// proofCarrier is every input with a decision's proof; value receivers, so
// that an input and a pointer to it both answer.
type proofCarrier interface{ proof() *identity.Proof }

func (in IncidentInput) proof() *identity.Proof       { return in.Proof }
func (in TriageInput) proof() *identity.Proof         { return in.Proof }
func (in ApproveInput) proof() *identity.Proof        { return in.Proof }
func (in RequestChangesInput) proof() *identity.Proof { return in.Proof }
func (in WaiveInput) proof() *identity.Proof          { return in.Proof }
func (in FiledInput) proof() *identity.Proof          { return in.Proof }
func (in AddFactsInput) proof() *identity.Proof       { return in.Proof }
func (in CloseInput) proof() *identity.Proof          { return in.Proof }
func (in ScopeInput) proof() *identity.Proof          { return in.Proof }
func (in RefusalInput) proof() *identity.Proof        { return in.Proof }
func (in ReassessInput) proof() *identity.Proof       { return in.Proof }
func (in EditInput) proof() *identity.Proof           { return in.Proof }

// proofOf returns an input's proof, for the size checks.
func proofOf(in any) *identity.Proof {
	if pc, ok := in.(proofCarrier); ok {
		return pc.proof()
	}
	return nil
}

// checkProof bounds a signature's fields: a forged one is free input too.
func checkProof(p *identity.Proof) error {
	if p == nil {
		return nil
	}
	for _, f := range []struct{ name, v string }{
		{"proof.via", p.Via}, {"proof.slack_user", p.SlackUser}, {"proof.key", p.Key}, {"proof.nonce", p.Nonce},
	} {
		if err := breach.CheckLen(f.name, f.v, breach.MaxName); err != nil {
			return err
		}
	}
	if len(p.Sig) > 128 {
		return fmt.Errorf("proof.sig: %d bytes, at most 128", len(p.Sig))
	}
	return nil
}
