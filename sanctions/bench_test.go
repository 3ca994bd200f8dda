package sanctions_test

import (
	"testing"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

// benchProposal is a 20-term proposal: payments of every purpose, escorts,
// funding and information to a party with five designations, and terms
// that move nothing.
func benchProposal() ([]redline.Term, []sanctions.Counterpart, sanctions.Standing) {
	var terms []redline.Term
	for _, p := range []redline.Purpose{redline.PurposeToll, redline.PurposeTax, redline.PurposeGoods, redline.PurposeService,
		redline.PurposeSalary, redline.PurposeDialogueFee, redline.PurposeOther, redline.PurposeRansom} {
		terms = append(terms, redline.Term{Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: p})
	}
	terms = append(terms,
		redline.Term{Kind: redline.KindArmedEscort, Provider: redline.EntityArmedActor},
		redline.Term{Kind: redline.KindFunding, Source: redline.EntityDonor},
		redline.Term{Kind: redline.KindInformationSharing, Recipient: redline.EntityArmedActor, Information: redline.InformationAggregate},
		redline.Term{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityCommunity},
		redline.Term{Kind: redline.KindPayment, Payee: redline.EntityHostState, Purpose: redline.PurposeTax},
	)
	for len(terms) < 20 {
		terms = append(terms, redline.Term{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(18)})
	}
	cps := []sanctions.Counterpart{
		{Entity: redline.EntityArmedActor, Designations: []actor.Designation{listed1267, usFTO, usSDGT, euCP931, caac}},
		{Entity: redline.EntityDonor}, {Entity: redline.EntityCommunity}, {Entity: redline.EntityHostState},
	}
	s := sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionEU, sanctions.JurisdictionUK, sanctions.JurisdictionUS}}
	return terms, cps, s
}

// BenchmarkScreen screens the 20-term proposal against the party's five
// designations; compare its allocations per term with
// BenchmarkRedlineCheck20 on the same terms.
func BenchmarkScreen(b *testing.B) {
	terms, cps, s := benchProposal()
	at := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		r, err := sanctions.Screen(terms, cps, s, at)
		if err != nil {
			b.Fatal(err)
		}
		n = len(r.Findings)
	}
	b.ReportMetric(float64(n), "findings/op")
}

// BenchmarkRedlineCheck20 checks the same 20 terms against the baseline.
func BenchmarkRedlineCheck20(b *testing.B) {
	terms, _, _ := benchProposal()
	k := redline.MustCompile(redline.Baseline())
	b.ReportAllocs()
	for b.Loop() {
		_ = k.Check(terms)
	}
}
