package redline_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
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
	typ    string                  // the codec's type name, as in "party(200)"
	pkg    string                  // the package its errors name
	parse  func(string) (T, error) // the exported Parse function, if there is one
	wires  []wireWord[T]           // every named value, in order from 1
	labels map[T]string            // display labels, if the type has them
	label  func(T) string          // the Label method, if the type has one
}

// checkEnumCodec runs the checks every enumeration must pass: pinned wire
// words, a text and JSON round trip for every value, case-insensitive
// parsing, the zero value, unknown words and out-of-range values.
func checkEnumCodec[T enumValue, P enumPointer[T]](t *testing.T, s enumCase[T]) {
	t.Helper()
	require.NotEmpty(t, s.wires)
	if s.pkg == "" {
		s.pkg = "redline"
	}
	// unmarshal parses with UnmarshalText, for the types without a Parse
	// function; UnmarshalText reads "" as the zero value, so skip it there.
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
		// The table covers every named value: the next one is not valid.
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
		for v, label := range s.labels {
			require.NotNil(t, s.label)
			assert.Equal(t, label, s.label(v))
			for _, in := range []string{label, strings.ToUpper(label)} {
				got, err := unmarshal(in)
				require.NoError(t, err, in)
				assert.Equal(t, v, got, in)
			}
			// A label parses, but the wire word is what is written.
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.String(), string(b))
		}
		if s.label != nil {
			// Out of range, a label falls back to String.
			assert.Equal(t, s.typ+"(200)", s.label(T(200)))
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
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonUnknown}, `Parse("") must be an error`)
		}
	})

	t.Run("unknown word", func(t *testing.T) {
		for _, in := range []string{"no_such_word", s.wires[0].word + "x", " " + s.wires[0].word, "unspecified", "1", s.typ + "(1)"} {
			_, err := unmarshal(in)
			require.Error(t, err, in)
			var fe *redline.FieldError
			require.ErrorAs(t, err, &fe, in)
			assert.Equal(t, redline.ReasonUnknown, fe.Reason, in)
			assert.Equal(t, s.pkg, fe.Pkg, in)
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonUnknown}, in)
			if s.parse != nil {
				_, err := s.parse(in)
				assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonUnknown}, in)
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
			assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonInvalid}, "MarshalText(%d)", n)
			_, err = json.Marshal(v)
			assert.Error(t, err, "json.Marshal(%d)", n)
		}
	})
}

func TestPartyEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Party]{
		typ:   "party",
		parse: redline.ParseParty,
		wires: []wireWord[redline.Party]{
			{redline.PartyArmedActor, "armed_actor"},
			{redline.PartyAgency, "agency"},
			{redline.PartyHostState, "host_state"},
			{redline.PartyToConflict, "party_to_conflict"},
			{redline.PartyThird, "third_party"},
			{redline.PartyDonor, "donor"},
			{redline.PartySupplier, "supplier"},
			{redline.PartyCommunity, "community"},
			{redline.PartyPrivateSecurity, "private_security"},
			{redline.PartyPeacekeepers, "peacekeepers"},
			{redline.PartyNone, "none"},
		},
	})
}

func TestPurposeEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Purpose]{
		typ:   "purpose",
		parse: redline.ParsePurpose,
		wires: []wireWord[redline.Purpose]{
			{redline.PurposeDialogueFee, "dialogue_fee"},
			{redline.PurposeRansom, "ransom"},
			{redline.PurposeTax, "tax"},
			{redline.PurposeToll, "toll"},
			{redline.PurposeGoods, "goods"},
			{redline.PurposeService, "service"},
			{redline.PurposeSalary, "salary"},
			{redline.PurposeOther, "other"},
		},
	})
}

func TestWeaponEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Weapon]{
		typ:   "weapon",
		parse: redline.ParseWeapon,
		wires: []wireWord[redline.Weapon]{
			{redline.WeaponAntiPersonnelMines, "anti_personnel_mines"},
			{redline.WeaponExplosiveDevices, "explosive_devices"},
			{redline.WeaponClusterMunitions, "cluster_munitions"},
			{redline.WeaponOther, "other"},
		},
	})
}

func TestMeasureEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Measure]{
		typ:   "measure",
		parse: redline.ParseMeasure,
		wires: []wireWord[redline.Measure]{
			{redline.MeasureRestriction, "restriction"},
			{redline.MeasureMarking, "marking"},
			{redline.MeasureMoratorium, "moratorium"},
			{redline.MeasureClearance, "clearance"},
			{redline.MeasureStockpileDestruction, "stockpile_destruction"},
			{redline.MeasureBan, "ban"},
		},
	})
}

func TestSeverityEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Severity]{
		typ:   "severity",
		parse: redline.ParseSeverity,
		wires: []wireWord[redline.Severity]{
			{redline.SeverityTradeOff, "trade_off"},
			{redline.SeverityBottomLine, "bottom_line"},
			{redline.SeverityInstitutional, "institutional"},
			{redline.SeverityAbsolute, "absolute"},
		},
		labels: map[redline.Severity]string{
			redline.SeverityTradeOff:      "trade-off",
			redline.SeverityBottomLine:    "bottom line",
			redline.SeverityInstitutional: "institutional red line",
			redline.SeverityAbsolute:      "absolute red line",
		},
		label: redline.Severity.Label,
	})
	// Severities are ordered from the least to the most grave.
	assert.Less(t, redline.SeverityTradeOff, redline.SeverityBottomLine)
	assert.Less(t, redline.SeverityBottomLine, redline.SeverityInstitutional)
	assert.Less(t, redline.SeverityInstitutional, redline.SeverityAbsolute)
	assert.Equal(t, "unspecified", redline.SeverityUnspecified.Label())
}

func TestAttrTypeEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.AttrType]{
		typ:   "attribute type",
		parse: redline.ParseAttrType,
		wires: []wireWord[redline.AttrType]{
			{redline.AttrNumber, "number"},
			{redline.AttrText, "text"},
			{redline.AttrFlag, "flag"},
			{redline.AttrParty, "party"},
			{redline.AttrPurpose, "purpose"},
			{redline.AttrWeapon, "weapon"},
			{redline.AttrMeasure, "measure"},
		},
	})
}

func TestOpEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Op]{
		typ:   "operator",
		parse: redline.ParseOp,
		wires: []wireWord[redline.Op]{
			{redline.OpEq, "eq"},
			{redline.OpNe, "ne"},
			{redline.OpLt, "lt"},
			{redline.OpLe, "le"},
			{redline.OpGt, "gt"},
			{redline.OpGe, "ge"},
			{redline.OpIn, "in"},
			{redline.OpNotIn, "not_in"},
		},
	})
}

func TestChangeEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Change]{
		typ:   "change",
		parse: redline.ParseChange,
		wires: []wireWord[redline.Change]{
			{redline.ChangeWeakened, "weakened"},
			{redline.ChangeDropped, "dropped"},
		},
	})
}

func TestStatusEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Status]{
		typ:   "status",
		parse: redline.ParseStatus,
		wires: []wireWord[redline.Status]{
			{redline.StatusCrossed, "crossed"},
			{redline.StatusIndeterminate, "indeterminate"},
		},
	})
}

func TestResultEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Result]{
		typ:   "result",
		parse: redline.ParseResult,
		wires: []wireWord[redline.Result]{
			{redline.ResultMet, "met"},
			{redline.ResultNotMet, "not_met"},
			{redline.ResultMissing, "missing"},
			{redline.ResultInvalid, "invalid"},
		},
	})
}

func TestVerdictEnum(t *testing.T) {
	checkEnumCodec(t, enumCase[redline.Verdict]{
		typ:   "verdict",
		parse: redline.ParseVerdict,
		wires: []wireWord[redline.Verdict]{
			{redline.VerdictAcceptable, "acceptable"},
			{redline.VerdictTradeOffAnalysis, "trade_off_analysis_required"},
			{redline.VerdictMandatorDecision, "mandator_decision_required"},
			{redline.VerdictApprovalRequired, "approval_required"},
			{redline.VerdictIndeterminate, "indeterminate"},
			{redline.VerdictUnacceptable, "unacceptable"},
		},
		labels: map[redline.Verdict]string{
			redline.VerdictAcceptable:       "acceptable",
			redline.VerdictTradeOffAnalysis: "trade-off analysis required",
			redline.VerdictMandatorDecision: "decision of the mandator required",
			redline.VerdictApprovalRequired: "approval required",
			redline.VerdictIndeterminate:    "indeterminate",
			redline.VerdictUnacceptable:     "unacceptable",
		},
		label: redline.Verdict.Label,
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
	checkEnumCodec(t, enumCase[redline.Authority]{
		typ:   "authority",
		pkg:   "authority",
		parse: redline.ParseAuthority,
		wires: []wireWord[redline.Authority]{
			{redline.CountryOffice, "country_office"},
			{redline.RegionalOffice, "regional_office"},
			{redline.Headquarters, "headquarters"},
			{redline.GoverningBoard, "governing_board"},
		},
		labels: map[redline.Authority]string{
			redline.CountryOffice:  "country office",
			redline.RegionalOffice: "regional office",
			redline.Headquarters:   "headquarters",
			redline.GoverningBoard: "governing board",
		},
		label: redline.Authority.Label,
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
	belligerent := map[redline.Party]bool{
		redline.PartyArmedActor: true,
		redline.PartyHostState:  true,
		redline.PartyToConflict: true,
	}
	for p := redline.Party(0); p <= redline.PartyNone+1; p++ {
		assert.Equal(t, belligerent[p], p.IsBelligerent(), "%v", p)
	}
	assert.False(t, redline.Party(200).IsBelligerent())
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
