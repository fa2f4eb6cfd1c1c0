package e2e

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"
	"google.golang.org/protobuf/proto"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/workflows"
)

// Oversized Update arguments must be refused with a message naming the
// field and the limit, and leave the incident as it was.
//
// Where a refusal can happen depends on the size (found with this test on
// the embedded server: Temporal server 1.32, Go SDK 1.50, defaults):
//
//   - Up to 2 MB (the namespace's BlobSizeLimitError) the update reaches
//     the worker and its validator can refuse it; a refusal never reaches
//     history.
//   - From 2 MB to 4 MB the update still reaches the worker, but a
//     validator cannot refuse it: the SDK's Rejection message carries the
//     rejected request with its arguments back to the server, the SDK's own
//     payload check (TMPRL1103) fails the workflow task with
//     PayloadsTooLarge, and it fails again on every retry (still failing
//     after 10 minutes, attempt 10). Meanwhile the client waits until its
//     deadline, the status query answers "Unable to query workflow due to
//     Workflow Task in failed state." and every other update is refused
//     the same way. (Without the SDK's check the server would terminate the
//     workflow: it checks every message of a task completion against the
//     same limit.) Accepted, it fails the same way. Only the client can
//     refuse this, before sending.
//   - Past 4 MB the frontend's gRPC limit refuses the request at once and
//     harmlessly (ResourceExhausted, "grpc: received message after
//     decompression larger than max 4194304"), in words that name no field.
func TestLimitOversizedUpdatesAreRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	ctx := context.Background()
	dataDir := t.TempDir()
	svc := start(t, dataDir, freeAddress(t))
	defer func() { svc.Stop() }()
	c := signingClient(t, svc, dataDir)
	facts := readFacts(t, "../examples/triage-facts.json")
	oversized := func(n int) workflows.TriageInput {
		big := facts
		big.Summary = strings.Repeat("x", n)
		return workflows.TriageInput{Facts: big, By: legal}
	}
	declare := func(t *testing.T) string {
		id, err := c.Declare(ctx, "Oversized triage", nil, "sec-oncall")
		require.NoError(t, err)
		return id
	}
	// recovers shows the incident is healthy after a refusal: it answers
	// its status query, nothing was recorded, and a normal triage succeeds
	// without a failed workflow task or an outsized event in its history.
	recovers := func(t *testing.T, id string) {
		qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		st, err := c.Status(qctx, id)
		require.NoError(t, err, "the status query answers after the refusal")
		assert.Equal(t, breach.PhaseTriage, st.Phase)
		assert.False(t, st.Triaged)

		st, err = c.Triage(ctx, id, workflows.TriageInput{Facts: facts, By: legal})
		require.NoError(t, err, "a normal triage succeeds after the refusal")
		assert.Equal(t, breach.PhaseApproval, st.Phase)
		assert.Equal(t, facts.Summary, st.Facts.Summary)

		h, err := workerHistory(svc.Client.GetWorkflowHistory(ctx, id, "", false, enumspb.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT))
		require.NoError(t, err)
		for _, e := range h.GetEvents() {
			assert.NotEqual(t, enumspb.EVENT_TYPE_WORKFLOW_TASK_FAILED, e.GetEventType(), "event %d", e.GetEventId())
			assert.Less(t, proto.Size(e), 1<<20, "event %d %s", e.GetEventId(), e.GetEventType())
		}
	}

	t.Run("3 MB through the client", func(t *testing.T) {
		id := declare(t)
		// Bounded: an unrefused 3 MB update is never answered.
		uctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		_, err := c.Triage(uctx, id, oversized(3<<20))
		cancel()
		require.Error(t, err, "a 3 MB summary must be refused")
		require.Equal(t, "facts: summary: 3145728 characters, at most 20000", err.Error(),
			"refused by incidents.Client before sending (workflows.CheckSize in Client.update): a validator cannot refuse 3 MB")
		recovers(t, id)
	})

	t.Run("1.5 MB past the client, to the validator", func(t *testing.T) {
		id := declare(t)
		err := rawTriage(ctx, svc.Client, id, oversized(3<<19))
		require.Error(t, err, "a 1.5 MB summary must be refused")
		require.Equal(t, "facts: summary: 1572864 characters, at most 20000", err.Error(),
			"refused by the triage validator (workflows.CheckSize at the top of validateTriage)")
		recovers(t, id)
	})

	t.Run("5 MB past the client, to the frontend", func(t *testing.T) {
		id := declare(t)
		err := rawTriage(ctx, svc.Client, id, oversized(5<<20))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "larger than max", "the frontend refuses a request over 4 MB")
		recovers(t, id)
	})
}

// rawTriage sends a triage with the Temporal client itself, without
// incidents.Client and its checks, and returns the refusal's message.
func rawTriage(ctx context.Context, cl client.Client, id string, in workflows.TriageInput) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	h, err := cl.UpdateWorkflow(ctx, client.UpdateWorkflowOptions{
		WorkflowID: id, UpdateName: workflows.UpdateTriage, Args: []any{in},
		WaitForStage: client.WorkflowUpdateStageCompleted,
	})
	if err == nil {
		var st workflows.Status
		err = h.Get(ctx, &st)
	}
	var app *temporal.ApplicationError
	if errors.As(err, &app) {
		return errors.New(app.Message()) // the validator's words, as the CLI shows them
	}
	return err
}
