package activities

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/notice"
	"github.com/breachwf/breach/internal/scope"
	"github.com/breachwf/breach/internal/store"
)

// ScopeInput is a record export to read for an incident.
type ScopeInput struct {
	IncidentID string `json:"incident_id"`
	// Path is read by the worker: it must be on the worker's file system,
	// unless Upload is set. With Upload, Path is only the export's name.
	Path string `json:"path"`
	// Upload is the ID of the export uploaded into the store by the CLI
	// (store.PutUpload), read by whichever worker runs the scan and
	// deleted once it is read.
	Upload       string `json:"upload,omitempty"`
	Format       string `json:"format,omitempty"`
	ControllerID string `json:"controller_id,omitempty"`
}

// ScopeResult is what a scan found: counts only, never personal data.
type ScopeResult struct {
	Source      string                    `json:"source"`
	Rows        int                       `json:"rows"`
	Accepted    int                       `json:"accepted"`
	New         int                       `json:"new"`
	Duplicates  int                       `json:"duplicates"`
	Quarantined int                       `json:"quarantined"`
	Counts      map[string]map[string]int `json:"counts"`
	// Totals are the list's counts after the scan, all scans together:
	// controller ("" = our own subjects) -> jurisdiction -> people.
	Totals map[string]map[string]int `json:"totals"`
	// Sample of quarantined rows: line, field and reason (values left out).
	Sample []string `json:"sample,omitempty"`
}

// ScopeRecipients reads a record export into the recipient list. It
// heartbeats as it goes; the scan is stored in one transaction under a key
// made of the workflow run and the activity, so a retried attempt either
// starts again from nothing (the first died before committing) or returns
// the committed result without reading again.
func (a *Activities) ScopeRecipients(ctx context.Context, in ScopeInput) (ScopeResult, error) {
	var r io.Reader
	if in.Upload != "" {
		r = a.Store.OpenUpload(ctx, in.IncidentID, in.Upload)
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return ScopeResult{}, temporal.NewNonRetryableApplicationError(fmt.Sprintf("scope: %v", err), "ScopeInput", err)
		}
		defer f.Close()
		r = f
	}
	info := activity.GetInfo(ctx)
	source := filepath.Base(in.Path)
	res, err := scope.Scan(ctx, r, in.IncidentID, a.Store, scope.Options{
		Format: in.Format, Source: source, ControllerID: in.ControllerID,
		Key:      info.WorkflowExecution.RunID + "/" + info.ActivityID,
		TempDir:  a.Store.TempDir(),
		Progress: func(p scope.Progress) { activity.RecordHeartbeat(ctx, p) },
	})
	if err != nil {
		var mc *scope.MissingColumnError
		var ie *scope.InputError
		if !errors.As(err, &mc) && !errors.As(err, &ie) && !errors.Is(err, store.ErrNoUpload) {
			return ScopeResult{}, err // retried: the store or the disk may recover
		}
		// The export is unusable as it is: its upload goes (it is
		// personal data); a corrected export is uploaded again.
		a.dropUpload(ctx, in)
		return ScopeResult{}, temporal.NewNonRetryableApplicationError(err.Error(), "ScopeInput", err)
	}
	// Read and committed (or read before, by an attempt that died after
	// committing): the upload has served.
	a.dropUpload(ctx, in)
	out := ScopeResult{Source: source, Rows: res.Rows, Accepted: res.Accepted, New: res.New, Duplicates: res.Duplicates,
		Quarantined: res.Quarantined, Counts: res.Counts}
	if out.Totals, err = a.Store.CountRecipients(ctx, in.IncidentID); err != nil {
		return out, err
	}
	for _, q := range res.Sample {
		out.Sample = append(out.Sample, fmt.Sprintf("line %d: %s: %s", q.Line, q.Field, q.Reason))
	}
	if !res.Replayed {
		a.Metrics.Scanned(res.New, res.Duplicates, res.Quarantined)
	}
	a.log().Info("scoped", "incident", in.IncidentID, "source", source, "rows", res.Rows, "new", res.New,
		"duplicates", res.Duplicates, "quarantined", res.Quarantined, "replayed", res.Replayed)
	return out, nil
}

// dropUpload deletes a scan's upload, if it had one. A failure is logged,
// not returned: the scan's result stands, and the incident's purge
// deletes what is left.
func (a *Activities) dropUpload(ctx context.Context, in ScopeInput) {
	if in.Upload == "" {
		return
	}
	if err := a.Store.DeleteUpload(ctx, in.IncidentID, in.Upload); err != nil {
		a.log().Warn("upload not deleted", "incident", in.IncidentID, "upload", in.Upload, "error", err)
	}
}

// PlanInput selects the recipients of a subject notice.
type PlanInput struct {
	IncidentID string                `json:"incident_id"`
	Filter     store.RecipientFilter `json:"filter"`
	BatchSize  int                   `json:"batch_size"`
}

// Batch is a half-open range of recipient row IDs: After < id <= Until.
type Batch struct {
	After int64 `json:"after"`
	Until int64 `json:"until"`
}

// Plan is the batches of a subject notice.
type Plan struct {
	Total   int     `json:"total"`
	Batches []Batch `json:"batches"`
}

// PlanRecipientBatches cuts the recipient list into ranges of BatchSize,
// from the chunks' ID ranges (no subject is read).
func (a *Activities) PlanRecipientBatches(ctx context.Context, in PlanInput) (Plan, error) {
	if in.BatchSize <= 0 {
		in.BatchSize = 500
	}
	ranges, err := a.Store.RecipientChunks(ctx, in.IncidentID, in.Filter)
	if err != nil {
		return Plan{}, err
	}
	return cutBatches(ranges, in.BatchSize), nil
}

// cutBatches cuts chunk ranges into batches of size people (the last one
// smaller).
func cutBatches(ranges []store.RecipientRange, size int) Plan {
	var plan Plan
	var after int64
	cur := 0
	for _, r := range ranges {
		pos, left := r.First, r.N
		for left > 0 {
			take := min(size-cur, left)
			cur, left, pos = cur+take, left-take, pos+int64(take)
			plan.Total += take
			if cur == size {
				plan.Batches = append(plan.Batches, Batch{After: after, Until: pos - 1})
				after, cur = pos-1, 0
			}
		}
	}
	if cur > 0 {
		plan.Batches = append(plan.Batches, Batch{After: after, Until: ranges[len(ranges)-1].Last})
	}
	return plan
}

// BatchInput is one batch of a subject notice to send.
type BatchInput struct {
	IncidentID   string                `json:"incident_id"`
	NoticeID     string                `json:"notice_id"`
	ObligationID string                `json:"obligation_id"`
	Version      int                   `json:"version"`
	Filter       store.RecipientFilter `json:"filter"`
	Batch        Batch                 `json:"batch"`
	Subject      string                `json:"subject"`
	Text         string                `json:"text"`
	HTML         string                `json:"html"`
	// Variants are the notice per language; a recipient gets the one in
	// the language of their list row, else the first. Without variants
	// (deliveries begun before them) everyone gets Subject/Text/HTML.
	Variants []breach.Variant `json:"variants,omitempty"`
	// ClockStart is the obligation's clock start (awareness): each message
	// sent is observed in the awareness-to-notice metric. Zero (batches
	// begun before it): not observed.
	ClockStart time.Time `json:"clock_start,omitzero"`
}

// message is the notice for one recipient: in their language, greeting
// them by name.
func (in BatchInput) message(r store.RecipientRow, messageID string) mail.Message {
	v := breach.Variant{Subject: in.Subject, Text: in.Text, HTML: in.HTML}
	if len(in.Variants) > 0 {
		v = in.Variants[0]
		want := ListLanguage(r.Language)
		for _, x := range in.Variants {
			if x.Language == want {
				v = x
			}
		}
		v.Text, v.HTML = notice.Personalize(v.Text, v.HTML, v.Language, r.Name)
	}
	return noticeMessage(in.IncidentID, in.ObligationID, r.Email, messageID, v.Subject, v.Text, v.HTML, v.Language)
}

// BatchResult counts a batch's outcomes.
type BatchResult struct {
	Sent    int `json:"sent"`
	Skipped int `json:"skipped"` // already sent according to the ledger
	Failed  int `json:"failed"`  // permanently refused
	// Resent counts messages sent again because an earlier attempt was
	// interrupted with its outcome unknown (the ledger says sending).
	Resent int `json:"resent,omitempty"`
}

// SendRecipientBatch sends a notice to one batch of recipients through the
// connection pool: one ledger row per recipient, written before sending and
// marked after, in groups, so a retried batch skips what was sent.
func (a *Activities) SendRecipientBatch(ctx context.Context, in BatchInput) (res BatchResult, err error) {
	// What this attempt sent counts, whether it ends well or is retried.
	defer func() { a.Metrics.Delivered(breach.AudienceSubjects, res.Sent, res.Failed, res.Resent) }()
	if a.Pool == nil {
		return res, errors.New("no mail pool configured")
	}
	rows, err := a.Store.RecipientsIn(ctx, in.IncidentID, in.Filter, in.Batch.After, in.Batch.Until)
	if err != nil {
		return res, err
	}
	if len(rows) == 0 && in.Batch.Until > in.Batch.After {
		// Batches are cut from the list's chunks: an empty one means this
		// worker's store is not the one the delivery was planned from. An
		// error, retried (on another worker, perhaps), never "done".
		return res, fmt.Errorf("batch %d-%d: nobody of it in this worker's store (%s): the workers must share one store", in.Batch.After, in.Batch.Until, a.Store.Where())
	}
	domain := mail.DomainOf(a.Config.SMTP.From)
	now := a.now()
	ledger := make([]store.LedgerRow, 0, len(rows))
	byID := make(map[string]store.RecipientRow, len(rows))
	for _, r := range rows {
		if r.ID > in.Batch.Until {
			break
		}
		byID[mail.MessageID(in.IncidentID, in.ObligationID, r.Email, domain)] = r
		ledger = append(ledger, store.LedgerRow{
			MessageID: mail.MessageID(in.IncidentID, in.ObligationID, r.Email, domain), IncidentID: in.IncidentID,
			NoticeID: in.NoticeID, ObligationID: in.ObligationID, Version: in.Version, Recipient: r.Email, QueuedAt: now,
		})
	}
	status, err := a.Store.QueueMany(ctx, ledger)
	if err != nil {
		return res, err
	}
	var todo []store.LedgerRow
	for _, l := range ledger {
		switch status[l.MessageID] {
		case store.Sent:
			res.Skipped++
		case store.Failed:
			res.Failed++
		case store.Sending:
			res.Resent++ // interrupted with its outcome unknown: sent again, and counted
			todo = append(todo, l)
		default:
			todo = append(todo, l)
		}
	}

	// Send concurrently through the pool. Each message is marked sending
	// once a session is free for it and marked with its outcome as soon as
	// the server answers, so that a crash leaves unknown only the messages
	// on the wire; the retry sends those again and counts them.
	var mu sync.Mutex
	var transient, markErr error
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for _, l := range todo {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func(l store.LedgerRow) {
			defer wg.Done()
			defer func() { <-sem }()
			err := a.Pool.SendMarked(ctx, in.message(byID[l.MessageID], l.MessageID), func() error {
				return a.Store.MarkSending(ctx, l.MessageID)
			})
			o := store.Outcome{MessageID: l.MessageID, Sent: err == nil, At: a.now()}
			mu.Lock()
			switch {
			case err == nil:
				res.Sent++
				if !in.ClockStart.IsZero() {
					a.Metrics.Latency(breach.AudienceSubjects, o.At.Sub(in.ClockStart))
				}
			case mail.IsPermanent(err):
				o.Permanent, o.Error = true, redact(err, l.Recipient)
				res.Failed++
			default:
				o.Error = redact(err, l.Recipient)
				transient = errors.New(o.Error)
			}
			sent := res.Sent
			mu.Unlock()
			if err := a.Store.MarkMany(ctx, []store.Outcome{o}); err != nil {
				mu.Lock()
				markErr = err
				mu.Unlock()
			}
			activity.RecordHeartbeat(ctx, sent)
		}(l)
	}
	wg.Wait()
	if markErr != nil {
		return res, markErr
	}
	if transient != nil {
		// Retry the batch: the ledger makes it skip what went out.
		return res, fmt.Errorf("batch %d-%d: %w", in.Batch.After, in.Batch.Until, transient)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	// Re-sends as the ledger has them: an attempt killed mid-batch took
	// its own count with it, the ledger did not.
	ids := make([]string, len(ledger))
	for i, l := range ledger {
		ids[i] = l.MessageID
	}
	if res.Resent, err = a.Store.InterruptedIn(ctx, ids); err != nil {
		return res, err
	}
	return res, nil
}
