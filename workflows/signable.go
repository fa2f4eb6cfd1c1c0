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

// proofOf returns an input's proof, for the size checks.
func proofOf(in any) *identity.Proof {
	switch v := in.(type) {
	case TriageInput:
		return v.Proof
	case ApproveInput:
		return v.Proof
	case RequestChangesInput:
		return v.Proof
	case WaiveInput:
		return v.Proof
	case FiledInput:
		return v.Proof
	case AddFactsInput:
		return v.Proof
	case CloseInput:
		return v.Proof
	case ScopeInput:
		return v.Proof
	case IncidentInput:
		return v.Proof
	case RefusalInput:
		return v.Proof
	case Signable:
		// A pointer: look at what it points to.
		return proofOf(deref(v))
	}
	return nil
}

func deref(s Signable) any {
	switch v := s.(type) {
	case *TriageInput:
		return *v
	case *ApproveInput:
		return *v
	case *RequestChangesInput:
		return *v
	case *WaiveInput:
		return *v
	case *FiledInput:
		return *v
	case *AddFactsInput:
		return *v
	case *CloseInput:
		return *v
	case *ScopeInput:
		return *v
	case *IncidentInput:
		return *v
	case *RefusalInput:
		return *v
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
