// Exemptions walks one toll, paid at a checkpoint held by a group on the UN
// Security Council's ISIL (Da'esh) and Al-Qaida list (the 1267 regime), by
// four organisations: a UN agency, an NGO in the humanitarian response plan
// that also answers to EU law, an NGO outside every UN plan, appeal and
// cluster, and an NGO in the plan that answers to US law, where the group is
// also a US-designated Foreign Terrorist Organization. The same payment gets
// four different answers, each citing the law it rests on. Then the same
// toll to a group on no list.
//
// The group and its reference number are illustrative: no real listing is
// described.
//
//	go run ./examples/exemptions
//	go run ./examples/exemptions -at 2022-06-01
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

func main() {
	os.Exit(cli.Exit(os.Stderr, "exemptions", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// organisation is one of the four that would pay the toll.
type organisation struct {
	Name     string              `json:"name"`
	Standing sanctions.Standing  `json:"standing"`
	Listings []actor.Designation `json:"listings"`
}

func organisations() []organisation {
	un1267 := actor.Designation{Kind: actor.DesignationUNSanctions, By: actor.DesignatorUNSecurityCouncil, Regime: "1267", Reference: "QDe.901"}
	fto := actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, By: actor.DesignatorUnitedStates, Regime: "FTO"}
	return []organisation{
		{"A UN agency", sanctions.Standing{Category: sanctions.CategoryUNEntity}, []actor.Designation{un1267}},
		{"An NGO in the humanitarian response plan, answering to EU law", sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO,
			Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionEU}}, []actor.Designation{un1267}},
		{"An NGO outside every UN plan, appeal and cluster", sanctions.Standing{Category: sanctions.CategoryOtherNGO}, []actor.Designation{un1267}},
		{"An NGO in the plan, answering to US law; the group is also a US Foreign Terrorist Organization", sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO,
			Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionUS}}, []actor.Designation{un1267, fto}},
		{"The NGO outside every plan, paying the same toll to a group on no list", sanctions.Standing{Category: sanctions.CategoryOtherNGO}, nil},
	}
}

// toll is the term: the organisation pays the group a toll to pass its checkpoint.
var toll = redline.Term{ID: "the toll", Kind: redline.KindPayment, By: redline.EntityAgency,
	Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll, Amount: redline.Num(150)}

// usage lists every flag.
const usage = "usage: exemptions [-at YYYY-MM-DD] [-json]"

func run(w, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("exemptions", flag.ContinueOnError)
	at := fs.String("at", "2025-06-01", "the day of the payment, YYYY-MM-DD: it decides which exemptions are in force")
	asJSON := fs.Bool("json", false, "write the screenings as JSON, for software, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "Screens one toll to a group on the UN's 1267 list, paid by four organisations,\nagainst the sanctions and the humanitarian exemptions in force on the day.", 0, ""); err != nil {
		return err
	}
	day, err := time.Parse(time.DateOnly, *at)
	if err != nil {
		return fmt.Errorf("-at: %q is not a date YYYY-MM-DD", *at)
	}

	type screened struct {
		Organisation string           `json:"organisation"`
		Report       sanctions.Report `json:"report"`
	}
	var out []screened
	for _, o := range organisations() {
		group := actor.Actor{Name: "the group", Designations: o.Listings}
		r, err := sanctions.Screen([]redline.Term{toll}, []sanctions.Counterpart{sanctions.ArmedActor(group)}, o.Standing, day)
		if err != nil {
			return err
		}
		out = append(out, screened{o.Name, r})
	}
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(w, "One toll of 150 at a checkpoint held by a group on the UN's ISIL (Da'esh) and Al-Qaida list, paid on %s.\n", day.Format("2 January 2006"))
	fmt.Fprintln(w, "Illustrative: the group and its reference number describe no real listing.")
	for i, s := range out {
		fmt.Fprintf(w, "\n%c. %s\n", 'a'+i, s.Organisation)
		fmt.Fprint(w, s.Report)
	}
	return nil
}
