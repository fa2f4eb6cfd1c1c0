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

func byID(obs []breach.Obligation) map[string]breach.Obligation {
	m := map[string]breach.Obligation{}
	for _, o := range obs {
		m[o.ID] = o
	}
	return m
}

func processorFacts() breach.Facts {
	return breach.Facts{
		Role:    "processor",
		AwareAt: ts("2026-03-02T09:00:00Z"),
		Controllers: []breach.Controller{{
			ID: "acme-tekstil", Name: "Acme Tekstil A.S.", Establishments: []string{"TR"},
			NoticeHours: 24, NotifiedAt: ts("2026-03-02T15:00:00Z"),
			Subjects: map[string]int{"TR": 1800, "DE": 200},
		}},
		Subjects:       map[string]int{"DE": 300, "US-CA": 600},
		DataCategories: []string{"contact", "credentials"},
		Nature:         []string{"confidentiality"},
		Risk:           "high",
	}.WithDefaultTimes(time.Time{})
}

func TestAssess(t *testing.T) {
	obs := byID(Assess(processorFacts()))
	cases := []struct {
		id, basis, notifier string
		required, asap      bool
		due                 string // "" = no due
	}{
		// GDPR Art. 33(2) + contract: processor -> customer, 24 h from our awareness.
		{"processor-notice-acme-tekstil", "GDPR Art. 33(2); KVKK Board Decision 2019/10", "us", true, true, "2026-03-03T09:00:00Z"},
		// Customer (TR, no EEA establishment) -> every SA where subjects reside, 72 h from being notified.
		{"gdpr-33-authority-DE-acme-tekstil", "GDPR Art. 33(1)", "controller", true, false, "2026-03-05T15:00:00Z"},
		// GDPR Art. 34: high risk, not encrypted.
		{"gdpr-34-subjects-DE-acme-tekstil", "GDPR Art. 34(1)", "controller", true, true, ""},
		// KVKK Board 72 h from the customer learning of it.
		{"kvkk-board-TR-acme-tekstil", "KVKK Art. 12(5); Board Decision 2019/10", "controller", true, false, "2026-03-05T15:00:00Z"},
		{"kvkk-subjects-TR-acme-tekstil", "KVKK Art. 12(5); Board Decisions 2019/10 and 2019/271", "controller", true, true, ""},
		// We are controller of the website contacts: non-EU controller -> DE SA, 72 h from our awareness.
		{"gdpr-33-authority-DE", "GDPR Art. 33(1)", "us", true, false, "2026-03-05T09:00:00Z"},
		{"gdpr-34-subjects-DE", "GDPR Art. 34(1)", "us", true, true, ""},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			o, ok := obs[c.id]
			require.True(t, ok, "missing obligation %s; have %v", c.id, keys(obs))
			assert.Equal(t, c.basis, o.Basis)
			assert.Equal(t, c.notifier, o.Notifier)
			assert.Equal(t, c.required, o.Required, o.Reason)
			assert.Equal(t, c.asap, o.ASAP)
			if c.due == "" {
				assert.Nil(t, o.Due)
			} else {
				require.NotNil(t, o.Due)
				assert.Equal(t, c.due, o.Due.UTC().Format(time.RFC3339))
			}
			assert.NotEmpty(t, o.Reason)
		})
	}
}

func TestRiskThresholds(t *testing.T) {
	f := processorFacts()
	f.Controllers = nil

	f.Risk = "unlikely"
	obs := byID(Assess(f))
	assert.False(t, obs["gdpr-33-authority-DE"].Required, "Art. 33(1): unlikely to result in a risk -> no authority duty")
	assert.Contains(t, obs["gdpr-33-authority-DE"].Reason, "unlikely")
	assert.False(t, obs["gdpr-34-subjects-DE"].Required)

	f.Risk = "risk"
	obs = byID(Assess(f))
	assert.True(t, obs["gdpr-33-authority-DE"].Required)
	assert.False(t, obs["gdpr-34-subjects-DE"].Required, "Art. 34 needs high risk")
	assert.Equal(t, "GDPR Art. 34 not required: risk is not high.", obs["gdpr-34-subjects-DE"].Reason)

	f.Risk, f.Encrypted = "high", true
	obs = byID(Assess(f))
	assert.False(t, obs["gdpr-34-subjects-DE"].Required, "Art. 34(3)(a): encrypted, key safe")
	f.KeyCompromised = true
	obs = byID(Assess(f))
	assert.True(t, obs["gdpr-34-subjects-DE"].Required, "key compromised: the exemption falls")
}

func TestOneStopShop(t *testing.T) {
	f := processorFacts()
	f.Controllers = nil
	f.Subjects = map[string]int{"DE": 10, "FR": 5, "IT": 1}
	obs := byID(Assess(f))
	for _, j := range []string{"DE", "FR", "IT"} {
		assert.True(t, obs["gdpr-33-authority-"+j].Required, "no EU establishment: every SA where subjects reside (%s)", j)
	}
	f.Organization = &breach.Organization{Establishments: []string{"US", "IE"}}
	obs = byID(Assess(f))
	assert.True(t, obs["gdpr-33-authority-IE"].Required, "EU establishment: lead SA only")
	_, fr := obs["gdpr-33-authority-FR"]
	assert.False(t, fr)
	assert.False(t, obs["gdpr-33-authority-IE"].Uncertain)
}

func TestKVKKNeedsUnlawfulAcquisition(t *testing.T) {
	f := processorFacts()
	f.Nature = []string{"availability"}
	f.Risk = "unlikely"
	obs := byID(Assess(f))
	board := obs["kvkk-board-TR-acme-tekstil"]
	assert.False(t, board.Required, "KVKK 12(5): only data obtained by others unlawfully")
	f.Nature = []string{"confidentiality"}
	obs = byID(Assess(f))
	assert.True(t, obs["kvkk-board-TR-acme-tekstil"].Required, "KVKK has no risk exemption")
}

func TestCustomerClockEstimatedUntilNotified(t *testing.T) {
	f := processorFacts()
	f.Controllers[0].NotifiedAt = nil
	obs := byID(Assess(f))
	o := obs["gdpr-33-authority-DE-acme-tekstil"]
	require.NotNil(t, o.Due)
	// Our contractual 24 h deadline (2026-03-03T09:00Z) + 72 h.
	assert.Equal(t, "2026-03-06T09:00:00Z", o.Due.Format(time.RFC3339))
	assert.Contains(t, o.Reason, "estimated")
}

func TestPropertiesDueNeverBeforeClockStart(t *testing.T) {
	for _, risk := range []string{"", "unlikely", "risk", "high"} {
		f := processorFacts()
		f.Risk = risk
		for _, o := range Assess(f) {
			if o.Due != nil {
				assert.False(t, o.Due.Before(o.ClockStart), o.ID)
			}
		}
	}
}

func TestHighNeverFewerDutiesThanRisk(t *testing.T) {
	count := func(risk string) int {
		f := processorFacts()
		f.Risk = risk
		n := 0
		for _, o := range Assess(f) {
			if o.Required {
				n++
			}
		}
		return n
	}
	assert.GreaterOrEqual(t, count("high"), count("risk"))
	assert.GreaterOrEqual(t, count("risk"), count("unlikely"))
}

func keys(m map[string]breach.Obligation) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
