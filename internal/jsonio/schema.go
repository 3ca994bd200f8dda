package jsonio

import (
	"bytes"
	"encoding"
	"encoding/json"
	"math"
	"path"
	"reflect"
	"strings"
)

// This file writes a JSON Schema (draft 2020-12) of what a Codec decodes,
// from the Codec's own plan: the same keys, the same JSON types and the
// same enumeration words as the decoder, so that a schema generated anew
// cannot say anything else. An editor validates a file against it as the
// file is typed; the decoder, and the Validate it runs, remain the
// authority.
//
// The schema describes the canonical form, the one the library writes:
// keys as the struct tags spell them, enumeration words as their codecs
// write them, lists as arrays. The decoder accepts a little more — keys and
// words in any case, an enumeration's labels, null for an empty list or an
// absent value — and checks what no schema of a plan can say: limits of
// size and depth, duplicate keys, and whatever Validate checks beyond the
// shape (a rule's citations, its approval level, …).

// SchemaOptions says what a schema cannot learn from the plan of a type.
// The zero value gives a schema with no $id, title or description.
type SchemaOptions struct {
	ID          string // the schema's $id: where it is published
	Title       string // a title for the schema
	Description string // what a document of the schema is

	// Types gives the schema of the types that decode themselves from JSON
	// (json.Unmarshaler), and refines that of any other type, such as a
	// string type whose values are words. Each is a JSON object, as text.
	// A type of the plan that decodes itself and is not here is an error.
	Types map[reflect.Type]string

	// Descriptions are the descriptions of named types, shown by editors.
	Descriptions map[reflect.Type]string
}

// Schema writes the JSON Schema of the values the codec decodes (see
// SchemaOptions), indented with two spaces and ending in a newline. The
// output depends only on T and o: the same inputs give the same bytes.
func (c *Codec[T]) Schema(o SchemaOptions) ([]byte, error) {
	g := schemaGen{o: o, defs: map[string]*object{}, names: map[reflect.Type]string{}}
	root, err := g.schema(c.root)
	if err != nil {
		return nil, err
	}
	doc := &object{}
	doc.set("$schema", "https://json-schema.org/draft/2020-12/schema")
	if o.ID != "" {
		doc.set("$id", o.ID)
	}
	if o.Title != "" {
		doc.set("title", o.Title)
	}
	if o.Description != "" {
		doc.set("description", o.Description)
	}
	for _, kv := range *root {
		doc.set(kv.key, kv.value)
	}
	if len(g.order) > 0 {
		defs := &object{}
		for _, name := range g.order {
			defs.set(name, g.defs[name])
		}
		doc.set("$defs", defs)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// SchemaError reports a type the schema of a plan cannot describe.
type SchemaError struct {
	Type reflect.Type
	Why  string
}

// Error names the type and why.
func (e *SchemaError) Error() string { return "jsonio: schema of " + e.Type.String() + ": " + e.Why }

// schemaGen builds a schema and its definitions.
type schemaGen struct {
	o     SchemaOptions
	defs  map[string]*object
	order []string // definitions, in the order first met
	names map[reflect.Type]string
}

// name is the definition name of a named type: "redline.Rule".
func (g *schemaGen) name(t reflect.Type) string {
	if n, ok := g.names[t]; ok {
		return n
	}
	n := path.Base(t.PkgPath()) + "." + t.Name()
	g.names[t] = n
	return n
}

// schema returns the schema of plan p: a reference to a definition for a
// named struct or enumeration, inline for the rest.
func (g *schemaGen) schema(p *plan) (*object, error) {
	t := p.typ
	named := t.Name() != "" && t.PkgPath() != "" && p.kind != kPtr
	if named && (p.kind == kStruct || p.kind == kText || p.kind == kJSON || g.o.Types[t] != "") {
		name := g.name(t)
		if _, done := g.defs[name]; !done {
			g.defs[name] = &object{} // a placeholder, so that a recursive type refers to itself
			g.order = append(g.order, name)
			s, err := g.inline(p)
			if err != nil {
				return nil, err
			}
			if d := g.o.Descriptions[t]; d != "" {
				described := append(object{{"description", d}}, *s...) // first, where an editor shows it
				s = &described
			}
			*g.defs[name] = *s
		}
		ref := &object{}
		ref.set("$ref", "#/$defs/"+name)
		return ref, nil
	}
	return g.inline(p)
}

// inline returns the schema of plan p itself.
func (g *schemaGen) inline(p *plan) (*object, error) {
	t := p.typ
	if s, ok := g.o.Types[t]; ok {
		var o object
		if err := json.Unmarshal([]byte(s), &o); err != nil {
			return nil, &SchemaError{t, "SchemaOptions.Types: " + err.Error()}
		}
		return &o, nil
	}
	s := &object{}
	switch p.kind {
	case kBool:
		s.set("type", "boolean")
	case kInt, kUint:
		s.set("type", "integer")
		lo, hi := intRange(p)
		s.set("minimum", lo)
		s.set("maximum", hi)
	case kFloat:
		s.set("type", "number")
	case kString:
		s.set("type", "string")
	case kBytes:
		s.set("type", "string")
		s.set("contentEncoding", "base64")
	case kText:
		s.set("type", "string")
		if words := enumWords(t); len(words) > 0 {
			s.set("enum", words)
		}
	case kSlice, kArray:
		items, err := g.schema(p.elem)
		if err != nil {
			return nil, err
		}
		s.set("type", "array")
		s.set("items", items)
		if p.kind == kArray {
			s.set("maxItems", p.length)
		}
	case kMap:
		if p.noKey {
			return nil, &SchemaError{t, "a map whose keys are not strings"}
		}
		values, err := g.schema(p.elem)
		if err != nil {
			return nil, err
		}
		s.set("type", "object")
		if p.keyTxt {
			if words := enumWords(t.Key()); len(words) > 0 {
				keys := &object{}
				keys.set("enum", words)
				s.set("propertyNames", keys)
			}
		}
		s.set("additionalProperties", values)
	case kPtr:
		return g.schema(p.elem)
	case kStruct:
		s.set("type", "object")
		props := &object{}
		var required []string
		for _, f := range p.fields {
			fs, err := g.schema(f.p)
			if err != nil {
				return nil, err
			}
			props.set(f.name, fs)
			if !optional(t, f) {
				required = append(required, f.name)
			}
		}
		s.set("properties", props)
		if len(required) > 0 {
			s.set("required", required)
		}
		s.set("additionalProperties", false)
	case kAny:
		// any JSON value: the empty schema
	case kJSON:
		return nil, &SchemaError{t, "decodes itself from JSON: give its schema in SchemaOptions.Types"}
	default:
		return nil, &SchemaError{t, "the decoder cannot fill it"}
	}
	return s, nil
}

// optional reports whether field f of struct type t may be left out: its
// tag says omitempty or omitzero, which is how the library marks what a
// value need not have. A field without either is written always, and a
// document leaving it out is refused by the schema (the decoder would read
// it as its zero value, which the type's Validate refuses).
func optional(t reflect.Type, f fieldPlan) bool {
	sf := t.FieldByIndex(f.index)
	_, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
	for _, o := range strings.Split(opts, ",") {
		if o == "omitempty" || o == "omitzero" {
			return true
		}
	}
	return f.embed // a field of an embedded pointer, which may be nil
}

// intRange returns the bounds of an integer plan's type.
func intRange(p *plan) (lo, hi any) {
	if p.kind == kUint {
		return 0, uint64(math.MaxUint64) >> (64 - p.bits)
	}
	return int64(math.MinInt64) >> (64 - p.bits), int64(math.MaxInt64) >> (64 - p.bits)
}

var isValidType = reflect.TypeFor[interface{ IsValid() bool }]()

// enumWords returns the wire words of an enumeration — an unsigned integer
// type with IsValid and MarshalText, as every enumeration of the library
// is — in the order of its values; nil for any other type.
func enumWords(t reflect.Type) []string {
	if t.Kind() != reflect.Uint8 || !t.Implements(isValidType) || !t.Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
		return nil
	}
	var words []string
	v := reflect.New(t).Elem()
	for i := 1; i <= math.MaxUint8; i++ {
		v.SetUint(uint64(i))
		if !v.Interface().(interface{ IsValid() bool }).IsValid() {
			continue
		}
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err == nil && len(b) > 0 {
			words = append(words, string(b))
		}
	}
	return words
}

// object is a JSON object that keeps its keys in the order they are set.
type object []member

type member struct {
	key   string
	value any
}

// set sets key to v, in place if the key is there already.
func (o *object) set(key string, v any) {
	for i := range *o {
		if (*o)[i].key == key {
			(*o)[i].value = v
			return
		}
	}
	*o = append(*o, member{key, v})
}

// MarshalJSON writes the members in order.
func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(m.key)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		v, err := marshalNoEscape(m.value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads an object keeping the order of its keys, and the
// order of the keys of the objects within it.
func (o *object) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	v, err := readOrdered(dec)
	if err != nil {
		return err
	}
	obj, ok := v.(*object)
	if !ok {
		return &SchemaError{reflect.TypeFor[object](), "not a JSON object"}
	}
	*o = *obj
	return nil
}

// readOrdered reads the next JSON value, objects as *object.
func readOrdered(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		o := &object{}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, err
			}
			v, err := readOrdered(dec)
			if err != nil {
				return nil, err
			}
			o.set(k.(string), v)
		}
		_, err := dec.Token()
		return o, err
	case json.Delim('['):
		a := []any{}
		for dec.More() {
			v, err := readOrdered(dec)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		_, err := dec.Token()
		return a, err
	}
	return tok, nil
}
