package rules

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

func ts(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// key identifies an obligation: ours by id, a customer's by id@customer.
func key(o breach.Obligation) string {
	if o.Notifier == breach.NotifierController {
		return o.ID + "@" + o.ControllerID
	}
	return o.ID
}

func plan(f breach.Facts) map[string]breach.Obligation {
	m := map[string]breach.Obligation{}
	for _, o := range Assess(f) {
		m[key(o)] = o
	}
	return m
}

// controllerFacts: we are the controller; aware on Monday 2026-03-02 09:00 UTC
// (01:00 in San Francisco).
func controllerFacts(subjects map[string]int, categories ...string) breach.Facts {
	if len(categories) == 0 {
		categories = []string{"contact", "credentials"}
	}
	return breach.Facts{
		AwareAt:        ts("2026-03-02T09:00:00Z"),
		Organization:   &breach.Organization{Establishments: []string{"US"}, TimeZone: "America/Los_Angeles"},
		Subjects:       subjects,
		DataCategories: categories,
		Nature:         []string{"confidentiality"},
		Risk:           "high",
	}
}

func processorFacts() breach.Facts {
	return breach.Facts{
		Role:         "processor",
		AwareAt:      ts("2026-03-02T09:00:00Z"),
		Organization: &breach.Organization{Establishments: []string{"US"}, TimeZone: "America/Los_Angeles"},
		Controllers: []breach.Controller{{
			ID: "acme-tekstil", Name: "Acme Tekstil A.S.", Establishments: []string{"TR"},
			NoticeHours: 24, NotifiedAt: ts("2026-03-02T15:00:00Z"),
			Subjects: map[string]int{"TR": 1800, "DE": 200},
		}},
		Subjects:       map[string]int{"DE": 300, "US-CA": 600},
		DataCategories: []string{"contact", "credentials"},
		Nature:         []string{"confidentiality"},
		Risk:           "high",
	}
}

// keySafe marks facts' data as encrypted with the key known to be safe:
// what the encryption exemptions need (unknown is not safe).
func keySafe(f breach.Facts) breach.Facts {
	f.Encrypted, f.KeyCompromised = breach.Bool(true), breach.Bool(false)
	return f
}

// assertAbsent checks that the plan has no duty under any of keys.
func assertAbsent(t *testing.T, obs map[string]breach.Obligation, keys []string) {
	t.Helper()
	for _, k := range keys {
		assert.NotContains(t, obs, k, "unexpected %s", k)
	}
}

type want struct {
	key      string
	basis    string
	required bool
	due      string // RFC 3339 UTC; "" = no due (asap)
}

func check(t *testing.T, obs map[string]breach.Obligation, w want) {
	t.Helper()
	o, ok := obs[w.key]
	require.True(t, ok, "missing %s", w.key)
	assert.Contains(t, o.Basis, w.basis, w.key)
	assert.Equal(t, w.required, o.Required, "%s: %s", w.key, o.Reason)
	if w.due == "" {
		assert.Nil(t, o.Due, w.key)
		assert.True(t, o.ASAP, w.key)
	} else if assert.NotNil(t, o.Due, w.key) {
		assert.Equal(t, w.due, o.Due.UTC().Format(time.RFC3339), w.key)
	}
	assert.NotEmpty(t, o.Reason, w.key)
	if o.Due != nil {
		assert.False(t, o.Due.Before(o.ClockStart), "%s: due before clock start", w.key)
	}
}

// TestRuleTable: one row per rule, with the article it encodes.
func TestRuleTable(t *testing.T) {
	cases := []struct {
		name  string
		facts func() breach.Facts
		want  []want
	}{
		{"GDPR Art. 33(1)/34(1): non-EU controller, 72 h from awareness, high risk", func() breach.Facts {
			return controllerFacts(map[string]int{"DE": 300, "IE": 4})
		}, []want{
			{"gdpr-33-authority-DE", "GDPR Art. 33(1)", true, "2026-03-05T09:00:00Z"},
			{"gdpr-33-authority-IE", "GDPR Art. 33(1)", true, "2026-03-05T09:00:00Z"},
			{"gdpr-34-subjects-DE", "GDPR Art. 34(1)", true, ""},
		}},
		{"GDPR Art. 33(2) + contract: processor -> customer, 24 h; customer's 72 h from being notified (EDPB 9/2022)", processorFacts, []want{
			{"processor-notice-acme-tekstil", "GDPR Art. 33(2)", true, "2026-03-03T09:00:00Z"},
			{"gdpr-33-authority-DE@acme-tekstil", "GDPR Art. 33(1)", true, "2026-03-05T15:00:00Z"},
			{"kvkk-board-TR@acme-tekstil", "KVKK Art. 12(5)", true, "2026-03-05T15:00:00Z"},
			{"kvkk-subjects-TR@acme-tekstil", "2019/271", true, ""},
			{"gdpr-33-authority-DE", "GDPR Art. 33(1)", true, "2026-03-05T09:00:00Z"},
		}},
		{"UK GDPR Art. 33(1)/34(1): ICO 72 h", func() breach.Facts { return controllerFacts(map[string]int{"GB": 10}) }, []want{
			{"uk-gdpr-33-authority-GB", "UK GDPR Art. 33(1)", true, "2026-03-05T09:00:00Z"},
			{"uk-gdpr-34-subjects-GB", "UK GDPR Art. 34(1)", true, ""},
		}},
		{"KVKK Art. 12(5), Decision 2019/10: Board 72 h, subjects asap", func() breach.Facts { return controllerFacts(map[string]int{"TR": 10}) }, []want{
			{"kvkk-board-TR", "Board Decision 2019/10", true, "2026-03-05T09:00:00Z"},
			{"kvkk-subjects-TR", "2019/271", true, ""},
		}},
		{"revFADP Art. 24(1): FDPIC as quickly as possible when high risk", func() breach.Facts { return controllerFacts(map[string]int{"CH": 10}) }, []want{
			{"fadp-24-authority-CH", "FADP Art. 24(1)", true, ""},
		}},
		{"LGPD Art. 48, Res. 15/2024: 3 business days (Mon -> Thu)", func() breach.Facts { return controllerFacts(map[string]int{"BR": 10}) }, []want{
			{"lgpd-48-authority-BR", "LGPD Art. 48", true, "2026-03-06T07:59:59Z"},
			{"lgpd-48-subjects-BR", "LGPD Art. 48", true, "2026-03-06T07:59:59Z"},
		}},
		{"LGPD: Tiradentes (21 April) is not a business day", func() breach.Facts {
			f := controllerFacts(map[string]int{"BR": 10})
			f.AwareAt = ts("2026-04-20T16:00:00Z") // Monday
			return f
		}, []want{{"lgpd-48-authority-BR", "LGPD Art. 48", true, "2026-04-25T06:59:59Z"}}},
		{"LGPD: small agents get 6 business days", func() breach.Facts {
			f := controllerFacts(map[string]int{"BR": 10})
			f.Organization.SmallAgent = true
			return f
		}, []want{{"lgpd-48-authority-BR", "LGPD Art. 48", true, "2026-03-11T06:59:59Z"}}},
		{"LGPD: contact data only is not relevant risk", func() breach.Facts { return controllerFacts(map[string]int{"BR": 10}, "contact") }, []want{
			{"lgpd-48-authority-BR", "LGPD Art. 48", false, "2026-03-06T07:59:59Z"},
		}},
		{"PIPEDA s.10.1: as soon as feasible, RROSH", func() breach.Facts { return controllerFacts(map[string]int{"CA": 10}) }, []want{
			{"pipeda-10.1-authority-CA", "PIPEDA s.10.1(1)", true, ""},
			{"pipeda-10.1-subjects-CA", "PIPEDA s.10.1(3)", true, ""},
		}},
		{"Privacy Act s.26WK: eligible breach -> OAIC as soon as practicable", func() breach.Facts { return controllerFacts(map[string]int{"AU": 10}) }, []want{
			{"ndb-authority-AU", "s.26WK", true, ""},
			{"ndb-subjects-AU", "s.26WL", true, ""},
			{"ndb-assessment-AU", "s.26WH", false, "2026-04-02T06:59:59Z"},
		}},
		{"Privacy Act s.26WH(2): suspected breach -> assessment within 30 days", func() breach.Facts {
			f := controllerFacts(map[string]int{"AU": 10})
			f.Risk = "risk"
			return f
		}, []want{{"ndb-assessment-AU", "s.26WH", true, "2026-04-02T06:59:59Z"}}},
		{"PDPA s.26D: 3 calendar days after the assessment; 500 is significant scale", func() breach.Facts {
			f := controllerFacts(map[string]int{"SG": 500}, "contact", "online_identifiers")
			f.Risk, f.AssessedAt = "risk", ts("2026-03-03T10:00:00Z")
			return f
		}, []want{
			{"pdpa-26d-authority-SG", "PDPA 2012 s.26D(1)", true, "2026-03-07T07:59:59Z"},
			{"pdpa-26d-subjects-SG", "s.26D(2)", false, ""},
		}},
		{"PDPA: 499 individuals without significant harm is not notifiable", func() breach.Facts {
			f := controllerFacts(map[string]int{"SG": 499}, "contact", "online_identifiers")
			f.Risk = "risk"
			return f
		}, []want{{"pdpa-26d-authority-SG", "s.26D(1)", false, "2026-03-06T07:59:59Z"}}},
		{"PDPA: an account identifier with its password is deemed significant harm, whatever the count (reg. 3, Schedule Part 2)", func() breach.Facts {
			f := controllerFacts(map[string]int{"SG": 3}, "contact", "credentials")
			f.Risk = "risk"
			return f
		}, []want{{"pdpa-26d-authority-SG", "s.26D(1)", true, "2026-03-06T07:59:59Z"}, {"pdpa-26d-subjects-SG", "s.26D(2)", true, ""}}},
		{"Cal. Civ. Code §1798.82 (SB 446): residents 30 days, AG 15 days after the consumer notice (>500)", func() breach.Facts {
			return controllerFacts(map[string]int{"US-CA": 600})
		}, []want{
			{"ca-1798.82-residents-US-CA", "SB 446", true, "2026-04-02T06:59:59Z"},
			{"ca-1798.82-ag-US-CA", "(f) as amended by SB 446", true, "2026-04-17T06:59:59Z"},
		}},
		{"§1798.82 before 2026: no fixed day count", func() breach.Facts {
			f := controllerFacts(map[string]int{"US-CA": 600})
			f.AwareAt = ts("2025-06-02T09:00:00Z")
			return f
		}, []want{
			{"ca-1798.82-residents-US-CA", "§1798.82(a)", true, ""},
			{"ca-1798.82-ag-US-CA", "§1798.82(f)", true, ""},
		}},
		{"§1798.82(f): exactly 500 is not more than 500", func() breach.Facts { return controllerFacts(map[string]int{"US-CA": 500}) }, []want{
			{"ca-1798.82-ag-US-CA", "§1798.82(f)", false, "2026-04-17T06:59:59Z"},
		}},
		{"§1798.82: contact data alone is not personal information", func() breach.Facts { return controllerFacts(map[string]int{"US-CA": 600}, "contact") }, []want{
			{"ca-1798.82-residents-US-CA", "§1798.82", false, "2026-04-02T06:59:59Z"},
		}},
		{"C.R.S. §6-1-716: 30 days from determination; AG at 500", func() breach.Facts { return controllerFacts(map[string]int{"US-CO": 500}) }, []want{
			{"co-6-1-716-residents-US-CO", "§6-1-716(2)", true, "2026-04-02T06:59:59Z"},
			{"co-6-1-716-ag-US-CO", "§6-1-716(2)(f)", true, "2026-04-02T06:59:59Z"},
		}},
		{"Fla. Stat. §501.171: 30 days; AG at 500", func() breach.Facts { return controllerFacts(map[string]int{"US-FL": 499}) }, []want{
			{"fl-501.171-residents-US-FL", "§501.171(4)", true, "2026-04-02T06:59:59Z"},
			{"fl-501.171-ag-US-FL", "§501.171(3)", false, "2026-04-02T06:59:59Z"},
		}},
		{"RCW 19.255.010: 30 days from discovery; AG above 500", func() breach.Facts { return controllerFacts(map[string]int{"US-WA": 501}) }, []want{
			{"wa-19.255-residents-US-WA", "RCW 19.255.010(8)", true, "2026-04-02T06:59:59Z"},
			{"wa-19.255-ag-US-WA", "RCW 19.255.010(7)", true, "2026-04-02T06:59:59Z"},
		}},
		{"Tex. §521.053 (SB 768): residents 60 days, AG 30 days at 250; credentials alone do not trigger", func() breach.Facts {
			return controllerFacts(map[string]int{"US-TX": 250}, "government_id")
		}, []want{
			{"tx-521.053-residents-US-TX", "§521.053(b)", true, "2026-05-02T06:59:59Z"},
			{"tx-521.053-ag-US-TX", "SB 768", true, "2026-04-02T06:59:59Z"},
		}},
		{"Tex. §521.053 before SB 768: AG 60 days", func() breach.Facts {
			f := controllerFacts(map[string]int{"US-TX": 250}, "financial")
			f.AwareAt = ts("2023-06-01T16:00:00Z")
			return f
		}, []want{{"tx-521.053-ag-US-TX", "§521.053(i)", true, "2023-08-01T06:59:59Z"}}},
		{"Tex. §521.053: credentials alone", func() breach.Facts { return controllerFacts(map[string]int{"US-TX": 300}) }, []want{
			{"tx-521.053-residents-US-TX", "§521.053(b)", false, "2026-05-02T06:59:59Z"},
		}},
		{"N.Y. GBL §899-aa (S2659B): 30 days from discovery since 2024-12-21", func() breach.Facts { return controllerFacts(map[string]int{"US-NY": 5}) }, []want{
			{"ny-899-aa-residents-US-NY", "S2659B", true, "2026-04-02T06:59:59Z"},
		}},
		{"N.Y. GBL §899-aa before 2024-12-21: no fixed period; health data not yet covered", func() breach.Facts {
			f := controllerFacts(map[string]int{"US-NY": 5}, "health")
			f.AwareAt = ts("2024-06-03T16:00:00Z")
			return f
		}, []want{{"ny-899-aa-residents-US-NY", "§899-aa(2)", false, ""}}},
		{"10 M.R.S. §1348: 30 days; AG for any number", func() breach.Facts { return controllerFacts(map[string]int{"US-ME": 1}) }, []want{
			{"me-1348-residents-US-ME", "§1348(1)", true, "2026-04-02T06:59:59Z"},
			{"me-1348-ag-US-ME", "§1348(5)", true, "2026-04-02T06:59:59Z"},
		}},
		{"Conn. Gen. Stat. §36a-701b: 60 days", func() breach.Facts { return controllerFacts(map[string]int{"US-CT": 3}) }, []want{
			{"ct-36a-701b-residents-US-CT", "§36a-701b(b)", true, "2026-05-02T06:59:59Z"},
		}},
		{"45 CFR §164.404/408: covered entity, health data, 60 days; HHS with it at 500+", func() breach.Facts {
			f := controllerFacts(map[string]int{"US-CA": 300, "US-NV": 200}, "health")
			f.Organization.HIPAA = "covered_entity"
			return f
		}, []want{
			{"hipaa-164.404-individuals-US", "§164.404", true, "2026-05-02T06:59:59Z"},
			{"hipaa-164.408-hhs-US", "§164.408", true, "2026-05-02T06:59:59Z"},
		}},
		{"45 CFR §164.408(c): under 500, within 60 days after year end", func() breach.Facts {
			f := controllerFacts(map[string]int{"US-CA": 10}, "health")
			f.Organization.HIPAA = "covered_entity"
			return f
		}, []want{{"hipaa-164.408-hhs-US", "§164.408", true, "2027-03-02T07:59:59Z"}}},
		{"Form 8-K Item 1.05: 4 business days after the materiality determination", func() breach.Facts {
			f := controllerFacts(map[string]int{"US-CA": 10})
			f.Organization.SECRegistrant, f.Material = true, breach.Bool(true)
			f.AssessedAt = ts("2026-11-24T18:00:00Z") // Tuesday; Thanksgiving on Thursday
			return f
		}, []want{{"sec-8k-1.05-US", "Form 8-K Item 1.05", true, "2026-12-02T07:59:59Z"}}},
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

func TestHIPAAAndSECOnlyWhenConfigured(t *testing.T) {
	obs := plan(controllerFacts(map[string]int{"US-CA": 10}, "health"))
	for k := range obs {
		assert.NotContains(t, k, "hipaa")
		assert.NotContains(t, k, "sec-8k")
	}
}

func TestUncertainRowsAreMarked(t *testing.T) {
	obs := plan(controllerFacts(map[string]int{"US-AZ": 2000, "US-VT": 1, "US-OR": 300, "US-DE": 600}))
	for _, k := range []string{"az-18-552-residents-US-AZ", "az-18-552-ag-US-AZ", "vt-2435-ag-US-VT", "or-646a.604-ag-US-OR", "de-12b-102-ag-US-DE"} {
		require.Contains(t, obs, k)
		assert.True(t, obs[k].Uncertain, k)
	}
	assert.False(t, obs["az-18-552-ag-US-AZ"].Due == nil)
}

func TestRiskThresholds(t *testing.T) {
	f := controllerFacts(map[string]int{"DE": 300})
	f.Risk = "unlikely"
	obs := plan(f)
	assert.False(t, obs["gdpr-33-authority-DE"].Required, "Art. 33(1): unlikely to result in a risk -> no authority duty")
	assert.Contains(t, obs["gdpr-33-authority-DE"].Reason, "breach register")
	f.Risk = "risk"
	obs = plan(f)
	assert.True(t, obs["gdpr-33-authority-DE"].Required)
	assert.Equal(t, "GDPR Art. 34(1) does not apply: the risk to the people affected was assessed as not high.", obs["gdpr-34-subjects-DE"].Reason)
	f.Risk, f.Encrypted = "high", breach.Bool(true)
	o := plan(f)["gdpr-34-subjects-DE"]
	assert.True(t, o.Required && o.Uncertain, "Art. 34(3)(a) needs the key shown safe: unknown is not safe")
	assert.Equal(t, []string{"key_compromised"}, o.Unknown)
	f.KeyCompromised = breach.Bool(false)
	assert.False(t, plan(f)["gdpr-34-subjects-DE"].Required, "Art. 34(3)(a): encrypted, key safe")
	f.KeyCompromised = breach.Bool(true)
	assert.True(t, plan(f)["gdpr-34-subjects-DE"].Required, "key compromised: the exemption falls")
}

func TestOneStopShop(t *testing.T) {
	f := controllerFacts(map[string]int{"DE": 10, "FR": 5})
	f.Organization.Establishments = []string{"US", "IE"}
	obs := plan(f)
	assert.True(t, obs["gdpr-33-authority-IE"].Required, "EU establishment: lead SA only")
	assert.NotContains(t, obs, "gdpr-33-authority-FR")
	assert.False(t, obs["gdpr-33-authority-IE"].Uncertain)
}

func TestKVKKNeedsUnlawfulAcquisitionButNoRisk(t *testing.T) {
	f := processorFacts()
	f.Nature, f.Risk = []string{"availability"}, "unlikely"
	assert.False(t, plan(f)["kvkk-board-TR@acme-tekstil"].Required, "KVKK 12(5): only data obtained by others unlawfully")
	f.Nature = []string{"confidentiality"}
	assert.True(t, plan(f)["kvkk-board-TR@acme-tekstil"].Required, "KVKK has no risk exemption")
}

func TestCustomerClockEstimatedUntilNotified(t *testing.T) {
	f := processorFacts()
	f.Controllers[0].NotifiedAt = nil
	o := plan(f)["gdpr-33-authority-DE@acme-tekstil"]
	require.NotNil(t, o.Due)
	assert.Equal(t, "2026-03-06T09:00:00Z", o.Due.Format(time.RFC3339), "our 24 h deadline + 72 h")
	assert.Contains(t, o.Reason, "estimated")
}

func TestProcessorNoticeTakesTheEarliestStatutoryDeadline(t *testing.T) {
	f := processorFacts()
	f.Controllers[0].NoticeHours = 0
	f.Controllers[0].Subjects = map[string]int{"US-FL": 10}
	f.DataCategories = []string{"financial"}
	o := plan(f)["processor-notice-acme-tekstil"]
	assert.Contains(t, o.Basis, "Fla. Stat. §501.171(6)")
	require.NotNil(t, o.Due, "Florida: third-party agent within 10 days")
	assert.Equal(t, "2026-03-13T06:59:59Z", o.Due.Format(time.RFC3339))
}

func required(obs map[string]breach.Obligation) map[string]bool {
	m := map[string]bool{}
	for k, o := range obs {
		if o.Required {
			m[k] = true
		}
	}
	return m
}

// Properties over many generated fact sets.
func TestProperties(t *testing.T) {
	jurisdictions := []string{"DE", "FR", "GB", "TR", "CH", "BR", "CA", "AU", "SG", "US-CA", "US-TX", "US-NY", "US-FL", "US-WA", "US-CO", "US-ME", "US-CT", "US-AZ"}
	cats := [][]string{{"contact"}, {"credentials"}, {"health", "financial"}, {"government_id"}}
	for i, j := range jurisdictions {
		for n := range []int{0, 1, 2} {
			counts := []int{1, 260, 600}
			subjects := map[string]int{j: counts[n]}
			f := controllerFacts(subjects, cats[i%len(cats)]...)
			for _, risk := range []string{"unlikely", "risk", "high"} {
				f.Risk = risk
				for _, o := range Assess(f) {
					if o.Due != nil {
						assert.False(t, o.Due.Before(o.ClockStart), "%s due before clock start", o.ID)
					}
				}
			}
			// risk high never yields fewer required duties than risk (a
			// duty may change: Australia's assessment becomes the statement).
			f.Risk = "risk"
			atRisk := required(plan(f))
			f.Risk = "high"
			atHigh := required(plan(f))
			assert.GreaterOrEqual(t, len(atHigh), len(atRisk), "%s %d: high %v, risk %v", j, counts[n], atHigh, atRisk)
			// adding subjects never removes a required duty.
			more := controllerFacts(map[string]int{j: counts[n] + 1000, "IE": 3}, cats[i%len(cats)]...)
			more.Risk = "high"
			grown := required(plan(more))
			for k := range atHigh {
				assert.True(t, grown[k], "%s disappeared when subjects were added", k)
			}
		}
	}
}

func TestOptionsMakeUncertainChoicesExplicit(t *testing.T) {
	f := controllerFacts(map[string]int{"DE": 10, "US-TX": 300, "TR": 5}, "government_id")
	f.AwareAt = ts("2026-03-02T09:00:00Z")
	obs := map[string]breach.Obligation{}
	for _, o := range AssessWith(f, Options{GDPRAuthorityHours: 96, Disabled: []string{"kvkk-board"}, RollOver: true}) {
		obs[key(o)] = o
	}
	de := obs["gdpr-33-authority-DE"]
	assert.Equal(t, "2026-03-06T09:00:00Z", de.Due.Format(time.RFC3339), "Digital Omnibus: 96 h as a parameter")
	assert.Contains(t, de.Reason, "rules.gdpr_authority_hours")
	kv := obs["kvkk-board-TR"]
	assert.False(t, kv.Required)
	assert.Contains(t, kv.Reason, "disabled by configuration")
	// Texas residents: 60 days from Monday 2 March = Friday 1 May (no roll-over needed);
	// the AG's 30 days end on Wednesday 1 April. Both are workdays: unchanged.
	assert.Equal(t, "2026-05-02T06:59:59Z", obs["tx-521.053-residents-US-TX"].Due.Format(time.RFC3339))
	// From Wednesday 4 March, 60 days end on Sunday 3 May: rolled to Monday 4 May.
	f.AwareAt = ts("2026-03-04T18:00:00Z")
	for _, o := range AssessWith(f, Options{RollOver: true}) {
		if o.ID == "tx-521.053-residents-US-TX" {
			assert.Equal(t, "2026-05-05T06:59:59Z", o.Due.Format(time.RFC3339))
			assert.Contains(t, o.Reason, "Rolled over")
		}
	}
	for _, o := range Assess(f) {
		if o.ID == "tx-521.053-residents-US-TX" {
			assert.Equal(t, "2026-05-04T06:59:59Z", o.Due.Format(time.RFC3339), "no roll-over by default: Sunday")
		}
	}
}

func TestIndiaOnlyOnceRule7Applies(t *testing.T) {
	before := plan(controllerFacts(map[string]int{"IN": 10}))
	assert.NotContains(t, before, "dpdp-7-board-IN", "DPDP Rule 7 is not in force in 2026")
	f := controllerFacts(map[string]int{"IN": 10})
	f.AwareAt = ts("2027-06-01T00:00:00Z")
	after := plan(f)
	check(t, after, want{"dpdp-7-board-IN", "Rule 7(2)", true, "2027-06-04T00:00:00Z"})
	assert.True(t, after["dpdp-7-board-IN"].Uncertain)
}

func TestProvincesCountForTheirCountry(t *testing.T) {
	obs := plan(controllerFacts(map[string]int{"CA-QC": 5}))
	check(t, obs, want{"pipeda-10.1-authority-CA", "PIPEDA", true, ""})
	check(t, obs, want{"qc-law25-authority-CA-QC", "s.3.5", true, ""})
}
