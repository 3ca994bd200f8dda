package agreement_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
)

// spoilCommitment changes one field of commitment i of a, at random, to a
// value that may or may not be valid: what the quick look at plain
// commitments must either refuse or know to be valid.
func spoilCommitment(r *rand.Rand, a *agreement.Agreement, i int) {
	c := &a.Commitments[i]
	switch r.IntN(22) {
	case 0:
		c.ID = uuid.Nil
	case 1:
		c.ID = a.Commitments[r.IntN(len(a.Commitments))].ID
	case 2:
		c.Text = pick(r, "", " ", " x", "\tx", "x", "commitmen\xff", "café", "1234567", "12345678", "123456789",
			strings.Repeat("a", agreement.MaxTextLen), strings.Repeat("a", agreement.MaxTextLen+1), "abcdefgh\x80", "\x7fabc")
	case 3:
		c.By = pick(r, uuid.Nil, randomID(r), a.Parties[r.IntN(len(a.Parties))].ID)
	case 4:
		c.Due = pick(r, time.Time{}, time.Date(actor.MinYear-1, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(actor.MinYear-1, 12, 31, 23, 30, 0, 0, time.FixedZone("", -3600)),
			time.Date(actor.MinYear, 1, 1, 0, 0, 0, 0, time.UTC),
			time.Date(actor.MinYear, 1, 2, 0, 0, 1, 0, time.UTC), time.Date(actor.MaxYear, 12, 31, 23, 0, 0, 0, time.UTC),
			time.Date(actor.MaxYear, 12, 29, 0, 0, 0, 0, time.FixedZone("", -3600)), time.Date(actor.MaxYear+1, 1, 1, 0, 0, 0, 0, time.UTC))
	case 5:
		c.Phase = pick(r, uuid.Nil, randomID(r))
		if len(a.Phases) > 0 && r.IntN(2) == 0 {
			c.Phase = a.Phases[r.IntN(len(a.Phases))].ID
		}
	case 6:
		c.Risk = risk.Risk(r.IntN(18))
	case 7:
		c.Theme = agreement.Theme(r.IntN(14))
	case 8:
		c.Obligation = agreement.Duty(r.IntN(4))
	case 9:
		c.Verification = agreement.Verification(r.IntN(5))
	case 10, 11:
		c.Violation = actor.Violation(r.IntN(10))
	case 12, 13:
		c.Activity = agreement.Activity(r.IntN(40))
	case 14:
		c.OwnActivity = pick(r, "", "own", "other")
	case 15:
		c.Term = redline.Term{Kind: redline.Kind(pick(r, "child_recruitment", "payment", "unknown"))}
	case 16:
		c.Term = redline.Term{ID: "clause 1"}
	case 17:
		c.Term = redline.Term{Display: 1}
	case 18:
		c.Term = redline.Term{Extra: map[string]redline.Value{"x": {}}}
	case 19:
		c.Term.MinAge = redline.Num(18)
	case 20:
		a.Instrument.Violations = append(a.Instrument.Violations, actor.Violation(r.IntN(8)))
	case 21:
		c.By = c.ID
		a.Parties = append(a.Parties, agreement.Party{ID: c.ID, Role: agreement.RoleAgency, Name: "another"})
	}
}

// TestPlainCommitmentsAgreeWithFullChecks holds Validate, which accepts
// plain commitments at a quick look, to the errors of the field-by-field
// checks of every commitment: the same errors, in the same order, on
// random agreements, valid and spoiled.
func TestPlainCommitmentsAgreeWithFullChecks(t *testing.T) {
	r := newRand(2828)
	invalid := 0
	for run := range 4 * propertyRuns {
		a := randomAgreement(r)
		if run%4 == 0 {
			// Many commitments, of the same party in a row.
			for range 20 {
				c := a.Commitments[r.IntN(len(a.Commitments))]
				c.ID = randomID(r)
				a.Commitments = append(a.Commitments, c)
			}
		}
		for range r.IntN(4) {
			spoilCommitment(r, &a, r.IntN(len(a.Commitments)))
		}
		want := agreement.ValidateFull(a)
		got := a.Validate()
		require.Equal(t, want, got, "run %d", run)
		if want != nil {
			invalid++
		}
	}
	if invalid < propertyRuns || invalid > 3*propertyRuns {
		t.Fatalf("%d of %d agreements invalid: the test must try both", invalid, 4*propertyRuns)
	}
}

// spoilEvent changes one field of event i of a, at random, to a value that
// may or may not be valid: what the fast path of the events must either
// refuse or know to be valid.
func spoilEvent(r *rand.Rand, a *agreement.Agreement, i int) {
	e := &a.Events[i]
	switch r.IntN(11) {
	case 0:
		e.Commitment = uuid.Nil
	case 1:
		e.Commitment = randomID(r)
	case 2:
		// A commitment wrongly without an ID, and events naming none.
		a.Commitments[r.IntN(len(a.Commitments))].ID = uuid.Nil
		e.Commitment = uuid.Nil
	case 3:
		e.At = pick(r, time.Time{}, a.Signed, a.Signed.Add(-time.Hour), e.At.Add(-time.Duration(r.IntN(100*24))*time.Hour),
			e.At.Add(time.Duration(r.IntN(100*24))*time.Hour), time.Date(actor.MaxYear+1, 1, 1, 0, 0, 0, 0, time.UTC),
			time.Date(actor.MaxYear, 12, 31, 12, 0, 0, 0, time.UTC))
	case 4:
		e.Kind = agreement.EventKind(r.IntN(12))
	case 5:
		e.Level = agreement.Implementation(r.IntN(7))
	case 6:
		e.Source = agreement.Verification(r.IntN(6))
	case 7:
		e.Note = pick(r, "a note", " ", "\xff", strings.Repeat("n", agreement.MaxTextLen+1))
	case 8:
		a.Signed = pick(r, time.Time{}, a.Signed.Add(time.Duration(r.IntN(200*24))*time.Hour))
	case 9:
		e.At = e.At.In(time.FixedZone("", 3600*(r.IntN(25)-12)))
	case 10:
		a.Commitments[r.IntN(len(a.Commitments))].ID = e.Commitment // a duplicate
	}
}

// TestFastEventsAgreeWithFullChecks holds Validate, which takes the events
// that pass its quick checks on a fast path, to the errors of the
// field-by-field checks of every event: the same errors, in the same
// order, on random agreements, valid and spoiled.
func TestFastEventsAgreeWithFullChecks(t *testing.T) {
	r := newRand(2829)
	invalid := 0
	for run := range 4 * propertyRuns {
		a := randomAgreement(r)
		if len(a.Events) == 0 {
			continue
		}
		for range r.IntN(4) {
			spoilEvent(r, &a, r.IntN(len(a.Events)))
		}
		if r.IntN(4) == 0 {
			spoilCommitment(r, &a, r.IntN(len(a.Commitments)))
		}
		want := agreement.ValidateFull(a)
		got := a.Validate()
		require.Equal(t, want, got, "run %d", run)
		_, err := a.FollowUp(randomMoment(r, a), agreement.FollowUpOptions{Listing: listingOf(a)})
		if want != nil {
			invalid++
			require.Equal(t, want, err, "run %d: FollowUp", run)
		}
	}
	if invalid < propertyRuns || invalid > 3*propertyRuns {
		t.Fatalf("%d of %d agreements invalid: the test must try both", invalid, 4*propertyRuns)
	}
}
