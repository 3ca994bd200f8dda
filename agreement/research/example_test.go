package research_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

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

// A dataset in shards — here three, as from three files — cross-tabulated
// on as many goroutines, each into a cross-tabulator of its own, with a
// sync.WaitGroup (an errgroup.Group serves as well, and stops on the first
// error); the cross-tabulators then merge, in the order of the shards, into
// the table one pass over all the cases would give. For the one-way tables,
// SummariseParallel does all of this.
func ExampleCrossTabulator_Merge() {
	shards := []string{
		"id,year,actor_kind,instrument,risk,outcome,result\n" +
			"a1,2009,armed_opposition,action_plan,child_recruitment,release_of_children,achieved\n" +
			"a2,2012,armed_opposition,deed_of_commitment,child_recruitment,release_of_children,not_achieved\n",
		"id,year,actor_kind,instrument,risk,outcome,result\n" +
			"b1,2011,state_forces,action_plan,child_recruitment,release_of_children,achieved\n",
		"id,year,actor_kind,instrument,risk,outcome,result\n" +
			"c1,2013,armed_opposition,action_plan,child_recruitment,release_of_children,partly_achieved\n" +
			"c2,2014,state_forces,action_plan,child_recruitment,policy_commitment,unknown\n",
	}
	o := research.CrossOptions{Rows: research.DimensionActorKind, Cols: research.DimensionYearBucket, YearBucket: 5}
	xs := make([]*research.CrossTabulator, len(shards))
	errs := make([]error, len(shards))
	var wg sync.WaitGroup
	for i, shard := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := research.NewCaseReader(strings.NewReader(shard), research.CaseOptions{})
			if err != nil {
				errs[i] = err
				return
			}
			xs[i], _ = research.NewCrossTabulator(o) // valid options
			for {
				c, err := r.Read()
				if err == io.EOF {
					return
				}
				if err != nil {
					errs[i] = err
					return
				}
				xs[i].Add(c)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range xs[1:] {
		if err := xs[0].Merge(x); err != nil {
			fmt.Println(err)
			return
		}
	}
	t := xs[0].Table()
	for _, c := range t.Cells {
		fmt.Printf("%s, %s: %d cases, %d achieved\n", c.Row.Label, c.Col.Label, c.Cases, c.Achieved)
	}
	fmt.Println("all:", t.Total.Cases, "cases")
	// Output:
	// state armed forces, 2005–2009: 0 cases, 0 achieved
	// state armed forces, 2010–2014: 2 cases, 1 achieved
	// armed opposition group, 2005–2009: 1 cases, 1 achieved
	// armed opposition group, 2010–2014: 2 cases, 0 achieved
	// all: 5 cases
}
