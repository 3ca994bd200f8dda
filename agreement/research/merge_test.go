package research_test

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/risk"
)

// anyCase is a random case, now and then with an enumeration out of range
// or a year far out, as a tabulator may be given: such cases count in the
// totals and in what they have valid keys for.
func anyCase(r *rand.Rand) research.Case {
	c := randomCase(r)
	switch r.IntN(12) {
	case 0:
		c.ActorKind = actor.Kind(r.IntN(40))
	case 1:
		c.Instrument = agreement.InstrumentKind(r.IntN(40))
	case 2:
		c.Risk = risk.Risk(r.IntN(60))
	case 3:
		c.Outcome = research.Outcome(r.IntN(40))
	case 4:
		c.Result = research.Result(r.IntN(9))
	case 5:
		c.Year = -3000 + r.IntN(9000)
	}
	return c
}

// split deals cases at random into n parts, each in the order of cases.
func split(r *rand.Rand, cases []research.Case, n int) [][]research.Case {
	parts := make([][]research.Case, n)
	for _, c := range cases {
		i := r.IntN(n)
		parts[i] = append(parts[i], c)
	}
	return parts
}

// randomCrossOptions returns valid options crossing two random dimensions.
func randomCrossOptions(r *rand.Rand) research.CrossOptions {
	dims := research.Dimensions()
	for {
		o := research.CrossOptions{Rows: dims[r.IntN(len(dims))], Cols: dims[r.IntN(len(dims))], YearBucket: 1 + r.IntN(10),
			TableOptions: research.TableOptions{Level: []float64{0, 0.9, 0.99}[r.IntN(3)], MinCases: r.IntN(5)}}
		if o.Rows == o.Cols {
			continue
		}
		if o.Rows != research.DimensionYearBucket && o.Cols != research.DimensionYearBucket {
			o.YearBucket = 0
		}
		return o
	}
}

// TestPropertyMergeIsOnePass: the cases of a dataset dealt at random over
// any number of tabulators and cross-tabulators, merged in a random order
// and shape (one into the next, or pairs of merged halves), give exactly
// the tables of one pass over the dataset.
func TestPropertyMergeIsOnePass(t *testing.T) {
	r := newRand(28)
	for run := range 400 {
		var cases []research.Case
		for range r.IntN(300) {
			cases = append(cases, anyCase(r))
		}
		parts := split(r, cases, 1+r.IntN(6))
		order := r.Perm(len(parts))

		// Tabulators, one in two with the default options of the zero value.
		topts := research.TableOptions{Level: []float64{0, 0.8}[r.IntN(2)], MinCases: r.IntN(3)}
		newTab := func() *research.Tabulator {
			if topts == (research.TableOptions{}) && r.IntN(2) == 0 {
				return &research.Tabulator{}
			}
			tab, err := research.NewTabulator(topts)
			require.NoError(t, err)
			return tab
		}
		one := newTab()
		for _, c := range cases {
			one.Add(c)
		}
		tabs := make([]*research.Tabulator, len(parts))
		for i, p := range parts {
			tabs[i] = newTab()
			for _, c := range p {
				tabs[i].Add(c)
			}
		}
		require.Equal(t, one.Summary(), mergeAll(t, r, order, tabs).Summary(), "run %d: %d parts", run, len(parts))

		// Cross-tabulators.
		o := randomCrossOptions(r)
		whole := crossOf(t, o, cases)
		xs := make([]*research.CrossTabulator, len(parts))
		for i, p := range parts {
			x, err := research.NewCrossTabulator(o)
			require.NoError(t, err)
			for _, c := range p {
				x.Add(c)
			}
			xs[i] = x
		}
		require.Equal(t, whole, mergeAll(t, r, order, xs).Table(), "run %d: %+v, %d parts", run, o, len(parts))
	}
}

// merger is what both tabulators have.
type merger[T any] interface {
	*T
	Merge(*T) error
}

// mergeAll merges the accumulators in the order given, either one into
// the next or as two halves merged apart and then together, and checks
// that merging leaves its argument unchanged.
func mergeAll[T any, P merger[T]](t *testing.T, r *rand.Rand, order []int, all []P) P {
	t.Helper()
	merge := func(into, from P) {
		before := *from
		require.NoError(t, into.Merge(from))
		if into != from {
			require.Equal(t, before, *from, "Merge does not change its argument")
		}
	}
	if len(order) > 2 && r.IntN(2) == 0 {
		h := len(order) / 2
		a, b := mergeAll(t, r, order[:h], all), mergeAll(t, r, order[h:], all)
		merge(a, b)
		return a
	}
	acc := all[order[0]]
	for _, i := range order[1:] {
		merge(acc, all[i])
	}
	return acc
}

func TestMergeRefusesOtherOptions(t *testing.T) {
	a, err := research.NewTabulator(research.TableOptions{Level: 0.9})
	require.NoError(t, err)
	b, err := research.NewTabulator(research.TableOptions{})
	require.NoError(t, err)
	b.Add(validCase())
	err = a.Merge(b)
	assert.Equal(t, []problem{{"options", research.ReasonConflict}}, problems(t, err))
	assert.Zero(t, a.Summary().Total.Cases, "a refused merge changes nothing")

	// The zero value has the defaults, as NewTabulator fills them in.
	var z research.Tabulator
	require.NoError(t, z.Merge(b))
	require.NoError(t, b.Merge(&z))
	assert.Equal(t, 1, z.Summary().Total.Cases)
	assert.Equal(t, 2, b.Summary().Total.Cases)
	require.NoError(t, b.Merge(nil), "nil merges nothing")
	assert.Equal(t, 2, b.Summary().Total.Cases)
	require.NoError(t, b.Merge(b), "a tabulator merged with itself counts its cases twice")
	assert.Equal(t, 4, b.Summary().Total.Cases)

	o := research.CrossOptions{Rows: research.DimensionRisk, Cols: research.DimensionYearBucket, YearBucket: 5}
	x, err := research.NewCrossTabulator(o)
	require.NoError(t, err)
	x.Add(validCase())
	for _, other := range []research.CrossOptions{
		{Rows: research.DimensionRisk, Cols: research.DimensionYearBucket, YearBucket: 10},
		{Rows: research.DimensionYearBucket, Cols: research.DimensionRisk, YearBucket: 5},
		{Rows: research.DimensionRisk, Cols: research.DimensionYearBucket, YearBucket: 5, TableOptions: research.TableOptions{MinCases: 3}},
	} {
		y, err := research.NewCrossTabulator(other)
		require.NoError(t, err)
		y.Add(validCase())
		assert.Equal(t, []problem{{"options", research.ReasonConflict}}, problems(t, x.Merge(y)), "%+v", other)
		assert.Equal(t, 1, x.Table().Total.Cases)
	}
	require.NoError(t, x.Merge(nil))
	assert.Equal(t, 1, x.Table().Total.Cases)
}

// shard writes cases as one CSV or JSON Lines dataset.
func shard(t *testing.T, cases []research.Case, jsonLines bool) *research.CaseReader {
	t.Helper()
	var buf bytes.Buffer
	var w *research.CaseWriter
	if jsonLines {
		w = research.NewCaseLineWriter(&buf)
	} else {
		var err error
		w, err = research.NewCaseWriter(&buf)
		require.NoError(t, err)
	}
	for _, c := range cases {
		require.NoError(t, w.Write(c))
	}
	require.NoError(t, w.Flush())
	if jsonLines {
		return lineReader(t, &buf, research.CaseOptions{})
	}
	r, err := research.NewCaseReader(&buf, research.CaseOptions{})
	require.NoError(t, err)
	return r
}

// TestSummariseParallel: the summary of the shards read in parallel is the
// summary of their cases read one after another.
func TestSummariseParallel(t *testing.T) {
	r := newRand(29)
	for run := range 100 {
		var cases []research.Case
		for range r.IntN(2000) {
			c := randomCase(r)
			c.ID = "c"
			cases = append(cases, c)
		}
		o := research.TableOptions{MinCases: r.IntN(20)}
		want, err := research.SummariseCases(shard(t, cases, false), o)
		require.NoError(t, err)
		var readers []*research.CaseReader
		for _, p := range split(r, cases, r.IntN(8)+1) {
			readers = append(readers, shard(t, p, r.IntN(2) == 0))
		}
		got, err := research.SummariseParallel(readers, o)
		require.NoError(t, err)
		require.Equal(t, want, got, "run %d: %d readers", run, len(readers))
	}

	s, err := research.SummariseParallel(nil, research.TableOptions{})
	require.NoError(t, err)
	var empty research.Tabulator
	assert.Equal(t, empty.Summary(), s, "no readers: no cases")
}

func TestSummariseParallelErrors(t *testing.T) {
	good := func() *research.CaseReader { return shard(t, smallDataset(), false) }
	bad := func(line int) *research.CaseReader { // a case with an unknown actor kind at line
		cases := append(smallDataset(), smallDataset()...)
		var buf strings.Builder
		w, err := research.NewCaseWriter(&buf)
		require.NoError(t, err)
		for _, c := range cases {
			require.NoError(t, w.Write(c))
		}
		require.NoError(t, w.Flush())
		lines := strings.SplitAfter(buf.String(), "\n")
		lines[line-1] = strings.Replace(lines[line-1], ",state_forces,", ",warlord,", 1)
		lines[line-1] = strings.Replace(lines[line-1], ",armed_opposition,", ",warlord,", 1)
		lines[line-1] = strings.Replace(lines[line-1], ",gang,", ",warlord,", 1)
		cr, err := research.NewCaseReader(strings.NewReader(strings.Join(lines, "")), research.CaseOptions{})
		require.NoError(t, err)
		return cr
	}
	failing := func() *research.CaseReader {
		cr, err := research.NewCaseReader(io.MultiReader(strings.NewReader(strings.Join(research.CaseColumns(), ",")+"\n"), errReader{}), research.CaseOptions{})
		require.NoError(t, err)
		return cr
	}

	// The error of the first reader in the list that fails, whichever
	// goroutine fails first, with the reader's index.
	for range 20 {
		s, err := research.SummariseParallel([]*research.CaseReader{good(), bad(9), good(), bad(2), good()}, research.TableOptions{})
		assert.Equal(t, []lined{{9, "readers[1].actor_kind", research.ReasonUnknown}}, linedProblems(t, err))
		assert.Equal(t, research.Summary{}, s)
	}
	_, err := research.SummariseParallel([]*research.CaseReader{good(), good(), failing()}, research.TableOptions{})
	fes := fieldErrors(t, err)
	require.Len(t, fes, 1)
	assert.Equal(t, "readers[2]", fes[0].Path)
	assert.Equal(t, research.ReasonInvalid, fes[0].Reason)

	// Nil readers and bad options: nothing is read.
	g := good()
	_, err = research.SummariseParallel([]*research.CaseReader{g, nil, nil}, research.TableOptions{Level: 2})
	assert.Equal(t, []problem{{"level", research.ReasonOutOfRange}, {"readers[1]", research.ReasonRequired}, {"readers[2]", research.ReasonRequired}},
		problems(t, err))
	s, err := research.SummariseCases(g, research.TableOptions{})
	require.NoError(t, err)
	assert.Equal(t, smallSummary(), s, "the reader was not read")
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk gone") }
