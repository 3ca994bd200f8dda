package assessment_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/risk"
)

var snakeWord = regexp.MustCompile(`[a-z]+_[a-z_]+`)

// readable fails t when a text meant for people shows a wire word or a raw
// struct.
func readable(t *testing.T, what, s string) {
	t.Helper()
	assert.NotEmpty(t, s, what)
	assert.False(t, snakeWord.MatchString(s), "%s shows a wire word: %s", what, s)
	assert.False(t, strings.HasPrefix(s, "{") || strings.Contains(s, ":{"), "%s prints a raw struct: %s", what, s)
}

func TestDecisionString(t *testing.T) {
	dec := decide(t, defaultDecider(t), baseInput(nsag()))
	want := "Engage directly — the country office decides (score 0.67 of 1, high confidence)\n" +
		"  - criticality of the protection concerns: scored 0.90 of 1, adding 0.13 to the score\n" +
		"  - the armed actor's significance and impact on civilians: scored 0.80 of 1, adding 0.11 to the score\n" +
		"  - protection and humanitarian operations at stake: scored 0.60 of 1, adding 0.09 to the score\n" +
		"  - the armed actor's openness to protection negotiations: scored 0.60 of 1, adding 0.09 to the score\n" +
		"  - the host state's position: scored 0.50 of 1, adding 0.07 to the score\n" +
		"  - feasibility and risks of negotiating: scored 0.40 of 1, adding 0.09 to the score\n" +
		"  - added value and operational capacity: scored 0.70 of 1, adding 0.10 to the score\n" +
		"  - Forced Recruitment and Association of Children in Armed Forces and Groups: risk level 10 of 25 (high)\n" +
		"  - no engagement plan given: its readiness was not checked\n" +
		"  - the country director decides, after consulting operations, programmes and security\n" +
		"  - safety and security risk: residual 6 of 25, within the appetite of 12\n" +
		"  - reputational risk: residual 6 of 25, within the appetite of 14\n" +
		"  - legal risk: residual 6 of 25, within the appetite of 12\n" +
		"  - financial risk: residual 3 of 25, within the appetite of 14\n" +
		"  - operational risk: residual 4 of 25, within the appetite of 14\n" +
		"  - no evidence given: every factor and risk rests on judgement alone — risks are assumed, not assessed\n" +
		"  - score 0.67 of 1, which reaches the engage threshold of 0.60"
	assert.Equal(t, want, dec.String())
	assert.Equal(t, want, fmt.Sprint(dec), "fmt.Println of a decision reads as a negotiator writes it")
	assert.Equal(t, "no decision", assessment.Decision{}.String())

	in := baseInput(nsag(actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic}))
	in.Context.Prohibitions = []assessment.Prohibition{{Source: assessment.SourceCounterTerrorLaw}}
	in.Context.Intermediaries = true
	dec = decide(t, defaultDecider(t), in)
	assert.True(t, strings.HasPrefix(dec.String(), "Engage indirectly through intermediaries — headquarters decides, with legal review (score 0.67 of 1, high confidence)\n"), dec.String())
	readable(t, "decision", dec.String())
}

func TestResultStrings(t *testing.T) {
	d := defaultDecider(t)
	dec := decide(t, d, baseInput(nsag()))
	assert.Equal(t, "the host state's position: 0.50 of 1, a benefit, weighs 0.14 and adds 0.07", dec.Contributions[assessment.FactorHostState-1].String())
	assert.Equal(t, "feasibility and risks of negotiating: 0.40 of 1, a cost, weighs 0.14 and adds 0.09", dec.Contributions[assessment.FactorRisk-1].String())
	assert.Equal(t, "added value and operational capacity: not assessed", assessment.Contribution{Factor: assessment.FactorAddedValue}.String())
	assert.Equal(t, "the host state's position: its weight 1 raised by 5.00 would change the recommendation to prepare further",
		dec.Sensitivity[assessment.FactorHostState-1].String())
	assert.Equal(t, "criticality of the protection concerns: no change of its weight alone changes the recommendation",
		dec.Sensitivity[assessment.FactorCriticality-1].String())

	a := nsag()
	a.Norms = []actor.Norm{actor.NormReligiousLaw}
	args := assessment.Arguments(a)
	require.NotEmpty(t, args)
	assert.Equal(t, "religious law: the actor recognises religious law: argue from the rules it shares with IHL", args[0].String())
	eps := assessment.EntryPoints(a, []assessment.Topic{assessment.TopicReleaseOfChildren, assessment.TopicHealthCare})
	assert.Equal(t, "health care (sensitivity 1 of 5): many armed groups already agree with the rules protecting health care", eps[0].String())

	assert.Equal(t, "the plan is ready: every preparation step is done", assessment.Readiness(fullPlan()).String())
	assert.Equal(t, "1 preparation step not done:\n  - power analysis", assessment.Readiness(planWithout(assessment.StepPowerAnalysis)).String())
	assert.Equal(t, "2 preparation steps not done:\n  - context and conflict analysis\n  - team composition",
		assessment.Gaps{assessment.StepContextAnalysis, assessment.StepTeam}.String())
	assert.Equal(t, "the plan avoids every practice the report warns against", assessment.Review(goodPlan(), nsag()).String())
	flags := assessment.Review(assessment.Plan{}, nsag())
	require.NotEmpty(t, flags)
	assert.Equal(t, len(flags), strings.Count(flags.String(), "to avoid: "))

	assert.Equal(t, "0.80 of 1, high confidence", assessment.Scored(0.8, assessment.ConfidenceHigh).String())
	assert.Equal(t, "not assessed", assessment.Score{}.String())
	assert.Equal(t, "Gender-Based Violence: risk level 10 of 25 (high)",
		risk.Concern{Risk: risk.GenderBasedViolence, Threat: 5, Vulnerability: 4, Capacity: 2}.String())
	assert.Equal(t, "Gender-Based Violence: threat, vulnerability and capacity not all assessed", risk.Concern{Risk: risk.GenderBasedViolence}.String())
	assert.Equal(t, "safety and security risk: likelihood 3 of 5, impact 3 of 5, residual 6 of 25 after 1 mitigation", baseInput(nsag()).Risks[0].String())
	assert.Equal(t, "legal risk: not assessed", assessment.EngagementRisk{Category: assessment.CategoryLegal}.String())

	incidents := readKIKA(t, kikaSubset)
	assert.Equal(t, "2020-01-01 (within the year), South Sudan, the police: 10 killed, 0 injured, 0 kidnapped, 0 arrested", incidents[0].String())
	ev, err := d.IncidentEvidence(incidents, assessment.IncidentQuery{Country: "SSD", WindowDays: 365}, date("2022-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "evidence from Insecurity Insight's Aid Worker KIKA data on the safety and security risk: 11 incidents in South Sudan from 2021-01-01 to 2022-01-01, "+
		"0.92 a month, steady: they suggest likelihood 3 of 5 (high confidence: 11 incidents, the latest ending 16 days before the end of the period; "+
		"the data cover the whole period as far as the span of the data read shows)", ev.String())
	in := evidencedInput(t)
	for _, e := range in.Evidence {
		readable(t, "evidence", e.String())
	}
	assert.Equal(t, "evidence from the UCDP Actor Dataset on the armed actor's significance and impact on civilians: UCDP recorded the actor deliberately killing civilians (1 one-sided violence dyad); the actor file gives no year, so when is unknown (low confidence)",
		in.Evidence[1].String())

	// Every result a user would print reads as words, through fmt too.
	for name, v := range map[string]any{
		"Decision": dec, "Contribution": dec.Contributions[0], "Sensitivity": dec.Sensitivity[0], "Ground": dec.Grounds[0],
		"Argument": args[0], "EntryPoint": eps[0], "Gaps": assessment.Readiness(assessment.Plan{}), "Flags": flags, "Flag": flags[0],
		"Score": assessment.Scored(0.5, assessment.ConfidenceLow), "Concern": baseInput(nsag()).Concerns[0], "EngagementRisk": baseInput(nsag()).Risks[0],
		"Incident": incidents[0], "Evidence": ev,
	} {
		readable(t, name, fmt.Sprint(v))
	}
}

// The headline and the grounds name one approver: when a rule raises the
// decision above the country office, the country director's ground says
// who decides, and it is who the headline says.
func TestDecisionNamesOneApprover(t *testing.T) {
	d := defaultDecider(t)
	for name, change := range map[string]func(in *assessment.Input){
		"none":            func(*assessment.Input) {},
		"regional impact": func(in *assessment.Input) { in.Context.RegionalImpact = true },
		"global impact":   func(in *assessment.Input) { in.Context.GlobalImpact = true },
		"donor funding":   func(in *assessment.Input) { in.Context.DonorLinkedFunding = true },
		"hostile host":    func(in *assessment.Input) { in.Context.HostState = assessment.HostStanceHostile },
	} {
		in := baseInput(nsag())
		change(&in)
		dec := decide(t, d, in)
		g := groundsWith(dec, assessment.CodeCountryDecision)
		require.Len(t, g, 1, name)
		assert.Equal(t, dec.Escalation, g[0].Level, name)
		headline, _, _ := strings.Cut(dec.String(), "\n")
		assert.Contains(t, headline, " — "+dec.Escalation.Phrase()+" decides", name)
		if dec.Escalation > assessment.CountryOffice {
			assert.Contains(t, g[0].String(), "and "+dec.Escalation.Phrase()+" decides", name)
			assert.NotContains(t, dec.String(), "the country director decides", name)
		} else {
			assert.Contains(t, g[0].String(), "the country director decides", name, "the country director is the country office")
		}
	}
	in := baseInput(nsag())
	in.Context.RegionalImpact = true
	dec := decide(t, d, in)
	assert.True(t, strings.HasPrefix(dec.String(), "Engage directly — the regional office decides (score 0.67 of 1, high confidence)\n"), dec.String())
	assert.Contains(t, dec.String(), "\n  - the country director prepares the decision, after consulting operations, programmes and security, and the regional office decides\n")
	assert.Contains(t, dec.String(), "\n  - the engagement may have regional impact: consult the regional office")
}
