// Package exampletest holds what the tests of the programs in examples/
// share: golden files of their output, rewritten with -update so that a
// change to wording is a reviewed diff; the check that text meant for
// people shows no wire word; and the checks that every program treats its
// command line alike — a mistake refused before anything is printed, with
// one message naming the flag, and a usage line listing every flag.
package exampletest

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Golden compares got with testdata/name, or writes it there with -update.
func Golden(t *testing.T, name string, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), got, "the output differs from %s; if the change is meant, run go test -update and review the diff", path)
}

// snake is a wire word: lower-case words joined by underscores.
var snake = regexp.MustCompile(`[a-z]+_[a-z_]+`)

// NoWireWords fails t for every line of out that shows a snake_case wire
// word. Lines listed in allowed (exact) are left alone: a file name, a
// flag's own name that the reader types.
func NoWireWords(t *testing.T, out string, allowed ...string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if w := snake.FindString(line); w != "" && !contains(allowed, line) {
			t.Errorf("line %d shows the wire word %q: %s", i+1, w, line)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// Program is the run function of a program in examples/: it writes to
// stdout and stderr and returns its error for main to print once.
type Program func(stdout, stderr io.Writer, args []string) error

// Refuses runs p with args and checks that it fails with exactly the
// message want, having printed nothing at all: no output before it found
// the mistake, and not the error either, which the program's exit prints
// once.
func Refuses(t *testing.T, p Program, args []string, want string) {
	t.Helper()
	var out, errb bytes.Buffer
	err := p(&out, &errb, args)
	if !assert.Error(t, err, "%q is accepted", args) {
		return
	}
	assert.Equal(t, want, err.Error(), "%q", args)
	assert.Empty(t, out.String(), "%q prints before it is refused", args)
	assert.Empty(t, errb.String(), "%q prints its error itself; exit prints it once", args)
}

// flagName is a flag as a usage line or the flag package's help names it.
var flagName = regexp.MustCompile(`(?:^|[\[ ])-([a-z][a-z0-9-]*)`)

// Help runs p with -h and checks that it prints the help to stderr, nothing
// to stdout, and that the usage line — the help's first line — names every
// flag the help then describes, and no other. It returns the help.
func Help(t *testing.T, p Program) string {
	t.Helper()
	var out, errb bytes.Buffer
	err := p(&out, &errb, []string{"-h"})
	assert.True(t, errors.Is(err, flag.ErrHelp), "-h returns flag.ErrHelp, which exit treats as success: %v", err)
	assert.Empty(t, out.String())
	help := errb.String()
	usage, rest, _ := strings.Cut(help, "\n")
	require.True(t, strings.HasPrefix(usage, "usage: "), "the help starts with the usage line: %q", usage)
	var inUsage, described []string
	for _, m := range flagName.FindAllStringSubmatch(usage, -1) {
		inUsage = append(inUsage, m[1])
	}
	for _, line := range strings.Split(rest, "\n") {
		if strings.HasPrefix(line, "  -") {
			name, _, _ := strings.Cut(strings.TrimPrefix(line, "  -"), " ")
			described = append(described, name)
		}
	}
	require.NotEmpty(t, described, "the help describes the flags:\n%s", help)
	slices.Sort(inUsage)
	slices.Sort(described)
	assert.Equal(t, described, inUsage, "the usage line lists every flag, and only those: %s", usage)
	return help
}

// What a text for people must not show.
var (
	// A hex UUID, or the eight-character fragment of one that texts used to
	// name things by: a fragment holds a letter a–f or starts with 0, so
	// that an eight-digit count is no ID.
	hexUUID     = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)
	hexFragment = regexp.MustCompile(`\b[0-9a-f]{8}\b`)
	// One, followed by a plural: "1 breaches", "1 cases", "1 of 1 terms".
	oneThen = regexp.MustCompile(`(?:^|[^0-9.,])1 ([a-z]+)\b`)
)

// irregular are plurals that do not end in s.
var irregular = map[string]bool{"children": true, "people": true, "men": true, "women": true, "criteria": true, "data": true}

// Problems lists what makes s read badly to a person: a snake_case wire
// word, a fmt verb gone wrong (%!), one followed by a plural ("1
// breaches"), a bare ID (a hex UUID or an eight-character fragment of
// one). It returns nil for a text that reads well.
func Problems(s string) []string {
	var out []string
	if w := snake.FindString(s); w != "" {
		out = append(out, "the wire word "+strconv.Quote(w))
	}
	if i := strings.Index(s, "%!"); i >= 0 {
		out = append(out, "a broken fmt verb: "+strconv.Quote(s[i:min(len(s), i+24)]))
	}
	for _, m := range oneThen.FindAllStringSubmatch(s, -1) {
		if plural(m[1]) {
			out = append(out, "one and a plural: "+strconv.Quote(strings.TrimLeft(m[0], " ([")))
		}
	}
	if id := hexUUID.FindString(s); id != "" {
		out = append(out, "the ID "+id)
	}
	for _, f := range hexFragment.FindAllString(s, -1) {
		if strings.ContainsAny(f, "abcdef") || f[0] == '0' {
			out = append(out, "the ID fragment "+f)
			break
		}
	}
	return out
}

// plural reports whether w reads as a plural noun: irregular ones, and
// words in s that are not singular in s ("class", "status", "analysis",
// "this", "its", "was", "has").
func plural(w string) bool {
	if irregular[w] {
		return true
	}
	switch {
	case !strings.HasSuffix(w, "s"), strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return false
	}
	switch w {
	case "its", "was", "has", "as", "yes", "means", "series", "news", "s",
		"sanctions", "headquarters": // "1 sanctions listing", "1 headquarters" are singular
		return false
	}
	return true
}

// Readable fails t for every problem of Problems in out, line by line.
// Lines listed in allowed (exact) are left alone: a file name, a flag's own
// name that the reader types.
func Readable(t *testing.T, out string, allowed ...string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if contains(allowed, line) {
			continue
		}
		for _, p := range Problems(line) {
			t.Errorf("line %d shows %s: %s", i+1, p, line)
		}
	}
}
