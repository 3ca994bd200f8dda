package main

import (
	"bytes"
	"errors"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	for _, want := range []string{
		"Box 6 — Moro Islamic Liberation Front, listed in the annexes on children and armed conflict:\n   - since 2003 for recruitment or use of children in armed forces and armed groups\n",
		"2007 — engage? engage directly (score 0.71); the country office decides",
		"   - delisting: an Action Plan is the path out of the UN annexes",
		"   - release_of_children: release of children is a step towards a full Action Plan",
		"   mobilise   1. the religious council that endorsed the plan",
		"   neutralise 1. commanders who resisted demobilising fighters",
		"  levels reached: political leadership, military command, frontline commanders; missing: none",
		"The MILF Action Plan signed August 2009: 7 commitments",
		"October 2011 — 29% of commitments fully implemented, 67% of those due honoured",
		"   access lost since 2011-08-20: Unimpeded access to the camps for verification",
		"   delisting: not yet eligible for delisting for the violation the party is listed for\n" +
			"     - Recruitment or use of children in armed forces and armed groups — listed since 2003, a persistent perpetrator: not yet eligible — 7 of 7 commitments not yet verified as implemented\n",
		"January 2017 — 100% of commitments fully implemented, 100% of those due honoured",
		"   delisting: eligible for delisting for every violation the party is listed for\n",
		"a full reporting cycle before\n   next: ask the UN to consider delisting the party for recruitment or use of children in armed forces and armed groups",
	} {
		assert.Contains(t, got, want)
	}
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
