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
	assert.Contains(t, got, "baseline@2026.2 + acme-somalia@2026.3: 30 rules (4 absolute, 16 institutional, 1 bottom line, 9 trade-offs)"+
		"; exception: layer acme-somalia weakened institutional red line rule tax-to-party, needs approval at headquarters\n")
	assert.Contains(t, got, "proven: 69 cases pass; conformance, per-rule coverage and coverage of kinds complete for all 30 rules")
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
	exampletest.Readable(t, out.String())

	out.Reset()
	err = run(&out, &errb, []string{"-json", "-cases", cases})
	require.Error(t, err)
	var res result
	require.NoError(t, json.Unmarshal(out.Bytes(), &res), "%s", out.String())
	assert.False(t, res.Proven)
	assert.Equal(t, 1, res.Cases)
	assert.Contains(t, res.Failures, "redlinetest: rule ransom: no case crosses it")
}

// -json writes the same result for software.
func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json"}))
	var res struct {
		Policy string `json:"policy"`
		Layers []struct {
			Name, Version string
		} `json:"layers"`
		Rules    int      `json:"rules"`
		Cases    int      `json:"cases"`
		Proven   bool     `json:"proven"`
		Failures []string `json:"failures"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &res), "%s", out.String())
	assert.Equal(t, "baseline@2026.2 + acme-somalia@2026.3", res.Policy)
	require.Len(t, res.Layers, 2)
	assert.Equal(t, "acme-somalia", res.Layers[1].Name)
	assert.Equal(t, 30, res.Rules)
	assert.Equal(t, 69, res.Cases)
	assert.True(t, res.Proven)
	assert.Empty(t, res.Failures)
}

// Each mistake on the command line is refused before anything is printed,
// with one message that names the flag. The decoders' own messages, which
// say where in the file, follow the flag's name.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"name":"x","version":"1","rules":[{"id":"a","severity":"sever"}]}`), 0o600))
	weak := filepath.Join(dir, "weak.json")
	require.NoError(t, os.WriteFile(weak, []byte(`{"name":"weak","version":"1","drop":["child-recruitment-under-15"]}`), 0o600))
	missing := filepath.Join(dir, "missing.json")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-policy", missing}, "-policy: open " + missing + ": no such file or directory"},
		{[]string{"-cases", missing}, "-cases: open " + missing + ": no such file or directory"},
		{[]string{"-policy"}, "flag needs an argument: -policy\n" + usage},
		{[]string{"extra"}, `unexpected argument "extra"` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
	for _, tt := range []struct {
		args   []string
		prefix string
	}{
		{[]string{"-policy", bad}, "-policy: redline: "},
		{[]string{"-policy", weak}, "-policy: redline: "},
		{[]string{"-cases", bad}, "-cases: redlinetest: "},
	} {
		var out, errb bytes.Buffer
		err := run(&out, &errb, tt.args)
		require.Error(t, err, "%v", tt.args)
		assert.True(t, strings.HasPrefix(err.Error(), tt.prefix), "%v: %v", tt.args, err)
		assert.Empty(t, out.String(), "%v", tt.args)
		assert.Empty(t, errb.String(), "%v", tt.args)
	}
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-cases string\n")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "policy-test", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "policy-test", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "policy-test", errors.New("no such file")))
	assert.Equal(t, "policy-test: no such file\n", errb.String())
}
