package agreement_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
)

var snakeWord = regexp.MustCompile(`[a-z]+_[a-z_]+`)

// readable fails t when a text meant for people shows a wire word or a raw
// struct.
func readable(t *testing.T, what, s string) {
	t.Helper()
	assert.NotEmpty(t, s, what)
	assert.False(t, snakeWord.MatchString(s), "%s shows a wire word: %s", what, s)
	assert.False(t, strings.HasPrefix(s, "{") || strings.Contains(s, ":{"), "%s prints a raw struct: %s", what, s)
}

func TestResultStrings(t *testing.T) {
	f, err := followUpAgreement(t).FollowUp(day("2021-01-01"), agreement.FollowUpOptions{})
	require.NoError(t, err)
	assert.Equal(t, "8 commitments (1 fully implemented); 6 due, 2 honoured (33%)", f.Overall.String())
	r, err := research.SummariseAgreements([]agreement.Agreement{followUpAgreement(t), milfActionPlan()}, day("2021-01-01"), research.TableOptions{})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(r.String(), "Agreements at 2021-01-01\n  - days from due date to fulfilment: "), r.String())

	milf, err := milfActionPlan().FollowUp(day("2017-01-15"), agreement.FollowUpOptions{Listing: milfListing})
	require.NoError(t, err)
	as := milf.Delisting.ByViolation[0].Activities[0]
	assert.Equal(t, "command orders prohibiting the violation: 1 of 1 commitment verified as implemented", as.String())
	assert.Equal(t, "the plan's radio messages: 0 of 2 commitments verified as implemented",
		agreement.ActivityStatus{Own: "radio_messages", OwnLabel: "the plan's radio messages", Commitments: 2}.String())
	states := milfActionPlan().States(day("2011-09-01"))
	assert.Equal(t, "fulfilled, full implementation, not verified", states[0].String())

	values := map[string]any{
		"Distribution": r.Delay, "AgreementSummary": r, "Tally": f.Overall, "FollowUp": f, "Item": f.Overdue[0], "NextAction": f.Next[0],
		"State": states[1], "Delisting": milf.Delisting, "ViolationDelisting": milf.Delisting.ByViolation[0], "ActivityStatus": as,
	}
	for _, pt := range f.ByParty {
		values["PartyTally "+pt.Party.String()] = pt
	}
	for _, pt := range f.ByPhase {
		values["PhaseTally "+pt.Phase.String()] = pt
	}
	for _, tt := range f.ByTheme {
		values["ThemeTally "+tt.Theme.String()] = tt
	}
	for _, rt := range f.ByRisk {
		values["RiskTally "+rt.Risk.String()] = rt
	}
	ph, err := mfdcDemining().FollowUp(day("2013-06-01"), agreement.FollowUpOptions{})
	require.NoError(t, err)
	values["PhaseProgress"] = ph.Phases[0]
	for name, v := range values {
		readable(t, name, fmt.Sprint(v))
	}
}
