package agreement_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/risk"
)

func TestKindEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.InstrumentKind]{
		Type:  "instrument",
		Pkg:   "agreement",
		Parse: agreement.ParseInstrumentKind,
		Words: map[agreement.InstrumentKind]string{
			agreement.InstrumentActionPlan:            "action_plan",
			agreement.InstrumentDeedOfCommitment:      "deed_of_commitment",
			agreement.InstrumentUnilateralDeclaration: "unilateral_declaration",
			agreement.InstrumentCodeOfConduct:         "code_of_conduct",
			agreement.InstrumentMilitaryOrder:         "military_order",
			agreement.InstrumentCivilianHarmTracking:  "civilian_harm_tracking",
			agreement.InstrumentSpecialAgreement:      "special_agreement",
			agreement.InstrumentWrittenRecord:         "written_record",
			agreement.InstrumentVerbalUnderstanding:   "verbal_understanding",
		},
		Labels: map[agreement.InstrumentKind]string{
			agreement.InstrumentActionPlan:            "UN Action Plan",
			agreement.InstrumentDeedOfCommitment:      "Deed of Commitment",
			agreement.InstrumentUnilateralDeclaration: "unilateral declaration",
			agreement.InstrumentCodeOfConduct:         "code of conduct",
			agreement.InstrumentMilitaryOrder:         "military order",
			agreement.InstrumentCivilianHarmTracking:  "civilian-harm tracking mechanism",
			agreement.InstrumentSpecialAgreement:      "special agreement",
			agreement.InstrumentWrittenRecord:         "written record of agreed terms",
			agreement.InstrumentVerbalUnderstanding:   "verbal understanding",
		},
		Label: agreement.InstrumentKind.Label,
	})
}

func TestDeedEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Deed]{
		Type:  "deed",
		Pkg:   "agreement",
		Parse: agreement.ParseDeed,
		Words: map[agreement.Deed]string{
			agreement.DeedMines:          "mines",
			agreement.DeedChildren:       "children",
			agreement.DeedSexualViolence: "sexual_violence",
			agreement.DeedHealthCare:     "health_care",
			agreement.DeedStarvation:     "starvation",
		},
	})
}

func TestDeedYear(t *testing.T) {
	// STANDARDS.md: the year each of Geneva Call's five Deeds opened.
	tests := map[agreement.Deed]int{
		agreement.DeedMines:          2000,
		agreement.DeedChildren:       2010,
		agreement.DeedSexualViolence: 2012,
		agreement.DeedHealthCare:     2018,
		agreement.DeedStarvation:     2021,
		agreement.DeedUnspecified:    0,
		agreement.Deed(6):            0,
		agreement.Deed(255):          0,
	}
	for d, want := range tests {
		assert.Equal(t, want, d.Year(), "%v", d)
	}
}

func TestActivityEnum(t *testing.T) {
	words := map[agreement.Activity]string{
		agreement.ActivityCommandOrder:       "command_order",
		agreement.ActivityAccountability:     "accountability",
		agreement.ActivityFocalPoints:        "focal_points",
		agreement.ActivityReleaseOfChildren:  "release_of_children",
		agreement.ActivityVerificationAccess: "verification_access",
		agreement.ActivityReintegration:      "reintegration",
		agreement.ActivityAgeVerification:    "age_verification",
		agreement.ActivityPrevention:         "prevention",
		agreement.ActivitySurvivorServices:   "survivor_services",
		agreement.ActivityVacatingSchools:    "vacating_schools",
	}
	labels := map[agreement.Activity]string{
		agreement.ActivityCommandOrder:       "command orders prohibiting the violation",
		agreement.ActivityAccountability:     "investigation and prosecution",
		agreement.ActivityFocalPoints:        "child-protection focal points",
		agreement.ActivityReleaseOfChildren:  "release of children",
		agreement.ActivityVerificationAccess: "access for verification",
		agreement.ActivityReintegration:      "reintegration programmes",
		agreement.ActivityAgeVerification:    "age verification in recruitment",
		agreement.ActivityPrevention:         "awareness and prevention",
		agreement.ActivitySurvivorServices:   "response and services for survivors",
		agreement.ActivityVacatingSchools:    "vacating schools used militarily",
	}
	enumtest.Check(t, enumtest.Spec[agreement.Activity]{
		Type: "activity", Pkg: "agreement", Parse: agreement.ParseActivity, Values: agreement.Activities, Words: words,
		Labels: labels, Label: agreement.Activity.Label,
	})

	all := agreement.Activities()
	require.Len(t, all, 10, "the ten standard activities")
	all[0] = 99
	assert.Equal(t, agreement.ActivityCommandOrder, agreement.Activities()[0], "Activities returns a fresh slice")
}

// TestStandardActivities pins the standard activities per listing trigger:
// every trigger has command orders, accountability, focal points and access
// for verification; recruitment and use keeps the UN CAAC office's eight.
func TestStandardActivities(t *testing.T) {
	common := []agreement.Activity{agreement.ActivityCommandOrder, agreement.ActivityAccountability, agreement.ActivityFocalPoints, agreement.ActivityVerificationAccess}
	want := map[actor.Violation][]agreement.Activity{
		actor.ViolationRecruitmentUse: {agreement.ActivityCommandOrder, agreement.ActivityAccountability, agreement.ActivityFocalPoints, agreement.ActivityReleaseOfChildren,
			agreement.ActivityVerificationAccess, agreement.ActivityReintegration, agreement.ActivityAgeVerification, agreement.ActivityPrevention},
		actor.ViolationKillingMaiming: append(slices.Clone(common), agreement.ActivitySurvivorServices),
		actor.ViolationSexualViolence: append(slices.Clone(common), agreement.ActivitySurvivorServices),
		actor.ViolationAttacksSchools: append(slices.Clone(common), agreement.ActivityVacatingSchools),
		actor.ViolationAbduction:      {agreement.ActivityCommandOrder, agreement.ActivityAccountability, agreement.ActivityFocalPoints, agreement.ActivityReleaseOfChildren, agreement.ActivityVerificationAccess},
		actor.ViolationDenialOfAccess: nil,
		actor.ViolationUnspecified:    nil,
		actor.Violation(9):            nil,
	}
	used := map[agreement.Activity]bool{}
	for v, acts := range want {
		got := agreement.StandardActivities(v)
		assert.Equal(t, acts, got, "%v", v)
		for _, a := range agreement.Activities() {
			assert.Equal(t, slices.Contains(acts, a), a.Standard(v), "%v against %v", a, v)
		}
		for _, a := range got {
			used[a] = true
		}
		for _, a := range common {
			if acts != nil {
				assert.Contains(t, got, a, "%v", v)
			}
		}
	}
	for _, a := range agreement.Activities() {
		assert.True(t, used[a], "%v is standard against some violation", a)
	}
}

func TestRoleEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Role]{
		Type:  "role",
		Pkg:   "agreement",
		Parse: agreement.ParseRole,
		Words: map[agreement.Role]string{
			agreement.RoleArmedActor:    "armed_actor",
			agreement.RoleFaction:       "faction",
			agreement.RoleAgency:        "agency",
			agreement.RoleHostState:     "host_state",
			agreement.RoleUnitedNations: "united_nations",
			agreement.RoleGenevaCall:    "geneva_call",
			agreement.RoleCustodian:     "custodian",
			agreement.RoleThirdParty:    "third_party",
		},
	})
}

func TestRoleIsArmedActor(t *testing.T) {
	tests := map[agreement.Role]bool{
		agreement.RoleUnspecified:   false,
		agreement.RoleArmedActor:    true,
		agreement.RoleFaction:       true,
		agreement.RoleAgency:        false,
		agreement.RoleHostState:     false,
		agreement.RoleUnitedNations: false,
		agreement.RoleGenevaCall:    false,
		agreement.RoleCustodian:     false,
		agreement.RoleThirdParty:    false,
		agreement.Role(200):         false,
	}
	for r, want := range tests {
		assert.Equal(t, want, r.IsArmedActor(), "%v", r)
	}
}

func TestCapacityEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Capacity]{
		Type:  "capacity",
		Pkg:   "agreement",
		Parse: agreement.ParseCapacity,
		Words: map[agreement.Capacity]string{
			agreement.CapacityPolitical:      "political",
			agreement.CapacityMilitary:       "military",
			agreement.CapacityWitness:        "witness",
			agreement.CapacityCustodian:      "custodian",
			agreement.CapacityRepresentative: "representative",
		},
	})
}

func TestObligationEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Duty]{
		Type:  "obligation",
		Pkg:   "agreement",
		Parse: agreement.ParseDuty,
		Words: map[agreement.Duty]string{
			agreement.DutyNegative: "negative",
			agreement.DutyPositive: "positive",
		},
	})
}

func TestVerificationEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Verification]{
		Type:  "verification",
		Pkg:   "agreement",
		Parse: agreement.ParseVerification,
		Words: map[agreement.Verification]string{
			agreement.VerificationSelfReport:       "self_report",
			agreement.VerificationThirdPartyReport: "third_party_report",
			agreement.VerificationMission:          "verification_mission",
		},
	})
}

func TestEventKindEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.EventKind]{
		Type:  "event",
		Pkg:   "agreement",
		Parse: agreement.ParseEventKind,
		Words: map[agreement.EventKind]string{
			agreement.EventProgress:           "progress",
			agreement.EventFulfilled:          "fulfilled",
			agreement.EventPartiallyFulfilled: "partially_fulfilled",
			agreement.EventBreach:             "breach",
			agreement.EventReversal:           "reversal",
			agreement.EventDenial:             "denial",
			agreement.EventVerification:       "verification",
			agreement.EventAccessLost:         "access_lost",
			agreement.EventAccessRestored:     "access_restored",
		},
	})
}

func TestImplementationEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Implementation]{
		Type:  "implementation",
		Pkg:   "agreement",
		Parse: agreement.ParseImplementation,
		Words: map[agreement.Implementation]string{
			agreement.ImplementationNotInitiated: "not_initiated",
			agreement.ImplementationMinimal:      "minimal",
			agreement.ImplementationIntermediate: "intermediate",
			agreement.ImplementationFull:         "full",
		},
	})
	// The Peace Accords Matrix scale is ordinal.
	assert.Less(t, agreement.ImplementationNotInitiated, agreement.ImplementationMinimal)
	assert.Less(t, agreement.ImplementationMinimal, agreement.ImplementationIntermediate)
	assert.Less(t, agreement.ImplementationIntermediate, agreement.ImplementationFull)
}

func TestThemeEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Theme]{
		Type:  "theme",
		Pkg:   "agreement",
		Parse: agreement.ParseTheme,
		Words: map[agreement.Theme]string{
			agreement.ThemeChildren:       "children",
			agreement.ThemeMines:          "mines",
			agreement.ThemeDetention:      "detention",
			agreement.ThemeHealthCare:     "health_care",
			agreement.ThemeEducation:      "education",
			agreement.ThemeAccess:         "access",
			agreement.ThemeMovement:       "movement",
			agreement.ThemeConduct:        "conduct",
			agreement.ThemeSexualViolence: "sexual_violence",
			agreement.ThemeFood:           "food",
			agreement.ThemeOther:          "other",
		},
	})
}

func TestStatusEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.CommitmentStatus]{
		Type:  "status",
		Pkg:   "agreement",
		Parse: agreement.ParseCommitmentStatus,
		Words: map[agreement.CommitmentStatus]string{
			agreement.StatusPending:            "pending",
			agreement.StatusInProgress:         "in_progress",
			agreement.StatusPartiallyFulfilled: "partially_fulfilled",
			agreement.StatusFulfilled:          "fulfilled",
			agreement.StatusBreached:           "breached",
			agreement.StatusReversed:           "reversed",
		},
	})
}

func TestActionEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.Action]{
		Type:  "action",
		Pkg:   "agreement",
		Parse: agreement.ParseAction,
		Words: map[agreement.Action]string{
			agreement.ActionAddressBreach:    "address_breach",
			agreement.ActionAddressReversal:  "address_reversal",
			agreement.ActionHonourOwn:        "honour_own",
			agreement.ActionChaseOverdue:     "chase_overdue",
			agreement.ActionRestoreAccess:    "restore_access",
			agreement.ActionVerify:           "verify",
			agreement.ActionPrepareDue:       "prepare_due",
			agreement.ActionStartPhase:       "start_phase",
			agreement.ActionRequestDelisting: "request_delisting",
			agreement.ActionSeekMonitoring:   "seek_monitoring",
			agreement.ActionKeepEngaging:     "keep_engaging",
		},
	})
}

func TestReasonsAreTheSharedOnes(t *testing.T) {
	// The reasons are the module's shared words, so a caller matching
	// another package's errors matches these.
	words := map[agreement.Reason]string{
		agreement.ReasonRequired:   "required",
		agreement.ReasonInvalid:    "invalid",
		agreement.ReasonUnknown:    "unknown",
		agreement.ReasonOutOfRange: "out_of_range",
		agreement.ReasonDuplicate:  "duplicate",
		agreement.ReasonReference:  "reference",
		agreement.ReasonCycle:      "cycle",
		agreement.ReasonConflict:   "conflict",
		agreement.ReasonTooLarge:   "too_large",
		agreement.ReasonSyntax:     "syntax",
		agreement.ReasonType:       "type",
	}
	for r, w := range words {
		assert.Equal(t, w, r.String())
	}
}

func TestParseRejectsUnknownWords(t *testing.T) {
	// Every Parse function of the package, by the type it parses.
	parsers := map[string]func(string) error{
		"Kind":           func(s string) error { _, err := agreement.ParseInstrumentKind(s); return err },
		"Deed":           func(s string) error { _, err := agreement.ParseDeed(s); return err },
		"Activity":       func(s string) error { _, err := agreement.ParseActivity(s); return err },
		"Role":           func(s string) error { _, err := agreement.ParseRole(s); return err },
		"Capacity":       func(s string) error { _, err := agreement.ParseCapacity(s); return err },
		"Obligation":     func(s string) error { _, err := agreement.ParseDuty(s); return err },
		"Verification":   func(s string) error { _, err := agreement.ParseVerification(s); return err },
		"EventKind":      func(s string) error { _, err := agreement.ParseEventKind(s); return err },
		"Implementation": func(s string) error { _, err := agreement.ParseImplementation(s); return err },
		"Theme":          func(s string) error { _, err := agreement.ParseTheme(s); return err },
		"Status":         func(s string) error { _, err := agreement.ParseCommitmentStatus(s); return err },
		"Action":         func(s string) error { _, err := agreement.ParseAction(s); return err },
	}
	for name, parse := range parsers {
		t.Run(name, func(t *testing.T) {
			for _, in := range []string{"no such word", "", "unspecified"} {
				err := parse(in)
				assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonUnknown}, "%q", in)
				var fe *agreement.FieldError
				if assert.ErrorAs(t, err, &fe, "%q", in) {
					assert.Equal(t, "agreement", fe.Pkg)
				}
			}
		})
	}
}
func TestRisksOf(t *testing.T) {
	want := map[actor.Violation][]risk.Risk{
		actor.ViolationKillingMaiming: {risk.AttacksOnCivilians},
		actor.ViolationRecruitmentUse: {risk.ChildRecruitment},
		actor.ViolationAttacksSchools: {risk.AttacksOnCivilians},
		actor.ViolationSexualViolence: {risk.GenderBasedViolence},
		actor.ViolationAbduction:      {risk.AbductionDetention},
		actor.ViolationDenialOfAccess: {risk.Discrimination},
	}
	require.Len(t, actor.Violations(), 6)
	for _, v := range actor.Violations() {
		got := agreement.RisksOf(v)
		assert.Equal(t, want[v], got, "%s", v)
		for _, r := range got {
			assert.True(t, r.IsValid(), "%s maps to an invalid risk", v)
		}
	}
	for _, v := range []actor.Violation{actor.ViolationUnspecified, 7, 255} {
		assert.Nil(t, agreement.RisksOf(v), "violation %d", v)
	}
	// The result is the caller's: changing it changes nothing in the package.
	got := agreement.RisksOf(actor.ViolationAbduction)
	got[0] = risk.Torture
	assert.Equal(t, []risk.Risk{risk.AbductionDetention}, agreement.RisksOf(actor.ViolationAbduction))
}

func TestMonitoringSourceEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.MonitoringSource]{
		Type: "monitoring source", Pkg: "agreement", Parse: agreement.ParseMonitoringSource,
		Words: map[agreement.MonitoringSource]string{
			agreement.MonitoringAnnualReport:        "annual_report",
			agreement.MonitoringCountryReport:       "country_report",
			agreement.MonitoringVerificationMission: "verification_mission",
			agreement.MonitoringOther:               "other",
		},
	})
}

func TestPeriodStateEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[agreement.PeriodState]{
		Type: "period state", Pkg: "agreement", Parse: agreement.ParsePeriodState,
		Words: map[agreement.PeriodState]string{
			agreement.PeriodClean:     "clean",
			agreement.PeriodViolation: "violation",
			agreement.PeriodUnknown:   "unknown",
		},
	})
}
