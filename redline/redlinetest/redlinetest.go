// Package redlinetest helps an organisation prove its red-line policy in its
// own test suite, as testing/fstest and testing/slogtest do for file systems
// and log handlers.
//
// Cases are plain data — a name, the terms of a proposal, the rules it must
// cross, and why — so an agency can keep them in a JSON file beside its
// policy ([DecodeCases]). [Check] runs the cases, the conformance checks any
// policy must pass, and the coverage checks, and returns every failure joined
// into one error, so it also runs outside go test. [Run] makes each case a
// named subtest. The conformance checks include the IHL minimums, so the
// policy under test must be layered on redline.Baseline() (see
// [Conformance]).
//
// Coverage is the point: every rule of the policy must be crossed by at least
// one case and left alone by at least one close case (a term of its kind that
// the rule does not match), and every condition of every rule must be seen
// both true and false across the cases. A policy whose cases leave a rule or
// a condition unexercised fails, naming it: a rule nobody has seen fire, or
// seen not fire, is a rule nobody has tested.
//
// So is coverage of kinds ([Unexamined]): every kind of term the policy
// knows must be examined by a rule or declared uncovered, with a reason. A
// kind that is neither lets its terms through unexamined, and a report's
// verdict then holds only for the other terms.
//
// # Proving one layer
//
// An agency layers its own policy on redline.Baseline() and proves its own
// layer: [RunLayer] (and [CheckLayer], [LayerCoverage]) asks coverage of
// that layer's rules only — the baseline's rules are the library's to prove
// — and conformance and coverage of kinds of the whole stack, which is what
// checks the agency's terms. [BaselineCases] gives the baseline's own cases,
// embedded in the library, for one that wants to prove all of it.
package redlinetest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/redline"
)

// casesCodec decodes test cases, worked out once.
var casesCodec = jsonio.NewCodec[[]Case](pkg)

// Case is one test case: a proposal and the rules it must cross.
//
// Want lists the IDs of the rules the proposal must cross, in any order;
// an empty Want means none. Indeterminate lists the IDs of the rules that
// must come out indeterminate (use "" for a term of a kind the policy does
// not know). Verdict, when set, is the verdict the report must give.
// Explanation says why, in a sentence; it is shown when the case fails.
//
// The zero value is an unnamed case with no terms, which expects no findings
// and any verdict; [DecodeCases] rejects it for its missing name. A Case is a
// plain value, safe for concurrent reads: nothing here modifies it.
type Case struct {
	Name          string          `json:"name"`
	Terms         []redline.Term  `json:"terms,omitempty"`
	Want          []string        `json:"want,omitempty"`
	Indeterminate []string        `json:"indeterminate,omitempty"`
	Verdict       redline.Verdict `json:"verdict,omitempty"`
	Explanation   string          `json:"explanation,omitempty"`
}

// CaseError reports a case whose report differs from what it expects.
//
// The zero value is not a meaningful error. A CaseError is immutable once
// returned and safe for concurrent use.
type CaseError struct {
	Case        string          // the case's name
	Explanation string          // the case's explanation
	Diff        string          // expected (-) against actual (+) findings, one per line
	WantVerdict redline.Verdict // the verdict the case expects, or the one it got when the case sets none
	GotVerdict  redline.Verdict // the verdict the report gave
}

// Error names the case and gives the diff of findings, the verdicts when they
// differ, and the case's explanation.
func (e *CaseError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "redlinetest: case %q", e.Case)
	if e.Diff != "" {
		b.WriteString(": findings differ (-want +got):\n")
		b.WriteString(e.Diff)
	}
	if e.WantVerdict != e.GotVerdict {
		if e.Diff != "" {
			b.WriteString("\n")
		} else {
			b.WriteString(": ")
		}
		fmt.Fprintf(&b, "verdict %s, want %s", e.GotVerdict, e.WantVerdict)
	}
	if e.Explanation != "" {
		b.WriteString("\n  explanation: ")
		b.WriteString(e.Explanation)
	}
	return b.String()
}

// CoverageError reports a rule, or one condition of it, that the cases do not
// exercise both ways.
//
// The zero value is not a meaningful error. A CoverageError is immutable once
// returned and safe for concurrent use.
type CoverageError struct {
	Rule      string // the rule's ID
	Condition int    // index of the condition in the rule's When, from 0, or -1 for the rule itself
	Attr      string // the condition's attribute, as the policy names it (Error shows its label)
	Gap       string // what no case shows, e.g. "no case crosses it"
}

// Error names the rule, and the condition if there is one, and the gap. It
// numbers the condition from 1, as a person counts the conditions of a rule
// ("condition 1" is When[0]).
func (e *CoverageError) Error() string {
	if e.Condition < 0 {
		return "redlinetest: rule " + e.Rule + ": " + e.Gap
	}
	return "redlinetest: rule " + e.Rule + ": condition " + strconv.Itoa(e.Condition+1) + " (" + redline.AttrLabel(e.Attr) + "): " + e.Gap
}

// ConformanceError reports a property every policy must have that this one
// lacks.
//
// The zero value is not a meaningful error. A ConformanceError is immutable
// once returned and safe for concurrent use.
type ConformanceError struct {
	Property string // the property, e.g. "deterministic"
	Detail   string // what the policy did, in words
}

// Error names the property and says how the policy fails it.
func (e *ConformanceError) Error() string {
	return "redlinetest: " + e.Property + ": " + e.Detail
}

// KindError reports a kind of term the policy knows but leaves unexamined:
// no rule examines it, and the policy does not declare it uncovered.
//
// The zero value is not a meaningful error. A KindError is immutable once
// returned and safe for concurrent use.
type KindError struct {
	Kind redline.Kind // the kind, as the policy names it (Error shows its label)
}

// Error names the kind and the two ways to close the gap.
func (e *KindError) Error() string {
	return "redlinetest: kind " + e.Kind.Label() + ": no rule examines it; add a rule, or declare it uncovered with a reason"
}

// Unexamined reports every kind of term k knows that no rule examines and k
// does not declare uncovered ([redline.Checker.Unexamined]), one *KindError
// each, joined with errors.Join in the order of the kinds; nil when there is
// none. A policy layered on redline.Baseline() has none among the library's
// kinds; an agency's own kinds need a rule or a reason.
func Unexamined(k *redline.Checker) error {
	var errs []error
	for _, kind := range k.Unexamined() {
		errs = append(errs, &KindError{Kind: kind})
	}
	return errors.Join(errs...)
}

// Check runs every case against k, then [Conformance], [Coverage] and
// [Unexamined], and returns every failure joined with errors.Join, one
// *CaseError, *ConformanceError, *CoverageError or *KindError per failure
// (a flat list: the result's Unwrap() []error gives each). It returns nil
// when the policy passes.
func Check(k *redline.Checker, cases []Case) error {
	var errs []error
	for _, c := range cases {
		if err := CheckCase(k, c); err != nil {
			errs = append(errs, err)
		}
	}
	errs = append(errs, unjoin(Conformance(k))...)
	errs = append(errs, unjoin(Coverage(k, cases))...)
	errs = append(errs, unjoin(Unexamined(k))...)
	return errors.Join(errs...)
}

// CheckLayer is [Check] for one layer of k, the one named layer (the Name of
// the Policy it was compiled from): it runs every case against k, whole,
// then [Conformance] and [Unexamined] of k, whole, and [LayerCoverage] of
// that layer's rules. So an agency whose policy is layered on
// redline.Baseline() proves its own rules with its own cases, and leaves the
// baseline's rules to the library, which proves them with [BaselineCases].
// A layer k does not have is a *FieldError (ReasonReference, path "layer").
func CheckLayer(k *redline.Checker, layer string, cases []Case) error {
	var errs []error
	for _, c := range cases {
		if err := CheckCase(k, c); err != nil {
			errs = append(errs, err)
		}
	}
	errs = append(errs, unjoin(Conformance(k))...)
	errs = append(errs, unjoin(LayerCoverage(k, layer, cases))...)
	errs = append(errs, unjoin(Unexamined(k))...)
	return errors.Join(errs...)
}

// unjoin returns the errors an errors.Join holds, so that Check's result is
// one flat list.
func unjoin(err error) []error {
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		return u.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

// Run runs each case as a subtest named after it, then the conformance,
// coverage and kind checks as the subtests "conformance", "coverage" and
// "kinds".
func Run(t *testing.T, k *redline.Checker, cases []Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if err := CheckCase(k, c); err != nil {
				t.Error(err)
			}
		})
	}
	t.Run("conformance", func(t *testing.T) {
		if err := Conformance(k); err != nil {
			t.Error(err)
		}
	})
	t.Run("coverage", func(t *testing.T) {
		if err := Coverage(k, cases); err != nil {
			t.Error(err)
		}
	})
	t.Run("kinds", func(t *testing.T) {
		if err := Unexamined(k); err != nil {
			t.Error(err)
		}
	})
}

// RunLayer is [Run] for one layer of k, as [CheckLayer] is Check for one: each
// case a subtest, then the subtests "conformance" and "kinds" of k, whole,
// and "coverage" of the layer's rules only. A layer k does not have fails
// the test at once.
func RunLayer(t *testing.T, k *redline.Checker, layer string, cases []Case) {
	t.Helper()
	if err := hasLayer(k, layer); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if err := CheckCase(k, c); err != nil {
				t.Error(err)
			}
		})
	}
	t.Run("conformance", func(t *testing.T) {
		if err := Conformance(k); err != nil {
			t.Error(err)
		}
	})
	t.Run("coverage", func(t *testing.T) {
		if err := LayerCoverage(k, layer, cases); err != nil {
			t.Error(err)
		}
	})
	t.Run("kinds", func(t *testing.T) {
		if err := Unexamined(k); err != nil {
			t.Error(err)
		}
	})
}

// CheckCase checks one case and returns a *CaseError if its report differs.
func CheckCase(k *redline.Checker, c Case) error {
	r := k.Check(c.Terms)
	var got []string
	for _, f := range r.Findings {
		got = append(got, label(f.Status, f.Rule))
	}
	var want []string
	for _, id := range c.Want {
		want = append(want, label(redline.StatusCrossed, id))
	}
	for _, id := range c.Indeterminate {
		want = append(want, label(redline.StatusIndeterminate, id))
	}
	e := &CaseError{Case: c.Name, Explanation: c.Explanation, Diff: diff(want, got), WantVerdict: c.Verdict, GotVerdict: r.Verdict}
	if c.Verdict == 0 {
		e.WantVerdict = r.Verdict
	}
	if e.Diff == "" && e.WantVerdict == e.GotVerdict {
		return nil
	}
	return e
}

func label(s redline.Status, rule string) string {
	if rule == "" {
		rule = "(unknown kind)"
	}
	if s == redline.StatusIndeterminate {
		return rule + " (indeterminate)"
	}
	return rule
}

// diff compares two multisets of lines, sorted, and returns "" when equal.
func diff(want, got []string) string {
	want = append([]string(nil), want...)
	got = append([]string(nil), got...)
	sort.Strings(want)
	sort.Strings(got)
	var b strings.Builder
	same := true
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		switch {
		case j == len(got) || (i < len(want) && want[i] < got[j]):
			b.WriteString("  - " + want[i] + "\n")
			i, same = i+1, false
		case i == len(want) || got[j] < want[i]:
			b.WriteString("  + " + got[j] + "\n")
			j, same = j+1, false
		default:
			b.WriteString("    " + want[i] + "\n")
			i, j = i+1, j+1
		}
	}
	if same {
		return ""
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Conformance checks what every policy must do, whatever its rules:
//
//   - checking is deterministic: the same proposal gives the same report;
//   - checking never panics, on an empty proposal, the zero Term, a term of
//     every kind the policy knows with nothing stated, or terms holding
//     invalid values;
//   - the empty proposal is acceptable, and nothing else is acceptable if it
//     holds a term of a kind the policy does not know;
//   - every finding names a rule of the policy (or none, for an unknown kind);
//   - the IHL minimums are absolute: recruitment or use in hostilities of a
//     child under 15, and hostage-taking, are unacceptable.
//
// The last check means a policy must hold rules for those minimums. A
// policy layered on redline.Baseline() has them; one compiled on its own, as
// Compile allows for experiments, fails conformance until it adds them.
func Conformance(k *redline.Checker) error {
	var errs []error
	fail := func(prop, detail string) { errs = append(errs, &ConformanceError{prop, detail}) }

	probes := [][]redline.Term{nil, {}, {{}}}
	var all []redline.Term
	for _, kind := range k.Kinds() {
		all = append(all, redline.Term{Kind: kind})
		all = append(all, redline.Term{Kind: kind, By: redline.Entity(200), MinAge: redline.Num(nan()), Count: redline.Num(-1),
			Purpose: redline.Purpose(200), Payee: redline.Entity(201), Display: redline.Flag(9),
			AllDetainees: redline.Flag(9), HostStateParty: redline.Flag(9), Consent: redline.Flag(9), Voluntary: redline.Flag(9),
			Information: redline.Information(200), SharingPurpose: redline.SharingPurpose(200), Undertaking: redline.Undertaking(200),
			Extra: map[string]redline.Value{"x": redline.ListValue("a")}})
	}
	probes = append(probes, all)
	rules := make(map[string]bool)
	for _, r := range k.Rules() {
		rules[r.ID] = true
	}
	for i, p := range probes {
		r1, err := safeCheck(k, p)
		if err != nil {
			fail("no panic", "probe "+strconv.Itoa(i)+": "+err.Error())
			continue
		}
		r2, _ := safeCheck(k, p)
		if r1.String() != r2.String() || r1.Verdict != r2.Verdict {
			fail("deterministic", "probe "+strconv.Itoa(i)+" gave two different reports")
		}
		for _, f := range r1.Findings {
			if f.Rule != "" && !rules[f.Rule] {
				fail("findings cite the policy", "finding names rule "+strconv.Quote(f.Rule)+", which the policy does not have")
			}
		}
	}
	if r, err := safeCheck(k, nil); err == nil && (r.Verdict != redline.VerdictAcceptable || len(r.Findings) > 0) {
		fail("empty proposal", "an empty proposal gives "+r.Verdict.String()+", want acceptable")
	}
	if r, err := safeCheck(k, []redline.Term{{Kind: "no_such_kind_of_term"}}); err == nil && r.Verdict == redline.VerdictAcceptable {
		fail("fails closed", "a term of an unknown kind is acceptable")
	}
	for _, m := range []struct {
		what string
		term redline.Term
	}{
		{"recruitment of a child under 15", redline.Term{Kind: redline.KindChildRecruitment, MinAge: redline.Num(14)}},
		{"use in hostilities of a child under 15", redline.Term{Kind: redline.KindChildUse, MinAge: redline.Num(14)}},
		{"hostage-taking", redline.Term{Kind: redline.KindHostageTaking}},
	} {
		if r, err := safeCheck(k, []redline.Term{m.term}); err == nil && r.Verdict != redline.VerdictUnacceptable {
			fail("IHL minimums are absolute", m.what+" gives "+r.Verdict.String()+", want unacceptable")
		}
	}
	return errors.Join(errs...)
}

// safeCheck runs Check and turns a panic into an error, so that Conformance
// can report it rather than stop the caller's program.
func safeCheck(k *redline.Checker, terms []redline.Term) (r redline.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("Check panicked: %v", p)
		}
	}()
	return k.Check(terms), nil
}

func nan() float64 {
	zero := 0.0
	return zero / zero
}

// Coverage checks that the cases exercise every rule of k both ways: some
// case term crosses it, and some case term of its kind leaves it alone (for a
// rule with conditions); and that every condition of every rule is seen
// both met and not met by the terms of its kind across the cases. It
// returns a *CoverageError per gap, joined.
func Coverage(k *redline.Checker, cases []Case) error {
	return coverage(k, cases, func(string) bool { return true })
}

// LayerCoverage is [Coverage] of the rules of one layer of k only: the
// effective rules that the layer named layer (the Name of the Policy it was
// compiled from) adds or redefines ([redline.Checker.RuleLayer]). The cases
// run against k, whole, so a term of theirs is seen by every rule of its
// kind; only the gaps of the layer's rules are reported. A layer with no
// rules of its own has no gaps. A layer k does not have is a *FieldError
// (ReasonReference, path "layer").
func LayerCoverage(k *redline.Checker, layer string, cases []Case) error {
	if err := hasLayer(k, layer); err != nil {
		return err
	}
	return coverage(k, cases, func(id string) bool {
		l, _ := k.RuleLayer(id)
		return l == layer
	})
}

// hasLayer returns nil when k has a layer named layer, and else a
// *FieldError that lists the layers it has.
func hasLayer(k *redline.Checker, layer string) error {
	var names []string
	for _, l := range k.Layers() {
		if l.Name == layer {
			return nil
		}
		names = append(names, check.Quote(l.Name, maxShown))
	}
	return &FieldError{Pkg: pkg, Path: "layer", Reason: ReasonReference,
		Detail: "the policy has no layer named " + check.Quote(layer, maxShown) + "; its layers are " + strings.Join(names, ", ")}
}

// maxShown is how many bytes of a layer's name an error shows.
const maxShown = 48

// coverage reports the gaps of the rules of k for which mine is true.
func coverage(k *redline.Checker, cases []Case, mine func(id string) bool) error {
	type seen struct {
		crossed, untouched bool
		met, notMet        []bool
	}
	cov := make(map[string]*seen)
	for _, r := range k.Rules() {
		cov[r.ID] = &seen{met: make([]bool, len(r.When)), notMet: make([]bool, len(r.When))}
	}
	for _, c := range cases {
		for _, t := range c.Terms {
			for _, tr := range k.Trace(t) {
				s := cov[tr.Rule]
				switch tr.Status {
				case redline.StatusCrossed:
					s.crossed = true
				case 0:
					s.untouched = true
				}
				for j, o := range tr.Observed {
					switch o.Result {
					case redline.ResultMet:
						s.met[j] = true
					case redline.ResultNotMet:
						s.notMet[j] = true
					}
				}
			}
		}
	}
	var errs []error
	for _, r := range k.Rules() {
		if !mine(r.ID) {
			continue
		}
		s := cov[r.ID]
		if !s.crossed {
			errs = append(errs, &CoverageError{Rule: r.ID, Condition: -1, Gap: "no case crosses it"})
		}
		if len(r.When) > 0 && !s.untouched {
			errs = append(errs, &CoverageError{Rule: r.ID, Condition: -1, Gap: "no close case: every term on " + r.Kind.Label() + " in the cases crosses it or leaves it undecided"})
		}
		for j, w := range r.When {
			if !s.met[j] {
				errs = append(errs, &CoverageError{Rule: r.ID, Condition: j, Attr: w.Attr, Gap: "never true in any case"})
			}
			if !s.notMet[j] {
				errs = append(errs, &CoverageError{Rule: r.ID, Condition: j, Attr: w.Attr, Gap: "never false in any case"})
			}
		}
	}
	return errors.Join(errs...)
}

// BaselineCases returns the baseline's own cases (redline.BaselineCasesJSON,
// decoded): the suite with which the library proves redline.Baseline(), in
// the version it ships. Each call returns fresh values. They pass against
// the baseline compiled alone. An agency that wants to prove the whole
// stack runs them with its own:
//
//	redlinetest.Run(t, k, append(redlinetest.BaselineCases(), ours...))
//
// and a case whose answer its layers change — a rule tightened, or a rule
// of its own that the case's terms cross — fails, naming the difference: a
// change to review, and to record in its own cases.
//
// It panics only if the library's embedded file cannot be decoded, which
// the library's own tests rule out.
func BaselineCases() []Case {
	cases, err := DecodeCases(bytes.NewReader(redline.BaselineCasesJSON()), redline.Limits{})
	if err != nil {
		panic("redlinetest: the embedded baseline cases: " + err.Error()) // the library's own file: its tests rule this out
	}
	return cases
}

// DecodeCases reads cases as a JSON array from r, strictly (see
// [redline.DecodePolicy]), and validates every term. Problems are
// *redline.FieldError values with paths such as "[2].terms[0].min_age".
func DecodeCases(r io.Reader, lim redline.Limits) ([]Case, error) {
	var cases []Case
	if err := casesCodec.DecodeValid(r, &cases, lim, validateCases); err != nil {
		return nil, err
	}
	return cases, nil
}

// validateCases checks the cases DecodeCases reads: a unique name each, and
// valid terms.
func validateCases(cases *[]Case) error {
	c := check.Errors{Pkg: pkg}
	names := make(map[string]int)
	for i, cs := range *cases {
		p := check.Index("", i)
		if strings.TrimSpace(cs.Name) == "" {
			c.Add(p+".name", check.Required, "a case needs a name")
		} else if j, dup := names[cs.Name]; dup {
			c.Add(p+".name", check.Duplicate, "same name as ["+strconv.Itoa(j)+"]")
		} else {
			names[cs.Name] = i
		}
		for j, t := range cs.Terms {
			c.AddErr(check.Index(p+".terms", j), t.Validate())
		}
	}
	return c.Err()
}
