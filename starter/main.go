// Command starter is the command line for incidents: declare, triage,
// approve, waive, record filings, close, and read status. Every error exits
// non-zero with a one-line reason.
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"

	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/codec"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/internal/rules"
	"github.com/breachwf/breach/internal/store"
	"github.com/breachwf/breach/workflows"
)

const usage = `usage: starter [-temporal-address HOST:PORT] COMMAND [ARGS]

Commands:
  declare --title T [--facts FILE]              start an incident; prints its ID
  status ID [--json] [--watch]                  phase, obligations, deadlines, notices, deliveries
  triage ID --facts FILE --by NAME              confirm the breach with triaged facts
  triage ID --not-personal-data --reason R --by NAME
  notice ID NOTICE_ID [--html] [--lang L]       print a drafted notice for review
  approve ID (NOTICE_ID...|--all) --by NAME [--delay-reason R]
  request-changes ID NOTICE_ID --comment C --by NAME
  edit ID NOTICE_ID [--lang L] [--set SECTION=TEXT]... [--file F] [--keep S] [--reset S]
                                                legal edits a draft's sections ($EDITOR without flags)
  diff ID NOTICE_ID [V1 V2]                     what changed between two versions of a notice
  waive ID OBLIGATION_ID --reason R --by NAME
  filed ID OBLIGATION_ID --reference REF --by NAME
  add-facts ID --facts FILE --by NAME [--note N]
  scope ID --file F [--format csv|jsonl] [--controller ID] [--config FILE]
                                                read affected people (CSV/JSONL) into the recipient
                                                list; re-assesses. With store.driver postgres the
                                                file is uploaded first (any worker scans it);
                                                with sqlite it is read on the worker's machine
  preview ID OBLIGATION_ID [--html FILE] [--lang L]
                                                the notice for an obligation, for legal to read
  close ID [--force --reason R] [--by NAME]
  reassess ID --reason R [--to N] [--by NAME]   move to the current rules version (legal; recorded)
  list [--json]                                 incidents, newest first
  plan --facts FILE [--config FILE] [--json]    obligations for a facts file (no server)
  keygen --name NAME [--out FILE]               make a person's decision key; prints the
                                                public_key line for the configuration
  verify ID [--data-dir DIR] [--config FILE] [--dev]
                                                re-check an incident's signed decisions
                                                offline, from the register (exit 1 on any mismatch)
  register list|show ID|export --format csv|json|md [--from D --to D --regime R --outcome O --notified yes|no]
                                                the breach register, with every obligation's outcome
  purge [--dry-run [--at DATE]] [--data-dir DIR] [--config FILE] [--by NAME]
                                                delete recipient lists and register entries
                                                past their retention (retention: in the
                                                configuration); says what it deleted

Decisions are signed: --key FILE (or BREACH_KEY) names your key, and --by,
when given, must be its person exactly as configured.

The Temporal address comes from -temporal-address or TEMPORAL_ADDRESS
(default 127.0.0.1:7233). Without a key, --by defaults to $BREACH_USER or your
login name, and decisions go unsigned (the workflow refuses them and records it).
`

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		if errors.Is(err, incidents.ErrPending) {
			// Recorded; it takes effect with another approver's decision.
			fmt.Fprintln(os.Stdout, oneLine(err))
			return
		}
		fmt.Fprintln(os.Stderr, "starter:", oneLine(err))
		os.Exit(1)
	}
}

// app carries what every command needs.
type app struct {
	address string
	out     io.Writer
	c       client.Client
}

func run(ctx context.Context, args []string, out io.Writer) error {
	global := flag.NewFlagSet("starter", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	a := &app{out: out}
	global.StringVar(&a.address, "temporal-address", envOr("TEMPORAL_ADDRESS", "127.0.0.1:7233"), "")
	if err := global.Parse(args); errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(out, usage)
		return nil
	} else if err != nil {
		return fmt.Errorf("%v (try `starter help`)", err)
	}
	if global.NArg() == 0 {
		fmt.Fprint(out, usage)
		return errors.New("no command given")
	}
	cmd, rest := global.Arg(0), global.Args()[1:]
	commands := map[string]func(context.Context, []string) error{
		"declare": a.declare, "status": a.status, "triage": a.triage, "notice": a.notice,
		"approve": a.approve, "request-changes": a.requestChanges, "waive": a.waive, "filed": a.filed,
		"add-facts": a.addFacts, "close": a.close, "list": a.list, "plan": a.plan,
		"scope": a.scope, "preview": a.preview, "keygen": a.keygen, "verify": a.verify,
		"reassess": a.reassess, "edit": a.edit, "diff": a.diff, "purge": a.purge, "register": a.register,
	}
	if cmd == "help" || cmd == "-h" || cmd == "--help" {
		fmt.Fprint(out, usage)
		return nil
	}
	f, ok := commands[cmd]
	if !ok {
		return fmt.Errorf("unknown command %q (try `starter help`)", cmd)
	}
	defer func() {
		if a.c != nil {
			a.c.Close()
		}
	}()
	err := f(ctx, rest)
	var h helpText
	if errors.As(err, &h) {
		fmt.Fprint(out, string(h))
		return nil
	}
	return err
}

// incidents dials Temporal lazily, so that `plan` needs no server.
func (a *app) incidents(ctx context.Context) (incidents.Client, error) {
	if os.Getenv(codec.EnvKey) == "" {
		// The key `worker -dev` keeps in its data directory.
		if b, err := os.ReadFile(filepath.Join(envOr("BREACH_DATA_DIR", ".breach"), "payload.key")); err == nil {
			os.Setenv(codec.EnvKey, strings.TrimSpace(string(b)))
		}
	}
	dc, err := codec.DataConverterFromEnv()
	if err != nil {
		return incidents.Client{}, err
	}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	c, err := client.DialContext(dctx, client.Options{HostPort: a.address, DataConverter: dc, FailureConverter: codec.FailureConverter(dc),
		Logger: sdklog.NewStructuredLogger(discardLogger())})
	if err != nil {
		return incidents.Client{}, fmt.Errorf("cannot reach Temporal at %s (is `go run ./worker -dev` running? set -temporal-address or TEMPORAL_ADDRESS): %v", a.address, err)
	}
	a.c = c
	return incidents.Client{Temporal: c, DataConverter: dc}, nil
}

// flags is a command's flag set that accepts flags before, between and
// after positional arguments.
type flags struct {
	*flag.FlagSet
	pos     []string
	by, key *string // set by byFlag
}

func newFlags(name string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flags{FlagSet: fs}
}

// helpText is a command's usage asked for with -h: printed on standard
// output, exit 0.
type helpText string

func (h helpText) Error() string { return string(h) }

func (f *flags) parse(args []string, minPos, maxPos int, what string) error {
	for {
		if err := f.Parse(args); errors.Is(err, flag.ErrHelp) {
			var b strings.Builder
			fmt.Fprintf(&b, "usage: starter %s\n\nflags:\n", what)
			f.SetOutput(&b)
			f.PrintDefaults()
			f.SetOutput(io.Discard)
			return helpText(b.String())
		} else if err != nil {
			return fmt.Errorf("%s: %v (usage: starter %s)", f.Name(), err, what)
		}
		rest := f.Args()
		if len(rest) == 0 {
			break
		}
		f.pos = append(f.pos, rest[0])
		args = rest[1:]
	}
	for i, p := range f.pos {
		// Incident IDs are upper case; br-20261127-1gj2 is the same one.
		if strings.HasPrefix(strings.ToUpper(p), "BR-") {
			f.pos[i] = strings.ToUpper(p)
		}
	}
	if len(f.pos) < minPos || (maxPos >= 0 && len(f.pos) > maxPos) {
		return fmt.Errorf("%s: wrong arguments %q (usage: starter %s)", f.Name(), f.pos, what)
	}
	return nil
}

// byFlag adds --by and --key: who decides, and the key that proves it.
func byFlag(f *flags) {
	f.by = f.String("by", "", "who decides, exactly as configured (default: the key's person)")
	f.key = f.String("key", "", "the decider's key file (default $BREACH_KEY); starter keygen makes one")
}

// decider dials Temporal with a signer for the person deciding: the key
// from --key or BREACH_KEY signs every decision, and --by, when given,
// must be its person. Without a key decisions go unsigned, and the
// workflow refuses (and records) the ones that need a person.
func (a *app) decider(ctx context.Context, f *flags) (incidents.Client, string, error) {
	by, path := *f.by, cmp.Or(*f.key, os.Getenv("BREACH_KEY"))
	var signer incidents.Signer
	if path != "" {
		k, err := identity.ReadKey(path)
		if err != nil {
			return incidents.Client{}, "", err
		}
		if by == "" {
			by = k.Name
		} else if by != k.Name {
			return incidents.Client{}, "", fmt.Errorf("--by %q is not the person of key %s (%q); a key signs only for its own person", by, path, k.Name)
		}
		signer = incidents.KeySigner{Key: k}
	} else if by == "" {
		by = defaultUser()
	}
	c, err := a.incidents(ctx)
	c.Signer = signer
	return c, by, err
}

func defaultUser() string {
	if v := os.Getenv("BREACH_USER"); v != "" {
		return v
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}

func readFacts(path string) (*breach.Facts, error) {
	if path == "" {
		return nil, nil
	}
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("facts file: %w", err)
	}
	f, err := breach.ParseFacts(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &f, nil
}

func (a *app) declare(ctx context.Context, args []string) error {
	f := newFlags("declare")
	title := f.String("title", "", "short title (no personal data)")
	factsPath := f.String("facts", "", "facts file (JSON)")
	byFlag(f)
	if err := f.parse(args, 0, 0, "declare --title T [--facts FILE]"); err != nil {
		return err
	}
	facts, err := readFacts(*factsPath)
	if err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	id, err := c.Declare(ctx, *title, facts, who)
	if err != nil {
		return err
	}
	fmt.Fprintln(a.out, id)
	return nil
}

func (a *app) triage(ctx context.Context, args []string) error {
	f := newFlags("triage")
	factsPath := f.String("facts", "", "triaged facts file (JSON)")
	notPD := f.Bool("not-personal-data", false, "no personal data involved: record and close")
	reason := f.String("reason", "", "rationale (with --not-personal-data)")
	byFlag(f)
	if err := f.parse(args, 1, 1, "triage ID --facts FILE --by NAME"); err != nil {
		return err
	}
	if *factsPath == "" && !*notPD {
		return errors.New("triage: give --facts FILE (or --not-personal-data --reason R)")
	}
	facts, err := readFacts(*factsPath)
	if err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	in := workflows.TriageInput{NotPersonalData: *notPD, Rationale: *reason, By: who}
	if facts != nil {
		in.Facts = *facts
	}
	s, err := c.Triage(ctx, f.pos[0], in)
	if err != nil {
		return err
	}
	if !s.PersonalData {
		fmt.Fprintf(a.out, "%s: not a personal-data breach; recorded in the register and closed\n", s.ID)
		return nil
	}
	open, drafts := 0, 0
	for _, o := range s.Obligations {
		if o.Status == breach.ObligationOpen {
			open++
		}
	}
	for _, n := range s.Notices {
		if n.Status == breach.NoticeDraft {
			drafts++
		}
	}
	fmt.Fprintf(a.out, "%s triaged: %d obligation(s) open, %d notice(s) drafted for approval (starter status %s)\n", s.ID, open, drafts, s.ID)
	return nil
}

func (a *app) approve(ctx context.Context, args []string) error {
	f := newFlags("approve")
	all := f.Bool("all", false, "approve every draft")
	delay := f.String("delay-reason", "", "reasons for the delay, for a notice past its deadline")
	byFlag(f)
	if err := f.parse(args, 1, -1, "approve ID (NOTICE_ID...|--all) --by NAME"); err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	ids, err := c.Approve(ctx, f.pos[0], workflows.ApproveInput{NoticeIDs: f.pos[1:], All: *all, By: who, DelayReason: *delay})
	if err != nil {
		return err
	}
	for _, id := range ids {
		fmt.Fprintf(a.out, "%s approved\n", id)
	}
	return nil
}

// decide runs a decision on one notice or obligation: `NAME ID TARGET
// --FLAG VALUE --by NAME`, printing done (a format for TARGET) on success.
func (a *app) decide(ctx context.Context, args []string, name, flagName, flagHelp, usage, done string,
	do func(c incidents.Client, id, target, value, by string) error) error {
	f := newFlags(name)
	value := f.String(flagName, "", flagHelp)
	byFlag(f)
	if err := f.parse(args, 2, 2, usage); err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	if err := do(c, f.pos[0], f.pos[1], *value, who); err != nil {
		return err
	}
	fmt.Fprintf(a.out, done+"\n", f.pos[1])
	return nil
}

func (a *app) requestChanges(ctx context.Context, args []string) error {
	return a.decide(ctx, args, "request-changes", "comment", "what should change",
		"request-changes ID NOTICE_ID --comment C --by NAME", "%s: changes requested",
		func(c incidents.Client, id, target, comment, by string) error {
			return c.RequestChanges(ctx, id, workflows.RequestChangesInput{NoticeID: target, Comment: comment, By: by})
		})
}

func (a *app) waive(ctx context.Context, args []string) error {
	return a.decide(ctx, args, "waive", "reason", "why the duty is waived (goes into the register)",
		"waive ID OBLIGATION_ID --reason R --by NAME", "%s waived",
		func(c incidents.Client, id, target, reason, by string) error {
			return c.Waive(ctx, id, workflows.WaiveInput{ObligationID: target, Reason: reason, By: by})
		})
}

func (a *app) filed(ctx context.Context, args []string) error {
	return a.decide(ctx, args, "filed", "reference", "the portal's reference number",
		"filed ID OBLIGATION_ID --reference REF --by NAME", "%s filed",
		func(c incidents.Client, id, target, ref, by string) error {
			return c.Filed(ctx, id, workflows.FiledInput{ObligationID: target, Reference: ref, By: by})
		})
}

func (a *app) addFacts(ctx context.Context, args []string) error {
	f := newFlags("add-facts")
	factsPath := f.String("facts", "", "facts file (JSON) with what is new")
	note := f.String("note", "", "what changed, for the timeline")
	byFlag(f)
	if err := f.parse(args, 1, 1, "add-facts ID --facts FILE --by NAME"); err != nil {
		return err
	}
	if *factsPath == "" {
		return errors.New("add-facts: give --facts FILE")
	}
	facts, err := readFacts(*factsPath)
	if err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	if err := c.AddFacts(ctx, f.pos[0], workflows.AddFactsInput{Facts: *facts, By: who, Note: *note}); err != nil {
		return err
	}
	fmt.Fprintf(a.out, "%s: facts added; obligations re-assessed\n", f.pos[0])
	return nil
}

func (a *app) close(ctx context.Context, args []string) error {
	f := newFlags("close")
	force := f.Bool("force", false, "close although required obligations are open")
	reason := f.String("reason", "", "why (required with --force)")
	byFlag(f)
	if err := f.parse(args, 1, 1, "close ID [--force --reason R]"); err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	if err := c.Close(ctx, f.pos[0], workflows.CloseInput{By: who, Force: *force, Reason: *reason}); err != nil {
		return err
	}
	fmt.Fprintf(a.out, "%s closed and recorded in the breach register\n", f.pos[0])
	return nil
}

// reassess moves an incident from the rules version it pinned to a newer
// one (the current one by default): legal's deliberate step.
func (a *app) reassess(ctx context.Context, args []string) error {
	f := newFlags("reassess")
	to := f.Int("to", rules.Version, "rules version to move to")
	reason := f.String("reason", "", "why (goes into the timeline and the register)")
	byFlag(f)
	if err := f.parse(args, 1, 1, "reassess ID --reason R [--to N] [--by NAME]"); err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	before, err := c.Status(ctx, f.pos[0])
	if err != nil {
		return err
	}
	if err := c.Reassess(ctx, f.pos[0], workflows.ReassessInput{To: *to, Reason: *reason, By: who}); err != nil {
		return err
	}
	from := "?"
	if before.RulesVersion != nil {
		from = fmt.Sprintf("v%d", *before.RulesVersion)
	}
	fmt.Fprintf(a.out, "%s moved from rules %s to v%d and re-assessed: starter status %s\n", f.pos[0], from, *to, f.pos[0])
	return nil
}

func (a *app) notice(ctx context.Context, args []string) error {
	f := newFlags("notice")
	html := f.Bool("html", false, "print the HTML version")
	lang := f.String("lang", "", "the notice in this language (subject notices go out in each recipient's)")
	if err := f.parse(args, 2, 2, "notice ID NOTICE_ID [--html] [--lang L]"); err != nil {
		return err
	}
	c, err := a.incidents(ctx)
	if err != nil {
		return err
	}
	n, err := c.Notice(ctx, f.pos[0], f.pos[1])
	if err != nil {
		return err
	}
	if n, err = variant(n, *lang); err != nil {
		return err
	}
	if *html {
		fmt.Fprintln(a.out, n.HTML)
		return nil
	}
	s, err := c.Status(ctx, f.pos[0])
	if err != nil {
		return err
	}
	return a.printNotice(n, s)
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func (a *app) scope(ctx context.Context, args []string) error {
	f := newFlags("scope")
	file := f.String("file", "", "record export: CSV with a header row, or JSON Lines")
	format := f.String("format", "", "csv or jsonl (default: from the file name)")
	controller := f.String("controller", "", "customer ID for rows without controller_id (default: our own data subjects)")
	cfgPath := f.String("config", envOr("BREACH_CONFIG", ""), "the workers' configuration: with store.driver postgres the file is uploaded into the store, for whichever worker scans it")
	dataDir := f.String("data-dir", envOr("BREACH_DATA_DIR", ".breach"), "scratch directory")
	byFlag(f)
	if err := f.parse(args, 1, 1, "scope ID --file F [--format csv|jsonl] [--controller ID] [--config FILE]"); err != nil {
		return err
	}
	if *file == "" {
		return errors.New("scope: give --file F")
	}
	path, err := filepath.Abs(*file)
	if err != nil {
		return err
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	id := f.pos[0]
	in := activities.ScopeInput{Path: path, Format: *format, ControllerID: *controller}
	if cfg.Store.Driver == "postgres" {
		// Several workers: the one that scans may be on another machine.
		if _, err := c.Status(ctx, id); err != nil {
			return err // no upload for an incident that is not there
		}
		st, drop, err := upload(ctx, cfg, *dataDir, id, path, &in)
		if err != nil {
			return err
		}
		defer st.Close()
		fmt.Fprintf(os.Stderr, "uploaded %s into the store (%s)\n", filepath.Base(path), st.Where())
		defer func() {
			// Refused or failed: the upload (personal data) goes. Not on
			// an interrupt: the scan may be running and still reading it.
			if err != nil && ctx.Err() == nil {
				drop()
			}
		}()
	}
	done := make(chan struct{})
	go spinner(done, "scoping "+filepath.Base(path))
	res, err := c.Scope(ctx, id, workflows.ScopeInput{ScopeInput: in, By: who})
	close(done)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "%s: %d rows, %d new people, %d duplicates, %d quarantined\n", res.Source, res.Rows, res.New, res.Duplicates, res.Quarantined)
	for _, s := range res.Sample {
		fmt.Fprintln(a.out, "  quarantined:", s)
	}
	fmt.Fprintf(a.out, "obligations re-assessed: starter status %s\n", f.pos[0])
	return nil
}

// upload puts the export at path into the configured store for a scan of
// the incident, and points in at it. drop deletes it again.
func upload(ctx context.Context, cfg *config.Config, dataDir, id, path string, in *activities.ScopeInput) (st *store.Store, drop func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("scope: %w", err)
	}
	defer f.Close()
	if st, err = openStore(ctx, "scope", cfg, "", dataDir); err != nil {
		return nil, nil, err
	}
	up, _, err := st.PutUpload(ctx, id, f, time.Now())
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("scope: %s: %w", filepath.Base(path), err)
	}
	in.Path, in.Upload = filepath.Base(path), up
	return st, func() { _ = st.DeleteUpload(context.WithoutCancel(ctx), id, up) }, nil
}

func (a *app) preview(ctx context.Context, args []string) error {
	f := newFlags("preview")
	htmlFile := f.String("html", "", "also write the HTML version to this file")
	lang := f.String("lang", "", "the notice in this language (subject notices go out in each recipient's)")
	if err := f.parse(args, 2, 2, "preview ID OBLIGATION_ID [--html FILE] [--lang L]"); err != nil {
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
	var noticeID string
	for _, n := range s.Notices {
		if n.ObligationID == f.pos[1] {
			noticeID = n.ID
		}
	}
	if noticeID == "" {
		return fmt.Errorf("no notice drafted for %q in %s (open obligations with a template get one at assessment)", f.pos[1], f.pos[0])
	}
	n, err := c.Notice(ctx, f.pos[0], noticeID)
	if err != nil {
		return err
	}
	if n, err = variant(n, *lang); err != nil {
		return err
	}
	if *htmlFile != "" {
		if err := os.WriteFile(*htmlFile, []byte(n.HTML), 0o600); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "HTML version written to %s\n", *htmlFile)
	}
	return a.printNotice(n, s)
}

// spinner shows that a long command is working, on standard error when it
// is a terminal (a log file or a pipe gets no control characters).
func spinner(done <-chan struct{}, what string) {
	if !terminal(os.Stderr) {
		<-done
		return
	}
	start := time.Now()
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-done:
			fmt.Fprint(os.Stderr, "\r\033[K")
			return
		case <-t.C:
			fmt.Fprintf(os.Stderr, "\r%s… %s", what, time.Since(start).Round(time.Second))
		}
	}
}

// printNotice shows a notice for legal to read: a header for legal only
// (the duty, why it is uncertain, counsel's notes), then the text as sent.
func (a *app) printNotice(n breach.Notice, s workflows.Status) error {
	fmt.Fprintf(a.out, "Notice %s v%d for %s [%s]\n", n.ID, n.Version, n.ObligationID, n.Status)
	deskHeader(a.out, n)
	for _, o := range s.Obligations {
		if o.ID != n.ObligationID {
			continue
		}
		if d := o.Doubt(); d != "" {
			fmt.Fprintf(a.out, "For legal, not sent: %s. %s\n", d, o.Reason)
		}
		if o.Notes != "" {
			fmt.Fprintf(a.out, "Counsel's note, not sent: %s\n", o.Notes)
		}
	}
	_, err := fmt.Fprintf(a.out, "Subject: %s\n\n%s\n", n.Subject, n.Text)
	return err
}
