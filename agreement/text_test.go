package agreement_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/assessment/risk"
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
	s := smallSummary()
	assert.Equal(t, "5 cases: 2 achieved, 1 partly, 1 not, 1 unknown", s.Total.Counts.String())
	assert.Equal(t, "62% (95% interval 22–91%), 4 known results, too few to read", s.Total.Estimate.String())
	assert.Equal(t, "UN Action Plan: 50% (95% interval 9–91%), 2 known results, too few to read, of 2 cases", s.ByInstrument[0].String())
	assert.Equal(t, "no known result", agreement.Estimate{}.String())
	assert.True(t, strings.HasPrefix(s.String(), "Outcomes of 5 cases: 62% (95% interval 22–91%), 4 known results, too few to read\n\n  by kind of armed actor"), s.String())

	tab := crossOf(t, agreement.CrossOptions{Rows: agreement.DimensionClass, Cols: agreement.DimensionActorKind}, smallDataset())
	assert.Equal(t, "concrete action × armed opposition group: 100% (95% interval 34–100%), 2 known results, too few to read, of 2 cases", tab.Cells[4].String())
	assert.True(t, strings.HasPrefix(tab.String(), "  outcome class \\ actor kind"), tab.String())
	assert.Equal(t, "armed opposition group", tab.ColKeys[1].String())

	assert.Equal(t, "4 values: mean 2.50, median 2.50 (quartiles 1.75–3.25), 90th percentile 3.70",
		agreement.Distribution{N: 4, Mean: 2.5, P25: 1.75, Median: 2.5, P75: 3.25, P90: 3.7}.String())
	assert.Equal(t, "no values", agreement.Distribution{}.String())

	f, err := followUpAgreement(t).FollowUp(day("2021-01-01"), agreement.FollowUpOptions{})
	require.NoError(t, err)
	assert.Equal(t, "8 commitments (1 fully implemented); 6 due, 2 honoured (33%)", f.Overall.String())
	r, err := agreement.SummariseAgreements([]agreement.Agreement{followUpAgreement(t), milfActionPlan()}, day("2021-01-01"), agreement.TableOptions{})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(r.String(), "Agreements at 2021-01-01\n  - days from due date to fulfilment: "), r.String())

	milf, err := milfActionPlan().FollowUp(day("2017-01-15"), agreement.FollowUpOptions{Listing: milfListing})
	require.NoError(t, err)
	as := milf.Delisting.ByViolation[0].Activities[0]
	assert.Equal(t, "command orders prohibiting the violation: 1 of 1 commitments verified as implemented", as.String())
	assert.Equal(t, "the plan's radio messages: 0 of 2 commitments verified as implemented",
		agreement.ActivityStatus{Own: "radio_messages", OwnLabel: "the plan's radio messages", Commitments: 2}.String())
	states := milfActionPlan().States(day("2011-09-01"))
	assert.Equal(t, "commitment 00000101: fulfilled, full implementation, not verified", states[0].String())

	values := map[string]any{
		"Summary": s, "Row": s.ByYear[0], "Counts": s.Total.Counts, "Estimate": s.Total.Estimate, "CrossTable": tab, "Cell": tab.Cells[0],
		"Distribution": r.Delay, "Research": r, "Tally": f.Overall, "FollowUp": f, "Item": f.Overdue[0], "NextAction": f.Next[0],
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

func TestCaseString(t *testing.T) {
	c := agreement.Case{ID: "c-017", Year: 2012, ActorKind: actor.KindArmedOpposition, Instrument: agreement.KindActionPlan,
		Risk: risk.ChildRecruitment, Outcome: agreement.OutcomeReleaseOfChildren, Result: agreement.ResultPartlyAchieved}
	assert.Equal(t, "case c-017, 2012: armed opposition group, UN Action Plan on Forced Recruitment and Association of Children in Armed Forces and Groups, release of child soldiers — partly achieved", c.String())
	c.Year = 0
	assert.Equal(t, "case c-017: armed opposition group, UN Action Plan on Forced Recruitment and Association of Children in Armed Forces and Groups, release of child soldiers — partly achieved", c.String())
	assert.False(t, snakeWord.MatchString(c.String()))
}
