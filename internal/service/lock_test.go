package service

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOneProcessPerDataDir(t *testing.T) {
	dir := t.TempDir()
	first, err := lockDir(dir)
	require.NoError(t, err)
	_, err = lockDir(dir)
	require.Error(t, err)
	assert.Equal(t, "data dir "+dir+" is in use by process "+strconv.Itoa(os.Getpid())+": stop it, or give this one another -data-dir", err.Error())
	info, err := os.Stat(filepath.Join(dir, lockName))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())

	first.release()
	again, err := lockDir(dir)
	require.NoError(t, err, "released with its holder")
	again.release()
}
