package assessment_test

import (
	"fmt"
	"os"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/risk"
)

// A well-assessed case: every factor scored, every engagement risk assessed.
func baseInput(a actor.Actor) assessment.Input {
	high, medium := assessment.ConfidenceHigh, assessment.ConfidenceMedium
	return assessment.Input{
		Actor:    a,
		Concerns: []risk.Concern{{Risk: risk.ChildRecruitment, Threat: 5, Vulnerability: 4, Capacity: 2, Severity: risk.SeveritySevere}},
		Factors: assessment.FactorScores{
			Criticality: assessment.Scored(0.9, high),
			ActorImpact: assessment.Scored(0.8, high),
			Operations:  assessment.Scored(0.6, medium),
			Openness:    assessment.Scored(0.6, medium),
			HostState:   assessment.Scored(0.5, medium),
			Risk:        assessment.Scored(0.4, medium),
			AddedValue:  assessment.Scored(0.7, high),
		},
		Risks: []assessment.EngagementRisk{
			{Category: assessment.CategorySafetySecurity, Likelihood: 3, Impact: 3, Mitigations: []assessment.Mitigation{{Measure: "meet on neutral ground with a security plan", Likelihood: 1}}},
			{Category: assessment.CategoryReputational, Likelihood: 2, Impact: 3},
			{Category: assessment.CategoryLegal, Likelihood: 2, Impact: 3},
			{Category: assessment.CategoryFinancial, Likelihood: 1, Impact: 3},
			{Category: assessment.CategoryOperational, Likelihood: 2, Impact: 2},
		},
		Context: assessment.Context{Criticality: assessment.CriticalityPC1},
	}
}

func nsag(designations ...actor.Designation) actor.Actor {
	return actor.Actor{
		ID:              uuid.MustParse("00000000-0000-4000-8000-0000000000aa"),
		Name:            "An armed opposition group",
		Kind:            actor.KindArmedOpposition,
		PartyToConflict: true,
		Designations:    designations,
	}
}

// An armed group designated under national counter-terrorism law, in a
// country whose host state is hostile to any contact: direct engagement is
// vetoed — the decision says by what — so the recommendation is to engage
// through intermediaries, and headquarters decides, with legal review.
func ExampleDecider_Decide_counterTerrorLaw() {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	in := baseInput(nsag(actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic}))
	in.Context.HostState = assessment.HostStanceHostile
	in.Context.Prohibitions = []assessment.Prohibition{{Source: assessment.SourceCounterTerrorLaw}}
	in.Context.Intermediaries = true

	dec, err := d.Decide(in)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dec.Recommendation.Label(), "— decided by", dec.Escalation.Label(), "— legal review:", dec.LegalReview)
	for _, g := range dec.Grounds {
		switch g.Code {
		case assessment.CodeDirectVetoed, assessment.CodeTerrorist, assessment.CodeHostileHostState, assessment.CodeIndirect:
			fmt.Println("-", g)
		}
	}
	// Output:
	// engage indirectly through intermediaries — decided by headquarters — legal review: true
	// - direct engagement vetoed by national counter-terrorism law, with no exemption recorded
	// - the actor is designated a terrorist organisation: headquarters decides, with legal review
	// - the host state opposes the engagement: consult the regional office and weigh engaging through intermediaries
	// - engage through intermediaries — partners, communities, influencers — since direct contact is forbidden
}

// An armed group on a UN Security Council sanctions list: engaging it is
// for headquarters to decide.
func ExampleDecider_Decide_sanctions() {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	dec, err := d.Decide(baseInput(nsag(actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1267"})))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s (score %.2f, confidence %s), escalated to %s\n", dec.Recommendation, dec.Score, dec.Confidence, dec.Escalation)
	for _, g := range dec.Escalations() {
		fmt.Println("-", g)
	}
	// Output:
	// engage_directly (score 0.67, confidence high), escalated to headquarters
	// - the country director prepares the decision, after consulting operations, programmes and security, and headquarters decides
	// - the actor is on a UN Security Council sanctions list: consult headquarters
}

// Risks assumed rather than assessed: the recommendation is to prepare
// further, and the decision names what to assess. An unassessed risk is
// never read as a low one.
func ExampleDecider_Decide_unassessedRisks() {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	in := baseInput(nsag())
	in.Risks = in.Risks[:2] // only safety and reputational risks assessed
	in.Factors.Openness = assessment.Score{}
	dec, err := d.Decide(in)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dec.Recommendation)
	for _, g := range dec.Missing() {
		fmt.Println("-", g)
	}
	// Output:
	// prepare_further
	// - the armed actor's openness to protection negotiations: not assessed — assess it before deciding
	// - legal risk: not assessed — risks must be assessed, not assumed
	// - financial risk: not assessed — risks must be assessed, not assumed
	// - operational risk: not assessed — risks must be assessed, not assumed
}

// Review flags the practices to avoid, with the good practice that answers
// each; for a fragmented actor the frontline commanders and the rank and file
// must be reached as well as the leadership.
func ExampleReview() {
	a := nsag()
	a.Command = actor.CommandFragmented
	a.Levels = []actor.Level{actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand}
	plan := assessment.Plan{
		Messaging: assessment.MessagingLegal, Tailored: true, QualifiedStaff: true,
		RedLines: true, TradeOffAnalysis: true,
		Interlocutors:  []assessment.Interlocutor{{Level: actor.LevelPoliticalLeadership, Authority: true}, {Level: actor.LevelMilitaryCommand, Authority: true}},
		ContactCadence: 30, Documentation: true, FollowUp: true,
	}
	for _, f := range assessment.Review(plan, a) {
		fmt.Println(f)
	}
	// Output:
	// to avoid: legalistic messaging to an actor that does not recognise the law; instead: combine the law with the actor's own norms, values and interests
	// to avoid: engaging the wrong levels of the actor; instead: build a network of interlocutors and influencers at every level that decides or acts (missing: frontline commanders, rank and file)
	// to avoid: knowledge and contacts not passed on to new staff; instead: hand over properly, with the contact list secured, for institutional continuity
}

// Entry points run from the least to the most sensitive topic; an actor
// listed for recruitment has an interest in the release of children.
func ExampleEntryPoints() {
	a := nsag(actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2003}}})
	for _, e := range assessment.EntryPoints(a, []assessment.Topic{
		assessment.TopicChildRecruitment, assessment.TopicDetaineeTreatment, assessment.TopicHealthCare, assessment.TopicReleaseOfChildren,
	}) {
		fmt.Println(e.Sensitivity, e.Topic)
	}
	// Output:
	// 1 health_care
	// 2 release_of_children
	// 4 detainee_treatment
	// 4 child_recruitment
}

// A country office judges the safety and security risk of meeting an armed
// group in South Sudan unlikely (1 of 5). Beside that judgement go the
// incidents of 2021 in the shipped subset of Insecurity Insight's data that
// name the group ("SPLA-IO") or are of its perpetrator category — not every
// incident in the country: most were the army, the police, herders or
// family members. The subset is stated to be an excerpt, so the count is a
// floor and the confidence low.
func ExampleDecider_IncidentEvidence() {
	f, err := os.Open("incident/testdata/aid-worker-kika-subset.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	incidents, err := incident.ReadAll(f, incident.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	group := actor.Actor{Kind: actor.KindArmedOpposition}
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	at := time.Date(2022, time.January, 1, 0, 0, 0, 0, time.UTC)
	q := assessment.IncidentQuery{Country: "SSD", Names: []string{"SPLA-IO"}, Perpetrators: incident.PerpetratorsFor(group),
		Period: assessment.Period{From: time.Date(2021, time.January, 1, 0, 0, 0, 0, time.UTC), To: at}, Coverage: assessment.Coverage{Excerpt: true}}
	ev, err := d.IncidentEvidence(incidents, q, at)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := ev.Incidents
	fmt.Printf("%d incidents in 2021: %d naming the group, %d only of its category; %d of other perpetrators left out\n",
		s.Incidents, s.Named, s.CategoryOnly, s.Provenance.OtherPerpetrator)
	fmt.Println(ev)

	in := baseInput(nsag())
	in.Risks[0].Likelihood = 1 // the office's judgement of safety and security
	in.Evidence = []assessment.Evidence{ev}
	dec, err := d.Decide(in)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range dec.Grounds {
		if g.Category == assessment.CategorySafetySecurity && g.Code != assessment.CodeResidualWithinAppetite {
			fmt.Println("-", g)
		}
	}
	// Output:
	// 2 incidents in 2021: 2 naming the group, 0 only of its category; 24 of other perpetrators left out
	// evidence from Insecurity Insight's Aid Worker KIKA data on the safety and security risk: 2 incidents in South Sudan from 2021-01-01 to 2022-01-01 (2 naming SPLA-IO, 0 only of its categories), 0.17 a month, rising: they suggest likelihood 2 of 5 (low confidence: 2 incidents, the latest ending 45 days before the end of the period; the data cover the whole period as far as the span of the data read shows; an excerpt, so the count is a floor)
	// - safety and security risk: judged likelihood 1 of 5, and evidence from Insecurity Insight's Aid Worker KIKA data suggests 2 of 5
}
