package stakeholder

import (
	"bufio"
	"bytes"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Edge says that From influences To, with Weight in (0, 1]: 1 is decisive
// influence, 0.1 a weak pull. Edges are directed. The zero value is not a
// valid edge: it joins no nodes, and its weight is not in (0, 1]. An Edge is
// a plain value, safe for concurrent use.
type Edge struct {
	From   uuid.UUID `json:"from"`
	To     uuid.UUID `json:"to"`
	Weight float64   `json:"weight"`
}

// Network is a validated influence network: directed, weighted edges between
// nodes identified by UUID. It is immutable and safe for concurrent use.
// Build one with [NewNetwork]; the zero value has no nodes.
type Network struct {
	ids    []uuid.UUID // sorted
	index  map[uuid.UUID]int32
	start  []int32   // CSR: the out-edges of node i are [start[i], start[i+1])
	to     []int32   // edge targets
	cost   []float64 // −ln(weight)
	weight []float64
}

// maxReported caps how many problems NewNetwork reports, so that a corrupt
// input of a million edges gives a readable error, not a million lines.
const maxReported = 100

// NewNetwork validates nodes and edges and builds the network. Every problem
// is a *FieldError with its path — a nil or duplicate node ("nodes[3]"), an
// edge from or to an unknown node ("edges[7].to"), an edge from a node to
// itself (ReasonCycle), a weight that is not in (0, 1] or is NaN, a repeated
// edge — reported at once, up to the first 100. NewNetwork does not modify
// its arguments.
func NewNetwork(nodes []uuid.UUID, edges []Edge) (*Network, error) {
	c := check.Errors{Pkg: pkg}
	full := func() bool { return c.Len() >= maxReported }
	n := &Network{index: make(map[uuid.UUID]int32, len(nodes))}
	for i, id := range nodes {
		switch {
		case full():
		case id == uuid.Nil:
			c.Add(check.Index("nodes", i), check.Required, "a node needs an ID")
		default:
			if _, dup := n.index[id]; dup {
				c.Add(check.Index("nodes", i), check.Duplicate, "node listed twice")
				continue
			}
			n.index[id] = 0
		}
	}
	n.ids = make([]uuid.UUID, 0, len(n.index))
	for id := range n.index {
		n.ids = append(n.ids, id)
	}
	slices.SortFunc(n.ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	for i, id := range n.ids {
		n.index[id] = int32(i)
	}
	// Count out-edges, then place them (a counting sort by source).
	n.start = make([]int32, len(n.ids)+1)
	from := make([]int32, len(edges))
	dest := make([]int32, len(edges))
	for i, e := range edges {
		f, okf := n.index[e.From]
		t, okt := n.index[e.To]
		dest[i] = t
		switch {
		case full():
			from[i] = -1
			continue
		case !okf:
			c.Add(check.Index("edges", i)+".from", check.Reference, "no node has this ID")
		case !okt:
			c.Add(check.Index("edges", i)+".to", check.Reference, "no node has this ID")
		case f == t:
			c.Add(check.Index("edges", i)+".to", check.Cycle, "a node cannot influence itself")
		case math.IsNaN(e.Weight) || e.Weight <= 0 || e.Weight > 1:
			c.Add(check.Index("edges", i)+".weight", check.OutOfRange, "a weight is in (0, 1]")
		default:
			from[i] = f
			n.start[f+1]++
			continue
		}
		from[i] = -1
	}
	for i := 1; i < len(n.start); i++ {
		n.start[i] += n.start[i-1]
	}
	m := int(n.start[len(n.ids)])
	n.to = make([]int32, m)
	n.cost = make([]float64, m)
	n.weight = make([]float64, m)
	next := append([]int32(nil), n.start[:len(n.ids)]...)
	order := make([]int32, m) // edge index per slot, to report duplicates by path
	for i, e := range edges {
		f := from[i]
		if f < 0 {
			continue
		}
		k := next[f]
		next[f]++
		n.to[k], n.weight[k], n.cost[k], order[k] = dest[i], e.Weight, -math.Log(e.Weight), int32(i)
	}
	// Sort each node's out-edges by target, and refuse repeated edges.
	for v := range n.ids {
		lo, hi := n.start[v], n.start[v+1]
		adj := adjacency{n, lo, hi, order}
		switch {
		case hi-lo > 16:
			sort.Stable(adj) // stable, so repeated edges keep their input order
		case hi-lo > 1:
			for i := 1; i < adj.Len(); i++ { // insertion sort: no allocation for short lists
				for j := i; j > 0 && adj.Less(j, j-1); j-- {
					adj.Swap(j, j-1)
				}
			}
		}
		for k := lo + 1; k < hi; k++ {
			if n.to[k] == n.to[k-1] && !full() {
				c.Add(check.Index("edges", int(max(order[k], order[k-1]))), check.Duplicate, "the same edge twice")
			}
		}
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	return n, nil
}

type adjacency struct {
	n      *Network
	lo, hi int32
	order  []int32
}

func (a adjacency) Len() int           { return int(a.hi - a.lo) }
func (a adjacency) Less(i, j int) bool { return a.n.to[a.lo+int32(i)] < a.n.to[a.lo+int32(j)] }
func (a adjacency) Swap(i, j int) {
	x, y := a.lo+int32(i), a.lo+int32(j)
	a.n.to[x], a.n.to[y] = a.n.to[y], a.n.to[x]
	a.n.cost[x], a.n.cost[y] = a.n.cost[y], a.n.cost[x]
	a.n.weight[x], a.n.weight[y] = a.n.weight[y], a.n.weight[x]
	a.order[x], a.order[y] = a.order[y], a.order[x]
}

// Len returns the number of nodes.
func (n *Network) Len() int { return len(n.ids) }

// Edges returns the number of edges.
func (n *Network) Edges() int { return len(n.to) }

// Has reports whether id is a node of the network.
func (n *Network) Has(id uuid.UUID) bool {
	_, ok := n.index[id]
	return ok
}

// Path is a chain of influence from the organisation to a target: Nodes run
// from the organisation to the target, and Strength is the product of the
// edges' weights along it. The zero value is not a path: it has no nodes.
// A Path is a plain value; nothing in this package modifies its Nodes, so it
// is safe for concurrent reads.
type Path struct {
	Target   uuid.UUID   `json:"target"`
	Nodes    []uuid.UUID `json:"nodes"`
	Strength float64     `json:"strength"`
}

// Intermediary is a node on the strongest paths to the targets: how many of
// those paths pass through it, and the total strength they carry. The zero
// value names no node. An Intermediary is a plain value, safe for concurrent
// use.
type Intermediary struct {
	ID       uuid.UUID `json:"id"`
	Paths    int       `json:"paths"`
	Strength float64   `json:"strength"`
}

// Leverage is what the organisation can bring to bear on the targets through
// the network. The zero value is an empty result: no paths, no
// intermediaries, nothing unreachable or isolated. A Leverage is a plain
// value; nothing in this package modifies its slices, so it is safe for
// concurrent reads.
type Leverage struct {
	// Paths holds the strongest path to each reachable target, strongest
	// first (ties by target ID).
	Paths []Path `json:"paths"`
	// Intermediaries are the nodes those paths pass through, the ones most
	// paths rely on first (then by strength carried, then by ID).
	Intermediaries []Intermediary `json:"intermediaries"`
	// Unreachable lists the targets no path reaches, by ID.
	Unreachable []uuid.UUID `json:"unreachable"`
	// Isolated counts every node, target or not, that no path from the
	// organisation reaches.
	Isolated int `json:"isolated"`
}

func (l Leverage) clone() Leverage {
	l.Paths = mapSlice(l.Paths, func(p Path) Path { p.Nodes = slices.Clone(p.Nodes); return p })
	l.Intermediaries = slices.Clone(l.Intermediaries)
	l.Unreachable = slices.Clone(l.Unreachable)
	return l
}

// Leverage finds the strongest path of influence from the organisation's
// node to each target.
//
// The strength of a path is the product of its edges' weights: influence
// passed on through an intermediary is diluted at each step, as trust is in
// multiplicative trust propagation, and a chain is never stronger than its
// weakest link. Maximising the product is minimising the sum of −ln(weight),
// so the strongest paths are shortest paths, found with Dijkstra's algorithm
// on a radix heap of the costs — each edge looked at once, each entry of the
// queue moved at most 64 times, a few in practice; ties between equally
// strong paths are broken by node order, so the result is deterministic
// whatever the order of the input.
// Adding an edge never weakens a strongest path. A target that is the
// organisation itself gets the one-node path of strength 1.
//
// The intermediaries that matter most are found as in Brandes' single-source
// betweenness, restricted to the paths that matter: for each node, the number
// of strongest paths from the organisation to a target that pass through it.
//
// An unknown organisation or target is a *FieldError.
func (n *Network) Leverage(from uuid.UUID, targets []uuid.UUID) (Leverage, error) {
	c := check.Errors{Pkg: pkg}
	src, ok := n.index[from]
	if !ok {
		c.Add("from", check.Reference, "the organisation is not a node of the network")
	}
	tix := make([]int32, 0, len(targets))
	for i, t := range targets {
		v, ok := n.index[t]
		if !ok {
			c.Add(check.Index("targets", i), check.Reference, "no node has this ID")
			continue
		}
		tix = append(tix, v)
	}
	if err := c.Err(); err != nil {
		return Leverage{}, err
	}
	sr := n.dijkstra(src, -1)

	out := Leverage{Paths: []Path{}, Intermediaries: []Intermediary{}, Unreachable: []uuid.UUID{}}
	through := make(map[int32]*Intermediary)
	seen := make(map[int32]bool, len(tix))
	for _, t := range tix {
		if seen[t] {
			continue
		}
		seen[t] = true
		if t == src { // the organisation reaches itself
			out.Paths = append(out.Paths, Path{Target: n.ids[t], Nodes: []uuid.UUID{n.ids[t]}, Strength: 1})
			continue
		}
		if math.IsInf(sr.d[t], 1) {
			out.Unreachable = append(out.Unreachable, n.ids[t])
			continue
		}
		var nodes []int32
		for v := t; v != -1; v = sr.prev[v] {
			nodes = append(nodes, v)
		}
		slices.Reverse(nodes)
		p := Path{Target: n.ids[t], Strength: n.product(sr.prev, t), Nodes: make([]uuid.UUID, len(nodes))}
		for i, v := range nodes {
			p.Nodes[i] = n.ids[v]
			if i > 0 && i < len(nodes)-1 {
				im := through[v]
				if im == nil {
					im = &Intermediary{ID: n.ids[v]}
					through[v] = im
				}
				im.Paths++
				im.Strength += p.Strength
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
	sort.Slice(out.Unreachable, func(i, j int) bool {
		return bytes.Compare(out.Unreachable[i][:], out.Unreachable[j][:]) < 0
	})
	for _, d := range sr.d {
		if math.IsInf(d, 1) {
			out.Isolated++
		}
	}
	return out, nil
}

// edgeWeight returns the weight of the edge u → v, which exists.
func (n *Network) edgeWeight(u, v int32) float64 {
	lo, hi := int(n.start[u]), int(n.start[u+1])
	k := lo + sort.Search(hi-lo, func(i int) bool { return n.to[lo+i] >= v })
	return n.weight[k]
}

// Strongest returns the strength of the strongest path from one node to
// another: 0 when none exists, 1 from a node to itself, and false when either
// is not a node.
func (n *Network) Strongest(from, to uuid.UUID) (float64, bool) {
	s, ok1 := n.index[from]
	t, ok2 := n.index[to]
	if !ok1 || !ok2 {
		return 0, false
	}
	sr := n.dijkstra(s, t)
	if math.IsInf(sr.d[t], 1) {
		return 0, true
	}
	return n.product(sr.prev, t), true
}

// product multiplies the weights along the strongest path ending at t, as
// the predecessors record it: the documented strength, exactly as a
// product.
func (n *Network) product(prev []int32, t int32) float64 {
	p := 1.0
	for v := t; prev[v] != -1; v = prev[v] {
		p *= n.edgeWeight(prev[v], v)
	}
	return p
}

// search is what Dijkstra's algorithm found from a source: for each node,
// the least cost (+Inf when out of reach) and the predecessor on the
// strongest path (−1 for none). Costs and predecessors sit in arrays of
// their own, so that the costs — read for every edge, in no order — take 8
// bytes a node of cache, not 16.
type search struct {
	d    []float64
	prev []int32
}

// dijkstra searches from src. With stop ≥ 0 it returns once stop is
// settled: the costs and predecessors of the nodes settled by then are
// final, the others are not.
//
// Nodes are settled in order of cost, then of number — whatever queue holds
// them, that order is the same — and among equally strong paths to a node
// the predecessor of least number wins, so the result is deterministic.
func (n *Network) dijkstra(src, stop int32) search {
	s := search{d: make([]float64, len(n.ids)), prev: make([]int32, len(n.ids))}
	done := make([]uint64, (len(n.ids)+63)/64) // settled nodes, a bit each
	d, prev := s.d, s.prev
	for i := range d {
		d[i], prev[i] = math.Inf(1), -1
	}
	d[src] = 0
	var q radixQueue
	q.push(0, src)
	start, to, cost := n.start, n.to, n.cost
	for q.len > 0 {
		du, u := q.pop()
		if du > d[u] || done[u>>6]&(1<<(u&63)) != 0 {
			continue // a stale entry
		}
		done[u>>6] |= 1 << (u & 63)
		if u == stop {
			break
		}
		for k, end := start[u], start[u+1]; k < end; k++ {
			v := to[k]
			nd := du + cost[k]
			// A settled node is never improved: its cost is at most du, and
			// costs are not negative. Only a tie needs to know it is
			// settled, so that predecessors only ever point at settled
			// nodes: no cycles.
			switch dv := d[v]; {
			case nd < dv:
				d[v], prev[v] = nd, u
				q.push(nd, v)
			case nd == dv && done[v>>6]&(1<<(v&63)) == 0 && prev[v] >= 0 && u < prev[v]:
				prev[v] = u
			}
		}
	}
	return s
}

// WriteDOT writes the network in Graphviz DOT, nodes and edges in ID order,
// each edge labelled with its weight. label names a node; nil labels each by
// the first eight characters of its ID, so that no name leaves the program
// unless the caller chooses to show it.
func (n *Network) WriteDOT(w io.Writer, label func(uuid.UUID) string) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph influence {\n\trankdir=LR;\n\tnode [shape=box];\n")
	for _, id := range n.ids {
		l := short(id)
		if label != nil {
			l = label(id)
		}
		bw.WriteString("\t\"" + id.String() + "\" [label=" + dotQuote(l) + "];\n")
	}
	for u, id := range n.ids {
		for k := n.start[u]; k < n.start[u+1]; k++ {
			wt := strconv.FormatFloat(n.weight[k], 'g', 3, 64)
			bw.WriteString("\t\"" + id.String() + "\" -> \"" + n.ids[n.to[k]].String() + "\" [label=\"" + wt +
				"\", penwidth=" + strconv.FormatFloat(0.5+3*n.weight[k], 'f', 2, 64) + "];\n")
		}
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			if r >= 0x20 {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
