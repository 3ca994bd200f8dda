package main

import (
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

var ns = uuid.MustParse("2b8e61a0-7c1d-4f0e-8a13-5d9c0e2c2008")

func id(name string) uuid.UUID { return uuid.NewSHA1(ns, []byte(name)) }

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err) // a literal in this file
	}
	return t
}

func theMFDC() actor.Actor {
	return actor.Actor{
		ID: id("MFDC"), Name: "Movement of Democratic Forces of Casamance (MFDC)", Kind: actor.KindArmedOpposition,
		PartyToConflict: true, Command: actor.CommandFragmented, CommunityEmbedded: true,
		Factions: []actor.Faction{
			{ID: id("political wing"), Name: "political wing", Level: actor.LevelPoliticalLeadership},
			{ID: id("northern front"), Name: "northern military faction", Level: actor.LevelMilitaryCommand},
			{ID: id("southern front"), Name: "southern military faction", Level: actor.LevelMilitaryCommand},
		},
		Norms:  []actor.Norm{actor.NormCustomary},
		Levels: []actor.Level{actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand, actor.LevelFrontlineCommanders, actor.LevelRankAndFile},
	}
}

// dossier holds who influences the faction. Names here describe roles, not
// people; a real dossier's names stay in the organisation (Dossier.Redact).
func dossier(mfdc actor.Actor) stakeholder.Dossier {
	s := func(name string, r stakeholder.Role, inf, pos float64) stakeholder.Stakeholder {
		return stakeholder.Stakeholder{ID: id(name), Name: name, Role: r, Influence: inf, Position: pos, Confidence: stakeholder.ConfidenceMedium}
	}
	i := func(name string, l actor.Level, auth, cred float64) stakeholder.Interlocutor {
		return stakeholder.Interlocutor{ID: id(name), Name: name, Level: l, Authority: auth, Credibility: cred}
	}
	d := stakeholder.Dossier{
		Target: mfdc.ID, Agency: id("Geneva Call"),
		Stakeholders: []stakeholder.Stakeholder{
			s("peace facilitators", stakeholder.RoleCivilSociety, 0.6, 0.7),
			s("Government of Senegal", stakeholder.RoleHostState, 0.5, 0.3),
			s("village chiefs near the bases", stakeholder.RoleCommunityLeader, 0.5, 0.6),
			s("the political wing", stakeholder.RoleInsider, 0.3, 0.5),
		},
		Interlocutors: []stakeholder.Interlocutor{
			i("the faction's commander", actor.LevelMilitaryCommand, 0.9, 0.7),
			i("base commanders", actor.LevelFrontlineCommanders, 0.6, 0.5),
			i("a political wing delegate", actor.LevelPoliticalLeadership, 0.3, 0.6),
		},
	}
	e := func(from, to string, w float64) stakeholder.Edge {
		return stakeholder.Edge{From: id(from), To: id(to), Weight: w}
	}
	d.Influence = []stakeholder.Edge{
		e("Geneva Call", "peace facilitators", 0.8),
		e("Geneva Call", "village chiefs near the bases", 0.5),
		e("Geneva Call", "a political wing delegate", 0.6),
		e("Geneva Call", "Government of Senegal", 0.4),
		e("peace facilitators", "the faction's commander", 0.7),
		e("Government of Senegal", "the faction's commander", 0.3),
		e("village chiefs near the bases", "base commanders", 0.6),
		e("the faction's commander", "base commanders", 0.8),
		e("the political wing", "the faction's commander", 0.2),
	}
	return d
}

// demining is the step-by-step agreement with the faction.
func demining(mfdc actor.Actor) (agreement.Agreement, error) {
	faction, gc, ops := id("northern front"), id("Geneva Call"), id("demining operator")
	inhabited, bases := id("phase: inhabited areas"), id("phase: near the bases")
	mines := func(text string, due string, phase uuid.UUID, measure redline.Measure) agreement.Commitment {
		return agreement.Commitment{ID: id(text), Text: text, By: faction, Due: date(due), Phase: phase,
			Risk: risk.ExplosiveOrdnance, Theme: agreement.ThemeMines, Obligation: agreement.DutyPositive,
			Verification: agreement.VerificationThirdPartyReport,
			Term:         redline.Term{Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: measure}}
	}
	a := agreement.Agreement{
		ID: id("demining agreement"), Title: "Demining in Casamance, step by step", Actor: mfdc.ID,
		Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Signed:     date("2008-03-01"),
		Parties: []agreement.Party{
			{ID: faction, Role: agreement.RoleFaction, Name: "northern military faction of the MFDC", Actor: faction},
			{ID: gc, Role: agreement.RoleGenevaCall, Name: "Geneva Call"},
			{ID: ops, Role: agreement.RoleThirdParty, Name: "demining operator"},
		},
		Phases: []agreement.Phase{
			{ID: inhabited, Name: "inhabited areas", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}},
			{ID: bases, Name: "areas near the faction's bases", After: []uuid.UUID{inhabited}, Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}},
		},
		Commitments: []agreement.Commitment{
			mines("Tell the population where the mined areas are", "2009-06-30", inhabited, redline.MeasureMarking),
			mines("Allow the clearance of mined inhabited areas", "2010-12-31", inhabited, redline.MeasureClearance),
			{ID: id("deminers"), Text: "Do not harm or hold the deminers", By: faction, Due: date("2008-03-01"),
				Risk: risk.AbductionDetention, Theme: agreement.ThemeDetention, Obligation: agreement.DutyNegative,
				Verification: agreement.VerificationThirdPartyReport},
			mines("Allow clearance near the bases", "2014-12-31", bases, redline.MeasureClearance),
		},
	}
	c := func(i int) uuid.UUID { return a.Commitments[i].ID }
	for _, e := range []agreement.Event{
		{Commitment: c(0), At: date("2009-05-01"), Kind: agreement.EventFulfilled},
		{Commitment: c(1), At: date("2010-06-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate},
		{Commitment: c(1), At: date("2010-11-01"), Kind: agreement.EventFulfilled},
		{Commitment: c(3), At: date("2013-04-01"), Kind: agreement.EventProgress},
		{Commitment: c(3), At: date("2013-05-03"), Kind: agreement.EventReversal, Note: "demining near the bases is a red line"},
		{Commitment: c(2), At: date("2013-05-03"), Kind: agreement.EventBreach, Note: "twelve deminers abducted"},
		{Commitment: c(2), At: date("2013-07-10"), Kind: agreement.EventFulfilled, Note: "released after a brokered meeting"},
	} {
		var err error
		if a, err = agreement.Append(a, e); err != nil {
			return agreement.Agreement{}, err
		}
	}
	return a, nil
}
