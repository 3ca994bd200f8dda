// Package check holds the typed validation error every package of the library
// returns, and a small collector that reports every problem at once.
//
// Public packages re-export [FieldError] and [Reason] as type aliases, so a
// caller matches one error type with errors.As whichever package produced it.
//
// # Paths
//
// One convention holds everywhere: a FieldError's Path is the JSON path of
// the field within the one document it is about, whichever function found
// the problem — a decoder, Validate, or the function that consumes the value
// (redline.Compile, assessment's Decide). A function that takes several
// documents names the one at fault in Input ("layers[1]") rather than
// prefixing the path. Fields are joined with dots, indexes in brackets
// ([Join], [Index]), and a map key as [Key] writes it.
//
// # Unknown words
//
// [Nearest], [UnknownWord], [UnknownName] and [Suggest] are the one place
// the library suggests what an unknown word may have meant. A suggestion is
// text in an error only: nothing is ever corrected.
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
// input. A path is always relative to the one document it is about — a
// policy, an actor, a record — whichever function found the problem: a
// decoder, Validate, or a function that consumes the value. A function that
// takes several documents (redline.Compile takes layers) names the one at
// fault in Input ("layers[1]"), and leaves Path as the document's own
// ("rules[0].severity"), so that the same field has the same Path from every
// entry point. A map's key is joined like a field name when it is a word
// ("extra.my_attr") and quoted in brackets otherwise ("extra[\"a b\"]"); see
// [Key].
//
// Line is the 1-based line of a text input (CSV, JSON, JSON Lines) where the
// problem was found, or 0; Column is the 1-based column, counted in
// characters, of the value at fault on that line, or 0 when the input has no
// columns (CSV reports a line only). Detail explains the problem in words
// and never repeats the content of a free-text field, so an error is safe to
// log.
//
// The zero value is not a meaningful error. A FieldError is immutable once
// returned and safe for concurrent use.
type FieldError struct {
	Pkg    string // the package that reported it, e.g. "actor"
	Input  string // which of several documents a function took, e.g. "layers[1]", or ""
	Line   int    // 1-based input line, or 0
	Column int    // 1-based column (in characters) on Line, or 0
	Path   string // JSON path of the field, or the CSV column
	Reason Reason // what kind of problem it is
	Detail string // human-readable specifics
}

// Error formats the error as "pkg: input: line L, column C: path: detail",
// leaving out what is not set.
func (e *FieldError) Error() string {
	var b strings.Builder
	if e.Pkg != "" {
		b.WriteString(e.Pkg)
		b.WriteString(": ")
	}
	if e.Input != "" {
		b.WriteString(e.Input)
		b.WriteString(": ")
	}
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(", column ")
			b.WriteString(strconv.Itoa(e.Column))
		}
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
// target sets them, the same input, path, line and column. It lets callers
// write errors.Is(err, &FieldError{Reason: Required, Path: "name"}). A
// target that sets no Input matches a Path that is the input and the path
// joined as well ("layers[1].rules[0]" matches Input "layers[1]" and Path
// "rules[0]").
func (e *FieldError) Is(target error) bool {
	t, ok := target.(*FieldError)
	if !ok || t == nil || t.Reason != e.Reason {
		return false
	}
	if t.Input != "" && t.Input != e.Input {
		return false
	}
	path := t.Path == "" || t.Path == e.Path || (t.Input == "" && e.Input != "" && t.Path == Join(e.Input, e.Path))
	return path && (t.Line == 0 || t.Line == e.Line) && (t.Column == 0 || t.Column == e.Column)
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
// once. Pkg and Input are given to every error it records (Input only to
// one that names none). Its zero value is ready to use. It is not safe for
// concurrent use.
type Errors struct {
	Pkg   string
	Input string // the document being checked, of several (see FieldError.Input), or ""
	list  []error
}

// Add records a problem at path.
func (c *Errors) Add(path string, r Reason, detail string) {
	c.list = append(c.list, &FieldError{Pkg: c.Pkg, Input: c.Input, Path: path, Reason: r, Detail: detail})
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
		if cp.Input == "" {
			cp.Input = c.Input
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

// maxKeyShown is how many bytes of a map key or an unknown field name a
// path shows: a longer one is cut, never inside a character (see [Cut]).
const maxKeyShown = 48

// Key appends a map key (or a key a decoder does not know) to a path: as a
// name, joined with a dot, when it is a word of ASCII letters, digits,
// underscores and hyphens of at most 48 bytes ("extra.my_attr"); else
// quoted in brackets, cut to 48 bytes ("extra[\"a.b\"]"). Every path the
// library builds for a key uses this form, so that a decoder and Validate
// name the same key alike.
func Key(prefix, key string) string {
	if isWord(key) {
		return Join(prefix, key)
	}
	return prefix + "[" + Quote(key, maxKeyShown) + "]"
}

func isWord(s string) bool {
	if s == "" || len(s) > maxKeyShown {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// Under reports whether path is inside (or is) the value at prefix:
// "rules[0].when" is under "rules[0]" and under "", not under "rules[0].w".
func Under(path, prefix string) bool {
	if prefix == "" || path == prefix {
		return true
	}
	if len(path) <= len(prefix) || path[:len(prefix)] != prefix {
		return false
	}
	return path[len(prefix)] == '.' || path[len(prefix)] == '['
}
