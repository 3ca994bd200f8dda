// Package enumtest checks that an enumeration built on internal/enum keeps
// the codec contract every package promises: pinned wire words, text and
// JSON round trips, case-insensitive parsing, labels, "unspecified" for the
// zero value, typed errors for unknown words and for values out of range.
//
// The packages' tests call [Check] once per enumeration, so the contract is
// written down in one place.
package enumtest

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// Value is what every enumeration provides on its value.
type Value interface {
	~uint8
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
}

// Pointer is what every enumeration provides on its pointer.
type Pointer[T any] interface {
	*T
	UnmarshalText([]byte) error
}

// Words pins the values 1, 2, … to words, in order: for the tables that list
// words only.
func Words[T Value](words ...string) map[T]string {
	out := make(map[T]string, len(words))
	for i, w := range words {
		out[T(i+1)] = w
	}
	return out
}

// word is one row of a Spec's table.
type word[T any] struct {
	v    T
	word string
}

// Spec describes one enumeration. Type, Pkg and Words are required.
type Spec[T Value] struct {
	Type   string                  // the codec's type name, as in "kind(200)"
	Pkg    string                  // the package its errors name, as in "actor: unknown kind"
	Words  map[T]string            // every named value: its constant and wire word
	Parse  func(string) (T, error) // the exported Parse function, if there is one
	Values func() []T              // the exported list of values, if there is one
	Labels map[T]string            // display labels, if the type has them
	Label  func(T) string          // the Label method, if the type has one
}

// Check runs every check of the contract on s as subtests of t.
func Check[T Value, P Pointer[T]](t *testing.T, s Spec[T]) {
	t.Helper()
	require.NotEmpty(t, s.Words, "Spec.Words")
	require.NotEmpty(t, s.Type, "Spec.Type")
	require.NotEmpty(t, s.Pkg, "Spec.Pkg")
	// The values run from 1 without a gap; rows puts the table in that order.
	rows := make([]word[T], len(s.Words))
	for i := range rows {
		v := T(i + 1)
		w, ok := s.Words[v]
		require.True(t, ok, "Spec.Words misses value %d: the constants must run from 1 without a gap", i+1)
		rows[i] = word[T]{v, w}
	}
	unmarshal := func(in string) (T, error) {
		v := rows[0].v // not the zero value, so a failed decode must reset it
		err := P(&v).UnmarshalText([]byte(in))
		return v, err
	}
	// both decodes in with UnmarshalText and, if there is one, Parse.
	both := func(t *testing.T, in string, want T) {
		t.Helper()
		got, err := unmarshal(in)
		require.NoError(t, err, "UnmarshalText(%q)", in)
		assert.Equal(t, want, got, "UnmarshalText(%q)", in)
		if s.Parse != nil {
			got, err := s.Parse(in)
			require.NoError(t, err, "Parse(%q)", in)
			assert.Equal(t, want, got, "Parse(%q)", in)
		}
	}
	unknown := &check.FieldError{Reason: check.Unknown}

	t.Run("wire words", func(t *testing.T) {
		for _, w := range rows {
			assert.True(t, w.v.IsValid(), w.word)
			assert.Equal(t, w.word, w.v.String())
			b, err := w.v.MarshalText()
			require.NoError(t, err, w.word)
			assert.Equal(t, w.word, string(b))
			j, err := json.Marshal(w.v)
			require.NoError(t, err, w.word)
			assert.Equal(t, strconv.Quote(w.word), string(j))
		}
		// The table covers every named value: the next one is not valid.
		assert.False(t, T(len(s.Words)+1).IsValid(), "the table misses a constant after %q", rows[len(rows)-1].word)
		if s.Values != nil {
			want := make([]T, len(rows))
			for i, w := range rows {
				want[i] = w.v
			}
			assert.Equal(t, want, s.Values())
		}
	})

	t.Run("round trip", func(t *testing.T) {
		for _, w := range rows {
			both(t, w.v.String(), w.v)
			var fromJSON T
			require.NoError(t, json.Unmarshal([]byte(strconv.Quote(w.word)), &fromJSON), w.word)
			assert.Equal(t, w.v, fromJSON, w.word)

			j, err := json.Marshal(struct{ V T }{w.v})
			require.NoError(t, err, w.word)
			assert.Equal(t, `{"V":`+strconv.Quote(w.word)+`}`, string(j))
			var back struct{ V T }
			require.NoError(t, json.Unmarshal(j, &back), w.word)
			assert.Equal(t, w.v, back.V, w.word)
		}
	})

	t.Run("case insensitive", func(t *testing.T) {
		for _, w := range rows {
			both(t, strings.ToUpper(w.word), w.v)
			both(t, strings.ToUpper(w.word[:1])+w.word[1:], w.v)
		}
	})

	t.Run("labels", func(t *testing.T) {
		if s.Labels != nil && s.Label != nil {
			assert.Len(t, s.Labels, len(s.Words), "a Label method labels every value")
		}
		for v, label := range s.Labels {
			if s.Label != nil {
				assert.Equal(t, label, s.Label(v))
			}
			for _, in := range []string{label, strings.ToUpper(label), strings.ToLower(label)} {
				both(t, in, v)
			}
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.String(), string(b), "a label parses, but the wire word is written")
		}
		if s.Label != nil {
			assert.Equal(t, "unspecified", s.Label(0))
			assert.Equal(t, s.Type+"(200)", s.Label(T(200)), "out of range, a label falls back to String")
		}
	})

	t.Run("zero value", func(t *testing.T) {
		var zero T
		assert.False(t, zero.IsValid())
		assert.Equal(t, "unspecified", zero.String())
		b, err := zero.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(b))
		j, err := json.Marshal(zero)
		require.NoError(t, err)
		assert.Equal(t, `""`, string(j))

		for _, in := range [][]byte{nil, {}} {
			got := rows[0].v
			require.NoError(t, P(&got).UnmarshalText(in))
			assert.Equal(t, zero, got, "the empty word unmarshals to the zero value")
		}
		if s.Parse != nil {
			_, err = s.Parse("")
			assert.ErrorIs(t, err, unknown, `Parse("") must be an error`)
		}
	})

	t.Run("unknown word", func(t *testing.T) {
		first := rows[0].word
		words := make([]string, len(rows))
		for i, w := range rows {
			words[i] = w.word
		}
		for _, in := range []string{"no_such_word", first + "x", " " + first, "unspecified", "0", "1", s.Type + "(1)", strings.Repeat("z", 200)} {
			got, err := unmarshal(in)
			require.Error(t, err, in)
			var fe *check.FieldError
			require.ErrorAs(t, err, &fe, in)
			assert.Equal(t, check.Unknown, fe.Reason, in)
			assert.Equal(t, s.Pkg, fe.Pkg, in)
			assert.True(t, strings.HasPrefix(err.Error(), s.Pkg+": unknown "), err.Error())
			list := " one of " + check.List(words)
			assert.True(t, strings.HasSuffix(err.Error(), list), "the valid words are listed: %s", err.Error())
			msg := strings.TrimSuffix(err.Error(), list)
			if sugg := check.Suggest(in, words); sugg != "" {
				assert.True(t, strings.HasSuffix(msg, sugg), "the nearest word is suggested: %s", err.Error())
				msg = strings.TrimSuffix(msg, sugg)
			}
			assert.Less(t, len(msg), 120, "a long word is cut short in the error")
			assert.Equal(t, T(0), got, "%q: a failed decode leaves the zero value", in)
			if s.Parse != nil {
				_, err := s.Parse(in)
				assert.ErrorIs(t, err, unknown, in)
			}
			var holder struct{ V T }
			assert.Error(t, json.Unmarshal([]byte(`{"V":`+strconv.Quote(in)+`}`), &holder), in)
		}
	})

	t.Run("out of range", func(t *testing.T) {
		for _, n := range []int{len(s.Words) + 1, 200, 255} {
			v := T(n)
			var str string
			assert.NotPanics(t, func() { str = v.String() })
			assert.Equal(t, s.Type+"("+strconv.Itoa(n)+")", str)
			assert.False(t, v.IsValid())
			b, err := v.MarshalText()
			assert.Nil(t, b)
			assert.ErrorIs(t, err, &check.FieldError{Reason: check.Invalid}, "MarshalText(%d)", n)
			_, err = json.Marshal(v)
			assert.Error(t, err, "json.Marshal(%d)", n)
		}
	})
}

// snake matches a wire word with an underscore, which text for people must
// not show.
var snake = regexp.MustCompile(`[a-z]+_[a-z_]+`)

// Labeled is an enumeration with display labels.
type Labeled interface {
	Value
	Label() string
}

// CheckLabels checks the labels of every valid value of T, from 1 up: each
// is words for people — not empty, no snake_case wire word, not
// "unspecified" — and no two values share one.
func CheckLabels[T Labeled](t *testing.T) {
	t.Helper()
	seen := map[string]T{}
	n := 0
	for v := T(1); v.IsValid(); v++ {
		n++
		l := v.Label()
		assert.NotEmpty(t, l, "%v has no label", v)
		assert.False(t, snake.MatchString(l), "the label of %v, %q, shows a wire word", v, l)
		assert.NotEqual(t, "unspecified", l, "%v", v)
		if w, dup := seen[l]; dup {
			t.Errorf("%v and %v share the label %q", w, v, l)
		}
		seen[l] = v
		if v == 255 {
			break
		}
	}
	assert.Positive(t, n, "no valid value")
}
