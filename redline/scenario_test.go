package redline_test

import (
	"testing"

	"github.com/humanitarian-negotiation/protection/redline"
)

// The red-line scenario of ../shared/bench: ten rules, a 20-term proposal
// with exactly three findings, and the same proposal corrected.

func scenarioPolicy() redline.Policy {
	belligerent := redline.ListValue("party_to_conflict")
	return redline.Policy{Name: "scenario", Version: "1", Rules: []redline.Rule{
		{ID: "child-recruitment-under-15", Kind: redline.KindChildRecruitment, Severity: redline.SeverityAbsolute,
			When: []redline.Condition{{Attr: "min_age", Op: redline.OpLt, Value: redline.NumberValue(15)}}, Citations: []string{"CIHL-136"}, Rationale: "IHL minimum."},
		{ID: "child-use-under-15", Kind: redline.KindChildUse, Severity: redline.SeverityAbsolute,
			When: []redline.Condition{{Attr: "min_age", Op: redline.OpLt, Value: redline.NumberValue(15)}}, Citations: []string{"CIHL-137"}, Rationale: "IHL minimum."},
		{ID: "child-use-under-18", Kind: redline.KindChildUse, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
			When: []redline.Condition{{Attr: "min_age", Op: redline.OpLt, Value: redline.NumberValue(18)}}, Citations: []string{"OPAC-4"}, Rationale: "OPAC."},
		{ID: "child-recruitment-under-18", Kind: redline.KindChildRecruitment, Severity: redline.SeverityTradeOff,
			When: []redline.Condition{{Attr: "min_age", Op: redline.OpLt, Value: redline.NumberValue(18)}}, Citations: []string{"OPAC-4"}, Rationale: "Flexibility."},
		{ID: "ransom", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
			When: []redline.Condition{{Attr: "purpose", Op: redline.OpEq, Value: redline.TextValue("ransom")}}, Citations: []string{"institutional"}, Rationale: "No ransom."},
		{ID: "dialogue-fee", Kind: redline.KindPayment, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
			When: []redline.Condition{
				{Attr: "purpose", Op: redline.OpEq, Value: redline.TextValue("dialogue_fee")},
				{Attr: "payee", Op: redline.OpEq, Value: redline.TextValue("armed_actor")},
			}, Citations: []string{"institutional"}, Rationale: "No fees."},
		{ID: "funding-from-party", Kind: redline.KindFunding, Severity: redline.SeverityInstitutional, Approval: redline.Headquarters,
			When: []redline.Condition{{Attr: "source", Op: redline.OpIn, Value: belligerent}}, Citations: []string{"institutional"}, Rationale: "Independence."},
		{ID: "armed-escort", Kind: redline.KindArmedEscort, Severity: redline.SeverityTradeOff,
			When: []redline.Condition{{Attr: "provider", Op: redline.OpIn, Value: belligerent}}, Citations: []string{"HP"}, Rationale: "Neutrality."},
		{ID: "emblem-not-displayed", Kind: redline.KindEmblem, Severity: redline.SeverityTradeOff,
			When: []redline.Condition{{Attr: "display", Op: redline.OpEq, Value: redline.FlagValue(false)}}, Citations: []string{"CIHL-31"}, Rationale: "Emblem."},
		{ID: "beneficiaries-chosen-by-armed-actor", Kind: redline.KindBeneficiarySelection, Severity: redline.SeverityInstitutional, Approval: redline.RegionalOffice,
			When: []redline.Condition{{Attr: "controlled_by", Op: redline.OpEq, Value: redline.TextValue("armed_actor")}}, Citations: []string{"HP"}, Rationale: "Impartiality."},
	}}
}

func scenarioProposal() []redline.Term {
	return []redline.Term{
		{ID: "T01", Kind: redline.KindAccess},
		{ID: "T02", Kind: redline.KindReleaseOfChildren},
		{ID: "T03", Kind: redline.KindChildRecruitment, MinAge: redline.Num(16)},
		{ID: "T04", Kind: redline.KindChildUse, MinAge: redline.Num(18)},
		{ID: "T05", Kind: redline.KindWeaponRestriction, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureRestriction},
		{ID: "T06", Kind: redline.KindWeaponRestriction, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureMarking},
		{ID: "T07", Kind: redline.KindEvacuation},
		{ID: "T08", Kind: redline.KindArmedEscort, Provider: redline.EntityPartyToConflict},
		{ID: "T09", Kind: redline.KindEmblem, Display: redline.FlagYes},
		{ID: "T10", Kind: redline.KindDetentionVisit},
		{ID: "T11", Kind: redline.KindPayment, Purpose: redline.PurposeGoods, Payee: redline.EntitySupplier},
		{ID: "T12", Kind: redline.KindPayment, Purpose: redline.PurposeDialogueFee, Payee: redline.EntityArmedActor},
		{ID: "T13", Kind: redline.KindFunding, Source: redline.EntityDonor},
		{ID: "T14", Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityAgency},
		{ID: "T15", Kind: redline.KindVacatingSchools},
		{ID: "T16", Kind: redline.KindRemovingCheckpoints},
		{ID: "T17", Kind: redline.KindAccess},
		{ID: "T18", Kind: redline.KindHealthCareProtection},
		{ID: "T19", Kind: redline.KindWeaponRestriction, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureClearance},
		{ID: "T20", Kind: redline.KindInformationToPopulation},
	}
}

func scenarioClean() []redline.Term {
	p := scenarioProposal()
	p[2].MinAge = redline.Num(18)
	p[7].Provider = redline.EntityNone
	p[11].Purpose = redline.PurposeGoods
	p[11].Payee = redline.EntitySupplier
	return p
}

func TestScenario(t *testing.T) {
	k := redline.MustCompile(scenarioPolicy())
	r := k.Check(scenarioProposal())
	var got []string
	for _, f := range r.Findings {
		got = append(got, f.TermID+" "+f.Rule+" "+f.Status.String())
	}
	want := []string{
		"T03 child-recruitment-under-18 crossed",
		"T08 armed-escort crossed",
		"T12 dialogue-fee crossed",
	}
	if len(got) != len(want) {
		t.Fatalf("findings %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("finding %d = %q, want %q", i, got[i], want[i])
		}
	}
	if r.Verdict != redline.VerdictApprovalRequired || r.Approval != redline.Headquarters {
		t.Errorf("verdict %v at %v, want approval_required at headquarters", r.Verdict, r.Approval)
	}
	clean := k.Check(scenarioClean())
	if len(clean.Findings) != 0 || clean.Verdict != redline.VerdictAcceptable {
		t.Errorf("clean proposal: %v findings, verdict %v", clean.Findings, clean.Verdict)
	}
}

// The scenario benchmarks reuse one report, as the baselines reuse their
// output slices; BenchmarkCheck measures Check, which allocates its report.
// BenchmarkScenario checks the scenario's proposal, prepared once (its
// kinds resolved: Checker.Prepare), into a reused report — the library at
// its fastest, as a loop over a proposal under negotiation uses it. The
// same proposal unprepared is BenchmarkCheck/findings.
func BenchmarkScenario(b *testing.B) {
	k := redline.MustCompile(scenarioPolicy())
	p := k.Prepare(scenarioProposal())
	b.ReportAllocs()
	var r redline.Report
	for b.Loop() {
		k.CheckPreparedInto(&r, &p)
	}
	if len(r.Findings) != 3 {
		b.Fatalf("got %d findings, want 3", len(r.Findings))
	}
}

// BenchmarkScenarioClean is BenchmarkScenario on the corrected proposal.
func BenchmarkScenarioClean(b *testing.B) {
	k := redline.MustCompile(scenarioPolicy())
	p := k.Prepare(scenarioClean())
	b.ReportAllocs()
	var r redline.Report
	for b.Loop() {
		k.CheckPreparedInto(&r, &p)
	}
	if len(r.Findings) != 0 {
		b.Fatalf("got %d findings, want 0", len(r.Findings))
	}
}

func BenchmarkCheck(b *testing.B) {
	k := redline.MustCompile(scenarioPolicy())
	for _, bc := range []struct {
		name  string
		terms []redline.Term
	}{{"findings", scenarioProposal()}, {"clean", scenarioClean()}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var r redline.Report
			for b.Loop() {
				r = k.Check(bc.terms)
			}
			_ = r
		})
	}
}
