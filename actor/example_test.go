package actor_test

import (
	"fmt"
	"strings"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
)

// A non-state armed group that holds territory is bound by IHL and can
// assume responsibility for human rights obligations; a gang outside any
// armed conflict is bound by neither, and the dialogue rests on the
// principle of humanity and the group's own norms.
func ExampleObligations() {
	nsag := actor.Actor{
		ID:                 uuid.MustParse("00000000-0000-4000-8000-000000000001"),
		Name:               "Armed group holding territory",
		Kind:               actor.KindArmedOpposition,
		PartyToConflict:    true,
		TerritorialControl: true,
	}
	gang := actor.Actor{
		ID:   uuid.MustParse("00000000-0000-4000-8000-000000000002"),
		Name: "Urban gang",
		Kind: actor.KindGang,
	}
	for _, a := range []actor.Actor{nsag, gang} {
		fmt.Println(a)
		for _, o := range actor.Obligations(a) {
			fmt.Printf("  %s — %s %v\n", o.Body.Label(), o.Basis.Label(), o.Citations)
		}
	}
	// Output:
	// Armed group holding territory (armed opposition group)
	//   international humanitarian law — party to an armed conflict [CA3]
	//   international human rights law — control of territory [IHRL]
	//   the law on children's rights — an armed group [OPAC-4]
	// Urban gang (street gang)
	//   the principle of humanity — not a party to an armed conflict [HP]
	//   its own norms — not a party to an armed conflict [ICRC-ROR-2018]
}

// Validate reports every problem at once, each naming the field.
func ExampleActor_Validate() {
	a := actor.Actor{
		Kind: actor.KindArmedOpposition,
		Designations: []actor.Designation{
			{Kind: actor.DesignationCAAC}, // no grave violation named
			{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic},
		},
	}
	err := a.Validate()
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println(line)
	}
	// Output:
	// actor: id: an actor needs an ID
	// actor: name: must not be blank
	// actor: designations[0].listings: a CAAC annex designation lists the party for at least one grave violation
}

// ACLED's rioters, protesters and civilians are not armed actors: mapping
// them is an error, not a silent default.
func ExampleFromACLED() {
	for _, code := range []int{2, 3, 6} {
		k, err := actor.FromACLED(code)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(code, k, k.IsNonState())
	}
	// Output:
	// 2 armed_opposition true
	// 3 political_militia true
	// actor: ACLED code 6 (Protesters) is not an armed actor
}
