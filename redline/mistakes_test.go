package redline_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
)

// TestDecodePolicyReportsEveryMistake holds issue 27's "errors that help":
// a policy file with three mistakes — a misspelt severity, a misspelt key
// and a word where a list belongs — gets all three at once, each with its
// line and column, the misspellings with the word meant. Nothing is
// corrected: the policy is refused.
func TestDecodePolicyReportsEveryMistake(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "three-mistakes.json"))
	require.NoError(t, err)
	defer f.Close()
	p, err := redline.DecodePolicy(f, redline.Limits{})
	assert.Empty(t, p.Rules, "a refused policy is the zero Policy")
	want := []redline.FieldError{
		{Pkg: "redline", Line: 10, Column: 19, Path: "rules[0].severity", Reason: redline.ReasonUnknown,
			Detail: `unknown severity "institutonal": did you mean "institutional"? one of trade_off, bottom_line, institutional, absolute`},
		{Pkg: "redline", Line: 19, Column: 7, Path: "rules[1].sevrity", Reason: redline.ReasonUnknown,
			Detail: `unknown field "sevrity": did you mean "severity"?`},
		{Pkg: "redline", Line: 20, Column: 20, Path: "rules[1].citations", Reason: redline.ReasonType,
			Detail: "expected an array, got a string"},
	}
	var got []redline.FieldError
	for _, fe := range fieldErrors(t, err) {
		got = append(got, *fe)
	}
	assert.Equal(t, want, got)
	assert.EqualError(t, err, `redline: line 10, column 19: rules[0].severity: unknown severity "institutonal": did you mean "institutional"? one of trade_off, bottom_line, institutional, absolute
redline: line 19, column 7: rules[1].sevrity: unknown field "sevrity": did you mean "severity"?
redline: line 20, column 20: rules[1].citations: expected an array, got a string`)
}

// TestPathsAreTheSameFromEveryEntryPoint: the same mistake in a layer has
// the same Path whether DecodePolicy, Validate, EncodePolicy or Compile
// finds it — alone or above the baseline, where Input names the layer.
func TestPathsAreTheSameFromEveryEntryPoint(t *testing.T) {
	const file = `{"name": "ctx", "version": "1", "rules": [
  {"id": "escort", "kind": "armed_escort", "severity": "trade_off",
   "when": [{"attr": "provider", "op": "lt", "value": "armed_actor"}],
   "citations": ["HP"], "rationale": "r"}]}`
	const path = "rules[0].when[0].op"
	_, err := redline.DecodePolicy(strings.NewReader(file), redline.Limits{})
	decoded := fieldErrors(t, err)
	require.Len(t, decoded, 1)
	assert.Equal(t, path, decoded[0].Path)
	assert.Equal(t, 3, decoded[0].Line, "the decoder adds where in the file")
	assert.Equal(t, 40, decoded[0].Column, "the column of the value")

	p := policyOf(tradeOffRule("escort", redline.KindArmedEscort, cond("provider", redline.OpLt, redline.TextValue("armed_actor"))))
	entries := map[string]error{"Validate": p.Validate(), "EncodePolicy": redline.EncodePolicy(io.Discard, p)}
	_, entries["Compile alone"] = redline.Compile(p)
	for name, err := range entries {
		fes := fieldErrors(t, err)
		require.Len(t, fes, 1, name)
		assert.Equal(t, redline.FieldError{Pkg: "redline", Path: path, Reason: decoded[0].Reason, Detail: decoded[0].Detail}, *fes[0], name)
	}

	_, err = redline.Compile(redline.Baseline(), p)
	fes := fieldErrors(t, err)
	require.Len(t, fes, 1)
	assert.Equal(t, redline.FieldError{Pkg: "redline", Input: "layers[1]", Path: path, Reason: decoded[0].Reason, Detail: decoded[0].Detail}, *fes[0])
	assert.Equal(t, "redline: layers[1]: rules[0].when[0].op: "+decoded[0].Detail, err.Error())
	assert.ErrorIs(t, err, &redline.FieldError{Reason: decoded[0].Reason, Input: "layers[1]", Path: path})
	assert.ErrorIs(t, err, &redline.FieldError{Reason: decoded[0].Reason, Path: "layers[1]." + path}, "the input and path joined match too")
}

// TestCompileSuggests pins the errors of Compile and Validate about a word
// or a name they do not know: the nearest known one when one is near, and
// otherwise what there is.
func TestCompileSuggests(t *testing.T) {
	escort := func(when ...redline.Condition) redline.Rule {
		return tradeOffRule("escort", redline.KindArmedEscort, when...)
	}
	withDecl := policyOf(tradeOffRule("cfw", "cash_for_work", cond("daily_rate", redline.OpGt, redline.NumberValue(12))))
	withDecl.Kinds = cashForWork()
	tests := []struct {
		name   string
		layers []redline.Policy
		want   string
	}{
		{"a kind near the library's", []redline.Policy{policyOf(tradeOffRule("r", "armed_escrot"))},
			`redline: rules[0].kind: unknown kind "armed_escrot": did you mean "armed_escort"? If not, declare it in the policy's kinds`},
		{"a kind near a declared one", []redline.Policy{withDecl, policyOf(tradeOffRule("r", "cash_for_wrk"))},
			`redline: layers[1]: rules[0].kind: unknown kind "cash_for_wrk": did you mean "cash_for_work"? If not, declare it in the policy's kinds`},
		{"a far kind", []redline.Policy{policyOf(tradeOffRule("r", "curfew"))},
			`redline: rules[0].kind: unknown kind "curfew": declare it in the policy's kinds`},
		{"an attribute near one of the kind", []redline.Policy{policyOf(escort(cond("provder", redline.OpEq, redline.TextValue("armed_actor"))))},
			`redline: rules[0].when[0].attr: an armed_escort term has no attribute "provder": did you mean "provider"?`},
		{"a far attribute: the kind's are listed", []redline.Policy{policyOf(escort(cond("colour", redline.OpEq, redline.TextValue("red"))))},
			`redline: rules[0].when[0].attr: an armed_escort term has no attribute "colour"; it has by, provider`},
		{"an operator out of range", []redline.Policy{policyOf(escort(cond("provider", redline.Op(42), redline.TextValue("armed_actor"))))},
			`redline: rules[0].when[0].op: unknown operator operator(42): one of eq, ne, lt, le, gt, ge, in, not_in`},
		{"a severity out of range", []redline.Policy{policyOf(redline.Rule{ID: "r", Kind: redline.KindArmedEscort, Severity: 9, Citations: []string{"HP"}, Rationale: "r"})},
			`redline: rules[0].severity: unknown severity severity(9): one of trade_off, bottom_line, institutional, absolute`},
		{"an approval out of range", []redline.Policy{policyOf(redline.Rule{ID: "r", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: 7, Citations: []string{"institutional"}, Rationale: "r"})},
			`redline: rules[0].approval: unknown approval level authority(7): one of country_office, regional_office, headquarters, governing_board`},
		{"a drop near a rule below", []redline.Policy{redline.Baseline(), {Name: "ctx", Version: "1", Drop: []string{"ransome"}}},
			`redline: layers[1]: drop[0]: no lower layer has rule "ransome": did you mean "ransom"?`},
		{"a far drop", []redline.Policy{redline.Baseline(), {Name: "ctx", Version: "1", Drop: []string{"curfews"}}},
			`redline: layers[1]: drop[0]: no lower layer has rule "curfews"`},
		{"an uncovered kind near one", []redline.Policy{{Name: "ctx", Version: "1", Uncovered: []redline.Uncovered{{Kind: "evacuaton", Reason: "r"}}}},
			`redline: uncovered[0].kind: kind evacuaton is not a kind of the policy: neither the library's nor declared: did you mean "evacuation"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := redline.Compile(tt.layers...)
			assert.EqualError(t, err, tt.want)
			assert.Len(t, fieldErrors(t, err), 1)
		})
	}
}
