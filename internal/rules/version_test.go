package rules

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

// TestTableVersions checks what version.go asks of every row: no row
// refers to a version that does not exist yet, a retired row was in force
// for at least one version, and at every version the rows sharing an ID
// never overlap in their effective dates (so exactly one of them decides).
func TestTableVersions(t *testing.T) {
	for _, r := range Table {
		assert.LessOrEqual(t, r.Since, Version, "%s: Since v%d is after the current Version %d", r.ID, r.Since, Version)
		if r.Until != 0 {
			assert.Greater(t, r.Until, r.Since, "%s: retired (Until v%d) before it was added (Since v%d)", r.ID, r.Until, r.Since)
			assert.LessOrEqual(t, r.Until, Version, "%s: Until v%d is after the current Version %d", r.ID, r.Until, Version)
		}
	}
	for v := 0; v <= Version; v++ {
		byID := map[string][]Rule{}
		for _, r := range TableAt(v) {
			byID[r.ID] = append(byID[r.ID], r)
		}
		for _, id := range breach.SortedKeys(byID) {
			rows := byID[id]
			for i := range rows {
				for j := i + 1; j < len(rows); j++ {
					assert.False(t, datesOverlap(rows[i], rows[j]), "v%d: two rows %s in force on the same day (%s–%s and %s–%s)",
						v, id, rows[i].From, rows[i].To, rows[j].From, rows[j].To)
				}
			}
		}
	}
}

// datesOverlap: From is inclusive, To exclusive, "" open.
func datesOverlap(a, b Rule) bool {
	aEndsBeforeB := a.To != "" && b.From != "" && a.To <= b.From
	bEndsBeforeA := b.To != "" && a.From != "" && b.To <= a.From
	return !aEndsBeforeB && !bEndsBeforeA
}

func TestDatesOverlap(t *testing.T) {
	assert.False(t, datesOverlap(Rule{To: "2026-01-01"}, Rule{From: "2026-01-01"}))
	assert.True(t, datesOverlap(Rule{To: "2026-01-02"}, Rule{From: "2026-01-01"}))
	assert.True(t, datesOverlap(Rule{}, Rule{From: "2026-01-01"}))
}

// withTable replaces the table and the version for one test.
func withTable(t *testing.T, table []Rule, version int) {
	oldTable, oldVersion := Table, Version
	Table, Version = table, version
	t.Cleanup(func() { Table, Version = oldTable, oldVersion })
}

func ids(obs []breach.Obligation) []string {
	var out []string
	for _, o := range obs {
		out = append(out, key(o))
	}
	return out
}

// A row added under a new version reaches only incidents assessed at that
// version; a row changed by retiring it and adding its replacement gives
// each version its own. The first case is also the negative control: the
// same row added without a new version (Since 0) reaches every version.
func TestAssessAtSeesOnlyTheRowsOfItsVersion(t *testing.T) {
	f := controllerFacts(map[string]int{"DE": 10})
	f.Risk = "risk"
	before := ids(AssessWith(f, Options{}))
	require.Contains(t, before, "gdpr-33-authority-DE")

	added := Rule{ID: "test-added", Regime: "GDPR", Scope: ScopeEEA, Audience: "authority", Notifier: "controller",
		Trigger: Awareness, Period: 24, Unit: Hours, Basis: "Test Art. 1", NoticeKind: "authority", Language: "en"}

	t.Run("added under a new version", func(t *testing.T) {
		old := Version
		row := added
		row.Since = old + 1
		withTable(t, append(slices.Clone(Table), row), old+1)
		assert.Equal(t, before, ids(AssessAt(f, Options{}, old)), "an incident pinned at v%d keeps its duties", old)
		assert.Equal(t, before, ids(AssessAt(f, Options{}, 0)), "so does one from before versioning")
		assert.Contains(t, ids(AssessWith(f, Options{})), "test-added-DE", "new incidents get the row")
	})
	t.Run("added without a new version", func(t *testing.T) {
		withTable(t, append(slices.Clone(Table), added), Version)
		assert.Contains(t, ids(AssessAt(f, Options{}, 0)), "test-added-DE", "Since 0 changes every incident's duties")
	})
	t.Run("changed: retired and added", func(t *testing.T) {
		old := Version
		table := slices.Clone(Table)
		i := slices.IndexFunc(table, func(r Rule) bool { return r.ID == "gdpr-33-authority" })
		require.GreaterOrEqual(t, i, 0)
		changed := table[i]
		changed.Period, changed.Since = 96, old+1
		table[i].Until = old + 1
		withTable(t, append(table, changed), old+1)
		due := func(obs []breach.Obligation) string {
			for _, o := range obs {
				if o.ID == "gdpr-33-authority-DE" {
					return o.Due.Sub(*f.AwareAt).String()
				}
			}
			return "none"
		}
		assert.Equal(t, "72h0m0s", due(AssessAt(f, Options{}, old)))
		assert.Equal(t, "96h0m0s", due(AssessWith(f, Options{})))
	})
}
