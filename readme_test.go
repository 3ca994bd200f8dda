package protection_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// section returns the text of the README's section headed heading (a "## "
// line), up to the next such heading.
func section(t *testing.T, readme, heading string) string {
	t.Helper()
	_, s, ok := strings.Cut(readme, "\n## "+heading+"\n")
	require.True(t, ok, "README.md has no section %q", heading)
	s, _, _ = strings.Cut(s, "\n## ")
	return s
}

// TestREADMEAgencyTest holds issue 27, item 2: the agency's test the README
// shows is, word for word, the test of examples/policy-test/agency, a module
// of its own that .ci/run tests — so the snippet, copied into a new module
// with a rule and its cases, passes as written.
func TestREADMEAgencyTest(t *testing.T) {
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	s := section(t, string(b), "For agencies testing their own red lines")
	_, code, ok := strings.Cut(s, "```go\n")
	require.True(t, ok, "the section has a Go block")
	code, _, ok = strings.Cut(code, "```\n")
	require.True(t, ok)

	want, err := os.ReadFile("examples/policy-test/agency/redlines_test.go")
	require.NoError(t, err)
	assert.Equal(t, string(want), code, "the README's snippet and examples/policy-test/agency/redlines_test.go differ")

	ci, err := os.ReadFile(".ci/run")
	require.NoError(t, err)
	assert.Contains(t, string(ci), "cd examples/policy-test/agency && go vet ./... && go test ./...", ".ci/run tests the agency's module")
	mod, err := os.ReadFile("examples/policy-test/agency/go.mod")
	require.NoError(t, err)
	assert.Contains(t, string(mod), "replace github.com/humanitarian-negotiation/protection => ../../..")
}
