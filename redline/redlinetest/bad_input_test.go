package redlinetest_test

import (
	"bytes"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

// TestBadInput runs the corpus of malformed case files in testdata/bad.
func TestBadInput(t *testing.T) {
	badinput.Run(t, "testdata/bad/cases", 20, func(b []byte, lim jsonio.Limits) error {
		_, err := redlinetest.DecodeCases(bytes.NewReader(b), lim)
		return err
	})
}
