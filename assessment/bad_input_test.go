package assessment_test

import (
	"bytes"
	"testing"

	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// TestBadInput runs the corpora of malformed inputs in testdata/bad: each
// input must give the typed error, at the field path, that its cases.json
// names.
func TestBadInput(t *testing.T) {
	t.Run("DecodeInput", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/input", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := assessment.DecodeInput(bytes.NewReader(b), lim)
			return err
		})
	})
	t.Run("DecodePolicy", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/policy", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := assessment.DecodePolicy(bytes.NewReader(b), lim)
			return err
		})
	})
}
