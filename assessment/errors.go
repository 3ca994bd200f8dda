package assessment

import (
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

const pkg = "assessment"

// FieldError reports one problem with one field of an input: its JSON path in
// Path, a reason (ReasonRequired, ReasonOutOfRange, …) and a Detail that never
// repeats free text. Validate and the decoders return an errors.Join of them;
// match one with errors.As, or with errors.Is against a *FieldError that sets
// the Reason (and, if wanted, the Path).
//
// FieldError is the same type in every package of this module. (The type of
// its Reason field is actor.Reason; this package names decision reasons
// [Ground].)
type FieldError = check.FieldError

// Reasons a field is rejected for.
const (
	ReasonRequired   = check.Required   // a value is needed and none was given
	ReasonInvalid    = check.Invalid    // malformed, or not allowed here
	ReasonUnknown    = check.Unknown    // an unknown enumeration word or field
	ReasonOutOfRange = check.OutOfRange // a number out of range, NaN or infinite
	ReasonDuplicate  = check.Duplicate  // repeats a value that must be unique
	ReasonConflict   = check.Conflict   // contradicts another field
	ReasonTooLarge   = check.TooLarge   // exceeds a size, count or depth limit
	ReasonSyntax     = check.Syntax     // not well-formed JSON
	ReasonType       = check.Type       // the wrong JSON type for the field
)

// Limits bounds what the decoders accept. A zero field takes its default:
// 8 MiB of input, nesting 32 deep, 100,000 entries per array or object, and
// 64 KiB per string.
type Limits = jsonio.Limits

func checkText(c *check.Errors, path, s string, max int, required bool) {
	if r := textProblem(s, max, required); r != 0 {
		c.Add(path, r, textDetail(r, max))
	}
}
