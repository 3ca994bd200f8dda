package stakeholder_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// checkParse checks that parse reads back the wire word of every valid
// value of an enumeration with n values, in any case, and rejects the empty
// word, "unspecified" and unknown words with ReasonUnknown.
func checkParse[T enumValue](t *testing.T, n int, parse func(string) (T, error)) {
	t.Helper()
	for i := 1; i <= n; i++ {
		v := T(i)
		require.True(t, v.IsValid(), "value %d", i)
		for _, in := range []string{v.String(), strings.ToUpper(v.String())} {
			got, err := parse(in)
			require.NoError(t, err, in)
			assert.Equal(t, v, got, in)
		}
	}
	assert.False(t, T(n+1).IsValid(), "the table lists every value")
	for _, in := range []string{"no such word", "", "unspecified", "1"} {
		got, err := parse(in)
		assert.ErrorIs(t, err, &stakeholder.FieldError{Reason: stakeholder.ReasonUnknown}, "%q", in)
		assert.Zero(t, got, "%q", in)
	}
}

func TestParse(t *testing.T) {
	t.Run("Role", func(t *testing.T) { checkParse(t, 17, stakeholder.ParseRole) })
	t.Run("Confidence", func(t *testing.T) { checkParse(t, 3, stakeholder.ParseConfidence) })
	t.Run("Quadrant", func(t *testing.T) { checkParse(t, 4, stakeholder.ParseQuadrant) })
	t.Run("Action", func(t *testing.T) { checkParse(t, 3, stakeholder.ParseAction) })
	t.Run("Tier", func(t *testing.T) { checkParse(t, 4, stakeholder.ParseTier) })
	t.Run("Channel", func(t *testing.T) { checkParse(t, 5, stakeholder.ParseChannel) })
	t.Run("Outcome", func(t *testing.T) { checkParse(t, 4, stakeholder.ParseOutcome) })
}

// TestParseAcceptsWhatUnmarshalTextAccepts: labels and aliases parse as
// UnmarshalText decodes them.
func TestParseAcceptsWhatUnmarshalTextAccepts(t *testing.T) {
	for in, want := range map[string]stakeholder.Quadrant{
		"high influence, supportive": stakeholder.QuadrantAllies,
		"LOW INFLUENCE, OPPOSED":     stakeholder.QuadrantMinorOpponents,
	} {
		got, err := stakeholder.ParseQuadrant(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for in, want := range map[string]stakeholder.Action{"mobilize": stakeholder.ActionMobilise, "Neutralize": stakeholder.ActionNeutralise} {
		got, err := stakeholder.ParseAction(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
}
