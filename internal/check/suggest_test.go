package check_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

var severities = []string{"absolute", "institutional", "trade_off", "bottom_line"}

func TestNearest(t *testing.T) {
	tests := []struct {
		s     string
		words []string
		want  string
	}{
		{"sevrity", []string{"id", "kind", "severity", "approval"}, "severity"},
		{"instituional", severities, "institutional"},
		{"Absolut", severities, "absolute"},
		{"trade-off", severities, "trade_off"},
		{"tradeoff", severities, "trade_off"},
		{"bottomline", severities, "bottom_line"},
		{"ABSOLUTE", severities, "absolute"}, // the same word in another case: distance 0
		{"asbolute", severities, "absolute"}, // a transposition is one edit
		{"ni", []string{"in", "eq"}, "in"},
		{"le", []string{"lt", "le"}, "le"}, // the exact word before a near one
		{"lq", []string{"lt", "le"}, "lt"}, // equally near: the first
		// Far words get no suggestion.
		{"critical", severities, ""},
		{"x", []string{"y"}, ""},   // one edit, but nothing of the word is kept
		{"in", []string{"eq"}, ""}, // two edits in two characters
		{"", severities, ""},
		{"absolute", nil, ""},
		{strings.Repeat("a", 65), []string{strings.Repeat("a", 64)}, ""}, // too long to be a misspelling
		// Characters, not bytes.
		{"catégorie", []string{"categorie"}, "categorie"},
		{"ÉTAT", []string{"état"}, "état"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, check.Nearest(tt.s, tt.words), "Nearest(%q)", tt.s)
	}
}

func TestNearestIsBounded(t *testing.T) {
	// A long word against long words costs nothing: the lengths rule them
	// out before any distance is computed.
	long := strings.Repeat("é", 64<<10)
	assert.Equal(t, "", check.Nearest(long, []string{long[:64], "absolute"}))
	assert.NotPanics(t, func() { check.Nearest("\xff\xfe", []string{"\xff"}) })
}

func TestUnknownWord(t *testing.T) {
	tests := []struct {
		what, s string
		words   []string
		want    string
	}{
		{"severity", "instituional", severities,
			`unknown severity "instituional": did you mean "institutional"? one of absolute, institutional, trade_off, bottom_line`},
		{"severity", "critical", severities,
			`unknown severity "critical": one of absolute, institutional, trade_off, bottom_line`},
		{"severity", "x", nil, `unknown severity "x"`},
		{"", "x", []string{"a"}, `unknown "x": one of a`},
		{"kind", "k", []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k1", "l"},
			`unknown kind "k": did you mean "k1"? one of a, b, c, d, e, f, g, h, i, j and 2 more`},
		{"word", strings.Repeat("y", 60), []string{"a"},
			`unknown word "` + strings.Repeat("y", 48) + `…": one of a`},
		{"word", "a\xffb", []string{"a"}, "unknown word \"a\ufffdb\": one of a"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, check.UnknownWord(tt.what, tt.s, tt.words))
	}
}

func TestUnknownName(t *testing.T) {
	fields := []string{"id", "kind", "severity", "approval"}
	assert.Equal(t, `unknown field "sevrity": did you mean "severity"?`, check.UnknownName("field", "sevrity", fields))
	assert.Equal(t, `unknown field "colour": one of id, kind, severity, approval`, check.UnknownName("field", "colour", fields))
	assert.Equal(t, `unknown field "colour"`, check.UnknownName("field", "colour", nil))
}

func TestSuggestAndList(t *testing.T) {
	assert.Equal(t, `: did you mean "severity"?`, check.Suggest("sevrity", []string{"severity"}))
	assert.Equal(t, "", check.Suggest("colour", []string{"severity"}))
	assert.Equal(t, "", check.List(nil))
	assert.Equal(t, "a", check.List([]string{"a"}))
	assert.Equal(t, "a, b, c", check.List([]string{"a", "b", "c"}))
	ten := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}
	assert.Equal(t, "1, 2, 3, 4, 5, 6, 7, 8, 9, 10", check.List(ten))
	assert.Equal(t, "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 1 more", check.List(append(ten, "11")))
}

func TestKeyAndUnder(t *testing.T) {
	assert.Equal(t, "extra.my_attr", check.Key("extra", "my_attr"))
	assert.Equal(t, "my-attr", check.Key("", "my-attr"))
	assert.Equal(t, `extra["a.b"]`, check.Key("extra", "a.b"))
	assert.Equal(t, `extra[""]`, check.Key("extra", ""))
	assert.Equal(t, `[" x"]`, check.Key("", " x"))
	long := strings.Repeat("k", 49)
	assert.Equal(t, `extra["`+strings.Repeat("k", 48)+`…"]`, check.Key("extra", long))
	assert.Equal(t, `x["é"]`, check.Key("x", "é"), "ASCII words only are plain")

	tests := []struct {
		path, prefix string
		want         bool
	}{
		{"rules[0].when", "rules[0]", true},
		{"rules[0]", "rules[0]", true},
		{"rules[0]", "rules", true},
		{"rules[0].when", "", true},
		{"", "", true},
		{"rules[0].when", "rules[0].w", false},
		{"rules[0]", "rules[0].when", false},
		{"rules2", "rules", false},
		{"", "rules", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, check.Under(tt.path, tt.prefix), "Under(%q, %q)", tt.path, tt.prefix)
	}
}
