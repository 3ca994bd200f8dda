package badinput

import (
	"bytes"
	"testing"
)

func TestLoadRecipes(t *testing.T) {
	for _, tt := range []struct {
		gen, prefix, suffix, want string
	}{
		{"string:3", `{"a":`, `}`, `{"a":"xxx"}`},
		{"array-depth:2", "", "", "[[]]"},
		{"bytes:2", "", "", "  {}"},
		{"elements:3", "", "", "[{},{},{}]"},
	} {
		got, err := load("", Case{Gen: tt.gen, Prefix: tt.prefix, Suffix: tt.suffix})
		if err != nil || !bytes.Equal(got, []byte(tt.want)) {
			t.Errorf("%s: %q, %v; want %q", tt.gen, got, err, tt.want)
		}
	}
	for _, bad := range []string{"string", "string:x", "string:-1", "colour:3"} {
		if _, err := load("", Case{Gen: bad}); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
