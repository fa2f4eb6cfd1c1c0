package rules

import (
	"fmt"
	"strings"
)

// Markdown renders the rule table for counsel to review: docs/RULES.md is
// generated from it, and a test fails when the file is stale.
func Markdown() string {
	var b strings.Builder
	b.WriteString(`# Notification rules

Generated from ` + "`internal/rules/table.go`" + ` by ` + "`go test ./internal/rules -run TestRulesDoc -update`" + `; do not edit by hand.
Every row cites the official text it encodes (**source**) and the day it was last read against it
(**checked**); a row without a source is marked so. Not legal advice: counsel reviews every row.

How to read it:
- **Trigger** is the event the clock runs from: awareness (` + "`aware_at`" + `), discovery (` + "`discovered_at`" + `),
  determination (` + "`determined_at`" + `), assessment (` + "`assessed_at`" + `, defaults to determination), scope
  identified (` + "`scoped_at`" + `; unknown: awareness, the earliest), the controller being notified by its
  processor, or the notice to consumers; in quotes, the statute's own words for it.
- **Unknown is not no**: a fact the facts file leaves out (risk, nature, data categories,
  encrypted, key compromised, material, a jurisdiction's count listed in ` + "`uncounted`" + `) is unknown. A
  duty whose trigger or exemption turns on it applies, uncertain, with the fact named, until
  the fact is given (from rules v2; incidents pinned at v1 keep v1's reading).
- **Period**: hours run continuously from the trigger instant (no weekend or holiday roll-over);
  calendar days end at the end of the last day in the organisation's time zone; business days
  skip the trigger day, weekends and the named holiday calendar; "asap" means "without undue
  delay" / "as soon as feasible": no number is invented.
- **Notifier** ` + "`processor`" + ` rows are combined into one notice to each customer, with the earliest
  deadline among them and the contract's ` + "`notice_hours`" + `. ` + "`controller`" + ` rows apply to us for our own data
  subjects and to each customer for theirs (so our notice can tell them their deadlines).
- **Effective**: the row in force at the trigger instant applies.
- **Uncertain** rows are not confirmed from a primary text or depend on an assumption: their
  obligations carry ` + "`uncertain: true`" + `.
- **Rules version**: which incidents see the row. An incident keeps the version of this table
  it was first assessed with until it closes (the current one is v` + fmt.Sprint(Version) + `); "all" rows
  were there from the start. A row is added, changed or retired only with a new version,
  never edited in place: see ` + "`internal/rules/version.go`" + `.

Choices the law leaves open are configuration (` + "`rules:`" + ` in the YAML, ` + "`starter plan --config`" + `),
never silent guesses:
- ` + "`gdpr_authority_hours`" + ` (default 72): the GDPR Art. 33(1) window, for when the Digital Omnibus
  (96 h) applies.
- ` + "`disabled`" + `: rule IDs counsel decided do not apply; their duties stay listed as not required,
  with that reason.
- ` + "`confirmed`" + `: IDs of uncertain rows counsel has read and confirmed: their duties are no longer
  uncertain for the row's own open point (an unknown fact still makes them uncertain).
- ` + "`roll_over`" + ` (default off): move US calendar-day deadlines that end on a weekend or US federal
  holiday to the next business day (Tex. Gov't Code §311.014, Cal. Code Civ. Proc. §12a).

`)
	regime := ""
	for _, r := range Table {
		if r.Regime != regime {
			regime = r.Regime
			fmt.Fprintf(&b, "\n## %s\n\n", regime)
			b.WriteString("| ID | scope | notifier → audience | trigger | period | threshold / exemptions | basis | source (checked) | effective | rules version | uncertain | notes |\n")
			b.WriteString("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s → %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			r.ID, scopeText(r), r.Notifier, audienceText(r), cell(clockText(r)), periodText(r), thresholdText(r),
			r.Basis, sourceText(r), effectiveText(r), versionText(r), yesNo(r.Uncertain), cell(r.Note))
	}
	return b.String()
}

func clockText(r Rule) string {
	if r.Clock != "" {
		return triggerText(r.Trigger) + ": \"" + r.Clock + "\""
	}
	return triggerText(r.Trigger)
}

func sourceText(r Rule) string {
	if r.Source == "" {
		return "**no source yet**"
	}
	s := "[text](" + r.Source + ")"
	if r.Checked != "" {
		s += " (" + r.Checked + ")"
	}
	return s
}

func scopeText(r Rule) string {
	switch r.Scope {
	case ScopeEEA:
		return "each EU/EEA state"
	case ScopeUS:
		return "US (federal)"
	}
	return r.Scope
}

func audienceText(r Rule) string {
	if r.Recipient != "" {
		return r.Audience + " (" + r.Recipient + ")"
	}
	return r.Audience
}

func periodText(r Rule) string {
	switch r.Unit {
	case Hours:
		return fmt.Sprintf("%d hours", r.Period)
	case CalendarDays:
		return fmt.Sprintf("%d calendar days", r.Period)
	case BusinessDays:
		return fmt.Sprintf("%d business days (%s holidays)", r.Period, r.Calendar)
	}
	return "asap"
}

func thresholdText(r Rule) string {
	t := r.Threshold
	var parts []string
	if t.Text != "" {
		parts = append(parts, t.Text)
	}
	if t.MinRisk != "" {
		parts = append(parts, "risk ≥ "+t.MinRisk)
	}
	if t.MinResidents > 0 {
		cmp := "≥"
		if t.Strict {
			cmp = ">"
		}
		parts = append(parts, fmt.Sprintf("residents %s %d", cmp, t.MinResidents))
	}
	if len(t.Categories) > 0 {
		s := "categories: " + strings.Join(t.Categories, ", ")
		if t.HealthFrom != "" {
			s += " (health from " + t.HealthFrom + ")"
		}
		parts = append(parts, s)
	}
	if len(t.Nature) > 0 {
		parts = append(parts, "nature: "+strings.Join(t.Nature, ", "))
	}
	if t.EncryptionSafeHarbor {
		parts = append(parts, "not if encrypted with the key safe")
	}
	if r.Requires != "" {
		parts = append(parts, "only when the organisation is "+strings.ReplaceAll(r.Requires, "_", " "))
	}
	if len(parts) == 0 {
		return "every breach"
	}
	return cell(strings.Join(parts, "; "))
}

func effectiveText(r Rule) string {
	switch {
	case r.From == "" && r.To == "":
		return "always"
	case r.From == "":
		return "before " + r.To
	case r.To == "":
		return "from " + r.From
	}
	return r.From + " to " + r.To
}

// versionText says which rules versions hold the row (Until is the first
// version without it).
func versionText(r Rule) string {
	switch {
	case r.Since == 0 && r.Until == 0:
		return "all"
	case r.Until == 0:
		return fmt.Sprintf("from v%d", r.Since)
	case r.Since == 0:
		return fmt.Sprintf("retired in v%d", r.Until)
	}
	return fmt.Sprintf("from v%d, retired in v%d", r.Since, r.Until)
}

func yesNo(b bool) string {
	if b {
		return "**yes**"
	}
	return "no"
}

func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
