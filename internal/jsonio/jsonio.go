// Package jsonio decodes JSON into the library's types strictly: it bounds the
// input's size, nesting, element counts and string lengths, rejects duplicate
// and unknown keys, invalid UTF-8, numbers that do not fit, and unknown
// enumeration words, and names the JSON path of every problem in a
// *check.FieldError. encoding/json alone would accept most of these silently
// (last duplicate wins, unknown keys dropped, invalid UTF-8 replaced) or report
// them without a path.
package jsonio

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
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
func Unmarshal(data []byte, v any, lim Limits, pkg string) error {
	lim = lim.WithDefaults()
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &check.FieldError{Pkg: pkg, Reason: check.Invalid, Detail: "decode target must be a non-nil pointer"}
	}
	if int64(len(data)) > lim.MaxBytes {
		return tooLarge(pkg, "", "input exceeds "+strconv.FormatInt(lim.MaxBytes, 10)+" bytes")
	}
	data = bytes.TrimPrefix(data, bom)
	if len(bytes.TrimSpace(data)) == 0 {
		return &check.FieldError{Pkg: pkg, Reason: check.Syntax, Detail: "empty input"}
	}
	w := &walker{data: data, lim: lim, pkg: pkg, fields: map[reflect.Type]map[string]field{}}
	if !utf8.Valid(data) {
		return w.invalidUTF8()
	}
	w.dec = json.NewDecoder(bytes.NewReader(data))
	w.dec.UseNumber()
	if err := w.value(rv.Type().Elem(), "", 0); err != nil {
		return err
	}
	if tok, err := w.dec.Token(); err != io.EOF {
		_ = tok
		return &check.FieldError{Pkg: pkg, Reason: check.Syntax, Detail: "unexpected data after the JSON value"}
	}
	if err := json.Unmarshal(data, v); err != nil {
		// The walk accepts only what encoding/json accepts, so this is not
		// expected; report it rather than hide it.
		return &check.FieldError{Pkg: pkg, Reason: check.Invalid, Detail: err.Error()}
	}
	normalize(rv.Elem())
	return nil
}

// normalize turns empty slices and maps into nil ones, so that "[]" and an
// absent key decode alike and a decoded value equals itself re-encoded
// (the library's types mark their lists omitempty).
func normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			normalize(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				normalize(f)
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		if v.Len() == 0 {
			if v.CanSet() {
				v.SetZero()
			}
			return
		}
		if k := v.Type().Elem().Kind(); k == reflect.Struct || k == reflect.Slice || k == reflect.Map || k == reflect.Pointer {
			for i := range v.Len() {
				normalize(v.Index(i))
			}
		}
	case reflect.Map:
		if !v.IsNil() && v.Len() == 0 && v.CanSet() {
			v.SetZero()
		}
	}
}

type field struct {
	name string
	typ  reflect.Type
}

type walker struct {
	dec    *json.Decoder
	data   []byte
	lim    Limits
	pkg    string
	fields map[reflect.Type]map[string]field
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func (w *walker) fail(path string, r check.Reason, detail string) error {
	return &check.FieldError{Pkg: w.pkg, Path: path, Reason: r, Detail: detail}
}

func tooLarge(pkg, path, detail string) error {
	return &check.FieldError{Pkg: pkg, Path: path, Reason: check.TooLarge, Detail: detail}
}

func (w *walker) token(path string) (json.Token, error) {
	tok, err := w.dec.Token()
	if err == nil {
		return tok, nil
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, w.fail(path, check.Syntax, "unexpected end of input")
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return nil, w.fail(path, check.Syntax, "malformed JSON at byte "+strconv.FormatInt(se.Offset, 10)+": "+strings.TrimPrefix(se.Error(), "json: "))
	}
	return nil, w.fail(path, check.Syntax, err.Error())
}

// value checks the next JSON value against Go type t.
func (w *walker) value(t reflect.Type, path string, depth int) error {
	start := w.dec.InputOffset()
	tok, err := w.token(path)
	if err != nil {
		return err
	}
	if tok == nil { // null leaves any Go value unchanged
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	// A type with its own JSON decoding gets the raw bytes of the value.
	if reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		if err := w.skip(tok, path, depth); err != nil {
			return err
		}
		raw := bytes.TrimLeft(w.data[start:w.dec.InputOffset()], " \t\r\n,:")
		u := reflect.New(t).Interface().(json.Unmarshaler)
		if err := u.UnmarshalJSON(raw); err != nil {
			return w.wrap(path, err)
		}
		return nil
	}
	switch x := tok.(type) {
	case json.Delim:
		if depth+1 > w.lim.MaxDepth {
			return tooLarge(w.pkg, path, "nesting deeper than "+strconv.Itoa(w.lim.MaxDepth))
		}
		if x == '{' {
			return w.object(t, path, depth+1)
		}
		return w.array(t, path, depth+1)
	case string:
		if len(x) > w.lim.MaxString {
			return tooLarge(w.pkg, path, "string longer than "+strconv.Itoa(w.lim.MaxString)+" bytes")
		}
		if reflect.PointerTo(t).Implements(textUnmarshaler) {
			u := reflect.New(t).Interface().(encoding.TextUnmarshaler)
			if err := u.UnmarshalText([]byte(x)); err != nil {
				return w.wrap(path, err)
			}
			return nil
		}
		switch t.Kind() {
		case reflect.String, reflect.Interface:
			return nil
		case reflect.Slice:
			if t.Elem().Kind() == reflect.Uint8 {
				return nil // base64, checked by encoding/json
			}
		}
		return w.typeErr(path, t, "a string")
	case json.Number:
		if reflect.PointerTo(t).Implements(textUnmarshaler) {
			return w.typeErr(path, t, "a number")
		}
		return w.number(t, path, string(x))
	case bool:
		if reflect.PointerTo(t).Implements(textUnmarshaler) {
			return w.typeErr(path, t, "a boolean")
		}
		if t.Kind() == reflect.Bool || t.Kind() == reflect.Interface {
			return nil
		}
		return w.typeErr(path, t, "a boolean")
	}
	return w.fail(path, check.Syntax, "unexpected token")
}

func (w *walker) number(t reflect.Type, path, s string) error {
	switch t.Kind() {
	case reflect.Interface:
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if _, err := strconv.ParseInt(s, 10, t.Bits()); err != nil {
			return w.numErr(path, t, s, err)
		}
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if _, err := strconv.ParseUint(s, 10, t.Bits()); err != nil {
			if strings.HasPrefix(s, "-") {
				return w.fail(path, check.OutOfRange, "number "+short(s)+" is negative")
			}
			return w.numErr(path, t, s, err)
		}
		return nil
	case reflect.Float32, reflect.Float64:
		if _, err := strconv.ParseFloat(s, t.Bits()); err != nil {
			return w.fail(path, check.OutOfRange, "number "+short(s)+" does not fit a float")
		}
		return nil
	}
	return w.typeErr(path, t, "a number")
}

func (w *walker) numErr(path string, t reflect.Type, s string, err error) error {
	if errors.Is(err, strconv.ErrRange) {
		return w.fail(path, check.OutOfRange, "number "+short(s)+" out of range for "+t.Kind().String())
	}
	return w.fail(path, check.Type, "number "+short(s)+" is not a whole number")
}

func (w *walker) object(t reflect.Type, path string, depth int) error {
	var fields map[string]field
	switch t.Kind() {
	case reflect.Struct:
		fields = w.structFields(t)
	case reflect.Map:
		kt := t.Key()
		if kt.Kind() != reflect.String && !reflect.PointerTo(kt).Implements(textUnmarshaler) {
			return w.typeErr(path, t, "an object")
		}
	case reflect.Interface:
		return w.skipObject(path, depth)
	default:
		return w.typeErr(path, t, "an object")
	}
	seen := make(map[string]bool)
	for n := 0; w.dec.More(); n++ {
		if n >= w.lim.MaxElements {
			return tooLarge(w.pkg, path, "more than "+strconv.Itoa(w.lim.MaxElements)+" keys")
		}
		tok, err := w.token(path)
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if len(key) > w.lim.MaxString {
			return tooLarge(w.pkg, path, "key longer than "+strconv.Itoa(w.lim.MaxString)+" bytes")
		}
		var elem reflect.Type
		var kpath string
		if fields != nil {
			f, ok := lookup(fields, key)
			if !ok {
				return w.fail(check.Join(path, short(key)), check.Unknown, "unknown field "+strconv.Quote(short(key)))
			}
			key, elem, kpath = f.name, f.typ, check.Join(path, f.name)
		} else {
			kpath = path + "[" + strconv.Quote(short(key)) + "]"
			if kt := t.Key(); kt.Kind() != reflect.String || reflect.PointerTo(kt).Implements(textUnmarshaler) {
				if reflect.PointerTo(kt).Implements(textUnmarshaler) {
					u := reflect.New(kt).Interface().(encoding.TextUnmarshaler)
					if err := u.UnmarshalText([]byte(key)); err != nil {
						return w.wrap(kpath, err)
					}
				}
			}
			elem = t.Elem()
		}
		if seen[key] {
			return w.fail(kpath, check.Duplicate, "duplicate key")
		}
		seen[key] = true
		if err := w.value(elem, kpath, depth); err != nil {
			return err
		}
	}
	_, err := w.token(path) // '}'
	return err
}

func lookup(fields map[string]field, key string) (field, bool) {
	if f, ok := fields[key]; ok {
		return f, true
	}
	// encoding/json matches keys case-insensitively; so must we, or a key
	// that decodes would be reported as unknown.
	for k, f := range fields {
		if strings.EqualFold(k, key) {
			return f, true
		}
	}
	return field{}, false
}

func (w *walker) array(t reflect.Type, path string, depth int) error {
	var elem reflect.Type
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		elem = t.Elem()
	case reflect.Interface:
		return w.skipArray(path, depth)
	default:
		return w.typeErr(path, t, "an array")
	}
	n := 0
	for ; w.dec.More(); n++ {
		if n >= w.lim.MaxElements {
			return tooLarge(w.pkg, path, "more than "+strconv.Itoa(w.lim.MaxElements)+" elements")
		}
		if t.Kind() == reflect.Array && n >= t.Len() {
			return w.fail(path, check.TooLarge, "more than "+strconv.Itoa(t.Len())+" elements")
		}
		if err := w.value(elem, check.Index(path, n), depth); err != nil {
			return err
		}
	}
	_, err := w.token(path) // ']'
	return err
}

// skip consumes the rest of a value whose first token is tok.
func (w *walker) skip(tok json.Token, path string, depth int) error {
	switch x := tok.(type) {
	case json.Delim:
		if depth+1 > w.lim.MaxDepth {
			return tooLarge(w.pkg, path, "nesting deeper than "+strconv.Itoa(w.lim.MaxDepth))
		}
		if x == '{' {
			return w.skipObject(path, depth+1)
		}
		return w.skipArray(path, depth+1)
	case string:
		if len(x) > w.lim.MaxString {
			return tooLarge(w.pkg, path, "string longer than "+strconv.Itoa(w.lim.MaxString)+" bytes")
		}
	}
	return nil
}

func (w *walker) skipObject(path string, depth int) error {
	seen := make(map[string]bool)
	for n := 0; w.dec.More(); n++ {
		if n >= w.lim.MaxElements {
			return tooLarge(w.pkg, path, "more than "+strconv.Itoa(w.lim.MaxElements)+" keys")
		}
		tok, err := w.token(path)
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		kpath := check.Join(path, short(key))
		if seen[key] {
			return w.fail(kpath, check.Duplicate, "duplicate key")
		}
		seen[key] = true
		if tok, err = w.token(kpath); err != nil {
			return err
		}
		if err := w.skip(tok, kpath, depth); err != nil {
			return err
		}
	}
	_, err := w.token(path)
	return err
}

func (w *walker) skipArray(path string, depth int) error {
	for n := 0; w.dec.More(); n++ {
		if n >= w.lim.MaxElements {
			return tooLarge(w.pkg, path, "more than "+strconv.Itoa(w.lim.MaxElements)+" elements")
		}
		p := check.Index(path, n)
		tok, err := w.token(p)
		if err != nil {
			return err
		}
		if err := w.skip(tok, p, depth); err != nil {
			return err
		}
	}
	_, err := w.token(path)
	return err
}

// structFields lists the JSON keys of struct type t as encoding/json sees
// them, following embedded structs.
func (w *walker) structFields(t reflect.Type) map[string]field {
	if f, ok := w.fields[t]; ok {
		return f
	}
	out := make(map[string]field)
	w.fields[t] = out
	var add func(reflect.Type)
	add = func(t reflect.Type) {
		for i := range t.NumField() {
			sf := t.Field(i)
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			if sf.Anonymous && name == "" {
				ft := sf.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					add(ft)
					continue
				}
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			if _, dup := out[name]; !dup {
				out[name] = field{name: name, typ: sf.Type}
			}
		}
	}
	add(t)
	return out
}

func (w *walker) typeErr(path string, t reflect.Type, got string) error {
	return w.fail(path, check.Type, "expected "+describe(t)+", got "+got)
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

// wrap re-roots the field errors of a nested decoder under path.
func (w *walker) wrap(path string, err error) error {
	var c check.Errors
	c.Pkg = w.pkg
	for _, fe := range check.Flatten(err) {
		cp := *fe
		cp.Path = check.Join(path, fe.Path)
		cp.Pkg = w.pkg // the package decoding, whichever type reported it
		c.AddErr("", &cp)
	}
	return c.Err()
}

// invalidUTF8 reports the path of the first invalid byte.
func (w *walker) invalidUTF8() error {
	off := 0
	for off < len(w.data) {
		r, size := utf8.DecodeRune(w.data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return w.fail(PathAt(w.data[:off]), check.Syntax, "invalid UTF-8 at byte "+strconv.Itoa(off))
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
			p = check.Join(p, f.key)
		}
	}
	return p
}

func short(s string) string {
	const max = 48
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}
