package idindex_test

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/idindex"
)

// check compares the index with a Go map on every ID and on others.
func check(t *testing.T, ids []uuid.UUID, r *rand.Rand) *idindex.Index {
	t.Helper()
	want := map[uuid.UUID]int32{}
	var wantDups []int
	for i, id := range ids {
		if _, ok := want[id]; ok {
			wantDups = append(wantDups, i)
			continue
		}
		want[id] = int32(i)
	}
	var dups []int
	x := idindex.New(ids, func(pos int) { dups = append(dups, pos) })
	assert.Equal(t, wantDups, dups)
	for id, pos := range want {
		got, ok := x.Get(id)
		require.True(t, ok, "%v", id)
		require.Equal(t, pos, got, "%v", id)
	}
	for range 1000 {
		var id uuid.UUID
		binary.LittleEndian.PutUint64(id[:8], r.Uint64())
		binary.LittleEndian.PutUint64(id[8:], r.Uint64())
		_, in := want[id]
		_, got := x.Get(id)
		require.Equal(t, in, got)
	}
	return x
}

func TestRandomAndSequentialIDs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 8, 1000, 20_000} {
		ids := make([]uuid.UUID, n)
		for i := range ids {
			binary.LittleEndian.PutUint64(ids[i][:8], r.Uint64())
			binary.LittleEndian.PutUint64(ids[i][8:], r.Uint64())
		}
		assert.False(t, check(t, ids, r).Mapped(), "random IDs stay in the table")
		// IDs that differ in a few bytes only, as tests and some systems write them.
		seq := make([]uuid.UUID, n)
		for i := range seq {
			seq[i] = uuid.MustParse("00000000-0000-4000-8000-000000000000")
			binary.BigEndian.PutUint32(seq[i][12:], uint32(i))
		}
		assert.False(t, check(t, seq, r).Mapped(), "sequential IDs stay in the table")
	}
}

func TestDuplicates(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	a, b := uuid.New(), uuid.New()
	check(t, []uuid.UUID{a, b, a, a, b, uuid.Nil, uuid.Nil}, r)
}

// IDs crafted to collide in the table make it give up for a map: every
// lookup stays bounded, and the answers are the same.
func TestCollidingIDsFallBackToAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	// Forty random IDs that all hash to one slot of the 128-slot table
	// forty IDs get: more than the probe bound in one run.
	assert.True(t, check(t, collidingIDs(r, 40), r).Mapped(), "40 IDs in one slot exceed the probe bound")
}

// slotOf mirrors the package's hash for a table of 2^bits slots.
func slotOf(id uuid.UUID, bits uint) int {
	h := binary.LittleEndian.Uint64(id[:8])*0x9E3779B97F4A7C15 ^ binary.LittleEndian.Uint64(id[8:])
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	return int(h >> (64 - bits))
}

func TestGetMany(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	ids := make([]uuid.UUID, 3000)
	for i := range ids {
		binary.LittleEndian.PutUint64(ids[i][:8], r.Uint64())
		binary.LittleEndian.PutUint64(ids[i][8:], r.Uint64())
	}
	colliding := collidingIDs(r, 40)
	mapped := idindex.New(colliding, nil)
	require.True(t, mapped.Mapped())
	for _, x := range []*idindex.Index{idindex.New(ids, nil), mapped} {
		q := append(append(append([]uuid.UUID(nil), ids[:500]...), colliding...), uuid.New(), uuid.Nil, ids[2999])
		out := make([]int32, len(q))
		x.GetMany(q, out)
		for i, id := range q {
			want, ok := x.Get(id)
			if !ok {
				want = -1
			}
			require.Equal(t, want, out[i], "%d", i)
		}
	}
}

// collidingIDs returns n random IDs that share one slot of a 128-slot table.
func collidingIDs(r *rand.Rand, n int) []uuid.UUID {
	var ids []uuid.UUID
	target := -1
	for len(ids) < n {
		var id uuid.UUID
		binary.LittleEndian.PutUint64(id[:8], r.Uint64())
		binary.LittleEndian.PutUint64(id[8:], r.Uint64())
		if h := slotOf(id, 7); target < 0 || h == target {
			target = h
			ids = append(ids, id)
		}
	}
	return ids
}
