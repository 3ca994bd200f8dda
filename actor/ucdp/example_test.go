package ucdp_test

import (
	"fmt"
	"os"

	"github.com/humanitarian-negotiation/protection/actor/ucdp"
)

// ReadActors classifies the actors of the UCDP Actor Dataset; this reads the
// small subset that ships with the package.
func ExampleReadActors() {
	f, err := os.Open("testdata/ucdp-actor-subset.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	recs, err := ucdp.ReadActors(f, ucdp.ActorOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range recs {
		if r.Name == "MILF" || r.Name == "MFDC" {
			fmt.Printf("%s: %s, one-sided violence recorded: %t, regions %v\n", r.Name, r.Kind, r.OneSided(), r.Regions)
		}
	}
	// Output:
	// MILF: armed_opposition, one-sided violence recorded: true, regions [asia]
	// MFDC: armed_opposition, one-sided violence recorded: true, regions [africa]
}
