package check

import "unicode/utf8"

// PlainText reports whether s is text that no check refuses — at most max
// bytes of ASCII, starting with a printable character (so not blank) —
// by a quick look for the fast paths of validation. Longer or other text
// may still be valid, and is left to [TextProblem].
func PlainText(s string, max int) bool {
	if len(s) == 0 || s[0] <= ' ' || len(s) > max {
		return false
	}
	// Eight bytes at a time, the last eight overlapping the others when the
	// length is not a multiple of eight.
	if len(s) < 8 {
		var or byte
		for i := 0; i < len(s); i++ {
			or |= s[i]
		}
		return or < utf8.RuneSelf
	}
	var or uint64
	for t := s; len(t) > 8; t = t[8:] {
		or |= word(t)
	}
	or |= word(s[len(s)-8:])
	return or&0x8080808080808080 == 0
}

// word returns the first eight bytes of s as one little-endian word, which
// the compiler reads as one load.
func word(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
