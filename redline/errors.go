package redline

import (
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

const pkg = "redline"

// FieldError reports one problem with one field of an input: its JSON path in
// Path (for a policy compiled from several layers, prefixed "layers[i]."), a
// [Reason], and a Detail that never repeats free text. Compile, Validate and
// the decoders return an errors.Join of them; match one with errors.As, or
// with errors.Is against a *FieldError that sets the Reason (and, if wanted,
// the Path).
//
// FieldError is the same type in every package of this module.
type FieldError = check.FieldError

// Reason classifies a [FieldError].
type Reason = check.Reason

// Reasons a field is rejected for.
const (
	ReasonRequired   = check.Required   // a value is needed and none was given
	ReasonInvalid    = check.Invalid    // malformed, or not allowed here
	ReasonUnknown    = check.Unknown    // an unknown kind, attribute, word or field
	ReasonOutOfRange = check.OutOfRange // a number out of range, NaN or infinite
	ReasonDuplicate  = check.Duplicate  // repeats a value that must be unique
	ReasonReference  = check.Reference  // refers to a rule that does not exist
	ReasonCycle      = check.Cycle      // makes a structure refer back to itself
	ReasonConflict   = check.Conflict   // contradicts another field or layer
	ReasonTooLarge   = check.TooLarge   // exceeds a size, count or depth limit
	ReasonSyntax     = check.Syntax     // not well-formed JSON
	ReasonType       = check.Type       // the wrong JSON type, or a value of the wrong type for the attribute
)

// Limits bounds what the decoders accept. A zero field takes its default:
// 8 MiB of input, nesting 32 deep, 100,000 entries per array or object, and
// 64 KiB per string.
type Limits = jsonio.Limits
