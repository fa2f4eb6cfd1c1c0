package breach

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Audiences of an obligation.
const (
	AudienceController = "controller"
	AudienceAuthority  = "authority"
	AudienceSubjects   = "subjects"
	// AudienceCRA: the nationwide consumer reporting agencies (US state
	// laws above a number of residents). Filed by hand, like a portal.
	AudienceCRA = "cra"
	// AudienceInternal: a duty owed to no one outside, such as an
	// assessment the law gives a deadline (Australia's 30 days); recorded
	// with `filed` and its reference when done.
	AudienceInternal = "internal"
)

// Audiences are every audience, in the order reports list them.
var Audiences = []string{AudienceAuthority, AudienceController, AudienceSubjects, AudienceCRA, AudienceInternal}

// Notifiers: who owes the duty.
const (
	NotifierUs         = "us"
	NotifierController = "controller"
)

// Obligation is one legal duty to notify someone by some time. The JSON
// shape is the contract of `starter plan --json`.
type Obligation struct {
	ID           string `json:"id"`
	Regime       string `json:"regime"`
	Basis        string `json:"basis"`
	Audience     string `json:"audience"`
	Jurisdiction string `json:"jurisdiction"`
	Recipient    string `json:"recipient"`
	// Authority is the authorities-directory code the notice is addressed
	// with ("" = the jurisdiction's own code).
	Authority    string     `json:"authority,omitempty"`
	Notifier     string     `json:"notifier"`
	ControllerID string     `json:"controller_id,omitempty"`
	ClockStart   time.Time  `json:"clock_start"`
	Due          *time.Time `json:"due"`
	ASAP         bool       `json:"asap"`
	Required     bool       `json:"required"`
	Uncertain    bool       `json:"uncertain"`
	Reason       string     `json:"reason"`
	// Unknown names the facts not given that the duty turned on (it
	// applies, uncertain, until they are): "nature", "encrypted", ...
	Unknown []string `json:"unknown,omitempty"`
	// Notes are counsel's notes on the rule, for plan, status and the
	// rules document; notices never print them (Reason is what they say).
	Notes string `json:"notes,omitempty"`
	// NoticeKind names the template that discharges the duty; Language its language.
	NoticeKind string `json:"notice_kind,omitempty"`
	Language   string `json:"language,omitempty"`
}

// Doubt says in one line why a duty is uncertain ("" when it is not):
// the facts not known yet that it turned on, else counsel to confirm.
// Every view of an incident (plan, status, Slack, the notice header legal
// reads) shows it the same way.
func (o Obligation) Doubt() string {
	switch {
	case !o.Uncertain:
		return ""
	case len(o.Unknown) > 0:
		return "uncertain: " + strings.Join(o.Unknown, ", ") + " not known yet"
	}
	return "uncertain: counsel to confirm"
}

// UnknownFacts lists, once each and in order of first use, the facts not
// known yet that open duties turn on: what security should find out next.
func UnknownFacts(obs []TrackedObligation) []string {
	var out []string
	for _, o := range obs {
		if o.Status != ObligationOpen {
			continue
		}
		for _, u := range o.Unknown {
			if !slices.Contains(out, u) {
				out = append(out, u)
			}
		}
	}
	return out
}

// Obligation states in an incident.
const (
	ObligationOpen        = "open"
	ObligationDone        = "done"
	ObligationWaived      = "waived"
	ObligationNotRequired = "not_required"
)

// Notice states.
const (
	NoticeDraft            = "draft"
	NoticeChangesRequested = "changes_requested"
	NoticeApproved         = "approved"
	NoticeSending          = "sending"
	NoticeSent             = "sent"
	NoticeAwaitingFiling   = "awaiting_filing"
	NoticeFiled            = "filed"
	NoticeFailed           = "failed"
	NoticeWithdrawn        = "withdrawn"
)

// Phases of an incident.
const (
	PhaseTriage     = "triage"
	PhaseScoping    = "scoping"
	PhaseAssessment = "assessment"
	PhaseApproval   = "approval"
	PhaseDelivery   = "delivery"
	PhaseClosed     = "closed"
)

// TrackedObligation is an obligation we owe, with its progress.
type TrackedObligation struct {
	Obligation
	Status    string     `json:"status"`
	Late      bool       `json:"late"`
	DoneAt    *time.Time `json:"done_at,omitempty"`
	NoticeID  string     `json:"notice_id,omitempty"`
	Waiver    *Decision  `json:"waiver,omitempty"`
	Reference string     `json:"reference,omitempty"`
	Reminders int        `json:"reminders"`
}

// Decision records who decided what and why.
type Decision struct {
	By     string    `json:"by"`
	At     time.Time `json:"at"`
	Reason string    `json:"reason,omitempty"`
	// Version is the notice version an approval is for.
	Version int `json:"version,omitempty"`
}

// Notice is a drafted message that discharges an obligation once approved
// and delivered. The text lives here; the recipient addresses never do.
type Notice struct {
	ID           string `json:"id"`
	ObligationID string `json:"obligation_id"`
	Kind         string `json:"kind"`
	Language     string `json:"language"`
	Version      int    `json:"version"`
	Status       string `json:"status"`
	Subject      string `json:"subject"`
	Text         string `json:"text,omitempty"`
	HTML         string `json:"html,omitempty"`
	Recipients   int    `json:"recipients"`
	Sent         int    `json:"sent"`
	Failed       int    `json:"failed"`
	// Resent counts messages sent again after an interrupted attempt
	// whose outcome was unknown: those recipients may have it twice.
	Resent      int        `json:"resent,omitempty"`
	DelayReason string     `json:"delay_reason,omitempty"`
	DraftedBy   string     `json:"drafted_by,omitempty"`
	Approvals   []Decision `json:"approvals,omitempty"`
	Changes     []Decision `json:"changes_requested,omitempty"`
	FormFile    string     `json:"form_file,omitempty"`
	DeliveredAt *time.Time `json:"delivered_at,omitempty"`
	Error       string     `json:"error,omitempty"`

	// Legal's desk (notice versions, edits, languages).
	// Texts are legal's section texts, per language.
	Texts []SectionText `json:"texts,omitempty"`
	// Conflicts are edited sections whose facts changed since: approval
	// waits until legal keeps one text.
	Conflicts []Conflict `json:"conflicts,omitempty"`
	// Revisions are every version's text (left out of the status view).
	Revisions []Revision `json:"revisions,omitempty"`
	// Variants are the notice in each language it goes out in; Subject,
	// Text and HTML above are the first (the jurisdiction's language).
	Variants []Variant `json:"variants,omitempty"`
	// Warnings are for legal before approval: sections falling back to
	// English, translations not reviewed, a list that disagrees with the
	// facts.
	Warnings []string `json:"warnings,omitempty"`
	// Supplements is the notice this one supplements (GDPR Art. 33(4),
	// KVKK: information in phases); "" for an initial notice.
	Supplements string `json:"supplements,omitempty"`
	// Fingerprint identifies what the current version was drafted from: a
	// re-draft from the same inputs keeps the version.
	Fingerprint string `json:"fingerprint,omitempty"`
	// Channel is how it goes out: email, portal or list.
	Channel string `json:"channel,omitempty"`
	// NewFacts counts what a supplementary notice says is new.
	NewFacts int `json:"new_facts,omitempty"`
	// Reference is the authority's reference for a filed supplementary
	// notice (an initial one's is on its obligation).
	Reference string `json:"reference,omitempty"`
}

// View is the notice without its texts, as the status shows it: the
// languages and recipient counts stay, the bodies go.
func (n Notice) View() Notice {
	n.Text, n.HTML = "", ""
	n.Revisions = slices.Clone(n.Revisions)
	for i := range n.Revisions {
		n.Revisions[i].Text, n.Revisions[i].Texts = "", nil
	}
	n.Variants = slices.Clone(n.Variants)
	for i := range n.Variants {
		n.Variants[i].Text, n.Variants[i].HTML = "", ""
	}
	return n
}

// Editors are the people who wrote the current version's section texts.
func (n Notice) Editors() []string {
	var by []string
	for _, t := range n.Texts {
		if !slices.ContainsFunc(by, func(b string) bool { return strings.EqualFold(b, t.By) }) {
			by = append(by, t.By)
		}
	}
	return by
}

// Event is one line of the incident timeline.
type Event struct {
	At   time.Time `json:"at"`
	Kind string    `json:"kind"`
	Text string    `json:"text"`
	By   string    `json:"by,omitempty"`
}

// Human formats a duration as "45m", "12h", "3h 20m", "2d", "2d 5h".
func Human(d time.Duration) string {
	d = d.Round(time.Minute)
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%dm", d/time.Minute)
	case d < 24*time.Hour:
		h, m := d/time.Hour, (d%time.Hour)/time.Minute
		if m == 0 {
			return fmt.Sprintf("%dh", h)
		}
		return fmt.Sprintf("%dh %dm", h, m)
	default:
		days, h := d/(24*time.Hour), (d%(24*time.Hour))/time.Hour
		if h == 0 {
			return fmt.Sprintf("%dd", days)
		}
		return fmt.Sprintf("%dd %dh", days, h)
	}
}
