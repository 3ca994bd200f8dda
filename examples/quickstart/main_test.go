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
		"1. Moro Islamic Liberation Front (MILF) — what binds it:",
		"   - child_rights, because it is an armed group distinct from a state's forces",
		"2. Should we negotiate? engage directly — the country office decides (score 0.71, confidence high)",
		"   - Forced Recruitment and Association of Children in Armed Forces and Groups: risk level 8 (high)",
		"3. Red-line check of 5 terms against baseline@2025.1",
		"Verdict: trade-off analysis required — agree only after documenting the options",
		"child_recruitment — trade-off crossed: child-recruitment-under-18",
		"    minimum age 16 (limit: under 18)",
		"4. The Action Plan on 1 September 2010: 5 of 5 commitments due, 60% fully implemented",
		"   - overdue since 2010-06-30: Release every child identified in the ranks",
		"   - overdue since 2010-06-30: Fund the community reintegration of released children",
		"   next, honour own: Fund the community reintegration of released children",
		"   next, chase overdue: Release every child identified in the ranks",
		"Term 1 (art. 1), child_recruitment — trade-off crossed: child-recruitment-under-18",
	} {
		assert.Contains(t, got, want)
	}
	assert.Empty(t, errb.String())
}

func TestAt(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-at", "2009-09-01"}))
	assert.Contains(t, out.String(), "4. The Action Plan on 1 September 2009: 0 of 5 commitments due")
}

func TestBadInput(t *testing.T) {
	for _, args := range [][]string{{"-at", "yesterday"}, {"-at", "2010-13-01"}, {"extra"}, {"-nope"}} {
		var out, errb bytes.Buffer
		assert.Error(t, run(&out, &errb, args), "%v", args)
	}
	var out, errb bytes.Buffer
	assert.Error(t, run(&out, &errb, []string{"-h"}))
	assert.Contains(t, errb.String(), "usage: quickstart")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, exit(&errb, nil))
	assert.Equal(t, 0, exit(&errb, flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, exit(&errb, errors.New("no such file")))
	assert.Equal(t, "quickstart: no such file\n", errb.String())
}
