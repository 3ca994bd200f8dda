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
		"Box 4 — the Movement of Democratic Forces of Casamance (MFDC): fragmented command, 3 wings and factions",
		"  a fragmented actor must be engaged at every level: political leadership, military command, frontline commanders, rank and file",
		"  strength 0.56 of 1: Geneva Call → peace facilitators → the faction's commander",
		"  intermediary on 2 of the paths: peace facilitators",
		"  levels covered: military command, frontline commanders; missing: political leadership, rank and file",
		"June 2011\n   phase 1, inhabited areas: complete (2 of 2 commitments)\n   phase 2, areas near the faction's bases: not started",
		"   breach since 2013-05-03: Do not harm or hold the deminers",
		"   reversed on 2013-05-03 — the faction's red line: Allow clearance near the bases",
		"The brokered release, checked against the red lines: acceptable",
		"Verdict: approval required at the governing board",
	} {
		assert.Contains(t, got, want)
	}
	// After the brokered release the breach is remedied; the reversal stands.
	after := got[strings.Index(got, "August 2013"):]
	assert.NotContains(t, after[:strings.Index(after, "The brokered")], "breach since")
}

// -json writes the same run for software, in the wire words.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json"}))
	var got struct {
		Actor struct {
			Command string `json:"command"`
		} `json:"actor"`
		FollowUps []struct {
			Breaches []struct{} `json:"breaches"`
		} `json:"follow_ups"`
		WithRansom struct {
			Verdict string `json:"verdict"`
		} `json:"with_ransom"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got), "%s", out.String())
	assert.Equal(t, "fragmented", got.Actor.Command)
	require.Len(t, got.FollowUps, 4)
	assert.Len(t, got.FollowUps[2].Breaches, 1)
	assert.Equal(t, "approval_required", got.WithRansom.Verdict)
}

func TestDOT(t *testing.T) {
	p := filepath.Join(t.TempDir(), "net.dot")
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-dot", p}))
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), "digraph influence {"))
	assert.Contains(t, string(b), `label="peace facilitators"`)
}

// Each mistake on the command line is refused before anything is printed
// or written, with one message that names the flag.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	noDir := filepath.Join(dir, "no", "such")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-dot", filepath.Join(noDir, "x.dot")}, "-dot: no directory " + noDir + " to write x.dot in"},
		{[]string{"-dot", dir}, "-dot: " + dir + " is a directory"},
		{[]string{"-dot"}, "flag needs an argument: -dot\n" + usage},
		{[]string{"extra"}, `unexpected argument "extra"` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "nothing written")
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-dot string\n")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "casamance", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "casamance", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "casamance", errors.New("no such file")))
	assert.Equal(t, "casamance: no such file\n", errb.String())
}

func TestHelpers(t *testing.T) {
	assert.Equal(t, "none", levels(nil))
	mfdc := theMFDC()
	plan, err := demining(mfdc)
	require.NoError(t, err)
	assert.NotEmpty(t, plan.Commitments[0].Text)
	d := dossier(mfdc)
	assert.Equal(t, "Geneva Call", nameOf(d, d.Agency))
	assert.Equal(t, "peace facilitators", nameOf(d, d.Stakeholders[0].ID), "the first stakeholder")
	unknown := id("nobody")
	assert.Equal(t, "someone the dossier does not name", nameOf(d, unknown))
	assert.Panics(t, func() { date("2008-13-01") })
}
