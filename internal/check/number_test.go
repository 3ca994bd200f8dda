package check_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

func TestSmallInt(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"7", 7, true},
		{"-7", -7, true},
		{"-0", 0, true},
		{"1945", 1945, true},
		{"007", 7, true},
		{"999999999999999999", 999_999_999_999_999_999, true},   // 18 digits
		{"-999999999999999999", -999_999_999_999_999_999, true}, // 18 digits and a minus
		{"1000000000000000000", 0, false},                       // 19 digits: strconv's
		{"", 0, false},
		{"-", 0, false},
		{"+7", 0, false},
		{"1.5", 0, false},
		{"1e3", 0, false},
		{" 7", 0, false},
		{"7 ", 0, false},
		{"--7", 0, false},
		{"٣", 0, false}, // an Arabic-Indic digit is not a decimal digit here
	}
	for _, tt := range tests {
		n, ok := check.SmallInt(tt.in)
		assert.Equal(t, tt.ok, ok, "SmallInt(%q)", tt.in)
		assert.Equal(t, tt.want, n, "SmallInt(%q)", tt.in)
		nb, okb := check.SmallInt([]byte(tt.in))
		assert.Equal(t, ok, okb, "SmallInt([]byte(%q))", tt.in)
		assert.Equal(t, n, nb, "SmallInt([]byte(%q))", tt.in)
	}
}

// FuzzSmallInt: whatever SmallInt accepts, strconv reads as the same number.
func FuzzSmallInt(f *testing.F) {
	for _, s := range []string{"0", "-12", "999999999999999999", "1e3", "", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := check.SmallInt(s)
		if !ok {
			return
		}
		want, err := strconv.ParseInt(s, 10, 64)
		if err != nil || want != n {
			t.Fatalf("SmallInt(%q) = %d; strconv: %d, %v", s, n, want, err)
		}
	})
}
