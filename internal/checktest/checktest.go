// Package checktest holds the test helper every package uses to read the
// validation errors it returns.
package checktest

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// FieldErrors returns the field errors inside err, in order, looking through
// errors.Join and wrapping (check.Flatten). It fails t for anything else
// inside err, and for a field error that does not name package pkg or has
// no reason: a package's errors are its own *FieldErrors, all of them.
func FieldErrors(t testing.TB, pkg string, err error) []*check.FieldError {
	t.Helper()
	fes := check.Flatten(err)
	for _, fe := range fes {
		switch {
		case fe.Pkg == "":
			t.Errorf("not a *FieldError: %v", fe.Detail)
		case fe.Pkg != pkg:
			t.Errorf("a *FieldError of package %q, not %q: %v", fe.Pkg, pkg, fe)
		case fe.Reason == 0:
			t.Errorf("a *FieldError without a reason: %v", fe)
		}
	}
	return fes
}
