package agreement_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/risk"
)

func TestValidateExamples(t *testing.T) {
	for name, a := range map[string]agreement.Agreement{
		"base":           base(),
		"action plan":    actionPlan(),
		"MILF (Box 6)":   milfActionPlan(),
		"MFDC (Box 4)":   mfdcDemining(),
		"secrets":        secretAgreement(),
		"draft":          func() agreement.Agreement { a := base(); a.Signed = time0; return a }(),
		"faction only":   func() agreement.Agreement { a := base(); a.Parties[0].Role = agreement.RoleFaction; return a }(),
		"deed":           deedOfCommitment(),
		"host listed":    hostListed(),
		"every activity": everyActivity(),
	} {
		assert.NoError(t, a.Validate(), name)
	}
}

var time0 = time.Time{}

func deedOfCommitment() agreement.Agreement {
	a := base()
	a.Instrument = agreement.Instrument{Kind: agreement.InstrumentDeedOfCommitment, Deed: agreement.DeedMines}
	a.Parties = append(a.Parties,
		agreement.Party{ID: id(5), Role: agreement.RoleGenevaCall, Name: "Geneva Call"},
		agreement.Party{ID: id(6), Role: agreement.RoleCustodian, Name: "Republic and Canton of Geneva"})
	a.Signatories = []agreement.Signatory{
		{Party: pArmed, Capacity: agreement.CapacityPolitical, Name: "political leader", Date: day("2020-01-15")},
		{Party: pArmed, Capacity: agreement.CapacityMilitary},
		{Party: id(5), Capacity: agreement.CapacityWitness},
		{Party: id(6), Capacity: agreement.CapacityCustodian},
	}
	return a
}

// hostListed is an Action Plan made with state forces, listed as the host
// state.
func hostListed() agreement.Agreement {
	a := actionPlan()
	a.Parties = append(a.Parties, agreement.Party{ID: pHost, Role: agreement.RoleHostState, Name: "state forces"})
	a.Instrument.ListedParty = pHost
	a.Instrument.Violations = []actor.Violation{actor.ViolationKillingMaiming}
	for i := range a.Commitments {
		a.Commitments[i].Violation = actor.ViolationKillingMaiming
		a.Commitments[i].Activity = 0
	}
	return a
}

// jointPlan is an Action Plan on recruitment and use and on sexual
// violence, with one standard and one own activity against the second.
func jointPlan() agreement.Agreement {
	a := actionPlan()
	a.Instrument.Violations = []actor.Violation{actor.ViolationRecruitmentUse, actor.ViolationSexualViolence}
	a.Instrument.OwnActivities = []agreement.OwnActivity{{Key: "radio_messages", Violation: actor.ViolationSexualViolence, Label: "radio messages in the camps"}}
	a.Commitments = append(a.Commitments,
		agreement.Commitment{ID: id(14), Text: "order prohibiting sexual violence", By: pArmed, Due: day("2020-03-01"), Risk: risk.GenderBasedViolence,
			Obligation: agreement.DutyNegative, Verification: agreement.VerificationMission, Violation: actor.ViolationSexualViolence, Activity: agreement.ActivityCommandOrder},
		agreement.Commitment{ID: id(15), Text: "weekly radio messages", By: pArmed, Due: day("2020-09-01"), Risk: risk.GenderBasedViolence,
			Obligation: agreement.DutyPositive, Verification: agreement.VerificationThirdPartyReport, Violation: actor.ViolationSexualViolence, OwnActivity: "radio_messages"})
	return a
}

func everyActivity() agreement.Agreement {
	a := actionPlan()
	a.Commitments = nil
	a.Instrument.Violations = nil
	for _, v := range actor.Violations() {
		if v.TriggerYear() != 0 {
			a.Instrument.Violations = append(a.Instrument.Violations, v)
		}
	}
	for _, v := range a.Instrument.Violations {
		for _, act := range agreement.StandardActivities(v) {
			a.Commitments = append(a.Commitments, agreement.Commitment{ID: id(300 + len(a.Commitments)), Text: "activity", By: pArmed, Due: day("2021-01-01"),
				Risk: risk.ChildRecruitment, Obligation: agreement.DutyPositive, Verification: agreement.VerificationMission, Violation: v, Activity: act})
		}
	}
	return a
}

func TestValidate(t *testing.T) {
	long := strings.Repeat("x", agreement.MaxNameLen+1)
	longText := strings.Repeat("y", agreement.MaxTextLen+1)
	phase := func(n int, after ...uuid.UUID) agreement.Phase {
		return agreement.Phase{ID: id(50 + n), Name: fmt.Sprintf("phase %d", n), After: after, Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}}
	}
	event := func(d string, k agreement.EventKind) agreement.Event { return ev(cFirst, d, k) }

	tests := []struct {
		name   string
		from   func() agreement.Agreement // base() when nil
		change func(a *agreement.Agreement)
		want   []problem
	}{
		// The agreement itself.
		{name: "no id", change: func(a *agreement.Agreement) { a.ID = uuid.Nil }, want: []problem{{"id", agreement.ReasonRequired}}},
		{name: "blank title", change: func(a *agreement.Agreement) { a.Title = " \t" }, want: []problem{{"title", agreement.ReasonRequired}}},
		{name: "long title", change: func(a *agreement.Agreement) { a.Title = long }, want: []problem{{"title", agreement.ReasonTooLarge}}},
		{name: "title of the longest", change: func(a *agreement.Agreement) { a.Title = long[1:] }},
		{name: "title not UTF-8", change: func(a *agreement.Agreement) { a.Title = "a\xffb" }, want: []problem{{"title", agreement.ReasonInvalid}}},
		{name: "no actor", change: func(a *agreement.Agreement) { a.Actor = uuid.Nil }, want: []problem{{"actor", agreement.ReasonRequired}}},

		// Parties.
		{name: "party without id", change: func(a *agreement.Agreement) { a.Parties[1].ID = uuid.Nil }, want: []problem{
			{"parties[1].id", agreement.ReasonRequired},
			{"commitments[1].by", agreement.ReasonReference}, // the agency's commitment names a party that is gone
		}},
		{name: "duplicate party", change: func(a *agreement.Agreement) {
			a.Parties = append(a.Parties, agreement.Party{ID: pAgency, Role: agreement.RoleThirdParty, Name: "another"})
		}, want: []problem{{"parties[2].id", agreement.ReasonDuplicate}}},
		{name: "party without role", change: func(a *agreement.Agreement) { a.Parties[1].Role = 0 }, want: []problem{{"parties[1].role", agreement.ReasonRequired}}},
		{name: "party of unknown role", change: func(a *agreement.Agreement) { a.Parties[1].Role = 9 }, want: []problem{{"parties[1].role", agreement.ReasonUnknown}}},
		{name: "party without name", change: func(a *agreement.Agreement) { a.Parties[1].Name = "" }, want: []problem{{"parties[1].name", agreement.ReasonRequired}}},
		{name: "party name too long", change: func(a *agreement.Agreement) { a.Parties[0].Name = long }, want: []problem{{"parties[0].name", agreement.ReasonTooLarge}}},
		{name: "party at a level", change: func(a *agreement.Agreement) { a.Parties[0].Level = actor.LevelMilitaryCommand }},
		{name: "party at an unknown level", change: func(a *agreement.Agreement) { a.Parties[0].Level = 6 }, want: []problem{{"parties[0].level", agreement.ReasonUnknown}}},
		{name: "no armed actor", change: func(a *agreement.Agreement) { a.Parties[0].Role = agreement.RoleHostState }, want: []problem{{"parties", agreement.ReasonRequired}}},
		{name: "no parties", change: func(a *agreement.Agreement) { a.Parties = nil }, want: []problem{
			{"parties", agreement.ReasonRequired},
			{"commitments[0].by", agreement.ReasonReference},
			{"commitments[1].by", agreement.ReasonReference},
		}},

		// The instrument.
		{name: "no instrument", change: func(a *agreement.Agreement) { a.Instrument.Kind = 0 }, want: []problem{{"instrument.kind", agreement.ReasonRequired}}},
		{name: "unknown instrument", change: func(a *agreement.Agreement) { a.Instrument.Kind = 10 }, want: []problem{{"instrument.kind", agreement.ReasonUnknown}}},
		{name: "deed required", change: func(a *agreement.Agreement) { a.Instrument.Kind = agreement.InstrumentDeedOfCommitment }, want: []problem{{"instrument.deed", agreement.ReasonRequired}}},
		{name: "deed forbidden", change: func(a *agreement.Agreement) { a.Instrument.Deed = agreement.DeedHealthCare }, want: []problem{{"instrument.deed", agreement.ReasonConflict}}},
		{name: "unknown deed", change: func(a *agreement.Agreement) {
			a.Instrument = agreement.Instrument{Kind: agreement.InstrumentDeedOfCommitment, Deed: 6}
		}, want: []problem{{"instrument.deed", agreement.ReasonUnknown}}},
		{name: "every deed", change: func(a *agreement.Agreement) {
			a.Instrument = agreement.Instrument{Kind: agreement.InstrumentDeedOfCommitment, Deed: agreement.DeedStarvation}
		}},
		{name: "action plan without listed party", from: actionPlan, change: func(a *agreement.Agreement) { a.Instrument.ListedParty = uuid.Nil },
			want: []problem{{"instrument.listed_party", agreement.ReasonRequired}}},
		{name: "listed party not a party", from: actionPlan, change: func(a *agreement.Agreement) { a.Instrument.ListedParty = id(77) },
			want: []problem{{"instrument.listed_party", agreement.ReasonReference}}},
		{name: "listed party is the UN", from: actionPlan, change: func(a *agreement.Agreement) { a.Instrument.ListedParty = id(3) },
			want: []problem{{"instrument.listed_party", agreement.ReasonReference}}},
		{name: "listed party is the agency", from: actionPlan, change: func(a *agreement.Agreement) { a.Instrument.ListedParty = pAgency },
			want: []problem{{"instrument.listed_party", agreement.ReasonReference}}},
		{name: "listed faction", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Parties = append(a.Parties, agreement.Party{ID: id(7), Role: agreement.RoleFaction, Name: "northern front"})
			a.Instrument.ListedParty = id(7)
		}},
		{name: "plan on denial of access", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Instrument.Violations = []actor.Violation{actor.ViolationRecruitmentUse, actor.ViolationDenialOfAccess}
		}, want: []problem{{"instrument.violations[1]", agreement.ReasonInvalid}}},
		{name: "violation named twice", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Instrument.Violations = []actor.Violation{actor.ViolationRecruitmentUse, actor.ViolationAbduction, actor.ViolationRecruitmentUse}
		}, want: []problem{{"instrument.violations[2]", agreement.ReasonDuplicate}}},
		{name: "joint plan", from: jointPlan, change: func(*agreement.Agreement) {}},
		{name: "commitment addressing a violation the plan does not name", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Commitments[1].Violation = actor.ViolationAbduction
		}, want: []problem{{"commitments[1].violation", agreement.ReasonConflict}}},
		{name: "plan commitment addressing no violation", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Commitments[1].Violation = 0
		}, want: []problem{{"commitments[1].violation", agreement.ReasonRequired}}},
		{name: "unknown violation on a commitment", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Commitments[1].Violation = 9
		}, want: []problem{{"commitments[1].violation", agreement.ReasonUnknown}}},
		{name: "violation on a commitment outside an Action Plan", change: func(a *agreement.Agreement) {
			a.Commitments[0].Violation = actor.ViolationRecruitmentUse
		}, want: []problem{{"commitments[0].violation", agreement.ReasonConflict}}},
		{name: "activity not standard against the violation", from: jointPlan, change: func(a *agreement.Agreement) {
			a.Commitments[2].Activity = agreement.ActivityAgeVerification
		}, want: []problem{{"commitments[2].activity", agreement.ReasonConflict}}},
		{name: "standard and own activity at once", from: jointPlan, change: func(a *agreement.Agreement) {
			a.Commitments[3].Activity = agreement.ActivitySurvivorServices
		}, want: []problem{{"commitments[3].own_activity", agreement.ReasonConflict}}},
		{name: "own activity of no key", from: jointPlan, change: func(a *agreement.Agreement) {
			a.Commitments[3].OwnActivity = "leaflets"
		}, want: []problem{{"commitments[3].own_activity", agreement.ReasonReference}}},
		{name: "own activity against another violation", from: jointPlan, change: func(a *agreement.Agreement) {
			a.Commitments[3].Violation = actor.ViolationRecruitmentUse
		}, want: []problem{{"commitments[3].own_activity", agreement.ReasonConflict}}},
		{name: "own activity outside an Action Plan", change: func(a *agreement.Agreement) {
			a.Commitments[0].OwnActivity = "radio_messages"
		}, want: []problem{{"commitments[0].violation", agreement.ReasonConflict}}},
		{name: "own activities outside an Action Plan", change: func(a *agreement.Agreement) {
			a.Instrument.OwnActivities = jointPlan().Instrument.OwnActivities
		}, want: []problem{{"instrument", agreement.ReasonConflict}}},
		{name: "own activity declared wrongly", from: jointPlan, change: func(a *agreement.Agreement) {
			a.Instrument.OwnActivities = append(a.Instrument.OwnActivities,
				agreement.OwnActivity{Key: "Radio Messages", Violation: actor.ViolationSexualViolence, Label: "x"},
				agreement.OwnActivity{Key: "release_of_children", Violation: actor.ViolationRecruitmentUse, Label: "x"},
				agreement.OwnActivity{Key: "radio_messages", Violation: actor.ViolationSexualViolence, Label: "again"},
				agreement.OwnActivity{Key: "football", Violation: actor.ViolationAbduction, Label: " "},
				agreement.OwnActivity{},
				agreement.OwnActivity{Key: strings.Repeat("k", agreement.MaxKeyLen+1), Violation: actor.ViolationRecruitmentUse, Label: "x"},
			)
		}, want: []problem{
			{"instrument.own_activities[1].key", agreement.ReasonInvalid},
			{"instrument.own_activities[2].key", agreement.ReasonConflict},
			{"instrument.own_activities[3].key", agreement.ReasonDuplicate},
			{"instrument.own_activities[4].violation", agreement.ReasonConflict},
			{"instrument.own_activities[4].label", agreement.ReasonRequired},
			{"instrument.own_activities[5].key", agreement.ReasonRequired},
			{"instrument.own_activities[5].violation", agreement.ReasonRequired},
			{"instrument.own_activities[5].label", agreement.ReasonRequired},
			{"instrument.own_activities[6].key", agreement.ReasonInvalid},
		}},
		{name: "listed for nothing", from: actionPlan, change: func(a *agreement.Agreement) { a.Instrument.Violations = nil },
			want: []problem{{"instrument.violations", agreement.ReasonRequired}}},
		{name: "listed for an unknown violation", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Instrument.Violations = []actor.Violation{actor.ViolationRecruitmentUse, 7}
		}, want: []problem{{"instrument.violations[1]", agreement.ReasonUnknown}}},
		{name: "each trigger alone", from: actionPlan, change: func(a *agreement.Agreement) {
			a.Instrument.Violations = []actor.Violation{actor.ViolationSexualViolence}
			for i := range a.Commitments {
				a.Commitments[i].Violation, a.Commitments[i].Activity = actor.ViolationSexualViolence, agreement.ActivitySurvivorServices
			}
		}},
		{name: "listed party outside an Action Plan", change: func(a *agreement.Agreement) { a.Instrument.ListedParty = pArmed },
			want: []problem{{"instrument", agreement.ReasonConflict}}},
		{name: "violations outside an Action Plan", change: func(a *agreement.Agreement) {
			a.Instrument.Violations = []actor.Violation{actor.ViolationRecruitmentUse}
		}, want: []problem{{"instrument", agreement.ReasonConflict}}},

		// Signatories.
		{name: "signatory of no party", from: deedOfCommitment, change: func(a *agreement.Agreement) { a.Signatories[1].Party = id(77) },
			want: []problem{{"signatories[1].party", agreement.ReasonReference}}},
		{name: "signatory without party", from: deedOfCommitment, change: func(a *agreement.Agreement) { a.Signatories[1].Party = uuid.Nil },
			want: []problem{{"signatories[1].party", agreement.ReasonReference}}},
		{name: "signatory without capacity", from: deedOfCommitment, change: func(a *agreement.Agreement) { a.Signatories[2].Capacity = 0 },
			want: []problem{{"signatories[2].capacity", agreement.ReasonRequired}}},
		{name: "signatory of unknown capacity", from: deedOfCommitment, change: func(a *agreement.Agreement) { a.Signatories[2].Capacity = 6 },
			want: []problem{{"signatories[2].capacity", agreement.ReasonUnknown}}},
		{name: "signatory name too long", from: deedOfCommitment, change: func(a *agreement.Agreement) { a.Signatories[0].Name = long },
			want: []problem{{"signatories[0].name", agreement.ReasonTooLarge}}},
		{name: "signatory name not UTF-8", from: deedOfCommitment, change: func(a *agreement.Agreement) { a.Signatories[0].Name = "\xc3" },
			want: []problem{{"signatories[0].name", agreement.ReasonInvalid}}},

		// Phases.
		{name: "phases", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1), phase(2, id(51)), phase(3, id(51), id(52))}
			a.Commitments[0].Phase = id(52)
		}},
		{name: "phase waiting for a later one", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1, id(52)), phase(2)}
		}},
		{name: "phase without id", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1), phase(2)}
			a.Phases[1].ID = uuid.Nil
		}, want: []problem{{"phases[1].id", agreement.ReasonRequired}}},
		{name: "duplicate phase", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1), phase(1)}
		}, want: []problem{{"phases[1].id", agreement.ReasonDuplicate}}},
		{name: "blank phase name", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1)}
			a.Phases[0].Name = " "
		}, want: []problem{{"phases[0].name", agreement.ReasonRequired}}},
		{name: "no advance level", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1)}
			a.Phases[0].Advance.Level = 0
		}, want: []problem{{"phases[0].advance.level", agreement.ReasonRequired}}},
		{name: "unknown advance level", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1)}
			a.Phases[0].Advance.Level = 5
		}, want: []problem{{"phases[0].advance.level", agreement.ReasonUnknown}}},
		{name: "no advance share", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1)}
			a.Phases[0].Advance.Share = 0
		}, want: []problem{{"phases[0].advance.share", agreement.ReasonOutOfRange}}},
		{name: "advance shares out of range", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1), phase(2), phase(3), phase(4)}
			a.Phases[0].Advance.Share = 1.0000001
			a.Phases[1].Advance.Share = -0.5
			a.Phases[2].Advance.Share = math.NaN()
			a.Phases[3].Advance.Share = math.Inf(1)
		}, want: []problem{
			{"phases[0].advance.share", agreement.ReasonOutOfRange},
			{"phases[1].advance.share", agreement.ReasonOutOfRange},
			{"phases[2].advance.share", agreement.ReasonOutOfRange},
			{"phases[3].advance.share", agreement.ReasonOutOfRange},
		}},
		{name: "smallest share", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1)}
			a.Phases[0].Advance.Share = math.SmallestNonzeroFloat64
		}},
		{name: "after an unknown phase", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1), phase(2, id(51), id(77))}
		}, want: []problem{{"phases[1].after[1]", agreement.ReasonReference}}},
		{name: "two-phase cycle", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1, id(52)), phase(2, id(51))}
		}, want: []problem{{"phases[0].after", agreement.ReasonCycle}}},
		{name: "a phase after itself", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1), phase(2, id(52))}
		}, want: []problem{{"phases[1].after", agreement.ReasonCycle}}},
		{name: "three-phase cycle behind a sound phase", change: func(a *agreement.Agreement) {
			a.Phases = []agreement.Phase{phase(1), phase(2, id(54)), phase(3, id(52)), phase(4, id(53), id(51))}
		}, want: []problem{{"phases[1].after", agreement.ReasonCycle}}},

		// Commitments.
		{name: "no commitments", change: func(a *agreement.Agreement) { a.Commitments = nil }, want: []problem{{"commitments", agreement.ReasonRequired}}},
		{name: "empty commitments", change: func(a *agreement.Agreement) { a.Commitments = []agreement.Commitment{} }, want: []problem{{"commitments", agreement.ReasonRequired}}},
		{name: "commitment without id", change: func(a *agreement.Agreement) { a.Commitments[1].ID = uuid.Nil },
			want: []problem{{"commitments[1].id", agreement.ReasonRequired}}},
		{name: "duplicate commitment", change: func(a *agreement.Agreement) { a.Commitments[1].ID = cFirst },
			want: []problem{{"commitments[1].id", agreement.ReasonDuplicate}}},
		{name: "blank text", change: func(a *agreement.Agreement) { a.Commitments[0].Text = "\n" },
			want: []problem{{"commitments[0].text", agreement.ReasonRequired}}},
		{name: "text too long", change: func(a *agreement.Agreement) { a.Commitments[0].Text = longText },
			want: []problem{{"commitments[0].text", agreement.ReasonTooLarge}}},
		{name: "text of the longest", change: func(a *agreement.Agreement) { a.Commitments[0].Text = longText[1:] }},
		{name: "text not UTF-8", change: func(a *agreement.Agreement) { a.Commitments[0].Text = "\xfe" },
			want: []problem{{"commitments[0].text", agreement.ReasonInvalid}}},
		{name: "no responsible party", change: func(a *agreement.Agreement) { a.Commitments[0].By = uuid.Nil },
			want: []problem{{"commitments[0].by", agreement.ReasonRequired}}},
		{name: "unknown responsible party", change: func(a *agreement.Agreement) { a.Commitments[0].By = id(77) },
			want: []problem{{"commitments[0].by", agreement.ReasonReference}}},
		{name: "no due date", change: func(a *agreement.Agreement) { a.Commitments[0].Due = time0 },
			want: []problem{{"commitments[0].due", agreement.ReasonRequired}}},
		{name: "due before signature", change: func(a *agreement.Agreement) { a.Commitments[0].Due = day("2000-01-01") }},
		{name: "unknown phase", change: func(a *agreement.Agreement) { a.Commitments[0].Phase = id(77) },
			want: []problem{{"commitments[0].phase", agreement.ReasonReference}}},
		{name: "no risk", change: func(a *agreement.Agreement) { a.Commitments[0].Risk = 0 },
			want: []problem{{"commitments[0].risk", agreement.ReasonRequired}}},
		{name: "unknown risk", change: func(a *agreement.Agreement) { a.Commitments[0].Risk = 16 },
			want: []problem{{"commitments[0].risk", agreement.ReasonUnknown}}},
		{name: "unknown theme", change: func(a *agreement.Agreement) { a.Commitments[0].Theme = 12 },
			want: []problem{{"commitments[0].theme", agreement.ReasonUnknown}}},
		{name: "no obligation", change: func(a *agreement.Agreement) { a.Commitments[0].Obligation = 0 },
			want: []problem{{"commitments[0].obligation", agreement.ReasonRequired}}},
		{name: "unknown obligation", change: func(a *agreement.Agreement) { a.Commitments[0].Obligation = 3 },
			want: []problem{{"commitments[0].obligation", agreement.ReasonUnknown}}},
		{name: "no verification", change: func(a *agreement.Agreement) { a.Commitments[0].Verification = 0 },
			want: []problem{{"commitments[0].verification", agreement.ReasonRequired}}},
		{name: "unknown verification", change: func(a *agreement.Agreement) { a.Commitments[0].Verification = 4 },
			want: []problem{{"commitments[0].verification", agreement.ReasonUnknown}}},
		{name: "activity outside an Action Plan", change: func(a *agreement.Agreement) { a.Commitments[0].Activity = agreement.ActivityReleaseOfChildren },
			want: []problem{{"commitments[0].violation", agreement.ReasonConflict}}},
		{name: "unknown activity", from: actionPlan, change: func(a *agreement.Agreement) { a.Commitments[0].Activity = 99 },
			want: []problem{{"commitments[0].activity", agreement.ReasonUnknown}}},
		{name: "valid term", change: func(a *agreement.Agreement) {
			a.Commitments[0].Term = redline.Term{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(18)}
		}},
		{name: "term attribute that does not apply", change: func(a *agreement.Agreement) {
			a.Commitments[0].Term = redline.Term{Kind: redline.KindPayment, MinAge: redline.Num(15)}
		}, want: []problem{{"commitments[0].term.min_age", agreement.ReasonConflict}}},
		{name: "term age out of range", change: func(a *agreement.Agreement) {
			a.Commitments[1].Term = redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(121)}
		}, want: []problem{{"commitments[1].term.min_age", agreement.ReasonOutOfRange}}},
		{name: "term kind not a word", change: func(a *agreement.Agreement) {
			a.Commitments[0].Term = redline.Term{Kind: "Child Recruitment"}
		}, want: []problem{{"commitments[0].term.kind", agreement.ReasonInvalid}}},
		{name: "agency's own term kind", change: func(a *agreement.Agreement) {
			a.Commitments[0].Term = redline.Term{Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(15)}}
		}},

		// Events.
		{name: "events", change: func(a *agreement.Agreement) {
			a.Events = []agreement.Event{
				event("2020-01-15", agreement.EventProgress), // on the day of signature
				{Commitment: cFirst, At: day("2020-02-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate, Source: agreement.VerificationMission, Note: "n"},
				event("2020-02-01", agreement.EventVerification), // at the same time as the last
			}
		}},
		{name: "events on a draft", change: func(a *agreement.Agreement) {
			a.Signed = time0
			a.Events = []agreement.Event{event("2020-02-01", agreement.EventProgress)}
		}, want: []problem{{"events", agreement.ReasonConflict}}},
		{name: "event of no commitment", change: func(a *agreement.Agreement) {
			a.Events = []agreement.Event{ev(id(77), "2020-02-01", agreement.EventProgress)}
		}, want: []problem{{"events[0].commitment", agreement.ReasonReference}}},
		{name: "event without time", change: func(a *agreement.Agreement) {
			a.Events = []agreement.Event{{Commitment: cFirst, Kind: agreement.EventBreach}}
		}, want: []problem{{"events[0].at", agreement.ReasonRequired}}},
		{name: "event before signature", change: func(a *agreement.Agreement) {
			a.Events = []agreement.Event{event("2020-01-14", agreement.EventBreach)}
		}, want: []problem{{"events[0].at", agreement.ReasonOutOfRange}}},
		{name: "events out of order", change: func(a *agreement.Agreement) {
			a.Events = []agreement.Event{
				event("2020-03-01", agreement.EventProgress),
				event("2020-02-01", agreement.EventBreach),
				event("2020-03-01", agreement.EventFulfilled), // in order after the first
			}
		}, want: []problem{{"events[1].at", agreement.ReasonInvalid}}},
		{name: "event without kind", change: func(a *agreement.Agreement) {
			a.Events = []agreement.Event{event("2020-02-01", 0)}
		}, want: []problem{{"events[0].kind", agreement.ReasonRequired}}},
		{name: "event of unknown kind", change: func(a *agreement.Agreement) {
			a.Events = []agreement.Event{event("2020-02-01", 10)}
		}, want: []problem{{"events[0].kind", agreement.ReasonUnknown}}},
		{name: "level of a breach", change: func(a *agreement.Agreement) {
			e := event("2020-02-01", agreement.EventBreach)
			e.Level = agreement.ImplementationMinimal
			a.Events = []agreement.Event{e}
		}, want: []problem{{"events[0].level", agreement.ReasonConflict}}},
		{name: "level of a fulfilment", change: func(a *agreement.Agreement) {
			e := event("2020-02-01", agreement.EventFulfilled)
			e.Level = agreement.ImplementationFull
			a.Events = []agreement.Event{e}
		}, want: []problem{{"events[0].level", agreement.ReasonConflict}}},
		{name: "unknown level", change: func(a *agreement.Agreement) {
			e := event("2020-02-01", agreement.EventProgress)
			e.Level = 5
			a.Events = []agreement.Event{e}
		}, want: []problem{{"events[0].level", agreement.ReasonUnknown}}},
		{name: "unknown source", change: func(a *agreement.Agreement) {
			e := event("2020-02-01", agreement.EventProgress)
			e.Source = 4
			a.Events = []agreement.Event{e}
		}, want: []problem{{"events[0].source", agreement.ReasonUnknown}}},
		{name: "note too long", change: func(a *agreement.Agreement) {
			e := event("2020-02-01", agreement.EventProgress)
			e.Note = longText
			a.Events = []agreement.Event{e}
		}, want: []problem{{"events[0].note", agreement.ReasonTooLarge}}},
		{name: "note not UTF-8", change: func(a *agreement.Agreement) {
			e := event("2020-02-01", agreement.EventProgress)
			e.Note = "\xff"
			a.Events = []agreement.Event{e}
		}, want: []problem{{"events[0].note", agreement.ReasonInvalid}}},

		// Everything at once, in the order of the fields.
		{name: "every problem at once", change: func(a *agreement.Agreement) {
			a.ID = uuid.Nil
			a.Title = ""
			a.Instrument.Deed = agreement.DeedMines
			a.Parties[1].Name = ""
			a.Signatories = []agreement.Signatory{{Party: id(77)}}
			a.Phases = []agreement.Phase{phase(1, id(51))}
			a.Commitments[0].By = uuid.Nil
			a.Commitments[0].Due = time0
			a.Commitments[1].Risk = 0
			a.Events = []agreement.Event{ev(id(77), "2019-01-01", agreement.EventBreach)}
		}, want: []problem{
			{"id", agreement.ReasonRequired},
			{"title", agreement.ReasonRequired},
			{"parties[1].name", agreement.ReasonRequired},
			{"instrument.deed", agreement.ReasonConflict},
			{"signatories[0].party", agreement.ReasonReference},
			{"signatories[0].capacity", agreement.ReasonRequired},
			{"phases[0].after", agreement.ReasonCycle},
			{"commitments[0].by", agreement.ReasonRequired},
			{"commitments[0].due", agreement.ReasonRequired},
			{"commitments[1].risk", agreement.ReasonRequired},
			{"events[0].commitment", agreement.ReasonReference},
			{"events[0].at", agreement.ReasonOutOfRange},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from := tt.from
			if from == nil {
				from = base
			}
			a := from()
			require.NoError(t, a.Validate(), "the starting point is valid")
			tt.change(&a)
			err := a.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.Equal(t, tt.want, problems(t, err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, &agreement.FieldError{Path: p.Path, Reason: p.Reason})
			}
		})
	}
}

func TestValidateErrorsMatch(t *testing.T) {
	a := base()
	a.Commitments[0].Due = time0
	err := a.Validate()
	assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonRequired, Path: "commitments[0].due"})
	assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonRequired})
	assert.NotErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonRequired, Path: "commitments[1].due"})
	assert.NotErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonInvalid, Path: "commitments[0].due"})
	var fe *agreement.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "agreement", fe.Pkg)
	assert.Equal(t, 0, fe.Line)
	assert.NotEmpty(t, fe.Detail)
}

func TestValidateErrorsHoldNoSecrets(t *testing.T) {
	// Every text field made invalid by a character that is not UTF-8 or by
	// its length: the errors say where, never what.
	a := secretAgreement()
	a.Title = secretTitle + strings.Repeat("!", agreement.MaxNameLen)
	a.Signatories[0].Name = secretName + strings.Repeat("!", agreement.MaxNameLen)
	a.Commitments[0].Text = secretText + "\xff"
	a.Events[0].Note = secretNote + strings.Repeat("!", agreement.MaxTextLen)
	a.Parties[0].Name = secretParty + "\xff"
	err := a.Validate()
	require.Error(t, err)
	assert.Equal(t, []problem{
		{"title", agreement.ReasonTooLarge},
		{"parties[0].name", agreement.ReasonInvalid},
		{"signatories[0].name", agreement.ReasonTooLarge},
		{"commitments[0].text", agreement.ReasonInvalid},
		{"events[0].note", agreement.ReasonTooLarge},
	}, problems(t, err))
	for _, s := range []string{err.Error(), fmt.Sprintf("%+v %#v", err, err)} {
		assertNoSecrets(t, s)
		assert.NotContains(t, s, secretTitle)
		assert.NotContains(t, s, secretParty)
	}
}

func TestAppend(t *testing.T) {
	a := withEvents(t, base(), ev(cFirst, "2020-02-01", agreement.EventProgress), ev(cSecond, "2020-03-01", agreement.EventBreach))
	e := agreement.Event{Commitment: cFirst, At: day("2020-04-01"), Kind: agreement.EventProgress, Level: agreement.ImplementationIntermediate,
		Source: agreement.VerificationMission, Note: "a note"}
	got, err := agreement.Append(a, e)
	require.NoError(t, err)
	require.Len(t, got.Events, 3)
	assert.Equal(t, e, got.Events[2])
	assert.Equal(t, a.Events, got.Events[:2])
	assert.Len(t, a.Events, 2, "the agreement passed in keeps its events")
	assert.NoError(t, got.Validate())

	// Events at the same moment as the last, and on the day of signature.
	got, err = agreement.Append(got, agreement.Event{Commitment: cSecond, At: day("2020-04-01"), Kind: agreement.EventFulfilled})
	require.NoError(t, err)
	assert.Len(t, got.Events, 4)
	first, err := agreement.Append(base(), ev(cFirst, "2020-01-15", agreement.EventProgress))
	require.NoError(t, err)
	assert.Len(t, first.Events, 1)
}

func TestAppendDoesNotAlias(t *testing.T) {
	a := base()
	// Spare capacity behind the events: an append in place would write there.
	a.Events = make([]agreement.Event, 1, 8)
	a.Events[0] = ev(cFirst, "2020-02-01", agreement.EventProgress)
	spare := a.Events[:cap(a.Events)]

	e1 := ev(cFirst, "2020-03-01", agreement.EventFulfilled)
	e2 := ev(cSecond, "2020-03-02", agreement.EventBreach)
	a1, err := agreement.Append(a, e1)
	require.NoError(t, err)
	a2, err := agreement.Append(a, e2)
	require.NoError(t, err)

	assert.Equal(t, []agreement.Event{a.Events[0], e1}, a1.Events)
	assert.Equal(t, []agreement.Event{a.Events[0], e2}, a2.Events, "two appends to one base do not share an array")
	assert.Len(t, a.Events, 1)
	for i := 1; i < len(spare); i++ {
		assert.Zero(t, spare[i], "the base's spare capacity is untouched")
	}
	a1.Events[0].Note = "changed"
	assert.Empty(t, a.Events[0].Note, "the copy's events are its own")
	assert.Empty(t, a2.Events[0].Note)

	// Appending to a copy again does not disturb its sibling.
	a3, err := agreement.Append(a1, ev(cFirst, "2020-04-01", agreement.EventVerification))
	require.NoError(t, err)
	a4, err := agreement.Append(a1, ev(cFirst, "2020-04-01", agreement.EventReversal))
	require.NoError(t, err)
	assert.Equal(t, agreement.EventVerification, a3.Events[2].Kind)
	assert.Equal(t, agreement.EventReversal, a4.Events[2].Kind)
	assert.Len(t, a1.Events, 2)
}

func TestAppendErrors(t *testing.T) {
	a := withEvents(t, base(), ev(cFirst, "2020-02-01", agreement.EventProgress), ev(cSecond, "2020-03-01", agreement.EventBreach))
	ok := ev(cFirst, "2020-04-01", agreement.EventProgress)
	draft := base()
	draft.Signed = time0

	tests := []struct {
		name   string
		to     agreement.Agreement
		change func(e *agreement.Event)
		want   []problem
	}{
		{name: "draft", to: draft, change: func(*agreement.Event) {}, want: []problem{{"events[0]", agreement.ReasonConflict}}},
		{name: "unknown commitment", change: func(e *agreement.Event) { e.Commitment = id(77) }, want: []problem{{"events[2].commitment", agreement.ReasonReference}}},
		{name: "no commitment", change: func(e *agreement.Event) { e.Commitment = uuid.Nil }, want: []problem{{"events[2].commitment", agreement.ReasonReference}}},
		{name: "no time", change: func(e *agreement.Event) { e.At = time0 }, want: []problem{{"events[2].at", agreement.ReasonRequired}}},
		{name: "before signature", change: func(e *agreement.Event) { e.At = day("2020-01-14") }, want: []problem{{"events[2].at", agreement.ReasonOutOfRange}}},
		{name: "before the last event", change: func(e *agreement.Event) { e.At = day("2020-02-29") }, want: []problem{{"events[2].at", agreement.ReasonInvalid}}},
		{name: "no kind", change: func(e *agreement.Event) { e.Kind = 0 }, want: []problem{{"events[2].kind", agreement.ReasonRequired}}},
		{name: "unknown kind", change: func(e *agreement.Event) { e.Kind = 10 }, want: []problem{{"events[2].kind", agreement.ReasonUnknown}}},
		{name: "unknown level", change: func(e *agreement.Event) { e.Level = 5 }, want: []problem{{"events[2].level", agreement.ReasonUnknown}}},
		{name: "level of a denial", change: func(e *agreement.Event) { e.Kind, e.Level = agreement.EventDenial, agreement.ImplementationMinimal },
			want: []problem{{"events[2].level", agreement.ReasonConflict}}},
		{name: "unknown source", change: func(e *agreement.Event) { e.Source = 4 }, want: []problem{{"events[2].source", agreement.ReasonUnknown}}},
		{name: "note too long", change: func(e *agreement.Event) { e.Note = strings.Repeat("n", agreement.MaxTextLen+1) },
			want: []problem{{"events[2].note", agreement.ReasonTooLarge}}},
		{name: "note not UTF-8", change: func(e *agreement.Event) { e.Note = "\xff" }, want: []problem{{"events[2].note", agreement.ReasonInvalid}}},
		{name: "everything", change: func(e *agreement.Event) {
			*e = agreement.Event{Commitment: id(77), Kind: 10, Level: 5, Source: 4}
		}, want: []problem{
			{"events[2].commitment", agreement.ReasonReference},
			{"events[2].at", agreement.ReasonRequired},
			{"events[2].kind", agreement.ReasonUnknown},
			{"events[2].level", agreement.ReasonUnknown},
			{"events[2].level", agreement.ReasonConflict},
			{"events[2].source", agreement.ReasonUnknown},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			to := tt.to
			if to.ID == uuid.Nil {
				to = a
			}
			e := ok
			tt.change(&e)
			got, err := agreement.Append(to, e)
			assert.Equal(t, tt.want, problems(t, err))
			assert.Equal(t, to, got, "on error the agreement comes back as it was")
		})
	}
}

// Secrets of secretAgreement: none may appear in String, fmt, slog or
// errors.
const (
	secretName  = "SIGNATORY-Qx7Tz"
	secretText  = "TEXT-Vb3Kp mined area behind the school of Ndiaye"
	secretNote  = "NOTE-Hm2Wd commander seen at the well"
	secretTitle = "TITLE-Lr8Yc"
	secretParty = "PARTY-Zs4Nf"
)

var secrets = []string{"SIGNATORY-Qx7Tz", "TEXT-Vb3Kp", "NOTE-Hm2Wd"}

// secretAgreement has a signatory's name, commitments' texts and events'
// notes that must not leak, and IDs whose first characters differ.
func secretAgreement() agreement.Agreement {
	a := base()
	a.ID = uuid.MustParse("a1b2c3d4-0000-4000-8000-000000000001")
	a.Signatories = []agreement.Signatory{
		{Party: pArmed, Capacity: agreement.CapacityPolitical, Name: secretName, Date: day("2020-01-15")},
		{Party: pAgency, Capacity: agreement.CapacityRepresentative}, // no name
	}
	a.Commitments[0].ID = uuid.MustParse("c0ffee00-0000-4000-8000-000000000001")
	a.Commitments[0].Text = secretText
	a.Commitments[1].Text = secretText + " (again)"
	a.Commitments[0].Term = redline.Term{Kind: "marking", Extra: map[string]redline.Value{"fields": redline.NumberValue(3)}}
	a.Phases = []agreement.Phase{{ID: id(51), Name: "marking", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}},
		{ID: id(52), Name: "clearance", After: []uuid.UUID{id(51)}, Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}}}
	a.Commitments[0].Phase = id(51)
	a.Events = []agreement.Event{
		{Commitment: a.Commitments[0].ID, At: day("2020-03-01"), Kind: agreement.EventBreach, Source: agreement.VerificationThirdPartyReport, Note: secretNote},
		{Commitment: cSecond, At: day("2020-03-02"), Kind: agreement.EventProgress},
	}
	a.Violations = []agreement.VerifiedViolation{{Violation: actor.ViolationRecruitmentUse, Occurred: day("2020-02-01"), Verified: day("2020-02-20"),
		VerifiedBy: "country task force", Note: secretNote + " (violation)"}}
	return a
}

func assertNoSecrets(t *testing.T, s string) {
	t.Helper()
	for _, secret := range secrets {
		assert.NotContains(t, s, secret)
	}
}

func TestRedact(t *testing.T) {
	plan := func(a *agreement.Agreement) {
		a.Instrument = agreement.Instrument{Kind: agreement.InstrumentActionPlan, ListedParty: pArmed, Violations: []actor.Violation{actor.ViolationRecruitmentUse},
			OwnActivities: []agreement.OwnActivity{{Key: "radio", Violation: actor.ViolationRecruitmentUse, Label: "radio messages"}}}
		for i := range a.Commitments {
			a.Commitments[i].Violation = actor.ViolationRecruitmentUse
		}
		a.Commitments[1].OwnActivity = "radio"
	}
	a := secretAgreement()
	plan(&a)
	a.Signatories = append(a.Signatories, agreement.Signatory{Party: pArmed, Capacity: agreement.CapacityMilitary, Name: "  "})
	require.NoError(t, a.Validate())
	orig := secretAgreement()
	plan(&orig)
	orig.Signatories = append(orig.Signatories, agreement.Signatory{Party: pArmed, Capacity: agreement.CapacityMilitary, Name: "  "})
	require.Equal(t, orig, a)

	raw, err := json.Marshal(a)
	require.NoError(t, err)
	for _, s := range secrets {
		require.Contains(t, string(raw), s, "the unredacted agreement holds the secret, so the checks below can fail")
	}

	r := a.Redact()
	assert.Equal(t, orig, a, "Redact does not modify the agreement")
	require.NoError(t, r.Validate(), "a redacted agreement is still valid")

	// What is gone.
	assert.Equal(t, agreement.Redacted, r.Signatories[0].Name)
	assert.Empty(t, r.Signatories[1].Name, "no name, nothing to redact")
	assert.Equal(t, "  ", r.Signatories[2].Name, "a blank name is left as it is")
	for _, c := range r.Commitments {
		assert.Equal(t, agreement.Redacted, c.Text)
	}
	for _, e := range r.Events {
		assert.Empty(t, e.Note)
	}
	red, err := json.Marshal(r)
	require.NoError(t, err)
	assertNoSecrets(t, string(red))

	// What stays.
	want := orig
	want.Signatories = []agreement.Signatory{orig.Signatories[0], orig.Signatories[1], orig.Signatories[2]}
	want.Signatories[0].Name = agreement.Redacted
	want.Commitments = []agreement.Commitment{orig.Commitments[0], orig.Commitments[1]}
	want.Commitments[0].Text, want.Commitments[1].Text = agreement.Redacted, agreement.Redacted
	want.Events = []agreement.Event{orig.Events[0], orig.Events[1]}
	want.Events[0].Note = ""
	want.Violations = []agreement.VerifiedViolation{orig.Violations[0]}
	want.Violations[0].Note = ""
	assert.Equal(t, want, r)

	// A deep copy: changing the copy changes nothing in the original.
	r.Instrument.Violations[0] = actor.ViolationAbduction
	r.Instrument.OwnActivities[0].Label = "changed"
	r.Parties[0].Name = "changed"
	r.Signatories[1].Capacity = agreement.CapacityWitness
	r.Phases[1].After[0] = id(99)
	r.Phases[0].Name = "changed"
	r.Commitments[0].Term.Extra["fields"] = redline.NumberValue(99)
	r.Commitments[0].Term.Extra["new"] = redline.TextValue("x")
	r.Commitments[1].Due = day("2030-01-01")
	r.Events[1].Kind = agreement.EventReversal
	assert.Equal(t, orig, a, "the redacted copy shares nothing with the original")
}

func TestRedactMinimal(t *testing.T) {
	a := base()
	r := a.Redact()
	assert.Nil(t, r.Signatories)
	assert.Nil(t, r.Phases)
	assert.Nil(t, r.Events)
	assert.Nil(t, r.Instrument.Violations)
	assert.NoError(t, r.Validate())
	assert.Equal(t, agreement.Redacted, r.Commitments[0].Text)
	assert.Equal(t, base(), a)
}

func TestStrings(t *testing.T) {
	a := secretAgreement()
	assert.Equal(t, "written record of agreed terms a1b2c3d4: 2 commitments, 2 events", a.String())
	assert.Equal(t, "commitment c0ffee00 (positive obligation, Presence of Mine and Other Explosive Ordnance, due 2020-06-01)", a.Commitments[0].String())
	assert.Equal(t, "commitment 00000012 (negative obligation, Attacks on Civilians and Other Unlawful Killings, and Attacks on Civilian Objects, due 2020-01-15)", a.Commitments[1].String())
	assert.Equal(t, "signatory for party 00000001 (political leadership)", a.Signatories[0].String())
	assert.Equal(t, "breach: commitment c0ffee00 on 2020-03-01", a.Events[0].String())
	assert.Equal(t, "UN Action Plan 00000010: 5 commitments, 15 events", milfActionPlan().String())
	assert.Equal(t, a.String(), a.GoString())
	assert.Equal(t, a.Commitments[0].String(), a.Commitments[0].GoString())
	assert.Equal(t, a.Signatories[0].String(), a.Signatories[0].GoString())
	assert.Equal(t, a.Events[0].String(), a.Events[0].GoString())

	// The zero values describe themselves without panicking.
	assert.Equal(t, "unspecified 00000000: 0 commitments, 0 events", agreement.Agreement{}.String())
	assert.Equal(t, "commitment 00000000 (unspecified, unspecified, due 0001-01-01)", agreement.Commitment{}.String())
	assert.Equal(t, "signatory for party 00000000 (unspecified)", agreement.Signatory{}.String())
	assert.Equal(t, "unspecified: commitment 00000000 on 0001-01-01", agreement.Event{}.String())
	assert.Equal(t, "instrument(99) 00000000: 0 commitments, 0 events", agreement.Agreement{Instrument: agreement.Instrument{Kind: 99}}.String())
}

func TestFormatHidesSecrets(t *testing.T) {
	a := secretAgreement()
	type shown struct {
		v    any
		want string
	}
	values := map[string]shown{
		"agreement":          {a, a.String()},
		"agreement pointer":  {&a, a.String()},
		"commitment":         {a.Commitments[0], a.Commitments[0].String()},
		"commitment pointer": {&a.Commitments[0], a.Commitments[0].String()},
		"signatory":          {a.Signatories[0], a.Signatories[0].String()},
		"signatory pointer":  {&a.Signatories[0], a.Signatories[0].String()},
		"event":              {a.Events[0], a.Events[0].String()},
		"event pointer":      {&a.Events[0], a.Events[0].String()},
		"violation":          {a.Violations[0], a.Violations[0].String()},
		"violation pointer":  {&a.Violations[0], a.Violations[0].String()},
	}
	// A follow-up carries the commitments' texts beside their IDs.
	f, err := a.FollowUp(day("2020-07-01"), agreement.FollowUpOptions{})
	require.NoError(t, err)
	require.Equal(t, secretText, f.Breaches[0].Text)
	require.Equal(t, secretText, f.Next[0].Text)
	values["follow-up"] = shown{f, f.String()}
	values["follow-up pointer"] = shown{&f, f.String()}
	values["item"] = shown{f.Breaches[0], f.Breaches[0].String()}
	values["next action"] = shown{f.Next[0], f.Next[0].String()}
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%e", "%t", "%10.3v", "%-40s", "%#x", "% x", "%U"}
	for name, tt := range values {
		for _, verb := range verbs {
			got := fmt.Sprintf(verb, tt.v)
			assert.Equal(t, tt.want, got, "%s with %s", name, verb)
			assertNoSecrets(t, got)
		}
	}
	// In lists and maps, each element formats itself.
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		for _, s := range []string{
			fmt.Sprintf(verb, a.Commitments),
			fmt.Sprintf(verb, a.Signatories),
			fmt.Sprintf(verb, a.Events),
			fmt.Sprintf(verb, []agreement.Agreement{a}),
			fmt.Sprintf(verb, map[string]agreement.Commitment{"c": a.Commitments[0]}),
			fmt.Sprint(a, a.Commitments[0], a.Signatories[0], a.Events[0]),
			fmt.Sprintln(a, &a),
			fmt.Sprintf(verb, f.Breaches),
			fmt.Sprintf(verb, f.Next),
			fmt.Sprintf(verb, []agreement.FollowUp{f}),
		} {
			assertNoSecrets(t, s)
		}
	}
	assert.Equal(t, "["+a.Commitments[0].String()+" "+a.Commitments[1].String()+"]", fmt.Sprintf("%v", a.Commitments))
}

func TestLogHidesSecrets(t *testing.T) {
	a := secretAgreement()
	for name, h := range map[string]func(*bytes.Buffer) slog.Handler{
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(h(&buf))
			// Each value logs itself; a slice of them is the caller's to
			// wrap (the JSON handler would marshal its elements).
			log.Info("follow-up", "agreement", a, "pointer", &a, "commitment", a.Commitments[0], "signatory", a.Signatories[0],
				"event", a.Events[0], "commitment pointer", &a.Commitments[1])
			log.Info("attrs", slog.Any("agreement", a), slog.Any("signatory", &a.Signatories[0]))
			log.With("agreement", a).WithGroup("g").Info("grouped", "event", &a.Events[0])
			f, err := a.FollowUp(day("2020-07-01"), agreement.FollowUpOptions{})
			require.NoError(t, err)
			log.Info("followed up", "follow-up", f, "item", f.Breaches[0], "next", &f.Next[0])
			out := buf.String()
			require.Equal(t, 4, strings.Count(out, "\n"), out)
			assert.Contains(t, out, f.Breaches[0].String())
			assertNoSecrets(t, out)
			assert.Contains(t, out, a.Commitments[0].String())
			assert.Contains(t, out, a.Events[0].String())
			assert.Contains(t, out, a.Signatories[0].String())
		})
	}

	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", "agreement", a, "commitment", a.Commitments[0])
	var m map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
	assert.Equal(t, map[string]any{"id": "a1b2c3d4-0000-4000-8000-000000000001", "instrument": "written_record",
		"commitments": 2.0, "events": 2.0}, m["agreement"])
	assert.Equal(t, a.Commitments[0].String(), m["commitment"])

	assert.Equal(t, slog.KindGroup, a.LogValue().Kind())
	assert.Equal(t, a.Events[0].String(), a.Events[0].LogValue().String())
	assert.Equal(t, a.Signatories[0].String(), a.Signatories[0].LogValue().String())
	assert.Equal(t, a.Commitments[0].String(), a.Commitments[0].LogValue().String())
}

func TestAgreementJSONShape(t *testing.T) {
	// The record's words: enumerations as wire words, zero optional values
	// left out.
	raw, err := json.Marshal(base())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	assert.Equal(t, map[string]any{"kind": "written_record"}, m["instrument"])
	assert.NotContains(t, m, "signatories")
	assert.NotContains(t, m, "phases")
	assert.NotContains(t, m, "events")
	assert.Equal(t, "2020-01-15T00:00:00Z", m["signed"])
	c0 := m["commitments"].([]any)[0].(map[string]any)
	assert.Equal(t, "explosive_ordnance", c0["risk"])
	assert.Equal(t, "positive", c0["obligation"])
	assert.Equal(t, "third_party_report", c0["verification"])
	assert.Equal(t, "mines", c0["theme"])
	assert.NotContains(t, c0, "phase")
	assert.NotContains(t, c0, "activity")
	assert.NotContains(t, c0, "term")
	p0 := m["parties"].([]any)[0].(map[string]any)
	assert.Equal(t, "armed_actor", p0["role"])
	assert.NotContains(t, p0, "level")
	assert.NotContains(t, m["parties"].([]any)[1].(map[string]any), "actor")

	draft := base()
	draft.Signed = time0
	raw, err = json.Marshal(draft)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), `"signed"`, "a draft has no signature date")

	var back agreement.Agreement
	raw, err = json.Marshal(milfActionPlan())
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &back))
	assert.True(t, reflect.DeepEqual(milfActionPlan(), back), "the agreement round-trips through encoding/json")
}

// TestValidateTermWithoutKind: Validate checks a commitment's term only
// when its kind is set, so a term that states attributes but no kind is
// never checked — a minimum age of 200 or NaN, an agency attribute that is
// not a word or holds a list all pass — and Proposal then silently leaves
// the term out, so a red-line check never sees it.
//
// This test fails: Validate returns nil for each of these agreements.
func TestValidateTermWithoutKind(t *testing.T) {
	for name, term := range map[string]redline.Term{
		"age out of range": {MinAge: redline.Num(200)},
		"age NaN":          {MinAge: redline.Num(math.NaN())},
		"bad attribute":    {Extra: map[string]redline.Value{"Not A Word": redline.ListValue("a", "b")}},
		"attributes":       {By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureBan},
	} {
		a := base()
		a.Commitments[0].Term = term
		err := a.Validate()
		if !assert.Error(t, err, "%s: a term with attributes but no kind", name) {
			continue
		}
		for _, p := range problems(t, err) {
			assert.True(t, strings.HasPrefix(p.Path, "commitments[0].term."), "%s: %v", name, p)
		}
	}
}

func TestLookups(t *testing.T) {
	a := base()
	a.Phases = []agreement.Phase{{ID: id(51), Name: "marking", Advance: agreement.AdvanceRule{Level: agreement.ImplementationFull, Share: 1}}}
	c, ok := a.Commitment(cSecond)
	assert.True(t, ok)
	assert.Equal(t, "share no information with the other side", c.Text)
	p, ok := a.Party(pAgency)
	assert.True(t, ok)
	assert.Equal(t, agreement.Party{ID: pAgency, Role: agreement.RoleAgency, Name: "agency"}, p)
	ph, ok := a.Phase(id(51))
	assert.True(t, ok)
	assert.Equal(t, "marking", ph.Name)

	for _, missing := range []uuid.UUID{uuid.Nil, id(77)} {
		c, ok := a.Commitment(missing)
		assert.False(t, ok)
		assert.Zero(t, c)
		p, ok := a.Party(missing)
		assert.False(t, ok)
		assert.Zero(t, p)
		ph, ok := a.Phase(missing)
		assert.False(t, ok)
		assert.Zero(t, ph)
	}

	// The first of a duplicated ID, as Validate would refuse it.
	a.Parties = append(a.Parties, agreement.Party{ID: pAgency, Role: agreement.RoleThirdParty, Name: "another"})
	p, _ = a.Party(pAgency)
	assert.Equal(t, "agency", p.Name)
}
