package agreement_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
)

// id is a readable ID: n in decimal digits at both ends, so that the first
// eight characters a text shows tell IDs apart ("00000101-…").
func id(n int) uuid.UUID { return uuid.MustParse(fmt.Sprintf("%08d-0000-4000-8000-%012d", n, n)) }

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// milfActionPlan models the report's Box 6 as it happened (STANDARDS.md,
// after S/2013/245 and A/72/361): the MILF, listed for recruitment and use
// of children from the 2003 report, signed an Action Plan on 30 July 2009;
// recruitment by its 103rd Base Command was verified in July 2012; the
// plan was renewed in 2013 and given a roadmap in 2015; disengagement
// ceremonies ran from February to March 2017 (1,869 children); it was
// delisted in the August 2017 report. The activities' own dates, and the
// annual reports' findings for 2013 to 2016, are illustrative: the sources
// do not give them.
func milfActionPlan() agreement.Agreement {
	milf, un, gph := id(1), id(2), id(3)
	activity := func(n int, what string, by uuid.UUID, act agreement.Activity, due string, o agreement.Duty) agreement.Commitment {
		return agreement.Commitment{ID: id(100 + n), Text: what, By: by, Due: day(due), Risk: risk.ChildRecruitment,
			Theme: agreement.ThemeChildren, Obligation: o, Verification: agreement.VerificationMission, Violation: actor.ViolationRecruitmentUse, Activity: act}
	}
	a := agreement.Agreement{
		ID: id(10), Title: "Action Plan on recruitment and use of children", Actor: milf,
		Instrument: agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: milf, Violations: []actor.Violation{actor.ViolationRecruitmentUse}},
		Signed:     day("2009-07-30"),
		Parties: []agreement.Party{
			{ID: milf, Role: agreement.RoleArmedActor, Name: "Moro Islamic Liberation Front"},
			{ID: un, Role: agreement.RoleUnitedNations, Name: "UN country task force"},
			{ID: gph, Role: agreement.RoleHostState, Name: "Government of the Philippines"},
		},
		Commitments: []agreement.Commitment{
			activity(1, "General order prohibiting recruitment and use of children", milf, agreement.ActivityCommandOrder, "2010-03-01", agreement.DutyNegative),
			activity(2, "Child-protection focal points in every base command", milf, agreement.ActivityFocalPoints, "2010-06-01", agreement.DutyPositive),
			activity(3, "Disengage every child identified in the ranks", milf, agreement.ActivityReleaseOfChildren, "2017-03-31", agreement.DutyPositive),
			activity(4, "Unimpeded access to camps for verification", milf, agreement.ActivityVerificationAccess, "2010-01-01", agreement.DutyPositive),
			activity(5, "Community awareness on the prohibition", milf, agreement.ActivityPrevention, "2012-12-31", agreement.DutyPositive),
		},
	}
	events := []agreement.Event{
		{Commitment: id(101), At: day("2009-11-01"), Kind: agreement.EventFulfilled, Source: agreement.VerificationSelfReport},
		{Commitment: id(104), At: day("2010-02-01"), Kind: agreement.EventProgress},
		{Commitment: id(102), At: day("2010-05-01"), Kind: agreement.EventPartiallyFulfilled},
		{Commitment: id(104), At: day("2011-08-15"), Kind: agreement.EventAccessLost, Note: "talks suspended after clashes"},
		{Commitment: id(104), At: day("2012-02-01"), Kind: agreement.EventAccessRestored},
		{Commitment: id(103), At: day("2013-06-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate},
		{Commitment: id(102), At: day("2014-01-01"), Kind: agreement.EventFulfilled},
		{Commitment: id(104), At: day("2014-01-01"), Kind: agreement.EventFulfilled},
		{Commitment: id(105), At: day("2015-06-01"), Kind: agreement.EventFulfilled},
		{Commitment: id(101), At: day("2016-12-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: id(102), At: day("2016-12-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: id(104), At: day("2016-12-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: id(105), At: day("2016-12-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: id(103), At: day("2017-03-31"), Kind: agreement.EventFulfilled, Note: "1,869 children disengaged, February–March 2017"},
		{Commitment: id(103), At: day("2017-04-20"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
	}
	for _, e := range events {
		var err error
		if a, err = agreement.Append(a, e); err != nil {
			panic(err)
		}
	}
	var err error
	if a, err = agreement.AppendViolation(a, agreement.VerifiedViolation{Violation: actor.ViolationRecruitmentUse,
		Occurred: day("2012-07-01"), Verified: day("2012-07-31"), VerifiedBy: "country task force on monitoring and reporting (S/2013/245)",
		Note: "recruitment by the 103rd Base Command"}); err != nil {
		panic(err)
	}
	for y := 2013; y <= 2016; y++ { // the annual reports' findings: illustrative
		if a, err = agreement.AppendMonitoring(a, agreement.Monitoring{From: day(fmt.Sprint(y) + "-01-01"), To: day(fmt.Sprint(y+1) + "-01-01"),
			Source: agreement.MonitoringAnnualReport, Stated: day(fmt.Sprint(y+1) + "-06-01")}); err != nil {
			panic(err)
		}
	}
	return a
}

// milfListing is the MILF's listing: for recruitment and use of children,
// from the Secretary-General's 2003 report.
var milfListing = actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}}

// Box 6, during the setbacks of 2011: lost access and overdue commitments;
// in 2013, after the recruitment verified in July 2012, not eligible; and in
// June 2017, once the disengagement was verified, eligible for delisting.
func ExampleAgreement_FollowUp_actionPlan() {
	a := milfActionPlan()
	for _, at := range []string{"2011-09-01", "2013-06-01", "2017-06-01"} {
		f, err := a.FollowUp(day(at), agreement.FollowUpOptions{Listing: milfListing})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(f)
	}
	// Output:
	// Follow-up at 2011-09-01: 2 overdue, 0 due soon, 0 breaches, 0 reversals, 0 of our own not honoured; compliance 33%
	//   - overdue: commitment 4 by Moro Islamic Liberation Front, due 2010-01-01
	//   - overdue: commitment 2 by Moro Islamic Liberation Front, due 2010-06-01
	//   - monitoring access lost: commitment 4 by Moro Islamic Liberation Front, due 2010-01-01, since 2011-08-15
	//   - implemented, not verified: commitment 1 by Moro Islamic Liberation Front, due 2010-03-01
	//   - delisting: not yet eligible for delisting for the violation the party is listed for; the party is a persistent perpetrator, in the annexes five years or more
	//       Recruitment or use of children in armed forces and armed groups — listed since 2003: not yet eligible — 5 of 5 commitments not yet verified as implemented; no reporting period since the plan was signed is shown monitored and clean yet: cessation needs 2009 monitored, with no violation verified (unknown: 2009, 2010)
	//   - next: follow up the overdue commitment 4 with Moro Islamic Liberation Front
	//   - next: follow up the overdue commitment 2 with Moro Islamic Liberation Front
	//   - next: restore monitoring access for commitment 4, or arrange third-party reporting
	//   - next: arrange verification of commitment 1, reported implemented
	// Follow-up at 2013-06-01: 3 overdue, 0 due soon, 0 breaches, 0 reversals, 0 of our own not honoured; compliance 25%
	//   - overdue: commitment 4 by Moro Islamic Liberation Front, due 2010-01-01
	//   - overdue: commitment 2 by Moro Islamic Liberation Front, due 2010-06-01
	//   - overdue: commitment 5 by Moro Islamic Liberation Front, due 2012-12-31
	//   - implemented, not verified: commitment 1 by Moro Islamic Liberation Front, due 2010-03-01
	//   - delisting: not yet eligible for delisting for the violation the party is listed for; the party is a persistent perpetrator, in the annexes five years or more
	//       Recruitment or use of children in armed forces and armed groups — listed since 2003: not yet eligible — 5 of 5 commitments not yet verified as implemented; no reporting period after the last one verified (it occurred on 2012-07-01) is shown monitored and clean yet: cessation needs 2013 monitored, with no violation verified (unknown: 2009, 2010, 2011; with a violation verified: 2012)
	//   - next: follow up the overdue commitment 4 with Moro Islamic Liberation Front
	//   - next: follow up the overdue commitment 2 with Moro Islamic Liberation Front
	//   - next: follow up the overdue commitment 5 with Moro Islamic Liberation Front
	//   - next: arrange verification of commitment 1, reported implemented
	// Follow-up at 2017-06-01: 0 overdue, 0 due soon, 0 breaches, 0 reversals, 0 of our own not honoured; compliance 100%
	//   - delisting: eligible for delisting for every violation the party is listed for; the party is a persistent perpetrator, in the annexes five years or more
	//       Recruitment or use of children in armed forces and armed groups — listed since 2003: eligible for delisting from 2017-04-20 — 5 commitments verified as implemented; none verified in 2013, a reporting period monitored whole after the last one verified (it occurred on 2012-07-01)
	//   - next: ask the UN to consider delisting Moro Islamic Liberation Front for recruitment or use of children in armed forces and armed groups: every commitment addressing it is verified as implemented, and none was verified in 2013, a reporting period monitored whole
}

// mfdcDemining models the report's Box 4: Geneva Call and a faction of the
// fragmented MFDC agreed, step by step, to demining in inhabited areas
// (2008); when operators neared the faction's bases in 2013 it called that a
// red line and abducted twelve deminers, released after a second meeting
// brokered with the government and peace facilitators.
func mfdcDemining() agreement.Agreement {
	faction, gc, ops := id(21), id(22), id(23)
	inhabited, bases := id(31), id(32)
	a := agreement.Agreement{
		ID: id(20), Title: "Demining in Casamance, step by step", Actor: id(20_000),
		Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Signed:     day("2008-03-01"),
		Parties: []agreement.Party{
			{ID: faction, Role: agreement.RoleFaction, Name: "MFDC military faction"},
			{ID: gc, Role: agreement.RoleGenevaCall, Name: "Geneva Call"},
			{ID: ops, Role: agreement.RoleThirdParty, Name: "demining operator"},
		},
		Phases: []agreement.Phase{
			{ID: inhabited, Name: "inhabited areas", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}},
			{ID: bases, Name: "areas near the faction's bases", After: []uuid.UUID{inhabited}, Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}},
		},
		Commitments: []agreement.Commitment{
			{ID: id(201), Text: "Allow clearance of mined inhabited areas", By: faction, Due: day("2010-12-31"), Phase: inhabited,
				Risk: risk.ExplosiveOrdnance, Theme: agreement.ThemeMines, Obligation: agreement.DutyPositive, Verification: agreement.VerificationThirdPartyReport,
				Term: redline.Term{Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureClearance}},
			{ID: id(202), Text: "Tell the population where mined areas are", By: faction, Due: day("2009-06-30"), Phase: inhabited,
				Risk: risk.ExplosiveOrdnance, Theme: agreement.ThemeMines, Obligation: agreement.DutyPositive, Verification: agreement.VerificationThirdPartyReport,
				Term: redline.Term{Kind: redline.KindInformationToPopulation, By: redline.EntityArmedActor}},
			{ID: id(203), Text: "Do not harm or hold deminers", By: faction, Due: day("2008-03-01"),
				Risk: risk.AbductionDetention, Theme: agreement.ThemeDetention, Obligation: agreement.DutyNegative, Verification: agreement.VerificationThirdPartyReport},
			{ID: id(204), Text: "Allow clearance near the bases", By: faction, Due: day("2014-12-31"), Phase: bases,
				Risk: risk.ExplosiveOrdnance, Theme: agreement.ThemeMines, Obligation: agreement.DutyPositive, Verification: agreement.VerificationThirdPartyReport,
				Term: redline.Term{Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureClearance}},
		},
	}
	for _, e := range []agreement.Event{
		{Commitment: id(202), At: day("2009-05-01"), Kind: agreement.EventFulfilled},
		{Commitment: id(201), At: day("2010-11-01"), Kind: agreement.EventFulfilled},
		{Commitment: id(201), At: day("2011-02-01"), Kind: agreement.EventVerification},
		{Commitment: id(204), At: day("2013-04-01"), Kind: agreement.EventProgress},
		{Commitment: id(204), At: day("2013-05-03"), Kind: agreement.EventReversal, Note: "the faction calls demining near its bases a red line"},
		{Commitment: id(203), At: day("2013-05-03"), Kind: agreement.EventBreach, Note: "twelve deminers abducted"},
		{Commitment: id(203), At: day("2013-07-10"), Kind: agreement.EventFulfilled, Note: "deminers released after a brokered meeting"},
	} {
		var err error
		if a, err = agreement.Append(a, e); err != nil {
			panic(err)
		}
	}
	return a
}

// Box 4 in June 2013: the faction has reversed its acceptance of demining
// near its bases and is holding the deminers; the first phase stands.
func ExampleAgreement_FollowUp_phased() {
	a := mfdcDemining()
	f, err := a.FollowUp(day("2013-06-01"), agreement.FollowUpOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f)
	for _, p := range f.Phases {
		fmt.Println(p)
	}
	// After the brokered release, the breach is remedied.
	f, _ = a.FollowUp(day("2013-08-01"), agreement.FollowUpOptions{})
	fmt.Println(f)
	// Output:
	// Follow-up at 2013-06-01: 0 overdue, 0 due soon, 1 breach, 1 reversal, 0 of our own not honoured; compliance 67%
	//   - breached: commitment 3 by MFDC military faction, due 2008-03-01, since 2013-05-03
	//   - reversed: commitment 4 by MFDC military faction, due 2014-12-31, since 2013-05-03
	//   - implemented, not verified: commitment 2 by MFDC military faction, due 2009-06-30
	//   - next: raise the breach of commitment 3 with MFDC military faction
	//   - next: engage MFDC military faction on the reversal of commitment 4
	//   - next: arrange verification of commitment 2, reported implemented
	// the phase “inhabited areas”: 2 of 2 commitments at the rule's level (100%), complete, open, started
	// the phase “areas near the faction's bases”: 0 of 1 commitment at the rule's level (0%), not complete, open, started
	// Follow-up at 2013-08-01: 0 overdue, 0 due soon, 0 breaches, 1 reversal, 0 of our own not honoured; compliance 100%
	//   - reversed: commitment 4 by MFDC military faction, due 2014-12-31, since 2013-05-03
	//   - implemented, not verified: commitment 3 by MFDC military faction, due 2008-03-01
	//   - implemented, not verified: commitment 2 by MFDC military faction, due 2009-06-30
	//   - next: engage MFDC military faction on the reversal of commitment 4
	//   - next: arrange verification of commitment 3, reported implemented
	//   - next: arrange verification of commitment 2, reported implemented
}

// A draft's terms are checked against the baseline red lines before
// signature.
func ExampleAgreement_Proposal() {
	a := mfdcDemining()
	k := redline.MustCompile(redline.Baseline())
	r := k.Check(a.Proposal())
	fmt.Println(r.Verdict, len(a.Proposal()), "terms checked,", len(a.Unchecked()), "without a term")
	// Output:
	// acceptable 3 terms checked, 1 without a term
}

// Redact removes what must not leave the organisation: the texts of
// commitments and the notes of events.
func ExampleAgreement_Redact() {
	a := mfdcDemining()
	fmt.Println(a)
	r := a.Redact()
	fmt.Println(r.Commitments[2].Text, strings.Contains(fmt.Sprint(r.Events), "abducted"), r.Events[5].Note == "")
	// Output:
	// written record of agreed terms 00000020: 4 commitments, 7 events
	// [redacted] false true
}

// Delisting is judged per violation. A party listed for recruitment and use
// and for sexual violence signs an Action Plan on recruitment only: once
// every commitment is verified and a reporting period is monitored with no
// violation, it can be delisted for recruitment — and stays listed for
// sexual violence. A joint plan on both, where a rape was verified in
// December 2016, qualifies for one violation and not yet for the other: 2016
// has a violation, and 2017 must be monitored first.
func ExampleDelisting() {
	listing := actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{
		{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB},
		{Violation: actor.ViolationSexualViolence, Since: 2012, Section: actor.AnnexSectionA},
	}}
	opts := agreement.FollowUpOptions{Listing: listing}

	plan := milfActionPlan() // on recruitment and use only
	f, err := plan.FollowUp(day("2017-06-01"), opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Plan on recruitment:", f.Delisting)
	for _, n := range f.Next {
		fmt.Println("  next:", n)
	}

	// The joint plan adds a command order against sexual violence, honoured
	// and verified; a rape by the party is verified in December 2016.
	joint := milfActionPlan()
	joint.Instrument.Violations = append(joint.Instrument.Violations, actor.ViolationSexualViolence)
	joint.Commitments = append(joint.Commitments, agreement.Commitment{ID: id(106), Text: "Order prohibiting sexual violence",
		By: id(1), Due: day("2012-01-01"), Risk: risk.GenderBasedViolence, Obligation: agreement.DutyNegative,
		Verification: agreement.VerificationMission, Violation: actor.ViolationSexualViolence, Activity: agreement.ActivityCommandOrder})
	for _, e := range []agreement.Event{
		{Commitment: id(106), At: day("2017-04-25"), Kind: agreement.EventFulfilled},
		{Commitment: id(106), At: day("2017-05-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
	} {
		if joint, err = agreement.Append(joint, e); err != nil {
			fmt.Println(err)
			return
		}
	}
	if joint, err = agreement.AppendViolation(joint, agreement.VerifiedViolation{Violation: actor.ViolationSexualViolence,
		Occurred: day("2016-11-20"), Verified: day("2016-12-15"), VerifiedBy: "country task force"}); err != nil {
		fmt.Println(err)
		return
	}
	f, err = joint.FollowUp(day("2017-06-01"), opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Joint plan:", f.Delisting)
	// Output:
	// Plan on recruitment: eligible for delisting for 1 of the 2 violations the party is listed for; the party is a persistent perpetrator, in the annexes five years or more
	//   - Recruitment or use of children in armed forces and armed groups — listed since 2003, section B (measures in place to protect children): eligible for delisting from 2017-04-20 — 5 commitments verified as implemented; none verified in 2013, a reporting period monitored whole after the last one verified (it occurred on 2012-07-01)
	//   - Rape or other grave sexual violence against children: remains listed — the plan does not address it
	//   next: ask the UN to consider delisting Moro Islamic Liberation Front for recruitment or use of children in armed forces and armed groups: every commitment addressing it is verified as implemented, and none was verified in 2013, a reporting period monitored whole
	//   next: keep engaging Moro Islamic Liberation Front on rape or other grave sexual violence against children: it stays listed for it, and no commitment of the plan addresses it
	// Joint plan: eligible for delisting for 1 of the 2 violations the party is listed for; the party is a persistent perpetrator, in the annexes five years or more
	//   - Recruitment or use of children in armed forces and armed groups — listed since 2003, section B (measures in place to protect children): eligible for delisting from 2017-04-20 — 5 commitments verified as implemented; none verified in 2013, a reporting period monitored whole after the last one verified (it occurred on 2012-07-01)
	//   - Rape or other grave sexual violence against children — listed since 2012, section A (no measures in place to protect children): not yet eligible — no reporting period after the last one verified (it occurred on 2016-11-20) is shown monitored and clean yet: cessation needs 2017 monitored, with no violation verified (clean: 2013, 2014, 2015; unknown: 2009, 2010, 2011, 2012; with a violation verified: 2016)
}

// String names commitments by their number, as logs may show it; Words
// names them by their texts, for the negotiator's own screen. JSON carries
// both beside the IDs, and Redact replaces the texts before sharing.
func ExampleFollowUp_Words() {
	f, err := mfdcDemining().FollowUp(day("2013-06-01"), agreement.FollowUpOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Words())
	fmt.Println(f.Next[0])
	fmt.Println(f.Redact().Next[0].Text)
	// Output:
	// Follow-up at 2013-06-01: 0 overdue, 0 due soon, 1 breach, 1 reversal, 0 of our own not honoured; compliance 67%
	//   - breached: “Do not harm or hold deminers” by MFDC military faction, due 2008-03-01, since 2013-05-03
	//   - reversed: “Allow clearance near the bases” by MFDC military faction, due 2014-12-31, since 2013-05-03
	//   - implemented, not verified: “Tell the population where mined areas are” by MFDC military faction, due 2009-06-30
	//   - next: raise the breach of “Do not harm or hold deminers” with MFDC military faction
	//   - next: engage MFDC military faction on the reversal of “Allow clearance near the bases”
	//   - next: arrange verification of “Tell the population where mined areas are”, reported implemented
	// raise the breach of commitment 3 with MFDC military faction
	// [redacted]
}
