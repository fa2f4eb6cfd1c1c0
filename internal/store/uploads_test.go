package store

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUploadRoundTripAndDelete(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		var b bytes.Buffer
		for i := 0; b.Len() < 2*uploadChunk+12345; i++ { // three pieces, the last short
			fmt.Fprintf(&b, "s%d,p%d@example.com,Person %d,DE\n", i, i, i)
		}
		at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
		id, size, err := s.PutUpload(ctx, "BR-1", bytes.NewReader(b.Bytes()), at)
		require.NoError(t, err)
		assert.Equal(t, int64(b.Len()), size)
		assert.True(t, strings.HasPrefix(id, "up-"))

		got, err := io.ReadAll(s.OpenUpload(ctx, "BR-1", id))
		require.NoError(t, err)
		assert.Equal(t, b.Bytes(), got)

		// Another incident's ID does not open it.
		_, err = io.ReadAll(s.OpenUpload(ctx, "BR-2", id))
		require.ErrorIs(t, err, ErrNoUpload)

		// Another handle (another worker) reads the same bytes.
		got, err = io.ReadAll(open().OpenUpload(ctx, "BR-1", id))
		require.NoError(t, err)
		assert.Equal(t, len(b.Bytes()), len(got))

		// Deleted while a scan reads it: an error, not a short file.
		r := s.OpenUpload(ctx, "BR-1", id)
		_, err = r.Read(make([]byte, 10))
		require.NoError(t, err)
		require.NoError(t, s.DeleteUpload(ctx, "BR-1", id))
		_, err = io.ReadAll(r)
		require.ErrorIs(t, err, ErrNoUpload)
		assert.ErrorContains(t, err, "deleted while it was read, at piece 1")
		_, err = io.ReadAll(s.OpenUpload(ctx, "BR-1", id))
		require.ErrorIs(t, err, ErrNoUpload)

		assert.True(t, IsUploadID(id))
		for _, bad := range []string{"", "up-", "up-zz" + strings.Repeat("0", 30), "../etc/passwd", strings.Repeat("a", 35)} {
			assert.False(t, IsUploadID(bad), bad)
		}

		// An empty file is an upload with nothing in it, not an error.
		id, size, err = s.PutUpload(ctx, "BR-1", strings.NewReader(""), at)
		require.NoError(t, err)
		assert.Zero(t, size)
		got, err = io.ReadAll(s.OpenUpload(ctx, "BR-1", id))
		require.NoError(t, err, "an empty export is read as empty (the scan says so), not as missing")
		assert.Empty(t, got)

		// A purge of the list takes uploads not yet scanned.
		id, _, err = s.PutUpload(ctx, "BR-1", strings.NewReader("a,b\n"), at)
		require.NoError(t, err)
		_, err = s.DeleteLists(ctx, "BR-1", "ayla", at)
		require.NoError(t, err)
		_, err = io.ReadAll(s.OpenUpload(ctx, "BR-1", id))
		require.ErrorIs(t, err, ErrNoUpload)
	})
}
