package redlinetest_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

func baselineCases(t *testing.T) []redlinetest.Case {
	t.Helper()
	return redlinetest.BaselineCases()
}

// The baseline proves itself with its own cases.
func TestBaseline(t *testing.T) {
	redlinetest.Run(t, redline.MustCompile(redline.Baseline()), baselineCases(t))
}

// BaselineCases is the library's file as it stands, embedded: the same
// cases as decoding redline/testdata/baseline_cases.json, fresh each call.
func TestBaselineCasesAreTheFile(t *testing.T) {
	f, err := os.Open("../testdata/baseline_cases.json")
	require.NoError(t, err)
	defer f.Close()
	want, err := redlinetest.DecodeCases(f, redline.Limits{})
	require.NoError(t, err)
	got := redlinetest.BaselineCases()
	require.NotEmpty(t, got)
	assert.Equal(t, want, got)

	b, err := os.ReadFile("../testdata/baseline_cases.json")
	require.NoError(t, err)
	assert.Equal(t, b, redline.BaselineCasesJSON())

	got[0].Name = "changed"
	redline.BaselineCasesJSON()[0] = 'x'
	assert.Equal(t, want, redlinetest.BaselineCases(), "each call returns fresh values")
	assert.Equal(t, b, redline.BaselineCasesJSON(), "each call returns a fresh copy")
}

// oneRule is an agency's layer of one rule over the baseline, with the three
// cases that prove it: crossed; a close case where the purpose differs; and
// one where the payee does.
func oneRule() (redline.Policy, []redlinetest.Case) {
	p := redline.Policy{Name: "acme", Version: "1", Rules: []redline.Rule{{
		ID: "goods-to-armed-actor", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: redline.RegionalOffice,
		When: []redline.Condition{
			{Attr: "purpose", Op: redline.OpEq, Value: redline.TextValue("goods")},
			{Attr: "payee", Op: redline.OpEq, Value: redline.TextValue("armed_actor")},
		},
		Citations: []string{"institutional"}, Rationale: "Goods handed to an armed actor can be diverted.",
	}}}
	// Since baseline 2026.2 any payment to the armed actor but a tax, a
	// toll, a fee or ransom is a trade-off (payment-to-party): the layer
	// makes goods institutional.
	cases := []redlinetest.Case{
		{Name: "fuel for the armed actor", Terms: []redline.Term{{Kind: redline.KindPayment, Purpose: redline.PurposeGoods, Payee: redline.EntityArmedActor}},
			Want: []string{"goods-to-armed-actor", "payment-to-party"}, Verdict: redline.VerdictApprovalRequired},
		{Name: "fuel from a supplier", Terms: []redline.Term{{Kind: redline.KindPayment, Purpose: redline.PurposeGoods, Payee: redline.EntitySupplier}},
			Verdict: redline.VerdictAcceptable},
		{Name: "a salary to the armed actor's clerk", Terms: []redline.Term{{Kind: redline.KindPayment, Purpose: redline.PurposeSalary, Payee: redline.EntityArmedActor}},
			Want: []string{"payment-to-party"}, Verdict: redline.VerdictTradeOffAnalysis},
	}
	return p, cases
}

// Issue 27: one rule layered on the baseline, proven by three cases, passes
// as a layer; proven as the whole stack, it fails on the baseline's rules,
// which its cases do not cover, and passes once the baseline's own cases
// are added.
func TestCheckLayer(t *testing.T) {
	p, cases := oneRule()
	k := redline.MustCompile(redline.Baseline(), p)

	assert.NoError(t, redlinetest.CheckLayer(k, "acme", cases))
	assert.NoError(t, redlinetest.LayerCoverage(k, "acme", cases))

	whole := errorsOf[*redlinetest.CoverageError](redlinetest.Check(k, cases))
	require.NotEmpty(t, whole)
	for _, e := range whole {
		layer, ok := k.RuleLayer(e.Rule)
		require.True(t, ok)
		assert.Equal(t, "baseline", layer, "%v", e)
	}
	// With the baseline's cases the whole stack is covered; the cases of the
	// baseline whose answer the new rule changes (a payment to the armed
	// actor for goods, or for something unstated) fail, as they should, on
	// the new rule alone, and nothing else does.
	all := redlinetest.Check(k, append(redlinetest.BaselineCases(), cases...))
	assert.Empty(t, errorsOf[*redlinetest.CoverageError](all))
	assert.Len(t, errorsOf[error](all), len(errorsOf[*redlinetest.CaseError](all)), "%v", all)
	failed := errorsOf[*redlinetest.CaseError](all)
	assert.Len(t, failed, 2)
	for _, e := range failed {
		var changed []string
		for _, line := range strings.Split(e.Diff, "\n") {
			if !strings.HasPrefix(line, "    ") {
				changed = append(changed, line)
			}
		}
		if assert.Len(t, changed, 1, e.Case) {
			assert.True(t, strings.HasPrefix(changed[0], "  + goods-to-armed-actor"), "%s: %s", e.Case, changed[0])
		}
	}

	// The baseline layer's coverage asks the baseline's rules, and the
	// baseline's cases give it.
	assert.NotEmpty(t, redlinetest.LayerCoverage(k, "baseline", cases))
	assert.NoError(t, redlinetest.LayerCoverage(k, "baseline", redlinetest.BaselineCases()))

	// A gap of the layer's own rule is reported, and only it.
	gaps := errorsOf[*redlinetest.CoverageError](redlinetest.CheckLayer(k, "acme", []redlinetest.Case{cases[0], cases[2]}))
	assert.Equal(t, []*redlinetest.CoverageError{{Rule: "goods-to-armed-actor", Condition: 1, Attr: "payee", Gap: "never false in any case"}}, gaps)
	assert.Equal(t, "redlinetest: rule goods-to-armed-actor: condition 2 (payee): never false in any case", gaps[0].Error())

	// A case that fails, fails CheckLayer; so does conformance of the whole.
	bad := append([]redlinetest.Case(nil), cases...)
	bad[1].Verdict = redline.VerdictUnacceptable
	assert.Len(t, errorsOf[*redlinetest.CaseError](redlinetest.CheckLayer(k, "acme", bad)), 1)
	noMinimums := redline.MustCompile(redline.Policy{Name: "acme", Version: "1", Rules: p.Rules})
	assert.NotEmpty(t, errorsOf[*redlinetest.ConformanceError](redlinetest.CheckLayer(noMinimums, "acme", cases)))

	// A layer that declares a kind and leaves it unexamined fails on kinds.
	p.Kinds = []redline.KindDecl{{Kind: "mine_marking"}}
	k = redline.MustCompile(redline.Baseline(), p)
	assert.Equal(t, []*redlinetest.KindError{{Kind: "mine_marking"}}, errorsOf[*redlinetest.KindError](redlinetest.CheckLayer(k, "acme", cases)))
}

// A layer the policy does not have is an error that names the layers it has.
func TestCheckLayerUnknown(t *testing.T) {
	p, cases := oneRule()
	k := redline.MustCompile(redline.Baseline(), p)
	for _, err := range []error{redlinetest.LayerCoverage(k, "acme-somalia", cases), redlinetest.CheckLayer(k, "acme-somalia", cases)} {
		assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonReference, Path: "layer"})
		assert.ErrorContains(t, err, `redlinetest: layer: the policy has no layer named "acme-somalia"; its layers are "baseline", "acme"`)
	}
}

// RunLayer passes the agency's layer with its own three cases: a subtest
// each, then conformance, coverage of the layer and kinds.
func TestRunLayer(t *testing.T) {
	p, cases := oneRule()
	k := redline.MustCompile(redline.Baseline(), p)
	redlinetest.RunLayer(t, k, "acme", cases)
}

func errorsOf[T error](err error) []T {
	var out []T
	var walk func(error)
	walk = func(e error) {
		if u, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range u.Unwrap() {
				walk(x)
			}
			return
		}
		var t T
		if errors.As(e, &t) {
			out = append(out, t)
		}
	}
	if err != nil {
		walk(err)
	}
	return out
}

func TestCheckCaseDiff(t *testing.T) {
	k := redline.MustCompile(redline.Baseline())
	c := redlinetest.Case{
		Name:        "wrong expectation",
		Terms:       []redline.Term{{Kind: redline.KindChildRecruitment, MinAge: redline.Num(14)}, {Kind: "unknown_kind"}},
		Want:        []string{"child-recruitment-under-15", "armed-escort"},
		Verdict:     redline.VerdictTradeOffAnalysis,
		Explanation: "deliberately wrong",
	}
	err := redlinetest.CheckCase(k, c)
	var ce *redlinetest.CaseError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "wrong expectation", ce.Case)
	assert.Equal(t, redline.VerdictTradeOffAnalysis, ce.WantVerdict)
	assert.Equal(t, redline.VerdictUnacceptable, ce.GotVerdict)
	assert.Equal(t, strings.Join([]string{
		"  + (unknown kind) (indeterminate)",
		"  - armed-escort",
		"    child-recruitment-under-15",
		"  + child-recruitment-under-18",
	}, "\n"), ce.Diff)
	msg := err.Error()
	assert.Contains(t, msg, `redlinetest: case "wrong expectation": findings differ (-want +got):`)
	assert.Contains(t, msg, "verdict unacceptable, want trade_off_analysis_required")
	assert.Contains(t, msg, "explanation: deliberately wrong")

	// A matching case passes; an unset verdict is not checked.
	c.Want = []string{"child-recruitment-under-15", "child-recruitment-under-18"}
	c.Indeterminate = []string{""}
	c.Verdict = 0
	assert.NoError(t, redlinetest.CheckCase(k, c))

	// A verdict-only mismatch.
	c.Verdict = redline.VerdictAcceptable
	err = redlinetest.CheckCase(k, c)
	require.ErrorAs(t, err, &ce)
	assert.Empty(t, ce.Diff)
	assert.Contains(t, err.Error(), ": verdict unacceptable, want acceptable")
}

func TestCoverageNamesGaps(t *testing.T) {
	p := redline.Policy{Name: "p", Version: "1", Rules: []redline.Rule{
		{ID: "fee", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
			When: []redline.Condition{
				{Attr: "purpose", Op: redline.OpEq, Value: redline.TextValue("dialogue_fee")},
				{Attr: "payee", Op: redline.OpEq, Value: redline.TextValue("armed_actor")},
			}, Citations: []string{"institutional"}, Rationale: "r"},
		{ID: "hostages", Kind: redline.KindHostageTaking, Severity: redline.SeverityAbsolute, Citations: []string{"CIHL-96"}, Rationale: "r"},
	}}
	k := redline.MustCompile(p)
	cases := []redlinetest.Case{{Name: "fee", Terms: []redline.Term{
		{Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee, Payee: redline.EntityArmedActor},
	}}}
	gaps := errorsOf[*redlinetest.CoverageError](redlinetest.Coverage(k, cases))
	var got []string
	for _, g := range gaps {
		got = append(got, g.Error())
	}
	assert.Equal(t, []string{
		"redlinetest: rule fee: no close case: every term on payment in the cases crosses it or leaves it undecided",
		"redlinetest: rule fee: condition 1 (purpose): never false in any case",
		"redlinetest: rule fee: condition 2 (payee): never false in any case",
		"redlinetest: rule hostages: no case crosses it",
	}, got)

	// A close case on the second condition alone leaves the first never false.
	cases = append(cases, redlinetest.Case{Name: "fee to a supplier", Terms: []redline.Term{
		{Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee, Payee: redline.EntitySupplier},
	}}, redlinetest.Case{Name: "hostages", Terms: []redline.Term{{Kind: redline.KindHostageTaking}}})
	gaps = errorsOf[*redlinetest.CoverageError](redlinetest.Coverage(k, cases))
	require.Len(t, gaps, 1)
	assert.Equal(t, &redlinetest.CoverageError{Rule: "fee", Condition: 0, Attr: "purpose", Gap: "never false in any case"}, gaps[0])

	cases = append(cases, redlinetest.Case{Name: "fuel", Terms: []redline.Term{
		{Kind: redline.KindPayment, Purpose: redline.PurposeGoods, Payee: redline.EntityArmedActor},
	}})
	assert.NoError(t, redlinetest.Coverage(k, cases))
}

func TestConformance(t *testing.T) {
	assert.NoError(t, redlinetest.Conformance(redline.MustCompile(redline.Baseline())))

	// A policy without the IHL minimums fails, naming each.
	p := redline.Policy{Name: "thin", Version: "1", Rules: []redline.Rule{
		{ID: "ransom", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
			When:      []redline.Condition{{Attr: "purpose", Op: redline.OpEq, Value: redline.TextValue("ransom")}},
			Citations: []string{"institutional"}, Rationale: "r"},
	}}
	errs := errorsOf[*redlinetest.ConformanceError](redlinetest.Conformance(redline.MustCompile(p)))
	var details []string
	for _, e := range errs {
		assert.Equal(t, "IHL minimums are absolute", e.Property)
		details = append(details, e.Detail)
	}
	assert.Equal(t, []string{
		"recruitment of a child under 15 gives acceptable, want unacceptable",
		"use in hostilities of a child under 15 gives acceptable, want unacceptable",
		"hostage-taking gives acceptable, want unacceptable",
	}, details)
}

func TestCheckJoinsEverything(t *testing.T) {
	k := redline.MustCompile(redline.Baseline())
	cases := []redlinetest.Case{{Name: "only one", Terms: []redline.Term{{Kind: redline.KindEmblem, Display: redline.FlagNo}}, Want: []string{"ransom"}}}
	err := redlinetest.Check(k, cases)
	assert.Len(t, errorsOf[*redlinetest.CaseError](err), 1)
	assert.NotEmpty(t, errorsOf[*redlinetest.CoverageError](err))
	assert.Empty(t, errorsOf[*redlinetest.ConformanceError](err))
	assert.NoError(t, redlinetest.Check(k, baselineCases(t)))
}

func TestDecodeCases(t *testing.T) {
	tests := []struct {
		name, in, path string
		reason         redline.Reason
	}{
		{"no name", `[{"terms":[]}]`, "[0].name", redline.ReasonRequired},
		{"duplicate name", `[{"name":"a"},{"name":"a"}]`, "[1].name", redline.ReasonDuplicate},
		{"bad term", `[{"name":"a","terms":[{"kind":"payment","min_age":3}]}]`, "[0].terms[0].min_age", redline.ReasonConflict},
		{"unknown verdict", `[{"name":"a","verdict":"fine"}]`, "[0].verdict", redline.ReasonUnknown},
		{"unknown field", `[{"name":"a","expect":[]}]`, "[0].expect", redline.ReasonUnknown},
		{"not an array", `{"name":"a"}`, "", redline.ReasonType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := redlinetest.DecodeCases(strings.NewReader(tt.in), redline.Limits{})
			assert.ErrorIs(t, err, &redline.FieldError{Reason: tt.reason, Path: tt.path}, "%v", err)
		})
	}
}

// Unexamined names each kind the policy knows and neither examines nor
// declares uncovered; Check includes it.
func TestUnexaminedKinds(t *testing.T) {
	assert.NoError(t, redlinetest.Unexamined(redline.MustCompile(redline.Baseline())), "the baseline examines or declares every library kind")

	layer := redline.Policy{Name: "mine-action", Version: "1", Kinds: []redline.KindDecl{
		{Kind: "mine_marking"}, {Kind: "community_liaison"}, {Kind: "mine_clearance"},
	}, Uncovered: []redline.Uncovered{{Kind: "mine_clearance", Reason: "Clearance is what we ask for."}}}
	k := redline.MustCompile(redline.Baseline(), layer)
	err := redlinetest.Unexamined(k)
	got := errorsOf[*redlinetest.KindError](err)
	require.Len(t, got, 2)
	assert.Equal(t, &redlinetest.KindError{Kind: "community_liaison"}, got[0])
	assert.Equal(t, &redlinetest.KindError{Kind: "mine_marking"}, got[1])
	assert.Equal(t, "redlinetest: kind mine marking: no rule examines it; add a rule, or declare it uncovered with a reason", got[1].Error())

	all := errorsOf[*redlinetest.KindError](redlinetest.Check(k, baselineCases(t)))
	assert.Equal(t, got, all, "Check reports the same gaps")
}
