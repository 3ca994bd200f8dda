package assessment_test

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
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

// BenchmarkDecideInto is Decide reusing one Decision, as a loop over many
// inputs does: no allocation once the decision has held its grounds.
func BenchmarkDecideInto(b *testing.B) {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	in := baseInput(nsag(actor.Designation{Kind: actor.DesignationUNSanctions}))
	b.ReportAllocs()
	var dec assessment.Decision
	var err error
	for b.Loop() {
		err = d.DecideInto(&in, &dec)
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

// generatedIncidents returns n incidents spread over ten years before
// 2022, in eight countries, of every perpetrator and precision.
func generatedIncidents(n int) []incident.Incident {
	countries := []string{"SSD", "SYR", "AFG", "COD", "NGA", "YEM", "MLI", "SOM"}
	precs := []incident.Precision{incident.PrecisionExact, incident.PrecisionExact, incident.PrecisionExact, incident.PrecisionClose,
		incident.PrecisionWeek, incident.PrecisionMonth, incident.PrecisionYear}
	end := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]incident.Incident, n)
	for i := range out {
		out[i] = incident.Incident{ID: strconv.Itoa(i), Date: end.Add(-time.Duration(i%3650) * 24 * time.Hour), Precision: precs[i%len(precs)],
			Country: countries[i%len(countries)], Perpetrator: incident.Perpetrator(1 + i%10), Killed: i % 3, Arrested: i % 2,
			ActorName: actorNames[i%len(actorNames)]}
	}
	return out
}

// actorNames are the actor names of the generated incidents, as the data
// write them.
var actorNames = []string{"SPLA-IO Sudan People's Liberation Army in Opposition", "South Sudan People's Defence Force", "Youth",
	"South Sudan National Police Service", "Conflict Party unspecified (South Sudan), SPLA-IO Sudan People's Liberation Army in Opposition", ""}

// BenchmarkIncidentEvidence reads evidence for one country from 1,000,000
// generated incidents in one pass (and from 100,000, to show it is linear),
// by category alone and by names as well.
func BenchmarkIncidentEvidence(b *testing.B) {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	byCategory := assessment.IncidentQuery{Country: "SSD", WindowDays: 365, Perpetrators: incident.PerpetratorsOf(actor.KindArmedOpposition)}
	byName := byCategory
	byName.Names = []string{"SPLM/A-IO", "SPLA-IO"}
	at := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{100_000, 1_000_000} {
		incidents := generatedIncidents(n)
		for _, qq := range []struct {
			name string
			q    assessment.IncidentQuery
		}{{"category", byCategory}, {"names", byName}} {
			q := qq.q
			b.Run(strconv.Itoa(n)+"/"+qq.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					ev, err := d.IncidentEvidence(incidents, q, at)
					if err != nil || ev.Incidents.Provenance.Read != n {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "incidents/s")
			})
		}
	}
}

// BenchmarkDecideWithEvidence decides the base input with incident
// evidence on two categories and UCDP evidence on two factors.
func BenchmarkDecideWithEvidence(b *testing.B) {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	in := evidencedInput(b)
	in.Evidence = append(in.Evidence, incidentEvidence(assessment.CategoryLegal, 4))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Decide(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeInput decodes and validates a full input (richInput);
// BenchmarkDecodeInputStd decodes the same bytes with encoding/json into a
// plain mirror, with no checks.
func BenchmarkDecodeInput(b *testing.B) {
	data := inputData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeInputStd(b *testing.B) { jsontest.Std[assessment.Input](b, inputData(b)) }

func inputData(b *testing.B) []byte {
	var buf bytes.Buffer
	if err := assessment.EncodeInput(&buf, richInput()); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}
