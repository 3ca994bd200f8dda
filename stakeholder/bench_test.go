package stakeholder_test

import (
	"bytes"
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// genGraph makes the nodes and edges of a random influence network of n
// nodes and m edges: node 0 is the organisation, the last ten nodes the
// target's decision-makers. The same n and m give the same graph.
func genGraph(n, m int) ([]uuid.UUID, []stakeholder.Edge) {
	r := rand.New(rand.NewPCG(uint64(n), uint64(m)))
	nodes := make([]uuid.UUID, n)
	for i := range nodes {
		var id uuid.UUID
		for j := range id {
			id[j] = byte(r.Uint32())
		}
		nodes[i] = id
	}
	seen := newPairSet(m)
	edges := make([]stakeholder.Edge, 0, m)
	for len(edges) < m {
		a, b := r.IntN(n), r.IntN(n)
		if a == b || !seen.add(uint64(a)*uint64(n)+uint64(b)) {
			continue
		}
		edges = append(edges, stakeholder.Edge{From: nodes[a], To: nodes[b], Weight: 0.05 + 0.95*r.Float64()})
	}
	return nodes, edges
}

// pairSet is a set of node pairs, open addressing on a power-of-two table:
// at ten million edges a map of pairs takes longer to build than the
// network itself.
type pairSet struct {
	slots []uint64 // pair+1; 0 is empty
	mask  uint64
}

func newPairSet(n int) *pairSet {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return &pairSet{slots: make([]uint64, size), mask: uint64(size - 1)}
}

// add adds k and reports whether it was new.
func (s *pairSet) add(k uint64) bool {
	k++
	for i := (k * 0x9e3779b97f4a7c15) >> 32 & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = k
			return true
		case k:
			return false
		}
	}
}

// genNetwork builds the network of genGraph(n, m) and returns it with its
// organisation and targets.
func genNetwork(tb testing.TB, n, m int) (*stakeholder.Network, uuid.UUID, []uuid.UUID) {
	tb.Helper()
	nodes, edges := genGraph(n, m)
	net, err := stakeholder.NewNetwork(nodes, edges)
	if err != nil {
		tb.Fatal(err)
	}
	return net, nodes[0], nodes[n-10:]
}

func benchLeverage(b *testing.B, n, m int) {
	net, from, targets := genNetwork(b, n, m)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := net.Leverage(from, targets); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLeverage10k(b *testing.B)  { benchLeverage(b, 10_000, 100_000) }
func BenchmarkLeverage100k(b *testing.B) { benchLeverage(b, 100_000, 1_000_000) }

// BenchmarkLeverage1M finds the leverage on a network of 1,000,000 nodes
// and 10,000,000 edges (building it takes longer than the search).
func BenchmarkLeverage1M(b *testing.B) { benchLeverage(b, 1_000_000, 10_000_000) }

// csrGraph is genGraph(n, m) as a minimal Dijkstra wants it, laid out as
// the library lays out its network: nodes numbered in ID order, each node's
// out-edges together (compressed sparse rows) and sorted by target, the
// cost of an edge −ln(weight).
type csrGraph struct {
	start, to []int32
	cost      []float64
	src       int32
}

func genCSR(n, m int) csrGraph {
	nodes, edges := genGraph(n, m)
	ids := slices.Clone(nodes)
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	index := make(map[uuid.UUID]int32, n)
	for i, id := range ids {
		index[id] = int32(i)
	}
	type arc struct {
		from, to int32
		cost     float64
	}
	arcs := make([]arc, len(edges))
	for i, e := range edges {
		arcs[i] = arc{index[e.From], index[e.To], -math.Log(e.Weight)}
	}
	slices.SortFunc(arcs, func(a, b arc) int { return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to)) })
	g := csrGraph{start: make([]int32, n+1), to: make([]int32, len(arcs)), cost: make([]float64, len(arcs)), src: index[nodes[0]]}
	for i, a := range arcs {
		g.start[a.from+1]++
		g.to[i], g.cost[i] = a.to, a.cost
	}
	for i := 1; i <= n; i++ {
		g.start[i] += g.start[i-1]
	}
	return g
}

type floorItem struct {
	d float64
	v int32
}

// floorDijkstra is the floor the leverage search is measured against: the
// textbook Dijkstra on compressed sparse rows — a distance array, a typed
// binary heap with lazy deletion, no predecessors, no tie-breaking, no
// paths — that only returns the distances.
func floorDijkstra(g csrGraph) []float64 {
	dist := make([]float64, len(g.start)-1)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	dist[g.src] = 0
	h := []floorItem{{0, g.src}}
	for len(h) > 0 {
		it := h[0]
		last := len(h) - 1
		h[0] = h[last]
		h = h[:last]
		for i := 0; ; {
			l, m := 2*i+1, i
			if l < len(h) && h[l].d < h[m].d {
				m = l
			}
			if l+1 < len(h) && h[l+1].d < h[m].d {
				m = l + 1
			}
			if m == i {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
		if it.d > dist[it.v] {
			continue
		}
		for k := g.start[it.v]; k < g.start[it.v+1]; k++ {
			v, nd := g.to[k], it.d+g.cost[k]
			if nd < dist[v] {
				dist[v] = nd
				h = append(h, floorItem{nd, v})
				for i := len(h) - 1; i > 0; {
					p := (i - 1) / 2
					if h[p].d <= h[i].d {
						break
					}
					h[i], h[p] = h[p], h[i]
					i = p
				}
			}
		}
	}
	return dist
}

func benchFloor(b *testing.B, n, m int) {
	g := genCSR(n, m)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if d := floorDijkstra(g); d[g.src] != 0 {
			b.Fatal(d[g.src])
		}
	}
}

// BenchmarkDijkstraFloor100k and BenchmarkDijkstraFloor1M run the floor on
// the graphs of BenchmarkLeverage100k and BenchmarkLeverage1M.
func BenchmarkDijkstraFloor100k(b *testing.B) { benchFloor(b, 100_000, 1_000_000) }
func BenchmarkDijkstraFloor1M(b *testing.B)   { benchFloor(b, 1_000_000, 10_000_000) }

func BenchmarkNewNetwork100k(b *testing.B) {
	n, m := 100_000, 1_000_000
	nodes := make([]uuid.UUID, n)
	for i := range nodes {
		nodes[i] = uuid.NewSHA1(uuid.NameSpaceOID, []byte{byte(i), byte(i >> 8), byte(i >> 16)})
	}
	edges := make([]stakeholder.Edge, 0, m)
	for k := 1; len(edges) < m; k++ { // node i → node i+k, for k = 1..10
		for i := 0; i < n && len(edges) < m; i++ {
			edges = append(edges, stakeholder.Edge{From: nodes[i], To: nodes[(i+k)%n], Weight: 0.5})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stakeholder.NewNetwork(nodes, edges); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkContinuity analyses a chronological log of 1,000,000 contacts
// with 10,000 interlocutors.
func BenchmarkContinuity(b *testing.B) {
	const people, contacts = 10_000, 1_000_000
	ints := make([]stakeholder.Interlocutor, people)
	for i := range ints {
		ints[i] = stakeholder.Interlocutor{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte{byte(i), byte(i >> 8), byte(i >> 16)}), Level: actor.LevelMilitaryCommand}
	}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	log := make([]stakeholder.Contact, contacts)
	staff := []uuid.UUID{uuid.NewSHA1(uuid.NameSpaceOID, []byte("a")), uuid.NewSHA1(uuid.NameSpaceOID, []byte("b"))}
	for i := range log {
		log[i] = stakeholder.Contact{Interlocutor: ints[(i*31)%people].ID, Staff: staff[i%7/6], At: start.Add(time.Duration(i) * 2 * time.Minute),
			Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeNeutral}
	}
	at := start.Add(contacts * 2 * time.Minute)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stakeholder.AnalyseContinuity(ints, log, at, stakeholder.ContinuityOptions{CadenceDays: 30}); err != nil {
			b.Fatal(err)
		}
	}
}

// dossierData is the valid dossier with a contact log of 2,000 entries.
func dossierData(b *testing.B) []byte {
	d := validDossier()
	base := d.Contacts
	d.Contacts = nil
	for i := range 400 {
		for _, c := range base {
			c.At = c.At.Add(time.Duration(i) * 24 * time.Hour)
			d.Contacts = append(d.Contacts, c)
		}
	}
	var buf bytes.Buffer
	if err := stakeholder.EncodeDossier(&buf, d); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkDecodeDossier decodes and validates a dossier with 2,000
// contacts; BenchmarkDecodeDossierStd decodes the same bytes with
// encoding/json into a plain mirror, with no checks.
func BenchmarkDecodeDossier(b *testing.B) {
	data := dossierData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stakeholder.DecodeDossier(bytes.NewReader(data), stakeholder.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeDossierStd(b *testing.B) { jsontest.Std[stakeholder.Dossier](b, dossierData(b)) }
