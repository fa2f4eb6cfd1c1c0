package workflows

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/store"
)

// Names of the subject-notice workflow.
const (
	NotifyWorkflowName = "NotifySubjectsWorkflow"
	SignalProgress     = "delivery-progress"
)

// batchHeartbeat is how long a batch may go without a heartbeat before
// Temporal gives it to another attempt: a killed worker's batches resume
// within it (plus the retry's first interval) of the worker coming back.
const batchHeartbeat = 20 * time.Second

// continueAsNewAt keeps every run's history far below Temporal's 10,000
// event warning: a batch costs about three events.
const continueAsNewAt = 4000

// NotifyInput is a subject notice to deliver to every recipient of the
// incident's list that matches Filter.
type NotifyInput struct {
	IncidentID   string                `json:"incident_id"`
	NoticeID     string                `json:"notice_id"`
	ObligationID string                `json:"obligation_id"`
	Version      int                   `json:"version"`
	Filter       store.RecipientFilter `json:"filter"`
	Subject      string                `json:"subject"`
	Text         string                `json:"text"`
	HTML         string                `json:"html"`
	// Variants are the notice per language (see activities.BatchInput).
	Variants []breach.Variant `json:"variants,omitempty"`
	// ClockStart is the obligation's (awareness), for the batches'
	// awareness-to-notice metric; zero in deliveries begun before it.
	ClockStart time.Time `json:"clock_start,omitzero"`
	BatchSize  int       `json:"batch_size"`
	Parallel   int       `json:"parallel"`
	// HistoryLimit is the history length at which a run continues as new
	// (default continueAsNewAt).
	HistoryLimit int `json:"history_limit,omitempty"`
	// Carried over continue-as-new:
	Planned   bool               `json:"planned,omitempty"`
	Remaining []activities.Batch `json:"remaining,omitempty"`
	Progress  Progress           `json:"progress"`
}

// Progress of a mass delivery: what `status` and the Slack status show.
type Progress struct {
	Total  int `json:"total"`
	Sent   int `json:"sent"` // includes those the ledger already showed as sent
	Failed int `json:"failed"`
	// Resent counts messages sent again after an interrupted attempt whose
	// outcome was unknown (the worker died while they were on the wire).
	Resent      int       `json:"resent,omitempty"`
	Batches     int       `json:"batches"`
	BatchesDone int       `json:"batches_done"`
	StartedAt   time.Time `json:"started_at"`
	UpdatedAt   time.Time `json:"updated_at"`
	Runs        int       `json:"runs"` // workflow runs (continue-as-new)
	MaxHistory  int       `json:"max_history"`
	Done        bool      `json:"done"`
}

// Rate is messages per second so far.
func (p Progress) Rate() float64 {
	d := p.UpdatedAt.Sub(p.StartedAt).Seconds()
	if d <= 0 {
		return 0
	}
	return float64(p.Sent+p.Failed) / d
}

// NotifySubjectsWorkflow fans a subject notice out over recipient batches
// with bounded parallelism, reports progress to the incident, and continues
// as new well before its history grows large.
func NotifySubjectsWorkflow(ctx workflow.Context, in NotifyInput) (Progress, error) {
	if in.BatchSize <= 0 {
		in.BatchSize = 500
	}
	if in.Parallel <= 0 {
		in.Parallel = 4
	}
	if in.HistoryLimit <= 0 {
		in.HistoryLimit = continueAsNewAt
	}
	p := in.Progress
	p.Runs++
	if p.StartedAt.IsZero() {
		p.StartedAt = workflow.Now(ctx)
	}
	if !in.Planned {
		var plan activities.Plan
		actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
			StartToCloseTimeout: 30 * time.Minute, HeartbeatTimeout: time.Minute,
		})
		if err := workflow.ExecuteActivity(actx, (*activities.Activities).PlanRecipientBatches, activities.PlanInput{
			IncidentID: in.IncidentID, Filter: in.Filter, BatchSize: in.BatchSize,
		}).Get(ctx, &plan); err != nil {
			return p, err
		}
		in.Planned, in.Remaining = true, plan.Batches
		p.Total, p.Batches = plan.Total, len(plan.Batches)
	}
	bctx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 30 * time.Minute,
		// A batch heartbeats after every message: a worker that dies is
		// noticed within this, and its batch resumes on another attempt.
		HeartbeatTimeout: batchHeartbeat,
		RetryPolicy: &temporal.RetryPolicy{
			InitialInterval: 5 * time.Second, BackoffCoefficient: 2, MaximumInterval: 5 * time.Minute, MaximumAttempts: 20,
		},
	})
	parent := ""
	if pe := workflow.GetInfo(ctx).ParentWorkflowExecution; pe != nil {
		parent = pe.ID
	}
	report := func() {
		p.UpdatedAt = workflow.Now(ctx)
		p.MaxHistory = max(p.MaxHistory, workflow.GetInfo(ctx).GetCurrentHistoryLength())
		if parent != "" {
			_ = workflow.SignalExternalWorkflow(ctx, parent, "", SignalProgress, progressSignal{NoticeID: in.NoticeID, Progress: p}).Get(ctx, nil)
		}
	}
	report()

	running := 0
	sel := workflow.NewSelector(ctx)
	var firstErr error
	sinceReport := 0
	for len(in.Remaining) > 0 || running > 0 {
		for running < in.Parallel && len(in.Remaining) > 0 && workflow.GetInfo(ctx).GetCurrentHistoryLength() < in.HistoryLimit {
			b := in.Remaining[0]
			in.Remaining = in.Remaining[1:]
			running++
			f := workflow.ExecuteActivity(bctx, (*activities.Activities).SendRecipientBatch, activities.BatchInput{
				IncidentID: in.IncidentID, NoticeID: in.NoticeID, ObligationID: in.ObligationID, Version: in.Version,
				Filter: in.Filter, Batch: b, Subject: in.Subject, Text: in.Text, HTML: in.HTML, Variants: in.Variants,
				ClockStart: in.ClockStart,
			})
			sel.AddFuture(f, func(f workflow.Future) {
				running--
				var r activities.BatchResult
				if err := f.Get(ctx, &r); err != nil {
					if firstErr == nil {
						firstErr = err
					}
					return
				}
				p.Sent += r.Sent + r.Skipped
				p.Failed += r.Failed
				p.Resent += r.Resent
				p.BatchesDone++
				sinceReport++
			})
		}
		if running == 0 {
			break // history is long: continue as new with what remains
		}
		sel.Select(ctx)
		if sinceReport >= 10 {
			sinceReport = 0
			report()
		}
	}
	if firstErr != nil {
		report()
		return p, firstErr
	}
	if len(in.Remaining) > 0 {
		report()
		in.Progress = p
		return p, workflow.NewContinueAsNewError(ctx, NotifySubjectsWorkflow, in)
	}
	p.Done = true
	report()
	return p, nil
}

// progressSignal carries a delivery's progress to the incident.
type progressSignal struct {
	NoticeID string   `json:"notice_id"`
	Progress Progress `json:"progress"`
}
