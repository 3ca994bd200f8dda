package cli

import (
	"bytes"
	"errors"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const usage = "usage: prog [-n N] [FILE]"

func flags() *flag.FlagSet {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.Int("n", 1, "how many")
	return fs
}

// Every mistake comes back once, naming the flag or the argument, with the
// usage line; only -h prints, and only the help.
func TestParse(t *testing.T) {
	var errb bytes.Buffer
	require.NoError(t, Parse(flags(), []string{"-n", "3"}, &errb, usage, "About.", 0, ""))
	require.NoError(t, Parse(flags(), []string{"data.csv"}, &errb, usage, "About.", 1, "file"))
	assert.Empty(t, errb.String())

	err := Parse(flags(), []string{"-n", "x"}, &errb, usage, "About.", 0, "")
	assert.ErrorContains(t, err, `invalid value "x" for flag -n`)
	assert.ErrorContains(t, err, usage)
	assert.EqualError(t, Parse(flags(), []string{"extra"}, &errb, usage, "About.", 0, ""), "unexpected argument \"extra\"\n"+usage)
	assert.EqualError(t, Parse(flags(), []string{"a", "b"}, &errb, usage, "About.", 1, "dataset"), "at most one dataset, got 2: [\"a\" \"b\"]\n"+usage)
	assert.EqualError(t, Parse(flags(), []string{"a", "b", "c"}, &errb, usage, "About.", 2, "files"), "at most 2 files, got 3: [\"a\" \"b\" \"c\"]\n"+usage)
	assert.Empty(t, errb.String(), "a mistake prints nothing: Exit prints it once")

	err = Parse(flags(), []string{"-h"}, &errb, usage, "About.", 0, "")
	assert.ErrorIs(t, err, flag.ErrHelp)
	assert.Contains(t, errb.String(), usage+"\n\nAbout.\n\nFlags:\n")
	assert.Contains(t, errb.String(), "how many")
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, Exit(&errb, "prog", nil))
	assert.Equal(t, 0, Exit(&errb, "prog", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, Exit(&errb, "prog", errors.New("no such file")))
	assert.Equal(t, "prog: no such file\n", errb.String())
}

func TestWritable(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, Writable(dir+"/out.svg"))
	assert.EqualError(t, Writable(dir), dir+" is a directory")
	assert.EqualError(t, Writable(dir+"/missing/out.svg"), "no directory "+dir+"/missing to write out.svg in")
}
