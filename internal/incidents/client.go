// Package incidents is the client side of the incident workflow: declare,
// query and drive incidents through Temporal. The starter CLI and the
// end-to-end tests use the same code, so what the tests prove is what
// users run.
package incidents

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/temporal"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/codec"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/workflows"
)

// ErrPending reports a decision recorded but not applied yet: it waits
// for another legal approver (four-eyes).
var ErrPending = errors.New("pending another approval")

// Client drives incidents.
type Client struct {
	Temporal client.Client
	// DataConverter decodes memo fields; set it when payloads are encrypted.
	DataConverter converter.DataConverter
	// Signer signs every decision before it is sent; without it decisions
	// go unsigned and the workflow refuses them (and records the refusal).
	Signer Signer
}

// Signer signs a decision on an incident: it sets the input's proof.
type Signer interface {
	Sign(incidentID, update string, in workflows.Signable) error
}

// KeySigner signs with a person's own key, as the CLI does.
type KeySigner struct {
	Key *identity.Key
	// Now is the signing clock; time.Now when nil.
	Now func() time.Time
}

// Sign refuses to sign for anyone but the key's person.
func (k KeySigner) Sign(incidentID, update string, in workflows.Signable) error {
	if in.Decider() != k.Key.Name {
		return fmt.Errorf("--by %q is not the key's person %q: a key signs only for its own person", in.Decider(), k.Key.Name)
	}
	now := time.Now
	if k.Now != nil {
		now = k.Now
	}
	in.SetProof(nil)
	p, err := k.Key.Sign(incidentID, update, in.Decider(), in, now(), identity.ViaCLI, "")
	if err != nil {
		return err
	}
	in.SetProof(&p)
	return nil
}

func (c Client) dataConverter() converter.DataConverter {
	if c.DataConverter != nil {
		return c.DataConverter
	}
	return converter.GetDefaultDataConverter()
}

// idAlphabet avoids letters that read like digits (I, L, O, U).
const idAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// NewID returns an incident ID such as BR-20260302-7K2Q: the UTC date and
// four random characters. It never contains personal data.
func NewID(now time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	var s strings.Builder
	for _, x := range b {
		s.WriteByte(idAlphabet[int(x)%len(idAlphabet)])
	}
	return fmt.Sprintf("BR-%s-%s", now.UTC().Format("20060102"), s.String())
}

// Declare starts a new incident and returns its ID.
func (c Client) Declare(ctx context.Context, title string, facts *breach.Facts, by string) (string, error) {
	return c.Open(ctx, workflows.IncidentInput{Title: title, Facts: facts, DeclaredBy: by})
}

// Open starts an incident from a full input (Slack adds the commander and
// the channel's privacy); the ID is generated here.
func (c Client) Open(ctx context.Context, in workflows.IncidentInput) (string, error) {
	if strings.TrimSpace(in.Title) == "" {
		return "", errors.New("declare: --title is required")
	}
	if err := in.CheckSize(); err != nil {
		return "", err
	}
	if in.Facts != nil {
		if err := in.Facts.Validate(); err != nil {
			return "", err
		}
	}
	for attempt := 0; ; attempt++ {
		id := NewID(time.Now())
		in.ID = id
		if c.Signer != nil && in.DeclaredBy != "" {
			if err := c.Signer.Sign(id, "declare", &in); err != nil {
				return "", err
			}
		}
		_, err := c.Temporal.ExecuteWorkflow(ctx, client.StartWorkflowOptions{
			ID:                    id,
			TaskQueue:             workflows.TaskQueue,
			WorkflowIDReusePolicy: enumspb.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
			TypedSearchAttributes: temporal.NewSearchAttributes(workflows.PhaseKey.ValueSet(breach.PhaseTriage)),
			Memo:                  map[string]any{"title": in.Title, "private": in.Private},
		}, workflows.WorkflowName, in)
		var exists *serviceerror.WorkflowExecutionAlreadyStarted
		if errors.As(err, &exists) && attempt < 5 {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("declare: %w", clean(err))
		}
		return id, nil
	}
}

// Status returns the whole state of an incident.
func (c Client) Status(ctx context.Context, id string) (workflows.Status, error) {
	var s workflows.Status
	v, err := c.Temporal.QueryWorkflow(ctx, id, "", workflows.QueryStatus)
	if err != nil {
		return s, notFound(id, err)
	}
	return s, v.Get(&s)
}

// Notice returns one notice with its full text.
func (c Client) Notice(ctx context.Context, id, noticeID string) (breach.Notice, error) {
	var n breach.Notice
	v, err := c.Temporal.QueryWorkflow(ctx, id, "", workflows.QueryNotice, noticeID)
	if err != nil {
		return n, notFound(id, err)
	}
	return n, v.Get(&n)
}

// Triage confirms or dismisses the breach.
func (c Client) Triage(ctx context.Context, id string, in workflows.TriageInput) (workflows.Status, error) {
	var s workflows.Status
	return s, c.update(ctx, id, workflows.UpdateTriage, &in, &s)
}

// Approve approves notices and returns the IDs approved.
func (c Client) Approve(ctx context.Context, id string, in workflows.ApproveInput) ([]string, error) {
	var ids []string
	return ids, c.update(ctx, id, workflows.UpdateApprove, &in, &ids)
}

// RequestChanges sends a draft back with a comment.
func (c Client) RequestChanges(ctx context.Context, id string, in workflows.RequestChangesInput) error {
	return c.update(ctx, id, workflows.UpdateRequestChanges, &in, nil)
}

// Waive records a decision not to notify.
func (c Client) Waive(ctx context.Context, id string, in workflows.WaiveInput) error {
	return c.update(ctx, id, workflows.UpdateWaive, &in, nil)
}

// Filed records a portal filing's reference.
// Reassess moves an incident to a newer rules version (legal only).
func (c Client) Reassess(ctx context.Context, id string, in workflows.ReassessInput) error {
	return c.update(ctx, id, workflows.UpdateReassess, &in, nil)
}

func (c Client) Filed(ctx context.Context, id string, in workflows.FiledInput) error {
	return c.update(ctx, id, workflows.UpdateFiled, &in, nil)
}

// AddFacts adds facts and re-assesses.
func (c Client) AddFacts(ctx context.Context, id string, in workflows.AddFactsInput) error {
	return c.update(ctx, id, workflows.UpdateAddFacts, &in, nil)
}

// Scope reads a record export (a path on the worker's machine) into the
// incident's recipient list and re-assesses with its counts.
func (c Client) Scope(ctx context.Context, id string, in workflows.ScopeInput) (activities.ScopeResult, error) {
	var r activities.ScopeResult
	return r, c.update(ctx, id, workflows.UpdateScope, &in, &r)
}

// Refused reports an attempt the Slack gateway refused itself, so that it
// is on the incident's record; the Signer must be the gateway's.
func (c Client) Refused(ctx context.Context, id string, in workflows.RefusalInput) error {
	return c.update(ctx, id, workflows.UpdateRefused, &in, nil)
}

// Close closes the incident; it ends once the register entry is written.
func (c Client) Close(ctx context.Context, id string, in workflows.CloseInput) error {
	return c.update(ctx, id, workflows.UpdateClose, &in, nil)
}

func (c Client) update(ctx context.Context, id, name string, in, out any) error {
	// Checked here as well as in the validator: from 2 MB to 4 MB only the
	// client can refuse (workflows/limits.go).
	if err := workflows.CheckSize(name, in); err != nil {
		return err
	}
	if s, ok := in.(workflows.Signable); ok && c.Signer != nil {
		if err := c.Signer.Sign(id, name, s); err != nil {
			return err
		}
	}
	h, err := c.Temporal.UpdateWorkflow(ctx, client.UpdateWorkflowOptions{
		WorkflowID:   id,
		UpdateName:   name,
		Args:         []any{in},
		WaitForStage: client.WorkflowUpdateStageCompleted,
	})
	if err != nil {
		return c.closedOrNotFound(ctx, id, err)
	}
	if err := h.Get(ctx, out); err != nil {
		return clean(err)
	}
	return nil
}

// Summary is one line of `starter list`.
type Summary struct {
	ID      string    `json:"id"`
	Title   string    `json:"title"`
	Phase   string    `json:"phase"`
	Running bool      `json:"running"`
	Started time.Time `json:"started"`
	// Private: declared private (Slack shows it only to its channel's members).
	Private bool `json:"private,omitempty"`
}

// List returns incidents, newest first.
func (c Client) List(ctx context.Context) ([]Summary, error) {
	var out []Summary
	var token []byte
	for {
		resp, err := c.Temporal.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{
			Query:         fmt.Sprintf("WorkflowType = '%s'", workflows.WorkflowName),
			NextPageToken: token,
		})
		if err != nil {
			return nil, fmt.Errorf("list: %w", clean(err))
		}
		for _, e := range resp.Executions {
			s := Summary{
				ID:      e.GetExecution().GetWorkflowId(),
				Running: e.GetStatus() == enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING,
				Started: e.GetStartTime().AsTime(),
			}
			if p, ok := e.GetSearchAttributes().GetIndexedFields()[workflows.PhaseKey.GetName()]; ok {
				_ = converter.GetDefaultDataConverter().FromPayload(p, &s.Phase)
			}
			if p, ok := e.GetMemo().GetFields()["title"]; ok {
				if err := c.dataConverter().FromPayload(p, &s.Title); errors.Is(err, codec.ErrNoKey) {
					return nil, err // not an empty title: a title this process cannot read
				}
			}
			if p, ok := e.GetMemo().GetFields()["private"]; ok {
				_ = c.dataConverter().FromPayload(p, &s.Private)
			}
			out = append(out, s)
		}
		token = resp.NextPageToken
		if len(token) == 0 {
			return out, nil
		}
	}
}

// closedOrNotFound says why an update found no running incident: it was
// closed (the query of a closed workflow still answers, from its history),
// or there is no such incident.
func (c Client) closedOrNotFound(ctx context.Context, id string, err error) error {
	var nf *serviceerror.NotFound
	if !errors.As(err, &nf) {
		return clean(err)
	}
	s, qerr := c.Status(ctx, id)
	if qerr != nil || s.ID == "" {
		return notFound(id, err)
	}
	if s.Closed != nil {
		return fmt.Errorf("%s is closed (closed on %s by %s): nothing more can be decided; its record is in the breach register (starter status %s)",
			s.ID, s.Closed.At.UTC().Format("2006-01-02 15:04 UTC"), s.Closed.By, s.ID)
	}
	return fmt.Errorf("%s is no longer running (phase %s): nothing more can be decided (starter status %s)", s.ID, s.Phase, s.ID)
}

func notFound(id string, err error) error {
	var nf *serviceerror.NotFound
	if errors.As(err, &nf) {
		return fmt.Errorf("no incident %s (check the ID with `starter list`)", id)
	}
	return clean(err)
}

// clean turns Temporal's wrapped errors into the one-line reason a person
// needs: the validator's or handler's own message.
func clean(err error) error {
	var app *temporal.ApplicationError
	if errors.As(err, &app) {
		if app.Type() == workflows.ErrPendingType {
			return fmt.Errorf("%w: %s", ErrPending, app.Message())
		}
		return errors.New(app.Message())
	}
	return err
}

// KeyRing signs each decision with the key of the person it names; a
// person without a key in the ring goes unsigned. It is for tests and the
// history recorder, which act as several people.
type KeyRing map[string]*identity.Key

// Sign signs with the decider's key, if the ring has it.
func (r KeyRing) Sign(incidentID, update string, in workflows.Signable) error {
	k := r[in.Decider()]
	if k == nil {
		return nil
	}
	return KeySigner{Key: k}.Sign(incidentID, update, in)
}

// DevKeyRing reads every key `worker -dev` made under dataDir/keys.
func DevKeyRing(dataDir string) (KeyRing, error) {
	paths, err := filepath.Glob(filepath.Join(dataDir, "keys", "*.key"))
	if err != nil {
		return nil, err
	}
	r := KeyRing{}
	for _, p := range paths {
		k, err := identity.ReadKey(p)
		if err != nil {
			return nil, err
		}
		r[k.Name] = k
	}
	return r, nil
}

// SlackSigner is the Slack gateway's: it signs with the gateway's key on
// behalf of the Slack user whose request Slack signed. The workflow trusts
// the gateway key for that Slack user's configured person only.
type SlackSigner struct {
	Key       *identity.Key
	SlackUser string
	// Now is the signing clock; time.Now when nil.
	Now func() time.Time
}

// Sign signs the decision via Slack.
func (g SlackSigner) Sign(incidentID, update string, in workflows.Signable) error {
	now := time.Now
	if g.Now != nil {
		now = g.Now
	}
	in.SetProof(nil)
	p, err := g.Key.Sign(incidentID, update, in.Decider(), in, now(), identity.ViaSlack, g.SlackUser)
	if err != nil {
		return err
	}
	in.SetProof(&p)
	return nil
}
