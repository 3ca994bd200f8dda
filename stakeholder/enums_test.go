package stakeholder_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// Every enumeration is a text codec.
var (
	_ encoding.TextMarshaler   = stakeholder.Role(0)
	_ encoding.TextUnmarshaler = (*stakeholder.Role)(nil)
	_ encoding.TextMarshaler   = stakeholder.Confidence(0)
	_ encoding.TextUnmarshaler = (*stakeholder.Confidence)(nil)
	_ encoding.TextMarshaler   = stakeholder.Quadrant(0)
	_ encoding.TextUnmarshaler = (*stakeholder.Quadrant)(nil)
	_ encoding.TextMarshaler   = stakeholder.Action(0)
	_ encoding.TextUnmarshaler = (*stakeholder.Action)(nil)
	_ encoding.TextMarshaler   = stakeholder.Tier(0)
	_ encoding.TextUnmarshaler = (*stakeholder.Tier)(nil)
	_ encoding.TextMarshaler   = stakeholder.Channel(0)
	_ encoding.TextUnmarshaler = (*stakeholder.Channel)(nil)
	_ encoding.TextMarshaler   = stakeholder.Outcome(0)
	_ encoding.TextUnmarshaler = (*stakeholder.Outcome)(nil)
)

type enumValue interface {
	~uint8
	fmt.Stringer
	encoding.TextMarshaler
	IsValid() bool
}

// checkEnum pins the wire words of an enumeration whose value i (from 1)
// is words[i-1], and its behaviour on the zero value, values out of range,
// unknown words and JSON.
func checkEnum[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, typ string, words []string) {
	t.Helper()
	for i, w := range words {
		v := T(i + 1)
		assert.True(t, v.IsValid(), "%s %d", typ, i+1)
		assert.Equal(t, w, v.String())
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, w, string(b))

		for _, in := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			var got T
			require.NoError(t, P(&got).UnmarshalText([]byte(in)), "%s %q", typ, in)
			assert.Equal(t, v, got, "%s %q", typ, in)
		}

		j, err := json.Marshal(struct{ V T }{v})
		require.NoError(t, err)
		assert.Equal(t, `{"V":"`+w+`"}`, string(j))
		var back struct{ V T }
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, v, back.V)
	}

	// The zero value: unspecified, encoded as "".
	var zero T
	assert.False(t, zero.IsValid())
	assert.Equal(t, "unspecified", zero.String())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	var z T = 1
	require.NoError(t, P(&z).UnmarshalText(nil))
	assert.Equal(t, zero, z, "the empty word decodes to the zero value")

	// Out of range: String never panics, MarshalText refuses.
	for _, n := range []int{len(words) + 1, 200, 255} {
		v := T(n)
		assert.False(t, v.IsValid())
		var s string
		assert.NotPanics(t, func() { s = v.String() })
		assert.Equal(t, fmt.Sprintf("%s(%d)", typ, n), s)
		_, err := v.MarshalText()
		assert.ErrorIs(t, err, &stakeholder.FieldError{Reason: stakeholder.ReasonInvalid})
		_, err = json.Marshal(v)
		assert.Error(t, err)
	}

	// Unknown words.
	for _, in := range []string{"nonsense", " " + words[0], words[0] + "x", "unspecified", "0", "1", strings.Repeat("z", 200)} {
		var got T
		err := P(&got).UnmarshalText([]byte(in))
		require.Error(t, err, "%s %q", typ, in)
		var fe *stakeholder.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, stakeholder.ReasonUnknown, fe.Reason, "%s %q", typ, in)
		assert.Equal(t, "stakeholder", fe.Pkg)
		assert.Equal(t, zero, got, "%s %q leaves the zero value", typ, in)
		assert.Less(t, len(fe.Error()), 120, "a long word is cut short in the error")
	}
	var got struct{ V T }
	assert.Error(t, json.Unmarshal([]byte(`{"V":"nonsense"}`), &got))
}

func TestRoleWords(t *testing.T) {
	checkEnum[stakeholder.Role](t, "role", []string{
		"community_leader", "religious_authority", "scholar", "political_party", "parliamentarian",
		"civil_society", "human_rights_org", "media", "diaspora", "former_combatant", "host_state",
		"donor_state", "supportive_state", "armed_group", "humanitarian_agency", "insider", "agency",
	})
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
	checkEnum[stakeholder.Confidence](t, "confidence", []string{"low", "medium", "high"})
}

func TestQuadrantWords(t *testing.T) {
	checkEnum[stakeholder.Quadrant](t, "quadrant", []string{"allies", "opponents", "supporters", "minor_opponents"})
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
	checkEnum[stakeholder.Action](t, "action", []string{"mobilise", "neutralise", "watch"})
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
	checkEnum[stakeholder.Tier](t, "tier", []string{"none", "latent", "expectant", "definitive"})
}

func TestChannelWords(t *testing.T) {
	checkEnum[stakeholder.Channel](t, "channel", []string{"in_person", "phone", "message", "video", "intermediary"})
}

func TestOutcomeWords(t *testing.T) {
	checkEnum[stakeholder.Outcome](t, "outcome", []string{"constructive", "neutral", "difficult", "no_response"})
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
