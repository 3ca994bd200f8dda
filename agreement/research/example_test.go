package research_test

import (
	"fmt"
	"strings"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/risk"
)

// A researcher's table with its uncertainty: rates by instrument with 95%
// Wilson intervals, as CSV for R or pandas and as a dot-and-whisker chart
// in SVG. Datasets in this field are small; the interval says how little a
// rate of a few cases means.
func ExampleWriteRateChart() {
	var t research.Tabulator
	add := func(n int, k agreement.InstrumentKind, r research.Result) {
		for range n {
			t.Add(research.Case{ID: "c", Year: 2015, ActorKind: actor.KindArmedOpposition, Instrument: k,
				Risk: risk.ChildRecruitment, Outcome: research.OutcomeReleaseOfChildren, Result: r})
		}
	}
	add(7, agreement.InstrumentActionPlan, research.ResultAchieved)
	add(13, agreement.InstrumentActionPlan, research.ResultNotAchieved)
	add(3, agreement.InstrumentVerbalUnderstanding, research.ResultAchieved)
	add(2, agreement.InstrumentVerbalUnderstanding, research.ResultNotAchieved)
	s := t.Summary()
	for _, r := range s.ByInstrument {
		e := r.Estimate
		fmt.Printf("%s: %.0f%% of %d, 95%% interval %.3f–%.3f, too small: %v\n", r.Label, 100*e.Rate, e.Known, e.Lo, e.Hi, e.TooSmall)
	}

	var csvOut, svg strings.Builder
	if err := s.WriteCSV(&csvOut); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.SplitAfterN(csvOut.String(), "\n", 3)[0])
	if err := research.WriteRateChart(&svg, "Children released, by instrument", s.ByInstrument); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Count(svg.String(), "<circle"), "dots;", strings.Count(svg.String(), `fill="#fff" stroke`), "hollow")
	// Output:
	// UN Action Plan: 35% of 20, 95% interval 0.181–0.567, too small: false
	// verbal understanding: 60% of 5, 95% interval 0.231–0.882, too small: true
	// table,key,label,cases,achieved,partly_achieved,not_achieved,unknown,known,rate,lo,hi,level,too_small
	// 2 dots; 1 hollow
}
