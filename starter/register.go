package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/breachwf/breach/internal/register"
)

const registerUsage = `register list [FILTERS]                      incidents in the breach register
register show ID [--report [--html]]         one incident, every obligation's outcome;
                                             --report: the final report made at close
register export --format csv|json|md [FILTERS]

Filters: --from DATE --to DATE (declared, YYYY-MM-DD; --to is exclusive),
--regime R (GDPR, KVKK, US-CA...), --outcome sent|filed|waived|late|not required|open at close,
--notified yes|no. The register is read from the store: --data-dir DIR (default .breach,
or $BREACH_DATA_DIR) or --store FILE, and --config FILE for store.path.`

// register reads the breach register out of the store.
func (a *app) register(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		return helpText(registerUsage + "\n")
	}
	sub, args := args[0], args[1:]
	f := newFlags("register " + sub)
	sf := addStoreFlags(f)
	from := f.String("from", "", "declared on or after (YYYY-MM-DD)")
	to := f.String("to", "", "declared before (YYYY-MM-DD)")
	regime := f.String("regime", "", "with an obligation under this regime")
	outcome := f.String("outcome", "", "with an obligation of this outcome")
	notified := f.String("notified", "", "yes or no")
	format := f.String("format", "", "export format: csv, json or md")
	report := f.Bool("report", false, "show: the final report made at close (Markdown)")
	reportHTML := f.Bool("html", false, "show --report: the report's HTML")
	minPos, maxPos, use := 0, 0, "register list [FILTERS]"
	switch sub {
	case "show":
		minPos, maxPos, use = 1, 1, "register show ID [--report [--html]]"
	case "export":
		use = "register export --format csv|json|md [FILTERS]"
	case "list":
	default:
		return fmt.Errorf("register: unknown subcommand %q (list, show or export)", sub)
	}
	if err := f.parse(args, minPos, maxPos, use); err != nil {
		return err
	}
	var flt register.Filter
	for _, d := range []struct {
		name, v string
		t       *time.Time
	}{{"--from", *from, &flt.From}, {"--to", *to, &flt.To}} {
		if d.v == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.v)
		if err != nil {
			return fmt.Errorf("register: %s %q is not a date (YYYY-MM-DD)", d.name, d.v)
		}
		*d.t = t
	}
	if *outcome != "" && !slices.Contains(register.Outcomes, *outcome) {
		return fmt.Errorf("register: --outcome %q is not one of %s", *outcome, strings.Join(register.Outcomes, ", "))
	}
	if *notified != "" && *notified != "yes" && *notified != "no" {
		return fmt.Errorf("register: --notified %q is not yes or no", *notified)
	}
	flt.Regime, flt.Outcome, flt.Notified = *regime, *outcome, *notified
	if sub == "export" && !slices.Contains(register.Formats, *format) {
		return fmt.Errorf("register export: --format %q is not one of %s", *format, strings.Join(register.Formats, ", "))
	}

	_, st, err := sf.open(ctx, "register")
	if err != nil {
		return err
	}
	defer st.Close()
	all, err := register.Read(ctx, st)
	if err != nil {
		return err
	}
	var entries []register.Entry
	for _, e := range all {
		if flt.Match(e) {
			entries = append(entries, e)
		}
	}
	switch sub {
	case "export":
		return register.Export(a.out, *format, entries)
	case "show":
		id := strings.ToUpper(f.pos[0])
		if *report || *reportHTML {
			md, html, _, err := st.Report(ctx, id)
			if err != nil {
				return err
			}
			if md == "" {
				return fmt.Errorf("register: %s has no final report (closed before reports were made)", id)
			}
			if *reportHTML {
				_, err = fmt.Fprint(a.out, html)
			} else {
				_, err = fmt.Fprint(a.out, md)
			}
			return err
		}
		for _, e := range all {
			if e.IncidentID == id {
				return register.Export(a.out, "md", []register.Entry{e})
			}
		}
		return fmt.Errorf("register: %s is not in the register at %s (an incident is recorded when it closes)", id, st.Where())
	}
	tw := tabwriter.NewWriter(a.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDECLARED\tCLOSED\tRISK\tNOTIFIED\tOBLIGATIONS\tTITLE")
	for _, e := range entries {
		counts := map[string]int{}
		late := 0
		for _, o := range e.Outcomes {
			counts[o.Outcome]++
			if o.Late {
				late++
			}
		}
		var parts []string
		for _, k := range register.Outcomes {
			if counts[k] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
			}
		}
		if late > 0 {
			parts = append(parts, fmt.Sprintf("%d LATE", late))
		}
		yes := "no"
		if e.Notified {
			yes = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.IncidentID, e.DeclaredAt.UTC().Format("2006-01-02"), e.ClosedAt.UTC().Format("2006-01-02"),
			e.Risk, yes, cmp.Or(strings.Join(parts, ", "), "none"), strings.Join(strings.Fields(e.Title), " "))
	}
	return tw.Flush()
}
