package sanctions_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// FuzzScreenAgreesWithValidate: a request Request.Validate accepts, Screen
// screens; one it refuses, Screen refuses with the same problems. The
// request is read leniently (encoding/json), so that values DecodeRequest
// would refuse reach both.
func FuzzScreenAgreesWithValidate(f *testing.F) {
	for _, s := range []string{
		`{"at":"2025-06-01T00:00:00Z","standing":{"category":"other_ngo","jurisdictions":["us"]},"counterparts":[{"entity":"armed_actor","designations":[{"kind":"un_sanctions","regime":"1267"}]}],"terms":[{"kind":"payment","payee":"armed_actor","purpose":"toll"}]}`,
		`{"at":"2025-06-01T00:00:00Z","standing":{"category":"un_entity"},"counterparts":[{"entity":"armed_actor","designations":[{"kind":"un_sanctions","regime":"1276"}]}],"terms":[]}`,
		`{"at":"2025-06-01T00:00:00Z","standing":{"category":"un_entity"},"counterparts":[{"entity":"armed_actor"},{"entity":"armed_actor"}],"terms":[{"kind":"payment","min_age":3}]}`,
		`{"at":"0001-01-01T00:00:00Z","standing":{},"terms":[{}]}`,
		`{"at":"2025-06-01T00:00:00Z","standing":{"category":"un_entity"},"counterparts":[{"entity":"armed_actor","designations":[{"kind":"terrorist","jurisdiction":"domestic","regime":"FTO"},{"kind":"caac"}]}],"terms":[]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var q sanctions.Request
		if json.Unmarshal(data, &q) != nil {
			return
		}
		verr := q.Validate()
		_, err := q.Screen()
		if verr == nil {
			require.NoError(t, err, "Screen refuses a request Validate takes")
			return
		}
		require.Error(t, err, "Screen takes a request Validate refuses: %v", verr)
		assert.Equal(t, verr.Error(), err.Error())
	})
}

// TestUnknownRegimeSuggests pins the error of a regime the table does not
// know: the nearest of the designator's regimes when one is near, else the
// list of them.
func TestUnknownRegimeSuggests(t *testing.T) {
	tests := map[string]struct {
		d    actor.Designation
		want string
	}{
		"a transposed resolution": {actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1276"},
			`sanctions: counterparts[0].designations[0].regime: no regime "1276" of the UN Security Council in the table; unknown is never allowed: did you mean "1267"?`},
		"a far one: the designator's regimes": {actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, By: actor.DesignatorUnitedStates, Regime: "XYZ"},
			`sanctions: counterparts[0].designations[0].regime: no regime "XYZ" of the United States in the table; unknown is never allowed: one of FTO, SDGT`},
		"a misspelt list": {actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, By: actor.DesignatorUnitedStates, Regime: "SDTG"},
			`sanctions: counterparts[0].designations[0].regime: no regime "SDTG" of the United States in the table; unknown is never allowed: did you mean "SDGT"?`},
	}
	for name, tt := range tests {
		_, err := sanctions.Screen(nil, armedActor(tt.d), unAgency, day(2025, 6, 1))
		assert.EqualError(t, err, tt.want, name)
		assert.ErrorIs(t, err, &sanctions.FieldError{Reason: sanctions.ReasonUnknown}, name)
	}
}
