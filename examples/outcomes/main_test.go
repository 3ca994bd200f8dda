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

func TestSynthetic(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	assert.Contains(t, got, "150 cases from cases-synthetic.csv (SYNTHETIC")
	assert.Contains(t, got, "outcomes achieved: ")
	for _, title := range []string{"by kind of armed actor", "by instrument", "policy commitment or concrete action", "by protection risk"} {
		assert.Contains(t, got, title)
	}
	assert.Contains(t, got, "verbal_understanding")
	assert.Contains(t, got, "concrete_action")
	assert.NotContains(t, got, "by year")
}

func TestJSONLinesAndTables(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "cases.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(
		`{"id":"a","year":2010,"actor_kind":"gang","instrument":"verbal_understanding","risk":"torture","outcome":"reduced_violence","result":"achieved"}`+"\n\n"+
			`{"id":"b","year":2011,"actor_kind":"gang","instrument":"verbal_understanding","risk":"torture","outcome":"reduced_violence","result":"not_achieved"}`+"\n"), 0o600))
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-by", "year,outcome", p}))
	got := out.String()
	assert.Contains(t, got, "2 cases from "+p)
	assert.Contains(t, got, "outcomes achieved: 50% of the cases with a known result")
	assert.Contains(t, got, "by year")
	assert.Contains(t, got, "2010")
	assert.Contains(t, got, "reduced_violence")
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("id,year,actor_kind,instrument,risk,outcome,result\nx,2010,warlord,action_plan,torture,evacuation,achieved\n"), 0o600))
	badl := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(badl, []byte("{not json\n"), 0o600))
	for _, args := range [][]string{
		{filepath.Join(dir, "missing.csv")},
		{bad},
		{badl},
		{"-by", "colour"},
		{"a.csv", "b.csv"},
		{"-nope"},
	} {
		var out, errb bytes.Buffer
		assert.Error(t, run(&out, &errb, args), "%v", args)
	}
	var out, errb bytes.Buffer
	err := run(&out, &errb, []string{bad})
	assert.ErrorContains(t, err, "line 2")
	assert.ErrorContains(t, err, "actor_kind")
	assert.Error(t, run(&out, &errb, []string{"-h"}))
	assert.Contains(t, errb.String(), "usage: outcomes")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, exit(&errb, nil))
	assert.Equal(t, 0, exit(&errb, flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, exit(&errb, errors.New("no such file")))
	assert.Equal(t, "outcomes: no such file\n", errb.String())
}
