package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/retention"
	"github.com/breachwf/breach/internal/store"
)

// purge applies the retention policy now: recipient lists of incidents
// closed longer ago than retention.recipient_lists, register entries (and
// their ledger) past every period of their regimes. It prints what it
// deleted, what it keeps and until when; --dry-run deletes nothing.
func (a *app) purge(ctx context.Context, args []string) error {
	f := newFlags("purge")
	sf := addStoreFlags(f)
	dry := f.Bool("dry-run", false, "say what would be deleted; delete nothing")
	asJSON := f.Bool("json", false, "print the report as JSON")
	by := f.String("by", defaultUser(), "who runs the purge (written in the store's purge log)")
	atFlag := f.String("at", "", "with --dry-run: what would go at this date (YYYY-MM-DD) or time (RFC 3339)")
	if err := f.parse(args, 0, 0, "purge [--dry-run [--at DATE]] [--data-dir DIR] [--config FILE] [--by NAME] [--json]"); err != nil {
		return err
	}
	now := time.Now()
	if *atFlag != "" {
		if !*dry {
			return fmt.Errorf("purge: --at needs --dry-run (nothing is deleted before its time)")
		}
		t, err := time.Parse(time.RFC3339, *atFlag)
		if err != nil {
			if t, err = time.Parse(time.DateOnly, *atFlag); err != nil {
				return fmt.Errorf("purge: --at %q is not a date (YYYY-MM-DD) or an RFC 3339 time", *atFlag)
			}
		}
		now = t
	}
	if strings.TrimSpace(*by) == "" {
		return fmt.Errorf("purge: --by: say who runs it (it goes in the purge log)")
	}
	cfg, st, err := sf.open(ctx, "purge")
	if err != nil {
		return err
	}
	defer st.Close()
	r, runErr := retention.Run(ctx, st, cfg.Retention, now, *by, *dry)
	if *asJSON {
		enc := json.NewEncoder(a.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return err
		}
		return runErr
	}
	printPurge(a, r, st.Where())
	return runErr
}

func printPurge(a *app, r retention.Report, path string) {
	verb := "deleted"
	if r.DryRun {
		verb = "would delete"
	}
	day := func(t time.Time) string { return t.UTC().Format(time.DateOnly) }
	fmt.Fprintf(a.out, "Retention in %s at %s\n", path, r.At.UTC().Format("2006-01-02 15:04Z"))
	if len(r.Deleted) == 0 {
		fmt.Fprintf(a.out, "  %s: nothing\n", verb)
	}
	for _, d := range r.Deleted {
		switch d.What {
		case "recipient list":
			fmt.Fprintf(a.out, "  %s %s recipient list: %d subjects, %d quarantined rows (closed %s, kept %s)\n",
				verb, d.IncidentID, d.Subjects, d.Quarantined, day(d.ClosedAt), d.Period)
		default:
			ledger := ""
			if d.Deleted {
				ledger = fmt.Sprintf(" and %d ledger rows", d.LedgerRows)
			} else {
				ledger = " and its ledger"
			}
			fmt.Fprintf(a.out, "  %s %s register entry%s (closed %s, kept %s for %s)\n",
				verb, d.IncidentID, ledger, day(d.ClosedAt), d.Period, d.Why)
		}
	}
	for _, k := range r.Kept {
		until := "for good (" + k.Why + ": keep)"
		if !k.Due.IsZero() {
			until = "until " + k.Due.UTC().Format("2006-01-02 15:04Z") + " (" + k.Period
			if k.Why != "" {
				until += " for " + k.Why
			}
			until += ")"
		}
		fmt.Fprintf(a.out, "  kept %s %s %s\n", k.IncidentID, k.What, until)
	}
	var open []string
	for id := range r.Open {
		open = append(open, id)
	}
	slices.Sort(open)
	for _, id := range open {
		fmt.Fprintf(a.out, "  kept %s recipient list: %d subjects (incident open)\n", id, r.Open[id])
	}
	for _, e := range r.Errors {
		fmt.Fprintf(a.out, "  problem: %s\n", e)
	}
}

// storeFlags are the flags of a command that reads the worker's store
// directly: the configuration names it (store.driver, store.path,
// BREACH_STORE_DSN), --store a SQLite file instead.
type storeFlags struct{ dataDir, store, config *string }

func addStoreFlags(f *flags) storeFlags {
	return storeFlags{
		dataDir: f.String("data-dir", envOr("BREACH_DATA_DIR", ".breach"), "the worker's data dir (its breach.db)"),
		store:   f.String("store", "", "SQLite store database (default: store.path of the configuration, or DATA-DIR/breach.db)"),
		config:  f.String("config", envOr("BREACH_CONFIG", ""), "configuration (default: $BREACH_CONFIG, or the built-in config.example.yaml)"),
	}
}

// open loads the configuration and opens the store it names.
func (sf storeFlags) open(ctx context.Context, cmd string) (*config.Config, *store.Store, error) {
	cfg, err := config.Load(*sf.config)
	if err != nil {
		return nil, nil, err
	}
	st, err := openStore(ctx, cmd, cfg, *sf.store, *sf.dataDir)
	return cfg, st, err
}

// openStore opens the worker's store for a command that reads it
// directly: the one the configuration names, or the SQLite file storeFlag
// names. A SQLite store that is not there is an error, not a new empty
// one.
func openStore(ctx context.Context, cmd string, cfg *config.Config, storeFlag, dataDir string) (*store.Store, error) {
	t := store.Target{Driver: cfg.Store.Driver, Path: cmp.Or(storeFlag, cfg.Store.Path), DSN: cfg.Store.DSN, DataDir: dataDir, MustExist: true}
	if storeFlag != "" {
		t.Driver = "sqlite"
	}
	st, err := store.OpenTarget(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cmd, err)
	}
	return st, nil
}
