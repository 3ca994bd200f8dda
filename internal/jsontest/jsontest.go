// Package jsontest holds the differential check every strict decoder of the
// library is fuzzed with: on any input, the strict decoder either refuses it
// or yields exactly the value encoding/json.Unmarshal yields.
package jsontest

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// Differential decodes data with codec and with encoding/json into a fresh
// T each. When the strict decoder accepts data, encoding/json must accept it
// too and the two values must be equal, after the two differences the
// strict decoder documents: a leading byte-order mark is ignored, and an
// empty array or object decodes as nil. When it refuses data, the error is
// a *check.FieldError. It reports whether the strict decoder accepted.
func Differential[T any](t *testing.T, codec *jsonio.Codec[T], data []byte, lim jsonio.Limits) bool {
	t.Helper()
	var strict T
	err := codec.Unmarshal(data, &strict, lim)
	if err != nil {
		for _, fe := range check.Flatten(err) {
			if fe.Reason == 0 {
				t.Fatalf("an error without a reason: %v", err)
			}
		}
		return false
	}
	var std T
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}), &std); err != nil {
		t.Fatalf("the strict decoder accepted what encoding/json refuses (%v):\n%q", err, data)
	}
	Normalize(reflect.ValueOf(&std).Elem())
	if !reflect.DeepEqual(strict, std) {
		t.Fatalf("the strict decoder and encoding/json disagree on\n%q\nstrict:   %#v\nencoding/json: %#v", data, strict, std)
	}
	return true
}

// Normalize turns the empty slices and maps inside v into nil ones, as the
// strict decoder leaves them. Values inside interfaces are left as they
// are: encoding/json and the strict decoder both give empty, non-nil ones.
func Normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			Normalize(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				Normalize(f)
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
		for i := range v.Len() {
			Normalize(v.Index(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			Normalize(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		if v.Len() == 0 && v.CanSet() {
			v.SetZero()
			return
		}
		// Map values are not addressable: normalise copies and store them.
		iter := v.MapRange()
		for iter.Next() {
			e := reflect.New(iter.Value().Type()).Elem()
			e.Set(iter.Value())
			Normalize(e)
			v.SetMapIndex(iter.Key(), e)
		}
	}
}

// Mirror returns a plain struct mirror of t for benchmarks: the same JSON
// keys, with every check taken out — an enumeration or any type that
// decodes itself from a string becomes a string, a type with its own JSON
// decoding a json.RawMessage (its bytes, unexamined), embedded structs are
// flattened — so that encoding/json.Unmarshal into it is the cost of
// decoding the bytes with no checks at all.
func Mirror(t reflect.Type) reflect.Type {
	return mirror(t, map[reflect.Type]reflect.Type{})
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	rawMessage      = reflect.TypeFor[json.RawMessage]()
	stringType      = reflect.TypeFor[string]()
)

func mirror(t reflect.Type, seen map[reflect.Type]reflect.Type) reflect.Type {
	if m, ok := seen[t]; ok {
		return m
	}
	if t.Kind() != reflect.Pointer {
		switch pt := reflect.PointerTo(t); {
		case pt.Implements(jsonUnmarshaler):
			return rawMessage
		case pt.Implements(textUnmarshaler):
			return stringType
		}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.PointerTo(mirror(t.Elem(), seen))
	case reflect.Slice:
		return reflect.SliceOf(mirror(t.Elem(), seen))
	case reflect.Array:
		return reflect.ArrayOf(t.Len(), mirror(t.Elem(), seen))
	case reflect.Map:
		return reflect.MapOf(stringType, mirror(t.Elem(), seen))
	case reflect.Struct:
		var fields []reflect.StructField
		names := map[string]bool{}
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
				if names[name] {
					continue
				}
				names[name] = true
				fields = append(fields, reflect.StructField{
					Name: "F" + strconv.Itoa(len(fields)),
					Type: mirror(sf.Type, seen),
					Tag:  reflect.StructTag(`json:"` + name + `"`),
				})
			}
		}
		add(t)
		return reflect.StructOf(fields)
	}
	return t
}

// Std is the benchmark beside a strict decoder's: encoding/json.Unmarshal
// of data into a fresh plain mirror of T (see Mirror) per iteration, with
// the same bytes per operation reported. It first checks that the mirror
// knows every key of data, so that the two decode the same work.
func Std[T any](b *testing.B, data []byte) {
	b.Helper()
	m := Mirror(reflect.TypeFor[T]())
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(reflect.New(m).Interface()); err != nil {
		b.Fatalf("the mirror does not decode the input: %v", err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := json.Unmarshal(data, reflect.New(m).Interface()); err != nil {
			b.Fatal(err)
		}
	}
}
