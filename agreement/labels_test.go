package agreement_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

// TestEnumLabels checks that every enumeration reads as words for people in
// the text the package writes: a label for every value, none a wire word,
// no two alike.
func TestEnumLabels(t *testing.T) {
	t.Run("Kind", enumtest.CheckLabels[agreement.InstrumentKind])
	t.Run("Deed", enumtest.CheckLabels[agreement.Deed])
	t.Run("Activity", enumtest.CheckLabels[agreement.Activity])
	t.Run("Role", enumtest.CheckLabels[agreement.Role])
	t.Run("Capacity", enumtest.CheckLabels[agreement.Capacity])
	t.Run("Obligation", enumtest.CheckLabels[agreement.Duty])
	t.Run("Verification", enumtest.CheckLabels[agreement.Verification])
	t.Run("EventKind", enumtest.CheckLabels[agreement.EventKind])
	t.Run("Implementation", enumtest.CheckLabels[agreement.Implementation])
	t.Run("Theme", enumtest.CheckLabels[agreement.Theme])
	t.Run("Action", enumtest.CheckLabels[agreement.Action])
	t.Run("Status", enumtest.CheckLabels[agreement.CommitmentStatus])
	t.Run("MonitoringSource", enumtest.CheckLabels[agreement.MonitoringSource])
	t.Run("PeriodState", enumtest.CheckLabels[agreement.PeriodState])
}
