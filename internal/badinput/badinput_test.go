package badinput

import (
	"bytes"
	"errors"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
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

type doc struct {
	A int `json:"a"`
}

func TestRun(t *testing.T) {
	Run(t, "testdata/mini", 3, func(b []byte, lim jsonio.Limits) error {
		var d doc
		return jsonio.Unmarshal(b, &d, lim, "test")
	})
}

func TestCheckReportsProblems(t *testing.T) {
	decode := func(b []byte, lim jsonio.Limits) error {
		var d doc
		return jsonio.Unmarshal(b, &d, lim, "test")
	}
	ok := Case{File: "01-trailing.json", Reason: "syntax", Path: ""}
	if p := Check("testdata/mini", ok, decode); len(p) != 0 {
		t.Errorf("a passing case: %v", p)
	}
	if p := Check("testdata/mini", Case{File: "02-ok.json", Reason: "type", Path: "a"}, decode); len(p) != 0 {
		t.Errorf("text for an int is a type error at a: %v", p)
	}
	for _, c := range []Case{
		{File: "01-trailing.json", Reason: "unknown", Path: ""},
		{File: "missing.json", Reason: "syntax"},
		{Gen: "nonsense:1", Reason: "syntax"},
	} {
		if p := Check("testdata/mini", c, decode); len(p) == 0 {
			t.Errorf("%+v: no problem reported", c)
		}
	}
	if _, err := Load("testdata/nowhere"); err == nil {
		t.Error("Load of a missing directory: no error")
	}
	if _, err := Load("testdata/broken"); err == nil {
		t.Error("Load of a malformed cases.json: no error")
	}
	joined := func([]byte, jsonio.Limits) error {
		return errors.Join(&check.FieldError{Reason: check.Unknown, Path: "x"}, errors.Join(&check.FieldError{Reason: check.Syntax}))
	}
	if p := Check("testdata/mini", ok, joined); len(p) != 0 {
		t.Errorf("nested joins are looked through: %v", p)
	}
	none := func([]byte, jsonio.Limits) error { return nil }
	if p := Check("testdata/mini", ok, none); len(p) != 1 {
		t.Errorf("a decoder that accepts everything: %v", p)
	}
	untyped := func([]byte, jsonio.Limits) error { return errors.New("plain") }
	if p := Check("testdata/mini", ok, untyped); len(p) != 2 {
		t.Errorf("an untyped error: %v", p)
	}
}

func TestCaseName(t *testing.T) {
	if got := (Case{File: "01.json", Gen: "string:1"}).Name(); got != "01.json" {
		t.Errorf("a file case is named %q", got)
	}
	if got := (Case{Gen: "string:1"}).Name(); got != "string:1" {
		t.Errorf("a recipe case is named %q", got)
	}
}

func TestCheckMatchesLineAndPath(t *testing.T) {
	at := func([]byte, jsonio.Limits) error {
		return &check.FieldError{Reason: check.Syntax, Path: "a", Line: 3}
	}
	for _, tt := range []struct {
		c    Case
		pass bool
	}{
		{Case{Gen: "string:0", Reason: "syntax", Path: "a"}, true}, // any line
		{Case{Gen: "string:0", Reason: "syntax", Path: "a", Line: 3}, true},
		{Case{Gen: "string:0", Reason: "syntax", Path: "a", Line: 2}, false},
		{Case{Gen: "string:0", Reason: "syntax", Path: "b"}, false},
		{Case{Gen: "string:0", Reason: "syntax", Path: ""}, false},
		{Case{Gen: "string:0", Reason: "type", Path: "a"}, false},
	} {
		if p := Check("", tt.c, at); (len(p) == 0) != tt.pass {
			t.Errorf("%+v: problems %v, want pass %v", tt.c, p, tt.pass)
		}
	}
}
