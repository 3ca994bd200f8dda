package agreement_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Parties, phases and commitments of followUpAgreement.
var (
	fuArmed, fuAgency, fuHost = id(1), id(2), id(4)
	fuP1, fuP2                = id(51), id(52)
	fuC                       = [9]uuid.UUID{1: id(11), id(12), id(13), id(14), id(15), id(16), id(17), id(18)}
)

// followUpAgreement has one commitment in each situation follow-up reports,
// seen on 1 January 2021:
//
//	C1 armed actor, positive, due 2020-06-01, phase 1: nothing done — overdue
//	C2 armed actor, positive, due 2020-09-01, phase 1: fulfilled, not verified
//	C3 armed actor, negative, in force from signature: breached 2020-10-01
//	C4 agency, positive, due 2020-12-01: nothing done — the agency's own, overdue
//	C5 armed actor, positive, due 2021-01-20, phase 2: under way — due soon
//	C6 host state, positive, due 2021-03-01, phase 2: nothing yet — due in 59 days
//	C7 armed actor, positive, due 2020-03-01: fulfilled, verified, then reversed
//	C8 armed actor, negative, in force from signature: a denial, then access lost
//
// Phase 1 advances at half its commitments full; phase 2, after it, at all
// of its commitments verified at an intermediate level.
func followUpAgreement(t testing.TB) agreement.Agreement {
	t.Helper()
	c := func(n int, by uuid.UUID, due string, phase uuid.UUID, o agreement.Duty, r risk.Risk, th agreement.Theme) agreement.Commitment {
		return agreement.Commitment{ID: fuC[n], Text: "commitment", By: by, Due: day(due), Phase: phase, Risk: r, Theme: th,
			Obligation: o, Verification: agreement.VerificationThirdPartyReport}
	}
	a := agreement.Agreement{
		ID: id(900), Title: "follow-up", Actor: id(901), Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Signed: day("2020-01-15"),
		Parties: []agreement.Party{
			{ID: fuArmed, Role: agreement.RoleArmedActor, Name: "armed group"},
			{ID: fuAgency, Role: agreement.RoleAgency, Name: "agency"},
			{ID: fuHost, Role: agreement.RoleHostState, Name: "host state"},
		},
		Phases: []agreement.Phase{
			{ID: fuP1, Name: "first", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 0.5}},
			{ID: fuP2, Name: "second", After: []uuid.UUID{fuP1}, Advance: agreement.AdvanceRule{Level: agreement.ImplementationIntermediate, Share: 1, Verified: true}},
		},
		Commitments: []agreement.Commitment{
			c(1, fuArmed, "2020-06-01", fuP1, agreement.DutyPositive, risk.ChildRecruitment, agreement.ThemeChildren),
			c(2, fuArmed, "2020-09-01", fuP1, agreement.DutyPositive, risk.ExplosiveOrdnance, agreement.ThemeMines),
			c(3, fuArmed, "2020-01-15", uuid.Nil, agreement.DutyNegative, risk.AttacksOnCivilians, agreement.ThemeConduct),
			c(4, fuAgency, "2020-12-01", uuid.Nil, agreement.DutyPositive, risk.Discrimination, agreement.ThemeAccess),
			c(5, fuArmed, "2021-01-20", fuP2, agreement.DutyPositive, risk.ExplosiveOrdnance, agreement.ThemeMines),
			c(6, fuHost, "2021-03-01", fuP2, agreement.DutyPositive, risk.MovementRestrictions, agreement.ThemeMovement),
			c(7, fuArmed, "2020-03-01", uuid.Nil, agreement.DutyPositive, risk.AbductionDetention, agreement.ThemeDetention),
			c(8, fuArmed, "2020-01-15", uuid.Nil, agreement.DutyNegative, risk.GenderBasedViolence, agreement.ThemeSexualViolence),
		},
	}
	return withEvents(t, a,
		ev(fuC[7], "2020-02-01", agreement.EventFulfilled),
		ev(fuC[7], "2020-02-15", agreement.EventVerification),
		ev(fuC[8], "2020-05-01", agreement.EventDenial),
		ev(fuC[8], "2020-07-01", agreement.EventAccessLost),
		ev(fuC[2], "2020-08-01", agreement.EventFulfilled),
		ev(fuC[3], "2020-10-01", agreement.EventBreach),
		ev(fuC[5], "2020-11-01", agreement.EventProgress),
		ev(fuC[7], "2020-11-15", agreement.EventReversal),
		ev(fuC[3], "2021-02-01", agreement.EventFulfilled), // not yet known on 1 January
	)
}

// item is the follow-up item of commitment n of followUpAgreement.
func item(a agreement.Agreement, n int, since string) agreement.Item {
	for i, c := range a.Commitments {
		if c.ID == fuC[n] {
			p, _ := a.Party(c.By)
			ph, _ := a.Phase(c.Phase)
			it := agreement.Item{Commitment: c.ID, Number: i + 1, Text: c.Text, By: c.By, PartyName: p.Name, Due: c.Due, Phase: c.Phase, PhaseName: ph.Name}
			if since != "" {
				it.Since = day(since)
			}
			return it
		}
	}
	panic("no commitment")
}

func tally(commitments int, levels [4]int, due, compliant int) agreement.Tally {
	return agreement.Tally{Commitments: commitments, Due: due, Compliant: compliant,
		Levels: agreement.ImplementationCounts{NotInitiated: levels[0], Minimal: levels[1], Intermediate: levels[2], Full: levels[3]}}
}

func TestFollowUp(t *testing.T) {
	a := followUpAgreement(t)
	at := day("2021-01-01")
	f, err := a.FollowUp(at, agreement.FollowUpOptions{Listing: listingOf(a)})
	require.NoError(t, err)

	assert.Equal(t, at, f.At)
	assert.Equal(t, []agreement.Item{item(a, 7, ""), item(a, 1, ""), item(a, 4, "")}, f.Overdue, "by due date")
	assert.Equal(t, []agreement.Item{item(a, 5, "")}, f.DueSoon, "within the default 30 days")
	assert.Equal(t, []agreement.Item{item(a, 3, "2020-10-01")}, f.Breaches)
	assert.Equal(t, []agreement.Item{item(a, 7, "2020-11-15")}, f.Reversals)
	assert.Equal(t, []agreement.Item{item(a, 8, "2020-05-01")}, f.Denials)
	assert.Equal(t, []agreement.Item{item(a, 8, "2020-07-01")}, f.AccessLost)
	assert.Equal(t, []agreement.Item{item(a, 2, "")}, f.Unverified)
	assert.Equal(t, []agreement.Item{item(a, 4, "")}, f.OwnOverdue, "the agency's own commitment")

	// Levels: not initiated, minimal, intermediate, full.
	assert.Equal(t, tally(8, [4]int{6, 1, 0, 1}, 6, 2), f.Overall)
	assert.Equal(t, []agreement.PartyTally{
		{Party: fuArmed, PartyName: "armed group", Tally: tally(6, [4]int{4, 1, 0, 1}, 5, 2)},
		{Party: fuAgency, PartyName: "agency", Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Party: fuHost, PartyName: "host state", Tally: tally(1, [4]int{1, 0, 0, 0}, 0, 0)},
	}, f.ByParty)
	assert.Equal(t, []agreement.PhaseTally{
		{Phase: uuid.Nil, Tally: tally(4, [4]int{4, 0, 0, 0}, 4, 1)},
		{Phase: fuP1, PhaseName: "first", Tally: tally(2, [4]int{1, 0, 0, 1}, 2, 1)},
		{Phase: fuP2, PhaseName: "second", Tally: tally(2, [4]int{1, 1, 0, 0}, 0, 0)},
	}, f.ByPhase, "the zero ID holds the commitments in no phase")
	assert.Equal(t, []agreement.ThemeTally{
		{Theme: agreement.ThemeChildren, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Theme: agreement.ThemeMines, Tally: tally(2, [4]int{0, 1, 0, 1}, 1, 1)},
		{Theme: agreement.ThemeDetention, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Theme: agreement.ThemeAccess, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Theme: agreement.ThemeMovement, Tally: tally(1, [4]int{1, 0, 0, 0}, 0, 0)},
		{Theme: agreement.ThemeConduct, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Theme: agreement.ThemeSexualViolence, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 1)},
	}, f.ByTheme)
	assert.Equal(t, []agreement.RiskTally{
		{Risk: risk.AbductionDetention, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Risk: risk.AttacksOnCivilians, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Risk: risk.Discrimination, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Risk: risk.ChildRecruitment, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 0)},
		{Risk: risk.GenderBasedViolence, Tally: tally(1, [4]int{1, 0, 0, 0}, 1, 1)},
		{Risk: risk.ExplosiveOrdnance, Tally: tally(2, [4]int{0, 1, 0, 1}, 1, 1)},
		{Risk: risk.MovementRestrictions, Tally: tally(1, [4]int{1, 0, 0, 0}, 0, 0)},
	}, f.ByRisk, "in the GPC's order")

	assert.Equal(t, []agreement.PhaseProgress{
		{Phase: fuP1, PhaseName: "first", Commitments: 2, Reached: 1, Share: 0.5, Complete: true, Open: true, Started: true},
		{Phase: fuP2, PhaseName: "second", Commitments: 2, Reached: 0, Share: 0, Complete: false, Open: true, Started: true},
	}, f.Phases)
	assert.Nil(t, f.Delisting, "not an Action Plan")

	next := func(act agreement.Action, n int) agreement.NextAction {
		it := item(a, n, "")
		return agreement.NextAction{Action: act, Commitment: it.Commitment, Number: n, Text: it.Text, Party: it.By, PartyName: it.PartyName}
	}
	assert.Equal(t, []agreement.NextAction{
		next(agreement.ActionAddressBreach, 3),
		next(agreement.ActionAddressReversal, 7),
		next(agreement.ActionHonourOwn, 4),
		next(agreement.ActionChaseOverdue, 7),
		next(agreement.ActionChaseOverdue, 1),
		next(agreement.ActionRestoreAccess, 8),
		next(agreement.ActionVerify, 2),
		next(agreement.ActionPrepareDue, 5),
	}, f.Next, "the agency's own overdue commitment is not chased: it is honoured")
	assert.Equal(t, "agency", f.Next[2].PartyName)

	s := f.String()
	assert.Equal(t, "Follow-up at 2021-01-01: 3 overdue, 1 due soon, 1 breach, 1 reversal, 1 of our own not honoured; compliance 33%", firstLine(s))
	lines := strings.Split(s, "\n")[1:]
	assert.Len(t, lines, len(f.Overdue)+len(f.DueSoon)+len(f.Breaches)+len(f.Reversals)+len(f.Denials)+len(f.AccessLost)+len(f.Unverified)+len(f.Next))
	assert.Contains(t, lines, "  - breached: "+f.Breaches[0].String())
	assert.Contains(t, lines, "  - next: "+f.Next[0].String())
	assert.Contains(t, lines, "  - reversed: commitment 7 by armed group, due 2020-03-01, since 2020-11-15")
	assert.Contains(t, lines, "  - next: follow up the overdue commitment 1 with armed group")
	assert.NotContains(t, s, "“", "String names no commitment by its text")

	// Words is String with the commitments' texts.
	w := f.Words()
	assert.Equal(t, strings.Count(s, "\n"), strings.Count(w, "\n"))
	assert.Contains(t, w, "\n  - reversed: “commitment” by armed group, due 2020-03-01, since 2020-11-15\n")
	assert.Contains(t, w, "\n  - next: follow up the overdue “commitment” with armed group\n")
}

func TestTallyShareCountAndCompliance(t *testing.T) {
	tl := tally(8, [4]int{6, 1, 0, 1}, 6, 2)
	assert.Equal(t, 0.75, tl.Share(agreement.ImplementationNotInitiated))
	assert.Equal(t, 6, tl.Count(agreement.ImplementationNotInitiated))
	assert.Equal(t, 0.125, tl.Share(agreement.ImplementationMinimal))
	assert.Equal(t, 1, tl.Count(agreement.ImplementationMinimal))
	assert.Equal(t, 0.0, tl.Share(agreement.ImplementationIntermediate))
	assert.Equal(t, 0, tl.Count(agreement.ImplementationIntermediate))
	assert.Equal(t, 0.125, tl.Share(agreement.ImplementationFull))
	assert.Equal(t, 1, tl.Count(agreement.ImplementationFull))
	assert.Equal(t, 0.0, tl.Share(agreement.ImplementationUnspecified), "no such level")
	assert.Equal(t, 0, tl.Count(agreement.ImplementationUnspecified))
	assert.Equal(t, 0.0, tl.Share(5))
	assert.Equal(t, 0, tl.Count(5))
	assert.Equal(t, 0.0, tl.Share(255))
	c, ok := tl.Compliance()
	assert.True(t, ok)
	assert.InDelta(t, 1.0/3, c, 1e-12)

	var zero agreement.Tally
	assert.Equal(t, 0.0, zero.Share(agreement.ImplementationFull), "no commitments, no share")
	c, ok = zero.Compliance()
	assert.False(t, ok, "nothing due")
	assert.Equal(t, 0.0, c)

	c, ok = tally(3, [4]int{0, 0, 0, 3}, 3, 3).Compliance()
	assert.True(t, ok)
	assert.Equal(t, 1.0, c)
	c, ok = tally(3, [4]int{3, 0, 0, 0}, 2, 0).Compliance()
	assert.True(t, ok)
	assert.Equal(t, 0.0, c, "due and not honoured is 0, not unknown")
}

func TestFollowUpOverTime(t *testing.T) {
	a := followUpAgreement(t)
	tests := []struct {
		at                                 string
		overdue, soon, breaches, reversals []int
		own                                []int
		overall                            agreement.Tally
	}{
		// On signature: the negative commitments are in force, C7 due in
		// six weeks.
		{at: "2020-01-15", overall: tally(8, [4]int{8, 0, 0, 0}, 2, 2)},
		{at: "2020-02-01", overall: tally(8, [4]int{7, 0, 0, 1}, 2, 2)},
		{at: "2020-05-10", soon: []int{1}, overall: tally(8, [4]int{7, 0, 0, 1}, 3, 3)},
		{at: "2020-06-01", overdue: []int{1}, overall: tally(8, [4]int{7, 0, 0, 1}, 4, 3)},
		{at: "2020-10-01", overdue: []int{1}, breaches: []int{3}, overall: tally(8, [4]int{6, 0, 0, 2}, 5, 3)},
		// Once C3's breach is remedied (February 2021) only C7's reversal
		// stays outstanding.
		{at: "2021-02-01", overdue: []int{7, 1, 4, 5}, soon: []int{6}, reversals: []int{7}, own: []int{4}, overall: tally(8, [4]int{5, 1, 0, 2}, 7, 3)},
	}
	ids := func(list []agreement.Item) []int {
		var out []int
		for _, it := range list {
			for n, c := range fuC {
				if c == it.Commitment {
					out = append(out, n)
				}
			}
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.at, func(t *testing.T) {
			f, err := a.FollowUp(day(tt.at), agreement.FollowUpOptions{Listing: listingOf(a)})
			require.NoError(t, err)
			assert.Equal(t, tt.overdue, ids(f.Overdue), "overdue")
			assert.Equal(t, tt.soon, ids(f.DueSoon), "due soon")
			assert.Equal(t, tt.breaches, ids(f.Breaches), "breaches")
			assert.Equal(t, tt.reversals, ids(f.Reversals), "reversals")
			assert.Equal(t, tt.own, ids(f.OwnOverdue), "own")
			assert.Equal(t, tt.overall.Due, f.Overall.Due, "due")
			assert.Equal(t, tt.overall.Compliant, f.Overall.Compliant, "compliant")
			assert.Equal(t, tt.overall.Levels, f.Overall.Levels, "levels")
		})
	}
}

func TestFollowUpHorizon(t *testing.T) {
	a := followUpAgreement(t)
	at := day("2021-01-01")
	ids := func(h time.Duration) []uuid.UUID {
		f, err := a.FollowUp(at, agreement.FollowUpOptions{Horizon: h, Listing: listingOf(a)})
		require.NoError(t, err)
		var out []uuid.UUID
		for _, it := range f.DueSoon {
			out = append(out, it.Commitment)
		}
		return out
	}
	assert.Equal(t, []uuid.UUID{fuC[5]}, ids(0), "default: 30 days")
	assert.Equal(t, []uuid.UUID{fuC[5]}, ids(days(30)))
	assert.Equal(t, []uuid.UUID{fuC[5]}, ids(days(19)), "C5 is due in exactly 19 days: included")
	assert.Nil(t, ids(days(19)-time.Nanosecond))
	assert.Nil(t, ids(time.Hour))
	assert.Equal(t, []uuid.UUID{fuC[5]}, ids(days(58)))
	assert.Equal(t, []uuid.UUID{fuC[5], fuC[6]}, ids(days(59)), "C6 is due in 59 days")
	assert.Equal(t, []uuid.UUID{fuC[5], fuC[6]}, ids(days(3650)), "nothing positive and pending beyond")

	_, err := a.FollowUp(at, agreement.FollowUpOptions{Horizon: -days(5), Listing: listingOf(a)})
	assert.ErrorIs(t, err, &agreement.FieldError{Path: "horizon", Reason: agreement.ReasonOutOfRange}, "a negative horizon is refused, not read as the default")
	f, err := a.FollowUp(at, agreement.FollowUpOptions{Horizon: days(60), Listing: listingOf(a)})
	require.NoError(t, err)
	assert.Equal(t, []agreement.NextAction{
		{Action: agreement.ActionPrepareDue, Commitment: fuC[5], Number: 5, Text: "commitment", Party: fuArmed, PartyName: "armed group"},
		{Action: agreement.ActionPrepareDue, Commitment: fuC[6], Number: 6, Text: "commitment", Party: fuHost, PartyName: "host state"},
	}, f.Next[len(f.Next)-2:])
}

func TestFollowUpOwnBreach(t *testing.T) {
	// The agency breaches its own negative commitment: it is listed as a
	// breach and as its own commitment not honoured (not an overdue one), and
	// the next action is to honour it — not to raise it with a party.
	a := withEvents(t, base(), ev(cSecond, "2020-02-01", agreement.EventBreach), ev(cFirst, "2020-03-01", agreement.EventFulfilled))
	f, err := a.FollowUp(day("2020-07-01"), agreement.FollowUpOptions{Listing: listingOf(a)})
	require.NoError(t, err)
	own := agreement.Item{Commitment: cSecond, Number: 2, Text: "share no information with the other side", By: pAgency, PartyName: "agency", Due: day("2020-01-15")}
	breach := own
	breach.Since = day("2020-02-01")
	assert.Empty(t, f.Overdue)
	assert.Equal(t, []agreement.Item{breach}, f.Breaches)
	assert.Equal(t, []agreement.Item{own}, f.OwnOverdue)
	assert.Equal(t, []agreement.NextAction{
		{Action: agreement.ActionHonourOwn, Commitment: cSecond, Number: 2, Text: "share no information with the other side", Party: pAgency, PartyName: "agency"},
		{Action: agreement.ActionVerify, Commitment: cFirst, Number: 1, Text: "mark the mined fields", Party: pArmed, PartyName: "armed group"},
	}, f.Next)
	assert.Equal(t, "Follow-up at 2020-07-01: 0 overdue, 0 due soon, 1 breach, 0 reversals, 1 of our own not honoured; compliance 50%\n"+
		"  - breached: commitment 2 by agency, due 2020-01-15, since 2020-02-01\n"+
		"  - implemented, not verified: commitment 1 by armed group, due 2020-06-01\n"+
		"  - next: honour commitment 2: it is our own, and our credibility is at stake\n"+
		"  - next: arrange verification of commitment 1, reported implemented", f.String())
	assert.Equal(t, "Follow-up at 2020-07-01: 0 overdue, 0 due soon, 1 breach, 0 reversals, 1 of our own not honoured; compliance 50%\n"+
		"  - breached: “share no information with the other side” by agency, due 2020-01-15, since 2020-02-01\n"+
		"  - implemented, not verified: “mark the mined fields” by armed group, due 2020-06-01\n"+
		"  - next: honour “share no information with the other side”: it is our own, and our credibility is at stake\n"+
		"  - next: arrange verification of “mark the mined fields”, reported implemented", f.Words())
}

func TestFollowUpSinceIsTheLastEvent(t *testing.T) {
	a := withEvents(t, base(),
		ev(cFirst, "2020-02-01", agreement.EventBreach),
		ev(cFirst, "2020-03-01", agreement.EventDenial),
		ev(cFirst, "2020-04-01", agreement.EventBreach),
		ev(cFirst, "2020-05-01", agreement.EventDenial),
		ev(cFirst, "2020-06-01", agreement.EventAccessLost),
		ev(cFirst, "2020-07-01", agreement.EventAccessRestored),
		ev(cFirst, "2020-08-01", agreement.EventAccessLost),
		ev(cFirst, "2020-09-01", agreement.EventBreach), // after the follow-up
	)
	f, err := a.FollowUp(day("2020-08-15"), agreement.FollowUpOptions{Listing: listingOf(a)})
	require.NoError(t, err)
	require.Len(t, f.Breaches, 1)
	assert.Equal(t, day("2020-04-01"), f.Breaches[0].Since)
	require.Len(t, f.Denials, 1)
	assert.Equal(t, day("2020-05-01"), f.Denials[0].Since)
	require.Len(t, f.AccessLost, 1)
	assert.Equal(t, day("2020-08-01"), f.AccessLost[0].Since)
	for _, it := range f.Overdue {
		assert.True(t, it.Since.IsZero(), "overdue items carry no since")
	}
}

func TestFollowUpOrdersItemsByDueThenID(t *testing.T) {
	a := base()
	// Three positive commitments due on the same day, listed out of ID
	// order, and one due earlier.
	a.Commitments = nil
	for _, n := range []int{23, 21, 22, 29} {
		due := "2020-06-01"
		if n == 29 {
			due = "2020-05-01"
		}
		a.Commitments = append(a.Commitments, agreement.Commitment{ID: id(n), Text: "t", By: pArmed, Due: day(due),
			Risk: risk.Torture, Obligation: agreement.DutyPositive, Verification: agreement.VerificationSelfReport})
	}
	f, err := a.FollowUp(day("2020-07-01"), agreement.FollowUpOptions{Listing: listingOf(a)})
	require.NoError(t, err)
	var got []uuid.UUID
	for _, it := range f.Overdue {
		got = append(got, it.Commitment)
	}
	assert.Equal(t, []uuid.UUID{id(29), id(21), id(22), id(23)}, got)
	assert.Equal(t, []agreement.ThemeTally{{Theme: agreement.ThemeUnspecified, Tally: tally(4, [4]int{4, 0, 0, 0}, 4, 0)}}, f.ByTheme,
		"commitments without a theme are tallied under the zero theme")
}

func TestFollowUpErrors(t *testing.T) {
	a := followUpAgreement(t)
	f, err := a.FollowUp(time.Time{}, agreement.FollowUpOptions{Listing: listingOf(a)})
	assert.Equal(t, []problem{{"at", agreement.ReasonRequired}}, problems(t, err))
	assert.ErrorIs(t, err, &agreement.FieldError{Path: "at", Reason: agreement.ReasonRequired})
	assert.Equal(t, agreement.FollowUp{}, f)

	a.Commitments[2].Due = time.Time{}
	a.Phases[1].After = []uuid.UUID{fuP2}
	f, err = a.FollowUp(day("2021-01-01"), agreement.FollowUpOptions{Listing: listingOf(a)})
	assert.Equal(t, problems(t, a.Validate()), problems(t, err), "an invalid agreement gives its validation errors")
	assert.Equal(t, []problem{{"phases[1].after", agreement.ReasonCycle}, {"commitments[2].due", agreement.ReasonRequired}}, problems(t, err))
	assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonRequired, Path: "commitments[2].due"})
	assert.Equal(t, agreement.FollowUp{}, f)
}

func TestFollowUpDoesNotModify(t *testing.T) {
	for name, build := range map[string]func() agreement.Agreement{
		"follow-up": func() agreement.Agreement { return followUpAgreement(t) },
		"MILF":      milfActionPlan,
		"MFDC":      mfdcDemining,
	} {
		a := build()
		before, err := json.Marshal(a)
		require.NoError(t, err)
		for _, at := range []string{"2009-01-01", "2013-06-01", "2021-01-01", "2030-01-01"} {
			_, err := a.FollowUp(day(at), agreement.FollowUpOptions{Horizon: days(400), Listing: listingOf(a)})
			require.NoError(t, err)
			_, _ = a.CanAdvance(id(51), day(at))
			_ = a.States(day(at))
		}
		assert.Equal(t, build(), a, name)
		after, err := json.Marshal(a)
		require.NoError(t, err)
		assert.JSONEq(t, string(before), string(after), name)
	}
}

func TestPhasesAndCanAdvance(t *testing.T) {
	// Phase 1 advances once its single commitment is full and verified;
	// phase 2 waits for it; phase 3 waits for nothing and has no
	// commitments.
	a := base()
	a.Phases = []agreement.Phase{
		{ID: id(51), Name: "one", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1, Verified: true}},
		{ID: id(52), Name: "two", After: []uuid.UUID{id(51)}, Advance: agreement.AdvanceRule{Level: agreement.ImplementationMinimal, Share: 1}},
		{ID: id(53), Name: "three", Advance: agreement.AdvanceRule{Level: agreement.ImplementationMinimal, Share: 0.5}},
	}
	a.Commitments[0].Phase = id(51)
	a.Commitments[1].Phase = id(52)
	a = withEvents(t, a,
		ev(cFirst, "2020-03-01", agreement.EventFulfilled),
		ev(cFirst, "2020-04-01", agreement.EventVerification),
		ev(cSecond, "2020-05-01", agreement.EventProgress),
		ev(cFirst, "2020-06-01", agreement.EventBreach),
		ev(cFirst, "2020-07-01", agreement.EventFulfilled),
		ev(cFirst, "2020-08-01", agreement.EventVerification),
	)
	one := func(reached int, complete, started bool) agreement.PhaseProgress {
		return agreement.PhaseProgress{Phase: id(51), PhaseName: "one", Commitments: 1, Reached: reached, Share: float64(reached), Complete: complete, Open: true, Started: started}
	}
	two := func(reached int, complete, open, started bool) agreement.PhaseProgress {
		return agreement.PhaseProgress{Phase: id(52), PhaseName: "two", Commitments: 1, Reached: reached, Share: float64(reached), Complete: complete, Open: open, Started: started}
	}
	three := agreement.PhaseProgress{Phase: id(53), PhaseName: "three", Open: true}
	tests := []struct {
		at   string
		want []agreement.PhaseProgress
		next []agreement.NextAction
	}{
		{"2020-02-01", []agreement.PhaseProgress{one(0, false, false), two(0, false, false, false), three},
			[]agreement.NextAction{{Action: agreement.ActionStartPhase, Phase: id(51), PhaseName: "one"}, {Action: agreement.ActionStartPhase, Phase: id(53), PhaseName: "three"}}},
		// Full but not verified: the rule wants it verified.
		{"2020-03-01", []agreement.PhaseProgress{one(0, false, true), two(0, false, false, false), three},
			[]agreement.NextAction{{Action: agreement.ActionVerify, Commitment: cFirst, Number: 1, Text: "mark the mined fields", Party: pArmed, PartyName: "armed group"}, {Action: agreement.ActionStartPhase, Phase: id(53), PhaseName: "three"}}},
		{"2020-04-01", []agreement.PhaseProgress{one(1, true, true), two(0, false, true, false), three},
			[]agreement.NextAction{{Action: agreement.ActionStartPhase, Phase: id(52), PhaseName: "two"}, {Action: agreement.ActionStartPhase, Phase: id(53), PhaseName: "three"}}},
		{"2020-05-01", []agreement.PhaseProgress{one(1, true, true), two(1, true, true, true), three},
			[]agreement.NextAction{{Action: agreement.ActionStartPhase, Phase: id(53), PhaseName: "three"}}},
		// A breach undoes phase 1, and closes phase 2 again.
		{"2020-06-01", []agreement.PhaseProgress{one(0, false, true), two(1, true, false, true), three},
			[]agreement.NextAction{{Action: agreement.ActionAddressBreach, Commitment: cFirst, Number: 1, Text: "mark the mined fields", Party: pArmed, PartyName: "armed group"}, {Action: agreement.ActionStartPhase, Phase: id(53), PhaseName: "three"}}},
		// Remedied: full again, but the verification before the breach no
		// longer holds, so phase 1 waits for a new one.
		{"2020-07-01", []agreement.PhaseProgress{one(0, false, true), two(1, true, false, true), three},
			[]agreement.NextAction{{Action: agreement.ActionVerify, Commitment: cFirst, Number: 1, Text: "mark the mined fields", Party: pArmed, PartyName: "armed group"}, {Action: agreement.ActionStartPhase, Phase: id(53), PhaseName: "three"}}},
		{"2020-08-01", []agreement.PhaseProgress{one(1, true, true), two(1, true, true, true), three},
			[]agreement.NextAction{{Action: agreement.ActionStartPhase, Phase: id(53), PhaseName: "three"}}},
	}
	for _, tt := range tests {
		t.Run(tt.at, func(t *testing.T) {
			f, err := a.FollowUp(day(tt.at), agreement.FollowUpOptions{Horizon: time.Nanosecond, Listing: listingOf(a)})
			require.NoError(t, err)
			assert.Equal(t, tt.want, f.Phases)
			for _, p := range tt.want {
				got, err := a.CanAdvance(p.Phase, day(tt.at))
				require.NoError(t, err)
				assert.Equal(t, p, got, "CanAdvance agrees with FollowUp")
			}
			assert.Equal(t, tt.next, f.Next)
		})
	}

	_, err := a.CanAdvance(id(77), day("2020-07-01"))
	assert.Equal(t, []problem{{"phase", agreement.ReasonReference}}, problems(t, err))
	assert.ErrorIs(t, err, &agreement.FieldError{Path: "phase", Reason: agreement.ReasonReference})
	_, err = base().CanAdvance(uuid.Nil, day("2020-07-01"))
	assert.ErrorIs(t, err, &agreement.FieldError{Path: "phase", Reason: agreement.ReasonReference}, "an agreement without phases")

	f, err := base().FollowUp(day("2020-07-01"), agreement.FollowUpOptions{})
	require.NoError(t, err)
	assert.Equal(t, []agreement.PhaseProgress{}, f.Phases, "no phases, no progress: an empty list, written []")
}

func TestPhaseShareRule(t *testing.T) {
	// Two of three commitments at an intermediate level: complete for a
	// rule of 0.6, not for 0.7.
	a := base()
	a.Commitments = nil
	for n := range 3 {
		a.Commitments = append(a.Commitments, agreement.Commitment{ID: id(30 + n), Text: "t", By: pArmed, Due: day("2021-01-01"), Phase: id(51),
			Risk: risk.Torture, Obligation: agreement.DutyPositive, Verification: agreement.VerificationSelfReport})
	}
	a.Events = []agreement.Event{
		{Commitment: id(30), At: day("2020-02-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate},
		{Commitment: id(31), At: day("2020-02-01"), Kind: agreement.EventFulfilled},
		{Commitment: id(32), At: day("2020-02-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationMinimal},
	}
	for _, tt := range []struct {
		share    float64
		complete bool
	}{{0.6, true}, {2.0 / 3, true}, {0.7, false}, {1, false}} {
		a.Phases = []agreement.Phase{{ID: id(51), Name: "p", Advance: agreement.AdvanceRule{Level: agreement.ImplementationIntermediate, Share: tt.share}}}
		p, err := a.CanAdvance(id(51), day("2020-03-01"))
		require.NoError(t, err)
		assert.Equal(t, 2, p.Reached)
		assert.InDelta(t, 2.0/3, p.Share, 1e-12)
		assert.Equal(t, tt.complete, p.Complete, "share %v", tt.share)
		assert.True(t, p.Started)
	}
}

func TestNextActionString(t *testing.T) {
	c := uuid.MustParse("c0ffee00-1111-4000-8000-000000000000")
	p := uuid.MustParse("ba5e0000-2222-4000-8000-000000000000")
	ph := uuid.MustParse("fa5e0000-3333-4000-8000-000000000000")
	tests := map[agreement.Action]struct{ str, words string }{
		agreement.ActionAddressBreach: {"raise the breach of commitment 3 with MILF",
			"raise the breach of “Release every child identified in the ranks” with MILF"},
		agreement.ActionAddressReversal: {"engage MILF on the reversal of commitment 3",
			"engage MILF on the reversal of “Release every child identified in the ranks”"},
		agreement.ActionHonourOwn: {"honour commitment 3: it is our own, and our credibility is at stake",
			"honour “Release every child identified in the ranks”: it is our own, and our credibility is at stake"},
		agreement.ActionChaseOverdue: {"follow up the overdue commitment 3 with MILF",
			"follow up the overdue “Release every child identified in the ranks” with MILF"},
		agreement.ActionRestoreAccess: {"restore monitoring access for commitment 3, or arrange third-party reporting",
			"restore monitoring access for “Release every child identified in the ranks”, or arrange third-party reporting"},
		agreement.ActionVerify: {"arrange verification of commitment 3, reported implemented",
			"arrange verification of “Release every child identified in the ranks”, reported implemented"},
		agreement.ActionPrepareDue: {"prepare commitment 3, due soon from MILF",
			"prepare “Release every child identified in the ranks”, due soon from MILF"},
		agreement.ActionStartPhase:       {"propose the phase “inhabited areas”: the phases it waits for are complete", ""},
		agreement.ActionRequestDelisting: {"ask the UN to consider delisting MILF for abduction of children: every commitment addressing it is verified as implemented, and none was verified in 2019, a reporting period monitored whole", ""},
		agreement.ActionSeekMonitoring:   {"ask for a verification mission covering 2019: delisting for abduction of children needs a whole reporting period monitored with no violation verified, and the record does not show 2019 monitored", ""},
		agreement.ActionKeepEngaging:     {"keep engaging MILF on abduction of children: it stays listed for it, and no commitment of the plan addresses it", ""},
		agreement.ActionUnspecified:      {"unspecified", ""},
		agreement.Action(12):             {"action(12)", ""},
		agreement.Action(255):            {"action(255)", ""},
	}
	for a, want := range tests {
		n := agreement.NextAction{Action: a, Commitment: c, Number: 3, Text: "Release every child identified in the ranks", Party: p, PartyName: "MILF",
			Phase: ph, PhaseName: "inhabited areas", Violation: actor.ViolationAbduction, Period: agreement.ReportingPeriod{From: day("2019-01-01"), To: day("2020-01-01")}}
		assert.Equal(t, want.str, n.String(), "%v", a)
		if want.words == "" {
			want.words = want.str
		}
		assert.Equal(t, want.words, n.Words(), "%v", a)
	}
	// Without names, numbers or texts: nothing hex, the words still a sentence.
	assert.Equal(t, "raise the breach of a commitment with the party", agreement.NextAction{Action: agreement.ActionAddressBreach, Commitment: c, Party: p}.String())
	assert.Equal(t, "raise the breach of commitment 4 with the party", agreement.NextAction{Action: agreement.ActionAddressBreach, Number: 4}.Words(), "no text: the number")
	assert.Equal(t, "propose the next phase: the phases it waits for are complete", agreement.NextAction{Action: agreement.ActionStartPhase, Phase: ph}.String())
	// A long text is cut on a word boundary.
	long := agreement.NextAction{Action: agreement.ActionVerify, Number: 2,
		Text: "Release every child identified in the ranks\nto the country task force, within thirty days of the plan's signature"}
	assert.Equal(t, "arrange verification of “Release every child identified in the ranks to the country…”, reported implemented", long.Words())
}

func TestFollowUpJSON(t *testing.T) {
	f, err := followUpAgreement(t).FollowUp(day("2021-01-01"), agreement.FollowUpOptions{})
	require.NoError(t, err)
	raw, err := json.Marshal(f)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	assert.Equal(t, map[string]any{"commitments": 8.0, "levels": map[string]any{"not_initiated": 6.0, "minimal": 1.0, "intermediate": 0.0, "full": 1.0},
		"due": 6.0, "compliant": 2.0}, m["overall"], "the levels labelled by their wire words")
	assert.Equal(t, "address_breach", m["next"].([]any)[0].(map[string]any)["action"])
	assert.NotContains(t, m, "delisting")
	assert.NotContains(t, m["next"].([]any)[0].(map[string]any), "phase")
	p0 := m["by_party"].([]any)[0].(map[string]any)
	assert.Equal(t, fuArmed.String(), p0["party"], "the tally's fields are inlined")
	assert.Equal(t, 6.0, p0["commitments"])
	n0 := m["next"].([]any)[0].(map[string]any)
	assert.Equal(t, fuC[3].String(), n0["commitment"], "the ID beside the words")
	assert.Equal(t, 3.0, n0["number"])
	assert.Equal(t, "commitment", n0["text"])
	assert.Equal(t, "armed group", n0["party_name"])
	o0 := m["overdue"].([]any)[0].(map[string]any)
	assert.Equal(t, map[string]any{"commitment": fuC[7].String(), "number": 7.0, "text": "commitment", "by": fuArmed.String(), "party_name": "armed group",
		"due": "2020-03-01T00:00:00Z"}, o0)
	assert.Equal(t, "first", m["phases"].([]any)[0].(map[string]any)["phase_name"])
	assert.Equal(t, "armed group", p0["party_name"])

	// Redact replaces the texts, and leaves f as it was.
	r := f.Redact()
	raw, err = json.Marshal(r)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), `"text":"commitment"`)
	assert.Contains(t, string(raw), `"text":"[redacted]"`)
	assert.Equal(t, "commitment", f.Overdue[0].Text)
	assert.Equal(t, "commitment", f.Next[0].Text)
	assert.Equal(t, f.String(), r.String(), "String shows no text, redacted or not")
}
