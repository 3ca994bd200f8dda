package agreement

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
)

// TestDueOrderPackedAgreesWithKeys holds the packed sort of the due order
// equal to the plain one on random commitments: dates at whole seconds,
// many due the same second, a few at fractions of a second (which the
// packed sort declines), and random marks.
func TestDueOrderPackedAgreesWithKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 4))
	base := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	declined := 0
	for run := range 500 {
		n := r.IntN(300)
		a := Agreement{Commitments: make([]Commitment, n)}
		marks := make([]uint8, n)
		marked := 0
		for i := range a.Commitments {
			var id uuid.UUID
			for b := range id {
				id[b] = byte(r.Uint32())
			}
			due := base.Add(time.Duration(r.IntN(1+run%40)) * 24 * time.Hour)
			switch r.IntN(50) {
			case 0:
				due = due.Add(time.Duration(1 + r.IntN(999)))
			case 1:
				due = due.In(time.FixedZone("UTC+3", 3*3600))
			}
			a.Commitments[i] = Commitment{ID: id, Due: due}
			if r.IntN(4) > 0 {
				marks[i] = uint8(1 + r.IntN(255))
				marked++
			}
		}
		want := a.dueOrderKeys(marks, marked)
		got, ok := a.dueOrderPacked(marks, marked)
		if !ok {
			declined++
			continue
		}
		if !slices.Equal(want, got) {
			t.Fatalf("run %d: packed %v, plain %v", run, got, want)
		}
		if !slices.Equal(want, a.dueOrder(marks)) {
			t.Fatalf("run %d: dueOrder differs from the plain sort", run)
		}
	}
	if declined == 0 || declined == 500 {
		t.Fatalf("%d of 500 runs declined: the test must try both paths", declined)
	}
}

// TestIDLessIsBytesCompare holds idLess to bytes.Compare on random IDs,
// many sharing their first eight bytes or all sixteen.
func TestIDLessIsBytesCompare(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 16))
	for range 20000 {
		var a, b uuid.UUID
		for i := range a {
			a[i] = byte(r.Uint32())
		}
		b = a
		switch r.IntN(3) {
		case 0:
			for i := range b {
				b[i] = byte(r.Uint32())
			}
		case 1:
			b[8+r.IntN(8)] ^= byte(1 + r.IntN(255))
		}
		if got, want := idLess(a, b), bytes.Compare(a[:], b[:]); got != want {
			t.Fatalf("idLess(%x, %x) = %d, bytes.Compare %d", a, b, got, want)
		}
	}
}

// TestIDsInOrderIsSortByID holds the packed sort of delisting's
// outstanding IDs equal to sorting the IDs with idLess, on random IDs, many
// of them sharing their first bytes or all of them, and random subsets of
// the commitments.
func TestIDsInOrderIsSortByID(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 5))
	for run := range 500 {
		n := r.IntN(300)
		a := Agreement{Commitments: make([]Commitment, n)}
		for i := range a.Commitments {
			id := &a.Commitments[i].ID
			for b := range id {
				id[b] = byte(r.Uint32())
			}
			if i > 0 && r.IntN(3) == 0 {
				// Shares the first 5, 6, 7 or 16 bytes of another.
				k := pick(r, 5, 6, 7, 16)
				copy(id[:k], a.Commitments[r.IntN(i)].ID[:k])
			}
		}
		var keys []uint64
		var want []uuid.UUID
		for i := range a.Commitments {
			if r.IntN(4) > 0 {
				keys = append(keys, a.idKey(i))
				want = append(want, a.Commitments[i].ID)
			}
		}
		slices.SortFunc(want, idLess)
		got := a.idsInOrder(keys)
		if got == nil || !slices.Equal(want, got) {
			t.Fatalf("run %d: packed %v, plain %v", run, got, want)
		}
	}
}

func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

// TestDueOrderPackedSharedPrefixes holds the packed sort of the due order
// equal to the plain one when IDs share their first bytes, or all of them,
// and the due dates span from one second to 136 years (the plain sort
// works in UnixNano's range), so that the IDs' bits in the key range from
// all those left by the index to a dozen.
func TestDueOrderPackedSharedPrefixes(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 6))
	base := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	for run := range 500 {
		n := r.IntN(200)
		a := Agreement{Commitments: make([]Commitment, n)}
		marks := make([]uint8, n)
		marked := 0
		span := int64(1) << r.IntN(33)
		for i := range a.Commitments {
			c := &a.Commitments[i]
			for b := range c.ID {
				c.ID[b] = byte(r.Uint32())
			}
			if i > 0 && r.IntN(2) == 0 {
				k := 1 + r.IntN(15)
				copy(c.ID[:k], a.Commitments[r.IntN(i)].ID[:k])
			}
			c.Due = time.Unix(base.Unix()+r.Int64N(min(span, 1+int64(run%5)*3)), 0)
			if run%3 == 0 {
				c.Due = time.Unix(base.Unix()+r.Int64N(span), 0)
			}
			if r.IntN(4) > 0 {
				marks[i] = 1
				marked++
			}
		}
		want := a.dueOrderKeys(marks, marked)
		got, ok := a.dueOrderPacked(marks, marked)
		if !ok {
			t.Fatalf("run %d: declined", run)
		}
		if !slices.Equal(want, got) {
			t.Fatalf("run %d: packed %v, plain %v", run, got, want)
		}
	}
}

// TestSortByPrefix holds the radix sort of packed keys to the integer
// sort: the same keys, in the same order of their bits above the index, on
// random keys of up to 5,000, some sharing those bits, some whose high
// digits are all alike (so that passes are skipped).
func TestSortByPrefix(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 7))
	for run := range 300 {
		n := r.IntN(5000)
		top := uint(1 + r.IntN(64-indexBits)) // bits of prefix that vary
		keys := make([]uint64, n)
		for i := range keys {
			prefix := r.Uint64() >> (64 - top)
			if i > 0 && r.IntN(4) == 0 {
				prefix = keys[r.IntN(i)] >> indexBits
			}
			keys[i] = prefix<<indexBits | uint64(i)
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		got := slices.Clone(keys)
		sortByPrefix(got)
		sortedWant, sortedGot := slices.Clone(want), slices.Clone(got)
		slices.Sort(sortedGot)
		if !slices.Equal(sortedWant, sortedGot) {
			t.Fatalf("run %d: the keys changed", run)
		}
		for i := range want {
			if want[i]>>indexBits != got[i]>>indexBits {
				t.Fatalf("run %d, n %d: key %d out of order", run, n, i)
			}
		}
	}
}
