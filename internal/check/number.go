package check

// SmallInt parses a decimal whole number of at most 18 digits, with an
// optional leading minus: the fast path by which the readers parse the
// numbers they meet most, without strconv's allocation of a string. ok is
// false for anything else — empty, a lone minus, a plus sign, a fraction,
// an exponent, more digits — which the caller leaves to strconv, so that it
// reports the problem.
func SmallInt[T ~string | ~[]byte](b T) (n int64, ok bool) {
	i := 0
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		i = 1
	}
	if len(b) == i || len(b)-i > 18 {
		return 0, false
	}
	for ; i < len(b); i++ {
		c := b[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}
