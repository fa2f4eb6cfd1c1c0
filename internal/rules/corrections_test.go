package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

// fixAt: we are the controller, aware at the given instant, in UTC (so a
// calendar-day deadline ends at 23:59:59Z), high risk, confidentiality.
func fixAt(aware string, subjects map[string]int, categories ...string) breach.Facts {
	f := controllerFacts(subjects, categories...)
	f.AwareAt = ts(aware)
	f.Organization.TimeZone = "UTC"
	return f
}

func fixPlanAt(f breach.Facts, v int) map[string]breach.Obligation {
	m := map[string]breach.Obligation{}
	for _, o := range AssessAt(f, Options{}, v) {
		m[key(o)] = o
	}
	return m
}

// TestFixCorrections: for each corrected row, a breach before and after the
// amendment that changed the duty, with the deadline it gives.
func TestFixCorrections(t *testing.T) {
	cases := []struct {
		name    string
		facts   func() breach.Facts
		version int // 0: the current Version
		want    []want
		absent  []string
	}{
		{"TX before HB 4390: as quickly as possible, no AG duty", func() breach.Facts {
			return fixAt("2019-12-02T09:00:00Z", map[string]int{"US-TX": 300}, "ssn")
		}, 0, []want{{"tx-521.053-residents-US-TX", "(before HB 4390)", true, ""}}, []string{"tx-521.053-ag-US-TX"}},
		{"TX HB 4390: 60 days for residents and the AG", func() breach.Facts {
			return fixAt("2020-06-01T09:00:00Z", map[string]int{"US-TX": 300}, "ssn")
		}, 0, []want{
			{"tx-521.053-residents-US-TX", "as amended by HB 4390", true, "2020-07-31T23:59:59Z"},
			{"tx-521.053-ag-US-TX", "as added by HB 4390", true, "2020-07-31T23:59:59Z"},
		}, nil},
		{"TX SB 768: AG 30 days from 2023-09-01", func() breach.Facts {
			return fixAt("2024-03-01T09:00:00Z", map[string]int{"US-TX": 300}, "ssn")
		}, 0, []want{
			{"tx-521.053-residents-US-TX", "as amended by HB 4390", true, "2024-04-30T23:59:59Z"},
			{"tx-521.053-ag-US-TX", "as amended by SB 768", true, "2024-03-31T23:59:59Z"},
		}, nil},
		{"TX: credentials alone are not sensitive personal information", func() breach.Facts {
			return fixAt("2024-03-01T09:00:00Z", map[string]int{"US-TX": 300}, "credentials")
		}, 0, []want{{"tx-521.053-residents-US-TX", "HB 4390", false, ""}}, nil},
		{"WA before HB 1078: most expedient, no AG", func() breach.Facts {
			return fixAt("2015-07-01T09:00:00Z", map[string]int{"US-WA": 600}, "ssn")
		}, 0, []want{{"wa-19.255-residents-US-WA", "(before HB 1078)", true, ""}}, []string{"wa-19.255-ag-US-WA"}},
		{"WA HB 1078: 45 days, AG over 500", func() breach.Facts {
			return fixAt("2015-08-01T09:00:00Z", map[string]int{"US-WA": 600}, "ssn")
		}, 0, []want{
			{"wa-19.255-residents-US-WA", "HB 1078", true, "2015-09-15T23:59:59Z"},
			{"wa-19.255-ag-US-WA", "HB 1078", true, "2015-09-15T23:59:59Z"},
		}, nil},
		{"WA before HB 1071: login credentials were not personal information", func() breach.Facts {
			return fixAt("2019-06-03T09:00:00Z", map[string]int{"US-WA": 600}, "credentials")
		}, 0, []want{{"wa-19.255-residents-US-WA", "HB 1078", false, ""}}, nil},
		{"WA HB 1071: 30 days from 2020-03-01, credentials covered", func() breach.Facts {
			return fixAt("2020-03-02T09:00:00Z", map[string]int{"US-WA": 600}, "credentials")
		}, 0, []want{
			{"wa-19.255-residents-US-WA", "HB 1071", true, "2020-04-01T23:59:59Z"},
			{"wa-19.255-ag-US-WA", "HB 1071", true, "2020-04-01T23:59:59Z"},
		}, nil},
		{"CT before P.A. 15-142: without unreasonable delay", func() breach.Facts {
			return fixAt("2015-09-01T09:00:00Z", map[string]int{"US-CT": 10}, "ssn")
		}, 0, []want{{"ct-36a-701b-residents-US-CT", "(before P.A. 15-142)", true, ""}, {"ct-36a-701b-ag-US-CT", "§36a-701b(b)(2)", true, ""}}, nil},
		{"CT P.A. 15-142: 90 days; AG no later than residents", func() breach.Facts {
			return fixAt("2021-09-01T09:00:00Z", map[string]int{"US-CT": 10}, "ssn")
		}, 0, []want{
			{"ct-36a-701b-residents-US-CT", "P.A. 15-142", true, "2021-11-30T23:59:59Z"},
			{"ct-36a-701b-ag-US-CT", "§36a-701b(b)(2)", true, "2021-11-30T23:59:59Z"},
		}, nil},
		{"CT P.A. 21-59: 60 days from 2021-10-01", func() breach.Facts {
			return fixAt("2021-10-02T09:00:00Z", map[string]int{"US-CT": 10}, "ssn")
		}, 0, []want{
			{"ct-36a-701b-residents-US-CT", "P.A. 21-59", true, "2021-12-01T23:59:59Z"},
			{"ct-36a-701b-ag-US-CT", "§36a-701b(b)(2)", true, "2021-12-01T23:59:59Z"},
		}, nil},
		{"ME before 2019-09-19: as expediently as possible", func() breach.Facts {
			return fixAt("2019-09-01T09:00:00Z", map[string]int{"US-ME": 10}, "ssn")
		}, 0, []want{{"me-1348-residents-US-ME", "(before P.L. 2019", true, ""}, {"me-1348-ag-US-ME", "§1348(5)", true, ""}}, nil},
		{"ME §1348(1): 30 days from awareness and scope identified; AG with it", func() breach.Facts {
			f := fixAt("2020-01-06T09:00:00Z", map[string]int{"US-ME": 10}, "ssn")
			f.ScopedAt = ts("2020-01-10T12:00:00Z")
			return f
		}, 0, []want{
			{"me-1348-residents-US-ME", "10 M.R.S. §1348(1)", true, "2020-02-09T23:59:59Z"},
			{"me-1348-ag-US-ME", "§1348(5)", true, "2020-02-09T23:59:59Z"},
		}, nil},
		{"FL §501.171: 30 days from the reason to believe (discovery), not the later determination", func() breach.Facts {
			f := fixAt("2026-03-02T09:00:00Z", map[string]int{"US-FL": 600}, "ssn")
			f.DeterminedAt = ts("2026-03-20T09:00:00Z")
			return f
		}, 0, []want{
			{"fl-501.171-residents-US-FL", "§501.171(4)(a)", true, "2026-04-01T23:59:59Z"},
			{"fl-501.171-ag-US-FL", "§501.171(3)(a)", true, "2026-04-01T23:59:59Z"},
		}, nil},
		{"FL at version 1: counted from the determination", func() breach.Facts {
			f := fixAt("2026-03-02T09:00:00Z", map[string]int{"US-FL": 600}, "ssn")
			f.DeterminedAt = ts("2026-03-20T09:00:00Z")
			return f
		}, 1, []want{{"fl-501.171-residents-US-FL", "§501.171(4)", true, "2026-04-19T23:59:59Z"}}, nil},
		{"OR before SB 1551: no fixed period", func() breach.Facts {
			return fixAt("2018-05-01T09:00:00Z", map[string]int{"US-OR": 300}, "ssn")
		}, 0, []want{
			{"or-646a.604-residents-US-OR", "(before SB 1551)", true, ""},
			{"or-646a.604-ag-US-OR", "(before SB 1551)", true, ""},
		}, nil},
		{"OR SB 1551: 45 days, AG over 250", func() breach.Facts {
			return fixAt("2019-01-02T09:00:00Z", map[string]int{"US-OR": 300}, "ssn")
		}, 0, []want{
			{"or-646a.604-residents-US-OR", "SB 1551", true, "2019-02-16T23:59:59Z"},
			{"or-646a.604-ag-US-OR", "SB 1551", true, "2019-02-16T23:59:59Z"},
		}, nil},
		{"AL before Act 2018-396: no duty", func() breach.Facts {
			return fixAt("2018-05-01T09:00:00Z", map[string]int{"US-AL": 1500}, "ssn")
		}, 0, nil, []string{"al-8-38-residents-US-AL", "al-8-38-ag-US-AL", "al-8-38-cra-US-AL"}},
		{"AL: residents and AG 45 days, CRAs over 1,000", func() breach.Facts {
			return fixAt("2019-03-01T09:00:00Z", map[string]int{"US-AL": 1500}, "ssn")
		}, 0, []want{
			{"al-8-38-residents-US-AL", "§8-38-5(b)", true, "2019-04-15T23:59:59Z"},
			{"al-8-38-ag-US-AL", "§8-38-6", true, "2019-04-15T23:59:59Z"},
			{"al-8-38-cra-US-AL", "§8-38-7", true, ""},
		}, nil},
		{"AL: no biometric element", func() breach.Facts {
			return fixAt("2019-03-01T09:00:00Z", map[string]int{"US-AL": 1500}, "biometric")
		}, 0, []want{{"al-8-38-residents-US-AL", "§8-38-5(b)", false, ""}}, nil},
		{"DE before HB 180: most expedient, no AG", func() breach.Facts {
			return fixAt("2018-04-01T09:00:00Z", map[string]int{"US-DE": 600}, "ssn")
		}, 0, []want{{"de-12b-102-residents-US-DE", "(before HB 180)", true, ""}}, []string{"de-12b-102-ag-US-DE"}},
		{"DE HB 180: 60 days; AG over 500 no later than residents", func() breach.Facts {
			return fixAt("2019-01-02T09:00:00Z", map[string]int{"US-DE": 600}, "ssn")
		}, 0, []want{
			{"de-12b-102-residents-US-DE", "HB 180", true, "2019-03-03T23:59:59Z"},
			{"de-12b-102-ag-US-DE", "HB 180", true, "2019-03-03T23:59:59Z"},
		}, nil},
		{"AZ before HB 2154: most expedient, no AG or CRA", func() breach.Facts {
			return fixAt("2018-08-01T09:00:00Z", map[string]int{"US-AZ": 1500}, "ssn")
		}, 0, []want{{"az-18-552-residents-US-AZ", "(before HB 2154)", true, ""}}, []string{"az-18-552-ag-US-AZ", "az-18-552-cra-US-AZ"}},
		{"AZ HB 2154: 45 days, AG and CRAs over 1,000", func() breach.Facts {
			return fixAt("2018-09-03T09:00:00Z", map[string]int{"US-AZ": 1500}, "ssn")
		}, 0, []want{
			{"az-18-552-residents-US-AZ", "HB 2154", true, "2018-10-18T23:59:59Z"},
			{"az-18-552-ag-US-AZ", "HB 2154", true, "2018-10-18T23:59:59Z"},
			{"az-18-552-cra-US-AZ", "HB 2154", true, "2018-10-18T23:59:59Z"},
		}, nil},
		{"CO before HB 18-1128: no fixed period, no AG", func() breach.Facts {
			return fixAt("2018-08-01T09:00:00Z", map[string]int{"US-CO": 600}, "ssn")
		}, 0, []want{{"co-6-1-716-residents-US-CO", "(before HB 18-1128)", true, ""}}, []string{"co-6-1-716-ag-US-CO"}},
		{"CO HB 18-1128: 30 days, AG at 500", func() breach.Facts {
			return fixAt("2018-09-03T09:00:00Z", map[string]int{"US-CO": 600}, "ssn")
		}, 0, []want{
			{"co-6-1-716-residents-US-CO", "HB 18-1128", true, "2018-10-03T23:59:59Z"},
			{"co-6-1-716-ag-US-CO", "HB 18-1128", true, "2018-10-03T23:59:59Z"},
		}, nil},
		{"VT at version 1: 14 business days on the federal calendar", func() breach.Facts {
			return fixAt("2026-02-27T09:00:00Z", map[string]int{"US-VT": 10}, "ssn")
		}, 1, []want{{"vt-2435-ag-US-VT", "§2435(b)(3)", true, "2026-03-19T23:59:59Z"}}, nil},
		{"VT: Town Meeting Day (2026-03-03) is a Vermont legal holiday", func() breach.Facts {
			return fixAt("2026-02-27T09:00:00Z", map[string]int{"US-VT": 10}, "ssn")
		}, 0, []want{
			{"vt-2435-ag-US-VT", "§2435(b)(3)", true, "2026-03-20T23:59:59Z"},
			{"vt-2435-residents-US-VT", "9 V.S.A. §2435", true, "2026-04-13T23:59:59Z"},
		}, nil},
		{"VT: credentials only, taken from our systems: consumers and the AG (the exception needs them taken elsewhere)", func() breach.Facts {
			return fixAt("2026-02-27T09:00:00Z", map[string]int{"US-VT": 10}, "credentials")
		}, 0, []want{
			{"vt-2435-ag-US-VT", "§2435(b)(3)", true, "2026-03-20T23:59:59Z"},
			{"vt-2435-residents-US-VT", "9 V.S.A. §2435", true, "2026-04-13T23:59:59Z"},
		}, nil},
		{"PDPA before Part 6A (2021-02-01): no duty", func() breach.Facts {
			return fixAt("2021-01-15T09:00:00Z", map[string]int{"SG": 600})
		}, 0, nil, []string{"pdpa-26d-authority-SG", "pdpa-26d-subjects-SG"}},
		{"PDPA Part 6A: PDPC within 3 days of the assessment", func() breach.Facts {
			f := fixAt("2021-03-01T09:00:00Z", map[string]int{"SG": 600}, "contact")
			f.Risk = "risk"
			f.AssessedAt = ts("2021-03-05T09:00:00Z")
			return f
		}, 0, []want{{"pdpa-26d-authority-SG", "PDPA 2012 s.26D(1)", true, "2021-03-08T23:59:59Z"}, {"pdpa-26d-subjects-SG", "s.26D(2)", false, ""}}, nil},
		{"Québec before 2022-09-22: no duty", func() breach.Facts {
			return fixAt("2022-09-01T09:00:00Z", map[string]int{"CA-QC": 10})
		}, 0, nil, []string{"qc-law25-authority-CA-QC", "qc-law25-subjects-CA-QC"}},
		{"Québec s.3.5: the Commission and the persons concerned", func() breach.Facts {
			return fixAt("2022-10-03T09:00:00Z", map[string]int{"CA-QC": 10})
		}, 0, []want{
			{"qc-law25-authority-CA-QC", "s.3.5", true, ""},
			{"qc-law25-subjects-CA-QC", "s.3.5 para. 2", true, ""},
		}, nil},
		{"PIPEDA before 2018-11-01: no duty", func() breach.Facts {
			return fixAt("2018-10-01T09:00:00Z", map[string]int{"CA-ON": 10})
		}, 0, nil, []string{"pipeda-10.1-authority-CA", "pipeda-10.1-subjects-CA"}},
		{"PIPEDA s.10.1 from 2018-11-01", func() breach.Facts {
			return fixAt("2018-11-02T09:00:00Z", map[string]int{"CA-ON": 10})
		}, 0, []want{{"pipeda-10.1-authority-CA", "s.10.1(1)", true, ""}}, nil},
		{"FADP before 2023-09-01: no duty", func() breach.Facts {
			return fixAt("2023-08-01T09:00:00Z", map[string]int{"CH": 10})
		}, 0, nil, []string{"fadp-24-authority-CH", "fadp-24-subjects-CH"}},
		{"FADP Art. 24 from 2023-09-01", func() breach.Facts {
			return fixAt("2023-09-04T09:00:00Z", map[string]int{"CH": 10})
		}, 0, []want{{"fadp-24-authority-CH", "FADP Art. 24(1)", true, ""}}, nil},
		{"SEC before Item 1.05 (2023-12-18): no filing", func() breach.Facts {
			f := fixAt("2023-12-01T09:00:00Z", map[string]int{"US-CA": 10})
			f.Organization.SECRegistrant, f.Material = true, breach.Bool(true)
			return f
		}, 0, nil, []string{"sec-8k-1.05-US"}},
		{"SEC Item 1.05: 4 business days after the materiality determination", func() breach.Facts {
			f := fixAt("2024-01-08T09:00:00Z", map[string]int{"US-CA": 10})
			f.Organization.SECRegistrant, f.Material = true, breach.Bool(true)
			return f
		}, 0, []want{{"sec-8k-1.05-US", "Form 8-K Item 1.05", true, "2024-01-12T23:59:59Z"}}, nil},
		{"HIPAA §164.406: media for more than 500 residents, 60 days", func() breach.Facts {
			f := fixAt("2026-03-02T09:00:00Z", map[string]int{"US-CA": 600}, "health")
			f.Organization.HIPAA = breach.HIPAACoveredEntity
			return f
		}, 0, []want{{"hipaa-164.406-media-US-CA", "45 CFR §164.406", true, "2026-05-01T23:59:59Z"}}, nil},
		{"HIPAA §164.406: counted per State, not in total", func() breach.Facts {
			f := fixAt("2026-03-02T09:00:00Z", map[string]int{"US-CA": 600, "US-NV": 400}, "health")
			f.Organization.HIPAA = breach.HIPAACoveredEntity
			return f
		}, 0, []want{{"hipaa-164.406-media-US-CA", "45 CFR §164.406", true, "2026-05-01T23:59:59Z"}, {"hipaa-164.406-media-US-NV", "45 CFR §164.406", false, ""}}, nil},
		{"HIPAA §164.406: not for 500", func() breach.Facts {
			f := fixAt("2026-03-02T09:00:00Z", map[string]int{"US-CA": 500}, "health")
			f.Organization.HIPAA = breach.HIPAACoveredEntity
			return f
		}, 0, []want{{"hipaa-164.406-media-US-CA", "45 CFR §164.406", false, ""}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := c.version
			if v == 0 {
				v = Version
			}
			obs := fixPlanAt(c.facts(), v)
			for _, w := range c.want {
				if w.required {
					check(t, obs, w)
					continue
				}
				o, ok := obs[w.key]
				require.True(t, ok, "missing %s", w.key)
				assert.Contains(t, o.Basis, w.basis, w.key)
				assert.False(t, o.Required, "%s: %s", w.key, o.Reason)
			}
			for _, k := range c.absent {
				assert.NotContains(t, obs, k)
			}
		})
	}
}

// TestFixProcessorRows: the vendor and agent rows added for Oregon and
// Alabama, and Florida's agent clock from the reason to believe.
func TestFixProcessorRows(t *testing.T) {
	proc := func(aware string, subjects map[string]int) breach.Facts {
		f := processorFacts()
		f.AwareAt = ts(aware)
		f.Organization.TimeZone = "UTC"
		f.Subjects = nil
		f.Controllers = []breach.Controller{{ID: "c1", Name: "C1", Subjects: subjects}}
		f.DataCategories = []string{"ssn"}
		return f
	}
	o := fixPlanAt(proc("2020-02-03T09:00:00Z", map[string]int{"US-OR": 10}), Version)["processor-notice-c1"]
	assert.Contains(t, o.Basis, "ORS 646A.604(2)")
	require.NotNil(t, o.Due)
	assert.Equal(t, "2020-02-13T23:59:59Z", o.Due.Format("2006-01-02T15:04:05Z07:00"))
	o = fixPlanAt(proc("2019-06-03T09:00:00Z", map[string]int{"US-OR": 10}), Version)["processor-notice-c1"]
	assert.NotContains(t, o.Basis, "ORS", "no vendor rule before SB 684")
	assert.Nil(t, o.Due)

	o = fixPlanAt(proc("2019-03-01T09:00:00Z", map[string]int{"US-AL": 10}), Version)["processor-notice-c1"]
	assert.Contains(t, o.Basis, "Ala. Code §8-38-8")
	require.NotNil(t, o.Due)
	assert.Equal(t, "2019-03-11T23:59:59Z", o.Due.Format("2006-01-02T15:04:05Z07:00"))

	o = fixPlanAt(proc("2019-03-01T09:00:00Z", map[string]int{"US-DE": 10}), Version)["processor-notice-c1"]
	assert.Contains(t, o.Basis, "§12B-102(b)")
}

// TestFixNDBAssessmentIsInternal: the 30-day assessment drafts no notice
// to the OAIC.
func TestFixNDBAssessmentIsInternal(t *testing.T) {
	f := fixAt("2026-03-02T09:00:00Z", map[string]int{"AU": 10})
	f.Risk = ""
	o, ok := fixPlanAt(f, Version)["ndb-assessment-AU"]
	require.True(t, ok)
	assert.True(t, o.Required, o.Reason)
	assert.Equal(t, "", o.NoticeKind)
	assert.Contains(t, o.Recipient, "no notice to the OAIC")
	require.NotNil(t, o.Due)
	assert.Equal(t, "2026-04-01T23:59:59Z", o.Due.Format("2006-01-02T15:04:05Z07:00"))
	assert.Equal(t, "authority", fixPlanAt(f, 1)["ndb-assessment-AU"].NoticeKind, "version 1 keeps its row")
}

// TestFixVermontHolidays: 1 V.S.A. §371 beyond the federal list, and
// Juneteenth not a Vermont legal holiday.
func TestFixVermontHolidays(t *testing.T) {
	c := businessCalendar("US-VT")
	for _, d := range []string{"2026-03-03T12:00:00Z", "2027-08-16T12:00:00Z", "2026-08-17T12:00:00Z", "2026-11-26T12:00:00Z"} {
		assert.False(t, c.IsWorkday(*ts(d)), d)
	}
	for _, d := range []string{"2026-06-19T12:00:00Z", "2026-11-27T12:00:00Z", "2026-03-10T12:00:00Z"} {
		assert.True(t, c.IsWorkday(*ts(d)), d)
	}
}

// TestFixEveryBaseRowHasItsSource: official URL and the day it was read.
func TestFixEveryBaseRowHasItsSource(t *testing.T) {
	for _, r := range baseTable {
		assert.NotEmpty(t, r.Source, r.ID)
		assert.Equal(t, "2026-12-02", r.Checked, r.ID)
	}
}
