package actor_test

import (
	"bytes"
	"math/rand/v2"
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
