package jsonio_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// A key of 47 ASCII letters and two "é": the 48-byte cut falls inside the
// first "é", which is dropped whole.
var (
	longKey = strings.Repeat("k", 47) + "éé"
	cutKey  = strings.Repeat("k", 47) + "…"
)

// TestPathsCutWholeCharacters: a key shown in a path or a message is cut to
// 48 bytes, never inside a character.
func TestPathsCutWholeCharacters(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		reason check.Reason
		path   string
		detail string
	}{
		{"unknown field", `{"` + longKey + `":1}`, check.Unknown, `["` + cutKey + `"]`,
			`unknown field "` + cutKey + `": one of inner, p, Plain, by_id, counts, nested, any, flag, bytes, point and 5 more`},
		{"unknown field, nested", `{"point":{"` + longKey + `":1}}`, check.Unknown, `point["` + cutKey + `"]`,
			`unknown field "` + cutKey + `": one of color, age, ratio, count`},
		{"free object's key", `{"any":{"` + longKey + `":1,"` + longKey + `":2}}`, check.Duplicate, `any["` + cutKey + `"]`, "duplicate key"},
		{"map key", `{"counts":{"` + longKey + `":"x"}}`, check.Type, `counts["` + cutKey + `"]`, ""},
		{"a number's digits", `{"floats":[1e` + strings.Repeat("9", 60) + `]}`, check.OutOfRange, "floats[0]",
			"number 1e" + strings.Repeat("9", 46) + "… does not fit a float"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s shapes
			err := jsonio.Unmarshal([]byte(tt.in), &s, jsonio.Limits{}, "test")
			var fe *check.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.reason, fe.Reason)
			assert.Equal(t, tt.path, fe.Path)
			if tt.detail != "" {
				assert.Equal(t, tt.detail, fe.Detail)
			}
			assert.True(t, utf8.ValidString(err.Error()), err.Error())
		})
	}
}

// TestSyntaxErrorShowsWholeCharacter: where malformed JSON starts with a
// multi-byte character, the message shows that character, not its first
// byte read as a character of its own. The message is pinned on purpose.
func TestSyntaxErrorShowsWholeCharacter(t *testing.T) {
	tests := map[string]string{
		`{"flag":é}`:      `malformed JSON: invalid character 'é' looking for beginning of value`,
		`{"flag":€}`:      `malformed JSON: invalid character '€' looking for beginning of value`,
		`{"flag":😀}`:      `malformed JSON: invalid character '😀' looking for beginning of value`,
		"{\"flag\":\x01}": `malformed JSON: invalid character '\x01' looking for beginning of value`,
		`{"flag":'}`:      `malformed JSON: invalid character '\'' looking for beginning of value`,
		`{"flag":x}`:      `malformed JSON: invalid character 'x' looking for beginning of value`,
	}
	for in, want := range tests {
		var s shapes
		err := jsonio.Unmarshal([]byte(in), &s, jsonio.Limits{}, "test")
		var fe *check.FieldError
		require.ErrorAs(t, err, &fe, in)
		assert.Equal(t, check.Syntax, fe.Reason, in)
		assert.Equal(t, "flag", fe.Path, in)
		assert.Equal(t, want, fe.Detail, in)
		assert.Equal(t, 1, fe.Line, in)
		assert.Equal(t, 9, fe.Column, "%s: the column of the character, counted in characters", in)
	}
}

// TestPathAtCutsKeys: PathAt, which names where invalid UTF-8 starts, cuts a
// long key as the decoder does.
func TestPathAtCutsKeys(t *testing.T) {
	assert.Equal(t, `["`+cutKey+`"]`, jsonio.PathAt([]byte(`{"`+longKey+`":`)))
	assert.Equal(t, `["`+cutKey+`"][1]`, jsonio.PathAt([]byte(`{"`+longKey+`":[1,`)))

	var s shapes
	err := jsonio.Unmarshal([]byte(`{"any":{"`+longKey+`":"\xff"}}`), &s, jsonio.Limits{}, "test")
	var fe *check.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, check.Syntax, fe.Reason)
	assert.Equal(t, `any["`+cutKey+`"]`, fe.Path)
}
