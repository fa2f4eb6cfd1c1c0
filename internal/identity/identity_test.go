package identity

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type args struct {
	Obligation string `json:"obligation_id"`
	Reason     string `json:"reason"`
}

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func directory(t *testing.T) (Directory, *Key, *Key, *Key) {
	dana, err := Generate("Dana Whitfield")
	require.NoError(t, err)
	sam, err := Generate("Sam Okafor")
	require.NoError(t, err)
	gw, err := Generate(GatewayName)
	require.NoError(t, err)
	return Directory{People: []Person{
		{Name: "Dana Whitfield", SlackID: "U1", Roles: []string{RoleLegal}, Key: dana.PublicLine()},
		{Name: "Sam Okafor", SlackID: "U2", Roles: []string{RoleSecurity}, Key: sam.PublicLine()},
	}, Gateway: gw.PublicLine(), SlackLegal: []string{"U9"}}, dana, sam, gw
}

func TestSignAndVerify(t *testing.T) {
	d, dana, sam, gw := directory(t)
	in := args{"gdpr-33-authority-DE", "counsel"}
	p, err := dana.Sign("BR-1", "waive", "Dana Whitfield", in, t0, ViaCLI, "")
	require.NoError(t, err)
	person, msg, err := d.Verify("BR-1", "waive", "Dana Whitfield", in, &p, t0.Add(time.Minute))
	require.NoError(t, err)
	assert.Equal(t, "Dana Whitfield", person.Name)
	signed, err := Open(msg)
	require.NoError(t, err)
	assert.Equal(t, "BR-1", signed.Incident)
	assert.Equal(t, p.Nonce, signed.Nonce)

	for name, c := range map[string]struct {
		incident, update, by string
		in                   any
		now                  time.Time
		proof                *Proof
		want                 string
	}{
		"unsigned":        {"BR-1", "waive", "Dana Whitfield", in, t0, nil, "unsigned decision"},
		"other incident":  {"BR-2", "waive", "Dana Whitfield", in, t0, &p, "bad signature"},
		"other update":    {"BR-1", "close", "Dana Whitfield", in, t0, &p, "bad signature"},
		"other args":      {"BR-1", "waive", "Dana Whitfield", args{"gdpr-34-subjects-DE", "counsel"}, t0, &p, "bad signature"},
		"name with space": {"BR-1", "waive", "Dana Whitfield ", in, t0, &p, `"Dana Whitfield " is not a configured person`},
		"lower case":      {"BR-1", "waive", "dana whitfield", in, t0, &p, "is not a configured person"},
		"email":           {"BR-1", "waive", "dana@getpaloma.ai", in, t0, &p, "is not a configured person"},
		"slack id":        {"BR-1", "waive", "U1", in, t0, &p, "is not a configured person"},
		"stale":           {"BR-1", "waive", "Dana Whitfield", in, t0.Add(6 * time.Minute), &p, "stale decision"},
		"from the future": {"BR-1", "waive", "Dana Whitfield", in, t0.Add(-6 * time.Minute), &p, "in the future"},
		"someone else's":  {"BR-1", "waive", "Sam Okafor", in, t0, &p, "which is not Sam Okafor's key"},
	} {
		_, _, err := d.Verify(c.incident, c.update, c.by, c.in, c.proof, c.now)
		assert.ErrorContains(t, err, c.want, name)
	}

	// Sam's key cannot sign as Dana.
	forged, err := sam.Sign("BR-1", "waive", "Dana Whitfield", in, t0, ViaCLI, "")
	require.NoError(t, err)
	_, _, err = d.Verify("BR-1", "waive", "Dana Whitfield", in, &forged, t0)
	assert.ErrorContains(t, err, "not Dana Whitfield's key")

	// The gateway speaks for Slack users, as the person they map to.
	viaSlack, err := gw.Sign("BR-1", "waive", "Dana Whitfield", in, t0, ViaSlack, "U1")
	require.NoError(t, err)
	_, _, err = d.Verify("BR-1", "waive", "Dana Whitfield", in, &viaSlack, t0)
	assert.NoError(t, err)
	group, err := gw.Sign("BR-1", "waive", "slack:U9", in, t0, ViaSlack, "U9")
	require.NoError(t, err)
	person, _, err = d.Verify("BR-1", "waive", "slack:U9", in, &group, t0)
	require.NoError(t, err)
	assert.True(t, person.Has(RoleLegal), "a legal group member")
	// ... but only for the Slack user Slack named, and never via the CLI.
	lie, err := gw.Sign("BR-1", "waive", "Dana Whitfield", in, t0, ViaSlack, "U2")
	require.NoError(t, err)
	_, _, err = d.Verify("BR-1", "waive", "Dana Whitfield", in, &lie, t0)
	assert.ErrorContains(t, err, `Slack user U2 is not "Dana Whitfield"`)
	asCLI, err := gw.Sign("BR-1", "waive", "Dana Whitfield", in, t0, ViaCLI, "")
	require.NoError(t, err)
	_, _, err = d.Verify("BR-1", "waive", "Dana Whitfield", in, &asCLI, t0)
	assert.ErrorContains(t, err, "not Dana Whitfield's key")
}

func TestKeyFile(t *testing.T) {
	dir := t.TempDir()
	k, err := Generate("Dana Whitfield")
	require.NoError(t, err)
	path := filepath.Join(dir, "keys", "dana-whitfield.key")
	require.NoError(t, k.Write(path))
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())
	assert.ErrorContains(t, k.Write(path), "never overwritten")
	back, err := ReadKey(path)
	require.NoError(t, err)
	assert.Equal(t, k.Name, back.Name)
	assert.Equal(t, k.PublicLine(), back.PublicLine())

	require.NoError(t, os.Chmod(path, 0o644))
	_, err = ReadKey(path)
	assert.ErrorContains(t, err, "lets others read it")

	_, err = Generate(" Dana")
	assert.Error(t, err)
	assert.Equal(t, "dana-whitfield", Slug("Dana Whitfield"))
	assert.Equal(t, "slack-gateway", Slug(GatewayName))

	_, err = ParsePublic("ed25519:AAAA")
	assert.Error(t, err)
}

func TestDevKeyIsMadeOnceAndKept(t *testing.T) {
	dir := t.TempDir()
	k, created, err := DevKey(dir, "Emre Kaya", true)
	require.NoError(t, err)
	assert.True(t, created)
	again, created, err := DevKey(dir, "Emre Kaya", true)
	require.NoError(t, err)
	assert.False(t, created)
	assert.Equal(t, k.PublicLine(), again.PublicLine())
	_, _, err = DevKey(dir, "Nobody", false)
	assert.Error(t, err, "not made without create")
}
