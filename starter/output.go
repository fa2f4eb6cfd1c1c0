package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/internal/rules"
	"github.com/breachwf/breach/workflows"
)

func (a *app) status(ctx context.Context, args []string) error {
	f := newFlags("status")
	asJSON := f.Bool("json", false, "print JSON")
	watch := f.Bool("watch", false, "follow deliveries with a progress bar until they finish")
	if err := f.parse(args, 1, 1, "status ID [--json] [--watch]"); err != nil {
		return err
	}
	c, err := a.incidents(ctx)
	if err != nil {
		return err
	}
	s, err := c.Status(ctx, f.pos[0])
	if err != nil {
		return err
	}
	tty, last := terminal(os.Stderr), time.Time{}
	for *watch && delivering(s) {
		for _, d := range s.Deliveries {
			p := d.Progress
			line := fmt.Sprintf("%s %s %d/%d sent, %d failed, %.0f msg/s", d.NoticeID, bar(p.Sent+p.Failed, p.Total, 30), p.Sent, p.Total, p.Failed, p.Rate())
			switch {
			case tty:
				fmt.Fprintf(os.Stderr, "\r%s\033[K", line) // redrawn in place
			case time.Since(last) >= 10*time.Second:
				fmt.Fprintln(os.Stderr, line) // a log or a pipe: a line now and then
				last = time.Now()
			}
		}
		time.Sleep(time.Second)
		if s, err = c.Status(ctx, f.pos[0]); err != nil {
			return err
		}
	}
	if *watch && tty {
		fmt.Fprintln(os.Stderr)
	}
	if *asJSON {
		return writeJSON(a.out, s)
	}
	now := time.Now()
	fmt.Fprintf(a.out, "%s  %s\nphase: %s   declared %s", s.ID, s.Title, s.Phase, s.DeclaredAt.Format("2006-01-02 15:04 MST"))
	if s.RulesVersion != nil {
		fmt.Fprintf(a.out, "   rules v%d", *s.RulesVersion) // the rules table version pinned for this incident
	}
	if s.ReadyToClose && s.Closed == nil && s.Triaged {
		fmt.Fprint(a.out, "   (no open obligations: ready to close)")
	}
	fmt.Fprintln(a.out)
	if u := breach.UnknownFacts(s.Obligations); len(u) > 0 {
		fmt.Fprintf(a.out, "NOT KNOWN YET: %s (the duties that turn on them apply, uncertain, until add-facts gives them)\n", strings.Join(u, ", "))
	}
	if len(s.Obligations) > 0 {
		fmt.Fprintln(a.out, "\nOBLIGATIONS (ours)")
		tw := tabwriter.NewWriter(a.out, 0, 2, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tTO\tBASIS\tDUE\tLEFT\tSTATUS")
		for _, o := range s.Obligations {
			status := o.Status
			if o.Late {
				status += " (late)"
			}
			if o.Reference != "" {
				status += " ref " + o.Reference
			}
			if d := o.Doubt(); d != "" && o.Status == breach.ObligationOpen {
				status += " (" + d + ")"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", o.ID, clip(o.Recipient, 28), clip(o.Basis, 34), due(o.Obligation), left(o.Obligation, o.Status, now), status)
		}
		tw.Flush()
	}
	if len(s.CustomerDuties) > 0 {
		fmt.Fprintln(a.out, "\nCUSTOMERS' OWN DUTIES (told to them in our notice)")
		tw := tabwriter.NewWriter(a.out, 0, 2, 2, ' ', 0)
		fmt.Fprintln(tw, "CUSTOMER\tID\tBASIS\tDUE\tREQUIRED")
		for _, o := range s.CustomerDuties {
			req := "required"
			if !o.Required {
				req = "not required"
			}
			if d := o.Doubt(); d != "" {
				req += " (" + d + ")"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", o.ControllerID, o.ID, o.Basis, due(o), req)
		}
		tw.Flush()
	}
	if len(s.Notices) > 0 {
		fmt.Fprintln(a.out, "\nNOTICES")
		tw := tabwriter.NewWriter(a.out, 0, 2, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tOBLIGATION\tVERSION\tSTATUS\tTO\tLANG\tSENT\tFAILED\tNOTE")
		for _, n := range s.Notices {
			fmt.Fprintf(tw, "%s\t%s\tv%d\t%s\t%s\t%s\t%d\t%d\t%s\n", n.ID, n.ObligationID, n.Version, n.Status, audience(n), languages(n), n.Sent, n.Failed, clip(noticeNote(n), 60))
		}
		tw.Flush()
	}
	if len(s.Deliveries) > 0 {
		fmt.Fprintln(a.out, "\nDELIVERIES")
		for _, d := range s.Deliveries {
			p := d.Progress
			resent := ""
			if p.Resent > 0 {
				resent = fmt.Sprintf(", %d re-sent after an interruption", p.Resent)
			}
			fmt.Fprintf(a.out, "  %-4s %s %d/%d sent, %d failed%s, %.0f msg/s\n", d.NoticeID, bar(p.Sent+p.Failed, p.Total, 24), p.Sent, p.Total, p.Failed, resent, p.Rate())
		}
	}
	for _, j := range s.PublicNotice {
		fmt.Fprintf(a.out, "PUBLIC NOTICE NEEDED in %s: direct notice failed for many (GDPR Art. 34(3)(c); KVKK website publication)\n", j)
	}
	for _, sc := range s.Scans {
		fmt.Fprintf(a.out, "scoped %s: %d rows, %d new, %d duplicates, %d quarantined\n", sc.Source, sc.Rows, sc.New, sc.Duplicates, sc.Quarantined)
	}
	for _, n := range s.Notes {
		fmt.Fprintln(a.out, "note:", n)
	}
	if len(s.Pending) > 0 {
		fmt.Fprintln(a.out, "\nAWAITING ANOTHER LEGAL APPROVER (four-eyes: the same decision by a second approver applies it)")
		for _, p := range s.Pending {
			fmt.Fprintf(a.out, "  %s %s — approved by %s — %s\n", p.Update, p.Target, strings.Join(p.Approvers, ", "), strings.Join(p.Why, "; "))
		}
	}
	if k := len(s.Refusals); k > 0 {
		fmt.Fprintf(a.out, "\nREFUSED ATTEMPTS (%d; all in the timeline and the register)\n", k)
		for _, r := range s.Refusals[max(0, k-5):] {
			fmt.Fprintf(a.out, "  %s  %s by %q: %s\n", r.At, strings.TrimSpace(r.Update+" "+r.Target), r.By, r.Reason)
		}
	}
	if k := len(s.Timeline); k > 0 {
		fmt.Fprintln(a.out, "\nRECENT TIMELINE")
		for _, e := range s.Timeline[max(0, k-8):] {
			by := ""
			if e.By != "" {
				by = " [" + e.By + "]"
			}
			fmt.Fprintf(a.out, "  %s  %-16s %s%s\n", e.At.Format("01-02 15:04"), e.Kind, clip(oneLine(fmt.Errorf("%s", e.Text)), width()-32-len(by)), by)
		}
	}
	return nil
}

func delivering(s workflows.Status) bool {
	for _, n := range s.Notices {
		if n.Status == breach.NoticeSending {
			return true
		}
	}
	return false
}

// bar draws a progress bar.
func bar(done, total, width int) string {
	if total <= 0 {
		return "[" + strings.Repeat(" ", width) + "]"
	}
	n := min(width, done*width/total)
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
}

func due(o breach.Obligation) string {
	if o.Due == nil {
		return "without undue delay"
	}
	return o.Due.UTC().Format("2006-01-02 15:04 UTC")
}

func planDue(o breach.Obligation) string {
	if o.Due == nil {
		return "asap"
	}
	if o.ASAP {
		return "asap, by " + o.Due.UTC().Format("2006-01-02 15:04")
	}
	return o.Due.UTC().Format("2006-01-02 15:04")
}

func left(o breach.Obligation, status string, now time.Time) string {
	if o.Due == nil || status != breach.ObligationOpen {
		return "-"
	}
	d := o.Due.Sub(now)
	if d < 0 {
		return "OVERDUE " + breach.Human(-d)
	}
	return breach.Human(d)
}

func (a *app) list(ctx context.Context, args []string) error {
	f := newFlags("list")
	asJSON := f.Bool("json", false, "print JSON")
	if err := f.parse(args, 0, 0, "list [--json]"); err != nil {
		return err
	}
	c, err := a.incidents(ctx)
	if err != nil {
		return err
	}
	all, err := c.List(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if all == nil {
			all = []incidents.Summary{}
		}
		return writeJSON(a.out, all)
	}
	tw := tabwriter.NewWriter(a.out, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPHASE\tSTARTED\tTITLE")
	for _, s := range all {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.ID, s.Phase, s.Started.Format("2006-01-02 15:04"), s.Title)
	}
	return tw.Flush()
}

func (a *app) plan(ctx context.Context, args []string) error {
	f := newFlags("plan")
	factsPath := f.String("facts", "", "facts file (JSON)")
	asJSON := f.Bool("json", false, "print JSON")
	configPath := f.String("config", envOr("BREACH_CONFIG", ""), "configuration: customers, organisation and rules options (default: the built-in config.example.yaml, as the worker)")
	if err := f.parse(args, 0, 0, "plan --facts FILE [--config FILE] [--json]"); err != nil {
		return err
	}
	facts, err := readFacts(*factsPath)
	if err != nil {
		return err
	}
	if facts == nil {
		return fmt.Errorf("plan: give --facts FILE")
	}
	if facts.AwareAt == nil && facts.DiscoveredAt == nil && facts.DeterminedAt == nil {
		now := time.Now().UTC()
		facts.AwareAt = &now // nothing known: the clocks start now
	}
	// The same configuration the worker runs with: the built-in one unless
	// a file is given, so the plan and the running incident agree.
	cfg, err := config.Load(*configPath)
	if err != nil {
		return err
	}
	resolved, notes := cfg.ResolveFacts(*facts)
	for _, n := range notes {
		fmt.Fprintln(os.Stderr, "note:", n)
	}
	obs := rules.AssessWith(resolved, cfg.Rules)
	if *asJSON {
		out := planJSON{Obligations: make([]planObligation, 0, len(obs))}
		for _, o := range obs {
			p := planObligation{
				ID: o.ID, Regime: o.Regime, Basis: o.Basis, Audience: o.Audience, Jurisdiction: o.Jurisdiction,
				Recipient: o.Recipient, Notifier: o.Notifier, ClockStart: o.ClockStart.UTC(), ASAP: o.ASAP,
				Required: o.Required, Uncertain: o.Uncertain, Unknown: o.Unknown, Reason: o.Reason, Notes: o.Notes,
			}
			if o.ControllerID != "" {
				p.ControllerID = &o.ControllerID
			}
			if o.Due != nil {
				d := o.Due.UTC()
				p.Due = &d
			}
			out.Obligations = append(out.Obligations, p)
		}
		return writeJSON(a.out, out)
	}
	tw := tabwriter.NewWriter(a.out, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "DUE (UTC)\tREQUIRED\tWHO\tTO\tBASIS\tID\tUNCERTAIN")
	for _, o := range obs {
		req := "yes"
		if !o.Required {
			req = "no"
		}
		if o.Uncertain {
			req += "?"
		}
		who := "us"
		if o.Notifier == breach.NotifierController {
			who = o.ControllerID
		}
		doubt := strings.TrimPrefix(o.Doubt(), "uncertain: ")
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", planDue(o), req, who, o.Recipient, o.Basis, o.ID, doubt)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(a.out, "\nyes? / no? = uncertain: the facts named are not known yet (the duty applies until they are), or counsel to confirm. `--json` gives every duty with its reason and counsel's notes.")
	return nil
}

// planJSON is the contract of `starter plan --json`: exactly these fields.
type planJSON struct {
	Obligations []planObligation `json:"obligations"`
}

type planObligation struct {
	ID           string     `json:"id"`
	Regime       string     `json:"regime"`
	Basis        string     `json:"basis"`
	Audience     string     `json:"audience"`
	Jurisdiction string     `json:"jurisdiction"`
	Recipient    string     `json:"recipient"`
	Notifier     string     `json:"notifier"`
	ControllerID *string    `json:"controller_id"`
	ClockStart   time.Time  `json:"clock_start"`
	Due          *time.Time `json:"due"`
	ASAP         bool       `json:"asap"`
	Required     bool       `json:"required"`
	Uncertain    bool       `json:"uncertain"`
	Unknown      []string   `json:"unknown,omitempty"`
	Reason       string     `json:"reason"`
	Notes        string     `json:"notes,omitempty"`
}

// writeJSON writes v as indented JSON with its timestamps to the second
// ("2026-03-02T14:05:00Z"): the workflow's clock has nanoseconds that
// nobody reading a breach record needs.
func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(fractions.ReplaceAll(b.Bytes(), []byte(`"$1$2"`)))
	return err
}

// fractions matches a JSON string that is an RFC 3339 timestamp with
// fractional seconds.
var fractions = regexp.MustCompile(`"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.\d+(Z|[+-]\d\d:\d\d)"`)

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

func discardLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError + 4}))
}

// width is the terminal's width from $COLUMNS, 120 when it is not set:
// status lines are cut to fit it (the full text is in --json).
func width() int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n >= 60 {
		return n
	}
	return 120
}

// audience says who a notice goes to, in a few characters.
func audience(n breach.Notice) string {
	switch n.Channel {
	case "list":
		if n.Recipients == 1 {
			return "1 person"
		}
		return fmt.Sprintf("%d people", n.Recipients)
	case "portal":
		return "portal"
	case "email":
		return fmt.Sprintf("%d e-mail", n.Recipients)
	}
	return strconv.Itoa(n.Recipients)
}

// languages lists a notice's languages, starred when a translation is not
// reviewed by counsel.
func languages(n breach.Notice) string {
	var out []string
	for _, v := range n.Variants {
		l := v.Language
		if !v.Reviewed {
			l += "*"
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return n.Language
	}
	return strings.Join(out, ",")
}

// noticeNote is the most pressing thing about a notice for legal.
func noticeNote(n breach.Notice) string {
	var parts []string
	if n.Error != "" {
		parts = append(parts, n.Error)
	}
	if n.FormFile != "" && n.Status == breach.NoticeAwaitingFiling {
		parts = append(parts, "form: "+n.FormFile)
	}
	if n.Supplements != "" {
		parts = append(parts, "supplements "+n.Supplements)
	}
	if n.Resent > 0 {
		parts = append(parts, fmt.Sprintf("%d re-sent after an interruption", n.Resent))
	}
	for _, c := range n.Conflicts {
		parts = append(parts, "CONFLICT "+c.Section+" ("+c.Language+")")
	}
	if k := len(n.Warnings); k > 0 && (n.Status == breach.NoticeDraft || n.Status == breach.NoticeChangesRequested) {
		parts = append(parts, fmt.Sprintf("%d warning(s): starter notice", k))
	}
	return strings.Join(parts, "; ")
}

// terminal reports whether f is a terminal (a character device): progress
// is redrawn in place only there.
func terminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
