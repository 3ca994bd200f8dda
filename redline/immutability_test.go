package redline_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/deep"
	"github.com/humanitarian-negotiation/protection/redline"
)

func shuffle[E any](r *rand.Rand, s []E) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// TestPropertyNoFunctionModifiesItsArguments calls every exported function
// and method that takes terms or policies on random values, their slices
// shuffled so an in-place sort would show, and deep-compares each argument
// before and after.
func TestPropertyNoFunctionModifiesItsArguments(t *testing.T) {
	r := rand.New(rand.NewPCG(88, 8))
	checkers := propertyCheckers(t)
	names := sortedNames(checkers)
	var into redline.Report
	for range propertyRuns {
		terms := randomProposal(r, 12)
		k := checkers[names[r.IntN(len(names))]]
		calls := []struct {
			name string
			call func()
		}{
			{"Checker.Check", func() {
				rep := k.Check(terms)
				for _, f := range rep.Findings {
					_, _, _, _ = f.Citations(), f.Missing(), f.Observations(), f.Rationale()
				}
			}},
			{"Checker.CheckInto", func() { k.CheckInto(&into, terms) }},
			{"Checker.Trace", func() {
				for _, term := range terms {
					_ = k.Trace(term)
				}
			}},
			{"Term.Validate", func() {
				for _, term := range terms {
					_ = term.Validate()
				}
			}},
			{"EncodeTerms", func() { _ = redline.EncodeTerms(&bytes.Buffer{}, terms) }},
			{"Sprintf", func() { _ = fmt.Sprintf("%v %+v", terms, terms) }},
		}
		for _, c := range calls {
			before := deep.Copy(terms)
			c.call()
			require.Empty(t, deep.Diff(before, terms), "%s modified the proposal", c.name)
		}
	}

	for range 50 {
		layers := []redline.Policy{redline.Baseline(), agencyLayer(), scenarioPolicy()}
		for i := range layers {
			shuffle(r, layers[i].Rules)
			shuffle(r, layers[i].Kinds)
			for j := range layers[i].Rules {
				shuffle(r, layers[i].Rules[j].When)
				shuffle(r, layers[i].Rules[j].Citations)
			}
		}
		layers = layers[:1+r.IntN(2)]
		before := deep.Copy(layers)
		_, err := redline.Compile(layers...)
		require.NoError(t, err)
		require.Empty(t, deep.Diff(before, layers), "Compile modified its layers")
		for _, p := range layers {
			require.NoError(t, redline.EncodePolicy(&bytes.Buffer{}, p))
		}
		require.Empty(t, deep.Diff(before, layers), "EncodePolicy modified its policy")
	}
}

// TestCheckerHandsOutCopies changes everything a Checker hands out and
// checks the Checker still gives the same answers.
func TestCheckerHandsOutCopies(t *testing.T) {
	k := redline.MustCompile(redline.Baseline(), agencyLayer())
	proposal := richProposal()
	want := reportKey(k.Check(proposal))
	rules, kinds, exc := k.Rules(), k.Kinds(), k.Exceptions()
	wantRules := deep.Copy(rules)
	for i := range rules {
		rules[i].ID = "tampered"
		for j := range rules[i].When {
			rules[i].When[j].Attr = "tampered"
		}
		for j := range rules[i].Citations {
			rules[i].Citations[j] = "tampered"
		}
	}
	for i := range kinds {
		kinds[i] = "tampered"
	}
	for i := range exc {
		exc[i].Rule = "tampered"
	}
	rep := k.Check(proposal)
	for _, f := range rep.Findings {
		for i, c := range f.Citations() {
			f.Citations()[i] = c + " tampered"
		}
	}
	wantExamined := deep.Copy(rep.Examined())
	for _, e := range rep.Examined() {
		for i := range e.Rules {
			e.Rules[i] = "tampered"
		}
	}
	wantUncovered := k.Uncovered()
	unc := k.Uncovered()
	for i := range unc {
		unc[i].Reason = "tampered"
	}
	require.Equal(t, wantUncovered, k.Uncovered())
	require.Empty(t, deep.Diff(wantExamined, k.Check(proposal).Examined()))
	require.Empty(t, deep.Diff(wantRules, k.Rules()))
	require.NotContains(t, k.Kinds(), redline.Kind("tampered"))
	require.Equal(t, want, reportKey(k.Check(proposal)))
	r, ok := k.Rule(wantRules[0].ID)
	require.True(t, ok)
	r.Citations = append(r.Citations[:0], "tampered")
	r2, _ := k.Rule(wantRules[0].ID)
	require.Empty(t, deep.Diff(wantRules[0], r2))
}
