// Quickstart describes two armed actors from the report's cases — the armed
// forces of a state at war and a non-state armed group that holds territory —
// prints the bodies of law that bind each, with the reason and the norm cited,
// decides whether to negotiate with the armed group on the recruitment of
// children and who must approve, and checks a proposed agreement with it
// against the baseline red lines. It grows into the full main job as the
// library's packages land.
//
// Run it with:
//
//	go run ./examples/quickstart
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/redline"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: quickstart\n\nDescribes two armed actors, prints what binds them, decides whether to engage\none, and checks a proposed agreement against the baseline red lines.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}

	state := actor.Actor{
		ID:              uuid.MustParse("4d7a1c60-0000-4000-8000-000000000154"),
		Name:            "Armed Forces of the Philippines",
		Kind:            actor.KindStateForces,
		PartyToConflict: true,
		Command:         actor.CommandCentralised,
	}
	nsag := actor.Actor{
		ID:                 uuid.MustParse("4d7a1c60-0000-4000-8000-000000000276"),
		Name:               "Moro Islamic Liberation Front (MILF)",
		Kind:               actor.KindArmedOpposition,
		PartyToConflict:    true,
		TerritorialControl: true,
		Command:            actor.CommandCentralised,
		Designations: []actor.Designation{{
			Kind:       actor.DesignationCAAC,
			Year:       2003,
			Violations: []actor.Violation{actor.ViolationRecruitmentUse},
		}},
		Norms:     []actor.Norm{actor.NormIHL, actor.NormReligiousLaw},
		Interests: []actor.Interest{actor.InterestLegitimacy, actor.InterestDelisting},
	}

	for _, a := range []actor.Actor{state, nsag} {
		if err := a.Validate(); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s — what binds it:\n", a)
		for _, o := range actor.Obligations(a) {
			nature := "basis for dialogue"
			switch {
			case o.Body.Binding():
				nature = "binding law"
			case o.Body == actor.BodyCAAC:
				nature = "UN framework"
			}
			fmt.Fprintf(w, "  • %-12s %-18s because %s [%s]\n", o.Body, nature, o.Note, strings.Join(o.Citations, ", "))
		}
		fmt.Fprintln(w)
	}

	// Should we negotiate with the armed group on the recruitment of
	// children, directly or through others, and who must approve?
	decider, err := assessment.NewDecider(assessment.DefaultPolicy())
	if err != nil {
		return err
	}
	high, medium := assessment.ConfidenceHigh, assessment.ConfidenceMedium
	decision, err := decider.Decide(assessment.Input{
		Actor:    nsag,
		Concerns: []assessment.Concern{{Risk: assessment.RiskChildRecruitment, Threat: 4, Vulnerability: 4, Capacity: 2}},
		Factors: assessment.Factors{
			Criticality: assessment.Scored(0.9, high), ActorImpact: assessment.Scored(0.8, high),
			Operations: assessment.Scored(0.6, medium), Openness: assessment.Scored(0.7, medium),
			HostState: assessment.Scored(0.6, medium), Risk: assessment.Scored(0.4, medium),
			AddedValue: assessment.Scored(0.8, high),
		},
		Risks: []assessment.EngagementRisk{
			{Category: assessment.CategorySafetySecurity, Likelihood: 3, Impact: 3,
				Mitigations: []assessment.Mitigation{{Measure: "meet in a camp the group and the government both accept", Likelihood: 1}}},
			{Category: assessment.CategoryReputational, Likelihood: 2, Impact: 2},
			{Category: assessment.CategoryLegal, Likelihood: 1, Impact: 3},
			{Category: assessment.CategoryFinancial, Likelihood: 1, Impact: 2},
			{Category: assessment.CategoryOperational, Likelihood: 2, Impact: 2},
		},
		Context: assessment.Context{HostState: assessment.HostSupportive, Criticality: assessment.PC1},
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Should we negotiate with the %s on the recruitment of children?\n", nsag.Name)
	fmt.Fprintf(w, "  Recommendation: %s (score %.2f, confidence %s)\n", decision.Recommendation.Label(), decision.Score, decision.Confidence)
	fmt.Fprintf(w, "  Who decides: the %s\n  Why:\n", decision.Escalation.Label())
	for _, g := range decision.Grounds {
		fmt.Fprintf(w, "   - %s\n", g)
	}
	fmt.Fprintln(w)

	// The terms proposed to the armed group, checked against the baseline
	// red lines before anyone agrees to them.
	policy, err := redline.Compile(redline.Baseline())
	if err != nil {
		return err
	}
	proposal := []redline.Term{
		{ID: "art. 1", Kind: redline.KindReleaseOfChildren, By: redline.PartyArmedActor, Count: redline.Num(40)},
		{ID: "art. 2", Kind: redline.KindChildRecruitment, By: redline.PartyArmedActor, MinAge: redline.Num(16)},
		{ID: "art. 3", Kind: redline.KindAccess, By: redline.PartyArmedActor, Conditional: redline.No},
		{ID: "art. 4", Kind: redline.KindArmedEscort, By: redline.PartyArmedActor, Provider: redline.PartyArmedActor},
		{ID: "art. 5", Kind: redline.KindPayment, By: redline.PartyAgency, Payer: redline.PartyAgency, Payee: redline.PartyArmedActor, Purpose: redline.PurposeDialogueFee},
	}
	fmt.Fprintln(w, policy.Check(proposal))
	return nil
}
