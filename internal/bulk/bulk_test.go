package bulk_test

import (
	"errors"
	"io"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/bulk"
	"github.com/humanitarian-negotiation/protection/internal/check"
)

// source plays a streaming reader over a CSV-like file: record i is on line
// i+2, after a header. A record is malformed where bad says so.
type source struct {
	n     int // records in the input
	bad   func(int) bool
	calls int // calls of next
	line  int // the line of the record last read
}

func (s *source) next() (int, error) {
	i := s.calls
	s.calls++
	if i >= s.n {
		return 0, io.EOF
	}
	s.line = i + 2
	if s.bad != nil && s.bad(i) {
		return 0, &check.FieldError{Pkg: "test", Line: s.line, Path: "n", Reason: check.Invalid, Detail: "record " + strconv.Itoa(i)}
	}
	return i * 10, nil
}

func (s *source) lineNo() int { return s.line }

var spec = bulk.Spec{Pkg: "test", What: "records", Hint: "raise Options.MaxRecords or stream with a Reader"}

func TestReadKeepsEveryRecordInOrder(t *testing.T) {
	for _, n := range []int{0, 1, 255, 256, 257, 1000, 10_000} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			src := &source{n: n}
			got, err := bulk.Read(src.next, src.lineNo, spec)
			require.NoError(t, err)
			if n == 0 {
				assert.Nil(t, got, "an empty input gives a nil slice")
				return
			}
			require.Len(t, got, n)
			assert.Equal(t, n, cap(got), "the slice has the exact length")
			for i, v := range got {
				if v != i*10 {
					t.Fatalf("record %d is %d, want %d", i, v, i*10)
				}
			}
			assert.Equal(t, n+1, src.calls, "reads until io.EOF, once")
		})
	}
}

func TestReadLimit(t *testing.T) {
	tests := []struct {
		name    string
		n, max  int
		line    bool
		wantErr bool
		wantAt  int // the line of the TooLarge error
	}{
		{"at the limit", 5, 5, true, false, 0},
		{"one beyond", 6, 5, true, true, 7},
		{"far beyond: stops at the first too many", 1000, 5, true, true, 7},
		{"no line func", 6, 5, false, true, 0},
		{"a limit of 1", 2, 1, true, true, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &source{n: tt.n}
			s := spec
			s.Max = tt.max
			line := src.lineNo
			if !tt.line {
				line = nil
			}
			got, err := bulk.Read(src.next, line, s)
			if !tt.wantErr {
				require.NoError(t, err)
				assert.Equal(t, []int{0, 10, 20, 30, 40}, got)
				return
			}
			assert.Nil(t, got)
			fes := check.Flatten(err)
			require.Len(t, fes, 1, "%v", err)
			assert.Equal(t, check.FieldError{Pkg: "test", Line: tt.wantAt, Reason: check.TooLarge,
				Detail: "more than " + strconv.Itoa(tt.max) + " records; raise Options.MaxRecords or stream with a Reader"}, *fes[0])
			assert.ErrorIs(t, err, &check.FieldError{Reason: check.TooLarge})
			assert.Equal(t, tt.max+1, src.calls, "reads no record after the first too many")
		})
	}
}

func TestReadDefaultLimit(t *testing.T) {
	src := &source{n: bulk.DefaultMaxRecords + 1}
	got, err := bulk.Read(src.next, src.lineNo, spec) // Max 0: the default
	assert.Nil(t, got)
	assert.ErrorIs(t, err, &check.FieldError{Reason: check.TooLarge, Line: bulk.DefaultMaxRecords + 2})

	src = &source{n: 3}
	s := spec
	s.Max = -1 // below zero: the default too
	got, err = bulk.Read(src.next, src.lineNo, s)
	require.NoError(t, err)
	assert.Equal(t, []int{0, 10, 20}, got)
}

func TestReadMalformed(t *testing.T) {
	t.Run("reported together, nothing returned", func(t *testing.T) {
		src := &source{n: 1000, bad: func(i int) bool { return i == 3 || i == 500 || i == 999 }}
		got, err := bulk.Read(src.next, src.lineNo, spec)
		assert.Nil(t, got, "no records when any is malformed")
		fes := check.Flatten(err)
		require.Len(t, fes, 3)
		for i, line := range []int{5, 502, 1001} {
			assert.Equal(t, check.Invalid, fes[i].Reason)
			assert.Equal(t, line, fes[i].Line)
			assert.Equal(t, "n", fes[i].Path)
			assert.Equal(t, "test", fes[i].Pkg)
		}
		assert.Equal(t, 1001, src.calls, "reads on to the end after a malformed record")
	})
	t.Run("stops after MaxBad", func(t *testing.T) {
		src := &source{n: 10_000, bad: func(i int) bool { return i%2 == 1 }}
		got, err := bulk.Read(src.next, src.lineNo, spec)
		assert.Nil(t, got)
		fes := check.Flatten(err)
		require.Len(t, fes, bulk.MaxBad)
		assert.Equal(t, 3, fes[0].Line)
		assert.Equal(t, 2*bulk.MaxBad+1, fes[bulk.MaxBad-1].Line)
		assert.Equal(t, 2*bulk.MaxBad, src.calls, "no record is read after the last bad one reported")
	})
	t.Run("malformed, then too many", func(t *testing.T) {
		src := &source{n: 10, bad: func(i int) bool { return i == 1 }}
		s := spec
		s.Max = 4
		got, err := bulk.Read(src.next, src.lineNo, s)
		assert.Nil(t, got)
		fes := check.Flatten(err)
		require.Len(t, fes, 2)
		assert.Equal(t, check.Invalid, fes[0].Reason)
		assert.Equal(t, 3, fes[0].Line)
		assert.Equal(t, check.TooLarge, fes[1].Reason)
		assert.Equal(t, 7, fes[1].Line, "record 5, the fifth good one, on line 7")
	})
	t.Run("an error that is no FieldError", func(t *testing.T) {
		calls := 0
		next := func() (string, error) {
			calls++
			if calls == 1 {
				return "", errors.New("reading input: disk on fire")
			}
			return "", io.EOF
		}
		got, err := bulk.Read(next, nil, spec)
		assert.Nil(t, got)
		fes := check.Flatten(err)
		require.Len(t, fes, 1)
		assert.Equal(t, check.FieldError{Pkg: "test", Reason: check.Invalid, Detail: "reading input: disk on fire"}, *fes[0])
	})
}
