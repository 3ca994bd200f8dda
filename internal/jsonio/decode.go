package jsonio

import (
	"encoding"
	"encoding/base64"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// This file is the decoder: one pass over the bytes, straight into the Go
// value, with every check of the strict format made on the way — syntax,
// limits, unknown and duplicate keys, types, enumeration words — and the
// JSON path, line and column of a problem worked out only when there is one.
//
// A problem with one value — an unknown or duplicate key, a value of the
// wrong type, a word or a number its type refuses — is recorded, the value
// passed over, and decoding goes on, so that one pass reports every such
// problem (up to MaxErrors). Malformed JSON and a limit exceeded end
// decoding: what follows cannot be read reliably, or must not be read.
//
// What it accepts, it decodes exactly as encoding/json.Unmarshal would,
// except that an empty array or object decodes as a nil slice or map (so
// that "[]" and an absent key decode alike) and a leading byte-order mark is
// ignored. FuzzDifferential holds it to that.

// kind is how a plan decodes.
type kind uint8

const (
	kInvalid kind = iota // a type the decoder cannot fill
	kBool
	kInt
	kUint
	kFloat
	kString
	kBytes // []byte: base64 from a string, or an array of numbers
	kStruct
	kSlice
	kArray
	kMap
	kPtr
	kAny  // interface{}: the generic values of encoding/json
	kJSON // implements json.Unmarshaler: gets the raw bytes of the value
	kText // implements encoding.TextUnmarshaler: gets the text of a string
)

// plan is how to decode one Go type, worked out once.
type plan struct {
	kind   kind
	typ    reflect.Type
	bits   int
	elem   *plan          // kSlice, kArray, kPtr, kMap (the values), kBytes
	keyTxt bool           // kMap: the key type implements TextUnmarshaler (else its kind is string)
	noKey  bool           // kMap: the key type cannot be decoded
	length int            // kArray
	fields []fieldPlan    // kStruct
	byName map[string]int // kStruct: exact JSON names
}

type fieldPlan struct {
	name  string // the JSON key
	index []int  // the field's index path, through embedded structs
	embed bool   // the path goes through an embedded pointer
	p     *plan
}

// maxFields bounds the fields of a struct the decoder tracks for duplicate
// keys.
const maxFields = 256

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// compile works out the plan for t, sharing plans of types seen already, so
// that recursive types terminate.
func compile(t reflect.Type, memo map[reflect.Type]*plan) *plan {
	if p, ok := memo[t]; ok {
		return p
	}
	p := &plan{typ: t}
	memo[t] = p
	if t.Kind() != reflect.Pointer {
		pt := reflect.PointerTo(t)
		switch {
		case pt.Implements(jsonUnmarshaler):
			p.kind = kJSON
			return p
		case pt.Implements(textUnmarshaler):
			p.kind = kText
			return p
		}
	}
	switch t.Kind() {
	case reflect.Bool:
		p.kind = kBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.kind, p.bits = kInt, t.Bits()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.kind, p.bits = kUint, t.Bits()
	case reflect.Float32, reflect.Float64:
		p.kind, p.bits = kFloat, t.Bits()
	case reflect.String:
		p.kind = kString
	case reflect.Pointer:
		p.kind, p.elem = kPtr, compile(t.Elem(), memo)
	case reflect.Slice:
		p.kind, p.elem = kSlice, compile(t.Elem(), memo)
		if t.Elem().Kind() == reflect.Uint8 && p.elem.kind == kUint {
			p.kind = kBytes
		}
	case reflect.Array:
		p.kind, p.elem, p.length = kArray, compile(t.Elem(), memo), t.Len()
	case reflect.Map:
		p.kind, p.elem = kMap, compile(t.Elem(), memo)
		kt := t.Key()
		switch {
		case reflect.PointerTo(kt).Implements(textUnmarshaler):
			p.keyTxt = true
		case kt.Kind() != reflect.String:
			p.noKey = true
		}
	case reflect.Interface:
		if t.NumMethod() == 0 {
			p.kind = kAny
		}
	case reflect.Struct:
		p.kind = kStruct
		p.byName = make(map[string]int)
		addFields(p, t, nil, false, memo)
		if len(p.fields) > maxFields {
			p.kind = kInvalid
		}
	}
	return p
}

// addFields lists the JSON keys of struct type t as encoding/json sees them,
// following embedded structs; a name already taken keeps its first field.
func addFields(p *plan, t reflect.Type, prefix []int, viaPtr bool, memo map[reflect.Type]*plan) {
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		index := append(append([]int(nil), prefix...), i)
		if sf.Anonymous && name == "" {
			ft := sf.Type
			ptr := ft.Kind() == reflect.Pointer
			if ptr {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				if ptr && !sf.IsExported() {
					continue // encoding/json cannot set a pointer to an unexported struct
				}
				addFields(p, ft, index, viaPtr || ptr, memo)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if _, dup := p.byName[name]; dup {
			continue
		}
		p.byName[name] = len(p.fields)
		p.fields = append(p.fields, fieldPlan{name: name, index: index, embed: viaPtr, p: compile(sf.Type, memo)})
	}
}

// field returns the index of the struct field whose JSON key is key: the
// exact name, or else one equal to it under ASCII case folding, as
// encoding/json also matches (a key that folds only under Unicode rules is
// unknown here, where encoding/json would take it: an error, never a
// different value).
func (p *plan) field(key []byte) (int, bool) {
	if i, ok := p.byName[string(key)]; ok {
		return i, true
	}
	for i := range p.fields {
		if asciiEqualFold(p.fields[i].name, key) {
			return i, true
		}
	}
	return 0, false
}

func asciiEqualFold(name string, key []byte) bool {
	if len(name) != len(key) {
		return false
	}
	for i := range len(key) {
		a, b := name[i], key[i]
		if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
			return false
		}
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

// seg is one step of the path to the value being decoded. A name or a key
// is kept whole; pathString cuts it for the error.
type seg struct {
	name  string // a struct field's JSON name (joined with a dot)
	key   string // a key as the input writes it: a map's, a free object's, or one no field has (see check.Key)
	index int    // an array index, when name and key are empty and isIdx
	isIdx bool
	isKey bool
}

// decoder holds the state of one decode.
type decoder struct {
	data    []byte
	i       int
	lim     Limits
	pkg     string
	path    []seg
	scratch []byte

	errs  []*check.FieldError // the problems recorded so far (see record and note)
	cover []cover             // what the problems account for, that Validate need not repeat

	// The last position worked out (see position): byte off is on line
	// line, which starts at byte start.
	posOff, posLine, posStart int
}

func (d *decoder) pathString() string {
	var p string
	for _, s := range d.path {
		switch {
		case s.isIdx:
			p = check.Index(p, s.index)
		case s.isKey:
			p = check.Key(p, s.key)
		default:
			p = check.Join(p, check.Cut(s.name, maxShown))
		}
	}
	return p
}

// position returns the 1-based line and column (in characters) of byte at.
// Problems come mostly in the order of the input, so it goes on from the
// last position it worked out.
func (d *decoder) position(at int) (line, col int) {
	at = min(max(at, 0), len(d.data))
	if at < d.posOff || d.posLine == 0 {
		d.posOff, d.posLine, d.posStart = 0, 1, 0
	}
	for k := d.posOff; k < at; k++ {
		if d.data[k] == '\n' {
			d.posLine++
			d.posStart = k + 1
		}
	}
	d.posOff = at
	return d.posLine, utf8.RuneCount(d.data[d.posStart:at]) + 1
}

// failAt returns a problem with the value that starts at byte at.
func (d *decoder) failAt(at int, r check.Reason, detail string) *check.FieldError {
	line, col := d.position(at)
	return &check.FieldError{Pkg: d.pkg, Line: line, Column: col, Path: d.pathString(), Reason: r, Detail: detail}
}

// fail returns a problem at the current byte.
func (d *decoder) fail(r check.Reason, detail string) error {
	return d.failAt(d.i, r, detail)
}

// cover is a path whose problems, if Validate finds any, follow from a
// problem the decoder reported: at the path, under it, and, with up, above
// it.
type cover struct {
	path string
	up   bool
}

// covers reports whether a problem Validate finds at path follows from one
// the decoder reported.
func covers(cs []cover, path string) bool {
	for _, c := range cs {
		if check.Under(path, c.path) || (c.up && check.Under(c.path, path)) {
			return true
		}
	}
	return false
}

// errStop ends a decode that has recorded MaxErrors problems.
var errStop = &check.FieldError{Reason: check.TooLarge}

// record records problems with values that do not end decoding: the value
// at fault is left as it was (zero, mostly), so what Validate would say of
// it, or of what holds it, is covered. It returns errStop, which ends
// decoding, once MaxErrors are recorded.
func (d *decoder) record(fes ...*check.FieldError) error {
	for _, fe := range fes {
		d.cover = append(d.cover, cover{fe.Path, true})
	}
	return d.note(fes...)
}

// note records problems that leave the value as it would be without them
// (an unknown key, a second one), as record does, but covers nothing.
func (d *decoder) note(fes ...*check.FieldError) error {
	d.errs = append(d.errs, fes...)
	if len(d.errs) >= MaxErrors {
		return errStop
	}
	return nil
}

// problem records a problem with the value that starts at byte at (see
// record).
func (d *decoder) problem(at int, r check.Reason, detail string) error {
	return d.record(d.failAt(at, r, detail))
}

func (d *decoder) push(s seg) { d.path = append(d.path, s) }
func (d *decoder) pop()       { d.path = d.path[:len(d.path)-1] }

// syntax reports malformed JSON at the current byte, saying what was
// expected there.
func (d *decoder) syntax(expecting string) error {
	if d.i >= len(d.data) {
		return d.fail(check.Syntax, "unexpected end of input")
	}
	return d.fail(check.Syntax, "malformed JSON: invalid character "+quoteChar(d.data[d.i:])+" "+expecting)
}

// quoteChar quotes the character b starts with, whole: a byte of a
// multi-byte character is never shown as a character of its own.
func quoteChar(b []byte) string {
	switch c := b[0]; {
	case c == '\'':
		return `'\''`
	case c == '"':
		return `'"'`
	case c < 0x20 || c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRune(b)
		return strconv.QuoteRune(r)
	}
	return "'" + string(b[0]) + "'"
}

func (d *decoder) ws() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *decoder) peek() byte {
	if d.i < len(d.data) {
		return d.data[d.i]
	}
	return 0
}

// The steps every object and array shares, whatever it decodes into.

// open passes over the '{' or '[' at d.i, and over end too when it follows
// at once: it reports whether the object or array is empty.
func (d *decoder) open(end byte) (empty bool) {
	d.i++
	d.ws()
	if d.peek() == end {
		d.i++
		return true
	}
	return false
}

// key reads the key of an object's member n (from 0), bounding the members
// and the key's length. The key may lie in d.scratch: it is good until the
// next string is read.
func (d *decoder) key(n int) ([]byte, error) {
	if n >= d.lim.MaxElements {
		return nil, d.fail(check.TooLarge, "more than "+strconv.Itoa(d.lim.MaxElements)+" keys")
	}
	if d.peek() != '"' {
		return nil, d.syntax("looking for beginning of object key string")
	}
	key, err := d.str()
	if err != nil {
		return nil, err
	}
	if len(key) > d.lim.MaxString {
		return nil, d.fail(check.TooLarge, "key longer than "+strconv.Itoa(d.lim.MaxString)+" bytes")
	}
	return key, nil
}

// colon passes over the colon between a key and its value.
func (d *decoder) colon() error {
	d.ws()
	if d.peek() != ':' {
		return d.syntax("after object key")
	}
	d.i++
	d.ws()
	return nil
}

// next passes over what follows a member of an object (end '}') or an
// element of an array (end ']'): a comma, when more follows, or end. more is
// false at the end and on an error.
func (d *decoder) next(end byte) (more bool, err error) {
	d.ws()
	switch d.peek() {
	case ',':
		d.i++
		d.ws()
		return true, nil
	case end:
		d.i++
		return false, nil
	}
	if end == '}' {
		return false, d.syntax("after object key:value pair")
	}
	return false, d.syntax("after array element")
}

// value decodes the next value into v (settable) by plan p; d.i is at the
// value's first byte.
func (d *decoder) value(p *plan, v reflect.Value, depth int) error {
	start := d.i
	c := d.peek()
	switch p.kind {
	case kJSON:
		if err := d.skip(depth); err != nil {
			return err
		}
		u := v.Addr().Interface().(json.Unmarshaler)
		if err := u.UnmarshalJSON(d.data[start:d.i]); err != nil {
			return d.record(d.wrap(start, err)...)
		}
		return nil
	case kPtr:
		if c == 'n' {
			if err := d.literal("null"); err != nil {
				return err
			}
			v.SetZero()
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.New(p.elem.typ))
		}
		return d.value(p.elem, v.Elem(), depth)
	}
	switch c {
	case '{':
		if depth+1 > d.lim.MaxDepth {
			return d.fail(check.TooLarge, "nesting deeper than "+strconv.Itoa(d.lim.MaxDepth))
		}
		switch p.kind {
		case kStruct:
			return d.object(p, v, depth+1)
		case kMap:
			if p.noKey {
				return d.mismatch(start, "expected "+describe(p.typ)+" with string keys, got an object with keys of type "+p.typ.Key().String(), depth)
			}
			return d.mapObject(p, v, depth+1)
		case kAny:
			x, err := d.anyObject(depth + 1)
			if err == nil {
				v.Set(reflect.ValueOf(x))
			}
			return err
		}
		return d.mismatch(start, typeDetail(p, "an object"), depth)
	case '[':
		if depth+1 > d.lim.MaxDepth {
			return d.fail(check.TooLarge, "nesting deeper than "+strconv.Itoa(d.lim.MaxDepth))
		}
		switch p.kind {
		case kSlice, kBytes, kArray:
			return d.array(p, v, depth+1)
		case kAny:
			x, err := d.anyArray(depth + 1)
			if err == nil {
				v.Set(reflect.ValueOf(x))
			}
			return err
		}
		return d.mismatch(start, typeDetail(p, "an array"), depth)
	case '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		if len(s) > d.lim.MaxString {
			return d.failAt(start, check.TooLarge, "string longer than "+strconv.Itoa(d.lim.MaxString)+" bytes")
		}
		switch p.kind {
		case kText:
			if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s); err != nil {
				return d.record(d.wrap(start, err)...)
			}
			return nil
		case kString:
			v.SetString(string(s))
			return nil
		case kAny:
			v.Set(reflect.ValueOf(string(s)))
			return nil
		case kBytes:
			b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
			n, err := base64.StdEncoding.Decode(b, s)
			if err != nil {
				return d.problem(start, check.Invalid, "not valid base64")
			}
			v.SetBytes(b[:n])
			return nil
		}
		return d.problem(start, check.Type, typeDetail(p, "a string"))
	case 't', 'f':
		b := c == 't'
		lit := "false"
		if b {
			lit = "true"
		}
		if err := d.literal(lit); err != nil {
			return err
		}
		switch p.kind {
		case kBool:
			v.SetBool(b)
			return nil
		case kAny:
			v.Set(reflect.ValueOf(b))
			return nil
		}
		return d.problem(start, check.Type, typeDetail(p, "a boolean"))
	case 'n':
		if err := d.literal("null"); err != nil {
			return err
		}
		// null leaves a value unchanged, and empties what can be nil, as
		// in encoding/json.
		switch p.kind {
		case kSlice, kBytes, kMap, kAny:
			v.SetZero()
		}
		return nil
	}
	if c == '-' || ('0' <= c && c <= '9') {
		num, err := d.number()
		if err != nil {
			return err
		}
		if r, detail := setNumber(p, v, num); r != 0 {
			return d.problem(start, r, detail)
		}
		return nil
	}
	return d.syntax("looking for beginning of value")
}

// typeDetail says that a value of plan p cannot be what the input has.
func typeDetail(p *plan, got string) string {
	if p.kind == kInvalid {
		return "cannot decode " + got + " into " + p.typ.String()
	}
	return "expected " + describe(p.typ) + ", got " + got
}

// mismatch records a value of the wrong type, which starts at byte at (and
// d.i), and passes over it.
func (d *decoder) mismatch(at int, detail string, depth int) error {
	if err := d.problem(at, check.Type, detail); err != nil {
		return err
	}
	return d.skip(depth)
}

// setNumber stores the number literal num into v; a number v cannot hold is
// a reason and a detail, and leaves v as it was.
func setNumber(p *plan, v reflect.Value, num []byte) (check.Reason, string) {
	switch p.kind {
	case kInt:
		if n, ok := check.SmallInt(num); ok && !v.OverflowInt(n) {
			v.SetInt(n)
			return 0, ""
		}
		n, err := strconv.ParseInt(string(num), 10, p.bits)
		if err != nil {
			return numErr(p, num, err)
		}
		v.SetInt(n)
		return 0, ""
	case kUint:
		if n, ok := check.SmallInt(num); ok && num[0] != '-' && !v.OverflowUint(uint64(n)) {
			v.SetUint(uint64(n))
			return 0, ""
		}
		n, err := strconv.ParseUint(string(num), 10, p.bits)
		if err != nil {
			if num[0] == '-' {
				return check.OutOfRange, "number " + check.Cut(string(num), maxShown) + " is negative"
			}
			return numErr(p, num, err)
		}
		v.SetUint(n)
		return 0, ""
	case kFloat:
		f, err := strconv.ParseFloat(string(num), p.bits)
		if err != nil {
			return check.OutOfRange, "number " + check.Cut(string(num), maxShown) + " does not fit a float"
		}
		v.SetFloat(f)
		return 0, ""
	case kAny:
		f, err := strconv.ParseFloat(string(num), 64)
		if err != nil {
			return check.OutOfRange, "number " + check.Cut(string(num), maxShown) + " does not fit a float"
		}
		v.Set(reflect.ValueOf(f))
		return 0, ""
	}
	return check.Type, typeDetail(p, "a number")
}

func numErr(p *plan, num []byte, err error) (check.Reason, string) {
	if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
		return check.OutOfRange, "number " + check.Cut(string(num), maxShown) + " out of range for " + p.typ.Kind().String()
	}
	return check.Type, "number " + check.Cut(string(num), maxShown) + " is not a whole number"
}

// object decodes a JSON object into struct v.
func (d *decoder) object(p *plan, v reflect.Value, depth int) error {
	if d.open('}') {
		return nil
	}
	var seen [maxFields / 64]uint64
	for n := 0; ; n++ {
		at := d.i
		key, err := d.key(n)
		if err != nil {
			return err
		}
		fi, ok := p.field(key)
		if !ok {
			if err := d.unknownField(p, string(key), at, depth); err != nil {
				return err
			}
			if more, err := d.next('}'); !more {
				return err
			}
			continue
		}
		f := &p.fields[fi]
		d.push(seg{name: f.name})
		if seen[fi/64]&(1<<(fi%64)) != 0 {
			if err := d.passOver(at, check.Duplicate, "duplicate key", depth); err != nil {
				return err
			}
			if more, err := d.next('}'); !more {
				return err
			}
			continue
		}
		seen[fi/64] |= 1 << (fi % 64)
		if err := d.colon(); err != nil {
			return err
		}
		fv := v
		if f.embed {
			fv = fieldByIndexAlloc(v, f.index)
		} else if len(f.index) == 1 {
			fv = v.Field(f.index[0])
		} else {
			fv = v.FieldByIndex(f.index)
		}
		if err := d.value(f.p, fv, depth); err != nil {
			return err
		}
		d.pop()
		if more, err := d.next('}'); !more {
			return err
		}
	}
}

// unknownField records a key k, at byte at, that no field of struct plan p
// has, suggesting the nearest field's name (see check.UnknownName), and
// passes over its value.
func (d *decoder) unknownField(p *plan, k string, at, depth int) error {
	names := make([]string, len(p.fields))
	for i := range p.fields {
		names[i] = p.fields[i].name
	}
	if near := check.Nearest(k, names); near != "" {
		// The field meant is likely missing for this reason alone.
		d.push(seg{name: near})
		d.cover = append(d.cover, cover{d.pathString(), false})
		d.pop()
	}
	d.push(seg{key: k, isKey: true})
	return d.passOver(at, check.Unknown, check.UnknownName("field", k, names), depth)
}

// passOver records a problem with the member whose key starts at byte at
// and whose path is pushed, and passes over the member's value; it pops the
// path.
// A reason of 0 records nothing: the problem is recorded already.
func (d *decoder) passOver(at int, r check.Reason, detail string, depth int) error {
	if r != 0 {
		if err := d.note(d.failAt(at, r, detail)); err != nil {
			return err
		}
	}
	if err := d.colon(); err != nil {
		return err
	}
	if err := d.skip(depth); err != nil {
		return err
	}
	d.pop()
	return nil
}

// fieldByIndexAlloc is FieldByIndex, allocating embedded pointers on the
// way.
func fieldByIndexAlloc(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// mapObject decodes a JSON object into map v.
func (d *decoder) mapObject(p *plan, v reflect.Value, depth int) error {
	if d.open('}') {
		return nil
	}
	kt := p.typ.Key()
	for n := 0; ; n++ {
		at := d.i
		key, err := d.key(n)
		if err != nil {
			return err
		}
		ks := string(key)
		d.push(seg{key: ks, isKey: true})
		kv := reflect.New(kt).Elem()
		if p.keyTxt {
			if err := kv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(key); err != nil {
				if err := d.record(d.wrap(at, err)...); err != nil {
					return err
				}
				if err := d.passOver(at, 0, "", depth); err != nil {
					return err
				}
				if more, err := d.next('}'); !more {
					return err
				}
				continue
			}
		} else {
			kv.SetString(ks)
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(p.typ))
		} else if v.MapIndex(kv).IsValid() {
			if err := d.passOver(at, check.Duplicate, "duplicate key", depth); err != nil {
				return err
			}
			if more, err := d.next('}'); !more {
				return err
			}
			continue
		}
		if err := d.colon(); err != nil {
			return err
		}
		ev := reflect.New(p.elem.typ).Elem()
		if err := d.value(p.elem, ev, depth); err != nil {
			return err
		}
		v.SetMapIndex(kv, ev)
		d.pop()
		if more, err := d.next('}'); !more {
			return err
		}
	}
}

// array decodes a JSON array into slice or array v.
func (d *decoder) array(p *plan, v reflect.Value, depth int) error {
	if d.open(']') {
		if p.kind != kArray {
			v.SetZero() // an empty list decodes as nil
		}
		return nil
	}
	elem := p.elem
	for n := 0; ; n++ {
		if n >= d.lim.MaxElements {
			return d.fail(check.TooLarge, "more than "+strconv.Itoa(d.lim.MaxElements)+" elements")
		}
		var ev reflect.Value
		if p.kind == kArray {
			if n >= p.length {
				return d.fail(check.TooLarge, "more than "+strconv.Itoa(p.length)+" elements")
			}
			ev = v.Index(n)
		} else {
			if n >= v.Cap() {
				v.Grow(1)
			}
			v.SetLen(n + 1)
			ev = v.Index(n)
		}
		d.push(seg{index: n, isIdx: true})
		if err := d.value(elem, ev, depth); err != nil {
			return err
		}
		d.pop()
		if more, err := d.next(']'); !more {
			return err
		}
	}
}

// anyValue decodes the next value as encoding/json decodes into an empty
// interface.
func (d *decoder) anyValue(depth int) (any, error) {
	var x any
	err := d.value(anyPlan, reflect.ValueOf(&x).Elem(), depth)
	return x, err
}

var anyPlan = &plan{kind: kAny, typ: reflect.TypeFor[any]()}

func (d *decoder) anyObject(depth int) (map[string]any, error) {
	m := map[string]any{}
	if d.open('}') {
		return m, nil
	}
	for n := 0; ; n++ {
		at := d.i
		key, err := d.key(n)
		if err != nil {
			return nil, err
		}
		k := string(key)
		d.push(seg{key: k, isKey: true})
		if _, dup := m[k]; dup {
			if err := d.passOver(at, check.Duplicate, "duplicate key", depth); err != nil {
				return nil, err
			}
			if more, err := d.next('}'); !more {
				if err != nil {
					return nil, err
				}
				return m, nil
			}
			continue
		}
		if err := d.colon(); err != nil {
			return nil, err
		}
		x, err := d.anyValue(depth)
		if err != nil {
			return nil, err
		}
		m[k] = x
		d.pop()
		if more, err := d.next('}'); !more {
			if err != nil {
				return nil, err
			}
			return m, nil
		}
	}
}

func (d *decoder) anyArray(depth int) ([]any, error) {
	out := []any{}
	if d.open(']') {
		return out, nil
	}
	for n := 0; ; n++ {
		if n >= d.lim.MaxElements {
			return nil, d.fail(check.TooLarge, "more than "+strconv.Itoa(d.lim.MaxElements)+" elements")
		}
		d.push(seg{index: n, isIdx: true})
		x, err := d.anyValue(depth)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
		d.pop()
		if more, err := d.next(']'); !more {
			if err != nil {
				return nil, err
			}
			return out, nil
		}
	}
}

// skip checks and passes over the next value, with the same limits and
// duplicate-key checks as a decode, for a type that decodes its own bytes.
func (d *decoder) skip(depth int) error {
	switch c := d.peek(); {
	case c == '{' || c == '[':
		if depth+1 > d.lim.MaxDepth {
			return d.fail(check.TooLarge, "nesting deeper than "+strconv.Itoa(d.lim.MaxDepth))
		}
		var err error
		if c == '{' {
			_, err = d.anyObject(depth + 1)
		} else {
			_, err = d.anyArray(depth + 1)
		}
		return err
	case c == '"':
		s, err := d.str()
		if err == nil && len(s) > d.lim.MaxString {
			return d.fail(check.TooLarge, "string longer than "+strconv.Itoa(d.lim.MaxString)+" bytes")
		}
		return err
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	case c == '-' || ('0' <= c && c <= '9'):
		_, err := d.number()
		return err
	}
	return d.syntax("looking for beginning of value")
}

// literal consumes lit (true, false or null).
func (d *decoder) literal(lit string) error {
	for k := range len(lit) {
		if d.i >= len(d.data) || d.data[d.i] != lit[k] {
			return d.syntax("in literal " + lit)
		}
		d.i++
	}
	return nil
}

// number consumes a number literal of JSON's grammar and returns it.
func (d *decoder) number() ([]byte, error) {
	start := d.i
	data := d.data
	if d.i < len(data) && data[d.i] == '-' {
		d.i++
	}
	switch {
	case d.i < len(data) && data[d.i] == '0':
		d.i++
	case d.i < len(data) && '1' <= data[d.i] && data[d.i] <= '9':
		for d.i < len(data) && '0' <= data[d.i] && data[d.i] <= '9' {
			d.i++
		}
	default:
		return nil, d.syntax("in numeric literal")
	}
	if d.i < len(data) && data[d.i] == '.' {
		d.i++
		if d.i >= len(data) || data[d.i] < '0' || data[d.i] > '9' {
			return nil, d.syntax("after decimal point in numeric literal")
		}
		for d.i < len(data) && '0' <= data[d.i] && data[d.i] <= '9' {
			d.i++
		}
	}
	if d.i < len(data) && (data[d.i] == 'e' || data[d.i] == 'E') {
		d.i++
		if d.i < len(data) && (data[d.i] == '+' || data[d.i] == '-') {
			d.i++
		}
		if d.i >= len(data) || data[d.i] < '0' || data[d.i] > '9' {
			return nil, d.syntax("in exponent of numeric literal")
		}
		for d.i < len(data) && '0' <= data[d.i] && data[d.i] <= '9' {
			d.i++
		}
	}
	return data[start:d.i], nil
}

// str consumes a string literal and returns its text: a view of the input
// when it holds no escape, else the unescaped text in d.scratch (valid until
// the next call). The input is valid UTF-8 already.
func (d *decoder) str() ([]byte, error) {
	d.i++ // '"'
	start := d.i
	data := d.data
	for d.i < len(data) {
		c := data[d.i]
		switch {
		case c == '"':
			s := data[start:d.i]
			d.i++
			return s, nil
		case c == '\\':
			return d.unescape(start)
		case c < 0x20:
			return nil, d.syntax("in string literal")
		}
		d.i++
	}
	return nil, d.syntax("in string literal")
}

// unescape finishes a string that holds escapes, from its start.
func (d *decoder) unescape(start int) ([]byte, error) {
	data := d.data
	b := append(d.scratch[:0], data[start:d.i]...)
	for d.i < len(data) {
		c := data[d.i]
		switch {
		case c == '"':
			d.i++
			d.scratch = b
			return b, nil
		case c < 0x20:
			return nil, d.syntax("in string literal")
		case c != '\\':
			b = append(b, c)
			d.i++
			continue
		}
		d.i++ // '\\'
		if d.i >= len(data) {
			break
		}
		e := data[d.i]
		d.i++
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(data, d.i)
			if !ok {
				return nil, d.syntax("in \\u hexadecimal character escape")
			}
			d.i += 4
			// As encoding/json: a valid surrogate pair is one rune; a
			// lone surrogate is the replacement character.
			if utf16.IsSurrogate(r) {
				if d.i+1 < len(data) && data[d.i] == '\\' && data[d.i+1] == 'u' {
					if r2, ok := hex4(data, d.i+2); ok {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							d.i += 6
							b = utf8.AppendRune(b, dec)
							continue
						}
					}
				}
				r = utf8.RuneError
			}
			b = utf8.AppendRune(b, r)
		default:
			d.i--
			return nil, d.syntax("in string escape code")
		}
	}
	return nil, d.syntax("in string literal")
}

func hex4(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r*16 + rune(c)
	}
	return r, true
}

// wrap re-roots the field errors of a type's own decoding of the value at
// byte at under the current path, at the value's line and column.
func (d *decoder) wrap(at int, err error) []*check.FieldError {
	path := d.pathString()
	line, col := d.position(at)
	fes := check.Flatten(err)
	out := make([]*check.FieldError, len(fes))
	for i, fe := range fes {
		cp := *fe
		cp.Path = check.Join(path, fe.Path)
		cp.Pkg = d.pkg // the package decoding, whichever type reported it
		cp.Line, cp.Column = line, col
		out[i] = &cp
	}
	return out
}
