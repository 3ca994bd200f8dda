package iso3166

// Valid reports whether code is an assigned ISO 3166-1 alpha-3 code.
func Valid(code string) bool {
	i, ok := index(code)
	return ok && assigned[i/8]&(1<<(i%8)) != 0
}

// index returns the place of a code of three upper-case letters among all
// 26×26×26 such codes.
func index(code string) (int, bool) {
	if len(code) != 3 {
		return 0, false
	}
	i := 0
	for j := range 3 {
		c := code[j]
		if c < 'A' || c > 'Z' {
			return 0, false
		}
		i = i*26 + int(c-'A')
	}
	return i, true
}

// assigned holds a bit per code of three upper-case letters: set when the
// code is assigned. It is worked out once from the table and never changed.
var assigned = func() (set [26 * 26 * 26 / 8]byte) {
	for _, c := range codes {
		i, _ := index(c)
		set[i/8] |= 1 << (i % 8)
	}
	return set
}()
