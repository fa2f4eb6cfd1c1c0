package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The recorder keeps working as the workflows and the client change: every
// scenario runs to its end on the embedded server and its files replay
// (export replays each one). The recording goes to a temporary directory,
// never to testdata.
func TestRecordEveryScenario(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	out := t.TempDir()
	t.Chdir("../../..") // the repository root, as the documented command runs
	require.NoError(t, record(out, ""))
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	for _, s := range scenarios {
		assert.True(t, slices.Contains(names, s.name+".json"), "%s.json not written: %v", s.name, names)
	}
	runs := slices.DeleteFunc(slices.Clone(names), func(n string) bool {
		return !strings.HasPrefix(n, "mass-delivery.") || !strings.Contains(n, ".run")
	})
	assert.GreaterOrEqual(t, len(runs), 3, "the delivery continued as new twice: %v", runs)
}

func TestUnknownScenarioRefused(t *testing.T) {
	assert.ErrorContains(t, record(t.TempDir(), "processor,nonesuch"), `no scenario "nonesuch"`)
}
