package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/workflows"
)

// keygen makes a person's decision key: the private key file (0600) and,
// on standard output, the line for the person's entry in the configuration.
func (a *app) keygen(_ context.Context, args []string) error {
	f := newFlags("keygen")
	name := f.String("name", "", "the person's name, exactly as in the configuration")
	out := f.String("out", "", "key file to write (default NAME-SLUG.key here)")
	if err := f.parse(args, 0, 0, "keygen --name NAME [--out FILE]"); err != nil {
		return err
	}
	k, err := identity.Generate(*name)
	if err != nil {
		return fmt.Errorf("keygen: %w", err)
	}
	path := *out
	if path == "" {
		path = identity.Slug(*name) + ".key"
	}
	if err := k.Write(path); err != nil {
		return fmt.Errorf("keygen: %w", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (mode 0600: keep it private). Add this line to %s's entry in the configuration:\n", path, *name)
	fmt.Fprintf(a.out, "public_key: %q\n", k.PublicLine())
	return nil
}

// verify re-checks an incident's signed decisions offline: from the
// register in the store and the people and keys of the configuration.
func (a *app) verify(ctx context.Context, args []string) error {
	f := newFlags("verify")
	sf := addStoreFlags(f)
	dev := f.Bool("dev", false, "also trust the keys `worker -dev` made under DATA-DIR/keys")
	if err := f.parse(args, 1, 1, "verify ID [--data-dir DIR] [--config FILE] [--dev]"); err != nil {
		return err
	}
	id := f.pos[0]
	cfg, st, err := sf.open(ctx, "verify")
	if err != nil {
		return err
	}
	defer st.Close()
	if *dev {
		if _, err := cfg.TrustDevKeys(*sf.dataDir, false); err != nil {
			return err
		}
	}
	entries, err := st.Register(ctx)
	if err != nil {
		return err
	}
	var rec workflows.Status
	found := false
	for _, e := range entries {
		if e.IncidentID == id {
			if err := json.Unmarshal([]byte(e.Record), &rec); err != nil {
				return fmt.Errorf("verify: %s: register record: %w", id, err)
			}
			found = true
		}
	}
	if !found {
		return fmt.Errorf("verify: %s is not in the register at %s (it is written when the incident closes)", id, st.Where())
	}
	checks, problems := workflows.VerifyRecord(rec, cfg.Directory())
	for _, c := range checks {
		mark := "ok  "
		if c.Problem != "" {
			mark = "FAIL"
		}
		target := ""
		if c.Decision.Target != "" {
			target = " " + c.Decision.Target
		}
		fmt.Fprintf(a.out, "%s %s %s%s by %s (via %s, key %s)\n", mark, c.Signed.At.UTC().Format("2006-01-02 15:04:05Z"), c.Decision.Update, target, c.Decision.By, c.Decision.Via, c.Signed.Key)
	}
	for _, r := range rec.Refusals {
		fmt.Fprintf(a.out, "refused %s %s by %q: %s\n", r.At, strings.TrimSpace(r.Update+" "+r.Target), r.By, r.Reason)
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(a.out, "problem:", p)
		}
		return fmt.Errorf("verify: %s: %d problem(s) in %d signed decision(s)", id, len(problems), len(checks))
	}
	if len(checks) == 0 {
		return errors.New("verify: no signed decisions in the record")
	}
	fmt.Fprintf(a.out, "%s: %d signed decision(s) verified against the configuration; %d refused attempt(s) on record\n", id, len(checks), len(rec.Refusals))
	return nil
}
