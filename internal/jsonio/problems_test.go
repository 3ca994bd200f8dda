package jsonio_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// flat is every field error of err, as values, for comparing whole.
func flat(err error) []check.FieldError {
	var out []check.FieldError
	for _, fe := range check.Flatten(err) {
		out = append(out, *fe)
	}
	return out
}

// TestEveryProblemInOnePass: problems with values are all reported, each
// at the line and column where its value (or its key) starts, and the
// decoding goes on after each.
func TestEveryProblemInOnePass(t *testing.T) {
	in := `{
  "name": 5,
  "items": [
    {"color": "gren", "age": 300},
    {"colour": "red", "count": -1},
    {"color": "red", "color": "green"}
  ],
  "tags": {"a": "x", "é b": 2},
  "pair": [1, true]
}`
	var o outer
	err := jsonio.Unmarshal([]byte(in), &o, jsonio.Limits{}, "test")
	want := []check.FieldError{
		{Pkg: "test", Line: 2, Column: 11, Path: "name", Reason: check.Type, Detail: "expected a string, got a number"},
		{Pkg: "test", Line: 4, Column: 15, Path: "items[0].color", Reason: check.Unknown, Detail: `unknown color "gren": did you mean "green"? one of red, green`},
		{Pkg: "test", Line: 4, Column: 30, Path: "items[0].age", Reason: check.OutOfRange, Detail: "number 300 out of range for int8"},
		{Pkg: "test", Line: 5, Column: 6, Path: "items[1].colour", Reason: check.Unknown, Detail: `unknown field "colour": did you mean "color"?`},
		{Pkg: "test", Line: 5, Column: 32, Path: "items[1].count", Reason: check.OutOfRange, Detail: "number -1 is negative"},
		{Pkg: "test", Line: 6, Column: 22, Path: "items[2].color", Reason: check.Duplicate, Detail: "duplicate key"},
		{Pkg: "test", Line: 8, Column: 17, Path: "tags.a", Reason: check.Type, Detail: "expected a number, got a string"},
		{Pkg: "test", Line: 9, Column: 15, Path: "pair[1]", Reason: check.Type, Detail: "expected a number, got a boolean"},
	}
	assert.Equal(t, want, flat(err))
	assert.Equal(t, `test: line 4, column 15: items[0].color: unknown color "gren": did you mean "green"? one of red, green`, check.Flatten(err)[1].Error())

	// What was right is decoded all the same.
	require.Len(t, o.Items, 3)
	assert.Equal(t, color(1), o.Items[2].Color, "the first of two keys is kept")
	assert.Equal(t, 2.0, o.Tags["é b"])
	assert.Equal(t, [2]int{1, 0}, o.Pair)
}

// TestSyntaxEndsDecoding: malformed JSON ends the decoding; the problems
// found before it are reported with it.
func TestSyntaxEndsDecoding(t *testing.T) {
	in := "{\"name\": 5,\n \"items\": [{\"colour\": 1}\n \"pair\": [true]}"
	var o outer
	err := jsonio.Unmarshal([]byte(in), &o, jsonio.Limits{}, "test")
	want := []check.FieldError{
		{Pkg: "test", Line: 1, Column: 10, Path: "name", Reason: check.Type, Detail: "expected a string, got a number"},
		{Pkg: "test", Line: 2, Column: 13, Path: "items[0].colour", Reason: check.Unknown, Detail: `unknown field "colour": did you mean "color"?`},
		{Pkg: "test", Line: 3, Column: 2, Path: "items", Reason: check.Syntax, Detail: `malformed JSON: invalid character '"' after array element`},
	}
	assert.Equal(t, want, flat(err))

	// A limit ends it too.
	err = jsonio.Unmarshal([]byte(`{"name": 5, "any": [[[1]]], "pair": [true]}`), &o, jsonio.Limits{MaxDepth: 2}, "test")
	assert.Equal(t, []check.FieldError{
		{Pkg: "test", Line: 1, Column: 10, Path: "name", Reason: check.Type, Detail: "expected a string, got a number"},
		{Pkg: "test", Line: 1, Column: 21, Path: "any[0]", Reason: check.TooLarge, Detail: "nesting deeper than 2"},
	}, flat(err))

	// Invalid UTF-8 has its line and column (in characters) too.
	err = jsonio.Unmarshal([]byte("{\n \"name\": \"é\xff\"}"), &o, jsonio.Limits{}, "test")
	assert.Equal(t, []check.FieldError{{Pkg: "test", Line: 2, Column: 12, Path: "name", Reason: check.Syntax, Detail: "invalid UTF-8"}}, flat(err))
}

// TestProblemsAreBounded: a decode stops after MaxErrors problems, and says
// so.
func TestProblemsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"items":[`)
	for i := range 150 {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`{"color":"blue"}`)
	}
	b.WriteString(`]}`)
	var o outer
	err := jsonio.Unmarshal([]byte(b.String()), &o, jsonio.Limits{}, "test")
	fes := check.Flatten(err)
	require.Len(t, fes, jsonio.MaxErrors+1)
	for i, fe := range fes[:jsonio.MaxErrors] {
		assert.Equal(t, "items["+strconv.Itoa(i)+"].color", fe.Path)
		assert.Equal(t, i+1, fe.Line)
	}
	assert.Equal(t, check.FieldError{Pkg: "test", Reason: check.TooLarge, Detail: "decoding stopped after 100 problems"}, *fes[jsonio.MaxErrors])
}

// TestMapKeyPaths: a map's key is named as Validate names it: joined as a
// word when it is one, quoted in brackets otherwise.
func TestMapKeyPaths(t *testing.T) {
	var s shapes
	err := jsonio.Unmarshal([]byte(`{"counts":{"ok_key":{},"a b":{},"a.b":{}}}`), &s, jsonio.Limits{}, "test")
	var paths []string
	for _, fe := range check.Flatten(err) {
		paths = append(paths, fe.Path)
	}
	assert.Equal(t, []string{"counts.ok_key", `counts["a b"]`, `counts["a.b"]`}, paths)
}

type doc struct {
	Name     string  `json:"name"`
	Severity color   `json:"severity"`
	Rules    []inner `json:"rules"`
	Note     string  `json:"note,omitempty"`
}

func validateDoc(d *doc) error {
	c := check.Errors{Pkg: "test"}
	if d.Name == "" {
		c.Add("name", check.Required, "a name")
	}
	if d.Severity == 0 {
		c.Add("severity", check.Required, "a severity")
	}
	if len(d.Rules) == 0 {
		c.Add("rules", check.Required, "at least one rule")
	}
	for i, r := range d.Rules {
		if r.Color == 0 {
			c.Add(check.Index("rules", i)+".color", check.Required, "a color")
		}
		if r.Age > 100 {
			c.Add(check.Index("rules", i)+".age", check.OutOfRange, "an age up to 100")
		}
	}
	if d.Note == "bad" {
		c.Add("", check.Invalid, "a problem of the whole")
	}
	return c.Err()
}

var docCodec = jsonio.NewCodec[doc]("test")

// TestUnmarshalValid: decoding and validation report at once, Validate's
// problems at the line and column of their values, and without restating
// what the decoder said.
func TestUnmarshalValid(t *testing.T) {
	in := `{
  "name": "",
  "sevrity": "red",
  "rules": [
    {"color": "blu", "age": 101},
    {"age": 120},
    {"color": "red", "age": 1.5}
  ]
}`
	var d doc
	err := docCodec.UnmarshalValid([]byte(in), &d, jsonio.Limits{}, validateDoc)
	want := []check.FieldError{
		// The decoder's, in the order of the input.
		{Pkg: "test", Line: 3, Column: 3, Path: "sevrity", Reason: check.Unknown, Detail: `unknown field "sevrity": did you mean "severity"?`},
		{Pkg: "test", Line: 5, Column: 15, Path: "rules[0].color", Reason: check.Unknown, Detail: `unknown color "blu": one of red, green`},
		{Pkg: "test", Line: 7, Column: 29, Path: "rules[2].age", Reason: check.Type, Detail: "number 1.5 is not a whole number"},
		// Validate's. Not "severity: a severity" (the misspelled key says
		// it), not "rules[0].color: a color" (the unknown word says it),
		// but rules[1].color, missing, at the rule that lacks it.
		{Pkg: "test", Line: 2, Column: 11, Path: "name", Reason: check.Required, Detail: "a name"},
		{Pkg: "test", Line: 5, Column: 29, Path: "rules[0].age", Reason: check.OutOfRange, Detail: "an age up to 100"},
		{Pkg: "test", Line: 6, Column: 5, Path: "rules[1].color", Reason: check.Required, Detail: "a color"},
		{Pkg: "test", Line: 6, Column: 13, Path: "rules[1].age", Reason: check.OutOfRange, Detail: "an age up to 100"},
	}
	assert.Equal(t, want, flat(err))

	// A problem of the whole follows from any problem with a value in it.
	d = doc{}
	err = docCodec.UnmarshalValid([]byte(`{"name":"n","severity":"red","rules":[{"color":"x"}],"note":"bad"}`), &d, jsonio.Limits{}, validateDoc)
	assert.Equal(t, []check.FieldError{
		{Pkg: "test", Line: 1, Column: 48, Path: "rules[0].color", Reason: check.Unknown, Detail: `unknown color "x": one of red, green`},
	}, flat(err))
	// Without one, it is at the start of the input; a BOM is no character.
	d = doc{}
	err = docCodec.UnmarshalValid([]byte("\xEF\xBB\xBF"+`  {"name":"n","severity":"red","rules":[{"color":"red"}],"note":"bad"}`), &d, jsonio.Limits{}, validateDoc)
	assert.Equal(t, []check.FieldError{
		{Pkg: "test", Line: 1, Column: 3, Reason: check.Invalid, Detail: "a problem of the whole"},
	}, flat(err))

	// A value the wrong type covers what holds it and what it holds.
	d = doc{}
	err = docCodec.UnmarshalValid([]byte(`{"name":"n","severity":"red","rules":{"color":"red"}}`), &d, jsonio.Limits{}, validateDoc)
	assert.Equal(t, []check.FieldError{
		{Pkg: "test", Line: 1, Column: 38, Path: "rules", Reason: check.Type, Detail: "expected an array, got an object"},
	}, flat(err))

	// Malformed JSON: no validation, the value is not to be trusted.
	err = docCodec.UnmarshalValid([]byte(`{"name":"","rules":[}`), &d, jsonio.Limits{}, validateDoc)
	fes := check.Flatten(err)
	require.Len(t, fes, 1)
	assert.Equal(t, check.Syntax, fes[0].Reason)

	// Valid: nil, and the value decoded.
	d = doc{}
	require.NoError(t, docCodec.DecodeValid(strings.NewReader(`{"name":"n","severity":"green","rules":[{"color":"red"}]}`), &d, jsonio.Limits{}, validateDoc))
	assert.Equal(t, doc{Name: "n", Severity: 2, Rules: []inner{{Color: 1}}}, d)
	// No validate function: decoding alone.
	require.NoError(t, docCodec.UnmarshalValid([]byte(`{}`), &d, jsonio.Limits{}, nil))
	assert.Error(t, docCodec.UnmarshalValid([]byte(`{}`), nil, jsonio.Limits{}, validateDoc))
	_, err = jsonio.Read(failing{}, jsonio.Limits{}, "test")
	assert.Error(t, docCodec.DecodeValid(failing{}, &d, jsonio.Limits{}, validateDoc))
	assert.True(t, errors.Is(err, &check.FieldError{Reason: check.Invalid}))
}
