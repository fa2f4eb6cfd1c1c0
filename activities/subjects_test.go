package activities

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/breachwf/breach/internal/store"
)

func TestCutBatchesCoversEveryoneOnce(t *testing.T) {
	// three chunks (IDs are chunk<<16 | position), of 5, 3 and 4 people
	ranges := []store.RecipientRange{
		{First: 1<<16 | 1, Last: 1<<16 | 5, N: 5},
		{First: 4<<16 | 1, Last: 4<<16 | 3, N: 3},
		{First: 9<<16 | 1, Last: 9<<16 | 4, N: 4},
	}
	for _, size := range []int{1, 2, 4, 5, 12, 100} {
		plan := cutBatches(ranges, size)
		assert.Equal(t, 12, plan.Total, "size %d", size)
		assert.Len(t, plan.Batches, (12+size-1)/size, "size %d", size)
		// batches are contiguous half-open ranges: each person in exactly one
		var ids []int64
		for _, r := range ranges {
			for id := r.First; id <= r.Last; id++ {
				ids = append(ids, id)
			}
		}
		prev := int64(0)
		got := 0
		for _, b := range plan.Batches {
			assert.Equal(t, prev, b.After, "size %d: contiguous", size)
			assert.Greater(t, b.Until, b.After)
			n := 0
			for _, id := range ids {
				if id > b.After && id <= b.Until {
					n++
				}
			}
			assert.LessOrEqual(t, n, size)
			got += n
			prev = b.Until
		}
		assert.Equal(t, 12, got, "size %d", size)
		assert.Equal(t, ranges[2].Last, prev, "the last batch ends with the list")
	}
	assert.Empty(t, cutBatches(nil, 10).Batches)
}
