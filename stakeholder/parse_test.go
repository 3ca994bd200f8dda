package stakeholder_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/stakeholder"
)

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
