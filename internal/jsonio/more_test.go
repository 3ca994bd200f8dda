package jsonio_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

type Embedded struct {
	Inner string `json:"inner"`
}

type shapes struct {
	Embedded
	*Ptr
	Skipped   string             `json:"-"`
	hidden    string             // unexported: not a JSON field
	Plain     string             // no tag: the field name is the key
	ByID      map[uuid.UUID]int  `json:"by_id,omitempty"`
	Counts    map[string][]int   `json:"counts,omitempty"`
	Nested    [][]inner          `json:"nested,omitempty"`
	Any       any                `json:"any,omitempty"`
	Flag      bool               `json:"flag,omitempty"`
	Bytes     []byte             `json:"bytes,omitempty"`
	Point     *inner             `json:"point,omitempty"`
	Floats    []float32          `json:"floats,omitempty"`
	Colours   map[color]string   `json:"colours,omitempty"`
	ByNumber  map[int]string     `json:"by_number,omitempty"`
	EmptyList []string           `json:"empty_list"`
	EmptyMap  map[string]float64 `json:"empty_map"`
}

type Ptr struct {
	P int `json:"p"`
}

func TestShapes(t *testing.T) {
	var s shapes
	in := `{"inner":"i","p":3,"Plain":"x","by_id":{"6ba7b810-9dad-11d1-80b4-00c04fd430c8":1},"counts":{"a":[1,2]},
	 "nested":[[{"color":"red"}]],"any":{"k":[true,null,"s",1.5,{"x":{}}]},"flag":true,"bytes":"aGk=","point":{"age":2},
	 "floats":[1.5],"colours":{"red":"warm"},"empty_list":[],"empty_map":{}}`
	require.NoError(t, jsonio.Unmarshal([]byte(in), &s, jsonio.Limits{}, "test"))
	assert.Equal(t, "i", s.Inner)
	assert.Equal(t, 3, s.P)
	assert.Equal(t, "x", s.Plain)
	assert.Equal(t, 1, s.ByID[uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")])
	assert.Equal(t, []int{1, 2}, s.Counts["a"])
	assert.Equal(t, color(1), s.Nested[0][0].Color)
	assert.Equal(t, []byte("hi"), s.Bytes)
	assert.Equal(t, int8(2), s.Point.Age)
	assert.Equal(t, "warm", s.Colours[color(1)])
	assert.Nil(t, s.EmptyList, "an empty list decodes as nil")
	assert.Nil(t, s.EmptyMap, "an empty map decodes as nil")
	assert.Empty(t, s.hidden)

	tests := []struct {
		name, in, path string
		reason         check.Reason
	}{
		{"skipped field is unknown", `{"Skipped":"x"}`, "Skipped", check.Unknown},
		{"bad uuid key", `{"by_id":{"nope":1}}`, "by_id.nope", check.Invalid},
		{"bad enum key", `{"colours":{"blue":"x"}}`, "colours.blue", check.Unknown},
		{"int keys are not supported", `{"by_number":{"1":"x"}}`, "by_number", check.Type},
		{"duplicate map key", `{"counts":{"a":[],"a":[]}}`, "counts.a", check.Duplicate},
		{"bool for number", `{"p":true}`, "p", check.Type},
		{"bool for enum", `{"nested":[[{"color":true}]]}`, "nested[0][0].color", check.Type},
		{"number for bool", `{"flag":1}`, "flag", check.Type},
		{"string for object", `{"point":"x"}`, "point", check.Type},
		{"array for map", `{"counts":[]}`, "counts", check.Type},
		{"object for string", `{"Plain":{}}`, "Plain", check.Type},
		{"float32 overflow", `{"floats":[1e39]}`, "floats[0]", check.OutOfRange},
		{"duplicate in any", `{"any":{"k":1,"k":2}}`, "any.k", check.Duplicate},
		{"too many in any array", `{"any":[1,2,3]}`, "any", check.TooLarge},
		{"too many in any object", `{"any":{"a":1,"b":2,"c":3}}`, "any", check.TooLarge},
		{"long string in any", `{"any":["` + strings.Repeat("y", 20) + `"]}`, "any[0]", check.TooLarge},
		{"deep in any", `{"any":[[[[[]]]]]}`, "any[0][0][0]", check.TooLarge},
		{"long key", `{"` + strings.Repeat("k", 20) + `":1}`, "", check.TooLarge},
		{"truncated in any", `{"any":{"k":`, "any.k", check.Syntax},
		{"truncated array in any", `{"any":[1,`, "any[1]", check.Syntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s shapes
			err := jsonio.Unmarshal([]byte(tt.in), &s, jsonio.Limits{MaxElements: 2, MaxString: 16, MaxDepth: 4}, "test")
			require.Error(t, err)
			assert.ErrorIs(t, err, &check.FieldError{Reason: tt.reason, Path: tt.path}, "%v", err)
		})
	}
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestRead(t *testing.T) {
	_, err := jsonio.Read(failing{}, jsonio.Limits{}, "test")
	assert.ErrorIs(t, err, &check.FieldError{Reason: check.Invalid})
	b, err := jsonio.Read(io.LimitReader(strings.NewReader("abc"), 3), jsonio.Limits{MaxBytes: 3}, "test")
	require.NoError(t, err)
	assert.Equal(t, "abc", string(b))
	_, err = jsonio.Read(strings.NewReader("abcd"), jsonio.Limits{MaxBytes: 3}, "test")
	assert.ErrorIs(t, err, &check.FieldError{Reason: check.TooLarge})
	// A decode error from the reader surfaces from Decode too.
	var s shapes
	assert.Error(t, jsonio.Decode(failing{}, &s, jsonio.Limits{}, "test"))
}

func TestWithDefaults(t *testing.T) {
	assert.Equal(t, jsonio.Limits{MaxBytes: jsonio.DefaultMaxBytes, MaxDepth: jsonio.DefaultMaxDepth, MaxElements: jsonio.DefaultMaxElements, MaxString: jsonio.DefaultMaxString},
		jsonio.Limits{MaxBytes: -1}.WithDefaults())
	assert.Equal(t, jsonio.Limits{MaxBytes: 1, MaxDepth: 2, MaxElements: 3, MaxString: 4}, jsonio.Limits{MaxBytes: 1, MaxDepth: 2, MaxElements: 3, MaxString: 4}.WithDefaults())
}

func TestNilTarget(t *testing.T) {
	var p *shapes
	assert.Error(t, jsonio.Unmarshal([]byte(`{}`), p, jsonio.Limits{}, "test"))
}
