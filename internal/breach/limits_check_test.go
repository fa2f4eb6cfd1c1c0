package breach

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func keys(n int) map[string]int {
	m := make(map[string]int, n)
	for i := range n {
		m[fmt.Sprintf("K%d", i)] = 1
	}
	return m
}

func items(n int, s string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func controllers(n int) []Controller {
	out := make([]Controller, n)
	for i := range out {
		out[i] = Controller{ID: fmt.Sprintf("c%d", i)}
	}
	return out
}

// fourth returns facts whose fourth controller is set by fn, so that the
// messages must carry the index.
func fourth(fn func(*Controller)) Facts {
	f := Facts{Controllers: controllers(4)}
	fn(&f.Controllers[3])
	return f
}

// Every string, list and map of Facts: at its limit it passes, one past it
// the message names the field, the size and the limit.
func TestFactsCheckSizeNamesTheFieldAndTheLimit(t *testing.T) {
	x := func(n int) string { return strings.Repeat("x", n) }
	const chars, entries, key = "%d characters, at most %d", "%d entries, at most %d", "a key of %d characters, at most %d"
	cases := []struct {
		field string
		limit int
		unit  string
		facts func(n int) Facts
	}{
		{"role", MaxItem, chars, func(n int) Facts { return Facts{Role: x(n)} }},
		{"risk", MaxItem, chars, func(n int) Facts { return Facts{Risk: x(n)} }},
		{"summary", MaxText, chars, func(n int) Facts { return Facts{Summary: x(n)} }},
		{"consequences", MaxText, chars, func(n int) Facts { return Facts{Consequences: x(n)} }},
		{"measures", MaxText, chars, func(n int) Facts { return Facts{Measures: x(n)} }},
		{"data_categories", MaxListItems, entries, func(n int) Facts { return Facts{DataCategories: items(n, "contact")} }},
		{"data_categories[1]", MaxItem, chars, func(n int) Facts { return Facts{DataCategories: []string{"contact", x(n)}} }},
		{"nature", MaxListItems, entries, func(n int) Facts { return Facts{Nature: items(n, "integrity")} }},
		{"nature[0]", MaxItem, chars, func(n int) Facts { return Facts{Nature: []string{x(n)}} }},
		{"subjects", MaxListItems, entries, func(n int) Facts { return Facts{Subjects: keys(n)} }},
		{"subjects", MaxItem, key, func(n int) Facts { return Facts{Subjects: map[string]int{"DE": 1, x(n): 2}} }},
		{"organization.establishments", MaxListItems, entries, func(n int) Facts {
			return Facts{Organization: &Organization{Establishments: items(n, "US")}}
		}},
		{"organization.establishments[0]", MaxItem, chars, func(n int) Facts {
			return Facts{Organization: &Organization{Establishments: []string{x(n)}}}
		}},
		{"organization.time_zone", MaxItem, chars, func(n int) Facts { return Facts{Organization: &Organization{TimeZone: x(n)}} }},
		{"organization.hipaa", MaxItem, chars, func(n int) Facts { return Facts{Organization: &Organization{HIPAA: x(n)}} }},
		{"controllers", MaxListItems, entries, func(n int) Facts { return Facts{Controllers: controllers(n)} }},
		{"controllers[3].id", MaxName, chars, func(n int) Facts { return fourth(func(c *Controller) { c.ID = x(n) }) }},
		{"controllers[3].name", MaxName, chars, func(n int) Facts { return fourth(func(c *Controller) { c.Name = x(n) }) }},
		{"controllers[3].establishments", MaxListItems, entries, func(n int) Facts {
			return fourth(func(c *Controller) { c.Establishments = items(n, "TR") })
		}},
		{"controllers[3].establishments[0]", MaxItem, chars, func(n int) Facts {
			return fourth(func(c *Controller) { c.Establishments = []string{x(n)} })
		}},
		{"controllers[3].subjects", MaxListItems, entries, func(n int) Facts { return fourth(func(c *Controller) { c.Subjects = keys(n) }) }},
		{"controllers[3].subjects", MaxItem, key, func(n int) Facts {
			return fourth(func(c *Controller) { c.Subjects = map[string]int{x(n): 1} })
		}},
	}
	for _, c := range cases {
		t.Run(c.field+" "+map[string]string{chars: "characters", entries: "entries", key: "key"}[c.unit], func(t *testing.T) {
			assert.NoError(t, c.facts(c.limit).CheckSize(), "at the limit")
			err := c.facts(c.limit + 1).CheckSize()
			require.Error(t, err, "one past the limit")
			assert.Equal(t, "facts: "+c.field+": "+fmt.Sprintf(c.unit, c.limit+1, c.limit), err.Error())
		})
	}
}

func TestFactsCheckSizeOfTheIssue(t *testing.T) {
	err := Facts{Summary: strings.Repeat("a", 3<<20)}.CheckSize()
	require.Error(t, err)
	assert.Equal(t, "facts: summary: 3145728 characters, at most 20000", err.Error())

	err = Facts{Controllers: append(controllers(3), Controller{ID: "c3", Subjects: keys(900)})}.CheckSize()
	require.Error(t, err)
	assert.Equal(t, "facts: controllers[3].subjects: 900 entries, at most 500", err.Error())
}

// Characters are runes: Turkish and German letters are two bytes in UTF-8,
// an emoji four, and each counts once.
func TestCheckSizeCountsRunesNotBytes(t *testing.T) {
	for _, r := range []string{"ş", "ß", "€", "🔒"} {
		at := strings.Repeat(r, MaxText)
		require.Greater(t, len(at), MaxText, "the bytes are past the limit, the characters are not")
		assert.NoError(t, Facts{Measures: at}.CheckSize(), r)
		err := Facts{Measures: at + r}.CheckSize()
		require.Error(t, err, r)
		assert.Equal(t, "facts: measures: 20001 characters, at most 20000", err.Error())
	}
	assert.NoError(t, CheckLen("by", strings.Repeat("Ğ", MaxName), MaxName))
	assert.EqualError(t, CheckLen("by", strings.Repeat("Ğ", MaxName+1), MaxName), "by: 201 characters, at most 200")
	assert.NoError(t, Facts{Subjects: map[string]int{strings.Repeat("ü", MaxItem): 1}}.CheckSize())
}

func TestCheckList(t *testing.T) {
	assert.NoError(t, CheckList("notice_ids", items(MaxListItems, "N1"), MaxListItems, MaxName))
	assert.EqualError(t, CheckList("notice_ids", items(MaxListItems+1, "N1"), MaxListItems, MaxName), "notice_ids: 501 entries, at most 500")
	assert.EqualError(t, CheckList("notice_ids", []string{"N1", strings.Repeat("9", 201)}, MaxListItems, MaxName), "notice_ids[1]: 201 characters, at most 200")
	assert.NoError(t, CheckList("notice_ids", nil, MaxListItems, MaxName))
}

// Several problems are one line, and a list full of over-long items does
// not make a message as long as the list.
func TestCheckSizeReportsAllProblemsOnOneLine(t *testing.T) {
	f := Facts{Summary: strings.Repeat("a", MaxText+1), Role: strings.Repeat("r", MaxItem+1)}
	assert.EqualError(t, f.CheckSize(), "facts: role: 201 characters, at most 200; summary: 20001 characters, at most 20000")

	long := strings.Repeat("c", MaxItem+1)
	err := Facts{DataCategories: items(12, long)}.CheckSize()
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "\n")
	assert.Equal(t, 5, strings.Count(err.Error(), "characters, at most 200"))
	assert.True(t, strings.HasSuffix(err.Error(), "data_categories[4]: 201 characters, at most 200 (and 7 more)"), err.Error())
}

// Fields each within their limit can still add up past what Temporal
// takes in one payload; the whole document has its own limit.
func TestCheckSizeLimitsTheWholeDocument(t *testing.T) {
	f := Facts{Controllers: controllers(MaxListItems)}
	for i := range f.Controllers {
		f.Controllers[i].Name = strings.Repeat("n", MaxName)
		f.Controllers[i].Establishments = items(300, "DE")
	}
	err := f.CheckSize()
	require.Error(t, err)
	assert.Regexp(t, `^facts: \d+ bytes in all \(as JSON\), at most 524288: `, err.Error())

	// Every text at its limit is well within it.
	f = Facts{Controllers: controllers(10), Summary: strings.Repeat("s", MaxText), Consequences: strings.Repeat("c", MaxText), Measures: strings.Repeat("m", MaxText)}
	assert.NoError(t, f.CheckSize())
}
