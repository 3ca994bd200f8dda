package redline_test

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/humanitarian-negotiation/protection/redline"
)

// fieldProblem is the part of a *FieldError a test pins: where and why.
// Path is the error's Input and Path joined ("layers[1].rules[0]" for
// Input "layers[1]" and Path "rules[0]"), as FieldError.Is matches them,
// so that one string pins both; TestPathsAreTheSameFromEveryEntryPoint
// pins them apart.
type fieldProblem struct {
	Path   string
	Reason redline.Reason
}

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*redline.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "redline", err)
}

// fieldProblems returns the path and reason of every field error in err.
func fieldProblems(t testing.TB, err error) []fieldProblem {
	t.Helper()
	var out []fieldProblem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, fieldProblem{check.Join(fe.Input, fe.Path), fe.Reason})
	}
	return out
}

// ransomRule is a valid institutional rule the table below breaks one way
// at a time.
func ransomRule() redline.Rule {
	return redline.Rule{
		ID: "ransom", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
		When:      []redline.Condition{{Attr: "purpose", Op: redline.OpEq, Value: redline.TextValue("ransom")}},
		Citations: []string{"institutional"}, Rationale: "No ransom.",
	}
}

// tradeOffRule is a valid trade-off on kind with the given conditions.
func tradeOffRule(id string, kind redline.Kind, when ...redline.Condition) redline.Rule {
	return redline.Rule{ID: id, Kind: kind, Severity: redline.SeverityTradeOff, When: when, Citations: []string{"HP"}, Rationale: "Document the options."}
}

func cond(attr string, op redline.Op, v redline.Value) redline.Condition {
	return redline.Condition{Attr: attr, Op: op, Value: v}
}

func policyOf(rules ...redline.Rule) redline.Policy {
	return redline.Policy{Name: "p", Version: "1", Rules: rules}
}

// cashForWork declares an agency's own kind with one attribute of each type,
// and an extra attribute for the library's payment kind.
func cashForWork() []redline.KindDecl {
	return []redline.KindDecl{
		{Kind: "cash_for_work", Description: "Cash paid for community work.", Attributes: []redline.AttrDecl{
			{Name: "daily_rate", Type: redline.AttrNumber},
			{Name: "paid_in", Type: redline.AttrText},
			{Name: "monitored", Type: redline.AttrFlag},
		}},
		{Kind: redline.KindPayment, Attributes: []redline.AttrDecl{{Name: "channel", Type: redline.AttrText}}},
	}
}

func TestCompileNoLayers(t *testing.T) {
	k, err := redline.Compile()
	assert.Nil(t, k)
	assert.Equal(t, []fieldProblem{{"", redline.ReasonRequired}}, fieldProblems(t, err))
}

func TestCompileErrors(t *testing.T) {
	type p = fieldProblem
	with := func(edit func(r *redline.Rule)) redline.Policy {
		r := ransomRule()
		edit(&r)
		return policyOf(r)
	}
	withCond := func(kind redline.Kind, c redline.Condition) redline.Policy {
		pol := policyOf(tradeOffRule("r", kind, c))
		pol.Kinds = cashForWork()
		return pol
	}
	nan, inf := math.NaN(), math.Inf(1)
	for _, tt := range []struct {
		name   string
		policy redline.Policy
		want   []fieldProblem
	}{
		{"valid", policyOf(ransomRule()), nil},
		{"no rules", redline.Policy{Name: "empty", Version: "0"}, nil},
		{"blank name", redline.Policy{Version: "1"}, []p{{"name", redline.ReasonRequired}}},
		{"space for a name", redline.Policy{Name: " \t", Version: "1"}, []p{{"name", redline.ReasonRequired}}},
		{"blank version", redline.Policy{Name: "p"}, []p{{"version", redline.ReasonRequired}}},
		{"long name", redline.Policy{Name: strings.Repeat("n", 2*redline.MaxWordLen+1), Version: "1"}, []p{{"name", redline.ReasonTooLarge}}},
		{"name not UTF-8", redline.Policy{Name: "p\xff", Version: "1"}, []p{{"name", redline.ReasonInvalid}}},
		{"long version", redline.Policy{Name: "p", Version: strings.Repeat("1", redline.MaxWordLen+1)}, []p{{"version", redline.ReasonTooLarge}}},
		{"long description", redline.Policy{Name: "p", Version: "1", Description: strings.Repeat("d", redline.MaxTextLen+1)}, []p{{"description", redline.ReasonTooLarge}}},

		{"rule without ID", with(func(r *redline.Rule) { r.ID = "" }), []p{{"rules[0].id", redline.ReasonRequired}}},
		{"ID in capitals", with(func(r *redline.Rule) { r.ID = "Ransom" }), []p{{"rules[0].id", redline.ReasonInvalid}}},
		{"ID with underscore", with(func(r *redline.Rule) { r.ID = "no_ransom" }), []p{{"rules[0].id", redline.ReasonInvalid}}},
		{"ID with a leading digit", with(func(r *redline.Rule) { r.ID = "1-ransom" }), []p{{"rules[0].id", redline.ReasonInvalid}}},
		{"ID too long", with(func(r *redline.Rule) { r.ID = strings.Repeat("r", redline.MaxIDLen+1) }), []p{{"rules[0].id", redline.ReasonInvalid}}},
		{"longest ID", with(func(r *redline.Rule) { r.ID = strings.Repeat("r", redline.MaxIDLen) }), nil},
		{"duplicate ID", policyOf(ransomRule(), tradeOffRule("ransom", redline.KindEmblem)), []p{{"rules[1].id", redline.ReasonDuplicate}}},

		{"missing kind", with(func(r *redline.Rule) { r.Kind = "" }), []p{{"rules[0].kind", redline.ReasonRequired}}},
		{"unknown kind", with(func(r *redline.Rule) { r.Kind = "cash_for_work" }), []p{{"rules[0].kind", redline.ReasonUnknown}}},
		{"declared kind", withCond("cash_for_work", cond("daily_rate", redline.OpGt, redline.NumberValue(12))), nil},
		{"declared extra of a library kind", withCond(redline.KindPayment, cond("channel", redline.OpEq, redline.TextValue("cash"))), nil},

		{"attribute of another kind", withCond(redline.KindPayment, cond("min_age", redline.OpLt, redline.NumberValue(15))), []p{{"rules[0].when[0].attr", redline.ReasonUnknown}}},
		{"attribute of another declared kind", withCond(redline.KindFunding, cond("channel", redline.OpEq, redline.TextValue("cash"))), []p{{"rules[0].when[0].attr", redline.ReasonUnknown}}},
		{"undeclared attribute", withCond(redline.KindPayment, cond("currency", redline.OpEq, redline.TextValue("usd"))), []p{{"rules[0].when[0].attr", redline.ReasonUnknown}}},
		{"attribute in capitals", withCond(redline.KindPayment, cond("Purpose", redline.OpEq, redline.TextValue("ransom"))), []p{{"rules[0].when[0].attr", redline.ReasonUnknown}}},
		{"no attribute", withCond(redline.KindPayment, cond("", redline.OpEq, redline.TextValue("ransom"))), []p{{"rules[0].when[0].attr", redline.ReasonRequired}}},
		{"no operator", withCond(redline.KindPayment, cond("purpose", 0, redline.TextValue("ransom"))), []p{{"rules[0].when[0].op", redline.ReasonRequired}}},
		{"unknown operator", withCond(redline.KindPayment, cond("purpose", redline.Op(42), redline.TextValue("ransom"))), []p{{"rules[0].when[0].op", redline.ReasonUnknown}}},

		{"lt on a party", withCond(redline.KindPayment, cond("payee", redline.OpLt, redline.TextValue("armed_actor"))), []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},
		{"ge on a purpose", withCond(redline.KindPayment, cond("purpose", redline.OpGe, redline.TextValue("ransom"))), []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},
		{"in on a number", withCond(redline.KindChildRecruitment, cond("min_age", redline.OpIn, redline.ListValue("15"))), []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},
		{"not_in on a number", withCond(redline.KindPayment, cond("amount", redline.OpNotIn, redline.ListValue("0"))), []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},
		{"lt on a flag", withCond(redline.KindEmblem, cond("display", redline.OpLt, redline.FlagValue(true))), []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},
		{"in on a flag", withCond("cash_for_work", cond("monitored", redline.OpIn, redline.ListValue("yes"))), []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},
		{"le on text", withCond("cash_for_work", cond("paid_in", redline.OpLe, redline.TextValue("cash"))), []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},

		{"a word for a number", withCond(redline.KindChildRecruitment, cond("min_age", redline.OpLt, redline.TextValue("15"))), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"no value", withCond(redline.KindChildRecruitment, cond("min_age", redline.OpLt, redline.Value{})), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"a number for a purpose", withCond(redline.KindPayment, cond("purpose", redline.OpEq, redline.NumberValue(2))), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"a word for a flag", withCond(redline.KindEmblem, cond("display", redline.OpEq, redline.TextValue("no"))), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"a word for in", withCond(redline.KindPayment, cond("payee", redline.OpIn, redline.TextValue("armed_actor"))), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"a list for eq", withCond(redline.KindPayment, cond("payee", redline.OpEq, redline.ListValue("armed_actor"))), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"a flag for agency text", withCond("cash_for_work", cond("paid_in", redline.OpEq, redline.FlagValue(true))), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"a word for an agency number", withCond("cash_for_work", cond("daily_rate", redline.OpGt, redline.TextValue("12"))), []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{"a number for an agency flag", withCond("cash_for_work", cond("monitored", redline.OpEq, redline.NumberValue(1))), []p{{"rules[0].when[0].value", redline.ReasonType}}},

		{"unknown purpose", withCond(redline.KindPayment, cond("purpose", redline.OpEq, redline.TextValue("bribe"))), []p{{"rules[0].when[0].value", redline.ReasonUnknown}}},
		{"empty word for a party", withCond(redline.KindPayment, cond("payee", redline.OpNe, redline.TextValue(""))), []p{{"rules[0].when[0].value", redline.ReasonUnknown}}},
		{"unknown weapon", withCond(redline.KindWeaponRestriction, cond("weapon", redline.OpEq, redline.TextValue("drones"))), []p{{"rules[0].when[0].value", redline.ReasonUnknown}}},
		{"unknown word in a list", withCond(redline.KindPayment, cond("payee", redline.OpIn, redline.ListValue("armed_actor", "militia"))), []p{{"rules[0].when[0].value[1]", redline.ReasonUnknown}}},
		{"unknown measure in not_in", withCond(redline.KindWeaponRestriction, cond("measure", redline.OpNotIn, redline.ListValue("rumour"))), []p{{"rules[0].when[0].value[0]", redline.ReasonUnknown}}},
		{"words ignore case", withCond(redline.KindPayment, cond("payee", redline.OpIn, redline.ListValue("Armed_Actor", "HOST_STATE"))), nil},
		{"empty list", withCond(redline.KindPayment, cond("payee", redline.OpIn, redline.ListValue())), []p{{"rules[0].when[0].value", redline.ReasonRequired}}},
		{"empty agency list", withCond("cash_for_work", cond("paid_in", redline.OpNotIn, redline.ListValue())), []p{{"rules[0].when[0].value", redline.ReasonRequired}}},
		{"empty agency word", withCond("cash_for_work", cond("paid_in", redline.OpEq, redline.TextValue(""))), []p{{"rules[0].when[0].value", redline.ReasonRequired}}},
		{"empty agency word in a list", withCond("cash_for_work", cond("paid_in", redline.OpIn, redline.ListValue("cash", ""))), []p{{"rules[0].when[0].value[1]", redline.ReasonRequired}}},
		{"NaN", withCond(redline.KindChildRecruitment, cond("min_age", redline.OpLt, redline.NumberValue(nan))), []p{{"rules[0].when[0].value", redline.ReasonOutOfRange}}},
		{"infinity", withCond(redline.KindPayment, cond("amount", redline.OpGt, redline.NumberValue(inf))), []p{{"rules[0].when[0].value", redline.ReasonOutOfRange}}},
		{"agency NaN", withCond("cash_for_work", cond("daily_rate", redline.OpGt, redline.NumberValue(nan))), []p{{"rules[0].when[0].value", redline.ReasonOutOfRange}}},

		{"missing severity", with(func(r *redline.Rule) { r.Severity = 0 }), []p{{"rules[0].severity", redline.ReasonRequired}}},
		{"unknown severity", with(func(r *redline.Rule) { r.Severity = 9 }), []p{{"rules[0].severity", redline.ReasonUnknown}}},
		{"absolute citing only institutional", with(func(r *redline.Rule) { r.Severity, r.Approval = redline.SeverityAbsolute, 0 }),
			[]p{{"rules[0].citations", redline.ReasonRequired}}},
		{"absolute citing only the agency's documents", with(func(r *redline.Rule) {
			r.Severity, r.Approval, r.Citations = redline.SeverityAbsolute, 0, []string{"ACME-POL-7"}
		}), []p{{"rules[0].citations", redline.ReasonRequired}}},
		{"absolute citing a rule of law", with(func(r *redline.Rule) {
			r.Severity, r.Approval, r.Citations = redline.SeverityAbsolute, 0, []string{"institutional", "CIHL-96"}
		}), nil},
		{"no citations", with(func(r *redline.Rule) { r.Citations = nil }), []p{{"rules[0].citations", redline.ReasonRequired}}},
		{"blank citation", with(func(r *redline.Rule) { r.Citations = []string{"institutional", " "} }), []p{{"rules[0].citations[1]", redline.ReasonRequired}}},
		{"long citation", with(func(r *redline.Rule) { r.Citations = []string{strings.Repeat("C", redline.MaxWordLen+1)} }), []p{{"rules[0].citations[0]", redline.ReasonTooLarge}}},
		{"institutional without approval", with(func(r *redline.Rule) { r.Approval = 0 }), []p{{"rules[0].approval", redline.ReasonRequired}}},
		{"unknown approval", with(func(r *redline.Rule) { r.Approval = 9 }), []p{{"rules[0].approval", redline.ReasonUnknown}}},
		{"approval on a trade-off", with(func(r *redline.Rule) { r.Severity = redline.SeverityTradeOff }), []p{{"rules[0].approval", redline.ReasonConflict}}},
		{"approval on a bottom line", with(func(r *redline.Rule) { r.Severity = redline.SeverityBottomLine }), []p{{"rules[0].approval", redline.ReasonConflict}}},
		{"approval on an absolute rule", with(func(r *redline.Rule) { r.Severity, r.Citations = redline.SeverityAbsolute, []string{"CIHL-96"} }), []p{{"rules[0].approval", redline.ReasonConflict}}},
		{"missing rationale", with(func(r *redline.Rule) { r.Rationale = "" }), []p{{"rules[0].rationale", redline.ReasonRequired}}},
		{"blank rationale", with(func(r *redline.Rule) { r.Rationale = "\n " }), []p{{"rules[0].rationale", redline.ReasonRequired}}},
		{"long rationale", with(func(r *redline.Rule) { r.Rationale = strings.Repeat("r", redline.MaxTextLen+1) }), []p{{"rules[0].rationale", redline.ReasonTooLarge}}},

		{"kind not a word", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "Cash For Work"}}}, []p{{"kinds[0].kind", redline.ReasonInvalid}}},
		{"blank kind", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{}}}, []p{{"kinds[0].kind", redline.ReasonInvalid}}},
		{"kind declared twice", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "cash_for_work"}, {Kind: "cash_for_work"}}}, []p{{"kinds[1].kind", redline.ReasonDuplicate}}},
		{"long kind description", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "cash_for_work", Description: strings.Repeat("d", redline.MaxTextLen+1)}}}, []p{{"kinds[0].description", redline.ReasonTooLarge}}},
		{"attribute named like the library's", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "cash_for_work", Attributes: []redline.AttrDecl{{Name: "amount", Type: redline.AttrNumber}}}}},
			[]p{{"kinds[0].attributes[0].name", redline.ReasonConflict}}},
		{"attribute named by", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: redline.KindPayment, Attributes: []redline.AttrDecl{{Name: "by", Type: redline.AttrText}}}}},
			[]p{{"kinds[0].attributes[0].name", redline.ReasonConflict}}},
		{"attribute not a word", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "cash_for_work", Attributes: []redline.AttrDecl{{Name: "Daily-Rate", Type: redline.AttrNumber}}}}},
			[]p{{"kinds[0].attributes[0].name", redline.ReasonInvalid}}},
		{"attribute declared twice", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "cash_for_work", Attributes: []redline.AttrDecl{
			{Name: "rate", Type: redline.AttrNumber}, {Name: "rate", Type: redline.AttrText}}}}},
			[]p{{"kinds[0].attributes[1].name", redline.ReasonDuplicate}}},
		{"attribute of a party type", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "cash_for_work", Attributes: []redline.AttrDecl{{Name: "employer", Type: redline.AttrEntity}}}}},
			[]p{{"kinds[0].attributes[0].type", redline.ReasonInvalid}}},
		{"attribute without a type", redline.Policy{Name: "p", Version: "1", Kinds: []redline.KindDecl{{Kind: "cash_for_work", Attributes: []redline.AttrDecl{{Name: "rate"}}}}},
			[]p{{"kinds[0].attributes[0].type", redline.ReasonInvalid}}},

		{"drop in the first layer", redline.Policy{Name: "p", Version: "1", Drop: []string{"ransom"}}, []p{{"drop[0]", redline.ReasonConflict}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k, err := redline.Compile(tt.policy)
			if tt.want == nil {
				require.NoError(t, err)
				require.NotNil(t, k)
				return
			}
			assert.Nil(t, k)
			assert.ElementsMatch(t, tt.want, fieldProblems(t, err), "%v", err)
			for _, w := range tt.want {
				assert.ErrorIs(t, err, &redline.FieldError{Reason: w.Reason, Path: w.Path})
			}
			for _, fe := range fieldErrors(t, err) {
				assert.Equal(t, "redline", fe.Pkg)
				assert.NotEmpty(t, fe.Detail)
			}
			assert.Panics(t, func() { redline.MustCompile(tt.policy) })
		})
	}
}

// Compile reports every problem at once, across rules, declarations and
// layers.
func TestCompileReportsEverything(t *testing.T) {
	bad := redline.Policy{
		Name: "", Version: "1",
		Kinds: []redline.KindDecl{
			{Kind: "Bad"},
			{Kind: "cash_for_work", Attributes: []redline.AttrDecl{{Name: "amount", Type: redline.AttrNumber}, {Name: "rate", Type: redline.AttrEntity}}},
		},
		Rules: []redline.Rule{
			{ID: "", Kind: redline.KindPayment, Severity: redline.SeverityTradeOff, Citations: []string{"HP"}, Rationale: "r"},
			{ID: "Bad", Kind: "unknown_kind", Severity: redline.SeverityAbsolute, Citations: []string{"institutional"}, Rationale: ""},
			{ID: "fee", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional,
				When: []redline.Condition{
					{Attr: "purpose", Op: redline.OpEq, Value: redline.TextValue("bribe")},
					{Attr: "payee", Op: redline.OpIn, Value: redline.ListValue("armed_actor", "militia")},
					{Attr: "amount", Op: redline.OpGt, Value: redline.NumberValue(math.NaN())},
					{Attr: "min_age", Op: redline.OpLt, Value: redline.NumberValue(15)},
					{Attr: "payer", Op: redline.OpLt, Value: redline.TextValue("agency")},
				},
				Rationale: "r"},
			{ID: "escort", Kind: redline.KindArmedEscort, Severity: redline.SeverityTradeOff, Approval: redline.CountryOffice,
				When:      []redline.Condition{{Attr: "provider", Op: redline.OpEq, Value: redline.NumberValue(1)}},
				Citations: []string{"HP", ""}, Rationale: "r"},
			{ID: "fee", Kind: redline.KindPayment, Severity: redline.SeverityTradeOff, Citations: []string{"HP"}, Rationale: "r"},
		},
		Drop: []string{"ransom"},
	}
	want := []fieldProblem{
		{"name", redline.ReasonRequired},
		{"kinds[0].kind", redline.ReasonInvalid},
		{"kinds[1].attributes[0].name", redline.ReasonConflict},
		{"kinds[1].attributes[1].type", redline.ReasonInvalid},
		{"rules[0].id", redline.ReasonRequired},
		{"rules[1].id", redline.ReasonInvalid},
		{"rules[1].kind", redline.ReasonUnknown},
		{"rules[1].rationale", redline.ReasonRequired},
		{"rules[1].citations", redline.ReasonRequired},
		{"rules[2].citations", redline.ReasonRequired},
		{"rules[2].approval", redline.ReasonRequired},
		{"rules[2].when[0].value", redline.ReasonUnknown},
		{"rules[2].when[1].value[1]", redline.ReasonUnknown},
		{"rules[2].when[2].value", redline.ReasonOutOfRange},
		{"rules[2].when[3].attr", redline.ReasonUnknown},
		{"rules[2].when[4].op", redline.ReasonInvalid},
		{"rules[3].approval", redline.ReasonConflict},
		{"rules[3].citations[1]", redline.ReasonRequired},
		{"rules[3].when[0].value", redline.ReasonType},
		{"rules[4].id", redline.ReasonDuplicate},
		{"drop[0]", redline.ReasonConflict},
	}
	_, err := redline.Compile(bad)
	assert.ElementsMatch(t, want, fieldProblems(t, err))

	// Under another layer, every path is prefixed with the layer's index, and
	// the first layer's problems are reported too.
	bad.Drop = []string{"no-such-rule"}
	first := redline.Baseline()
	first.Version = ""
	_, err = redline.Compile(first, bad)
	var layered []fieldProblem
	for _, w := range want {
		if w.Path == "drop[0]" {
			w.Reason = redline.ReasonReference
		}
		layered = append(layered, fieldProblem{"layers[1]." + w.Path, w.Reason})
	}
	layered = append(layered, fieldProblem{"layers[0].version", redline.ReasonRequired})
	assert.ElementsMatch(t, layered, fieldProblems(t, err))
}

// A rule whose ID repeats an earlier one is still checked: its other
// problems are reported with the duplicate, not after it is renamed.
func TestCompileChecksDuplicateRules(t *testing.T) {
	dup := tradeOffRule("ransom", redline.KindPayment, cond("purpose", redline.OpEq, redline.TextValue("bribe")))
	dup.Rationale = ""
	_, err := redline.Compile(policyOf(ransomRule(), dup))
	assert.ElementsMatch(t, []fieldProblem{
		{"rules[1].id", redline.ReasonDuplicate},
		{"rules[1].rationale", redline.ReasonRequired},
		{"rules[1].when[0].value", redline.ReasonUnknown},
	}, fieldProblems(t, err))
}

// Validate checks a policy as a layer on its own: what Compile reports
// about the layer alone, and nothing a layer below could settle.
func TestPolicyValidate(t *testing.T) {
	type p = fieldProblem
	escort := tradeOffRule("escort", redline.KindArmedEscort, cond("provider", redline.OpIn, redline.ListValue("armed_actor", "party_to_conflict")))
	// below is the layer the policies are put on: it declares an agency's
	// kind, and an attribute of the library's payments, and has a rule.
	below := redline.Policy{Name: "below", Version: "1", Kinds: cashForWork(), Rules: []redline.Rule{escort}}
	layer := func(edit func(p *redline.Policy)) redline.Policy {
		p := redline.Policy{Name: "layer", Version: "1"}
		edit(&p)
		return p
	}
	for _, tt := range []struct {
		name     string
		policy   redline.Policy
		want     []fieldProblem // Validate's problems
		compiles bool           // without problems: whether Compile takes it alone
		onBelow  bool           // without problems: whether Compile takes it on below
	}{
		{name: "valid", policy: policyOf(ransomRule()), compiles: true, onBelow: true},
		{name: "empty", policy: redline.Policy{Name: "empty", Version: "0"}, compiles: true, onBelow: true},

		// Problems of the layer alone.
		{name: "blank name", policy: redline.Policy{Version: "1"}, want: []p{{"name", redline.ReasonRequired}}},
		{name: "a rule without severity or rationale", policy: policyOf(func() redline.Rule {
			r := ransomRule()
			r.Severity, r.Approval, r.Rationale = 0, 0, ""
			return r
		}()), want: []p{{"rules[0].severity", redline.ReasonRequired}, {"rules[0].rationale", redline.ReasonRequired}}},
		{name: "a library attribute of another kind", policy: policyOf(tradeOffRule("r", redline.KindPayment, cond("min_age", redline.OpLt, redline.NumberValue(15)))),
			want: []p{{"rules[0].when[0].attr", redline.ReasonUnknown}}},
		{name: "lt on a flag", policy: policyOf(tradeOffRule("r", redline.KindEmblem, cond("display", redline.OpLt, redline.FlagValue(true)))),
			want: []p{{"rules[0].when[0].op", redline.ReasonInvalid}}},
		{name: "a word for a number the layer declares", policy: layer(func(p *redline.Policy) {
			p.Kinds = cashForWork()
			p.Rules = []redline.Rule{tradeOffRule("r", "cash_for_work", cond("daily_rate", redline.OpGt, redline.TextValue("12")))}
		}), want: []p{{"rules[0].when[0].value", redline.ReasonType}}},
		{name: "an attribute declared twice in the layer", policy: layer(func(p *redline.Policy) {
			p.Kinds = []redline.KindDecl{{Kind: "liaison", Attributes: []redline.AttrDecl{{Name: "rank", Type: redline.AttrText}, {Name: "rank", Type: redline.AttrNumber}}}}
		}), want: []p{{"kinds[0].attributes[1].name", redline.ReasonDuplicate}}},
		{name: "an unknown answer to unexamined terms", policy: layer(func(p *redline.Policy) { p.OnUnexamined = 9 }),
			want: []p{{"on_unexamined", redline.ReasonUnknown}}},
		{name: "a rule redefined and dropped", policy: layer(func(p *redline.Policy) {
			p.Rules, p.Drop = []redline.Rule{escort}, []string{"escort"}
		}), want: []p{{"drop[0]", redline.ReasonConflict}}},
		{name: "a drop listed twice", policy: layer(func(p *redline.Policy) { p.Drop = []string{"escort", "escort"} }),
			want: []p{{"drop[1]", redline.ReasonDuplicate}}},
		{name: "an uncovered kind a rule of the layer examines", policy: layer(func(p *redline.Policy) {
			p.Rules = []redline.Rule{ransomRule()}
			p.Uncovered = []redline.Uncovered{{Kind: redline.KindPayment, Reason: "We never pay."}}
		}), want: []p{{"uncovered[0].kind", redline.ReasonConflict}}},
		{name: "an uncovered kind declared below, without a reason", policy: layer(func(p *redline.Policy) {
			p.Uncovered = []redline.Uncovered{{Kind: "cash_for_work", Reason: " "}}
		}), want: []p{{"uncovered[0].reason", redline.ReasonRequired}}},

		// What a layer below settles: not Validate's to say.
		{name: "a rule on a kind declared below", policy: policyOf(tradeOffRule("r", "cash_for_work", cond("daily_rate", redline.OpGt, redline.NumberValue(12)))),
			onBelow: true},
		{name: "a rule on a kind no layer declares", policy: policyOf(tradeOffRule("r", "mine_marking"))},
		{name: "a condition on an attribute declared below", policy: policyOf(tradeOffRule("r", redline.KindPayment, cond("channel", redline.OpEq, redline.TextValue("cash")))),
			onBelow: true},
		{name: "a drop of a rule below", policy: layer(func(p *redline.Policy) { p.Drop = []string{"escort"} }), onBelow: true},
		{name: "a drop of a rule no layer has", policy: layer(func(p *redline.Policy) { p.Drop = []string{"no-such-rule"} })},
		{name: "an uncovered kind declared below", policy: layer(func(p *redline.Policy) {
			p.Uncovered = []redline.Uncovered{{Kind: "cash_for_work", Reason: "Not ours to judge."}}
		}), onBelow: true},
		{name: "an attribute a layer below declares too", policy: layer(func(p *redline.Policy) {
			p.Kinds = []redline.KindDecl{{Kind: redline.KindPayment, Attributes: []redline.AttrDecl{{Name: "channel", Type: redline.AttrText}}}}
		}), compiles: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.policy.Validate()
			_, alone := redline.Compile(tt.policy)
			_, onBelow := redline.Compile(below, tt.policy)
			var buf bytes.Buffer
			encErr := redline.EncodePolicy(&buf, tt.policy)
			if tt.want == nil {
				require.NoError(t, err)
				assert.Equal(t, tt.compiles, alone == nil, "Compile alone: %v", alone)
				assert.Equal(t, tt.onBelow, onBelow == nil, "Compile on a layer below: %v", onBelow)
				require.NoError(t, encErr)
				got, err := redline.DecodePolicy(&buf, redline.Limits{})
				require.NoError(t, err, "a valid layer decodes as it was encoded")
				assert.True(t, reflect.DeepEqual(tt.policy, got))
				return
			}
			assert.ElementsMatch(t, tt.want, fieldProblems(t, err), "%v", err)
			for _, w := range tt.want {
				assert.ErrorIs(t, err, &redline.FieldError{Reason: w.Reason, Path: w.Path})
				// Compile refuses the layer wherever it stands, for the
				// same reason once the layer below is known.
				assert.ErrorIs(t, onBelow, &redline.FieldError{Reason: w.Reason, Path: "layers[1]." + w.Path})
			}
			assert.Error(t, alone, "Compile takes alone a layer Validate refuses")
			assert.ElementsMatch(t, tt.want, fieldProblems(t, encErr), "EncodePolicy refuses it as Validate does")
			assert.Zero(t, buf.Len(), "EncodePolicy wrote an invalid policy")
		})
	}
}

// An error repeats a bad value cut short, never splitting a character, and
// its detail is valid UTF-8 even when the value is not.
func TestErrorsQuoteBadValues(t *testing.T) {
	long := "a" + strings.Repeat("é", 40) // byte 32 falls inside an é
	broken := strings.Repeat("b", 30) + "\xff\xfe" + strings.Repeat("c", 10)
	compile := func(layers ...redline.Policy) func() error {
		return func() error { _, err := redline.Compile(layers...); return err }
	}
	ctx := func(drop ...string) redline.Policy { return redline.Policy{Name: "ctx", Version: "1", Drop: drop} }
	for _, tt := range []struct {
		name  string
		run   func() error
		path  string
		value string
	}{
		{"unknown kind", compile(policyOf(tradeOffRule("r", redline.Kind(long)))), "rules[0].kind", long},
		{"unknown attribute", compile(policyOf(tradeOffRule("r", redline.KindPayment, cond(long, redline.OpEq, redline.TextValue("x"))))), "rules[0].when[0].attr", long},
		{"attribute not UTF-8", compile(policyOf(tradeOffRule("r", redline.KindPayment, cond(broken, redline.OpEq, redline.TextValue("x"))))), "rules[0].when[0].attr", broken},
		{"drop of no rule", compile(redline.Baseline(), ctx(long)), "layers[1].drop[0]", long},
		{"dropped twice", compile(redline.Baseline(), ctx(long, long)), "layers[1].drop[1]", long},
		{"number too large", func() error {
			_, err := redline.DecodeTerms(strings.NewReader(`[{"kind":"evacuation","count":1`+strings.Repeat("0", 40)+`e400}]`), redline.Limits{})
			return err
		}, "[0].count", "1" + strings.Repeat("0", 40)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var found *redline.FieldError
			for _, fe := range fieldErrors(t, err) {
				if check.Join(fe.Input, fe.Path) == tt.path {
					found = fe
				}
			}
			require.NotNil(t, found, "no error at %s in %v", tt.path, err)
			assert.True(t, utf8.ValidString(found.Detail), "%q", found.Detail)
			assert.NotContains(t, found.Detail, tt.value)
			assert.Contains(t, found.Detail, "…")
		})
	}
}

func layerOf(name string, rules ...redline.Rule) redline.Policy {
	return redline.Policy{Name: name, Version: "1", Rules: rules}
}

// baselineRule returns a copy of the baseline's rule with the given ID.
func baselineRule(t testing.TB, id string) redline.Rule {
	t.Helper()
	for _, r := range redline.Baseline().Rules {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("the baseline has no rule %q", id)
	return redline.Rule{}
}

func TestLayerTightens(t *testing.T) {
	for _, tt := range []struct {
		name  string
		rule  func(redline.Rule) redline.Rule
		id    string
		term  redline.Term
		wantV redline.Verdict // the verdict for term under the two layers
		same  bool            // the baseline gives the same verdict
		wantA redline.Authority
	}{
		{"trade-off made institutional", func(r redline.Rule) redline.Rule {
			r.Severity, r.Approval, r.Citations = redline.SeverityInstitutional, redline.RegionalOffice, []string{"HP", "institutional"}
			return r
		}, "armed-escort", redline.Term{Kind: redline.KindArmedEscort, Provider: redline.EntityArmedActor}, redline.VerdictApprovalRequired, false, 0},
		{"trade-off made absolute", func(r redline.Rule) redline.Rule {
			r.Severity = redline.SeverityAbsolute
			return r
		}, "child-recruitment-under-18", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(16)}, redline.VerdictUnacceptable, false, 0},
		{"lt 18 widened to lt 21", func(r redline.Rule) redline.Rule {
			r.When = []redline.Condition{cond("min_age", redline.OpLt, redline.NumberValue(21))}
			return r
		}, "child-recruitment-under-18", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(19)}, redline.VerdictTradeOffAnalysis, false, 0},
		{"absolute lt 15 widened to le 15", func(r redline.Rule) redline.Rule {
			r.When = []redline.Condition{cond("min_age", redline.OpLe, redline.NumberValue(15))}
			return r
		}, "child-recruitment-under-15", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(15)}, redline.VerdictUnacceptable, false, 0},
		{"fewer conditions", func(r redline.Rule) redline.Rule {
			r.When = r.When[:1]
			return r
		}, "dialogue-fee", redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee, Payee: redline.EntitySupplier}, redline.VerdictApprovalRequired, false, 0},
		{"no conditions", func(r redline.Rule) redline.Rule {
			r.When = nil
			return r
		}, "funding-from-party", redline.Term{Kind: redline.KindFunding, Source: redline.EntityDonor}, redline.VerdictApprovalRequired, false, 0},
		{"a higher approval", func(r redline.Rule) redline.Rule {
			r.Approval = redline.GoverningBoard
			return r
		}, "dialogue-fee", redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee, Payee: redline.EntityArmedActor}, redline.VerdictApprovalRequired, true, redline.GoverningBoard},
		{"a wider list", func(r redline.Rule) redline.Rule {
			r.When = []redline.Condition{cond("controlled_by", redline.OpIn, redline.ListValue("armed_actor", "host_state", "party_to_conflict", "de_facto_authority", "community"))}
			return r
		}, "beneficiaries-chosen-by-armed-actor", redline.Term{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityCommunity}, redline.VerdictApprovalRequired, false, redline.RegionalOffice},
		{"silence made absolute", func(r redline.Rule) redline.Rule {
			r.Severity, r.Approval, r.Citations = redline.SeverityAbsolute, 0, []string{"HP"}
			r.Rationale = "We speak out about what we witness: no term may buy our silence."
			return r
		}, "public-statements-restricted", redline.Term{Kind: redline.KindPublicStatements, By: redline.EntityAgency, Undertaking: redline.UndertakingSilence}, redline.VerdictUnacceptable, false, 0},
		{"a detention condition made absolute", func(r redline.Rule) redline.Rule {
			r.Severity, r.Approval = redline.SeverityAbsolute, 0
			return r
		}, "detention-visit-without-private-interviews", redline.Term{Kind: redline.KindDetentionVisit, AllDetainees: redline.FlagYes, AllPlaces: redline.FlagYes,
			Private: redline.FlagNo, RepeatVisits: redline.FlagYes, Registration: redline.FlagYes}, redline.VerdictUnacceptable, false, 0},
		{"same rule, new words", func(r redline.Rule) redline.Rule {
			r.Rationale, r.Citations = "Our own words.", []string{"CIHL-136", "OPAC-4"}
			return r
		}, "child-recruitment-under-15", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(14)}, redline.VerdictUnacceptable, true, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			base := redline.MustCompile(redline.Baseline())
			if tt.same {
				require.Equal(t, tt.wantV, base.Check([]redline.Term{tt.term}).Verdict)
			} else {
				require.NotEqual(t, tt.wantV, base.Check([]redline.Term{tt.term}).Verdict, "the term must tell the layers apart")
			}
			nu := tt.rule(baselineRule(t, tt.id))
			k, err := redline.Compile(redline.Baseline(), layerOf("ctx", nu))
			require.NoError(t, err)
			assert.Empty(t, k.Exceptions(), "tightening is no exception")
			got, ok := k.Rule(tt.id)
			require.True(t, ok)
			assert.Equal(t, nu, got)
			layer, ok := k.RuleLayer(tt.id)
			require.True(t, ok)
			assert.Equal(t, "ctx", layer)
			r := k.Check([]redline.Term{tt.term})
			assert.Equal(t, tt.wantV, r.Verdict)
			if tt.wantA != 0 {
				assert.Equal(t, tt.wantA, r.Approval)
			}
			assert.Len(t, k.Rules(), len(redline.Baseline().Rules))
		})
	}
}

func TestLayerCannotWeakenAbsolute(t *testing.T) {
	for _, tt := range []struct {
		name string
		rule func(redline.Rule) redline.Rule
		want fieldProblem
	}{
		{"lower severity", func(r redline.Rule) redline.Rule {
			r.Severity, r.Approval = redline.SeverityInstitutional, redline.GoverningBoard
			return r
		}, fieldProblem{"layers[1].rules[0]", redline.ReasonConflict}},
		{"made a trade-off", func(r redline.Rule) redline.Rule {
			r.Severity = redline.SeverityTradeOff
			return r
		}, fieldProblem{"layers[1].rules[0]", redline.ReasonConflict}},
		{"lt 15 narrowed to lt 14", func(r redline.Rule) redline.Rule {
			r.When = []redline.Condition{cond("min_age", redline.OpLt, redline.NumberValue(14))}
			return r
		}, fieldProblem{"layers[1].rules[0]", redline.ReasonConflict}},
		{"lt 15 narrowed to le 14.9", func(r redline.Rule) redline.Rule {
			r.When = []redline.Condition{cond("min_age", redline.OpLe, redline.NumberValue(14.9))}
			return r
		}, fieldProblem{"layers[1].rules[0]", redline.ReasonConflict}},
		{"an added condition", func(r redline.Rule) redline.Rule {
			r.When = append(r.When, cond("by", redline.OpEq, redline.TextValue("armed_actor")))
			return r
		}, fieldProblem{"layers[1].rules[0]", redline.ReasonConflict}},
		{"changed kind", func(r redline.Rule) redline.Rule {
			r.Kind = redline.KindChildUse
			return r
		}, fieldProblem{"layers[1].rules[0].kind", redline.ReasonConflict}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			nu := tt.rule(baselineRule(t, "child-recruitment-under-15"))
			k, err := redline.Compile(redline.Baseline(), layerOf("lax", nu))
			assert.Nil(t, k)
			assert.Equal(t, []fieldProblem{tt.want}, fieldProblems(t, err))
		})
	}

	t.Run("hostage-taking given a condition", func(t *testing.T) {
		r := baselineRule(t, "hostage-taking")
		r.When = []redline.Condition{cond("by", redline.OpEq, redline.TextValue("host_state"))}
		_, err := redline.Compile(redline.Baseline(), layerOf("lax", r))
		assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonConflict, Path: "layers[1].rules[0]"})
	})

	t.Run("dropped", func(t *testing.T) {
		lax := redline.Policy{Name: "lax", Version: "1", Drop: []string{"hostage-taking"}}
		k, err := redline.Compile(redline.Baseline(), lax)
		assert.Nil(t, k)
		assert.Equal(t, []fieldProblem{{"layers[1].drop[0]", redline.ReasonConflict}}, fieldProblems(t, err))
	})

	t.Run("made absolute in a layer, then weakened", func(t *testing.T) {
		strict := baselineRule(t, "child-recruitment-under-18")
		strict.Severity = redline.SeverityAbsolute
		lax := baselineRule(t, "child-recruitment-under-18")
		_, err := redline.Compile(redline.Baseline(), layerOf("strict", strict), layerOf("lax", lax))
		assert.Equal(t, []fieldProblem{{"layers[2].rules[0]", redline.ReasonConflict}}, fieldProblems(t, err))
	})
}

func TestLayerWeakensInstitutional(t *testing.T) {
	for _, tt := range []struct {
		name string
		id   string
		rule func(redline.Rule) redline.Rule
		want redline.Exception
		term redline.Term
		// the verdict for term before and after
		before, after redline.Verdict
	}{
		{"institutional made a trade-off", "ransom", func(r redline.Rule) redline.Rule {
			r.Severity, r.Approval = redline.SeverityTradeOff, 0
			return r
		}, redline.Exception{Rule: "ransom", Layer: "ctx", Change: redline.ChangeWeakened, Severity: redline.SeverityInstitutional, Approval: redline.GoverningBoard},
			redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeRansom}, redline.VerdictApprovalRequired, redline.VerdictTradeOffAnalysis},
		{"institutional made a bottom line", "ransom", func(r redline.Rule) redline.Rule {
			r.Severity, r.Approval = redline.SeverityBottomLine, 0
			return r
		}, redline.Exception{Rule: "ransom", Layer: "ctx", Change: redline.ChangeWeakened, Severity: redline.SeverityInstitutional, Approval: redline.GoverningBoard},
			redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeRansom}, redline.VerdictApprovalRequired, redline.VerdictMandatorDecision},
		{"approval headquarters to country office", "dialogue-fee", func(r redline.Rule) redline.Rule {
			r.Approval = redline.CountryOffice
			return r
		}, redline.Exception{Rule: "dialogue-fee", Layer: "ctx", Change: redline.ChangeWeakened, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters},
			redline.Term{Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee, Payee: redline.EntityArmedActor}, redline.VerdictApprovalRequired, redline.VerdictApprovalRequired},
		{"an added condition", "funding-from-party", func(r redline.Rule) redline.Rule {
			r.When = append(r.When, cond("amount", redline.OpGt, redline.NumberValue(1000)))
			return r
		}, redline.Exception{Rule: "funding-from-party", Layer: "ctx", Change: redline.ChangeWeakened, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters},
			redline.Term{Kind: redline.KindFunding, Source: redline.EntityHostState, Amount: redline.Num(500)}, redline.VerdictApprovalRequired, redline.VerdictAcceptable},
		{"a narrower list", "beneficiaries-chosen-by-armed-actor", func(r redline.Rule) redline.Rule {
			r.When = []redline.Condition{cond("controlled_by", redline.OpEq, redline.TextValue("armed_actor"))}
			return r
		}, redline.Exception{Rule: "beneficiaries-chosen-by-armed-actor", Layer: "ctx", Change: redline.ChangeWeakened, Severity: redline.SeverityInstitutional, Approval: redline.RegionalOffice},
			redline.Term{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityHostState}, redline.VerdictApprovalRequired, redline.VerdictAcceptable},
		{"a trade-off narrowed", "armed-escort", func(r redline.Rule) redline.Rule {
			r.When = []redline.Condition{cond("provider", redline.OpEq, redline.TextValue("armed_actor"))}
			return r
		}, redline.Exception{Rule: "armed-escort", Layer: "ctx", Change: redline.ChangeWeakened, Severity: redline.SeverityTradeOff},
			redline.Term{Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict}, redline.VerdictTradeOffAnalysis, redline.VerdictAcceptable},
	} {
		t.Run(tt.name, func(t *testing.T) {
			nu := tt.rule(baselineRule(t, tt.id))
			k, err := redline.Compile(redline.Baseline(), layerOf("ctx", nu))
			require.NoError(t, err)
			assert.Equal(t, []redline.Exception{tt.want}, k.Exceptions())
			got, ok := k.Rule(tt.id)
			require.True(t, ok)
			assert.Equal(t, nu, got, "the weakened rule applies")
			assert.Equal(t, tt.before, redline.MustCompile(redline.Baseline()).Check([]redline.Term{tt.term}).Verdict)
			r := k.Check([]redline.Term{tt.term})
			assert.Equal(t, tt.after, r.Verdict)
			if tt.after == redline.VerdictApprovalRequired {
				assert.Equal(t, nu.Approval, r.Approval)
			}
		})
	}
}

func TestLayerDrops(t *testing.T) {
	ransom := redline.Term{Kind: redline.KindPayment, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom}

	t.Run("an institutional rule", func(t *testing.T) {
		ctx := redline.Policy{Name: "ctx", Version: "2", Drop: []string{"ransom"}}
		k, err := redline.Compile(redline.Baseline(), ctx)
		require.NoError(t, err)
		assert.Equal(t, []redline.Exception{{Rule: "ransom", Layer: "ctx", Change: redline.ChangeDropped, Severity: redline.SeverityInstitutional, Approval: redline.GoverningBoard}}, k.Exceptions())
		_, ok := k.Rule("ransom")
		assert.False(t, ok)
		_, ok = k.RuleLayer("ransom")
		assert.False(t, ok)
		assert.Len(t, k.Rules(), len(redline.Baseline().Rules)-1)
		r := k.Check([]redline.Term{ransom})
		assert.Equal(t, redline.VerdictAcceptable, r.Verdict, "a dropped rule no longer fires")
		assert.Empty(t, r.Findings)
	})

	t.Run("a trade-off", func(t *testing.T) {
		ctx := redline.Policy{Name: "ctx", Version: "2", Drop: []string{"emblem-not-displayed"}}
		k, err := redline.Compile(redline.Baseline(), ctx)
		require.NoError(t, err)
		assert.Equal(t, []redline.Exception{{Rule: "emblem-not-displayed", Layer: "ctx", Change: redline.ChangeDropped, Severity: redline.SeverityTradeOff}}, k.Exceptions())
		assert.Equal(t, redline.VerdictAcceptable, k.Check([]redline.Term{{Kind: redline.KindEmblem, Display: redline.FlagNo}}).Verdict)
	})

	t.Run("redefined in a later layer", func(t *testing.T) {
		drop := redline.Policy{Name: "drop", Version: "1", Drop: []string{"ransom"}}
		again := ransomRule()
		k, err := redline.Compile(redline.Baseline(), drop, layerOf("again", again))
		require.NoError(t, err)
		assert.Len(t, k.Exceptions(), 1)
		layer, ok := k.RuleLayer("ransom")
		require.True(t, ok)
		assert.Equal(t, "again", layer)
		r := k.Check([]redline.Term{ransom})
		assert.Equal(t, redline.VerdictApprovalRequired, r.Verdict)
		assert.Equal(t, redline.Headquarters, r.Approval)
	})

	for _, tt := range []struct {
		name   string
		layers []redline.Policy
		want   []fieldProblem
	}{
		{"an unknown ID", []redline.Policy{redline.Baseline(), {Name: "ctx", Version: "1", Drop: []string{"no-such-rule"}}},
			[]fieldProblem{{"layers[1].drop[0]", redline.ReasonReference}}},
		{"in the first layer", []redline.Policy{{Name: "ctx", Version: "1", Rules: []redline.Rule{ransomRule()}, Drop: []string{"ransom"}}},
			[]fieldProblem{{"drop[0]", redline.ReasonConflict}}},
		{"in the first of several layers", []redline.Policy{{Name: "ctx", Version: "1", Drop: []string{"ransom"}}, redline.Baseline()},
			[]fieldProblem{{"layers[0].drop[0]", redline.ReasonConflict}}},
		{"dropped and redefined in one layer", []redline.Policy{redline.Baseline(), {Name: "ctx", Version: "1", Rules: []redline.Rule{ransomRule()}, Drop: []string{"ransom"}}},
			[]fieldProblem{{"layers[1].drop[0]", redline.ReasonConflict}}},
		{"dropped twice", []redline.Policy{redline.Baseline(), {Name: "ctx", Version: "1", Drop: []string{"ransom", "ransom"}}},
			[]fieldProblem{{"layers[1].drop[1]", redline.ReasonDuplicate}}},
		{"dropped in two layers", []redline.Policy{redline.Baseline(), {Name: "a", Version: "1", Drop: []string{"ransom"}}, {Name: "b", Version: "1", Drop: []string{"ransom"}}},
			[]fieldProblem{{"layers[2].drop[0]", redline.ReasonReference}}},
		{"an absolute rule among others", []redline.Policy{redline.Baseline(), {Name: "ctx", Version: "1", Drop: []string{"ransom", "child-use-under-15", "nothing"}}},
			[]fieldProblem{{"layers[1].drop[1]", redline.ReasonConflict}, {"layers[1].drop[2]", redline.ReasonReference}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k, err := redline.Compile(tt.layers...)
			assert.Nil(t, k)
			assert.ElementsMatch(t, tt.want, fieldProblems(t, err))
		})
	}
}

// Exceptions come in the order the layers made them.
func TestExceptionsInLayerOrder(t *testing.T) {
	weak := baselineRule(t, "dialogue-fee")
	weak.Approval = redline.RegionalOffice
	weaker := weak
	weaker.Approval = redline.CountryOffice
	k, err := redline.Compile(redline.Baseline(),
		redline.Policy{Name: "a", Version: "1", Rules: []redline.Rule{weak}, Drop: []string{"armed-escort"}},
		redline.Policy{Name: "b", Version: "1", Rules: []redline.Rule{weaker}, Drop: []string{"ransom"}},
	)
	require.NoError(t, err)
	assert.Equal(t, []redline.Exception{
		{Rule: "dialogue-fee", Layer: "a", Change: redline.ChangeWeakened, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters},
		{Rule: "armed-escort", Layer: "a", Change: redline.ChangeDropped, Severity: redline.SeverityTradeOff},
		{Rule: "dialogue-fee", Layer: "b", Change: redline.ChangeWeakened, Severity: redline.SeverityInstitutional, Approval: redline.RegionalOffice},
		{Rule: "ransom", Layer: "b", Change: redline.ChangeDropped, Severity: redline.SeverityInstitutional, Approval: redline.GoverningBoard},
	}, k.Exceptions())
	assert.Equal(t, "baseline@2026.2 + a@1 + b@1: 26 rules (3 absolute, 14 institutional, 0 bottom lines, 9 trade-offs)"+
		"; exception: layer a weakened institutional red line rule dialogue-fee, needs approval at headquarters"+
		"; exception: layer a dropped trade-off rule armed-escort"+
		"; exception: layer b weakened institutional red line rule dialogue-fee, needs approval at the regional office"+
		"; exception: layer b dropped institutional red line rule ransom, needs approval at the governing board", k.String())
}

// weakensUnder compiles a rule with the old conditions and a layer that
// redefines it with the new ones, and reports whether the layer weakened it.
// It checks the answer both ways: as a trade-off (an exception is recorded)
// and as an absolute rule (the layer is refused).
func weakensUnder(t *testing.T, kind redline.Kind, old, nu []redline.Condition) bool {
	t.Helper()
	mk := func(sev redline.Severity, when []redline.Condition) redline.Rule {
		r := tradeOffRule("r", kind, when...)
		r.Severity = sev
		if sev == redline.SeverityAbsolute {
			r.Citations = []string{"CIHL-136"}
		}
		return r
	}
	base := redline.Policy{Name: "base", Version: "1", Kinds: cashForWork(), Rules: []redline.Rule{mk(redline.SeverityTradeOff, old)}}
	k, err := redline.Compile(base, layerOf("ctx", mk(redline.SeverityTradeOff, nu)))
	require.NoError(t, err)
	weakened := len(k.Exceptions()) > 0
	if weakened {
		assert.Equal(t, []redline.Exception{{Rule: "r", Layer: "ctx", Change: redline.ChangeWeakened, Severity: redline.SeverityTradeOff}}, k.Exceptions())
	}

	base.Rules = []redline.Rule{mk(redline.SeverityAbsolute, old)}
	_, err = redline.Compile(base, layerOf("ctx", mk(redline.SeverityAbsolute, nu)))
	if weakened {
		assert.Equal(t, []fieldProblem{{"layers[1].rules[0]", redline.ReasonConflict}}, fieldProblems(t, err))
	} else {
		assert.NoError(t, err)
	}
	return weakened
}

// The layering check decides whether the new conditions match every term the
// old ones did: each new condition must follow from an old one.
func TestLayerImplication(t *testing.T) {
	num := func(op redline.Op, v float64) redline.Condition { return cond("min_age", op, redline.NumberValue(v)) }
	type row struct {
		old, nu redline.Condition
		covers  bool // the new condition matches every term the old did
	}
	t.Run("numbers", func(t *testing.T) {
		for _, tt := range []row{
			{num(redline.OpLt, 15), num(redline.OpLt, 15), true},
			{num(redline.OpLt, 15), num(redline.OpLt, 18), true},
			{num(redline.OpLt, 15), num(redline.OpLt, 14), false},
			{num(redline.OpLt, 15), num(redline.OpLe, 15), true},
			{num(redline.OpLt, 15), num(redline.OpLe, 14.5), false},
			{num(redline.OpLt, 15), num(redline.OpNe, 15), true},
			{num(redline.OpLt, 15), num(redline.OpNe, 20), true},
			{num(redline.OpLt, 15), num(redline.OpNe, 14), false},
			{num(redline.OpLt, 15), num(redline.OpGt, 0), false},
			{num(redline.OpLt, 15), num(redline.OpEq, 14), false},
			{num(redline.OpLe, 15), num(redline.OpLt, 15), false},
			{num(redline.OpLe, 15), num(redline.OpLt, 15.5), true},
			{num(redline.OpLe, 15), num(redline.OpLe, 15), true},
			{num(redline.OpLe, 15), num(redline.OpLe, 14), false},
			{num(redline.OpLe, 15), num(redline.OpNe, 15), false},
			{num(redline.OpLe, 15), num(redline.OpNe, 16), true},
			{num(redline.OpGt, 10), num(redline.OpGt, 10), true},
			{num(redline.OpGt, 10), num(redline.OpGt, 9), true},
			{num(redline.OpGt, 10), num(redline.OpGt, 11), false},
			{num(redline.OpGt, 10), num(redline.OpGe, 10), true},
			{num(redline.OpGt, 10), num(redline.OpGe, 10.5), false},
			{num(redline.OpGt, 10), num(redline.OpNe, 10), true},
			{num(redline.OpGt, 10), num(redline.OpNe, 11), false},
			{num(redline.OpGt, 10), num(redline.OpLt, 100), false},
			{num(redline.OpGe, 10), num(redline.OpGt, 10), false},
			{num(redline.OpGe, 10), num(redline.OpGt, 9.5), true},
			{num(redline.OpGe, 10), num(redline.OpGe, 10), true},
			{num(redline.OpGe, 10), num(redline.OpGe, 11), false},
			{num(redline.OpGe, 10), num(redline.OpNe, 9), true},
			{num(redline.OpGe, 10), num(redline.OpNe, 10), false},
			{num(redline.OpEq, 14), num(redline.OpEq, 14), true},
			{num(redline.OpEq, 14), num(redline.OpEq, 15), false},
			{num(redline.OpEq, 14), num(redline.OpLt, 15), true},
			{num(redline.OpEq, 14), num(redline.OpLt, 14), false},
			{num(redline.OpEq, 14), num(redline.OpLe, 14), true},
			{num(redline.OpEq, 14), num(redline.OpGt, 14), false},
			{num(redline.OpEq, 14), num(redline.OpGe, 14), true},
			{num(redline.OpEq, 14), num(redline.OpNe, 13), true},
			{num(redline.OpEq, 14), num(redline.OpNe, 14), false},
			{num(redline.OpNe, 14), num(redline.OpNe, 14), true},
			{num(redline.OpNe, 14), num(redline.OpNe, 15), false},
			{num(redline.OpNe, 14), num(redline.OpLt, 100), false},
		} {
			got := weakensUnder(t, redline.KindChildRecruitment, []redline.Condition{tt.old}, []redline.Condition{tt.nu})
			assert.Equal(t, !tt.covers, got, "min_age %v %v → %v %v", tt.old.Op, tt.old.Value, tt.nu.Op, tt.nu.Value)
		}
	})

	t.Run("enumerations", func(t *testing.T) {
		payee := func(op redline.Op, words ...string) redline.Condition {
			if op == redline.OpEq || op == redline.OpNe {
				return cond("payee", op, redline.TextValue(words[0]))
			}
			return cond("payee", op, redline.ListValue(words...))
		}
		const a, b, c = "armed_actor", "host_state", "party_to_conflict"
		for _, tt := range []row{
			{payee(redline.OpEq, a), payee(redline.OpEq, a), true},
			{payee(redline.OpEq, a), payee(redline.OpEq, "ARMED_ACTOR"), true},
			{payee(redline.OpEq, a), payee(redline.OpEq, b), false},
			{payee(redline.OpEq, a), payee(redline.OpIn, a, b), true},
			{payee(redline.OpEq, a), payee(redline.OpIn, b), false},
			{payee(redline.OpEq, a), payee(redline.OpNe, b), true},
			{payee(redline.OpEq, a), payee(redline.OpNe, a), false},
			{payee(redline.OpEq, a), payee(redline.OpNotIn, b, c), true},
			{payee(redline.OpEq, a), payee(redline.OpNotIn, a), false},
			{payee(redline.OpIn, a, b), payee(redline.OpIn, a, b, c), true},
			{payee(redline.OpIn, a, b), payee(redline.OpIn, b, a), true},
			{payee(redline.OpIn, a, b), payee(redline.OpIn, a), false},
			{payee(redline.OpIn, a, b), payee(redline.OpEq, a), false},
			{payee(redline.OpIn, a), payee(redline.OpEq, a), true},
			{payee(redline.OpIn, a, b), payee(redline.OpNe, c), true},
			{payee(redline.OpIn, a, b), payee(redline.OpNe, a), false},
			{payee(redline.OpIn, a, b), payee(redline.OpNotIn, c, "donor"), true},
			{payee(redline.OpIn, a, b), payee(redline.OpNotIn, a, c), false},
			{payee(redline.OpNe, a), payee(redline.OpNe, a), true},
			{payee(redline.OpNe, a), payee(redline.OpNotIn, a), true},
			{payee(redline.OpNe, a), payee(redline.OpNe, b), false},
			{payee(redline.OpNe, a), payee(redline.OpIn, b, c), false},
			{payee(redline.OpNotIn, a, b), payee(redline.OpNe, a), true},
			{payee(redline.OpNotIn, a, b), payee(redline.OpNotIn, a), true},
			{payee(redline.OpNotIn, a, b), payee(redline.OpNotIn, a, b, c), false},
			{payee(redline.OpNotIn, a, b), payee(redline.OpEq, c), false},
			// Another attribute of the same type says nothing about this one.
			{cond("payer", redline.OpEq, redline.TextValue(a)), payee(redline.OpEq, a), false},
		} {
			got := weakensUnder(t, redline.KindPayment, []redline.Condition{tt.old}, []redline.Condition{tt.nu})
			assert.Equal(t, !tt.covers, got, "%s %v %v → %s %v %v", tt.old.Attr, tt.old.Op, tt.old.Value, tt.nu.Attr, tt.nu.Op, tt.nu.Value)
		}
		// Purposes, weapons and measures are enumerations too.
		assert.False(t, weakensUnder(t, redline.KindPayment,
			[]redline.Condition{cond("purpose", redline.OpEq, redline.TextValue("ransom"))},
			[]redline.Condition{cond("purpose", redline.OpIn, redline.ListValue("ransom", "dialogue_fee"))}))
		assert.True(t, weakensUnder(t, redline.KindWeaponRestriction,
			[]redline.Condition{cond("measure", redline.OpNe, redline.TextValue("ban"))},
			[]redline.Condition{cond("measure", redline.OpNotIn, redline.ListValue("ban", "clearance"))}))
		assert.False(t, weakensUnder(t, redline.KindWeaponRestriction,
			[]redline.Condition{cond("weapon", redline.OpIn, redline.ListValue("cluster_munitions"))},
			[]redline.Condition{cond("weapon", redline.OpNe, redline.TextValue("anti_personnel_mines"))}))
	})

	t.Run("flags", func(t *testing.T) {
		display := func(op redline.Op, b bool) redline.Condition { return cond("display", op, redline.FlagValue(b)) }
		for _, tt := range []row{
			{display(redline.OpEq, false), display(redline.OpEq, false), true},
			{display(redline.OpEq, false), display(redline.OpEq, true), false},
			{display(redline.OpEq, false), display(redline.OpNe, true), true},
			{display(redline.OpEq, false), display(redline.OpNe, false), false},
			{display(redline.OpNe, true), display(redline.OpEq, false), true},
			{display(redline.OpNe, true), display(redline.OpNe, true), true},
			{display(redline.OpNe, true), display(redline.OpEq, true), false},
			{display(redline.OpNe, true), display(redline.OpNe, false), false},
		} {
			got := weakensUnder(t, redline.KindEmblem, []redline.Condition{tt.old}, []redline.Condition{tt.nu})
			assert.Equal(t, !tt.covers, got, "display %v %v → %v %v", tt.old.Op, tt.old.Value, tt.nu.Op, tt.nu.Value)
		}
		monitored := func(op redline.Op, b bool) redline.Condition { return cond("monitored", op, redline.FlagValue(b)) }
		assert.False(t, weakensUnder(t, "cash_for_work", []redline.Condition{monitored(redline.OpEq, true)}, []redline.Condition{monitored(redline.OpNe, false)}))
		assert.True(t, weakensUnder(t, "cash_for_work", []redline.Condition{monitored(redline.OpEq, true)}, []redline.Condition{monitored(redline.OpEq, false)}))
	})

	t.Run("agency text", func(t *testing.T) {
		paid := func(op redline.Op, words ...string) redline.Condition {
			if op == redline.OpEq || op == redline.OpNe {
				return cond("paid_in", op, redline.TextValue(words[0]))
			}
			return cond("paid_in", op, redline.ListValue(words...))
		}
		for _, tt := range []row{
			{paid(redline.OpEq, "cash"), paid(redline.OpEq, "cash"), true},
			{paid(redline.OpEq, "cash"), paid(redline.OpEq, "Cash"), false},
			{paid(redline.OpEq, "cash"), paid(redline.OpIn, "cash", "kind"), true},
			{paid(redline.OpEq, "cash"), paid(redline.OpIn, "kind"), false},
			{paid(redline.OpEq, "cash"), paid(redline.OpNe, "kind"), true},
			{paid(redline.OpEq, "cash"), paid(redline.OpNe, "cash"), false},
			{paid(redline.OpIn, "cash", "voucher"), paid(redline.OpIn, "voucher", "cash", "kind"), true},
			{paid(redline.OpIn, "cash", "voucher"), paid(redline.OpIn, "cash"), false},
			{paid(redline.OpIn, "cash", "voucher"), paid(redline.OpNotIn, "kind"), true},
			{paid(redline.OpIn, "cash", "voucher"), paid(redline.OpNotIn, "cash"), false},
			{paid(redline.OpNotIn, "kind", "voucher"), paid(redline.OpNotIn, "kind"), true},
			{paid(redline.OpNotIn, "kind", "voucher"), paid(redline.OpNe, "voucher"), true},
			{paid(redline.OpNotIn, "kind"), paid(redline.OpNotIn, "kind", "voucher"), false},
			{paid(redline.OpNe, "kind"), paid(redline.OpEq, "cash"), false},
			{paid(redline.OpNe, "kind"), paid(redline.OpIn, "cash"), false},
		} {
			got := weakensUnder(t, "cash_for_work", []redline.Condition{tt.old}, []redline.Condition{tt.nu})
			assert.Equal(t, !tt.covers, got, "paid_in %v %v → %v %v", tt.old.Op, tt.old.Value, tt.nu.Op, tt.nu.Value)
		}
		rate := cond("daily_rate", redline.OpGt, redline.NumberValue(12))
		assert.False(t, weakensUnder(t, "cash_for_work", []redline.Condition{rate}, []redline.Condition{cond("daily_rate", redline.OpGe, redline.NumberValue(12))}))
		assert.True(t, weakensUnder(t, "cash_for_work", []redline.Condition{rate}, []redline.Condition{cond("daily_rate", redline.OpGt, redline.NumberValue(20))}))
	})

	t.Run("several conditions", func(t *testing.T) {
		old := []redline.Condition{
			cond("purpose", redline.OpEq, redline.TextValue("dialogue_fee")),
			cond("payee", redline.OpEq, redline.TextValue("armed_actor")),
		}
		assert.False(t, weakensUnder(t, redline.KindPayment, old, old[:1]), "fewer conditions")
		assert.False(t, weakensUnder(t, redline.KindPayment, old, []redline.Condition{old[1], old[0]}), "reordered")
		assert.False(t, weakensUnder(t, redline.KindPayment, old, nil), "no conditions")
		assert.True(t, weakensUnder(t, redline.KindPayment, old, append(old[:2:2], cond("amount", redline.OpGt, redline.NumberValue(0)))), "an added condition")
		assert.True(t, weakensUnder(t, redline.KindPayment, nil, old[:1]), "a condition where there was none")
		assert.False(t, weakensUnder(t, redline.KindPayment, old, []redline.Condition{
			cond("purpose", redline.OpIn, redline.ListValue("dialogue_fee", "tax")),
			cond("payee", redline.OpNe, redline.TextValue("supplier")),
		}), "each condition widened")
	})
}

func TestCheckerAccessors(t *testing.T) {
	straight18 := layerOf("straight-18", redline.Rule{
		ID: "child-recruitment-under-18", Kind: redline.KindChildRecruitment, Severity: redline.SeverityAbsolute,
		When:      []redline.Condition{cond("min_age", redline.OpLt, redline.NumberValue(18))},
		Citations: []string{"OPAC-4"}, Rationale: "Never under 18.",
	})
	straight18.Kinds = cashForWork()
	straight18.Description = "The 18-year standard."
	k, err := redline.Compile(redline.Baseline(), straight18)
	require.NoError(t, err)

	assert.Equal(t, "baseline@2026.2 + straight-18@1", k.Name())
	assert.Equal(t, []redline.Layer{{Name: "baseline", Version: redline.BaselineVersion}, {Name: "straight-18", Version: "1"}}, k.Layers())
	assert.Equal(t, "straight-18@1", k.Layers()[1].String())
	assert.Equal(t, "baseline@2026.2 + straight-18@1: 28 rules (4 absolute, 15 institutional, 0 bottom lines, 9 trade-offs)", k.String())

	// Rules: the effective rules, sorted by ID.
	want := redline.Baseline().Rules
	for i := range want {
		if want[i].ID == "child-recruitment-under-18" {
			want[i] = straight18.Rules[0]
		}
	}
	sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
	assert.Equal(t, want, k.Rules())

	for _, r := range want {
		got, ok := k.Rule(r.ID)
		require.True(t, ok, r.ID)
		assert.Equal(t, r, got)
		layer, ok := k.RuleLayer(r.ID)
		require.True(t, ok)
		if r.ID == "child-recruitment-under-18" {
			assert.Equal(t, "straight-18", layer)
		} else {
			assert.Equal(t, "baseline", layer, r.ID)
		}
	}
	for _, id := range []string{"", "a", "zzz", "ransom-", "child-recruitment-under-1"} {
		_, ok := k.Rule(id)
		assert.False(t, ok, id)
		_, ok = k.RuleLayer(id)
		assert.False(t, ok, id)
	}

	wantKinds := append(redline.Kinds(), "cash_for_work")
	sort.Slice(wantKinds, func(i, j int) bool { return wantKinds[i] < wantKinds[j] })
	assert.Equal(t, wantKinds, k.Kinds())
	assert.Empty(t, k.Exceptions())

	t.Run("copies", func(t *testing.T) {
		term := []redline.Term{{Kind: redline.KindFunding, Source: redline.EntityArmedActor}}
		before := k.Check(term)
		require.Equal(t, redline.VerdictApprovalRequired, before.Verdict)

		rules := k.Rules()
		for i := range rules {
			rules[i].ID = "changed"
			rules[i].Severity = redline.SeverityTradeOff
			if len(rules[i].Citations) > 0 {
				rules[i].Citations[0] = "changed"
			}
			if len(rules[i].When) > 0 {
				rules[i].When[0] = cond("by", redline.OpEq, redline.TextValue("none"))
			}
		}
		r, _ := k.Rule("funding-from-party")
		r.Citations[0] = "changed"
		r.When[0].Attr = "changed"
		layers := k.Layers()
		layers[0].Name = "changed"
		kinds := k.Kinds()
		kinds[0] = "changed"

		assert.Equal(t, want, k.Rules())
		again, _ := k.Rule("funding-from-party")
		assert.Equal(t, baselineRule(t, "funding-from-party"), again)
		assert.Equal(t, "baseline", k.Layers()[0].Name)
		assert.Equal(t, wantKinds, k.Kinds())
		assert.Equal(t, before.Verdict, k.Check(term).Verdict)
		assert.Equal(t, before.Findings[0].Citations(), k.Check(term).Findings[0].Citations())
	})

	t.Run("exceptions are copies", func(t *testing.T) {
		k, err := redline.Compile(redline.Baseline(), redline.Policy{Name: "ctx", Version: "1", Drop: []string{"ransom"}})
		require.NoError(t, err)
		ex := k.Exceptions()
		require.Len(t, ex, 1)
		ex[0].Rule = "changed"
		assert.Equal(t, "ransom", k.Exceptions()[0].Rule)
	})

	t.Run("one layer", func(t *testing.T) {
		k := redline.MustCompile(redline.Baseline())
		assert.Equal(t, "baseline@2026.2", k.Name())
		assert.Equal(t, "baseline@2026.2: 28 rules (3 absolute, 15 institutional, 0 bottom lines, 10 trade-offs)", k.String())
		assert.ElementsMatch(t, redline.Kinds(), k.Kinds())
	})
}

// clonePolicy returns a deep copy of p that shares no memory with it.
func clonePolicy(p redline.Policy) redline.Policy {
	c := p
	c.Kinds = nil
	for _, d := range p.Kinds {
		d.Attributes = append([]redline.AttrDecl(nil), d.Attributes...)
		c.Kinds = append(c.Kinds, d)
	}
	if p.Kinds != nil && c.Kinds == nil {
		c.Kinds = []redline.KindDecl{}
	}
	c.Rules = nil
	for _, r := range p.Rules {
		r.Citations = append([]string(nil), r.Citations...)
		if r.When != nil {
			when := make([]redline.Condition, len(r.When))
			for i, w := range r.When {
				w.Value = cloneValue(w.Value)
				when[i] = w
			}
			r.When = when
		}
		c.Rules = append(c.Rules, r)
	}
	if p.Rules != nil && c.Rules == nil {
		c.Rules = []redline.Rule{}
	}
	if p.Drop != nil {
		c.Drop = append([]string{}, p.Drop...)
	}
	return c
}

func cloneValue(v redline.Value) redline.Value {
	if l, ok := v.List(); ok {
		return redline.ListValue(l...)
	}
	return v
}

func TestCompileDoesNotModifyArguments(t *testing.T) {
	ctx := redline.Policy{
		Name: "ctx", Version: "3", Description: "A context layer.",
		Kinds: cashForWork(),
		Rules: []redline.Rule{
			{ID: "cash-above-market", Kind: "cash_for_work", Severity: redline.SeverityBottomLine,
				When: []redline.Condition{
					cond("daily_rate", redline.OpGt, redline.NumberValue(12)),
					cond("paid_in", redline.OpIn, redline.ListValue("cash", "voucher")),
					cond("monitored", redline.OpEq, redline.FlagValue(false)),
				},
				Citations: []string{"ACME-POL-7"}, Rationale: "Market rates."},
			func() redline.Rule {
				r := baselineRule(t, "dialogue-fee")
				r.Approval = redline.CountryOffice
				return r
			}(),
		},
		Drop: []string{"armed-escort"},
	}
	layers := []redline.Policy{redline.Baseline(), ctx}
	before := []redline.Policy{clonePolicy(layers[0]), clonePolicy(layers[1])}
	require.True(t, reflect.DeepEqual(before, layers), "the clone is faithful")

	k, err := redline.Compile(layers...)
	require.NoError(t, err)
	assert.True(t, reflect.DeepEqual(before, layers), "Compile modified its arguments")

	// Nor does a failing compile.
	bad := clonePolicy(ctx)
	bad.Rules[0].When[0].Value = redline.TextValue("twelve")
	bad.Rules[1].Severity = redline.SeverityTradeOff
	bad.Drop = append(bad.Drop, "hostage-taking")
	badBefore := clonePolicy(bad)
	_, err = redline.Compile(redline.Baseline(), bad)
	require.Error(t, err)
	assert.True(t, reflect.DeepEqual(badBefore, bad), "a failing Compile modified its arguments")

	// The checker does not share memory with the policies: changing them
	// afterwards changes nothing.
	rulesBefore := k.Rules()
	term := []redline.Term{{Kind: "cash_for_work", Extra: map[string]redline.Value{
		"daily_rate": redline.NumberValue(15), "paid_in": redline.TextValue("cash"), "monitored": redline.FlagValue(false)}}}
	require.Equal(t, redline.VerdictMandatorDecision, k.Check(term).Verdict)
	layers[1].Rules[0].When[0].Value = redline.NumberValue(100)
	layers[1].Rules[0].Citations[0] = "changed"
	layers[1].Rules[0].Severity = redline.SeverityTradeOff
	layers[1].Kinds[0].Attributes[0].Type = redline.AttrText
	layers[1].Drop[0] = "ransom"
	layers[0].Rules[0].When[0] = cond("min_age", redline.OpLt, redline.NumberValue(1))
	assert.Equal(t, rulesBefore, k.Rules())
	assert.Equal(t, redline.VerdictMandatorDecision, k.Check(term).Verdict)
	assert.Equal(t, redline.VerdictUnacceptable, k.Check([]redline.Term{{Kind: redline.KindChildRecruitment, MinAge: redline.Num(14)}}).Verdict)
}

// A policy may declare more kinds than fit a 16-bit index; every kind must
// still resolve to its rules, or the policy must be refused. Silently
// losing the library's kinds turns an unacceptable proposal into an
// indeterminate one.
func TestCompileManyKinds(t *testing.T) {
	p := redline.Baseline()
	const n = 70_000
	p.Kinds = make([]redline.KindDecl, n)
	for i := range p.Kinds {
		p.Kinds[i].Kind = redline.Kind(fmt.Sprintf("k%07d", i)) // 8 bytes each
	}
	k, err := redline.Compile(p)
	if err != nil {
		assert.ErrorIs(t, err, &redline.FieldError{Reason: redline.ReasonTooLarge})
		return
	}
	under15 := redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(14)}
	r := k.Check([]redline.Term{under15})
	assert.Equal(t, redline.VerdictUnacceptable, r.Verdict)
	var rules []string
	for _, f := range r.Findings {
		rules = append(rules, f.Rule)
	}
	assert.Equal(t, []string{"child-recruitment-under-15", "child-recruitment-under-18"}, rules)
	for _, kind := range []redline.Kind{redline.KindPayment, redline.KindHostageTaking, "k0000000", "k0069999"} {
		r := k.Check([]redline.Term{{Kind: kind}})
		for _, f := range r.Findings {
			assert.NotEmpty(t, f.Rule, "a declared or library kind %q is reported as unknown", kind)
		}
	}
}

// rule returns a policy of one valid rule, each member of over ("key":
// value) put in place of the rule's own of that key, or added.
func rule(over ...string) string {
	members := []string{`"id":"a"`, `"kind":"child_recruitment"`, `"severity":"absolute"`,
		`"when":[{"attr":"min_age","op":"lt","value":18}]`, `"citations":["OPAC-4"]`, `"rationale":"r"`}
	for _, o := range over {
		key, _, _ := strings.Cut(o, ":")
		i := slices.IndexFunc(members, func(m string) bool { return strings.HasPrefix(m, key+":") })
		if i < 0 {
			members = append(members, o)
		} else {
			members[i] = o
		}
	}
	return `{"name":"x","version":"1","rules":[{` + strings.Join(members, ",") + `}]}`
}

func TestDecodePolicy(t *testing.T) {
	t.Run("round trip", func(t *testing.T) {
		for _, p := range []redline.Policy{redline.Baseline(), agencyLayer(), verdictPolicy(), scenarioPolicy(), generatedPolicy(60)} {
			var buf bytes.Buffer
			require.NoError(t, redline.EncodePolicy(&buf, p))
			got, err := redline.DecodePolicy(&buf, redline.Limits{})
			require.NoError(t, err)
			assert.True(t, reflect.DeepEqual(p, got), "%s does not survive Encode and Decode", p.Name)
			k1, err := redline.Compile(p)
			require.NoError(t, err)
			k2, err := redline.Compile(got)
			require.NoError(t, err)
			assert.Equal(t, k1.Rules(), k2.Rules())
		}
	})

	t.Run("testdata", func(t *testing.T) {
		f, err := os.Open(filepath.Join("testdata", "straight18.json"))
		require.NoError(t, err)
		defer f.Close()
		p, err := redline.DecodePolicy(f, redline.Limits{})
		require.NoError(t, err)
		assert.Equal(t, "straight-18", p.Name)
		assert.Equal(t, "1", p.Version)
		require.Len(t, p.Rules, 1)
		assert.Equal(t, redline.SeverityAbsolute, p.Rules[0].Severity)
		assert.True(t, redline.NumberValue(18).Equal(p.Rules[0].When[0].Value))
	})

	for _, tt := range []struct {
		name   string
		in     string
		lim    redline.Limits
		path   string
		reason redline.Reason
	}{
		// Each of these breaks a valid policy one way: only that problem is
		// reported.
		{"unknown operator", rule(`"when":[{"attr":"min_age","op":"below","value":18}]`), redline.Limits{}, "rules[0].when[0].op", redline.ReasonUnknown},
		{"unknown severity", rule(`"severity":"grave"`), redline.Limits{}, "rules[0].severity", redline.ReasonUnknown},
		{"unknown approval", rule(`"severity":"institutional"`, `"approval":"ceo"`), redline.Limits{}, "rules[0].approval", redline.ReasonUnknown},
		{"unknown attribute type", `{"name":"x","version":"1","kinds":[{"kind":"k","attributes":[{"name":"a","type":"date"}]}]}`, redline.Limits{}, "kinds[0].attributes[0].type", redline.ReasonUnknown},
		{"unknown field", `{"name":"x","version":"1","rule":[]}`, redline.Limits{}, "rule", redline.ReasonUnknown},
		{"duplicate key", `{"name":"x","Name":"y","version":"1"}`, redline.Limits{}, "name", redline.ReasonDuplicate},
		{"a number for a word", `{"name":"x","version":1}`, redline.Limits{}, "version", redline.ReasonType},
		{"a list of numbers", rule(`"when":[{"attr":"min_age","op":"lt","value":[1,2]}]`), redline.Limits{}, "rules[0].when[0].value", redline.ReasonType},
		{"a number too large", rule(`"when":[{"attr":"min_age","op":"lt","value":1e999}]`), redline.Limits{}, "rules[0].when[0].value", redline.ReasonOutOfRange},
		{"not JSON", `{"name":`, redline.Limits{}, "name", redline.ReasonSyntax},
		{"empty", ``, redline.Limits{}, "", redline.ReasonSyntax},
		{"trailing data", `{"name":"x"} {}`, redline.Limits{}, "", redline.ReasonSyntax},
		{"too large", `{"name":"x","version":"1","description":"` + strings.Repeat("d", 100) + `"}`, redline.Limits{MaxBytes: 64}, "", redline.ReasonTooLarge},
		{"too many rules", `{"name":"x","version":"1","rules":[{},{},{},{}]}`, redline.Limits{MaxElements: 3}, "rules", redline.ReasonTooLarge},
		{"too deep", `{"name":"x","version":"1","rules":[{"when":[{"value":["a"]}]}]}`, redline.Limits{MaxDepth: 5}, "rules[0].when[0].value", redline.ReasonTooLarge},
		{"string too long", `{"name":"` + strings.Repeat("n", 20) + `"}`, redline.Limits{MaxString: 10}, "name", redline.ReasonTooLarge},
		{"invalid UTF-8", "{\"name\":\"\xff\"}", redline.Limits{}, "name", redline.ReasonSyntax},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := redline.DecodePolicy(strings.NewReader(tt.in), tt.lim)
			assert.True(t, reflect.DeepEqual(redline.Policy{}, p))
			assert.Equal(t, []fieldProblem{{tt.path, tt.reason}}, fieldProblems(t, err), "%v", err)
		})
	}
}

// An agency that does not hold to one of the ICRC's detention conditions —
// one that is not the ICRC may accept visits without registering the
// detainees — relaxes it in its own layer, dropping or weakening that
// condition's rule; either is an exception that needs headquarters, and
// the other conditions still hold.
func TestDetentionConditionRelaxed(t *testing.T) {
	visit := redline.Term{Kind: redline.KindDetentionVisit, By: redline.EntityHostState, AllDetainees: redline.FlagYes, AllPlaces: redline.FlagYes,
		Private: redline.FlagYes, RepeatVisits: redline.FlagYes, Registration: redline.FlagNo}
	base := baseline(t).Check([]redline.Term{visit})
	require.Equal(t, redline.VerdictApprovalRequired, base.Verdict)
	require.Equal(t, []summary{{0, "detention-visit-without-registration", redline.SeverityInstitutional, redline.StatusCrossed}}, summarise(base))

	dropped := redline.MustCompile(redline.Baseline(), redline.Policy{Name: "no-registration", Version: "1", Drop: []string{"detention-visit-without-registration"}})
	assert.Equal(t, []redline.Exception{{Rule: "detention-visit-without-registration", Layer: "no-registration", Change: redline.ChangeDropped,
		Severity: redline.SeverityInstitutional, Approval: redline.Headquarters}}, dropped.Exceptions())
	assert.Equal(t, redline.VerdictAcceptable, dropped.Check([]redline.Term{visit}).Verdict)
	visit.RepeatVisits = redline.FlagNo
	assert.Equal(t, []summary{{0, "detention-visit-without-repeat-visits", redline.SeverityInstitutional, redline.StatusCrossed}},
		summarise(dropped.Check([]redline.Term{visit})), "the other conditions hold")
	visit.RepeatVisits = redline.FlagYes

	weak := baselineRule(t, "detention-visit-without-registration")
	weak.Severity, weak.Approval = redline.SeverityTradeOff, 0
	weakened := redline.MustCompile(redline.Baseline(), layerOf("registration-a-trade-off", weak))
	assert.Equal(t, []redline.Exception{{Rule: "detention-visit-without-registration", Layer: "registration-a-trade-off", Change: redline.ChangeWeakened,
		Severity: redline.SeverityInstitutional, Approval: redline.Headquarters}}, weakened.Exceptions())
	assert.Equal(t, redline.VerdictTradeOffAnalysis, weakened.Check([]redline.Term{visit}).Verdict)
	assert.Contains(t, weakened.String(), "exception: layer registration-a-trade-off weakened institutional red line rule detention-visit-without-registration, needs approval at headquarters")
}
