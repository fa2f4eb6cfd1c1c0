package breach

import (
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFactsExample(t *testing.T) {
	data, err := os.ReadFile("../../testdata/facts-processor.json")
	require.NoError(t, err)
	f, err := ParseFacts(data)
	require.NoError(t, err)
	assert.Equal(t, "processor", f.Role)
	assert.Equal(t, 1800, f.Controllers[0].Subjects["TR"])
	assert.Equal(t, 2900, f.TotalSubjects())
}

func TestParseFactsErrorsNameTheField(t *testing.T) {
	cases := []struct{ doc, want string }{
		{`{"risk": "severe"}`, `risk: "severe" is not unlikely, risk or high`},
		{`{"riskk": "high"}`, `unknown field "riskk"`},
		{`{"data_categories": ["contact", "dna"]}`, `data_categories[1]: "dna"`},
		{`{"subjects": {"XX": 3}}`, `subjects: "XX" is not an ISO 3166 code`},
		{`{"subjects": {"US-ZZ": 3}}`, `subjects: "US-ZZ"`},
		{`{"role": "processor"}`, `processor needs at least one entry in controllers`},
		{`{"controllers": [{"id": ""}]}`, `controllers[0].id: missing`},
		{`{"controllers": [{"id": "a"}, {"id": "a"}]}`, `controllers[1].id: "a" appears twice`},
		{`{"aware_at": "yesterday"}`, `RFC 3339`},
		{"{\n\"risk\": 5}", `line 2: field "risk"`},
		{`{"organization": {"time_zone": "Mars/Olympus"}}`, `organization.time_zone: "Mars/Olympus"`},
		{`{"nature": ["theft"]}`, `nature[0]: "theft"`},
	}
	for _, c := range cases {
		_, err := ParseFacts([]byte(c.doc))
		require.Error(t, err, c.doc)
		assert.Contains(t, err.Error(), c.want, c.doc)
	}
}

func TestDefaultTimesDownTheChain(t *testing.T) {
	aware := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	f := Facts{AwareAt: &aware}.WithDefaultTimes(time.Time{})
	assert.Equal(t, aware, *f.DiscoveredAt)
	assert.Equal(t, aware, *f.DeterminedAt)
	assert.Equal(t, aware, *f.AssessedAt)

	fallback := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	g := Facts{}.WithDefaultTimes(fallback)
	assert.Equal(t, fallback, *g.AwareAt)
}

func TestMergeKeepsWhatIsKnown(t *testing.T) {
	base := Facts{
		Controllers:    []Controller{{ID: "a", Subjects: map[string]int{"DE": 1}}},
		Subjects:       map[string]int{"FR": 2},
		DataCategories: []string{"contact"},
		Risk:           "risk",
	}
	more := Facts{
		Controllers:    []Controller{{ID: "a", Subjects: map[string]int{"AT": 5}}, {ID: "b"}},
		Subjects:       map[string]int{"TR": 3},
		DataCategories: []string{"financial", "contact"},
		Risk:           "high",
	}
	m := base.Merge(more)
	assert.Equal(t, map[string]int{"DE": 1, "AT": 5}, m.Controllers[0].Subjects)
	assert.Len(t, m.Controllers, 2)
	assert.Equal(t, map[string]int{"FR": 2, "TR": 3}, m.Subjects)
	assert.Equal(t, []string{"contact", "financial"}, m.DataCategories)
	assert.Equal(t, "high", m.Risk)
	assert.Equal(t, map[string]int{"DE": 1}, base.Controllers[0].Subjects, "merge must not alias the original")
}

func TestFactsAuthoritiesMustBeInTheDirectory(t *testing.T) {
	_, err := ParseFacts([]byte(`{"controllers": [{"id": "a", "authority": "DE-XX"}]}`))
	assert.ErrorContains(t, err, `controllers[0].authority: "DE-XX" is not in the authorities directory`)
	_, err = ParseFacts([]byte(`{"organization": {"authorities": {"DE": "FR"}}}`))
	assert.ErrorContains(t, err, `organization.authorities.DE: "FR" is not an authority of DE`)
	_, err = ParseFacts([]byte(`{"organization": {"authorities": {"DE": "DE-NW"}}, "encrypted": true, "uncounted": ["US-WA"]}`))
	assert.NoError(t, err)
	_, err = ParseFacts([]byte(`{"uncounted": ["US-ZZ"]}`))
	assert.ErrorContains(t, err, `uncounted[0]: "US-ZZ"`)
}
