package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultSubset(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	for _, want := range []string{
		"31 actors read from the shipped subset, every one classified.",
		"  state_forces          11",
		"  armed_opposition      16",
		"  political_militia      2",
		"  identity_militia       2",
		"What binds MILF (armed_opposition, UCDP actor 276)?",
		"  ihl          because it is a non-state party",
		"  child_rights because it is an armed group distinct from a state's forces",
	} {
		assert.Contains(t, got, want)
	}
	assert.Empty(t, errb.String())
}

func TestChosenActorAndList(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-actor", "government of senegal", "-list", "2"}))
	assert.Contains(t, out.String(), "What binds Government of Senegal (state_forces, UCDP actor 73)?")
	assert.Contains(t, out.String(), "  human_rights because it is the armed force of a state")
	assert.Contains(t, out.String(), "… and ")
}

func TestFullFile(t *testing.T) {
	path := "../../../shared/data/ucdp/ucdp-actor-221.csv"
	if _, err := os.Stat(path); err != nil {
		t.Skip("the full UCDP file is not beside the project")
	}
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{path}))
	assert.Contains(t, out.String(), "1725 actors read from "+path+", every one classified.")
	assert.Contains(t, out.String(), "  identity_militia     466")
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
