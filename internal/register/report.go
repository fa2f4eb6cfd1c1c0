package register

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"html/template"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/store"
)

// reportRecord is what the final report reads of the incident record
// beyond what the register does.
type reportRecord struct {
	record
	SlackChannel string       `json:"slack_channel"`
	Facts        breach.Facts `json:"facts"`
	Deliveries   []struct {
		NoticeID string `json:"notice_id"`
		Progress struct {
			Total, Sent, Failed, Resent int
		} `json:"progress"`
	} `json:"deliveries"`
	Scans []struct {
		Source      string `json:"source"`
		Rows        int    `json:"rows"`
		New         int    `json:"new"`
		Duplicates  int    `json:"duplicates"`
		Quarantined int    `json:"quarantined"`
	} `json:"scans"`
}

// Report is an incident's final report, in Markdown and HTML: the facts,
// the decisions with who and when, every obligation and its outcome, the
// deliveries and the timeline. It names no recipient: counts and
// Message-IDs stand for them.
type Report struct {
	Markdown string
	HTML     string
	// SlackChannel is the incident channel the report goes to ("": none).
	SlackChannel string
}

// FinalReport builds the report of a register entry from its record and
// ledger.
func FinalReport(e store.RegisterEntry, ledger []store.LedgerRow) (Report, error) {
	var rec reportRecord
	if err := json.Unmarshal([]byte(e.Record), &rec); err != nil {
		return Report{}, fmt.Errorf("report: %s: the record is unreadable: %w", e.IncidentID, err)
	}
	en := build(e, rec.record, ledger)
	v := reportView{Entry: en, Facts: factLines(rec.Facts)}
	for _, ev := range rec.Timeline {
		line := timelineLine{At: day(ev.At), Kind: ev.Kind, Text: ev.Text, By: ev.By}
		v.Timeline = append(v.Timeline, line)
		if ev.By != "" && ev.Kind != "refused" {
			v.Decisions = append(v.Decisions, line)
		}
	}
	for _, o := range en.Outcomes {
		v.Obligations = append(v.Obligations, obligationLine{ID: o.ObligationID, Regime: o.Regime, To: o.Recipient, Due: o.due(), Outcome: o.Detail()})
	}
	for _, d := range rec.Deliveries {
		v.Deliveries = append(v.Deliveries, fmt.Sprintf("%s: %d of %d sent, %d failed, %d re-sent after an interruption",
			d.NoticeID, d.Progress.Sent, d.Progress.Total, d.Progress.Failed, d.Progress.Resent))
	}
	for _, s := range rec.Scans {
		v.Deliveries = append(v.Deliveries, fmt.Sprintf("scan of %s: %d rows, %d new, %d duplicates, %d quarantined",
			s.Source, s.Rows, s.New, s.Duplicates, s.Quarantined))
	}
	var md strings.Builder
	writeMD(&md, v)
	var h bytes.Buffer
	if err := reportHTML.Execute(&h, v); err != nil {
		return Report{}, fmt.Errorf("report: %w", err)
	}
	return Report{Markdown: md.String(), HTML: h.String(), SlackChannel: rec.SlackChannel}, nil
}

type reportView struct {
	Entry
	Facts       [][2]string
	Decisions   []timelineLine
	Obligations []obligationLine
	Deliveries  []string
	Timeline    []timelineLine
}

type timelineLine struct{ At, Kind, Text, By string }

type obligationLine struct{ ID, Regime, To, Due, Outcome string }

func factLines(f breach.Facts) [][2]string {
	var out [][2]string
	add := func(k, v string) {
		if v != "" {
			out = append(out, [2]string{k, v})
		}
	}
	yes := func(b *bool) string {
		switch {
		case b == nil:
			return "unknown"
		case *b:
			return "yes"
		}
		return "no"
	}
	when := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return day(*t)
	}
	add("Summary", f.Summary)
	add("Aware at", when(f.AwareAt))
	add("Occurred at", when(f.OccurredAt))
	add("Risk", f.Risk)
	var subjects []string
	for _, j := range slices.Sorted(maps.Keys(f.Subjects)) {
		subjects = append(subjects, j+" "+strconv.Itoa(f.Subjects[j]))
	}
	add("People affected", strings.Join(subjects, ", "))
	add("Data categories", strings.Join(f.DataCategories, ", "))
	add("Nature", strings.Join(f.Nature, ", "))
	add("Encrypted", yes(f.Encrypted))
	add("Key compromised", yes(f.KeyCompromised))
	var controllers []string
	for _, c := range f.Controllers {
		controllers = append(controllers, cmp.Or(c.Name, c.ID))
	}
	add("Customers (controllers)", strings.Join(controllers, ", "))
	add("Consequences", f.Consequences)
	add("Measures", f.Measures)
	return out
}

func writeMD(b *strings.Builder, v reportView) {
	fmt.Fprintf(b, "# Final report: %s\n\n**%s**\n\n", v.IncidentID, mdCell(v.Title))
	notified := map[bool]string{true: "yes", false: "no"}
	fmt.Fprintf(b, "Declared %s; closed %s", day(v.DeclaredAt), day(v.ClosedAt))
	if v.ClosedBy != "" {
		fmt.Fprintf(b, " by %s", mdCell(v.ClosedBy))
	}
	fmt.Fprintf(b, ". Personal data: %s. Notified: %s. Refused attempts on record: %d.\n", notified[v.PersonalData], notified[v.Notified], v.Refusals)
	b.WriteString("\n## Facts\n\n")
	for _, f := range v.Facts {
		fmt.Fprintf(b, "- **%s:** %s\n", f[0], mdCell(f[1]))
	}
	b.WriteString("\n## Decisions\n\n")
	if len(v.Decisions) == 0 {
		b.WriteString("None.\n")
	}
	for _, d := range v.Decisions {
		fmt.Fprintf(b, "- %s, %s (%s): %s\n", d.At, mdCell(d.By), d.Kind, mdCell(d.Text))
	}
	b.WriteString("\n## Obligations and outcomes\n\n")
	if len(v.Obligations) == 0 {
		fmt.Fprintf(b, "None. Rationale: %s\n", mdCell(v.Rationale))
	} else {
		b.WriteString("| obligation | regime | to | due | outcome |\n| --- | --- | --- | --- | --- |\n")
		for _, o := range v.Obligations {
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", mdCell(o.ID), mdCell(o.Regime), mdCell(o.To), o.Due, mdCell(o.Outcome))
		}
	}
	b.WriteString("\n## Deliveries and scans\n\n")
	if len(v.Deliveries) == 0 {
		b.WriteString("None.\n")
	}
	for _, d := range v.Deliveries {
		fmt.Fprintf(b, "- %s\n", mdCell(d))
	}
	b.WriteString("\n## Timeline\n\n")
	for _, t := range v.Timeline {
		by := ""
		if t.By != "" {
			by = " (" + mdCell(t.By) + ")"
		}
		fmt.Fprintf(b, "- %s %s%s: %s\n", t.At, t.Kind, by, mdCell(t.Text))
	}
}

var reportHTML = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Final report: {{.IncidentID}}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}</style>
</head><body>
<h1>Final report: {{.IncidentID}}</h1>
<p><strong>{{.Title}}</strong></p>
<p>Declared {{.DeclaredAt.UTC.Format "2006-01-02 15:04 UTC"}}; closed {{.ClosedAt.UTC.Format "2006-01-02 15:04 UTC"}}{{if .ClosedBy}} by {{.ClosedBy}}{{end}}.
Personal data: {{if .PersonalData}}yes{{else}}no{{end}}. Notified: {{if .Notified}}yes{{else}}no{{end}}. Refused attempts on record: {{.Refusals}}.</p>
<h2>Facts</h2><ul>{{range .Facts}}<li><strong>{{index . 0}}:</strong> {{index . 1}}</li>{{end}}</ul>
<h2>Decisions</h2><ul>{{range .Decisions}}<li>{{.At}}, {{.By}} ({{.Kind}}): {{.Text}}</li>{{else}}<li>None.</li>{{end}}</ul>
<h2>Obligations and outcomes</h2>
{{if .Obligations}}<table><tr><th>obligation</th><th>regime</th><th>to</th><th>due</th><th>outcome</th></tr>
{{range .Obligations}}<tr><td>{{.ID}}</td><td>{{.Regime}}</td><td>{{.To}}</td><td>{{.Due}}</td><td>{{.Outcome}}</td></tr>
{{end}}</table>{{else}}<p>None. Rationale: {{.Rationale}}</p>{{end}}
<h2>Deliveries and scans</h2><ul>{{range .Deliveries}}<li>{{.}}</li>{{else}}<li>None.</li>{{end}}</ul>
<h2>Timeline</h2><ul>{{range .Timeline}}<li>{{.At}} {{.Kind}}{{if .By}} ({{.By}}){{end}}: {{.Text}}</li>{{end}}</ul>
</body></html>
`))
