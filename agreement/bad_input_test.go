package agreement_test

import (
	"bytes"
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// TestBadInput runs the corpora of malformed inputs in testdata/bad: each
// input must give the typed error, at the field path (and line), that its
// cases.json names.
func TestBadInput(t *testing.T) {
	t.Run("DecodeRecord", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/record", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := agreement.DecodeRecord(bytes.NewReader(b), lim)
			return err
		})
	})
}
