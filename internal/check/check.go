// Package check holds the typed validation error every package of the library
// returns, and a small collector that reports every problem at once.
//
// Public packages re-export [FieldError] and [Reason] as type aliases, so a
// caller matches one error type with errors.As whichever package produced it.
package check

import (
	"errors"
	"strconv"
	"strings"
)

// Reason classifies what is wrong with a field. The zero value is not a
// reason; every FieldError the library builds carries a named one.
type Reason uint8

// The reasons a field can be rejected for.
const (
	_          Reason = iota
	Required          // a value is needed and none was given
	Invalid           // the value is malformed or not allowed here
	Unknown           // an enumeration word, column or field that is not known
	OutOfRange        // a number outside its range, or NaN or infinite
	Duplicate         // the value repeats one that must be unique
	Reference         // the value refers to something that does not exist
	Cycle             // the value makes a structure refer back to itself
	Conflict          // the value contradicts another field
	TooLarge          // the input exceeds a size, count or depth limit
	Syntax            // the input is not well-formed JSON or CSV
	Type              // the input has the wrong JSON type for the field
)

var reasonWords = [...]string{
	Required:   "required",
	Invalid:    "invalid",
	Unknown:    "unknown",
	OutOfRange: "out_of_range",
	Duplicate:  "duplicate",
	Reference:  "reference",
	Cycle:      "cycle",
	Conflict:   "conflict",
	TooLarge:   "too_large",
	Syntax:     "syntax",
	Type:       "type",
}

// String returns the reason's word, or "Reason(N)" for a value out of range.
func (r Reason) String() string {
	if r > 0 && int(r) < len(reasonWords) {
		return reasonWords[r]
	}
	return "Reason(" + strconv.Itoa(int(r)) + ")"
}

// FieldError reports one problem with one field of an input value.
//
// Path names the field in the form of its JSON encoding, for example
// "factions[2].parent_id"; it is empty when the problem concerns the whole
// input. Line is the 1-based line of a text input (CSV, JSON Lines) where the
// problem was found, or 0. Detail explains the problem in words and never
// repeats the content of a free-text field, so an error is safe to log.
//
// The zero value is not a meaningful error. A FieldError is immutable once
// returned and safe for concurrent use.
type FieldError struct {
	Pkg    string // the package that reported it, e.g. "actor"
	Line   int    // 1-based input line, or 0
	Path   string // JSON path of the field, or the CSV column
	Reason Reason // what kind of problem it is
	Detail string // human-readable specifics
}

// Error formats the error as "pkg: line N: path: detail".
func (e *FieldError) Error() string {
	var b strings.Builder
	if e.Pkg != "" {
		b.WriteString(e.Pkg)
		b.WriteString(": ")
	}
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Detail != "" {
		b.WriteString(e.Detail)
	} else {
		b.WriteString(e.Reason.String())
	}
	return b.String()
}

// Is reports whether target is a *FieldError with the same reason and, where
// target sets them, the same path and line. It lets callers write
// errors.Is(err, &FieldError{Reason: Required, Path: "name"}).
func (e *FieldError) Is(target error) bool {
	t, ok := target.(*FieldError)
	if !ok || t == nil || t.Reason != e.Reason {
		return false
	}
	return (t.Path == "" || t.Path == e.Path) && (t.Line == 0 || t.Line == e.Line)
}

// EnumReason is the reason an enumeration field is rejected: Required when
// it is the zero value (not given), Unknown when it holds a value that names
// nothing.
func EnumReason(zero bool) Reason {
	if zero {
		return Required
	}
	return Unknown
}

// Errors collects field errors so that validation reports every problem at
// once. Its zero value is ready to use. It is not safe for concurrent use.
type Errors struct {
	Pkg  string
	list []error
}

// Add records a problem at path.
func (c *Errors) Add(path string, r Reason, detail string) {
	c.list = append(c.list, &FieldError{Pkg: c.Pkg, Path: path, Reason: r, Detail: detail})
}

// AddErr records err. A *FieldError (or several joined) is re-rooted under
// prefix and attributed to the collector's package, so that an error names
// the package the caller called; any other error becomes an Invalid error at
// prefix.
func (c *Errors) AddErr(prefix string, err error) {
	if err == nil {
		return
	}
	for _, fe := range Flatten(err) {
		cp := *fe
		cp.Path = Join(prefix, fe.Path)
		if c.Pkg != "" || cp.Pkg == "" {
			cp.Pkg = c.Pkg
		}
		c.list = append(c.list, &cp)
	}
}

// Len reports how many problems were recorded.
func (c *Errors) Len() int { return len(c.list) }

// Err returns nil when nothing was recorded, the single error when one was,
// and their errors.Join otherwise.
func (c *Errors) Err() error {
	switch len(c.list) {
	case 0:
		return nil
	case 1:
		return c.list[0]
	}
	return errors.Join(c.list...)
}

// Flatten returns the field errors inside err, in order, looking through
// errors.Join and wrapping. An error that holds none is returned as one
// Invalid FieldError with its message as the detail.
func Flatten(err error) []*FieldError {
	if err == nil {
		return nil
	}
	var out []*FieldError
	var walk func(error)
	walk = func(e error) {
		switch x := e.(type) {
		case *FieldError:
			out = append(out, x)
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				walk(inner)
			}
		case interface{ Unwrap() error }:
			if inner := x.Unwrap(); inner != nil {
				walk(inner)
			} else {
				out = append(out, &FieldError{Reason: Invalid, Detail: e.Error()})
			}
		default:
			out = append(out, &FieldError{Reason: Invalid, Detail: e.Error()})
		}
	}
	walk(err)
	return out
}

// Join appends a field name to a path: Join("rules[2]", "id") is "rules[2].id".
// An index element ("[3]") is appended without a dot.
func Join(prefix, name string) string {
	switch {
	case prefix == "":
		return name
	case name == "":
		return prefix
	case name[0] == '[':
		return prefix + name
	}
	return prefix + "." + name
}

// Index returns prefix[i].
func Index(prefix string, i int) string {
	return prefix + "[" + strconv.Itoa(i) + "]"
}
