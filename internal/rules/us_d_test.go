package rules

import (
	"testing"
	"time"

	"github.com/breachwf/breach/internal/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// usDFacts: controller facts aware at the given instant (San Francisco time zone).
func usDFacts(aware string, subjects map[string]int, categories ...string) breach.Facts {
	f := controllerFacts(subjects, categories...)
	f.AwareAt = ts(aware)
	return f
}

const usDAware = "2026-03-02T09:00:00Z" // 01:00 2026-03-02 in America/Los_Angeles

// TestUSDRows: facts → duties for each jurisdiction of group D.
func TestUSDRows(t *testing.T) {
	cases := []struct {
		name   string
		facts  breach.Facts
		want   []want
		absent []string
	}{
		{"SD: 60 days; AG only for more than 250 (exactly 250: no)", usDFacts(usDAware, map[string]int{"US-SD": 250}, "ssn"), []want{
			{"sd-22-40-20-residents-US-SD", "SDCL §22-40-20", true, "2026-05-02T06:59:59Z"},
			{"sd-22-40-20-ag-US-SD", "SDCL §22-40-20", false, ""},
			{"sd-22-40-23-cra-US-SD", "SDCL §22-40-23", true, ""},
		}, nil},
		{"SD: 251 residents: AG required; health insurance is PI", usDFacts(usDAware, map[string]int{"US-SD": 251}, "health_insurance"), []want{
			{"sd-22-40-20-ag-US-SD", "SDCL §22-40-20", true, ""},
		}, nil},
		{"SD: before 2018-07-01 the rows do not apply", usDFacts("2018-06-30T12:00:00Z", map[string]int{"US-SD": 300}, "ssn"), nil,
			[]string{"sd-22-40-20-residents-US-SD", "sd-22-40-20-ag-US-SD"}},
		{"TN: 45 days; CRA: exactly 1,000 is not more than 1,000", usDFacts(usDAware, map[string]int{"US-TN": 1000}, "drivers_license"), []want{
			{"tn-47-18-2107-residents-US-TN", "SB 547", true, "2026-04-17T06:59:59Z"},
			{"tn-47-18-2107-cra-US-TN", "§47-18-2107(g)", false, ""},
		}, nil},
		{"TN: 1,001 residents: CRA required", usDFacts(usDAware, map[string]int{"US-TN": 1001}, "ssn"), []want{
			{"tn-47-18-2107-cra-US-TN", "§47-18-2107(g)", true, ""},
		}, nil},
		{"TN: day before SB 2005 (2016-07-01): no fixed period", usDFacts("2016-06-30T12:00:00Z", map[string]int{"US-TN": 10}, "ssn"), []want{
			{"tn-47-18-2107-residents-US-TN", "(2005)", true, ""},
		}, nil},
		{"TN: day after SB 2005: 45 days, encrypted data not exempt", keySafe(usDFacts("2016-07-02T12:00:00Z", map[string]int{"US-TN": 10}, "ssn")), []want{
			{"tn-47-18-2107-residents-US-TN", "SB 2005", true, "2016-08-17T06:59:59Z"},
		}, nil},
		{"TN: day after SB 547 (2017-04-04): encrypted data exempt again", keySafe(usDFacts("2017-04-05T12:00:00Z", map[string]int{"US-TN": 10}, "ssn")), []want{
			{"tn-47-18-2107-residents-US-TN", "SB 547", false, "2017-05-21T06:59:59Z"},
		}, nil},
		{"TN: day before SB 547: encrypted still notifiable", keySafe(usDFacts("2017-04-03T12:00:00Z", map[string]int{"US-TN": 10}, "ssn")), []want{
			{"tn-47-18-2107-residents-US-TN", "SB 2005", true, "2017-05-19T06:59:59Z"},
		}, nil},
		{"UT: exactly 500 is 500 or more: AG and Cyber Center; CRA not below 1,000", usDFacts(usDAware, map[string]int{"US-UT": 500}, "financial"), []want{
			{"ut-13-44-202-residents-US-UT", "§13-44-202(1)", true, ""},
			{"ut-13-44-202-ag-US-UT", "SB 127", true, ""},
			{"ut-13-44-202-cra-US-UT", "SB 127", false, ""},
		}, nil},
		{"UT: 499 residents: no AG duty", usDFacts(usDAware, map[string]int{"US-UT": 499}, "ssn"), []want{
			{"ut-13-44-202-ag-US-UT", "SB 127", false, ""},
		}, nil},
		{"UT: 1,000 is 1,000 or more: CRA", usDFacts(usDAware, map[string]int{"US-UT": 1000}, "ssn"), []want{
			{"ut-13-44-202-cra-US-UT", "SB 127", true, ""},
		}, nil},
		{"UT: day before SB 127 (2023-05-03): no AG or CRA duty", usDFacts("2023-05-02T12:00:00Z", map[string]int{"US-UT": 2000}, "ssn"), []want{
			{"ut-13-44-202-residents-US-UT", "§13-44-202(1)", true, ""},
		}, []string{"ut-13-44-202-ag-US-UT", "ut-13-44-202-cra-US-UT"}},
		{"UT: day after SB 127: AG, Cyber Center and CRA", usDFacts("2023-05-04T12:00:00Z", map[string]int{"US-UT": 2000}, "ssn"), []want{
			{"ut-13-44-202-ag-US-UT", "SB 127", true, ""},
			{"ut-13-44-202-cra-US-UT", "SB 127", true, ""},
		}, nil},
		{"VA: AG for any number; CRA exactly 1,000 no", usDFacts(usDAware, map[string]int{"US-VA": 1000}, "passport"), []want{
			{"va-18.2-186.6-residents-US-VA", "§18.2-186.6(B)", true, ""},
			{"va-18.2-186.6-ag-US-VA", "§18.2-186.6(B)", true, ""},
			{"va-18.2-186.6-cra-US-VA", "§18.2-186.6(E)", false, ""},
		}, nil},
		{"VA: contact data only is not PI", usDFacts(usDAware, map[string]int{"US-VA": 5000}, "contact"), []want{
			{"va-18.2-186.6-residents-US-VA", "§18.2-186.6(B)", false, ""},
			{"va-18.2-186.6-ag-US-VA", "§18.2-186.6(B)", false, ""},
		}, nil},
		{"WV: CRA for 1,001; medical data is not PI", usDFacts(usDAware, map[string]int{"US-WV": 1001}, "financial"), []want{
			{"wv-46a-2a-102-residents-US-WV", "§46A-2A-102(a)", true, ""},
			{"wv-46a-2a-102-cra-US-WV", "§46A-2A-102(f)", true, ""},
		}, nil},
		{"WV: medical only: no duty", usDFacts(usDAware, map[string]int{"US-WV": 10}, "medical"), []want{
			{"wv-46a-2a-102-residents-US-WV", "§46A-2A-102(a)", false, ""},
		}, nil},
		{"WI: 45 days; CRA at exactly 1,000 (1,000 or more)", usDFacts(usDAware, map[string]int{"US-WI": 1000}, "biometric"), []want{
			{"wi-134.98-residents-US-WI", "§134.98(2)", true, "2026-04-17T06:59:59Z"},
			{"wi-134.98-cra-US-WI", "§134.98(2)(br)", true, ""},
		}, nil},
		{"WI: encrypted with the key safe: no duty", keySafe(usDFacts(usDAware, map[string]int{"US-WI": 1000}, "ssn")), []want{
			{"wi-134.98-residents-US-WI", "§134.98(2)", false, "2026-04-17T06:59:59Z"},
			{"wi-134.98-cra-US-WI", "§134.98(2)(br)", false, ""},
		}, nil},
		{"WY: credentials are PI; no AG or CRA rows", usDFacts(usDAware, map[string]int{"US-WY": 5000}, "credentials"), []want{
			{"wy-40-12-502-residents-US-WY", "§40-12-502(a)", true, ""},
		}, []string{"wy-40-12-502-ag-US-WY", "wy-40-12-502-cra-US-WY"}},
		{"WY: no encryption exemption applied (not confirmed in the statute)", keySafe(usDFacts(usDAware, map[string]int{"US-WY": 5}, "ssn")), []want{
			{"wy-40-12-502-residents-US-WY", "§40-12-502(a)", true, ""},
		}, nil},
		{"DC: 50 or more: AG no later than residents; CRA over 1,000", usDFacts(usDAware, map[string]int{"US-DC": 1001}, "medical"), []want{
			{"dc-28-3852-residents-US-DC", "D.C. Law 23-98", true, ""},
			{"dc-28-3852-ag-US-DC", "§28-3852(b-1)", true, ""},
			{"dc-28-3852-cra-US-DC", "§28-3852(c)", true, ""},
		}, nil},
		{"DC: exactly 50 meets 50 or more; 49 does not", usDFacts(usDAware, map[string]int{"US-DC": 50}, "ssn"), []want{
			{"dc-28-3852-ag-US-DC", "§28-3852(b-1)", true, ""},
		}, nil},
		{"DC: 49 residents: no AG duty", usDFacts(usDAware, map[string]int{"US-DC": 49}, "ssn"), []want{
			{"dc-28-3852-ag-US-DC", "§28-3852(b-1)", false, ""},
		}, nil},
		{"DC: day before D.C. Law 23-98 (2020-06-17): medical not PI, no AG row", usDFacts("2020-06-16T12:00:00Z", map[string]int{"US-DC": 100}, "medical"), []want{
			{"dc-28-3852-residents-US-DC", "(2007)", false, ""},
		}, []string{"dc-28-3852-ag-US-DC"}},
		{"DC: day after D.C. Law 23-98: medical is PI, AG required", usDFacts("2020-06-18T12:00:00Z", map[string]int{"US-DC": 100}, "medical"), []want{
			{"dc-28-3852-residents-US-DC", "D.C. Law 23-98", true, ""},
			{"dc-28-3852-ag-US-DC", "§28-3852(b-1)", true, ""},
		}, nil},
		{"PR: DACO within 10 days of detection; residents asap", usDFacts(usDAware, map[string]int{"US-PR": 3}, "credentials"), []want{
			{"pr-4052-residents-US-PR", "10 L.P.R.A. §4052", true, ""},
			{"pr-4052-daco-US-PR", "10 L.P.R.A. §4052", true, "2026-03-13T06:59:59Z"},
		}, nil},
		{"PR: contact only: no duty", usDFacts(usDAware, map[string]int{"US-PR": 3}, "contact"), []want{
			{"pr-4052-daco-US-PR", "10 L.P.R.A. §4052", false, "2026-03-13T06:59:59Z"},
		}, nil},
		{"GU: asap; no CRA row", usDFacts(usDAware, map[string]int{"US-GU": 2000}, "drivers_license"), []want{
			{"gu-48-30-residents-US-GU", "9 GCA §48.30(a)", true, ""},
		}, []string{"gu-48-30-cra-US-GU"}},
		{"VI: asap; encrypted with key safe: not required", keySafe(usDFacts(usDAware, map[string]int{"US-VI": 2}, "ssn")), []want{
			{"vi-2209-residents-US-VI", "14 V.I.C. §2209(a)", false, ""},
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			obs := plan(c.facts)
			for _, w := range c.want {
				check(t, obs, w)
			}
			assertAbsent(t, obs, c.absent)
		})
	}
}

// TestUSDRecipients: named recipients; no Utah AG duty before SB 127.
func TestUSDRecipients(t *testing.T) {
	obs := plan(usDFacts(usDAware, map[string]int{"US-UT": 600, "US-PR": 1, "US-TN": 2000}, "ssn"))
	assert.Equal(t, "Utah Attorney General and Utah Cyber Center", obs["ut-13-44-202-ag-US-UT"].Recipient)
	assert.Equal(t, "Puerto Rico Department of Consumer Affairs (DACO)", obs["pr-4052-daco-US-PR"].Recipient)
	assert.Equal(t, usDCRA, obs["tn-47-18-2107-cra-US-TN"].Recipient)
	obs = plan(usDFacts("2020-01-02T12:00:00Z", map[string]int{"US-UT": 600}, "ssn"))
	_, ok := obs["ut-13-44-202-ag-US-UT"]
	assert.False(t, ok, "no Utah AG duty before SB 127")
}

// TestUSDProcessor: a vendor's notice to its customer picks up the 45-day Tennessee limit.
func TestUSDProcessor(t *testing.T) {
	f := processorFacts()
	f.Controllers[0].NoticeHours = 0
	f.Controllers[0].Establishments = []string{"US"}
	f.Controllers[0].Subjects = map[string]int{"US-TN": 10}
	f.DataCategories = []string{"ssn"}
	obs := plan(f)
	o, ok := obs["processor-notice-acme-tekstil"]
	require.True(t, ok)
	assert.True(t, o.Required)
	assert.Contains(t, o.Basis, "Tenn. Code Ann. §47-18-2107(c)")
	require.NotNil(t, o.Due)
	assert.Equal(t, "2026-04-17T06:59:59Z", o.Due.UTC().Format(time.RFC3339))
}

// TestUSDRowsWellFormed: every group-D row carries version, source and check date.
func TestUSDRowsWellFormed(t *testing.T) {
	require.NotEmpty(t, usStatesD)
	for _, r := range usStatesD {
		assert.Equal(t, 2, r.Since, r.ID)
		assert.Equal(t, r.Scope, r.Regime, r.ID)
		assert.NotEmpty(t, r.Source, r.ID)
		assert.Equal(t, "2026-12-02", r.Checked, r.ID)
		assert.NotEmpty(t, r.Basis, r.ID)
		assert.NotEmpty(t, r.Threshold.Categories, r.ID)
		for _, c := range r.Threshold.Categories {
			assert.Contains(t, breach.Categories, c, r.ID)
		}
		if r.Notifier == "controller" {
			assert.Equal(t, "en", r.Language, r.ID)
			assert.NotEmpty(t, r.NoticeKind, r.ID)
		}
	}
}
