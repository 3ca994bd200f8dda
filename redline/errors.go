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
// Its fields: Pkg, the package that reported it ("redline"); Line, the 1-based
// line of a text input, or 0; Path, the JSON path or CSV column, or "" for
// the whole input; Reason; and Detail, in words. Its Is method matches a
// target *FieldError with the same Reason and, where the target sets them,
// the same Path and Line.
//
// The zero value is not a meaningful error. A FieldError is immutable once
// returned and safe for concurrent use. FieldError is the same type in every
// package of this module.
type FieldError = check.FieldError

// Reason classifies a [FieldError]. The zero value is not a reason: every
// FieldError the library builds carries a named one. It is a plain value,
// safe for concurrent use.
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

// Limits bounds what the decoders accept. Its fields, each taking its default
// when zero or negative:
//
//	MaxBytes    int64 // size of the whole input; default 8 MiB
//	MaxDepth    int   // nesting of arrays and objects; default 32
//	MaxElements int   // entries in any one array or object; default 100,000
//	MaxString   int   // bytes in any one string; default 64 KiB
//
// No decoder reads past MaxBytes, and exceeding any limit is a *FieldError
// with ReasonTooLarge. The zero value means the defaults. It is a plain
// value, safe for concurrent use. Limits is the same type in every package of
// this module.
type Limits = jsonio.Limits
