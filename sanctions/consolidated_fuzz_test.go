package sanctions_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// clEachFieldError checks that err, and each error it joins, is a
// *FieldError of this package with a reason.
func clEachFieldError(t *testing.T, err error) {
	t.Helper()
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	require.NotEmpty(t, errs)
	for _, e := range errs {
		var fe *sanctions.FieldError
		require.True(t, errors.As(e, &fe), "not a *FieldError: %T %v", e, e)
		assert.Equal(t, "sanctions", fe.Pkg, "%v", fe)
		assert.NotZero(t, fe.Reason, "%v", fe)
		assert.GreaterOrEqual(t, fe.Line, 0, "%v", fe)
	}
}

// clCheckEntry checks what every entry the reader returns must hold.
func clCheckEntry(t *testing.T, e sanctions.Entry) {
	t.Helper()
	assert.NotEmpty(t, e.Reference, "line %d", e.Line)
	assert.Equal(t, strings.TrimSpace(e.Reference), e.Reference)
	assert.LessOrEqual(t, len(e.Reference), actor.MaxReferenceLen)
	assert.True(t, e.Kind.IsValid(), "line %d: kind %v", e.Line, e.Kind)
	assert.NotEmpty(t, e.Name, "line %d", e.Line)
	assert.Positive(t, e.DataID)
	assert.Positive(t, e.Line)
	assert.False(t, e.ListedOn.IsZero())
	for _, a := range e.Aliases {
		assert.NotEmpty(t, a)
		assert.Equal(t, strings.TrimSpace(a), a)
	}
	if _, known := sanctions.RegimeForReference(e.Reference); known {
		d, err := e.Designation()
		require.NoError(t, err, "line %d", e.Line)
		assert.NoError(t, d.Validate(), "line %d", e.Line)
	} else {
		_, err := e.Designation()
		assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonUnknown, Path: "REFERENCE_NUMBER"})
	}
}

// clCheckEntries checks every entry read from one input, and that a
// counterpart whose designations cite the first entries' reference numbers
// matches each of them, by reference, in order.
func clCheckEntries(t *testing.T, entries []sanctions.Entry) {
	t.Helper()
	for _, e := range entries {
		clCheckEntry(t, e)
	}
	first := entries[:min(len(entries), 20)]
	var a actor.Actor
	for _, e := range first {
		a.Designations = append(a.Designations, actor.Designation{Kind: actor.DesignationUNSanctions, Reference: e.Reference})
	}
	ms := sanctions.MatchActor(a, first)
	require.Len(t, ms, len(first))
	for i, m := range ms {
		assert.Equal(t, sanctions.MatchKindReference, m.Kind)
		assert.Equal(t, first[i], m.Entry)
	}
}

// FuzzReadEntries checks that any input is read without panic or hang,
// that every error is made of this package's field errors, and that every
// entry returned has a reference number, a valid kind and what else the
// reader promises.
//
// The corpus in testdata/fuzz/FuzzReadEntries holds the test list, an entry
// with a byte-order mark, CRLF line ends, a document cut in half, empty
// input and a lone byte-order mark, another root element, malformed
// entries (no reference number, a bad date, duplicate fields), control
// characters, invalid UTF-8, an undeclared entity, a DOCTYPE with an
// internal subset, namespaced elements, a second root, deep nesting and a
// malformed dateGenerated.
func FuzzReadEntries(f *testing.F) {
	f.Add(clReadFixture(f))
	f.Add([]byte(clDoc(clEntity(), clEntity("LISTED_ON", "x"))))

	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []sanctions.EntryOptions{{}, {MaxEntryBytes: 300, MaxListBytes: 2000, MaxEntries: 2}} {
			entries, err := sanctions.ReadEntries(bytes.NewReader(data), opts)
			if err != nil {
				clEachFieldError(t, err)
				assert.Nil(t, entries)
				continue
			}
			clCheckEntries(t, entries)
		}

		// The streaming reader never panics either, makes progress, and
		// agrees with the checks above on every entry it returns.
		er, err := sanctions.NewEntryReader(bytes.NewReader(data), sanctions.EntryOptions{})
		if err != nil {
			clEachFieldError(t, err)
			return
		}
		var read []sanctions.Entry
		for range len(data) + 2 { // no input has more entries than bytes
			e, err := er.Read()
			if err == io.EOF {
				clCheckEntries(t, read)
				return
			}
			if err != nil {
				clEachFieldError(t, err)
				continue
			}
			read = append(read, e)
		}
		t.Fatalf("no io.EOF after %d reads of %d bytes", len(data)+2, len(data))
	})
}
