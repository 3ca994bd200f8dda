package jsonio_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// colour is an enumeration as the library writes them.
type colour uint8

var colours = enum.New[colour]("test", "colour", "red", "green", "dark_blue")

func (c colour) IsValid() bool                 { return colours.Valid(c) }
func (c colour) MarshalText() ([]byte, error)  { return colours.Marshal(c) }
func (c *colour) UnmarshalText(b []byte) error { v, err := colours.Unmarshal(b); *c = v; return err }

// raw decodes itself.
type raw struct{ b []byte }

func (r *raw) UnmarshalJSON(b []byte) error { r.b = append([]byte(nil), b...); return nil }

type node struct {
	Name     string            `json:"name"`
	Colour   colour            `json:"colour,omitempty"`
	Count    uint8             `json:"count,omitzero"`
	Delta    int16             `json:"delta,omitempty"`
	Weight   float64           `json:"weight,omitempty"`
	On       bool              `json:"on"`
	Tags     []string          `json:"tags,omitempty"`
	Pair     [2]int8           `json:"pair,omitzero"`
	Children []node            `json:"children,omitempty"`
	Parent   *node             `json:"parent,omitempty"`
	ByColour map[colour]int    `json:"by_colour,omitempty"`
	Extra    map[string]any    `json:"extra,omitempty"`
	Raw      raw               `json:"raw,omitzero"`
	Data     []byte            `json:"data,omitempty"`
	Skipped  string            `json:"-"`
	Notes    map[string]string `json:"notes,omitempty"`
}

func schemaOf(t *testing.T, o jsonio.SchemaOptions) map[string]any {
	t.Helper()
	b, err := jsonio.NewCodec[[]node]("test").Schema(o)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

// The schema of a type says what its plan decodes: objects with exactly the
// keys of the struct, required unless omitempty or omitzero, enumeration
// words, integer bounds, arrays, maps, and definitions for named types,
// recursive ones included; in a fixed order, the same bytes every time.
func TestSchema(t *testing.T) {
	o := jsonio.SchemaOptions{ID: "https://example.org/nodes.json", Title: "Nodes", Description: "A list of nodes.",
		Types:        map[reflect.Type]string{reflect.TypeFor[raw](): `{"type": "string", "minLength": 1}`},
		Descriptions: map[reflect.Type]string{reflect.TypeFor[node](): "A node.", reflect.TypeFor[colour](): "A colour."}}
	m := schemaOf(t, o)
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", m["$schema"])
	assert.Equal(t, "https://example.org/nodes.json", m["$id"])
	assert.Equal(t, "Nodes", m["title"])
	assert.Equal(t, "array", m["type"])
	assert.Equal(t, map[string]any{"$ref": "#/$defs/jsonio_test.node"}, m["items"])

	defs := m["$defs"].(map[string]any)
	assert.Equal(t, map[string]any{"description": "A colour.", "type": "string", "enum": []any{"red", "green", "dark_blue"}}, defs["jsonio_test.colour"])
	assert.Equal(t, map[string]any{"type": "string", "minLength": 1.0}, defs["jsonio_test.raw"])

	n := defs["jsonio_test.node"].(map[string]any)
	assert.Equal(t, "A node.", n["description"])
	assert.Equal(t, "object", n["type"])
	assert.Equal(t, false, n["additionalProperties"])
	assert.Equal(t, []any{"name", "on"}, n["required"])
	p := n["properties"].(map[string]any)
	assert.Len(t, p, 15, "every key, and no more: not the skipped or unexported fields")
	assert.Equal(t, map[string]any{"type": "string"}, p["name"])
	assert.Equal(t, map[string]any{"$ref": "#/$defs/jsonio_test.colour"}, p["colour"])
	assert.Equal(t, map[string]any{"type": "integer", "minimum": 0.0, "maximum": 255.0}, p["count"])
	assert.Equal(t, map[string]any{"type": "integer", "minimum": -32768.0, "maximum": 32767.0}, p["delta"])
	assert.Equal(t, map[string]any{"type": "number"}, p["weight"])
	assert.Equal(t, map[string]any{"type": "boolean"}, p["on"])
	assert.Equal(t, map[string]any{"type": "array", "items": map[string]any{"type": "string"}}, p["tags"])
	assert.Equal(t, map[string]any{"type": "array", "maxItems": 2.0, "items": map[string]any{"type": "integer", "minimum": -128.0, "maximum": 127.0}}, p["pair"])
	assert.Equal(t, map[string]any{"type": "array", "items": map[string]any{"$ref": "#/$defs/jsonio_test.node"}}, p["children"], "a recursive type refers to its definition")
	assert.Equal(t, map[string]any{"$ref": "#/$defs/jsonio_test.node"}, p["parent"])
	assert.Equal(t, map[string]any{"type": "object", "propertyNames": map[string]any{"enum": []any{"red", "green", "dark_blue"}},
		"additionalProperties": map[string]any{"type": "integer", "minimum": -9223372036854775808.0, "maximum": 9223372036854775807.0}}, p["by_colour"])
	assert.Equal(t, map[string]any{"type": "object", "additionalProperties": map[string]any{}}, p["extra"])
	assert.Equal(t, map[string]any{"type": "string", "contentEncoding": "base64"}, p["data"])

	// The same inputs, the same bytes.
	a, err := jsonio.NewCodec[[]node]("test").Schema(o)
	require.NoError(t, err)
	b, err := jsonio.NewCodec[[]node]("test").Schema(o)
	require.NoError(t, err)
	assert.Equal(t, a, b)
	assert.Equal(t, byte('\n'), a[len(a)-1])
	assert.Contains(t, string(a), "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\"", "keys in a fixed order, indented")
}

// A type that decodes itself needs its schema given; a map whose keys are
// not strings has none.
func TestSchemaErrors(t *testing.T) {
	_, err := jsonio.NewCodec[node]("test").Schema(jsonio.SchemaOptions{})
	var se *jsonio.SchemaError
	require.True(t, errors.As(err, &se), "%v", err)
	assert.Equal(t, reflect.TypeFor[raw](), se.Type)
	assert.EqualError(t, err, "jsonio: schema of jsonio_test.raw: decodes itself from JSON: give its schema in SchemaOptions.Types")

	_, err = jsonio.NewCodec[map[int]string]("test").Schema(jsonio.SchemaOptions{})
	assert.EqualError(t, err, "jsonio: schema of map[int]string: a map whose keys are not strings")

	_, err = jsonio.NewCodec[node]("test").Schema(jsonio.SchemaOptions{Types: map[reflect.Type]string{reflect.TypeFor[raw](): `[1]`}})
	assert.ErrorAs(t, err, &se)
}
