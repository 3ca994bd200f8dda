package redline_test

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/humanitarian-negotiation/protection/redline"
)

// generatedPolicy returns a valid policy of n rules spread over the
// library's kinds and an agency's own, with one to three conditions each of
// the kinds real policies hold: age and amount limits, purposes, parties,
// weapons and measures, flags, and the agency's attributes.
func generatedPolicy(n int) redline.Policy {
	parties := []string{"armed_actor", "host_state", "party_to_conflict", "private_security", "community"}
	purposes := []string{"dialogue_fee", "ransom", "tax", "toll", "goods", "service", "salary"}
	p := redline.Policy{
		Name: "generated", Version: strconv.Itoa(n),
		Description: "A large generated policy for benchmarks.",
		Kinds:       cashForWork(),
	}
	for i := range n {
		num := func(attr string, op redline.Op, v float64) redline.Condition {
			return cond(attr, op, redline.NumberValue(v))
		}
		word := func(attr string, op redline.Op, words ...string) redline.Condition {
			if op == redline.OpEq || op == redline.OpNe {
				return cond(attr, op, redline.TextValue(words[0]))
			}
			return cond(attr, op, redline.ListValue(words...))
		}
		party := parties[i%len(parties)]
		r := redline.Rule{ID: "rule-" + strconv.Itoa(10000 + i)[1:], Rationale: "Generated rule " + strconv.Itoa(i) + ": document why it matters."}
		switch i % 12 {
		case 0:
			r.Kind, r.When = redline.KindChildRecruitment, []redline.Condition{num("min_age", redline.OpLt, float64(12+i%7))}
		case 1:
			r.Kind, r.When = redline.KindChildUse, []redline.Condition{num("min_age", redline.OpLt, float64(14+i%5)), word("by", redline.OpEq, party)}
		case 2:
			r.Kind, r.When = redline.KindPayment, []redline.Condition{
				word("purpose", redline.OpEq, purposes[i%len(purposes)]), word("payee", redline.OpIn, party, "party_to_conflict"), num("amount", redline.OpGt, float64(i*10)),
			}
		case 3:
			r.Kind, r.When = redline.KindFunding, []redline.Condition{word("source", redline.OpIn, parties[:1+i%3]...), num("amount", redline.OpGe, float64(1000*i))}
		case 4:
			r.Kind, r.When = redline.KindArmedEscort, []redline.Condition{word("provider", redline.OpNotIn, "none", "peacekeepers")}
		case 5:
			r.Kind, r.When = redline.KindEmblem, []redline.Condition{cond("display", redline.OpEq, redline.FlagValue(false))}
		case 6:
			r.Kind, r.When = redline.KindWeaponRestriction, []redline.Condition{
				word("weapon", redline.OpEq, "anti_personnel_mines"), word("measure", redline.OpIn, "restriction", "marking"),
			}
		case 7:
			r.Kind, r.When = redline.KindDetentionVisit, []redline.Condition{cond("private", redline.OpNe, redline.FlagValue(true))}
		case 8:
			r.Kind, r.When = redline.KindBeneficiarySelection, []redline.Condition{word("controlled_by", redline.OpNe, "agency")}
		case 9:
			r.Kind, r.When = redline.KindReleaseOfChildren, []redline.Condition{num("count", redline.OpLe, float64(i%50))}
		case 10:
			r.Kind, r.When = "cash_for_work", []redline.Condition{
				num("daily_rate", redline.OpGt, float64(10+i%5)), word("paid_in", redline.OpIn, "cash", "voucher"), cond("monitored", redline.OpEq, redline.FlagValue(false)),
			}
		case 11:
			r.Kind, r.When = redline.KindInformationSharing, []redline.Condition{word("recipient", redline.OpIn, parties[:2]...)}
		}
		switch i % 4 {
		case 0:
			r.Severity, r.Citations = redline.SeverityAbsolute, []string{"CIHL-136", "AP2-4-3-c"}
		case 1:
			r.Severity, r.Citations, r.Approval = redline.SeverityInstitutional, []string{"institutional"}, redline.Authority(1+i%4)
		case 2:
			r.Severity, r.Citations = redline.SeverityBottomLine, []string{"team-brief-" + strconv.Itoa(i)}
		case 3:
			r.Severity, r.Citations = redline.SeverityTradeOff, []string{"HP", "OPAC-4"}
		}
		p.Rules = append(p.Rules, r)
	}
	return p
}

// baselineProposal is a realistic 20-term proposal checked against the
// baseline: four trade-offs and two institutional red lines are crossed (the
// toll paid to the armed actor and the aggregate information shared with
// the host state since baseline 2026.1). Since baseline 2026.2 the
// detention visit states the ICRC's five conditions and the evacuation that
// it is voluntary and temporary, as a proposal that passes them must; more
// rules examine the payments, the escort, the visit, the evacuation and the
// information, and the same six are crossed.
func baselineProposal() []redline.Term {
	return []redline.Term{
		{ID: "1.1", Kind: redline.KindAccess, By: redline.EntityArmedActor, Conditional: redline.FlagNo},
		{ID: "1.2", Kind: redline.KindReleaseOfChildren, By: redline.EntityArmedActor, Count: redline.Num(40)},
		{ID: "1.3", Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(16)},
		{ID: "1.4", Kind: redline.KindChildUse, By: redline.EntityArmedActor, MinAge: redline.Num(18)},
		{ID: "2.1", Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureRestriction},
		{ID: "2.2", Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureMarking},
		{ID: "2.3", Kind: redline.KindInformationToPopulation, By: redline.EntityArmedActor},
		{ID: "3.1", Kind: redline.KindArmedEscort, By: redline.EntityAgency, Provider: redline.EntityPartyToConflict},
		{ID: "3.2", Kind: redline.KindEmblem, By: redline.EntityAgency, Display: redline.FlagNo},
		{ID: "3.3", Kind: redline.KindDetentionVisit, By: redline.EntityHostState, AllDetainees: redline.FlagYes, AllPlaces: redline.FlagYes,
			Private: redline.FlagYes, RepeatVisits: redline.FlagYes, Registration: redline.FlagYes},
		{ID: "4.1", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntitySupplier, Purpose: redline.PurposeGoods, Amount: redline.Num(1200)},
		{ID: "4.2", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeToll, Amount: redline.Num(50)},
		{ID: "4.3", Kind: redline.KindFunding, Source: redline.EntityDonor, Amount: redline.Num(250000)},
		{ID: "5.1", Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityArmedActor},
		{ID: "5.2", Kind: redline.KindVacatingSchools, By: redline.EntityArmedActor},
		{ID: "5.3", Kind: redline.KindRemovingCheckpoints, By: redline.EntityArmedActor},
		{ID: "5.4", Kind: redline.KindHealthCareProtection, By: redline.EntityArmedActor},
		{ID: "6.1", Kind: redline.KindEvacuation, By: redline.EntityAgency, Count: redline.Num(300), Voluntary: redline.FlagYes, Temporary: redline.FlagYes},
		{ID: "6.2", Kind: redline.KindInformationSharing, By: redline.EntityAgency, Recipient: redline.EntityHostState, Information: redline.InformationAggregate,
			SharingPurpose: redline.SharingPurposeReporting},
		{ID: "6.3", Kind: redline.KindDetaineeTreatment, By: redline.EntityHostState},
	}
}

func TestBenchmarkFixtures(t *testing.T) {
	p := generatedPolicy(1000)
	k, err := redline.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(k.Rules()); got != 1000 {
		t.Fatalf("the generated policy has %d rules, want 1000", got)
	}
	r := baseline(t).Check(baselineProposal())
	if got := summarise(r); len(got) != 6 || r.Verdict != redline.VerdictApprovalRequired || r.Approval != redline.Headquarters || len(r.Unexamined()) != 0 {
		t.Fatalf("baseline proposal: %v findings %v, verdict %v at %v", len(got), got, r.Verdict, r.Approval)
	}
}

func BenchmarkCompile1000(b *testing.B) {
	p := generatedPolicy(1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := redline.Compile(p); err != nil {
			b.Fatal(err)
		}
	}
}

// policyData is the JSON of the generated 1,000-rule policy.
func policyData(b *testing.B) []byte {
	var buf bytes.Buffer
	if err := redline.EncodePolicy(&buf, generatedPolicy(1000)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkDecodePolicy1000Std decodes the bytes of BenchmarkDecodePolicy1000
// with encoding/json into a plain mirror of a policy, with no checks.
func BenchmarkDecodePolicy1000Std(b *testing.B) { jsontest.Std[redline.Policy](b, policyData(b)) }

// termsData is a proposal of 1,000 terms: fifty times the realistic one.
func termsData(b *testing.B) []byte {
	var terms []redline.Term
	for range 50 {
		terms = append(terms, baselineProposal()...)
	}
	var buf bytes.Buffer
	if err := redline.EncodeTerms(&buf, terms); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkDecodeTerms1000 decodes and validates a proposal of 1,000 terms;
// BenchmarkDecodeTerms1000Std decodes the same bytes with encoding/json into
// a plain mirror, with no checks.
func BenchmarkDecodeTerms1000(b *testing.B) {
	data := termsData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := redline.DecodeTerms(bytes.NewReader(data), redline.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeTerms1000Std(b *testing.B) { jsontest.Std[[]redline.Term](b, termsData(b)) }

func BenchmarkDecodePolicy1000(b *testing.B) {
	data := policyData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := redline.DecodePolicy(bytes.NewReader(data), redline.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckBaseline(b *testing.B) {
	k := baseline(b)
	terms := baselineProposal()
	b.Run("Check", func(b *testing.B) {
		b.ReportAllocs()
		var r redline.Report
		for b.Loop() {
			r = k.Check(terms)
		}
		if len(r.Findings) != 6 {
			b.Fatalf("%d findings, want 6", len(r.Findings))
		}
	})
	b.Run("CheckInto", func(b *testing.B) {
		b.ReportAllocs()
		var r redline.Report
		for b.Loop() {
			k.CheckInto(&r, terms)
		}
		if len(r.Findings) != 6 {
			b.Fatalf("%d findings, want 6", len(r.Findings))
		}
	})
	b.Run("Explained", func(b *testing.B) {
		b.ReportAllocs()
		var r redline.Report
		n := 0
		for b.Loop() {
			k.CheckInto(&r, terms)
			for _, f := range r.Findings {
				n += len(f.Observations())
			}
		}
		if n == 0 {
			b.Fatal("no observations")
		}
	})
}

func BenchmarkReportString(b *testing.B) {
	k, err := redline.Compile(redline.Baseline(), agencyLayer())
	if err != nil {
		b.Fatal(err)
	}
	r := k.Check(richProposal())
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += len(r.String())
	}
	if n == 0 {
		b.Fatal("empty report")
	}
}

func BenchmarkTrace(b *testing.B) {
	k := baseline(b)
	terms := baselineProposal()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, t := range terms {
			n += len(k.Trace(t))
		}
	}
	if n == 0 {
		b.Fatal("no traces")
	}
}
