// Package retention deletes what the store no longer may keep about closed
// incidents: recipient lists a configured time after close (the company's
// 60 days), register entries and their delivery ledger once every regime
// they touched has passed its period. The worker runs it every hour; the
// CLI's `starter purge` runs it now (or says what it would do) and prints
// what it deleted. Open incidents are never touched: an incident is closed
// once it is in the register.
package retention

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/register"
	"github.com/breachwf/breach/internal/store"
)

// Action is one thing purged, or to be purged, or kept and until when.
type Action struct {
	IncidentID string    `json:"incident_id"`
	ClosedAt   time.Time `json:"closed_at"`
	// What: "recipient list" or "register entry".
	What string `json:"what"`
	// Due is when it may go (zero: kept for good).
	Due time.Time `json:"due,omitzero"`
	// Period and Why: the period applied and the regime that set it.
	Period string `json:"period"`
	Why    string `json:"why,omitempty"`
	// Deleted: done in this run (false in a dry run, or not yet due).
	Deleted bool `json:"deleted"`
	// Subjects and Quarantined: what the list held; LedgerRows: the
	// deliveries recorded for the entry.
	Subjects    int `json:"subjects,omitempty"`
	Quarantined int `json:"quarantined,omitempty"`
	LedgerRows  int `json:"ledger_rows,omitempty"`
}

// Report is one run: what was deleted, what is kept and until when, and
// the lists of incidents still open (never purged).
type Report struct {
	At      time.Time      `json:"at"`
	DryRun  bool           `json:"dry_run"`
	Deleted []Action       `json:"deleted"`
	Kept    []Action       `json:"kept"`
	Open    map[string]int `json:"open_lists"` // incident -> subjects
	Errors  []string       `json:"errors,omitempty"`
}

// Run applies the policy at now. by names who ran it (a person, or
// "worker (retention)" for the hourly run); it is written in the purge log.
// With dryRun nothing is deleted and Deleted lists what would be.
func Run(ctx context.Context, st *store.Store, policy config.Retention, now time.Time, by string, dryRun bool) (Report, error) {
	r := Report{At: now, DryRun: dryRun, Deleted: []Action{}, Kept: []Action{}, Open: map[string]int{}}
	entries, err := st.Register(ctx)
	if err != nil {
		return r, err
	}
	held, err := st.HeldLists(ctx)
	if err != nil {
		return r, err
	}
	closed := map[string]bool{}
	for _, e := range entries {
		closed[e.IncidentID] = true
		size, hasList := held[e.IncidentID]
		if hasList {
			a := Action{IncidentID: e.IncidentID, ClosedAt: e.ClosedAt, What: "recipient list",
				Period: policy.RecipientLists.String(), Subjects: size.Subjects, Quarantined: size.Quarantined}
			a.Due, _ = policy.RecipientLists.After(e.ClosedAt)
			if !a.Due.IsZero() && !now.Before(a.Due) {
				if !dryRun {
					got, err := st.DeleteLists(ctx, e.IncidentID, by, now)
					if errors.Is(err, store.ErrGone) {
						continue // another worker's purge took it just now
					}
					if err != nil {
						r.Errors = append(r.Errors, fmt.Sprintf("%s: %v", e.IncidentID, err))
						continue
					}
					a.Subjects, a.Quarantined, a.Deleted = got.Subjects, got.Quarantined, true
					hasList = false
				}
				r.Deleted = append(r.Deleted, a)
			} else {
				r.Kept = append(r.Kept, a)
			}
		}
		regimes, err := Regimes(e.Record)
		if err != nil {
			// An entry whose record cannot be read is kept: nothing is
			// deleted on a guess.
			r.Errors = append(r.Errors, fmt.Sprintf("%s: register record unreadable, kept: %v", e.IncidentID, err))
			continue
		}
		p, why := policy.RegisterPeriod(regimes)
		a := Action{IncidentID: e.IncidentID, ClosedAt: e.ClosedAt, What: "register entry", Period: p.String(), Why: why}
		a.Due, _ = p.After(e.ClosedAt)
		if a.Due.IsZero() || now.Before(a.Due) {
			r.Kept = append(r.Kept, a)
			continue
		}
		if !dryRun {
			// A list configured to outlive its entry goes with it: nothing
			// about the incident stays once its entry is gone.
			if hasList {
				if _, err := st.DeleteLists(ctx, e.IncidentID, by, now); err != nil && !errors.Is(err, store.ErrGone) {
					r.Errors = append(r.Errors, fmt.Sprintf("%s: %v", e.IncidentID, err))
					continue
				}
			}
			n, err := st.DeleteRegister(ctx, e.IncidentID, by, now)
			if errors.Is(err, store.ErrGone) {
				continue
			}
			if err != nil {
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %v", e.IncidentID, err))
				continue
			}
			a.LedgerRows, a.Deleted = n, true
		}
		r.Deleted = append(r.Deleted, a)
	}
	for id, size := range held {
		if !closed[id] {
			r.Open[id] = size.Subjects
		}
	}
	if len(r.Errors) > 0 {
		return r, fmt.Errorf("retention: %d problems: %s", len(r.Errors), r.Errors[0])
	}
	return r, nil
}

// Regimes are the regimes of the obligations in a register record, sorted.
func Regimes(record string) ([]string, error) {
	var rec struct {
		Obligations []struct {
			Regime string `json:"regime"`
		} `json:"obligations"`
	}
	if err := json.Unmarshal([]byte(record), &rec); err != nil {
		return nil, err
	}
	raw := make([]string, len(rec.Obligations))
	for i, o := range rec.Obligations {
		raw[i] = o.Regime
	}
	return register.Regimes(raw), nil
}
