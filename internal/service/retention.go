package service

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/retention"
	"github.com/breachwf/breach/internal/store"
)

// RetentionEvery is how often the worker deletes what has expired.
var RetentionEvery = time.Hour

// RetentionBy is the purge log's name for the worker's own runs.
const RetentionBy = "worker (retention)"

// startRetention runs the retention policy now and then every period until
// the returned stop is called (which waits for a run in progress). The log
// names incidents and counts, never a person.
func startRetention(st *store.Store, policy config.Retention, log *slog.Logger, now func() time.Time, every time.Duration) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			r, err := retention.Run(ctx, st, policy, now(), RetentionBy, false)
			for _, a := range r.Deleted {
				log.Info("retention: deleted", "incident", a.IncidentID, "what", a.What, "closed", a.ClosedAt.UTC().Format(time.DateOnly),
					"period", a.Period, "subjects", a.Subjects, "quarantined", a.Quarantined, "ledger_rows", a.LedgerRows)
			}
			if err != nil && ctx.Err() == nil {
				log.Warn("retention: " + err.Error())
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return func() { cancel(); wg.Wait() }
}
