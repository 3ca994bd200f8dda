package check_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

func TestCut(t *testing.T) {
	tests := []struct {
		name string
		s    string
		n    int
		want string
	}{
		{"short enough", "abc", 3, "abc"},
		{"empty", "", 0, ""},
		{"ascii", "abcdef", 4, "abcd…"},
		{"nothing kept", "abc", 0, "…"},
		{"n below zero", "abc", -1, "…"},
		{"n below zero, empty", "", -1, ""},
		{"before a 2-byte character", "abé", 2, "ab…"},
		{"inside a 2-byte character", "abé", 3, "ab…"},
		{"inside a 3-byte character", "a€€", 3, "a…"},
		{"after a 3-byte character", "a€€", 4, "a€…"},
		{"inside a 4-byte character", "😀😀", 7, "😀…"},
		{"invalid byte, short", "a\xffb", 10, "a\uFFFDb"},
		{"invalid bytes become one U+FFFD", "a\xff\xfeb", 10, "a\uFFFDb"},
		{"invalid byte, cut inside its replacement", "ab\xff", 3, "ab…"},
		{"a split character, then cut", "\xe2\x82abc", 4, "\uFFFDa…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, check.Cut(tt.s, tt.n))
			assert.Equal(t, strconv.Quote(tt.want), check.Quote(tt.s, tt.n))
		})
	}
}

// TestCutEveryBoundary cuts texts of 2-, 3- and 4-byte characters, behind
// 0 to 60 ASCII letters, at every n from 0 to 60: what Cut returns is valid
// UTF-8, the longest prefix of whole characters that fits in n bytes, and
// marked when anything was cut.
func TestCutEveryBoundary(t *testing.T) {
	for _, char := range []string{"é", "€", "😀"} {
		for lead := 0; lead <= 60; lead++ {
			s := strings.Repeat("x", lead) + strings.Repeat(char, 8)
			for n := 0; n <= 60; n++ {
				got := check.Cut(s, n)
				require.True(t, utf8.ValidString(got), "Cut(%q, %d) = %q", s, n, got)
				if len(s) <= n {
					assert.Equal(t, s, got)
					continue
				}
				kept, cut := strings.CutSuffix(got, "…")
				require.True(t, cut, "Cut(%q, %d) = %q: not marked", s, n, got)
				assert.True(t, strings.HasPrefix(s, kept), "Cut(%q, %d) = %q", s, n, got)
				assert.LessOrEqual(t, len(kept), n)
				assert.Greater(t, len(kept), n-len(char), "Cut(%q, %d) = %q drops a whole character too many", s, n, got)
				q, err := strconv.Unquote(check.Quote(s, n))
				require.NoError(t, err)
				assert.Equal(t, got, q)
			}
		}
	}
}

// FuzzCut: for any text and any n, Cut never panics, returns valid UTF-8,
// keeps at most n bytes (n below 0 counting as 0), and marks a cut.
func FuzzCut(f *testing.F) {
	for _, s := range []string{"", "abc", "é€😀", "a\xffb", "\xe2\x82", strings.Repeat("€", 20)} {
		f.Add(s, 3)
	}
	f.Add("abc", -1)
	f.Add("…", 0) // a cut of "…" to nothing is "…" too
	f.Fuzz(func(t *testing.T, s string, n int) {
		got := check.Cut(s, n)
		if !utf8.ValidString(got) {
			t.Fatalf("Cut(%q, %d) = %q: not valid UTF-8", s, n, got)
		}
		valid := strings.ToValidUTF8(s, "\uFFFD")
		if len(valid) <= max(n, 0) {
			if got != valid {
				t.Fatalf("Cut(%q, %d) = %q: cut what fits", s, n, got)
			}
			return
		}
		kept, cut := strings.CutSuffix(got, "…")
		if !cut || len(kept) > max(n, 0) || !strings.HasPrefix(valid, kept) {
			t.Fatalf("Cut(%q, %d) = %q", s, n, got)
		}
	})
}
