package jsonio

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

func TestParent(t *testing.T) {
	tests := map[string]string{
		"":                        "",
		"rules":                   "",
		"rules[0]":                "rules",
		"rules[0].when[1].value":  "rules[0].when[1]",
		"rules[0].when[1]":        "rules[0].when",
		"[3].min_age":             "[3]",
		"[3]":                     "",
		`extra["a.b"]`:            "extra",
		`extra["a]b"]`:            "extra",
		`extra["x[\"y"]`:          "extra",
		`[0].extra["a b"].deeper`: `[0].extra["a b"]`,
		"odd]":                    "",
	}
	for in, want := range tests {
		assert.Equal(t, want, parent(in), "parent(%q)", in)
	}
}

func TestLocate(t *testing.T) {
	data := []byte("{\"a\": {\"b\": [1,\n  {\"c\": \"é\", \"d e\": 2}]},\n \"f\": null}")
	fes := []*check.FieldError{
		{Path: "a.b[1].c"},
		{Path: `a.b[1]["d e"]`},
		{Path: "a.b[1].missing"}, // the value that holds it
		{Path: "f"},
		{Path: "nowhere.at.all"}, // the whole input
		{Path: "a", Line: 9, Column: 9},
	}
	locate(data, fes)
	got := make([][2]int, len(fes))
	for i, fe := range fes {
		got[i] = [2]int{fe.Line, fe.Column}
	}
	assert.Equal(t, [][2]int{{2, 9}, {2, 21}, {2, 3}, {3, 7}, {1, 1}, {9, 9}}, got)

	// Malformed input ends the walk without a panic; what was found stays.
	fes = []*check.FieldError{{Path: "a"}, {Path: "b"}}
	locate([]byte(`{"a": 1, "b" 2}`), fes)
	assert.Equal(t, 1, fes[0].Line)
	assert.Equal(t, 7, fes[0].Column)
	assert.Equal(t, 1, fes[1].Column, "not found: the start")
}
