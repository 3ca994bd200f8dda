package redline_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/redline"
)

func TestEntityEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Entity]{
		Type:  "entity",
		Pkg:   "redline",
		Parse: redline.ParseEntity,
		Words: map[redline.Entity]string{
			redline.EntityArmedActor:       "armed_actor",
			redline.EntityAgency:           "agency",
			redline.EntityHostState:        "host_state",
			redline.EntityPartyToConflict:  "party_to_conflict",
			redline.EntityThirdParty:       "third_party",
			redline.EntityDonor:            "donor",
			redline.EntitySupplier:         "supplier",
			redline.EntityCommunity:        "community",
			redline.EntityPrivateSecurity:  "private_security",
			redline.EntityPeacekeepers:     "peacekeepers",
			redline.EntityNone:             "none",
			redline.EntityDeFactoAuthority: "de_facto_authority",
		},
	})
}

func TestPurposeEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Purpose]{
		Type:  "purpose",
		Pkg:   "redline",
		Parse: redline.ParsePurpose,
		Words: map[redline.Purpose]string{
			redline.PurposeDialogueFee: "dialogue_fee",
			redline.PurposeRansom:      "ransom",
			redline.PurposeTax:         "tax",
			redline.PurposeToll:        "toll",
			redline.PurposeGoods:       "goods",
			redline.PurposeService:     "service",
			redline.PurposeSalary:      "salary",
			redline.PurposeOther:       "other",
		},
	})
}

func TestWeaponEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Weapon]{
		Type:  "weapon",
		Pkg:   "redline",
		Parse: redline.ParseWeapon,
		Words: map[redline.Weapon]string{
			redline.WeaponAntiPersonnelMines: "anti_personnel_mines",
			redline.WeaponExplosiveDevices:   "explosive_devices",
			redline.WeaponClusterMunitions:   "cluster_munitions",
			redline.WeaponOther:              "other",
		},
	})
}

func TestMeasureEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Measure]{
		Type:  "measure",
		Pkg:   "redline",
		Parse: redline.ParseMeasure,
		Words: map[redline.Measure]string{
			redline.MeasureRestriction:          "restriction",
			redline.MeasureMarking:              "marking",
			redline.MeasureMoratorium:           "moratorium",
			redline.MeasureClearance:            "clearance",
			redline.MeasureStockpileDestruction: "stockpile_destruction",
			redline.MeasureBan:                  "ban",
		},
	})
}

func TestSeverityEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Severity]{
		Type:  "severity",
		Pkg:   "redline",
		Parse: redline.ParseSeverity,
		Words: map[redline.Severity]string{
			redline.SeverityTradeOff:      "trade_off",
			redline.SeverityBottomLine:    "bottom_line",
			redline.SeverityInstitutional: "institutional",
			redline.SeverityAbsolute:      "absolute",
		},
		Labels: map[redline.Severity]string{
			redline.SeverityTradeOff:      "trade-off",
			redline.SeverityBottomLine:    "bottom line",
			redline.SeverityInstitutional: "institutional red line",
			redline.SeverityAbsolute:      "absolute red line",
		},
		Label: redline.Severity.Label,
	})
	// Severities are ordered from the least to the most grave.
	assert.Less(t, redline.SeverityTradeOff, redline.SeverityBottomLine)
	assert.Less(t, redline.SeverityBottomLine, redline.SeverityInstitutional)
	assert.Less(t, redline.SeverityInstitutional, redline.SeverityAbsolute)
	assert.Equal(t, "unspecified", redline.SeverityUnspecified.Label())
}

func TestAttrTypeEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.AttrType]{
		Type:  "attribute type",
		Pkg:   "redline",
		Parse: redline.ParseAttrType,
		Words: map[redline.AttrType]string{
			redline.AttrNumber:         "number",
			redline.AttrText:           "text",
			redline.AttrFlag:           "flag",
			redline.AttrEntity:         "entity",
			redline.AttrPurpose:        "purpose",
			redline.AttrWeapon:         "weapon",
			redline.AttrMeasure:        "measure",
			redline.AttrInformation:    "information",
			redline.AttrSharingPurpose: "sharing_purpose",
			redline.AttrUndertaking:    "undertaking",
		},
	})
}

func TestInformationEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Information]{
		Type:  "information",
		Pkg:   "redline",
		Parse: redline.ParseInformation,
		Words: map[redline.Information]string{
			redline.InformationOperational: "operational",
			redline.InformationAggregate:   "aggregate",
			redline.InformationIdentifying: "identifying",
			redline.InformationOwnConduct:  "own_conduct",
		},
	})
}

func TestSharingPurposeEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.SharingPurpose]{
		Type:  "purpose of sharing",
		Pkg:   "redline",
		Parse: redline.ParseSharingPurpose,
		Words: map[redline.SharingPurpose]string{
			redline.SharingPurposeProtection:    "protection",
			redline.SharingPurposePersuasion:    "persuasion",
			redline.SharingPurposeDeconfliction: "deconfliction",
			redline.SharingPurposeReporting:     "reporting",
			redline.SharingPurposeOther:         "other",
		},
	})
}

func TestUndertakingEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Undertaking]{
		Type:  "undertaking",
		Pkg:   "redline",
		Parse: redline.ParseUndertaking,
		Words: map[redline.Undertaking]string{
			redline.UndertakingSilence:  "silence",
			redline.UndertakingLimits:   "limits",
			redline.UndertakingNoLimits: "no_limits",
		},
	})
}

func TestOnUnexaminedEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.OnUnexamined]{
		Type:  "answer to an unexamined term",
		Pkg:   "redline",
		Parse: redline.ParseOnUnexamined,
		Words: map[redline.OnUnexamined]string{
			redline.OnUnexaminedList:  "list",
			redline.OnUnexaminedBlock: "block",
		},
	})
}

func TestOpEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Op]{
		Type:  "operator",
		Pkg:   "redline",
		Parse: redline.ParseOp,
		Words: map[redline.Op]string{
			redline.OpEq:    "eq",
			redline.OpNe:    "ne",
			redline.OpLt:    "lt",
			redline.OpLe:    "le",
			redline.OpGt:    "gt",
			redline.OpGe:    "ge",
			redline.OpIn:    "in",
			redline.OpNotIn: "not_in",
		},
	})
}

func TestChangeEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Change]{
		Type:  "change",
		Pkg:   "redline",
		Parse: redline.ParseChange,
		Words: map[redline.Change]string{
			redline.ChangeWeakened: "weakened",
			redline.ChangeDropped:  "dropped",
		},
	})
}

func TestStatusEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Status]{
		Type:  "status",
		Pkg:   "redline",
		Parse: redline.ParseStatus,
		Words: map[redline.Status]string{
			redline.StatusCrossed:       "crossed",
			redline.StatusIndeterminate: "indeterminate",
		},
	})
}

func TestResultEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Result]{
		Type:  "result",
		Pkg:   "redline",
		Parse: redline.ParseResult,
		Words: map[redline.Result]string{
			redline.ResultMet:     "met",
			redline.ResultNotMet:  "not_met",
			redline.ResultMissing: "missing",
			redline.ResultInvalid: "invalid",
		},
	})
}

func TestVerdictEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Verdict]{
		Type:  "verdict",
		Pkg:   "redline",
		Parse: redline.ParseVerdict,
		Words: map[redline.Verdict]string{
			redline.VerdictAcceptable:       "acceptable",
			redline.VerdictTradeOffAnalysis: "trade_off_analysis_required",
			redline.VerdictMandatorDecision: "mandator_decision_required",
			redline.VerdictApprovalRequired: "approval_required",
			redline.VerdictIndeterminate:    "indeterminate",
			redline.VerdictUnacceptable:     "unacceptable",
		},
		Labels: map[redline.Verdict]string{
			redline.VerdictAcceptable:       "acceptable",
			redline.VerdictTradeOffAnalysis: "trade-off analysis required",
			redline.VerdictMandatorDecision: "decision of the mandator required",
			redline.VerdictApprovalRequired: "approval required",
			redline.VerdictIndeterminate:    "indeterminate",
			redline.VerdictUnacceptable:     "unacceptable",
		},
		Label: redline.Verdict.Label,
	})
	for _, v := range []redline.Verdict{redline.VerdictTradeOffAnalysis, redline.VerdictMandatorDecision} {
		got, err := redline.ParseVerdict(strings.ToUpper(v.Label()))
		require.NoError(t, err, v.Label())
		assert.Equal(t, v, got, "ParseVerdict accepts labels")
	}
	// Verdicts are ordered from the best to the worst.
	order := []redline.Verdict{redline.VerdictAcceptable, redline.VerdictTradeOffAnalysis, redline.VerdictMandatorDecision,
		redline.VerdictApprovalRequired, redline.VerdictIndeterminate, redline.VerdictUnacceptable}
	for i := 1; i < len(order); i++ {
		assert.Less(t, order[i-1], order[i])
	}
}

func TestAuthority(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[redline.Authority]{
		Type:  "authority",
		Pkg:   "authority",
		Parse: redline.ParseAuthority,
		Words: map[redline.Authority]string{
			redline.CountryOffice:  "country_office",
			redline.RegionalOffice: "regional_office",
			redline.Headquarters:   "headquarters",
			redline.GoverningBoard: "governing_board",
		},
		Labels: map[redline.Authority]string{
			redline.CountryOffice:  "country office",
			redline.RegionalOffice: "regional office",
			redline.Headquarters:   "headquarters",
			redline.GoverningBoard: "governing board",
		},
		Label: redline.Authority.Label,
	})
	for _, tt := range []struct {
		in   string
		want redline.Authority
	}{
		{"country_office", redline.CountryOffice},
		{"Country Office", redline.CountryOffice},
		{"REGIONAL_OFFICE", redline.RegionalOffice},
		{"Headquarters", redline.Headquarters},
		{"governing board", redline.GoverningBoard},
	} {
		got, err := redline.ParseAuthority(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	_, err := redline.ParseAuthority("board")
	assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonUnknown})
	assert.Equal(t, redline.Authority(0), redline.AuthorityUnspecified)
	assert.Less(t, redline.CountryOffice, redline.RegionalOffice)
	assert.Less(t, redline.RegionalOffice, redline.Headquarters)
	assert.Less(t, redline.Headquarters, redline.GoverningBoard)
}

func TestPartyIsBelligerent(t *testing.T) {
	belligerent := map[redline.Entity]bool{
		redline.EntityArmedActor:      true,
		redline.EntityHostState:       true,
		redline.EntityPartyToConflict: true,
	}
	for p := redline.Entity(0); p <= redline.EntityDeFactoAuthority+1; p++ {
		assert.Equal(t, belligerent[p], p.IsBelligerent(), "%v", p)
	}
	assert.False(t, redline.Entity(200).IsBelligerent())
}

func TestFlag(t *testing.T) {
	assert.Equal(t, redline.FlagYes, redline.FlagOf(true))
	assert.Equal(t, redline.FlagNo, redline.FlagOf(false))
	assert.Equal(t, redline.Flag(0), redline.FlagUnspecified)

	for _, tt := range []struct {
		f     redline.Flag
		str   string
		valid bool
		json  string
	}{
		{redline.FlagYes, "yes", true, "true"},
		{redline.FlagNo, "no", true, "false"},
		{redline.FlagUnspecified, "unspecified", false, "null"},
	} {
		assert.Equal(t, tt.str, tt.f.String())
		assert.Equal(t, tt.valid, tt.f.IsValid(), tt.str)
		b, err := json.Marshal(tt.f)
		require.NoError(t, err, tt.str)
		assert.Equal(t, tt.json, string(b))

		got := redline.Flag(7) // UnmarshalJSON must overwrite whatever is there
		require.NoError(t, json.Unmarshal([]byte(tt.json), &got), tt.json)
		assert.Equal(t, tt.f, got, tt.json)
		got = redline.Flag(7)
		require.NoError(t, got.UnmarshalJSON([]byte(tt.json)), tt.json)
		assert.Equal(t, tt.f, got, tt.json)
	}

	t.Run("out of range", func(t *testing.T) {
		for _, n := range []int{3, 9, 255} {
			f := redline.Flag(n)
			var s string
			assert.NotPanics(t, func() { s = f.String() })
			assert.Equal(t, "flag("+strconv.Itoa(n)+")", s)
			assert.False(t, f.IsValid())
			b, err := f.MarshalJSON()
			assert.Nil(t, b)
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonInvalid})
			_, err = json.Marshal(f)
			assert.Error(t, err)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		for _, in := range []string{`"yes"`, `"true"`, `1`, `0`, `True`, `{}`, `[]`, ``, `nul`} {
			f := redline.FlagYes
			err := f.UnmarshalJSON([]byte(in))
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonType}, "%q", in)
			assert.Equal(t, redline.FlagYes, f, "a failed decode leaves the flag alone (%q)", in)
		}
		var term redline.Term
		err := json.Unmarshal([]byte(`{"kind":"emblem","display":"no"}`), &term)
		assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonType})
	})

	t.Run("text", func(t *testing.T) {
		for _, tt := range []struct {
			f    redline.Flag
			word string
			in   []string
		}{
			{redline.FlagYes, "yes", []string{"yes", "YES", "Yes", "true", "TRUE"}},
			{redline.FlagNo, "no", []string{"no", "NO", "No", "false", "False"}},
		} {
			b, err := tt.f.MarshalText()
			require.NoError(t, err, tt.word)
			assert.Equal(t, tt.word, string(b))
			for _, in := range append(tt.in, tt.f.String()) {
				got, err := redline.ParseFlag(in)
				require.NoError(t, err, in)
				assert.Equal(t, tt.f, got, in)
				got = redline.Flag(7)
				require.NoError(t, got.UnmarshalText([]byte(in)), in)
				assert.Equal(t, tt.f, got, in)
			}
		}

		b, err := redline.FlagUnspecified.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(b), "an unstated flag is empty as text")
		got := redline.FlagYes
		require.NoError(t, got.UnmarshalText(nil))
		assert.Equal(t, redline.FlagUnspecified, got)

		for _, in := range []string{"", "no such word", "unspecified", "1", "0", "y", "null", "flag(1)"} {
			_, err := redline.ParseFlag(in)
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonUnknown}, "%q", in)
		}
		for _, n := range []int{3, 9, 255} {
			b, err := redline.Flag(n).MarshalText()
			assert.Nil(t, b)
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonInvalid}, "MarshalText(%d)", n)
		}

		// JSON keeps its own form: true, false or null, never the text words.
		j, err := json.Marshal(redline.FlagYes)
		require.NoError(t, err)
		assert.Equal(t, "true", string(j))
	})

	t.Run("in a term", func(t *testing.T) {
		b, err := json.Marshal(redline.Term{Kind: redline.KindEmblem, Display: redline.FlagNo})
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"emblem","display":false}`, string(b))
		b, err = json.Marshal(redline.Term{Kind: redline.KindEmblem})
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"emblem"}`, string(b), "an unstated flag is omitted")
	})
}
