package redline

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Number is a number that may be unstated, such as a minimum age or an
// amount. The zero value means not stated; in JSON a Number is a number, or
// null or absent when unstated. Build one with [Num]. Numbers are comparable
// values, safe for concurrent use.
type Number struct {
	v  float64
	ok bool
}

// Num returns the stated number v.
func Num(v float64) Number { return Number{v: v, ok: true} }

// Equal reports whether n and m are both unstated, or both stated with the
// same value (NaN equal to NaN, so that Equal is reflexive). Comparison
// libraries such as go-cmp use it, as Number's fields are unexported.
func (n Number) Equal(m Number) bool {
	if n.ok != m.ok {
		return false
	}
	return !n.ok || n.v == m.v || (n.v != n.v && m.v != m.v)
}

// Get returns the number and whether it is stated.
func (n Number) Get() (float64, bool) { return n.v, n.ok }

// IsSet reports whether the number is stated.
func (n Number) IsSet() bool { return n.ok }

// IsZero reports whether the number is unstated (for the omitzero JSON option).
func (n Number) IsZero() bool { return !n.ok }

// valid reports whether a stated number is finite.
func (n Number) valid() bool { return !math.IsNaN(n.v) && !math.IsInf(n.v, 0) }

// String returns the number in the shortest form that reads back exactly, or
// "unspecified".
func (n Number) String() string {
	if !n.ok {
		return "unspecified"
	}
	return strconv.FormatFloat(n.v, 'g', -1, 64)
}

// MarshalJSON encodes a stated number as a JSON number and an unstated one as
// null. NaN and infinities cannot be encoded.
func (n Number) MarshalJSON() ([]byte, error) {
	if !n.ok {
		return []byte("null"), nil
	}
	if !n.valid() {
		return nil, &check.FieldError{Pkg: pkg, Reason: check.OutOfRange, Detail: "number " + n.String() + " cannot be encoded"}
	}
	return strconv.AppendFloat(nil, n.v, 'g', -1, 64), nil
}

// UnmarshalJSON decodes a JSON number, or null for unstated.
func (n *Number) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*n = Number{}
		return nil
	}
	// Only JSON's number grammar: strconv alone would take "-Inf", hex and
	// underscores.
	if len(b) == 0 || (b[0] != '-' && (b[0] < '0' || b[0] > '9')) || !json.Valid(b) {
		return &check.FieldError{Pkg: pkg, Reason: check.Type, Detail: "expected a number"}
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return &check.FieldError{Pkg: pkg, Reason: check.OutOfRange, Detail: "number " + check.Cut(string(b), quoteLen) + " does not fit"}
	}
	*n = Num(v)
	return nil
}

type valueKind uint8

const (
	valueNone valueKind = iota
	valueNumber
	valueText
	valueFlag
	valueList
)

// Value is the operand of a [Condition] and the value of an agency-defined
// attribute of a [Term]: a number, a word, a yes-or-no flag, or a list of
// words (for the in and not_in operators). In JSON it is a number, a string,
// true or false, or an array of strings. The zero value holds nothing and is
// invalid wherever a value is needed. A Value is immutable once built and
// safe for concurrent use.
type Value struct {
	kind valueKind
	flag bool
	num  float64
	text string
	list *[]string // a pointer keeps Value small in observations
}

// NumberValue returns a numeric value.
func NumberValue(v float64) Value { return Value{kind: valueNumber, num: v} }

// TextValue returns a word, such as a purpose ("ransom") or a party.
func TextValue(s string) Value { return Value{kind: valueText, text: s} }

// FlagValue returns a yes-or-no value.
func FlagValue(b bool) Value { return Value{kind: valueFlag, flag: b} }

// ListValue returns a list of words; it copies words.
func ListValue(words ...string) Value {
	list := append([]string(nil), words...)
	return Value{kind: valueList, list: &list}
}

func (v Value) words() []string {
	if v.list == nil {
		return nil
	}
	return *v.list
}

// IsZero reports whether v holds nothing.
func (v Value) IsZero() bool { return v.kind == valueNone }

// Number returns the value's number, if it is one.
func (v Value) Number() (float64, bool) { return v.num, v.kind == valueNumber }

// Text returns the value's word, if it is one.
func (v Value) Text() (string, bool) { return v.text, v.kind == valueText }

// Flag returns the value's flag, if it is one.
func (v Value) Flag() (bool, bool) { return v.flag, v.kind == valueFlag }

// List returns a copy of the value's words, if it is a list.
func (v Value) List() ([]string, bool) {
	if v.kind != valueList {
		return nil, false
	}
	return append([]string(nil), v.words()...), true
}

// Equal reports whether v and w hold the same value.
func (v Value) Equal(w Value) bool {
	if v.kind != w.kind {
		return false
	}
	switch v.kind {
	case valueNumber:
		return v.num == w.num
	case valueText:
		return v.text == w.text
	case valueFlag:
		return v.flag == w.flag
	case valueList:
		a, b := v.words(), w.words()
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
	}
	return true
}

// typeName names the value's type for error messages.
func (v Value) typeName() string {
	switch v.kind {
	case valueNumber:
		return "a number"
	case valueText:
		return "a word"
	case valueFlag:
		return "true or false"
	case valueList:
		return "a list"
	}
	return "nothing"
}

// String renders the value: 15, ransom, yes, [armed_actor, host_state].
func (v Value) String() string {
	switch v.kind {
	case valueNumber:
		return strconv.FormatFloat(v.num, 'g', -1, 64)
	case valueText:
		return v.text
	case valueFlag:
		if v.flag {
			return "yes"
		}
		return "no"
	case valueList:
		return "[" + strings.Join(v.words(), ", ") + "]"
	}
	return "unspecified"
}

// MarshalJSON encodes the value as a JSON number, string, boolean or array of
// strings, and the zero Value as null.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case valueNumber:
		return Num(v.num).MarshalJSON()
	case valueText:
		return json.Marshal(v.text)
	case valueFlag:
		return json.Marshal(v.flag)
	case valueList:
		return json.Marshal(nonNil(v.words()))
	}
	return []byte("null"), nil
}

// UnmarshalJSON decodes a JSON number, string, boolean, array of strings, or
// null (the zero Value).
func (v *Value) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return &check.FieldError{Pkg: pkg, Reason: check.Syntax, Detail: "empty value"}
	}
	switch b[0] {
	case 'n':
		*v = Value{}
		return nil
	case 't', 'f':
		var f bool
		if err := json.Unmarshal(b, &f); err != nil {
			return &check.FieldError{Pkg: pkg, Reason: check.Syntax, Detail: "malformed boolean"}
		}
		*v = FlagValue(f)
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return &check.FieldError{Pkg: pkg, Reason: check.Syntax, Detail: "malformed string"}
		}
		*v = TextValue(s)
	case '[':
		var ss []string
		if err := json.Unmarshal(b, &ss); err != nil {
			return &check.FieldError{Pkg: pkg, Reason: check.Type, Detail: "a list must hold only strings"}
		}
		*v = ListValue(ss...)
	default:
		var n Number
		if err := n.UnmarshalJSON(b); err != nil {
			if fe, ok := err.(*check.FieldError); ok && fe.Reason == check.Type {
				return &check.FieldError{Pkg: pkg, Reason: check.Type, Detail: "expected a number, a string, a boolean or a list of strings"}
			}
			return err
		}
		*v = NumberValue(n.v)
	}
	return nil
}

// quoteLen is how many bytes of a bad value an error message repeats (see
// check.Cut and check.Quote).
const quoteLen = 32
