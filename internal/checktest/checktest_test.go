package checktest_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestFieldErrors(t *testing.T) {
	a := &check.FieldError{Pkg: "actor", Path: "name", Reason: check.Required}
	b := &check.FieldError{Pkg: "actor", Path: "kind", Reason: check.Unknown}
	for _, tt := range []struct {
		name  string
		err   error
		want  []*check.FieldError
		fails int
	}{
		{"nil", nil, nil, 0},
		{"one", a, []*check.FieldError{a}, 0},
		{"joined and wrapped", errors.Join(a, fmt.Errorf("decoding: %w", b)), []*check.FieldError{a, b}, 0},
		{"a foreign error", errors.Join(a, errors.New("boom")), nil, 1},
		{"another package", &check.FieldError{Pkg: "redline", Reason: check.Invalid}, nil, 1},
		{"no reason", &check.FieldError{Pkg: "actor"}, nil, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			got := checktest.FieldErrors(r, "actor", tt.err)
			assert.Len(t, r.errs, tt.fails, "%q", r.errs)
			if tt.fails == 0 {
				assert.Equal(t, tt.want, got)
			}
		})
	}
}
