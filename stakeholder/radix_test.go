package stakeholder

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRadixQueueOrder pushes and pops at random, as Dijkstra's algorithm
// does — never below the cost last popped — and holds the queue to a sorted
// list: entries come out by cost, then by node, ties and +0 included.
func TestRadixQueueOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 3))
	type entry struct {
		d float64
		v int32
	}
	for run := range 300 {
		var q radixQueue
		var ref []entry // kept sorted by cost, then node
		last := 0.0
		push := func(d float64, v int32) {
			q.push(d, v)
			i, _ := slices.BinarySearchFunc(ref, entry{d, v}, func(a, b entry) int { return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(a.v, b.v)) })
			ref = slices.Insert(ref, i, entry{d, v})
		}
		push(0, int32(r.IntN(50)))
		budget := 1 + r.IntN(400) // entries pushed in all
		for len(ref) > 0 {
			d, v := q.pop()
			require.Equal(t, ref[0], entry{d, v}, "run %d", run)
			ref, last = ref[1:], d
			assert.Equal(t, len(ref), q.len)
			for range r.IntN(4) {
				var step float64
				switch r.IntN(4) {
				case 0: // a tie with the last popped
				case 1:
					step = math.Ldexp(1, -50+r.IntN(10)) // a step in the last bits
				case 2:
					step = -math.Log(0.05 + 0.95*r.Float64())
				default:
					step = -math.Log(math.Ldexp(r.Float64(), -r.IntN(900)) + math.SmallestNonzeroFloat64) // up to 744
				}
				if budget > 0 {
					push(last+step, int32(r.IntN(50)))
					budget--
				}
			}
		}
		assert.Zero(t, q.len)
	}
}
