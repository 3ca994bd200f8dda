package stakeholder_test

import (
	"bytes"
	"container/heap"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// refNetwork is the plain reference the leverage search is held against:
// the documented algorithm written the obvious way — adjacency lists, a
// container/heap priority queue of (cost, node) with stale entries skipped,
// a settled flag per node — with the documented tie-breaking (nodes
// numbered in ID order; among equally strong paths, the predecessor of
// least number; the queue settles equal costs by number). It takes valid
// input only.
type refNetwork struct {
	ids   []uuid.UUID
	index map[uuid.UUID]int
	adj   [][]refArc
}

type refArc struct {
	to     int
	weight float64
}

func newRefNetwork(nodes []uuid.UUID, edges []stakeholder.Edge) *refNetwork {
	r := &refNetwork{ids: slices.Clone(nodes), index: map[uuid.UUID]int{}}
	slices.SortFunc(r.ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	for i, id := range r.ids {
		r.index[id] = i
	}
	r.adj = make([][]refArc, len(r.ids))
	for _, e := range edges {
		f := r.index[e.From]
		r.adj[f] = append(r.adj[f], refArc{r.index[e.To], e.Weight})
	}
	for _, a := range r.adj {
		sort.Slice(a, func(i, j int) bool { return a[i].to < a[j].to })
	}
	return r
}

type refEntry struct {
	d float64
	v int
}

type refQueue []refEntry

func (q refQueue) Len() int { return len(q) }
func (q refQueue) Less(i, j int) bool {
	if q[i].d != q[j].d {
		return q[i].d < q[j].d
	}
	return q[i].v < q[j].v
}
func (q refQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *refQueue) Push(x any)   { *q = append(*q, x.(refEntry)) }
func (q *refQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// dijkstra returns each node's least cost from src (+Inf when out of
// reach) and its predecessor on the strongest path (−1 for none).
func (r *refNetwork) dijkstra(src int) ([]float64, []int) {
	dist, prev, settled := make([]float64, len(r.ids)), make([]int, len(r.ids)), make([]bool, len(r.ids))
	for i := range dist {
		dist[i], prev[i] = math.Inf(1), -1
	}
	dist[src] = 0
	q := &refQueue{{0, src}}
	for q.Len() > 0 {
		e := heap.Pop(q).(refEntry)
		if settled[e.v] || e.d > dist[e.v] {
			continue
		}
		u := e.v
		settled[u] = true
		for _, a := range r.adj[u] {
			if settled[a.to] {
				continue
			}
			nd := dist[u] + -math.Log(a.weight)
			switch {
			case nd < dist[a.to]:
				dist[a.to], prev[a.to] = nd, u
				heap.Push(q, refEntry{nd, a.to})
			case nd == dist[a.to] && prev[a.to] >= 0 && u < prev[a.to]:
				prev[a.to] = u
			}
		}
	}
	return dist, prev
}

func (r *refNetwork) weight(u, v int) float64 {
	for _, a := range r.adj[u] {
		if a.to == v {
			return a.weight
		}
	}
	panic("no edge")
}

// product multiplies the weights from the target back to the source.
func (r *refNetwork) product(prev []int, t int) float64 {
	p := 1.0
	for v := t; prev[v] != -1; v = prev[v] {
		p *= r.weight(prev[v], v)
	}
	return p
}

func (r *refNetwork) leverage(from uuid.UUID, targets []uuid.UUID) stakeholder.Leverage {
	src := r.index[from]
	dist, prev := r.dijkstra(src)
	out := stakeholder.Leverage{Paths: []stakeholder.Path{}, Intermediaries: []stakeholder.Intermediary{}, Unreachable: []uuid.UUID{}} // lists are never nil, as JSON writes them
	through := map[int]*stakeholder.Intermediary{}
	seen := map[int]bool{}
	for _, id := range targets {
		t := r.index[id]
		if seen[t] {
			continue
		}
		seen[t] = true
		switch {
		case t == src:
			out.Paths = append(out.Paths, stakeholder.Path{Target: id, Nodes: []uuid.UUID{id}, Strength: 1})
			continue
		case math.IsInf(dist[t], 1):
			out.Unreachable = append(out.Unreachable, id)
			continue
		}
		var nodes []int
		for v := t; v != -1; v = prev[v] {
			nodes = append(nodes, v)
		}
		slices.Reverse(nodes)
		p := stakeholder.Path{Target: id, Strength: r.product(prev, t)}
		for i, v := range nodes {
			p.Nodes = append(p.Nodes, r.ids[v])
			if i > 0 && i < len(nodes)-1 {
				if through[v] == nil {
					through[v] = &stakeholder.Intermediary{ID: r.ids[v]}
				}
				through[v].Paths++
				through[v].Strength += p.Strength
			}
		}
		out.Paths = append(out.Paths, p)
	}
	sort.Slice(out.Paths, func(i, j int) bool {
		a, b := out.Paths[i], out.Paths[j]
		if a.Strength != b.Strength {
			return a.Strength > b.Strength
		}
		return bytes.Compare(a.Target[:], b.Target[:]) < 0
	})
	for _, im := range through {
		out.Intermediaries = append(out.Intermediaries, *im)
	}
	sort.Slice(out.Intermediaries, func(i, j int) bool {
		a, b := out.Intermediaries[i], out.Intermediaries[j]
		if a.Paths != b.Paths {
			return a.Paths > b.Paths
		}
		if a.Strength != b.Strength {
			return a.Strength > b.Strength
		}
		return bytes.Compare(a.ID[:], b.ID[:]) < 0
	})
	sort.Slice(out.Unreachable, func(i, j int) bool { return bytes.Compare(out.Unreachable[i][:], out.Unreachable[j][:]) < 0 })
	for _, d := range dist {
		if math.IsInf(d, 1) {
			out.Isolated++
		}
	}
	return out
}

func (r *refNetwork) strongest(from, to uuid.UUID) float64 {
	dist, prev := r.dijkstra(r.index[from])
	t := r.index[to]
	if math.IsInf(dist[t], 1) {
		return 0
	}
	return r.product(prev, t)
}

// tieGraph is a random graph made for ties: weights from a few values, 1
// among them (edges of cost 0, cycles of them), and nodes that reach one
// another by many equally strong paths.
func tieGraph(r *rand.Rand, maxNodes int) graph {
	g := randomGraph(r, maxNodes)
	few := []float64{1, 1, 0.5, 0.25, 0.125, 0.8, 0.64}
	for i := range g.edges {
		if r.IntN(4) > 0 {
			g.edges[i].Weight = few[r.IntN(len(few))]
		}
	}
	return g
}

// TestLeverageMatchesReference holds Network.Leverage and
// Network.Strongest to the plain reference on random graphs, sparse and
// dense, with and without ties: equal results, to the bit, in the same
// order — paths, predecessors chosen among equally strong paths,
// intermediaries, the unreachable and the isolated.
func TestLeverageMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 1))
	for run := range 1500 {
		var g graph
		switch run % 3 {
		case 0:
			g = randomGraph(r, 40)
		case 1:
			g = tieGraph(r, 40)
		default:
			g = tieGraph(r, 300)
		}
		n := mustNetwork(t, g.nodes, g.edges)
		ref := newRefNetwork(g.nodes, g.edges)
		from := g.nodes[r.IntN(len(g.nodes))]
		var targets []uuid.UUID
		for range r.IntN(len(g.nodes) + 1) {
			targets = append(targets, g.nodes[r.IntN(len(g.nodes))])
		}
		lev, err := n.Leverage(from, targets)
		require.NoError(t, err)
		want := ref.leverage(from, targets)
		require.Equal(t, want, lev, "run %d", run)
		for _, to := range targets[:min(len(targets), 5)] {
			s, ok := n.Strongest(from, to)
			require.True(t, ok)
			assert.Equal(t, ref.strongest(from, to), s, "run %d: strongest to %v", run, to)
		}
	}
}

// TestLeverageMatchesReferenceLarge does the same on one network of 20,000
// nodes and 200,000 edges, from several organisations.
func TestLeverageMatchesReferenceLarge(t *testing.T) {
	nodes, edges := genGraph(20_000, 200_000)
	r := rand.New(rand.NewPCG(28, 2))
	few := []float64{1, 0.5, 0.25}
	for i := range edges {
		if r.IntN(3) == 0 {
			edges[i].Weight = few[r.IntN(len(few))]
		}
	}
	n := mustNetwork(t, nodes, edges)
	ref := newRefNetwork(nodes, edges)
	for range 3 {
		from := nodes[r.IntN(len(nodes))]
		targets := make([]uuid.UUID, 50)
		for i := range targets {
			targets[i] = nodes[r.IntN(len(nodes))]
		}
		lev, err := n.Leverage(from, targets)
		require.NoError(t, err)
		require.Equal(t, ref.leverage(from, targets), lev)
	}
}
