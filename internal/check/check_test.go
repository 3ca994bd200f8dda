package check_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

func TestReasonString(t *testing.T) {
	tests := map[check.Reason]string{
		check.Required:   "required",
		check.Invalid:    "invalid",
		check.Unknown:    "unknown",
		check.OutOfRange: "out_of_range",
		check.Duplicate:  "duplicate",
		check.Reference:  "reference",
		check.Cycle:      "cycle",
		check.Conflict:   "conflict",
		check.TooLarge:   "too_large",
		check.Syntax:     "syntax",
		check.Type:       "type",
		0:                "Reason(0)",
		12:               "Reason(12)",
		255:              "Reason(255)",
	}
	for r, want := range tests {
		assert.Equal(t, want, r.String())
	}
	// The named reasons are 1..11, in order.
	assert.Equal(t, check.Reason(1), check.Required)
	assert.Equal(t, check.Reason(11), check.Type)
}

func TestFieldErrorError(t *testing.T) {
	tests := []struct {
		name string
		e    check.FieldError
		want string
	}{
		{"everything", check.FieldError{Pkg: "actor", Line: 12, Path: "factions[2].id", Reason: check.Required, Detail: "a faction needs an ID"},
			"actor: line 12: factions[2].id: a faction needs an ID"},
		{"no line", check.FieldError{Pkg: "actor", Path: "name", Reason: check.Required, Detail: "must not be blank"},
			"actor: name: must not be blank"},
		{"no path", check.FieldError{Pkg: "actor", Line: 3, Reason: check.Syntax, Detail: "bare quote"},
			"actor: line 3: bare quote"},
		{"no package", check.FieldError{Path: "kind", Reason: check.Unknown, Detail: `unknown kind "x"`},
			`kind: unknown kind "x"`},
		{"no detail: the reason", check.FieldError{Pkg: "p", Path: "a.b", Reason: check.Cycle},
			"p: a.b: cycle"},
		{"only a reason", check.FieldError{Reason: check.TooLarge}, "too_large"},
		{"line and column", check.FieldError{Pkg: "redline", Line: 5, Column: 19, Path: "rules[0].severity", Reason: check.Unknown, Detail: `unknown severity "x"`},
			`redline: line 5, column 19: rules[0].severity: unknown severity "x"`},
		{"a column without a line is left out", check.FieldError{Pkg: "p", Column: 4, Reason: check.Invalid, Detail: "d"}, "p: d"},
		{"input", check.FieldError{Pkg: "redline", Input: "layers[1]", Path: "rules[0].kind", Reason: check.Unknown, Detail: "d"},
			"redline: layers[1]: rules[0].kind: d"},
		{"input and line", check.FieldError{Input: "layers[0]", Line: 2, Column: 1, Reason: check.Syntax, Detail: "d"},
			"layers[0]: line 2, column 1: d"},
		{"negative line is left out", check.FieldError{Pkg: "p", Line: -1, Reason: check.Invalid, Detail: "d"}, "p: d"},
		{"zero value", check.FieldError{}, "Reason(0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.e
			assert.Equal(t, tt.want, e.Error())
		})
	}
}

func TestFieldErrorIs(t *testing.T) {
	e := &check.FieldError{Pkg: "actor", Line: 7, Path: "name", Reason: check.Required, Detail: "d"}
	tests := []struct {
		name   string
		target error
		want   bool
	}{
		{"reason only", &check.FieldError{Reason: check.Required}, true},
		{"reason and path", &check.FieldError{Reason: check.Required, Path: "name"}, true},
		{"reason, path and line", &check.FieldError{Reason: check.Required, Path: "name", Line: 7}, true},
		{"reason and line", &check.FieldError{Reason: check.Required, Line: 7}, true},
		{"package and detail are ignored", &check.FieldError{Pkg: "other", Reason: check.Required, Detail: "other"}, true},
		{"other reason", &check.FieldError{Reason: check.Invalid}, false},
		{"other reason, same path", &check.FieldError{Reason: check.Invalid, Path: "name"}, false},
		{"other path", &check.FieldError{Reason: check.Required, Path: "kind"}, false},
		{"path prefix is not a match", &check.FieldError{Reason: check.Required, Path: "nam"}, false},
		{"other line", &check.FieldError{Reason: check.Required, Line: 8}, false},
		{"zero reason matches nothing", &check.FieldError{Path: "name"}, false},
		{"not a FieldError", errors.New("name: required"), false},
		{"a column the error has not", &check.FieldError{Reason: check.Required, Column: 3}, false},
		{"an input the error has not", &check.FieldError{Reason: check.Required, Input: "layers[0]"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, e.Is(tt.target))
			assert.Equal(t, tt.want, errors.Is(e, tt.target))
			// Through a join and a wrap too.
			joined := errors.Join(errors.New("other"), fmt.Errorf("ctx: %w", e))
			assert.Equal(t, tt.want, errors.Is(joined, tt.target))
		})
	}
}

func TestFieldErrorIsInputAndColumn(t *testing.T) {
	e := &check.FieldError{Pkg: "redline", Input: "layers[1]", Line: 4, Column: 9, Path: "rules[0].kind", Reason: check.Unknown}
	tests := []struct {
		name   string
		target *check.FieldError
		want   bool
	}{
		{"path alone", &check.FieldError{Reason: check.Unknown, Path: "rules[0].kind"}, true},
		{"input and path", &check.FieldError{Reason: check.Unknown, Input: "layers[1]", Path: "rules[0].kind"}, true},
		{"input alone", &check.FieldError{Reason: check.Unknown, Input: "layers[1]"}, true},
		{"other input", &check.FieldError{Reason: check.Unknown, Input: "layers[0]", Path: "rules[0].kind"}, false},
		{"input and path joined", &check.FieldError{Reason: check.Unknown, Path: "layers[1].rules[0].kind"}, true},
		{"joined, other input", &check.FieldError{Reason: check.Unknown, Path: "layers[0].rules[0].kind"}, false},
		{"joined and the input again", &check.FieldError{Reason: check.Unknown, Input: "layers[1]", Path: "layers[1].rules[0].kind"}, false},
		{"line and column", &check.FieldError{Reason: check.Unknown, Line: 4, Column: 9}, true},
		{"other column", &check.FieldError{Reason: check.Unknown, Line: 4, Column: 8}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, errors.Is(e, tt.target), tt.name)
	}
}

func TestErrorsCollector(t *testing.T) {
	t.Run("nothing recorded", func(t *testing.T) {
		var c check.Errors
		assert.NoError(t, c.Err())
		assert.Zero(t, c.Len())
		c.AddErr("x", nil)
		assert.NoError(t, c.Err(), "AddErr(nil) records nothing")
	})

	t.Run("one", func(t *testing.T) {
		c := check.Errors{Pkg: "actor"}
		c.Add("name", check.Required, "must not be blank")
		err := c.Err()
		require.Error(t, err)
		fe, ok := err.(*check.FieldError)
		require.True(t, ok, "a single problem is the *FieldError itself, not a join: %T", err)
		assert.Equal(t, check.FieldError{Pkg: "actor", Path: "name", Reason: check.Required, Detail: "must not be blank"}, *fe)
		assert.Equal(t, 1, c.Len())
	})

	t.Run("several are joined in order", func(t *testing.T) {
		c := check.Errors{Pkg: "actor"}
		c.Add("id", check.Required, "a")
		c.Add("kind", check.Unknown, "b")
		c.Add("norms[1]", check.Duplicate, "c")
		err := c.Err()
		j, ok := err.(interface{ Unwrap() []error })
		require.True(t, ok, "%T", err)
		list := j.Unwrap()
		require.Len(t, list, 3)
		assert.Equal(t, 3, c.Len())
		var paths []string
		for _, e := range list {
			var fe *check.FieldError
			require.ErrorAs(t, e, &fe)
			assert.Equal(t, "actor", fe.Pkg)
			paths = append(paths, fe.Path)
		}
		assert.Equal(t, []string{"id", "kind", "norms[1]"}, paths)
		assert.ErrorIs(t, err, &check.FieldError{Reason: check.Unknown, Path: "kind"})
		assert.Equal(t, "actor: id: a\nactor: kind: b\nactor: norms[1]: c", err.Error())
	})

	t.Run("AddErr re-roots field errors", func(t *testing.T) {
		c := check.Errors{Pkg: "outer"}
		inner := errors.Join(
			&check.FieldError{Pkg: "inner", Path: "id", Reason: check.Required},
			&check.FieldError{Path: "[2]", Reason: check.Duplicate, Line: 4},
			&check.FieldError{Reason: check.Syntax},
		)
		c.AddErr("rules[3]", inner)
		c.AddErr("", &check.FieldError{Path: "top", Reason: check.Conflict})
		fes := check.Flatten(c.Err())
		require.Len(t, fes, 4)
		assert.Equal(t, check.FieldError{Pkg: "outer", Path: "rules[3].id", Reason: check.Required}, *fes[0], "the collector's package is reported: the one the caller called")
		assert.Equal(t, check.FieldError{Pkg: "outer", Path: "rules[3][2]", Reason: check.Duplicate, Line: 4}, *fes[1], "an empty package is filled, the line kept")
		assert.Equal(t, check.FieldError{Pkg: "outer", Path: "rules[3]", Reason: check.Syntax}, *fes[2])
		assert.Equal(t, check.FieldError{Pkg: "outer", Path: "top", Reason: check.Conflict}, *fes[3])
	})

	t.Run("the collector's input", func(t *testing.T) {
		c := check.Errors{Pkg: "redline", Input: "layers[2]"}
		c.Add("rules[0].kind", check.Unknown, "d")
		c.AddErr("rules[1]", &check.FieldError{Path: "kind", Reason: check.Unknown})
		c.AddErr("", &check.FieldError{Input: "layers[0]", Path: "name", Reason: check.Required})
		fes := check.Flatten(c.Err())
		require.Len(t, fes, 3)
		assert.Equal(t, check.FieldError{Pkg: "redline", Input: "layers[2]", Path: "rules[0].kind", Reason: check.Unknown, Detail: "d"}, *fes[0])
		assert.Equal(t, check.FieldError{Pkg: "redline", Input: "layers[2]", Path: "rules[1].kind", Reason: check.Unknown}, *fes[1])
		assert.Equal(t, check.FieldError{Pkg: "redline", Input: "layers[0]", Path: "name", Reason: check.Required}, *fes[2], "an input named already is kept")
	})

	t.Run("AddErr copies, never aliases", func(t *testing.T) {
		orig := &check.FieldError{Path: "id", Reason: check.Required}
		var c check.Errors
		c.AddErr("a", orig)
		assert.Equal(t, "id", orig.Path, "the original is unchanged")
		assert.Empty(t, orig.Pkg)
	})

	t.Run("AddErr of a plain error", func(t *testing.T) {
		c := check.Errors{Pkg: "p"}
		c.AddErr("field", errors.New("boom"))
		fes := check.Flatten(c.Err())
		require.Len(t, fes, 1)
		assert.Equal(t, check.FieldError{Pkg: "p", Path: "field", Reason: check.Invalid, Detail: "boom"}, *fes[0])
	})
}

type nilWrapper struct{}

func (nilWrapper) Error() string { return "wraps nothing" }
func (nilWrapper) Unwrap() error { return nil }

func TestFlatten(t *testing.T) {
	a := &check.FieldError{Path: "a", Reason: check.Required}
	b := &check.FieldError{Path: "b", Reason: check.Invalid}
	c := &check.FieldError{Path: "c", Reason: check.Cycle}

	assert.Nil(t, check.Flatten(nil))
	assert.Equal(t, []*check.FieldError{a}, check.Flatten(a))
	assert.Equal(t, []*check.FieldError{a, b, c}, check.Flatten(errors.Join(a, errors.Join(b, c))), "nested joins, in order")
	assert.Equal(t, []*check.FieldError{a, b}, check.Flatten(fmt.Errorf("ctx: %w", errors.Join(a, fmt.Errorf("more: %w", b)))), "through wrapping")
	assert.Equal(t, []*check.FieldError{a, c}, check.Flatten(fmt.Errorf("%w and %w", a, c)), "fmt's multi-%w")

	got := check.Flatten(errors.New("plain"))
	require.Len(t, got, 1)
	assert.Equal(t, check.FieldError{Reason: check.Invalid, Detail: "plain"}, *got[0])

	got = check.Flatten(nilWrapper{})
	require.Len(t, got, 1)
	assert.Equal(t, check.FieldError{Reason: check.Invalid, Detail: "wraps nothing"}, *got[0])

	got = check.Flatten(errors.Join(a, errors.New("plain")))
	require.Len(t, got, 2)
	assert.Same(t, a, got[0])
	assert.Equal(t, check.Invalid, got[1].Reason)
}

func TestJoinIndex(t *testing.T) {
	tests := []struct{ prefix, name, want string }{
		{"", "", ""},
		{"", "id", "id"},
		{"rules[2]", "id", "rules[2].id"},
		{"rules", "[3]", "rules[3]"},
		{"a.b", "c.d", "a.b.c.d"},
		{"a", "", "a"},
		{"", "[0]", "[0]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, check.Join(tt.prefix, tt.name), "Join(%q, %q)", tt.prefix, tt.name)
	}
	assert.Equal(t, "factions[0]", check.Index("factions", 0))
	assert.Equal(t, "a.b[12]", check.Index("a.b", 12))
	assert.Equal(t, "[3]", check.Index("", 3))
	assert.Equal(t, "x[1][2]", check.Index(check.Index("x", 1), 2))
	assert.Equal(t, "x[1].y", check.Join(check.Index("x", 1), "y"))
}
