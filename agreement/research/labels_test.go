package research_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

func TestEnumLabels(t *testing.T) {
	t.Run("Outcome", enumtest.CheckLabels[research.Outcome])
	t.Run("Result", enumtest.CheckLabels[research.Result])
	t.Run("Dimension", enumtest.CheckLabels[research.Dimension])
}
