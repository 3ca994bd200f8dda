package redlinetest_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/deep"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

// TestPropertyNoFunctionModifiesItsCases runs every exported function on
// the baseline's cases, their lists shuffled so an in-place sort would show,
// and deep-compares the cases before and after.
func TestPropertyNoFunctionModifiesItsCases(t *testing.T) {
	k := redline.MustCompile(redline.Baseline())
	r := rand.New(rand.NewPCG(88, 11))
	for range 20 {
		cases := baselineCases(t)
		r.Shuffle(len(cases), func(i, j int) { cases[i], cases[j] = cases[j], cases[i] })
		for _, c := range cases {
			r.Shuffle(len(c.Want), func(i, j int) { c.Want[i], c.Want[j] = c.Want[j], c.Want[i] })
			r.Shuffle(len(c.Terms), func(i, j int) { c.Terms[i], c.Terms[j] = c.Terms[j], c.Terms[i] })
		}
		for name, call := range map[string]func(){
			"Check":     func() { _ = redlinetest.Check(k, cases) },
			"CheckCase": func() { _ = redlinetest.CheckCase(k, cases[0]) },
			"Coverage":  func() { _ = redlinetest.Coverage(k, cases) },
			"Run":       func() { redlinetest.Run(t, k, cases) },
		} {
			before := deep.Copy(cases)
			call()
			require.Empty(t, deep.Diff(before, cases), "%s modified the cases", name)
		}
	}
}
