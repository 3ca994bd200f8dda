// Package words holds the small pieces of English the library's texts for
// people share: counts with their noun, articles and percentages. (Cutting
// a text short for an error is check.Cut.)
package words

import (
	"strconv"
	"strings"
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
