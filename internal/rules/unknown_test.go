package rules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

// propertyJurisdictions are where the generated breaches' people live: one
// or more per regime in the table, and every US jurisdiction.
func propertyJurisdictions() []string {
	js := []string{"DE", "FR", "IE", "AT", "GB", "TR", "CH", "BR", "CA", "CA-QC", "AU", "SG", "IN", "JP"}
	for _, st := range strings.Fields("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI") {
		js = append(js, "US-"+st)
	}
	return js
}

func pick[T any](r *rand.Rand, from []T, n int) []T {
	out := slices.Clone(from)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out[:min(n, len(out))]
}

func randomBool(r *rand.Rand) *bool {
	switch r.IntN(3) {
	case 0:
		return nil
	case 1:
		return breach.Bool(true)
	}
	return breach.Bool(false)
}

// randomFacts is a breach with every fact a trigger or exemption depends
// on set at random, known or unknown.
func randomFacts(r *rand.Rand) breach.Facts {
	js := propertyJurisdictions()
	counts := func() map[string]int {
		m := map[string]int{}
		for _, j := range pick(r, js, 1+r.IntN(6)) {
			m[j] = []int{1, 249, 250, 251, 500, 501, 999, 1000, 1001, 5000}[r.IntN(10)]
		}
		return m
	}
	f := breach.Facts{
		AwareAt:      ts("2026-03-02T09:00:00Z"),
		Organization: &breach.Organization{Establishments: pick(r, []string{"US", "IE", "TR", "GB"}, 1+r.IntN(2)), TimeZone: "America/Los_Angeles"},
		Risk:         []string{"", breach.RiskUnlikely, breach.RiskRisk, breach.RiskHigh}[r.IntN(4)],
		Encrypted:    randomBool(r), KeyCompromised: randomBool(r), Material: randomBool(r),
	}
	if r.IntN(2) == 0 {
		f.Subjects = counts()
	}
	if r.IntN(2) == 0 || len(f.Subjects) == 0 {
		f.Role = breach.RoleProcessor
		f.Controllers = []breach.Controller{{ID: "cust", Establishments: pick(r, []string{"DE", "TR", "FR", "US"}, 1), Subjects: counts()}}
	}
	if r.IntN(4) > 0 {
		f.DataCategories = pick(r, breach.Categories, 1+r.IntN(3))
	}
	if r.IntN(4) > 0 {
		f.Nature = pick(r, breach.Natures, 1+r.IntN(2))
	}
	switch r.IntN(4) {
	case 0:
		f.Organization.HIPAA = breach.HIPAABusinessAssociate
	case 1:
		f.Organization.HIPAA = breach.HIPAACoveredEntity
	}
	f.Organization.SECRegistrant = r.IntN(3) == 0
	return f
}

// variation makes one known fact unknown (unknown) and sets it to the
// value that creates the most duties (worst); ok is false when the fact
// is unknown already.
type variation struct {
	name    string
	unknown func(f *breach.Facts) bool
	worst   func(f *breach.Facts)
}

var variations = []variation{
	{"risk", func(f *breach.Facts) bool { k := f.Risk != ""; f.Risk = ""; return k }, func(f *breach.Facts) { f.Risk = breach.RiskHigh }},
	{"nature", func(f *breach.Facts) bool { k := len(f.Nature) > 0; f.Nature = nil; return k }, func(f *breach.Facts) { f.Nature = slices.Clone(breach.Natures) }},
	{"data_categories", func(f *breach.Facts) bool { k := len(f.DataCategories) > 0; f.DataCategories = nil; return k },
		func(f *breach.Facts) { f.DataCategories = slices.Clone(breach.Categories) }},
	{"encrypted", func(f *breach.Facts) bool { k := f.Encrypted != nil; f.Encrypted = nil; return k }, func(f *breach.Facts) { f.Encrypted = breach.Bool(false) }},
	{"key_compromised", func(f *breach.Facts) bool { k := f.KeyCompromised != nil; f.KeyCompromised = nil; return k },
		func(f *breach.Facts) { f.KeyCompromised = breach.Bool(true) }},
	{"material", func(f *breach.Facts) bool { k := f.Material != nil; f.Material = nil; return k }, func(f *breach.Facts) { f.Material = breach.Bool(true) }},
	{"subjects", func(f *breach.Facts) bool {
		// Our own count in one jurisdiction becomes "affected, number unknown".
		if len(f.Subjects) == 0 {
			return false
		}
		j := breach.SortedKeys(f.Subjects)[0]
		f.Subjects = cloneCounts(f.Subjects)
		delete(f.Subjects, j)
		f.Uncounted = []string{j}
		return true
	}, func(f *breach.Facts) {
		j := breach.SortedKeys(f.Subjects)[0]
		f.Subjects = cloneCounts(f.Subjects)
		f.Subjects[j] = 1_000_000
	}},
}

func cloneCounts(m map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func requiredKeys(f breach.Facts) map[string]bool {
	out := map[string]bool{}
	for _, o := range Assess(f) {
		if o.Required {
			out[key(o)] = true
		}
	}
	return out
}

// TestUnknownNeverRemovesADuty is the property: for any facts, replacing a
// known value with unknown never removes a required duty that the
// worst-case value would create, nor one the known value created.
func TestUnknownNeverRemovesADuty(t *testing.T) {
	r := rand.New(rand.NewPCG(20261202, 10))
	checked := map[string]int{}
	for i := range 1200 {
		f := randomFacts(r)
		for _, v := range variations {
			unknownF, worstF := cloneFacts(f), cloneFacts(f)
			if !v.unknown(&unknownF) {
				continue
			}
			v.worst(&worstF)
			withUnknown := requiredKeys(unknownF)
			for _, set := range []struct {
				what string
				f    breach.Facts
			}{{"worst case", worstF}, {"known value", f}} {
				for k := range requiredKeys(set.f) {
					if !withUnknown[k] {
						facts, _ := jsonFacts(set.f)
						require.Failf(t, "a duty disappeared on an unknown fact",
							"case %d: %s unknown drops %s, which the %s creates\nfacts: %s", i, v.name, k, set.what, facts)
					}
				}
			}
			checked[v.name]++
		}
	}
	for _, v := range variations {
		assert.Greater(t, checked[v.name], 200, "the generator exercises %s", v.name)
	}
}

func cloneFacts(f breach.Facts) breach.Facts { return f.Merge(breach.Facts{}) }

func jsonFacts(f breach.Facts) (string, error) {
	return fmt.Sprintf("%+v", f), nil
}

// TestUnknownFactsNamed: each unknown fact a duty turned on is named, the
// duty is uncertain, and the reason says what was assumed.
func TestUnknownFactsNamed(t *testing.T) {
	f := controllerFacts(map[string]int{"TR": 40, "DE": 10, "US-CA": 3})
	f.Organization.Establishments = []string{"TR"}
	f.Nature, f.Risk, f.DataCategories = nil, "", nil
	obs := plan(f)

	kvkk := obs["kvkk-board-TR"]
	assert.True(t, kvkk.Required && kvkk.Uncertain, "KVKK applies on an unknown nature")
	assert.Contains(t, kvkk.Unknown, "nature")
	assert.Contains(t, kvkk.Reason, "the nature of the breach is not given: treated as personal data possibly obtained by others")

	art34 := obs["gdpr-34-subjects-DE"]
	assert.True(t, art34.Required && art34.Uncertain, "Art. 34 applies while the risk is not assessed")
	assert.Equal(t, []string{"risk", "encrypted"}, art34.Unknown)

	ca := obs["ca-1798.82-residents-US-CA"]
	assert.True(t, ca.Required && ca.Uncertain)
	assert.Equal(t, []string{"data_categories", "encrypted"}, ca.Unknown)

	// Given, the facts settle it: no longer uncertain, or no longer due.
	f.Nature, f.Risk, f.DataCategories = []string{"availability"}, breach.RiskHigh, []string{"contact"}
	f.Encrypted = breach.Bool(false)
	obs = plan(f)
	assert.False(t, obs["kvkk-board-TR"].Required)
	assert.Equal(t, "KVKK Art. 12(5); Board Decision 2019/10 does not apply: no personal data was obtained by others: the breach affected only the availability of the data.", obs["kvkk-board-TR"].Reason)
	assert.True(t, obs["gdpr-34-subjects-DE"].Required)
	assert.Empty(t, obs["gdpr-34-subjects-DE"].Unknown)
	assert.False(t, obs["ca-1798.82-residents-US-CA"].Required)
}

// TestBroadCategoryIsUncertain: "government_id" given for a law that lists
// only some kinds of identifier applies, uncertain; a narrow kind the law
// does not list does not.
func TestBroadCategoryIsUncertain(t *testing.T) {
	m := breach.MatchCategories([]string{"government_id"}, []string{"ssn", "drivers_license"})
	assert.True(t, m.Covered)
	assert.Equal(t, []string{"government_id"}, m.Broad)
	m = breach.MatchCategories([]string{"passport"}, []string{"ssn", "drivers_license"})
	assert.False(t, m.Covered)
	m = breach.MatchCategories([]string{"passport", "ssn"}, []string{"ssn"})
	assert.True(t, m.Covered)
	assert.Empty(t, m.Broad)
	m = breach.MatchCategories([]string{"ssn"}, []string{"government_id"})
	assert.True(t, m.Covered, "a narrow kind is covered by its broad parent")
	assert.Empty(t, m.Broad)
}

// TestUncountedResidents: residents affected in a number not known yet
// bring the jurisdiction into scope and meet its thresholds, uncertain.
func TestUncountedResidents(t *testing.T) {
	f := controllerFacts(map[string]int{"DE": 3})
	f.Uncounted = []string{"US-WA"}
	f.DataCategories = []string{"financial"}
	f.Encrypted = breach.Bool(false)
	ag := plan(f)["wa-19.255-ag-US-WA"]
	require.True(t, ag.Required, "more than 500 may be affected")
	assert.True(t, ag.Uncertain)
	assert.Contains(t, ag.Unknown, "subjects")
	assert.Contains(t, ag.Reason, "the number of affected residents of US-WA is not known yet")
	assert.Equal(t, "Data subjects in US-WA (number not known yet)", plan(f)["wa-19.255-residents-US-WA"].Recipient)
}

// TestLegacyVersionReadsMissingAsNo: incidents pinned before unknownsFrom
// keep the reading they were assessed with, so their histories replay.
func TestLegacyVersionReadsMissingAsNo(t *testing.T) {
	f := controllerFacts(map[string]int{"TR": 40})
	f.Organization.Establishments = []string{"TR"}
	f.Nature = nil
	var kvkk breach.Obligation
	for _, o := range AssessAt(f, Options{}, 1) {
		if o.ID == "kvkk-board-TR" {
			kvkk = o
		}
	}
	assert.False(t, kvkk.Required, "v1 read a missing nature as not obtained by others")
	assert.Empty(t, kvkk.Unknown)
}

// The competent German authority: a customer's Land authority when it is
// set, otherwise the open question, named as such and uncertain.
func TestGermanAuthorityPerCustomer(t *testing.T) {
	f := processorFacts()
	f.Controllers[0].Establishments = []string{"DE"}
	f.Controllers[0].Subjects = map[string]int{"DE": 200}
	open := plan(f)["gdpr-33-authority-DE@acme-tekstil"]
	assert.True(t, open.Uncertain)
	assert.Equal(t, "DE", open.Authority)
	assert.Contains(t, open.Recipient, "competent Land authority is to be confirmed")
	assert.Contains(t, open.Reason, "Which authority in DE is competent is not settled")

	f.Controllers[0].Authority = "DE-BY"
	set := plan(f)["gdpr-33-authority-DE@acme-tekstil"]
	assert.Equal(t, "DE-BY", set.Authority)
	assert.Equal(t, "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", set.Recipient)
	assert.NotContains(t, set.Reason, "not settled")

	// Our own German duty follows organization.authorities.
	f.Organization.Authorities = map[string]string{"DE": "DE-BE"}
	ours := plan(f)["gdpr-33-authority-DE"]
	assert.Equal(t, "DE-BE", ours.Authority)
	assert.Equal(t, AuthorityName("DE-BE"), ours.Recipient)
}

// An uncertain row is a switch: counsel confirms it in the configuration
// (rules.confirmed) or disables it (rules.disabled); never decided silently.
func TestConfirmedClearsTheRowsDoubtOnly(t *testing.T) {
	f := controllerFacts(map[string]int{"CH": 10})
	f.Encrypted = breach.Bool(false)
	o := plan(f)["fadp-24-subjects-CH"]
	require.True(t, o.Uncertain)
	var c breach.Obligation
	for _, ob := range AssessWith(f, Options{Confirmed: []string{"fadp-24-subjects"}}) {
		if ob.ID == "fadp-24-subjects-CH" {
			c = ob
		}
	}
	assert.False(t, c.Uncertain)
	assert.Contains(t, c.Reason, "confirmed by counsel (rules.confirmed)")
	f.Risk = ""
	for _, ob := range AssessWith(f, Options{Confirmed: []string{"fadp-24-subjects"}}) {
		if ob.ID == "fadp-24-subjects-CH" {
			assert.True(t, ob.Uncertain, "an unknown fact is not the row's doubt")
		}
	}
}

// Maryland moved its clock from the end of the investigation to discovery
// on 2022-10-01: a breach discovered before and investigated after is in
// force under neither row by its own clock. The version in force at
// discovery applies, uncertain, instead of no duty at all.
func TestAmendmentGapKeepsADuty(t *testing.T) {
	f := controllerFacts(map[string]int{"US-MD": 5}, "ssn")
	f.AwareAt, f.DiscoveredAt = ts("2022-09-20T09:00:00Z"), ts("2022-09-20T09:00:00Z")
	f.AssessedAt = ts("2022-10-05T09:00:00Z")
	f.Encrypted = breach.Bool(false)
	o, ok := plan(f)["md-14-3504-residents-US-MD"]
	require.True(t, ok, "a resident duty exists")
	assert.True(t, o.Required)
	assert.True(t, o.Uncertain)
	assert.Contains(t, o.Reason, "no version is in force at its own clock")
	assert.Equal(t, "2022-11-20T07:59:59Z", o.Due.UTC().Format(time.RFC3339), "45 days from the end of the investigation (19 November, Pacific time)")
}
