package enum_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/enum"
)

func TestIndex(t *testing.T) {
	words := []string{"apple", "black_currant", "cherry"}
	x := enum.NewIndex[fruit](words...)
	for i, w := range words {
		v, ok := x.Lookup([]byte(w))
		assert.True(t, ok, w)
		assert.Equal(t, fruit(i+1), v, w)
		v, ok = x.LookupString(w)
		assert.True(t, ok, w)
		assert.Equal(t, fruit(i+1), v, w)
	}
	for _, s := range []string{"", "Apple", "apple ", "appl", "applf", "cherries", "black-currant", "\xff"} {
		v, ok := x.Lookup([]byte(s))
		assert.False(t, ok, "%q", s)
		assert.Zero(t, v, "%q", s)
		_, ok = x.LookupString(s)
		assert.False(t, ok, "%q", s)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { x.Lookup([]byte("cherry")) }), "no allocation")
}

// TestIndexCollisions gives words that no seed tells apart by their length
// and their first and last four bytes: the index falls back to a map and
// finds them all the same.
func TestIndexCollisions(t *testing.T) {
	var words []string
	for c := 'a'; c <= 'z'; c++ {
		words = append(words, "abcd"+string(c)+"wxyz")
	}
	words = append(words, "abcd", "ab", "", "abcd") // short words, the empty word, a repeat
	x := enum.NewIndex[plain](words...)
	for i, w := range words[:len(words)-1] {
		v, ok := x.LookupString(w)
		assert.True(t, ok, w)
		assert.Equal(t, plain(i+1), v, w)
		v, ok = x.Lookup([]byte(w))
		assert.True(t, ok, w)
		assert.Equal(t, plain(i+1), v, w)
	}
	v, _ := x.LookupString("abcd")
	assert.Equal(t, plain(len(words)-3), v, "a repeated word keeps its first value")
	_, ok := x.LookupString("abcdAwxyz")
	assert.False(t, ok)
}

// TestIndexMany indexes enumerations of every size an enumeration may have
// and finds every word, and no near miss.
func TestIndexMany(t *testing.T) {
	for n := 1; n < 255; n += 7 {
		words := make([]string, n)
		for i := range words {
			words[i] = "word_" + strconv.Itoa(i*37)
		}
		x := enum.NewIndex[plain](words...)
		for i, w := range words {
			v, ok := x.LookupString(w)
			require.True(t, ok, "%d: %s", n, w)
			require.Equal(t, plain(i+1), v)
			_, ok = x.LookupString(strings.ToUpper(w))
			require.False(t, ok)
			_, ok = x.Lookup([]byte(w + "_"))
			require.False(t, ok)
		}
	}
}

// FuzzParseBytes holds ParseBytes to Parse: for any bytes, the same value
// and the same error; and the index behind them finds exactly the words
// and labels as written, from bytes and from a string alike.
//
// The corpus in testdata/fuzz/FuzzParseBytes holds words, labels and
// aliases in other cases, a near miss, a word with a space, invalid UTF-8
// and the empty input.
func FuzzParseBytes(f *testing.F) {
	for _, s := range []string{"apple", "Black currant", "BLACK_CURRANT", "cassis", "", "cherry ", "appl", "\xff", strings.Repeat("é", 40)} {
		f.Add([]byte(s))
	}
	exact := map[string]fruit{}
	for _, v := range fruits.Values() {
		exact[fruits.String(v)] = v
		exact[fruits.Label(v)] = v
	}
	x := enum.NewIndex[fruit](fruits.Words()...)
	f.Fuzz(func(t *testing.T, b []byte) {
		s := string(b)
		v, err := fruits.ParseBytes(b)
		want, wantErr := fruits.Parse(s)
		assert.Equal(t, want, v, "%q", s)
		assert.Equal(t, wantErr, err, "%q", s)

		w, ok := x.Lookup(b)
		ws, oks := x.LookupString(s)
		assert.Equal(t, w, ws)
		assert.Equal(t, ok, oks)
		if ok {
			assert.Equal(t, s, fruits.String(w), "the index finds a word only as written")
		} else {
			assert.Zero(t, w)
			assert.NotContains(t, fruits.Words(), s)
		}
		if e, found := exact[s]; found {
			assert.Equal(t, e, v, "%q", s)
		}
	})
}
