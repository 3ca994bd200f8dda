// Quickstart describes two armed actors from the report's cases — the armed
// forces of a state at war and a non-state armed group that holds territory —
// and prints the bodies of law that bind each, with the reason and the norm
// cited. It grows into the full main job as the library's packages land.
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
	return nil
}
