package enum

import "math/bits"

// Index finds the value of a word written exactly as it was given — no
// change of case, no space around it — in a string or in bytes, without
// allocating. It is the fast path of [Codec.Parse] and [Codec.ParseBytes],
// and serves a reader that meets the words of an enumeration of another
// package, whose codec it cannot reach, millions of times.
//
// It is a perfect hash: the length of the word and its first and last four
// bytes pick one slot of a small table, and one comparison says whether the
// word is there. In the unlikely case that no seed separates the words, it
// falls back to a map. It is built once and never changed afterwards, so it
// is safe for concurrent use.
type Index[T ~uint8] struct {
	seed  uint32
	shift uint8 // 32 less the bits of a slot number
	slots []slot[T]
	m     map[string]T // the fallback, when no seed separates the words
}

type slot[T ~uint8] struct {
	word string
	v    T
}

// NewIndex returns the index of an enumeration whose value i (from 1) has
// the word words[i-1], as [New] numbers them. A word that appears twice
// keeps its first value.
func NewIndex[T ~uint8](words ...string) *Index[T] {
	vals := make([]T, len(words))
	for i := range words {
		vals[i] = T(i + 1)
	}
	return newIndex(words, vals)
}

// newIndex returns the index of words[i] as vals[i]; a word that appears
// twice keeps its first value. Values are never 0.
func newIndex[T ~uint8](words []string, vals []T) *Index[T] {
	size := 1 << bits.Len(uint(2*len(words)))
	for ; size <= 64*len(words)+64; size *= 2 {
		shift := uint8(32 - bits.TrailingZeros(uint(size)))
	seeds:
		for seed := uint32(1); seed <= 64; seed++ {
			x := &Index[T]{seed: seed * 0x9E3779B9, shift: shift, slots: make([]slot[T], size)}
			for i, w := range words {
				s := &x.slots[hash(w, x.seed, shift)]
				switch {
				case s.v == 0:
					*s = slot[T]{word: w, v: vals[i]}
				case s.word != w:
					continue seeds // a collision: try another seed
				}
			}
			return x
		}
	}
	x := &Index[T]{m: make(map[string]T, len(words))}
	for i, w := range words {
		if _, taken := x.m[w]; !taken {
			x.m[w] = vals[i]
		}
	}
	return x
}

// hash picks the slot of word s: its length and its first and last four
// bytes (fewer in a shorter word), mixed by the seed.
func hash[S ~string | ~[]byte](s S, seed uint32, shift uint8) uint32 {
	n := len(s)
	var head, tail uint32
	if n >= 4 {
		head = uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
		tail = uint32(s[n-4]) | uint32(s[n-3])<<8 | uint32(s[n-2])<<16 | uint32(s[n-1])<<24
	} else {
		for i := 0; i < n; i++ {
			head = head<<8 | uint32(s[i])
		}
	}
	h := (head ^ seed) * 0x85EBCA6B
	h ^= (tail + uint32(n)) * 0xC2B2AE35
	h ^= h >> 15
	h *= 0x27D4EB2F
	return h >> shift
}

// Lookup returns the value of word b, and false when b is not one of the
// words as given.
func (x *Index[T]) Lookup(b []byte) (T, bool) {
	if x.m != nil {
		v, ok := x.m[string(b)]
		return v, ok
	}
	s := &x.slots[hash(b, x.seed, x.shift)]
	if s.v != 0 && s.word == string(b) {
		return s.v, true
	}
	return 0, false
}

// LookupString is Lookup for a string.
func (x *Index[T]) LookupString(str string) (T, bool) {
	if x.m != nil {
		v, ok := x.m[str]
		return v, ok
	}
	s := &x.slots[hash(str, x.seed, x.shift)]
	if s.v != 0 && s.word == str {
		return s.v, true
	}
	return 0, false
}
