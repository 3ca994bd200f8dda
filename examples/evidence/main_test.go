package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
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
		"3. Engage the SPLM/A in Opposition? Engage directly — the country office decides (score 0.64 of 1, medium confidence)\n",
		"1. Incidents against aid workers in South Sudan naming the SPLM/A in Opposition or of its category, 2021-01-01 to 2022-01-01 (Insecurity Insight's Aid Worker KIKA data)\n",
		// Of the eleven incidents in South Sudan in 2021, two name the SPLA-IO.
		"   2 incidents: 2 naming the group, 0 only of its category; 0 aid workers killed, 1 injured, 0 kidnapped, 1 arrested; 0.17 a month\n",
		"   suggested likelihood 2 of 5, low confidence: 2 incidents",
		"an excerpt, so the count is a floor",
		"   of 45 rows read: 2 counted, 16 in other countries, 24 of other perpetrators, 2 outside the period, 0 too imprecisely dated to place\n",
		"one-sided violence dyad 12414",
		"the actor file gives no year",
		"the group, formed in December 2013, is no side of it, so the conflict says nothing about it",
		"   - criticality of the protection concerns: judged, with no evidence beside it\n",
		"   - safety and security risk: judged likelihood 1 of 5, and evidence from Insecurity Insight's Aid Worker KIKA data suggests 2 of 5\n",
		"   - legal risk: judged (likelihood 1 of 5), with no evidence beside it\n",
	} {
		assert.Contains(t, got, want)
	}
	assert.Empty(t, errb.String())
}

// A window the data do not reach suggests no likelihood: the data end in
// 2022, and no data is not calm. The decision says the safety risk rests on
// judgement alone and names the uncovered period.
func TestAfterTheData(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-at", "2030-06-01"}))
	got := out.String()
	assert.Contains(t, got, "   the data do not cover this period: they run from 2020-01-01 to 2022-05-09 — no data is not calm, so no likelihood is suggested\n")
	assert.Contains(t, got, "   - safety and security risk: judged (likelihood 1 of 5), with no evidence beside it: Insecurity Insight's Aid Worker KIKA data, as given, do not cover 2029-06-01 to 2030-06-01, so they suggest nothing\n")
	assert.NotContains(t, got, "suggested likelihood")
	assert.NotContains(t, got, "suggests 1")
	exampletest.Readable(t, got)
}

// A judgement far above the evidence is a contradiction too; a window over
// 2020 leaves the row known only to the year out as imprecise.
func TestFlags(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-judged", "5"}))
	assert.Contains(t, out.String(), "   - safety and security risk: judged likelihood 5 of 5 is 3 steps above the 2 of 5 that evidence from Insecurity Insight's Aid Worker KIKA data suggests (judged higher than the incidents suggest)")

	out.Reset()
	require.NoError(t, run(&out, &errb, []string{"-judged", "3"}))
	assert.NotContains(t, out.String(), "steps above")

	out.Reset()
	require.NoError(t, run(&out, &errb, []string{"-at", "2021-01-01", "-window", "366"}))
	assert.Contains(t, out.String(), "0 too imprecisely dated to place")
	exampletest.Readable(t, out.String())
}

// -json writes the same evidence and decision for software, in wire words.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json", "-judged", "5"}))
	var got struct {
		Evidence []struct {
			Dataset    string `json:"dataset"`
			Likelihood int    `json:"likelihood"`
			Incidents  *struct {
				Incidents int `json:"incidents"`
				Named     int `json:"named"`
				Query     struct {
					WindowDays int      `json:"window_days"`
					Names      []string `json:"names"`
				} `json:"query"`
			} `json:"incidents"`
		} `json:"evidence"`
		Decision struct {
			Recommendation string `json:"recommendation"`
			Grounds        []struct {
				Code          string `json:"code"`
				Contradiction string `json:"contradiction"`
			} `json:"grounds"`
		} `json:"decision"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got), "%s", out.String())
	require.Len(t, got.Evidence, 2, "incidents and one-sided violence; no conflict evidence for a group that is no side of it")
	assert.Equal(t, "aid_worker_kika", got.Evidence[0].Dataset)
	assert.Equal(t, 2, got.Evidence[0].Likelihood)
	require.NotNil(t, got.Evidence[0].Incidents)
	assert.Equal(t, 2, got.Evidence[0].Incidents.Named)
	assert.Equal(t, 365, got.Evidence[0].Incidents.Query.WindowDays, "periods in days, not nanoseconds")
	assert.Equal(t, "ucdp_actor", got.Evidence[1].Dataset)
	assert.Equal(t, "engage_directly", got.Decision.Recommendation)
	var ways []string
	for _, g := range got.Decision.Grounds {
		if g.Code == "contradiction" {
			ways = append(ways, g.Contradiction)
		}
	}
	assert.Equal(t, []string{"judged_higher"}, ways)
}

func TestFullExcerpt(t *testing.T) {
	path := "../../../shared/data/insecurity-insight/aid-worker-kika-2020-2023-excerpt.csv"
	if _, err := os.Stat(path); err != nil {
		t.Skip("the shared data are not beside the project")
	}
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-incidents", path, "-country", "SYR"}))
	assert.Contains(t, out.String(), "of 200 rows read:")
	assert.Contains(t, out.String(), "Incidents against aid workers in Syria")
}

// Each mistake on the command line is refused before anything is printed,
// with one message that names the flag.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("Date,Actor\n2021-01-01,NSA\n"), 0o600))
	missing := filepath.Join(dir, "missing.csv")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-incidents", missing}, "-incidents: open " + missing + ": no such file or directory"},
		{[]string{"-country", "XKX"}, `-country: "XKX" is not an ISO 3166-1 alpha-3 country code, such as SSD`},
		{[]string{"-country", "S"}, `-country: "S" is not an ISO 3166-1 alpha-3 country code, such as SSD`},
		{[]string{"-window", "0"}, "-window: 0 is not a number of days from 1 to 36525"},
		{[]string{"-window", "-10"}, "-window: -10 is not a number of days from 1 to 36525"},
		{[]string{"-window", "36526"}, "-window: 36526 is not a number of days from 1 to 36525"},
		{[]string{"-judged", "6"}, "-judged: 6 is not a likelihood from 1 to 5"},
		{[]string{"-judged", "0"}, "-judged: 0 is not a likelihood from 1 to 5"},
		{[]string{"-at", "2022"}, `-at: "2022" is not a date YYYY-MM-DD`},
		{[]string{"-judged", "x"}, `invalid value "x" for flag -judged: parse error` + "\n" + usage},
		{[]string{"extra"}, `unexpected argument "extra"` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
		{[]string{"-at"}, "flag needs an argument: -at\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
	// A bad file is refused too, naming the flag; the reader's message says where.
	var out, errb bytes.Buffer
	err := run(&out, &errb, []string{"-incidents", bad})
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "-incidents: "), err.Error())
	assert.Empty(t, out.String())
}

// The country code is read in either case, and named in words.
func TestCountryInEitherCase(t *testing.T) {
	var upper, lower, errb bytes.Buffer
	require.NoError(t, run(&upper, &errb, []string{"-country", "SSD"}))
	require.NoError(t, run(&lower, &errb, []string{"-country", "ssd"}))
	assert.Equal(t, upper.String(), lower.String())
	assert.Contains(t, lower.String(), "1. Incidents against aid workers in South Sudan naming")
	require.NoError(t, run(&lower, &errb, []string{"-country", "syr"}))
	assert.Contains(t, lower.String(), "1. Incidents against aid workers in Syria naming")
}

// -window counts days: one day reads in the singular.
func TestWindow(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-window", "30"}))
	assert.Contains(t, out.String(), ", 2021-12-02 to 2022-01-01 (")
	exampletest.Readable(t, out.String())
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-country string\n")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "evidence", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "evidence", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "evidence", errors.New("no such file")))
	assert.Equal(t, "evidence: no such file\n", errb.String())
}
