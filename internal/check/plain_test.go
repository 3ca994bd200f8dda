package check

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPlainText holds PlainText to what it promises: text it accepts is
// text TextProblem accepts, required or not, and it accepts exactly the
// printable-led ASCII within the bound.
func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"", " ", "a", "plain", "eight by", "nine byte", "tab\tinside", " lead", "é", "ascii then é", strings.Repeat("x", 40), "x\x80"} {
		f.Add(s, 16)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max%64 + 1
		if max < 1 {
			max += 64
		}
		got := PlainText(s, max)
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < utf8.RuneSelf
		}
		want := len(s) > 0 && s[0] > ' ' && len(s) <= max && ascii
		if got != want {
			t.Fatalf("PlainText(%q, %d) = %v, want %v", s, max, got, want)
		}
		if got {
			for _, req := range []bool{true, false} {
				if r, d := TextProblem(s, max, req); r != 0 {
					t.Fatalf("PlainText accepts %q, TextProblem refuses it: %s", s, d)
				}
			}
		}
	})
}
