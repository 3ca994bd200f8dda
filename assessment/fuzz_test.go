package assessment_test

import (
	"bytes"
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/risk"
)

// Seed inputs live in testdata/fuzz/<FuzzName>/ as well as in the f.Add
// calls below; crashers found by go test -fuzz are kept there as regression
// tests.

// onlyFieldErrors fails t unless err holds field errors of this package,
// each with a reason, and nothing else.
func onlyFieldErrors(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	require.NotEmpty(t, fieldErrors(t, err), "%v", err)
}

// FuzzDecodeInput decodes any bytes as an input: no panic; either a value
// that validates, decides without error and survives EncodeInput and
// DecodeInput unchanged, or errors that are all *FieldError.
//
// The corpus in testdata/fuzz/FuzzDecodeInput holds a full input with a
// plan, a minimal one, older GPC labels and odd case, an unknown field, a
// duplicate key, a score given as the string "NaN", a byte-order mark,
// invalid UTF-8, deep nesting and a truncated document.
func FuzzDecodeInput(f *testing.F) {
	f.Add(encodeInput(f, baseInput(nsag())))
	f.Add(encodeInput(f, richInput()))
	f.Add(encodeInput(f, assessment.Input{Actor: nsag()}))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"actor":{"id":"00000000-0000-4000-8000-0000000000aa","name":"g","kind":"gang"},"factors":{"risk":{"value":1,"confidence":"LOW"}},"concerns":[{"risk":"torture","threat":5,"vulnerability":5,"capacity":1}]}`))
	f.Add([]byte(`{"actor":{"id":"00000000-0000-4000-8000-0000000000aa","name":"g","kind":"state_forces"},"factors":{"openness":{"value":"NaN","confidence":"high"}}}`))
	f.Add([]byte(`{"actor":{"id":"00000000-0000-4000-8000-0000000000aa","name":"g","kind":"gang"},"risks":[{"category":"legal","likelihood":5,"impact":5,"mitigations":[{"measure":"m","likelihood":4,"impact":4}]}],"context":{"prohibitions":[{"source":"donor_clause","exemption":" "}]}}`))

	d := defaultDecider(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, assessment.InputCodec, data, assessment.Limits{})
		in, err := assessment.DecodeInput(bytes.NewReader(data), assessment.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			assert.True(t, reflect.DeepEqual(assessment.Input{}, in), "a failed decode gives the zero Input")
			return
		}
		require.NoError(t, in.Validate(), "a decoded input validates")
		before := cloneInput(in)
		dec, err := d.Decide(in)
		require.NoError(t, err, "a decoded input decides")
		checkDecision(t, assessment.DefaultPolicy(), in, dec)
		assert.True(t, sameInput(before, in), "Decide modified its input")

		var buf bytes.Buffer
		require.NoError(t, assessment.EncodeInput(&buf, in), "a decoded input encodes")
		again, err := assessment.DecodeInput(bytes.NewReader(buf.Bytes()), assessment.Limits{})
		require.NoError(t, err, "an input decodes as it was encoded:\n%s", buf.Bytes())
		assert.True(t, sameInput(in, again), "decode(encode(x)) != x:\n%s", buf.Bytes())
	})
}

// FuzzDecodePolicy decodes any bytes as a policy: no panic; either errors
// that are all *FieldError, or a policy that builds a Decider, decides
// fixed inputs into well-formed decisions, and survives EncodePolicy and
// DecodePolicy unchanged.
//
// The corpus in testdata/fuzz/FuzzDecodePolicy holds the default policy,
// uneven and zero weights, equal thresholds, labels and odd case, an
// unknown owner, a defer threshold above engage, a duplicate key and a
// truncated document.
func FuzzDecodePolicy(f *testing.F) {
	f.Add(encodePolicy(f, assessment.DefaultPolicy()))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"name":"a","version":"1","weights":{"criticality":0,"actor_impact":0,"operations":0,"openness":1e-3,"host_state":0,"risk":0,"added_value":0},"engage":0.5,"defer":0.5,"appetite":{"safety_security":1,"reputational":25,"legal":1,"financial":25,"operational":13},"allowance":{"pc1":24,"pc2":0,"pc3":0,"pc4":0},"owners":{"safety_security":"Country Office","reputational":"HEADQUARTERS","legal":"governing_board","financial":"regional office","operational":"country_office"},"escalation":{"sanctions":"headquarters","terrorist":"headquarters","donor_linked_funding":"governing_board","regional_impact":"regional_office","global_impact":"headquarters","hostile_host_state":"regional_office"}}`))
	f.Add([]byte(`{"name":"a","version":"1","weights":{"risk":-1},"engage":0.3,"defer":0.4}`))

	r := newRand(31)
	inputs := []assessment.Input{baseInput(nsag()), richInput(), {Actor: nsag()}}
	for range 4 {
		inputs = append(inputs, randomInput(r))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, assessment.PolicyCodec, data, assessment.Limits{})
		p, err := assessment.DecodePolicy(bytes.NewReader(data), assessment.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			assert.Equal(t, assessment.Policy{}, p, "a failed decode gives the zero Policy")
			return
		}
		require.NoError(t, p.Validate())
		d, err := assessment.NewDecider(p)
		require.NoError(t, err, "a decoded policy builds a Decider")
		for _, in := range inputs {
			dec, err := d.Decide(in)
			require.NoError(t, err)
			checkDecision(t, p, in, dec)
		}

		var buf bytes.Buffer
		require.NoError(t, assessment.EncodePolicy(&buf, p), "a decoded policy encodes")
		again, err := assessment.DecodePolicy(bytes.NewReader(buf.Bytes()), assessment.Limits{})
		require.NoError(t, err, "a policy decodes as it was encoded:\n%s", buf.Bytes())
		assert.Equal(t, p, again)
	})
}

// fuzzInput maps the fuzzer's numbers into an input, valid or not: the
// actor's kind and a risk from kind; designations, context, prohibitions
// and the plan from the bits of flags; confidences from confs (two bits a
// factor; bit 14 keeps a value on an unassessed factor); the concern's and
// the risks' scales, and a mitigation's steps, from the small integers; the
// seven scores from vals. Out-of-range numbers give invalid inputs.
func fuzzInput(kind uint8, flags uint32, confs uint16, threat, vuln, capacity, likelihood, impact, steps int8, vals [7]float64) assessment.Input {
	bit := func(i uint) bool { return flags>>i&1 == 1 }
	field := func(i, n uint) uint32 { return flags >> i & (1<<n - 1) }

	a := nsag()
	a.Kind = actor.Kind(kind % 12)
	if bit(0) {
		a.Designations = append(a.Designations, actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1267"})
	}
	if bit(1) {
		a.Designations = append(a.Designations, actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic})
	}
	if bit(2) {
		a.Designations = append(a.Designations, actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}})
	}
	in := assessment.Input{Actor: a}

	for i, f := range assessment.Factors() {
		c := assessment.Confidence(confs >> (2 * i) & 3)
		s := assessment.Score{Value: vals[i], Confidence: c}
		if c == 0 && confs>>14&1 == 0 {
			s = assessment.Score{}
		}
		in.Factors = in.Factors.With(f, s)
	}

	if !bit(31) {
		in.Concerns = []risk.Concern{{
			Risk: risk.Risk(kind >> 4), Threat: int(threat), Vulnerability: int(vuln), Capacity: int(capacity),
			Severity: risk.Severity(uint8(steps) % 8),
		}}
	}
	l, i := int(likelihood), int(impact)
	for _, c := range assessment.Categories() {
		r := assessment.EngagementRisk{Category: c, Likelihood: l, Impact: i}
		if c != assessment.CategorySafetySecurity {
			r.Likelihood = ((l % 6) + 6 + int(c)) % 6
			r.Impact = ((i % 6) + 6 + 2*int(c)) % 6
		} else {
			r.Mitigations = []assessment.Mitigation{{Measure: "escort", Likelihood: int(steps), Impact: int(steps) / 2}}
		}
		in.Risks = append(in.Risks, r)
	}

	in.Context = assessment.Context{
		HostState:          assessment.HostStance(field(3, 2)),
		RegionalImpact:     bit(8),
		GlobalImpact:       bit(9),
		DonorLinkedFunding: bit(10),
		Intermediaries:     bit(11),
		Criticality:        assessment.Criticality(field(12, 3)),
	}
	for n := range field(5, 2) {
		p := assessment.Prohibition{Source: assessment.Source(1 + n)}
		if n == 0 && bit(7) {
			p.Exemption = "licence"
		}
		if n == 0 && bit(30) {
			p.Source = 5
		}
		in.Context.Prohibitions = append(in.Context.Prohibitions, p)
	}

	if bit(15) {
		done := func(k uint) bool { return bit(16 + k) }
		in.Plan = &assessment.Plan{
			ContextAnalysis: done(0), ProtectionRiskAnalysis: done(1), StakeholderMapping: done(2), PowerAnalysis: done(3),
			Objectives: done(4), RiskAssessment: done(5), RiskMitigation: done(6), RedLines: done(7), Team: done(8),
			ActorHistory: done(9), TradeOffAnalysis: done(10), Messaging: assessment.Messaging(field(27, 3)),
			ContactCadence: int(steps),
		}
	}
	return in
}

// FuzzDecide decides inputs built from the fuzzer's numbers: Decide never
// panics; an input that validates decides without error into a well-formed
// decision; one that does not, Decide refuses with the same *FieldErrors as
// Validate; Decide never modifies its input.
//
// The corpus in testdata/fuzz/FuzzDecide holds a valid case of each
// recommendation, NaN and infinite scores, scales out of range, an unknown
// actor kind and an invalid prohibition source.
func FuzzDecide(f *testing.F) {
	all := [7]float64{0.9, 0.8, 0.6, 0.6, 0.5, 0.4, 0.7}
	add := func(kind uint8, flags uint32, confs uint16, th, vu, ca, li, im, st int8, v [7]float64) {
		f.Add(kind, flags, confs, th, vu, ca, li, im, st, v[0], v[1], v[2], v[3], v[4], v[5], v[6])
	}
	add(2, 0, 0x2aaa, 5, 4, 2, 2, 3, 1, all)                                       // engage directly
	add(2, 1<<5|1<<11|1<<1|3<<3, 0x3fff, 5, 4, 2, 2, 3, 1, all)                    // vetoed, intermediaries, terrorist, hostile
	add(1, 0, 0x1555, 3, 3, 3, 3, 3, 0, [7]float64{0.1, 0.2, 0.1, 0, 0.3, 0.9, 0}) // defer
	add(3, 1<<15|0x7ff<<16|4<<27, 0x2aa8, 2, 2, 2, 1, 1, 2, all)                   // one factor unassessed, full plan
	add(0, 0, 0, 0, 0, 0, 0, 0, 0, [7]float64{})                                   // nothing
	add(11, 1<<30|1<<5, 0x4000, 9, -1, 6, 7, -3, 5, [7]float64{math.NaN(), math.Inf(1), -0.1, 1.1, 2, math.Inf(-1), 0.5})

	d := defaultDecider(f)
	// reused is one Decision that DecideInto writes over and over, as a
	// caller's loop does: its grounds' memory outlives each call.
	var reused assessment.Decision
	f.Fuzz(func(t *testing.T, kind uint8, flags uint32, confs uint16, threat, vuln, capacity, likelihood, impact, steps int8,
		v0, v1, v2, v3, v4, v5, v6 float64) {
		in := fuzzInput(kind, flags, confs, threat, vuln, capacity, likelihood, impact, steps, [7]float64{v0, v1, v2, v3, v4, v5, v6})
		before := cloneInput(in)
		verr := in.Validate()
		var dec assessment.Decision
		var err error
		require.NotPanics(t, func() { dec, err = d.Decide(in) })
		assert.True(t, sameInput(before, in), "Decide modified its input")

		// DecideInto gives the same decision, or the same error, and
		// leaves its input as it was.
		intoErr := d.DecideInto(&in, &reused)
		assert.True(t, sameInput(before, in), "DecideInto modified its input")
		if err != nil {
			require.Error(t, intoErr)
			assert.Equal(t, err.Error(), intoErr.Error())
			assert.Empty(t, reused.Grounds)
			assert.True(t, reflect.DeepEqual(assessment.Decision{}, assessment.Decision{Grounds: nil, Contributions: reused.Contributions, Sensitivity: reused.Sensitivity}) &&
				reused.Score == 0 && reused.Recommendation == 0, "an error leaves the zero Decision")
		} else {
			require.NoError(t, intoErr)
			got := reused
			got.Grounds = slices.Clone(reused.Grounds)
			assert.True(t, reflect.DeepEqual(dec, got), "DecideInto differs from Decide:\n%v\n%v", dec, got)
		}
		if verr == nil {
			require.NoError(t, err, "an input that validates decides")
			checkDecision(t, assessment.DefaultPolicy(), in, dec)
			return
		}
		onlyFieldErrors(t, verr)
		// What Validate refuses, Decide refuses, with the same problems.
		require.Error(t, err, "Decide takes an input Validate refuses: %v", verr)
		onlyFieldErrors(t, err)
		assert.True(t, reflect.DeepEqual(assessment.Decision{}, dec), "an error gives the zero Decision")
		assert.Equal(t, verr.Error(), err.Error())
	})
}

// FuzzDecodeIncidentQuery decodes any bytes as an incident query: no panic;
// either a query that validates, survives EncodeIncidentQuery and
// DecodeIncidentQuery unchanged and counts the shipped subset with the
// provenance adding up, or errors that are all *FieldError.
//
// The corpus in testdata/fuzz/FuzzDecodeIncidentQuery holds a window, a
// period, names and categories, a stated coverage (an excerpt), a period and
// a window together, an inverted coverage, and names too long or blank.
func FuzzDecodeIncidentQuery(f *testing.F) {
	for _, s := range []string{
		`{"country":"SSD","window_days":365}`,
		`{"country":"SSD","names":["SPLA-IO"],"perpetrators":["non_state_armed"],"period":{"from":"2021-01-01T00:00:00Z","to":"2022-01-01T00:00:00Z"}}`,
		`{"country":"SSD","window_days":30,"coverage":{"from":"2020-01-01T00:00:00Z","excerpt":true},"category":"operational"}`,
	} {
		f.Add([]byte(s))
	}
	incidents := readKIKA(f, kikaSubset)
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	at := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := assessment.DecodeIncidentQuery(bytes.NewReader(data), assessment.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			return
		}
		var buf bytes.Buffer
		require.NoError(t, assessment.EncodeIncidentQuery(&buf, q))
		back, err := assessment.DecodeIncidentQuery(&buf, assessment.Limits{})
		require.NoError(t, err)
		require.Equal(t, normaliseQuery(q), normaliseQuery(back))
		ev, err := d.IncidentEvidence(incidents, q, at)
		if err != nil {
			onlyFieldErrors(t, err) // a period after the moment
			return
		}
		p := ev.Incidents.Provenance
		require.Equal(t, p.Read, len(p.Counted)+ev.Incidents.Previous+p.OtherCountry+p.OtherPerpetrator+p.Outside+p.Uncovered+p.Imprecise)
		require.Equal(t, ev.Likelihood == 0, ev.Incidents.Covered.Share == 0)
	})
}

// normaliseQuery puts a query's times in UTC, so that equal instants
// compare equal whatever their locations.
func normaliseQuery(q assessment.IncidentQuery) assessment.IncidentQuery {
	for _, t := range []*time.Time{&q.Period.From, &q.Period.To, &q.Coverage.From, &q.Coverage.To} {
		*t = t.UTC()
	}
	return q
}
