package actor_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
)

// textEnum is what every enumeration of the package provides on its value.
type textEnum interface {
	~uint8
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
}

// textEnumPtr is what every enumeration provides on its pointer.
type textEnumPtr[T any] interface {
	*T
	UnmarshalText([]byte) error
}

// wire pins one constant to its wire word.
type wire[T any] struct {
	v    T
	word string
}

// enumSpec describes one enumeration for the shared checks.
type enumSpec[T textEnum] struct {
	typ    string // the codec's type name, as in "kind(200)"
	parse  func(string) (T, error)
	values func() []T   // the exported list of values, if the package has one
	wires  []wire[T]    // every named value, in order
	labels map[T]string // display labels, if the type has them
}

// checkEnum runs the checks every enumeration must pass: pinned wire words,
// a text round trip for every value, case-insensitive parsing, the zero
// value, unknown words and out-of-range values.
func checkEnum[T textEnum, P textEnumPtr[T]](t *testing.T, s enumSpec[T]) {
	t.Helper()
	require.NotEmpty(t, s.wires)

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
			assert.Equal(t, `"`+w.word+`"`, string(j))
		}
		// The table covers every named value: the next one is not valid.
		assert.False(t, T(len(s.wires)+1).IsValid(), "the table misses a constant after %q", s.wires[len(s.wires)-1].word)
		if s.values != nil {
			want := make([]T, len(s.wires))
			for i, w := range s.wires {
				want[i] = w.v
			}
			assert.Equal(t, want, s.values())
		}
	})

	t.Run("round trip", func(t *testing.T) {
		for _, w := range s.wires {
			b, err := w.v.MarshalText()
			require.NoError(t, err)
			var got T
			require.NoError(t, P(&got).UnmarshalText(b), w.word)
			assert.Equal(t, w.v, got, w.word)

			var fromJSON T
			require.NoError(t, json.Unmarshal([]byte(`"`+w.word+`"`), &fromJSON), w.word)
			assert.Equal(t, w.v, fromJSON, w.word)
		}
	})

	t.Run("case insensitive", func(t *testing.T) {
		for _, w := range s.wires {
			for _, in := range []string{strings.ToUpper(w.word), strings.ToUpper(w.word[:1]) + w.word[1:]} {
				got, err := s.parse(in)
				require.NoError(t, err, in)
				assert.Equal(t, w.v, got, in)
				var u T
				require.NoError(t, P(&u).UnmarshalText([]byte(in)), in)
				assert.Equal(t, w.v, u, in)
			}
		}
	})

	t.Run("labels", func(t *testing.T) {
		for v, label := range s.labels {
			for _, in := range []string{label, strings.ToUpper(label), strings.ToLower(label)} {
				got, err := s.parse(in)
				require.NoError(t, err, in)
				assert.Equal(t, v, got, in)
			}
			// A label parses, but the wire word is what is written.
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.NotEqual(t, label, string(b))
		}
	})

	t.Run("zero value", func(t *testing.T) {
		var zero T
		assert.False(t, zero.IsValid())
		assert.Equal(t, "unspecified", zero.String())
		b, err := zero.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(b))

		got := s.wires[0].v
		require.NoError(t, P(&got).UnmarshalText([]byte("")))
		assert.Equal(t, zero, got, `"" unmarshals to the zero value`)

		_, err = s.parse("")
		require.Error(t, err, `Parse("") must be an error`)
		var fe *actor.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, actor.ReasonUnknown, fe.Reason)
	})

	t.Run("unknown word", func(t *testing.T) {
		for _, in := range []string{"no_such_word", s.wires[0].word + "x", " " + s.wires[0].word, "unspecified", "1"} {
			_, err := s.parse(in)
			require.Error(t, err, in)
			var fe *actor.FieldError
			require.ErrorAs(t, err, &fe, in)
			assert.Equal(t, actor.ReasonUnknown, fe.Reason, in)
			assert.Equal(t, "actor", fe.Pkg, in)
			assert.True(t, strings.HasPrefix(err.Error(), "actor: unknown "), err.Error())
			assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonUnknown})

			var u T
			err = P(&u).UnmarshalText([]byte(in))
			assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonUnknown}, in)
		}
	})

	t.Run("out of range", func(t *testing.T) {
		for _, n := range []int{len(s.wires) + 1, 200, 255} {
			v := T(n)
			var str string
			assert.NotPanics(t, func() { str = v.String() })
			assert.Equal(t, s.typ+"("+itoa(n)+")", str)
			assert.False(t, v.IsValid())
			b, err := v.MarshalText()
			require.Error(t, err, "MarshalText(%d)", n)
			assert.Nil(t, b)
			var fe *actor.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, actor.ReasonInvalid, fe.Reason)
			_, err = json.Marshal(v)
			assert.Error(t, err, "json.Marshal(%d)", n)
		}
	})
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestKindEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Kind]{
		typ:    "kind",
		parse:  actor.ParseKind,
		values: actor.Kinds,
		wires: []wire[actor.Kind]{
			{actor.KindStateForces, "state_forces"},
			{actor.KindArmedOpposition, "armed_opposition"},
			{actor.KindSelfDefenceMilitia, "self_defence_militia"},
			{actor.KindParamilitary, "paramilitary"},
			{actor.KindPoliticalMilitia, "political_militia"},
			{actor.KindIdentityMilitia, "identity_militia"},
			{actor.KindExternalForces, "external_forces"},
			{actor.KindGang, "gang"},
			{actor.KindCriminalGroup, "criminal_group"},
		},
	})
}

func TestCommandEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Command]{
		typ:   "command structure",
		parse: actor.ParseCommand,
		wires: []wire[actor.Command]{
			{actor.CommandCentralised, "centralised"},
			{actor.CommandDecentralised, "decentralised"},
			{actor.CommandFragmented, "fragmented"},
		},
	})
}

func TestDesignationKindEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.DesignationKind]{
		typ:   "designation kind",
		parse: actor.ParseDesignationKind,
		wires: []wire[actor.DesignationKind]{
			{actor.DesignationUNSanctions, "un_sanctions"},
			{actor.DesignationTerrorist, "terrorist"},
			{actor.DesignationCAAC, "caac_annex"},
		},
	})
}

func TestJurisdictionEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Jurisdiction]{
		typ:   "jurisdiction",
		parse: actor.ParseJurisdiction,
		wires: []wire[actor.Jurisdiction]{
			{actor.JurisdictionDomestic, "domestic"},
			{actor.JurisdictionInternational, "international"},
		},
	})
}

func TestViolationEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Violation]{
		typ:    "grave violation",
		parse:  actor.ParseViolation,
		values: actor.Violations,
		wires: []wire[actor.Violation]{
			{actor.ViolationKillingMaiming, "killing_maiming"},
			{actor.ViolationRecruitmentUse, "recruitment_use"},
			{actor.ViolationAttacksSchools, "attacks_schools_hospitals"},
			{actor.ViolationSexualViolence, "sexual_violence"},
			{actor.ViolationAbduction, "abduction"},
			{actor.ViolationDenialOfAccess, "denial_of_access"},
		},
		labels: map[actor.Violation]string{
			actor.ViolationKillingMaiming: "Killing and maiming of children",
			actor.ViolationRecruitmentUse: "Recruitment or use of children in armed forces and armed groups",
			actor.ViolationAttacksSchools: "Attacks on schools or hospitals",
			actor.ViolationSexualViolence: "Rape or other grave sexual violence against children",
			actor.ViolationAbduction:      "Abduction of children",
			actor.ViolationDenialOfAccess: "Denial of humanitarian access for children",
		},
	})
}

func TestNormEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Norm]{
		typ:   "norm",
		parse: actor.ParseNorm,
		wires: []wire[actor.Norm]{
			{actor.NormIHL, "ihl"},
			{actor.NormHumanRights, "human_rights"},
			{actor.NormReligiousLaw, "religious_law"},
			{actor.NormCustomary, "customary"},
			{actor.NormCodeOfConduct, "code_of_conduct"},
			{actor.NormHumanity, "humanity"},
		},
	})
}

func TestInterestEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Interest]{
		typ:   "interest",
		parse: actor.ParseInterest,
		wires: []wire[actor.Interest]{
			{actor.InterestLegitimacy, "legitimacy"},
			{actor.InterestDelisting, "delisting"},
			{actor.InterestReciprocity, "reciprocity"},
			{actor.InterestDiscipline, "discipline"},
			{actor.InterestProsecution, "prosecution"},
			{actor.InterestPopularSupport, "popular_support"},
			{actor.InterestLongTerm, "long_term"},
		},
	})
}

func TestLevelEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Level]{
		typ:    "level",
		parse:  actor.ParseLevel,
		values: actor.Levels,
		wires: []wire[actor.Level]{
			{actor.LevelPoliticalLeadership, "political_leadership"},
			{actor.LevelMilitaryCommand, "military_command"},
			{actor.LevelFrontlineCommanders, "frontline_commanders"},
			{actor.LevelRankAndFile, "rank_and_file"},
			{actor.LevelCivilianAdministration, "civilian_administration"},
		},
	})
}

func TestOutcomeEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Outcome]{
		typ:   "outcome",
		parse: actor.ParseOutcome,
		wires: []wire[actor.Outcome]{
			{actor.OutcomeNoCommitment, "no_commitment"},
			{actor.OutcomeOngoing, "ongoing"},
			{actor.OutcomeHonoured, "honoured"},
			{actor.OutcomePartlyHonoured, "partly_honoured"},
			{actor.OutcomeBroken, "broken"},
			{actor.OutcomeReversed, "reversed"},
			{actor.OutcomeRefused, "refused"},
		},
	})
}

func TestRegionEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Region]{
		typ:    "region",
		parse:  actor.ParseRegion,
		values: actor.Regions,
		wires: []wire[actor.Region]{
			{actor.RegionEurope, "europe"},
			{actor.RegionMiddleEast, "middle_east"},
			{actor.RegionAsia, "asia"},
			{actor.RegionAfrica, "africa"},
			{actor.RegionAmericas, "americas"},
		},
		labels: map[actor.Region]string{
			actor.RegionMiddleEast: "Middle East",
		},
	})
}

func TestBodyEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Body]{
		typ:   "body of law",
		parse: actor.ParseBody,
		wires: []wire[actor.Body]{
			{actor.BodyIHL, "ihl"},
			{actor.BodyHumanRights, "human_rights"},
			{actor.BodyChildRights, "child_rights"},
			{actor.BodyCAAC, "caac"},
			{actor.BodyHumanity, "humanity"},
			{actor.BodyOwnNorms, "own_norms"},
		},
	})
}

func TestBasisEnum(t *testing.T) {
	checkEnum(t, enumSpec[actor.Basis]{
		typ:   "basis",
		parse: actor.ParseBasis,
		wires: []wire[actor.Basis]{
			{actor.BasisPartyToConflict, "party_to_conflict"},
			{actor.BasisState, "state"},
			{actor.BasisTerritorialControl, "territorial_control"},
			{actor.BasisArmedGroup, "armed_group"},
			{actor.BasisCAACListing, "caac_listing"},
			{actor.BasisNotParty, "not_party"},
			{actor.BasisRecognisedNorms, "recognised_norms"},
		},
	})
}

func TestParseKindIgnoresCase(t *testing.T) {
	for _, in := range []string{"STATE_FORCES", "State_Forces", "state_FORCES"} {
		k, err := actor.ParseKind(in)
		require.NoError(t, err, in)
		assert.Equal(t, actor.KindStateForces, k, in)
	}
	// Case folding is not fuzzy matching.
	for _, in := range []string{"state forces", "stateforces", "state-forces"} {
		_, err := actor.ParseKind(in)
		assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonUnknown}, in)
	}
}

func TestUnknownWordMessage(t *testing.T) {
	_, err := actor.ParseKind("warlord")
	require.Error(t, err)
	assert.Equal(t, `actor: unknown kind "warlord"`, err.Error())

	// A long unknown word is cut short in the message, not echoed whole.
	long := strings.Repeat("x", 200)
	_, err = actor.ParseNorm(long)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "actor: unknown norm "), err.Error())
	assert.NotContains(t, err.Error(), long)
}

func TestAliases(t *testing.T) {
	tests := []struct {
		in   string
		want any
		word string
	}{
		{"centralized", actor.CommandCentralised, "centralised"},
		{"CENTRALIZED", actor.CommandCentralised, "centralised"},
		{"decentralized", actor.CommandDecentralised, "decentralised"},
		{"honored", actor.OutcomeHonoured, "honoured"},
		{"Honored", actor.OutcomeHonoured, "honoured"},
		{"partly_honored", actor.OutcomePartlyHonoured, "partly_honoured"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got interface {
				MarshalText() ([]byte, error)
			}
			switch tt.want.(type) {
			case actor.Command:
				c, err := actor.ParseCommand(tt.in)
				require.NoError(t, err)
				var u actor.Command
				require.NoError(t, u.UnmarshalText([]byte(tt.in)))
				assert.Equal(t, c, u)
				got = c
			case actor.Outcome:
				o, err := actor.ParseOutcome(tt.in)
				require.NoError(t, err)
				var u actor.Outcome
				require.NoError(t, u.UnmarshalText([]byte(tt.in)))
				assert.Equal(t, o, u)
				got = o
			}
			assert.Equal(t, tt.want, got)
			// The alias is accepted, the British word is written.
			b, err := got.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.word, string(b))
		})
	}
	// Aliases belong to their own type only.
	_, err := actor.ParseKind("centralized")
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonUnknown})
	_, err = actor.ParseOutcome("centralized")
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonUnknown})
}

func TestLabels(t *testing.T) {
	assert.Equal(t, "Killing and maiming of children", actor.ViolationKillingMaiming.Label())
	assert.Equal(t, "Denial of humanitarian access for children", actor.ViolationDenialOfAccess.Label())
	assert.Equal(t, "Middle East", actor.RegionMiddleEast.Label())
	assert.Equal(t, "Americas", actor.RegionAmericas.Label())

	r, err := actor.ParseRegion("Middle East")
	require.NoError(t, err)
	assert.Equal(t, actor.RegionMiddleEast, r)
	r, err = actor.ParseRegion("middle east")
	require.NoError(t, err)
	assert.Equal(t, actor.RegionMiddleEast, r)

	v, err := actor.ParseViolation("abduction of children")
	require.NoError(t, err)
	assert.Equal(t, actor.ViolationAbduction, v)
	var u actor.Violation
	require.NoError(t, u.UnmarshalText([]byte("Attacks on schools or hospitals")))
	assert.Equal(t, actor.ViolationAttacksSchools, u)

	// Outside the named values a label falls back to String and never panics.
	assert.Equal(t, "unspecified", actor.Violation(0).Label())
	assert.Equal(t, "grave violation(99)", actor.Violation(99).Label())
	assert.Equal(t, "region(6)", actor.Region(6).Label())
}

func TestKindPredicates(t *testing.T) {
	tests := []struct {
		k                           actor.Kind
		state, nonState, armedGroup bool
	}{
		{actor.KindUnspecified, false, false, false},
		{actor.KindStateForces, true, false, false},
		{actor.KindArmedOpposition, false, true, true},
		{actor.KindSelfDefenceMilitia, false, true, true},
		{actor.KindParamilitary, false, true, true},
		{actor.KindPoliticalMilitia, false, true, true},
		{actor.KindIdentityMilitia, false, true, true},
		{actor.KindExternalForces, false, false, false},
		{actor.KindGang, false, true, false},
		{actor.KindCriminalGroup, false, true, false},
		{actor.Kind(10), false, false, false},
		{actor.Kind(200), false, false, false},
	}
	covered := map[actor.Kind]bool{}
	for _, tt := range tests {
		covered[tt.k] = true
		assert.Equal(t, tt.state, tt.k.IsState(), "%v.IsState", tt.k)
		assert.Equal(t, tt.nonState, tt.k.IsNonState(), "%v.IsNonState", tt.k)
		assert.Equal(t, tt.armedGroup, tt.k.IsArmedGroup(), "%v.IsArmedGroup", tt.k)
		if tt.armedGroup {
			assert.True(t, tt.k.IsNonState(), "every armed group is non-state: %v", tt.k)
		}
	}
	for _, k := range actor.Kinds() {
		assert.True(t, covered[k], "kind %v missing from the table", k)
	}
}

func TestCommandWeak(t *testing.T) {
	tests := map[actor.Command]bool{
		actor.CommandUnspecified:   false,
		actor.CommandCentralised:   false,
		actor.CommandDecentralised: true,
		actor.CommandFragmented:    true,
		actor.Command(4):           false,
		actor.Command(200):         false,
	}
	for c, want := range tests {
		assert.Equal(t, want, c.Weak(), c.String())
	}
}

func TestViolationListingTrigger(t *testing.T) {
	tests := []struct {
		v   actor.Violation
		res string
		ok  bool
	}{
		{actor.ViolationKillingMaiming, "UNSCR-1882", true},
		{actor.ViolationRecruitmentUse, "UNSCR-1379", true},
		{actor.ViolationAttacksSchools, "UNSCR-1998", true},
		{actor.ViolationSexualViolence, "UNSCR-1882", true},
		{actor.ViolationAbduction, "UNSCR-2225", true},
		{actor.ViolationDenialOfAccess, "", false},
		{actor.ViolationUnspecified, "", false},
		{actor.Violation(7), "", false},
	}
	covered := 0
	for _, tt := range tests {
		res, ok := tt.v.ListingTrigger()
		assert.Equal(t, tt.ok, ok, tt.v.String())
		assert.Equal(t, tt.res, res, tt.v.String())
		if tt.v.IsValid() {
			covered++
		}
	}
	assert.Equal(t, len(actor.Violations()), covered, "every violation is in the table")
}

func TestBodyBinding(t *testing.T) {
	tests := map[actor.Body]bool{
		actor.BodyUnspecified: false,
		actor.BodyIHL:         true,
		actor.BodyHumanRights: true,
		actor.BodyChildRights: true,
		actor.BodyCAAC:        false, // it monitors compliance with the law; it does not bind
		actor.BodyHumanity:    false,
		actor.BodyOwnNorms:    false,
		actor.Body(7):         false,
		actor.Body(200):       false,
	}
	for b, want := range tests {
		assert.Equal(t, want, b.Binding(), b.String())
	}
}

// TestEnumJSONInStruct checks that enumerations decode inside an Actor as
// words and reject numbers, so that the wire form is the word only.
func TestEnumJSONInStruct(t *testing.T) {
	var d actor.Designation
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"CAAC_ANNEX","violations":["Abduction of children","recruitment_use"]}`), &d))
	assert.Equal(t, actor.DesignationCAAC, d.Kind)
	assert.Equal(t, []actor.Violation{actor.ViolationAbduction, actor.ViolationRecruitmentUse}, d.Violations)

	err := json.Unmarshal([]byte(`{"kind":"sanctioned"}`), &d)
	var fe *actor.FieldError
	require.True(t, errors.As(err, &fe), "%T %v", err, err)
	assert.Equal(t, actor.ReasonUnknown, fe.Reason)
}
