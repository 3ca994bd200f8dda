package actor_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/humanitarian-negotiation/protection/actor"
)

var snakeWord = regexp.MustCompile(`[a-z]+_[a-z_]+`)

func TestListingAndDesignationString(t *testing.T) {
	l := actor.Listing{Violation: actor.ViolationRecruitmentUse, Since: 2003, Section: actor.AnnexSectionB}
	assert.Equal(t, "listed for recruitment or use of children in armed forces and armed groups since 2003, section B (measures in place to protect children)", l.String())
	assert.Equal(t, "listed for abduction of children", actor.Listing{Violation: actor.ViolationAbduction}.String())

	d := actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{l,
		{Violation: actor.ViolationSexualViolence, Since: 2017, Section: actor.AnnexSectionA}}}
	assert.Equal(t, "listing in the annexes on children and armed conflict (in the annexes since 2003): listed for recruitment or use of children in armed forces and armed groups since 2003, section B (measures in place to protect children); listed for rape or other grave sexual violence against children since 2017, section A (no measures in place to protect children)", d.String())
	assert.Equal(t, "terrorist designation (domestic, Anti-Terrorism Act, 2019)",
		actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, Regime: "Anti-Terrorism Act", Year: 2019}.String())
	assert.Equal(t, "UN Security Council sanctions", actor.Designation{Kind: actor.DesignationUNSanctions}.String())
	assert.False(t, snakeWord.MatchString(d.String()))
}
