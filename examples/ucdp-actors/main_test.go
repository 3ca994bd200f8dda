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

func TestDefaultSubset(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	exampletest.Golden(t, "output.txt", got)
	exampletest.NoWireWords(t, got)
	for _, want := range []string{
		"31 actors read from the shipped subset, every one classified.",
		"  state armed forces                  11\n",
		"  armed opposition group              16\n",
		"  political militia                    2\n",
		"  identity militia                     2\n",
		"What law and norms apply to MILF (armed opposition group, UCDP actor 276)?",
		"  bound by international humanitarian law, because it is a non-state party",
		"  addressed by the law on children's rights, because it is an armed group distinct from a state's forces",
	} {
		assert.Contains(t, got, want)
	}
	assert.Empty(t, errb.String())
}

func TestChosenActorAndList(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-actor", "government of senegal", "-list", "2"}))
	assert.Contains(t, out.String(), "What law and norms apply to Government of Senegal (state armed forces, UCDP actor 73)?")
	assert.Contains(t, out.String(), "  bound by international human rights law, because it is the armed force of a state")
	assert.Contains(t, out.String(), "… and 8 more")
	exampletest.NoWireWords(t, out.String())
}

// -json writes the same run for software, in the wire words, with -list
// bounding the listed actors as it bounds the text.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json", "-list", "3"}))
	var got struct {
		Actors int `json:"actors"`
		ByKind []struct {
			Kind   string `json:"kind"`
			Actors int    `json:"actors"`
		} `json:"by_kind"`
		OneSided int `json:"non_state_one_sided"`
		Listed   []struct {
			Name string `json:"name"`
		} `json:"non_state_one_sided_listed"`
		Chosen struct {
			ID   int    `json:"ucdp_id"`
			Kind string `json:"kind"`
		} `json:"chosen"`
		Obligations []struct {
			Body string `json:"body"`
		} `json:"obligations"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got), "%s", out.String())
	assert.Equal(t, 31, got.Actors)
	require.Len(t, got.ByKind, 4)
	assert.Equal(t, "state_forces", got.ByKind[0].Kind)
	assert.Equal(t, 11, got.ByKind[0].Actors)
	assert.Equal(t, 10, got.OneSided)
	require.Len(t, got.Listed, 3)
	assert.Equal(t, "FARC", got.Listed[0].Name)
	assert.Equal(t, 276, got.Chosen.ID)
	assert.Equal(t, "armed_opposition", got.Chosen.Kind)
	require.Len(t, got.Obligations, 2)
	assert.Equal(t, "ihl", got.Obligations[0].Body)
	assert.Equal(t, "child_rights", got.Obligations[1].Body)
}

func TestFullFile(t *testing.T) {
	path := "../../../shared/data/ucdp/ucdp-actor-221.csv"
	if _, err := os.Stat(path); err != nil {
		t.Skip("the full UCDP file is not beside the project")
	}
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{path}))
	assert.Contains(t, out.String(), "1725 actors read from "+path+", every one classified.")
	assert.Contains(t, out.String(), "  identity militia                   466\n")
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("ActorId,NameData\n1,x\n"), 0o600))
	for _, args := range [][]string{
		{filepath.Join(dir, "missing.csv")},
		{bad},
		{"-actor", "nobody"},
		{"a.csv", "b.csv"},
		{"-nope"},
	} {
		var out, errb bytes.Buffer
		assert.Error(t, run(&out, &errb, args), "%v", args)
	}
	var out, errb bytes.Buffer
	err := run(&out, &errb, []string{"-h"})
	assert.Error(t, err)
	assert.Contains(t, errb.String(), "usage: ucdp-actors")
	assert.Contains(t, errb.String(), "-actor")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, exit(&errb, nil))
	assert.Equal(t, 0, exit(&errb, flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, exit(&errb, errors.New("no such file")))
	assert.Equal(t, "ucdp-actors: no such file\n", errb.String())
}
