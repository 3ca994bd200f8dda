// Package jsonio decodes JSON into the library's types strictly: it bounds the
// input's size, nesting, element counts and string lengths, rejects duplicate
// and unknown keys, invalid UTF-8, numbers that do not fit, and unknown
// enumeration words, and names the JSON path, line and column of every
// problem in a *check.FieldError. encoding/json alone would accept most of
// these silently (last duplicate wins, unknown keys dropped, invalid UTF-8
// replaced) or report them without a path, and stop at the first.
//
// A decode reports every problem it can in one pass, up to [MaxErrors]: an
// unknown key (with the nearest field's name as a suggestion), a duplicate
// key, a value of the wrong type, a word or a number its type refuses are
// recorded and the value passed over. Malformed JSON and a limit exceeded
// end decoding. [Codec.DecodeValid] adds what the type's Validate finds,
// with lines and columns too.
package jsonio

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Limits bounds what a decoder accepts. A zero field takes its default.
type Limits struct {
	MaxBytes    int64 // size of the whole input; default 8 MiB
	MaxDepth    int   // nesting of arrays and objects; default 32
	MaxElements int   // entries in any one array or object; default 100,000
	MaxString   int   // bytes in any one string; default 64 KiB
}

// MaxErrors is how many problems one decode reports. After that many it
// stops, and a last TooLarge error says so.
const MaxErrors = 100

// Default limits.
const (
	DefaultMaxBytes    = 8 << 20
	DefaultMaxDepth    = 32
	DefaultMaxElements = 100_000
	DefaultMaxString   = 64 << 10
)

// WithDefaults returns l with every zero or negative field set to its default.
func (l Limits) WithDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxElements <= 0 {
		l.MaxElements = DefaultMaxElements
	}
	if l.MaxString <= 0 {
		l.MaxString = DefaultMaxString
	}
	return l
}

// Read reads all of r, up to lim.MaxBytes (after defaults); a longer input is
// a TooLarge error.
func Read(r io.Reader, lim Limits, pkg string) ([]byte, error) {
	lim = lim.WithDefaults()
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, &check.FieldError{Pkg: pkg, Reason: check.Invalid, Detail: "reading input: " + err.Error()}
	}
	if int64(len(data)) > lim.MaxBytes {
		return nil, tooLarge(pkg, "", "input exceeds "+strconv.FormatInt(lim.MaxBytes, 10)+" bytes")
	}
	return data, nil
}

// Decode reads one JSON value from r into v, which must be a non-nil pointer.
func Decode(r io.Reader, v any, lim Limits, pkg string) error {
	data, err := Read(r, lim, pkg)
	if err != nil {
		return err
	}
	return Unmarshal(data, v, lim, pkg)
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// Unmarshal decodes data into v, which must be a non-nil pointer. A leading
// UTF-8 byte-order mark is ignored, as RFC 8259 §8.1 allows. On error, v may
// be partly filled and must not be used.
//
// Unmarshal works out how to decode v's type on every call; a decoder that
// runs often builds a [Codec] once instead.
func Unmarshal(data []byte, v any, lim Limits, pkg string) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &check.FieldError{Pkg: pkg, Reason: check.Invalid, Detail: "decode target must be a non-nil pointer"}
	}
	root := compile(rv.Type().Elem(), map[reflect.Type]*plan{})
	return unmarshal(root, data, rv.Elem(), lim, pkg)
}

// Codec decodes values of type T strictly. Build one per type with
// [NewCodec], once (a package-level variable), and reuse it: it holds how to
// decode T, worked out in advance, and is immutable and safe for concurrent
// use.
type Codec[T any] struct {
	root *plan
	pkg  string
}

// NewCodec works out how to decode T; errors name pkg.
func NewCodec[T any](pkg string) *Codec[T] {
	return &Codec[T]{root: compile(reflect.TypeFor[T](), map[reflect.Type]*plan{}), pkg: pkg}
}

// Unmarshal decodes data into v, as the package-level Unmarshal does.
func (c *Codec[T]) Unmarshal(data []byte, v *T, lim Limits) error {
	if v == nil {
		return &check.FieldError{Pkg: c.pkg, Reason: check.Invalid, Detail: "decode target must be a non-nil pointer"}
	}
	return unmarshal(c.root, data, reflect.ValueOf(v).Elem(), lim, c.pkg)
}

// UnmarshalValid decodes data into v as Unmarshal does and, unless the JSON
// is malformed or exceeds a limit, validates v with validate (which may be
// nil) even when decoding found problems, and returns the problems of both
// at once: the decoder's first, in the order of the input, then
// Validate's. A problem of Validate gets the line and column of the value
// its path names, or of the nearest value holding it that the input has.
//
// What Validate says of a value the decoder refused (left zero), of what it
// holds or of what holds it, and of a field an unknown key likely
// misspells ("sevrity" for a missing "severity"), only restates a problem
// reported already, and is left out.
func (c *Codec[T]) UnmarshalValid(data []byte, v *T, lim Limits, validate func(*T) error) error {
	if v == nil {
		return &check.FieldError{Pkg: c.pkg, Reason: check.Invalid, Detail: "decode target must be a non-nil pointer"}
	}
	o := decode(c.root, data, reflect.ValueOf(v).Elem(), lim, c.pkg)
	if o.fatal || validate == nil {
		return o.err()
	}
	if verr := validate(v); verr != nil {
		var fes []*check.FieldError
		for _, fe := range check.Flatten(verr) {
			if covers(o.cover, fe.Path) {
				continue
			}
			cp := *fe
			fes = append(fes, &cp)
		}
		locate(bytes.TrimPrefix(data, bom), fes)
		o.errs = append(o.errs, fes...)
	}
	return o.err()
}

// DecodeValid reads all of r, up to the limit, and decodes and validates
// it into v as UnmarshalValid does.
func (c *Codec[T]) DecodeValid(r io.Reader, v *T, lim Limits, validate func(*T) error) error {
	data, err := Read(r, lim, c.pkg)
	if err != nil {
		return err
	}
	return c.UnmarshalValid(data, v, lim, validate)
}

// Decode reads all of r, up to the limit, and decodes it into v.
func (c *Codec[T]) Decode(r io.Reader, v *T, lim Limits) error {
	data, err := Read(r, lim, c.pkg)
	if err != nil {
		return err
	}
	return c.Unmarshal(data, v, lim)
}

func unmarshal(root *plan, data []byte, v reflect.Value, lim Limits, pkg string) error {
	return decode(root, data, v, lim, pkg).err()
}

// outcome is what one decode found.
type outcome struct {
	errs  []*check.FieldError
	fatal bool    // decoding ended early: the value must not be validated
	cover []cover // see decoder.cover
}

// err joins the problems, or is nil.
func (o outcome) err() error {
	switch len(o.errs) {
	case 0:
		return nil
	case 1:
		return o.errs[0]
	}
	list := make([]error, len(o.errs))
	for i, fe := range o.errs {
		list[i] = fe
	}
	return errors.Join(list...)
}

func failed(fe *check.FieldError) outcome {
	return outcome{errs: []*check.FieldError{fe}, fatal: true}
}

func decode(root *plan, data []byte, v reflect.Value, lim Limits, pkg string) outcome {
	lim = lim.WithDefaults()
	if int64(len(data)) > lim.MaxBytes {
		return failed(tooLarge(pkg, "", "input exceeds "+strconv.FormatInt(lim.MaxBytes, 10)+" bytes"))
	}
	data = bytes.TrimPrefix(data, bom)
	d := decoder{data: data, lim: lim, pkg: pkg}
	d.ws()
	if d.i == len(data) {
		return failed(&check.FieldError{Pkg: pkg, Reason: check.Syntax, Detail: "empty input"})
	}
	if !utf8.Valid(data) {
		return failed(invalidUTF8(data, pkg))
	}
	err := d.value(root, v, 0)
	if err == nil {
		d.ws()
		if d.i < len(data) {
			err = d.fail(check.Syntax, "unexpected data after the JSON value")
		}
	}
	o := outcome{errs: d.errs, cover: d.cover}
	switch {
	case err == errStop:
		o.fatal = true
		o.errs = append(o.errs, &check.FieldError{Pkg: pkg, Reason: check.TooLarge,
			Detail: "decoding stopped after " + strconv.Itoa(MaxErrors) + " problems"})
	case err != nil:
		o.fatal = true
		o.errs = append(o.errs, check.Flatten(err)...)
	}
	return o
}

func tooLarge(pkg, path, detail string) *check.FieldError {
	return &check.FieldError{Pkg: pkg, Path: path, Reason: check.TooLarge, Detail: detail}
}

func describe(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	}
	return t.String()
}

// invalidUTF8 reports the path, line and column of the first invalid byte.
func invalidUTF8(data []byte, pkg string) *check.FieldError {
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	d := decoder{data: data}
	line, col := d.position(off)
	return &check.FieldError{Pkg: pkg, Line: line, Column: col, Path: PathAt(data[:off]), Reason: check.Syntax, Detail: "invalid UTF-8"}
}

// PathAt returns the JSON path of the value being read where prefix ends,
// as far as prefix tells.
func PathAt(prefix []byte) string {
	type frame struct {
		array     bool
		index     int    // arrays: index of the last element started
		key       string // objects: the last key read
		expectKey bool   // objects: the next string is a key
	}
	var stack []frame
	dec := json.NewDecoder(bytes.NewReader(prefix))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			if len(stack) > 0 && !stack[len(stack)-1].array {
				stack[len(stack)-1].expectKey = true
			}
			continue
		}
		if s, ok := tok.(string); ok && top != nil && !top.array && top.expectKey {
			top.key, top.expectKey = s, false
			continue
		}
		// A value starts.
		if top != nil {
			if top.array {
				top.index++
			} else {
				top.expectKey = true
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{expectKey: true})
		case json.Delim('['):
			stack = append(stack, frame{array: true, index: -1})
		}
	}
	var p string
	for i, f := range stack {
		last := i == len(stack)-1
		switch {
		case f.array && last:
			p = check.Index(p, f.index+1) // the element being read
		case f.array:
			p = check.Index(p, f.index)
		case !last || !f.expectKey:
			p = check.Key(p, f.key)
		}
	}
	return p
}

// maxShown is how many bytes of a key or a number an error shows: a longer
// one is cut, never inside a character (see check.Cut).
const maxShown = 48

// Encode writes v to w as indented JSON (two spaces) ending in a newline:
// the one form in which every package of the library writes a value. The
// value is marshalled whole before anything is written, so a value that
// cannot be encoded writes nothing and is a *check.FieldError of package pkg.
func Encode(w io.Writer, v any, pkg string) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return &check.FieldError{Pkg: pkg, Reason: check.Invalid, Detail: "encoding: " + err.Error()}
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
