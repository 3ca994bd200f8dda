// Package deep copies values for tests that prove a function leaves its
// arguments alone: copy before the call, compare after.
//
// It is a test helper shared by every package's immutability tests, kept
// out of _test files so each package's tests can import it.
package deep

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"unsafe"
)

// Copy returns a copy of v that shares no slice, map or pointer target with
// it, following unexported fields too. Values of the time package
// (time.Time, time.Location) are copied as values, since they are immutable
// and time keeps some Locations by identity. Channels and functions are
// shared, as they cannot be copied.
func Copy[T any](v T) T {
	src := reflect.ValueOf(&v).Elem()
	dst := reflect.New(src.Type()).Elem()
	copyValue(dst, src)
	return dst.Interface().(T)
}

func copyValue(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Type().Elem())
		copyValue(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			copyValue(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Array:
		for i := range src.Len() {
			copyValue(dst.Index(i), src.Index(i))
		}
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		it := src.MapRange()
		for it.Next() {
			k := reflect.New(src.Type().Key()).Elem()
			copyValue(k, addressable(it.Key()))
			e := reflect.New(src.Type().Elem()).Elem()
			copyValue(e, addressable(it.Value()))
			m.SetMapIndex(k, e)
		}
		dst.Set(m)
	case reflect.Interface:
		if src.IsNil() {
			return
		}
		e := reflect.New(src.Elem().Type()).Elem()
		copyValue(e, addressable(src.Elem()))
		dst.Set(e)
	case reflect.Struct:
		dst.Set(src)
		if src.Type().PkgPath() == "time" {
			return // a Time or Location is immutable; copying it by value keeps the Location's identity
		}
		for i := range src.NumField() {
			copyValue(settable(dst.Field(i)), settable(src.Field(i)))
		}
	default:
		dst.Set(src)
	}
}

// settable returns f, made usable when it is an unexported field, so a copy
// shares nothing through the unexported pointers of types such as
// redline.Value either. f must be addressable: copyValue walks only values
// reached from an addressable root or an addressable temporary.
// addressable returns a copy of v that can be addressed, for the map entries
// and interface contents whose fields settable must reach.
func addressable(v reflect.Value) reflect.Value {
	a := reflect.New(v.Type()).Elem()
	a.Set(v)
	return a
}

func settable(f reflect.Value) reflect.Value {
	if f.CanSet() {
		return f
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// Diff returns "" when a and b hold the same values, and otherwise the path
// of the first difference, such as "[2].Extra[rate].num: 1 != 2". It differs
// from reflect.DeepEqual in two ways that suit comparing an argument before
// and after a call: NaN equals NaN, and unexported fields are compared like
// exported ones, pointers by what they point to.
func Diff[T any](a, b T) string {
	return diff(reflect.ValueOf(&a).Elem(), reflect.ValueOf(&b).Elem(), 0)
}

// maxDepth stops Diff on a cyclic value instead of recursing forever.
const maxDepth = 100

// diff returns the path of the first difference below a and b and what it
// is, building the path only on the way back up from a difference.
func diff(a, b reflect.Value, depth int) string {
	if depth > maxDepth {
		return ": too deep to compare"
	}
	if a.Kind() != b.Kind() || a.Type() != b.Type() {
		return fmt.Sprintf(": %s != %s", a.Type(), b.Type())
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return ": nil and non-nil"
			}
			return ""
		}
		if a.Kind() == reflect.Interface && a.Elem().Type() != b.Elem().Type() {
			return fmt.Sprintf(": %s != %s", a.Elem().Type(), b.Elem().Type())
		}
		return diff(a.Elem(), b.Elem(), depth+1)
	case reflect.Slice:
		if a.IsNil() != b.IsNil() {
			return ": nil and non-nil slice"
		}
		fallthrough
	case reflect.Array:
		if a.Len() != b.Len() {
			return fmt.Sprintf(": length %d != %d", a.Len(), b.Len())
		}
		for i := range a.Len() {
			if d := diff(a.Index(i), b.Index(i), depth+1); d != "" {
				return "[" + strconv.Itoa(i) + "]" + d
			}
		}
	case reflect.Map:
		if a.IsNil() != b.IsNil() {
			return ": nil and non-nil map"
		}
		if a.Len() != b.Len() {
			return fmt.Sprintf(": %d keys != %d", a.Len(), b.Len())
		}
		it := a.MapRange()
		for it.Next() {
			w := b.MapIndex(it.Key())
			if !w.IsValid() {
				return fmt.Sprintf("[%v]: missing", it.Key())
			}
			if d := diff(it.Value(), w, depth+1); d != "" {
				return fmt.Sprintf("[%v]", it.Key()) + d
			}
		}
	case reflect.Struct:
		for i := range a.NumField() {
			if d := diff(a.Field(i), b.Field(i), depth+1); d != "" {
				return "." + a.Type().Field(i).Name + d
			}
		}
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		if x != y && !(math.IsNaN(x) && math.IsNaN(y)) {
			return fmt.Sprintf(": %v != %v", x, y)
		}
	case reflect.Complex64, reflect.Complex128:
		if a.Complex() != b.Complex() {
			return fmt.Sprintf(": %v != %v", a.Complex(), b.Complex())
		}
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			return fmt.Sprintf(": %v != %v", a.Bool(), b.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() != b.Int() {
			return fmt.Sprintf(": %d != %d", a.Int(), b.Int())
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if a.Uint() != b.Uint() {
			return fmt.Sprintf(": %d != %d", a.Uint(), b.Uint())
		}
	case reflect.String:
		if a.String() != b.String() {
			return fmt.Sprintf(": %q != %q", a.String(), b.String())
		}
	default: // channels, functions, unsafe pointers: by identity
		if a.Pointer() != b.Pointer() {
			return ": different " + a.Kind().String()
		}
	}
	return ""
}
