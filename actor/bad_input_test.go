package actor_test

import (
	"bytes"
	"testing"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// TestBadInput runs the corpora of malformed inputs in testdata/bad: each
// input must give the typed error, at the field path (and line), that its
// cases.json names — never a panic, never a silent default.
func TestBadInput(t *testing.T) {
	t.Run("Decode", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/decode", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := actor.Decode(bytes.NewReader(b), lim)
			return err
		})
	})
}
