package redline

import (
	"io"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// The decoders of policies and proposals, worked out once.
var (
	policyCodec = jsonio.NewCodec[Policy](pkg)
	termsCodec  = jsonio.NewCodec[[]Term](pkg)
)

// DecodePolicy reads one policy as JSON from r and validates it as a layer
// on its own (see [Policy.Validate]).
//
// Decoding is strict: unknown or duplicate keys, unknown words (severities,
// operators, approval levels), values of the wrong JSON type, invalid UTF-8
// and input beyond lim are errors, each a *FieldError naming the JSON path,
// the line and the column, as are the problems Validate finds. An unknown
// word or key lists the valid ones or suggests the nearest; nothing is
// corrected. Every problem is reported at once (up to 100 from decoding):
// only malformed JSON or a limit exceeded ends the decoding early, and then
// Validate does not run. The zero Limits means the defaults.
// What depends on the layers below — kinds and attributes declared there,
// the rules a drop names, layering conflicts — only [Compile] sees, and it
// is the only way to use a policy.
func DecodePolicy(r io.Reader, lim Limits) (Policy, error) {
	var p Policy
	if err := policyCodec.DecodeValid(r, &p, lim, (*Policy).Validate); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// EncodePolicy validates p as a layer on its own (see [Policy.Validate])
// and writes it as indented JSON to w, so that what it writes DecodePolicy
// reads back. An invalid policy is the *FieldErrors of Validate, and nothing
// is written. Like DecodePolicy it leaves to [Compile] what depends on the
// layers below.
func EncodePolicy(w io.Writer, p Policy) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return jsonio.Encode(w, p, pkg)
}

// DecodeTerms reads a proposal — a JSON array of terms — from r and
// validates every term (see [Term.Validate]); problems are *FieldErrors with
// paths such as "[3].min_age".
func DecodeTerms(r io.Reader, lim Limits) ([]Term, error) {
	var terms []Term
	if err := termsCodec.DecodeValid(r, &terms, lim, validateTerms); err != nil {
		return nil, err
	}
	return terms, nil
}

// validateTerms validates every term of a proposal, with paths such as
// "[3].min_age".
func validateTerms(terms *[]Term) error {
	c := check.Errors{Pkg: pkg}
	for i := range *terms {
		validateTerm(&c, check.Index("", i), &(*terms)[i])
	}
	return c.Err()
}

// EncodeTerms validates every term (see [Term.Validate]) and writes them as
// an indented JSON array to w, so that what it writes DecodeTerms reads
// back. Problems are *FieldErrors with paths such as "[3].min_age", and
// nothing is written.
func EncodeTerms(w io.Writer, terms []Term) error {
	c := check.Errors{Pkg: pkg}
	for i := range terms {
		validateTerm(&c, check.Index("", i), &terms[i])
	}
	if err := c.Err(); err != nil {
		return err
	}
	if terms == nil {
		terms = []Term{}
	}
	return jsonio.Encode(w, terms, pkg)
}
