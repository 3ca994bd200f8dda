package assessment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/internal/enumtest"
)

func TestFactorWords(t *testing.T) {
	checkEnum(t, "factor", assessment.ParseFactor,
		"criticality", "actor_impact", "operations", "openness", "host_state", "risk", "added_value")
	tests := []struct {
		f     assessment.Factor
		label string
		dir   assessment.Direction
	}{
		{assessment.FactorCriticality, "criticality of the protection concerns", assessment.DirectionBenefit},
		{assessment.FactorActorImpact, "the armed actor's significance and impact on civilians", assessment.DirectionBenefit},
		{assessment.FactorOperations, "protection and humanitarian operations at stake", assessment.DirectionBenefit},
		{assessment.FactorOpenness, "the armed actor's openness to protection negotiations", assessment.DirectionBenefit},
		{assessment.FactorHostState, "the host state's position", assessment.DirectionBenefit},
		{assessment.FactorRisk, "feasibility and risks of negotiating", assessment.DirectionCost},
		{assessment.FactorAddedValue, "added value and operational capacity", assessment.DirectionBenefit},
	}
	var all []assessment.Factor
	for i, tt := range tests {
		assert.Equal(t, assessment.Factor(i+1), tt.f)
		assert.True(t, tt.f.IsValid())
		assert.Equal(t, tt.label, tt.f.Label())
		assert.Equal(t, tt.dir, tt.f.Direction(), "%s", tt.f)
		got, err := assessment.ParseFactor(tt.f.String())
		require.NoError(t, err)
		assert.Equal(t, tt.f, got)
		all = append(all, tt.f)
	}
	assert.Equal(t, all, assessment.Factors())

	costs := 0
	for _, f := range assessment.Factors() {
		if f.Direction() == assessment.DirectionCost {
			costs++
			assert.Equal(t, assessment.FactorRisk, f, "only the risk factor is a cost")
		}
	}
	assert.Equal(t, 1, costs)
	for _, f := range []assessment.Factor{assessment.FactorUnspecified, 8, 255} {
		assert.False(t, f.IsValid())
		assert.Equal(t, assessment.DirectionUnspecified, f.Direction(), "factor %d", f)
	}
	_, err := assessment.ParseFactor("feasibility")
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonUnknown})
}

func TestConfidence(t *testing.T) {
	checkEnum(t, "confidence", assessment.ParseConfidence, "low", "medium", "high")
	for _, c := range []assessment.Confidence{assessment.ConfidenceLow, assessment.ConfidenceMedium, assessment.ConfidenceHigh} {
		assert.True(t, c.IsValid())
		got, err := assessment.ParseConfidence(c.String())
		require.NoError(t, err)
		assert.Equal(t, c, got)
	}
	assert.False(t, assessment.ConfidenceUnspecified.IsValid())
	assert.False(t, assessment.Confidence(4).IsValid())
	assert.Less(t, assessment.ConfidenceLow, assessment.ConfidenceMedium)
	assert.Less(t, assessment.ConfidenceMedium, assessment.ConfidenceHigh)
	_, err := assessment.ParseConfidence("certain")
	assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonUnknown})
}

func TestScoreAssessed(t *testing.T) {
	tests := []struct {
		s    assessment.Score
		want bool
	}{
		{assessment.Score{}, false},
		{assessment.Score{Value: 0.5}, false}, // a value without confidence is not an assessment (and invalid)
		{assessment.Scored(0, assessment.ConfidenceLow), true},
		{assessment.Scored(1, assessment.ConfidenceHigh), true},
		{assessment.Scored(0.3, assessment.ConfidenceMedium), true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s.Assessed(), "%+v", tt.s)
	}
	assert.Equal(t, assessment.Score{Value: 0.25, Confidence: assessment.ConfidenceMedium}, assessment.Scored(0.25, assessment.ConfidenceMedium))
}

// distinctFactors gives every factor a different score, so that a Get that
// reads the wrong field shows.
func distinctFactors() assessment.FactorScores {
	return assessment.FactorScores{
		Criticality: assessment.Scored(0.1, assessment.ConfidenceLow),
		ActorImpact: assessment.Scored(0.2, assessment.ConfidenceMedium),
		Operations:  assessment.Scored(0.3, assessment.ConfidenceHigh),
		Openness:    assessment.Scored(0.4, assessment.ConfidenceLow),
		HostState:   assessment.Scored(0.5, assessment.ConfidenceMedium),
		Risk:        assessment.Scored(0.6, assessment.ConfidenceHigh),
		AddedValue:  assessment.Scored(0.7, assessment.ConfidenceLow),
	}
}

func TestFactorsGetWith(t *testing.T) {
	fs := distinctFactors()
	fields := map[assessment.Factor]assessment.Score{
		assessment.FactorCriticality: fs.Criticality,
		assessment.FactorActorImpact: fs.ActorImpact,
		assessment.FactorOperations:  fs.Operations,
		assessment.FactorOpenness:    fs.Openness,
		assessment.FactorHostState:   fs.HostState,
		assessment.FactorRisk:        fs.Risk,
		assessment.FactorAddedValue:  fs.AddedValue,
	}
	require.Len(t, fields, 7)
	for f, want := range fields {
		assert.Equal(t, want, fs.Get(f), "%s", f)
	}
	for _, f := range []assessment.Factor{assessment.FactorUnspecified, 8, 255} {
		assert.Equal(t, assessment.Score{}, fs.Get(f), "factor %d", f)
		assert.Equal(t, fs, fs.With(f, assessment.Scored(0.9, assessment.ConfidenceHigh)), "With an invalid factor changes nothing")
	}

	for _, f := range assessment.Factors() {
		orig := distinctFactors()
		s := assessment.Scored(0.95, assessment.ConfidenceHigh)
		got := orig.With(f, s)
		assert.Equal(t, distinctFactors(), orig, "With leaves the receiver unchanged (%s)", f)
		assert.Equal(t, s, got.Get(f), "%s", f)
		for _, g := range assessment.Factors() {
			if g != f {
				assert.Equal(t, orig.Get(g), got.Get(g), "With(%s) changed %s", f, g)
			}
		}
		// Unassessing a factor with With gives back the zero Score.
		assert.Equal(t, assessment.Score{}, orig.With(f, assessment.Score{}).Get(f))
	}
	var zero assessment.FactorScores
	for _, f := range assessment.Factors() {
		assert.False(t, zero.Get(f).Assessed(), "the zero Factors has %s unassessed", f)
	}
}

func TestWeightsGetWith(t *testing.T) {
	w := assessment.Weights{Criticality: 1, ActorImpact: 2, Operations: 3, Openness: 4, HostState: 5, Risk: 6, AddedValue: 7}
	fields := map[assessment.Factor]float64{
		assessment.FactorCriticality: w.Criticality,
		assessment.FactorActorImpact: w.ActorImpact,
		assessment.FactorOperations:  w.Operations,
		assessment.FactorOpenness:    w.Openness,
		assessment.FactorHostState:   w.HostState,
		assessment.FactorRisk:        w.Risk,
		assessment.FactorAddedValue:  w.AddedValue,
	}
	for f, want := range fields {
		assert.Equal(t, want, w.Get(f), "%s", f)
	}
	for _, f := range []assessment.Factor{assessment.FactorUnspecified, 8, 255} {
		assert.Zero(t, w.Get(f))
		assert.Equal(t, w, w.With(f, 99))
	}
	for _, f := range assessment.Factors() {
		orig := w
		got := orig.With(f, 0.5)
		assert.Equal(t, w, orig, "With leaves the receiver unchanged (%s)", f)
		assert.Equal(t, 0.5, got.Get(f))
		for _, g := range assessment.Factors() {
			if g != f {
				assert.Equal(t, orig.Get(g), got.Get(g), "With(%s) changed %s", f, g)
			}
		}
	}
}

func TestOtherEnumWords(t *testing.T) {
	t.Run("direction", func(t *testing.T) {
		checkEnum(t, "direction", assessment.ParseDirection, "benefit", "cost")
		assert.Equal(t, assessment.Direction(1), assessment.DirectionBenefit)
		assert.Equal(t, assessment.Direction(2), assessment.DirectionCost)
	})
	t.Run("category", func(t *testing.T) {
		enumtest.Check(t, enumtest.Spec[assessment.Category]{
			Type: "risk category", Pkg: "assessment", Parse: assessment.ParseCategory, Values: assessment.Categories,
			Words: map[assessment.Category]string{
				assessment.CategorySafetySecurity: "safety_security",
				assessment.CategoryReputational:   "reputational",
				assessment.CategoryLegal:          "legal",
				assessment.CategoryFinancial:      "financial",
				assessment.CategoryOperational:    "operational",
			},
			Labels: map[assessment.Category]string{
				assessment.CategorySafetySecurity: "safety and security",
				assessment.CategoryReputational:   "reputational",
				assessment.CategoryLegal:          "legal",
				assessment.CategoryFinancial:      "financial",
				assessment.CategoryOperational:    "operational",
			},
			Label: assessment.Category.Label,
		})
		_, err := assessment.ParseCategory("political")
		assert.ErrorIs(t, err, &assessment.FieldError{Reason: assessment.ReasonUnknown})
	})
	t.Run("criticality", func(t *testing.T) {
		checkEnum(t, "programme criticality", assessment.ParseCriticality, "pc1", "pc2", "pc3", "pc4")
		assert.Equal(t, []assessment.Criticality{1, 2, 3, 4}, []assessment.Criticality{assessment.CriticalityPC1, assessment.CriticalityPC2, assessment.CriticalityPC3, assessment.CriticalityPC4})
		assert.False(t, assessment.Criticality(5).IsValid())
		assert.True(t, assessment.CriticalityPC4.IsValid())
	})
	t.Run("host stance", func(t *testing.T) {
		checkEnum(t, "host stance", assessment.ParseHostStance, "supportive", "neutral", "hostile")
		assert.Equal(t, assessment.HostStance(3), assessment.HostStanceHostile)
		assert.False(t, assessment.HostStance(4).IsValid())
	})
	t.Run("source", func(t *testing.T) {
		enumtest.Check(t, enumtest.Spec[assessment.Source]{
			Type: "prohibition source", Pkg: "assessment", Parse: assessment.ParseSource,
			Words: map[assessment.Source]string{
				assessment.SourceCounterTerrorLaw: "counter_terror_law",
				assessment.SourceDonorClause:      "donor_clause",
				assessment.SourceHostStateOrder:   "host_state_order",
				assessment.SourceSanctionsRegime:  "sanctions_regime",
			},
			Labels: map[assessment.Source]string{
				assessment.SourceCounterTerrorLaw: "national counter-terrorism law",
				assessment.SourceDonorClause:      "a donor's no-contact clause",
				assessment.SourceHostStateOrder:   "an order of the host state",
				assessment.SourceSanctionsRegime:  "a sanctions regime",
			},
			Label: assessment.Source.Label,
		})
	})
	t.Run("recommendation", func(t *testing.T) {
		enumtest.Check(t, enumtest.Spec[assessment.Recommendation]{
			Type: "recommendation", Pkg: "assessment", Parse: assessment.ParseRecommendation,
			Words: map[assessment.Recommendation]string{
				assessment.EngageDirectly:   "engage_directly",
				assessment.EngageIndirectly: "engage_indirectly",
				assessment.PrepareFurther:   "prepare_further",
				assessment.DeferAndMonitor:  "defer_and_monitor",
			},
			Labels: map[assessment.Recommendation]string{
				assessment.EngageDirectly:   "engage directly",
				assessment.EngageIndirectly: "engage indirectly through intermediaries",
				assessment.PrepareFurther:   "prepare further",
				assessment.DeferAndMonitor:  "defer and monitor",
			},
			Label: assessment.Recommendation.Label,
		})
		assert.Equal(t, assessment.Recommendation(0), assessment.RecommendationUnspecified)
	})
	t.Run("code", func(t *testing.T) {
		checkEnum(t, "code", assessment.ParseCode,
			"factor", "unassessed_factor", "concern", "unassessed_concern", "no_concern",
			"residual_within_appetite", "residual_above_appetite", "unassessed_risk",
			"direct_vetoed", "exemption", "indirect", "no_intermediaries",
			"country_decision", "sanctions", "terrorist", "donor_linked_funding", "regional_impact", "global_impact", "hostile_host_state",
			"score_engage", "score_marginal", "score_defer", "would_change", "readiness_gap", "no_plan",
			"no_evidence", "judgement", "evidence", "evidence_and_judgement", "contradiction", "uncovered")
		assert.Equal(t, assessment.Code(25), assessment.CodeNoPlan)
		assert.Equal(t, assessment.Code(30), assessment.CodeContradiction)
		assert.Equal(t, assessment.Code(31), assessment.CodeUncovered)
		assert.False(t, assessment.Code(32).IsValid())
	})
	t.Run("contradiction", func(t *testing.T) {
		checkEnum(t, "contradiction", assessment.ParseContradiction, "judged_lower", "judged_higher")
	})
	t.Run("step", func(t *testing.T) {
		words := enumtest.Words[assessment.Step](
			"context_analysis", "protection_risk_analysis", "stakeholder_mapping", "power_analysis", "objectives",
			"messaging", "risk_assessment", "risk_mitigation", "red_lines", "team", "actor_history")
		labels := enumtest.Words[assessment.Step]("context and conflict analysis", "protection risk analysis", "stakeholder mapping", "power analysis",
			"clear and achievable objectives", "messaging", "risk assessment", "risk mitigation", "red lines",
			"team composition", "the actor's history with humanitarian actors")
		enumtest.Check(t, enumtest.Spec[assessment.Step]{
			Type: "step", Pkg: "assessment", Parse: assessment.ParseStep, Words: words, Labels: labels, Label: assessment.Step.Label,
		})
		assert.Equal(t, assessment.Step(11), assessment.StepActorHistory)
	})
	t.Run("practice", func(t *testing.T) {
		checkEnum(t, "practice", assessment.ParsePractice,
			"legalistic_messaging", "one_size_fits_all", "unqualified_staff", "no_trade_off_analysis",
			"wrong_interlocutor", "wrong_level", "ad_hoc_contact", "no_records", "no_handover")
		assert.True(t, assessment.PracticeNoHandover.IsValid())
		assert.False(t, assessment.Practice(10).IsValid())
	})
	t.Run("basis", func(t *testing.T) {
		checkEnum(t, "argument basis", assessment.ParseArgumentBasis,
			"law", "religious_law", "customary_norms", "code_of_conduct", "humanity", "reciprocity",
			"legitimacy", "delisting", "discipline", "prosecution", "popular_support", "long_term")
		assert.True(t, assessment.BasisLongTerm.IsValid())
		assert.False(t, assessment.ArgumentBasis(13).IsValid())
	})
	t.Run("topic", func(t *testing.T) {
		checkEnum(t, "topic", assessment.ParseTopic,
			"health_care", "assistance", "evacuation", "mines", "schools", "release_of_children",
			"detention_access", "detainee_treatment", "civilian_harm", "sexual_violence", "child_recruitment")
		assert.True(t, assessment.TopicChildRecruitment.IsValid())
		assert.False(t, assessment.Topic(12).IsValid())
	})
	t.Run("messaging", func(t *testing.T) {
		checkEnum(t, "messaging", assessment.ParseMessaging, "legal", "own_norms", "interests", "mixed")
		assert.True(t, assessment.MessagingMixed.IsValid())
		assert.False(t, assessment.Messaging(5).IsValid())
	})
}
