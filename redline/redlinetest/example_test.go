package redlinetest_test

import (
	"fmt"

	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

// An agency adds a bottom line for an evacuation to the baseline and writes
// cases for it. Check runs the cases, the conformance checks and coverage:
// here the cases show the bottom line crossed but never a close case that
// leaves it alone, so coverage fails and says so. In a _test.go file,
// redlinetest.Run(t, k, cases) does the same with a subtest per case.
func ExampleCheck() {
	evacuation := redline.Policy{Name: "evacuation-2026", Version: "1", Rules: []redline.Rule{{
		ID: "evacuate-at-least-200", Kind: redline.KindEvacuation, Severity: redline.SeverityBottomLine,
		When:      []redline.Condition{{Attr: "count", Op: redline.OpLt, Value: redline.NumberValue(200)}},
		Citations: []string{"team-plan-3"}, Rationale: "Fewer than 200 children leaves the most urgent cases behind.",
	}}}
	k := redline.MustCompile(redline.Baseline(), evacuation)
	cases := []redlinetest.Case{{
		Name:        "120 children is below the bottom line",
		Terms:       []redline.Term{{Kind: redline.KindEvacuation, Count: redline.Num(120), Voluntary: redline.FlagYes, Temporary: redline.FlagYes}},
		Want:        []string{"evacuate-at-least-200"},
		Verdict:     redline.VerdictMandatorDecision,
		Explanation: "The team set 200 as its least acceptable outcome.",
	}}
	err := redlinetest.Check(k, cases)
	fmt.Println(err != nil)
	fmt.Println(redlinetest.Coverage(k, cases) != nil)

	// One close case for the new rule completes its coverage; the
	// baseline's rules are left to the baseline's cases (see CheckLayer).
	cases = append(cases, redlinetest.Case{
		Name:  "250 children meets it",
		Terms: []redline.Term{{Kind: redline.KindEvacuation, Count: redline.Num(250)}},
	})
	for _, e := range unwrap(redlinetest.Coverage(k, cases)) {
		if ce, ok := e.(*redlinetest.CoverageError); ok && ce.Rule == "evacuate-at-least-200" {
			fmt.Println(ce)
		}
	}
	fmt.Println("evacuation rule covered")
	// Output:
	// true
	// true
	// evacuation rule covered
}

// The same agency proves its own layer: its two cases, the conformance
// checks and coverage of kinds of the whole stack, and coverage of its own
// rule only — the baseline's rules are the library's to prove, with
// BaselineCases. In a _test.go file, redlinetest.RunLayer(t, k,
// "evacuation-2026", cases) does the same with a subtest per case.
func ExampleCheckLayer() {
	evacuation := redline.Policy{Name: "evacuation-2026", Version: "1", Rules: []redline.Rule{{
		ID: "evacuate-at-least-200", Kind: redline.KindEvacuation, Severity: redline.SeverityBottomLine,
		When:      []redline.Condition{{Attr: "count", Op: redline.OpLt, Value: redline.NumberValue(200)}},
		Citations: []string{"team-plan-3"}, Rationale: "Fewer than 200 children leaves the most urgent cases behind.",
	}}}
	k := redline.MustCompile(redline.Baseline(), evacuation)
	cases := []redlinetest.Case{{
		Name:        "120 children is below the bottom line",
		Terms:       []redline.Term{{Kind: redline.KindEvacuation, Count: redline.Num(120), Voluntary: redline.FlagYes, Temporary: redline.FlagYes}},
		Want:        []string{"evacuate-at-least-200"},
		Verdict:     redline.VerdictMandatorDecision,
		Explanation: "The team set 200 as its least acceptable outcome.",
	}, {
		Name:        "250 children meets it",
		Terms:       []redline.Term{{Kind: redline.KindEvacuation, Count: redline.Num(250), Voluntary: redline.FlagYes, Temporary: redline.FlagYes}},
		Verdict:     redline.VerdictAcceptable,
		Explanation: "At or above the bottom line.",
	}}
	fmt.Println(redlinetest.CheckLayer(k, "evacuation-2026", cases))
	fmt.Println(len(unwrap(redlinetest.Check(k, cases))) > 0, "when the baseline's rules are asked of these cases too")
	fmt.Println(redlinetest.Check(k, append(redlinetest.BaselineCases(), cases...)))
	// Output:
	// <nil>
	// true when the baseline's rules are asked of these cases too
	// <nil>
}

func unwrap(err error) []error {
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		return u.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}
