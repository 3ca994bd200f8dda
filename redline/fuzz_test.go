package redline_test

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/redline"
)

// Seed inputs live in testdata/fuzz/<FuzzName>/ as well as in the f.Add
// calls below; crashers found by go test -fuzz are kept there as regression
// tests.

// onlyFieldErrors fails t unless err is a *redline.FieldError or joins
// nothing but them, each with a reason and this package's name.
func onlyFieldErrors(t *testing.T, err error) {
	t.Helper()
	fes := fieldErrors(t, err)
	require.NotEmpty(t, fes, "%v", err)
	for _, fe := range fes {
		assert.NotZero(t, fe.Reason, "%v", fe)
		assert.Equal(t, "redline", fe.Pkg, "%v", fe)
	}
}

func encodedPolicy(f *testing.F, p redline.Policy) []byte {
	var buf bytes.Buffer
	require.NoError(f, redline.EncodePolicy(&buf, p))
	return buf.Bytes()
}

func encodedTerms(f *testing.F, terms []redline.Term) []byte {
	var buf bytes.Buffer
	require.NoError(f, redline.EncodeTerms(&buf, terms))
	return buf.Bytes()
}

func readTestdata(f *testing.F, name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(f, err)
	return b
}

// fuzzProposal is the fixed proposal a fuzzed policy checks: a term of every
// library kind with typical attributes, an agency's kind, an unknown kind,
// and an under-15 recruitment.
func fuzzProposal() []redline.Term {
	terms := []redline.Term{
		{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(14)},
		{Kind: redline.KindChildUse, MinAge: redline.Num(16)},
		{Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeDialogueFee, Amount: redline.Num(500)},
		{Kind: redline.KindFunding, Source: redline.EntityHostState},
		{Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict},
		{Kind: redline.KindEmblem, Display: redline.FlagNo},
		{Kind: redline.KindAccess, Conditional: redline.FlagYes},
		{Kind: redline.KindDetentionVisit, Private: redline.FlagNo},
		{Kind: redline.KindWeaponRestriction, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureMarking},
		{Kind: redline.KindReleaseOfChildren, Count: redline.Num(40)},
		{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityArmedActor},
		{Kind: redline.KindInformationSharing, Recipient: redline.EntityHostState, Information: redline.InformationIdentifying},
		{Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll},
		{Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(15), "paid_in": redline.TextValue("cash")}},
		{Kind: "road_tax"},
		{},
		{Kind: redline.KindDetentionVisit, AllDetainees: redline.FlagNo, AllPlaces: redline.FlagYes, RepeatVisits: redline.FlagNo, Registration: redline.FlagYes},
		{Kind: redline.KindPayment, Payee: redline.EntityHostState, Purpose: redline.PurposeTax, HostStateParty: redline.FlagYes},
		{Kind: redline.KindPayment, Payee: redline.EntityDeFactoAuthority, Purpose: redline.PurposeGoods},
		{Kind: redline.KindInformationSharing, Recipient: redline.EntityDonor, Information: redline.InformationIdentifying, SharingPurpose: redline.SharingPurposeReporting, Consent: redline.FlagYes},
		{Kind: redline.KindInformationSharing, Recipient: redline.EntityArmedActor, Information: redline.InformationOwnConduct, SharingPurpose: redline.SharingPurposePersuasion},
		{Kind: redline.KindArmedEscort, Provider: redline.EntityPeacekeepers},
		{Kind: redline.KindPublicStatements, By: redline.EntityAgency, Undertaking: redline.UndertakingSilence},
		{Kind: redline.KindEvacuation, Count: redline.Num(300), Voluntary: redline.FlagNo},
	}
	for _, k := range redline.Kinds() {
		terms = append(terms, redline.Term{Kind: k})
	}
	return terms
}

// checkReport checks what any report must satisfy.
func checkReport(t *testing.T, k *redline.Checker, terms []redline.Term, r redline.Report) {
	t.Helper()
	assert.True(t, r.Verdict.IsValid(), "verdict %v", r.Verdict)
	assert.Equal(t, len(terms), r.Terms)
	assert.Equal(t, k.Name(), r.Policy)
	if r.Verdict == redline.VerdictAcceptable {
		assert.Empty(t, r.Findings)
	} else {
		assert.NotEmpty(t, r.Findings)
	}
	last := -1
	for _, f := range r.Findings {
		require.GreaterOrEqual(t, f.Term, last, "findings in proposal order")
		require.Less(t, f.Term, len(terms))
		last = f.Term
		assert.True(t, f.Status.IsValid())
		assert.True(t, f.Severity.IsValid())
		if f.Rule != "" {
			_, ok := k.Rule(f.Rule)
			assert.True(t, ok, "finding of rule %q, which the policy does not have", f.Rule)
		}
		_ = f.Observations()
		_ = f.Missing()
	}
	// What was examined: one entry per term, in order; an unexamined term
	// has no rule and no reason, and under OnUnexaminedBlock it never lets
	// the proposal through.
	ex := r.Examined()
	require.Len(t, ex, len(terms))
	for i, e := range ex {
		assert.Equal(t, i, e.Term)
		assert.Equal(t, terms[i].Kind, e.Kind)
	}
	for _, i := range r.Unexamined() {
		require.Less(t, i, len(terms))
		assert.Empty(t, ex[i].Rules)
		assert.Empty(t, ex[i].Uncovered)
		assert.Contains(t, k.Unexamined(), terms[i].Kind)
		assert.False(t, k.OnUnexamined() == redline.OnUnexaminedBlock && r.Verdict == redline.VerdictAcceptable, "a blocked policy cleared an unexamined term")
	}
	_ = r.String()
}

// FuzzDecodePolicy decodes any bytes as a policy and compiles it: no panic;
// every error a *FieldError; a layer Validate refuses, Compile refuses
// alone and on the baseline; a compiled policy checks a proposal, keeps
// under-15 recruitment unacceptable when layered on the baseline, and
// survives EncodePolicy and DecodePolicy unchanged.
//
// The corpus in testdata/fuzz/FuzzDecodePolicy holds an agency layer with
// its own kinds, a drop, a policy using labels and odd case, a rule with
// every operator, duplicate keys, an unknown field, a NaN-like number, a
// truncated document and a deeply nested value; and, since baseline
// 2026.2, a layer that makes silence absolute, drops a detention condition
// and examines the host state's taxes without the term's word on it, and
// one that puts the new attributes where they do not belong (consent on a
// payment, lt on a detention condition, an unknown purpose of sharing, a
// word for consent).
func FuzzDecodePolicy(f *testing.F) {
	f.Add(readTestdata(f, "straight18.json"))
	f.Add(encodedPolicy(f, redline.Baseline()))
	f.Add(encodedPolicy(f, scenarioPolicy()))
	f.Add(encodedPolicy(f, agencyLayer()))
	f.Add(encodedPolicy(f, verdictPolicy()))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"name":"x","version":"1","drop":["ransom"]}`))
	f.Add([]byte(`{"name":"x","version":"1","on_unexamined":"block","kinds":[{"kind":"mine_marking"},{"kind":"liaison"}],"uncovered":[{"kind":"liaison","reason":"How we work."},{"kind":"evacuation","reason":"Asked for."}]}`))
	f.Add([]byte(`{"name":"x","version":"1","on_unexamined":"List","uncovered":[{"kind":"payment","reason":"r"}],"rules":[{"id":"t","kind":"information_sharing","severity":"trade_off","citations":["ICRC-PSPW-2018"],"rationale":"r","when":[{"attr":"information","op":"in","value":["aggregate","identifying"]}]}]}`))
	f.Add([]byte(`{"name":"x","version":"1","rules":[{"id":"a","kind":"payment","severity":"Institutional Red Line","approval":"Country Office","citations":["institutional"],"rationale":"r","when":[{"attr":"payee","op":"NOT_IN","value":["armed_actor","Host_State"]}]}]}`))
	f.Add([]byte(`{"name":"x","version":"1","kinds":[{"kind":"k","attributes":[{"name":"a","type":"text"},{"name":"b","type":"flag"},{"name":"c","type":"number"}]}],"rules":[{"id":"a","kind":"k","severity":"trade_off","citations":["x"],"rationale":"r","when":[{"attr":"a","op":"in","value":["p","q"]},{"attr":"b","op":"ne","value":true},{"attr":"c","op":"ge","value":-1e308}]}]}`))
	f.Add([]byte(`{"name":"x","version":"1","rules":[{"id":"a","kind":"child_use","severity":"absolute","citations":["CIHL-137"],"rationale":"r","when":[{"attr":"min_age","op":"lt","value":1e999}]}]}`))

	proposal := fuzzProposal()
	under := []redline.Term{{Kind: redline.KindChildRecruitment, MinAge: redline.Num(14.5)}, {Kind: redline.KindChildUse, MinAge: redline.Num(0)}}

	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, redline.PolicyCodec, data, redline.Limits{})
		// A layer Validate refuses, Compile refuses too, alone or on the
		// baseline, for every problem Validate finds, at the same path (in
		// the layer named by Input when there are several): Validate checks
		// nothing a layer below could settle. So a layer Compile takes,
		// Validate takes.
		var raw redline.Policy
		if redline.PolicyCodec.Unmarshal(data, &raw, redline.Limits{}) == nil {
			verr := raw.Validate()
			_, alone := redline.Compile(raw)
			_, layered := redline.Compile(redline.Baseline(), raw)
			if verr != nil {
				onlyFieldErrors(t, verr)
				require.Error(t, alone, "Compile takes a layer Validate refuses: %v", verr)
				require.Error(t, layered, "Compile takes on the baseline a layer Validate refuses: %v", verr)
				for _, fe := range fieldErrors(t, verr) {
					assert.ErrorIs(t, alone, &redline.FieldError{Reason: fe.Reason, Path: fe.Path}, "Compile alone misses %v", fe)
					assert.ErrorIs(t, layered, &redline.FieldError{Reason: fe.Reason, Input: "layers[1]", Path: fe.Path}, "Compile on the baseline misses %v", fe)
				}
			}
			if alone == nil {
				assert.NoError(t, verr, "Validate refuses a layer Compile takes")
			}
		}
		p, err := redline.DecodePolicy(bytes.NewReader(data), redline.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			assert.True(t, reflect.DeepEqual(redline.Policy{}, p), "a failed decode returns the zero Policy")
			return
		}
		k, err := redline.Compile(p)
		if err != nil {
			onlyFieldErrors(t, err)
			assert.Nil(t, k)
		} else {
			r := k.Check(proposal)
			checkReport(t, k, proposal, r)
			for _, term := range proposal {
				k.Trace(term)
			}
			_ = k.String()

			// Encode, decode and compile again: the same policy.
			var buf bytes.Buffer
			require.NoError(t, redline.EncodePolicy(&buf, p), "a compiled policy encodes")
			p2, err := redline.DecodePolicy(&buf, redline.Limits{})
			require.NoError(t, err, "a policy decodes as it was encoded:\n%s", buf.String())
			k2, err := redline.Compile(p2)
			require.NoError(t, err, "a policy compiles as it was encoded")
			assert.Equal(t, k.Rules(), k2.Rules())
			assert.Equal(t, k.Kinds(), k2.Kinds())
			assert.Equal(t, k.Name(), k2.Name())
			assert.Equal(t, k.Uncovered(), k2.Uncovered())
			assert.Equal(t, k.OnUnexamined(), k2.OnUnexamined())
			assert.Equal(t, reportKey(r), reportKey(k2.Check(proposal)))
		}

		// As a context layer on the baseline, it can tighten but never
		// weaken the IHL minimums.
		layered, err := redline.Compile(redline.Baseline(), p)
		if err != nil {
			onlyFieldErrors(t, err)
			return
		}
		for i := range under {
			r := layered.Check(under[i : i+1])
			assert.Equal(t, redline.VerdictUnacceptable, r.Verdict, "layer %s lets %v through", p.Name, under[i])
		}
		checkReport(t, layered, proposal, layered.Check(proposal))
	})
}

// FuzzCheck checks terms built from the fuzzer's input against the
// baseline: terms decoded from the bytes (strictly, or leniently when the
// strict decoder refuses them), random terms from the seed, and a child
// recruitment or use term with the given minimum age. No panic; the report
// is well-formed; and an under-15 term is always unacceptable.
//
// The corpus in testdata/fuzz/FuzzCheck holds proposals from the baseline's
// cases, NaN, infinite, negative and boundary ages, and terms the strict
// decoder refuses; and, since baseline 2026.2, the proposal of what 2026.1
// let through, terms that leave unstated what the new rules need, and the
// new attributes written wrong.
func FuzzCheck(f *testing.F) {
	f.Add([]byte(`[]`), uint64(0), 14.0, uint8(0))
	f.Add([]byte(`[{"kind":"payment","purpose":"ransom"}]`), uint64(1), 15.0, uint8(3))
	f.Add([]byte(`[{"kind":"child_use","min_age":14},{"kind":"road_tax"}]`), uint64(2), -1.0, uint8(5))
	f.Add([]byte(`[{"kind":"payment","min_age":15,"amount":-1}]`), uint64(3), math.Inf(-1), uint8(7))
	f.Add([]byte(`not json`), uint64(4), math.NaN(), uint8(255))
	f.Add(encodedTerms(f, scenarioProposal()), uint64(5), 14.999999, uint8(1))
	f.Add(readTestdata(f, "baseline_cases.json"), uint64(6), 0.0, uint8(2))

	k := baseline(f)
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, age float64, n uint8) {
		terms, err := redline.DecodeTerms(bytes.NewReader(data), redline.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			assert.Nil(t, terms)
			// encoding/json is more lenient: what it reads, Check must cope
			// with too.
			_ = json.Unmarshal(data, &terms)
		} else {
			for _, term := range terms {
				assert.NoError(t, term.Validate())
			}
		}
		r := rand.New(rand.NewPCG(seed, uint64(n)))
		for range n % 8 {
			terms = append(terms, randomTerm(r))
		}
		before := proposalKey(terms)
		rep := k.Check(terms)
		checkReport(t, k, terms, rep)
		assert.Equal(t, before, proposalKey(terms), "Check modified the proposal")
		_, _ = json.Marshal(rep) // may fail on NaN observations, must not panic

		child := redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(age)}
		if n%2 == 1 {
			child.Kind = redline.KindChildUse
		}
		at := int(seed % uint64(len(terms)+1))
		with := append(append(append([]redline.Term(nil), terms[:at]...), child), terms[at:]...)
		rep = k.Check(with)
		checkReport(t, k, with, rep)
		switch {
		case math.IsNaN(age) || math.IsInf(age, 0):
			assert.NotEqual(t, redline.VerdictAcceptable, rep.Verdict, "an invalid age is never acceptable")
		case age < 15:
			assert.Equal(t, redline.VerdictUnacceptable, rep.Verdict, "minimum age %v", age)
		case age < 18:
			assert.NotEqual(t, redline.VerdictAcceptable, rep.Verdict, "minimum age %v", age)
		}
		if !math.IsNaN(age) && !math.IsInf(age, 0) {
			child.MinAge = redline.Num(math.Mod(math.Abs(age), 15))
			with[at] = child
			assert.Equal(t, redline.VerdictUnacceptable, k.Check(with).Verdict, "minimum age %v", child.MinAge)
		}
	})
}

// FuzzDecodeTerms decodes any bytes as a proposal: no panic; every error a
// *FieldError; every decoded term validates, and survives EncodeTerms and
// DecodeTerms unchanged.
//
// The corpus in testdata/fuzz/FuzzDecodeTerms holds a full proposal, the
// agency's extra attributes, labels in odd case, a byte-order mark, a term
// that does not validate, null and empty values, a duplicate key and
// invalid UTF-8; and, since baseline 2026.2, every new attribute stated in
// odd case, and the new attributes on kinds they do not apply to.
func FuzzDecodeTerms(f *testing.F) {
	f.Add(encodedTerms(f, scenarioProposal()))
	f.Add(encodedTerms(f, fuzzProposal()[:14]))
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[{}]`))
	f.Add([]byte(`[{"kind":"x","extra":{"a":1,"b":"w","c":true,"d":[],"e":null}}]`))
	f.Add([]byte(`[{"kind":"payment","PAYEE":"Armed_Actor","purpose":"RANSOM","amount":1e308}]`))
	f.Add([]byte(`[{"kind":"child_use","min_age":121}]`))

	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, redline.TermsCodec, data, redline.Limits{})
		terms, err := redline.DecodeTerms(bytes.NewReader(data), redline.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			assert.Nil(t, terms)
			return
		}
		for i, term := range terms {
			assert.NoError(t, term.Validate(), "term %d", i)
		}
		var buf bytes.Buffer
		require.NoError(t, redline.EncodeTerms(&buf, terms), "decoded terms encode")
		again, err := redline.DecodeTerms(&buf, redline.Limits{})
		require.NoError(t, err, "terms decode as they were encoded:\n%s", buf.String())
		if terms == nil {
			assert.Empty(t, again)
		} else {
			assert.Equal(t, proposalKey(terms), proposalKey(again))
		}
	})
}
