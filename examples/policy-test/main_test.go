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

func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	assert.Contains(t, got, "baseline@2025.1 + acme-somalia@2026.3: 14 rules (4 absolute, 7 institutional, 1 bottom line, 2 trade-offs)")
	assert.Contains(t, got, "proven: 29 cases pass; conformance and per-rule coverage complete for all 14 rules")
	assert.NotContains(t, got, "FAIL")
}

func TestRunFailsOnAGap(t *testing.T) {
	dir := t.TempDir()
	cases := filepath.Join(dir, "cases.json")
	require.NoError(t, os.WriteFile(cases, []byte(`[{"name":"only one","terms":[{"kind":"hostage_taking"}],"want":["hostage-taking"]}]`), 0o600))
	var out, errb bytes.Buffer
	err := run(&out, &errb, []string{"-cases", cases})
	require.Error(t, err)
	assert.Contains(t, out.String(), "FAIL redlinetest: rule ransom: no case crosses it")
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"name":"x","version":"1","rules":[{"id":"a","severity":"sever"}]}`), 0o600))
	weak := filepath.Join(dir, "weak.json")
	require.NoError(t, os.WriteFile(weak, []byte(`{"name":"weak","version":"1","drop":["child-recruitment-under-15"]}`), 0o600))
	for _, args := range [][]string{
		{"-policy", filepath.Join(dir, "missing.json")},
		{"-policy", bad},
		{"-policy", weak},
		{"-cases", bad},
		{"extra"},
		{"-nope"},
	} {
		var out, errb bytes.Buffer
		assert.Error(t, run(&out, &errb, args), "%v", args)
	}
	var out, errb bytes.Buffer
	assert.Error(t, run(&out, &errb, []string{"-h"}))
	assert.Contains(t, errb.String(), "usage: policy-test")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, exit(&errb, nil))
	assert.Equal(t, 0, exit(&errb, flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, exit(&errb, errors.New("no such file")))
	assert.Equal(t, "policy-test: no such file\n", errb.String())
}
