package assessment

import (
	"io"

	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// The decoders of the package's JSON inputs, worked out once.
var (
	inputCodec  = jsonio.NewCodec[Input](pkg)
	policyCodec = jsonio.NewCodec[Policy](pkg)
	queryCodec  = jsonio.NewCodec[IncidentQuery](pkg)
)

// DecodeIncidentQuery reads an incident query as JSON from r, strictly,
// and validates it (see [IncidentQuery.Validate]): an agency can keep the
// questions it asks of incident data as configuration.
func DecodeIncidentQuery(r io.Reader, lim Limits) (IncidentQuery, error) {
	var q IncidentQuery
	if err := queryCodec.DecodeValid(r, &q, lim, (*IncidentQuery).Validate); err != nil {
		return IncidentQuery{}, err
	}
	return q, nil
}

// EncodeIncidentQuery validates q and writes it as indented JSON to w, so
// that what it writes DecodeIncidentQuery reads back; an invalid query
// writes nothing.
func EncodeIncidentQuery(w io.Writer, q IncidentQuery) error {
	if err := q.Validate(); err != nil {
		return err
	}
	return encode(w, q)
}

// DecodeInput reads one decision input as JSON from r and validates it.
// Decoding is strict — unknown or duplicate keys, unknown words, values of
// the wrong type, invalid UTF-8, input beyond lim — and every problem is a
// *FieldError naming its JSON path, line and column, reported together with
// what Validate finds. The zero Limits means the defaults.
func DecodeInput(r io.Reader, lim Limits) (Input, error) {
	var in Input
	if err := inputCodec.DecodeValid(r, &in, lim, (*Input).Validate); err != nil {
		return Input{}, err
	}
	return in, nil
}

// EncodeInput validates in (see [Input.Validate]) and writes it as indented
// JSON to w, so that what it writes DecodeInput reads back. An invalid input
// is the *FieldErrors of Validate, and nothing is written.
func EncodeInput(w io.Writer, in Input) error {
	if err := in.Validate(); err != nil {
		return err
	}
	return encode(w, in)
}

// DecodePolicy reads a decision policy as JSON from r, strictly, and
// validates it (see [Policy.Validate]).
func DecodePolicy(r io.Reader, lim Limits) (Policy, error) {
	var p Policy
	if err := policyCodec.DecodeValid(r, &p, lim, (*Policy).Validate); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// EncodePolicy validates p (see [Policy.Validate]) and writes it as indented
// JSON to w, so that what it writes DecodePolicy reads back. An invalid
// policy is the *FieldErrors of Validate, and nothing is written.
func EncodePolicy(w io.Writer, p Policy) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return encode(w, p)
}

func encode(w io.Writer, v any) error { return jsonio.Encode(w, v, pkg) }
