package sanctions_test

import (
	"fmt"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// A toll at a checkpoint held by a group on the UN's ISIL (Da'esh) and
// Al-Qaida list, to be paid by an NGO outside every UN plan, appeal and
// cluster: resolution 2664's exemption, continued by 2761, does not cover
// it, so the payment goes to a lawyer at headquarters. The commitment on
// child recruitment moves nothing: contact is not what an asset freeze
// prohibits.
func ExampleScreen() {
	terms := []redline.Term{
		{ID: "clause 4", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll},
		{ID: "clause 5", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(18)},
	}
	group := actor.Actor{Name: "an armed group", Designations: []actor.Designation{
		{Kind: actor.DesignationUNSanctions, Regime: "1267", Reference: "QDe.901"},
	}}
	ngo := sanctions.Standing{Category: sanctions.CategoryOtherNGO}

	r, err := sanctions.Screen(terms, []sanctions.Counterpart{sanctions.ArmedActor(group)}, ngo, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Verdict.Label())
	for _, f := range r.Findings {
		fmt.Printf("term %d: %s (%s)\n", f.Term+1, f.Verdict.Label(), f.Code.Label())
	}
	// Output:
	// legal review at headquarters
	// term 1: legal review at headquarters (organisation outside the exemptions)
	// term 2: no transfer (contact only)
}

// The same payment before resolution 2664 existed: prohibited, even for a UN
// agency, unless the sanctions committee allows it.
func ExampleScreen_beforeTheExemption() {
	toll := []redline.Term{{Kind: redline.KindPayment, Payee: redline.EntityArmedActor, Purpose: redline.PurposeGoods}}
	listed := []sanctions.Counterpart{{Entity: redline.EntityArmedActor, Designations: []actor.Designation{
		{Kind: actor.DesignationUNSanctions, Reference: "QDe.901"},
	}}}
	r, err := sanctions.Screen(toll, listed, sanctions.Standing{Category: sanctions.CategoryUNEntity}, time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Findings[0])
	// Output:
	// UN Security Council measures, ISIL (Da'esh) and Al-Qaida sanctions (QDe.901): prohibited — no humanitarian exemption was in force on the day (the first for this regime took effect on 9 December 2022); to proceed: an exemption granted by the sanctions committee [UN Security Council resolutions 1267 (1999), 1989 (2011), 2253 (2015)]
}
