// Quickstart describes two armed actors from the report's cases — the armed
// forces of a state at war and a non-state armed group that holds territory —
// prints the bodies of law that bind each, with the reason and the norm cited,
// and checks a proposed agreement with the armed group against the baseline
// red lines. It grows into the full main job as the library's packages land.
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
		fmt.Fprintln(fs.Output(), "usage: quickstart\n\nDescribes two armed actors and prints what binds them.")
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
