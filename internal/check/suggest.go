package check

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the one place where the library suggests what an unknown
// word may have meant. A suggestion is text in an error only: nothing is
// ever corrected.

// MaxListed is how many valid words an error about an unknown word lists;
// beyond it the list says how many more there are.
const MaxListed = 10

// maxSuggestLen bounds, in characters, a word Nearest compares: a longer
// one is no misspelling of a word of the library, and comparing it would
// cost time for nothing.
const maxSuggestLen = 64

// Nearest returns the word of words nearest to s by edit distance —
// insertions, deletions, substitutions and transpositions of adjacent
// characters (the optimal string alignment distance), ignoring case — or ""
// when none is near: a third of the characters of s, at least one, is as
// many edits as a suggestion may be away (two for "sevrity", four for
// "instituional"), and it must keep at least one character of the word.
// Of words equally near, the first wins. A word equal to s but for case is
// at distance 0: callers that accept any case find it before they ask.
func Nearest(s string, words []string) string {
	n := utf8.RuneCountInString(s)
	if n == 0 || n > maxSuggestLen {
		return ""
	}
	limit := max(n, 3) / 3
	var a, b [maxSuggestLen]rune
	sa := lowerRunes(a[:0], s)
	best, bestD := "", limit+1
	for _, w := range words {
		m := utf8.RuneCountInString(w)
		if m == 0 || m > maxSuggestLen || abs(m-n) >= bestD {
			continue // the lengths alone are too far apart
		}
		d := distance(sa, lowerRunes(b[:0], w))
		if d < bestD && d < m {
			best, bestD = w, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func lowerRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, unicode.ToLower(r))
	}
	return dst
}

// distance is the optimal string alignment distance of a and b (at most
// maxSuggestLen runes each): Levenshtein's edits and the transposition of
// two adjacent characters.
func distance(a, b []rune) int {
	var rows [3][maxSuggestLen + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// UnknownWord is the detail of an error about an unknown enumeration word s:
// "unknown severity \"instituional\": did you mean \"institutional\"? one of
// absolute, institutional, trade_off, bottom_line". what names the
// enumeration; words are its valid words, in the order to list them. The
// suggestion (see [Nearest]) is there only when a word is near; the list
// shows up to [MaxListed] words and says how many more there are. s is
// quoted and cut to 48 bytes.
func UnknownWord(what, s string, words []string) string {
	return unknown(what, s, words, Nearest(s, words), true)
}

// UnknownName is the detail of an error about an unknown name s — a JSON
// field, a column, an attribute, a rule ID — where names are the known
// ones: "unknown field \"sevrity\": did you mean \"severity\"?" when a name
// is near (see [Nearest]), and otherwise the list of names (up to
// [MaxListed]), "unknown field \"colour\": one of id, kind, severity".
func UnknownName(what, s string, names []string) string {
	near := Nearest(s, names)
	return unknown(what, s, names, near, near == "")
}

// Suggest is ": did you mean \"w\"?" for the word w of words nearest to s
// (see [Nearest]), or "" when none is near: the suggestion for a detail
// that says the rest in its own words.
func Suggest(s string, words []string) string {
	if w := Nearest(s, words); w != "" {
		return ": did you mean " + strconv.Quote(w) + "?"
	}
	return ""
}

// maxUnknownShown is how many bytes of an unknown word a detail quotes.
const maxUnknownShown = 48

func unknown(what, s string, words []string, near string, list bool) string {
	var b strings.Builder
	b.WriteString("unknown ")
	if what != "" {
		b.WriteString(what)
		b.WriteByte(' ')
	}
	b.WriteString(Quote(s, maxUnknownShown))
	if near != "" {
		b.WriteString(": did you mean ")
		b.WriteString(strconv.Quote(near))
		b.WriteByte('?')
	}
	if list && len(words) > 0 {
		if near == "" {
			b.WriteByte(':')
		}
		b.WriteString(" one of ")
		b.WriteString(List(words))
	}
	return b.String()
}

// List lists words for a message, separated by commas: all of them when
// there are up to [MaxListed], else the first MaxListed and how many more
// ("a, b, …, j and 3 more").
func List(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i == MaxListed {
			b.WriteString(" and ")
			b.WriteString(strconv.Itoa(len(words) - MaxListed))
			b.WriteString(" more")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(w)
	}
	return b.String()
}
