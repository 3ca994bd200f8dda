package assessment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/assessment"
)

func mit(l, i int) assessment.Mitigation {
	return assessment.Mitigation{Measure: "a measure", Likelihood: l, Impact: i}
}

func TestEngagementRiskInherentResidual(t *testing.T) {
	tests := []struct {
		name               string
		l, i               int
		mits               []assessment.Mitigation
		inherent, residual int
		assessed           bool
	}{
		{name: "no mitigation", l: 3, i: 4, inherent: 12, residual: 12, assessed: true},
		{name: "minimum", l: 1, i: 1, inherent: 1, residual: 1, assessed: true},
		{name: "maximum", l: 5, i: 5, inherent: 25, residual: 25, assessed: true},
		{name: "likelihood step", l: 3, i: 3, mits: []assessment.Mitigation{mit(1, 0)}, inherent: 9, residual: 6, assessed: true},
		{name: "impact step", l: 3, i: 3, mits: []assessment.Mitigation{mit(0, 2)}, inherent: 9, residual: 3, assessed: true},
		{name: "both", l: 4, i: 5, mits: []assessment.Mitigation{mit(1, 2)}, inherent: 20, residual: 9, assessed: true},
		{name: "steps add up", l: 5, i: 5, mits: []assessment.Mitigation{mit(1, 1), mit(2, 0), mit(0, 1)}, inherent: 25, residual: 6, assessed: true},
		{name: "likelihood floors at 1", l: 2, i: 4, mits: []assessment.Mitigation{mit(4, 0)}, inherent: 8, residual: 4, assessed: true},
		{name: "impact floors at 1", l: 4, i: 2, mits: []assessment.Mitigation{mit(0, 4)}, inherent: 8, residual: 4, assessed: true},
		{name: "both floor at 1", l: 5, i: 5, mits: []assessment.Mitigation{mit(4, 4), mit(4, 4)}, inherent: 25, residual: 1, assessed: true},
		{name: "floor applies per scale", l: 2, i: 5, mits: []assessment.Mitigation{mit(3, 1)}, inherent: 10, residual: 4, assessed: true},
		{name: "negative steps ignored", l: 3, i: 3, mits: []assessment.Mitigation{mit(-2, -3)}, inherent: 9, residual: 9, assessed: true},
		{name: "negative steps do not cancel positive ones", l: 4, i: 4, mits: []assessment.Mitigation{mit(2, 1), mit(-2, -1)}, inherent: 16, residual: 6, assessed: true},
		{name: "likelihood unassessed", l: 0, i: 3, mits: []assessment.Mitigation{mit(1, 1)}},
		{name: "impact unassessed", l: 3, i: 0},
		{name: "both unassessed", l: 0, i: 0},
		{name: "likelihood out of scale", l: 6, i: 3},
		{name: "impact out of scale", l: 3, i: 6},
		{name: "negative likelihood", l: -1, i: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := assessment.EngagementRisk{Category: assessment.CategoryLegal, Likelihood: tt.l, Impact: tt.i, Mitigations: tt.mits}
			assert.Equal(t, tt.assessed, r.Assessed())
			inh, ok := r.Inherent()
			assert.Equal(t, tt.assessed, ok)
			assert.Equal(t, tt.inherent, inh)
			res, ok := r.Residual()
			assert.Equal(t, tt.assessed, ok)
			assert.Equal(t, tt.residual, res)
			if tt.assessed {
				assert.LessOrEqual(t, res, inh, "mitigation never raises the risk")
				assert.GreaterOrEqual(t, res, 1)
			}
		})
	}
}

// More mitigation never raises the residual risk, over every likelihood,
// impact and single step.
func TestResidualMonotone(t *testing.T) {
	for l := 1; l <= 5; l++ {
		for i := 1; i <= 5; i++ {
			base := assessment.EngagementRisk{Category: assessment.CategoryFinancial, Likelihood: l, Impact: i}
			prev, ok := base.Residual()
			assert.True(t, ok)
			inh, _ := base.Inherent()
			assert.Equal(t, l*i, inh)
			assert.Equal(t, inh, prev)
			for sl := 0; sl <= 4; sl++ {
				for si := 0; si <= 4; si++ {
					r := base
					r.Mitigations = []assessment.Mitigation{mit(sl, si)}
					res, _ := r.Residual()
					assert.Equal(t, max(l-sl, 1)*max(i-si, 1), res, "l %d i %d steps %d %d", l, i, sl, si)
					assert.LessOrEqual(t, res, inh)
					more := r
					more.Mitigations = append([]assessment.Mitigation{mit(1, 0)}, r.Mitigations...)
					res2, _ := more.Residual()
					assert.LessOrEqual(t, res2, res)
				}
			}
		}
	}
}
