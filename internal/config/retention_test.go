package config

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	root "github.com/breachwf/breach"
)

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]Period{
		"60d":  {Days: 60, set: true},
		"2y":   {Years: 2, set: true},
		"1y6m": {Years: 1, Months: 6, set: true},
		"0d":   {set: true},
		"keep": {Keep: true, set: true},
	} {
		got, err := ParsePeriod(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, bad := range []string{"", "60", "d", "60h", "-1d", "2y3", "99999999999d"} {
		_, err := ParsePeriod(bad)
		require.Error(t, err, bad)
	}
	closed := time.Date(2026, 1, 31, 12, 0, 0, 0, time.UTC)
	end, ok := Period{Days: 60}.After(closed)
	require.True(t, ok)
	require.Equal(t, time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC), end)
	_, ok = Period{Keep: true}.After(closed)
	require.False(t, ok)
}

func TestRegisterPeriodIsTheLongestOfTheRegimes(t *testing.T) {
	r := Retention{Register: map[string]Period{"default": {Keep: true}, "PIPEDA": {Years: 2}, "LGPD": {Years: 5}, "X": {Days: 800}}}
	p, why := r.RegisterPeriod([]string{"PIPEDA", "LGPD"})
	require.Equal(t, "5y", p.String())
	require.Equal(t, "LGPD", why)
	p, why = r.RegisterPeriod([]string{"PIPEDA", "X"})
	require.Equal(t, "800d", p.String(), "800 days outlast 2 years")
	require.Equal(t, "X", why)
	p, why = r.RegisterPeriod([]string{"PIPEDA", "GDPR"})
	require.True(t, p.Keep, "a regime without a period falls to the default, keep")
	require.Equal(t, "GDPR", why)
	p, _ = r.RegisterPeriod(nil)
	require.True(t, p.Keep)
	p, _ = Retention{}.RegisterPeriod([]string{"PIPEDA"})
	require.True(t, p.Keep, "no register periods configured: kept for good")
}

func TestRetentionConfig(t *testing.T) {
	c, err := Load("")
	require.NoError(t, err)
	require.Equal(t, "60d", c.Retention.RecipientLists.String())
	require.Equal(t, "2y", c.Retention.Register["PIPEDA"].String())
	require.True(t, c.Retention.Register["default"].Keep)

	_, err = Parse([]byte(strings.Replace(string(root.ExampleConfig), "recipient_lists: 60d", "recipient_lists: 60 days", 1)))
	require.ErrorContains(t, err, `"60 days" is not a period`)
}
