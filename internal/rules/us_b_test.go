package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/breachwf/breach/internal/breach"
)

// usBFacts: controller facts for one group-B jurisdiction, aware at the
// given instant (default 2026-03-02T09:00:00Z, 01:00 in Los Angeles).
func usBFacts(j string, n int, aware string, categories ...string) breach.Facts {
	f := controllerFacts(map[string]int{j: n}, categories...)
	if aware != "" {
		f.AwareAt = ts(aware)
	}
	return f
}

func TestUSBStates(t *testing.T) {
	cases := []struct {
		name    string
		facts   breach.Facts
		want    []want
		missing []string
	}{
		// Louisiana: 60 days from discovery since Act 382 of 2018; AG within 10 days after residents.
		{"LA: 60 days from discovery; AG 10 days after the resident deadline", usBFacts("US-LA", 5, "", "ssn"), []want{
			{"la-51-3074-residents-US-LA", "La. R.S. 51:3074(E)", true, "2026-05-02T06:59:59Z"},
			{"la-51-3074-ag-US-LA", "LAC 16:III.701", true, "2026-05-12T06:59:59Z"},
		}, nil},
		{"LA: passport counts from 2018-08-01", usBFacts("US-LA", 5, "2018-08-01T09:00:00Z", "passport"), []want{
			{"la-51-3074-residents-US-LA", "Act 382 of 2018", true, "2018-10-01T06:59:59Z"},
		}, nil},
		{"LA: the day before, no fixed deadline and passport is not PI", usBFacts("US-LA", 5, "2018-07-31T09:00:00Z", "passport"), []want{
			{"la-51-3074-residents-US-LA", "La. R.S. 51:3074(C)", false, ""},
		}, nil},
		{"LA: day before, SSN: asap", usBFacts("US-LA", 5, "2018-07-31T09:00:00Z", "ssn"), []want{
			{"la-51-3074-residents-US-LA", "La. R.S. 51:3074(C)", true, ""},
		}, nil},
		{"LA: encrypted with key safe: no notice", keySafe(usBFacts("US-LA", 5, "", "ssn")), []want{
			{"la-51-3074-residents-US-LA", "La. R.S. 51:3074", false, "2026-05-02T06:59:59Z"},
		}, nil},

		// Maryland: 45 days from discovery since 2022-10-01; AG before residents; CRA at 1,000 or more.
		{"MD: 45 days; AG by the resident deadline; exactly 1,000 meets '1,000 or more'", usBFacts("US-MD", 1000, "", "health_insurance"), []want{
			{"md-14-3504-residents-US-MD", "Com. Law §14-3504(b)(3)", true, "2026-04-17T06:59:59Z"},
			{"md-14-3504-ag-US-MD", "§14-3504(h)", true, "2026-04-17T06:59:59Z"},
			{"md-14-3506-cra-US-MD", "§14-3506", true, ""},
		}, nil},
		{"MD: 999 residents: no CRA notice", usBFacts("US-MD", 999, "", "ssn"), []want{
			{"md-14-3506-cra-US-MD", "§14-3506", false, ""},
		}, nil},
		{"MD: from 2022-10-01 the clock runs from discovery", usBFacts("US-MD", 5, "2022-10-01T09:00:00Z", "ssn"), []want{
			{"md-14-3504-residents-US-MD", "§14-3504(b)(3)", true, "2022-11-16T07:59:59Z"},
		}, nil},
		{"MD: before 2022-10-01 from the end of the investigation", func() breach.Facts {
			f := usBFacts("US-MD", 5, "2022-09-30T09:00:00Z", "ssn")
			f.AssessedAt = ts("2022-09-30T17:00:00Z") // the row is judged by its own trigger date
			return f
		}(), []want{
			{"md-14-3504-residents-US-MD", "§14-3504(b)(3)", true, "2022-11-15T07:59:59Z"},
		}, nil},
		{"MD: on 2017-12-31, asap after the investigation", func() breach.Facts {
			f := usBFacts("US-MD", 5, "2017-12-31T09:00:00Z", "ssn")
			f.AssessedAt = ts("2017-12-31T17:00:00Z")
			return f
		}(), []want{
			{"md-14-3504-residents-US-MD", "§14-3504(b)(3)", true, ""},
		}, nil},
		{"MD: on 2018-01-01, 45 days after the investigation", func() breach.Facts {
			f := usBFacts("US-MD", 5, "2018-01-01T09:00:00Z", "ssn")
			f.AssessedAt = ts("2018-01-01T17:00:00Z")
			return f
		}(), []want{
			{"md-14-3504-residents-US-MD", "HB 974", true, "2018-02-16T07:59:59Z"},
		}, nil},
		{"MD: only contact data is not PI", usBFacts("US-MD", 5, "", "contact"), []want{
			{"md-14-3504-residents-US-MD", "§14-3504", false, "2026-04-17T06:59:59Z"},
		}, nil},

		// Massachusetts: AG and OCABR for any number, asap.
		{"MA: residents, AG and OCABR asap", usBFacts("US-MA", 1, "", "financial"), []want{
			{"ma-93h-3-residents-US-MA", "M.G.L. c. 93H §3(b)", true, ""},
			{"ma-93h-3-ag-US-MA", "M.G.L. c. 93H §3(b)", true, ""},
		}, nil},
		{"MA: credentials are not PI", usBFacts("US-MA", 1, "", "credentials"), []want{
			{"ma-93h-3-residents-US-MA", "c. 93H §3", false, ""},
		}, nil},

		// Michigan: CRA for more than 1,000.
		{"MI: 1,001 residents: CRA notice", usBFacts("US-MI", 1001, "", "drivers_license"), []want{
			{"mi-445-72-residents-US-MI", "MCL 445.72(1)", true, ""},
			{"mi-445-72-cra-US-MI", "MCL 445.72(8)", true, ""},
		}, nil},
		{"MI: exactly 1,000 is not 'more than 1,000'", usBFacts("US-MI", 1000, "", "ssn"), []want{
			{"mi-445-72-cra-US-MI", "MCL 445.72(8)", false, ""},
		}, nil},

		// Minnesota: CRA within 48 hours for more than 500.
		{"MN: 501 residents: CRA within 48 hours", usBFacts("US-MN", 501, "", "ssn"), []want{
			{"mn-325e-61-residents-US-MN", "325E.61 subd. 1(a)", true, ""},
			{"mn-325e-61-cra-US-MN", "325E.61 subd. 2", true, "2026-03-04T09:00:00Z"},
		}, nil},
		{"MN: exactly 500: no CRA notice", usBFacts("US-MN", 500, "", "ssn"), []want{
			{"mn-325e-61-cra-US-MN", "325E.61 subd. 2", false, "2026-03-04T09:00:00Z"},
		}, nil},

		// Mississippi: residents only.
		{"MS: residents asap; no AG or CRA row", usBFacts("US-MS", 5000, "", "financial"), []want{
			{"ms-75-24-29-residents-US-MS", "§75-24-29(3)", true, ""},
		}, []string{"ms-75-24-29-ag-US-MS", "ms-75-24-29-cra-US-MS"}},

		// Missouri: AG and CRA for more than 1,000; medical data counts.
		{"MO: 1,001 residents, medical data: AG and CRA", usBFacts("US-MO", 1001, "", "medical"), []want{
			{"mo-407-1500-residents-US-MO", "RSMo §407.1500.2(1)", true, ""},
			{"mo-407-1500-ag-US-MO", "407.1500.2(8)", true, ""},
			{"mo-407-1500-cra-US-MO", "407.1500.2(8)", true, ""},
		}, nil},
		{"MO: exactly 1,000: no AG", usBFacts("US-MO", 1000, "", "ssn"), []want{
			{"mo-407-1500-ag-US-MO", "407.1500.2(8)", false, ""},
		}, nil},

		// Montana: AG copy with the resident notice since 2015-10-01.
		{"MT: AG with the resident notice", usBFacts("US-MT", 1, "", "tax_id"), []want{
			{"mt-30-14-1704-residents-US-MT", "§30-14-1704(1)", true, ""},
			{"mt-30-14-1704-ag-US-MT", "§30-14-1704(8)", true, ""},
		}, nil},
		{"MT: from 2015-10-01 the AG row applies", usBFacts("US-MT", 1, "2015-10-01T09:00:00Z", "ssn"), []want{
			{"mt-30-14-1704-ag-US-MT", "HB 74", true, ""},
		}, nil},
		{"MT: on 2015-09-30 no AG row", usBFacts("US-MT", 1, "2015-09-30T09:00:00Z", "ssn"), []want{
			{"mt-30-14-1704-residents-US-MT", "§30-14-1704(1)", true, ""},
		}, []string{"mt-30-14-1704-ag-US-MT"}},

		// Nebraska: LB 835 (2016-07-21) added credentials and the AG notice.
		{"NE: credentials and AG from 2016-07-21", usBFacts("US-NE", 1, "2016-07-21T09:00:00Z", "credentials"), []want{
			{"ne-87-803-residents-US-NE", "LB 835", true, ""},
			{"ne-87-803-ag-US-NE", "87-803(2)", true, ""},
		}, nil},
		{"NE: on 2016-07-20 credentials are not PI and there is no AG row", usBFacts("US-NE", 1, "2016-07-20T09:00:00Z", "credentials"), []want{
			{"ne-87-803-residents-US-NE", "Neb. Rev. Stat. §87-803(1)", false, ""},
		}, []string{"ne-87-803-ag-US-NE"}},

		// Nevada: CRA for more than 1,000.
		{"NV: 1,001 residents: CRA", usBFacts("US-NV", 1001, "", "health_insurance"), []want{
			{"nv-603a-220-residents-US-NV", "NRS 603A.220(1)", true, ""},
			{"nv-603a-220-cra-US-NV", "NRS 603A.220(6)", true, ""},
		}, []string{"nv-603a-220-ag-US-NV"}},
		{"NV: encrypted with the key safe: no notice", keySafe(usBFacts("US-NV", 5, "", "ssn")), []want{
			{"nv-603a-220-residents-US-NV", "NRS 603A.220(1)", false, ""},
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			obs := plan(c.facts)
			for _, w := range c.want {
				check(t, obs, w)
			}
			assertAbsent(t, obs, c.missing)
		})
	}
}

// TestUSBRows: every group-B row carries its source, check date and version.
func TestUSBRows(t *testing.T) {
	for _, r := range usStatesB {
		assert.Equal(t, 2, r.Since, r.ID)
		assert.NotEmpty(t, r.Source, r.ID)
		assert.Equal(t, "2026-12-02", r.Checked, r.ID)
		assert.Equal(t, r.Scope, r.Regime, r.ID)
		if r.Notifier == "controller" {
			assert.Equal(t, "en", r.Language, r.ID)
			assert.NotEmpty(t, r.NoticeKind, r.ID)
		}
		for _, c := range r.Threshold.Categories {
			assert.Contains(t, breach.Categories, c, r.ID)
		}
	}
}
