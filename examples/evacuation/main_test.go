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

func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	exampletest.Golden(t, "output.txt", got)
	exampletest.Readable(t, got)
	for _, want := range []string{
		"Policy: baseline@2026.2 + evacuation-scenario@1: 29 rules (3 absolute, 15 institutional, 1 bottom line, 10 trade-offs)",
		"Draft A, an escort by the government's forces: trade-off analysis required",
		"     escort provider the host state (rule: one of the armed actor, the host state, a party to the conflict)",
		"Draft B, a deconfliction mechanism instead: acceptable",
		"On 21 November 2016: 1 overdue, 1 due soon, 1 breach, 0 reversals, 1 of our own not honoured; compliance 75%",
		"   our own commitment not honoured: Take the route the parties advised, and no other",
		"   next: honour “Take the route the parties advised, and no other”: it is our own, and our credibility is at stake",
		"On 30 November 2016: 0 overdue, 0 due soon, 0 breaches, 0 reversals, 0 of our own not honoured; compliance 100%",
		"   box5-attempt-1: evacuation by written record of agreed terms, not achieved",
		"   success rate of the two attempts: 50%",
	} {
		assert.Contains(t, got, want)
	}
	assert.NotContains(t, got, "raise the breach of “Take the route", "our own breach is ours to honour, not to raise with a party")
}

// -json writes the same run for software, in the wire words.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json"}))
	var got struct {
		Drafts []struct {
			Verdict string `json:"verdict"`
		} `json:"drafts"`
		FollowUps []struct {
			Next []struct {
				Action string `json:"action"`
			} `json:"next"`
		} `json:"follow_ups"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got), "%s", out.String())
	require.Len(t, got.Drafts, 2)
	assert.Equal(t, "trade_off_analysis_required", got.Drafts[0].Verdict)
	assert.Equal(t, "honour_own", got.FollowUps[0].Next[0].Action)
}

func TestBottomLine(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-children", "120"}))
	assert.Contains(t, out.String(), "Draft B, a deconfliction mechanism instead: decision of the mandator required")
	assert.Contains(t, out.String(), "     number of people 120 (limit: under 200)")
}

// Each mistake on the command line is refused before anything is printed,
// with one message that names the flag.
func TestBadInput(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-children", "0"}, "-children: 0 is not a number of children from 1 to 100000"},
		{[]string{"-children", "-250"}, "-children: -250 is not a number of children from 1 to 100000"},
		{[]string{"-children", "100001"}, "-children: 100001 is not a number of children from 1 to 100000"},
		{[]string{"-children", "many"}, `invalid value "many" for flag -children: parse error` + "\n" + usage},
		{[]string{"extra"}, `unexpected argument "extra"` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-children int\n")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "evacuation", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "evacuation", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "evacuation", errors.New("no such file")))
	assert.Equal(t, "evacuation: no such file\n", errb.String())
}
