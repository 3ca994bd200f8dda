package redlinetest_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/deep"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

// FuzzDecodeCases decodes any bytes as test cases: no panic; every error a
// *redline.FieldError; decoded cases have distinct names and valid terms,
// re-encode and decode to the same cases, and run through Check without a
// panic.
//
// The seeds are the baseline's own cases and the small shapes a hand-edited
// file gets wrong; testdata/fuzz/FuzzDecodeCases keeps what the fuzzer
// found worth keeping.
func FuzzDecodeCases(f *testing.F) {
	f.Add(redline.BaselineCasesJSON())
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[{"name":"a","terms":[],"explanation":""}]`))
	f.Add([]byte(`[{"name":"a","terms":[{"kind":"child_use","by":"armed_actor","min_age":14}],"want":["child-use-under-15"],"verdict":"unacceptable","explanation":"x"}]`))
	f.Add([]byte(`[{"name":"a"},{"name":"a"}]`))
	f.Add([]byte(`[{"name":" ","terms":[{"kind":"payment","amount":-1}]}]`))
	f.Add([]byte(`[{"name":"a","indeterminate":[""],"terms":[{"kind":"unknown_kind"}]}]`))

	k := redline.MustCompile(redline.Baseline())
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, redlinetest.CasesCodec, data, redline.Limits{})
		cases, err := redlinetest.DecodeCases(bytes.NewReader(data), redline.Limits{})
		if err != nil {
			assert.Nil(t, cases)
			var fe *redline.FieldError
			for _, e := range errorsOf[error](err) {
				require.True(t, errors.As(e, &fe), "%T is not a *FieldError: %v", e, e)
			}
			return
		}
		names := map[string]bool{}
		for i, c := range cases {
			require.False(t, names[c.Name], "case %d repeats a name", i)
			names[c.Name] = true
			for j, term := range c.Terms {
				require.NoError(t, term.Validate(), "case %d term %d", i, j)
			}
		}
		b, err := json.Marshal(cases)
		require.NoError(t, err)
		again, err := redlinetest.DecodeCases(bytes.NewReader(b), redline.Limits{})
		require.NoError(t, err, "%s", b)
		if len(cases) > 0 {
			require.Empty(t, deep.Diff(cases, again))
		}
		before := deep.Copy(cases)
		_ = redlinetest.Check(k, cases)
		require.Empty(t, deep.Diff(before, cases), "Check modified the cases")
	})
}
