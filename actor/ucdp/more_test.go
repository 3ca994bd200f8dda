package ucdp_test

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBadInput runs the corpora of malformed rows in testdata/bad: each must
// give the typed error, at the line and column, that its cases.json names.
func TestBadInput(t *testing.T) {
	t.Run("ReadActors", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/actors", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := ucdp.ReadActors(bytes.NewReader(b), ucdp.ActorOptions{MaxRecordBytes: int(lim.MaxBytes)})
			return err
		})
	})
	t.Run("ReadConflicts", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/conflicts", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := ucdp.ReadConflicts(bytes.NewReader(b), ucdp.ConflictOptions{MaxRecordBytes: int(lim.MaxBytes)})
			return err
		})
	})
}

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*ucdp.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "ucdp", err)
}

// checkFieldErrors returns the field errors in err and fails t unless there
// is at least one and each names its reason and this package.
func checkFieldErrors(t *testing.T, err error) []*ucdp.FieldError {
	t.Helper()
	fes := fieldErrors(t, err)
	require.NotEmpty(t, fes)
	for _, fe := range fes {
		assert.NotZero(t, fe.Reason, "%v", fe)
		assert.Equal(t, "ucdp", fe.Pkg, "%v", fe)
	}
	return fes
}

var snakeWord = regexp.MustCompile(`[a-z]+_[a-z_]+`)

// Every record of the shipped UCDP subset names itself in words.
func TestActorString(t *testing.T) {
	recs := readSubset(t)
	for _, r := range recs {
		assert.False(t, snakeWord.MatchString(r.String()), r.String())
		if r.ActorID == 276 {
			assert.Equal(t, "MILF (armed opposition group, UCDP actor 276)", r.String())
		}
	}
}
