// Package breach holds the domain types of a personal-data breach incident:
// the facts security establishes, the obligations the law derives from them,
// and the notices that discharge those obligations. It does no I/O.
package breach

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/breachwf/breach/internal/authorities"
)

// Roles the organisation can hold for the affected data.
const (
	RoleProcessor  = "processor"
	RoleController = "controller"
)

// Risk levels of GDPR Arts. 33 and 34.
const (
	RiskUnlikely = "unlikely"
	RiskRisk     = "risk"
	RiskHigh     = "high"
)

// Natures are the accepted breach natures (EDPB 9/2022: confidentiality,
// integrity, availability).
var Natures = []string{"confidentiality", "integrity", "availability"}

// Organization is the notifying organisation as far as the facts need it.
type Organization struct {
	Establishments []string `json:"establishments,omitempty"`
	TimeZone       string   `json:"time_zone,omitempty"`
	// SmallAgent: a small processing agent under LGPD (Resolution CD/ANPD
	// 2/2022), which has doubled deadlines.
	SmallAgent bool `json:"small_agent,omitempty"`
	// HIPAA is "business_associate" or "covered_entity" when HIPAA applies.
	HIPAA string `json:"hipaa,omitempty"`
	// SECRegistrant: an SEC registrant (Form 8-K Item 1.05).
	SECRegistrant bool `json:"sec_registrant,omitempty"`
	// Authorities picks the competent authority per jurisdiction where a
	// country has several ({"DE": "DE-BE"}): directory codes.
	Authorities map[string]string `json:"authorities,omitempty"`
}

// HIPAA roles.
const (
	HIPAABusinessAssociate = "business_associate"
	HIPAACoveredEntity     = "covered_entity"
)

// Controller is an affected customer for whom we process the breached data.
type Controller struct {
	ID             string         `json:"id"`
	Name           string         `json:"name,omitempty"`
	Establishments []string       `json:"establishments,omitempty"`
	NoticeHours    int            `json:"notice_hours,omitempty"`
	NotifiedAt     *time.Time     `json:"notified_at,omitempty"`
	Subjects       map[string]int `json:"subjects,omitempty"`
	// Authority is the directory code of the customer's competent
	// supervisory authority where its country has several (DE-BY).
	Authority string `json:"authority,omitempty"`
}

// Facts are what security knows about a breach; the rules engine turns them
// into obligations. The JSON field names are a contract shared with
// `starter plan`.
type Facts struct {
	Role           string         `json:"role,omitempty"`
	AwareAt        *time.Time     `json:"aware_at,omitempty"`
	DiscoveredAt   *time.Time     `json:"discovered_at,omitempty"`
	DeterminedAt   *time.Time     `json:"determined_at,omitempty"`
	AssessedAt     *time.Time     `json:"assessed_at,omitempty"`
	OccurredAt     *time.Time     `json:"occurred_at,omitempty"`
	Organization   *Organization  `json:"organization,omitempty"`
	Controllers    []Controller   `json:"controllers,omitempty"`
	Subjects       map[string]int `json:"subjects,omitempty"`
	DataCategories []string       `json:"data_categories,omitempty"`
	Nature         []string       `json:"nature,omitempty"`
	// LawEnforcementNotified / LawEnforcementDelay: police were told, and
	// asked that notice wait (US state laws).
	LawEnforcementNotified bool `json:"law_enforcement_notified,omitempty"`
	// LawEnforcementDelay is yes/no/unknown: a notice states it only when
	// it is known (Cal. Civ. Code §1798.82(d)(2)(C): "if possible to determine").
	LawEnforcementDelay *bool `json:"law_enforcement_delay,omitempty"`
	// Material: the incident was determined material (SEC registrants).
	// Encrypted: the affected data was encrypted; KeyCompromised: its key
	// was (or may have been) obtained too. Nil is unknown, which is never
	// read as the answer that removes a duty (see Unknown).
	Material       *bool  `json:"material,omitempty"`
	Encrypted      *bool  `json:"encrypted,omitempty"`
	KeyCompromised *bool  `json:"key_compromised,omitempty"`
	Risk           string `json:"risk,omitempty"`
	// ScopedAt is when the scope of the breach was identified (Maine's
	// clock runs from awareness and scope); unknown counts from awareness.
	ScopedAt *time.Time `json:"scoped_at,omitempty"`
	// Uncounted lists jurisdictions with affected residents whose number
	// is not known yet: thresholds there are treated as met, uncertain.
	Uncounted []string `json:"uncounted,omitempty"`
	// Free text for the notices (Art. 33(3)(a), (c), (d)).
	Summary      string `json:"summary,omitempty"`
	Consequences string `json:"consequences,omitempty"`
	Measures     string `json:"measures,omitempty"`
}

// ParseFacts decodes a facts document, rejecting unknown fields, and
// validates it. Errors name the field and the value.
func ParseFacts(data []byte) (Facts, error) {
	var f Facts
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Facts{}, jsonError(data, err)
	}
	if dec.More() {
		return Facts{}, errors.New("facts: unexpected data after the JSON object")
	}
	if err := f.Validate(); err != nil {
		return Facts{}, err
	}
	return f, nil
}

func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line := 1 + bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("facts: line %d: %v", line, syn)
	case errors.As(err, &typ):
		line := 1 + bytes.Count(data[:min(int(typ.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("facts: line %d: field %q: expected %s, got %s", line, typ.Field, typ.Type, typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return fmt.Errorf("facts: %s", strings.TrimPrefix(err.Error(), "json: "))
	case strings.Contains(err.Error(), "parsing time"):
		return fmt.Errorf("facts: time must be RFC 3339 (2026-03-02T09:00:00Z): %v", err)
	}
	return fmt.Errorf("facts: %w", err)
}

// Validate checks every field's value and the consistency of role and
// times. It is pure, so workflow Update validators can call it.
func (f Facts) Validate() error {
	var errs []string
	add := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	switch f.Role {
	case "", RoleProcessor, RoleController:
	default:
		add("role: %q is not processor or controller", f.Role)
	}
	if f.Role == RoleProcessor && len(f.Controllers) == 0 {
		add("role: processor needs at least one entry in controllers")
	}
	if f.Role == RoleController && len(f.Subjects) == 0 {
		add("role: controller needs subjects (counts per jurisdiction)")
	}
	switch f.Risk {
	case "", RiskUnlikely, RiskRisk, RiskHigh:
	default:
		add("risk: %q is not unlikely, risk or high", f.Risk)
	}
	for i, c := range f.DataCategories {
		if !contains(Categories, c) {
			add("data_categories[%d]: %q is not one of %s", i, c, strings.Join(Categories, ", "))
		}
	}
	for i, n := range f.Nature {
		if !contains(Natures, n) {
			add("nature[%d]: %q is not one of %s", i, n, strings.Join(Natures, ", "))
		}
	}
	if f.Organization != nil {
		for i, e := range f.Organization.Establishments {
			if !ValidJurisdiction(e) {
				add("organization.establishments[%d]: %q is not an ISO 3166 code", i, e)
			}
		}
		for _, j := range SortedKeys(f.Organization.Authorities) {
			if code := f.Organization.Authorities[j]; authorities.Name(code) == "" || Country(code) != j {
				add("organization.authorities.%s: %q is not an authority of %s in the directory", j, code, j)
			}
		}
		switch f.Organization.HIPAA {
		case "", HIPAABusinessAssociate, HIPAACoveredEntity:
		default:
			add("organization.hipaa: %q is not business_associate or covered_entity", f.Organization.HIPAA)
		}
		if f.Organization.TimeZone != "" {
			if _, err := time.LoadLocation(f.Organization.TimeZone); err != nil {
				add("organization.time_zone: %q is not an IANA time zone", f.Organization.TimeZone)
			}
		}
	}
	validCounts("subjects", f.Subjects, add)
	for i, j := range f.Uncounted {
		if !ValidJurisdiction(j) {
			add("uncounted[%d]: %q is not an ISO 3166 code (US states as US-CA)", i, j)
		}
	}
	seen := map[string]bool{}
	for i, c := range f.Controllers {
		p := fmt.Sprintf("controllers[%d]", i)
		switch {
		case strings.TrimSpace(c.ID) == "":
			add("%s.id: missing", p)
		case !validID(c.ID):
			add("%s.id: %q may contain only letters, digits, '-', '_' and '.'", p, c.ID)
		case seen[c.ID]:
			add("%s.id: %q appears twice", p, c.ID)
		}
		seen[c.ID] = true
		if c.NoticeHours < 0 {
			add("%s.notice_hours: %d is negative", p, c.NoticeHours)
		}
		if c.Authority != "" && authorities.Name(c.Authority) == "" {
			add("%s.authority: %q is not in the authorities directory (codes like DE-BY)", p, c.Authority)
		}
		for j, e := range c.Establishments {
			if !ValidJurisdiction(e) {
				add("%s.establishments[%d]: %q is not an ISO 3166 code", p, j, e)
			}
		}
		validCounts(p+".subjects", c.Subjects, add)
	}
	if f.AwareAt != nil && f.DiscoveredAt != nil && f.AwareAt.Before(*f.DiscoveredAt) {
		add("aware_at: %s is before discovered_at %s", f.AwareAt.Format(time.RFC3339), f.DiscoveredAt.Format(time.RFC3339))
	}
	if len(errs) > 0 {
		return fmt.Errorf("facts: %s", strings.Join(errs, "; "))
	}
	return nil
}

func validCounts(field string, m map[string]int, add func(string, ...any)) {
	for _, k := range SortedKeys(m) {
		if !ValidJurisdiction(k) {
			add("%s: %q is not an ISO 3166 code (US states as US-CA)", field, k)
		}
		if m[k] < 0 {
			add("%s.%s: %d is negative", field, k, m[k])
		}
	}
}

func validID(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// WithDefaultTimes fills missing times down the chain aware -> discovered ->
// determined (and back up when only a later one is known), then assessed
// from determined; when none is given, fallback is used.
func (f Facts) WithDefaultTimes(fallback time.Time) Facts {
	first := func(ts ...*time.Time) *time.Time {
		for _, t := range ts {
			if t != nil {
				v := t.UTC()
				return &v
			}
		}
		v := fallback.UTC()
		return &v
	}
	f.AwareAt = first(f.AwareAt, f.DiscoveredAt, f.DeterminedAt)
	f.DiscoveredAt = first(f.DiscoveredAt, f.AwareAt)
	f.DeterminedAt = first(f.DeterminedAt, f.DiscoveredAt)
	f.AssessedAt = first(f.AssessedAt, f.DeterminedAt)
	return f
}

// Merge applies a later facts document on top of f: times, risk, texts and
// flags given in more replace; controllers merge by id and subject counts by
// jurisdiction; categories and natures are unioned. Nothing known is dropped.
func (f Facts) Merge(more Facts) Facts {
	out := f.clone()
	setTime := func(dst **time.Time, src *time.Time) {
		if src != nil {
			v := *src
			*dst = &v
		}
	}
	setTime(&out.AwareAt, more.AwareAt)
	setTime(&out.DiscoveredAt, more.DiscoveredAt)
	setTime(&out.DeterminedAt, more.DeterminedAt)
	setTime(&out.AssessedAt, more.AssessedAt)
	setTime(&out.OccurredAt, more.OccurredAt)
	if more.Role != "" {
		out.Role = more.Role
	}
	if more.Risk != "" {
		out.Risk = more.Risk
	}
	if more.Organization != nil {
		o := *more.Organization
		out.Organization = &o
	}
	out.Subjects = mergeCounts(out.Subjects, more.Subjects)
	for _, mc := range more.Controllers {
		i := out.controllerIndex(mc.ID)
		if i < 0 {
			out.Controllers = append(out.Controllers, mc)
			continue
		}
		c := &out.Controllers[i]
		if mc.Name != "" {
			c.Name = mc.Name
		}
		if len(mc.Establishments) > 0 {
			c.Establishments = mc.Establishments
		}
		if mc.NoticeHours > 0 {
			c.NoticeHours = mc.NoticeHours
		}
		setTime(&c.NotifiedAt, mc.NotifiedAt)
		if mc.Authority != "" {
			c.Authority = mc.Authority
		}
		c.Subjects = mergeCounts(c.Subjects, mc.Subjects)
	}
	out.DataCategories = union(out.DataCategories, more.DataCategories)
	out.Nature = union(out.Nature, more.Nature)
	setBool := func(dst **bool, src *bool) {
		if src != nil {
			v := *src
			*dst = &v
		}
	}
	setBool(&out.Encrypted, more.Encrypted)
	setBool(&out.KeyCompromised, more.KeyCompromised)
	setBool(&out.Material, more.Material)
	setTime(&out.ScopedAt, more.ScopedAt)
	out.Uncounted = union(out.Uncounted, more.Uncounted)
	out.LawEnforcementNotified = out.LawEnforcementNotified || more.LawEnforcementNotified
	setBool(&out.LawEnforcementDelay, more.LawEnforcementDelay)
	for _, s := range []struct {
		dst *string
		src string
	}{
		{&out.Summary, more.Summary}, {&out.Consequences, more.Consequences}, {&out.Measures, more.Measures},
	} {
		if s.src != "" {
			*s.dst = s.src
		}
	}
	return out
}

func (f Facts) clone() Facts {
	b, _ := json.Marshal(f)
	var out Facts
	_ = json.Unmarshal(b, &out)
	return out
}

func (f Facts) controllerIndex(id string) int {
	for i, c := range f.Controllers {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// Controller returns the affected customer with the given id, or nil.
func (f Facts) Controller(id string) *Controller {
	if i := f.controllerIndex(id); i >= 0 {
		return &f.Controllers[i]
	}
	return nil
}

// HasCategory reports whether the facts list the data category.
func (f Facts) HasCategory(c string) bool { return contains(f.DataCategories, c) }

// HasNature reports whether the breach has the given nature.
func (f Facts) HasNature(n string) bool { return contains(f.Nature, n) }

// TotalSubjects is the number of data subjects across controllers and our own.
func (f Facts) TotalSubjects() int {
	n := sum(f.Subjects)
	for _, c := range f.Controllers {
		n += sum(c.Subjects)
	}
	return n
}

func mergeCounts(a, b map[string]int) map[string]int {
	if len(a) == 0 && len(b) == 0 {
		return a
	}
	out := make(map[string]int, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// SortedKeys returns a map's keys in order, so output built from it is
// deterministic (workflow code must not range over maps).
func SortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// Bool returns a pointer to b, for the facts' yes/no/unknown fields.
func Bool(b bool) *bool { return &b }

// Yes reports whether a yes/no/unknown fact is known to be yes.
func Yes(b *bool) bool { return b != nil && *b }

// No reports whether a yes/no/unknown fact is known to be no.
func No(b *bool) bool { return b != nil && !*b }

// YesNo renders a yes/no/unknown fact.
func YesNo(b *bool) string {
	switch {
	case b == nil:
		return "not known yet"
	case *b:
		return "yes"
	}
	return "no"
}
