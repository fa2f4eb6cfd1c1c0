package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

// usAFacts: controller facts for one group-A state, aware at the given
// instant ("" = Monday 2026-03-02 09:00 UTC), organisation in Los Angeles,
// data known not to be encrypted.
func usAFacts(aware string, subjects map[string]int, categories ...string) breach.Facts {
	f := controllerFacts(subjects, categories...)
	f.Encrypted = breach.Bool(false)
	if aware != "" {
		f.AwareAt = ts(aware)
	}
	return f
}

// TestUSAStateRows: facts -> duties for AK, AR, GA, HI, ID, IL, IN, IA, KS, KY.
func TestUSAStateRows(t *testing.T) {
	cases := []struct {
		name   string
		facts  breach.Facts
		want   []want
		absent []string // keys that must not be in the plan (row not in force)
		unsure []string // keys that must be marked uncertain
		sure   []string // keys that must not be marked uncertain
	}{
		// Alaska
		{name: "AS 45.48.010/.040: asap; CRAs above 1,000", facts: usAFacts("", map[string]int{"US-AK": 1001}, "ssn"), want: []want{
			{"ak-45-48-010-residents-US-AK", "AS 45.48.010(a)", true, ""},
			{"ak-45-48-040-cra-US-AK", "AS 45.48.040(a)", true, ""},
		}, sure: []string{"ak-45-48-010-residents-US-AK", "ak-45-48-040-cra-US-AK"}},
		{name: "AS 45.48.040: exactly 1,000 is not more than 1,000", facts: usAFacts("", map[string]int{"US-AK": 1000}, "ssn"), want: []want{
			{"ak-45-48-040-cra-US-AK", "AS 45.48.040(a)", false, ""},
		}},
		{name: "AS 45.48.090(7): credentials are not personal information", facts: usAFacts("", map[string]int{"US-AK": 5}, "credentials"), want: []want{
			{"ak-45-48-010-residents-US-AK", "AS 45.48.010(a)", false, ""},
		}},

		// Arkansas
		{name: "A.C.A. §4-110-105: AG within 45 days of the determination above 1,000", facts: usAFacts("", map[string]int{"US-AR": 1001}, "medical"), want: []want{
			{"ar-4-110-105-residents-US-AR", "§4-110-105(a)", true, ""},
			{"ar-4-110-105-ag-US-AR", "Act 1030 of 2019", true, "2026-04-17T06:59:59Z"},
		}, sure: []string{"ar-4-110-105-ag-US-AR"}},
		{name: "A.C.A. §4-110-105(b)(2): exactly 1,000 individuals is not more than 1,000", facts: usAFacts("", map[string]int{"US-AR": 1000}, "ssn"), want: []want{
			{"ar-4-110-105-ag-US-AR", "§4-110-105(b)(2)", false, "2026-04-17T06:59:59Z"},
		}},
		{name: "Act 1030 of 2019: no AG duty before it took effect", facts: usAFacts("2019-07-22T16:00:00Z", map[string]int{"US-AR": 5000}, "ssn"), want: []want{
			{"ar-4-110-105-residents-US-AR", "§4-110-105(a)", true, ""},
		}, absent: []string{"ar-4-110-105-ag-US-AR"}},
		{name: "Act 1030 of 2019: 23 July 2019 is the uncertain effective day", facts: usAFacts("2019-07-23T16:00:00Z", map[string]int{"US-AR": 5000}, "ssn"), want: []want{
			{"ar-4-110-105-ag-US-AR", "Act 1030", true, "2019-09-07T06:59:59Z"},
		}, unsure: []string{"ar-4-110-105-ag-US-AR"}},
		{name: "Act 1030 of 2019: in force from 24 July 2019", facts: usAFacts("2019-07-25T16:00:00Z", map[string]int{"US-AR": 5000}, "ssn"), want: []want{
			{"ar-4-110-105-ag-US-AR", "Act 1030", true, "2019-09-09T06:59:59Z"},
		}, sure: []string{"ar-4-110-105-ag-US-AR"}},

		// Georgia
		{name: "O.C.G.A. §10-1-912(d): CRAs above 10,000", facts: usAFacts("", map[string]int{"US-GA": 10001}, "drivers_license"), want: []want{
			{"ga-10-1-912-residents-US-GA", "§10-1-912(a)", true, ""},
			{"ga-10-1-912-cra-US-GA", "§10-1-912(d)", true, ""},
		}, unsure: []string{"ga-10-1-912-residents-US-GA"}, absent: []string{"ga-10-1-912-ag-US-GA"}},
		{name: "O.C.G.A. §10-1-912(d): exactly 10,000 is not more than 10,000", facts: usAFacts("", map[string]int{"US-GA": 10000}, "ssn"), want: []want{
			{"ga-10-1-912-cra-US-GA", "§10-1-912(d)", false, ""},
		}},
		{name: "O.C.G.A. §10-1-911: contact data alone is not personal information", facts: usAFacts("", map[string]int{"US-GA": 20000}, "contact"), want: []want{
			{"ga-10-1-912-residents-US-GA", "§10-1-912(a)", false, ""},
			{"ga-10-1-912-cra-US-GA", "§10-1-912(d)", false, ""},
		}},

		// Hawaii
		{name: "HRS §487N-2(f): Office of Consumer Protection and CRAs above 1,000", facts: usAFacts("", map[string]int{"US-HI": 1001}, "financial"), want: []want{
			{"hi-487n-2-residents-US-HI", "§487N-2(a)", true, ""},
			{"hi-487n-2-ag-US-HI", "§487N-2(f)", true, ""},
			{"hi-487n-2-cra-US-HI", "§487N-2(f)", true, ""},
		}},
		{name: "HRS §487N-2(f): exactly 1,000 persons", facts: usAFacts("", map[string]int{"US-HI": 1000}, "financial"), want: []want{
			{"hi-487n-2-residents-US-HI", "§487N-2(a)", true, ""},
			{"hi-487n-2-ag-US-HI", "§487N-2(f)", false, ""},
			{"hi-487n-2-cra-US-HI", "§487N-2(f)", false, ""},
		}},

		// Idaho
		{name: "Idaho Code §28-51-105: residents asap; no AG or CRA duty for businesses", facts: usAFacts("", map[string]int{"US-ID": 50000}, "ssn"), want: []want{
			{"id-28-51-105-residents-US-ID", "§28-51-105(1)", true, ""},
		}, absent: []string{"id-28-51-105-ag-US-ID", "id-28-51-105-cra-US-ID"}, unsure: []string{"id-28-51-105-residents-US-ID"}},

		// Illinois
		{name: "815 ILCS 530/10(e): AG no later than the resident notice above 500", facts: usAFacts("", map[string]int{"US-IL": 501}, "health_insurance"), want: []want{
			{"il-530-10-residents-US-IL", "530/10(a)", true, ""},
			{"il-530-10-ag-US-IL", "P.A. 101-343", true, ""},
		}, sure: []string{"il-530-10-ag-US-IL"}},
		{name: "815 ILCS 530/10(e): exactly 500 residents", facts: usAFacts("", map[string]int{"US-IL": 500}, "credentials"), want: []want{
			{"il-530-10-residents-US-IL", "530/10(a)", true, ""},
			{"il-530-10-ag-US-IL", "530/10(e)", false, ""},
		}},
		{name: "P.A. 101-343: no AG duty in 2019", facts: usAFacts("2019-12-31T16:00:00Z", map[string]int{"US-IL": 5000}, "ssn"), want: []want{
			{"il-530-10-residents-US-IL", "530/10(a)", true, ""},
		}, absent: []string{"il-530-10-ag-US-IL"}},
		{name: "P.A. 101-343: AG duty from 2020-01-01", facts: usAFacts("2020-01-01T16:00:00Z", map[string]int{"US-IL": 5000}, "ssn"), want: []want{
			{"il-530-10-ag-US-IL", "P.A. 101-343", true, ""},
		}},

		// Indiana
		{name: "IC 24-4.9-3-3 (P.L.171-2022): residents and AG within 45 days", facts: usAFacts("", map[string]int{"US-IN": 1}, "ssn"), want: []want{
			{"in-24-4.9-3-residents-US-IN", "P.L.171-2022", true, "2026-04-17T06:59:59Z"},
			{"in-24-4.9-3-ag-US-IN", "IC 24-4.9-3-1(c)", true, "2026-04-17T06:59:59Z"},
			{"in-24-4.9-3-cra-US-IN", "IC 24-4.9-3-1(b)", false, "2026-04-17T06:59:59Z"},
		}},
		{name: "IC 24-4.9-3-1(b): CRAs above 1,000", facts: usAFacts("", map[string]int{"US-IN": 1001}, "drivers_license"), want: []want{
			{"in-24-4.9-3-cra-US-IN", "IC 24-4.9-3-1(b)", true, "2026-04-17T06:59:59Z"},
		}},
		{name: "IC 24-4.9-3-3 before 2022-07-01: without unreasonable delay", facts: usAFacts("2022-06-30T16:00:00Z", map[string]int{"US-IN": 2000}, "ssn"), want: []want{
			{"in-24-4.9-3-residents-US-IN", "IC 24-4.9-3-3", true, ""},
			{"in-24-4.9-3-ag-US-IN", "IC 24-4.9-3-1(c)", true, ""},
			{"in-24-4.9-3-cra-US-IN", "IC 24-4.9-3-1(b)", true, ""},
		}},
		{name: "IC 24-4.9-3-3 from 2022-07-01: 45 days", facts: usAFacts("2022-07-01T16:00:00Z", map[string]int{"US-IN": 2000}, "ssn"), want: []want{
			{"in-24-4.9-3-residents-US-IN", "P.L.171-2022", true, "2022-08-16T06:59:59Z"},
			{"in-24-4.9-3-ag-US-IN", "P.L.171-2022", true, "2022-08-16T06:59:59Z"},
			{"in-24-4.9-3-cra-US-IN", "P.L.171-2022", true, "2022-08-16T06:59:59Z"},
		}},

		// Iowa
		{name: "Iowa Code §715C.2(8): AG within 5 business days of the consumer notice above 500", facts: usAFacts("", map[string]int{"US-IA": 501}, "passport"), want: []want{
			{"ia-715c-2-residents-US-IA", "§715C.2(1)", true, ""},
			{"ia-715c-2-ag-US-IA", "§715C.2(8)", true, ""},
		}, unsure: []string{"ia-715c-2-ag-US-IA"}, sure: []string{"ia-715c-2-residents-US-IA"}},
		{name: "Iowa Code §715C.2(8): exactly 500 residents", facts: usAFacts("", map[string]int{"US-IA": 500}, "biometric"), want: []want{
			{"ia-715c-2-ag-US-IA", "§715C.2(8)", false, ""},
		}},
		{name: "Iowa AG notice: not before 2014-07-01", facts: usAFacts("2014-06-30T16:00:00Z", map[string]int{"US-IA": 900}, "ssn"), want: []want{
			{"ia-715c-2-residents-US-IA", "§715C.2(1)", true, ""},
		}, absent: []string{"ia-715c-2-ag-US-IA"}},
		{name: "Iowa AG notice: from 2014-07-01", facts: usAFacts("2014-07-01T16:00:00Z", map[string]int{"US-IA": 900}, "ssn"), want: []want{
			{"ia-715c-2-ag-US-IA", "§715C.2(8)", true, ""},
		}},

		// Kansas
		{name: "K.S.A. 50-7a02: residents asap, CRAs above 1,000; no AG duty", facts: usAFacts("", map[string]int{"US-KS": 1001}, "ssn"), want: []want{
			{"ks-50-7a02-residents-US-KS", "50-7a02(a)", true, ""},
			{"ks-50-7a02-cra-US-KS", "50-7a02(f)", true, ""},
		}, absent: []string{"ks-50-7a02-ag-US-KS"}, sure: []string{"ks-50-7a02-residents-US-KS", "ks-50-7a02-cra-US-KS"}},
		{name: "K.S.A. 50-7a01: a passport number is not personal information in Kansas", facts: usAFacts("", map[string]int{"US-KS": 5}, "passport"), want: []want{
			{"ks-50-7a02-residents-US-KS", "50-7a02(a)", false, ""},
		}},

		// Kentucky
		{name: "KRS 365.732: residents asap, CRAs above 1,000", facts: usAFacts("", map[string]int{"US-KY": 1001}, "financial"), want: []want{
			{"ky-365-732-residents-US-KY", "365.732(2)", true, ""},
			{"ky-365-732-cra-US-KY", "365.732(7)", true, ""},
		}},
		{name: "KRS 365.732(1)(c): health data is not personal information", facts: usAFacts("", map[string]int{"US-KY": 2000}, "health"), want: []want{
			{"ky-365-732-residents-US-KY", "365.732(2)", false, ""},
			{"ky-365-732-cra-US-KY", "365.732(7)", false, ""},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			obs := plan(c.facts)
			for _, w := range c.want {
				check(t, obs, w)
			}
			assertAbsent(t, obs, c.absent)
			for _, k := range c.unsure {
				if assert.Contains(t, obs, k) {
					assert.True(t, obs[k].Uncertain, "%s should be uncertain", k)
				}
			}
			for _, k := range c.sure {
				if assert.Contains(t, obs, k) {
					assert.False(t, obs[k].Uncertain, "%s should not be uncertain: %s", k, obs[k].Reason)
				}
			}
		})
	}
}

// TestUSAEncryptionSafeHarbor: encrypted with the key safe -> no duty;
// key state unknown -> the duty stands, uncertain.
func TestUSAEncryptionSafeHarbor(t *testing.T) {
	f := usAFacts("", map[string]int{"US-KS": 2000, "US-IN": 2000}, "ssn")
	f.Encrypted, f.KeyCompromised = breach.Bool(true), breach.Bool(false)
	obs := plan(f)
	for _, k := range []string{"ks-50-7a02-residents-US-KS", "ks-50-7a02-cra-US-KS", "in-24-4.9-3-residents-US-IN", "in-24-4.9-3-ag-US-IN"} {
		require.Contains(t, obs, k)
		assert.False(t, obs[k].Required, "%s: encrypted, key safe: %s", k, obs[k].Reason)
	}
	f.KeyCompromised = nil
	o := plan(f)["ks-50-7a02-residents-US-KS"]
	assert.True(t, o.Required && o.Uncertain, "key state unknown: exemption not applied")
	f.KeyCompromised = breach.Bool(true)
	assert.True(t, plan(f)["ks-50-7a02-residents-US-KS"].Required, "key compromised: the exemption falls")
}

// TestUSAProcessorNotice: Georgia's 24 hours is the earliest statutory
// deadline for a processor holding Georgia residents' data.
func TestUSAProcessorNotice(t *testing.T) {
	f := processorFacts()
	f.Controllers[0].NoticeHours = 0
	f.Controllers[0].Subjects = map[string]int{"US-GA": 10, "US-IL": 10}
	f.DataCategories = []string{"financial"}
	o := plan(f)["processor-notice-acme-tekstil"]
	assert.Contains(t, o.Basis, "O.C.G.A. §10-1-912(b)")
	require.NotNil(t, o.Due, "Georgia: within 24 hours following discovery")
	assert.Equal(t, "2026-03-03T09:00:00Z", o.Due.UTC().Format("2006-01-02T15:04:05Z07:00"))
}

// TestUSARowsComplete: every group-A row carries what the brief requires.
func TestUSARowsComplete(t *testing.T) {
	states := map[string]bool{}
	for _, r := range usStatesA {
		assert.Equal(t, 2, r.Since, r.ID)
		assert.Equal(t, r.Scope, r.Regime, r.ID)
		assert.True(t, strings.HasPrefix(r.Scope, "US-"), r.ID)
		assert.True(t, strings.HasPrefix(r.ID, strings.ToLower(strings.TrimPrefix(r.Scope, "US-"))+"-"), r.ID)
		assert.True(t, strings.HasPrefix(r.Source, "https://"), r.ID)
		assert.Equal(t, "2026-12-02", r.Checked, r.ID)
		assert.NotEmpty(t, r.Basis, r.ID)
		assert.NotEmpty(t, r.Note, r.ID)
		assert.NotEmpty(t, r.Threshold.Text, r.ID)
		assert.NotEmpty(t, r.Threshold.Categories, r.ID)
		for _, c := range r.Threshold.Categories {
			assert.Contains(t, breach.Categories, c, r.ID)
		}
		switch r.Audience {
		case "subjects":
			assert.Equal(t, "subjects", r.NoticeKind, r.ID)
			assert.Equal(t, "controller", r.Notifier, r.ID)
			assert.NotEmpty(t, r.Clock, r.ID)
		case "authority", "cra":
			assert.Equal(t, "authority", r.NoticeKind, r.ID)
			assert.NotEmpty(t, r.Recipient, r.ID)
			assert.Positive(t, r.Threshold.MinResidents, r.ID)
		case "controller":
			assert.Equal(t, "processor", r.Notifier, r.ID)
			assert.Empty(t, r.NoticeKind, r.ID)
		default:
			t.Errorf("%s: audience %q", r.ID, r.Audience)
		}
		assert.Equal(t, r.Language != "", r.NoticeKind != "", r.ID)
		states[r.Scope] = true
	}
	for _, s := range []string{"US-AK", "US-AR", "US-GA", "US-HI", "US-ID", "US-IL", "US-IN", "US-IA", "US-KS", "US-KY"} {
		assert.True(t, states[s], s)
	}
}
