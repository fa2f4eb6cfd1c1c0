// Command record runs representative incidents from declaration to close on
// the embedded Temporal server, the in-process SMTP sink and the worker (as
// `go run ./worker -dev` runs them, in a fresh temporary data directory),
// drives them through internal/incidents.Client like the starter CLI, and
// writes the history of every finished workflow run to -out: the incident
// as <scenario>.json, each child delivery run as
// <scenario>.<notice>-v<version>.run<n>.json. The replay tests in
// internal/histories replay them all against the current code.
//
// From the repository root (it reads examples/):
//
//	go run ./internal/histories/record -out testdata/histories
//	go run ./internal/histories/record -out testdata/histories -only waiver,late-approval
//
// The embedded server runs on the real clock, so the files differ from one
// recording to the next in IDs and times, never in the commands.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	sdklog "go.temporal.io/sdk/log"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/codec"
	"github.com/breachwf/breach/internal/histories"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/workflows"
)

const (
	security = "Sam Okafor"     // a responder in config.example.yaml
	legal    = "Dana Whitfield" // an approver in config.example.yaml
)

// scenario drives one incident and returns its ID once the last step is
// taken; the recorder waits for the workflow to end.
type scenario struct {
	name string
	run  func(ctx context.Context, r *recorder) (string, error)
}

var scenarios = []scenario{
	{"processor", processor},
	{"controller-scope", controllerScope},
	{"late-approval", lateApproval},
	{"waiver", waiver},
	{"unknown-facts", unknownFacts},
	{"not-personal-data", notPersonalData},
	{"mass-delivery", massDelivery},
	{"add-facts", addFacts},
	{"legal-desk", legalDesk},
}

type recorder struct {
	svc *service.Service
	c   incidents.Client
	dir string // the temporary data directory
}

func main() {
	out := flag.String("out", "testdata/histories", "directory for the history files")
	only := flag.String("only", "", "comma-separated scenarios to record (default: all): "+names())
	flag.Parse()
	if err := record(*out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "record:", err)
		os.Exit(1)
	}
}

func names() string {
	var n []string
	for _, s := range scenarios {
		n = append(n, s.name)
	}
	return strings.Join(n, ", ")
}

func record(out, only string) error {
	todo := scenarios
	if only != "" {
		todo = nil
		for _, name := range strings.Split(only, ",") {
			i := slices.IndexFunc(scenarios, func(s scenario) bool { return s.name == strings.TrimSpace(name) })
			if i < 0 {
				return fmt.Errorf("no scenario %q (scenarios: %s)", name, names())
			}
			todo = append(todo, scenarios[i])
		}
	}
	if _, err := os.Stat("examples/triage-facts.json"); err != nil {
		return errors.New("run it from the repository root (it reads examples/)")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	// The replay tests use the default data converter and expect no Slack
	// activities: record without the payload key and without Slack.
	for _, k := range []string{codec.EnvKey, "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"} {
		_ = os.Unsetenv(k)
	}
	dir, err := os.MkdirTemp("", "breach-record-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cfg, err := writeConfig(dir)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	svc, err := service.Start(ctx, service.Options{
		Dev: true, DataDir: filepath.Join(dir, "data"), ConfigPath: cfg, TemporalAddress: "127.0.0.1:0", Log: log,
	})
	if err != nil {
		return err
	}
	defer svc.Stop()
	c, err := newClient(svc, filepath.Join(dir, "data"))
	if err != nil {
		return err
	}
	r := &recorder{svc: svc, c: c, dir: dir}
	for _, s := range todo {
		start := time.Now()
		id, err := s.run(ctx, r)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		files, err := r.export(ctx, out, s.name, id)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		fmt.Printf("%-18s %s  %s  (%s)\n", s.name, id, strings.Join(files, " "), time.Since(start).Round(100*time.Millisecond))
	}
	return nil
}

// newClient builds the client the scenarios drive incidents with, the same
// incidents.Client the starter CLI builds. It is the one place to change
// when the client needs more (keys to sign decisions, a data converter).
func newClient(svc *service.Service, dataDir string) (incidents.Client, error) {
	ring, err := incidents.DevKeyRing(dataDir)
	return incidents.Client{Temporal: svc.Client, Signer: ring}, err
}

// writeConfig is the shipped example with small delivery batches and a
// short history limit, so that mass delivery continues as new within a few
// hundred recipients.
func writeConfig(dir string) (string, error) {
	example, err := os.ReadFile("config.example.yaml")
	if err != nil {
		return "", err
	}
	const batch = "  batch_size: 500\n"
	if !strings.Contains(string(example), batch) {
		return "", errors.New("config.example.yaml: delivery.batch_size: 500 not found; update writeConfig")
	}
	cfg := strings.Replace(string(example), batch, "  batch_size: 20\n  history_limit: 60\n", 1)
	path := filepath.Join(dir, "config.yaml")
	return path, os.WriteFile(path, []byte(cfg), 0o600)
}

// export waits for the incident and its child deliveries to end and writes
// every run's history, replacing the scenario's files of an earlier
// recording. Each file is replayed once as it is written, to prove the
// replayer reads it.
func (r *recorder) export(ctx context.Context, out, name, id string) ([]string, error) {
	tc := r.svc.Client
	if err := tc.GetWorkflow(ctx, id, "").Get(ctx, nil); err != nil {
		return nil, fmt.Errorf("incident %s ended with %w", id, err)
	}
	old, _ := filepath.Glob(filepath.Join(out, name+".*.json"))
	for _, f := range append(old, filepath.Join(out, name+".json")) {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	parent, err := histories.Fetch(ctx, tc, id, "")
	if err != nil {
		return nil, err
	}
	written := []string{name + ".json"}
	if err := histories.Write(filepath.Join(out, name+".json"), parent); err != nil {
		return nil, err
	}
	for _, child := range histories.Children(parent) {
		if err := tc.GetWorkflow(ctx, child.GetWorkflowId(), "").Get(ctx, nil); err != nil {
			return nil, fmt.Errorf("delivery %s ended with %w", child.GetWorkflowId(), err)
		}
		runs, err := histories.Runs(ctx, tc, child.GetWorkflowId(), child.GetRunId())
		if err != nil {
			return nil, err
		}
		for i, h := range runs {
			f := fmt.Sprintf("%s.%s.run%d.json", name, strings.TrimPrefix(child.GetWorkflowId(), id+"-"), i+1)
			if err := histories.Write(filepath.Join(out, f), h); err != nil {
				return nil, err
			}
			written = append(written, f)
		}
	}
	replayer := histories.NewReplayer()
	quiet := sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler))
	for _, f := range written {
		if err := replayer.ReplayWorkflowHistoryFromJSONFile(quiet, filepath.Join(out, f)); err != nil {
			return nil, fmt.Errorf("%s does not replay: %w", f, err)
		}
	}
	return written, nil
}

// ---- helpers the scenarios share ----

func readFacts(path string) (breach.Facts, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return breach.Facts{}, err
	}
	return breach.ParseFacts(data)
}

// waitFor polls the incident until cond holds (deliveries run after the
// approval answers).
func (r *recorder) waitFor(ctx context.Context, id, what string, cond func(workflows.Status) bool) (workflows.Status, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		s, err := r.c.Status(ctx, id)
		if err == nil && cond(s) {
			return s, nil
		}
		if time.Now().After(deadline) {
			return s, fmt.Errorf("timed out waiting for %s (last error %v, phase %s)", what, err, s.Phase)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func noticeFor(s workflows.Status, obligationID string) breach.Notice {
	for _, n := range s.Notices {
		if n.ObligationID == obligationID {
			return n
		}
	}
	return breach.Notice{}
}

func obligation(s workflows.Status, id string) breach.TrackedObligation {
	for _, o := range s.Obligations {
		if o.ID == id {
			return o
		}
	}
	return breach.TrackedObligation{}
}

// settled: every notice is past approval (sent, failed, withdrawn or
// awaiting its portal filing).
func settled(s workflows.Status) bool {
	for _, n := range s.Notices {
		switch n.Status {
		case breach.NoticeApproved, breach.NoticeSending, breach.NoticeDraft, breach.NoticeChangesRequested:
			return false
		}
	}
	return true
}

// approveAllAndFile approves every draft, waits for the deliveries, records
// a portal reference for each form awaiting filing, and checks that every
// required obligation is then done.
func (r *recorder) approveAllAndFile(ctx context.Context, id string, in workflows.ApproveInput) (workflows.Status, error) {
	in.All, in.By = true, legal
	if _, err := r.c.Approve(ctx, id, in); err != nil {
		return workflows.Status{}, err
	}
	s, err := r.waitFor(ctx, id, "the approved notices to go out", settled)
	if err != nil {
		return s, err
	}
	for _, n := range s.Notices {
		if n.Status == breach.NoticeAwaitingFiling {
			ref := "REF-" + strings.ToUpper(n.ObligationID)
			if err := r.c.Filed(ctx, id, workflows.FiledInput{ObligationID: n.ObligationID, Reference: ref, By: legal}); err != nil {
				return s, err
			}
		}
	}
	if s, err = r.c.Status(ctx, id); err != nil {
		return s, err
	}
	for _, o := range s.Obligations {
		if o.Status == breach.ObligationOpen {
			return s, fmt.Errorf("%s still open after approval and filing (notice %s)", o.ID, noticeFor(s, o.ID).Status)
		}
	}
	return s, nil
}

func (r *recorder) close(ctx context.Context, id string) error {
	return r.c.Close(ctx, id, workflows.CloseInput{By: legal})
}

// ---- scenarios ----

// processor: the README's walkthrough. We process two customers' data and
// hold some of our own; every notice is approved, the German authority's
// form is filed on its portal, and the incident is closed.
func processor(ctx context.Context, r *recorder) (string, error) {
	facts, err := readFacts("examples/triage-facts.json")
	if err != nil {
		return "", err
	}
	id, err := r.c.Declare(ctx, "ERP export bucket exposed", nil, security)
	if err != nil {
		return "", err
	}
	s, err := r.c.Triage(ctx, id, workflows.TriageInput{Facts: facts, By: legal})
	if err != nil {
		return id, err
	}
	for _, want := range []string{"processor-notice-acme-tekstil", "processor-notice-nordwerk", "gdpr-33-authority-DE", "gdpr-33-authority-DK"} {
		if obligation(s, want).Status != breach.ObligationOpen {
			return id, fmt.Errorf("%s is not open after triage", want)
		}
	}
	if _, err := r.approveAllAndFile(ctx, id, workflows.ApproveInput{}); err != nil {
		return id, err
	}
	return id, r.close(ctx, id)
}

// controller-scope: our own data subjects, at high risk; the affected
// people come from a record export (examples/subjects.csv), which adds
// Italy; every notice is approved (the subject notices go out through
// child deliveries), portal forms filed, closed.
func controllerScope(ctx context.Context, r *recorder) (string, error) {
	id, err := r.c.Declare(ctx, "Website contact form database exposed", nil, security)
	if err != nil {
		return "", err
	}
	if _, err := r.c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Subjects: map[string]int{"DE": 2, "DK": 1}, DataCategories: []string{"contact", "credentials"},
		Nature: []string{"confidentiality"}, Risk: breach.RiskHigh,
	}}); err != nil {
		return id, err
	}
	path, err := filepath.Abs("examples/subjects.csv")
	if err != nil {
		return id, err
	}
	in := workflows.ScopeInput{By: security}
	in.Path = path
	res, err := r.c.Scope(ctx, id, in)
	if err != nil {
		return id, err
	}
	if res.Quarantined == 0 || res.Duplicates == 0 {
		return id, fmt.Errorf("examples/subjects.csv no longer has bad and repeated rows: %+v", res)
	}
	s, err := r.c.Status(ctx, id)
	if err != nil {
		return id, err
	}
	if obligation(s, "gdpr-34-subjects-IT").Status != breach.ObligationOpen {
		return id, errors.New("scoping did not add the Italian subjects' duty")
	}
	if s, err = r.approveAllAndFile(ctx, id, workflows.ApproveInput{}); err != nil {
		return id, err
	}
	if len(s.Deliveries) < 3 {
		return id, fmt.Errorf("%d subject deliveries, want one per jurisdiction", len(s.Deliveries))
	}
	return id, r.close(ctx, id)
}

// late-approval: the facts say we became aware ten days ago, so the 72-hour
// window has passed when the notice is drafted; approval is refused without
// the reasons for the delay, then given with them, and the duty is done
// late.
func lateApproval(ctx context.Context, r *recorder) (string, error) {
	// Ten days and six hours: the overdue reminders (every 12 h after the
	// deadline) then fall six hours either side of the recording.
	aware := time.Now().UTC().Add(-(10*24 + 6) * time.Hour).Truncate(time.Minute)
	id, err := r.c.Declare(ctx, "Support mailbox forwarded to a former contractor", nil, security)
	if err != nil {
		return "", err
	}
	if _, err := r.c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		AwareAt: &aware, Subjects: map[string]int{"DK": 40}, DataCategories: []string{"contact"},
		Nature: []string{"confidentiality"}, Risk: breach.RiskRisk,
	}}); err != nil {
		return id, err
	}
	if _, err := r.c.Approve(ctx, id, workflows.ApproveInput{All: true, By: legal}); err == nil || !strings.Contains(err.Error(), "--delay-reason") {
		return id, fmt.Errorf("a late notice was not refused without a delay reason (got %v)", err)
	}
	s, err := r.approveAllAndFile(ctx, id, workflows.ApproveInput{
		DelayReason: "The forwarding rule was found only during the quarterly mailbox audit, ten days after it was set up.",
	})
	if err != nil {
		return id, err
	}
	if ob := obligation(s, "gdpr-33-authority-DK"); !ob.Late {
		return id, errors.New("gdpr-33-authority-DK is not marked late")
	}
	return id, r.close(ctx, id)
}

// waiver: legal asks for a change to the draft, then decides the duty does
// not apply and waives it with the reason; closed.
func waiver(ctx context.Context, r *recorder) (string, error) {
	id, err := r.c.Declare(ctx, "Newsletter export sent to the wrong agency", nil, security)
	if err != nil {
		return "", err
	}
	s, err := r.c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Subjects: map[string]int{"DK": 40}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: breach.RiskRisk,
	}})
	if err != nil {
		return id, err
	}
	n := noticeFor(s, "gdpr-33-authority-DK")
	if err := r.c.RequestChanges(ctx, id, workflows.RequestChangesInput{NoticeID: n.ID, By: legal,
		Comment: "Say that the agency has confirmed deletion."}); err != nil {
		return id, err
	}
	if err := r.c.Waive(ctx, id, workflows.WaiveInput{ObligationID: "gdpr-33-authority-DK", By: legal,
		Reason: "The agency is bound by a DPA, deleted the file within the hour and confirmed it in writing: unlikely to result in a risk (GDPR Art. 33(1)); recorded in the register."}); err != nil {
		return id, err
	}
	return id, r.close(ctx, id)
}

// unknown-facts: security triages without the nature, the risk, the
// categories or the encryption; the duties that turn on them apply,
// uncertain (rules v2). Legal then gives the facts, which drops KVKK's
// duties; closed.
func unknownFacts(ctx context.Context, r *recorder) (string, error) {
	id, err := r.c.Declare(ctx, "Shared drive link found in a public forum", nil, security)
	if err != nil {
		return "", err
	}
	s, err := r.c.Triage(ctx, id, workflows.TriageInput{By: security, Facts: breach.Facts{
		Subjects: map[string]int{"TR": 30, "DK": 4},
	}})
	if err != nil {
		return id, err
	}
	if ob := obligation(s, "kvkk-board-TR"); ob.Status != breach.ObligationOpen || !slices.Contains(ob.Unknown, "nature") {
		return id, fmt.Errorf("kvkk-board-TR is %s with unknown %v: an unknown nature dropped the duty", ob.Status, ob.Unknown)
	}
	if err := r.c.AddFacts(ctx, id, workflows.AddFactsInput{By: legal, Note: "availability only: the link pointed to an empty folder", Facts: breach.Facts{
		Nature: []string{"availability"}, Risk: breach.RiskRisk, DataCategories: []string{"contact"}, Encrypted: breach.Bool(false),
	}}); err != nil {
		return id, err
	}
	s, err = r.approveAllAndFile(ctx, id, workflows.ApproveInput{})
	if err != nil {
		return id, err
	}
	if ob := obligation(s, "kvkk-board-TR"); ob.Status != breach.ObligationNotRequired {
		return id, fmt.Errorf("kvkk-board-TR is %s after legal gave the nature", ob.Status)
	}
	return id, r.close(ctx, id)
}

// not-personal-data: triage dismisses the incident with a rationale; it is
// registered and closes itself.
func notPersonalData(ctx context.Context, r *recorder) (string, error) {
	id, err := r.c.Declare(ctx, "Build server logs public", nil, security)
	if err != nil {
		return "", err
	}
	_, err = r.c.Triage(ctx, id, workflows.TriageInput{NotPersonalData: true, By: legal,
		Rationale: "The logs hold build numbers and commit hashes only; no personal data (checked by grep for emails and names)."})
	return id, err
}

// mass-delivery: a subject notice to a few hundred people in batches of 20
// with a history limit of 60 events, so that the delivery continues as new
// several times.
func massDelivery(ctx context.Context, r *recorder) (string, error) {
	path := filepath.Join(r.dir, "subjects.csv")
	if err := writeSubjects(path, 600); err != nil {
		return "", err
	}
	id, err := r.c.Declare(ctx, "Customer list exposed", nil, security)
	if err != nil {
		return "", err
	}
	if _, err := r.c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Subjects: map[string]int{"DE": 1}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: breach.RiskHigh,
	}}); err != nil {
		return id, err
	}
	in := workflows.ScopeInput{By: security}
	in.Path = path
	if _, err := r.c.Scope(ctx, id, in); err != nil {
		return id, err
	}
	s, err := r.approveAllAndFile(ctx, id, workflows.ApproveInput{})
	if err != nil {
		return id, err
	}
	if len(s.Deliveries) != 1 {
		return id, fmt.Errorf("%d deliveries, want 1", len(s.Deliveries))
	}
	if p := s.Deliveries[0].Progress; p.Sent != 600 || p.Runs < 3 {
		return id, fmt.Errorf("delivery sent %d of 600 in %d run(s); want all, continued as new at least twice", p.Sent, p.Runs)
	}
	return id, r.close(ctx, id)
}

func writeSubjects(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "subject_id,email,name,country,language")
	for i := range n {
		fmt.Fprintf(w, "S%05d,person%d@example.org,Person %d,DE,de\n", i, i, i)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// add-facts: after triage, legal sends the draft back; then Swedish
// customers are found in the logs: the re-assessment adds the Swedish
// authority's duty and re-drafts the Danish notice. All approved, the
// Swedish form filed, closed.
func addFacts(ctx context.Context, r *recorder) (string, error) {
	id, err := r.c.Declare(ctx, "Shipping labels printed with the wrong customer data", nil, security)
	if err != nil {
		return "", err
	}
	s, err := r.c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Subjects: map[string]int{"DK": 40}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: breach.RiskRisk,
	}})
	if err != nil {
		return id, err
	}
	dk := noticeFor(s, "gdpr-33-authority-DK")
	if err := r.c.RequestChanges(ctx, id, workflows.RequestChangesInput{NoticeID: dk.ID, By: legal,
		Comment: "Wait for the warehouse's count before sending."}); err != nil {
		return id, err
	}
	if err := r.c.AddFacts(ctx, id, workflows.AddFactsInput{By: security, Note: "the warehouse found Swedish orders in the batch",
		Facts: breach.Facts{Subjects: map[string]int{"DK": 52, "SE": 12}}}); err != nil {
		return id, err
	}
	if s, err = r.c.Status(ctx, id); err != nil {
		return id, err
	}
	if obligation(s, "gdpr-33-authority-SE").Status != breach.ObligationOpen {
		return id, errors.New("the added facts did not create the Swedish duty")
	}
	if n := noticeFor(s, "gdpr-33-authority-DK"); n.Status != breach.NoticeDraft || n.Version < 2 {
		return id, fmt.Errorf("the Danish notice was not re-drafted (%s v%d)", n.Status, n.Version)
	}
	if _, err := r.approveAllAndFile(ctx, id, workflows.ApproveInput{}); err != nil {
		return id, err
	}
	return id, r.close(ctx, id)
}

// legalDesk is legal's loop: changes requested, the notice edited and
// approved, then new facts and a supplementary notice to the authority
// (GDPR Art. 33(4)).
func legalDesk(ctx context.Context, r *recorder) (string, error) {
	id, err := r.c.Declare(ctx, "Newsletter export left on a public share", nil, security)
	if err != nil {
		return "", err
	}
	s, err := r.c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Subjects: map[string]int{"DK": 40}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: breach.RiskRisk,
		Summary: "A newsletter export was on a public file share for two days.", Measures: "The share was closed.",
	}})
	if err != nil {
		return id, err
	}
	dk := noticeFor(s, "gdpr-33-authority-DK")
	if err := r.c.RequestChanges(ctx, id, workflows.RequestChangesInput{NoticeID: dk.ID, By: legal,
		Comment: "Say how long the share was open and that the links were revoked."}); err != nil {
		return id, err
	}
	res, err := r.c.Edit(ctx, id, workflows.EditInput{NoticeID: dk.ID, By: legal, Set: []workflows.SectionEdit{
		{Section: breach.SectionMeasures, Text: "The share was closed after two days and every link to it revoked."},
	}})
	if err != nil {
		return id, err
	}
	if !res.Changed {
		return id, errors.New("the edit made no new version")
	}
	if _, err := r.c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{dk.ID}, By: legal}); err != nil {
		return id, err
	}
	if _, err := r.waitFor(ctx, id, "the Danish notice sent", func(s workflows.Status) bool {
		return noticeFor(s, "gdpr-33-authority-DK").Status == breach.NoticeSent
	}); err != nil {
		return id, err
	}
	if err := r.c.AddFacts(ctx, id, workflows.AddFactsInput{By: security, Note: "the share's logs show more downloads",
		Facts: breach.Facts{Subjects: map[string]int{"DK": 65}}}); err != nil {
		return id, err
	}
	if s, err = r.c.Status(ctx, id); err != nil {
		return id, err
	}
	var supp string
	for _, n := range s.Notices {
		if n.Supplements == dk.ID {
			supp = n.ID
		}
	}
	if supp == "" {
		return id, errors.New("no supplementary notice to the Danish authority")
	}
	if _, err := r.c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{supp}, By: legal}); err != nil {
		return id, err
	}
	if _, err := r.waitFor(ctx, id, "the supplement sent", func(s workflows.Status) bool {
		for _, n := range s.Notices {
			if n.ID == supp {
				return n.Status == breach.NoticeSent
			}
		}
		return false
	}); err != nil {
		return id, err
	}
	return id, r.close(ctx, id)
}
