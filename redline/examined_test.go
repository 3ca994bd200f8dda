package redline_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
)

// deliberatelyUncovered are the library's kinds the baseline examines with
// no rule, each with why: the test fails when a kind is added to the
// library without a decision on it.
var deliberatelyUncovered = map[redline.Kind]string{
	redline.KindReleaseOfChildren:       "the organisation asks for it",
	redline.KindReleaseOfHostages:       "the organisation asks for it; a payment for it is a payment",
	redline.KindVacatingSchools:         "the organisation asks for it",
	redline.KindRemovingCheckpoints:     "the organisation asks for it",
	redline.KindHealthCareProtection:    "the organisation asks for it",
	redline.KindInformationToPopulation: "the organisation asks for it",
	redline.KindDetaineeTreatment:       "the organisation asks for it; visits are detention visits",
	redline.KindWeaponRestriction:       "a step short of a ban is good practice, not a concession",
}

// Every kind of term the library defines is examined by a baseline rule or
// declared uncovered by the baseline, with a reason — and the two lists do
// not overlap.
func TestBaselineCoversEveryKind(t *testing.T) {
	k := baseline(t)
	covered := map[redline.Kind][]string{}
	for _, r := range k.Rules() {
		covered[r.Kind] = append(covered[r.Kind], r.ID)
	}
	uncovered := map[redline.Kind]string{}
	for _, u := range k.Uncovered() {
		uncovered[u.Kind] = u.Reason
	}
	for _, kind := range redline.Kinds() {
		_, deliberate := deliberatelyUncovered[kind]
		switch {
		case len(covered[kind]) > 0:
			assert.False(t, deliberate, "%s is examined by %v but listed as deliberately uncovered", kind, covered[kind])
			assert.Empty(t, uncovered[kind], kind)
		case deliberate:
			assert.NotEmpty(t, uncovered[kind], "the baseline gives no reason for leaving %s unexamined", kind)
		default:
			t.Errorf("no baseline rule examines %s, and it is not listed as deliberately uncovered", kind)
		}
	}
	assert.Len(t, uncovered, len(deliberatelyUncovered))
	assert.Empty(t, k.Unexamined(), "the baseline leaves no library kind unexamined")
	assert.Equal(t, redline.OnUnexaminedList, k.OnUnexamined())
	for _, kind := range []redline.Kind{redline.KindPayment, redline.KindAccess, redline.KindDetentionVisit, redline.KindInformationSharing} {
		assert.NotEmpty(t, covered[kind], "issue 17 asks for a rule on %s", kind)
	}
	for _, kind := range []redline.Kind{redline.KindEvacuation, redline.KindPublicStatements} {
		assert.NotEmpty(t, covered[kind], "issue 26 asks for a rule on %s", kind)
	}
}

// Every rule of the baseline has its citations and rationale, and every
// citation is a norm the library knows.
func TestBaselineRulesCite(t *testing.T) {
	for _, r := range redline.Baseline().Rules {
		assert.NotEmpty(t, r.Rationale, r.ID)
		require.NotEmpty(t, r.Citations, r.ID)
		for _, c := range r.Citations {
			_, ok := redline.LookupNorm(c)
			assert.True(t, ok, "%s cites %s, which is not a known norm", r.ID, c)
		}
	}
	n, ok := redline.LookupNorm("ICRC-PSPW-2018")
	require.True(t, ok)
	assert.True(t, n.Unverified)
}

// The proposal of issue 17 — a tax and a toll to the armed actor,
// information shared with it, access on its conditions — was acceptable
// under baseline 2025.1. Now each term is examined and the report names
// the rules.
func TestIssueProposalIsNoLongerAcceptable(t *testing.T) {
	r := baseline(t).Check(issueProposal())
	assert.Equal(t, redline.VerdictApprovalRequired, r.Verdict)
	assert.Equal(t, redline.Headquarters, r.Approval)
	assert.Equal(t, []summary{
		{0, "tax-to-party", redline.SeverityInstitutional, redline.StatusCrossed},
		{1, "tax-to-party", redline.SeverityInstitutional, redline.StatusCrossed},
		{2, "identifying-information-beyond-protection", redline.SeverityInstitutional, redline.StatusIndeterminate},
		{2, "identifying-information-without-consent", redline.SeverityInstitutional, redline.StatusIndeterminate},
		{2, "aggregate-information-to-party", redline.SeverityTradeOff, redline.StatusIndeterminate},
		{2, "identifying-information-shared", redline.SeverityTradeOff, redline.StatusIndeterminate},
		{3, "conditional-access", redline.SeverityTradeOff, redline.StatusCrossed},
	}, summarise(r))
	assert.Equal(t, []int{}, r.Unexamined())
	ex := r.Examined()
	require.Len(t, ex, 4)
	assert.Equal(t, redline.Examination{Term: 0, Kind: redline.KindPayment,
		Rules: []string{"dialogue-fee", "ransom", "tax-to-host-state-at-war", "tax-to-party", "payment-to-party"}}, ex[0])
	assert.Equal(t, redline.Examination{Term: 2, Kind: redline.KindInformationSharing, Rules: []string{
		"identifying-information-beyond-protection", "identifying-information-without-consent", "aggregate-information-to-party", "identifying-information-shared"}}, ex[2])
	assert.Equal(t, redline.Examination{Term: 3, Kind: redline.KindAccess, Rules: []string{"conditional-access"}}, ex[3])

	// Fully stated, the information sharing is decided either way.
	terms := issueProposal()
	terms[2].Information = redline.InformationAggregate
	assert.Equal(t, []summary{{0, "aggregate-information-to-party", redline.SeverityTradeOff, redline.StatusCrossed}}, summarise(baseline(t).Check(terms[2:3])))
	terms[2].Information, terms[2].SharingPurpose, terms[2].Consent = redline.InformationIdentifying, redline.SharingPurposeProtection, redline.FlagNo
	r = baseline(t).Check(terms[2:3])
	assert.Equal(t, redline.VerdictApprovalRequired, r.Verdict)
	assert.Equal(t, "identifying-information-without-consent", summarise(r)[0].Rule)
}

func TestExaminedAndUnexamined(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), mineAction(0))
	assert.Equal(t, []redline.Kind{"community_liaison", "mine_marking"}, k.Unexamined())
	terms := []redline.Term{
		{Kind: redline.KindAccess, Conditional: redline.FlagNo},
		{Kind: "mine_marking"},
		{Kind: redline.KindReleaseOfChildren},
		{Kind: "no_such_kind"},
		{Kind: "community_liaison"},
	}
	r := k.Check(terms)
	// The verdict is left to what was examined, and the unknown kind.
	assert.Equal(t, redline.VerdictIndeterminate, r.Verdict)
	assert.Equal(t, []int{1, 4}, r.Unexamined(), "an unknown kind has its own finding and is not listed")
	ex := r.Examined()
	require.Len(t, ex, 5)
	assert.Equal(t, []string{"conditional-access"}, ex[0].Rules)
	assert.Equal(t, redline.Examination{Term: 1, Kind: "mine_marking", Rules: []string{}}, ex[1])
	assert.Empty(t, ex[2].Rules)
	assert.Contains(t, ex[2].Uncovered, "what the organisation asks of the party")
	assert.Equal(t, redline.Examination{Term: 3, Kind: "no_such_kind", Rules: []string{}}, ex[3])
	assert.Contains(t, r.String(), "Not examined: no rule of this policy covers terms 2 and 5: mine marking, community liaison\n")

	// Without the unknown kind, the verdict is acceptable, qualified.
	r = k.Check(append(terms[:3:3], terms[4]))
	assert.Equal(t, redline.VerdictAcceptable, r.Verdict, "the verdict itself stays as documented")
	assert.Contains(t, r.String(), "Verdict: acceptable for the 2 terms examined; no rule of this policy covers terms 2 and 4: mine marking, community liaison\n")

	// Two terms of one kind name it once.
	r = k.Check([]redline.Term{{Kind: "mine_marking"}, {Kind: "mine_marking"}, {Kind: redline.KindVacatingSchools}})
	assert.Contains(t, r.String(), "Verdict: acceptable for the 1 term examined; no rule of this policy covers terms 1 and 2: mine marking\n")

	// The zero report and an empty proposal examine nothing.
	var zero redline.Report
	assert.Empty(t, zero.Examined())
	assert.Equal(t, []int{}, zero.Unexamined())
	assert.Empty(t, k.Check(nil).Examined())
}

// Blocking: a term no rule examines counts as a term of an unknown kind.
func TestOnUnexaminedBlock(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), mineAction(redline.OnUnexaminedBlock))
	assert.Equal(t, redline.OnUnexaminedBlock, k.OnUnexamined())
	ok := redline.Term{Kind: redline.KindAccess, Conditional: redline.FlagNo}
	for _, tt := range []struct {
		terms []redline.Term
		want  redline.Verdict
	}{
		{[]redline.Term{ok}, redline.VerdictAcceptable},
		{[]redline.Term{ok, {Kind: "mine_marking"}}, redline.VerdictIndeterminate},
		{[]redline.Term{{Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict}, {Kind: "mine_marking"}}, redline.VerdictIndeterminate},
		{[]redline.Term{{Kind: redline.KindHostageTaking}, {Kind: "mine_marking"}}, redline.VerdictUnacceptable},
		{[]redline.Term{{Kind: redline.KindReleaseOfChildren}}, redline.VerdictAcceptable},
	} {
		r := k.Check(tt.terms)
		assert.Equal(t, tt.want, r.Verdict, "%v", tt.terms)
		for _, f := range r.Findings {
			assert.NotEqual(t, redline.Kind("mine_marking"), f.Kind, "no finding is made up for an unexamined term")
		}
	}
	// The strictest layer wins: a later layer cannot relax a block.
	relaxed := redline.MustCompile(redline.Baseline(), mineAction(redline.OnUnexaminedBlock),
		redline.Policy{Name: "relaxed", Version: "1", OnUnexamined: redline.OnUnexaminedList})
	assert.Equal(t, redline.OnUnexaminedBlock, relaxed.OnUnexamined())
	assert.Equal(t, redline.VerdictIndeterminate, relaxed.Check([]redline.Term{{Kind: "mine_marking"}}).Verdict)
}

// Layers and uncovered kinds: a later layer's rule covers a kind a lower
// layer left uncovered; a kind a rule examines cannot be declared
// uncovered, unless the layer drops the rule first.
func TestUncoveredLayers(t *testing.T) {
	lower := redline.Policy{Name: "lower", Version: "1", Kinds: []redline.KindDecl{{Kind: "mine_marking"}},
		Uncovered: []redline.Uncovered{{Kind: "mine_marking", Reason: "Marking is what we ask for."}}}
	k := redline.MustCompile(redline.Baseline(), lower)
	assert.Empty(t, k.Unexamined())
	assert.Contains(t, k.Uncovered(), redline.Uncovered{Kind: "mine_marking", Reason: "Marking is what we ask for."})

	upper := layerOf("upper", tradeOffRule("marking-by-party", "mine_marking", cond("by", redline.OpEq, redline.TextValue("armed_actor"))))
	k = redline.MustCompile(redline.Baseline(), lower, upper)
	assert.NotContains(t, k.Uncovered(), redline.Uncovered{Kind: "mine_marking", Reason: "Marking is what we ask for."})
	assert.Equal(t, []string{"marking-by-party"}, k.Check([]redline.Term{{Kind: "mine_marking"}}).Examined()[0].Rules)

	// A rule of a lower layer examines the kind: declaring it uncovered is a conflict.
	_, err := redline.Compile(redline.Baseline(), redline.Policy{Name: "x", Version: "1",
		Uncovered: []redline.Uncovered{{Kind: redline.KindAccess, Reason: "We take access as it comes."}}})
	assert.Equal(t, []fieldProblem{{"layers[1].uncovered[0].kind", redline.ReasonConflict}}, fieldProblems(t, err))
	assert.ErrorContains(t, err, "rule conditional-access examines kind access")

	// Dropping the rule first makes it a recorded exception, then uncovered.
	k, err = redline.Compile(redline.Baseline(), redline.Policy{Name: "x", Version: "1", Drop: []string{"conditional-access"},
		Uncovered: []redline.Uncovered{{Kind: redline.KindAccess, Reason: "We take access as it comes."}}})
	require.NoError(t, err)
	assert.Len(t, k.Exceptions(), 1)
	r := k.Check([]redline.Term{{Kind: redline.KindAccess, Conditional: redline.FlagYes}})
	assert.Equal(t, redline.VerdictAcceptable, r.Verdict)
	assert.Equal(t, "We take access as it comes.", r.Examined()[0].Uncovered)
}

func TestUncoveredAndOnUnexaminedErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		p    redline.Policy
		want []fieldProblem
	}{
		{"an unknown answer", redline.Policy{Name: "a", Version: "1", OnUnexamined: redline.OnUnexamined(9)},
			[]fieldProblem{{"layers[1].on_unexamined", redline.ReasonUnknown}}},
		{"not a kind of the policy", redline.Policy{Name: "a", Version: "1", Uncovered: []redline.Uncovered{{Kind: "mine_clearance", Reason: "r"}}},
			[]fieldProblem{{"layers[1].uncovered[0].kind", redline.ReasonReference}}},
		{"not a word", redline.Policy{Name: "a", Version: "1", Uncovered: []redline.Uncovered{{Kind: "Mine Clearance", Reason: "r"}}},
			[]fieldProblem{{"layers[1].uncovered[0].kind", redline.ReasonInvalid}}},
		{"no reason", redline.Policy{Name: "a", Version: "1", Uncovered: []redline.Uncovered{{Kind: redline.KindVacatingSchools}}},
			[]fieldProblem{{"layers[1].uncovered[0].reason", redline.ReasonRequired}}},
		{"a reason too long", redline.Policy{Name: "a", Version: "1", Uncovered: []redline.Uncovered{{Kind: redline.KindVacatingSchools, Reason: strings.Repeat("x", redline.MaxTextLen+1)}}},
			[]fieldProblem{{"layers[1].uncovered[0].reason", redline.ReasonTooLarge}}},
		{"twice", redline.Policy{Name: "a", Version: "1", Uncovered: []redline.Uncovered{{Kind: redline.KindVacatingSchools, Reason: "r"}, {Kind: redline.KindVacatingSchools, Reason: "r"}}},
			[]fieldProblem{{"layers[1].uncovered[1].kind", redline.ReasonDuplicate}}},
		{"a kind declared in the same layer is fine", redline.Policy{Name: "a", Version: "1", Kinds: []redline.KindDecl{{Kind: "mine_marking"}},
			Uncovered: []redline.Uncovered{{Kind: "mine_marking", Reason: "r"}}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := redline.Compile(redline.Baseline(), tt.p)
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.Equal(t, tt.want, fieldProblems(t, err))
		})
	}
	_, err := redline.ParseOnUnexamined("refuse")
	assert.Error(t, err)
	o, err := redline.ParseOnUnexamined("BLOCK")
	require.NoError(t, err)
	assert.Equal(t, redline.OnUnexaminedBlock, o)
}

// The new fields round-trip through the policy's JSON, and the report's
// JSON carries what was examined.
func TestExaminedJSON(t *testing.T) {
	p := mineAction(redline.OnUnexaminedBlock)
	p.Uncovered = []redline.Uncovered{{Kind: "community_liaison", Reason: "Liaison is how we work."}}
	var b strings.Builder
	require.NoError(t, redline.EncodePolicy(&b, p))
	assert.Contains(t, b.String(), `"on_unexamined": "block"`)
	back, err := redline.DecodePolicy(strings.NewReader(b.String()), redline.Limits{})
	require.NoError(t, err)
	assert.Equal(t, p, back)

	k := redline.MustCompile(redline.Baseline(), back)
	out, err := json.Marshal(k.Check([]redline.Term{{Kind: "mine_marking"}, {Kind: "community_liaison"}}))
	require.NoError(t, err)
	var got struct {
		Verdict  string `json:"verdict"`
		Examined []struct {
			Term      int      `json:"term_index"`
			Kind      string   `json:"kind"`
			Rules     []string `json:"rules"`
			Uncovered string   `json:"uncovered"`
		} `json:"examined"`
		Unexamined []int `json:"unexamined_term_indexes"`
	}
	require.NoError(t, json.Unmarshal(out, &got), "%s", out)
	assert.Equal(t, 1, got.Examined[1].Term, "terms by their index, from 0")
	assert.Equal(t, "indeterminate", got.Verdict)
	assert.Equal(t, []int{0}, got.Unexamined)
	require.Len(t, got.Examined, 2)
	assert.Equal(t, "mine_marking", got.Examined[0].Kind)
	assert.Equal(t, []string{}, got.Examined[0].Rules)
	assert.Equal(t, "Liaison is how we work.", got.Examined[1].Uncovered)
}

// A proposal longer than the report records inline: every term is still
// examined, including after CheckInto reuses the report.
func TestExaminedLongProposal(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), mineAction(0))
	var terms []redline.Term
	for i := range 70 {
		switch i % 3 {
		case 0:
			terms = append(terms, redline.Term{Kind: redline.KindAccess, Conditional: redline.FlagNo})
		case 1:
			terms = append(terms, redline.Term{Kind: "mine_marking"})
		default:
			terms = append(terms, redline.Term{Kind: redline.KindEmblem, Display: redline.FlagYes})
		}
	}
	var want []int
	for i := 1; i < 70; i += 3 {
		want = append(want, i)
	}
	var r redline.Report
	for _, n := range []int{70, 40, 70, 3} {
		k.CheckInto(&r, terms[:n])
		var w []int
		for _, i := range want {
			if i < n {
				w = append(w, i)
			}
		}
		assert.Equal(t, w, r.Unexamined(), "%d terms", n)
		ex := r.Examined()
		require.Len(t, ex, n)
		for i, e := range ex {
			assert.Equal(t, terms[i].Kind, e.Kind, strconv.Itoa(i))
		}
		assert.Equal(t, k.Check(terms[:n]).Examined(), ex)
	}
}
