package redline_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/redline"
)

// The properties below run on random proposals from fixed seeds, so a
// failure reproduces. Terms hold random attributes whether or not they apply
// to their kind, and often invalid ones: Check must cope with anything.

const propertyRuns = 2000

// randomKinds are the kinds random terms take: the library's, an agency's,
// and kinds no policy knows.
var randomKinds = append(redline.Kinds(), "cash_for_work", "road_tax", "", "Child_Recruitment", "child-use", redline.Kind(strings.Repeat("k", 80)))

func randomParty(r *rand.Rand) redline.Entity {
	switch r.IntN(8) {
	case 0:
		return 0
	case 1:
		return redline.Entity(13 + r.IntN(243)) // invalid
	}
	return redline.Entity(1 + r.IntN(12))
}

func randomNumber(r *rand.Rand) redline.Number {
	switch r.IntN(10) {
	case 0, 1:
		return redline.Number{}
	case 2:
		return redline.Num(math.NaN())
	case 3:
		return redline.Num(math.Inf(1 - 2*r.IntN(2)))
	case 4:
		return redline.Num(-r.Float64() * 100)
	case 5:
		return redline.Num(float64(r.IntN(30)))
	}
	return redline.Num(r.Float64() * 130)
}

func randomFlag(r *rand.Rand) redline.Flag {
	switch r.IntN(6) {
	case 0:
		return redline.Flag(3 + r.IntN(253)) // invalid
	case 1, 2:
		return 0
	}
	return redline.Flag(1 + r.IntN(2))
}

// randomEnum returns 0 often, a valid value (1..n) mostly, and an invalid
// one sometimes.
func randomEnum(r *rand.Rand, n int) uint8 {
	switch r.IntN(8) {
	case 0, 1:
		return 0
	case 2:
		return uint8(n + 1 + r.IntN(255-n))
	}
	return uint8(1 + r.IntN(n))
}

func randomValue(r *rand.Rand) redline.Value {
	switch r.IntN(9) {
	case 0:
		return redline.Value{}
	case 1:
		return redline.NumberValue(math.NaN())
	case 2, 3:
		return redline.NumberValue(r.Float64() * 30)
	case 4:
		return redline.TextValue([]string{"cash", "voucher", "kind", "", "Cash"}[r.IntN(5)])
	case 5:
		return redline.FlagValue(r.IntN(2) == 0)
	case 6:
		return redline.ListValue("cash", "voucher")
	case 7:
		return redline.TextValue("15")
	}
	return redline.NumberValue(float64(r.IntN(25)))
}

func randomTerm(r *rand.Rand) redline.Term {
	t := redline.Term{Kind: randomKinds[r.IntN(len(randomKinds))]}
	if r.IntN(3) == 0 {
		t.ID = "clause " + strconv.Itoa(r.IntN(100))
	}
	if r.IntN(2) == 0 { // attributes of the kind's own, and any others
		t.By = randomParty(r)
		t.MinAge = randomNumber(r)
		t.Count = randomNumber(r)
		t.Amount = randomNumber(r)
		t.Purpose = redline.Purpose(randomEnum(r, 8))
		t.Payer, t.Payee, t.Source = randomParty(r), randomParty(r), randomParty(r)
		t.Provider, t.ControlledBy, t.Recipient = randomParty(r), randomParty(r), randomParty(r)
		t.Weapon = redline.Weapon(randomEnum(r, 4))
		t.Measure = redline.Measure(randomEnum(r, 6))
		t.Display, t.Conditional, t.Private = randomFlag(r), randomFlag(r), randomFlag(r)
		t.Information = redline.Information(randomEnum(r, 4))
		t.AllDetainees, t.AllPlaces, t.RepeatVisits, t.Registration = randomFlag(r), randomFlag(r), randomFlag(r), randomFlag(r)
		t.HostStateParty, t.Consent, t.Voluntary, t.Temporary = randomFlag(r), randomFlag(r), randomFlag(r), randomFlag(r)
		t.SharingPurpose = redline.SharingPurpose(randomEnum(r, 5))
		t.Undertaking = redline.Undertaking(randomEnum(r, 3))
	} else {
		switch t.Kind {
		case redline.KindChildRecruitment, redline.KindChildUse:
			t.MinAge = randomNumber(r)
		case redline.KindPayment:
			t.Purpose, t.Payee, t.Amount = redline.Purpose(randomEnum(r, 8)), randomParty(r), randomNumber(r)
			t.HostStateParty = randomFlag(r)
		case redline.KindFunding:
			t.Source = randomParty(r)
		case redline.KindArmedEscort:
			t.Provider = randomParty(r)
		case redline.KindEmblem:
			t.Display = randomFlag(r)
		case redline.KindBeneficiarySelection:
			t.ControlledBy = randomParty(r)
		case redline.KindAccess:
			t.Conditional = randomFlag(r)
		case redline.KindDetentionVisit:
			t.AllDetainees, t.AllPlaces, t.Private = randomFlag(r), randomFlag(r), randomFlag(r)
			t.RepeatVisits, t.Registration = randomFlag(r), randomFlag(r)
		case redline.KindInformationSharing:
			t.Recipient, t.Information = randomParty(r), redline.Information(randomEnum(r, 4))
			t.SharingPurpose, t.Consent = redline.SharingPurpose(randomEnum(r, 5)), randomFlag(r)
		case redline.KindEvacuation:
			t.Count, t.Voluntary, t.Temporary = randomNumber(r), randomFlag(r), randomFlag(r)
		case redline.KindPublicStatements:
			t.Undertaking = redline.Undertaking(randomEnum(r, 3))
		}
	}
	if r.IntN(3) == 0 {
		t.Extra = map[string]redline.Value{}
		for _, name := range []string{"daily_rate", "paid_in", "monitored", "channel", "other"} {
			if r.IntN(2) == 0 {
				t.Extra[name] = randomValue(r)
			}
		}
	}
	return t
}

func randomProposal(r *rand.Rand, max int) []redline.Term {
	n := r.IntN(max + 1)
	if n == 0 && r.IntN(2) == 0 {
		return nil
	}
	terms := make([]redline.Term, n)
	for i := range terms {
		terms[i] = randomTerm(r)
	}
	return terms
}

// under15 returns a child recruitment or use term with a minimum age in
// [0, 15), and random other attributes.
func under15(r *rand.Rand) redline.Term {
	t := randomTerm(r)
	t.Kind = []redline.Kind{redline.KindChildRecruitment, redline.KindChildUse}[r.IntN(2)]
	t.MinAge = redline.Num(r.Float64() * 15)
	if r.IntN(10) == 0 {
		t.MinAge = redline.Num(math.Nextafter(15, 0))
	}
	return t
}

// propertyCheckers are the policies the properties hold for: the baseline,
// and layers on it (which can only tighten its absolute rules).
func propertyCheckers(t *testing.T) map[string]*redline.Checker {
	t.Helper()
	straight := layerOf("straight-18", redline.Rule{
		ID: "child-recruitment-under-18", Kind: redline.KindChildRecruitment, Severity: redline.SeverityAbsolute,
		When:      []redline.Condition{cond("min_age", redline.OpLt, redline.NumberValue(18))},
		Citations: []string{"OPAC-4"}, Rationale: "Never under 18.",
	})
	drops := redline.Policy{Name: "drops", Version: "1", Drop: []string{"ransom", "child-use-under-18", "child-recruitment-under-18"}}
	out := map[string]*redline.Checker{}
	for name, layers := range map[string][]redline.Policy{
		"baseline":       {redline.Baseline()},
		"with agency":    {redline.Baseline(), agencyLayer()},
		"straight-18":    {redline.Baseline(), straight},
		"with drops":     {redline.Baseline(), drops},
		"three layers":   {redline.Baseline(), agencyLayer(), drops},
		"scenario rules": {scenarioPolicy()},
	} {
		k, err := redline.Compile(layers...)
		require.NoError(t, err, name)
		out[name] = k
	}
	return out
}

// Property 1: whatever else a proposal holds, a child recruitment or use
// term with a minimum age under 15 makes it unacceptable.
func TestPropertyUnder15IsUnacceptable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 15))
	checkers := propertyCheckers(t)
	names := sortedNames(checkers)
	for i := range propertyRuns {
		terms := randomProposal(r, 8)
		at := r.IntN(len(terms) + 1)
		child := under15(r)
		terms = append(terms[:at], append([]redline.Term{child}, terms[at:]...)...)
		for _, name := range names {
			rep := checkers[name].Check(terms)
			if !assert.Equal(t, redline.VerdictUnacceptable, rep.Verdict, "run %d, %s: %v", i, name, rep) {
				return
			}
			var absolute bool
			for _, f := range rep.Findings {
				if f.Term == at && f.Severity == redline.SeverityAbsolute && f.Status == redline.StatusCrossed {
					absolute = true
				}
			}
			require.True(t, absolute, "run %d, %s: no absolute finding on term %d", i, name, at)
		}
	}
}

// termKey renders everything a term holds, NaN and list contents included,
// so that two terms are identical exactly when their keys are.
func termKey(t redline.Term) string {
	num := func(n redline.Number) string {
		v, ok := n.Get()
		if !ok {
			return "-"
		}
		return strconv.FormatUint(math.Float64bits(v), 16)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%q %q %d %s %s %s %d %d %d %d %d %d %d %d %d %d %d %d %d", t.ID, t.Kind, t.By,
		num(t.MinAge), num(t.Count), num(t.Amount), t.Purpose, t.Payer, t.Payee, t.Source, t.Provider,
		t.ControlledBy, t.Recipient, t.Weapon, t.Measure, t.Display, t.Conditional, t.Private, t.Information)
	if t.Extra == nil {
		b.WriteString(" nil")
		return b.String()
	}
	keys := make([]string, 0, len(t.Extra))
	for k := range t.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteString(" {")
	for _, k := range keys {
		fmt.Fprintf(&b, "%q:%s,", k, valueKey(t.Extra[k]))
	}
	b.WriteString("}")
	return b.String()
}

func valueKey(v redline.Value) string {
	if n, ok := v.Number(); ok {
		return "n" + strconv.FormatUint(math.Float64bits(n), 16)
	}
	if s, ok := v.Text(); ok {
		return "t" + strconv.Quote(s)
	}
	if f, ok := v.Flag(); ok {
		return "f" + strconv.FormatBool(f)
	}
	if l, ok := v.List(); ok {
		return fmt.Sprintf("l%q", l)
	}
	if v.IsZero() {
		return "z"
	}
	return "?"
}

func proposalKey(terms []redline.Term) string {
	if terms == nil {
		return "nil"
	}
	keys := make([]string, len(terms))
	for i, t := range terms {
		keys[i] = termKey(t)
	}
	return "[" + strings.Join(keys, "\n") + "]"
}

// reportKey renders everything a report says.
func reportKey(r redline.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%d|%v|%v|%d\n", r.Policy, r.Terms, r.Verdict, r.Approval, len(r.Findings))
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "%d %q %q %q %v %v %v %q %q %q %q\n", f.Term, f.TermID, f.Kind, f.Rule, f.Severity, f.Status, f.Approval,
			f.Layer(), f.Rationale(), f.Citations(), f.Missing())
		for _, o := range f.Observations() {
			fmt.Fprintf(&b, "  %q %q %v %s %s %v\n", o.Attr, o.Label, o.Op, valueKey(o.Value), valueKey(o.Got), o.Result)
		}
	}
	b.WriteString(r.String())
	return b.String()
}

func sortedNames(m map[string]*redline.Checker) []string {
	var names []string
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Properties 2 and 3: Check never modifies the proposal nor the policy, and
// gives the same report every time.
func TestPropertyPureAndDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	checkers := propertyCheckers(t)
	names := sortedNames(checkers)
	rules := map[string][]redline.Rule{}
	strs := map[string]string{}
	for _, name := range names {
		rules[name] = checkers[name].Rules()
		strs[name] = checkers[name].String()
	}
	var into redline.Report
	for i := range propertyRuns {
		terms := randomProposal(r, 12)
		before := proposalKey(terms)
		copied := cloneTerms(terms)
		for _, name := range names {
			k := checkers[name]
			first := k.Check(terms)
			second := k.Check(terms)
			third := k.Check(copied)
			k.CheckInto(&into, terms)
			for _, term := range terms {
				k.Trace(term)
			}
			_ = first.String()
			want := reportKey(first)
			// A prepared proposal gives Check's report, also after the
			// terms it was made from change, and also prepared by another
			// checker.
			prepared := k.Prepare(terms)
			var preparedInto redline.Report
			k.CheckPreparedInto(&preparedInto, &prepared)
			other := checkers[names[(i+1)%len(names)]].Prepare(terms)
			if !assert.Equal(t, want, reportKey(k.CheckPrepared(prepared)), "run %d, %s: a prepared proposal gives another report", i, name) ||
				!assert.Equal(t, want, reportKey(preparedInto), "run %d, %s: CheckPreparedInto differs from Check", i, name) ||
				!assert.Equal(t, want, reportKey(k.CheckPrepared(other)), "run %d, %s: a proposal prepared by another checker", i, name) ||
				!assert.True(t, first.Equal(k.CheckPrepared(prepared)), "run %d, %s: Equal", i, name) ||
				!assert.Equal(t, before, proposalKey(prepared.Terms()), "run %d, %s: Prepare changed the terms", i, name) {
				return
			}
			if len(copied) > 0 {
				saved := copied[0].Kind
				copied[0].Kind = "changed_after_preparing"
				kept := k.Prepare(terms)
				assert.Equal(t, want, reportKey(k.CheckPrepared(kept)), "run %d, %s", i, name)
				copied[0].Kind = saved
			}
			if !assert.Equal(t, want, reportKey(second), "run %d, %s: two checks differ", i, name) ||
				!assert.Equal(t, want, reportKey(third), "run %d, %s: a copy of the proposal gives another report", i, name) ||
				!assert.Equal(t, want, reportKey(into), "run %d, %s: CheckInto differs from Check", i, name) ||
				!assert.Equal(t, before, proposalKey(terms), "run %d, %s: Check modified the proposal", i, name) {
				return
			}
		}
	}
	for _, name := range names {
		assert.Equal(t, rules[name], checkers[name].Rules(), "%s: checking modified the policy", name)
		assert.Equal(t, strs[name], checkers[name].String(), name)
	}
}

// Property 7: Check finds, term by term, exactly what Trace finds by
// evaluating every rule of the term's kind: a check that passes over the
// rules a term's enumerations and flags rule out, and decides by them
// alone the rules that test nothing else (see slotKey), passes over nothing
// that applies and decides nothing otherwise; and so does one that checks
// a kind of more rules than a slot indexes, rule by rule.
func TestPropertyCheckAgreesWithTrace(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	checkers := propertyCheckers(t)
	checkers["generated"] = redline.MustCompile(generatedPolicy(400))
	checkers["generated, more rules of a kind than a slot indexes"] = redline.MustCompile(generatedPolicy(1000))
	names := sortedNames(checkers)
	for i := range propertyRuns / 2 { // each run traces every rule of every term, under eight policies
		terms := randomProposal(r, 8)
		for _, name := range names {
			k := checkers[name]
			var want []summary
			for ti, term := range terms {
				for _, tr := range k.Trace(term) {
					if tr.Status != 0 {
						want = append(want, summary{ti, tr.Rule, tr.Severity, tr.Status})
					}
				}
				if k.Trace(term) == nil {
					want = append(want, summary{ti, "", redline.SeverityAbsolute, redline.StatusIndeterminate})
				}
			}
			if !assert.Equal(t, want, summarise(k.Check(terms)), "run %d, %s", i, name) {
				return
			}
		}
	}
}

// Property 4: a proposal with a term of a kind the policy does not know is
// never acceptable.
func TestPropertyUnknownKindIsNeverAcceptable(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	checkers := propertyCheckers(t)
	names := sortedNames(checkers)
	unknown := []redline.Kind{"", "road_tax", "Payment", "payment ", "child_recruitment_", "x", redline.Kind(strings.Repeat("a", 65))}
	for i := range propertyRuns {
		terms := randomProposal(r, 6)
		at := r.IntN(len(terms) + 1)
		u := randomTerm(r)
		u.Kind = unknown[r.IntN(len(unknown))]
		terms = append(terms[:at], append([]redline.Term{u}, terms[at:]...)...)
		for _, name := range names {
			rep := checkers[name].Check(terms)
			if !assert.NotEqual(t, redline.VerdictAcceptable, rep.Verdict, "run %d, %s", i, name) {
				return
			}
			assert.Contains(t, []redline.Verdict{redline.VerdictIndeterminate, redline.VerdictUnacceptable}, rep.Verdict, "run %d, %s", i, name)
			var found bool
			for _, f := range rep.Findings {
				if f.Term == at {
					found = found || (f.Rule == "" && f.Status == redline.StatusIndeterminate && f.Severity == redline.SeverityAbsolute)
				}
			}
			assert.True(t, found, "run %d, %s: no finding for the unknown kind %q", i, name, u.Kind)
		}
	}
}

// Property 5: adding a term never makes a proposal acceptable that was not,
// never makes an unacceptable one anything else, never lowers the approval
// needed, and keeps the findings of the terms before it.
func TestPropertyAddingTermsNeverHelps(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	checkers := propertyCheckers(t)
	names := sortedNames(checkers)
	for i := range propertyRuns {
		terms := randomProposal(r, 8)
		extra := randomTerm(r)
		more := append(cloneTerms(terms), extra)
		at := r.IntN(len(terms) + 1)
		inserted := append(cloneTerms(terms[:at]), append([]redline.Term{extra}, cloneTerms(terms[at:])...)...)
		for _, name := range names {
			k := checkers[name]
			before, after, middle := k.Check(terms), k.Check(more), k.Check(inserted)
			for _, got := range []redline.Report{after, middle} {
				if before.Verdict != redline.VerdictAcceptable {
					assert.NotEqual(t, redline.VerdictAcceptable, got.Verdict, "run %d, %s: %v → %v", i, name, before.Verdict, got.Verdict)
				}
				if before.Verdict == redline.VerdictUnacceptable {
					assert.Equal(t, redline.VerdictUnacceptable, got.Verdict, "run %d, %s", i, name)
				}
				assert.GreaterOrEqual(t, got.Approval, before.Approval, "run %d, %s", i, name)
				assert.GreaterOrEqual(t, len(got.Findings), len(before.Findings), "run %d, %s", i, name)
			}
			// Findings come in proposal order: appending a term appends its
			// findings.
			if assert.GreaterOrEqual(t, len(after.Findings), len(before.Findings)) {
				if !assert.Equal(t, summarise(before), summarise(redline.Report{Findings: after.Findings[:len(before.Findings)]}), "run %d, %s", i, name) {
					return
				}
			}
		}
	}
}

// Property 6: one Checker used by many goroutines at once gives exactly
// what it gives used sequentially. Run it with -race.
func TestPropertyConcurrentUse(t *testing.T) {
	k, err := redline.Compile(redline.Baseline(), agencyLayer())
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(6, 64))
	n := propertyRuns / 4
	if testing.Short() {
		n = 100
	}
	proposals := make([][]redline.Term, n)
	want := make([]string, n)
	traces := make([]string, n)
	for i := range proposals {
		proposals[i] = randomProposal(r, 10)
		want[i] = reportKey(k.Check(proposals[i]))
		traces[i] = fmt.Sprint(len(proposals[i]))
		for _, term := range proposals[i] {
			traces[i] += traceKey(k.Trace(term))
		}
	}
	const goroutines = 64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var mismatches []string
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var into redline.Report
			for j := range proposals {
				i := (j + g*37) % len(proposals) // each goroutine in its own order
				var got string
				if g%2 == 0 {
					got = reportKey(k.Check(proposals[i]))
				} else {
					k.CheckInto(&into, proposals[i])
					got = reportKey(into)
				}
				tr := fmt.Sprint(len(proposals[i]))
				for _, term := range proposals[i] {
					tr += traceKey(k.Trace(term))
				}
				if got != want[i] || tr != traces[i] {
					mu.Lock()
					mismatches = append(mismatches, fmt.Sprintf("goroutine %d, proposal %d", g, i))
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	assert.Empty(t, mismatches)
}

func traceKey(trs []redline.Trace) string {
	if trs == nil {
		return "nil;"
	}
	var b strings.Builder
	for _, tr := range trs {
		fmt.Fprintf(&b, "%s %v %v:", tr.Rule, tr.Severity, tr.Status)
		for _, o := range tr.Observed {
			fmt.Fprintf(&b, " %s %v %s %s %v", o.Attr, o.Op, valueKey(o.Value), valueKey(o.Got), o.Result)
		}
		b.WriteString(";")
	}
	return b.String()
}
