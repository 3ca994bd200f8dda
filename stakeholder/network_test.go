package stakeholder_test

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/stakeholder"
)

func edge(from, to uuid.UUID, w float64) stakeholder.Edge {
	return stakeholder.Edge{From: from, To: to, Weight: w}
}

func mustNetwork(t testing.TB, nodes []uuid.UUID, edges []stakeholder.Edge) *stakeholder.Network {
	t.Helper()
	n, err := stakeholder.NewNetwork(nodes, edges)
	require.NoError(t, err)
	require.NotNil(t, n)
	return n
}

func TestNewNetworkErrors(t *testing.T) {
	a, b, c, unknown := nid(1), nid(2), nid(3), nid(99)
	abc := []uuid.UUID{a, b, c}
	tests := []struct {
		name  string
		nodes []uuid.UUID
		edges []stakeholder.Edge
		want  []problem
	}{
		{"nil node", []uuid.UUID{a, uuid.Nil, b}, nil, []problem{{"nodes[1]", stakeholder.ReasonRequired}}},
		{"duplicate node", []uuid.UUID{a, b, c, b}, nil, []problem{{"nodes[3]", stakeholder.ReasonDuplicate}}},
		{"unknown from", abc, []stakeholder.Edge{edge(unknown, a, 0.5)}, []problem{{"edges[0].from", stakeholder.ReasonReference}}},
		{"unknown to", abc, []stakeholder.Edge{edge(a, b, 0.5), edge(a, unknown, 0.5)}, []problem{{"edges[1].to", stakeholder.ReasonReference}}},
		{"unknown from and to: from is reported", abc, []stakeholder.Edge{edge(unknown, nid(98), 0.5)},
			[]problem{{"edges[0].from", stakeholder.ReasonReference}}},
		{"edge from the nil node", []uuid.UUID{a, uuid.Nil}, []stakeholder.Edge{edge(uuid.Nil, a, 0.5)},
			[]problem{{"nodes[1]", stakeholder.ReasonRequired}, {"edges[0].from", stakeholder.ReasonReference}}},
		{"self-loop", abc, []stakeholder.Edge{edge(a, b, 0.5), edge(c, c, 0.5)}, []problem{{"edges[1].to", stakeholder.ReasonCycle}}},
		{"weights", abc, []stakeholder.Edge{
			edge(a, b, 0), edge(a, c, -1), edge(b, a, 1.5), edge(b, c, math.NaN()), edge(c, a, math.Inf(1)), edge(c, b, math.Inf(-1)),
		}, []problem{
			{"edges[0].weight", stakeholder.ReasonOutOfRange}, {"edges[1].weight", stakeholder.ReasonOutOfRange},
			{"edges[2].weight", stakeholder.ReasonOutOfRange}, {"edges[3].weight", stakeholder.ReasonOutOfRange},
			{"edges[4].weight", stakeholder.ReasonOutOfRange}, {"edges[5].weight", stakeholder.ReasonOutOfRange},
		}},
		{"repeated edge", abc, []stakeholder.Edge{edge(a, b, 0.5), edge(b, c, 0.5), edge(a, b, 0.7)},
			[]problem{{"edges[2]", stakeholder.ReasonDuplicate}}},
		{"repeated edge, later first in the input's order of targets", abc, []stakeholder.Edge{edge(a, c, 0.5), edge(a, b, 0.5), edge(a, c, 0.5)},
			[]problem{{"edges[2]", stakeholder.ReasonDuplicate}}},
		{"an edge three times", abc, []stakeholder.Edge{edge(b, c, 0.5), edge(b, c, 0.5), edge(b, c, 0.5)},
			[]problem{{"edges[1]", stakeholder.ReasonDuplicate}, {"edges[2]", stakeholder.ReasonDuplicate}}},
		{"every node and edge problem at once", []uuid.UUID{a, uuid.Nil, b, a}, []stakeholder.Edge{
			edge(c, a, 0.5), edge(a, a, 0.5), edge(a, b, math.NaN()), edge(b, unknown, 0.5),
		}, []problem{
			{"nodes[1]", stakeholder.ReasonRequired}, {"nodes[3]", stakeholder.ReasonDuplicate},
			{"edges[0].from", stakeholder.ReasonReference}, {"edges[1].to", stakeholder.ReasonCycle},
			{"edges[2].weight", stakeholder.ReasonOutOfRange}, {"edges[3].to", stakeholder.ReasonReference},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := stakeholder.NewNetwork(tt.nodes, tt.edges)
			require.Error(t, err)
			assert.Nil(t, n)
			assert.Equal(t, tt.want, problems(t, err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, &stakeholder.FieldError{Path: p.Path, Reason: p.Reason})
			}
		})
	}
}

// TestNewNetworkReportsDuplicatesWithOtherProblems: NewNetwork promises
// every problem at once, a repeated edge included, even next to other
// problems.
func TestNewNetworkReportsDuplicatesWithOtherProblems(t *testing.T) {
	a, b, c := nid(1), nid(2), nid(3)
	_, err := stakeholder.NewNetwork([]uuid.UUID{a, b, c}, []stakeholder.Edge{edge(a, b, 0.5), edge(a, b, 0.5), edge(b, c, math.NaN())})
	require.Error(t, err)
	assert.ElementsMatch(t, []problem{{"edges[1]", stakeholder.ReasonDuplicate}, {"edges[2].weight", stakeholder.ReasonOutOfRange}},
		problems(t, err))
}

// TestNewNetworkReportsEachRepeatOnce: with more than 16 out-edges from one
// node, the edges are sorted with sort.Sort, which is not stable; repeated
// edges then come out of input order, and the later index of each adjacent
// pair can name one repeat twice and miss another. Here the edge 1 → 5 is
// at edges[0], edges[16] and edges[17]: the repeats are edges[16] and
// edges[17], each once.
func TestNewNetworkReportsEachRepeatOnce(t *testing.T) {
	var nodes []uuid.UUID
	for i := 1; i <= 20; i++ {
		nodes = append(nodes, nid(i))
	}
	var edges []stakeholder.Edge
	for i := 2; i <= 20; i++ {
		edges = append(edges, edge(nid(1), nid(i), 0.5))
	}
	edges = append(edges, edge(nid(1), nid(5), 0.5), edge(nid(1), nid(5), 0.5))
	edges = append(edges[3:], edges[:3]...) // 1 → 5 now at 0, 16 and 17
	require.Equal(t, nid(5), edges[0].To)
	require.Equal(t, nid(5), edges[16].To)
	require.Equal(t, nid(5), edges[17].To)

	_, err := stakeholder.NewNetwork(nodes, edges)
	require.Error(t, err)
	assert.Equal(t, []problem{{"edges[16]", stakeholder.ReasonDuplicate}, {"edges[17]", stakeholder.ReasonDuplicate}},
		problems(t, err))
}

func TestNewNetworkCapsProblems(t *testing.T) {
	t.Run("nodes", func(t *testing.T) {
		_, err := stakeholder.NewNetwork(make([]uuid.UUID, 150), nil)
		ps := problems(t, err)
		require.Len(t, ps, 100)
		assert.Equal(t, problem{"nodes[0]", stakeholder.ReasonRequired}, ps[0])
		assert.Equal(t, problem{"nodes[99]", stakeholder.ReasonRequired}, ps[99])
	})
	t.Run("edges", func(t *testing.T) {
		edges := make([]stakeholder.Edge, 250)
		for i := range edges {
			edges[i] = edge(nid(1000+i), nid(1), 0.5)
		}
		_, err := stakeholder.NewNetwork([]uuid.UUID{nid(1)}, edges)
		ps := problems(t, err)
		require.Len(t, ps, 100)
		assert.Equal(t, problem{"edges[0].from", stakeholder.ReasonReference}, ps[0])
		assert.Equal(t, problem{"edges[99].from", stakeholder.ReasonReference}, ps[99])
	})
	t.Run("nodes then edges", func(t *testing.T) {
		nodes := append([]uuid.UUID{nid(1)}, make([]uuid.UUID, 60)...)
		edges := make([]stakeholder.Edge, 60)
		for i := range edges {
			edges[i] = edge(nid(1), nid(1), 0.5)
		}
		_, err := stakeholder.NewNetwork(nodes, edges)
		ps := problems(t, err)
		require.Len(t, ps, 100)
		assert.Equal(t, problem{"nodes[1]", stakeholder.ReasonRequired}, ps[0])
		assert.Equal(t, problem{"nodes[60]", stakeholder.ReasonRequired}, ps[59])
		assert.Equal(t, problem{"edges[0].to", stakeholder.ReasonCycle}, ps[60])
		assert.Equal(t, problem{"edges[39].to", stakeholder.ReasonCycle}, ps[99])
	})
	t.Run("a million bad edges", func(t *testing.T) {
		edges := make([]stakeholder.Edge, 1_000_000)
		_, err := stakeholder.NewNetwork([]uuid.UUID{nid(1)}, edges)
		assert.Len(t, problems(t, err), 100)
	})
}

func TestNewNetworkDoesNotModifyArguments(t *testing.T) {
	nodes := []uuid.UUID{nid(5), nid(3), nid(1), nid(4), nid(2)}
	edges := []stakeholder.Edge{edge(nid(5), nid(1), 0.5), edge(nid(1), nid(5), 0.25), edge(nid(3), nid(2), 1), edge(nid(1), nid(2), 0.125)}
	nodes0, edges0 := slices.Clone(nodes), slices.Clone(edges)
	n := mustNetwork(t, nodes, edges)
	assert.Equal(t, nodes0, nodes)
	assert.Equal(t, edges0, edges)

	// Nor does it keep them: changing them afterwards changes nothing.
	before, err := n.Leverage(nid(5), []uuid.UUID{nid(2)})
	require.NoError(t, err)
	nodes[0], edges[0].Weight = nid(77), 0.01
	after, err := n.Leverage(nid(5), []uuid.UUID{nid(2)})
	require.NoError(t, err)
	assert.Equal(t, before, after)
	assert.True(t, n.Has(nid(5)))
}

func TestNetworkSize(t *testing.T) {
	n := mustNetwork(t, []uuid.UUID{nid(3), nid(1), nid(2)}, []stakeholder.Edge{edge(nid(1), nid(2), 0.5), edge(nid(2), nid(1), 0.5)})
	assert.Equal(t, 3, n.Len())
	assert.Equal(t, 2, n.Edges())
	assert.True(t, n.Has(nid(1)))
	assert.True(t, n.Has(nid(3)), "a node without edges")
	assert.False(t, n.Has(nid(4)))
	assert.False(t, n.Has(uuid.Nil))

	empty := mustNetwork(t, nil, nil)
	assert.Equal(t, 0, empty.Len())
	assert.Equal(t, 0, empty.Edges())
	assert.False(t, empty.Has(nid(1)))
}

func TestZeroNetwork(t *testing.T) {
	var n stakeholder.Network
	assert.Equal(t, 0, n.Len())
	assert.Equal(t, 0, n.Edges())
	assert.False(t, n.Has(nid(1)))
	_, ok := n.Strongest(nid(1), nid(1))
	assert.False(t, ok)
	_, err := n.Leverage(nid(1), nil)
	assert.ErrorIs(t, err, &stakeholder.FieldError{Path: "from", Reason: stakeholder.ReasonReference})
	var buf bytes.Buffer
	require.NoError(t, n.WriteDOT(&buf, nil))
	assert.Equal(t, "digraph influence {\n\trankdir=LR;\n\tnode [shape=box];\n}\n", buf.String())
}

// The hand-built network of TestLeverage:
//
//	A → T1 0.2, A → B 0.9, B → T1 0.8     T1: 0.72 through B beats the direct 0.2
//	A → C 0.5, C → T2 0.5                 T2: 0.25 through C
//	B → D 0.5, D → T2 0.4                 (0.18 through B and D)
//	B → T4 0.5                            T4: 0.45 through B
//	X → T3 0.9                            T3 and X: out of reach
var (
	nA, nB, nC, nD     = nid(1), nid(2), nid(3), nid(4)
	nT1, nT2, nT3, nT4 = nid(0x10), nid(0x11), nid(0x12), nid(0x13)
	nX                 = nid(0x20)
)

func leverageGraph() ([]uuid.UUID, []stakeholder.Edge) {
	return []uuid.UUID{nA, nB, nC, nD, nT1, nT2, nT3, nT4, nX}, []stakeholder.Edge{
		edge(nA, nT1, 0.2), edge(nA, nB, 0.9), edge(nB, nT1, 0.8),
		edge(nA, nC, 0.5), edge(nC, nT2, 0.5),
		edge(nB, nD, 0.5), edge(nD, nT2, 0.4),
		edge(nB, nT4, 0.5),
		edge(nX, nT3, 0.9),
	}
}

func leverageNetwork(t testing.TB) *stakeholder.Network {
	nodes, edges := leverageGraph()
	return mustNetwork(t, nodes, edges)
}

func TestLeverage(t *testing.T) {
	n := leverageNetwork(t)
	lev, err := n.Leverage(nA, []uuid.UUID{nT2, nT1, nT3, nT4})
	require.NoError(t, err)

	require.Len(t, lev.Paths, 3)
	want := []struct {
		target   uuid.UUID
		nodes    []uuid.UUID
		strength float64
	}{
		{nT1, []uuid.UUID{nA, nB, nT1}, 0.9 * 0.8},
		{nT4, []uuid.UUID{nA, nB, nT4}, 0.9 * 0.5},
		{nT2, []uuid.UUID{nA, nC, nT2}, 0.5 * 0.5},
	}
	for i, w := range want {
		p := lev.Paths[i]
		assert.Equal(t, w.target, p.Target, "paths[%d]", i)
		assert.Equal(t, w.nodes, p.Nodes, "paths[%d]", i)
		assert.InDelta(t, w.strength, p.Strength, 1e-12, "paths[%d]", i)
	}
	assert.Equal(t, []uuid.UUID{nT3}, lev.Unreachable)
	assert.Equal(t, 2, lev.Isolated, "X and T3")

	require.Len(t, lev.Intermediaries, 2)
	assert.Equal(t, nB, lev.Intermediaries[0].ID, "two paths pass through B")
	assert.Equal(t, 2, lev.Intermediaries[0].Paths)
	assert.InDelta(t, 0.72+0.45, lev.Intermediaries[0].Strength, 1e-12)
	assert.Equal(t, nC, lev.Intermediaries[1].ID)
	assert.Equal(t, 1, lev.Intermediaries[1].Paths)
	assert.InDelta(t, 0.25, lev.Intermediaries[1].Strength, 1e-12)
}

func TestLeverageTargets(t *testing.T) {
	n := leverageNetwork(t)

	t.Run("no targets", func(t *testing.T) {
		lev, err := n.Leverage(nA, nil)
		require.NoError(t, err)
		assert.Empty(t, lev.Paths)
		assert.Empty(t, lev.Intermediaries)
		assert.Empty(t, lev.Unreachable)
		assert.Equal(t, 2, lev.Isolated)
	})
	t.Run("a target given twice counts once", func(t *testing.T) {
		lev, err := n.Leverage(nA, []uuid.UUID{nT1, nT3, nT1, nT3})
		require.NoError(t, err)
		require.Len(t, lev.Paths, 1)
		assert.Equal(t, nT1, lev.Paths[0].Target)
		assert.Equal(t, []uuid.UUID{nT3}, lev.Unreachable)
		require.Len(t, lev.Intermediaries, 1)
		assert.Equal(t, 1, lev.Intermediaries[0].Paths)
	})
	t.Run("the organisation is never out of its own reach", func(t *testing.T) {
		lev, err := n.Leverage(nA, []uuid.UUID{nA})
		require.NoError(t, err)
		assert.Empty(t, lev.Unreachable)
	})
	t.Run("unreachable targets sorted by ID", func(t *testing.T) {
		lev, err := n.Leverage(nX, []uuid.UUID{nT4, nT1, nT3, nA})
		require.NoError(t, err)
		require.Len(t, lev.Paths, 1)
		assert.Equal(t, []uuid.UUID{nX, nT3}, lev.Paths[0].Nodes)
		assert.InDelta(t, 0.9, lev.Paths[0].Strength, 1e-12)
		assert.Empty(t, lev.Intermediaries, "a direct edge has no intermediary")
		assert.Equal(t, []uuid.UUID{nA, nT1, nT4}, lev.Unreachable)
		assert.Equal(t, 7, lev.Isolated)
	})
	t.Run("unknown organisation and targets", func(t *testing.T) {
		lev, err := n.Leverage(nid(99), []uuid.UUID{nid(98), nT1, uuid.Nil})
		require.Error(t, err)
		assert.Equal(t, []problem{
			{"from", stakeholder.ReasonReference}, {"targets[0]", stakeholder.ReasonReference}, {"targets[2]", stakeholder.ReasonReference},
		}, problems(t, err))
		assert.Equal(t, stakeholder.Leverage{}, lev)
		_, err = n.Leverage(nA, []uuid.UUID{nT1, nid(98)})
		assert.Equal(t, []problem{{"targets[1]", stakeholder.ReasonReference}}, problems(t, err))
	})
}

func TestLeverageIntermediaryOrder(t *testing.T) {
	// Two intermediaries with one path each and equal strength: by ID.
	a, p, q, t1, t2 := nid(1), nid(8), nid(7), nid(20), nid(21)
	n := mustNetwork(t, []uuid.UUID{a, p, q, t1, t2}, []stakeholder.Edge{
		edge(a, p, 0.5), edge(p, t1, 0.5), edge(a, q, 0.5), edge(q, t2, 0.5),
	})
	lev, err := n.Leverage(a, []uuid.UUID{t1, t2})
	require.NoError(t, err)
	require.Len(t, lev.Intermediaries, 2)
	assert.Equal(t, q, lev.Intermediaries[0].ID)
	assert.Equal(t, p, lev.Intermediaries[1].ID)
	// Paths of equal strength: by target ID.
	require.Len(t, lev.Paths, 2)
	assert.Equal(t, t1, lev.Paths[0].Target)
	assert.Equal(t, t2, lev.Paths[1].Target)

	// A chain: the nearer intermediary carries more paths.
	c1, c2, c3, c4 := nid(30), nid(31), nid(32), nid(33)
	n = mustNetwork(t, []uuid.UUID{a, c4, c3, c2, c1}, []stakeholder.Edge{
		edge(a, c4, 0.9), edge(c4, c3, 0.9), edge(c3, c2, 0.9), edge(c2, c1, 0.9),
	})
	lev, err = n.Leverage(a, []uuid.UUID{c1, c2, c3})
	require.NoError(t, err)
	require.Len(t, lev.Intermediaries, 3)
	assert.Equal(t, []uuid.UUID{c4, c3, c2}, []uuid.UUID{lev.Intermediaries[0].ID, lev.Intermediaries[1].ID, lev.Intermediaries[2].ID})
	assert.Equal(t, []int{3, 2, 1}, []int{lev.Intermediaries[0].Paths, lev.Intermediaries[1].Paths, lev.Intermediaries[2].Paths})
	// c3 is both a target and an intermediary on the way to c2 and c1.
	assert.Equal(t, []uuid.UUID{a, c4, c3}, lev.Paths[0].Nodes)
}

// TestLeverageStrengthIsExactProduct: Path.Strength is documented as the
// product of the edges' weights along the path. It is computed as
// exp(−Σ −ln w), which is off by an ulp or two: a single edge of weight 0.7
// gives 0.6999999999999998.
func TestLeverageStrengthIsExactProduct(t *testing.T) {
	a, b, c := nid(1), nid(2), nid(3)
	for _, w := range []float64{0.7, 0.3, 0.1, 0.9, 0.45, 1.0 / 11} {
		n := mustNetwork(t, []uuid.UUID{a, b}, []stakeholder.Edge{edge(a, b, w)})
		lev, err := n.Leverage(a, []uuid.UUID{b})
		require.NoError(t, err)
		require.Len(t, lev.Paths, 1)
		assert.Equal(t, w, lev.Paths[0].Strength, "a path of one edge of weight %v", w)
	}
	n := mustNetwork(t, []uuid.UUID{a, b, c}, []stakeholder.Edge{edge(a, b, 0.7), edge(b, c, 0.4)})
	lev, err := n.Leverage(a, []uuid.UUID{c})
	require.NoError(t, err)
	require.Len(t, lev.Paths, 1)
	w1, w2 := 0.7, 0.4 // variables: a constant 0.7*0.4 would be computed exactly, not in float64
	assert.Equal(t, w1*w2, lev.Paths[0].Strength)
}

func shuffled[T any](r *rand.Rand, s []T) []T {
	out := slices.Clone(s)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func TestLeverageTieBreakIsDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	// A diamond: A → P → T and A → Q → T, both 0.25.
	diamond := func(p, q uuid.UUID) ([]uuid.UUID, []stakeholder.Edge) {
		return []uuid.UUID{nA, p, q, nT1}, []stakeholder.Edge{edge(nA, p, 0.5), edge(nA, q, 0.5), edge(p, nT1, 0.5), edge(q, nT1, 0.5)}
	}
	for _, tc := range []struct {
		name     string
		p, q     uuid.UUID
		wantThru uuid.UUID
	}{
		{"P has the smaller ID", nid(5), nid(6), nid(5)},
		{"Q has the smaller ID", nid(7), nid(6), nid(6)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nodes, edges := diamond(tc.p, tc.q)
			for i := range 50 {
				n := mustNetwork(t, shuffled(r, nodes), shuffled(r, edges))
				lev, err := n.Leverage(nA, []uuid.UUID{nT1})
				require.NoError(t, err)
				require.Len(t, lev.Paths, 1)
				assert.Equal(t, []uuid.UUID{nA, tc.wantThru, nT1}, lev.Paths[0].Nodes, "shuffle %d", i)
				assert.InDelta(t, 0.25, lev.Paths[0].Strength, 1e-12)
			}
		})
	}

	t.Run("decisive edges", func(t *testing.T) {
		// Every edge has weight 1: several paths of strength 1 reach v.
		s, u2, v, u1, x := nid(1), nid(2), nid(3), nid(4), nid(5)
		nodes := []uuid.UUID{s, u2, v, u1, x}
		edges := []stakeholder.Edge{edge(s, u1, 1), edge(s, x, 1), edge(x, u2, 1), edge(u1, v, 1), edge(u2, v, 1)}
		first, err := mustNetwork(t, nodes, edges).Leverage(s, []uuid.UUID{v})
		require.NoError(t, err)
		require.Len(t, first.Paths, 1)
		assert.Equal(t, 1.0, first.Paths[0].Strength)
		for i := range 50 {
			lev, err := mustNetwork(t, shuffled(r, nodes), shuffled(r, edges)).Leverage(s, []uuid.UUID{v})
			require.NoError(t, err)
			assert.Equal(t, first, lev, "shuffle %d", i)
		}
	})
}

func TestLeverageZeroCostCycle(t *testing.T) {
	a, b, c, tgt := nid(1), nid(2), nid(3), nid(4)
	n := mustNetwork(t, []uuid.UUID{a, b, c, tgt}, []stakeholder.Edge{
		edge(a, b, 1), edge(b, c, 1), edge(c, a, 1), edge(b, a, 1), edge(c, b, 1), edge(c, tgt, 1),
	})
	done := make(chan stakeholder.Leverage, 1)
	go func() {
		lev, err := n.Leverage(a, []uuid.UUID{tgt, b, c})
		assert.NoError(t, err)
		done <- lev
	}()
	select {
	case lev := <-done:
		require.Len(t, lev.Paths, 3)
		for _, p := range lev.Paths {
			assert.Equal(t, 1.0, p.Strength)
			assert.Equal(t, a, p.Nodes[0])
			assert.Equal(t, p.Target, p.Nodes[len(p.Nodes)-1])
		}
		assert.Equal(t, 0, lev.Isolated)
	case <-time.After(10 * time.Second):
		t.Fatal("Leverage did not return on a cycle of weight-1 edges")
	}
	s, ok := n.Strongest(c, a)
	assert.True(t, ok)
	assert.Equal(t, 1.0, s)
}

func TestStrongest(t *testing.T) {
	n := leverageNetwork(t)
	for _, tc := range []struct {
		from, to uuid.UUID
		want     float64
	}{
		{nA, nT1, 0.72},
		{nA, nD, 0.45},
		{nA, nT2, 0.25},
		{nB, nT2, 0.2},
		{nX, nT3, 0.9},
		{nA, nA, 1},
		{nA, nX, 0},
		{nT1, nA, 0},
	} {
		s, ok := n.Strongest(tc.from, tc.to)
		assert.True(t, ok)
		assert.InDelta(t, tc.want, s, 1e-12, "%v → %v", tc.from, tc.to)
	}
	for _, tc := range [][2]uuid.UUID{{nid(99), nA}, {nA, nid(99)}, {uuid.Nil, uuid.Nil}} {
		s, ok := n.Strongest(tc[0], tc[1])
		assert.False(t, ok)
		assert.Zero(t, s)
	}
}

var (
	dotA = uuid.MustParse("11111111-1111-4111-8111-111111111111")
	dotB = uuid.MustParse("22222222-2222-4222-8222-222222222222")
	dotC = uuid.MustParse("33333333-3333-4333-8333-333333333333")
)

func dotNetwork(t *testing.T, r *rand.Rand) *stakeholder.Network {
	nodes := []uuid.UUID{dotC, dotA, dotB}
	edges := []stakeholder.Edge{edge(dotB, dotC, 0.25), edge(dotA, dotC, 1), edge(dotA, dotB, 0.5)}
	if r != nil {
		nodes, edges = shuffled(r, nodes), shuffled(r, edges)
	}
	return mustNetwork(t, nodes, edges)
}

func TestWriteDOT(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, dotNetwork(t, nil).WriteDOT(&buf, nil))
	const want = `digraph influence {
	rankdir=LR;
	node [shape=box];
	"11111111-1111-4111-8111-111111111111" [label="11111111"];
	"22222222-2222-4222-8222-222222222222" [label="22222222"];
	"33333333-3333-4333-8333-333333333333" [label="33333333"];
	"11111111-1111-4111-8111-111111111111" -> "22222222-2222-4222-8222-222222222222" [label="0.5", penwidth=2.00];
	"11111111-1111-4111-8111-111111111111" -> "33333333-3333-4333-8333-333333333333" [label="1", penwidth=3.50];
	"22222222-2222-4222-8222-222222222222" -> "33333333-3333-4333-8333-333333333333" [label="0.25", penwidth=1.25];
}
`
	assert.Equal(t, want, buf.String())

	// The same network from shuffled inputs writes the same bytes.
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 20 {
		var again bytes.Buffer
		require.NoError(t, dotNetwork(t, r).WriteDOT(&again, nil))
		assert.Equal(t, want, again.String(), "shuffle %d", i)
	}
}

func TestWriteDOTLabels(t *testing.T) {
	labels := map[uuid.UUID]string{
		dotA: `Say "hi"`,
		dotB: `C:\path` + "\nline two",
		dotC: "tab\there\x01 and é",
	}
	var buf bytes.Buffer
	require.NoError(t, dotNetwork(t, nil).WriteDOT(&buf, func(id uuid.UUID) string { return labels[id] }))
	out := buf.String()
	assert.Contains(t, out, `"11111111-1111-4111-8111-111111111111" [label="Say \"hi\""];`)
	assert.Contains(t, out, `"22222222-2222-4222-8222-222222222222" [label="C:\\path\nline two"];`)
	assert.Contains(t, out, `"33333333-3333-4333-8333-333333333333" [label="tabhere and é"];`, "control characters are dropped")
	assert.Equal(t, 10, strings.Count(out, "\n"), "no label breaks a line")
}

func TestWriteDOTWriteError(t *testing.T) {
	assert.Error(t, dotNetwork(t, nil).WriteDOT(failWriter{}, nil))
}

// graph is a random influence network: node 0 is the organisation.
type graph struct {
	nodes []uuid.UUID
	edges []stakeholder.Edge
}

func randomID(r *rand.Rand) uuid.UUID {
	var id uuid.UUID
	for id == uuid.Nil {
		for i := range id {
			id[i] = byte(r.UintN(256))
		}
	}
	return id
}

// randomWeight returns a weight in (0, 1], often one that ties with others.
func randomWeight(r *rand.Rand) float64 {
	switch r.IntN(5) {
	case 0:
		return 1
	case 1:
		return 0.5
	case 2:
		return 0.25
	}
	return 1 - r.Float64()
}

func randomGraph(r *rand.Rand, maxNodes int) graph {
	n := 2 + r.IntN(maxNodes-1)
	g := graph{nodes: make([]uuid.UUID, n)}
	for i := range g.nodes {
		g.nodes[i] = randomID(r)
	}
	seen := map[[2]int]bool{}
	for range r.IntN(3*n + 1) {
		a, b := r.IntN(n), r.IntN(n)
		if a == b || seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		g.edges = append(g.edges, edge(g.nodes[a], g.nodes[b], randomWeight(r)))
	}
	return g
}

// best returns the strongest product of weights from src to every node, by
// Bellman-Ford on products (weights are at most 1, so no cycle helps).
func best(g graph, src uuid.UUID) map[uuid.UUID]float64 {
	out := map[uuid.UUID]float64{src: 1}
	for range g.nodes {
		for _, e := range g.edges {
			if v := out[e.From] * e.Weight; v > out[e.To] {
				out[e.To] = v
			}
		}
	}
	return out
}

// checkPaths checks every path Leverage returned against the graph.
func checkPaths(t *testing.T, g graph, from uuid.UUID, lev stakeholder.Leverage) {
	t.Helper()
	weight := map[[2]uuid.UUID]float64{}
	for _, e := range g.edges {
		weight[[2]uuid.UUID{e.From, e.To}] = e.Weight
	}
	for _, p := range lev.Paths {
		if p.Target == from {
			assert.Equal(t, []uuid.UUID{from}, p.Nodes, "the organisation reaches itself in one node")
			assert.Equal(t, 1.0, p.Strength)
			continue
		}
		require.GreaterOrEqual(t, len(p.Nodes), 2, "a path has an edge")
		assert.Equal(t, from, p.Nodes[0], "a path starts at the organisation")
		assert.Equal(t, p.Target, p.Nodes[len(p.Nodes)-1], "a path ends at its target")
		prod := 1.0
		for i := 1; i < len(p.Nodes); i++ {
			w, ok := weight[[2]uuid.UUID{p.Nodes[i-1], p.Nodes[i]}]
			if !assert.True(t, ok, "no edge %v → %v on the path to %v", p.Nodes[i-1], p.Nodes[i], p.Target) {
				return
			}
			prod *= w
		}
		assert.InEpsilon(t, prod, p.Strength, 1e-9, "the strength is the product of the weights")
		seen := map[uuid.UUID]bool{}
		for _, v := range p.Nodes {
			assert.False(t, seen[v], "path to %v passes %v twice", p.Target, v)
			seen[v] = true
		}
	}
}

func TestLeverageProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(2024, 5))
	for run := range 500 {
		g := randomGraph(r, 25)
		from := g.nodes[0]
		var targets []uuid.UUID
		for _, id := range g.nodes {
			if r.IntN(2) == 0 {
				targets = append(targets, id)
			}
		}
		n := mustNetwork(t, g.nodes, g.edges)
		lev, err := n.Leverage(from, targets)
		require.NoError(t, err)
		checkPaths(t, g, from, lev)

		// Every path is a strongest one, every reachable target has one,
		// and the unreachable ones are listed.
		want := best(g, from)
		reached := map[uuid.UUID]bool{}
		for _, p := range lev.Paths {
			reached[p.Target] = true
			assert.InEpsilon(t, want[p.Target], p.Strength, 1e-9, "run %d: not the strongest path to %v", run, p.Target)
			s, ok := n.Strongest(from, p.Target)
			assert.True(t, ok)
			assert.Equal(t, s, p.Strength, "run %d: Strongest and Leverage agree", run)
		}
		var unreachable []uuid.UUID
		for _, tg := range targets {
			if tg == from {
				continue
			}
			if want[tg] == 0 {
				if !slices.Contains(unreachable, tg) {
					unreachable = append(unreachable, tg)
				}
			} else {
				assert.True(t, reached[tg], "run %d: reachable target %v has no path", run, tg)
			}
		}
		slices.SortFunc(unreachable, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
		if unreachable == nil {
			unreachable = []uuid.UUID{} // every list is written, [] when empty
		}
		assert.Equal(t, unreachable, lev.Unreachable, "run %d", run)
		assert.Equal(t, len(g.nodes)-len(want), lev.Isolated, "run %d", run)

		// Paths strongest first; intermediaries as the paths say.
		assert.True(t, slices.IsSortedFunc(lev.Paths, func(a, b stakeholder.Path) int {
			if a.Strength != b.Strength {
				if a.Strength > b.Strength {
					return -1
				}
				return 1
			}
			return bytes.Compare(a.Target[:], b.Target[:])
		}), "run %d: paths out of order", run)
		counts := map[uuid.UUID]int{}
		for _, p := range lev.Paths {
			if len(p.Nodes) < 3 {
				continue // no intermediary on a direct edge, or on the organisation itself
			}
			for _, v := range p.Nodes[1 : len(p.Nodes)-1] {
				counts[v]++
			}
		}
		require.Len(t, lev.Intermediaries, len(counts), "run %d", run)
		for i, im := range lev.Intermediaries {
			assert.Equal(t, counts[im.ID], im.Paths, "run %d: intermediary %v", run, im.ID)
			if i > 0 {
				assert.GreaterOrEqual(t, lev.Intermediaries[i-1].Paths, im.Paths, "run %d: intermediaries out of order", run)
			}
		}

		// The same network from shuffled inputs gives the same result.
		n2 := mustNetwork(t, shuffled(r, g.nodes), shuffled(r, g.edges))
		lev2, err := n2.Leverage(from, targets)
		require.NoError(t, err)
		assert.Equal(t, lev, lev2, "run %d: shuffled inputs", run)
	}
}

func TestAddingAnEdgeNeverWeakens(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for run := range 500 {
		g := randomGraph(r, 20)
		n := len(g.nodes)
		if len(g.edges) >= n*(n-1) {
			continue
		}
		from := g.nodes[0]
		before := mustNetwork(t, g.nodes, g.edges)
		has := map[[2]uuid.UUID]bool{}
		for _, e := range g.edges {
			has[[2]uuid.UUID{e.From, e.To}] = true
		}
		var add stakeholder.Edge
		for {
			a, b := g.nodes[r.IntN(n)], g.nodes[r.IntN(n)]
			if a != b && !has[[2]uuid.UUID{a, b}] {
				add = edge(a, b, randomWeight(r))
				break
			}
		}
		after := mustNetwork(t, g.nodes, append(slices.Clone(g.edges), add))
		for _, v := range g.nodes {
			s0, ok0 := before.Strongest(from, v)
			s1, ok1 := after.Strongest(from, v)
			require.True(t, ok0 && ok1)
			assert.GreaterOrEqual(t, s1, s0, "run %d: adding %v → %v (%v) weakened the path to %v", run, add.From, add.To, add.Weight, v)
		}
		l0, err := before.Leverage(from, g.nodes)
		require.NoError(t, err)
		l1, err := after.Leverage(from, g.nodes)
		require.NoError(t, err)
		assert.LessOrEqual(t, len(l1.Unreachable), len(l0.Unreachable), "run %d", run)
		assert.LessOrEqual(t, l1.Isolated, l0.Isolated, "run %d", run)
	}
}

func TestNetworkConcurrentUse(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	g := graph{nodes: make([]uuid.UUID, 300)}
	for i := range g.nodes {
		g.nodes[i] = randomID(r)
	}
	seen := map[[2]int]bool{}
	for len(g.edges) < 1500 {
		a, b := r.IntN(300), r.IntN(300)
		if a != b && !seen[[2]int{a, b}] {
			seen[[2]int{a, b}] = true
			g.edges = append(g.edges, edge(g.nodes[a], g.nodes[b], randomWeight(r)))
		}
	}
	n := mustNetwork(t, g.nodes, g.edges)
	targets := g.nodes[250:]
	want, err := n.Leverage(g.nodes[0], targets)
	require.NoError(t, err)
	require.NotEmpty(t, want.Paths)
	var dot bytes.Buffer
	require.NoError(t, n.WriteDOT(&dot, nil))

	const workers = 64
	levs := make([]stakeholder.Leverage, workers)
	dots := make([]string, workers)
	strongest := make([]float64, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			levs[i], _ = n.Leverage(g.nodes[0], targets)
			var b bytes.Buffer
			_ = n.WriteDOT(&b, nil)
			dots[i] = b.String()
			strongest[i], _ = n.Strongest(g.nodes[0], targets[0])
		}()
	}
	wg.Wait()
	s, _ := n.Strongest(g.nodes[0], targets[0])
	for i := range workers {
		assert.Equal(t, want, levs[i], "goroutine %d", i)
		assert.Equal(t, dot.String(), dots[i], "goroutine %d", i)
		assert.Equal(t, s, strongest[i], "goroutine %d", i)
	}
}
