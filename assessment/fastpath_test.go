package assessment_test

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/risk"
)

// texts are text fields at the edges of what the checks accept: blank,
// starting with a space or a control character, not ASCII, not UTF-8,
// around the lengths of the words the fast path reads and the limits.
var texts = func() []string {
	out := []string{"", " ", "\t", " x", "\x00x", "x", "a b", "é", "xé", "\xff", "x\xff", "abcdefgh", "abcdefghi",
		"abcdefghijklmnop", "abcdefghijklmnopq", "abcdefg\x80", "abcdefgh\x80", "abcdefghijklmnopé", "measure é and more text"}
	for _, n := range []int{63, 64, 65, 127, 128, 129, 255, 256, 257} {
		s := strings.Repeat("m", n)
		out = append(out, s, s[:n-1]+"é"[:1], "é"+s[2:], s[:n/2]+"\x80"+s[n/2+1:])
	}
	return out
}()

func pick[T any](r *rand.Rand, vs ...T) T { return vs[r.IntN(len(vs))] }

// mutate changes one field of in to a value at or past the edge of what
// Validate accepts.
func mutate(r *rand.Rand, in *assessment.Input) {
	text := func() string { return texts[r.IntN(len(texts))] }
	n := func(lo, hi int) int { return lo + r.IntN(hi-lo+1) }
	switch r.IntN(12) {
	case 0:
		in.Actor.Kind = actor.Kind(n(0, 12))
	case 1, 2:
		d := actor.Designation{Kind: actor.DesignationKind(n(0, 5)), Jurisdiction: actor.Jurisdiction(n(0, 4)), By: actor.Designator(n(0, 6)),
			Year: pick(r, 0, 0, 1944, 1945, 2020, 2200, 2201), Report: pick(r, 0, 0, 0, 2012, 2020)}
		if r.IntN(2) == 0 {
			d.Regime = text()
		}
		if r.IntN(2) == 0 {
			d.Reference = text()
		}
		if r.IntN(4) == 0 {
			d.Listings = []actor.Listing{{Violation: actor.Violation(n(0, 7)), Since: pick(r, 0, 2005, 2020), Section: actor.AnnexSection(n(0, 3))}}
		}
		in.Actor.Designations = append(in.Actor.Designations, d)
	case 3:
		c := risk.Concern{Risk: risk.Risk(n(0, 16)), Threat: n(-1, 6), Vulnerability: n(-1, 6), Capacity: n(-1, 6), Severity: risk.Severity(n(0, 7))}
		in.Concerns = append(in.Concerns, c)
		if r.IntN(8) == 0 {
			for len(in.Concerns) <= assessment.MaxConcerns {
				in.Concerns = append(in.Concerns, c)
			}
		}
	case 4:
		v := pick(r, -0.1, 0, math.Copysign(0, -1), 0.5, 1, 1.1, math.NaN(), math.Inf(1), math.Inf(-1))
		f := assessment.Factor(n(1, 7))
		in.Factors = in.Factors.With(f, assessment.Score{Value: v, Confidence: assessment.Confidence(n(0, 4))})
	case 5, 6:
		er := assessment.EngagementRisk{Category: assessment.Category(n(0, 6)), Likelihood: n(-1, 6), Impact: n(-1, 6)}
		for range n(0, 2) {
			er.Mitigations = append(er.Mitigations, assessment.Mitigation{Measure: text(), Likelihood: n(-1, 5), Impact: n(-1, 5)})
		}
		if r.IntN(8) == 0 {
			for len(er.Mitigations) <= assessment.MaxMitigations {
				er.Mitigations = append(er.Mitigations, assessment.Mitigation{Measure: "m"})
			}
		}
		in.Risks = append(in.Risks, er)
		if r.IntN(8) == 0 {
			for len(in.Risks) <= assessment.MaxRisks {
				in.Risks = append(in.Risks, er)
			}
		}
	case 7:
		in.Context.HostState = assessment.HostStance(n(0, 4))
		in.Context.Criticality = assessment.Criticality(n(0, 5))
	case 8:
		p := assessment.Prohibition{Source: assessment.Source(n(0, 5))}
		if r.IntN(3) != 0 {
			p.Exemption = text()
		}
		in.Context.Prohibitions = append(in.Context.Prohibitions, p)
	case 9:
		p := &assessment.Plan{Messaging: assessment.Messaging(n(0, 6)), ContactCadence: n(-1, 1)}
		for range n(0, 2) {
			p.Interlocutors = append(p.Interlocutors, assessment.Interlocutor{Level: actor.Level(n(0, 6))})
		}
		in.Plan = p
	case 10:
		in.Evidence = append(in.Evidence, assessment.Evidence{Kind: assessment.EvidenceKind(n(0, 4)), Category: assessment.Category(n(0, 6)),
			Likelihood: n(-1, 6), Confidence: assessment.Confidence(n(0, 4))})
	case 11:
		if len(in.Risks) > 0 {
			in.Risks[r.IntN(len(in.Risks))].Mitigations = append(in.Risks[0].Mitigations[:0:0],
				assessment.Mitigation{Measure: text(), Likelihood: n(-1, 5), Impact: n(-1, 5)})
		}
	}
}

// TestValidateFastPath holds Validate, which takes the fast path for plain
// inputs, to the field-by-field check on random inputs, valid and not: the
// same errors, in the same order; and an input the fast path accepts has
// nothing wrong but, perhaps, its evidence. Decide and DecideInto, into one
// reused decision, agree on every input.
func TestValidateFastPath(t *testing.T) {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	r := newRand(28)
	var into assessment.Decision
	plain, refused := 0, 0
	for range 20_000 {
		in := randomInput(r)
		for range r.IntN(4) {
			mutate(r, &in)
		}
		want := assessment.ValidateFull(in)
		require.Equal(t, want, in.Validate(), "%#v", in)
		if assessment.PlainlyValid(in) {
			plain++
			noEvidence := in
			noEvidence.Evidence = nil
			require.NoError(t, assessment.ValidateFull(noEvidence), "%#v", in)
		}
		if want != nil {
			refused++
		}
		dec, err := d.Decide(in)
		errInto := d.DecideInto(&in, &into)
		require.Equal(t, err, errInto)
		if err != nil {
			require.Equal(t, assessment.Decision{Grounds: into.Grounds}, into)
			require.Empty(t, into.Grounds)
			continue
		}
		require.Equal(t, dec, into, "%#v", in)
	}
	// Both paths are taken often.
	require.Greater(t, plain, 2000)
	require.Greater(t, refused, 2000)
	t.Logf("%d plain, %d refused", plain, refused)
}
