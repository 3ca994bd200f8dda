package agreement_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
)

// followUpAt is a moment to follow a up at: a year after its signature, no
// earlier than mid-2016 (after every listing trigger, so that listingOf(a)
// is a listing in force) and no earlier than its last event.
func followUpAt(a agreement.Agreement) time.Time {
	at := a.Signed.AddDate(1, 0, 0)
	if at.Year() < 2016 {
		at = day("2016-06-01")
	}
	if last := len(a.Events) - 1; last >= 0 && a.Events[last].At.After(at) {
		at = a.Events[last].At
	}
	return at
}

// FuzzFollowUpAgreesWithValidate: an agreement Validate accepts, FollowUp
// follows up (at a moment after its events, with the listing an Action
// Plan needs); one Validate refuses, FollowUp refuses with the same
// problems. The agreement is read leniently (encoding/json), so that
// values DecodeRecord would refuse reach both.
func FuzzFollowUpAgreesWithValidate(f *testing.F) {
	for _, a := range []agreement.Agreement{base(), milfActionPlan(), mfdcDemining(), richAgreement(f)} {
		b, err := json.Marshal(a)
		require.NoError(f, err)
		f.Add(b)
	}
	r := newRand(11)
	for range 3 {
		b, err := json.Marshal(randomAgreement(r))
		require.NoError(f, err)
		f.Add(b)
	}
	bad := base()
	bad.Title, bad.Commitments[0].By = " ", id(12345)
	b, err := json.Marshal(bad)
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var a agreement.Agreement
		if json.Unmarshal(data, &a) != nil {
			return
		}
		verr := a.Validate()
		_, err := a.FollowUp(followUpAt(a), agreement.FollowUpOptions{Listing: listingOf(a)})
		if verr == nil {
			require.NoError(t, err, "FollowUp refuses an agreement Validate takes")
			return
		}
		require.Error(t, err, "FollowUp takes an agreement Validate refuses: %v", verr)
		assert.Equal(t, verr.Error(), err.Error())
	})
}
