package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/exampletest"
)

func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	exampletest.Golden(t, "output.txt", got)
	exampletest.NoWireWords(t, got)
	for _, want := range []string{
		"3. Engage the SPLM/A in Opposition? Engage directly — the country office decides (score 0.64, low confidence)\n",
		"1. Incidents against aid workers in SSD, 2021-01-01 to 2022-01-01 (Insecurity Insight's Aid Worker KIKA data)\n",
		"   11 incidents: 4 aid workers killed, 7 injured, 0 kidnapped, 17 arrested; 0.92 a month\n",
		"   suggested likelihood 3 of 5, high confidence\n",
		"   of 45 rows read: 11 counted, 16 in other countries, 7 outside the windows, 0 too imprecisely dated to place\n",
		"one-sided violence dyad 12414",
		"a minor conflict (25–999 battle deaths) in 2012, the latest year in the data; low confidence by 2022",
		"   - criticality of the protection concerns: judged 0.80, with evidence from the UCDP/PRIO Armed Conflict Dataset\n",
		"   - safety and security risk: judged likelihood 1 is 2 steps below the 3 that evidence from Insecurity Insight's Aid Worker KIKA data suggests",
		"   - legal risk: judged (likelihood 1), with no evidence beside it\n",
	} {
		assert.Contains(t, got, want)
	}
	assert.Empty(t, errb.String())
}

// A judgement the evidence supports is no contradiction; a window over
// 2020 leaves the row known only to the year out as imprecise.
func TestFlags(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-judged", "3"}))
	assert.Contains(t, out.String(), "   - safety and security risk: judged likelihood 3, and evidence from Insecurity Insight's Aid Worker KIKA data suggests 3\n")
	assert.NotContains(t, out.String(), "steps below")

	out.Reset()
	require.NoError(t, run(&out, &errb, []string{"-at", "2021-01-01"}))
	assert.Contains(t, out.String(), "1 too imprecisely dated to place")
	exampletest.NoWireWords(t, out.String())
}

// -json writes the same evidence and decision for software, in wire words.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json"}))
	var got struct {
		Evidence []struct {
			Dataset    string `json:"dataset"`
			Likelihood int    `json:"likelihood"`
			Incidents  *struct {
				Incidents int `json:"incidents"`
				Killed    int `json:"killed"`
			} `json:"incidents"`
		} `json:"evidence"`
		Decision struct {
			Recommendation string `json:"recommendation"`
			Confidence     string `json:"confidence"`
			Grounds        []struct {
				Code string `json:"code"`
			} `json:"grounds"`
		} `json:"decision"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got), "%s", out.String())
	require.Len(t, got.Evidence, 3)
	assert.Equal(t, "aid_worker_kika", got.Evidence[0].Dataset)
	assert.Equal(t, 3, got.Evidence[0].Likelihood)
	require.NotNil(t, got.Evidence[0].Incidents)
	assert.Equal(t, 11, got.Evidence[0].Incidents.Incidents)
	assert.Equal(t, 4, got.Evidence[0].Incidents.Killed)
	assert.Equal(t, "ucdp_actor", got.Evidence[1].Dataset)
	assert.Equal(t, "ucdp_prio_acd", got.Evidence[2].Dataset)
	assert.Equal(t, "engage_directly", got.Decision.Recommendation)
	assert.Equal(t, "low", got.Decision.Confidence)
	var codes []string
	for _, g := range got.Decision.Grounds {
		codes = append(codes, g.Code)
	}
	assert.Contains(t, codes, "contradiction")
}

func TestFullExcerpt(t *testing.T) {
	path := "../../../shared/data/insecurity-insight/aid-worker-kika-2020-2023-excerpt.csv"
	if _, err := os.Stat(path); err != nil {
		t.Skip("the shared data are not beside the project")
	}
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-incidents", path, "-country", "SYR"}))
	assert.Contains(t, out.String(), "of 200 rows read:")
	assert.Contains(t, out.String(), "Incidents against aid workers in SYR")
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("Date,Actor\n2021-01-01,NSA\n"), 0o600))
	for _, args := range [][]string{
		{"-incidents", filepath.Join(dir, "missing.csv")},
		{"-incidents", bad},
		{"-country", "XKX"},
		{"-window", "0"},
		{"-judged", "6"},
		{"-at", "2022"},
		{"extra"},
		{"-nope"},
	} {
		var out, errb bytes.Buffer
		assert.Error(t, run(&out, &errb, args), "%v", args)
	}
	var out, errb bytes.Buffer
	assert.Error(t, run(&out, &errb, []string{"-h"}))
	assert.Contains(t, errb.String(), "usage: evidence")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, exit(&errb, nil))
	assert.Equal(t, 0, exit(&errb, flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, exit(&errb, errors.New("no such file")))
	assert.Equal(t, "evidence: no such file\n", errb.String())
}
