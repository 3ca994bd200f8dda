package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

// TestPolicy is the test an agency keeps in its own repository: its policy,
// layered on the baseline, passes every case, the conformance checks, and
// per-rule coverage. A rule nobody has seen fire, or seen not fire, fails
// here by name.
func TestPolicy(t *testing.T) {
	k, cases, err := load("policy.json", "cases.json")
	require.NoError(t, err)
	redlinetest.Run(t, k, cases)
}
