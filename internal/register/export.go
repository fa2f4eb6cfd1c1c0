package register

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Formats of Export.
var Formats = []string{"csv", "json", "md"}

// Export writes entries in a format: csv (one row per obligation, the
// incident's columns repeated; an incident without obligations is one row),
// json (the entries with every Message-ID) or md (a Markdown document).
func Export(w io.Writer, format string, entries []Entry) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if entries == nil {
			entries = []Entry{}
		}
		return enc.Encode(entries)
	case "csv":
		return exportCSV(w, entries)
	case "md":
		return exportMD(w, entries)
	}
	return fmt.Errorf("register: format %q is not one of %s", format, strings.Join(Formats, ", "))
}

func day(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func exportCSV(w io.Writer, entries []Entry) error {
	cw := csv.NewWriter(w)
	header := []string{"incident_id", "title", "declared_at", "closed_at", "closed_by", "personal_data", "risk", "notified",
		"obligation_id", "regime", "basis", "recipient", "due", "outcome", "late", "late_reason", "sent", "failed", "resent",
		"message_ids", "reference", "by", "at", "reason", "rationale"}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, e := range entries {
		head := []string{e.IncidentID, safeCell(e.Title), e.DeclaredAt.UTC().Format(time.RFC3339), e.ClosedAt.UTC().Format(time.RFC3339),
			safeCell(e.ClosedBy), strconv.FormatBool(e.PersonalData), e.Risk, strconv.FormatBool(e.Notified)}
		if len(e.Outcomes) == 0 {
			row := append(head, make([]string, len(header)-len(head)-1)...)
			if err := cw.Write(append(row, safeCell(e.Rationale))); err != nil {
				return err
			}
			continue
		}
		for _, o := range e.Outcomes {
			at := ""
			if o.At != nil {
				at = o.At.UTC().Format(time.RFC3339)
			}
			due := ""
			if o.Due != nil {
				due = o.Due.UTC().Format(time.RFC3339)
			}
			row := append(append([]string{}, head...), o.ObligationID, o.Regime, safeCell(o.Basis), safeCell(o.Recipient), due, o.Outcome,
				strconv.FormatBool(o.Late), safeCell(o.LateReason), strconv.Itoa(o.Sent), strconv.Itoa(o.Failed), strconv.Itoa(o.Resent),
				strings.Join(o.MessageIDs, " "), safeCell(o.Reference), safeCell(o.By), at, safeCell(o.Reason), safeCell(e.Rationale))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// safeCell keeps a spreadsheet from reading a cell as a formula (CSV
// injection): text starting with = + - @ or a tab gets a leading quote.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// mdCell is text safe in a Markdown table cell.
func mdCell(s string) string {
	s = strings.NewReplacer("|", "\\|", "\r\n", " ", "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;").Replace(s)
	return s
}

func exportMD(w io.Writer, entries []Entry) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Breach register\n\n%d incident(s).\n", len(entries))
	for _, e := range entries {
		fmt.Fprintf(&b, "\n## %s: %s\n\n", e.IncidentID, mdCell(e.Title))
		notified := "no"
		if e.Notified {
			notified = "yes"
		}
		pd := "no"
		if e.PersonalData {
			pd = "yes"
		}
		fmt.Fprintf(&b, "- Declared %s, closed %s", day(e.DeclaredAt), day(e.ClosedAt))
		if e.ClosedBy != "" {
			fmt.Fprintf(&b, " by %s", mdCell(e.ClosedBy))
		}
		fmt.Fprintf(&b, "\n- Personal data: %s; risk: %s; notified: %s\n", pd, mdCell(e.Risk), notified)
		if e.Refusals > 0 {
			fmt.Fprintf(&b, "- Refused attempts on record: %d\n", e.Refusals)
		}
		if len(e.Outcomes) == 0 {
			fmt.Fprintf(&b, "\nNo obligation. Rationale: %s\n", mdCell(e.Rationale))
			continue
		}
		b.WriteString("\n| obligation | regime | to | due | outcome |\n| --- | --- | --- | --- | --- |\n")
		for _, o := range e.Outcomes {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", mdCell(o.ObligationID), mdCell(o.Regime), mdCell(o.Recipient), o.due(), mdCell(o.Detail()))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
