package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/identity"
)

func TestKeygenWritesAPrivateKeyAndPrintsTheConfigLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dana.key")
	out, err := runCLI("keygen", "--name", "Dana Whitfield", "--out", path)
	require.NoError(t, err)
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())
	k, err := identity.ReadKey(path)
	require.NoError(t, err)
	assert.Equal(t, "public_key: \""+k.PublicLine()+"\"\n", out)

	_, err = runCLI("keygen", "--name", "Dana Whitfield", "--out", path)
	assert.ErrorContains(t, err, "never overwritten")
}

func TestAKeySignsOnlyForItsPerson(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sam.key")
	_, err := runCLI("keygen", "--name", "Sam Okafor", "--out", path)
	require.NoError(t, err)
	// Refused before anything is sent: the address is unreachable.
	for _, by := range []string{"Dana Whitfield", "sam okafor", "Sam Okafor "} {
		_, err = runCLI("-temporal-address", "127.0.0.1:1", "close", "BR-20260302-TEST", "--force", "--reason", "x", "--by", by, "--key", path)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "is not the person of key", by)
	}
	t.Setenv("BREACH_KEY", path)
	_, err = runCLI("-temporal-address", "127.0.0.1:1", "waive", "BR-1", "o", "--reason", "x", "--by", "Mallory Intruder")
	assert.ErrorContains(t, err, `"Sam Okafor"`)

	require.NoError(t, os.Chmod(path, 0o644))
	_, err = runCLI("-temporal-address", "127.0.0.1:1", "close", "BR-1", "--key", path)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "lets others read it"), err.Error())
}

func TestVerifyNeedsTheRegister(t *testing.T) {
	_, err := runCLI("verify", "BR-1", "--data-dir", t.TempDir())
	assert.ErrorContains(t, err, "breach.db")
}
