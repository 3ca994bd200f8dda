package jsonio_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

type color uint8

var colors = enum.New[color]("test", "color", "red", "green")

func (c color) MarshalText() ([]byte, error) { return colors.Marshal(c) }
func (c *color) UnmarshalText(b []byte) (err error) {
	*c, err = colors.Unmarshal(b)
	return err
}

type inner struct {
	Color color   `json:"color"`
	Age   int8    `json:"age,omitempty"`
	Ratio float64 `json:"ratio,omitempty"`
	Count uint16  `json:"count,omitempty"`
}

type outer struct {
	ID    uuid.UUID          `json:"id"`
	Name  string             `json:"name"`
	When  time.Time          `json:"when"`
	Items []inner            `json:"items"`
	Tags  map[string]float64 `json:"tags,omitempty"`
	Any   any                `json:"any,omitempty"`
	Flag  *bool              `json:"flag,omitempty"`
	Pair  [2]int             `json:"pair"`
}

const good = `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"x","when":"2024-01-02T03:04:05Z",
 "items":[{"color":"red","age":3},{"color":"GREEN","ratio":0.5,"count":7}],
 "tags":{"a":1},"any":{"deep":[1,{"x":null}]},"flag":true,"pair":[1,2]}`

func TestUnmarshalGood(t *testing.T) {
	var o outer
	require.NoError(t, jsonio.Unmarshal([]byte(good), &o, jsonio.Limits{}, "test"))
	assert.Equal(t, "x", o.Name)
	assert.Equal(t, color(2), o.Items[1].Color)
	assert.Equal(t, uint16(7), o.Items[1].Count)
	assert.Equal(t, [2]int{1, 2}, o.Pair)
	assert.True(t, *o.Flag)
	assert.Equal(t, 2024, o.When.Year())

	var o2 outer
	require.NoError(t, jsonio.Unmarshal(append([]byte{0xEF, 0xBB, 0xBF}, good...), &o2, jsonio.Limits{}, "test"), "a BOM is ignored")
	assert.Equal(t, o, o2)
}

func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		lim    jsonio.Limits
		path   string
		reason check.Reason
	}{
		{"unknown enum", `{"items":[{"color":"red"},{"color":"blue"}]}`, jsonio.Limits{}, "items[1].color", check.Unknown},
		{"unknown field", `{"items":[{"colour":"red"}]}`, jsonio.Limits{}, "items[0].colour", check.Unknown},
		{"duplicate key", `{"name":"a","name":"b"}`, jsonio.Limits{}, "name", check.Duplicate},
		{"duplicate key differing in case", `{"name":"a","Name":"b"}`, jsonio.Limits{}, "name", check.Duplicate},
		{"duplicate in free object", `{"any":{"a":1,"a":2}}`, jsonio.Limits{}, "any.a", check.Duplicate},
		{"wrong type", `{"name":5}`, jsonio.Limits{}, "name", check.Type},
		{"string for number", `{"items":[{"age":"3"}]}`, jsonio.Limits{}, "items[0].age", check.Type},
		{"int overflow", `{"items":[{"age":300}]}`, jsonio.Limits{}, "items[0].age", check.OutOfRange},
		{"fraction for int", `{"items":[{"age":1.5}]}`, jsonio.Limits{}, "items[0].age", check.Type},
		{"negative uint", `{"items":[{"count":-1}]}`, jsonio.Limits{}, "items[0].count", check.OutOfRange},
		{"float overflow", `{"items":[{"ratio":1e999}]}`, jsonio.Limits{}, "items[0].ratio", check.OutOfRange},
		{"NaN as string", `{"items":[{"ratio":"NaN"}]}`, jsonio.Limits{}, "items[0].ratio", check.Type},
		{"bad uuid", `{"id":"nope"}`, jsonio.Limits{}, "id", check.Invalid},
		{"bad time", `{"when":"yesterday"}`, jsonio.Limits{}, "when", check.Invalid},
		{"truncated", `{"items":[{"color":"red"`, jsonio.Limits{}, "items[0]", check.Syntax},
		{"syntax", `{"name":"a",}`, jsonio.Limits{}, "", check.Syntax},
		{"trailing", `{"name":"a"} {}`, jsonio.Limits{}, "", check.Syntax},
		{"empty", "  ", jsonio.Limits{}, "", check.Syntax},
		{"too big", good, jsonio.Limits{MaxBytes: 10}, "", check.TooLarge},
		{"too deep", `{"any":[[[[1]]]]}`, jsonio.Limits{MaxDepth: 4}, "any[0][0][0]", check.TooLarge},
		{"too many", `{"items":[{},{},{}]}`, jsonio.Limits{MaxElements: 2}, "items", check.TooLarge},
		{"long string", `{"name":"abcdefgh"}`, jsonio.Limits{MaxString: 5}, "name", check.TooLarge},
		{"array too long", `{"pair":[1,2,3]}`, jsonio.Limits{}, "pair", check.TooLarge},
		{"object for array", `{"items":{}}`, jsonio.Limits{}, "items", check.Type},
		{"invalid utf8", "{\"items\":[{\"color\":\"red\"}],\"name\":\"a\xff\"}", jsonio.Limits{}, "name", check.Syntax},
		{"invalid utf8 in array", "{\"items\":[{},{\"color\":\"\xff\"}]}", jsonio.Limits{}, "items[1].color", check.Syntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o outer
			err := jsonio.Unmarshal([]byte(tt.in), &o, tt.lim, "test")
			require.Error(t, err)
			var fe *check.FieldError
			require.True(t, errors.As(err, &fe), "%T %v", err, err)
			assert.Equal(t, tt.path, fe.Path, "%v", err)
			assert.Equal(t, tt.reason, fe.Reason, "%v", err)
			assert.Equal(t, "test", fe.Pkg)
			assert.True(t, strings.HasPrefix(err.Error(), "test: "), err.Error())
		})
	}
}

func TestDecodeLimit(t *testing.T) {
	var o outer
	err := jsonio.Decode(strings.NewReader(strings.Repeat(" ", 100)+"{}"), &o, jsonio.Limits{MaxBytes: 50}, "test")
	assert.ErrorIs(t, err, &check.FieldError{Reason: check.TooLarge})
	require.NoError(t, jsonio.Decode(strings.NewReader(`{"name":"n"}`), &o, jsonio.Limits{}, "test"))
	assert.Equal(t, "n", o.Name)
}

func TestNonPointer(t *testing.T) {
	var o outer
	assert.Error(t, jsonio.Unmarshal([]byte(`{}`), o, jsonio.Limits{}, "test"))
}

func TestPathAt(t *testing.T) {
	tests := map[string]string{
		`{"a":`:                   "a",
		`{"a":{"b":[1,2,`:         "a.b[2]",
		`{"a":[{"x":1},{"y":`:     "a[1].y",
		`[`:                       "[0]",
		`{"a":1,"b`:               "",
		`{"a":[[1],[2,3],[`:       "a[2][0]",
		`{"a":{"b":1},"c":[{},{"`: "c[1]",
	}
	for in, want := range tests {
		assert.Equal(t, want, jsonio.PathAt([]byte(in)), in)
	}
}

func FuzzUnmarshal(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte(`{"items":[{"color":"blue"}]}`))
	f.Add([]byte(`{"any":[[[[[[1]]]]]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var o outer
		err := jsonio.Unmarshal(data, &o, jsonio.Limits{MaxDepth: 8}, "test")
		if err != nil {
			var fe *check.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			// The strict walk must catch everything encoding/json would
			// refuse, so that every error has a path.
			if fe.Reason == check.Invalid && strings.HasPrefix(fe.Detail, "json:") {
				t.Fatalf("encoding/json refused what the walk accepted: %v", err)
			}
			// Whatever the input, a path or a message never splits a
			// character.
			if !utf8.ValidString(fe.Path) || !utf8.ValidString(err.Error()) {
				t.Fatalf("not valid UTF-8: path %q, message %q", fe.Path, err.Error())
			}
		}
	})
}
