package workflows

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/rules"
)

// Who may decide what, and how it is proven. Every decision arrives signed
// (identity.Proof): by the person's own key from the CLI, or by the Slack
// gateway on behalf of the Slack user Slack named. The handler, not the
// validator, checks the signature and the person's role, because a refusal
// must be on record: a validator's rejection leaves no trace in history,
// a handler's does (timeline, Refusals, and so the register).

// SignedDecision is a verified decision as the register keeps it: the
// exact signed message and its signature, so `starter verify` can check it
// again offline against the configuration.
type SignedDecision struct {
	Update  string `json:"update"`
	Target  string `json:"target,omitempty"`
	By      string `json:"by"`
	Via     string `json:"via"`
	Message []byte `json:"message"`
	Sig     []byte `json:"sig"`
	// Authority lists why the decision needed a legal approver (it
	// withholds, delays or ends a duty); empty for ordinary steps.
	Authority []string `json:"authority,omitempty"`
}

// Refusal is an attempt that was refused: who claimed to act, what, why.
type Refusal struct {
	At        string `json:"at"`
	Update    string `json:"update"`
	Target    string `json:"target,omitempty"`
	By        string `json:"by"`
	Via       string `json:"via,omitempty"`
	SlackUser string `json:"slack_user,omitempty"`
	Reason    string `json:"reason"`
}

// PendingDecision is a decision that withholds or ends a duty, waiting for
// more legal approvers (approvals_required > 1): the same decision made by
// a second, different approver applies it.
type PendingDecision struct {
	Key       string   `json:"key"`
	Update    string   `json:"update"`
	Target    string   `json:"target,omitempty"`
	Why       []string `json:"why"`
	Approvers []string `json:"approvers"`
}

// ErrPendingType is the ApplicationError type of a decision recorded but
// not applied yet: it waits for another approver.
const ErrPendingType = "PendingApproval"

// maxRefusals bounds what refused attempts can add to history: past it,
// the validators refuse bad signatures themselves, without a record.
const maxRefusals = 200

// versionSigned gates signed decisions and roles: incidents begun before
// them keep the checks they were begun with, so their histories replay.
const versionSigned = "signed-decisions"

// gate describes a decision to check.
type gate struct {
	update, target string
	by             string
	args           any // the Update's input with its Proof nil
	proof          *identity.Proof
	roles          []string // any of them may make it
	// authority lists how the decision withholds, delays or ends a duty:
	// then only legal may make it, and approvals_required applies.
	authority []string
	// same identifies the decision's content without who made it, so that
	// a second approver's identical decision is recognised.
	same any
}

// decide checks a decision. It returns nil when it may be applied now, an
// ErrPendingType error when it is recorded and waits for another approver,
// or the refusal (recorded in the timeline and Refusals).
func (w *incident) decide(ctx workflow.Context, g gate) error {
	// A decision arriving before the people are loaded waits for them:
	// judged against an empty directory, it would be refused (or, before
	// signed decisions, let through).
	if !w.signed {
		// Incidents begun before signed decisions: as they were (replay).
		return w.legacyAuthorized(g)
	}
	if err := workflow.Await(ctx, func() bool { return w.loaded }); err != nil {
		return err
	}
	now := workflow.Now(ctx)
	person, msg, err := w.settings.People.Verify(w.st.ID, g.update, g.by, g.args, g.proof, now)
	if err != nil {
		return w.refuse(ctx, g, err.Error())
	}
	if w.nonces[g.proof.Nonce] {
		return w.refuse(ctx, g, "replayed: this signed decision was already used; sign it again")
	}
	w.nonces[g.proof.Nonce] = true
	if !slices.ContainsFunc(g.roles, person.Has) {
		return w.refuse(ctx, g, fmt.Sprintf("%s is not a %s", g.by, roleNames(g.roles)))
	}
	if len(g.authority) > 0 && !person.Has(identity.RoleLegal) {
		return w.refuse(ctx, g, fmt.Sprintf("%s: a decision that withholds or ends a duty needs a legal approver", strings.Join(g.authority, "; ")))
	}
	w.st.Decisions = append(w.st.Decisions, SignedDecision{Update: g.update, Target: g.target, By: g.by, Via: g.proof.Via,
		Message: msg, Sig: g.proof.Sig, Authority: g.authority})
	need := max(w.settings.ApprovalsRequired, 1)
	if len(g.authority) == 0 || need < 2 {
		return nil
	}
	key := decisionKey(g)
	i := slices.IndexFunc(w.st.Pending, func(p PendingDecision) bool { return p.Key == key })
	if i < 0 {
		w.st.Pending = append(w.st.Pending, PendingDecision{Key: key, Update: g.update, Target: g.target, Why: g.authority})
		i = len(w.st.Pending) - 1
	}
	p := &w.st.Pending[i]
	if slices.Contains(p.Approvers, g.by) {
		return w.refuse(ctx, g, fmt.Sprintf("already approved by %s; four-eyes: it needs %d different legal approvers", g.by, need))
	}
	p.Approvers = append(p.Approvers, g.by)
	if len(p.Approvers) < need {
		text := fmt.Sprintf("%s: approval %d of %d recorded (four-eyes: %s); another legal approver must make the same decision",
			describe(g), len(p.Approvers), need, strings.Join(g.authority, "; "))
		w.event(ctx, "decision_pending", text, g.by)
		return temporal.NewNonRetryableApplicationError(text, ErrPendingType, nil)
	}
	w.st.Pending = slices.Delete(w.st.Pending, i, i+1)
	return nil
}

// refuse records a refused attempt and returns the one-line reason.
func (w *incident) refuse(ctx workflow.Context, g gate, reason string) error {
	r := Refusal{At: workflow.Now(ctx).UTC().Format("2006-01-02T15:04:05Z"), Update: g.update, Target: g.target, By: g.by, Reason: reason}
	if g.proof != nil {
		r.Via, r.SlackUser = g.proof.Via, g.proof.SlackUser
	}
	w.st.Refusals = append(w.st.Refusals, r)
	w.event(ctx, "refused", fmt.Sprintf("%s by %q refused: %s", describe(g), g.by, reason), "")
	return temporal.NewNonRetryableApplicationError(fmt.Sprintf("refused: %s", reason), "Refused", nil)
}

// precheck is the validators' part once maxRefusals attempts were
// recorded: a decision that would be refused for its signature is refused
// before it reaches history, so refused attempts cannot flood it.
func (w *incident) precheck(ctx workflow.Context, g gate) error {
	if !w.signed || len(w.st.Refusals) < maxRefusals {
		return nil
	}
	person, _, err := w.settings.People.Verify(w.st.ID, g.update, g.by, g.args, g.proof, workflow.Now(ctx))
	switch {
	case err != nil:
		return fmt.Errorf("refused (not recorded: %d refusals already are): %v", maxRefusals, err)
	case w.nonces[g.proof.Nonce]:
		return fmt.Errorf("refused (not recorded): replayed signed decision")
	case !slices.ContainsFunc(g.roles, person.Has):
		return fmt.Errorf("refused (not recorded): %s is not a %s", g.by, roleNames(g.roles))
	}
	return nil
}

// legacyAuthorized is the check of incidents begun before signed
// decisions: legal steps compare the name with the approvers.
func (w *incident) legacyAuthorized(g gate) error {
	if !slices.Contains(g.roles, identity.RoleLegal) || slices.Contains(g.roles, identity.RoleSecurity) {
		return nil
	}
	return w.authorized(g.by)
}

func decisionKey(g gate) string {
	b, _ := json.Marshal(struct {
		Update string `json:"u"`
		Target string `json:"t"`
		Same   any    `json:"s"`
	}{g.update, g.target, g.same})
	return string(b)
}

func describe(g gate) string {
	if g.target != "" {
		return g.update + " " + g.target
	}
	return g.update
}

func roleNames(roles []string) string {
	var names []string
	for _, r := range roles {
		switch r {
		case identity.RoleLegal:
			names = append(names, "legal approver")
		case identity.RoleSecurity:
			names = append(names, "security responder")
		}
	}
	return strings.Join(names, " or ")
}

var (
	anyone   = []string{identity.RoleSecurity, identity.RoleLegal}
	legalACL = []string{identity.RoleLegal}
)

// lowering lists how new facts withhold, delay or end duties compared with
// the current ones: the facts themselves (breach.Lowering) and, to catch
// what a field list misses, every duty the rules engine required before
// and no longer requires, or requires later.
func (w *incident) lowering(before, after breach.Facts) []string {
	// The pinned rules version (handlers pin it first, so replay sees the
	// same rows); validators, which never replay, may run before it is.
	v := rules.Version
	if w.st.RulesVersion != nil {
		v = *w.st.RulesVersion
	}
	return append(breach.Lowering(before, after), w.dutiesLost(before, v, after, v)...)
}

// dutiesLost lists the required duties of before (assessed at rules
// version bv) that after (at av) no longer requires or makes due later.
func (w *incident) dutiesLost(before breach.Facts, bv int, after breach.Facts, av int) []string {
	var why []string
	b := rules.AssessAt(before.WithDefaultTimes(w.st.DeclaredAt), w.settings.Rules, bv)
	a := rules.AssessAt(after.WithDefaultTimes(w.st.DeclaredAt), w.settings.Rules, av)
	for _, ob := range b {
		if !ob.Required {
			continue
		}
		i := slices.IndexFunc(a, func(o breach.Obligation) bool { return o.ID == ob.ID && o.ControllerID == ob.ControllerID })
		switch {
		case i < 0 || !a[i].Required:
			why = append(why, fmt.Sprintf("%s would no longer be required", dutyName(ob)))
		case ob.Due != nil && (a[i].Due == nil || a[i].Due.After(*ob.Due)):
			why = append(why, fmt.Sprintf("%s would be due later", dutyName(ob)))
		}
	}
	return why
}

func dutyName(o breach.Obligation) string {
	if o.ControllerID != "" {
		return o.ID + " (" + o.ControllerID + ")"
	}
	return o.ID
}

// verifyDeclarer records whether the declaration was signed by a
// configured person. A declaration is never refused: anyone may report a
// suspected breach, and the duties it starts must not wait for a key.
func (w *incident) verifyDeclarer(ctx workflow.Context, in IncidentInput) {
	args := in
	args.Proof = nil
	person, msg, err := w.settings.People.Verify(w.st.ID, "declare", in.DeclaredBy, args, in.Proof, workflow.Now(ctx))
	switch {
	case err != nil:
		w.event(ctx, "unverified", fmt.Sprintf("Declarer %q not verified: %v", in.DeclaredBy, err), "")
		return
	case !slices.ContainsFunc(anyone, person.Has):
		w.event(ctx, "unverified", fmt.Sprintf("Declarer %s holds no security or legal role", in.DeclaredBy), "")
	}
	w.nonces[in.Proof.Nonce] = true
	w.st.Decisions = append(w.st.Decisions, SignedDecision{Update: "declare", By: in.DeclaredBy, Via: in.Proof.Via, Message: msg, Sig: in.Proof.Sig})
}
