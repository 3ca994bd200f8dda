package research_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/risk"
	"github.com/stretchr/testify/assert"
)

func TestCaseString(t *testing.T) {
	c := research.Case{ID: "c-017", Year: 2012, ActorKind: actor.KindArmedOpposition, Instrument: agreement.InstrumentActionPlan,
		Risk: risk.ChildRecruitment, Outcome: research.OutcomeReleaseOfChildren, Result: research.ResultPartlyAchieved}
	assert.Equal(t, "case c-017, 2012: armed opposition group, UN Action Plan on Forced Recruitment and Association of Children in Armed Forces and Groups, release of children — partly achieved", c.String())
	c.Year = 0
	assert.Equal(t, "case c-017: armed opposition group, UN Action Plan on Forced Recruitment and Association of Children in Armed Forces and Groups, release of children — partly achieved", c.String())
	assert.False(t, snakeWord.MatchString(c.String()))
}

func TestResultStrings(t *testing.T) {
	s := smallSummary()
	assert.Equal(t, "5 cases: 2 achieved, 1 partly, 1 not, 1 unknown", s.Total.Counts.String())
	assert.Equal(t, "62% (95% interval 22–91%), 4 known results, too few to read", s.Total.Estimate.String())
	assert.Equal(t, "UN Action Plan: 50% (95% interval 9–91%), 2 known results, too few to read, of 2 cases", s.ByInstrument[0].String())
	assert.Equal(t, "no known result", research.Estimate{}.String())
	assert.True(t, strings.HasPrefix(s.String(), "Outcomes of 5 cases: 62% (95% interval 22–91%), 4 known results, too few to read\n\n  by kind of armed actor"), s.String())

	tab := crossOf(t, research.CrossOptions{Rows: research.DimensionClass, Cols: research.DimensionActorKind}, smallDataset())
	assert.Equal(t, "concrete action × armed opposition group: 100% (95% interval 34–100%), 2 known results, too few to read, of 2 cases", tab.Cells[4].String())
	assert.True(t, strings.HasPrefix(tab.String(), "  outcome class \\ actor kind"), tab.String())
	assert.Equal(t, "armed opposition group", tab.ColKeys[1].String())

	assert.Equal(t, "4 values: mean 2.50, median 2.50 (quartiles 1.75–3.25), 90th percentile 3.70",
		research.Distribution{N: 4, Mean: 2.5, P25: 1.75, Median: 2.5, P75: 3.25, P90: 3.7}.String())
	assert.Equal(t, "no values", research.Distribution{}.String())

	for name, v := range map[string]any{
		"Summary": s, "Row": s.ByYear[0], "Counts": s.Total.Counts, "Estimate": s.Total.Estimate, "CrossTable": tab, "Cell": tab.Cells[0],
	} {
		readable(t, name, fmt.Sprint(v))
	}
}

var snakeWord = regexp.MustCompile(`[a-z]+_[a-z_]+`)

// readable fails t when a text meant for people shows a wire word or a raw
// struct.
func readable(t *testing.T, what, s string) {
	t.Helper()
	assert.NotEmpty(t, s, what)
	assert.False(t, snakeWord.MatchString(s), "%s shows a wire word: %s", what, s)
	assert.False(t, strings.HasPrefix(s, "{") || strings.Contains(s, ":{"), "%s prints a raw struct: %s", what, s)
}
