package main

import (
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
)

var ns = uuid.MustParse("9c4a2e10-3d55-4b8f-a0c1-7e2b5f0d2016")

func id(name string) uuid.UUID { return uuid.NewSHA1(ns, []byte(name)) }

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err) // a literal in this file
	}
	return t
}

// bottomLine is the team's least acceptable outcome in this scenario: at
// least 200 of the children on the medical list. Crossing it calls for the
// mandator.
func bottomLine() redline.Policy {
	return redline.Policy{
		Name: "evacuation-scenario", Version: "1",
		Rules: []redline.Rule{{
			ID: "evacuate-at-least-200", Kind: redline.KindEvacuation, Severity: redline.SeverityBottomLine,
			When:      []redline.Condition{{Attr: "count", Op: redline.OpLt, Value: redline.NumberValue(200)}},
			Citations: []string{"team-scenario-plan"},
			Rationale: "Fewer than 200 would leave children with urgent medical needs behind.",
		}},
	}
}

// drafts returns the terms with an escort by a party, and with a
// deconfliction mechanism instead.
func drafts(children int) (escorted, deconflicted []redline.Term) {
	common := []redline.Term{
		// Children leave with their families' agreement, for care, and come
		// back: voluntary and temporary, as IHL requires of an evacuation.
		{ID: "evacuation", Kind: redline.KindEvacuation, By: redline.EntityAgency, Count: redline.Num(float64(children)),
			Voluntary: redline.FlagYes, Temporary: redline.FlagYes},
		{ID: "pause in fighting", Kind: redline.KindAccess, By: redline.EntityPartyToConflict, Conditional: redline.FlagNo},
		{ID: "emblem", Kind: redline.KindEmblem, By: redline.EntityAgency, Display: redline.FlagYes},
	}
	escorted = append(append([]redline.Term(nil), common...),
		redline.Term{ID: "escort", Kind: redline.KindArmedEscort, By: redline.EntityHostState, Provider: redline.EntityHostState})
	deconflicted = append(append([]redline.Term(nil), common...),
		redline.Term{ID: "route and timing to both parties", Kind: redline.KindInformationSharing, By: redline.EntityAgency, Recipient: redline.EntityPartyToConflict, Information: redline.InformationOperational},
		redline.Term{ID: "no escort", Kind: redline.KindArmedEscort, By: redline.EntityAgency, Provider: redline.EntityNone})
	return escorted, deconflicted
}

func evacuationAgreement() (agreement.Agreement, error) {
	army, group, agency := id("government forces"), id("armed group"), id("agency")
	c := func(text string, by uuid.UUID, due string, o agreement.Duty, risk risk.Risk) agreement.Commitment {
		return agreement.Commitment{ID: id(text), Text: text, By: by, Due: date(due), Risk: risk, Theme: agreement.ThemeMovement,
			Obligation: o, Verification: agreement.VerificationThirdPartyReport}
	}
	a := agreement.Agreement{
		ID: id("evacuation"), Title: "Medical evacuation of children", Actor: id("armed group actor"),
		Instrument: agreement.Instrument{Kind: agreement.InstrumentWrittenRecord},
		Signed:     date("2016-11-14"),
		Parties: []agreement.Party{
			{ID: army, Role: agreement.RoleHostState, Name: "government forces"},
			{ID: group, Role: agreement.RoleArmedActor, Name: "armed group holding the eastern districts"},
			{ID: agency, Role: agreement.RoleAgency, Name: "the organisation"},
		},
		Commitments: []agreement.Commitment{
			c("Hold fire along the agreed corridor during the window", army, "2016-11-18", agreement.DutyNegative, risk.AttacksOnCivilians),
			c("Hold fire along the agreed corridor during the window", group, "2016-11-18", agreement.DutyNegative, risk.AttacksOnCivilians),
			c("Take the route the parties advised, and no other", agency, "2016-11-18", agreement.DutyPositive, risk.MovementRestrictions),
			c("Give both parties the timing 24 hours ahead", agency, "2016-11-17", agreement.DutyPositive, risk.MovementRestrictions),
			c("Evacuate the children on the medical list", agency, "2016-11-28", agreement.DutyPositive, risk.MovementRestrictions),
		},
	}
	// The two hold-fire commitments share a text; give them distinct IDs.
	a.Commitments[0].ID, a.Commitments[1].ID = id("hold fire: army"), id("hold fire: group")
	cm := func(i int) uuid.UUID { return a.Commitments[i].ID }
	for _, e := range []agreement.Event{
		{Commitment: cm(3), At: date("2016-11-17"), Kind: agreement.EventFulfilled},
		{Commitment: cm(2), At: date("2016-11-18"), Kind: agreement.EventBreach, Note: "convoy took a shorter road through a contested district"},
		{Commitment: cm(4), At: date("2016-11-18"), Kind: agreement.EventProgress, Note: "convoy turned back under fire"},
		{Commitment: cm(2), At: date("2016-11-26"), Kind: agreement.EventFulfilled, Note: "second attempt on the advised route"},
		{Commitment: cm(4), At: date("2016-11-26"), Kind: agreement.EventFulfilled},
		{Commitment: cm(0), At: date("2016-11-27"), Kind: agreement.EventVerification, Source: agreement.VerificationThirdPartyReport},
		{Commitment: cm(1), At: date("2016-11-27"), Kind: agreement.EventVerification, Source: agreement.VerificationThirdPartyReport},
	} {
		var err error
		if a, err = agreement.Append(a, e); err != nil {
			return agreement.Agreement{}, err
		}
	}
	return a, nil
}

// lessons records the two attempts as research cases.
func lessons() []research.Case {
	return []research.Case{
		{ID: "box5-attempt-1", Year: 2016, ActorKind: actor.KindArmedOpposition, Instrument: agreement.InstrumentWrittenRecord,
			Risk: risk.MovementRestrictions, Outcome: research.OutcomeEvacuation, Result: research.ResultNotAchieved},
		{ID: "box5-attempt-2", Year: 2016, ActorKind: actor.KindArmedOpposition, Instrument: agreement.InstrumentWrittenRecord,
			Risk: risk.MovementRestrictions, Outcome: research.OutcomeEvacuation, Result: research.ResultAchieved},
	}
}
