package workflows

import "github.com/breachwf/breach/internal/identity"

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
