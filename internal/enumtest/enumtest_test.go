package enumtest_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

// colour is an enumeration built as the library builds its own.
type colour uint8

var colours = enum.New[colour]("paint", "colour", "red", "dark_blue").WithLabels("Red", "dark blue")

func (c colour) IsValid() bool                 { return colours.Valid(c) }
func (c colour) String() string                { return colours.String(c) }
func (c colour) Label() string                 { return colours.Label(c) }
func (c colour) MarshalText() ([]byte, error)  { return colours.Marshal(c) }
func (c *colour) UnmarshalText(b []byte) error { v, err := colours.Unmarshal(b); *c = v; return err }
func parseColour(s string) (colour, error)     { return colours.Parse(s) }
func allColours() []colour                     { return colours.Values() }

func spec() enumtest.Spec[colour] {
	return enumtest.Spec[colour]{
		Type:   "colour",
		Pkg:    "paint",
		Parse:  parseColour,
		Values: allColours,
		Words:  map[colour]string{1: "red", 2: "dark_blue"},
		Labels: map[colour]string{1: "Red", 2: "dark blue"},
		Label:  colour.Label,
	}
}

func TestCheckPassesASoundEnumeration(t *testing.T) {
	enumtest.Check(t, spec())
	enumtest.Check(t, enumtest.Spec[colour]{Type: "colour", Pkg: "paint", Words: enumtest.Words[colour]("red", "dark_blue")})
	// Labels that parse, on a type without a Label method.
	enumtest.Check(t, enumtest.Spec[colour]{Type: "colour", Pkg: "paint", Words: spec().Words, Labels: map[colour]string{2: "dark blue"}})
}

func TestWords(t *testing.T) {
	assert.Equal(t, map[colour]string{1: "red", 2: "dark_blue"}, enumtest.Words[colour]("red", "dark_blue"))
	assert.Empty(t, enumtest.Words[colour]())
}

// broken are specs that misdescribe colour; Check must fail on each.
var broken = map[string]func(*enumtest.Spec[colour]){
	"wrong word":       func(s *enumtest.Spec[colour]) { s.Words[2] = "blue" },
	"missing value":    func(s *enumtest.Spec[colour]) { delete(s.Words, 2) },
	"gap":              func(s *enumtest.Spec[colour]) { delete(s.Words, 1) },
	"wrong type name":  func(s *enumtest.Spec[colour]) { s.Type = "color" },
	"wrong package":    func(s *enumtest.Spec[colour]) { s.Pkg = "actor" },
	"wrong label":      func(s *enumtest.Spec[colour]) { s.Labels[1] = "scarlet" },
	"unlabelled value": func(s *enumtest.Spec[colour]) { delete(s.Labels, 2) },
	"Label method disagrees": func(s *enumtest.Spec[colour]) {
		s.Label = func(c colour) string { return strings.ToUpper(c.Label()) } // parses the same, reads differently
	},
	"wrong values": func(s *enumtest.Spec[colour]) { s.Values = func() []colour { return []colour{2, 1} } },
	"lax parse": func(s *enumtest.Spec[colour]) {
		s.Parse = func(in string) (colour, error) {
			if in == "" {
				return 1, nil // a silent default
			}
			return parseColour(in)
		}
	},
}

// TestCheckFailsABrokenSpec runs this test binary once per broken spec and
// requires it to fail: a check that cannot fail proves nothing.
func TestCheckFailsABrokenSpec(t *testing.T) {
	if name := os.Getenv("ENUMTEST_BROKEN"); name != "" {
		s := spec()
		broken[name](&s)
		enumtest.Check(t, s)
		return
	}
	if testing.Short() {
		t.Skip("runs the test binary once per case")
	}
	for name := range broken {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestCheckFailsABrokenSpec$")
			cmd.Env = append(os.Environ(), "ENUMTEST_BROKEN="+name)
			out, err := cmd.CombinedOutput()
			require.Error(t, err, "Check passed a broken spec:\n%s", out)
			assert.True(t, strings.Contains(string(out), "--- FAIL"), "%s", out)
		})
	}
}
