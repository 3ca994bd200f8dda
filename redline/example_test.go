package redline_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/humanitarian-negotiation/protection/redline"
)

// The baseline refuses recruitment of children under 15 outright, and flags
// recruitment of 15–17 year-olds without use in hostilities as a trade-off.
func Example() {
	k := redline.MustCompile(redline.Baseline())

	under15 := k.Check([]redline.Term{{ID: "art. 3", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(14)}})
	fmt.Println(under15.Verdict)
	fmt.Println(under15.Findings[0].Observations()[0])

	sixteen := k.Check([]redline.Term{{ID: "art. 3", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(16)}})
	fmt.Println(sixteen.Verdict, sixteen.Findings[0].Rule)
	// Output:
	// unacceptable
	// minimum age 14 (limit: under 15)
	// trade_off_analysis_required child-recruitment-under-18
}

// An organisation that holds the 18-year standard without exception layers a
// context policy on the baseline that makes the trade-off absolute. A layer
// may tighten a rule; it could not weaken an absolute one.
func ExampleCompile_straight18() {
	straight18 := redline.Policy{
		Name: "straight-18", Version: "1",
		Rules: []redline.Rule{{
			ID: "child-recruitment-under-18", Kind: redline.KindChildRecruitment, Severity: redline.SeverityAbsolute,
			When:      []redline.Condition{{Attr: "min_age", Op: redline.OpLt, Value: redline.NumberValue(18)}},
			Citations: []string{"OPAC-4"},
			Rationale: "We never agree to the recruitment of anyone under 18.",
		}},
	}
	k, err := redline.Compile(redline.Baseline(), straight18)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := k.Check([]redline.Term{{Kind: redline.KindChildRecruitment, MinAge: redline.Num(16)}})
	fmt.Println(k.Name())
	fmt.Println(r.Verdict, r.Findings[0].Rule, r.Findings[0].Layer())

	// Weakening an absolute rule is refused at compile time.
	lax := redline.Policy{Name: "lax", Version: "1", Rules: []redline.Rule{{
		ID: "child-recruitment-under-15", Kind: redline.KindChildRecruitment, Severity: redline.SeverityTradeOff,
		When:      []redline.Condition{{Attr: "min_age", Op: redline.OpLt, Value: redline.NumberValue(15)}},
		Citations: []string{"CIHL-136"}, Rationale: "No.",
	}}}
	_, err = redline.Compile(redline.Baseline(), lax)
	fmt.Println(err)
	// Output:
	// baseline@2026.2 + straight-18@1
	// unacceptable child-recruitment-under-18 straight-18
	// redline: layers[1]: rules[0]: absolute rule child-recruitment-under-15 cannot be weakened: a layer may only keep or widen what it matches and keep it absolute
}

// Ransom and fees for dialogue are institutional red lines: refused unless
// the level the rule names approves. An armed escort by a party to the
// conflict is a trade-off. The report explains each finding.
func ExampleChecker_Check() {
	k := redline.MustCompile(redline.Baseline())
	r := k.Check([]redline.Term{
		{ID: "4.1", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom},
		{ID: "4.2", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeDialogueFee},
		{ID: "5.1", Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict},
	})
	fmt.Print(r)
	// Output:
	// Red-line check of 3 terms against baseline@2026.2
	// Verdict: approval required at the governing board
	//
	// Term 1 (4.1), payment — institutional red line crossed: rule ransom (approval: governing board)
	//     purpose ransom (rule: ransom)
	//     Why: No ransom is paid for abducted staff or others: it rewards abduction and endangers every aid worker.
	//     Norms: institutional policy
	//
	// Term 2 (4.2), payment — institutional red line crossed: rule dialogue-fee (approval: headquarters)
	//     purpose a fee for dialogue (rule: a fee for dialogue)
	//     payee the armed actor (rule: one of the armed actor, the host state, a party to the conflict, a de facto authority)
	//     Why: No fee is paid to an armed actor, another party or a de facto authority for dialogue: access to talk must not be bought.
	//     Norms: institutional policy
	//
	// Term 3 (5.1), armed escort — trade-off crossed: rule armed-escort
	//     escort provider a party to the conflict (rule: one of the armed actor, the host state, a party to the conflict)
	//     Why: An armed escort by a party to the conflict can compromise perceived neutrality; accept only after weighing the alternatives.
	//     Norms: HP (the humanitarian principles)
	//
	// What examined each term:
	//     term 1, payment: examined by rules dialogue-fee, ransom, tax-to-host-state-at-war, tax-to-party, payment-to-party
	//     term 2, payment: examined by rules dialogue-fee, ransom, tax-to-host-state-at-war, tax-to-party, payment-to-party
	//     term 3, armed escort: examined by rules armed-escort, armed-escort-last-resort
}

// A proposal checked again and again — under negotiation, in a test suite,
// in a loop over thousands — is prepared once: its kinds are resolved
// against the policy, and each check gives the report Check gives.
func ExampleChecker_Prepare() {
	k := redline.MustCompile(redline.Baseline())
	p := k.Prepare([]redline.Term{
		{ID: "1", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom},
		{ID: "2", Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict},
	})
	fmt.Println(p)
	r := k.CheckPrepared(p)
	fmt.Println(r.Verdict.Label(), "—", r.Approval.Label())
	fmt.Println(redline.Prepared{})
	// Output:
	// 2 terms prepared for baseline@2026.2, 2 with rules to apply
	// approval required — governing board
	// an empty proposal, prepared for no policy
}

// A term that does not state what a rule needs is never silently
// acceptable: the finding is indeterminate and says what to state.
func ExampleFinding_Missing() {
	k := redline.MustCompile(redline.Baseline())
	r := k.Check([]redline.Term{{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor}})
	fmt.Println(r.Verdict)
	for _, f := range r.Findings {
		fmt.Println(f.Rule, f.Status, f.Missing())
	}
	// Output:
	// indeterminate
	// child-recruitment-under-15 indeterminate [min_age]
	// child-recruitment-under-18 indeterminate [min_age]
}

// An agency keeps its policy as JSON, with kinds of its own.
func ExampleDecodePolicy() {
	const policy = `{
	  "name": "acme-context", "version": "2026.2",
	  "kinds": [{"kind": "cash_for_work", "attributes": [{"name": "daily_rate", "type": "number"}]}],
	  "rules": [{
	    "id": "cash-for-work-above-market", "kind": "cash_for_work", "severity": "bottom_line",
	    "when": [{"attr": "daily_rate", "op": "gt", "value": 12}],
	    "citations": ["ACME-POL-7"], "rationale": "Rates above the local market distort it."
	  }]
	}`
	p, err := redline.DecodePolicy(strings.NewReader(policy), redline.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	k := redline.MustCompile(redline.Baseline(), p)
	r := k.Check([]redline.Term{{Kind: "cash_for_work", Extra: map[string]redline.Value{"daily_rate": redline.NumberValue(15)}}})
	fmt.Println(r.Verdict.Label()+":", r.Findings[0].Observations()[0])

	// Mistakes are reported all at once, each where it is, with the word
	// likely meant; nothing is corrected.
	_, err = redline.DecodePolicy(strings.NewReader(`{"name": "x", "version": "1",
	  "rules": [{"id": "a", "kind": "child_use", "when": [{"attr": "min_age", "op": "below", "value": 18}],
	    "severity": "absolute", "citation": ["OPAC-4"], "rationale": "Under-18s are never used."}]}`), redline.Limits{})
	fmt.Println(err)
	// Output:
	// decision of the mandator required: daily rate 15 (limit: over 12)
	// redline: line 2, column 82: rules[0].when[0].op: unknown operator "below": one of eq, ne, lt, le, gt, ge, in, not_in
	// redline: line 3, column 30: rules[0].citation: unknown field "citation": did you mean "citations"?
}

// Policies as configuration: encode the baseline to start an agency's file.
func ExampleEncodePolicy() {
	p := redline.Baseline()
	p.Rules, p.Uncovered = p.Rules[:1], p.Uncovered[:1]
	if err := redline.EncodePolicy(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "name": "baseline",
	//   "version": "2026.2",
	//   "description": "IHL minimums and the institutional red lines and trade-offs found across agencies in the 2025 report on protection negotiations with armed actors, with the ICRC's standards for detention visits and for information about people, and the IASC guidelines on armed escorts.",
	//   "rules": [
	//     {
	//       "id": "child-recruitment-under-15",
	//       "kind": "child_recruitment",
	//       "when": [
	//         {
	//           "attr": "min_age",
	//           "op": "lt",
	//           "value": 15
	//         }
	//       ],
	//       "severity": "absolute",
	//       "citations": [
	//         "CIHL-136",
	//         "AP2-4-3-c",
	//         "ROME-8-2-e-vii"
	//       ],
	//       "rationale": "Recruiting children under 15 is prohibited by IHL and is a war crime; it can never be agreed."
	//     }
	//   ],
	//   "uncovered": [
	//     {
	//       "kind": "release_of_children",
	//       "reason": "The release of children is what the organisation asks of the party, not a concession."
	//     }
	//   ]
	// }
}
