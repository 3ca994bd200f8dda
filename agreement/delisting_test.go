package agreement_test

import (
	"fmt"
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

// monitoredYears appends, for each year, the annual report's finding that
// the year was monitored for every listing trigger, stated in the June
// after.
func monitoredYears(t testing.TB, a agreement.Agreement, years ...int) agreement.Agreement {
	t.Helper()
	for _, y := range years {
		var err error
		a, err = agreement.AppendMonitoring(a, agreement.Monitoring{From: day(fmt.Sprint(y) + "-01-01"), To: day(fmt.Sprint(y+1) + "-01-01"),
			Source: agreement.MonitoringAnnualReport, Stated: day(fmt.Sprint(y+1) + "-06-01")})
		require.NoError(t, err)
	}
	return a
}

// verifiedViolation appends a verified violation of v that occurred on
// occurred and was verified a month later.
func verifiedViolation(t testing.TB, a agreement.Agreement, v actor.Violation, occurred string) agreement.Agreement {
	t.Helper()
	a, err := agreement.AppendViolation(a, agreement.VerifiedViolation{Violation: v, Occurred: day(occurred), Verified: day(occurred).AddDate(0, 1, 0),
		Children: 3, VerifiedBy: "country task force"})
	require.NoError(t, err)
	return a
}

// done is the small Action Plan (signed 2020-01-15) with both its
// commitments fulfilled and verified by March 2020.
func done(t testing.TB) agreement.Agreement {
	return withEvents(t, actionPlan(),
		ev(cFirst, "2020-02-01", agreement.EventFulfilled), ev(cSecond, "2020-02-01", agreement.EventFulfilled),
		ev(cFirst, "2020-03-01", agreement.EventVerification), ev(cSecond, "2020-03-01", agreement.EventVerification))
}

// The first case: every activity verified and no monitoring
// recorded for the last period is not eligible — the period is unknown, and
// the next action asks for its monitoring; with that period monitored and
// clean it is, from the moment both criteria hold.
func TestDelistingNeedsAMonitoredPeriod(t *testing.T) {
	opts := agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)}
	a := done(t)
	f, err := a.FollowUp(day("2021-03-01"), opts)
	require.NoError(t, err)
	vd := f.Delisting.ByViolation[0]
	assert.False(t, vd.Eligible)
	assert.Empty(t, vd.Outstanding)
	assert.Equal(t, day("2020-03-01"), vd.ActivitiesVerified)
	y2020 := agreement.ReportingPeriod{From: day("2020-01-01"), To: day("2021-01-01")}
	assert.Equal(t, []agreement.PeriodStatus{{Period: y2020, State: agreement.PeriodUnknown}}, vd.Periods)
	assert.True(t, vd.Ceased.IsZero())
	assert.Equal(t, y2020, vd.Needed)
	assert.Contains(t, vd.String(), "not yet eligible — no reporting period since the plan was signed is shown monitored and clean yet: cessation needs 2020 monitored, with no violation verified (unknown: 2020)")
	assert.Equal(t, []agreement.NextAction{{Action: agreement.ActionSeekMonitoring, Party: pArmed, PartyName: "armed group", Violation: recruitment, Period: y2020}}, f.Next)
	assert.Equal(t, "ask for a verification mission covering 2020: delisting for recruitment or use of children in armed forces and armed groups needs a whole reporting period monitored with no violation verified, and the record does not show 2020 monitored",
		f.Next[0].String())

	// The annual report's finding on 2020, stated in June 2021: from then on,
	// eligible.
	a = monitoredYears(t, a, 2020)
	f, err = a.FollowUp(day("2021-03-01"), opts)
	require.NoError(t, err)
	assert.False(t, f.Delisting.Eligible, "the finding is not yet known in March 2021")
	f, err = a.FollowUp(day("2021-07-01"), opts)
	require.NoError(t, err)
	vd = f.Delisting.ByViolation[0]
	assert.True(t, vd.Eligible)
	assert.Equal(t, y2020, vd.Ceased)
	assert.Equal(t, []agreement.PeriodStatus{{Period: y2020, State: agreement.PeriodClean}}, vd.Periods)
	assert.Equal(t, day("2021-01-01"), vd.RequestFrom, "the end of the clean period: the activities were verified before")
	assert.Equal(t, []agreement.NextAction{{Action: agreement.ActionRequestDelisting, Party: pArmed, PartyName: "armed group", Violation: recruitment, Period: y2020}}, f.Next)
	assert.Contains(t, f.Next[0].String(), "none was verified in 2020, a reporting period monitored whole")

	// Monitoring of another violation only does not make 2020 clean for
	// recruitment.
	b, err := agreement.AppendMonitoring(done(t), agreement.Monitoring{From: day("2020-01-01"), To: day("2021-01-01"),
		Violations: []actor.Violation{sexual}, Source: agreement.MonitoringVerificationMission, Stated: day("2021-02-01")})
	require.NoError(t, err)
	f, err = b.FollowUp(day("2021-07-01"), opts)
	require.NoError(t, err)
	assert.False(t, f.Delisting.Eligible)
	// Two missions covering the year in halves make it whole.
	b = done(t)
	for _, m := range []agreement.Monitoring{
		{From: day("2020-01-01"), To: day("2020-07-01"), Source: agreement.MonitoringVerificationMission, Stated: day("2020-07-10")},
		{From: day("2020-07-01"), To: day("2021-01-01"), Source: agreement.MonitoringVerificationMission, Stated: day("2021-01-10")},
	} {
		b, err = agreement.AppendMonitoring(b, m)
		require.NoError(t, err)
	}
	f, err = b.FollowUp(day("2021-07-01"), opts)
	require.NoError(t, err)
	assert.True(t, f.Delisting.Eligible)
}

// The second case: a breach of the focal-points commitment,
// remedied and verified again, leaves cessation untouched; a verified
// recruitment restarts it, and the next whole clean period is named.
func TestDelistingBreachIsNotAViolation(t *testing.T) {
	opts := agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)}
	a := monitoredYears(t, done(t), 2020, 2021, 2022)
	breached := withEvents(t, a,
		ev(cSecond, "2021-03-01", agreement.EventBreach),
		ev(cSecond, "2021-04-01", agreement.EventFulfilled),
		ev(cSecond, "2021-05-01", agreement.EventVerification))
	at := day("2023-07-01")
	f, err := breached.FollowUp(at, opts)
	require.NoError(t, err)
	plain, err := a.FollowUp(at, opts)
	require.NoError(t, err)
	got, want := f.Delisting.ByViolation[0], plain.Delisting.ByViolation[0]
	assert.True(t, got.Eligible)
	assert.Equal(t, want.Periods, got.Periods, "a breach of a commitment is not a violation")
	assert.Equal(t, want.Ceased, got.Ceased)
	assert.True(t, got.LastViolation.IsZero())
	assert.Equal(t, day("2021-05-01"), got.ActivitiesVerified, "verified again after the remedy")
	assert.Equal(t, day("2021-05-01"), got.RequestFrom)

	// While the breach is outstanding, the commitment blocks delisting.
	f, err = withEvents(t, a, ev(cSecond, "2021-03-01", agreement.EventBreach)).FollowUp(day("2021-07-01"), opts)
	require.NoError(t, err)
	assert.False(t, f.Delisting.Eligible)
	assert.Equal(t, []uuid.UUID{cSecond}, f.Delisting.ByViolation[0].Outstanding)

	// A verified recruitment in 2021 restarts cessation: 2021 has a
	// violation, and 2022 is the next whole period that must be clean.
	v := verifiedViolation(t, a, recruitment, "2021-09-10")
	f, err = v.FollowUp(day("2022-03-01"), opts)
	require.NoError(t, err)
	vd := f.Delisting.ByViolation[0]
	assert.False(t, vd.Eligible)
	assert.Equal(t, day("2021-09-10"), vd.LastViolation)
	assert.Equal(t, agreement.PeriodStatus{Period: agreement.ReportingPeriod{From: day("2021-01-01"), To: day("2022-01-01")}, State: agreement.PeriodViolation,
		Violations: 1, Children: 3}, vd.Periods[1])
	y2022 := agreement.ReportingPeriod{From: day("2022-01-01"), To: day("2023-01-01")}
	assert.Equal(t, y2022, vd.Needed, "the next whole period after the violation")
	assert.True(t, vd.Ceased.IsZero())
	assert.Contains(t, vd.String(), "after the last one verified (it occurred on 2021-09-10) is shown monitored and clean yet: cessation needs 2022 monitored")
	assert.Empty(t, f.Next, "2022 is not over: nothing to ask for yet")
	f, err = v.FollowUp(day("2023-07-01"), opts)
	require.NoError(t, err)
	vd = f.Delisting.ByViolation[0]
	assert.True(t, vd.Eligible)
	assert.Equal(t, y2022, vd.Ceased)
	assert.Equal(t, day("2023-01-01"), vd.RequestFrom)

	// A violation verified after the moment of follow-up is not yet known.
	late, err := agreement.AppendViolation(a, agreement.VerifiedViolation{Violation: recruitment, Occurred: day("2022-05-01"), Verified: day("2023-09-01"),
		VerifiedBy: "country task force"})
	require.NoError(t, err)
	f, err = late.FollowUp(day("2023-07-01"), opts)
	require.NoError(t, err)
	assert.True(t, f.Delisting.Eligible, "pure: later facts never change an earlier follow-up")
	f, err = late.FollowUp(day("2023-10-01"), opts)
	require.NoError(t, err)
	assert.False(t, f.Delisting.Eligible)
}

// Box 6 as it happened: not eligible in 2011 (activities outstanding) nor
// in 2013 (recruitment verified in July 2012), eligible only once the
// disengagement of 2017 was verified.
func TestDelistingMILF(t *testing.T) {
	milf := milfActionPlan()
	opts := agreement.FollowUpOptions{Listing: milfListing}
	for _, tt := range []struct {
		at       string
		eligible bool
		last     string
		ceased   int
	}{
		{"2011-09-01", false, "", 0},
		{"2013-06-01", false, "2012-07-01", 0},
		{"2016-06-01", false, "2012-07-01", 2013},
		{"2017-03-01", false, "2012-07-01", 2013},
		{"2017-06-01", true, "2012-07-01", 2013},
	} {
		f, err := milf.FollowUp(day(tt.at), opts)
		require.NoError(t, err, tt.at)
		vd := f.Delisting.ByViolation[0]
		assert.Equal(t, tt.eligible, vd.Eligible, tt.at)
		if tt.last != "" {
			assert.Equal(t, day(tt.last), vd.LastViolation, tt.at)
		}
		if tt.ceased != 0 {
			assert.Equal(t, tt.ceased, vd.Ceased.From.Year(), tt.at)
		} else {
			assert.True(t, vd.Ceased.IsZero(), tt.at)
		}
	}
	f, err := milf.FollowUp(day("2017-06-01"), opts)
	require.NoError(t, err)
	vd := f.Delisting.ByViolation[0]
	assert.Equal(t, day("2017-04-20"), vd.RequestFrom, "the disengagement verified: the last activity")
	assert.True(t, f.Delisting.Persistent, "in the annexes since 2003")
	assert.Equal(t, []agreement.NextAction{{Action: agreement.ActionRequestDelisting, Party: pArmed, PartyName: "Moro Islamic Liberation Front", Violation: recruitment,
		Period: agreement.ReportingPeriod{From: day("2013-01-01"), To: day("2014-01-01")}}}, f.Next)
	assert.Equal(t, "ask the UN to consider delisting Moro Islamic Liberation Front for recruitment or use of children in armed forces and armed groups: every commitment addressing it is verified as implemented, and none was verified in 2013, a reporting period monitored whole",
		f.Next[0].String())
}

// Listed for recruitment and use and for sexual violence, a plan on
// recruitment only with every activity verified: eligible for recruitment,
// still listed for sexual violence, so not eligible as a whole.
func TestDelistingStaysListedForWhatThePlanDoesNotAddress(t *testing.T) {
	f, err := milfActionPlan().FollowUp(day("2017-06-01"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003, sexual, 2010)})
	require.NoError(t, err)
	d := f.Delisting
	assert.False(t, d.Eligible)
	require.Len(t, d.ByViolation, 1)
	assert.True(t, d.ByViolation[0].Eligible)
	assert.Equal(t, []actor.Violation{sexual}, d.RemainsListed)
	assert.Equal(t, []agreement.NextAction{
		{Action: agreement.ActionRequestDelisting, Party: pArmed, PartyName: "Moro Islamic Liberation Front", Violation: recruitment, Period: agreement.ReportingPeriod{From: day("2013-01-01"), To: day("2014-01-01")}},
		{Action: agreement.ActionKeepEngaging, Party: pArmed, PartyName: "Moro Islamic Liberation Front", Violation: sexual},
	}, f.Next)
}

// A joint plan is judged per violation: a sexual violence verified in 2021
// holds that violation back while recruitment qualifies.
func TestDelistingJointPlan(t *testing.T) {
	a := withEvents(t, jointPlan(),
		ev(cFirst, "2020-02-01", agreement.EventFulfilled),
		ev(cSecond, "2020-02-01", agreement.EventFulfilled),
		ev(id(14), "2020-02-01", agreement.EventFulfilled),
		ev(id(15), "2020-02-01", agreement.EventFulfilled),
		ev(cFirst, "2020-03-01", agreement.EventVerification),
		ev(cSecond, "2020-03-01", agreement.EventVerification),
		ev(id(14), "2020-03-01", agreement.EventVerification),
		ev(id(15), "2020-03-01", agreement.EventVerification),
	)
	a = monitoredYears(t, a, 2020, 2021, 2022)
	a = verifiedViolation(t, a, sexual, "2021-04-01")
	opts := agreement.FollowUpOptions{Listing: listedFor(recruitment, 2012, sexual, 2012)}
	for _, tt := range []struct {
		at                 string
		recruits, violence bool
	}{
		{"2020-09-01", false, false}, // no whole period yet
		{"2021-07-01", true, false},  // 2020 clean; 2021 has a sexual violence
		{"2023-07-01", true, true},   // 2022 clean
	} {
		f, err := a.FollowUp(day(tt.at), opts)
		require.NoError(t, err, tt.at)
		d := f.Delisting
		r, v := d.ByViolation[0], d.ByViolation[1]
		assert.Equal(t, tt.recruits, r.Eligible, "recruitment at %s", tt.at)
		assert.Equal(t, tt.violence, v.Eligible, "sexual violence at %s", tt.at)
		assert.Equal(t, tt.recruits && tt.violence, d.Eligible, tt.at)
		assert.Equal(t, []agreement.ActivityStatus{
			{Activity: agreement.ActivityCommandOrder, Commitments: 1, Verified: 1},
			{Own: "radio_messages", OwnLabel: "radio messages in the camps", Commitments: 1, Verified: 1},
		}, v.Activities, tt.at)
		assert.Equal(t, []agreement.Activity{agreement.ActivityAccountability, agreement.ActivityFocalPoints,
			agreement.ActivityVerificationAccess, agreement.ActivitySurvivorServices}, v.Missing)
	}

	// Another cycle: half-years from July. The violation of April 2021 falls
	// in January–June 2021; July–December 2021 is the next period, and the
	// annual reports cover it.
	half := agreement.FollowUpOptions{Listing: opts.Listing, Cycle: agreement.ReportingCycle{StartMonth: time.July, Months: 6}}
	f, err := a.FollowUp(day("2022-07-01"), half)
	require.NoError(t, err)
	v := f.Delisting.ByViolation[1]
	assert.True(t, v.Eligible)
	assert.Equal(t, agreement.ReportingPeriod{From: day("2021-07-01"), To: day("2022-01-01")}, v.Ceased)
	assert.Equal(t, "July 2021 to December 2021", v.Ceased.String())
	assert.Equal(t, agreement.ReportingCycle{StartMonth: time.July, Months: 6}, f.Delisting.Cycle)
}

// A plan that names a violation but has no commitment addressing it is not
// silently eligible for it.
func TestDelistingViolationWithoutCommitments(t *testing.T) {
	a := actionPlan()
	a.Instrument.Violations = append(a.Instrument.Violations, actor.ViolationAbduction)
	a = monitoredYears(t, withEvents(t, a,
		ev(cFirst, "2020-02-01", agreement.EventFulfilled), ev(cSecond, "2020-02-01", agreement.EventFulfilled),
		ev(cFirst, "2020-03-01", agreement.EventVerification), ev(cSecond, "2020-03-01", agreement.EventVerification)), 2020, 2021)
	f, err := a.FollowUp(day("2022-07-01"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003, actor.ViolationAbduction, 2016)})
	require.NoError(t, err)
	d := f.Delisting
	assert.False(t, d.Eligible)
	ab, ok := d.Violation(actor.ViolationAbduction)
	require.True(t, ok)
	assert.False(t, ab.Eligible)
	assert.Zero(t, ab.Commitments)
	assert.Equal(t, agreement.StandardActivities(actor.ViolationAbduction), ab.Missing)
	assert.Contains(t, f.Next, agreement.NextAction{Action: agreement.ActionKeepEngaging, Party: pArmed, PartyName: "armed group", Violation: actor.ViolationAbduction})
	assert.Contains(t, f.Next, agreement.NextAction{Action: agreement.ActionRequestDelisting, Party: pArmed, PartyName: "armed group", Violation: recruitment,
		Period: agreement.ReportingPeriod{From: day("2020-01-01"), To: day("2021-01-01")}})
	assert.Contains(t, d.String(), "Abduction of children — listed since 2016: not yet eligible — no commitment of the plan addresses it")
	assert.Contains(t, d.String(), "; the party is a persistent perpetrator, in the annexes five years or more")
}

func TestDelistingString(t *testing.T) {
	f, err := milfActionPlan().FollowUp(day("2017-06-01"), agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationCAAC,
		Listings: []actor.Listing{{Violation: recruitment, Since: 2003, Section: actor.AnnexSectionB}, {Violation: sexual, Since: 2014}}}})
	require.NoError(t, err)
	assert.Equal(t, "eligible for delisting for 1 of the 2 violations the party is listed for; the party is a persistent perpetrator, in the annexes five years or more\n"+
		"  - Recruitment or use of children in armed forces and armed groups — listed since 2003, section B (measures in place to protect children): "+
		"eligible for delisting from 2017-04-20 — 5 commitments verified as implemented; none verified in 2013, a reporting period monitored whole after the last one verified (it occurred on 2012-07-01)\n"+
		"  - Rape or other grave sexual violence against children: remains listed — the plan does not address it", f.Delisting.String())

	f, err = milfActionPlan().FollowUp(day("2013-06-01"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)})
	require.NoError(t, err)
	assert.Equal(t, "not yet eligible for delisting for the violation the party is listed for; the party is a persistent perpetrator, in the annexes five years or more",
		firstLine(f.Delisting.String()))
	assert.Equal(t, "Recruitment or use of children in armed forces and armed groups — listed since 2003: "+
		"not yet eligible — 5 of 5 commitments not yet verified as implemented; no reporting period after the last one verified (it occurred on 2012-07-01) is shown monitored and clean yet: "+
		"cessation needs 2013 monitored, with no violation verified (unknown: 2009, 2010, 2011; with a violation verified: 2012)", f.Delisting.ByViolation[0].String())
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
		{"a section in a report before 2017", actionPlan, agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationCAAC, Report: 2016,
			Listings: []actor.Listing{{Violation: recruitment, Since: 2003, Section: actor.AnnexSectionA}}}},
			[]problem{{"listing.listings[0].section", agreement.ReasonConflict}}},
		{"listed before 2002", actionPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2001)},
			[]problem{{"listing.listings[0].since", agreement.ReasonOutOfRange}}},
		{"abduction listed in 2015", func() agreement.Agreement {
			a := actionPlan()
			a.Instrument.Violations = []actor.Violation{actor.ViolationAbduction}
			for i := range a.Commitments {
				a.Commitments[i].Violation, a.Commitments[i].Activity = actor.ViolationAbduction, 0
			}
			return a
		}, agreement.FollowUpOptions{Listing: listedFor(actor.ViolationAbduction, 2015)},
			[]problem{{"listing.listings[0].since", agreement.ReasonOutOfRange}}},
		{"listed after the follow-up", actionPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2022)},
			[]problem{{"listing.listings[0].since", agreement.ReasonOutOfRange}}},
		{"plan on a violation the party is not listed for", jointPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)},
			[]problem{{"instrument.violations[1]", agreement.ReasonConflict}}},
		{"an unknown cycle", actionPlan, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003), Cycle: agreement.ReportingCycle{StartMonth: 13, Months: 5}},
			[]problem{{"cycle.start_month", agreement.ReasonUnknown}, {"cycle.months", agreement.ReasonUnknown}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.plan().FollowUp(at, tt.opts)
			require.Error(t, err)
			assert.Equal(t, agreement.FollowUp{}, f)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}

	// Other instruments do not read the listing, but options FollowUp takes
	// are options Validate takes, whatever the instrument: out of range, or
	// a listing that is not a valid CAAC annex designation, they are
	// refused alike.
	for _, opts := range []agreement.FollowUpOptions{
		{Cycle: agreement.ReportingCycle{Months: 7}},
		{Listing: actor.Designation{Kind: actor.DesignationUNSanctions}},
		{Listing: actor.Designation{Year: 2020}},
		{Listing: actor.Designation{Kind: actor.DesignationCAAC}},
	} {
		_, err := base().FollowUp(at, opts)
		require.Error(t, err, "%+v", opts)
		assert.Equal(t, problems(t, opts.Validate()), problems(t, err), "%+v", opts)
	}
	assert.EqualError(t, agreement.FollowUpOptions{Listing: actor.Designation{Year: 2020}}.Validate(),
		"agreement: listing.kind: a listing is the listed party's CAAC annex designation")
	assert.EqualError(t, agreement.FollowUpOptions{Listing: actor.Designation{Kind: actor.DesignationUNSanctions}}.Validate(),
		"agreement: listing.kind: the listed party's CAAC annex designation, not another listing")
	f, err := base().FollowUp(at, agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003)})
	require.NoError(t, err, "a valid listing is taken, and not read")
	assert.Nil(t, f.Delisting)
}

// Verified violations and monitoring statements are appended, never edited,
// and every problem is a typed error naming the field.
func TestViolationsValidate(t *testing.T) {
	a := done(t)
	for _, tt := range []struct {
		name string
		v    agreement.VerifiedViolation
		want []problem
	}{
		{"denial of access is no listing trigger", agreement.VerifiedViolation{Violation: actor.ViolationDenialOfAccess, Occurred: day("2020-05-01"),
			Verified: day("2020-06-01"), VerifiedBy: "task force"}, []problem{{"violations[0].violation", agreement.ReasonInvalid}}},
		{"nothing", agreement.VerifiedViolation{}, []problem{{"violations[0].violation", agreement.ReasonRequired}, {"violations[0].occurred", agreement.ReasonRequired},
			{"violations[0].verified", agreement.ReasonRequired}, {"violations[0].verified_by", agreement.ReasonRequired}}},
		{"verified before it occurred", agreement.VerifiedViolation{Violation: recruitment, Occurred: day("2020-05-01"), Verified: day("2020-04-01"), VerifiedBy: "x"},
			[]problem{{"violations[0].verified", agreement.ReasonConflict}}},
		{"children out of range", agreement.VerifiedViolation{Violation: recruitment, Occurred: day("2020-05-01"), Verified: day("2020-06-01"), VerifiedBy: "x", Children: -1},
			[]problem{{"violations[0].children", agreement.ReasonOutOfRange}}},
	} {
		got, err := agreement.AppendViolation(a, tt.v)
		assert.Equal(t, tt.want, problems(t, err), tt.name)
		assert.Equal(t, a, got, "%s: the agreement is returned unchanged", tt.name)
	}
	b := verifiedViolation(t, a, recruitment, "2021-05-01")
	_, err := agreement.AppendViolation(b, agreement.VerifiedViolation{Violation: recruitment, Occurred: day("2020-01-01"), Verified: day("2020-02-01"), VerifiedBy: "x"})
	assert.Equal(t, []problem{{"violations[1].verified", agreement.ReasonInvalid}}, problems(t, err), "appended in the order of verification")

	for _, tt := range []struct {
		name string
		m    agreement.Monitoring
		want []problem
	}{
		{"inverted", agreement.Monitoring{From: day("2021-01-01"), To: day("2020-01-01"), Source: agreement.MonitoringAnnualReport, Stated: day("2021-06-01")},
			[]problem{{"monitoring[0].from", agreement.ReasonConflict}}},
		{"no source", agreement.Monitoring{From: day("2020-01-01"), To: day("2021-01-01"), Stated: day("2021-06-01")},
			[]problem{{"monitoring[0].source", agreement.ReasonRequired}}},
		{"stated before", agreement.Monitoring{From: day("2020-01-01"), To: day("2021-01-01"), Source: agreement.MonitoringAnnualReport, Stated: day("2019-06-01")},
			[]problem{{"monitoring[0].stated", agreement.ReasonConflict}}},
		{"a violation twice, one no trigger", agreement.Monitoring{From: day("2020-01-01"), To: day("2021-01-01"), Source: agreement.MonitoringAnnualReport,
			Stated: day("2021-06-01"), Violations: []actor.Violation{recruitment, recruitment, actor.ViolationDenialOfAccess}},
			[]problem{{"monitoring[0].violations[1]", agreement.ReasonDuplicate}, {"monitoring[0].violations[2]", agreement.ReasonInvalid}}},
	} {
		_, err := agreement.AppendMonitoring(a, tt.m)
		assert.Equal(t, tt.want, problems(t, err), tt.name)
	}
	assert.Equal(t, []problem{{"months", agreement.ReasonUnknown}}, problems(t, agreement.ReportingCycle{Months: 5}.Validate()))
	assert.NoError(t, agreement.ReportingCycle{StartMonth: time.April, Months: 3}.Validate())
}

// Reporting periods follow the cycle: calendar years by default, or
// quarters, half-years and years from another month.
func TestReportingCycle(t *testing.T) {
	a := actionPlan() // signed 2020-01-15
	a.Signed = day("2020-05-20")
	a = monitoredYears(t, withEvents(t, a), 2020)
	for _, tt := range []struct {
		cycle agreement.ReportingCycle
		first string
	}{
		{agreement.ReportingCycle{}, "2020"},
		{agreement.ReportingCycle{StartMonth: time.April, Months: 3}, "April 2020 to June 2020"},
		{agreement.ReportingCycle{StartMonth: time.July, Months: 12}, "July 2019 to June 2020"},
		{agreement.ReportingCycle{Months: 1}, "May 2020"},
	} {
		f, err := a.FollowUp(day("2021-07-01"), agreement.FollowUpOptions{Listing: listedFor(recruitment, 2003), Cycle: tt.cycle})
		require.NoError(t, err)
		vd := f.Delisting.ByViolation[0]
		require.NotEmpty(t, vd.Periods)
		assert.Equal(t, tt.first, vd.Periods[0].Period.String(), "%+v", tt.cycle)
		for i := 1; i < len(vd.Periods); i++ {
			assert.Equal(t, vd.Periods[i-1].Period.To, vd.Periods[i].Period.From, "periods follow each other")
		}
	}
}

// Adding a verified violation never makes a party eligible; adding a
// monitored period never makes it ineligible.
func TestPropertyViolationsAndMonitoring(t *testing.T) {
	r := newRand(14)
	plans, lowered, raised := 0, 0, 0
	for range 4 * propertyRuns {
		a := randomAgreement(r)
		if a.Instrument.Kind != agreement.InstrumentActionPlan {
			continue
		}
		plans++
		a, last, at := randomPlanNearDelisting(t, r, a)
		for y := a.Signed.Year(); y < at.Year(); y++ {
			if r.IntN(3) > 0 {
				a = monitoredYears(t, a, y)
			}
		}
		opts := agreement.FollowUpOptions{Listing: listingOf(a)}
		before := eligibleFor(t, a, at, opts)
		v := a.Instrument.Violations[r.IntN(len(a.Instrument.Violations))]
		occurred := a.Signed.Add(time.Duration(float64(at.Sub(a.Signed)) * r.Float64()))
		verified := occurred.Add(time.Duration(r.IntN(60*24)) * time.Hour)
		if n := len(a.Violations); n > 0 && verified.Before(a.Violations[n-1].Verified) {
			verified = a.Violations[n-1].Verified
		}
		withViolation, err := agreement.AppendViolation(a, agreement.VerifiedViolation{Violation: v, Occurred: occurred, Verified: verified, VerifiedBy: "x"})
		require.NoError(t, err)
		after := eligibleFor(t, withViolation, at, opts)
		for w, was := range before {
			if !was {
				assert.False(t, after[w], "a verified violation of %v made %v eligible", v, w)
			} else if !after[w] {
				lowered++
			}
		}
		y := a.Signed.Year() + r.IntN(max(1, at.Year()-a.Signed.Year()))
		stated := time.Date(y+1, 6, 1, 0, 0, 0, 0, time.UTC)
		if n := len(a.Monitoring); n > 0 && stated.Before(a.Monitoring[n-1].Stated) {
			stated = a.Monitoring[n-1].Stated
		}
		withMonitoring, err := agreement.AppendMonitoring(a, agreement.Monitoring{From: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC),
			To: time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC), Source: agreement.MonitoringVerificationMission, Stated: stated})
		require.NoError(t, err)
		after = eligibleFor(t, withMonitoring, at, opts)
		for w, was := range before {
			if was {
				assert.True(t, after[w], "monitoring %d made %v ineligible", y, w)
			} else if after[w] {
				raised++
			}
		}
		_ = last
	}
	assert.Greater(t, plans, propertyRuns/2)
	assert.Greater(t, lowered, 10, "the property is exercised: a violation sometimes ends eligibility")
	assert.Greater(t, raised, 5, "the property is exercised: monitoring sometimes completes eligibility")
}

func firstLine(s string) string {
	for i := range s {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
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
		for y := a.Signed.Year(); y < at.Year(); y++ {
			a = monitoredYears(t, a, y) // every year monitored: only the commitments decide
		}
		opts := agreement.FollowUpOptions{Listing: listingOf(a)}
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
