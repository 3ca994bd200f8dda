// Package idindex maps UUIDs to their positions in a list, faster than a Go
// map for the lookups a follow-up makes by the hundred thousand: an
// open-addressed table probed linearly, hashed from the UUID's own bits.
//
// A UUID's bits are not a secret, so a list could be crafted whose IDs
// collide in the table. The table bounds every probe: when inserting an ID
// would take more than maxProbe steps, it gives up and the index falls back
// to a Go map, whose hash is seeded. Lookups are therefore always bounded,
// and results never depend on which of the two holds the IDs.
package idindex

import (
	"encoding/binary"

	"github.com/google/uuid"
)

// maxProbe bounds the slots a lookup visits in the table.
const maxProbe = 32

// Index maps each ID of a list to its position. Build it with New; it is
// immutable afterwards and safe for concurrent reads. The table holds only
// positions (+1; 0 is an empty slot), four bytes a slot, and compares with
// the list itself: a small table stays in the cache.
type Index struct {
	ids   []uuid.UUID
	slots []int32
	shift uint
	m     map[uuid.UUID]int32 // the fallback, when the table gave up
}

// New indexes ids, which it keeps: the caller must not change them
// afterwards. An ID that repeats keeps its first position; dup reports the
// position of every later repeat, for the caller to report.
func New(ids []uuid.UUID, dup func(pos int)) *Index {
	x := &Index{ids: ids}
	size, bits := 8, uint(3)
	for size < 2*len(ids) {
		size, bits = size*2, bits+1
	}
	x.slots, x.shift = make([]int32, size), 64-bits
	for i, id := range ids {
		switch ok, full := x.insert(id, int32(i)); {
		case full:
			x.toMap(ids, dup)
			return x
		case !ok && dup != nil:
			dup(i)
		}
	}
	return x
}

func (x *Index) hash(id uuid.UUID) uint64 {
	h := binary.LittleEndian.Uint64(id[:8])*0x9E3779B97F4A7C15 ^ binary.LittleEndian.Uint64(id[8:])
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	return h >> x.shift
}

// insert adds id at pos; ok is false if it is there already, full true if
// it would take more than maxProbe steps.
func (x *Index) insert(id uuid.UUID, pos int32) (ok, full bool) {
	mask := uint64(len(x.slots) - 1)
	h := x.hash(id)
	for p := range maxProbe {
		s := &x.slots[(h+uint64(p))&mask]
		switch {
		case *s == 0:
			*s = pos + 1
			return true, false
		case x.ids[*s-1] == id:
			return false, false
		}
	}
	return false, true
}

func (x *Index) toMap(ids []uuid.UUID, dup func(pos int)) {
	x.ids, x.slots, x.m = nil, nil, make(map[uuid.UUID]int32, len(ids))
	for i, id := range ids {
		if _, ok := x.m[id]; ok {
			if dup != nil {
				dup(i)
			}
			continue
		}
		x.m[id] = int32(i)
	}
}

// Get returns the position of id, and whether the list holds it.
func (x *Index) Get(id uuid.UUID) (int32, bool) {
	if x.m != nil {
		pos, ok := x.m[id]
		return pos, ok
	}
	mask := uint64(len(x.slots) - 1)
	h := x.hash(id)
	for p := range maxProbe {
		s := x.slots[(h+uint64(p))&mask]
		switch {
		case s == 0:
			return 0, false
		case x.ids[s-1] == id:
			return s - 1, true
		}
	}
	return 0, false
}

// Mapped reports whether the index fell back to a Go map.
func (x *Index) Mapped() bool { return x.m != nil }

// GetMany looks up every ID of ids, writing each position to out (-1 for
// an ID the list does not hold). It reads the table for all of them before
// comparing any, so that the memory reads of different IDs overlap: much
// faster than Get in a loop when the table is larger than the cache.
func (x *Index) GetMany(ids []uuid.UUID, out []int32) {
	out = out[:len(ids)]
	if x.m != nil {
		for i, id := range ids {
			if pos, ok := x.m[id]; ok {
				out[i] = pos
			} else {
				out[i] = -1
			}
		}
		return
	}
	mask := uint64(len(x.slots) - 1)
	for i := range ids {
		out[i] = x.slots[x.hash(ids[i])&mask] // position + 1 of the first candidate, or 0
	}
	for i, id := range ids {
		s := out[i]
		switch {
		case s == 0:
			out[i] = -1
		case x.ids[s-1] == id:
			out[i] = s - 1
		default: // not the first slot: probe on
			if pos, ok := x.Get(id); ok {
				out[i] = pos
			} else {
				out[i] = -1
			}
		}
	}
}
