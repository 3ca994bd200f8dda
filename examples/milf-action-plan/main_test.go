package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/exampletest"
)

// TestRun checks the whole output against testdata/output.txt (go test
// -update rewrites it) and that no line shows a wire word.
func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	exampletest.Golden(t, "output.txt", got)
	exampletest.NoWireWords(t, got)
	for _, want := range []string{
		"Box 6 — Moro Islamic Liberation Front, listed in the annexes on children and armed conflict:\n   - since 2003 for recruitment or use of children in armed forces and armed groups\n",
		"   - religious law: the actor recognises religious law: argue from the rules it shares with IHL\n",
		"   - health care (sensitivity 1 of 5): many armed groups already agree with the rules protecting health care\n",
		"   access lost since 2011-08-20: Unimpeded access to the camps for verification",
		"   delisting: eligible for delisting for every violation the party is listed for\n",
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
	require.Len(t, got.FollowUps, 5)
	assert.False(t, got.FollowUps[3].Delisting.Eligible)
	assert.True(t, got.FollowUps[4].Delisting.Eligible)
}

func TestAt(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-at", "2013-06-01"}))
	assert.Contains(t, out.String(), "June 2013 — 57% of commitments fully implemented")
	assert.NotContains(t, out.String(), "January 2017")
}

func TestBadInput(t *testing.T) {
	for _, args := range [][]string{{"-at", "2013"}, {"extra"}, {"-nope"}} {
		var out, errb bytes.Buffer
		assert.Error(t, run(&out, &errb, args), "%v", args)
	}
	var out, errb bytes.Buffer
	assert.Error(t, run(&out, &errb, []string{"-h"}))
	assert.Contains(t, errb.String(), "usage: milf-action-plan")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, exit(&errb, nil))
	assert.Equal(t, 0, exit(&errb, flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, exit(&errb, errors.New("no such file")))
	assert.Equal(t, "milf-action-plan: no such file\n", errb.String())
}
