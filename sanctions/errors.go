package sanctions

import "github.com/humanitarian-negotiation/protection/internal/check"

const pkg = "sanctions"

// FieldError reports one problem with one field of an input: its JSON path
// (or CSV column) in Path, the input line in Line when the input is text, a
// [Reason], and a Detail that never repeats free-text content. Validate and
// the decoders return an errors.Join of them; match one with errors.As, or
// with errors.Is against a *FieldError that sets the Reason (and, if wanted,
// the Path or Line).
//
// Its fields: Pkg, the package that reported it ("sanctions"); Line, the 1-based
// line of a text input, or 0; Path, the JSON path or CSV column, or "" for
// the whole input; Reason; and Detail, in words. Its Is method matches a
// target *FieldError with the same Reason and, where the target sets them,
// the same Path and Line.
//
// FieldError is the same type in every package of this module. The zero
// value is not a meaningful error. A FieldError is immutable once returned
// and safe for concurrent use.
type FieldError = check.FieldError

// Reason classifies a [FieldError]: what is wrong with an input. The zero
// value is not a reason: every FieldError the library builds carries a named
// one. Reason is the same type in every package of this module; it is a
// plain value, safe for concurrent use.
type Reason = check.Reason

// Reasons a field is rejected for.
const (
	ReasonRequired   = check.Required   // a value is needed and none was given
	ReasonInvalid    = check.Invalid    // malformed, or not allowed here
	ReasonUnknown    = check.Unknown    // an unknown enumeration word, column or field
	ReasonOutOfRange = check.OutOfRange // a number out of range, NaN or infinite
	ReasonDuplicate  = check.Duplicate  // repeats a value that must be unique
	ReasonReference  = check.Reference  // refers to something that does not exist
	ReasonCycle      = check.Cycle      // makes a structure refer back to itself
	ReasonConflict   = check.Conflict   // contradicts another field
	ReasonTooLarge   = check.TooLarge   // exceeds a size, count or depth limit
	ReasonSyntax     = check.Syntax     // not well-formed JSON or CSV
	ReasonType       = check.Type       // the wrong JSON type for the field
)
