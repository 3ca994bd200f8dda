package ucdp_test

import (
	"bytes"
	"io"
	"os"
	"regexp"
	"strings"
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

// Options out of range are refused before anything is read, naming the
// option; zero means the default.
func TestOptionsValidate(t *testing.T) {
	_, err := ucdp.NewActorReader(strings.NewReader(""), ucdp.ActorOptions{MaxRecordBytes: -1})
	assert.ErrorIs(t, err, &ucdp.FieldError{Reason: ucdp.ReasonOutOfRange, Path: "MaxRecordBytes"})
	_, err = ucdp.ReadConflicts(strings.NewReader(""), ucdp.ConflictOptions{MaxRecords: -1})
	assert.ErrorIs(t, err, &ucdp.FieldError{Reason: ucdp.ReasonOutOfRange, Path: "MaxRecords"})
	assert.NoError(t, ucdp.ActorOptions{}.Validate())
	assert.NoError(t, ucdp.ConflictOptions{MaxRecordBytes: 10, MaxRecords: 1}.Validate())
}

// ConflictReader streams the subset row by row, to the rows ReadConflicts
// returns.
func TestConflictReader(t *testing.T) {
	all := readConflictSubset(t)
	f, err := os.Open("testdata/ucdp-prio-acd-subset.csv")
	require.NoError(t, err)
	defer f.Close()
	r, err := ucdp.NewConflictReader(f, ucdp.ConflictOptions{})
	require.NoError(t, err)
	var got []ucdp.Conflict
	for {
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		got = append(got, c)
	}
	assert.Equal(t, all, got)
	assert.Len(t, got, 19)
}
