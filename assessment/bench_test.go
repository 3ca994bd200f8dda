package assessment_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
)

// BenchmarkDecide decides for one actor with all seven factors and five
// engagement risks assessed.
func BenchmarkDecide(b *testing.B) {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	in := baseInput(nsag(actor.Designation{Kind: actor.DesignationUNSanctions}))
	b.ReportAllocs()
	var dec assessment.Decision
	var err error
	for b.Loop() {
		dec, err = d.Decide(in)
	}
	if err != nil || dec.Recommendation != assessment.EngageDirectly {
		b.Fatalf("%v %v", dec.Recommendation, err)
	}
}

// BenchmarkDecideBatch is a researcher's batch: 100,000 pre-built inputs
// decided in a loop; ns/op is per batch.
func BenchmarkDecideBatch(b *testing.B) {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	ins := make([]assessment.Input, 100_000)
	for i := range ins {
		in := baseInput(nsag())
		in.Factors.Openness = assessment.Scored(float64(i%101)/100, assessment.ConfidenceMedium)
		in.Risks[2].Likelihood = 1 + i%5
		ins[i] = in
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range ins {
			if _, err := d.Decide(ins[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
