package redline_test

import (
	"bytes"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/redline"
)

// TestBadInput runs the corpora of malformed inputs in testdata/bad: each
// input must give the typed error, at the field path, that its cases.json
// names — never a panic, never a silently dropped rule. A policy in
// testdata/bad/policy is decoded and then compiled, as an agency's program
// would; one in testdata/bad/layer is wrong as a layer on its own, and
// decoding it is enough.
func TestBadInput(t *testing.T) {
	t.Run("DecodePolicy+Compile", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/policy", 20, func(b []byte, lim jsonio.Limits) error {
			p, err := redline.DecodePolicy(bytes.NewReader(b), lim)
			if err != nil {
				return err
			}
			_, err = redline.Compile(p)
			return err
		})
	})
	// A layer wrong on its own is refused by DecodePolicy before any
	// Compile, and by EncodePolicy, which writes nothing.
	t.Run("DecodePolicy", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/layer", 35, func(b []byte, lim jsonio.Limits) error {
			_, err := redline.DecodePolicy(bytes.NewReader(b), lim)
			return err
		})
	})
	t.Run("EncodePolicy", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/layer", 35, func(b []byte, lim jsonio.Limits) error {
			var p redline.Policy
			if err := redline.PolicyCodec.Unmarshal(b, &p, lim); err != nil {
				return err
			}
			var buf bytes.Buffer
			err := redline.EncodePolicy(&buf, p)
			if buf.Len() != 0 {
				t.Errorf("EncodePolicy wrote %d bytes of an invalid policy", buf.Len())
			}
			return err
		})
	})
	t.Run("DecodeTerms", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/terms", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := redline.DecodeTerms(bytes.NewReader(b), lim)
			return err
		})
	})
}
