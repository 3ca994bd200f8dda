package stakeholder_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// TestEnumLabels checks that every enumeration reads as words for people in
// the text the package writes: a label for every value, none a wire word,
// no two alike.
func TestEnumLabels(t *testing.T) {
	t.Run("Role", enumtest.CheckLabels[stakeholder.Role])
	t.Run("Confidence", enumtest.CheckLabels[stakeholder.Confidence])
	t.Run("Quadrant", enumtest.CheckLabels[stakeholder.Quadrant])
	t.Run("Action", enumtest.CheckLabels[stakeholder.Action])
	t.Run("Tier", enumtest.CheckLabels[stakeholder.Tier])
	t.Run("Channel", enumtest.CheckLabels[stakeholder.Channel])
	t.Run("Outcome", enumtest.CheckLabels[stakeholder.ContactOutcome])
}
