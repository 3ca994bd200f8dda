package actor_test

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
)

// FuzzDecode checks that any input either decodes to an actor that
// validates, or fails with field errors only; and that a decoded actor
// survives Encode and Decode unchanged.
//
// The corpus in testdata/fuzz/FuzzDecode holds a minimal actor, a full one,
// a faction loop, a CAAC listing by labels and aliases, a byte-order mark, an
// unknown field, a duplicate key differing in case, invalid UTF-8, a
// truncated document, and empty lists (which Encode omits).
func FuzzDecode(f *testing.F) {
	for _, a := range []actor.Actor{minimal(), full()} {
		var buf bytes.Buffer
		require.NoError(f, actor.Encode(&buf, a))
		f.Add(buf.Bytes())
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 4 {
		var buf bytes.Buffer
		require.NoError(f, actor.Encode(&buf, randActor(r)))
		f.Add(buf.Bytes())
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"id":"00000000-0000-4000-8000-00000000a001","name":"x","kind":"gang","aliases":[]}`))
	f.Add([]byte(`{"id":"00000000-0000-4000-8000-00000000a001","name":"x","kind":"gang","factions":[{"id":"00000000-0000-4000-8000-00000000a002","name":"a","parent":"00000000-0000-4000-8000-00000000a002"}]}`))
	f.Add([]byte(`{"id":"00000000-0000-4000-8000-00000000a001","name":"x","kind":"gang","designations":[{"kind":"caac_annex","listings":[{"violation":"denial_of_access","since":2012},{"violation":"abduction","since":2016,"section":"b"}]}]}`))
	f.Add([]byte(`{"id":"00000000-0000-4000-8000-00000000a001","name":"\ud800","kind":"GANG","command":"centralized"}`))

	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, actor.ActorCodec, data, actor.Limits{})
		a, err := actor.Decode(bytes.NewReader(data), actor.Limits{})
		if err != nil {
			fes := fieldErrors(t, err) // fails unless every joined error is a *FieldError
			require.NotEmpty(t, fes)
			for _, fe := range fes {
				assert.NotZero(t, fe.Reason, "%v", fe)
				assert.Equal(t, "actor", fe.Pkg, "%v", fe)
			}
			assert.True(t, reflect.DeepEqual(actor.Actor{}, a), "a failed decode returns the zero Actor")
			return
		}
		require.NoError(t, a.Validate(), "Decode returned an actor that does not validate")

		var buf bytes.Buffer
		require.NoError(t, actor.Encode(&buf, a), "a decoded actor encodes")
		b, err := actor.Decode(&buf, actor.Limits{})
		require.NoError(t, err, "an encoded actor decodes:\n%s", buf.String())
		// omitempty drops empty lists, so an empty list decodes back as nil.
		require.Equal(t, emptyToNil(a), emptyToNil(b))
	})
}

// emptyToNil returns a with every empty, non-nil list set to nil.
func emptyToNil(a actor.Actor) actor.Actor {
	if len(a.Aliases) == 0 {
		a.Aliases = nil
	}
	if len(a.Factions) == 0 {
		a.Factions = nil
	}
	if len(a.Designations) == 0 {
		a.Designations = nil
	} else {
		ds := make([]actor.Designation, len(a.Designations))
		for i, d := range a.Designations {
			if len(d.Listings) == 0 {
				d.Listings = nil
			}
			ds[i] = d
		}
		a.Designations = ds
	}
	if len(a.Norms) == 0 {
		a.Norms = nil
	}
	if len(a.Interests) == 0 {
		a.Interests = nil
	}
	if len(a.Levels) == 0 {
		a.Levels = nil
	}
	if len(a.Record) == 0 {
		a.Record = nil
	}
	return a
}

// FuzzReadUCDP checks that any input is read without panic, that every error
// is made of field errors, and that every record returned is of a valid kind
// and converts to an actor that validates.
//
// The corpus in testdata/fuzz/FuzzReadUCDP holds the full UCDP header with a
// byte-order mark and the MILF row, the "Macedonia, FYR" row, a multi-line
// quoted field, a bare quote, a short row, a missing column, a lone
// byte-order mark, and a row with a bad value in every column.
func FuzzReadUCDP(f *testing.F) {
	subset, err := os.ReadFile(subsetPath)
	require.NoError(f, err)
	f.Add(subset)
	f.Add([]byte(ucdpCSV(ucdpRow(1), ucdpRow(2, "NameOrigFullEng", "a\nb", "Location", "Macedonia, FYR, Chad"))))
	f.Add([]byte(ucdpCSV(ucdpRow(3, "Org", "7"), ucdpRow(4, "ConflictId", "1, x"))))
	f.Add([]byte("ActorId,NameData\n1,a\n"))
	f.Add([]byte(""))

	check := func(t *testing.T, r actor.UCDPRecord) {
		t.Helper()
		assert.True(t, r.Kind.IsValid(), "ActorId %d: kind %v", r.ActorID, r.Kind)
		k, err := actor.FromUCDPOrg(r.Org)
		assert.NoError(t, err)
		assert.Equal(t, k, r.Kind)
		assert.Positive(t, r.ActorID)
		assert.GreaterOrEqual(t, r.Line, 2, "a record starts after the header")
		for _, reg := range r.Regions {
			assert.True(t, reg.IsValid(), "ActorId %d: region %v", r.ActorID, reg)
		}
		a := r.Actor()
		assert.NoError(t, a.Validate(), "ActorId %d", r.ActorID)
		assert.Equal(t, actor.UCDPID(r.ActorID), a.ID)
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []actor.UCDPOptions{{}, {MaxRecordBytes: 512}} {
			recs, err := actor.ReadUCDP(bytes.NewReader(data), opts)
			if err != nil {
				require.NotEmpty(t, fieldErrors(t, err))
				assert.Nil(t, recs)
			}
			for _, r := range recs {
				check(t, r)
			}
		}

		// The row-by-row reader never panics either, and agrees with the
		// checks above on every record it returns.
		u, err := actor.NewUCDPReader(bytes.NewReader(data), actor.UCDPOptions{})
		if err != nil {
			require.NotEmpty(t, fieldErrors(t, err))
			return
		}
		for range len(data) + 2 { // no input has more records than bytes
			r, err := u.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				require.NotEmpty(t, fieldErrors(t, err))
				continue
			}
			check(t, r)
		}
		t.Fatalf("no io.EOF after %d reads of %d bytes", len(data)+2, len(data))
	})
}
