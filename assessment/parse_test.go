package assessment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/assessment"
)

func TestDirectionIsValid(t *testing.T) {
	assert.True(t, assessment.DirectionBenefit.IsValid())
	assert.True(t, assessment.DirectionCost.IsValid())
	for _, d := range []assessment.Direction{assessment.DirectionUnspecified, 3, 255} {
		assert.False(t, d.IsValid(), "direction %d", d)
	}
	for _, f := range assessment.Factors() {
		assert.True(t, f.Direction().IsValid(), "%s", f)
	}
	assert.False(t, assessment.FactorUnspecified.Direction().IsValid())
}
