package assessment

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// sensitivityReference is the sensitivity as it was first written, a loop
// over the two thresholds: the reference the unrolled sensitivity is held
// to.
func (d *Decider) sensitivityReference(dec *Decision, sum, wsum float64) {
	cur := d.band(dec.Score)
	thresholds := [2]float64{d.p.Engage, d.p.Defer}
	nums := [2]float64{thresholds[0]*wsum - sum, thresholds[1]*wsum - sum}
	for f := FactorCriticality; f < numFactors; f++ {
		s := &dec.Sensitivity[f-1]
		*s = Sensitivity{Factor: f, Weight: d.raw[f]}
		c := &dec.Contributions[f-1]
		if wsum == 0 || !c.Assessed {
			continue
		}
		best := math.Inf(1)
		x := c.Adjusted
		for k, t := range thresholds {
			if x == t {
				continue
			}
			delta := nums[k] / (x - t)
			if d.weights[f]+delta < 0 || wsum+delta <= 0 || math.IsNaN(delta) {
				continue
			}
			nudge := delta * (1 + 1e-9)
			if nudge == 0 {
				nudge = 1e-9
			}
			to := d.bandOf(sum+nudge*x, wsum+nudge)
			if to == cur {
				continue
			}
			if math.Abs(delta) < math.Abs(best) {
				best, s.To = delta, to
			}
		}
		if !math.IsInf(best, 0) {
			s.Flips, s.Delta = true, best*d.scale
		}
	}
}

// TestSensitivityReference holds the decision's sensitivity to the
// reference on random policies and factors, with values on the thresholds
// and weights of zero, tiny and huge among them.
func TestSensitivityReference(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 4))
	weights := []float64{0, 0, 1e-300, 0.001, 0.1, 0.5, 1, 2, 3, 1e300}
	for range 20_000 {
		p := DefaultPolicy()
		if r.IntN(4) != 0 {
			for _, f := range Factors() {
				p.Weights = p.Weights.With(f, weights[r.IntN(len(weights))])
			}
		}
		d, err := NewDecider(p)
		if err != nil {
			continue
		}
		values := []float64{0, 1, 0.5, p.Engage, p.Defer, 1 - p.Engage, 1 - p.Defer, r.Float64(), r.Float64()}
		var fs FactorScores
		for _, f := range Factors() {
			if r.IntN(6) != 0 {
				fs = fs.With(f, Scored(values[r.IntN(len(values))], Confidence(1+r.IntN(3))))
			}
		}
		var dec Decision
		var sum, wsum float64
		arr := fs.array()
		d.factors(&dec, &arr, nil)
		for i, c := range dec.Contributions {
			if w := d.weights[i+1]; w != 0 && c.Assessed {
				sum += w * c.Adjusted
				wsum += w
			}
		}
		if wsum > 0 {
			dec.Score = sum / wsum
		}
		got := dec
		d.sensitivity(&got, d.band(dec.Score), sum, wsum)
		want := dec
		d.sensitivityReference(&want, sum, wsum)
		require.Equal(t, want.Sensitivity, got.Sensitivity, "%+v %+v", p.Weights, fs)
	}
}
