// Package enum implements the text codec shared by the library's enumerations:
// typed integer constants whose zero value means "unspecified", with stable
// snake_case wire words, optional display labels, and case-insensitive parsing.
package enum

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Codec maps the values 1..n of an enumeration T to their wire words. It is
// built once, at package initialisation, and never changed afterwards, so it
// is safe for concurrent use.
type Codec[T ~uint8] struct {
	pkg     string
	typ     string
	words   []string // index 0 unused
	labels  []string // display names, index 0 unused; nil when the words serve
	aliases map[string]T
	exact   *Index[T] // every word and label as written: the fast path of Parse
}

// New returns the codec of an enumeration whose value i (from 1) has the wire
// word words[i-1]. pkg and typ name the package and the type in errors, as in
// `actor: unknown kind "x"`.
func New[T ~uint8](pkg, typ string, words ...string) *Codec[T] {
	return &Codec[T]{pkg: pkg, typ: typ, words: append([]string{""}, words...), exact: NewIndex[T](words...)}
}

// WithLabels sets display labels for values 1..n; Parse accepts them too.
func (c *Codec[T]) WithLabels(labels ...string) *Codec[T] {
	if len(labels) != len(c.words)-1 {
		panic("enum: " + c.typ + ": label count does not match word count") // programming error at init
	}
	c.labels = append([]string{""}, labels...)
	// The words, then the labels: a label that is also a word keeps the
	// word's value.
	words := append(c.Words(), labels...)
	vals := append(c.Values(), c.Values()...)
	c.exact = newIndex(words, vals)
	return c
}

// WithAlias makes Parse accept alias (case-insensitively) as v.
func (c *Codec[T]) WithAlias(alias string, v T) *Codec[T] {
	if c.aliases == nil {
		c.aliases = make(map[string]T)
	}
	c.aliases[strings.ToLower(alias)] = v
	return c
}

// Len returns the number of valid values.
func (c *Codec[T]) Len() int { return len(c.words) - 1 }

// Values returns every valid value in order.
func (c *Codec[T]) Values() []T {
	out := make([]T, c.Len())
	for i := range out {
		out[i] = T(i + 1)
	}
	return out
}

// Valid reports whether v is one of the named values (not the zero value).
func (c *Codec[T]) Valid(v T) bool { return v > 0 && int(v) < len(c.words) }

// String returns v's wire word, "unspecified" for the zero value, and
// "Type(N)" for a value out of range. It never panics.
func (c *Codec[T]) String(v T) string {
	switch {
	case c.Valid(v):
		return c.words[v]
	case v == 0:
		return "unspecified"
	}
	return c.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Label returns v's display label, falling back to String.
func (c *Codec[T]) Label(v T) string {
	if c.labels != nil && c.Valid(v) {
		return c.labels[v]
	}
	return c.String(v)
}

// Marshal returns the wire word of v; the zero value encodes as the empty
// string. A value out of range is an error.
func (c *Codec[T]) Marshal(v T) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !c.Valid(v) {
		return nil, &check.FieldError{Pkg: c.pkg, Reason: check.Invalid, Detail: "invalid " + c.typ + " " + strconv.Itoa(int(v))}
	}
	return []byte(c.words[v]), nil
}

// Unmarshal decodes a wire word, a display label or an alias, ignoring case.
// The empty string decodes to the zero value.
func (c *Codec[T]) Unmarshal(b []byte) (T, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return c.Parse(string(b))
}

// Parse is like Unmarshal but rejects the empty string.
func (c *Codec[T]) Parse(s string) (T, error) {
	if v, ok := c.exact.LookupString(s); ok { // the common case: a word as the library writes it
		return v, nil
	}
	for i := 1; i < len(c.words); i++ {
		if strings.EqualFold(s, c.words[i]) {
			return T(i), nil
		}
	}
	for i := 1; i < len(c.labels); i++ {
		if strings.EqualFold(s, c.labels[i]) {
			return T(i), nil
		}
	}
	if v, ok := c.aliases[strings.ToLower(s)]; ok {
		return v, nil
	}
	return 0, c.unknown(s)
}

// ParseBytes is Parse for bytes: the same value, or the same error. A word
// or label as written is found without allocating; anything else is parsed
// as a string.
func (c *Codec[T]) ParseBytes(b []byte) (T, error) {
	if v, ok := c.exact.Lookup(b); ok {
		return v, nil
	}
	return c.Parse(string(b))
}

// maxShown is how many bytes of an unknown word an error shows: a longer one
// is cut, never inside a character (see check.Cut).
const maxShown = 48

// unknown is the error for a word s that names no value: it lists the wire
// words (up to check.MaxListed) and suggests the wire word of the nearest
// word, label or alias when one is near (see check.Nearest).
func (c *Codec[T]) unknown(s string) error {
	words := c.words[1:]
	cands := append([]string(nil), words...)
	vals := make([]T, 0, len(cands))
	for i := range words {
		vals = append(vals, T(i+1))
	}
	for i := 1; i < len(c.labels); i++ {
		cands, vals = append(cands, c.labels[i]), append(vals, T(i))
	}
	aliases := make([]string, 0, len(c.aliases))
	for a := range c.aliases {
		aliases = append(aliases, a)
	}
	sort.Strings(aliases) // map order is random; the first of equals wins
	for _, a := range aliases {
		cands, vals = append(cands, a), append(vals, c.aliases[a])
	}
	var b strings.Builder
	b.WriteString("unknown " + c.typ + " " + check.Quote(s, maxShown))
	if near := check.Nearest(s, cands); near != "" {
		b.WriteString(": did you mean " + strconv.Quote(c.words[vals[slices.Index(cands, near)]]) + "?")
	} else {
		b.WriteByte(':')
	}
	b.WriteString(" one of " + check.List(words))
	return &check.FieldError{Pkg: c.pkg, Reason: check.Unknown, Detail: b.String()}
}

// Words returns the wire words of values 1..n, in order.
func (c *Codec[T]) Words() []string { return append([]string(nil), c.words[1:]...) }
