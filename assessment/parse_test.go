package assessment_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/assessment"
)

// parseEnum is what checkParse needs of an enumeration.
type parseEnum interface {
	~uint8
	String() string
	IsValid() bool
}

// checkParse checks that parse reads back the wire word of every one of the
// n valid values (1 to n), in any case, and each label given; and that it
// rejects unknown words, the empty string and "unspecified" with a
// *FieldError of reason ReasonUnknown.
func checkParse[T parseEnum](t *testing.T, parse func(string) (T, error), n int, labels ...string) {
	t.Helper()
	assert.False(t, T(0).IsValid(), "the zero value is invalid")
	assert.False(t, T(n+1).IsValid(), "value %d is out of range", n+1)
	for i := 1; i <= n; i++ {
		v := T(i)
		require.True(t, v.IsValid(), "value %d", i)
		w := v.String()
		for _, in := range []string{w, strings.ToUpper(w)} {
			got, err := parse(in)
			require.NoError(t, err, in)
			assert.Equal(t, v, got, in)
		}
	}
	for i, l := range labels {
		got, err := parse(strings.ToUpper(l))
		require.NoError(t, err, l)
		assert.Equal(t, T(i+1), got, l)
	}
	for _, in := range []string{"no such word", "", "unspecified"} {
		got, err := parse(in)
		assert.Equal(t, T(0), got, "%q", in)
		assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonUnknown}, "%q", in)
	}
}

func TestParseFunctions(t *testing.T) {
	t.Run("band", func(t *testing.T) { checkParse(t, assessment.ParseBand, 4) })
	t.Run("basis", func(t *testing.T) { checkParse(t, assessment.ParseBasis, 12) })
	t.Run("category", func(t *testing.T) {
		checkParse(t, assessment.ParseCategory, 5, "safety and security", "reputational", "legal", "financial", "operational")
	})
	t.Run("code", func(t *testing.T) { checkParse(t, assessment.ParseCode, 25) })
	t.Run("confidence", func(t *testing.T) { checkParse(t, assessment.ParseConfidence, 3) })
	t.Run("criticality", func(t *testing.T) { checkParse(t, assessment.ParseCriticality, 4) })
	t.Run("direction", func(t *testing.T) { checkParse(t, assessment.ParseDirection, 2) })
	t.Run("factor", func(t *testing.T) { checkParse(t, assessment.ParseFactor, assessment.FactorCount) })
	t.Run("host stance", func(t *testing.T) { checkParse(t, assessment.ParseHostStance, 3) })
	t.Run("messaging", func(t *testing.T) { checkParse(t, assessment.ParseMessaging, 4) })
	t.Run("practice", func(t *testing.T) { checkParse(t, assessment.ParsePractice, 9) })
	t.Run("recommendation", func(t *testing.T) {
		checkParse(t, assessment.ParseRecommendation, 4,
			"engage directly", "engage indirectly through intermediaries", "prepare further", "defer and monitor")
	})
	t.Run("risk", func(t *testing.T) { checkParse(t, assessment.ParseRisk, 15) })
	t.Run("severity", func(t *testing.T) { checkParse(t, assessment.ParseSeverity, 6) })
	t.Run("source", func(t *testing.T) {
		checkParse(t, assessment.ParseSource, 4,
			"national counter-terrorism law", "a donor's no-contact clause", "an order of the host state", "a sanctions regime")
	})
	t.Run("step", func(t *testing.T) {
		checkParse(t, assessment.ParseStep, 11,
			"context and conflict analysis", "protection risk analysis", "stakeholder mapping", "power analysis",
			"clear and achievable objectives", "messaging", "risk assessment", "risk mitigation", "red lines",
			"team composition", "the actor's history with humanitarian actors")
	})
	t.Run("topic", func(t *testing.T) { checkParse(t, assessment.ParseTopic, 11) })
}

func TestDirectionIsValid(t *testing.T) {
	assert.True(t, assessment.DirectionBenefit.IsValid())
	assert.True(t, assessment.DirectionCost.IsValid())
	for _, d := range []assessment.Direction{assessment.DirectionUnspecified, 3, 255} {
		assert.False(t, d.IsValid(), "direction %d", d)
	}
	for _, f := range assessment.AllFactors() {
		assert.True(t, f.Direction().IsValid(), "%s", f)
	}
	assert.False(t, assessment.FactorUnspecified.Direction().IsValid())
}
