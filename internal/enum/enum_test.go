package enum_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

type fruit uint8

const (
	fruitUnspecified fruit = iota
	fruitApple
	fruitBlackCurrant
	fruitCherry
)

var fruits = enum.New[fruit]("test", "fruit", "apple", "black_currant", "cherry").
	WithLabels("Apple", "Black currant", "Cherry").
	WithAlias("blackcurrant", fruitBlackCurrant).
	WithAlias("CASSIS", fruitBlackCurrant)

// plain has no labels and no aliases.
type plain uint8

var plains = enum.New[plain]("test", "plain", "one", "two")

func TestCodecBasics(t *testing.T) {
	assert.Equal(t, 3, fruits.Len())
	assert.Equal(t, []fruit{fruitApple, fruitBlackCurrant, fruitCherry}, fruits.Values())
	assert.Equal(t, 2, plains.Len())
	assert.Equal(t, []plain{1, 2}, plains.Values())

	vs := fruits.Values()
	vs[0] = 99
	assert.Equal(t, fruitApple, fruits.Values()[0], "Values returns a fresh slice")

	valid := map[fruit]bool{fruitUnspecified: false, fruitApple: true, fruitBlackCurrant: true, fruitCherry: true, 4: false, 255: false}
	for v, want := range valid {
		assert.Equal(t, want, fruits.Valid(v), "Valid(%d)", v)
	}

	strs := map[fruit]string{fruitUnspecified: "unspecified", fruitApple: "apple", fruitBlackCurrant: "black_currant", fruitCherry: "cherry", 4: "fruit(4)", 255: "fruit(255)"}
	for v, want := range strs {
		assert.Equal(t, want, fruits.String(v))
	}
}

func TestCodecLabels(t *testing.T) {
	assert.Equal(t, "Black currant", fruits.Label(fruitBlackCurrant))
	assert.Equal(t, "Apple", fruits.Label(fruitApple))
	assert.Equal(t, "unspecified", fruits.Label(0), "falls back to String")
	assert.Equal(t, "fruit(9)", fruits.Label(9))
	assert.Equal(t, "two", plains.Label(2), "without labels the word serves")

	for _, in := range []string{"Black currant", "black currant", "BLACK CURRANT"} {
		v, err := fruits.Parse(in)
		require.NoError(t, err, in)
		assert.Equal(t, fruitBlackCurrant, v, in)
	}

	assert.Panics(t, func() { enum.New[plain]("test", "plain", "one", "two").WithLabels("One") },
		"a label count that does not match is a programming error")
}

func TestCodecAliases(t *testing.T) {
	for _, in := range []string{"blackcurrant", "BlackCurrant", "cassis", "Cassis"} {
		v, err := fruits.Parse(in)
		require.NoError(t, err, in)
		assert.Equal(t, fruitBlackCurrant, v, in)
		b, err := fruits.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, "black_currant", string(b), "the alias is read, the word is written")
	}
	_, err := plains.Parse("blackcurrant")
	assert.ErrorIs(t, err, &check.FieldError{Reason: check.Unknown}, "aliases are per codec")
}

func TestCodecMarshal(t *testing.T) {
	for _, v := range fruits.Values() {
		b, err := fruits.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, fruits.String(v), string(b))
		got, err := fruits.Unmarshal(b)
		require.NoError(t, err)
		assert.Equal(t, v, got)
	}

	b, err := fruits.Marshal(0)
	require.NoError(t, err)
	assert.NotNil(t, b)
	assert.Empty(t, b, "the zero value encodes as the empty string")

	b, err = fruits.Marshal(4)
	assert.Nil(t, b)
	var fe *check.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, check.FieldError{Pkg: "test", Reason: check.Invalid, Detail: "invalid fruit 4"}, *fe)
}

func TestCodecUnmarshalParse(t *testing.T) {
	v, err := fruits.Unmarshal(nil)
	require.NoError(t, err)
	assert.Equal(t, fruitUnspecified, v)
	v, err = fruits.Unmarshal([]byte{})
	require.NoError(t, err)
	assert.Equal(t, fruitUnspecified, v)

	v, err = fruits.Unmarshal([]byte("CHERRY"))
	require.NoError(t, err)
	assert.Equal(t, fruitCherry, v)

	tests := []string{"", "banana", "apple ", "unspecified", "fruit(1)", "1", "black-currant"}
	for _, in := range tests {
		v, err := fruits.Parse(in)
		require.Error(t, err, "%q", in)
		assert.Equal(t, fruitUnspecified, v)
		var fe *check.FieldError
		require.ErrorAs(t, err, &fe, "%q", in)
		assert.Equal(t, check.Unknown, fe.Reason)
		assert.Equal(t, "test", fe.Pkg)
		assert.Empty(t, fe.Path)
		assert.True(t, strings.HasPrefix(err.Error(), "test: unknown fruit "), err.Error())
	}
	_, err = fruits.Parse("banana")
	assert.Equal(t, `test: unknown fruit "banana": one of apple, black_currant, cherry`, err.Error(),
		"a far word: the valid words, no suggestion")

	// An unknown word is cut short and quoted in the message.
	long := strings.Repeat("z", 100)
	_, err = fruits.Unmarshal([]byte(long))
	require.Error(t, err)
	assert.NotContains(t, err.Error(), long)
	assert.Contains(t, err.Error(), strings.Repeat("z", 48)+"…")
	assert.NotContains(t, err.Error(), strings.Repeat("z", 49))

	// Control characters are quoted, not written raw into a log line.
	_, err = fruits.Parse("a\nb")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "\n")
}

// FuzzParse parses any string: a word, label or alias in any case gives its
// value, whose word parses back to it; anything else is a *check.FieldError
// with reason Unknown whose detail is valid UTF-8 and bounded, whatever the
// input's length or bytes.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"apple", "Black currant", "BLACK_CURRANT", "cassis", "", "unspecified", "fruit(9)", "appl", "apple ", "\xff", strings.Repeat("é", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := fruits.Parse(s)
		if err != nil {
			var fe *check.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, check.Unknown, fe.Reason)
			assert.True(t, utf8.ValidString(fe.Detail), "detail %q", fe.Detail)
			// 48 bytes of input at most, each quoted as \xNN at worst, a
			// suggestion and the words.
			assert.LessOrEqual(t, len(fe.Detail), len("unknown fruit ")+2+4*48+len("…")+
				len(`: did you mean "black_currant"?`)+len(" one of apple, black_currant, cherry"))
			assert.True(t, strings.HasSuffix(fe.Detail, " one of apple, black_currant, cherry"), fe.Detail)
			return
		}
		require.True(t, fruits.Valid(v), "%q gave invalid %d", s, v)
		known := strings.EqualFold(s, fruits.String(v)) || strings.EqualFold(s, fruits.Label(v)) ||
			strings.EqualFold(s, "blackcurrant") || strings.EqualFold(s, "cassis")
		assert.True(t, known, "%q parsed as %v", s, v)
		back, err := fruits.Parse(fruits.String(v))
		require.NoError(t, err)
		assert.Equal(t, v, back)
	})
}

func TestUnknownNeverSplitsACharacter(t *testing.T) {
	_, err := fruits.Parse(strings.Repeat("é", 40))
	var fe *check.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, `unknown fruit "`+strings.Repeat("é", 24)+`…": one of apple, black_currant, cherry`, fe.Detail)
}

// TestUnknownSuggests pins the error of an unknown word: the nearest word
// when one is near, by its word or its label, and the valid words.
func TestUnknownSuggests(t *testing.T) {
	tests := map[string]string{
		"aple":           `test: unknown fruit "aple": did you mean "apple"? one of apple, black_currant, cherry`,
		"Chery":          `test: unknown fruit "Chery": did you mean "cherry"? one of apple, black_currant, cherry`,
		"black-curant":   `test: unknown fruit "black-curant": did you mean "black_currant"? one of apple, black_currant, cherry`,
		"Black curran":   `test: unknown fruit "Black curran": did you mean "black_currant"? one of apple, black_currant, cherry`,
		"Black-currants": `test: unknown fruit "Black-currants": did you mean "black_currant"? one of apple, black_currant, cherry`,
		"plum":           `test: unknown fruit "plum": one of apple, black_currant, cherry`,
		"casis":          `test: unknown fruit "casis": did you mean "black_currant"? one of apple, black_currant, cherry`, // an alias's word
	}
	for in, want := range tests {
		_, err := fruits.Parse(in)
		require.Error(t, err, in)
		assert.Equal(t, want, err.Error())
		assert.ErrorIs(t, err, &check.FieldError{Reason: check.Unknown})
	}
	// A label nearer than any word: the word of the label is suggested.
	labelled := enum.New[plain]("test", "answer", "yes_please", "no_thanks").WithLabels("gladly accept", "politely decline")
	_, err := labelled.Parse("gladly acept")
	assert.Equal(t, `test: unknown answer "gladly acept": did you mean "yes_please"? one of yes_please, no_thanks`, err.Error())

	// More than ten words: ten are listed.
	many := enum.New[plain]("test", "digit", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
	_, err = many.Parse("elevn")
	assert.Equal(t, `test: unknown digit "elevn": did you mean "eleven"? one of zero, one, two, three, four, five, six, seven, eight, nine and 2 more`, err.Error())
	assert.Equal(t, []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}, many.Words())
}
