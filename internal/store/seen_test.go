package store

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// t0 is the tests' clock: every instant below is built from it.
var t0 = time.Date(2026, 11, 28, 1, 17, 0, 0, time.UTC)

func seenRows(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	require.NoError(t, s.db.QueryRow(`SELECT COUNT(*) FROM seen`).Scan(&n))
	return n
}

func TestFirstSeenWindow(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		ttl := 10 * time.Minute

		first, err := s.FirstSeen(ctx, "a", t0, ttl)
		require.NoError(t, err)
		assert.True(t, first)
		first, err = s.FirstSeen(ctx, "a", t0.Add(ttl-time.Second), ttl)
		require.NoError(t, err)
		assert.False(t, first, "a repeat inside the window")
		first, err = s.FirstSeen(ctx, "b", t0.Add(time.Minute), ttl)
		require.NoError(t, err)
		assert.True(t, first, "another key")

		// A repeat does not extend the window: a is still dated t0.
		first, err = s.FirstSeen(ctx, "a", t0.Add(ttl), ttl)
		require.NoError(t, err)
		assert.True(t, first, "seen exactly ttl ago is outside the window")
		assert.Equal(t, 2, seenRows(t, s), "a (again) and b")

		// Keys older than the window are pruned by the next call.
		first, err = s.FirstSeen(ctx, "c", t0.Add(3*ttl), ttl)
		require.NoError(t, err)
		assert.True(t, first)
		assert.Equal(t, 1, seenRows(t, s), "only c is left")
	})
}

func TestFirstSeenSurvivesReopen(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		first, err := s.FirstSeen(ctx, "http:abc", t0, 10*time.Minute)
		require.NoError(t, err)
		require.True(t, first)
		require.NoError(t, s.Close())

		s = open()
		defer s.Close()
		first, err = s.FirstSeen(ctx, "http:abc", t0.Add(time.Minute), 10*time.Minute)
		require.NoError(t, err)
		assert.False(t, first, "a restart does not forget what was handled")
	})
}

func TestFirstSeenRaceHasOneWinner(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		defer s.Close()
		const n = 16
		var wg sync.WaitGroup
		results := make(chan bool, n)
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				first, err := s.FirstSeen(ctx, "same", t0, time.Minute)
				assert.NoError(t, err)
				results <- first
			}()
		}
		wg.Wait()
		close(results)
		wins := 0
		for r := range results {
			if r {
				wins++
			}
		}
		assert.Equal(t, 1, wins)
	})
}

func TestFirstSeenErrors(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		_, err := s.FirstSeen(ctx, "", t0, time.Minute)
		assert.EqualError(t, err, "seen: empty key")
		_, err = s.FirstSeen(ctx, "k", t0, 0)
		assert.EqualError(t, err, "seen: ttl 0s is not positive")
		require.NoError(t, s.Close())
		_, err = s.FirstSeen(ctx, "k", t0, time.Minute)
		assert.Error(t, err, "a closed store is an error, not a first sighting")
	})
}
