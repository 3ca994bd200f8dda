package redlines

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

func TestOurRedLines(t *testing.T) {
	f, err := os.Open("testdata/policy.json")
	require.NoError(t, err)
	defer f.Close()
	ours, err := redline.DecodePolicy(f, redline.Limits{})
	require.NoError(t, err)
	k, err := redline.Compile(redline.Baseline(), ours) // a layer may tighten, never drop an absolute rule
	require.NoError(t, err)

	g, err := os.Open("testdata/cases.json")
	require.NoError(t, err)
	defer g.Close()
	cases, err := redlinetest.DecodeCases(g, redline.Limits{})
	require.NoError(t, err)
	// A subtest per case, then conformance and kinds of the whole policy,
	// and coverage of our layer's rules; the baseline's are the library's.
	redlinetest.RunLayer(t, k, ours.Name, cases)
}
