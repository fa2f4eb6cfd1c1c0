package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/breachwf/breach/internal/breach"
)

// Every row of the current table says where its law is written and when
// it was last read against it.
func TestEveryRowHasASource(t *testing.T) {
	for _, r := range TableAt(Version) {
		assert.True(t, strings.HasPrefix(r.Source, "https://") || strings.HasPrefix(r.Source, "http://"), "%s (%s): source %q", r.ID, r.Basis, r.Source)
		assert.Regexp(t, `^20\d\d-\d\d-\d\d$`, r.Checked, "%s: checked date", r.ID)
	}
}

// Every US state, DC and the territories have a duty to their residents
// in the current table.
func TestEveryUSJurisdictionHasAResidentDuty(t *testing.T) {
	have := map[string]bool{}
	for _, r := range TableAt(Version) {
		if r.Audience == breach.AudienceSubjects && strings.HasPrefix(r.Scope, "US-") {
			have[r.Scope] = true
		}
	}
	for _, st := range strings.Fields("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI") {
		assert.True(t, have["US-"+st], "no resident duty for US-%s", st)
	}
}

// A reason is a sentence a lawyer would sign: "<basis> applies: <text>."
// reads as one, and no threshold text is a fragment.
func TestThresholdTextsReadAsSentences(t *testing.T) {
	for _, r := range TableAt(Version) {
		text := r.Threshold.reasonText(r)
		for _, bad := range []string{"same trigger", "PI acquired", "unencrypted PI", "; no exemption"} {
			assert.NotContains(t, text, bad, "%s: %q", r.ID, text)
		}
		assert.NotEmpty(t, strings.TrimSpace(text), r.ID)
	}
}

// Counsel's notes are never phrased to the recipient.
func TestNotesAreForCounsel(t *testing.T) {
	for _, r := range TableAt(Version) {
		for _, bad := range []string{"Dear ", "you ", "You "} {
			assert.NotContains(t, r.Note, bad, r.ID)
		}
	}
}

// An uncertain row says in a line why (the switch is rules.confirmed or
// rules.disabled).
func TestUncertainRowsSayWhy(t *testing.T) {
	for _, r := range TableAt(Version) {
		if r.Uncertain {
			assert.NotEmpty(t, strings.TrimSpace(r.Note), "%s is uncertain without a reason", r.ID)
		}
	}
}
