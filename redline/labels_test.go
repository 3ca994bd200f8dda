package redline_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/redline"
)

// TestEnumLabels checks that every enumeration reads as words for people in
// the text the package writes: a label for every value, none a wire word,
// no two alike.
func TestEnumLabels(t *testing.T) {
	t.Run("Status", enumtest.CheckLabels[redline.Status])
	t.Run("Result", enumtest.CheckLabels[redline.Result])
	t.Run("Verdict", enumtest.CheckLabels[redline.Verdict])
	t.Run("Party", enumtest.CheckLabels[redline.Entity])
	t.Run("Purpose", enumtest.CheckLabels[redline.Purpose])
	t.Run("Weapon", enumtest.CheckLabels[redline.Weapon])
	t.Run("Measure", enumtest.CheckLabels[redline.Measure])
	t.Run("Flag", enumtest.CheckLabels[redline.Flag])
	t.Run("Severity", enumtest.CheckLabels[redline.Severity])
	t.Run("Op", enumtest.CheckLabels[redline.Op])
	t.Run("Change", enumtest.CheckLabels[redline.Change])
	t.Run("AttrType", enumtest.CheckLabels[redline.AttrType])
	t.Run("Information", enumtest.CheckLabels[redline.Information])
	t.Run("SharingPurpose", enumtest.CheckLabels[redline.SharingPurpose])
	t.Run("Undertaking", enumtest.CheckLabels[redline.Undertaking])
	t.Run("OnUnexamined", enumtest.CheckLabels[redline.OnUnexamined])
}
