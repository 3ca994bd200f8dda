package assessment

import "github.com/humanitarian-negotiation/protection/internal/check"

// Exported for the tests: the decoders, for the differential fuzz tests.
var (
	InputCodec  = inputCodec
	PolicyCodec = policyCodec
)

// ValidateFull is Validate without its fast path: the input checked field
// by field, as the fast path's reference.
func ValidateFull(in Input) error {
	c := check.Errors{Pkg: pkg}
	in.validate(&c)
	return c.Err()
}

// PlainlyValid reports whether the fast path of Validate accepts in, its
// evidence aside.
func PlainlyValid(in Input) bool { return in.plainlyValid() }
