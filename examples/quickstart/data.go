package main

import (
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// The scenario, in the spirit of the report's Box 6: a non-state armed group
// that holds territory, listed by the UN for recruiting and using children,
// interested in leaving the list.

var (
	groupID  = uuid.MustParse("4d7a1c60-0000-4000-8000-000000000276")
	planID   = uuid.MustParse("4d7a1c60-0000-4000-8000-000000002009")
	unID     = uuid.MustParse("4d7a1c60-0000-4000-8000-0000000000aa")
	agencyID = uuid.MustParse("4d7a1c60-0000-4000-8000-0000000000ab")
)

func armedGroup() actor.Actor {
	return actor.Actor{
		ID: groupID, Name: "Moro Islamic Liberation Front (MILF)", Kind: actor.KindArmedOpposition,
		PartyToConflict: true, TerritorialControl: true, Command: actor.CommandCentralised,
		Designations: []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}}},
		Norms:        []actor.Norm{actor.NormIHL, actor.NormReligiousLaw},
		Interests:    []actor.Interest{actor.InterestLegitimacy, actor.InterestDelisting},
	}
}

// ourStanding is our agency under sanctions law: an NGO taking part in the
// UN's humanitarian response plan, answering to no national sanctions law
// the screening knows.
var ourStanding = sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO}

func engagementCase(group actor.Actor) assessment.Input {
	high, medium := assessment.ConfidenceHigh, assessment.ConfidenceMedium
	return assessment.Input{
		Actor:    group,
		Concerns: []risk.Concern{{Risk: risk.ChildRecruitment, ThreatActor: group.ID, Threat: 4, Vulnerability: 4, Capacity: 2}},
		Factors: assessment.FactorScores{
			Criticality: assessment.Scored(0.9, high), ActorImpact: assessment.Scored(0.8, high),
			Operations: assessment.Scored(0.6, medium), Openness: assessment.Scored(0.7, medium),
			HostState: assessment.Scored(0.6, medium), Risk: assessment.Scored(0.4, medium), AddedValue: assessment.Scored(0.8, high),
		},
		Risks: []assessment.EngagementRisk{
			{Category: assessment.CategorySafetySecurity, Likelihood: 3, Impact: 3,
				Mitigations: []assessment.Mitigation{{Measure: "meet in a camp both the group and the government accept", Likelihood: 1}}},
			{Category: assessment.CategoryReputational, Likelihood: 2, Impact: 2},
			{Category: assessment.CategoryLegal, Likelihood: 1, Impact: 3},
			{Category: assessment.CategoryFinancial, Likelihood: 1, Impact: 2},
			{Category: assessment.CategoryOperational, Likelihood: 2, Impact: 2},
		},
		Context: assessment.Context{HostState: assessment.HostStanceSupportive, Criticality: assessment.CriticalityPC1},
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err) // a literal in this file
	}
	return t
}

// actionPlan is the agreement: each commitment carries its red-line term, so
// the draft can be checked, and the events recorded since signature.
func actionPlan(group actor.Actor) agreement.Agreement {
	commit := func(n int, text string, by uuid.UUID, due string, act agreement.Activity, o agreement.Duty, term redline.Term) agreement.Commitment {
		term.ID = "art. " + string(rune('0'+n))
		return agreement.Commitment{ID: uuid.NewSHA1(planID, []byte{byte(n)}), Text: text, By: by, Due: date(due),
			Risk: risk.ChildRecruitment, Theme: agreement.ThemeChildren, Obligation: o,
			Verification: agreement.VerificationMission, Violation: actor.ViolationRecruitmentUse, Activity: act, Term: term}
	}
	armed := redline.EntityArmedActor
	a := agreement.Agreement{
		ID: planID, Title: "Action Plan on the recruitment and use of children", Actor: group.ID,
		Instrument: agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: group.ID, Violations: []actor.Violation{actor.ViolationRecruitmentUse}},
		Signed:     date("2009-08-01"),
		Parties: []agreement.Party{
			{ID: group.ID, Role: agreement.RoleArmedActor, Name: "MILF"},
			{ID: unID, Role: agreement.RoleUnitedNations, Name: "UN country task force"},
			{ID: agencyID, Role: agreement.RoleAgency, Name: "our agency"},
		},
		Commitments: []agreement.Commitment{
			commit(1, "Order forbidding the recruitment of anyone under 16", group.ID, "2009-12-31", agreement.ActivityCommandOrder, agreement.DutyNegative,
				redline.Term{Kind: redline.KindChildRecruitment, By: armed, MinAge: redline.Num(16)}),
			commit(2, "Order forbidding the use of anyone under 18 in hostilities", group.ID, "2009-12-31", agreement.ActivityCommandOrder, agreement.DutyNegative,
				redline.Term{Kind: redline.KindChildUse, By: armed, MinAge: redline.Num(18)}),
			commit(3, "Release every child identified in the ranks", group.ID, "2010-06-30", agreement.ActivityReleaseOfChildren, agreement.DutyPositive,
				redline.Term{Kind: redline.KindReleaseOfChildren, By: armed}),
			commit(4, "Unimpeded access to the camps for verification", group.ID, "2010-03-31", agreement.ActivityVerificationAccess, agreement.DutyPositive,
				redline.Term{Kind: redline.KindAccess, By: armed, Conditional: redline.FlagNo}),
			commit(5, "Fund the community reintegration of released children", agencyID, "2010-06-30", agreement.ActivityReintegration, agreement.DutyPositive,
				redline.Term{Kind: redline.KindFunding, By: redline.EntityAgency, Source: redline.EntityDonor}),
		},
	}
	for _, e := range []agreement.Event{
		{Commitment: a.Commitments[0].ID, At: date("2009-10-01"), Kind: agreement.EventFulfilled},
		{Commitment: a.Commitments[1].ID, At: date("2009-10-01"), Kind: agreement.EventFulfilled},
		{Commitment: a.Commitments[3].ID, At: date("2010-02-15"), Kind: agreement.EventFulfilled},
		{Commitment: a.Commitments[2].ID, At: date("2010-05-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate},
		{Commitment: a.Commitments[0].ID, At: date("2010-08-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
	} {
		var err error
		if a, err = agreement.Append(a, e); err != nil {
			panic(err) // a literal in this file
		}
	}
	return a
}
