package codec

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/converter"

	commonpb "go.temporal.io/api/common/v1"
)

func TestRoundTripHidesPlaintext(t *testing.T) {
	key, err := ParseKey("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	require.NoError(t, err)
	c, err := New(key)
	require.NoError(t, err)
	dc := converter.NewCodecDataConverter(converter.GetDefaultDataConverter(), c)
	p, err := dc.ToPayload(map[string]string{"summary": "laptop of Jane Doe stolen"})
	require.NoError(t, err)
	assert.False(t, bytes.Contains(p.Data, []byte("Jane Doe")), "payload must be encrypted")
	var out map[string]string
	require.NoError(t, dc.FromPayload(p, &out))
	assert.Equal(t, "laptop of Jane Doe stolen", out["summary"])

	other, _ := New(bytes.Repeat([]byte{9}, 32))
	_, err = other.Decode(mustEncode(t, c, p.Data))
	assert.ErrorContains(t, err, "sealed with key")
}

func mustEncode(t *testing.T, c *Codec, data []byte) []*commonpb.Payload {
	t.Helper()
	out, err := c.Encode([]*commonpb.Payload{{Data: data}})
	require.NoError(t, err)
	return out
}

func TestParseKeyRejectsShortKeys(t *testing.T) {
	_, err := ParseKey("abcd")
	assert.ErrorContains(t, err, EnvKey)
}
