package stakeholder_test

import (
	"bytes"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// TestBadInput runs the corpora of malformed inputs in testdata/bad: each
// input must give the typed error, at the field path (and line), that its
// cases.json names — and never echo a name.
func TestBadInput(t *testing.T) {
	t.Run("DecodeDossier", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/dossier", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := stakeholder.DecodeDossier(bytes.NewReader(b), lim)
			return err
		})
	})
}
