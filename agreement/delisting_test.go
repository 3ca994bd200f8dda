package agreement_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
)

var (
	recruitment = actor.ViolationRecruitmentUse
	sexual      = actor.ViolationSexualViolence
)

func TestDelistingMILF(t *testing.T) {
	milf := milfActionPlan()
	opts := agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)}
	f, err := milf.FollowUp(day("2017-01-15"), opts)
	require.NoError(t, err)
	require.NotNil(t, f.Delisting)
	assert.Equal(t, agreement.Delisting{
		Eligible:    true,
		CycleMonths: 12,
		ByViolation: []agreement.ViolationDelisting{{
			Violation:   recruitment,
			Eligible:    true,
			Listing:     actor.Listing{Violation: recruitment, Since: 2003},
			Persistent:  true,
			Commitments: 5,
			CeasedSince: day("2009-08-01"), // no violation recorded: the signature
			CycleEnds:   day("2010-08-01"),
			Activities: []agreement.ActivityStatus{
				{Activity: agreement.ActivityCommandOrder, Commitments: 1, Verified: 1},
				{Activity: agreement.ActivityFocalPoints, Commitments: 1, Verified: 1},
				{Activity: agreement.ActivityReleaseOfChildren, Commitments: 1, Verified: 1},
				{Activity: agreement.ActivityVerificationAccess, Commitments: 1, Verified: 1},
				{Activity: agreement.ActivityPrevention, Commitments: 1, Verified: 1},
			},
			Missing: []agreement.Activity{agreement.ActivityAccountability, agreement.ActivityReintegration, agreement.ActivityAgeVerification},
		}},
	}, *f.Delisting)
	assert.Equal(t, []agreement.NextAction{{Action: agreement.ActionRequestDelisting, Violation: recruitment}}, f.Next)

	f, err = milf.FollowUp(day("2011-09-01"), opts)
	require.NoError(t, err)
	assert.False(t, f.Delisting.Eligible)
	vd, ok := f.Delisting.Violation(recruitment)
	require.True(t, ok)
	assert.False(t, vd.Eligible)
	assert.Equal(t, []uuid.UUID{id(101), id(102), id(103), id(104), id(105)}, vd.Outstanding)
	for _, as := range vd.Activities {
		assert.Equal(t, 0, as.Verified, "%v", as.Activity)
	}
	_, ok = f.Delisting.Violation(sexual)
	assert.False(t, ok)
}

// The case: listed for recruitment and use and for sexual
// violence, a plan on recruitment only with every activity verified —
// eligible for recruitment, still listed for sexual violence, so not
// eligible for delisting as a whole.
func TestDelistingStaysListedForWhatThePlanDoesNotAddress(t *testing.T) {
	f, err := milfActionPlan().FollowUp(day("2017-01-15"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003, sexual, 2010)})
	require.NoError(t, err)
	d := f.Delisting
	assert.False(t, d.Eligible)
	require.Len(t, d.ByViolation, 1)
	assert.True(t, d.ByViolation[0].Eligible)
	assert.Equal(t, []actor.Violation{sexual}, d.RemainsListed)
	assert.Equal(t, []agreement.NextAction{
		{Action: agreement.ActionRequestDelisting, Violation: recruitment},
		{Action: agreement.ActionKeepEngaging, Violation: sexual},
	}, f.Next)
}

func TestDelistingJointPlan(t *testing.T) {
	// Recruitment: both commitments fulfilled and verified early in 2020.
	// Sexual violence: the order was breached in June 2020, then fulfilled
	// and verified again.
	a := withEvents(t, jointPlan(),
		ev(cFirst, "2020-02-01", agreement.EventFulfilled),
		ev(cSecond, "2020-02-01", agreement.EventFulfilled),
		ev(id(14), "2020-02-01", agreement.EventFulfilled),
		ev(id(15), "2020-02-01", agreement.EventFulfilled),
		ev(cFirst, "2020-03-01", agreement.EventVerification),
		ev(cSecond, "2020-03-01", agreement.EventVerification),
		ev(id(14), "2020-03-01", agreement.EventVerification),
		ev(id(15), "2020-03-01", agreement.EventVerification),
		ev(id(14), "2020-06-01", agreement.EventBreach),
		ev(id(14), "2020-07-01", agreement.EventFulfilled),
		ev(id(14), "2020-08-01", agreement.EventVerification),
	)
	opts := agreement.FollowUpOptions{Listing: listedFor(recruitment, 2012, sexual, 2012)}
	tests := []struct {
		at                   string
		recruits, violence   bool
		outstanding          []uuid.UUID
		lastRecorded, ceased string
	}{
		{"2020-04-01", false, false, nil, "", "2020-01-15"},                           // verified, but no full cycle yet
		{"2020-06-15", false, false, []uuid.UUID{id(14)}, "2020-06-01", "2020-06-01"}, // breached
		{"2021-01-15", true, false, nil, "2020-06-01", "2020-06-01"},                  // recruitment: a cycle since signature
		{"2021-06-01", true, true, nil, "2020-06-01", "2020-06-01"},                   // a cycle since the breach
	}
	for _, tt := range tests {
		f, err := a.FollowUp(day(tt.at), opts)
		require.NoError(t, err, tt.at)
		d := f.Delisting
		require.Len(t, d.ByViolation, 2, tt.at)
		r, v := d.ByViolation[0], d.ByViolation[1]
		assert.Equal(t, recruitment, r.Violation)
		assert.Equal(t, sexual, v.Violation)
		assert.Equal(t, tt.recruits, r.Eligible, "recruitment at %s", tt.at)
		assert.Equal(t, tt.violence, v.Eligible, "sexual violence at %s", tt.at)
		assert.Equal(t, tt.recruits && tt.violence, d.Eligible, tt.at)
		assert.Empty(t, d.RemainsListed)
		assert.Equal(t, tt.outstanding, v.Outstanding, tt.at)
		if tt.lastRecorded == "" {
			assert.True(t, v.LastRecorded.IsZero(), tt.at)
		} else {
			assert.Equal(t, day(tt.lastRecorded), v.LastRecorded, tt.at)
		}
		assert.Equal(t, day(tt.ceased), v.CeasedSince, tt.at)
		assert.Equal(t, day(tt.ceased).AddDate(1, 0, 0), v.CycleEnds, tt.at)
		assert.Equal(t, day("2020-01-15"), r.CeasedSince, "recruitment never breached: since the signature")
		assert.Equal(t, []agreement.ActivityStatus{
			{Activity: agreement.ActivityCommandOrder, Commitments: 1, Verified: boolInt(len(tt.outstanding) == 0)},
			{Own: "radio_messages", OwnLabel: "radio messages in the camps", Commitments: 1, Verified: 1},
		}, v.Activities, tt.at)
		assert.Equal(t, []agreement.Activity{agreement.ActivityAccountability, agreement.ActivityFocalPoints,
			agreement.ActivityVerificationAccess, agreement.ActivitySurvivorServices}, v.Missing)
		var requested []actor.Violation
		for _, n := range f.Next {
			if n.Action == agreement.ActionRequestDelisting {
				requested = append(requested, n.Violation)
			}
		}
		var want []actor.Violation
		if tt.recruits {
			want = append(want, recruitment)
		}
		if tt.violence {
			want = append(want, sexual)
		}
		assert.Equal(t, want, requested, tt.at)
	}

	// A shorter cycle is an option.
	f, err := a.FollowUp(day("2020-09-15"), agreement.FollowUpOptions{Listing: opts.Listing, CycleMonths: 3})
	require.NoError(t, err)
	assert.True(t, f.Delisting.Eligible)
	assert.Equal(t, 3, f.Delisting.CycleMonths)
	assert.Equal(t, day("2020-09-01"), f.Delisting.ByViolation[1].CycleEnds)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A plan that names a violation but has no commitment addressing it is not
// silently eligible for it.
func TestDelistingViolationWithoutCommitments(t *testing.T) {
	a := actionPlan()
	a.Instrument.Violations = append(a.Instrument.Violations, actor.ViolationAbduction)
	a = withEvents(t, a,
		ev(cFirst, "2020-02-01", agreement.EventFulfilled), ev(cSecond, "2020-02-01", agreement.EventFulfilled),
		ev(cFirst, "2020-03-01", agreement.EventVerification), ev(cSecond, "2020-03-01", agreement.EventVerification))
	f, err := a.FollowUp(day("2022-01-01"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003, actor.ViolationAbduction, 2016)})
	require.NoError(t, err)
	d := f.Delisting
	assert.False(t, d.Eligible)
	ab, ok := d.Violation(actor.ViolationAbduction)
	require.True(t, ok)
	assert.False(t, ab.Eligible)
	assert.Zero(t, ab.Commitments)
	assert.Equal(t, agreement.StandardActivities(actor.ViolationAbduction), ab.Missing)
	assert.Contains(t, f.Next, agreement.NextAction{Action: agreement.ActionKeepEngaging, Violation: actor.ViolationAbduction})
	assert.Contains(t, f.Next, agreement.NextAction{Action: agreement.ActionRequestDelisting, Violation: recruitment})
	assert.Contains(t, d.String(), "Abduction of children — listed since 2016, a persistent perpetrator: not yet eligible — no commitment of the plan addresses it")
}

func TestDelistingString(t *testing.T) {
	f, err := milfActionPlan().FollowUp(day("2017-01-15"), agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationCAAC,
		Listings: []actor.Listing{{Violation: recruitment, Since: 2003, Section: actor.AnnexSectionB}, {Violation: sexual, Since: 2014}}}})
	require.NoError(t, err)
	assert.Equal(t, "eligible for delisting for 1 of the 2 violations the party is listed for\n"+
		"  - Recruitment or use of children in armed forces and armed groups — listed since 2003, a persistent perpetrator, section B (measures in place to protect children): "+
		"eligible for delisting — 5 commitments verified as implemented; the violation was not recorded since the plan was signed on 2009-08-01, a full reporting cycle before\n"+
		"  - Rape or other grave sexual violence against children: remains listed — the plan does not address it", f.Delisting.String())

	f, err = milfActionPlan().FollowUp(day("2017-01-15"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)})
	require.NoError(t, err)
	assert.Equal(t, "eligible for delisting for every violation the party is listed for", firstLine(f.Delisting.String()))

	f, err = milfActionPlan().FollowUp(day("2016-06-01"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)})
	require.NoError(t, err)
	assert.Equal(t, "not yet eligible for delisting for the violation the party is listed for", firstLine(f.Delisting.String()))
	g, err := milfActionPlan().FollowUp(day("2016-06-01"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003, sexual, 2012)})
	require.NoError(t, err)
	assert.Equal(t, "not yet eligible for delisting for any of the 2 violations the party is listed for", firstLine(g.Delisting.String()))
	assert.Equal(t, "Recruitment or use of children in armed forces and armed groups — listed since 2003, a persistent perpetrator: "+
		"not yet eligible — 5 of 5 commitments not yet verified as implemented", f.Delisting.ByViolation[0].String())

	vd := agreement.ViolationDelisting{Violation: sexual, Listing: actor.Listing{Violation: sexual, Since: 2019}, Commitments: 2,
		LastRecorded: day("2020-06-01"), CeasedSince: day("2020-06-01"), CycleEnds: day("2021-06-01")}
	assert.Equal(t, "Rape or other grave sexual violence against children — listed since 2019: not yet eligible — the violation was last recorded on 2020-06-01: "+
		"a full reporting cycle without it ends on 2021-06-01", vd.String())
}

func firstLine(s string) string {
	for i := range s {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

func TestFollowUpListingErrors(t *testing.T) {
	at := day("2021-01-01")
	tests := []struct {
		name string
		plan func() agreement.Agreement
		opts agreement.FollowUpOptions
		want []problem
	}{
		{"no listing", actionPlan, agreement.FollowUpOptions{}, []problem{{"listing", agreement.ReasonRequired}}},
		{"another kind of listing", actionPlan, agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationUNSanctions}},
			[]problem{{"listing.kind", agreement.ReasonConflict}}},
		{"listed for denial of access", actionPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003, actor.ViolationDenialOfAccess, 2010)},
			[]problem{{"listing.listings[1].violation", agreement.ReasonInvalid}}},
		{"unknown annex section", actionPlan, agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationCAAC,
			Listings: []actor.Listing{{Violation: recruitment, Since: 2003, Section: 3}}}},
			[]problem{{"listing.listings[0].section", agreement.ReasonUnknown}}},
		{"listed before 2001", actionPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2000)},
			[]problem{{"listing.listings[0].since", agreement.ReasonOutOfRange}}},
		{"listed after the follow-up", actionPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2022)},
			[]problem{{"listing.listings[0].since", agreement.ReasonOutOfRange}}},
		{"plan on a violation the party is not listed for", jointPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)},
			[]problem{{"instrument.violations[1]", agreement.ReasonConflict}}},
		{"negative cycle", actionPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003), CycleMonths: -1},
			[]problem{{"cycle_months", agreement.ReasonOutOfRange}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.plan().FollowUp(at, tt.opts)
			require.Error(t, err)
			assert.Equal(t, agreement.FollowUp{}, f)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}

	// Other instruments ignore the listing (but not options out of range).
	_, err := base().FollowUp(at, agreement.FollowUpOptions{CycleMonths: -1})
	assert.ErrorIs(t, err, &agreement.FieldError{Path: "cycle_months", Reason: agreement.ReasonOutOfRange})
	f, err := base().FollowUp(at, agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationUNSanctions}})
	require.NoError(t, err)
	assert.Nil(t, f.Delisting)
	_ = time.Time{}
}

// randomPlanNearDelisting returns a random Action Plan whose commitments
// were mostly fulfilled and verified after its random history, the moment
// of the last event, and a moment of follow-up after it.
func randomPlanNearDelisting(t *testing.T, r interface {
	IntN(int) int
}, a agreement.Agreement) (agreement.Agreement, time.Time, time.Time) {
	last := a.Signed
	if n := len(a.Events); n > 0 {
		last = a.Events[n-1].At
	}
	for _, c := range a.Commitments {
		if r.IntN(5) == 0 {
			continue
		}
		last = last.Add(time.Duration(1+r.IntN(60*24)) * time.Hour)
		a = withEvents(t, a, agreement.Event{Commitment: c.ID, At: last, Kind: agreement.EventFulfilled})
		if r.IntN(4) > 0 {
			a = withEvents(t, a, agreement.Event{Commitment: c.ID, At: last, Kind: agreement.EventVerification})
		}
	}
	return a, last, last.Add(time.Duration(r.IntN(2*365*24)) * time.Hour)
}

func eligibleFor(t *testing.T, a agreement.Agreement, at time.Time, opts agreement.FollowUpOptions) map[actor.Violation]bool {
	t.Helper()
	f, err := a.FollowUp(at, opts)
	require.NoError(t, err)
	out := map[actor.Violation]bool{}
	for _, vd := range f.Delisting.ByViolation {
		out[vd.Violation] = vd.Eligible
	}
	return out
}

// Adding a verification never makes a violation less eligible for
// delisting.
func TestPropertyVerificationNeverLowersEligibility(t *testing.T) {
	r := newRand(12)
	plans, raised := 0, 0
	for range 4 * propertyRuns {
		a := randomAgreement(r)
		if a.Instrument.Kind != agreement.InstrumentActionPlan {
			continue
		}
		plans++
		a, last, at := randomPlanNearDelisting(t, r, a)
		opts := agreement.FollowUpOptions{Listing: listingOf(a), CycleMonths: r.IntN(13)}
		before := eligibleFor(t, a, at, opts)
		c := a.Commitments[r.IntN(len(a.Commitments))]
		when := last.Add(time.Duration(float64(at.Sub(last)) * r.Float64()))
		b := withEvents(t, a, agreement.Event{Commitment: c.ID, At: when, Kind: agreement.EventVerification})
		after := eligibleFor(t, b, at, opts)
		for v, was := range before {
			if was {
				assert.True(t, after[v], "verifying %v made %v ineligible", c.ID, v)
			} else if after[v] {
				raised++
			}
		}
	}
	assert.Greater(t, plans, propertyRuns/2, "the property is exercised on Action Plans")
	assert.Greater(t, raised, 10, "the property is exercised: a verification sometimes completes eligibility")
}

// A breach (or reversal) within the reporting cycle before the moment of
// follow-up always makes the violation it concerns ineligible.
func TestPropertyBreachWithinCycleBlocksDelisting(t *testing.T) {
	r := newRand(13)
	blocked := 0
	for range 4 * propertyRuns {
		a := randomAgreement(r)
		if a.Instrument.Kind != agreement.InstrumentActionPlan {
			continue
		}
		a, last, at := randomPlanNearDelisting(t, r, a)
		opts := agreement.FollowUpOptions{Listing: listingOf(a), CycleMonths: 1 + r.IntN(12)}
		start := at.AddDate(0, -opts.CycleMonths, 0).Add(time.Hour)
		if start.Before(last) {
			start = last
		}
		if start.After(at) {
			continue
		}
		before := eligibleFor(t, a, at, opts)
		c := a.Commitments[r.IntN(len(a.Commitments))]
		when := start.Add(time.Duration(float64(at.Sub(start)) * r.Float64()))
		b := withEvents(t, a, agreement.Event{Commitment: c.ID, At: when, Kind: pick(r, agreement.EventBreach, agreement.EventReversal)})
		remedied := r.IntN(2) == 0
		if remedied { // fulfilled and verified again: the clock still restarted at the breach
			b = withEvents(t, b, agreement.Event{Commitment: c.ID, At: at, Kind: agreement.EventFulfilled},
				agreement.Event{Commitment: c.ID, At: at, Kind: agreement.EventVerification})
		}
		after := eligibleFor(t, b, at, opts)
		assert.False(t, after[c.Violation], "a breach of %v on %v (remedied: %v), within the cycle before %v, leaves %v eligible", c.ID, when, remedied, at, c.Violation)
		if before[c.Violation] {
			blocked++
		}
	}
	assert.Greater(t, blocked, 10, "the property is exercised: breaches that block an eligible violation")
}
