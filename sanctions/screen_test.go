package sanctions_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	listed1267 = actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1267", Reference: "QDe.901"}
	usFTO      = actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, By: actor.DesignatorUnitedStates, Regime: "FTO"}
	usSDGT     = actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, By: actor.DesignatorUnitedStates, Regime: "SDGT"}
	euCP931    = actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionInternational, By: actor.DesignatorEuropeanUnion, Regime: "CP 931"}
	caac       = actor.Designation{Kind: actor.DesignationCAAC, Listings: []actor.Listing{{Violation: actor.ViolationRecruitmentUse, Since: 2010}}}

	unAgency  = sanctions.Standing{Category: sanctions.CategoryUNEntity}
	planNGO   = sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO}
	otherNGO  = sanctions.Standing{Category: sanctions.CategoryOtherNGO}
	usPlanNGO = sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionUS}}
)

func payment(p redline.Purpose) redline.Term {
	return redline.Term{ID: "clause 4", Kind: redline.KindPayment, By: redline.EntityAgency,
		Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: p, Amount: redline.Num(200)}
}

func armedActor(ds ...actor.Designation) []sanctions.Counterpart {
	return []sanctions.Counterpart{{Entity: redline.EntityArmedActor, Designations: ds}}
}

func screen(t *testing.T, terms []redline.Term, cps []sanctions.Counterpart, s sanctions.Standing, at time.Time) sanctions.Report {
	t.Helper()
	r, err := sanctions.Screen(terms, cps, s, at)
	require.NoError(t, err)
	return r
}

// what is a finding reduced to what the tests compare.
type what struct {
	J         sanctions.Jurisdiction
	Q         sanctions.Question
	V         sanctions.Verdict
	C         sanctions.Code
	Exemption string
}

func whats(fs []sanctions.Finding) []what {
	out := make([]what, len(fs))
	for i, f := range fs {
		out[i] = what{f.Jurisdiction, f.Question, f.Verdict, f.Code, f.Exemption}
	}
	return out
}

// The four cases: one toll paid to a group on the UN's 1267 list,
// on 1 June 2025, by four organisations — four different answers.
func TestFourOrganisationsOneToll(t *testing.T) {
	at := day(2025, 6, 1)
	toll := []redline.Term{payment(redline.PurposeToll)}
	freeze := sanctions.QuestionAssetFreeze
	un, eu, us := sanctions.JurisdictionUN, sanctions.JurisdictionEU, sanctions.JurisdictionUS

	// (a) A UN agency: resolution 2664's exemption, continued for 1267 by 2761.
	a := screen(t, toll, armedActor(listed1267), unAgency, at)
	assert.Equal(t, sanctions.VerdictExempted, a.Verdict)
	assert.Equal(t, []what{{un, freeze, sanctions.VerdictExempted, sanctions.CodeExempted, "un-2761"}}, whats(a.Findings))
	assert.Equal(t, []string{cite.UNSCR1267, cite.UNSCR2761}, a.Findings[0].Cites)
	assert.Len(t, a.Findings[0].Conditions, 2, "2664's own conditions; a UN entity needs no more")

	// (b) An NGO in the response plan, answering to EU law too: exempted
	// under both, on the further condition that it takes part in the plan,
	// and the EU row is unverified.
	b := screen(t, toll, armedActor(listed1267), sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO, Jurisdictions: []sanctions.Jurisdiction{eu}}, at)
	assert.Equal(t, sanctions.VerdictExempted, b.Verdict)
	assert.Equal(t, []what{
		{un, freeze, sanctions.VerdictExempted, sanctions.CodeExempted, "un-2761"},
		{eu, freeze, sanctions.VerdictExempted, sanctions.CodeExempted, "eu-2023-331"},
	}, whats(b.Findings))
	assert.Len(t, b.Findings[0].Conditions, 3)
	assert.Contains(t, b.Findings[0].Conditions[2], "takes part in the UN plan")
	assert.Empty(t, b.Findings[0].Unverified)
	assert.NotEmpty(t, b.Findings[1].Unverified)
	assert.Equal(t, []string{cite.UNSCR1267, cite.EU2023331}, b.Findings[1].Cites)

	// (c) An NGO outside every plan: outside every exemption.
	c := screen(t, toll, armedActor(listed1267), otherNGO, at)
	assert.Equal(t, sanctions.VerdictLegalReview, c.Verdict)
	assert.Equal(t, []what{{un, freeze, sanctions.VerdictLegalReview, sanctions.CodeOutsideOrg, "un-2761"}}, whats(c.Findings))

	// (d) An NGO in the plan under US law, the group also a US FTO: the UN
	// exemption holds, OFAC's licence does not name tolls, and material
	// support is a criminal-law question whatever the licence.
	d := screen(t, toll, armedActor(listed1267, usFTO), usPlanNGO, at)
	assert.Equal(t, sanctions.VerdictLegalReview, d.Verdict)
	assert.Equal(t, []what{
		{un, freeze, sanctions.VerdictExempted, sanctions.CodeExempted, "un-2761"},
		{us, freeze, sanctions.VerdictLegalReview, sanctions.CodeOutsidePurpose, "ofac-597-516"},
		{us, sanctions.QuestionMaterialSupport, sanctions.VerdictLegalReview, sanctions.CodeMaterialSupport, ""},
	}, whats(d.Findings))
	assert.Equal(t, []string{cite.USC2339B, cite.HLP2010}, d.Findings[2].Cites)
	assert.Contains(t, noteCodes(d), sanctions.NoteMaterialSupport)

	texts := map[string]bool{a.String(): true, b.String(): true, c.String(): true, d.String(): true}
	assert.Len(t, texts, 4, "four different answers")

	// The same toll to an unlisted party: no designation.
	u := screen(t, toll, armedActor(), planNGO, at)
	assert.Equal(t, sanctions.VerdictNoDesignation, u.Verdict)
	assert.Equal(t, []what{{0, 0, sanctions.VerdictNoDesignation, sanctions.CodeNotDesignated, ""}}, whats(u.Findings))
	assert.Empty(t, u.Notes, "nothing is listed: no note on contact either")
}

func noteCodes(r sanctions.Report) []sanctions.NoteCode {
	var out []sanctions.NoteCode
	for _, n := range r.Notes {
		out = append(out, n.Code)
	}
	return out
}

func TestGoodsOutsideEveryExemptionAndBeforeIt(t *testing.T) {
	goods := []redline.Term{payment(redline.PurposeGoods)}

	r := screen(t, goods, armedActor(listed1267), otherNGO, day(2025, 6, 1))
	require.Len(t, r.Findings, 1)
	assert.Equal(t, sanctions.VerdictLegalReview, r.Findings[0].Verdict)
	assert.Equal(t, sanctions.CodeOutsideOrg, r.Findings[0].Code)
	assert.Contains(t, r.String(), "legal review at headquarters — outside every exemption")

	// Before 9 December 2022 no exemption existed, even for a UN agency.
	r = screen(t, goods, armedActor(listed1267), unAgency, day(2022, 12, 8))
	require.Len(t, r.Findings, 1)
	f := r.Findings[0]
	assert.Equal(t, sanctions.VerdictProhibited, f.Verdict)
	assert.Equal(t, sanctions.CodeNoExemption, f.Code)
	assert.Equal(t, day(2022, 12, 9), f.ExemptionFrom)
	assert.Equal(t, sanctions.JurisdictionUN.Approver(), f.Approval)
	assert.Contains(t, f.String(), "prohibited — no humanitarian exemption was in force on the day (the first for this regime took effect on 9 December 2022)")

	// The day it took effect, it covers the UN agency.
	r = screen(t, goods, armedActor(listed1267), unAgency, day(2022, 12, 9))
	assert.Equal(t, "un-2664-1267", r.Findings[0].Exemption)
}

func TestExemptionsFollowTheDate(t *testing.T) {
	goods := []redline.Term{payment(redline.PurposeGoods)}
	for _, c := range []struct {
		at   time.Time
		want string
	}{
		{day(2022, 12, 9), "un-2664-1267"},
		{day(2024, 12, 5), "un-2664-1267"},
		{day(2024, 12, 6), "un-2664-1267"}, // both in force: the table's first
		{day(2024, 12, 9), "un-2761"},      // 2664's two years are over
		{day(2030, 1, 1), "un-2761"},
	} {
		r := screen(t, goods, armedActor(listed1267), unAgency, c.at)
		assert.Equal(t, c.want, r.Findings[0].Exemption, c.at.Format(time.DateOnly))
	}
	// Another UN regime: resolution 2664 itself, without end.
	al := actor.Designation{Kind: actor.DesignationUNSanctions, Reference: "SOe.902"}
	r := screen(t, goods, armedActor(al), unAgency, day(2030, 1, 1))
	assert.Equal(t, "un-2664", r.Findings[0].Exemption)
	assert.Equal(t, "751", r.Findings[0].Regime, "the regime read from the reference number")
}

func TestScreenCases(t *testing.T) {
	at := day(2025, 6, 1)
	for _, c := range []struct {
		name  string
		terms []redline.Term
		cps   []sanctions.Counterpart
		s     sanctions.Standing
		at    time.Time
		want  []what
	}{
		{"ransom is never exempted", []redline.Term{payment(redline.PurposeRansom)}, armedActor(listed1267), unAgency, at,
			[]what{{sanctions.JurisdictionUN, sanctions.QuestionAssetFreeze, sanctions.VerdictProhibited, sanctions.CodeRansom, ""}}},
		{"a fee for dialogue goes to a lawyer", []redline.Term{payment(redline.PurposeDialogueFee)}, armedActor(listed1267), unAgency, at,
			[]what{{sanctions.JurisdictionUN, sanctions.QuestionAssetFreeze, sanctions.VerdictLegalReview, sanctions.CodeOutsidePurpose, "un-2761"}}},
		{"an unstated purpose", []redline.Term{payment(0)}, armedActor(listed1267), unAgency, at,
			[]what{{sanctions.JurisdictionUN, sanctions.QuestionAssetFreeze, sanctions.VerdictIndeterminate, sanctions.CodeNoPurpose, ""}}},
		{"an unscreened payee", []redline.Term{payment(redline.PurposeToll)}, nil, unAgency, at,
			[]what{{0, 0, sanctions.VerdictIndeterminate, sanctions.CodeUnscreened, ""}}},
		{"an unstated payee", []redline.Term{{Kind: redline.KindPayment, Purpose: redline.PurposeToll}}, armedActor(listed1267), unAgency, at,
			[]what{{0, 0, sanctions.VerdictIndeterminate, sanctions.CodeNoBeneficiary, ""}}},
		{"no one is paid", []redline.Term{{Kind: redline.KindPayment, Payee: redline.EntityNone}}, armedActor(listed1267), unAgency, at,
			[]what{{0, 0, sanctions.VerdictNoTransfer, sanctions.CodeNotToParty, ""}}},
		{"funding from a listed source", []redline.Term{{Kind: redline.KindFunding, Source: redline.EntityArmedActor}}, armedActor(listed1267), unAgency, at,
			[]what{{sanctions.JurisdictionUN, sanctions.QuestionAssetFreeze, sanctions.VerdictLegalReview, sanctions.CodeFundsFromParty, ""}}},
		{"an escort's keep is a service", []redline.Term{{Kind: redline.KindArmedEscort, Provider: redline.EntityArmedActor}}, armedActor(listed1267), planNGO, at,
			[]what{{sanctions.JurisdictionUN, sanctions.QuestionAssetFreeze, sanctions.VerdictExempted, sanctions.CodeExempted, "un-2761"}}},
		{"information is no asset, but support to an FTO", []redline.Term{{Kind: redline.KindInformationSharing, Recipient: redline.EntityArmedActor, Information: redline.InformationAggregate}}, armedActor(usFTO), usPlanNGO, at,
			[]what{
				{sanctions.JurisdictionUS, sanctions.QuestionAssetFreeze, sanctions.VerdictNoTransfer, sanctions.CodeInformation, ""},
				{sanctions.JurisdictionUS, sanctions.QuestionMaterialSupport, sanctions.VerdictLegalReview, sanctions.CodeMaterialSupport, ""},
			}},
		{"OFAC's licence covers a tax paid by an NGO", []redline.Term{payment(redline.PurposeTax)}, armedActor(usSDGT), usPlanNGO, at,
			[]what{{sanctions.JurisdictionUS, sanctions.QuestionAssetFreeze, sanctions.VerdictExempted, sanctions.CodeExempted, "ofac-594-520"}}},
		{"OFAC's licence does not cover a UN agency: a gap, not a prohibition", []redline.Term{payment(redline.PurposeTax)}, armedActor(usSDGT), sanctions.Standing{Category: sanctions.CategoryUNEntity, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionUS}}, at,
			[]what{{sanctions.JurisdictionUS, sanctions.QuestionAssetFreeze, sanctions.VerdictLegalReview, sanctions.CodeGap, ""}}},
		{"a US listing does not bind an organisation outside US law", []redline.Term{payment(redline.PurposeTax)}, armedActor(usSDGT), planNGO, at,
			[]what{{sanctions.JurisdictionUS, 0, sanctions.VerdictNotBinding, sanctions.CodeNotBinding, ""}}},
		{"the EU terrorist list's exemption lapsed, renewal unverified", []redline.Term{payment(redline.PurposeGoods)}, armedActor(euCP931), sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionEU}}, day(2025, 3, 1),
			[]what{{sanctions.JurisdictionEU, sanctions.QuestionAssetFreeze, sanctions.VerdictLegalReview, sanctions.CodeLapsed, "eu-2024-cp931"}}},
		{"the EU terrorist list before its exemption", []redline.Term{payment(redline.PurposeGoods)}, armedActor(euCP931), sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionEU}}, day(2024, 1, 1),
			[]what{{sanctions.JurisdictionEU, sanctions.QuestionAssetFreeze, sanctions.VerdictProhibited, sanctions.CodeNoExemption, ""}}},
		{"the UK's Afghanistan regulations: a gap", []redline.Term{payment(redline.PurposeGoods)}, armedActor(actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1988"}), sanctions.Standing{Category: sanctions.CategoryResponsePlanNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionUK}}, at,
			[]what{
				{sanctions.JurisdictionUN, sanctions.QuestionAssetFreeze, sanctions.VerdictExempted, sanctions.CodeExempted, "un-2664"},
				{sanctions.JurisdictionUK, sanctions.QuestionAssetFreeze, sanctions.VerdictLegalReview, sanctions.CodeGap, ""},
			}},
		{"another state's law", []redline.Term{payment(redline.PurposeGoods)}, armedActor(actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, By: actor.DesignatorOtherState, Regime: "Terrorism Prevention Act"}), unAgency, at,
			[]what{{0, sanctions.QuestionNationalLaw, sanctions.VerdictLegalReview, sanctions.CodeNationalLaw, ""}}},
		{"a CAAC listing freezes nothing", []redline.Term{payment(redline.PurposeGoods)}, armedActor(caac), otherNGO, at,
			[]what{{0, 0, sanctions.VerdictNoDesignation, sanctions.CodeCAACOnly, ""}}},
		{"dialogue moves nothing", []redline.Term{{Kind: redline.KindAccess, Conditional: redline.FlagNo}}, armedActor(listed1267), otherNGO, at,
			[]what{{0, 0, sanctions.VerdictNoTransfer, sanctions.CodeContact, ""}}},
		{"silence moves nothing", []redline.Term{{Kind: redline.KindPublicStatements, By: redline.EntityAgency, Undertaking: redline.UndertakingSilence}}, armedActor(listed1267), otherNGO, at,
			[]what{{0, 0, sanctions.VerdictNoTransfer, sanctions.CodeContact, ""}}},
		{"a levy by a listed de facto authority", []redline.Term{{Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityDeFactoAuthority, Purpose: redline.PurposeTax}},
			[]sanctions.Counterpart{{Entity: redline.EntityDeFactoAuthority, Designations: []actor.Designation{listed1267}}}, planNGO, at,
			[]what{{sanctions.JurisdictionUN, sanctions.QuestionAssetFreeze, sanctions.VerdictExempted, sanctions.CodeExempted, "un-2761"}}},
		{"a de facto authority no one screened", []redline.Term{{Kind: redline.KindPayment, Payee: redline.EntityDeFactoAuthority, Purpose: redline.PurposeGoods}}, armedActor(listed1267), planNGO, at,
			[]what{{0, 0, sanctions.VerdictIndeterminate, sanctions.CodeUnscreened, ""}}},
		{"an agency's own kind", []redline.Term{{Kind: "fuel_supply"}}, armedActor(listed1267), unAgency, at,
			[]what{{0, 0, sanctions.VerdictIndeterminate, sanctions.CodeUnknownKind, ""}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := screen(t, c.terms, c.cps, c.s, c.at)
			assert.Equal(t, c.want, whats(r.Findings))
			v := sanctions.VerdictUnspecified
			for _, w := range c.want {
				v = max(v, w.V)
			}
			assert.Equal(t, v, r.Verdict)
			assert.Equal(t, v, r.TermVerdict(0))
		})
	}
}

func TestRansomTo1267CitesResolution2133(t *testing.T) {
	r := screen(t, []redline.Term{payment(redline.PurposeRansom)}, armedActor(listed1267), planNGO, day(2025, 6, 1))
	assert.Contains(t, r.Findings[0].Cites, cite.UNSCR2133)
	assert.Contains(t, r.String(), "UN Security Council resolution 2133 (2013)")
}

// Every kind of term the library knows is placed: it moves nothing, or it
// names who it moves to. A kind added to redline fails here until the
// screening places it.
func TestEveryLibraryKindIsPlaced(t *testing.T) {
	for _, k := range redline.Kinds() {
		r := screen(t, []redline.Term{{Kind: k}}, armedActor(listed1267), unAgency, day(2025, 6, 1))
		require.Len(t, r.Findings, 1, k)
		assert.NotEqual(t, sanctions.CodeUnknownKind, r.Findings[0].Code, k)
		assert.NotEqual(t, sanctions.TransferUnknown, r.Findings[0].Transfer, k)
	}
}

func TestScreenBadInput(t *testing.T) {
	good := []redline.Term{payment(redline.PurposeToll)}
	at := day(2025, 6, 1)
	type problem struct {
		path   string
		reason sanctions.Reason
	}
	for _, c := range []struct {
		name  string
		terms []redline.Term
		cps   []sanctions.Counterpart
		s     sanctions.Standing
		at    time.Time
		want  []problem
	}{
		{"unset standing", good, armedActor(listed1267), sanctions.Standing{}, at, []problem{{"standing.category", sanctions.ReasonRequired}}},
		{"unknown category", good, armedActor(listed1267), sanctions.Standing{Category: 99}, at, []problem{{"standing.category", sanctions.ReasonUnknown}}},
		{"repeated and unknown jurisdictions", good, nil, sanctions.Standing{Category: sanctions.CategoryOtherNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionEU, sanctions.JurisdictionEU, 9}}, at,
			[]problem{{"standing.jurisdictions[1]", sanctions.ReasonDuplicate}, {"standing.jurisdictions[2]", sanctions.ReasonUnknown}}},
		{"NGO said of a category that says it", good, nil, sanctions.Standing{Category: sanctions.CategoryUNEntity, NGO: true}, at, []problem{{"standing.ngo", sanctions.ReasonConflict}}},
		{"no day", good, nil, unAgency, time.Time{}, []problem{{"at", sanctions.ReasonRequired}}},
		{"invalid term", []redline.Term{{Kind: redline.KindPayment, MinAge: redline.Num(3)}}, nil, unAgency, at, []problem{{"terms[0].min_age", sanctions.ReasonConflict}}},
		{"unknown regime", good, armedActor(actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "9999"}), unAgency, at,
			[]problem{{"counterparts[0].designations[0].regime", sanctions.ReasonUnknown}}},
		{"a regime and a reference that disagree", good, armedActor(actor.Designation{Kind: actor.DesignationUNSanctions, Regime: "1267", Reference: "SOe.902"}), unAgency, at,
			[]problem{{"counterparts[0].designations[0].reference", sanctions.ReasonConflict}}},
		{"a UN listing naming neither", good, armedActor(actor.Designation{Kind: actor.DesignationUNSanctions}), unAgency, at,
			[]problem{{"counterparts[0].designations[0].regime", sanctions.ReasonRequired}}},
		{"a terrorist listing without its designator", good, armedActor(actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, Regime: "FTO"}), unAgency, at,
			[]problem{{"counterparts[0].designations[0].by", sanctions.ReasonRequired}}},
		{"an unknown US list", good, armedActor(actor.Designation{Kind: actor.DesignationTerrorist, Jurisdiction: actor.JurisdictionDomestic, By: actor.DesignatorUnitedStates, Regime: "XYZ"}), unAgency, at,
			[]problem{{"counterparts[0].designations[0].regime", sanctions.ReasonUnknown}}},
		{"an invalid designation", good, armedActor(actor.Designation{}), unAgency, at,
			[]problem{{"counterparts[0].designations[0].kind", sanctions.ReasonRequired}}},
		{"a counterpart twice", good, append(armedActor(), armedActor()...), unAgency, at,
			[]problem{{"counterparts[1].entity", sanctions.ReasonDuplicate}}},
		{"a counterpart without entity", good, []sanctions.Counterpart{{}}, unAgency, at,
			[]problem{{"counterparts[0].entity", sanctions.ReasonRequired}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := sanctions.Screen(c.terms, c.cps, c.s, c.at)
			require.Error(t, err)
			assert.Zero(t, r.Findings, "no report with an error")
			var got []problem
			for _, e := range flatten(err) {
				var fe *sanctions.FieldError
				require.True(t, errors.As(e, &fe), "%T %v", e, e)
				assert.Equal(t, "sanctions", fe.Pkg)
				got = append(got, problem{fe.Path, fe.Reason})
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestScreenModifiesNothingAndRepeats(t *testing.T) {
	terms := []redline.Term{payment(redline.PurposeGoods), {Kind: redline.KindEmblem, Display: redline.FlagYes}}
	cps := armedActor(listed1267, usFTO)
	s := usPlanNGO
	s.Jurisdictions = append([]sanctions.Jurisdiction(nil), s.Jurisdictions...)
	termsCopy, _ := json.Marshal(terms)
	cpsCopy, _ := json.Marshal(cps)
	sCopy, _ := json.Marshal(s)

	a := screen(t, terms, cps, s, day(2025, 6, 1))
	// A caller changing its report changes neither the table nor the next report.
	a.Findings[0].Conditions[0] = "changed"
	a.Standing.Jurisdictions[0] = sanctions.JurisdictionEU
	b := screen(t, terms, cps, s, day(2025, 6, 1))
	c := screen(t, terms, cps, s, day(2025, 6, 1))
	assert.NotEqual(t, "changed", b.Findings[0].Conditions[0])
	assert.Equal(t, b, c)

	after, _ := json.Marshal(terms)
	assert.JSONEq(t, string(termsCopy), string(after))
	after, _ = json.Marshal(cps)
	assert.JSONEq(t, string(cpsCopy), string(after))
	after, _ = json.Marshal(s)
	assert.JSONEq(t, string(sCopy), string(after))
}

var wireWord = regexp.MustCompile(`\b[a-z]+_[a-z_]+\b`)

func TestReportTextIsInWords(t *testing.T) {
	terms := []redline.Term{
		payment(redline.PurposeToll), payment(redline.PurposeRansom), payment(0),
		{Kind: redline.KindInformationSharing, Recipient: redline.EntityArmedActor, Information: redline.InformationIdentifying},
		{Kind: redline.KindFunding, Source: redline.EntityDonor},
		{Kind: redline.KindBeneficiarySelection, ControlledBy: redline.EntityCommunity},
		{Kind: redline.KindChildUse, MinAge: redline.Num(18)},
		{Kind: "fuel_supply"},
	}
	cps := append(armedActor(listed1267, usFTO, caac), sanctions.Counterpart{Entity: redline.EntityDonor})
	r := screen(t, terms, cps, sanctions.Standing{Category: sanctions.CategoryImplementingPartner, NGO: true, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionUS, sanctions.JurisdictionUK}}, day(2025, 6, 1))
	s := r.String()
	for _, w := range wireWord.FindAllString(s, -1) {
		t.Errorf("wire word %q in the report's text", w)
	}
	for _, want := range []string{
		"Sanctions screening of 8 terms on 1 June 2025",
		"Organisation: an implementing partner of a covered organisation (itself an NGO), answering to UN Security Council measures, UK law and US law",
		"Term 2 (clause 4), a payment (ransom) to the armed actor:",
		"no exemption covers a ransom",
		"Term 5, funding from a donor:\n    indeterminate — nothing was said about the listings of a donor" + "", // the donor is given, so this must not appear
	} {
		if strings.HasPrefix(want, "Term 5") {
			assert.NotContains(t, s, want)
			continue
		}
		assert.Contains(t, s, want)
	}
	assert.Contains(t, s, "Term 5, funding from a donor:\n    no designation — a donor was screened and is listed nowhere")
	assert.Contains(t, s, "Term 6, selection of beneficiaries controlled by the community:\n    indeterminate — nothing was said about the listings of the community")
	assert.Contains(t, s, "Term 8, a term on fuel supply:\n    indeterminate — the library does not know what a fuel supply term moves")
	assert.Contains(t, s, "Contact is not what an asset freeze prohibits")
	for _, n := range r.Notes {
		assert.NotContains(t, n.String(), "_")
	}
}

func TestRequestJSONRoundTrip(t *testing.T) {
	q := sanctions.Request{
		At:           day(2025, 6, 1),
		Standing:     usPlanNGO,
		Counterparts: armedActor(listed1267, usFTO),
		Terms:        []redline.Term{payment(redline.PurposeToll)},
	}
	var buf bytes.Buffer
	require.NoError(t, sanctions.EncodeRequest(&buf, q))
	got, err := sanctions.DecodeRequest(&buf, sanctions.Limits{})
	require.NoError(t, err)
	assert.Equal(t, q, got)
	r1, err := q.Screen()
	require.NoError(t, err)
	r2, err := got.Screen()
	require.NoError(t, err)
	assert.Equal(t, r1, r2)

	var out bytes.Buffer
	require.NoError(t, sanctions.EncodeReport(&out, r1))
	var m map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &m))
	assert.Equal(t, "legal_review", m["verdict"])
	assert.Equal(t, "2026-12", m["table"])
	f0 := m["findings"].([]any)[0].(map[string]any)
	assert.Equal(t, "un", f0["jurisdiction"])
	assert.Equal(t, "asset_freeze", f0["question"])
	assert.Equal(t, "exempted", f0["verdict"])
	assert.Equal(t, "un-2761", f0["exemption"])
	assert.Equal(t, "armed_actor", f0["counterpart"])

	// An invalid request writes nothing.
	buf.Reset()
	require.Error(t, sanctions.EncodeRequest(&buf, sanctions.Request{}))
	assert.Zero(t, buf.Len())
}

func TestDecodeRequestBadInput(t *testing.T) {
	for _, c := range []struct {
		in     string
		path   string
		reason sanctions.Reason
	}{
		{`{"at":"2025-06-01T00:00:00Z","standing":{"category":"ngo"},"terms":[]}`, "standing.category", sanctions.ReasonUnknown},
		{`{"at":"2025-06-01T00:00:00Z","standing":{"category":"other_ngo","jurisdictions":["fr"]},"terms":[]}`, "standing.jurisdictions[0]", sanctions.ReasonUnknown},
		{`{"at":"2025-06-01T00:00:00Z","standing":{},"terms":[]}`, "standing.category", sanctions.ReasonRequired},
		{`{"at":"2025-06-01T00:00:00Z","standing":{"category":"other_ngo"},"counterparts":[{"entity":"armed_actor","designations":[{"kind":"un_sanctions","regime":"7"}]}],"terms":[]}`,
			"counterparts[0].designations[0].regime", sanctions.ReasonUnknown},
		{`{"at":"2025-06-01T00:00:00Z","standing":{"category":"other_ngo"},"counterparts":[{"entity":"armed_actor","designations":[{"kind":"terrorist","jurisdiction":"domestic","by":"mars"}]}],"terms":[]}`,
			"counterparts[0].designations[0].by", sanctions.ReasonUnknown},
		{`{"at":"2025-06-01","standing":{"category":"other_ngo"},"terms":[]}`, "at", sanctions.ReasonInvalid},
		{`{"at":"2025-06-01T00:00:00Z","standing":{"category":"other_ngo"},"terms":[],"extra":1}`, "extra", sanctions.ReasonUnknown},
	} {
		_, err := sanctions.DecodeRequest(strings.NewReader(c.in), sanctions.Limits{})
		require.Error(t, err, c.in)
		var fe *sanctions.FieldError
		require.True(t, errors.As(err, &fe), "%v", err)
		assert.Equal(t, c.path, fe.Path, c.in)
		assert.Equal(t, c.reason, fe.Reason, "%s: %v", c.in, err)
	}
}

func TestAttachToRedlineReport(t *testing.T) {
	terms := []redline.Term{payment(redline.PurposeGoods)}
	rr := redline.MustCompile(redline.Baseline()).Check(terms)
	sr := screen(t, terms, armedActor(listed1267), otherNGO, day(2025, 6, 1))
	v, err := sr.Attach(rr)
	require.NoError(t, err)
	s := v.String()
	assert.True(t, strings.Index(s, "Red-line check") < strings.Index(s, "Sanctions screening"), s)
	data, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &m))
	assert.Contains(t, m, "redline")
	assert.Contains(t, m, "sanctions")

	_, err = sr.Attach(redline.MustCompile(redline.Baseline()).Check(append(terms, terms...)))
	var fe *sanctions.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, sanctions.ReasonConflict, fe.Reason)
}

func TestTables(t *testing.T) {
	for _, e := range sanctions.Exemptions() {
		_, ok := cite.Lookup(e.Cite)
		assert.True(t, ok, "%s cites %q, not in the catalogue", e.ID, e.Cite)
		assert.False(t, e.From.IsZero(), e.ID)
		assert.NotEmpty(t, e.Conditions, e.ID)
		assert.NotContains(t, e.Purposes, redline.PurposeRansom, e.ID)
		assert.NotContains(t, e.Purposes, redline.PurposeOther, e.ID)
		assert.True(t, e.InForce(e.From), e.ID)
		assert.False(t, e.InForce(e.From.AddDate(0, 0, -1)), e.ID)
		if !e.Until.IsZero() {
			assert.False(t, e.InForce(e.Until), e.ID)
			assert.True(t, e.InForce(e.Until.Add(-time.Hour)), e.ID)
		}
		if e.Lapse != "" {
			assert.False(t, e.Until.IsZero(), "%s: a lapse without an end", e.ID)
		}
		assert.Contains(t, e.String(), e.Name)
		if e.Unverified != "" {
			assert.Contains(t, e.String(), "unverified")
		}
		got, ok := sanctions.LookupExemption(e.ID)
		require.True(t, ok)
		assert.Equal(t, e, got)
	}
	for _, r := range sanctions.Regimes() {
		assert.True(t, r.Freezes(), r.ID)
		got, ok := sanctions.LookupRegime(r.By, " "+strings.ToLower(r.ID)+" ")
		require.True(t, ok, r.ID)
		assert.Equal(t, r, got)
		for _, p := range r.Prefixes {
			got, ok := sanctions.RegimeForReference(p + "123")
			require.True(t, ok)
			assert.Equal(t, r.ID, got.ID)
		}
	}
	// Changing a copy changes nothing.
	rs := sanctions.Regimes()
	rs[0].Prefixes[0] = "XXi."
	_, ok := sanctions.RegimeForReference("XXi.1")
	assert.False(t, ok)
}

// The assessment package escalates on the listings actor.Designation.Sanctions
// names, and the screening screens transfers against the same: a UN
// sanctions or terrorist listing is one; a CAAC annex listing is not.
func TestListingsAreWhatActorSaysTheyAre(t *testing.T) {
	for _, c := range []struct {
		d      actor.Designation
		listed bool
	}{
		{listed1267, true}, {usFTO, true}, {euCP931, true}, {caac, false},
	} {
		r := screen(t, []redline.Term{payment(redline.PurposeGoods)}, armedActor(c.d), sanctions.Standing{Category: sanctions.CategoryOtherNGO, Jurisdictions: []sanctions.Jurisdiction{sanctions.JurisdictionEU, sanctions.JurisdictionUS}}, day(2025, 6, 1))
		assert.Equal(t, c.listed, r.Verdict != sanctions.VerdictNoDesignation, c.d.Kind)
		assert.Equal(t, c.listed, c.d.Sanctions(), c.d.Kind)
	}
}
