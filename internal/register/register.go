// Package register reads the breach register out of the store: every
// incident closed, notified or not (GDPR Art. 33(5), KVKK 2019/10), and
// every obligation's outcome with its evidence (Message-IDs and counts
// from the ledger, filing references, waivers with who and why, lateness
// with the reasons given). `starter register list|show|export` prints it.
package register

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/store"
)

// Entry is one incident in the register with its obligations' outcomes.
type Entry struct {
	IncidentID   string           `json:"incident_id"`
	Title        string           `json:"title"`
	DeclaredAt   time.Time        `json:"declared_at"`
	ClosedAt     time.Time        `json:"closed_at"`
	ClosedBy     string           `json:"closed_by,omitempty"`
	PersonalData bool             `json:"personal_data"`
	Risk         string           `json:"risk"`
	Notified     bool             `json:"notified"`
	Rationale    string           `json:"rationale"`
	Regimes      []string         `json:"regimes"`
	Outcomes     []Outcome        `json:"obligations"`
	Refusals     int              `json:"refused_attempts"`
	Record       *json.RawMessage `json:"-"`
}

// Outcome is what became of one obligation.
type Outcome struct {
	ObligationID string     `json:"obligation_id"`
	Regime       string     `json:"regime"`
	Basis        string     `json:"basis"`
	Recipient    string     `json:"recipient"`
	Due          *time.Time `json:"due,omitempty"`
	Required     bool       `json:"required"`
	Uncertain    bool       `json:"uncertain,omitempty"`
	// Outcome: sent, filed, waived, not required, open (closed by force).
	Outcome string     `json:"outcome"`
	DoneAt  *time.Time `json:"done_at,omitempty"`
	Late    bool       `json:"late"`
	// LateReason is the delay reason given with the approval.
	LateReason string `json:"late_reason,omitempty"`
	NoticeID   string `json:"notice_id,omitempty"`
	// Sent, Failed, Resent: messages, from the ledger.
	Sent   int `json:"sent,omitempty"`
	Failed int `json:"failed,omitempty"`
	Resent int `json:"resent,omitempty"`
	// MessageIDs of the messages sent (all of them, in the JSON export).
	MessageIDs []string `json:"message_ids,omitempty"`
	Reference  string   `json:"reference,omitempty"`
	// By, At and Reason: the waiver's, or the filing's.
	By     string     `json:"by,omitempty"`
	At     *time.Time `json:"at,omitempty"`
	Reason string     `json:"reason,omitempty"`
}

// record is the part of the incident record (workflows.Status JSON) the
// register reads.
type record struct {
	Obligations []breach.TrackedObligation `json:"obligations"`
	Notices     []breach.Notice            `json:"notices"`
	Closed      *breach.Decision           `json:"closed"`
	Refusals    []json.RawMessage          `json:"refusals"`
	Timeline    []breach.Event             `json:"timeline"`
}

// Read builds the register from the store, oldest declaration first.
func Read(ctx context.Context, st *store.Store) ([]Entry, error) {
	entries, err := st.Register(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(entries))
	for _, e := range entries {
		var rec record
		if err := json.Unmarshal([]byte(e.Record), &rec); err != nil {
			return nil, fmt.Errorf("register: %s: the record is unreadable: %w", e.IncidentID, err)
		}
		ledger, err := st.Ledger(ctx, e.IncidentID)
		if err != nil {
			return nil, err
		}
		out = append(out, build(e, rec, ledger))
	}
	return out, nil
}

func build(e store.RegisterEntry, rec record, ledger []store.LedgerRow) Entry {
	en := Entry{
		IncidentID: e.IncidentID, Title: e.Title, DeclaredAt: e.DeclaredAt, ClosedAt: e.ClosedAt,
		PersonalData: e.PersonalData, Risk: e.Risk, Notified: e.Notified, Rationale: e.Rationale,
		Refusals: len(rec.Refusals), Regimes: []string{}, Outcomes: []Outcome{},
	}
	if rec.Closed != nil {
		en.ClosedBy = rec.Closed.By
	}
	byObligation := map[string][]store.LedgerRow{}
	for _, r := range ledger {
		byObligation[r.ObligationID] = append(byObligation[r.ObligationID], r)
	}
	raw := make([]string, len(rec.Obligations))
	for i, o := range rec.Obligations {
		raw[i] = o.Regime
	}
	en.Regimes = Regimes(raw)
	for _, o := range rec.Obligations {
		oc := Outcome{ObligationID: o.ID, Regime: o.Regime, Basis: o.Basis, Recipient: o.Recipient,
			Due: o.Due, Required: o.Required, Uncertain: o.Uncertain, DoneAt: o.DoneAt, Late: o.Late,
			NoticeID: o.NoticeID, Reference: o.Reference}
		for _, r := range byObligation[o.ID] {
			switch r.Status {
			case store.Sent:
				oc.Sent++
				oc.MessageIDs = append(oc.MessageIDs, r.MessageID)
			case store.Failed:
				oc.Failed++
			}
			oc.Resent += r.Interrupted
		}
		slices.Sort(oc.MessageIDs)
		for _, n := range rec.Notices {
			if n.ObligationID == o.ID && n.DelayReason != "" {
				oc.LateReason = n.DelayReason
			}
		}
		switch {
		case o.Status == breach.ObligationWaived:
			oc.Outcome = "waived"
			if o.Waiver != nil {
				at := o.Waiver.At
				oc.By, oc.At, oc.Reason = o.Waiver.By, &at, o.Waiver.Reason
			}
		case o.Status == breach.ObligationDone && o.Reference != "":
			oc.Outcome = "filed"
			oc.By, oc.At = filedBy(rec.Timeline, o.ID)
		case o.Status == breach.ObligationDone:
			oc.Outcome = "sent"
		case !o.Required:
			oc.Outcome = "not required"
			oc.Reason = o.Reason
		default:
			oc.Outcome = "open at close"
		}
		en.Outcomes = append(en.Outcomes, oc)
	}
	return en
}

// filedBy finds who recorded the filing of an obligation, from the
// timeline: the last "filed" event that begins with the obligation's ID
// ("ID filed with …", as the workflow writes it).
func filedBy(tl []breach.Event, obligationID string) (string, *time.Time) {
	for _, ev := range slices.Backward(tl) {
		if ev.Kind == "filed" && strings.HasPrefix(ev.Text, obligationID+" filed with ") {
			at := ev.At
			return ev.By, &at
		}
	}
	return "", nil
}

// Regimes are the distinct regimes of obligations' regime fields, joint
// ones split ("GDPR; KVKK" counts for each), sorted; never nil.
func Regimes(obligationRegimes []string) []string {
	out := []string{}
	for _, r := range obligationRegimes {
		for _, g := range splitRegimes(r) {
			if !slices.Contains(out, g) {
				out = append(out, g)
			}
		}
	}
	slices.Sort(out)
	return out
}

// splitRegimes splits an obligation's regime ("GDPR; KVKK" for a notice
// that discharges both) into its regimes.
func splitRegimes(regime string) []string {
	var out []string
	for _, g := range strings.Split(regime, ";") {
		if g = strings.TrimSpace(g); g != "" {
			out = append(out, g)
		}
	}
	return out
}

// Filter selects entries.
type Filter struct {
	// From and To bound the declaration time (zero: open).
	From, To time.Time
	// Regime: entries with an obligation under it ("" any).
	Regime string
	// Outcome: entries with an obligation with this outcome (sent, filed,
	// waived, late, not required, open at close; "" any).
	Outcome string
	// Notified: "yes", "no" or "" (either).
	Notified string
}

// Match reports whether e passes the filter.
func (f Filter) Match(e Entry) bool {
	if !f.From.IsZero() && e.DeclaredAt.Before(f.From) {
		return false
	}
	if !f.To.IsZero() && !e.DeclaredAt.Before(f.To) {
		return false
	}
	if f.Regime != "" && !slices.ContainsFunc(e.Regimes, func(r string) bool { return strings.EqualFold(r, f.Regime) }) {
		return false
	}
	if f.Outcome != "" && !slices.ContainsFunc(e.Outcomes, func(o Outcome) bool {
		return o.Outcome == f.Outcome || (f.Outcome == "late" && o.Late)
	}) {
		return false
	}
	switch f.Notified {
	case "yes":
		return e.Notified
	case "no":
		return !e.Notified
	}
	return true
}

// Outcomes, valid in a filter.
var Outcomes = []string{"sent", "filed", "waived", "late", "not required", "open at close"}

// Detail is an outcome in one line: what happened, with its evidence.
func (o Outcome) Detail() string {
	var b strings.Builder
	switch o.Outcome {
	case "sent":
		fmt.Fprintf(&b, "sent %d message(s)", o.Sent)
		if o.Failed > 0 {
			fmt.Fprintf(&b, ", %d failed", o.Failed)
		}
		if o.Resent > 0 {
			fmt.Fprintf(&b, ", %d re-sent after an interruption", o.Resent)
		}
		if o.DoneAt != nil {
			fmt.Fprintf(&b, " on %s", day(*o.DoneAt))
		}
		if len(o.MessageIDs) > 0 {
			fmt.Fprintf(&b, "; Message-ID %s", strings.Trim(o.MessageIDs[0], "<>"))
			if len(o.MessageIDs) > 1 {
				fmt.Fprintf(&b, " and %d more", len(o.MessageIDs)-1)
			}
		}
	case "filed":
		fmt.Fprintf(&b, "filed, reference %s", o.Reference)
		if o.By != "" {
			fmt.Fprintf(&b, ", recorded by %s", o.By)
		}
		if o.At != nil {
			fmt.Fprintf(&b, " on %s", day(*o.At))
		}
	case "waived":
		b.WriteString("waived")
		if o.By != "" {
			fmt.Fprintf(&b, " by %s", o.By)
		}
		if o.At != nil {
			fmt.Fprintf(&b, " on %s", day(*o.At))
		}
		if o.Reason != "" {
			fmt.Fprintf(&b, ": %s", o.Reason)
		}
	case "not required":
		b.WriteString("not required")
		if o.Reason != "" {
			fmt.Fprintf(&b, ": %s", o.Reason)
		}
	default:
		b.WriteString(o.Outcome)
	}
	if o.Late {
		b.WriteString("; LATE")
		if o.LateReason != "" {
			fmt.Fprintf(&b, " (reason given: %s)", o.LateReason)
		}
	}
	if o.Uncertain {
		b.WriteString("; uncertain")
	}
	return b.String()
}

// due is an obligation's deadline as text.
func (o Outcome) due() string {
	if o.Due == nil {
		return "without undue delay"
	}
	return day(*o.Due)
}
