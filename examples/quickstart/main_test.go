package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, nil))
	got := out.String()
	for _, want := range []string{
		"Armed Forces of the Philippines (state_forces) — what binds it:",
		"• ihl          binding law        because it is a party to an armed conflict [CA3]",
		"• human_rights binding law        because it is the armed force of a state",
		"Moro Islamic Liberation Front (MILF) (armed_opposition) — what binds it:",
		"• human_rights binding law        because it exercises de facto authority",
		"• child_rights binding law        because it is an armed group distinct from a state's forces",
		"[UNSCR-1612, UNSCR-1379]",
		"• own_norms    basis for dialogue because it recognises religious law",
		"Should we negotiate with the Moro Islamic Liberation Front (MILF) on the recruitment of children?",
		"  Recommendation: engage directly (score 0.71, confidence high)",
		"  Who decides: the country office",
		"   - Forced Recruitment and Association of Children in Armed Forces and Groups: risk level 8 (high)",
		"   - no engagement plan given: its readiness was not checked",
		"Red-line check of 5 terms against baseline@" + redline.BaselineVersion,
		"Verdict: approval required at headquarters",
		"Term 2 (art. 2), child_recruitment — trade-off crossed: child-recruitment-under-18",
		"    minimum age 16 (limit: under 18)",
		"Term 4 (art. 4), armed_escort — trade-off crossed: armed-escort",
		"Term 5 (art. 5), payment — institutional red line crossed: dialogue-fee (approval: headquarters)",
	} {
		assert.Contains(t, got, want)
	}
	assert.NotContains(t, got, "humanity", "both actors are parties to a conflict")
}

func TestRunBadFlag(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run(&out, []string{"-nope"}))
	assert.Contains(t, out.String(), "usage: quickstart")
}
