package assessment_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/risk"
)

// The properties below run on random valid inputs from fixed seeds, so a
// failure reproduces: random actors (with designations), factors some of
// them unassessed, engagement risks with mitigations, contexts and, half the
// time, a plan.

const propertyRuns = 2000

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }

func randomID(r *rand.Rand) uuid.UUID {
	var id uuid.UUID
	for id == uuid.Nil {
		for i := range id {
			id[i] = byte(r.UintN(256))
		}
	}
	return id
}

// randomSubset returns a random subset of 1..n, in random order, or nil.
func randomSubset[T ~uint8](r *rand.Rand, n int) []T {
	var out []T
	for _, i := range r.Perm(n) {
		if r.IntN(3) == 0 {
			out = append(out, T(i+1))
		}
	}
	return out
}

func randomDesignation(r *rand.Rand, k actor.DesignationKind) actor.Designation {
	d := actor.Designation{Kind: k}
	if r.IntN(2) == 0 {
		d.Year = 1990 + r.IntN(35)
	}
	switch k {
	case actor.DesignationUNSanctions:
		if r.IntN(2) == 0 {
			d.Regime = "1267"
		}
	case actor.DesignationTerrorist:
		d.Jurisdiction = actor.Jurisdiction(1 + r.IntN(2))
		if r.IntN(2) == 0 {
			d.Regime = "Terrorism Prevention Act"
		}
	case actor.DesignationCAAC:
		triggers := []actor.Violation{actor.ViolationKillingMaiming, actor.ViolationRecruitmentUse, actor.ViolationAttacksSchools, actor.ViolationSexualViolence, actor.ViolationAbduction}
		d.Year = 0 // the listings carry their years
		vs := []actor.Violation{triggers[r.IntN(len(triggers))]}
		for _, v := range triggers {
			if r.IntN(4) == 0 && !contains(vs, v) {
				vs = append(vs, v)
			}
		}
		d = caacListed(vs...)
		for i := range d.Listings {
			d.Listings[i].Since += r.IntN(10)
			d.Listings[i].Section = actor.AnnexSection(r.IntN(3))
		}
	}
	return d
}

func randomActor(r *rand.Rand) actor.Actor {
	a := actor.Actor{
		ID:                 randomID(r),
		Name:               "group " + strconv.Itoa(r.IntN(1000)),
		Kind:               actor.Kind(1 + r.IntN(len(actor.Kinds()))),
		PartyToConflict:    r.IntN(4) != 0,
		TerritorialControl: r.IntN(3) == 0,
		Command:            actor.Command(r.IntN(4)),
		CommunityEmbedded:  r.IntN(3) == 0,
	}
	for _, k := range []actor.DesignationKind{actor.DesignationUNSanctions, actor.DesignationTerrorist, actor.DesignationCAAC} {
		if r.IntN(4) == 0 {
			a.Designations = append(a.Designations, randomDesignation(r, k))
		}
	}
	a.Norms = randomSubset[actor.Norm](r, 6)
	a.Interests = randomSubset[actor.Interest](r, 7)
	a.Levels = randomSubset[actor.Level](r, 5)
	return a
}

func randomScore(r *rand.Rand) assessment.Score {
	c := assessment.Confidence(1 + r.IntN(3))
	switch r.IntN(10) {
	case 0, 1:
		return assessment.Score{}
	case 2:
		return assessment.Scored(0, c)
	case 3:
		return assessment.Scored(1, c)
	case 4:
		return assessment.Scored(float64(r.IntN(11))/10, c)
	}
	return assessment.Scored(r.Float64(), c)
}

func randomFactors(r *rand.Rand) assessment.FactorScores {
	var fs assessment.FactorScores
	all := r.IntN(3) == 0 // a third of the inputs have every factor assessed
	for _, f := range assessment.Factors() {
		s := randomScore(r)
		for all && !s.Assessed() {
			s = randomScore(r)
		}
		fs = fs.With(f, s)
	}
	return fs
}

// randomScale is 1–5 most of the time, 0 (not assessed) sometimes.
func randomScale(r *rand.Rand) int {
	if r.IntN(8) == 0 {
		return 0
	}
	return 1 + r.IntN(5)
}

func randomMitigation(r *rand.Rand) assessment.Mitigation {
	return assessment.Mitigation{Measure: "measure " + strconv.Itoa(r.IntN(100)), Likelihood: r.IntN(5), Impact: r.IntN(5)}
}

func randomRisks(r *rand.Rand) []assessment.EngagementRisk {
	var out []assessment.EngagementRisk
	for _, c := range assessment.Categories() {
		for n := range 1 + r.IntN(2) {
			if n == 0 && r.IntN(10) == 0 {
				continue // the category is absent
			}
			if n > 0 && r.IntN(3) != 0 {
				continue
			}
			er := assessment.EngagementRisk{Category: c, Likelihood: randomScale(r), Impact: randomScale(r)}
			for range r.IntN(3) {
				er.Mitigations = append(er.Mitigations, randomMitigation(r))
			}
			out = append(out, er)
		}
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func randomConcerns(r *rand.Rand) []risk.Concern {
	var out []risk.Concern
	for range r.IntN(4) {
		c := risk.Concern{
			Risk:          risk.Risk(1 + r.IntN(15)),
			Threat:        randomScale(r),
			Vulnerability: randomScale(r),
			Capacity:      randomScale(r),
			Severity:      risk.Severity(r.IntN(7)),
		}
		if r.IntN(2) == 0 {
			c.ThreatActor = randomID(r)
		}
		out = append(out, c)
	}
	return out
}

func randomContext(r *rand.Rand) assessment.Context {
	x := assessment.Context{
		HostState:          assessment.HostStance(r.IntN(4)),
		RegionalImpact:     r.IntN(5) == 0,
		GlobalImpact:       r.IntN(8) == 0,
		DonorLinkedFunding: r.IntN(8) == 0,
		Criticality:        assessment.Criticality(r.IntN(5)),
		Intermediaries:     r.IntN(2) == 0,
	}
	for range r.IntN(3) {
		p := assessment.Prohibition{Source: assessment.Source(1 + r.IntN(4))}
		if r.IntN(3) == 0 {
			p.Exemption = "licence " + strconv.Itoa(r.IntN(100))
		}
		x.Prohibitions = append(x.Prohibitions, p)
	}
	return x
}

func randomPlan(r *rand.Rand) *assessment.Plan {
	if r.IntN(2) == 0 {
		return nil
	}
	b := func() bool { return r.IntN(5) != 0 }
	p := &assessment.Plan{
		ContextAnalysis: b(), ProtectionRiskAnalysis: b(), StakeholderMapping: b(), PowerAnalysis: b(),
		Objectives: b(), Messaging: assessment.Messaging(r.IntN(5)), RiskAssessment: b(), RiskMitigation: b(),
		RedLines: b(), TradeOffAnalysis: b(), Team: b(), ActorHistory: b(),
		Tailored: b(), QualifiedStaff: b(), ContactCadence: r.IntN(40), Documentation: b(), FollowUp: b(), Handover: b(),
	}
	for range r.IntN(3) {
		p.Interlocutors = append(p.Interlocutors, assessment.Interlocutor{Level: actor.Level(1 + r.IntN(5)), Authority: r.IntN(3) != 0})
	}
	return p
}

// randomInput returns a random input that validates.
func randomInput(r *rand.Rand) assessment.Input {
	return assessment.Input{
		Actor:    randomActor(r),
		Concerns: randomConcerns(r),
		Factors:  randomFactors(r),
		Risks:    randomRisks(r),
		Context:  randomContext(r),
		Plan:     randomPlan(r),
		Evidence: randomEvidence(r),
	}
}

// randomEvidence returns no evidence half the time, else up to four
// pieces: incident evidence on a category, or UCDP evidence on a factor.
func randomEvidence(r *rand.Rand) []assessment.Evidence {
	if r.IntN(2) == 0 {
		return nil
	}
	var out []assessment.Evidence
	for range 1 + r.IntN(4) {
		conf := assessment.Confidence(1 + r.IntN(3))
		switch r.IntN(3) {
		case 0:
			out = append(out, assessment.Evidence{Kind: assessment.EvidenceIncidents, Dataset: assessment.DatasetAidWorkerKIKA,
				Category: assessment.Category(1 + r.IntN(5)), Country: "SSD", Likelihood: 1 + r.IntN(5), Confidence: conf})
		case 1:
			out = append(out, assessment.Evidence{Kind: assessment.EvidenceOneSidedViolence, Dataset: assessment.DatasetUCDPActor,
				Factor: assessment.FactorActorImpact, Confidence: conf})
		default:
			out = append(out, assessment.Evidence{Kind: assessment.EvidenceConflictIntensity, Dataset: assessment.DatasetUCDPPRIOACD,
				Factor: assessment.Factor(1 + r.IntN(7)), Confidence: conf})
		}
	}
	return out
}

// randomPolicy returns the default policy a third of the time, else a
// random valid one.
func randomPolicy(r *rand.Rand) assessment.Policy {
	p := assessment.DefaultPolicy()
	if r.IntN(3) == 0 {
		return p
	}
	sum := 0.0
	for _, f := range assessment.Factors() {
		w := 0.0
		if r.IntN(4) != 0 {
			w = float64(r.IntN(5))
			if r.IntN(2) == 0 {
				w = r.Float64() * 3
			}
		}
		p.Weights = p.Weights.With(f, w)
		sum += w
	}
	if sum == 0 {
		p.Weights.Criticality = 1
	}
	p.Defer = float64(r.IntN(60)) / 100
	p.Engage = p.Defer + float64(r.IntN(41))/100
	level := func() assessment.Authority { return assessment.Authority(1 + r.IntN(4)) }
	p.Appetite = assessment.PerCategory{1 + r.IntN(25), 1 + r.IntN(25), 1 + r.IntN(25), 1 + r.IntN(25), 1 + r.IntN(25)}
	p.Allowance = assessment.Allowance{r.IntN(10), r.IntN(8), r.IntN(5), r.IntN(3)}
	p.Owners = assessment.Owners{level(), level(), level(), level(), level()}
	p.Escalation = assessment.Escalation{level(), level(), level(), level(), level(), level()}
	return p
}

// checkDecision checks what every decision must satisfy.
func checkDecision(t *testing.T, p assessment.Policy, in assessment.Input, dec assessment.Decision) {
	t.Helper()
	require.True(t, dec.Recommendation.IsValid(), "recommendation %v", dec.Recommendation)
	require.False(t, math.IsNaN(dec.Score) || math.IsInf(dec.Score, 0), "score %v", dec.Score)
	assert.GreaterOrEqual(t, dec.Score, 0.0)
	assert.LessOrEqual(t, dec.Score, 1.0+1e-12)
	assert.GreaterOrEqual(t, dec.Certainty, 0.0)
	assert.LessOrEqual(t, dec.Certainty, 1.0+1e-12)
	assert.True(t, dec.Confidence.IsValid())
	assert.True(t, dec.Escalation.IsValid())
	assert.GreaterOrEqual(t, dec.Escalation, assessment.CountryOffice)

	top := assessment.CountryOffice
	for _, g := range dec.Escalations() {
		top = max(top, g.Level)
	}
	assert.Equal(t, top, dec.Escalation, "the escalation is the highest level a rule raised it to")
	assert.Equal(t, in.Actor.Listed(actor.DesignationTerrorist), dec.LegalReview)
	vetoed := false
	for _, pr := range in.Context.Prohibitions {
		vetoed = vetoed || pr.Exemption == ""
	}
	assert.Equal(t, vetoed, dec.DirectVetoed)

	missing := dec.Missing()
	switch dec.Recommendation {
	case assessment.EngageDirectly:
		assert.Empty(t, missing)
		assert.False(t, dec.DirectVetoed)
		assert.GreaterOrEqual(t, dec.Score, p.Engage)
	case assessment.EngageIndirectly:
		assert.Empty(t, missing)
		assert.True(t, dec.DirectVetoed)
		assert.True(t, in.Context.Intermediaries)
		assert.GreaterOrEqual(t, dec.Score, p.Engage)
	case assessment.DeferAndMonitor:
		assert.Empty(t, missing)
		assert.Less(t, dec.Score, p.Defer)
	}
	if len(missing) > 0 {
		assert.Equal(t, assessment.PrepareFurther, dec.Recommendation)
	}

	wsum, psum, counted := 0.0, 0.0, false
	for i, c := range dec.Contributions {
		f := assessment.Factor(i + 1)
		assert.Equal(t, f, c.Factor)
		assert.Equal(t, f.Direction(), c.Direction)
		assert.Equal(t, in.Factors.Get(f).Assessed(), c.Assessed)
		if c.Weight > 0 {
			counted = true
			assert.True(t, c.Assessed)
			assert.Greater(t, p.Weights.Get(f), 0.0)
		}
		wsum += c.Weight
		psum += c.Points
	}
	if counted {
		assert.InDelta(t, 1, wsum, 1e-9)
		assert.InDelta(t, dec.Score, psum, 1e-9)
	} else {
		assert.Zero(t, dec.Score)
	}
	for _, g := range dec.Grounds {
		assert.True(t, g.Code.IsValid(), "%+v", g)
		assert.NotEmpty(t, g.String())
	}
}

// Any valid input gives a decision without error, and the decision is
// well-formed.
func TestPropertyValidInputDecides(t *testing.T) {
	r := newRand(1)
	d := defaultDecider(t)
	seen := map[assessment.Recommendation]int{}
	for range propertyRuns {
		p := randomPolicy(r)
		dp := deciderFor(t, p)
		in := randomInput(r)
		require.NoError(t, in.Validate(), "%+v", in)
		var dec assessment.Decision
		var err error
		require.NotPanics(t, func() { dec, err = dp.Decide(in) })
		require.NoError(t, err)
		checkDecision(t, p, in, dec)
		seen[dec.Recommendation]++
		dec, err = d.Decide(in)
		require.NoError(t, err)
		checkDecision(t, assessment.DefaultPolicy(), in, dec)
	}
	// The generator reaches every recommendation.
	for _, rec := range []assessment.Recommendation{assessment.EngageDirectly, assessment.EngageIndirectly, assessment.PrepareFurther, assessment.DeferAndMonitor} {
		assert.Positive(t, seen[rec], "no %s among %d random decisions", rec, propertyRuns)
	}
}

// Adding a mitigation to any risk never raises its residual risk, nor the
// decision's escalation.
func TestPropertyMitigationNeverRaises(t *testing.T) {
	r := newRand(2)
	for range propertyRuns {
		p := randomPolicy(r)
		d := deciderFor(t, p)
		in := randomInput(r)
		before := decide(t, d, in)
		above := len(groundsWith(before, assessment.CodeResidualAboveAppetite))
		for i := range in.Risks {
			if len(in.Risks[i].Mitigations) >= assessment.MaxMitigations {
				continue
			}
			more := cloneInput(in)
			m := randomMitigation(r)
			if m.Likelihood == 0 && m.Impact == 0 {
				m.Likelihood = 1
			}
			more.Risks[i].Mitigations = append(more.Risks[i].Mitigations, m)
			old, ok := in.Risks[i].Residual()
			now, ok2 := more.Risks[i].Residual()
			require.Equal(t, ok, ok2)
			assert.LessOrEqual(t, now, old, "a mitigation raised the residual of %+v", more.Risks[i])

			after := decide(t, d, more)
			assert.LessOrEqual(t, after.Escalation, before.Escalation, "a mitigation raised the escalation")
			assert.LessOrEqual(t, len(groundsWith(after, assessment.CodeResidualAboveAppetite)), above)
			assert.Equal(t, before.Recommendation, after.Recommendation, "mitigation does not change the recommendation")
		}
	}
}

// Marking any factor that counts unassessed never yields "engage directly":
// the decision is to prepare further, naming the factor.
func TestPropertyUnassessedNeverEngages(t *testing.T) {
	r := newRand(3)
	for range propertyRuns {
		p := randomPolicy(r)
		d := deciderFor(t, p)
		in := randomInput(r)
		for _, f := range assessment.Factors() {
			if p.Weights.Get(f) == 0 {
				continue
			}
			un := in
			un.Factors = in.Factors.With(f, assessment.Score{})
			dec := decide(t, d, un)
			assert.NotEqual(t, assessment.EngageDirectly, dec.Recommendation, "%s unassessed", f)
			assert.Equal(t, assessment.PrepareFurther, dec.Recommendation, "%s unassessed", f)
			assert.Contains(t, dec.Missing(), assessment.Ground{Code: assessment.CodeUnassessedFactor, Factor: f})
			assert.Equal(t, assessment.ConfidenceLow, dec.Confidence)
		}
	}
}

// Adding a UN sanctions listing never lowers the escalation level, nor does
// adding a terrorist designation or setting donor-linked funding, regional
// or global impact, or a hostile host state.
func TestPropertyListingNeverLowersEscalation(t *testing.T) {
	r := newRand(4)
	changes := []struct {
		name   string
		change func(*assessment.Input)
	}{
		{"UN sanctions", func(in *assessment.Input) {
			in.Actor.Designations = append(in.Actor.Designations, actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1267"})
		}},
		{"terrorist", func(in *assessment.Input) {
			in.Actor.Designations = append(in.Actor.Designations, actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic})
		}},
		{"donor-linked funding", func(in *assessment.Input) { in.Context.DonorLinkedFunding = true }},
		{"regional impact", func(in *assessment.Input) { in.Context.RegionalImpact = true }},
		{"global impact", func(in *assessment.Input) { in.Context.GlobalImpact = true }},
		{"hostile host state", func(in *assessment.Input) { in.Context.HostState = assessment.HostStanceHostile }},
	}
	for range propertyRuns {
		p := randomPolicy(r)
		d := deciderFor(t, p)
		in := randomInput(r)
		before := decide(t, d, in)
		for _, c := range changes {
			more := cloneInput(in)
			c.change(&more)
			after := decide(t, d, more)
			assert.GreaterOrEqual(t, after.Escalation, before.Escalation, c.name)
			assert.Equal(t, before.Recommendation, after.Recommendation, "%s changes the escalation, not the recommendation", c.name)
			assert.InDelta(t, before.Score, after.Score, 0, c.name)
			switch c.name {
			case "UN sanctions":
				assert.GreaterOrEqual(t, after.Escalation, p.Escalation.Sanctions)
			case "terrorist":
				assert.GreaterOrEqual(t, after.Escalation, p.Escalation.Terrorist)
				assert.True(t, after.LegalReview)
			case "donor-linked funding":
				assert.GreaterOrEqual(t, after.Escalation, p.Escalation.DonorLinkedFunding)
			}
			if c.name != "terrorist" {
				assert.Equal(t, before.LegalReview, after.LegalReview, c.name)
			}
		}
	}
}

// Decide is deterministic.
func TestPropertyDeterministic(t *testing.T) {
	r := newRand(5)
	for range propertyRuns {
		p := randomPolicy(r)
		in := randomInput(r)
		a := decide(t, deciderFor(t, p), in)
		b := decide(t, deciderFor(t, p), cloneInput(in))
		c := decide(t, deciderFor(t, p), in)
		require.True(t, reflect.DeepEqual(a, b), "two deciders of one policy disagree")
		require.True(t, reflect.DeepEqual(a, c), "one decider disagrees with itself")
	}
}

// 64 goroutines sharing one Decider get what sequential use gets (run with
// -race).
func TestPropertyConcurrent(t *testing.T) {
	r := newRand(6)
	p := randomPolicy(r)
	d := deciderFor(t, p)
	ins := make([]assessment.Input, 200)
	want := make([]assessment.Decision, len(ins))
	for i := range ins {
		ins[i] = randomInput(r)
		want[i] = decide(t, d, ins[i])
	}
	const workers = 64
	got := make([][]assessment.Decision, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := make([]assessment.Decision, len(ins))
			for k := range ins {
				i := (k + w*7) % len(ins) // each goroutine in its own order
				out[i], _ = d.Decide(ins[i])
			}
			got[w] = out
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range ins {
			require.True(t, reflect.DeepEqual(want[i], got[w][i]), "goroutine %d, input %d", w, i)
		}
	}
	assert.Equal(t, p, d.Policy(), "the decider is unchanged")
}
