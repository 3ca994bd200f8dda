package redline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/redline/redlinetest"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata")

func baseline(t testing.TB) *redline.Checker {
	t.Helper()
	k, err := redline.Compile(redline.Baseline())
	require.NoError(t, err)
	return k
}

// summary is what a test pins of a finding.
type summary struct {
	Term     int
	Rule     string
	Severity redline.Severity
	Status   redline.Status
}

func summarise(r redline.Report) []summary {
	var out []summary
	for _, f := range r.Findings {
		out = append(out, summary{f.Term, f.Rule, f.Severity, f.Status})
	}
	return out
}

func TestCheckThreeValued(t *testing.T) {
	k := baseline(t)
	for _, tt := range []struct {
		name    string
		term    redline.Term
		want    []summary
		verdict redline.Verdict
		missing [][]string // Missing() of each finding
	}{
		{"one false condition decides, whatever is missing",
			redline.Term{Kind: redline.KindInformationSharing, Information: redline.InformationOperational}, nil, redline.VerdictAcceptable, nil},
		{"the other false condition decides too",
			redline.Term{Kind: redline.KindPayment, Payee: redline.EntitySupplier}, []summary{
				{0, "ransom", redline.SeverityInstitutional, redline.StatusIndeterminate},
			}, redline.VerdictIndeterminate, [][]string{{"purpose"}}},
		{"a missing attribute with the other condition met",
			redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee}, []summary{
				{0, "dialogue-fee", redline.SeverityInstitutional, redline.StatusIndeterminate},
			}, redline.VerdictIndeterminate, [][]string{{"payee"}}},
		{"everything missing",
			redline.Term{Kind: redline.KindPayment}, []summary{
				{0, "dialogue-fee", redline.SeverityInstitutional, redline.StatusIndeterminate},
				{0, "ransom", redline.SeverityInstitutional, redline.StatusIndeterminate},
				{0, "tax-to-host-state-at-war", redline.SeverityInstitutional, redline.StatusIndeterminate},
				{0, "tax-to-party", redline.SeverityInstitutional, redline.StatusIndeterminate},
				{0, "payment-to-party", redline.SeverityTradeOff, redline.StatusIndeterminate},
			}, redline.VerdictIndeterminate, [][]string{{"purpose", "payee"}, {"purpose"}, {"purpose", "payee", "host_state_party"}, {"purpose", "payee"}, {"purpose", "payee"}}},
		{"every condition met",
			redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee, Payee: redline.EntityHostState}, []summary{
				{0, "dialogue-fee", redline.SeverityInstitutional, redline.StatusCrossed},
			}, redline.VerdictApprovalRequired, [][]string{nil}},
		{"no minimum age",
			redline.Term{Kind: redline.KindChildUse, By: redline.EntityArmedActor}, []summary{
				{0, "child-use-under-15", redline.SeverityAbsolute, redline.StatusIndeterminate},
				{0, "child-use-under-18", redline.SeverityInstitutional, redline.StatusIndeterminate},
			}, redline.VerdictIndeterminate, [][]string{{"min_age"}, {"min_age"}}},
		{"a rule without conditions always fires",
			redline.Term{Kind: redline.KindHostageTaking, By: redline.Entity(200)}, []summary{
				{0, "hostage-taking", redline.SeverityAbsolute, redline.StatusCrossed},
			}, redline.VerdictUnacceptable, [][]string{nil}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := k.Check([]redline.Term{tt.term})
			assert.Equal(t, tt.want, summarise(r))
			assert.Equal(t, tt.verdict, r.Verdict)
			require.Len(t, r.Findings, len(tt.missing))
			for i, f := range r.Findings {
				assert.Equal(t, tt.missing[i], f.Missing(), f.Rule)
			}
		})
	}
}

func TestCheckInvalidValues(t *testing.T) {
	k := baseline(t)
	for _, tt := range []struct {
		name string
		term redline.Term
		rule string
		obs  []redline.Observation
	}{
		{"unknown party", redline.Term{Kind: redline.KindFunding, Source: redline.Entity(200)}, "funding-from-party",
			[]redline.Observation{{Attr: "source", Label: "source of funding", Op: redline.OpIn,
				Value: redline.ListValue("armed_actor", "host_state", "party_to_conflict", "de_facto_authority"), Got: redline.TextValue("entity(200)"), Result: redline.ResultInvalid}}},
		{"NaN minimum age", redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(math.NaN())}, "child-use-under-15",
			nil}, // NaN does not equal itself: checked below
		{"infinite minimum age", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(math.Inf(-1))}, "child-recruitment-under-15",
			[]redline.Observation{{Attr: "min_age", Label: "minimum age", Op: redline.OpLt, Value: redline.NumberValue(15),
				Got: redline.TextValue("-Inf"), Result: redline.ResultInvalid}}},
		{"unknown flag", redline.Term{Kind: redline.KindEmblem, Display: redline.Flag(9)}, "emblem-not-displayed",
			[]redline.Observation{{Attr: "display", Label: "emblem displayed", Op: redline.OpEq, Value: redline.FlagValue(false),
				Got: redline.TextValue("flag(9)"), Result: redline.ResultInvalid}}},
		{"unknown purpose", redline.Term{Kind: redline.KindPayment, Purpose: redline.Purpose(99), Payee: redline.EntityArmedActor}, "ransom",
			[]redline.Observation{{Attr: "purpose", Label: "purpose", Op: redline.OpEq, Value: redline.TextValue("ransom"),
				Got: redline.TextValue("purpose(99)"), Result: redline.ResultInvalid}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := k.Check([]redline.Term{tt.term})
			assert.NotEqual(t, redline.VerdictAcceptable, r.Verdict)
			var f *redline.Finding
			for i := range r.Findings {
				if r.Findings[i].Rule == tt.rule {
					f = &r.Findings[i]
				}
			}
			require.NotNil(t, f, "no finding of rule %s in %v", tt.rule, summarise(r))
			assert.Equal(t, redline.StatusIndeterminate, f.Status)
			obs := f.Observations()
			require.NotEmpty(t, obs)
			assert.Equal(t, redline.ResultInvalid, obs[0].Result)
			assert.Equal(t, []string{obs[0].Attr}, f.Missing())
			if tt.obs != nil {
				assert.Equal(t, tt.obs, obs)
			}
		})
	}

	// Invalid values on every rule of the proposal: nothing is acceptable
	// and nothing is silently dropped.
	r := k.Check([]redline.Term{{Kind: redline.KindChildUse, MinAge: redline.Num(math.NaN())}})
	assert.Equal(t, redline.VerdictIndeterminate, r.Verdict)
	require.Len(t, r.Findings, 2)
	// A non-finite number is shown as a word, so that the report still
	// encodes as JSON.
	got, ok := r.Findings[0].Observations()[0].Got.Text()
	assert.True(t, ok)
	assert.Equal(t, "NaN", got)
	assert.Equal(t, "minimum age invalid (NaN) (limit: under 15)", r.Findings[0].Observations()[0].String())
}

func TestCheckUnknownKind(t *testing.T) {
	k := baseline(t)
	for _, kind := range []redline.Kind{"cash_for_work", "", "Child_Recruitment", "child recruitment", redline.Kind(strings.Repeat("k", 200))} {
		r := k.Check([]redline.Term{{ID: "x", Kind: kind}})
		assert.Equal(t, redline.VerdictIndeterminate, r.Verdict, "%q", kind)
		require.Len(t, r.Findings, 1)
		f := r.Findings[0]
		assert.Equal(t, "", f.Rule)
		assert.Equal(t, 0, f.Term)
		assert.Equal(t, "x", f.TermID)
		assert.Equal(t, kind, f.Kind)
		assert.Equal(t, redline.SeverityAbsolute, f.Severity)
		assert.Equal(t, redline.StatusIndeterminate, f.Status)
		assert.Equal(t, redline.AuthorityUnspecified, f.Approval)
		assert.Nil(t, f.Citations())
		assert.Nil(t, f.Observations())
		assert.Nil(t, f.Missing())
		assert.Equal(t, "", f.Layer())
		assert.Contains(t, f.Rationale(), "does not know this kind")
		assert.Nil(t, k.Trace(redline.Term{Kind: kind}))
	}
	// The zero Term is a term of no kind.
	r := k.Check([]redline.Term{{}})
	assert.Equal(t, []summary{{0, "", redline.SeverityAbsolute, redline.StatusIndeterminate}}, summarise(r))
}

// verdictPolicy has one rule of each severity (and three approval levels),
// each on its own kind, so that a test can cross or leave open any of them.
func verdictPolicy() redline.Policy {
	return redline.Policy{Name: "verdicts", Version: "1", Rules: []redline.Rule{
		{ID: "abs", Kind: redline.KindChildUse, Severity: redline.SeverityAbsolute, When: []redline.Condition{cond("min_age", redline.OpLt, redline.NumberValue(15))},
			Citations: []string{"CIHL-137"}, Rationale: "r"},
		{ID: "inst-hq", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
			When: []redline.Condition{cond("purpose", redline.OpEq, redline.TextValue("ransom"))}, Citations: []string{"institutional"}, Rationale: "r"},
		{ID: "inst-co", Kind: redline.KindFunding, Severity: redline.SeverityInstitutional, Approval: redline.CountryOffice,
			When: []redline.Condition{cond("source", redline.OpEq, redline.TextValue("armed_actor"))}, Citations: []string{"institutional"}, Rationale: "r"},
		{ID: "inst-board", Kind: redline.KindBeneficiarySelection, Severity: redline.SeverityInstitutional, Approval: redline.GoverningBoard,
			When: []redline.Condition{cond("controlled_by", redline.OpEq, redline.TextValue("armed_actor"))}, Citations: []string{"HP"}, Rationale: "r"},
		{ID: "bottom", Kind: redline.KindEvacuation, Severity: redline.SeverityBottomLine,
			When: []redline.Condition{cond("count", redline.OpLt, redline.NumberValue(100))}, Citations: []string{"team"}, Rationale: "r"},
		{ID: "trade", Kind: redline.KindArmedEscort, Severity: redline.SeverityTradeOff,
			When: []redline.Condition{cond("provider", redline.OpEq, redline.TextValue("armed_actor"))}, Citations: []string{"HP"}, Rationale: "r"},
	}}
}

func TestCheckVerdict(t *testing.T) {
	k, err := redline.Compile(verdictPolicy())
	require.NoError(t, err)
	var (
		abs       = redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(14)}
		absOpen   = redline.Term{Kind: redline.KindChildUse}
		absNo     = redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(18)}
		hq        = redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeRansom}
		hqOpen    = redline.Term{Kind: redline.KindPayment}
		co        = redline.Term{Kind: redline.KindFunding, Source: redline.EntityArmedActor}
		board     = redline.Term{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityArmedActor}
		bottom    = redline.Term{Kind: redline.KindEvacuation, Count: redline.Num(50)}
		botOpen   = redline.Term{Kind: redline.KindEvacuation}
		trade     = redline.Term{Kind: redline.KindArmedEscort, Provider: redline.EntityArmedActor}
		tradeOpen = redline.Term{Kind: redline.KindArmedEscort}
		unknown   = redline.Term{Kind: "mystery"}
		clean     = redline.Term{Kind: redline.KindAccess}
	)
	for _, tt := range []struct {
		name     string
		terms    []redline.Term
		verdict  redline.Verdict
		approval redline.Authority
	}{
		{"nothing", nil, redline.VerdictAcceptable, 0},
		{"empty", []redline.Term{}, redline.VerdictAcceptable, 0},
		{"nothing crossed", []redline.Term{clean, absNo}, redline.VerdictAcceptable, 0},
		{"a trade-off", []redline.Term{trade}, redline.VerdictTradeOffAnalysis, 0},
		{"a bottom line", []redline.Term{bottom}, redline.VerdictMandatorDecision, 0},
		{"an institutional rule", []redline.Term{hq}, redline.VerdictApprovalRequired, redline.Headquarters},
		{"an absolute rule", []redline.Term{abs}, redline.VerdictUnacceptable, 0},
		{"the worst crossed wins", []redline.Term{trade, bottom}, redline.VerdictMandatorDecision, 0},
		{"approval is the highest level", []redline.Term{co, hq, board, trade}, redline.VerdictApprovalRequired, redline.GoverningBoard},
		{"approval among two", []redline.Term{co, hq}, redline.VerdictApprovalRequired, redline.Headquarters},
		{"approval even when unacceptable", []redline.Term{hq, abs}, redline.VerdictUnacceptable, redline.Headquarters},
		{"an open trade-off alone", []redline.Term{tradeOpen}, redline.VerdictIndeterminate, 0},
		{"an open rule no worse than one crossed", []redline.Term{trade, tradeOpen}, redline.VerdictTradeOffAnalysis, 0},
		{"an open trade-off under an institutional rule", []redline.Term{hq, tradeOpen}, redline.VerdictApprovalRequired, redline.Headquarters},
		{"an open bottom line under an institutional rule", []redline.Term{botOpen, hq}, redline.VerdictApprovalRequired, redline.Headquarters},
		{"an open institutional rule over a trade-off", []redline.Term{trade, hqOpen}, redline.VerdictIndeterminate, 0},
		{"an open institutional rule beside a crossed one", []redline.Term{hqOpen, co}, redline.VerdictApprovalRequired, redline.CountryOffice},
		{"an open absolute rule over an institutional one", []redline.Term{hq, absOpen}, redline.VerdictIndeterminate, redline.Headquarters},
		{"an absolute rule crossed and open", []redline.Term{absOpen, abs}, redline.VerdictUnacceptable, 0},
		{"unacceptable beats an unknown kind", []redline.Term{unknown, abs}, redline.VerdictUnacceptable, 0},
		{"an unknown kind beats an institutional rule", []redline.Term{board, unknown}, redline.VerdictIndeterminate, redline.GoverningBoard},
		{"an unknown kind alone", []redline.Term{unknown}, redline.VerdictIndeterminate, 0},
		{"an open institutional rule needs no approval yet", []redline.Term{hqOpen}, redline.VerdictIndeterminate, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := k.Check(tt.terms)
			assert.Equal(t, tt.verdict, r.Verdict)
			assert.Equal(t, tt.approval, r.Approval)
			assert.Equal(t, len(tt.terms), r.Terms)
			assert.Equal(t, "verdicts@1", r.Policy)
			if tt.verdict == redline.VerdictAcceptable {
				assert.Empty(t, r.Findings)
			} else {
				assert.NotEmpty(t, r.Findings)
			}
		})
	}
}

func TestCheckFindingOrder(t *testing.T) {
	rule := func(id string, sev redline.Severity) redline.Rule {
		r := tradeOffRule(id, redline.KindPayment, cond("amount", redline.OpGe, redline.NumberValue(0)))
		r.Severity = sev
		switch sev {
		case redline.SeverityInstitutional:
			r.Approval = redline.CountryOffice
		case redline.SeverityAbsolute:
			r.Citations = []string{"CIHL-96"}
		}
		return r
	}
	p := redline.Policy{Name: "order", Version: "1", Rules: []redline.Rule{
		rule("c-trade", redline.SeverityTradeOff),
		rule("b-inst", redline.SeverityInstitutional),
		rule("z-abs", redline.SeverityAbsolute),
		rule("a-inst", redline.SeverityInstitutional),
		rule("a-bottom", redline.SeverityBottomLine),
		{ID: "hostages", Kind: redline.KindHostageTaking, Severity: redline.SeverityAbsolute, Citations: []string{"CIHL-96"}, Rationale: "r"},
	}}
	k, err := redline.Compile(p)
	require.NoError(t, err)
	pay := redline.Term{Kind: redline.KindPayment, Amount: redline.Num(5)}
	r := k.Check([]redline.Term{
		{ID: "t0", Kind: redline.KindHostageTaking},
		{ID: "t1", Kind: redline.KindAccess},
		pay,
		{ID: "t3", Kind: "mystery"},
		{ID: "t4", Kind: redline.KindPayment}, // amount missing: every rule open
	})
	assert.Equal(t, []summary{
		{0, "hostages", redline.SeverityAbsolute, redline.StatusCrossed},
		{2, "z-abs", redline.SeverityAbsolute, redline.StatusCrossed},
		{2, "a-inst", redline.SeverityInstitutional, redline.StatusCrossed},
		{2, "b-inst", redline.SeverityInstitutional, redline.StatusCrossed},
		{2, "a-bottom", redline.SeverityBottomLine, redline.StatusCrossed},
		{2, "c-trade", redline.SeverityTradeOff, redline.StatusCrossed},
		{3, "", redline.SeverityAbsolute, redline.StatusIndeterminate},
		{4, "z-abs", redline.SeverityAbsolute, redline.StatusIndeterminate},
		{4, "a-inst", redline.SeverityInstitutional, redline.StatusIndeterminate},
		{4, "b-inst", redline.SeverityInstitutional, redline.StatusIndeterminate},
		{4, "a-bottom", redline.SeverityBottomLine, redline.StatusIndeterminate},
		{4, "c-trade", redline.SeverityTradeOff, redline.StatusIndeterminate},
	}, summarise(r))
	var ids []string
	for _, f := range r.Findings {
		ids = append(ids, f.TermID)
	}
	assert.Equal(t, []string{"t0", "", "", "", "", "", "t3", "t4", "t4", "t4", "t4", "t4"}, ids)
	assert.Equal(t, redline.VerdictUnacceptable, r.Verdict)
	assert.Equal(t, redline.CountryOffice, r.Approval)

	// The order is the same however the proposal's terms are spread.
	var more []redline.Term
	for range 20 {
		more = append(more, pay)
	}
	r = k.Check(more)
	require.Len(t, r.Findings, 100)
	for i, f := range r.Findings {
		assert.Equal(t, i/5, f.Term)
		assert.Equal(t, []string{"z-abs", "a-inst", "b-inst", "a-bottom", "c-trade"}[i%5], f.Rule)
	}
}

func TestFindingExplains(t *testing.T) {
	k := baseline(t)
	r := k.Check([]redline.Term{
		{ID: "art. 3", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(14)},
		{Kind: redline.KindPayment, Payer: redline.EntityAgency, Purpose: redline.PurposeDialogueFee},
		{Kind: redline.KindEmblem, Display: redline.FlagNo},
	})
	require.Equal(t, []summary{
		{0, "child-recruitment-under-15", redline.SeverityAbsolute, redline.StatusCrossed},
		{0, "child-recruitment-under-18", redline.SeverityTradeOff, redline.StatusCrossed},
		{1, "dialogue-fee", redline.SeverityInstitutional, redline.StatusIndeterminate},
		{2, "emblem-not-displayed", redline.SeverityTradeOff, redline.StatusCrossed},
	}, summarise(r))

	f := r.Findings[0]
	assert.Equal(t, "art. 3", f.TermID)
	assert.Equal(t, redline.KindChildRecruitment, f.Kind)
	assert.Equal(t, "baseline", f.Layer())
	assert.Equal(t, []string{"CIHL-136", "AP2-4-3-c", "ROME-8-2-e-vii"}, f.Citations())
	assert.Equal(t, baselineRule(t, "child-recruitment-under-15").Rationale, f.Rationale())
	assert.Equal(t, []redline.Observation{{Attr: "min_age", Label: "minimum age", Op: redline.OpLt,
		Value: redline.NumberValue(15), Got: redline.NumberValue(14), Result: redline.ResultMet}}, f.Observations())
	assert.Equal(t, "minimum age 14 (limit: under 15)", f.Observations()[0].String())
	assert.Nil(t, f.Missing())
	assert.Equal(t, redline.AuthorityUnspecified, f.Approval)

	fee := r.Findings[2]
	assert.Equal(t, redline.Headquarters, fee.Approval, "an open institutional finding names its approval level")
	assert.Equal(t, []redline.Observation{
		{Attr: "purpose", Label: "purpose", Op: redline.OpEq, Value: redline.TextValue("dialogue_fee"), Got: redline.TextValue("dialogue_fee"), Result: redline.ResultMet},
		{Attr: "payee", Label: "payee", Op: redline.OpIn, Value: redline.ListValue("armed_actor", "host_state", "party_to_conflict", "de_facto_authority"), Result: redline.ResultMissing},
	}, fee.Observations())
	assert.True(t, fee.Observations()[1].Got.IsZero())
	assert.Equal(t, []string{"payee"}, fee.Missing())
	assert.Equal(t, "payee not stated (rule: one of the armed actor, the host state, a party to the conflict, a de facto authority)", fee.Observations()[1].String())

	emblem := r.Findings[3]
	assert.Equal(t, "emblem displayed no (rule: no)", emblem.Observations()[0].String())
	assert.Equal(t, []string{"CIHL-31"}, emblem.Citations())

	t.Run("citations are copies", func(t *testing.T) {
		c := f.Citations()
		c[0] = "changed"
		assert.Equal(t, "CIHL-136", f.Citations()[0])
		again := k.Check([]redline.Term{{Kind: redline.KindChildRecruitment, MinAge: redline.Num(14)}})
		assert.Equal(t, "CIHL-136", again.Findings[0].Citations()[0])
		rule, _ := k.Rule("child-recruitment-under-15")
		assert.Equal(t, "CIHL-136", rule.Citations[0])
	})

	t.Run("observations are copies", func(t *testing.T) {
		o := fee.Observations()
		o[0].Attr = "changed"
		o[1].Result = redline.ResultMet
		assert.Equal(t, "purpose", fee.Observations()[0].Attr)
		assert.Equal(t, redline.ResultMissing, fee.Observations()[1].Result)
	})
}

func TestObservationString(t *testing.T) {
	for _, tt := range []struct {
		o    redline.Observation
		want string
	}{
		{redline.Observation{Label: "minimum age", Op: redline.OpLt, Value: redline.NumberValue(15), Got: redline.NumberValue(14), Result: redline.ResultMet},
			"minimum age 14 (limit: under 15)"},
		{redline.Observation{Label: "minimum age", Op: redline.OpLe, Value: redline.NumberValue(15), Got: redline.NumberValue(16.5), Result: redline.ResultNotMet},
			"minimum age 16.5 (limit: at most 15)"},
		{redline.Observation{Label: "amount", Op: redline.OpGt, Value: redline.NumberValue(1000), Got: redline.NumberValue(50000), Result: redline.ResultMet},
			"amount 50000 (limit: over 1000)"},
		{redline.Observation{Label: "number of people", Op: redline.OpGe, Value: redline.NumberValue(10), Result: redline.ResultMissing},
			"number of people not stated (limit: at least 10)"},
		{redline.Observation{Label: "purpose", Op: redline.OpEq, Value: redline.TextValue("ransom"), Result: redline.ResultMissing},
			"purpose not stated (rule: ransom)"},
		{redline.Observation{Label: "purpose", Op: redline.OpNe, Value: redline.TextValue("goods"), Got: redline.TextValue("ransom"), Result: redline.ResultMet},
			"purpose ransom (rule: not goods)"},
		{redline.Observation{Attr: "payee", Label: "payee", Op: redline.OpIn, Value: redline.ListValue("armed_actor", "party_to_conflict"), Got: redline.TextValue("armed_actor"), Result: redline.ResultMet},
			"payee the armed actor (rule: one of the armed actor, a party to the conflict)"},
		{redline.Observation{Attr: "recipient", Label: "recipient", Op: redline.OpNotIn, Value: redline.ListValue("agency"), Got: redline.TextValue("host_state"), Result: redline.ResultMet},
			"recipient the host state (rule: none of the organisation)"},
		{redline.Observation{Attr: "by", Label: "who must act", Op: redline.OpEq, Value: redline.TextValue("armed_actor"), Got: redline.TextValue("entity(200)"), Result: redline.ResultInvalid},
			"who must act invalid (entity(200)) (rule: the armed actor)"},
		{redline.Observation{Attr: "purpose", Label: "purpose", Op: redline.OpEq, Value: redline.TextValue("dialogue_fee"), Got: redline.TextValue("toll"), Result: redline.ResultNotMet},
			"purpose a toll (rule: a fee for dialogue)"},
		{redline.Observation{Attr: "channel", Label: "channel", Op: redline.OpIn, Value: redline.ListValue("mobile_money", "cash"), Got: redline.TextValue("mobile_money"), Result: redline.ResultMet},
			"channel mobile money (rule: one of mobile money, cash)"},
		{redline.Observation{Label: "emblem displayed", Op: redline.OpEq, Value: redline.FlagValue(false), Got: redline.FlagValue(true), Result: redline.ResultNotMet},
			"emblem displayed yes (rule: no)"},
		{redline.Observation{Attr: "daily_rate", Label: "daily rate", Op: redline.OpGt, Value: redline.NumberValue(12), Got: redline.TextValue("high"), Result: redline.ResultInvalid},
			"daily rate invalid (high) (limit: over 12)"},
	} {
		assert.Equal(t, tt.want, tt.o.String())
	}
}

// agencyPolicy declares an agency's kind with an attribute of each type, an
// extra attribute for the library's payment kind, and a rule over them.
func agencyChecker(t testing.TB, kind redline.Kind, when ...redline.Condition) *redline.Checker {
	t.Helper()
	p := redline.Policy{Name: "acme", Version: "1", Kinds: cashForWork(), Rules: []redline.Rule{{
		ID: "rule", Kind: kind, Severity: redline.SeverityBottomLine, When: when, Citations: []string{"ACME-POL-7"}, Rationale: "Ours.",
	}}}
	k, err := redline.Compile(p)
	require.NoError(t, err)
	return k
}

func TestCheckAgencyAttributes(t *testing.T) {
	const (
		none  = redline.StatusUnspecified
		cross = redline.StatusCrossed
		open  = redline.StatusIndeterminate
	)
	num := func(op redline.Op, v float64) redline.Condition {
		return cond("daily_rate", op, redline.NumberValue(v))
	}
	text := func(op redline.Op, words ...string) redline.Condition {
		if op == redline.OpEq || op == redline.OpNe {
			return cond("paid_in", op, redline.TextValue(words[0]))
		}
		return cond("paid_in", op, redline.ListValue(words...))
	}
	flg := func(op redline.Op, b bool) redline.Condition { return cond("monitored", op, redline.FlagValue(b)) }
	rate := func(v float64) map[string]redline.Value {
		return map[string]redline.Value{"daily_rate": redline.NumberValue(v)}
	}
	paid := func(s string) map[string]redline.Value {
		return map[string]redline.Value{"paid_in": redline.TextValue(s)}
	}
	monitored := func(b bool) map[string]redline.Value {
		return map[string]redline.Value{"monitored": redline.FlagValue(b)}
	}
	for _, tt := range []struct {
		name   string
		c      redline.Condition
		extra  map[string]redline.Value
		want   redline.Status
		result redline.Result
	}{
		{"eq met", num(redline.OpEq, 12), rate(12), cross, redline.ResultMet},
		{"eq not met", num(redline.OpEq, 12), rate(12.5), none, redline.ResultNotMet},
		{"ne met", num(redline.OpNe, 12), rate(13), cross, redline.ResultMet},
		{"ne not met", num(redline.OpNe, 12), rate(12), none, redline.ResultNotMet},
		{"lt met", num(redline.OpLt, 12), rate(11.99), cross, redline.ResultMet},
		{"lt not met", num(redline.OpLt, 12), rate(12), none, redline.ResultNotMet},
		{"le met", num(redline.OpLe, 12), rate(12), cross, redline.ResultMet},
		{"le not met", num(redline.OpLe, 12), rate(12.01), none, redline.ResultNotMet},
		{"gt met", num(redline.OpGt, 12), rate(15), cross, redline.ResultMet},
		{"gt not met", num(redline.OpGt, 12), rate(12), none, redline.ResultNotMet},
		{"ge met", num(redline.OpGe, 12), rate(12), cross, redline.ResultMet},
		{"ge not met", num(redline.OpGe, 12), rate(-1), none, redline.ResultNotMet},
		{"number missing", num(redline.OpGt, 12), nil, open, redline.ResultMissing},
		{"number missing among others", num(redline.OpGt, 12), paid("cash"), open, redline.ResultMissing},
		{"a word for a number", num(redline.OpGt, 12), map[string]redline.Value{"daily_rate": redline.TextValue("15")}, open, redline.ResultInvalid},
		{"a flag for a number", num(redline.OpGt, 12), map[string]redline.Value{"daily_rate": redline.FlagValue(true)}, open, redline.ResultInvalid},
		{"NaN", num(redline.OpNe, 12), rate(math.NaN()), open, redline.ResultInvalid},
		{"infinity", num(redline.OpGt, 12), rate(math.Inf(1)), open, redline.ResultInvalid},
		{"nothing", num(redline.OpGt, 12), map[string]redline.Value{"daily_rate": {}}, open, redline.ResultInvalid},

		{"text eq met", text(redline.OpEq, "cash"), paid("cash"), cross, redline.ResultMet},
		{"text eq is case sensitive", text(redline.OpEq, "cash"), paid("Cash"), none, redline.ResultNotMet},
		{"text ne met", text(redline.OpNe, "cash"), paid("voucher"), cross, redline.ResultMet},
		{"text ne not met", text(redline.OpNe, "cash"), paid("cash"), none, redline.ResultNotMet},
		{"text in met", text(redline.OpIn, "cash", "voucher"), paid("voucher"), cross, redline.ResultMet},
		{"text in not met", text(redline.OpIn, "cash", "voucher"), paid("kind"), none, redline.ResultNotMet},
		{"text not_in met", text(redline.OpNotIn, "cash", "voucher"), paid("kind"), cross, redline.ResultMet},
		{"text not_in not met", text(redline.OpNotIn, "cash", "voucher"), paid("cash"), none, redline.ResultNotMet},
		{"text missing", text(redline.OpNotIn, "cash"), nil, open, redline.ResultMissing},
		{"empty text", text(redline.OpNe, "cash"), paid(""), open, redline.ResultInvalid},
		{"a number for text", text(redline.OpEq, "cash"), map[string]redline.Value{"paid_in": redline.NumberValue(1)}, open, redline.ResultInvalid},
		{"a list for text", text(redline.OpIn, "cash"), map[string]redline.Value{"paid_in": redline.ListValue("cash")}, open, redline.ResultInvalid},

		{"flag eq met", flg(redline.OpEq, false), monitored(false), cross, redline.ResultMet},
		{"flag eq not met", flg(redline.OpEq, false), monitored(true), none, redline.ResultNotMet},
		{"flag ne met", flg(redline.OpNe, false), monitored(true), cross, redline.ResultMet},
		{"flag ne not met", flg(redline.OpNe, true), monitored(true), none, redline.ResultNotMet},
		{"flag missing", flg(redline.OpEq, true), nil, open, redline.ResultMissing},
		{"a word for a flag", flg(redline.OpEq, true), map[string]redline.Value{"monitored": redline.TextValue("yes")}, open, redline.ResultInvalid},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k := agencyChecker(t, "cash_for_work", tt.c)
			term := redline.Term{Kind: "cash_for_work", Extra: tt.extra}
			r := k.Check([]redline.Term{term})
			tr := k.Trace(term)
			require.Len(t, tr, 1)
			assert.Equal(t, tt.want, tr[0].Status)
			require.Len(t, tr[0].Observed, 1)
			assert.Equal(t, tt.result, tr[0].Observed[0].Result)
			assert.Equal(t, strings.ReplaceAll(tt.c.Attr, "_", " "), tr[0].Observed[0].Label, "an agency's attribute is labelled by its name, in words")
			if tt.want == none {
				assert.Empty(t, r.Findings)
				assert.Equal(t, redline.VerdictAcceptable, r.Verdict)
				return
			}
			require.Len(t, r.Findings, 1)
			f := r.Findings[0]
			assert.Equal(t, tt.want, f.Status)
			obs := f.Observations()
			require.Len(t, obs, 1)
			assert.Equal(t, tt.result, obs[0].Result)
			assert.Equal(t, tt.c.Attr, obs[0].Attr)
			assert.True(t, tt.c.Value.Equal(obs[0].Value))
			if v, ok := tt.extra[tt.c.Attr]; ok && !v.IsZero() {
				assert.Equal(t, v.String(), obs[0].Got.String())
			} else {
				assert.True(t, obs[0].Got.IsZero())
			}
			if tt.want == cross {
				assert.Equal(t, redline.VerdictMandatorDecision, r.Verdict)
				assert.Nil(t, f.Missing())
			} else {
				assert.Equal(t, redline.VerdictIndeterminate, r.Verdict)
				assert.Equal(t, []string{tt.c.Attr}, f.Missing())
			}
		})
	}

	t.Run("library and agency attributes together", func(t *testing.T) {
		k := agencyChecker(t, redline.KindPayment,
			cond("purpose", redline.OpEq, redline.TextValue("goods")),
			cond("channel", redline.OpEq, redline.TextValue("cash")),
			cond("payee", redline.OpNe, redline.TextValue("supplier")),
			cond("amount", redline.OpGt, redline.NumberValue(100)),
		)
		term := redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeGoods, Payee: redline.EntityArmedActor, Amount: redline.Num(500),
			Extra: map[string]redline.Value{"channel": redline.TextValue("cash"), "undeclared": redline.TextValue("ignored")}}
		r := k.Check([]redline.Term{term})
		require.Len(t, r.Findings, 1)
		assert.Equal(t, redline.StatusCrossed, r.Findings[0].Status)
		assert.Equal(t, []string{
			"purpose goods (rule: goods)",
			"channel cash (rule: cash)",
			"payee the armed actor (rule: not a supplier)",
			"amount 500 (limit: over 100)",
		}, observationStrings(r.Findings[0]))

		delete(term.Extra, "channel")
		r = k.Check([]redline.Term{term})
		require.Len(t, r.Findings, 1)
		assert.Equal(t, redline.StatusIndeterminate, r.Findings[0].Status)
		assert.Equal(t, []string{"channel"}, r.Findings[0].Missing())
		assert.Equal(t, "channel not stated (rule: cash)", r.Findings[0].Observations()[1].String())

		term.Extra = nil
		term.Purpose = redline.PurposeSalary
		assert.Empty(t, k.Check([]redline.Term{term}).Findings, "a false library condition decides over a missing extra")
	})

	t.Run("a declared kind without rules", func(t *testing.T) {
		k := agencyChecker(t, redline.KindPayment, cond("channel", redline.OpEq, redline.TextValue("cash")))
		r := k.Check([]redline.Term{{Kind: "cash_for_work"}})
		assert.Equal(t, redline.VerdictAcceptable, r.Verdict)
		assert.Empty(t, r.Findings)
		assert.NotNil(t, k.Trace(redline.Term{Kind: "cash_for_work"}))
		assert.Empty(t, k.Trace(redline.Term{Kind: "cash_for_work"}))
	})

	t.Run("more than two conditions", func(t *testing.T) {
		k := agencyChecker(t, "cash_for_work",
			num(redline.OpGe, 10), num(redline.OpLt, 20), text(redline.OpIn, "cash", "voucher"), flg(redline.OpEq, false))
		terms := []redline.Term{
			{Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(15), "paid_in": redline.TextValue("cash"), "monitored": redline.FlagValue(false)}},
			{Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(12), "paid_in": redline.TextValue("voucher")}},
			{Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(25), "paid_in": redline.TextValue("voucher")}},
		}
		r := k.Check(terms)
		assert.Equal(t, []summary{
			{0, "rule", redline.SeverityBottomLine, redline.StatusCrossed},
			{1, "rule", redline.SeverityBottomLine, redline.StatusIndeterminate},
		}, summarise(r))
		assert.Equal(t, []string{
			"daily rate 15 (limit: at least 10)", "daily rate 15 (limit: under 20)",
			"paid in cash (rule: one of cash, voucher)", "monitored no (rule: no)",
		}, observationStrings(r.Findings[0]))
		assert.Equal(t, []string{
			"daily rate 12 (limit: at least 10)", "daily rate 12 (limit: under 20)",
			"paid in voucher (rule: one of cash, voucher)", "monitored not stated (rule: no)",
		}, observationStrings(r.Findings[1]))
	})
}

func observationStrings(f redline.Finding) []string {
	var out []string
	for _, o := range f.Observations() {
		out = append(out, o.String())
	}
	return out
}

// cloneTerms returns a deep copy of terms.
func cloneTerms(terms []redline.Term) []redline.Term {
	if terms == nil {
		return nil
	}
	out := make([]redline.Term, len(terms))
	for i, t := range terms {
		if t.Extra != nil {
			extra := make(map[string]redline.Value, len(t.Extra))
			for k, v := range t.Extra {
				extra[k] = cloneValue(v)
			}
			t.Extra = extra
		}
		out[i] = t
	}
	return out
}

// richProposal holds a term of every kind the baseline and the agency
// layer look at, some crossing, some open, some invalid.
func richProposal() []redline.Term {
	return []redline.Term{
		{ID: "1.1", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(14)},
		{ID: "1.2", Kind: redline.KindChildUse, By: redline.EntityArmedActor, MinAge: redline.Num(16)},
		{ID: "2.1", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom, Amount: redline.Num(50000)},
		{ID: "2.2", Kind: redline.KindPayment, Payer: redline.EntityAgency, Purpose: redline.PurposeDialogueFee},
		{ID: "3.1", Kind: redline.KindFunding, Source: redline.Entity(200)},
		{ID: "4.1", Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict},
		{ID: "4.2", Kind: redline.KindEmblem, Display: redline.FlagNo},
		{ID: "5.1", Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(15), "paid_in": redline.TextValue("cash")}},
		{ID: "6.1", Kind: "road_tax"},
		{Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureMarking},
	}
}

func agencyLayer() redline.Policy {
	return redline.Policy{Name: "acme", Version: "2026.1", Kinds: cashForWork(), Rules: []redline.Rule{{
		ID: "cash-above-market", Kind: "cash_for_work", Severity: redline.SeverityBottomLine,
		When: []redline.Condition{
			cond("daily_rate", redline.OpGt, redline.NumberValue(12)),
			cond("paid_in", redline.OpEq, redline.TextValue("cash")),
			cond("monitored", redline.OpEq, redline.FlagValue(false)),
		},
		Citations: []string{"ACME-POL-7"}, Rationale: "Rates above the local market distort it.",
	}}}
}

func TestCheckDoesNotModifyTerms(t *testing.T) {
	k, err := redline.Compile(redline.Baseline(), agencyLayer())
	require.NoError(t, err)
	terms := richProposal()
	terms = append(terms, redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(math.NaN())}, redline.Term{})
	before := cloneTerms(terms)
	rulesBefore := k.Rules()
	r := k.Check(terms)
	require.NotEmpty(t, r.Findings)
	var into redline.Report
	k.CheckInto(&into, terms)
	for _, term := range terms {
		k.Trace(term)
	}
	_ = r.String()
	for _, f := range r.Findings {
		f.Observations()
	}
	assert.Equal(t, len(before), len(terms))
	for i := range before {
		// NaN does not equal itself; compare its bits.
		if a, b := before[i].MinAge, terms[i].MinAge; a.IsSet() {
			av, _ := a.Get()
			bv, _ := b.Get()
			assert.Equal(t, math.Float64bits(av), math.Float64bits(bv))
			before[i].MinAge, terms[i].MinAge = redline.Number{}, redline.Number{}
		}
	}
	assert.True(t, reflect.DeepEqual(before, terms), "Check modified its terms")
	assert.Equal(t, rulesBefore, k.Rules())
}

// reportsEqual compares two reports by everything they say, explanations
// included.
func reportsEqual(t *testing.T, want, got redline.Report) {
	t.Helper()
	assert.Equal(t, want.Policy, got.Policy)
	assert.Equal(t, want.Terms, got.Terms)
	assert.Equal(t, want.Verdict, got.Verdict)
	assert.Equal(t, want.Approval, got.Approval)
	require.Equal(t, len(want.Findings), len(got.Findings))
	for i := range want.Findings {
		w, g := want.Findings[i], got.Findings[i]
		assert.Equal(t, w.String(), g.String())
		assert.Equal(t, summary{w.Term, w.Rule, w.Severity, w.Status}, summary{g.Term, g.Rule, g.Severity, g.Status})
		assert.Equal(t, w.TermID, g.TermID)
		assert.Equal(t, w.Kind, g.Kind)
		assert.Equal(t, w.Approval, g.Approval)
		assert.Equal(t, w.Observations(), g.Observations())
		assert.Equal(t, w.Missing(), g.Missing())
		assert.Equal(t, w.Citations(), g.Citations())
	}
	assert.Equal(t, want.Examined(), got.Examined())
	assert.Equal(t, want.Unexamined(), got.Unexamined())
	assert.Equal(t, want.String(), got.String())
}

func TestCheckInto(t *testing.T) {
	k, err := redline.Compile(redline.Baseline(), agencyLayer())
	require.NoError(t, err)
	rich := richProposal()
	proposals := [][]redline.Term{
		rich,
		rich[:3],
		nil,
		{{Kind: redline.KindAccess, Conditional: redline.FlagNo}},
		rich[7:],
		append(rich, rich...),
		rich[5:6],
	}
	var r redline.Report
	for i, p := range proposals {
		k.CheckInto(&r, p)
		reportsEqual(t, k.Check(p), r)
		if i == 0 {
			require.NotEmpty(t, r.Findings)
		}
	}

	// CheckInto reuses the memory of the findings it is given.
	k.CheckInto(&r, rich)
	require.Greater(t, len(r.Findings), 3)
	first := &r.Findings[0]
	c := cap(r.Findings)
	k.CheckInto(&r, rich[:3])
	require.NotEmpty(t, r.Findings)
	assert.Same(t, first, &r.Findings[0])
	assert.Equal(t, c, cap(r.Findings))
	reportsEqual(t, k.Check(rich[:3]), r)

	// A clean proposal leaves an empty, reusable slice.
	k.CheckInto(&r, []redline.Term{{Kind: redline.KindAccess, Conditional: redline.FlagNo}})
	assert.Empty(t, r.Findings)
	assert.Equal(t, redline.VerdictAcceptable, r.Verdict)
	assert.Equal(t, c, cap(r.Findings))

	// Whatever the report held before is replaced.
	stale := redline.Report{Policy: "old", Terms: 99, Verdict: redline.VerdictUnacceptable, Approval: redline.GoverningBoard}
	k.CheckInto(&stale, rich[5:6])
	reportsEqual(t, k.Check(rich[5:6]), stale)
}

func TestTrace(t *testing.T) {
	k := baseline(t)
	tr := k.Trace(redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(16)})
	assert.Equal(t, []redline.Trace{
		{Rule: "child-recruitment-under-15", Severity: redline.SeverityAbsolute, Observed: []redline.Observation{
			{Attr: "min_age", Label: "minimum age", Op: redline.OpLt, Value: redline.NumberValue(15), Got: redline.NumberValue(16), Result: redline.ResultNotMet}}},
		{Rule: "child-recruitment-under-18", Severity: redline.SeverityTradeOff, Status: redline.StatusCrossed, Observed: []redline.Observation{
			{Attr: "min_age", Label: "minimum age", Op: redline.OpLt, Value: redline.NumberValue(18), Got: redline.NumberValue(16), Result: redline.ResultMet}}},
	}, tr)

	tr = k.Trace(redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeRansom})
	assert.Equal(t, []redline.Trace{
		{Rule: "dialogue-fee", Severity: redline.SeverityInstitutional, Observed: []redline.Observation{
			{Attr: "purpose", Label: "purpose", Op: redline.OpEq, Value: redline.TextValue("dialogue_fee"), Got: redline.TextValue("ransom"), Result: redline.ResultNotMet},
			{Attr: "payee", Label: "payee", Op: redline.OpIn, Value: redline.ListValue("armed_actor", "host_state", "party_to_conflict", "de_facto_authority"), Result: redline.ResultMissing}}},
		{Rule: "ransom", Severity: redline.SeverityInstitutional, Status: redline.StatusCrossed, Observed: []redline.Observation{
			{Attr: "purpose", Label: "purpose", Op: redline.OpEq, Value: redline.TextValue("ransom"), Got: redline.TextValue("ransom"), Result: redline.ResultMet}}},
		{Rule: "tax-to-host-state-at-war", Severity: redline.SeverityInstitutional, Observed: []redline.Observation{
			{Attr: "purpose", Label: "purpose", Op: redline.OpIn, Value: redline.ListValue("tax", "toll"), Got: redline.TextValue("ransom"), Result: redline.ResultNotMet},
			{Attr: "payee", Label: "payee", Op: redline.OpEq, Value: redline.TextValue("host_state"), Result: redline.ResultMissing},
			{Attr: "host_state_party", Label: "host state a party to the conflict", Op: redline.OpEq, Value: redline.FlagValue(true), Result: redline.ResultMissing}}},
		{Rule: "tax-to-party", Severity: redline.SeverityInstitutional, Observed: []redline.Observation{
			{Attr: "purpose", Label: "purpose", Op: redline.OpIn, Value: redline.ListValue("tax", "toll"), Got: redline.TextValue("ransom"), Result: redline.ResultNotMet},
			{Attr: "payee", Label: "payee", Op: redline.OpIn, Value: redline.ListValue("armed_actor", "party_to_conflict", "de_facto_authority"), Result: redline.ResultMissing}}},
		{Rule: "payment-to-party", Severity: redline.SeverityTradeOff, Observed: []redline.Observation{
			{Attr: "purpose", Label: "purpose", Op: redline.OpIn, Value: redline.ListValue("goods", "service", "salary", "other"), Got: redline.TextValue("ransom"), Result: redline.ResultNotMet},
			{Attr: "payee", Label: "payee", Op: redline.OpIn, Value: redline.ListValue("armed_actor", "party_to_conflict", "de_facto_authority"), Result: redline.ResultMissing}}},
	}, tr)

	tr = k.Trace(redline.Term{Kind: redline.KindHostageTaking})
	assert.Equal(t, []redline.Trace{{Rule: "hostage-taking", Severity: redline.SeverityAbsolute, Status: redline.StatusCrossed, Observed: []redline.Observation{}}}, tr)

	tr = k.Trace(redline.Term{Kind: redline.KindEmblem})
	require.Len(t, tr, 1)
	assert.Equal(t, redline.StatusIndeterminate, tr[0].Status)
	assert.Equal(t, redline.ResultMissing, tr[0].Observed[0].Result)

	assert.NotNil(t, k.Trace(redline.Term{Kind: redline.KindVacatingSchools}), "a known kind without rules")
	assert.Empty(t, k.Trace(redline.Term{Kind: redline.KindVacatingSchools}))
	assert.Nil(t, k.Trace(redline.Term{Kind: "mystery"}))
	assert.Nil(t, k.Trace(redline.Term{}))

	// Trace agrees with Check, rule for rule, for every term.
	kk, err := redline.Compile(redline.Baseline(), agencyLayer())
	require.NoError(t, err)
	for i, term := range richProposal() {
		r := kk.Check([]redline.Term{term})
		var fromTrace []summary
		for _, tr := range kk.Trace(term) {
			if tr.Status != 0 {
				fromTrace = append(fromTrace, summary{0, tr.Rule, tr.Severity, tr.Status})
			}
		}
		if kk.Trace(term) == nil {
			fromTrace = []summary{{0, "", redline.SeverityAbsolute, redline.StatusIndeterminate}}
		}
		assert.Equal(t, summarise(r), fromTrace, "term %d", i)
	}
}

// goldenReports renders the reports the golden file pins: one of each
// verdict, and a proposal with a bit of everything.
func goldenReports(t *testing.T) string {
	t.Helper()
	k, err := redline.Compile(redline.Baseline(), agencyLayer())
	require.NoError(t, err)
	var b strings.Builder
	for _, c := range []struct {
		name  string
		terms []redline.Term
	}{
		{"acceptable", []redline.Term{{Kind: redline.KindAccess, By: redline.EntityArmedActor, Conditional: redline.FlagNo}}},
		{"trade-off", []redline.Term{{ID: "5.1", Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict}}},
		{"bottom line", []redline.Term{{Kind: "cash_for_work", Extra: map[string]redline.Value{
			"daily_rate": redline.NumberValue(15), "paid_in": redline.TextValue("cash"), "monitored": redline.FlagValue(false)}}}},
		{"approval", []redline.Term{
			{Kind: redline.KindFunding, Source: redline.EntityHostState, Amount: redline.Num(100000)},
			{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityArmedActor},
		}},
		{"indeterminate", []redline.Term{{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor}}},
		{"indeterminate beyond an approval", []redline.Term{
			{ID: "7", Kind: redline.KindPayment, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom},
			{ID: "8", Kind: "road_tax", By: redline.EntityArmedActor},
		}},
		{"everything", richProposal()},
		{"the proposal baseline 2025.1 called acceptable", issueProposal()},
		{"what baseline 2026.1 let through", fieldProposal()},
	} {
		b.WriteString("=== " + c.name + "\n")
		b.WriteString(k.Check(c.terms).String())
		b.WriteString("\n")
	}
	// Terms no rule examines: an agency's kinds declared without rules.
	list := redline.MustCompile(redline.Baseline(), mineAction(redline.OnUnexaminedUnspecified))
	block := redline.MustCompile(redline.Baseline(), mineAction(redline.OnUnexaminedBlock))
	marking := redline.Term{Kind: "mine_marking", By: redline.EntityArmedActor}
	liaison := redline.Term{Kind: "community_liaison"}
	for _, c := range []struct {
		name  string
		k     *redline.Checker
		terms []redline.Term
	}{
		{"acceptable for the terms examined", list, []redline.Term{
			{Kind: redline.KindAccess, Conditional: redline.FlagNo}, {Kind: redline.KindReleaseOfChildren, Count: redline.Num(40)}, marking, liaison}},
		{"nothing examined", list, []redline.Term{marking}},
		{"a trade-off, and a term not examined", list, []redline.Term{{Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict}, marking}},
		{"a policy that blocks what it did not examine", block, []redline.Term{{Kind: redline.KindAccess, Conditional: redline.FlagNo}, marking}},
		{"blocked, with an approval and a missing age", block, []redline.Term{
			{Kind: redline.KindFunding, Source: redline.EntityHostState}, {Kind: redline.KindChildUse}, liaison}},
		{"blocked, and unacceptable anyway", block, []redline.Term{{Kind: redline.KindHostageTaking}, liaison}},
	} {
		b.WriteString("=== " + c.name + "\n")
		b.WriteString(c.k.Check(c.terms).String())
		b.WriteString("\n")
	}
	return b.String()
}

// issueProposal is the proposal of issue 17: a tax and a toll paid to the
// armed actor, information shared with it, access on its conditions.
func issueProposal() []redline.Term {
	return []redline.Term{
		{ID: "1", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeTax},
		{ID: "2", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll},
		{ID: "3", Kind: redline.KindInformationSharing, By: redline.EntityAgency, Recipient: redline.EntityArmedActor},
		{ID: "4", Kind: redline.KindAccess, By: redline.EntityArmedActor, Conditional: redline.FlagYes},
	}
}

// fieldProposal is what issue 26 found baseline 2026.1 let through: a
// one-off visit to the detainees the authority selects, fuel bought from
// the armed actor, names shared with a donor, silence as the price of
// access, escorts by peacekeepers, an evacuation with no return.
func fieldProposal() []redline.Term {
	return []redline.Term{
		{ID: "1", Kind: redline.KindDetentionVisit, By: redline.EntityArmedActor, AllDetainees: redline.FlagNo, AllPlaces: redline.FlagYes,
			Private: redline.FlagYes, RepeatVisits: redline.FlagNo, Registration: redline.FlagYes},
		{ID: "2", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeGoods, Amount: redline.Num(800)},
		{ID: "3", Kind: redline.KindInformationSharing, By: redline.EntityAgency, Recipient: redline.EntityDonor, Information: redline.InformationIdentifying,
			SharingPurpose: redline.SharingPurposeReporting, Consent: redline.FlagYes},
		{ID: "4", Kind: redline.KindPublicStatements, By: redline.EntityAgency, Undertaking: redline.UndertakingSilence},
		{ID: "5", Kind: redline.KindArmedEscort, Provider: redline.EntityPeacekeepers},
		{ID: "6", Kind: redline.KindEvacuation, By: redline.EntityArmedActor, Count: redline.Num(1200), Voluntary: redline.FlagYes, Temporary: redline.FlagNo},
	}
}

// The issue's tests of done: each term of fieldProposal is examined, none
// is acceptable, and the detention visit names the missing conditions.
func TestFieldProposal(t *testing.T) {
	r := baseline(t).Check(fieldProposal())
	assert.Equal(t, redline.VerdictApprovalRequired, r.Verdict)
	assert.Equal(t, redline.Headquarters, r.Approval)
	assert.Equal(t, []summary{
		{0, "detention-visit-without-all-detainees", redline.SeverityInstitutional, redline.StatusCrossed},
		{0, "detention-visit-without-repeat-visits", redline.SeverityInstitutional, redline.StatusCrossed},
		{1, "payment-to-party", redline.SeverityTradeOff, redline.StatusCrossed},
		{2, "identifying-information-beyond-protection", redline.SeverityInstitutional, redline.StatusCrossed},
		{2, "identifying-information-shared", redline.SeverityTradeOff, redline.StatusCrossed},
		{3, "public-statements-restricted", redline.SeverityInstitutional, redline.StatusCrossed},
		{4, "armed-escort-last-resort", redline.SeverityTradeOff, redline.StatusCrossed},
		{5, "evacuation-not-temporary", redline.SeverityTradeOff, redline.StatusCrossed},
	}, summarise(r))
	text := r.String()
	assert.Contains(t, text, "Term 1 (1), detention visits — institutional red line crossed: rule detention-visit-without-all-detainees (approval: headquarters)\n"+
		"    access to all detainees no (rule: no)\n")
	assert.Contains(t, text, "Term 1 (1), detention visits — institutional red line crossed: rule detention-visit-without-repeat-visits (approval: headquarters)\n"+
		"    repeat visits no (rule: no)\n")
	assert.Contains(t, text, "Norms: CIHL-124, ICRC-DETENTION-VISITS (the standard modalities of detention visits)\n")
	assert.Contains(t, text, "Norms: IASC-ESCORTS-2013 (the IASC guidelines on armed escorts for humanitarian convoys), HP")
	assert.Contains(t, text, "Norms: CIHL-129, AP2-17\n")
	for i := range fieldProposal() {
		one := baseline(t).Check(fieldProposal()[i : i+1])
		assert.NotEqual(t, redline.VerdictAcceptable, one.Verdict, "term %d alone", i+1)
	}
	// Registration, when it is the condition missing, cites CIHL-123 too.
	terms := fieldProposal()[:1]
	terms[0].AllDetainees, terms[0].RepeatVisits, terms[0].Registration = redline.FlagYes, redline.FlagYes, redline.FlagNo
	r = baseline(t).Check(terms)
	require.Len(t, r.Findings, 1)
	assert.Equal(t, []string{"CIHL-123", "CIHL-124", "ICRC-DETENTION-VISITS"}, r.Findings[0].Citations())
	assert.Equal(t, "list or registration of detainees no (rule: no)", r.Findings[0].Observations()[0].String())
}

// mineAction is a layer declaring two kinds of its own and no rule for
// them, with what it says of unexamined terms.
func mineAction(on redline.OnUnexamined) redline.Policy {
	return redline.Policy{Name: "mine-action", Version: "1", OnUnexamined: on, Kinds: []redline.KindDecl{
		{Kind: "mine_marking", Description: "marking mined areas"},
		{Kind: "community_liaison", Description: "a liaison with the community"},
	}}
}

func TestReportStringGolden(t *testing.T) {
	got := goldenReports(t)
	path := filepath.Join("testdata", "report.golden")
	if *updateGolden {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run TestReportStringGolden -update to create it")
	assert.Equal(t, string(want), got)
}

func TestReportString(t *testing.T) {
	k := baseline(t)
	r := k.Check([]redline.Term{{ID: "art. 3", Kind: redline.KindChildRecruitment, MinAge: redline.Num(14)}})
	assert.Equal(t, `Red-line check of 1 term against baseline@2026.2
Verdict: unacceptable — an absolute red line is crossed

Term 1 (art. 3), recruitment of children — absolute red line crossed: rule child-recruitment-under-15
    minimum age 14 (limit: under 15)
    Why: Recruiting children under 15 is prohibited by IHL and is a war crime; it can never be agreed.
    Norms: CIHL-136, AP2-4-3-c, ROME-8-2-e-vii

Term 1 (art. 3), recruitment of children — trade-off crossed: rule child-recruitment-under-18
    minimum age 14 (limit: under 18)
    Why: Recruitment of 15–17 year-olds without use in hostilities falls short of the 18-year standard; agree only after documenting the options.
    Norms: OPAC-4

What examined each term:
    term 1, recruitment of children: examined by rules child-recruitment-under-15, child-recruitment-under-18
`, r.String())
	assert.Equal(t, "Term 1 (art. 3), recruitment of children — absolute red line crossed: rule child-recruitment-under-15\n"+
		"    minimum age 14 (limit: under 15)\n"+
		"    Why: Recruiting children under 15 is prohibited by IHL and is a war crime; it can never be agreed.\n"+
		"    Norms: CIHL-136, AP2-4-3-c, ROME-8-2-e-vii", r.Findings[0].String())

	empty := k.Check(nil)
	assert.Equal(t, "Red-line check of 0 terms against baseline@2026.2\nVerdict: acceptable — no red line, bottom line or trade-off crossed\n", empty.String())

	var zero redline.Report
	assert.NotPanics(t, func() { _ = zero.String() })
	assert.Contains(t, zero.String(), "Verdict: unspecified")
}

func TestReportJSON(t *testing.T) {
	k, err := redline.Compile(redline.Baseline(), agencyLayer())
	require.NoError(t, err)
	r := k.Check(richProposal())
	b, err := json.Marshal(r)
	require.NoError(t, err)

	var got struct {
		Policy   string `json:"policy"`
		Terms    int    `json:"terms"`
		Verdict  string `json:"verdict"`
		Approval string `json:"approval"`
		Findings []struct {
			Rule         string   `json:"rule"`
			Term         int      `json:"term_index"`
			TermID       *string  `json:"term_id"`
			Kind         string   `json:"kind"`
			Severity     string   `json:"severity"`
			Status       string   `json:"status"`
			Approval     string   `json:"approval"`
			Layer        string   `json:"layer"`
			Rationale    string   `json:"rationale"`
			Citations    []string `json:"citations"`
			Observations []struct {
				Attr   string          `json:"attr"`
				Label  string          `json:"label"`
				Op     string          `json:"op"`
				Value  json.RawMessage `json:"value"`
				Got    json.RawMessage `json:"got"`
				Result string          `json:"result"`
			} `json:"observations"`
		} `json:"findings"`
		Examined []struct {
			Term      int      `json:"term_index"`
			Kind      string   `json:"kind"`
			Rules     []string `json:"rules"`
			Uncovered string   `json:"uncovered"`
		} `json:"examined"`
		Unexamined []int `json:"unexamined_term_indexes"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got), "%s", b)

	assert.Equal(t, "baseline@2026.2 + acme@2026.1", got.Policy)
	assert.Equal(t, 10, got.Terms)
	assert.Equal(t, "unacceptable", got.Verdict)
	assert.Equal(t, "governing_board", got.Approval)
	require.Len(t, got.Findings, len(r.Findings))
	for i, f := range got.Findings {
		want := r.Findings[i]
		assert.Equal(t, want.Rule, f.Rule)
		assert.Equal(t, want.Term, f.Term)
		assert.Equal(t, string(want.Kind), f.Kind)
		assert.Equal(t, want.Severity.String(), f.Severity)
		assert.Equal(t, want.Status.String(), f.Status)
		assert.Equal(t, want.Rationale(), f.Rationale)
		assert.Equal(t, want.Layer(), f.Layer)
		assert.NotNil(t, f.Citations, "citations are an array, never null")
		assert.NotNil(t, f.Observations, "observations are an array, never null")
		if want.TermID == "" {
			assert.Nil(t, f.TermID)
		} else if assert.NotNil(t, f.TermID) {
			assert.Equal(t, want.TermID, *f.TermID)
		}
	}

	first := got.Findings[0]
	assert.Equal(t, "child-recruitment-under-15", first.Rule)
	assert.Equal(t, []string{"CIHL-136", "AP2-4-3-c", "ROME-8-2-e-vii"}, first.Citations)
	assert.Equal(t, "Recruiting children under 15 is prohibited by IHL and is a war crime; it can never be agreed.", first.Rationale)
	assert.Equal(t, "baseline", first.Layer)
	require.Len(t, first.Observations, 1)
	o := first.Observations[0]
	assert.Equal(t, "min_age", o.Attr)
	assert.Equal(t, "minimum age", o.Label)
	assert.Equal(t, "lt", o.Op)
	assert.JSONEq(t, "15", string(o.Value))
	assert.JSONEq(t, "14", string(o.Got))
	assert.Equal(t, "met", o.Result)

	var sawApproval, sawMissing, sawUnknown, sawList bool
	for _, f := range got.Findings {
		switch f.Rule {
		case "ransom":
			sawApproval = f.Approval == "governing_board"
		case "dialogue-fee":
			require.Len(t, f.Observations, 2)
			sawMissing = f.Observations[1].Result == "missing" && f.Observations[1].Got == nil
			sawList = string(f.Observations[1].Value) == `["armed_actor","host_state","party_to_conflict","de_facto_authority"]`
		case "":
			sawUnknown = f.Kind == "road_tax" && len(f.Citations) == 0 && len(f.Observations) == 0 && f.Severity == "absolute"
		}
	}
	assert.True(t, sawApproval, "an institutional finding names its approval level")
	assert.True(t, sawMissing, "an unstated attribute is left out, and missing")
	assert.True(t, sawList, "a list operand is an array")
	assert.True(t, sawUnknown, "an unknown kind is an absolute indeterminate finding")

	// What was examined, term by term: every rule of the term's kind.
	require.Len(t, got.Examined, 10)
	for i, e := range got.Examined {
		assert.Equal(t, i, e.Term)
		assert.NotNil(t, e.Rules, "rules are an array, never null")
	}
	assert.Equal(t, "payment", got.Examined[2].Kind)
	assert.Equal(t, []string{"dialogue-fee", "ransom", "tax-to-host-state-at-war", "tax-to-party", "payment-to-party"}, got.Examined[2].Rules)
	assert.Equal(t, "road_tax", got.Examined[8].Kind, "an unknown kind is named, with no rule")
	assert.Empty(t, got.Examined[8].Rules)
	assert.Equal(t, "weapon_restriction", got.Examined[9].Kind)
	assert.Empty(t, got.Examined[9].Rules)
	assert.NotEmpty(t, got.Examined[9].Uncovered, "the baseline leaves weapon restrictions unexamined on purpose")
	assert.Equal(t, []int{}, got.Unexamined)
}

// Check is total: a report on any terms, however invalid, renders as JSON as
// well as text.
func TestReportJSONWithInvalidNumbers(t *testing.T) {
	k, err := redline.Compile(redline.Baseline(), agencyLayer())
	require.NoError(t, err)
	for _, term := range []redline.Term{
		{Kind: redline.KindChildRecruitment, MinAge: redline.Num(math.NaN())},
		{Kind: redline.KindChildUse, MinAge: redline.Num(math.Inf(1))},
		{Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(math.Inf(-1))}},
	} {
		r := k.Check([]redline.Term{term})
		require.NotEmpty(t, r.Findings)
		assert.Equal(t, redline.ResultInvalid, r.Findings[0].Observations()[0].Result)
		assert.NotEmpty(t, r.String())
		b, err := json.Marshal(r)
		assert.NoError(t, err, "the report on %v cannot be encoded", term.Kind)
		if err == nil {
			assert.Contains(t, string(b), `"result":"invalid"`)
		}
		_, err = json.Marshal(k.Trace(term))
		assert.NoError(t, err, "the trace of %v cannot be encoded", term.Kind)
	}
}

func decodeCases(t *testing.T) []redlinetest.Case {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "baseline_cases.json"))
	require.NoError(t, err)
	defer f.Close()
	cases, err := redlinetest.DecodeCases(f, redline.Limits{})
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	return cases
}

func decodeStraight18(t *testing.T) redline.Policy {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "straight18.json"))
	require.NoError(t, err)
	defer f.Close()
	p, err := redline.DecodePolicy(f, redline.Limits{})
	require.NoError(t, err)
	return p
}

// The baseline proves itself with its cases: each case, conformance, and
// coverage of every rule and condition.
func TestBaselineWithRedlinetest(t *testing.T) {
	cases := decodeCases(t)
	redlinetest.Run(t, redline.MustCompile(redline.Baseline()), cases)
	assert.NoError(t, redlinetest.Check(redline.MustCompile(redline.Baseline()), cases))
}

// Under a straight-18 layer, the baseline's own cases catch the change: the
// trade-off case fails, and only it.
func TestStraight18WithRedlinetest(t *testing.T) {
	cases := decodeCases(t)
	k, err := redline.Compile(redline.Baseline(), decodeStraight18(t))
	require.NoError(t, err)
	assert.Empty(t, k.Exceptions())

	err = redlinetest.Check(k, cases)
	require.Error(t, err)
	var failed []*redlinetest.CaseError
	var walk func(error)
	walk = func(e error) {
		if u, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range u.Unwrap() {
				walk(x)
			}
			return
		}
		var ce *redlinetest.CaseError
		if assert.True(t, errors.As(e, &ce), "only cases fail, not %v", e) {
			failed = append(failed, ce)
		}
	}
	walk(err)
	require.Len(t, failed, 1)
	ce := failed[0]
	assert.Equal(t, "recruitment of 16-17 year-olds is a trade-off", ce.Case)
	assert.Equal(t, redline.VerdictTradeOffAnalysis, ce.WantVerdict)
	assert.Equal(t, redline.VerdictUnacceptable, ce.GotVerdict)
	assert.Empty(t, ce.Diff, "the same rule fires; only its severity changed")
	var first *redlinetest.CaseError
	require.True(t, errors.As(err, &first))
	assert.Equal(t, ce, first)

	r := k.Check([]redline.Term{{ID: "art. 1", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(16)}})
	assert.Equal(t, redline.VerdictUnacceptable, r.Verdict)
	require.Len(t, r.Findings, 1)
	assert.Equal(t, "child-recruitment-under-18", r.Findings[0].Rule)
	assert.Equal(t, redline.SeverityAbsolute, r.Findings[0].Severity)
	assert.Equal(t, "straight-18", r.Findings[0].Layer())
	assert.Equal(t, []string{"OPAC-4"}, r.Findings[0].Citations())

	// The baseline itself still gives the trade-off.
	assert.Equal(t, redline.VerdictTradeOffAnalysis, baseline(t).Check([]redline.Term{{Kind: redline.KindChildRecruitment, MinAge: redline.Num(16)}}).Verdict)
}

func TestFindingEqual(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), agencyLayer())
	a, b := k.Check(richProposal()), k.Check(richProposal())
	require.NotEmpty(t, a.Findings)
	for i, f := range a.Findings {
		for j, g := range b.Findings {
			assert.Equal(t, i == j, f.Equal(g), "findings %d and %d", i, j)
		}
	}

	child := func(age float64) redline.Finding {
		r := k.Check([]redline.Term{{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(age)}})
		require.NotEmpty(t, r.Findings)
		return r.Findings[0]
	}
	assert.True(t, child(13).Equal(child(13)))
	assert.False(t, child(13).Equal(child(14)), "the same rule crossed by another age observes another value")

	// The same rule ID, severity and verdict from another layer, with
	// another rationale, explains itself differently.
	ransom := baselineRule(t, "ransom")
	ransom.Rationale = "Another reason."
	other := redline.MustCompile(redline.Policy{Name: "other", Version: "1", Rules: []redline.Rule{ransom}})
	term := []redline.Term{{Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom}}
	f, g := k.Check(term).Findings, other.Check(term).Findings
	require.Len(t, f, 1)
	require.Len(t, g, 1)
	require.Equal(t, f[0].Rule, g[0].Rule)
	assert.False(t, f[0].Equal(g[0]))

	// Each exported field counts.
	base := a.Findings[0]
	for name, change := range map[string]func(*redline.Finding){
		"Rule":     func(f *redline.Finding) { f.Rule = "x" },
		"Term":     func(f *redline.Finding) { f.Term++ },
		"TermID":   func(f *redline.Finding) { f.TermID = "x" },
		"Kind":     func(f *redline.Finding) { f.Kind = "x" },
		"Severity": func(f *redline.Finding) { f.Severity++ },
		"Status":   func(f *redline.Finding) { f.Status++ },
		"Approval": func(f *redline.Finding) { f.Approval++ },
	} {
		changed := base
		change(&changed)
		assert.False(t, base.Equal(changed), name)
		assert.False(t, changed.Equal(base), name)
	}
}

// Checking a proposal the caller builds on its stack allocates nothing
// when nothing is found: whatever decides a condition, the terms do not
// escape to the heap.
func TestCheckDoesNotAllocate(t *testing.T) {
	k := redline.MustCompile(scenarioPolicy())
	var r redline.Report
	allocs := testing.AllocsPerRun(100, func() {
		k.CheckInto(&r, []redline.Term{
			{Kind: redline.KindChildRecruitment, MinAge: redline.Num(18)},
			{Kind: redline.KindPayment, Purpose: redline.PurposeGoods, Payee: redline.EntitySupplier},
			{Kind: redline.KindArmedEscort, Provider: redline.EntityNone},
			{Kind: redline.KindEmblem, Display: redline.FlagYes},
			{Kind: redline.KindFunding, Source: redline.EntityDonor},
		})
	})
	require.Equal(t, redline.VerdictAcceptable, r.Verdict)
	assert.Zero(t, allocs)
}

// Report has the Equal method go-cmp calls instead of reading unexported
// fields.
var _ interface{ Equal(redline.Report) bool } = redline.Report{}

func TestReportEqual(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), agencyLayer())
	base := k.Check(richProposal())
	require.NotEmpty(t, base.Findings)
	require.Equal(t, redline.SeverityAbsolute, base.Findings[0].Severity)
	require.Equal(t, redline.GoverningBoard, base.Approval)

	// A policy of one rule that leaves evacuation unexamined, answering an
	// unexamined term as answer says, and leaving release of children
	// uncovered for reason.
	policy := func(answer redline.OnUnexamined, reason string) *redline.Checker {
		return redline.MustCompile(redline.Policy{
			Name: "p", Version: "1", Rules: []redline.Rule{baselineRule(t, "ransom")}, OnUnexamined: answer,
			Uncovered: []redline.Uncovered{{Kind: redline.KindReleaseOfChildren, Reason: reason}},
		})
	}
	ransom := redline.Term{Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom}
	release := redline.Term{Kind: redline.KindReleaseOfChildren, Count: redline.Num(4)}
	evacuation := redline.Term{Kind: redline.KindEvacuation, Count: redline.Num(30)}
	unknown := redline.Term{Kind: "road_tax"}

	reused := func() redline.Report {
		var r redline.Report
		k.CheckInto(&r, append(richProposal(), richProposal()...))
		k.CheckInto(&r, richProposal())
		return r
	}
	changed := func(edit func(terms []redline.Term)) redline.Report {
		terms := richProposal()
		edit(terms)
		return k.Check(terms)
	}
	edited := func(edit func(r *redline.Report)) redline.Report {
		r := k.Check(richProposal())
		edit(&r)
		return r
	}
	for _, tt := range []struct {
		name string
		a, b redline.Report
		want bool
	}{
		{"the same check twice", base, k.Check(richProposal()), true},
		{"a report reused by CheckInto", base, reused(), true},
		{"no findings, nil or empty", k.Check(nil), func() redline.Report {
			var r redline.Report
			k.CheckInto(&r, richProposal())
			k.CheckInto(&r, nil)
			return r
		}(), true},
		{"zero reports", redline.Report{}, redline.Report{}, true},
		{"a zero report and a check", redline.Report{}, base, false},
		{"a zero report and a check of nothing", redline.Report{}, k.Check(nil), false},

		{"one finding observes another age", base, changed(func(terms []redline.Term) { terms[0].MinAge = redline.Num(13) }), false},
		{"one finding of another term ID", base, changed(func(terms []redline.Term) { terms[0].ID = "1.1bis" }), false},
		{"one finding's severity", base, edited(func(r *redline.Report) { r.Findings[0].Severity = redline.SeverityTradeOff }), false},
		{"a finding fewer", base, edited(func(r *redline.Report) { r.Findings = r.Findings[:len(r.Findings)-1] }), false},
		{"another policy name", base, edited(func(r *redline.Report) { r.Policy = "other" }), false},
		{"another number of terms", base, edited(func(r *redline.Report) { r.Terms-- }), false},
		{"another verdict", base, edited(func(r *redline.Report) { r.Verdict = redline.VerdictIndeterminate }), false},
		{"another approval level", base, edited(func(r *redline.Report) { r.Approval = redline.CountryOffice }), false},

		{"the same findings, another reason for an uncovered kind",
			policy(0, "We ask for it.").Check([]redline.Term{ransom, release}),
			policy(0, "Another reason.").Check([]redline.Term{ransom, release}), false},
		{"the same findings, terms of another kind examined alike",
			policy(0, "r").Check([]redline.Term{ransom, evacuation}),
			policy(0, "r").Check([]redline.Term{ransom, {Kind: redline.KindVacatingSchools}}), false},
		{"another answer to unexamined terms, none unexamined",
			policy(redline.OnUnexaminedList, "r").Check([]redline.Term{ransom, release}),
			policy(redline.OnUnexaminedBlock, "r").Check([]redline.Term{ransom, release}), true},
		{"another answer to an unexamined term",
			policy(redline.OnUnexaminedList, "r").Check([]redline.Term{unknown, evacuation}),
			policy(redline.OnUnexaminedBlock, "r").Check([]redline.Term{unknown, evacuation}), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.a.Equal(tt.b))
			assert.Equal(t, tt.want, tt.b.Equal(tt.a), "symmetric")
			assert.True(t, tt.a.Equal(tt.a), "reflexive")
			if tt.want {
				assert.Equal(t, tt.a.String(), tt.b.String(), "equal reports read alike")
				assert.Equal(t, tt.a.Examined(), tt.b.Examined())
				assert.Equal(t, tt.a.Unexamined(), tt.b.Unexamined())
			}
		})
	}

	// testify's assert.Equal compares with reflect.DeepEqual, unexported
	// fields included: two checks of the same proposal compare equal, and a
	// report whose findings differ in one observation does not.
	assert.Equal(t, base, k.Check(richProposal()))
	assert.False(t, assert.ObjectsAreEqual(base, changed(func(terms []redline.Term) { terms[0].MinAge = redline.Num(13) })))
}

// A finding is a value: reusing the report it came from does not change a
// copy kept from it.
func TestFindingOutlivesItsReport(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), agencyLayer())
	var r redline.Report
	k.CheckInto(&r, []redline.Term{{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(13)}})
	require.NotEmpty(t, r.Findings)
	kept := r.Findings[0]
	want := kept.Observations()
	require.NotEmpty(t, want)
	wantMissing := kept.Missing()

	k.CheckInto(&r, []redline.Term{{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(16)}})
	require.NotEmpty(t, r.Findings)
	assert.NotEqual(t, want, r.Findings[0].Observations(), "the second check observed another age")
	assert.Equal(t, want, kept.Observations(), "the kept finding still explains the first check")
	assert.Equal(t, wantMissing, kept.Missing())
}
