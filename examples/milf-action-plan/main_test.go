package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/internal/exampletest"
)

// TestRun checks the whole output against testdata/output.txt (go test
// -update rewrites it) and that no line shows a wire word.
func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	exampletest.Golden(t, "output.txt", got)
	exampletest.Readable(t, got)
	for _, want := range []string{
		"Box 6 — Moro Islamic Liberation Front, listed in the annexes on children and armed conflict:\n   - since 2003 for recruitment or use of children in armed forces and armed groups\n",
		"   - religious law: the actor recognises religious law: argue from the rules it shares with IHL\n",
		"   - health care (sensitivity 1 of 5): many armed groups already agree with the rules protecting health care\n",
		"   access lost since 2011-08-20: Unimpeded access to the camps for verification",
		"The MILF Action Plan signed on 30 July 2009: 7 commitments\n",
		"  verified in July 2012: the country task force on monitoring and reporting (S/2013/245)\n",
		"disengagement ceremonies in February–March 2017 (1,869 children)",
		"Illustrative, not from the sources:",
		// 2013: not eligible, a violation in 2012.
		"cessation needs 2013 monitored, with no violation verified (unknown: 2009, 2010, 2011; with a violation verified: 2012)",
		// Eligible only after the last activity is verified in 2017.
		"   delisting: eligible for delisting for every violation the party is listed for; the party is a persistent perpetrator",
		"eligible for delisting from 2017-05-30",
		"delisted in the Secretary-General's August 2017 report",
	} {
		assert.Contains(t, got, want)
	}
}

// -json writes the same run for software, in the wire words.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json"}))
	var got struct {
		Decision struct {
			Recommendation string `json:"recommendation"`
		} `json:"decision_2007"`
		Arguments []struct {
			Basis string `json:"basis"`
		} `json:"arguments"`
		FollowUps []struct {
			Delisting struct {
				Eligible bool `json:"eligible"`
			} `json:"delisting"`
		} `json:"follow_ups"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	assert.Equal(t, "engage_directly", got.Decision.Recommendation)
	assert.Equal(t, "religious_law", got.Arguments[1].Basis)
	require.Len(t, got.FollowUps, 6)
	assert.False(t, got.FollowUps[2].Delisting.Eligible, "2013: a violation in 2012")
	assert.False(t, got.FollowUps[4].Delisting.Eligible, "March 2017: disengagement not yet verified")
	assert.True(t, got.FollowUps[5].Delisting.Eligible)
}

func TestAt(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-at", "2013-06-01"}))
	assert.Contains(t, out.String(), "June 2013 — 2 of 7 commitments reported fully implemented, none of them verified yet; 67% of those due honoured\n")
	assert.NotContains(t, out.String(), "January 2017")
}

// Each mistake on the command line is refused before anything is printed,
// with one message that names the flag.
func TestBadInput(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-at", "2013"}, `-at: "2013" is not a date YYYY-MM-DD`},
		{[]string{"-at", "2001-01-01"}, "-at: agreement: listing.listings[0].since: first listed in 2003, after the moment of follow-up (2001)"},
		{[]string{"extra"}, `unexpected argument "extra"` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-at string\n")
}

// The reported and the verified never read as contradictory: the headline
// says how many of the commitments reported fully implemented the UN has
// verified, which the delisting line counts.
func TestReportedAndVerified(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	for _, want := range []string{
		"June 2016 — 5 of 7 commitments reported fully implemented, none of them verified yet; 100% of those due honoured\n",
		"not yet eligible — 7 of 7 commitments not yet verified as implemented",
		"March 2017 — 5 of 7 commitments reported fully implemented, all 5 verified by the UN; 100% of those due honoured\n",
		"not yet eligible — 2 of 7 commitments not yet verified as implemented",
		"June 2017 — 7 of 7 commitments reported fully implemented, all 7 verified by the UN; 100% of those due honoured\n",
	} {
		assert.Contains(t, got, want)
	}
	assert.NotContains(t, got, "% of commitments fully implemented")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "milf-action-plan", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "milf-action-plan", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "milf-action-plan", errors.New("no such file")))
	assert.Equal(t, "milf-action-plan: no such file\n", errb.String())
}
