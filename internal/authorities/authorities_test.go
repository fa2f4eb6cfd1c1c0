package authorities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDirectoryParses(t *testing.T) {
	all := All()
	require.NotEmpty(t, all)
	for _, e := range all {
		assert.NotEmpty(t, e.Name, e.Code)
		assert.Contains(t, []string{"email", "portal"}, e.Channel, e.Code)
	}
	de, ok := Lookup("DE")
	require.True(t, ok)
	assert.True(t, de.Uncertain, "Germany without a Land is an open question")
	for _, land := range []string{"DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH"} {
		e, ok := Lookup(land)
		assert.True(t, ok, land)
		assert.False(t, e.Uncertain, land)
	}
	assert.Equal(t, "", Name("XX"))
}
