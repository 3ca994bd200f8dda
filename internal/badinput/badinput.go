// Package badinput runs a package's corpus of malformed inputs against its
// decoder, for the packages' own tests. A corpus is a directory holding the
// inputs and a cases.json listing, for each input, the typed error the
// decoder must give: its reason, the field path it must name, and, for text
// formats, the line.
//
// Inputs too big to keep in the repository (a 10 MB string, nesting a
// thousand deep) are generated from a recipe in cases.json instead of read
// from a file.
package badinput

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// Case is one malformed input and what its decoder must say about it.
type Case struct {
	// File is the input's file name in the corpus directory; Gen, when set
	// instead, is a recipe: "string:N" (a JSON document whose one string is
	// N bytes), "array-depth:N" (N nested arrays), "bytes:N" (N spaces and
	// an object), "elements:N" (a JSON array of N empty objects).
	File string `json:"file,omitempty"`
	Gen  string `json:"gen,omitempty"`
	// Prefix and Suffix wrap a generated input, so that the recipe lands
	// in a chosen field: `{"name":` + string + `}`.
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	// Limits, when set, replace the decoder's default limits.
	Limits *jsonio.Limits `json:"limits,omitempty"`
	// Reason, Path and Line are what the decoder must report: one of the
	// field errors it returns has this reason and path (and line, when not
	// 0). Every error it returns must be a *check.FieldError.
	Reason string `json:"reason"`
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	// About says what is wrong with the input, for a reader.
	About string `json:"about"`
}

// Decoder decodes one input under the given limits (the zero Limits: the
// decoder's defaults) and returns its error.
type Decoder func(input []byte, lim jsonio.Limits) error

// Run loads dir/cases.json and checks every case against decode, each as a
// subtest named after its file or recipe. It fails when the corpus holds
// fewer than min cases.
func Run(t *testing.T, dir string, min int, decode Decoder) {
	t.Helper()
	cases, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < min {
		t.Errorf("%s holds %d malformed inputs, want at least %d", dir, len(cases), min)
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			for _, problem := range Check(dir, c, decode) {
				t.Error(problem)
			}
		})
	}
}

// Name names the case by its file, or its recipe when it has none.
func (c Case) Name() string {
	if c.File != "" {
		return c.File
	}
	return c.Gen
}

// Load reads dir/cases.json.
func Load(dir string) ([]Case, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "cases.json"))
	if err != nil {
		return nil, err
	}
	var cases []Case
	if err := json.Unmarshal(raw, &cases); err != nil {
		return nil, fmt.Errorf("%s/cases.json: %w", dir, err)
	}
	return cases, nil
}

// Check runs one case and returns what is wrong: nothing when the decoder
// gives the expected typed error.
func Check(dir string, c Case, decode Decoder) []string {
	name := c.Name()
	input, err := load(dir, c)
	if err != nil {
		return []string{err.Error()}
	}
	var lim jsonio.Limits
	if c.Limits != nil {
		lim = *c.Limits
	}
	got := decode(input, lim)
	if got == nil {
		return []string{fmt.Sprintf("%s: no error; want %s at %q (%s)", name, c.Reason, c.Path, c.About)}
	}
	var problems, found []string
	ok := false
	for _, e := range unjoin(got) {
		var fe *check.FieldError
		if !errors.As(e, &fe) {
			problems = append(problems, fmt.Sprintf("%s: an untyped error %T: %v", name, e, e))
			continue
		}
		found = append(found, fmt.Sprintf("%s at %q line %d", fe.Reason, fe.Path, fe.Line))
		if fe.Reason.String() == c.Reason && fe.Path == c.Path && (c.Line == 0 || fe.Line == c.Line) {
			ok = true
		}
	}
	if !ok {
		problems = append(problems, fmt.Sprintf("%s (%s): want %s at %q line %d; got %s", name, c.About, c.Reason, c.Path, c.Line, strings.Join(found, "; ")))
	}
	return problems
}

func unjoin(err error) []error {
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range u.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}

func load(dir string, c Case) ([]byte, error) {
	if c.File != "" {
		return os.ReadFile(filepath.Join(dir, c.File))
	}
	kind, n, ok := strings.Cut(c.Gen, ":")
	size, err := strconv.Atoi(n)
	if !ok || err != nil || size < 0 {
		return nil, fmt.Errorf("bad recipe %q", c.Gen)
	}
	var b bytes.Buffer
	b.WriteString(c.Prefix)
	switch kind {
	case "string":
		b.WriteByte('"')
		b.Write(bytes.Repeat([]byte{'x'}, size))
		b.WriteByte('"')
	case "array-depth":
		b.Write(bytes.Repeat([]byte{'['}, size))
		b.Write(bytes.Repeat([]byte{']'}, size))
	case "bytes":
		b.Write(bytes.Repeat([]byte{' '}, size))
		b.WriteString("{}")
	case "elements":
		b.WriteByte('[')
		for i := range size {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("{}")
		}
		b.WriteByte(']')
	default:
		return nil, fmt.Errorf("bad recipe %q", c.Gen)
	}
	b.WriteString(c.Suffix)
	return b.Bytes(), nil
}
