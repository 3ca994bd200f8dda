package actor_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

// TestEnumLabels checks that every enumeration reads as words for people in
// the text the package writes: a label for every value, none a wire word,
// no two alike.
func TestEnumLabels(t *testing.T) {
	t.Run("Kind", enumtest.CheckLabels[actor.Kind])
	t.Run("Command", enumtest.CheckLabels[actor.Command])
	t.Run("DesignationKind", enumtest.CheckLabels[actor.DesignationKind])
	t.Run("Jurisdiction", enumtest.CheckLabels[actor.Jurisdiction])
	t.Run("Violation", enumtest.CheckLabels[actor.Violation])
	t.Run("AnnexSection", enumtest.CheckLabels[actor.AnnexSection])
	t.Run("Norm", enumtest.CheckLabels[actor.Norm])
	t.Run("Interest", enumtest.CheckLabels[actor.Interest])
	t.Run("Level", enumtest.CheckLabels[actor.Level])
	t.Run("Outcome", enumtest.CheckLabels[actor.EngagementOutcome])
	t.Run("Region", enumtest.CheckLabels[actor.Region])
	t.Run("Body", enumtest.CheckLabels[actor.Body])
	t.Run("Basis", enumtest.CheckLabels[actor.Basis])
}
