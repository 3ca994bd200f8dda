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

	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/internal/exampletest"
)

func TestDefaultSubset(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	exampletest.Golden(t, "output.txt", got)
	exampletest.Readable(t, got)
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
	exampletest.Readable(t, out.String())
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

// Each mistake on the command line is refused before anything is printed,
// with one message that names the flag or the file.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.csv")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{missing}, "open " + missing + ": no such file or directory"},
		{[]string{"-actor", "nobody"}, `-actor: no actor named "nobody" in the shipped subset`},
		{[]string{"-list", "-3"}, "-list: -3 is not a number of actors (0 lists them all)"},
		{[]string{"-list", "three"}, `invalid value "three" for flag -list: parse error` + "\n" + usage},
		{[]string{"a.csv", "b.csv"}, `at most one file, got 2: ["a.csv" "b.csv"]` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("ActorId,NameData\n1,x\n"), 0o600))
	var out, errb bytes.Buffer
	assert.Error(t, run(&out, &errb, []string{bad}))
	assert.Empty(t, out.String())
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-actor string\n")
}

// No name overruns its column: the column is as wide as the longest name
// listed, with two spaces before the places.
func TestColumns(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-list", "0"}))
	got := out.String()
	assert.Contains(t, got, "  Jama'atu Ahlis Sunna Lidda'awati wal-Jihad  Nigeria, Cameroon, Chad, Niger, and 1 more\n")
	assert.Contains(t, got, "  MILF                                        Philippines\n")
	out.Reset()
	require.NoError(t, run(&out, &errb, []string{"-list", "2"}))
	assert.Contains(t, out.String(), "  FARC   Colombia, Venezuela, Ecuador\n  Hamas  Israel\n  … and 8 more (-list 0 shows all)\n")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "ucdp-actors", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "ucdp-actors", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "ucdp-actors", errors.New("no such file")))
	assert.Equal(t, "ucdp-actors: no such file\n", errb.String())
}
