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
// -update rewrites it, so that a change of wording is a reviewed diff), and
// that no line shows a wire word.
func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	exampletest.Golden(t, "output.txt", out.String())
	exampletest.Readable(t, out.String())
	assert.Empty(t, errb.String())
	for _, want := range []string{
		"2. Should we negotiate? Engage directly — the country office decides (score 0.71 of 1, high confidence)\n",
		"Term 1 (art. 1), recruitment of children — trade-off crossed: rule child-recruitment-under-18\n",
		"   next: honour “Fund the community reintegration of released children”: it is our own, and our credibility is at stake\n",
		"Sanctions screening of 5 terms on 1 August 2009 (sanctions table 2026-12)\n",
		"Term 5 (art. 5), funding from a donor:\n    no designation — a donor was screened and is listed nowhere\n",
	} {
		assert.Contains(t, out.String(), want)
	}
}

func TestAt(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-at", "2009-09-01"}))
	assert.Contains(t, out.String(), "4. The Action Plan on 1 September 2009: 0 of 5 commitments due; none reported fully implemented yet\n")
	exampletest.Readable(t, out.String())
}

// -json writes the same run for software, in the wire words.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json"}))
	var got struct {
		Actor struct {
			Kind string `json:"kind"`
		} `json:"actor"`
		Obligations []struct {
			Body string `json:"body"`
		} `json:"obligations"`
		Decision struct {
			Recommendation string `json:"recommendation"`
		} `json:"decision"`
		Report struct {
			Verdict string `json:"verdict"`
		} `json:"report"`
		FollowUp struct {
			Next []struct {
				Action string `json:"action"`
			} `json:"next"`
		} `json:"follow_up"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got), "%s", out.String())
	assert.Equal(t, "armed_opposition", got.Actor.Kind)
	assert.Equal(t, "ihl", got.Obligations[0].Body)
	assert.Equal(t, "engage_directly", got.Decision.Recommendation)
	assert.Equal(t, "trade_off_analysis_required", got.Report.Verdict)
	assert.Equal(t, "honour_own", got.FollowUp.Next[0].Action)
}

// Each mistake on the command line is refused before anything is printed,
// with one message that names the flag.
func TestBadInput(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-at", "yesterday"}, `-at: "yesterday" is not a date YYYY-MM-DD`},
		{[]string{"-at", "2010-13-01"}, `-at: "2010-13-01" is not a date YYYY-MM-DD`},
		{[]string{"-at", "2001-01-01"}, "-at: agreement: listing.listings[0].since: first listed in 2003, after the moment of follow-up (2001)"},
		{[]string{"-at"}, "flag needs an argument: -at\n" + usage},
		{[]string{"-json=maybe"}, `invalid boolean value "maybe" for -json: parse error` + "\n" + usage},
		{[]string{"extra"}, `unexpected argument "extra"` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "Decides whether to engage an armed group")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "quickstart", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "quickstart", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "quickstart", errors.New("no such file")))
	assert.Equal(t, "quickstart: no such file\n", errb.String())
}
