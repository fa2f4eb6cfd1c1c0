package rules

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

// usCFacts: we are the controller, aware (and discovering, determining) on
// the given instant; encryption known to be absent so that only the rows'
// own doubts mark a duty uncertain.
func usCFacts(aware string, subjects map[string]int, categories ...string) breach.Facts {
	f := controllerFacts(subjects, categories...)
	f.AwareAt = ts(aware)
	f.Encrypted = breach.Bool(false)
	return f
}

const usCAware = "2026-03-02T09:00:00Z" // Monday 01:00 in Los Angeles

// Due dates from usCAware in America/Los_Angeles (PDT from 8 March).
const (
	usCDue45 = "2026-04-17T06:59:59Z" // 45 calendar days: Thursday 16 April, end of day
)

func TestUSCRuleTable(t *testing.T) {
	cases := []struct {
		name  string
		facts func() breach.Facts
		want  []want
	}{
		// ---- New Hampshire ----
		{"RSA 359-C:20: residents asap, AG for any number, CRAs above 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NH": 1001}, "ssn")
		}, []want{
			{"nh-359-c-20-residents-US-NH", "RSA 359-C:20, I(a)", true, ""},
			{"nh-359-c-20-ag-US-NH", "RSA 359-C:20, I(b)", true, ""},
			{"nh-359-c-20-cra-US-NH", "RSA 359-C:20, VI(a)", true, ""},
		}},
		{"RSA 359-C:20 VI: exactly 1,000 is not more than 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NH": 1000}, "ssn")
		}, []want{{"nh-359-c-20-cra-US-NH", "VI(a)", false, ""}}},
		{"RSA 359-C:19 IV: any government identification number (passport) is PI", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NH": 3}, "passport")
		}, []want{{"nh-359-c-20-residents-US-NH", "I(a)", true, ""}}},

		// ---- New Jersey ----
		{"N.J.S.A. 56:8-163: State Police before customers, CRAs above 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NJ": 1001}, "drivers_license")
		}, []want{
			{"nj-56-8-163-residents-US-NJ", "P.L.2019, c.95", true, ""},
			{"nj-56-8-163-state-police-US-NJ", "56:8-163(c)(1)", true, ""},
			{"nj-56-8-163-cra-US-NJ", "56:8-163(f)", true, ""},
		}},
		{"N.J.S.A. 56:8-163(f): exactly 1,000 is not more than 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NJ": 1000}, "drivers_license")
		}, []want{{"nj-56-8-163-cra-US-NJ", "56:8-163(f)", false, ""}}},
		{"N.J.S.A. 56:8-161 before P.L.2019 c.95: credentials alone are not PI", func() breach.Facts {
			return usCFacts("2019-08-31T16:00:00Z", map[string]int{"US-NJ": 5}, "credentials")
		}, []want{{"nj-56-8-163-residents-US-NJ", "56:8-163(a)", false, ""}}},
		{"N.J.S.A. 56:8-161 from 2019-09-01: credentials are PI", func() breach.Facts {
			return usCFacts("2019-09-02T16:00:00Z", map[string]int{"US-NJ": 5}, "credentials")
		}, []want{
			{"nj-56-8-163-residents-US-NJ", "P.L.2019, c.95", true, ""},
			{"nj-56-8-163-state-police-US-NJ", "(c)(1)", true, ""},
		}},

		// ---- New Mexico ----
		{"NMSA §57-12C-6/-10: 45 days from discovery; AG and CRAs above 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NM": 1001}, "biometric")
		}, []want{
			{"nm-57-12c-6-residents-US-NM", "§57-12C-6(A)", true, usCDue45},
			{"nm-57-12c-10-ag-US-NM", "§57-12C-10", true, usCDue45},
			{"nm-57-12c-10-cra-US-NM", "§57-12C-10", true, usCDue45},
		}},
		{"NMSA §57-12C-10: exactly 1,000 is not more than 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NM": 1000}, "ssn")
		}, []want{
			{"nm-57-12c-10-ag-US-NM", "§57-12C-10", false, usCDue45},
			{"nm-57-12c-6-residents-US-NM", "§57-12C-6(A)", true, usCDue45},
		}},

		// ---- North Carolina ----
		{"N.C.G.S. §75-65: residents and Consumer Protection Division asap; taxpayer ID is PI", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NC": 1001}, "tax_id")
		}, []want{
			{"nc-75-65-residents-US-NC", "§75-65(a)", true, ""},
			{"nc-75-65-ag-US-NC", "§75-65(e1)", true, ""},
			{"nc-75-65-cra-US-NC", "§75-65(f)", true, ""},
		}},
		{"N.C.G.S. §75-65(a): online credentials alone are not PI", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-NC": 10}, "credentials")
		}, []want{
			{"nc-75-65-residents-US-NC", "§75-65(a)", false, ""},
			{"nc-75-65-ag-US-NC", "§75-65(e1)", false, ""},
		}},

		// ---- North Dakota ----
		{"N.D.C.C. §51-30-02: date of birth is PI; AG above 250", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-ND": 251}, "date_of_birth")
		}, []want{
			{"nd-51-30-02-residents-US-ND", "§51-30-02", true, ""},
			{"nd-51-30-02-ag-US-ND", "§51-30-02", true, ""},
		}},
		{"N.D.C.C. §51-30-02: exactly 250 does not exceed 250", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-ND": 250}, "mothers_maiden_name")
		}, []want{{"nd-51-30-02-ag-US-ND", "§51-30-02", false, ""}}},

		// ---- Ohio ----
		{"R.C. 1349.19: 45 days from discovery; CRAs above 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-OH": 1001}, "financial")
		}, []want{
			{"oh-1349.19-residents-US-OH", "R.C. 1349.19(B)", true, usCDue45},
			{"oh-1349.19-cra-US-OH", "R.C. 1349.19(G)", true, ""},
		}},
		{"R.C. 1349.19: encrypted with the key safe is exempt", func() breach.Facts {
			f := usCFacts(usCAware, map[string]int{"US-OH": 1001}, "ssn")
			f.Encrypted, f.KeyCompromised = breach.Bool(true), breach.Bool(false)
			return f
		}, []want{
			{"oh-1349.19-residents-US-OH", "1349.19(B)", false, usCDue45},
			{"oh-1349.19-cra-US-OH", "1349.19(G)", false, ""},
		}},

		// ---- Oklahoma ----
		{"24 O.S. §163 before SB 626: biometric data is not PI", func() breach.Facts {
			return usCFacts("2025-12-30T18:00:00Z", map[string]int{"US-OK": 600}, "biometric")
		}, []want{{"ok-24-163-residents-US-OK", "24 O.S. §163(A)", false, ""}}},
		{"24 O.S. §163 as amended by SB 626: biometric data is PI; AG at 500 or more", func() breach.Facts {
			return usCFacts("2026-01-02T18:00:00Z", map[string]int{"US-OK": 500}, "biometric")
		}, []want{
			{"ok-24-163-residents-US-OK", "as amended by SB 626", true, ""},
			{"ok-24-163-ag-US-OK", "as amended by SB 626", true, ""},
		}},
		{"24 O.S. §163 (SB 626): 499 residents is below the AG threshold", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-OK": 499}, "ssn")
		}, []want{{"ok-24-163-ag-US-OK", "SB 626", false, ""}}},

		// ---- Pennsylvania ----
		{"73 P.S. §2302 before Act 151: credentials alone are not PI", func() breach.Facts {
			return usCFacts("2023-05-01T16:00:00Z", map[string]int{"US-PA": 5}, "credentials")
		}, []want{{"pa-73-2303-residents-US-PA", "73 P.S. §2303(a)", false, ""}}},
		{"73 P.S. §2302 from 2023-05-02 (Act 151): credentials and medical data are PI", func() breach.Facts {
			return usCFacts("2023-05-03T16:00:00Z", map[string]int{"US-PA": 5}, "credentials")
		}, []want{{"pa-73-2303-residents-US-PA", "Act 151 of 2022", true, ""}}},
		{"73 P.S. §2303(c.1) from 2024-09-26 (Act 33): AG concurrently above 500; CRAs above 500", func() breach.Facts {
			return usCFacts("2024-09-27T16:00:00Z", map[string]int{"US-PA": 501}, "ssn")
		}, []want{
			{"pa-73-2303-ag-US-PA", "Act 33 of 2024", true, ""},
			{"pa-73-2305-cra-US-PA", "§2305 as amended by Act 33", true, ""},
		}},
		{"73 P.S. §2303(c.1): exactly 500 is not more than 500", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-PA": 500}, "ssn")
		}, []want{
			{"pa-73-2303-ag-US-PA", "(c.1)", false, ""},
			{"pa-73-2305-cra-US-PA", "§2305", false, ""},
		}},
		{"73 P.S. §2305 before Act 33: CRAs only above 1,000", func() breach.Facts {
			return usCFacts("2024-09-25T16:00:00Z", map[string]int{"US-PA": 600}, "ssn")
		}, []want{{"pa-73-2305-cra-US-PA", "73 P.S. §2305", false, ""}}},

		// ---- Rhode Island ----
		{"R.I.G.L. §11-49.3-4: 45 days from confirmation and scope; AG and CRAs above 500", func() breach.Facts {
			f := usCFacts(usCAware, map[string]int{"US-RI": 501}, "health_insurance")
			f.ScopedAt = ts("2026-03-10T18:00:00Z") // 11:00 in Los Angeles
			return f
		}, []want{
			{"ri-11-49.3-4-residents-US-RI", "§11-49.3-4(a)(2)", true, "2026-04-25T06:59:59Z"},
			{"ri-11-49.3-4-ag-US-RI", "§11-49.3-4(a)(2)", true, ""},
			{"ri-11-49.3-4-cra-US-RI", "§11-49.3-4(a)(2)", true, ""},
		}},
		{"R.I.G.L. §11-49.3-4: exactly 500 is not more than 500", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-RI": 500}, "ssn")
		}, []want{{"ri-11-49.3-4-ag-US-RI", "§11-49.3-4", false, ""}}},

		// ---- South Carolina ----
		{"S.C. Code §39-1-90: residents asap; Consumer Affairs and CRAs above 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-SC": 1001}, "military_id")
		}, []want{
			{"sc-39-1-90-residents-US-SC", "§39-1-90(A)", true, ""},
			{"sc-39-1-90-consumer-affairs-US-SC", "S.C. Code §39-1-90", true, ""},
			{"sc-39-1-90-cra-US-SC", "S.C. Code §39-1-90", true, ""},
		}},
		{"S.C. Code §39-1-90: exactly 1,000 is not more than 1,000", func() breach.Facts {
			return usCFacts(usCAware, map[string]int{"US-SC": 1000}, "ssn")
		}, []want{{"sc-39-1-90-consumer-affairs-US-SC", "§39-1-90", false, ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			obs := plan(c.facts())
			for _, w := range c.want {
				check(t, obs, w)
			}
		})
	}
}

// Contact data alone is personal information in none of the group C laws.
func TestUSCContactDataIsNotPI(t *testing.T) {
	residents := map[string]string{
		"US-NH": "nh-359-c-20-residents", "US-NJ": "nj-56-8-163-residents", "US-NM": "nm-57-12c-6-residents",
		"US-NC": "nc-75-65-residents", "US-ND": "nd-51-30-02-residents", "US-OH": "oh-1349.19-residents",
		"US-OK": "ok-24-163-residents", "US-PA": "pa-73-2303-residents", "US-RI": "ri-11-49.3-4-residents",
		"US-SC": "sc-39-1-90-residents",
	}
	subjects := map[string]int{}
	for j := range residents {
		subjects[j] = 5000
	}
	obs := plan(usCFacts(usCAware, subjects, "contact"))
	for j, id := range residents {
		o, ok := obs[id+"-"+j]
		require.True(t, ok, "missing %s", id)
		assert.False(t, o.Required, "%s: contact data only", id)
		assert.Contains(t, o.Reason, "contact", id)
	}
	for k, o := range obs {
		if o.Jurisdiction != "" && residents[o.Jurisdiction] != "" {
			assert.False(t, o.Required, "%s: contact data only", k)
		}
	}
}

// North Dakota's AG notice exists only from SB 2214 (2015-08-01).
func TestUSCNorthDakotaAGFrom2015(t *testing.T) {
	before := plan(usCFacts("2015-07-31T16:00:00Z", map[string]int{"US-ND": 300}, "ssn"))
	assert.NotContains(t, before, "nd-51-30-02-ag-US-ND")
	assert.True(t, before["nd-51-30-02-residents-US-ND"].Required)
	after := plan(usCFacts("2015-08-01T16:00:00Z", map[string]int{"US-ND": 300}, "ssn"))
	check(t, after, want{"nd-51-30-02-ag-US-ND", "§51-30-02", true, ""})
}

// Oklahoma's AG notice exists only from SB 626 (2026-01-01), and is marked
// uncertain (enrolled text not read); Pennsylvania's from Act 33.
func TestUSCAmendedAGDutiesStartOnTheirDates(t *testing.T) {
	okBefore := plan(usCFacts("2025-12-31T16:00:00Z", map[string]int{"US-OK": 600}, "ssn"))
	assert.NotContains(t, okBefore, "ok-24-163-ag-US-OK")
	assert.True(t, okBefore["ok-24-163-residents-US-OK"].Required)
	okAfter := plan(usCFacts("2026-01-01T16:00:00Z", map[string]int{"US-OK": 600}, "ssn"))
	require.Contains(t, okAfter, "ok-24-163-ag-US-OK")
	assert.True(t, okAfter["ok-24-163-ag-US-OK"].Required)
	assert.True(t, okAfter["ok-24-163-ag-US-OK"].Uncertain)
	assert.Equal(t, "Oklahoma Attorney General", okAfter["ok-24-163-ag-US-OK"].Recipient)

	paBefore := plan(usCFacts("2024-09-25T16:00:00Z", map[string]int{"US-PA": 600}, "ssn"))
	assert.NotContains(t, paBefore, "pa-73-2303-ag-US-PA")
	paAfter := plan(usCFacts("2024-09-26T16:00:00Z", map[string]int{"US-PA": 600}, "ssn"))
	assert.True(t, paAfter["pa-73-2303-ag-US-PA"].Required)
	assert.Equal(t, "Pennsylvania Office of Attorney General", paAfter["pa-73-2303-ag-US-PA"].Recipient)
}

// Rhode Island's clock runs from the scope being known: unknown, it is
// counted from awareness and marked uncertain.
func TestUSCRhodeIslandScopeUnknown(t *testing.T) {
	o := plan(usCFacts(usCAware, map[string]int{"US-RI": 10}, "medical"))["ri-11-49.3-4-residents-US-RI"]
	assert.True(t, o.Required)
	assert.True(t, o.Uncertain)
	assert.Contains(t, o.Unknown, "scoped_at")
	require.NotNil(t, o.Due)
	assert.Equal(t, usCDue45, o.Due.UTC().Format(time.RFC3339))
}

// Known facts and a confirmed row: not uncertain. A broad category a law
// lists only by its narrow kinds: uncertain.
func TestUSCUncertainty(t *testing.T) {
	obs := plan(usCFacts(usCAware, map[string]int{"US-OH": 10, "US-ND": 10}, "ssn"))
	assert.False(t, obs["oh-1349.19-residents-US-OH"].Uncertain, obs["oh-1349.19-residents-US-OH"].Reason)
	broad := plan(usCFacts(usCAware, map[string]int{"US-ND": 10}, "health"))["nd-51-30-02-residents-US-ND"]
	assert.True(t, broad.Required)
	assert.True(t, broad.Uncertain, "health may be medical or health_insurance")
}

// Vendor to owner: New Mexico's 45 days is the statutory deadline.
func TestUSCProcessorNotice(t *testing.T) {
	f := processorFacts()
	f.Controllers[0].NoticeHours = 0
	f.Controllers[0].Subjects = map[string]int{"US-NM": 10}
	f.DataCategories = []string{"ssn"}
	o := plan(f)["processor-notice-acme-tekstil"]
	assert.Contains(t, o.Basis, "§57-12C-6(B)")
	require.NotNil(t, o.Due)
	assert.Equal(t, usCDue45, o.Due.Format(time.RFC3339))

	f.Controllers[0].Subjects = map[string]int{"US-SC": 10, "US-NC": 10}
	o = plan(f)["processor-notice-acme-tekstil"]
	assert.Contains(t, o.Basis, "§39-1-90(B)")
	assert.Contains(t, o.Basis, "§75-65(b)")
	assert.Nil(t, o.Due, "immediately: no fixed period")
}
