package actor

import (
	"io"

	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// actorCodec decodes actors, worked out once.
var actorCodec = jsonio.NewCodec[Actor](pkg)

// Decode reads one actor as JSON from r and validates it.
//
// Decoding is strict: unknown or duplicate keys, unknown enumeration words,
// numbers that do not fit, invalid UTF-8 and input beyond lim are errors, each
// a *FieldError naming the JSON path, the line and the column; they are
// reported together with what Validate finds (see [redline.DecodePolicy]
// for how). A leading byte-order mark is ignored. The zero Limits means the
// defaults.
func Decode(r io.Reader, lim Limits) (Actor, error) {
	var a Actor
	if err := actorCodec.DecodeValid(r, &a, lim, (*Actor).Validate); err != nil {
		return Actor{}, err
	}
	return a, nil
}

// Encode writes a as indented JSON to w, after validating it, so that what is
// written can be decoded again.
func Encode(w io.Writer, a Actor) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return jsonio.Encode(w, a, pkg)
}
