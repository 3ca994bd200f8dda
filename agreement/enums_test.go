package agreement_test

import (
	"encoding"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
)

// Every enumeration is a text codec.
var (
	_ encoding.TextMarshaler   = agreement.Kind(0)
	_ encoding.TextUnmarshaler = (*agreement.Kind)(nil)
	_ encoding.TextMarshaler   = agreement.Deed(0)
	_ encoding.TextMarshaler   = agreement.Activity(0)
	_ encoding.TextMarshaler   = agreement.Role(0)
	_ encoding.TextMarshaler   = agreement.Capacity(0)
	_ encoding.TextMarshaler   = agreement.Obligation(0)
	_ encoding.TextMarshaler   = agreement.Verification(0)
	_ encoding.TextMarshaler   = agreement.EventKind(0)
	_ encoding.TextMarshaler   = agreement.Implementation(0)
	_ encoding.TextMarshaler   = agreement.Theme(0)
	_ encoding.TextMarshaler   = agreement.Status(0)
	_ encoding.TextMarshaler   = agreement.Action(0)
	_ encoding.TextMarshaler   = agreement.Outcome(0)
	_ encoding.TextMarshaler   = agreement.Result(0)
)

// enumValue is what every enumeration of the package provides on its value.
type enumValue interface {
	~uint8
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
}

// enumPointer is what every enumeration provides on its pointer.
type enumPointer[T any] interface {
	*T
	UnmarshalText([]byte) error
}

// wireWord pins one constant to its wire word.
type wireWord[T any] struct {
	v    T
	word string
}

// enumCase describes one enumeration for the shared checks.
type enumCase[T enumValue] struct {
	typ    string                  // the codec's type name, as in "role(200)"
	parse  func(string) (T, error) // the exported Parse function, if there is one
	wires  []wireWord[T]           // every named value, in order from 1
	labels map[T]string            // display labels, if the type has them
	label  func(T) string          // the Label method, if the type has one
}

// checkEnumCodec runs the checks every enumeration must pass: pinned wire
// words, a text and JSON round trip for every value, case-insensitive
// parsing, labels, the zero value, unknown words and out-of-range values.
func checkEnumCodec[T enumValue, P enumPointer[T]](t *testing.T, s enumCase[T]) {
	t.Helper()
	require.NotEmpty(t, s.wires)
	unmarshal := func(in string) (T, error) {
		var v T
		err := P(&v).UnmarshalText([]byte(in))
		return v, err
	}

	t.Run("wire words", func(t *testing.T) {
		for i, w := range s.wires {
			assert.Equal(t, T(i+1), w.v, "table row %d is out of order", i)
			assert.True(t, w.v.IsValid(), w.word)
			assert.Equal(t, w.word, w.v.String())
			b, err := w.v.MarshalText()
			require.NoError(t, err, w.word)
			assert.Equal(t, w.word, string(b))
			j, err := json.Marshal(w.v)
			require.NoError(t, err, w.word)
			assert.Equal(t, strconv.Quote(w.word), string(j))
		}
		assert.False(t, T(len(s.wires)+1).IsValid(), "the table misses a constant after %q", s.wires[len(s.wires)-1].word)
	})

	t.Run("round trip", func(t *testing.T) {
		for _, w := range s.wires {
			b, err := w.v.MarshalText()
			require.NoError(t, err)
			got, err := unmarshal(string(b))
			require.NoError(t, err, w.word)
			assert.Equal(t, w.v, got, w.word)

			var fromJSON T
			require.NoError(t, json.Unmarshal([]byte(strconv.Quote(w.word)), &fromJSON), w.word)
			assert.Equal(t, w.v, fromJSON, w.word)

			if s.parse != nil {
				p, err := s.parse(w.v.String())
				require.NoError(t, err, w.word)
				assert.Equal(t, w.v, p, w.word)
			}
		}
	})

	t.Run("case insensitive", func(t *testing.T) {
		for _, w := range s.wires {
			for _, in := range []string{strings.ToUpper(w.word), strings.ToUpper(w.word[:1]) + w.word[1:]} {
				got, err := unmarshal(in)
				require.NoError(t, err, in)
				assert.Equal(t, w.v, got, in)
				if s.parse != nil {
					got, err := s.parse(in)
					require.NoError(t, err, in)
					assert.Equal(t, w.v, got, in)
				}
			}
		}
	})

	t.Run("labels", func(t *testing.T) {
		if s.labels != nil {
			assert.Len(t, s.labels, len(s.wires), "a label for every value")
		}
		for v, label := range s.labels {
			require.NotNil(t, s.label)
			assert.Equal(t, label, s.label(v))
			for _, in := range []string{label, strings.ToUpper(label)} {
				got, err := unmarshal(in)
				require.NoError(t, err, in)
				assert.Equal(t, v, got, in)
				if s.parse != nil {
					got, err := s.parse(in)
					require.NoError(t, err, in)
					assert.Equal(t, v, got, in)
				}
			}
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.String(), string(b), "a label parses, but the wire word is written")
		}
		if s.label != nil {
			assert.Equal(t, "unspecified", s.label(0))
			assert.Equal(t, s.typ+"(200)", s.label(T(200)), "out of range, a label falls back to String")
		}
	})

	t.Run("zero value", func(t *testing.T) {
		var zero T
		assert.False(t, zero.IsValid())
		assert.Equal(t, "unspecified", zero.String())
		b, err := zero.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(b))
		j, err := json.Marshal(zero)
		require.NoError(t, err)
		assert.Equal(t, `""`, string(j))

		got := s.wires[0].v
		require.NoError(t, P(&got).UnmarshalText([]byte("")))
		assert.Equal(t, zero, got, `"" unmarshals to the zero value`)

		if s.parse != nil {
			_, err = s.parse("")
			assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonUnknown}, `Parse("") must be an error`)
		}
	})

	t.Run("unknown word", func(t *testing.T) {
		for _, in := range []string{"no_such_word", s.wires[0].word + "x", " " + s.wires[0].word, "unspecified", "1", s.typ + "(1)"} {
			_, err := unmarshal(in)
			require.Error(t, err, in)
			var fe *agreement.FieldError
			require.ErrorAs(t, err, &fe, in)
			assert.Equal(t, agreement.ReasonUnknown, fe.Reason, in)
			assert.Equal(t, "agreement", fe.Pkg, in)
			assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonUnknown}, in)
			if s.parse != nil {
				_, err := s.parse(in)
				assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonUnknown}, in)
			}
			var holder struct {
				V T `json:"v"`
			}
			assert.Error(t, json.Unmarshal([]byte(`{"v":`+strconv.Quote(in)+`}`), &holder), in)
		}
	})

	t.Run("out of range", func(t *testing.T) {
		for _, n := range []int{len(s.wires) + 1, 200, 255} {
			v := T(n)
			var str string
			assert.NotPanics(t, func() { str = v.String() })
			assert.Equal(t, s.typ+"("+strconv.Itoa(n)+")", str)
			assert.False(t, v.IsValid())
			b, err := v.MarshalText()
			assert.Nil(t, b)
			assert.ErrorIs(t, err, &agreement.FieldError{Reason: agreement.ReasonInvalid}, "MarshalText(%d)", n)
			_, err = json.Marshal(v)
			assert.Error(t, err, "json.Marshal(%d)", n)
		}
	})
}

func TestKindEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Kind]{
		typ:   "instrument",
		parse: agreement.ParseKind,
		wires: []wireWord[agreement.Kind]{
			{agreement.KindActionPlan, "action_plan"},
			{agreement.KindDeedOfCommitment, "deed_of_commitment"},
			{agreement.KindUnilateralDeclaration, "unilateral_declaration"},
			{agreement.KindCodeOfConduct, "code_of_conduct"},
			{agreement.KindMilitaryOrder, "military_order"},
			{agreement.KindCivilianHarmTracking, "civilian_harm_tracking"},
			{agreement.KindSpecialAgreement, "special_agreement"},
			{agreement.KindWrittenRecord, "written_record"},
			{agreement.KindVerbalUnderstanding, "verbal_understanding"},
		},
		labels: map[agreement.Kind]string{
			agreement.KindActionPlan:            "UN Action Plan",
			agreement.KindDeedOfCommitment:      "Deed of Commitment",
			agreement.KindUnilateralDeclaration: "unilateral declaration",
			agreement.KindCodeOfConduct:         "code of conduct",
			agreement.KindMilitaryOrder:         "military order",
			agreement.KindCivilianHarmTracking:  "civilian-harm tracking mechanism",
			agreement.KindSpecialAgreement:      "special agreement",
			agreement.KindWrittenRecord:         "written record of agreed terms",
			agreement.KindVerbalUnderstanding:   "verbal understanding",
		},
		label: agreement.Kind.Label,
	})
}

func TestDeedEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Deed]{
		typ:   "deed",
		parse: agreement.ParseDeed,
		wires: []wireWord[agreement.Deed]{
			{agreement.DeedMines, "mines"},
			{agreement.DeedChildren, "children"},
			{agreement.DeedSexualViolence, "sexual_violence"},
			{agreement.DeedHealthCare, "health_care"},
			{agreement.DeedStarvation, "starvation"},
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
	wires := []wireWord[agreement.Activity]{
		{agreement.ActivityCommandOrder, "command_order"},
		{agreement.ActivityAccountability, "accountability"},
		{agreement.ActivityFocalPoints, "focal_points"},
		{agreement.ActivityRelease, "release"},
		{agreement.ActivityVerificationAccess, "verification_access"},
		{agreement.ActivityReintegration, "reintegration"},
		{agreement.ActivityAgeVerification, "age_verification"},
		{agreement.ActivityPrevention, "prevention"},
	}
	checkEnumCodec(t, enumCase[agreement.Activity]{typ: "activity", parse: agreement.ParseActivity, wires: wires})

	all := agreement.Activities()
	require.Len(t, all, len(wires), "the eight standard activities")
	for i, w := range wires {
		assert.Equal(t, w.v, all[i])
	}
	all[0] = 99
	assert.Equal(t, agreement.ActivityCommandOrder, agreement.Activities()[0], "Activities returns a fresh slice")
}

func TestRoleEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Role]{
		typ:   "role",
		parse: agreement.ParseRole,
		wires: []wireWord[agreement.Role]{
			{agreement.RoleArmedActor, "armed_actor"},
			{agreement.RoleFaction, "faction"},
			{agreement.RoleAgency, "agency"},
			{agreement.RoleHostState, "host_state"},
			{agreement.RoleUnitedNations, "united_nations"},
			{agreement.RoleGenevaCall, "geneva_call"},
			{agreement.RoleCustodian, "custodian"},
			{agreement.RoleThirdParty, "third_party"},
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
	checkEnumCodec(t, enumCase[agreement.Capacity]{
		typ:   "capacity",
		parse: agreement.ParseCapacity,
		wires: []wireWord[agreement.Capacity]{
			{agreement.CapacityPolitical, "political"},
			{agreement.CapacityMilitary, "military"},
			{agreement.CapacityWitness, "witness"},
			{agreement.CapacityCustodian, "custodian"},
			{agreement.CapacityRepresentative, "representative"},
		},
	})
}

func TestObligationEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Obligation]{
		typ:   "obligation",
		parse: agreement.ParseObligation,
		wires: []wireWord[agreement.Obligation]{
			{agreement.ObligationNegative, "negative"},
			{agreement.ObligationPositive, "positive"},
		},
	})
}

func TestVerificationEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Verification]{
		typ:   "verification",
		parse: agreement.ParseVerification,
		wires: []wireWord[agreement.Verification]{
			{agreement.VerificationSelfReport, "self_report"},
			{agreement.VerificationThirdPartyReport, "third_party_report"},
			{agreement.VerificationMission, "verification_mission"},
		},
	})
}

func TestEventKindEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.EventKind]{
		typ:   "event",
		parse: agreement.ParseEventKind,
		wires: []wireWord[agreement.EventKind]{
			{agreement.EventProgress, "progress"},
			{agreement.EventFulfilled, "fulfilled"},
			{agreement.EventPartiallyFulfilled, "partially_fulfilled"},
			{agreement.EventBreach, "breach"},
			{agreement.EventReversal, "reversal"},
			{agreement.EventDenial, "denial"},
			{agreement.EventVerification, "verification"},
			{agreement.EventAccessLost, "access_lost"},
			{agreement.EventAccessRestored, "access_restored"},
		},
	})
}

func TestImplementationEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Implementation]{
		typ:   "implementation",
		parse: agreement.ParseImplementation,
		wires: []wireWord[agreement.Implementation]{
			{agreement.ImplementationNotInitiated, "not_initiated"},
			{agreement.ImplementationMinimal, "minimal"},
			{agreement.ImplementationIntermediate, "intermediate"},
			{agreement.ImplementationFull, "full"},
		},
	})
	// The Peace Accords Matrix scale is ordinal.
	assert.Less(t, agreement.ImplementationNotInitiated, agreement.ImplementationMinimal)
	assert.Less(t, agreement.ImplementationMinimal, agreement.ImplementationIntermediate)
	assert.Less(t, agreement.ImplementationIntermediate, agreement.ImplementationFull)
}

func TestThemeEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Theme]{
		typ:   "theme",
		parse: agreement.ParseTheme,
		wires: []wireWord[agreement.Theme]{
			{agreement.ThemeChildren, "children"},
			{agreement.ThemeMines, "mines"},
			{agreement.ThemeDetention, "detention"},
			{agreement.ThemeHealthCare, "health_care"},
			{agreement.ThemeEducation, "education"},
			{agreement.ThemeAccess, "access"},
			{agreement.ThemeMovement, "movement"},
			{agreement.ThemeConduct, "conduct"},
			{agreement.ThemeSexualViolence, "sexual_violence"},
			{agreement.ThemeFood, "food"},
			{agreement.ThemeOther, "other"},
		},
	})
}

func TestStatusEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Status]{
		typ:   "status",
		parse: agreement.ParseStatus,
		wires: []wireWord[agreement.Status]{
			{agreement.StatusPending, "pending"},
			{agreement.StatusInProgress, "in_progress"},
			{agreement.StatusPartiallyFulfilled, "partially_fulfilled"},
			{agreement.StatusFulfilled, "fulfilled"},
			{agreement.StatusBreached, "breached"},
			{agreement.StatusReversed, "reversed"},
		},
	})
}

func TestActionEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Action]{
		typ:   "action",
		parse: agreement.ParseAction,
		wires: []wireWord[agreement.Action]{
			{agreement.ActionAddressBreach, "address_breach"},
			{agreement.ActionAddressReversal, "address_reversal"},
			{agreement.ActionHonourOwn, "honour_own"},
			{agreement.ActionChaseOverdue, "chase_overdue"},
			{agreement.ActionRestoreAccess, "restore_access"},
			{agreement.ActionVerify, "verify"},
			{agreement.ActionPrepareDue, "prepare_due"},
			{agreement.ActionStartPhase, "start_phase"},
			{agreement.ActionRequestDelisting, "request_delisting"},
		},
	})
}

func TestOutcomeEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Outcome]{
		typ:   "outcome",
		parse: agreement.ParseOutcome,
		wires: []wireWord[agreement.Outcome]{
			{agreement.OutcomePolicyCommitment, "policy_commitment"},
			{agreement.OutcomeReleaseOfHostages, "release_of_hostages"},
			{agreement.OutcomeReleaseOfChildren, "release_of_children"},
			{agreement.OutcomeVacatingSchools, "vacating_schools"},
			{agreement.OutcomeRemovingCheckpoints, "removing_checkpoints"},
			{agreement.OutcomeReducedViolence, "reduced_violence"},
			{agreement.OutcomeWeaponNonUse, "weapon_non_use"},
			{agreement.OutcomeEvacuation, "evacuation"},
			{agreement.OutcomeRefugeeCamp, "refugee_camp"},
			{agreement.OutcomeOtherAction, "other_action"},
		},
	})
}

func TestOutcomeConcrete(t *testing.T) {
	// Box 3: policy commitments on one side, concrete actions on the other.
	assert.False(t, agreement.OutcomePolicyCommitment.Concrete())
	for o := agreement.OutcomeReleaseOfHostages; o <= agreement.OutcomeOtherAction; o++ {
		assert.True(t, o.Concrete(), "%v", o)
	}
	assert.False(t, agreement.OutcomeUnspecified.Concrete(), "the zero value is neither")
	assert.False(t, agreement.Outcome(11).Concrete(), "out of range is neither")
	assert.False(t, agreement.Outcome(255).Concrete())
}

func TestResultEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[agreement.Result]{
		typ:   "result",
		parse: agreement.ParseResult,
		wires: []wireWord[agreement.Result]{
			{agreement.ResultAchieved, "achieved"},
			{agreement.ResultPartlyAchieved, "partly_achieved"},
			{agreement.ResultNotAchieved, "not_achieved"},
			{agreement.ResultUnknown, "unknown"},
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
		"Kind":           func(s string) error { _, err := agreement.ParseKind(s); return err },
		"Deed":           func(s string) error { _, err := agreement.ParseDeed(s); return err },
		"Activity":       func(s string) error { _, err := agreement.ParseActivity(s); return err },
		"Role":           func(s string) error { _, err := agreement.ParseRole(s); return err },
		"Capacity":       func(s string) error { _, err := agreement.ParseCapacity(s); return err },
		"Obligation":     func(s string) error { _, err := agreement.ParseObligation(s); return err },
		"Verification":   func(s string) error { _, err := agreement.ParseVerification(s); return err },
		"EventKind":      func(s string) error { _, err := agreement.ParseEventKind(s); return err },
		"Implementation": func(s string) error { _, err := agreement.ParseImplementation(s); return err },
		"Theme":          func(s string) error { _, err := agreement.ParseTheme(s); return err },
		"Status":         func(s string) error { _, err := agreement.ParseStatus(s); return err },
		"Action":         func(s string) error { _, err := agreement.ParseAction(s); return err },
		"Outcome":        func(s string) error { _, err := agreement.ParseOutcome(s); return err },
		"Result":         func(s string) error { _, err := agreement.ParseResult(s); return err },
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
