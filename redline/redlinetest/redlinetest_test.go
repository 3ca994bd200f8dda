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
	f, err := os.Open("../testdata/baseline_cases.json")
	require.NoError(t, err)
	defer f.Close()
	cases, err := redlinetest.DecodeCases(f, redline.Limits{})
	require.NoError(t, err)
	return cases
}

// The baseline proves itself with its own cases.
func TestBaseline(t *testing.T) {
	redlinetest.Run(t, redline.MustCompile(redline.Baseline()), baselineCases(t))
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
		"redlinetest: rule fee: condition 0 (purpose): never false in any case",
		"redlinetest: rule fee: condition 1 (payee): never false in any case",
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
