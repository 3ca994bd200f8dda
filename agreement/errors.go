package agreement

import (
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

const pkg = "agreement"

// FieldError reports one problem with one field of an input: its JSON path
// (or CSV column) in Path, the input line in Line when the input is text, a
// [Reason], and a Detail that never repeats a name or a note. Validate and
// the decoders return an errors.Join of them; match one with errors.As, or
// with errors.Is against a *FieldError that sets the Reason (and, if wanted,
// the Path or Line).
//
// FieldError is the same type in every package of this module.
type FieldError = check.FieldError

// Reason classifies a [FieldError].
type Reason = check.Reason

// Reasons a field is rejected for.
const (
	ReasonRequired   = check.Required   // a value is needed and none was given
	ReasonInvalid    = check.Invalid    // malformed, or not allowed here
	ReasonUnknown    = check.Unknown    // an unknown enumeration word, column or field
	ReasonOutOfRange = check.OutOfRange // a number out of range; a time before signature or after the evaluation time
	ReasonDuplicate  = check.Duplicate  // repeats a value that must be unique
	ReasonReference  = check.Reference  // refers to a party, phase or commitment that does not exist
	ReasonCycle      = check.Cycle      // phases that wait on each other
	ReasonConflict   = check.Conflict   // contradicts another field
	ReasonTooLarge   = check.TooLarge   // exceeds a size, count or depth limit
	ReasonSyntax     = check.Syntax     // not well-formed JSON or CSV
	ReasonType       = check.Type       // the wrong JSON type for the field
)

// Limits bounds what the JSON decoders accept. A zero field takes its
// default: 8 MiB of input, nesting 32 deep, 100,000 entries per array or
// object, and 64 KiB per string.
type Limits = jsonio.Limits
