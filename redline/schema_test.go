package redline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

// The JSON Schemas of red-line policies and of their test cases, in
// schema/, are generated from the decoders' own plans (jsonio's
// Codec.Schema): the keys, JSON types and enumeration words the decoders
// read. go test ./redline -run Schema -update rewrites them; the test fails
// when they differ from what the plans give. A standard validator —
// santhosh-tekuri/jsonschema, for the tests only — then proves that the
// schemas mean what the decoders mean.

const schemaBase = "https://raw.githubusercontent.com/humanitarian-negotiation/protection/main/redline/schema/"

// schemaTypes are the schemas of the types that decode themselves from JSON
// — each as its UnmarshalJSON reads it, which TestSchemaTypesAgreeWithDecoders
// holds — and of a kind, which is any snake_case word (Term.Validate).
var schemaTypes = map[reflect.Type]string{
	reflect.TypeFor[redline.Number](): `{"type": "number"}`,
	reflect.TypeFor[redline.Flag]():   `{"type": "boolean"}`,
	reflect.TypeFor[redline.Value]():  `{"type": ["number", "string", "boolean", "array"], "items": {"type": "string"}}`,
	reflect.TypeFor[redline.Kind]():   `{"type": "string", "pattern": "^[a-z][a-z0-9_]*$", "maxLength": ` + strconv.Itoa(redline.MaxWordLen) + `}`,
}

// schemaDescriptions are what an editor shows of each type.
var schemaDescriptions = map[reflect.Type]string{
	reflect.TypeFor[redline.Policy]():         "A named, versioned set of red-line rules: an organisation's institutional policy, or a context layer on it.",
	reflect.TypeFor[redline.KindDecl]():       "A kind of term the agency declares, with its own attributes.",
	reflect.TypeFor[redline.AttrDecl]():       "An attribute of the agency's own: a snake_case name and a type.",
	reflect.TypeFor[redline.Rule]():           "One red line, trade-off or bottom line: the terms of one kind whose attributes meet every condition.",
	reflect.TypeFor[redline.Condition]():      "A comparison of one attribute of a term with a value.",
	reflect.TypeFor[redline.Uncovered]():      "A kind of term the policy leaves unexamined on purpose, and why.",
	reflect.TypeFor[redline.Term]():           "One term of a proposed agreement.",
	reflect.TypeFor[redline.Kind]():           "A kind of term: one of the library's, or one a policy declares; a snake_case word.",
	reflect.TypeFor[redline.Value]():          "A number, a word, true or false, or a list of words (for in and not_in).",
	reflect.TypeFor[redline.Number]():         "A number; leave it out when the term does not say.",
	reflect.TypeFor[redline.Flag]():           "Yes or no; leave it out when the term does not say.",
	reflect.TypeFor[redline.Severity]():       "How grave crossing the rule is.",
	reflect.TypeFor[redline.Op]():             "The comparison.",
	reflect.TypeFor[redline.Authority]():      "The level of the organisation that may approve.",
	reflect.TypeFor[redline.OnUnexamined]():   "What a term no rule examines does to the verdict.",
	reflect.TypeFor[redline.AttrType]():       "The type of an agency's attribute.",
	reflect.TypeFor[redline.Entity]():         "Who: a party, the organisation, a third party, or no one.",
	reflect.TypeFor[redline.Purpose]():        "What a payment is for.",
	reflect.TypeFor[redline.Information]():    "What information shared with a party is about.",
	reflect.TypeFor[redline.SharingPurpose](): "What information is shared for.",
	reflect.TypeFor[redline.Undertaking]():    "What the organisation undertakes about its public statements.",
	reflect.TypeFor[redline.Weapon]():         "A weapon.",
	reflect.TypeFor[redline.Measure]():        "What a weapon restriction does.",
	reflect.TypeFor[redline.Verdict]():        "The overall answer of a check.",
	reflect.TypeFor[redlinetest.Case]():       "One test case: a proposal, the rules it must cross, and why.",
}

var (
	casesCodec = jsonio.NewCodec[[]redlinetest.Case]("redlinetest")

	// The schemas' files, and how each is generated and decoded.
	schemas = []struct {
		file   string
		gen    func() ([]byte, error)
		plan   func([]byte) error // the decoder's plan alone
		decode func([]byte) error // the decoder, with the validation it runs
	}{
		{"policy.schema.json",
			func() ([]byte, error) {
				return redline.PolicyCodec.Schema(jsonio.SchemaOptions{ID: schemaBase + "policy.schema.json",
					Title:       "Red-line policy",
					Description: "A red-line policy of the protection library, as redline.DecodePolicy reads it. Generated from the decoder; see the README's JSON conventions.",
					Types:       schemaTypes, Descriptions: schemaDescriptions})
			},
			func(b []byte) error {
				var p redline.Policy
				return redline.PolicyCodec.Unmarshal(b, &p, redline.Limits{})
			},
			func(b []byte) error { _, err := redline.DecodePolicy(bytes.NewReader(b), redline.Limits{}); return err },
		},
		{"cases.schema.json",
			func() ([]byte, error) {
				return casesCodec.Schema(jsonio.SchemaOptions{ID: schemaBase + "cases.schema.json",
					Title:       "Red-line test cases",
					Description: "The test cases that prove a red-line policy, as redlinetest.DecodeCases reads them. Generated from the decoder; see the README's JSON conventions.",
					Types:       schemaTypes, Descriptions: schemaDescriptions})
			},
			func(b []byte) error { var c []redlinetest.Case; return casesCodec.Unmarshal(b, &c, redline.Limits{}) },
			func(b []byte) error {
				_, err := redlinetest.DecodeCases(bytes.NewReader(b), redline.Limits{})
				return err
			},
		},
	}
)

// TestSchemaFiles: the shipped schemas are what the decoders' plans give,
// byte for byte; -update rewrites them.
func TestSchemaFiles(t *testing.T) {
	for _, s := range schemas {
		got, err := s.gen()
		require.NoError(t, err, s.file)
		again, err := s.gen()
		require.NoError(t, err)
		require.Equal(t, got, again, "%s: generating twice gives the same bytes", s.file)
		path := filepath.Join("schema", s.file)
		if *updateGolden {
			require.NoError(t, os.WriteFile(path, got, 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "go test ./redline -run Schema -update writes %s", path)
		assert.Equal(t, string(want), string(got), "%s differs from what the decoder's plan gives: go test ./redline -run Schema -update, and review the diff", path)
	}
}

// compileSchema compiles a shipped schema in the standard validator.
func compileSchema(t *testing.T, file string) *jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("schema", file))
	require.NoError(t, err)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource(schemaBase+file, doc))
	sch, err := c.Compile(schemaBase + file)
	require.NoError(t, err, file)
	return sch
}

// validate validates a JSON document against sch: nil, or the error.
func validate(t *testing.T, sch *jsonschema.Schema, b []byte) error {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	return sch.Validate(doc)
}

// The policy and case files of the project, good ones: each passes its
// schema and its decoder.
var (
	policyFiles = []string{
		"testdata/straight18.json",
		"../examples/policy-test/policy.json",
		"../examples/policy-test/agency/testdata/policy.json",
	}
	caseFiles = []string{
		"testdata/baseline_cases.json",
		"../examples/policy-test/cases.json",
		"../examples/policy-test/agency/testdata/cases.json",
	}
)

// goodFiles returns the project's policies — the files, and the baseline
// as EncodePolicy writes it — or its case files.
func goodFiles(t *testing.T, schemaFile string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	files := caseFiles
	if schemaFile == "policy.schema.json" {
		files = policyFiles
		var b bytes.Buffer
		require.NoError(t, redline.EncodePolicy(&b, redline.Baseline()))
		out["redline.Baseline()"] = b.Bytes()
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[f] = b
	}
	return out
}

// TestSchemaAcceptsTheProjectsFiles: every policy and case file the project
// has, and the baseline, passes its schema in a standard validator.
func TestSchemaAcceptsTheProjectsFiles(t *testing.T) {
	for _, s := range schemas {
		sch := compileSchema(t, s.file)
		for name, b := range goodFiles(t, s.file) {
			require.NoError(t, s.decode(b), "%s: the decoder accepts it", name)
			assert.NoError(t, validate(t, sch, b), "%s: the schema accepts it", name)
		}
	}
}

// leaves returns the innermost causes of a validation error.
func leaves(err error) []*jsonschema.ValidationError {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var out []*jsonschema.ValidationError
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			out = append(out, e)
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return out
}

// Issue 27: a policy with three mistakes — an unknown severity word, an
// unknown field and a value of the wrong type — is refused by the schema in
// a standard validator, which names all three, as it is by DecodePolicy.
func TestSchemaRejectsThreeMistakes(t *testing.T) {
	b, err := os.ReadFile("testdata/bad_three_mistakes.json")
	require.NoError(t, err)
	assert.Error(t, redline.PolicyCodec.Unmarshal(b, new(redline.Policy), redline.Limits{}), "the decoder's plan refuses it")
	_, err = redline.DecodePolicy(bytes.NewReader(b), redline.Limits{})
	assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonUnknown, Path: "rules[0].severity"}, "DecodePolicy refuses it: %v", err)

	err = validate(t, compileSchema(t, "policy.schema.json"), b)
	require.Error(t, err)
	var got []string
	for _, e := range leaves(err) {
		at := "/" + strings.Join(e.InstanceLocation, "/")
		switch k := e.ErrorKind.(type) {
		case *kind.Enum:
			got = append(got, at+": enum")
		case *kind.AdditionalProperties:
			got = append(got, at+": unknown "+strings.Join(k.Properties, ", "))
		case *kind.Type:
			got = append(got, at+": type "+k.Got)
		default:
			got = append(got, fmt.Sprintf("%s: %T", at, k))
		}
	}
	slices.Sort(got)
	assert.Equal(t, []string{
		"/rules/0/severity: enum",
		"/rules/1: unknown threshold",
		"/rules/2/when/0/op: type number",
	}, got, "%v", err)
}

// TestSchemaRefusesWhatThePlanRefuses: every malformed policy of
// testdata/bad/policy that the decoder's plan itself refuses — an unknown
// key or word, a value of the wrong JSON type — the schema refuses too,
// and every one the plan reads, short of Validate, the schema reads too,
// but for what it knows is required.
func TestSchemaRefusesWhatThePlanRefuses(t *testing.T) {
	sch := compileSchema(t, "policy.schema.json")
	files, err := filepath.Glob("testdata/bad/policy/*.json")
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		if _, err := jsonschema.UnmarshalJSON(bytes.NewReader(b)); err != nil || !json.Valid(b) || filepath.Base(f) == "cases.json" {
			continue // not JSON: no schema applies
		}
		planErr := redline.PolicyCodec.Unmarshal(b, new(redline.Policy), redline.Limits{})
		var fe *redline.FieldError
		if errors.As(planErr, &fe) && (fe.Reason == redline.ReasonUnknown || fe.Reason == redline.ReasonType) {
			assert.Error(t, validate(t, sch, b), "%s: the plan refuses it (%v); so must the schema", f, planErr)
			n++
		}
	}
	assert.GreaterOrEqual(t, n, 6, "files the plan refuses")
}

// mutations returns variants of the JSON document doc, each with one
// change at one place: a key added to an object, a key removed, a string
// replaced by a number or by an unknown word, a number by a string, an
// array by an object. Each is named by the change and its place.
func mutations(doc any) map[string]any {
	out := map[string]any{}
	var walk func(path string, v any, set func(any) any)
	walk = func(path string, v any, set func(any) any) {
		switch x := v.(type) {
		case map[string]any:
			out["add key at "+path] = set(with(x, "zz_unknown", json.Number("1")))
			for k, e := range x {
				out["remove "+path+"/"+k] = set(without(x, k))
				walk(path+"/"+k, e, func(nv any) any { return set(with(x, k, nv)) })
			}
		case []any:
			out["object for the array at "+path] = set(map[string]any{})
			for i, e := range x {
				walk(path+"/"+strconv.Itoa(i), e, func(nv any) any {
					c := slices.Clone(x)
					c[i] = nv
					return set(c)
				})
			}
		case string:
			out["number for the string at "+path] = set(json.Number("7"))
			out["unknown word at "+path] = set("zz_unknown")
		case json.Number:
			out["string for the number at "+path] = set("7")
		}
	}
	walk("", doc, func(v any) any { return v })
	return out
}

func with(m map[string]any, k string, v any) map[string]any {
	c := make(map[string]any, len(m)+1)
	for mk, mv := range m {
		c[mk] = mv
	}
	c[k] = v
	return c
}

func without(m map[string]any, k string) map[string]any {
	c := with(m, k, nil)
	delete(c, k)
	return c
}

// shape is a mutation's name with the indexes of arrays left out: the same
// change at the same field of another element, or of another file, is the
// same question to the schema and the decoder.
var index = regexp.MustCompile(`/[0-9]+`)

// TestSchemaMeansWhatTheDecoderMeans mutates every good policy and case
// file one change at a time and asks the schema and the decoder: the
// schema refuses a variant exactly when the decoder's plan does — a key it
// does not know, a word it does not know, a value of the wrong JSON type —
// or, for a key removed, only when the decoder, with its validation,
// refuses it too (what the schema says is required is required). Each
// change is tried once per field (see index).
func TestSchemaMeansWhatTheDecoderMeans(t *testing.T) {
	for _, s := range schemas {
		sch := compileSchema(t, s.file)
		n := 0
		tried := map[string]bool{}
		files := goodFiles(t, s.file)
		names := slices.Sorted(maps.Keys(files))
		for _, name := range names {
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(files[name]))
			require.NoError(t, err)
			muts := mutations(doc)
			for _, what := range slices.Sorted(maps.Keys(muts)) {
				m := muts[what]
				if shape := index.ReplaceAllString(what, "/*"); tried[shape] {
					continue
				} else {
					tried[shape] = true
				}
				mb, err := json.Marshal(m)
				require.NoError(t, err)
				schemaErr := sch.Validate(m)
				if strings.HasPrefix(what, "remove ") {
					if schemaErr != nil {
						assert.Error(t, s.decode(mb), "%s, %s: the schema requires it; so must the decoder", name, what)
					}
					continue
				}
				planErr := s.plan(mb)
				assert.Equal(t, planErr != nil, schemaErr != nil, "%s, %s: the decoder's plan says %v; the schema says %v", name, what, planErr, schemaErr)
				n++
			}
		}
		assert.Greater(t, n, 40, "%s: the fields and changes tried", s.file)
	}
}

// TestSchemaTypesAgreeWithDecoders holds schemaTypes to the decoders of
// the types they describe: a JSON value passes the schema of Number, Flag,
// Value or Kind exactly when the type's decoder, run on a policy or a term,
// takes it as a stated value.
func TestSchemaTypesAgreeWithDecoders(t *testing.T) {
	sch := compileSchema(t, "cases.schema.json")
	values := []string{`0`, `14.5`, `-1`, `1e3`, `"x"`, `"armed_actor"`, `""`, `"Road Tax"`, `true`, `false`,
		`[]`, `["a", "b"]`, `[1]`, `[true]`, `{}`, `{"a": 1}`, `[["a"]]`}
	for _, v := range values {
		for _, field := range []string{"min_age", "display", "kind"} {
			term := `{"kind": "payment", "` + field + `": ` + v + `}`
			if field == "kind" {
				term = `{"kind": ` + v + `}`
			}
			doc := []byte(`[{"name": "c", "terms": [` + term + `]}]`)
			var terms []redline.Term
			decodeErr := redline.TermsCodec.Unmarshal([]byte(`[`+term+`]`), &terms, redline.Limits{})
			if decodeErr == nil && field == "kind" {
				decodeErr = terms[0].Validate() // a kind is a snake_case word: Validate says so, not the plan
			}
			schemaErr := validate(t, sch, doc)
			assert.Equal(t, decodeErr != nil, schemaErr != nil, "%s: %s: the decoder says %v; the schema says %v", field, v, decodeErr, schemaErr)
		}
		// A condition's value: any Value.
		pol := []byte(`{"name": "p", "version": "1", "rules": [{"id": "r", "kind": "payment", "severity": "trade_off", "citations": ["HP"], "rationale": "r",
			"when": [{"attr": "amount", "op": "gt", "value": ` + v + `}]}]}`)
		planErr := redline.PolicyCodec.Unmarshal(pol, new(redline.Policy), redline.Limits{})
		schemaErr := validate(t, compileSchema(t, "policy.schema.json"), pol)
		assert.Equal(t, planErr != nil, schemaErr != nil, "value %s: the decoder says %v; the schema says %v", v, planErr, schemaErr)
	}
}
