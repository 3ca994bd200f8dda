// Package words holds the small pieces of English the library's texts for
// people share: counts with their noun, articles and percentages. (Cutting
// a text short for an error is check.Cut; Shorten cuts one for a line a
// person reads.)
package words

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Count writes n with its noun, singular for one: Count(1, "breach", "")
// is "1 breach", Count(3, "breach", "breaches") "3 breaches". An empty
// plural adds "s" to the singular.
func Count(n int, singular, plural string) string {
	if n == 1 {
		return "1 " + singular
	}
	if plural == "" {
		plural = singular + "s"
	}
	return strconv.Itoa(n) + " " + plural
}

// Article puts "a" or "an" before a noun phrase by its first letter: "an"
// before a vowel, of either case, "a" before anything else. It goes by the
// letter, not the sound ("an unilateral"), so it suits the library's own
// fixed phrases, not arbitrary text.
func Article(w string) string {
	if w != "" && strings.ContainsRune("aeiouAEIOU", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

// Percent writes a share from 0 to 1 as a whole percentage: 0.654 is "65%".
// It rounds 100×v to the nearest whole number, a tie to the even one, as
// strconv does: 0.125 is "12%", 0.135 "14%".
func Percent(v float64) string { return strconv.FormatFloat(100*v, 'f', 0, 64) + "%" }

// Shorten gives text for a line a person reads: its runs of white space
// (line breaks included) made single spaces, and, when it is longer than n
// characters, cut on the last word boundary within them, with trailing
// punctuation dropped and "…" added. A single word longer than n is cut
// inside it. What Shorten returns is valid UTF-8; it is s itself when s
// needs no change, so a short text costs nothing. An n below 1 is 1.
func Shorten(s string, n int) string {
	n = max(n, 1)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !plain(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	// The byte offset of the n-th character: the text up to it fits.
	end, i := 0, 0
	for end = range s {
		if i == n {
			break
		}
		i++
	}
	cut := s[:end]
	if s[end] != ' ' { // inside a word: back to its start, if the line keeps one
		if sp := strings.LastIndexByte(cut, ' '); sp > 0 {
			cut = cut[:sp]
		}
	}
	cut = strings.TrimRightFunc(cut, func(r rune) bool { return r == ' ' || unicode.IsPunct(r) })
	if cut == "" {
		cut = s[:end]
	}
	return cut + "…"
}

// plain reports whether s holds no white space but single spaces between
// words.
func plain(s string) bool {
	prev := ' '
	for _, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || prev == ' ') {
			return false
		}
		prev = r
	}
	return prev != ' ' || s == ""
}
