package research_test

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*research.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "research", err)
}

// problem is the path and reason of one expected FieldError.
type problem struct {
	Path   string
	Reason research.Reason
}

// problems lists the path and reason of every field error in err, in order.
func problems(t testing.TB, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, problem{fe.Path, fe.Reason})
	}
	return out
}

// lined is a FieldError's line, path and reason, for the readers.
type lined struct {
	Line   int
	Path   string
	Reason research.Reason
}

func linedProblems(t testing.TB, err error) []lined {
	t.Helper()
	var out []lined
	for _, fe := range fieldErrors(t, err) {
		require.Equal(t, "research", fe.Pkg, "%v", fe)
		out = append(out, lined{fe.Line, fe.Path, fe.Reason})
	}
	return out
}

// id is a readable ID: n in decimal digits at both ends, so that the first
// eight characters a text shows tell IDs apart ("00000101-…").
func id(n int) uuid.UUID { return uuid.MustParse(fmt.Sprintf("%08d-0000-4000-8000-%012d", n, n)) }

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Parties, phases and commitments of base().
var pArmed = id(1) // the armed actor of the agreements the tests build

// withEvents returns a with the events appended one by one, failing t on
// any error.
func withEvents(t testing.TB, a agreement.Agreement, events ...agreement.Event) agreement.Agreement {
	t.Helper()
	for _, e := range events {
		var err error
		a, err = agreement.Append(a, e)
		require.NoError(t, err, "%v", e)
	}
	return a
}

// ev is an event of kind k on commitment c at date d.
func ev(c uuid.UUID, d string, k agreement.EventKind) agreement.Event {
	return agreement.Event{Commitment: c, At: day(d), Kind: k}
}

// onlyFieldErrors fails t unless err holds field errors of this package,
// each with a reason and a line that is not negative, and nothing else.
func onlyFieldErrors(t *testing.T, err error) []*research.FieldError {
	t.Helper()
	fes := fieldErrors(t, err)
	require.NotEmpty(t, fes, "%v", err)
	for _, fe := range fes {
		assert.GreaterOrEqual(t, fe.Line, 0, "%v", fe)
	}
	return fes
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }

// lineReader is research.NewCaseLineReader for options known to be valid.
func lineReader(t testing.TB, r io.Reader, opts research.CaseOptions) *research.CaseReader {
	t.Helper()
	cr, err := research.NewCaseLineReader(r, opts)
	require.NoError(t, err)
	return cr
}
