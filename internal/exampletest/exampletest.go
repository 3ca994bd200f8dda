// Package exampletest holds what the tests of the programs in examples/
// share: golden files of their output, rewritten with -update so that a
// change to wording is a reviewed diff, and the check that text meant for
// people shows no wire word.
package exampletest

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
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
