package stakeholder_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// checkEnum checks the codec of an enumeration whose values run from 1 to
// len(words) against the contract every package keeps (enumtest.Check).
func checkEnum[T enumtest.Value, P enumtest.Pointer[T]](t *testing.T, typ string, parse func(string) (T, error), words ...string) {
	t.Helper()
	enumtest.Check[T, P](t, enumtest.Spec[T]{Type: typ, Pkg: "stakeholder", Parse: parse, Words: enumtest.Words[T](words...)})
}

func TestRoleWords(t *testing.T) {
	checkEnum(t, "role", stakeholder.ParseRole,
		"community_leader", "religious_authority", "scholar", "political_party", "parliamentarian",
		"civil_society", "human_rights_org", "media", "diaspora", "former_combatant", "host_state",
		"donor_state", "supportive_state", "armed_group", "humanitarian_agency", "insider", "agency",
	)
}

func TestRoleLabels(t *testing.T) {
	labels := map[stakeholder.Role]string{
		stakeholder.RoleCommunityLeader:    "community leader",
		stakeholder.RoleReligiousAuthority: "religious authority",
		stakeholder.RoleScholar:            "scholar",
		stakeholder.RolePoliticalParty:     "political party",
		stakeholder.RoleParliamentarian:    "parliamentarian",
		stakeholder.RoleCivilSociety:       "civil society",
		stakeholder.RoleHumanRightsOrg:     "human-rights organisation",
		stakeholder.RoleMedia:              "media",
		stakeholder.RoleDiaspora:           "diaspora",
		stakeholder.RoleFormerCombatant:    "former combatant",
		stakeholder.RoleHostState:          "host state",
		stakeholder.RoleDonorState:         "donor state",
		stakeholder.RoleSupportiveState:    "supportive state",
		stakeholder.RoleArmedGroup:         "armed group",
		stakeholder.RoleHumanitarianAgency: "humanitarian agency",
		stakeholder.RoleInsider:            "insider",
		stakeholder.RoleAgency:             "agency",
	}
	require.Len(t, labels, 17)
	for r, l := range labels {
		assert.Equal(t, l, r.Label())
		for _, in := range []string{l, strings.ToUpper(l), r.String()} {
			got, err := stakeholder.ParseRole(in)
			require.NoError(t, err, in)
			assert.Equal(t, r, got, in)
			var u stakeholder.Role
			require.NoError(t, u.UnmarshalText([]byte(in)), in)
			assert.Equal(t, r, u, in)
		}
	}
	assert.Equal(t, "unspecified", stakeholder.RoleUnspecified.Label())
	assert.Equal(t, "role(18)", stakeholder.Role(18).Label(), "an out-of-range label never panics")

	_, err := stakeholder.ParseRole("")
	assert.ErrorIs(t, err, &stakeholder.FieldError{Reason: stakeholder.ReasonUnknown}, "Parse rejects the empty word")
	_, err = stakeholder.ParseRole("warlord")
	assert.ErrorIs(t, err, &stakeholder.FieldError{Reason: stakeholder.ReasonUnknown})
}

func TestConfidenceWords(t *testing.T) {
	checkEnum(t, "confidence", stakeholder.ParseConfidence, "low", "medium", "high")
}

func TestQuadrantWords(t *testing.T) {
	checkEnum(t, "quadrant", stakeholder.ParseQuadrant, "allies", "opponents", "supporters", "minor_opponents")
	labels := map[stakeholder.Quadrant]string{
		stakeholder.QuadrantAllies:         "high influence, supportive",
		stakeholder.QuadrantOpponents:      "high influence, opposed",
		stakeholder.QuadrantSupporters:     "low influence, supportive",
		stakeholder.QuadrantMinorOpponents: "low influence, opposed",
	}
	for q, l := range labels {
		assert.Equal(t, l, q.Label())
		var got stakeholder.Quadrant
		require.NoError(t, got.UnmarshalText([]byte(l)))
		assert.Equal(t, q, got)
	}
	assert.Equal(t, "quadrant(9)", stakeholder.Quadrant(9).Label())
}

func TestActionWords(t *testing.T) {
	checkEnum(t, "action", stakeholder.ParseAction, "mobilise", "neutralise", "watch")
	for in, want := range map[string]stakeholder.Action{
		"mobilize": stakeholder.ActionMobilise, "MOBILIZE": stakeholder.ActionMobilise,
		"neutralize": stakeholder.ActionNeutralise, "Neutralize": stakeholder.ActionNeutralise,
	} {
		var got stakeholder.Action
		require.NoError(t, got.UnmarshalText([]byte(in)), in)
		assert.Equal(t, want, got, in)
		b, err := got.MarshalText()
		require.NoError(t, err)
		assert.NotEqual(t, in, string(b), "the wire word is the British spelling")
	}
}

func TestTierWords(t *testing.T) {
	checkEnum(t, "tier", stakeholder.ParseTier, "none", "latent", "expectant", "definitive")
}

func TestChannelWords(t *testing.T) {
	checkEnum(t, "channel", stakeholder.ParseChannel, "in_person", "phone", "message", "video", "intermediary")
}

func TestOutcomeWords(t *testing.T) {
	checkEnum(t, "outcome", stakeholder.ParseContactOutcome, "constructive", "neutral", "difficult", "no_response")
}

func TestSalienceTier(t *testing.T) {
	tests := []struct {
		s    stakeholder.Salience
		want stakeholder.Tier
	}{
		{stakeholder.Salience{}, stakeholder.TierNone},
		{stakeholder.Salience{Power: true}, stakeholder.TierLatent},
		{stakeholder.Salience{Legitimacy: true}, stakeholder.TierLatent},
		{stakeholder.Salience{Urgency: true}, stakeholder.TierLatent},
		{stakeholder.Salience{Power: true, Legitimacy: true}, stakeholder.TierExpectant},
		{stakeholder.Salience{Power: true, Urgency: true}, stakeholder.TierExpectant},
		{stakeholder.Salience{Legitimacy: true, Urgency: true}, stakeholder.TierExpectant},
		{stakeholder.Salience{Power: true, Legitimacy: true, Urgency: true}, stakeholder.TierDefinitive},
	}
	for _, tt := range tests {
		got := tt.s.Tier()
		assert.Equal(t, tt.want, got, "%+v", tt.s)
		assert.True(t, got.IsValid(), "%+v", tt.s)
	}
}
