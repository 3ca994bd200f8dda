package research_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
	"github.com/stretchr/testify/assert"
)

func TestOutcomeEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[research.Outcome]{
		Type:  "outcome",
		Pkg:   "research",
		Parse: research.ParseOutcome,
		Words: map[research.Outcome]string{
			research.OutcomePolicyCommitment:    "policy_commitment",
			research.OutcomeReleaseOfHostages:   "release_of_hostages",
			research.OutcomeReleaseOfChildren:   "release_of_children",
			research.OutcomeVacatingSchools:     "vacating_schools",
			research.OutcomeRemovingCheckpoints: "removing_checkpoints",
			research.OutcomeReducedViolence:     "reduced_violence",
			research.OutcomeWeaponNonUse:        "weapon_non_use",
			research.OutcomeEvacuation:          "evacuation",
			research.OutcomeRefugeeCamp:         "refugee_camp",
			research.OutcomeOtherAction:         "other_action",
		},
	})
}

func TestOutcomeConcrete(t *testing.T) {
	// Box 3: policy commitments on one side, concrete actions on the other.
	assert.False(t, research.OutcomePolicyCommitment.Concrete())
	for o := research.OutcomeReleaseOfHostages; o <= research.OutcomeOtherAction; o++ {
		assert.True(t, o.Concrete(), "%v", o)
	}
	assert.False(t, research.OutcomeUnspecified.Concrete(), "the zero value is neither")
	assert.False(t, research.Outcome(11).Concrete(), "out of range is neither")
	assert.False(t, research.Outcome(255).Concrete())
}

func TestResultEnum(t *testing.T) {
	enumtest.Check(t, enumtest.Spec[research.Result]{
		Type:  "result",
		Pkg:   "research",
		Parse: research.ParseResult,
		Words: map[research.Result]string{
			research.ResultAchieved:       "achieved",
			research.ResultPartlyAchieved: "partly_achieved",
			research.ResultNotAchieved:    "not_achieved",
			research.ResultUnknown:        "unknown",
		},
	})
}
