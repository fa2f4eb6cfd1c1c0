package rules

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite docs/RULES.md from the table")

const rulesDoc = "../../docs/RULES.md"

func TestRulesDocIsCurrent(t *testing.T) {
	want := Markdown()
	if *update {
		require.NoError(t, os.WriteFile(rulesDoc, []byte(want), 0o644))
	}
	got, err := os.ReadFile(rulesDoc)
	require.NoError(t, err)
	assert.Equal(t, want, string(got), "docs/RULES.md is stale: go test ./internal/rules -run TestRulesDoc -update")
	for _, r := range Table {
		assert.Contains(t, want, "`"+r.ID+"`")
		assert.True(t, strings.Contains(want, r.Basis), r.ID)
	}
}
