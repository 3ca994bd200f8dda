package agreement_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
)

// TestTrackedStatesAgreeWithStates holds FollowUp's compact states equal
// to the plain ones: on random agreements at random moments, the states
// derived through validation's sink and through CanAdvance's scan, turned
// back into States, are those States gives, and the last event of each
// kind a follow-up reports is the last such event up to the moment.
func TestTrackedStatesAgreeWithStates(t *testing.T) {
	r := newRand(28)
	kinds := [4]agreement.EventKind{agreement.EventBreach, agreement.EventReversal, agreement.EventDenial, agreement.EventAccessLost}
	for run := range propertyRuns {
		a := randomAgreement(r)
		at := randomMoment(r, a)
		sink, scan, last, err := agreement.TrackedStates(a, at)
		require.NoError(t, err)
		want := a.States(at)
		require.Equal(t, want, sink, "run %d: through the sink", run)
		require.Equal(t, want, scan, "run %d: through the scan", run)
		index := map[[16]byte]int{}
		for i, c := range a.Commitments {
			index[c.ID] = i
		}
		wantLast := make([][4]int32, len(a.Commitments))
		for i, e := range a.Events {
			if e.At.After(at) {
				continue
			}
			for k, kind := range kinds {
				if e.Kind == kind {
					wantLast[index[e.Commitment]][k] = int32(i + 1)
				}
			}
		}
		require.Equal(t, wantLast, last, "run %d: the last events", run)
	}
}
