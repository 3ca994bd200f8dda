package main

import (
	"bytes"
	"encoding/json"
	"errors"
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
	exampletest.Golden(t, "output.txt", out.String())
	exampletest.Readable(t, out.String())
	assert.Empty(t, errb.String())
}

// The four organisations get four different answers, each cited; the
// unlisted group gets none to give.
func TestFourAnswers(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json"}))
	var got []struct {
		Report struct {
			Verdict  string `json:"verdict"`
			Findings []struct {
				Jurisdiction string   `json:"jurisdiction"`
				Question     string   `json:"question"`
				Verdict      string   `json:"verdict"`
				Code         string   `json:"code"`
				Exemption    string   `json:"exemption"`
				Cites        []string `json:"cites"`
				Unverified   string   `json:"unverified"`
			} `json:"findings"`
		} `json:"report"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	require.Len(t, got, 5)
	type answer struct{ j, q, v, code, exemption string }
	answers := func(i int) []answer {
		var out []answer
		for _, f := range got[i].Report.Findings {
			out = append(out, answer{f.Jurisdiction, f.Question, f.Verdict, f.Code, f.Exemption})
		}
		return out
	}
	// (a) the UN agency: exempted by res. 2761.
	assert.Equal(t, "exempted", got[0].Report.Verdict)
	assert.Equal(t, []answer{{"un", "asset_freeze", "exempted", "exempted", "un-2761"}}, answers(0))
	assert.Equal(t, []string{"UNSCR-1267", "UNSCR-2761"}, got[0].Report.Findings[0].Cites)
	// (b) the NGO in the plan under EU law: exempted twice, the EU row unverified.
	assert.Equal(t, "exempted", got[1].Report.Verdict)
	assert.Equal(t, []answer{{"un", "asset_freeze", "exempted", "exempted", "un-2761"}, {"eu", "asset_freeze", "exempted", "exempted", "eu-2023-331"}}, answers(1))
	assert.NotEmpty(t, got[1].Report.Findings[1].Unverified)
	assert.Equal(t, []string{"UNSCR-1267", "EU-REG-2023-331"}, got[1].Report.Findings[1].Cites)
	// (c) the NGO outside every plan: outside every exemption.
	assert.Equal(t, "legal_review", got[2].Report.Verdict)
	assert.Equal(t, []answer{{"un", "asset_freeze", "legal_review", "outside_organisation", "un-2761"}}, answers(2))
	// (d) the NGO under US law, the group a US FTO.
	assert.Equal(t, "legal_review", got[3].Report.Verdict)
	assert.Equal(t, []answer{
		{"un", "asset_freeze", "exempted", "exempted", "un-2761"},
		{"us", "asset_freeze", "legal_review", "outside_purpose", "ofac-597-516"},
		{"us", "material_support", "legal_review", "material_support", ""},
	}, answers(3))
	assert.Equal(t, []string{"18-USC-2339B", "HOLDER-V-HLP-2010"}, got[3].Report.Findings[2].Cites)
	// The unlisted group.
	assert.Equal(t, "no_designation", got[4].Report.Verdict)
}

// Before resolution 2664, even the UN agency's toll is prohibited.
func TestBeforeTheExemption(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-at", "2022-06-01"}))
	s := out.String()
	assert.Contains(t, s, "a. A UN agency\nSanctions screening of 1 term on 1 June 2022")
	assert.Contains(t, s, "prohibited — no humanitarian exemption was in force on the day (the first for this regime took effect on 9 December 2022); to proceed: an exemption granted by the sanctions committee")
	exampletest.Readable(t, s)
}

// Each mistake on the command line is refused before anything is printed,
// with one message that names the flag.
func TestFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-at", "June"}, `-at: "June" is not a date YYYY-MM-DD`},
		{[]string{"-at"}, "flag needs an argument: -at\n" + usage},
		{[]string{"extra"}, `unexpected argument "extra"` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
	var out, errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "exemptions", run(&out, &errb, []string{"-h"})), "-h is no failure")
	assert.Contains(t, errb.String(), "usage: exemptions")
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-at string\n")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "exemptions", nil))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "exemptions", errors.New("-at: \"June\" is not a date YYYY-MM-DD")))
	assert.Equal(t, "exemptions: -at: \"June\" is not a date YYYY-MM-DD\n", errb.String(), "printed once")
}
