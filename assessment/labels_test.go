package assessment_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/risk"
)

// TestEnumLabels checks that every enumeration reads as words for people in
// the text the package writes: a label for every value, none a wire word,
// no two alike.
func TestEnumLabels(t *testing.T) {
	t.Run("Basis", enumtest.CheckLabels[assessment.ArgumentBasis])
	t.Run("Topic", enumtest.CheckLabels[assessment.Topic])
	t.Run("Recommendation", enumtest.CheckLabels[assessment.Recommendation])
	t.Run("Category", enumtest.CheckLabels[assessment.Category])
	t.Run("Criticality", enumtest.CheckLabels[assessment.Criticality])
	t.Run("HostStance", enumtest.CheckLabels[assessment.HostStance])
	t.Run("Source", enumtest.CheckLabels[assessment.Source])
	t.Run("Dataset", enumtest.CheckLabels[assessment.Dataset])
	t.Run("EvidenceKind", enumtest.CheckLabels[assessment.EvidenceKind])
	t.Run("Trend", enumtest.CheckLabels[assessment.Trend])
	t.Run("Factor", enumtest.CheckLabels[assessment.Factor])
	t.Run("Direction", enumtest.CheckLabels[assessment.Direction])
	t.Run("Confidence", enumtest.CheckLabels[assessment.Confidence])
	t.Run("Code", enumtest.CheckLabels[assessment.Code])
	t.Run("Perpetrator", enumtest.CheckLabels[incident.Perpetrator])
	t.Run("Precision", enumtest.CheckLabels[incident.Precision])
	t.Run("Messaging", enumtest.CheckLabels[assessment.Messaging])
	t.Run("Step", enumtest.CheckLabels[assessment.Step])
	t.Run("Practice", enumtest.CheckLabels[assessment.Practice])
	t.Run("Risk", enumtest.CheckLabels[risk.Risk])
	t.Run("Severity", enumtest.CheckLabels[risk.Severity])
	t.Run("Band", enumtest.CheckLabels[risk.Band])
}
