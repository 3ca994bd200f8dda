package assessment_test

import (
	"errors"
	"os"
	"testing"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/stretchr/testify/require"
)

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*assessment.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "assessment", err)
}

// problem is the path and reason of one field error.
type problem struct {
	Path   string
	Reason actor.Reason
}

// problems returns the path and reason of every field error in err, in order.
func problems(t testing.TB, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, problem{fe.Path, fe.Reason})
	}
	return out
}

// checkEnum checks the codec of an enumeration whose values run from 1 to
// len(words) against the contract every package keeps (enumtest.Check).
func checkEnum[T enumtest.Value, P enumtest.Pointer[T]](t *testing.T, typ string, parse func(string) (T, error), words ...string) {
	t.Helper()
	enumtest.Check[T, P](t, enumtest.Spec[T]{Type: typ, Pkg: "assessment", Parse: parse, Words: enumtest.Words[T](words...)})
}

// errorsAsField is a shorthand for the one *FieldError an error must be.
func errorsAsField(t *testing.T, err error) *assessment.FieldError {
	t.Helper()
	var fe *assessment.FieldError
	require.True(t, errors.As(err, &fe), "%v is not a *FieldError", err)
	return fe
}

const (
	kikaSubset = "incident/testdata/aid-worker-kika-subset.csv"
	kikaFull   = "../../shared/data/insecurity-insight/aid-worker-kika-2020-2023-excerpt.csv" // outside the module
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func readKIKA(t testing.TB, path string) []incident.Incident {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	in, err := incident.ReadAll(f, incident.Options{})
	require.NoError(t, err)
	return in
}
