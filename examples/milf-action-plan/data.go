package main

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/risk"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// IDs are name-based, so that the program's output is the same every run.
var ns = uuid.MustParse("6f1e7d34-5b0a-4c2e-9a41-0b6d2c9e2017")

func id(name string) uuid.UUID { return uuid.NewSHA1(ns, []byte(name)) }

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err) // a literal in this file
	}
	return t
}

func theMILF() actor.Actor {
	return actor.Actor{
		ID: id("MILF"), Name: "Moro Islamic Liberation Front", Kind: actor.KindArmedOpposition,
		PartyToConflict: true, TerritorialControl: true, Command: actor.CommandCentralised,
		Designations: []actor.Designation{{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}}},
		Norms:        []actor.Norm{actor.NormIHL, actor.NormReligiousLaw, actor.NormCodeOfConduct},
		Interests:    []actor.Interest{actor.InterestLegitimacy, actor.InterestDelisting, actor.InterestPopularSupport},
		Levels:       []actor.Level{actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand, actor.LevelFrontlineCommanders},
	}
}

func engagement2007(milf actor.Actor) assessment.Input {
	high, medium := assessment.ConfidenceHigh, assessment.ConfidenceMedium
	return assessment.Input{
		Actor:    milf,
		Concerns: []risk.Concern{{Risk: risk.ChildRecruitment, ThreatActor: milf.ID, Threat: 4, Vulnerability: 4, Capacity: 2}},
		Factors: assessment.FactorScores{
			Criticality: assessment.Scored(0.8, high), ActorImpact: assessment.Scored(0.7, high), Operations: assessment.Scored(0.6, medium),
			Openness: assessment.Scored(0.8, medium), HostState: assessment.Scored(0.6, medium), Risk: assessment.Scored(0.4, medium),
			AddedValue: assessment.Scored(0.9, high),
		},
		Risks: []assessment.EngagementRisk{
			{Category: assessment.CategorySafetySecurity, Likelihood: 3, Impact: 3, Mitigations: []assessment.Mitigation{{Measure: "meetings in camps agreed with both sides of the peace talks", Likelihood: 1}}},
			{Category: assessment.CategoryReputational, Likelihood: 2, Impact: 2},
			{Category: assessment.CategoryLegal, Likelihood: 1, Impact: 2},
			{Category: assessment.CategoryFinancial, Likelihood: 1, Impact: 2},
			{Category: assessment.CategoryOperational, Likelihood: 2, Impact: 2},
		},
		Context: assessment.Context{HostState: assessment.HostStanceSupportive, Criticality: assessment.CriticalityPC1},
	}
}

// influence holds the actors of influence of Box 6's good practices. Names
// are descriptions, not people: a real dossier's names stay inside the
// organisation (see stakeholder.Dossier.Redact).
func influence(milf actor.Actor) stakeholder.Dossier {
	s := func(name string, r stakeholder.Role, inf, pos float64) stakeholder.Stakeholder {
		return stakeholder.Stakeholder{ID: id(name), Name: name, Role: r, Influence: inf, Position: pos, Confidence: stakeholder.ConfidenceMedium}
	}
	return stakeholder.Dossier{
		Target: milf.ID, Agency: id("UNICEF"),
		Stakeholders: []stakeholder.Stakeholder{
			s("the religious council that endorsed the plan", stakeholder.RoleReligiousAuthority, 0.8, 0.9),
			s("the women's auxiliary brigade", stakeholder.RoleInsider, 0.5, 0.8),
			s("community leaders in the camps' areas", stakeholder.RoleCommunityLeader, 0.4, 0.6),
			s("the Government of the Philippines", stakeholder.RoleHostState, 0.7, 0.5),
			s("diplomatic partners of the peace process", stakeholder.RoleDonorState, 0.6, 0.7),
			s("commanders who resisted demobilising fighters", stakeholder.RoleInsider, 0.6, -0.4),
		},
		Interlocutors: []stakeholder.Interlocutor{
			{ID: id("chair"), Name: "senior leader chairing the Action Plan panel", Level: actor.LevelPoliticalLeadership, Authority: 0.9, Credibility: 0.9},
			{ID: id("chief of staff"), Name: "chief of staff", Level: actor.LevelMilitaryCommand, Authority: 0.8, Credibility: 0.7},
			{ID: id("base commanders"), Name: "front and base commanders", Level: actor.LevelFrontlineCommanders, Authority: 0.6, Credibility: 0.6},
		},
	}
}

// actionPlan is the Action Plan signed on 30 July 2009 and what followed,
// as STANDARDS.md gives it from the sources (S/2013/245; A/72/361): the
// recruitment by the 103rd Base Command verified in July 2012; the plan
// renewed in 2013 and given a roadmap in 2015; the disengagement
// ceremonies of February–March 2017 (1,869 children). The commitments'
// due dates, the events before 2017 and the annual reports' findings on
// 2013–2016 are illustrative: the sources do not give them (see
// illustrative).
func actionPlan(milf actor.Actor) (agreement.Agreement, error) {
	un, gph := id("UN country task force"), id("Government of the Philippines")
	c := func(text string, by uuid.UUID, due string, act agreement.Activity, o agreement.Duty) agreement.Commitment {
		return agreement.Commitment{ID: id(text), Text: text, By: by, Due: date(due), Risk: risk.ChildRecruitment,
			Theme: agreement.ThemeChildren, Obligation: o, Verification: agreement.VerificationMission, Violation: actor.ViolationRecruitmentUse, Activity: act}
	}
	plan := agreement.Agreement{
		ID: id("Action Plan 2009"), Title: "The MILF Action Plan", Actor: milf.ID,
		Instrument: agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: milf.ID, Violations: []actor.Violation{actor.ViolationRecruitmentUse}},
		Signed:     date("2009-07-30"),
		Parties: []agreement.Party{
			{ID: milf.ID, Role: agreement.RoleArmedActor, Name: "MILF"},
			{ID: un, Role: agreement.RoleUnitedNations, Name: "UN country task force"},
			{ID: gph, Role: agreement.RoleHostState, Name: "Government of the Philippines"},
		},
		Commitments: []agreement.Commitment{
			c("General order of the leadership prohibiting recruitment and use", milf.ID, "2009-12-31", agreement.ActivityCommandOrder, agreement.DutyNegative),
			c("Child-protection focal points in every base command", milf.ID, "2010-12-31", agreement.ActivityFocalPoints, agreement.DutyPositive),
			c("Unimpeded access to the camps for verification", milf.ID, "2010-03-31", agreement.ActivityVerificationAccess, agreement.DutyPositive),
			c("Identify and disengage every child in the ranks", milf.ID, "2017-03-31", agreement.ActivityReleaseOfChildren, agreement.DutyPositive),
			c("Discipline for commanders who recruit children", milf.ID, "2013-12-31", agreement.ActivityAccountability, agreement.DutyPositive),
			c("Awareness in the communities, with the religious council", milf.ID, "2015-12-31", agreement.ActivityPrevention, agreement.DutyPositive),
			c("Reintegration support for disengaged children", un, "2017-12-31", agreement.ActivityReintegration, agreement.DutyPositive),
		},
	}
	cm := func(i int) uuid.UUID { return plan.Commitments[i].ID }
	events := []agreement.Event{
		{Commitment: cm(0), At: date("2009-11-01"), Kind: agreement.EventFulfilled},
		{Commitment: cm(2), At: date("2010-02-01"), Kind: agreement.EventFulfilled},
		{Commitment: cm(1), At: date("2010-10-01"), Kind: agreement.EventPartiallyFulfilled},
		{Commitment: cm(2), At: date("2011-08-20"), Kind: agreement.EventAccessLost, Note: "peace talks suspended, clashes"},
		{Commitment: cm(2), At: date("2012-03-01"), Kind: agreement.EventAccessRestored},
		{Commitment: cm(1), At: date("2014-03-01"), Kind: agreement.EventFulfilled},
		{Commitment: cm(4), At: date("2014-09-01"), Kind: agreement.EventFulfilled},
		{Commitment: cm(5), At: date("2015-12-01"), Kind: agreement.EventFulfilled},
		{Commitment: cm(0), At: date("2016-11-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: cm(1), At: date("2016-11-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: cm(2), At: date("2016-11-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: cm(4), At: date("2016-11-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		{Commitment: cm(5), At: date("2016-11-01"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		// The disengagement ceremonies ran from February to March 2017.
		{Commitment: cm(3), At: date("2017-03-31"), Kind: agreement.EventFulfilled, Note: "1,869 children disengaged in ceremonies, February–March 2017"},
		{Commitment: cm(3), At: date("2017-04-20"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
		// Reintegration follows disengagement, never precedes it.
		{Commitment: cm(6), At: date("2017-05-15"), Kind: agreement.EventFulfilled},
		{Commitment: cm(6), At: date("2017-05-30"), Kind: agreement.EventVerification, Source: agreement.VerificationMission},
	}
	for _, e := range events {
		var err error
		if plan, err = agreement.Append(plan, e); err != nil {
			return agreement.Agreement{}, err
		}
	}
	var err error
	if plan, err = agreement.AppendViolation(plan, agreement.VerifiedViolation{Violation: actor.ViolationRecruitmentUse,
		Occurred: date("2012-07-01"), Verified: date("2012-07-31"), VerifiedBy: "the country task force on monitoring and reporting (S/2013/245)",
		Note: "recruitment by the 103rd Base Command"}); err != nil {
		return agreement.Agreement{}, err
	}
	for y := 2013; y <= 2016; y++ {
		if plan, err = agreement.AppendMonitoring(plan, agreement.Monitoring{From: date(fmt.Sprint(y) + "-01-01"), To: date(fmt.Sprint(y+1) + "-01-01"),
			Source: agreement.MonitoringAnnualReport, Reference: fmt.Sprintf("the %d annual report", y+1), Stated: date(fmt.Sprint(y+1) + "-06-01")}); err != nil {
			return agreement.Agreement{}, err
		}
	}
	return plan, nil
}

// illustrative says what the program simplifies: the sources give the
// listing, the signature, the verified recruitment, the renewal and the
// roadmap, the disengagement and the delisting, but not these.
const illustrative = "Illustrative, not from the sources: the commitments' due dates, the events before 2017 and their dates, " +
	"the annual reports' findings that 2013–2016 were monitored with no recruitment verified, and the verification dates of 2016–2017."
