package actor_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

func TestKindEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Kind]{
		Type:   "kind",
		Pkg:    "actor",
		Parse:  actor.ParseKind,
		Values: actor.Kinds,
		Words: map[actor.Kind]string{
			actor.KindStateForces:        "state_forces",
			actor.KindArmedOpposition:    "armed_opposition",
			actor.KindSelfDefenceMilitia: "self_defence_militia",
			actor.KindParamilitary:       "paramilitary",
			actor.KindPoliticalMilitia:   "political_militia",
			actor.KindIdentityMilitia:    "identity_militia",
			actor.KindExternalForces:     "external_forces",
			actor.KindGang:               "gang",
			actor.KindCriminalGroup:      "criminal_group",
		},
		Labels: map[actor.Kind]string{
			actor.KindStateForces:        "state armed forces",
			actor.KindArmedOpposition:    "armed opposition group",
			actor.KindSelfDefenceMilitia: "community self-defence militia",
			actor.KindParamilitary:       "paramilitary force",
			actor.KindPoliticalMilitia:   "political militia",
			actor.KindIdentityMilitia:    "identity militia",
			actor.KindExternalForces:     "external forces",
			actor.KindGang:               "street gang",
			actor.KindCriminalGroup:      "organised criminal group",
		},
		Label: actor.Kind.Label,
	})
}

func TestCommandEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Command]{
		Type:  "command structure",
		Pkg:   "actor",
		Parse: actor.ParseCommand,
		Words: map[actor.Command]string{
			actor.CommandCentralised:   "centralised",
			actor.CommandDecentralised: "decentralised",
			actor.CommandFragmented:    "fragmented",
		},
	})
}

func TestDesignationKindEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.DesignationKind]{
		Type:  "designation kind",
		Pkg:   "actor",
		Parse: actor.ParseDesignationKind,
		Words: map[actor.DesignationKind]string{
			actor.DesignationUNSanctions: "un_sanctions",
			actor.DesignationTerrorist:   "terrorist",
			actor.DesignationCAAC:        "caac_annex",
		},
	})
}

func TestJurisdictionEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Jurisdiction]{
		Type:  "jurisdiction",
		Pkg:   "actor",
		Parse: actor.ParseJurisdiction,
		Words: map[actor.Jurisdiction]string{
			actor.JurisdictionDomestic:      "domestic",
			actor.JurisdictionInternational: "international",
		},
	})
}

func TestAnnexSectionEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.AnnexSection]{
		Type:  "annex section",
		Pkg:   "actor",
		Parse: actor.ParseAnnexSection,
		Words: map[actor.AnnexSection]string{
			actor.AnnexSectionA: "a",
			actor.AnnexSectionB: "b",
		},
		Labels: map[actor.AnnexSection]string{
			actor.AnnexSectionA: "section A (no measures in place to protect children)",
			actor.AnnexSectionB: "section B (measures in place to protect children)",
		},
		Label: actor.AnnexSection.Label,
	})
}

func TestTriggerYear(t *testing.T) {
	want := map[actor.Violation]int{
		actor.ViolationRecruitmentUse: 2001, actor.ViolationKillingMaiming: 2009, actor.ViolationSexualViolence: 2009,
		actor.ViolationAttacksSchools: 2011, actor.ViolationAbduction: 2015, actor.ViolationDenialOfAccess: 0,
		actor.ViolationUnspecified: 0, actor.Violation(9): 0,
	}
	for v, y := range want {
		assert.Equal(t, y, v.TriggerYear(), v.String())
		_, trigger := v.ListingTrigger()
		assert.Equal(t, y != 0, trigger, "TriggerYear and ListingTrigger agree on %s", v)
	}
}

func TestViolationEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Violation]{
		Type:   "grave violation",
		Pkg:    "actor",
		Parse:  actor.ParseViolation,
		Values: actor.Violations,
		Words: map[actor.Violation]string{
			actor.ViolationKillingMaiming: "killing_maiming",
			actor.ViolationRecruitmentUse: "recruitment_use",
			actor.ViolationAttacksSchools: "attacks_schools_hospitals",
			actor.ViolationSexualViolence: "sexual_violence",
			actor.ViolationAbduction:      "abduction",
			actor.ViolationDenialOfAccess: "denial_of_access",
		},
		Labels: map[actor.Violation]string{
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
	enumtest.Check(t, enumtest.Spec[actor.Norm]{
		Type:  "norm",
		Pkg:   "actor",
		Parse: actor.ParseNorm,
		Words: map[actor.Norm]string{
			actor.NormIHL:           "ihl",
			actor.NormHumanRights:   "human_rights",
			actor.NormReligiousLaw:  "religious_law",
			actor.NormCustomary:     "customary",
			actor.NormCodeOfConduct: "code_of_conduct",
			actor.NormHumanity:      "humanity",
		},
	})
}

func TestInterestEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Interest]{
		Type:  "interest",
		Pkg:   "actor",
		Parse: actor.ParseInterest,
		Words: map[actor.Interest]string{
			actor.InterestLegitimacy:     "legitimacy",
			actor.InterestDelisting:      "delisting",
			actor.InterestReciprocity:    "reciprocity",
			actor.InterestDiscipline:     "discipline",
			actor.InterestProsecution:    "prosecution",
			actor.InterestPopularSupport: "popular_support",
			actor.InterestLongTerm:       "long_term",
		},
	})
}

func TestLevelEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Level]{
		Type:   "level",
		Pkg:    "actor",
		Parse:  actor.ParseLevel,
		Values: actor.Levels,
		Words: map[actor.Level]string{
			actor.LevelPoliticalLeadership:    "political_leadership",
			actor.LevelMilitaryCommand:        "military_command",
			actor.LevelFrontlineCommanders:    "frontline_commanders",
			actor.LevelRankAndFile:            "rank_and_file",
			actor.LevelCivilianAdministration: "civilian_administration",
		},
	})
}

func TestOutcomeEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.EngagementOutcome]{
		Type:  "outcome",
		Pkg:   "actor",
		Parse: actor.ParseEngagementOutcome,
		Words: map[actor.EngagementOutcome]string{
			actor.OutcomeNoCommitment:   "no_commitment",
			actor.OutcomeOngoing:        "ongoing",
			actor.OutcomeHonoured:       "honoured",
			actor.OutcomePartlyHonoured: "partly_honoured",
			actor.OutcomeBroken:         "broken",
			actor.OutcomeReversed:       "reversed",
			actor.OutcomeRefused:        "refused",
		},
	})
}

func TestRegionEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Region]{
		Type:   "region",
		Pkg:    "actor",
		Parse:  actor.ParseRegion,
		Values: actor.Regions,
		Words: map[actor.Region]string{
			actor.RegionEurope:     "europe",
			actor.RegionMiddleEast: "middle_east",
			actor.RegionAsia:       "asia",
			actor.RegionAfrica:     "africa",
			actor.RegionAmericas:   "americas",
		},
		Labels: map[actor.Region]string{
			actor.RegionMiddleEast: "Middle East",
		},
	})
}

func TestBodyEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Body]{
		Type:  "body of law",
		Pkg:   "actor",
		Parse: actor.ParseBody,
		Words: map[actor.Body]string{
			actor.BodyIHL:         "ihl",
			actor.BodyHumanRights: "human_rights",
			actor.BodyChildRights: "child_rights",
			actor.BodyCAAC:        "caac",
			actor.BodyHumanity:    "humanity",
			actor.BodyOwnNorms:    "own_norms",
		},
	})
}

func TestBasisEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[actor.Basis]{
		Type:  "basis",
		Pkg:   "actor",
		Parse: actor.ParseBasis,
		Words: map[actor.Basis]string{
			actor.BasisPartyToConflict:    "party_to_conflict",
			actor.BasisState:              "state",
			actor.BasisTerritorialControl: "territorial_control",
			actor.BasisArmedGroup:         "armed_group",
			actor.BasisCAACListing:        "caac_listing",
			actor.BasisNotParty:           "not_party",
			actor.BasisRecognisedNorms:    "recognised_norms",
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
	assert.Equal(t, `actor: unknown kind "warlord": one of state_forces, armed_opposition, self_defence_militia, paramilitary, political_militia, identity_militia, external_forces, gang, criminal_group`, err.Error())

	// A near word is suggested, never taken: the value is still unknown.
	k, err := actor.ParseKind("state forcs")
	assert.Equal(t, actor.Kind(0), k)
	assert.Equal(t, `actor: unknown kind "state forcs": did you mean "state_forces"? one of state_forces, armed_opposition, self_defence_militia, paramilitary, political_militia, identity_militia, external_forces, gang, criminal_group`, err.Error())

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
			case actor.EngagementOutcome:
				o, err := actor.ParseEngagementOutcome(tt.in)
				require.NoError(t, err)
				var u actor.EngagementOutcome
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
	_, err = actor.ParseEngagementOutcome("centralized")
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
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"CAAC_ANNEX","listings":[{"violation":"Abduction of children","since":2016,"section":"B"},{"violation":"recruitment_use","since":2003}]}`), &d))
	assert.Equal(t, actor.DesignationCAAC, d.Kind)
	assert.Equal(t, []actor.Listing{{Violation: actor.ViolationAbduction, Since: 2016, Section: actor.AnnexSectionB}, {Violation: actor.ViolationRecruitmentUse, Since: 2003}}, d.Listings)

	err := json.Unmarshal([]byte(`{"kind":"sanctioned"}`), &d)
	var fe *actor.FieldError
	require.True(t, errors.As(err, &fe), "%T %v", err, err)
	assert.Equal(t, actor.ReasonUnknown, fe.Reason)
}
