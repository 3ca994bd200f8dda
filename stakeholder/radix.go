package stakeholder

import (
	"math"
	"math/bits"
)

// radixQueue is the priority queue of the leverage search: a radix heap
// (Ahuja, Mehlhorn, Orlin and Tarjan, 1990) on the bits of the costs. It
// gives its entries in order of cost, then of node number, provided no
// entry pushed costs less than the last one popped — true of Dijkstra's
// algorithm, where costs only grow from the node being settled.
//
// Costs are float64s of at least +0, and such floats order as their bit
// patterns do as unsigned integers. Bucket i ≥ 1 holds the entries whose
// key first differs from the last key popped at bit i−1 (counting from the
// lowest); b0, those whose key equals it, as a binary heap by node, so that
// equal costs come out in order of node. Pushing is an append; popping from
// an empty b0 takes the first bucket that is not empty (a bit mask finds
// it), makes its least key the last, and spreads the bucket over the
// buckets below. An entry moves down at most 64 times, a few in practice,
// along arrays read in order: far fewer cache misses than a binary heap of
// a million entries.
//
// The zero value is an empty queue. It is not safe for concurrent use.
type radixQueue struct {
	last uint64
	len  int
	full uint64 // bit i−1 set: bucket i is not empty
	b0   []radixEntry
	b    [65][]radixEntry // b[0] unused: it is b0
}

type radixEntry struct {
	key uint64
	v   int32
}

// push adds node v at cost d, which is at least +0 and not less than the
// cost last popped.
func (q *radixQueue) push(d float64, v int32) {
	key := math.Float64bits(d)
	q.len++
	if key == q.last {
		q.push0(radixEntry{key, v})
		return
	}
	i := bits.Len64(key ^ q.last)
	q.b[i] = append(q.b[i], radixEntry{key, v})
	q.full |= 1 << (i - 1)
}

// pop removes and returns the entry of least cost, then of least node. The
// queue is not empty.
func (q *radixQueue) pop() (float64, int32) {
	if len(q.b0) == 0 {
		i := bits.TrailingZeros64(q.full) + 1
		b := q.b[i]
		m := b[0].key
		for _, e := range b[1:] {
			m = min(m, e.key)
		}
		q.last = m
		for _, e := range b {
			if e.key == m {
				q.push0(e)
				continue
			}
			j := bits.Len64(e.key ^ m) // < i: e and m agree from bit i−1 up
			q.b[j] = append(q.b[j], e)
			q.full |= 1 << (j - 1)
		}
		q.b[i] = b[:0]
		q.full &^= 1 << (i - 1)
	}
	q.len--
	return math.Float64frombits(q.last), q.pop0()
}

// push0 adds an entry of the last key to b0, a binary heap by node.
func (q *radixQueue) push0(e radixEntry) {
	h := append(q.b0, e)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if h[p].v <= h[i].v {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	q.b0 = h
}

// pop0 removes the entry of least node from b0, which is not empty.
func (q *radixQueue) pop0() int32 {
	h := q.b0
	top := h[0].v
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(h) && h[l].v < h[m].v {
			m = l
		}
		if l+1 < len(h) && h[l+1].v < h[m].v {
			m = l + 1
		}
		if m == i {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	q.b0 = h
	return top
}
