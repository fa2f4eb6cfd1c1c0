package histories

import (
	"log/slog"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	sdklog "go.temporal.io/sdk/log"

	"github.com/breachwf/breach/internal/rules"
)

const dir = "../../testdata/histories"

// legacyDir holds histories recorded by the code before the rules table
// was versioned: running incidents at the time of that deploy look like
// them. They cannot be recorded again (see its README.md).
const legacyDir = dir + "/before-rules-version"

func files(t *testing.T, dir string) []string {
	t.Helper()
	fs, err := Files(dir)
	require.NoError(t, err)
	require.NotEmpty(t, fs, "no histories under %s: go run ./internal/histories/record -out testdata/histories", dir)
	return fs
}

// replay replays one history file against the current workflow code.
func replay(path string) error {
	quiet := sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler))
	return NewReplayer().ReplayWorkflowHistoryFromJSONFile(quiet, path)
}

func rel(path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return path
	}
	return filepath.ToSlash(rel)
}

// Every recorded history replays with today's code: the change you are
// making does not break incidents that were running when it is deployed.
// When it fails, the file named is a run the change would break: gate the
// change with workflow.GetVersion (CONTRIBUTING.md), do not re-record.
func TestHistoriesReplay(t *testing.T) {
	for _, f := range files(t, dir) {
		t.Run(rel(f), func(t *testing.T) {
			assert.NoError(t, replay(f), "%s no longer replays", rel(f))
		})
	}
}

// The recording covers what it claims to: the incident scenarios, each
// ending, and a delivery that continued as new.
func TestHistoriesCoverTheScenarios(t *testing.T) {
	var names []string
	for _, f := range files(t, dir) {
		names = append(names, rel(f))
	}
	for _, want := range []string{"processor.json", "controller-scope.json", "late-approval.json", "waiver.json",
		"not-personal-data.json", "mass-delivery.json", "add-facts.json", "unknown-facts.json"} {
		assert.Contains(t, names, want)
	}
	runs := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return !strings.HasPrefix(n, "mass-delivery.") || !strings.Contains(n, ".run") })
	assert.GreaterOrEqual(t, len(runs), 2, "the mass delivery continued as new: %v", runs)
}

// withRow adds a row to the rules table, at the given rules version, and
// restores the table and version when the test ends.
func withRow(t *testing.T, since, version int) {
	oldTable, oldVersion := rules.Table, rules.Version
	t.Cleanup(func() { rules.Table, rules.Version = oldTable, oldVersion })
	rules.Version = version
	// Every EU/EEA breach, whatever the risk, with a notice: it changes the
	// obligations, notices, timers and activities of every recorded
	// incident with EU/EEA data subjects of our own.
	rules.Table = append(slices.Clone(oldTable), rules.Rule{
		ID: "test-added-authority", Regime: "GDPR", Scope: rules.ScopeEEA, Audience: "authority", Notifier: "controller",
		Trigger: rules.Awareness, Period: 24, Unit: rules.Hours, Basis: "Test Art. 1", NoticeKind: "authority", Language: "en",
		Since: since,
	})
}

// failures replays every file and returns the names of those that fail.
func failures(t *testing.T, fs []string) map[string]error {
	out := map[string]error{}
	for _, f := range fs {
		if err := replay(f); err != nil {
			out[rel(f)] = err
		}
	}
	return out
}

// A row added to the rules table the way rules.Version says (a new
// version, Since set to it) leaves every recorded incident as it was: each
// assesses with the version it pinned. The negative control adds the same
// row without a new version, and replay must fail: that is what the
// pinning prevents, and it shows this test can fail.
func TestRulesTableChangeReplays(t *testing.T) {
	all := files(t, dir)
	t.Run("added under a new version", func(t *testing.T) {
		withRow(t, rules.Version+1, rules.Version+1)
		for name, err := range failures(t, all) {
			t.Errorf("%s does not replay after a row was added at v%d: %v", name, rules.Version, err)
		}
	})
	t.Run("negative control: added without a new version", func(t *testing.T) {
		withRow(t, 0, rules.Version)
		failed := failures(t, all)
		assert.Contains(t, failed, "processor.json", "a row for every EU/EEA breach changes the processor incident's obligations")
		for name, err := range failed {
			// TMPRL1100 is the SDK's code for a non-determinism error.
			assert.Contains(t, err.Error(), "TMPRL1100", "%s fails for another reason", name)
		}
		t.Logf("%d of %d histories no longer replay, as expected: %s", len(failed), len(all), strings.Join(slices.Sorted(maps.Keys(failed)), ", "))
	})
}

// A history from before the table was versioned has no rules-table marker:
// it assesses at version 0, the rows with Since 0. A row with Since 1 is
// then invisible to it but visible to the incidents recorded at v1, which
// is the control.
func TestHistoriesBeforeVersioningAssessAtVersionZero(t *testing.T) {
	legacy := files(t, legacyDir)
	for name, err := range failures(t, legacy) {
		t.Errorf("%s: %v", name, err)
	}
	withRow(t, 1, max(rules.Version, 1))
	for name, err := range failures(t, legacy) {
		t.Errorf("%s sees a row of rules v1: %v", name, err)
	}
	var current []string
	for _, f := range files(t, dir) {
		if !strings.HasPrefix(f, legacyDir) {
			current = append(current, f)
		}
	}
	assert.Contains(t, failures(t, current), "processor.json", "control: an incident pinned at v1 sees the row")
}
