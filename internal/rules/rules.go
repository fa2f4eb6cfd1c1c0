// Package rules turns the facts of a breach into the notification duties
// they create: who must tell whom, by when, under which article, and why.
// The law is the rule table (table.go); this file applies it. It is pure and
// deterministic (no I/O, no wall clock), so the incident workflow calls it
// directly and replays it safely. That makes the table part of the
// workflow's logic: each incident assesses with the table version it pinned
// at its first assessment, and rows are added, changed and retired only
// under a new Version (version.go says how).
package rules

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/breachwf/breach/internal/authorities"
	"github.com/breachwf/breach/internal/breach"
)

// party is whoever owes a set of controller duties: us for our own data
// subjects, or a customer for the data we process for it.
type party struct {
	notifier       string // breach.NotifierUs or breach.NotifierController
	controllerID   string
	subjects       map[string]int
	establishments []string
	anchors        map[Trigger]time.Time
	estimated      bool // the customer has not been told yet: its clocks are estimates
	scopeKnown     bool // scoped_at was given
	// authorities picks the competent authority per jurisdiction (directory
	// codes) where a country has several.
	authorities map[string]string
}

// Options are the choices the law leaves open ([UNCERTAIN] in the
// reference), made explicit and configurable rather than guessed silently.
type Options struct {
	// GDPRAuthorityHours replaces the 72 hours of GDPR Art. 33(1), for the
	// day the Digital Omnibus (96 h) applies; 0 keeps 72.
	GDPRAuthorityHours int `json:"gdpr_authority_hours,omitempty" yaml:"gdpr_authority_hours"`
	// Disabled lists rule IDs counsel has decided do not apply; their duties
	// are still listed, as not required, with that reason.
	Disabled []string `json:"disabled,omitempty" yaml:"disabled"`
	// Confirmed lists rule IDs of uncertain rows that counsel has read and
	// confirmed: their duties are no longer marked uncertain for the row's
	// own doubt (an unknown fact still makes them uncertain).
	Confirmed []string `json:"confirmed,omitempty" yaml:"confirmed"`
	// RollOver moves a US calendar-day deadline that ends on a weekend or a
	// US federal holiday to the next business day (Tex. Gov't Code §311.014,
	// Cal. Code Civ. Proc. §12a). Off by default: the earlier date is safe.
	RollOver bool `json:"roll_over,omitempty" yaml:"roll_over"`

	version int // the rules version assessed at (set by AssessAt)
}

// unknownsFrom is the rules version from which a fact that is not given is
// unknown, never "no": a duty whose trigger or exemption turns on it
// applies, uncertain, with the fact named. Before it, incidents keep the
// reading they were assessed with (an omitted yes/no fact was "no", an
// unassessed risk was "risk", no categories or nature matched nothing).
const unknownsFrom = 2

// unknowns reports whether this assessment reads missing facts as unknown.
func (o Options) unknowns() bool { return o.version >= unknownsFrom }

// possibly reports whether a yes/no/unknown fact may be yes: it is, or it
// is unknown (from unknownsFrom; before, unknown was no).
func (o Options) possibly(b *bool) bool {
	return breach.Yes(b) || (b == nil && o.unknowns())
}

// Assess returns every duty the facts create, required or not, sorted by
// due time (undated last) and then by id, with the default options.
func Assess(f breach.Facts) []breach.Obligation { return AssessWith(f, Options{}) }

// AssessWith is Assess with explicit options, at the current rules
// Version. Times missing from the facts default as in
// Facts.WithDefaultTimes, from the awareness time.
func AssessWith(f breach.Facts, opts Options) []breach.Obligation {
	return AssessAt(f, opts, Version)
}

// AssessAt is AssessWith with the rows of rules version v only (see
// Version): what the incident workflow calls, with the version it pinned.
func AssessAt(f breach.Facts, opts Options, v int) []breach.Obligation {
	table := TableAt(v)
	scopedAt := f.ScopedAt
	if f.AwareAt == nil {
		f = f.WithDefaultTimes(time.Time{})
	}
	f = f.WithDefaultTimes(*f.AwareAt)
	loc := location(f)
	opts.version = v
	if opts.unknowns() && len(f.Uncounted) > 0 {
		// Residents affected in a number not known yet: the jurisdiction is
		// in scope (with at least one person) and its thresholds are met.
		subjects := maps.Clone(f.Subjects)
		if subjects == nil {
			subjects = map[string]int{}
		}
		for _, j := range f.Uncounted {
			subjects[j] = max(subjects[j], 1)
		}
		f.Subjects = subjects
	}
	scoped := *f.AwareAt // unknown: the earliest it can be
	if scopedAt != nil {
		scoped = scopedAt.UTC()
	}
	ours := map[Trigger]time.Time{
		Awareness: *f.AwareAt, Discovery: *f.DiscoveredAt, Determination: *f.DeterminedAt, Assessment: *f.AssessedAt,
		ScopeIdentified: scoped,
	}
	var out []breach.Obligation
	for _, c := range f.Controllers {
		notice := processorNotice(table, f, c, ours, loc, opts)
		out = append(out, notice)
		p := party{notifier: breach.NotifierController, controllerID: c.ID, subjects: c.Subjects, establishments: c.Establishments}
		if c.Authority != "" {
			p.authorities = map[string]string{breach.Country(c.Authority): c.Authority}
		}
		// The customer is aware once we have told it (EDPB 9/2022); until
		// then its clock is estimated from our own deadline.
		start := *f.AwareAt
		switch {
		case c.NotifiedAt != nil:
			start = c.NotifiedAt.UTC()
		case notice.Due != nil:
			start, p.estimated = *notice.Due, true
		default:
			p.estimated = true
		}
		p.anchors = map[Trigger]time.Time{Awareness: start, Discovery: start, Determination: start, Assessment: start, ControllerNotified: start, ScopeIdentified: start}
		out = append(out, controllerDuties(table, f, p, loc, opts)...)
	}
	if len(f.Subjects) > 0 || (f.Organization != nil && f.Organization.SECRegistrant && opts.possibly(f.Material)) {
		p := party{notifier: breach.NotifierUs, subjects: f.Subjects, scopeKnown: scopedAt != nil, anchors: ours}
		if f.Organization != nil {
			p.establishments = f.Organization.Establishments
			p.authorities = f.Organization.Authorities
		}
		out = append(out, controllerDuties(table, f, p, loc, opts)...)
	}
	Sort(out)
	return out
}

// Sort orders obligations by due time (undated last), then by id and
// controller.
func Sort(obs []breach.Obligation) {
	sort.SliceStable(obs, func(i, j int) bool {
		a, b := obs[i], obs[j]
		switch {
		case a.Due != nil && b.Due != nil && !a.Due.Equal(*b.Due):
			return a.Due.Before(*b.Due)
		case (a.Due == nil) != (b.Due == nil):
			return a.Due != nil
		case a.ID != b.ID:
			return a.ID < b.ID
		}
		return a.ControllerID < b.ControllerID
	})
}

func location(f breach.Facts) *time.Location {
	if f.Organization != nil && f.Organization.TimeZone != "" {
		if loc, err := time.LoadLocation(f.Organization.TimeZone); err == nil {
			return loc
		}
	}
	return time.UTC
}

// inForce picks, among the rows sharing an ID, the one in force at t.
func inForce(r Rule, t time.Time) bool {
	day := t.UTC().Format("2006-01-02")
	return (r.From == "" || day >= r.From) && (r.To == "" || day < r.To)
}

// jurisdictions lists where a row applies for a party: the affected
// residents' jurisdictions in its scope (and the party's establishment,
// outside the US).
func jurisdictions(r Rule, subjects map[string]int, establishments []string) []string {
	var out []string
	switch r.Scope {
	case ScopeEEA:
		for _, j := range breach.SortedKeys(subjects) {
			if breach.InEEA(j) && subjects[j] > 0 {
				out = append(out, j)
			}
		}
	case ScopeUS:
		for _, j := range breach.SortedKeys(subjects) {
			if breach.Country(j) == "US" && subjects[j] > 0 {
				if r.Threshold.Special == "per-state" {
					// A federal rule counted per State (HIPAA media notice).
					if strings.HasPrefix(j, "US-") {
						out = append(out, j)
					}
					continue
				}
				return []string{"US"}
			}
		}
	default:
		if residents(subjects, r.Scope) > 0 || (!strings.HasPrefix(r.Scope, "US") && slices.Contains(establishments, r.Scope) && len(subjects) > 0) {
			out = append(out, r.Scope)
		}
	}
	return out
}

// residents counts affected people in a jurisdiction; a country counts its
// subdivisions too (CA includes CA-QC, US includes US-CA).
func residents(subjects map[string]int, j string) int {
	if strings.Contains(j, "-") {
		return subjects[j]
	}
	n := 0
	for _, k := range breach.SortedKeys(subjects) {
		if breach.Country(k) == j {
			n += subjects[k]
		}
	}
	return n
}

// controllerDuties applies every controller row of the table to one party.
func controllerDuties(table []Rule, f breach.Facts, p party, loc *time.Location, opts Options) []breach.Obligation {
	var out []breach.Obligation
	lead := firstEEA(p.establishments)
	clock := func(r Rule) (time.Time, bool) {
		if r.Trigger == ConsumerNotice {
			t, ok := p.anchors[Discovery]
			return t, ok
		}
		t, ok := p.anchors[r.Trigger]
		return t, ok
	}
	// Each row is judged by the law in force at its own clock start. An
	// amendment that also moved the clock (Maryland 2022: from the end of
	// the investigation to discovery) can leave a breach between two
	// versions of a duty, in force under neither; from unknownsFrom the
	// version in force at the breach's earliest time (its discovery) then
	// applies, uncertain, rather than no version at all.
	ownClock := map[string]bool{}
	earliest := p.anchors[Discovery]
	for _, r := range table {
		if start, ok := clock(r); ok && r.Notifier == "controller" && inForce(r, start) {
			ownClock[r.ID] = true
		}
	}
	for _, r := range table {
		if r.Notifier != "controller" || !requirementMet(f, p, r) {
			continue
		}
		start, ok := clock(r)
		if !ok {
			continue
		}
		gap := false
		if !inForce(r, start) {
			if !opts.unknowns() || ownClock[r.ID] || !inForce(r, earliest) {
				continue
			}
			gap = true
		}
		js := jurisdictions(r, p.subjects, p.establishments)
		if r.Scope == ScopeEEA && r.Audience == breach.AudienceAuthority && lead != "" && (len(js) > 0 || len(p.subjects) > 0) {
			js = []string{lead} // one-stop-shop: the lead authority only (GDPR Art. 56)
		}
		for _, j := range js {
			o := obligation(f, p, r, j, start, loc, opts, out)
			if gap {
				o.Uncertain = true
				o.Reason += fmt.Sprintf(" Uncertain: an amendment took effect between the breach's discovery and this duty's clock start, so no version is in force at its own clock; the version in force at discovery (%s) is applied: counsel to confirm.", effectiveText(r))
			}
			out = append(out, o)
		}
	}
	return out
}

func requirementMet(f breach.Facts, p party, r Rule) bool {
	org := breach.Organization{}
	if f.Organization != nil {
		org = *f.Organization
	}
	switch r.Requires {
	case "":
		return true
	case "hipaa_business_associate":
		return org.HIPAA == breach.HIPAABusinessAssociate
	case "hipaa_covered_entity":
		if p.notifier == breach.NotifierController {
			return org.HIPAA == breach.HIPAABusinessAssociate // our customers are the covered entities
		}
		return org.HIPAA == breach.HIPAACoveredEntity
	case "sec_registrant":
		return p.notifier == breach.NotifierUs && org.SECRegistrant
	}
	return false
}

// obligation evaluates one row for one jurisdiction.
func obligation(f breach.Facts, p party, r Rule, j string, start time.Time, loc *time.Location, opts Options, earlier []breach.Obligation) breach.Obligation {
	n := residents(p.subjects, j)
	o := breach.Obligation{
		ID: r.ID + "-" + j, Regime: r.Regime, Basis: r.Basis, Audience: r.Audience, Jurisdiction: j,
		Notifier: p.notifier, ControllerID: p.controllerID, Uncertain: r.Uncertain,
		NoticeKind: r.NoticeKind, Language: r.Language,
	}
	confirmed := r.Uncertain && slices.Contains(opts.Confirmed, r.ID)
	if confirmed {
		o.Uncertain = false
	}
	countUnknown := opts.unknowns() && p.notifier == breach.NotifierUs && uncounted(f, j)
	o.Recipient = recipient(r, j, n, countUnknown)
	var authorityNote string
	if r.Audience == breach.AudienceAuthority && r.Recipient == "" {
		code := j
		if c := p.authorities[j]; c != "" {
			code = c
		}
		if e, ok := authorities.Lookup(code); ok {
			o.Recipient, o.Authority = e.Name, code
			if e.Uncertain {
				o.Uncertain = true
				authorityNote = fmt.Sprintf("Which authority in %s is competent is not settled (%s): set customers[].authority or organization.authorities.%s in the configuration, counsel to confirm.", j, e.Name, j)
			}
		}
	}
	required, why, unknown := evaluate(f, r, j, n, countUnknown, start, opts)
	if r.Trigger == ScopeIdentified && !p.scopeKnown && p.notifier == breach.NotifierUs && required {
		unknown = append(unknown, fact{"scoped_at", "when the scope was identified is not given: the clock is counted from awareness, the earliest it can start"})
	}
	if slices.Contains(opts.Disabled, r.ID) {
		required, why = false, fmt.Sprintf("%s not applied: disabled by configuration (rules.disabled), counsel having decided it does not apply.", r.Basis)
	}
	o.Required = required

	period, notes := r.Period, []string{}
	if r.ID == "gdpr-33-authority" && opts.GDPRAuthorityHours > 0 && opts.GDPRAuthorityHours != r.Period {
		period = opts.GDPRAuthorityHours
		notes = append(notes, fmt.Sprintf("Period of %d hours set by configuration (rules.gdpr_authority_hours).", period))
	}
	if r.Threshold.Special == "lgpd" && f.Organization != nil && f.Organization.SmallAgent {
		period *= 2
		notes = append(notes, "Small processing agent: deadline doubled.")
	}
	if r.Trigger == ConsumerNotice {
		// Counted from the consumer notice; until it is sent, from its deadline.
		start, o.ASAP = consumerNoticeAnchor(r, j, earlier, start)
		notes = append(notes, "Counted from the notice to residents; estimated from that notice's deadline until it is sent.")
	}
	o.ClockStart = start.UTC()
	if r.Unit == None {
		o.ASAP = true
	} else if !o.ASAP {
		o.Due = due(start, period, r.Unit, r.Calendar, loc)
		if opts.RollOver && r.Unit == CalendarDays && strings.HasPrefix(r.Scope, "US-") {
			if rolled := rollOver(*o.Due, loc); !rolled.Equal(*o.Due) {
				o.Due = &rolled
				notes = append(notes, "Rolled over from a weekend or holiday to the next business day (rules.roll_over).")
			}
		}
	}
	if r.Threshold.Special == "hipaa-hhs" && n < 500 {
		// Fewer than 500: logged and filed within 60 days after year end.
		y := start.In(loc).Year()
		o.Due = endOfDay(time.Date(y+1, 1, 1, 0, 0, 0, 0, loc).AddDate(0, 0, 59), loc)
		notes = append(notes, "Fewer than 500 individuals: annual log to HHS within 60 days after the end of the calendar year.")
	}
	if r.Scope == ScopeEEA && r.Audience == breach.AudienceAuthority {
		if firstEEA(p.establishments) == "" {
			notes = append(notes, "The controller has no EU/EEA establishment, so it notifies every supervisory authority where affected data subjects reside (EDPB 9/2022 ¶73); GDPR Art. 3(2) reach is assumed.")
			o.Uncertain = true
		} else {
			notes = append(notes, "One-stop-shop: the lead supervisory authority of the controller's EU/EEA establishment (GDPR Art. 56).")
		}
	}
	if r.Regime == "KVKK" && !slices.Contains(p.establishments, "TR") {
		o.Uncertain = true
		notes = append(notes, "KVKK's reach over a controller with no Turkish establishment is uncertain: counsel to confirm.")
	}
	if p.estimated {
		notes = append(notes, "Clock estimated: the customer has not been notified yet; it starts when they are.")
	}
	if authorityNote != "" {
		notes = append(notes, authorityNote)
	}
	if confirmed {
		notes = append(notes, "The row's open point was confirmed by counsel (rules.confirmed).")
	}
	if required {
		o.Reason = strings.TrimSpace(why + " " + describePeriod(r, period) + " " + strings.Join(notes, " "))
	} else {
		o.Reason = why
	}
	if opts.unknowns() {
		o.Notes = r.Note
	} else if required {
		o.Reason = strings.TrimSpace(o.Reason + " " + r.Note) // as incidents assessed before unknownsFrom read it
	}
	for _, u := range unknown {
		o.Uncertain = true
		if !slices.Contains(o.Unknown, u.name) {
			o.Unknown = append(o.Unknown, u.name)
		}
		o.Reason += " Uncertain: " + u.why + "."
	}
	if why2 := uncertainWhy(f, r, required); why2 != "" {
		o.Uncertain = true
		o.Reason += " " + why2
	}
	return o
}

// fact is a fact not given that a duty turned on, and what the engine
// assumed in its place.
type fact struct{ name, why string }

func consumerNoticeAnchor(r Rule, j string, earlier []breach.Obligation, fallback time.Time) (time.Time, bool) {
	for _, e := range earlier {
		if e.Regime == r.Regime && e.Jurisdiction == j && e.Audience == breach.AudienceSubjects {
			if e.Due != nil {
				return *e.Due, false
			}
			return e.ClockStart, true
		}
	}
	return fallback, true
}

func recipient(r Rule, j string, n int, countUnknown bool) string {
	switch {
	case r.Recipient != "":
		return r.Recipient
	case r.Audience == breach.AudienceSubjects && countUnknown:
		return fmt.Sprintf("Data subjects in %s (number not known yet)", j)
	case r.Audience == breach.AudienceSubjects:
		return fmt.Sprintf("Data subjects in %s (%d)", j, n)
	case r.Audience == breach.AudienceCRA:
		return "Nationwide consumer reporting agencies (Equifax, Experian, TransUnion)"
	}
	if name := AuthorityName(j); name != "" {
		return name
	}
	if name := breach.USStateName(j); strings.HasPrefix(j, "US-") && name != "" {
		return name + " Attorney General"
	}
	return j + " authority"
}

// evaluate applies a row's thresholds and exemptions; the reason says why
// the duty applies or not, with the article. From unknownsFrom, a test on a
// fact not given is passed as its worst case and the fact is returned in
// unknown: the duty applies, uncertain, until the fact is known.
func evaluate(f breach.Facts, r Rule, j string, n int, countUnknown bool, start time.Time, opts Options) (bool, string, []fact) {
	t := r.Threshold
	var unknown []fact
	verdict := "does not apply"
	if !opts.unknowns() {
		verdict = "not required" // the wording incidents assessed before unknownsFrom have
	}
	no := func(format string, a ...any) (bool, string, []fact) {
		return false, fmt.Sprintf("%s %s: ", r.Basis, verdict) + fmt.Sprintf(format, a...) + ".", nil
	}
	risk := f.Risk
	if risk == "" {
		if opts.unknowns() && (t.MinRisk != "" || t.Special == "lgpd" || t.Special == "pdpa" || t.Special == "pdpa-subjects" || t.Special == "suspected" || t.Special == "rrosh") {
			risk = breach.RiskHigh
			unknown = append(unknown, fact{"risk", "the risk has not been assessed yet: treated as high"})
		} else {
			risk = breach.RiskRisk // before unknownsFrom: treated as a risk, never as unlikely
		}
	}
	if t.MinRisk != "" && riskRank(risk) < riskRank(t.MinRisk) {
		if t.MinRisk == breach.RiskHigh {
			return no("the risk to the people affected was assessed as not high")
		}
		return no("the breach was assessed as unlikely to result in a risk to the rights and freedoms of natural persons; it is recorded in the breach register with that reasoning")
	}
	if len(t.Nature) > 0 && !slices.ContainsFunc(t.Nature, f.HasNature) {
		if len(f.Nature) == 0 && opts.unknowns() {
			unknown = append(unknown, fact{"nature", "the nature of the breach is not given: treated as personal data possibly obtained by others"})
		} else if len(f.Nature) == 0 {
			return no("the breach is not one of %s", t.Text)
		} else {
			return no("no personal data was obtained by others: the breach affected only the %s of the data", strings.Join(f.Nature, " and "))
		}
	}
	if len(t.Categories) > 0 {
		cats := t.Categories
		if t.HealthFrom != "" && start.UTC().Format("2006-01-02") < t.HealthFrom {
			cats = slices.DeleteFunc(slices.Clone(cats), func(c string) bool { return c == "health" || c == "medical" || c == "health_insurance" })
		}
		m := breach.MatchCategories(f.DataCategories, cats)
		switch {
		case len(f.DataCategories) == 0 && opts.unknowns():
			unknown = append(unknown, fact{"data_categories", "the affected data categories are not given: treated as including personal information under this law"})
		case !m.Covered:
			return no("none of the affected data categories (%s) is personal information under this law, which lists %s", strings.Join(f.DataCategories, ", "), strings.Join(cats, ", "))
		case len(m.Broad) > 0:
			unknown = append(unknown, fact{"data_categories", fmt.Sprintf("%s was given without its kind, and this law lists only %s: treated as covered until the kind is known", strings.Join(m.Broad, ", "), strings.Join(cats, ", "))})
		}
	}
	if t.EncryptionSafeHarbor {
		switch {
		case !opts.unknowns():
			if breach.Yes(f.Encrypted) && !breach.Yes(f.KeyCompromised) {
				return no("the data was encrypted and the key was not compromised")
			}
		case breach.Yes(f.Encrypted) && breach.No(f.KeyCompromised):
			return no("the data was encrypted and the key was not compromised, so the encryption exemption applies")
		case breach.Yes(f.Encrypted) && f.KeyCompromised == nil:
			unknown = append(unknown, fact{"key_compromised", "the data was encrypted, but whether the key was compromised is not given: the encryption exemption is not applied"})
		case f.Encrypted == nil:
			unknown = append(unknown, fact{"encrypted", "whether the data was encrypted is not given: the encryption exemption is not applied"})
		}
	}
	if t.MinResidents > 0 {
		if (t.Strict && n <= t.MinResidents) || (!t.Strict && n < t.MinResidents) {
			cmp := "at least"
			if t.Strict {
				cmp = "more than"
			}
			if countUnknown {
				unknown = append(unknown, fact{"subjects", fmt.Sprintf("the number of affected residents of %s is not known yet: the threshold of %s %d is treated as met", j, cmp, t.MinResidents)})
			} else {
				return no("%d residents are affected and the threshold is %s %d", n, cmp, t.MinResidents)
			}
		}
	}
	switch t.Special {
	case "lgpd":
		if riskRank(risk) < riskRank(breach.RiskRisk) {
			return no("the breach is unlikely to bring relevant risk or damage to the data subjects")
		}
		sensitive := []string{"special_category", "health", "medical", "health_insurance", "biometric", "genetic", "children", "financial", "credentials", "government_id"}
		if opts.unknowns() {
			// Resolution CD/ANPD 15/2024 Art. 5: sensitive data; data of
			// children, adolescents or elderly people; financial data;
			// authentication data; data under legal, judicial or
			// professional secrecy; or large scale. ID numbers are not listed.
			sensitive = []string{"special_category", "health", "medical", "health_insurance", "biometric", "genetic", "children", "elderly", "financial", "credentials", "secret_professional"}
		}
		switch {
		case len(f.DataCategories) == 0 && opts.unknowns():
			unknown = append(unknown, fact{"data_categories", "the affected data categories are not given: treated as including sensitive data"})
		case !slices.ContainsFunc(sensitive, f.HasCategory):
			return no("no sensitive, children's, elderly people's, financial, authentication or secret data was affected (large scale not assessed)")
		}
	case "suspected":
		switch risk {
		case breach.RiskHigh:
			if f.Risk != "" {
				return no("the breach is already assessed as eligible; the statement to the OAIC is due")
			}
		case breach.RiskUnlikely:
			return no("the assessment concluded serious harm is not likely")
		}
	case "pdpa":
		if opts.unknowns() {
			// PDPA s.4(5): business contact information is outside Part 6A.
			if len(f.DataCategories) > 0 && !slices.ContainsFunc(f.DataCategories, func(c string) bool { return c != "contact" }) {
				unknown = append(unknown, fact{"data_categories", "only contact data was affected: if it is business contact information (name, position, business address, phone or e-mail) PDPA s.4(5) takes it outside Part 6A and no notice is due"})
			}
			// PDP (Notification of Data Breaches) Regulations 2021, reg. 3
			// and the Schedule: deemed significant harm, whatever the count.
			if len(f.DataCategories) == 0 && opts.unknowns() {
				unknown = append(unknown, fact{"data_categories", "the affected data categories are not given: treated as including an account credential, which is deemed to result in significant harm (reg. 3 and Schedule)"})
				return true, fmt.Sprintf("%s applies: data of a class deemed to result in significant harm may have been affected.", r.Basis), unknown
			}
			if f.HasCategory("credentials") {
				return true, fmt.Sprintf("%s applies: an account identifier with its password or other access credential was affected, which is deemed to result in significant harm whatever the number of people (PDP (Notification of Data Breaches) Regulations 2021, reg. 3(1)(b) and Schedule Part 2).", r.Basis), unknown
			}
			if pdpaSchedulePart1(f) {
				unknown = append(unknown, fact{"data_categories", "financial, insurance, medical or minors' data with the person's name or identification number is deemed to result in significant harm (reg. 3(1)(a) and Schedule Part 1): treated as affected with the name"})
				return true, fmt.Sprintf("%s applies: the data affected is of a class deemed to result in significant harm (PDP (Notification of Data Breaches) Regulations 2021, reg. 3 and Schedule Part 1).", r.Basis), unknown
			}
		}
		if risk != breach.RiskHigh && n < 500 && countUnknown {
			unknown = append(unknown, fact{"subjects", fmt.Sprintf("the number of affected individuals in %s is not known yet: the significant scale of 500 is treated as reached", j)})
		} else if risk != breach.RiskHigh && n < 500 {
			return no("significant harm is not likely and %d individuals is below the significant scale of 500", n)
		}
	case "pdpa-subjects":
		deemed := f.HasCategory("credentials") || pdpaSchedulePart1(f)
		switch {
		case risk == breach.RiskHigh:
		case len(f.DataCategories) == 0:
			unknown = append(unknown, fact{"data_categories", "the affected data categories are not given: treated as including data deemed to result in significant harm (reg. 3 and Schedule)"})
		case deemed:
			return true, fmt.Sprintf("%s applies: the data affected is of a class deemed to result in significant harm (PDP (Notification of Data Breaches) Regulations 2021, reg. 3 and Schedule).", r.Basis), unknown
		default:
			return no("significant harm to an affected individual is not likely and no data of a class deemed to cause it was affected")
		}
	case "material":
		switch {
		case breach.Yes(f.Material):
		case f.Material == nil && opts.unknowns():
			unknown = append(unknown, fact{"material", "whether the incident is material has not been determined: the filing is due 4 business days after that determination, which must be made without unreasonable delay"})
		case f.Material == nil:
			return no("the incident has not been determined material")
		default:
			return no("the incident has been determined not to be material")
		}
	}
	return true, fmt.Sprintf("%s applies: %s.", r.Basis, strings.TrimSuffix(t.reasonText(r), ".")), unknown
}

// pdpaSchedulePart1 reports whether data of a class in Part 1 of the
// Schedule to the PDP (Notification of Data Breaches) Regulations 2021
// (financial, insurance, medical, minors') was affected: with the person's
// name or identification number, deemed to result in significant harm.
func pdpaSchedulePart1(f breach.Facts) bool {
	return breach.MatchCategories(f.DataCategories, []string{"financial", "medical", "health_insurance", "children"}).Covered
}

// uncounted reports whether residents of j are affected in a number not
// known yet.
func uncounted(f breach.Facts, j string) bool {
	for _, u := range f.Uncounted {
		if u == j || (!strings.Contains(j, "-") && breach.Country(u) == j) {
			return true
		}
	}
	return false
}

func (t Threshold) reasonText(r Rule) string {
	if t.Text != "" {
		return t.Text
	}
	return "every breach of personal data in its scope"
}

func uncertainWhy(f breach.Facts, r Rule, required bool) string {
	switch {
	case r.Threshold.Special == "rrosh" && f.Risk != breach.RiskHigh && required:
		return "Whether the risk is a real risk of significant harm is a judgment: counsel to confirm."
	case r.Threshold.Special == "lgpd" && !required && riskRank(f.Risk) >= riskRank(breach.RiskRisk):
		return "Large scale alone may also make it notifiable: counsel to confirm."
	}
	return ""
}

func describePeriod(r Rule, period int) string {
	of := triggerText(r.Trigger)
	if r.Clock != "" {
		of = r.Clock
	}
	switch {
	case r.Unit == CalendarDays && period == 0:
		return fmt.Sprintf("No later than %s.", of)
	case r.Unit == Hours:
		return fmt.Sprintf("Within %d hours of %s.", period, of)
	case r.Unit == CalendarDays:
		return fmt.Sprintf("Within %d calendar days of %s.", period, of)
	case r.Unit == BusinessDays:
		return fmt.Sprintf("Within %d business days of %s (%s holidays).", period, of, r.Calendar)
	case r.Clock != "":
		return fmt.Sprintf("Without unreasonable delay after %s (no fixed period).", of)
	}
	return "Without undue delay (no fixed period)."
}

func triggerText(t Trigger) string {
	return strings.ReplaceAll(string(t), "_", " ")
}

func riskRank(r string) int {
	switch r {
	case breach.RiskUnlikely:
		return 0
	case breach.RiskRisk, "":
		return 1
	case breach.RiskHigh:
		return 2
	}
	return 1
}

// processorNotice is our single notice to a customer whose data we
// process: every processor duty that applies to its data, with the
// earliest deadline among them and the contract's.
func processorNotice(table []Rule, f breach.Facts, c breach.Controller, anchors map[Trigger]time.Time, loc *time.Location, opts Options) breach.Obligation {
	name := c.Name
	if name == "" {
		name = c.ID
	}
	ob := breach.Obligation{
		ID: "processor-notice-" + c.ID, Audience: breach.AudienceController, Notifier: breach.NotifierUs, ControllerID: c.ID,
		Jurisdiction: firstOr(c.Establishments, firstOr(breach.SortedKeys(c.Subjects), "")), Recipient: name,
		ClockStart: *f.AwareAt, ASAP: true, Required: true, NoticeKind: "controller", Language: "en",
	}
	var regimes, bases, periods []string
	subjects := c.Subjects
	p := party{subjects: subjects, establishments: c.Establishments}
	uncertainAll := true
	var unknownWhy []string
	for _, r := range table {
		if r.Notifier != "processor" || !requirementMet(f, party{notifier: breach.NotifierUs}, r) || slices.Contains(opts.Disabled, r.ID) {
			continue
		}
		scope := jurisdictions(r, subjects, nil)
		if r.Scope == ScopeEEA && len(scope) == 0 && anyEEA(c.Establishments) {
			scope = []string{firstEEA(c.Establishments)}
		}
		if !strings.HasPrefix(r.Scope, "US") && r.Scope != ScopeEEA && slices.Contains(c.Establishments, r.Scope) {
			scope = []string{r.Scope}
		}
		if len(scope) == 0 {
			continue
		}
		start := anchors[r.Trigger]
		if !inForce(r, start) {
			continue
		}
		ok, _, unknown := evaluate(f, r, scope[0], residents(p.subjects, scope[0]), false, start, opts)
		if !ok {
			continue
		}
		for _, u := range unknown {
			if !slices.Contains(ob.Unknown, u.name) {
				ob.Unknown = append(ob.Unknown, u.name)
				unknownWhy = append(unknownWhy, r.Basis+": "+u.why)
			}
		}
		if !slices.Contains(regimes, r.Regime) {
			regimes = append(regimes, r.Regime)
		}
		bases = append(bases, r.Basis)
		uncertainAll = uncertainAll && r.Uncertain
		if r.Unit != None {
			d := due(start, r.Period, r.Unit, r.Calendar, loc)
			if ob.Due == nil || d.Before(*ob.Due) {
				ob.Due = d
			}
			periods = append(periods, fmt.Sprintf("%s: %d %s", r.Basis, r.Period, strings.ReplaceAll(string(r.Unit), "_", " ")))
		}
	}
	reason := "We process this customer's data as a processor; the processor notifies the controller of every breach without undue delay and does not assess the risk first (EDPB 9/2022)."
	if len(regimes) == 0 {
		regimes, bases = []string{"Contract"}, []string{"Data processing agreement"}
		reason = "We process this customer's data as a processor; no statutory processor duty applies on the known facts, so the data processing agreement governs the notice."
		uncertainAll = false
	}
	if c.NoticeHours > 0 {
		d := f.AwareAt.Add(time.Duration(c.NoticeHours) * time.Hour)
		if ob.Due == nil || d.Before(*ob.Due) {
			ob.Due = &d
		}
		reason += fmt.Sprintf(" The customer's contract sets %d hours.", c.NoticeHours)
	}
	if len(periods) > 0 {
		reason += " Statutory periods: " + strings.Join(periods, "; ") + "."
	}
	if len(unknownWhy) > 0 {
		reason += " Included on facts not yet known: " + strings.Join(unknownWhy, "; ") + "."
	}
	ob.Regime, ob.Basis, ob.Reason, ob.Uncertain = strings.Join(regimes, "; "), strings.Join(bases, "; "), reason, uncertainAll || len(unknownWhy) > 0
	return ob
}

func anyEEA(codes []string) bool { return firstEEA(codes) != "" }

func firstEEA(codes []string) string {
	for _, c := range codes {
		if breach.InEEA(c) {
			return c
		}
	}
	return ""
}

func firstOr(list []string, def string) string {
	if len(list) > 0 {
		return list[0]
	}
	return def
}
