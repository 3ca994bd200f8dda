package redline

import (
	"github.com/humanitarian-negotiation/protection/internal/cite"
)

// BaselineVersion is the version of the policy [Baseline] returns. It
// changes whenever a rule of the baseline changes.
const BaselineVersion = "2025.1"

// Baseline returns the library's baseline policy, a fresh copy each call:
// the IHL minimums as absolute rules, the institutional red lines the report
// found across agencies, and the trade-offs it found some accept, each with
// its citations. An agency starts from it — compiling it as the first layer
// and its own policy as the next, or copying and editing it.
//
// Absolute: recruitment or use in hostilities of children under 15
// (CIHL-136, CIHL-137, AP2-4-3-c, ROME-8-2-e-vii); hostage-taking (CIHL-96,
// CA3). Institutional: use in hostilities of anyone under 18 (OPAC-4);
// ransom; fees paid to the armed actor for dialogue; funding of the work by a
// party to the conflict; beneficiaries chosen by the armed actor (HP).
// Trade-offs: recruitment of 15–17 year-olds (the report's flexibility on
// the 18-year standard, without use in hostilities, which the rule above
// covers); armed escorts provided by a party to the conflict; not displaying
// the protective emblem.
func Baseline() Policy {
	belligerents := ListValue(PartyArmedActor.String(), PartyHostState.String(), PartyToConflict.String())
	return Policy{
		Name:        "baseline",
		Version:     BaselineVersion,
		Description: "IHL minimums and the institutional red lines and trade-offs found across agencies in the 2025 report on protection negotiations with armed actors.",
		Rules: []Rule{
			{
				ID: "child-recruitment-under-15", Kind: KindChildRecruitment, Severity: SeverityAbsolute,
				When:      []Condition{{Attr: "min_age", Op: OpLt, Value: NumberValue(15)}},
				Citations: []string{cite.CIHL136, cite.AP2_4_3c, cite.Rome8_2e_vii},
				Rationale: "Recruiting children under 15 is prohibited by IHL and is a war crime; it can never be agreed.",
			},
			{
				ID: "child-use-under-15", Kind: KindChildUse, Severity: SeverityAbsolute,
				When:      []Condition{{Attr: "min_age", Op: OpLt, Value: NumberValue(15)}},
				Citations: []string{cite.CIHL137, cite.AP2_4_3c, cite.Rome8_2e_vii},
				Rationale: "Letting children under 15 take part in hostilities is prohibited by IHL and is a war crime; it can never be agreed.",
			},
			{
				ID: "hostage-taking", Kind: KindHostageTaking, Severity: SeverityAbsolute,
				Citations: []string{cite.CIHL96, cite.CA3},
				Rationale: "Hostage-taking is prohibited; no term may hold people to compel anyone.",
			},
			{
				ID: "child-use-under-18", Kind: KindChildUse, Severity: SeverityInstitutional, Approval: Headquarters,
				When:      []Condition{{Attr: "min_age", Op: OpLt, Value: NumberValue(18)}},
				Citations: []string{cite.OPAC4},
				Rationale: "Armed groups must not use anyone under 18 in hostilities; agreeing to less needs headquarters.",
			},
			{
				ID: "ransom", Kind: KindPayment, Severity: SeverityInstitutional, Approval: GoverningBoard,
				When:      []Condition{{Attr: "purpose", Op: OpEq, Value: TextValue(PurposeRansom.String())}},
				Citations: []string{cite.Institutional},
				Rationale: "No ransom is paid for abducted staff or others: it rewards abduction and endangers every aid worker.",
			},
			{
				ID: "dialogue-fee", Kind: KindPayment, Severity: SeverityInstitutional, Approval: Headquarters,
				When: []Condition{
					{Attr: "purpose", Op: OpEq, Value: TextValue(PurposeDialogueFee.String())},
					{Attr: "payee", Op: OpIn, Value: belligerents},
				},
				Citations: []string{cite.Institutional},
				Rationale: "No fee is paid to an armed actor or other party for dialogue: access to talk must not be bought.",
			},
			{
				ID: "funding-from-party", Kind: KindFunding, Severity: SeverityInstitutional, Approval: Headquarters,
				When:      []Condition{{Attr: "source", Op: OpIn, Value: belligerents}},
				Citations: []string{cite.Institutional, cite.HP},
				Rationale: "Negotiation work is not funded by a party to the conflict: it would compromise independence and neutrality.",
			},
			{
				ID: "beneficiaries-chosen-by-armed-actor", Kind: KindBeneficiarySelection, Severity: SeverityInstitutional, Approval: RegionalOffice,
				When:      []Condition{{Attr: "controlled_by", Op: OpIn, Value: belligerents}},
				Citations: []string{cite.HP},
				Rationale: "Beneficiaries are selected on need alone; a party choosing them breaks impartiality.",
			},
			{
				ID: "child-recruitment-under-18", Kind: KindChildRecruitment, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "min_age", Op: OpLt, Value: NumberValue(18)}},
				Citations: []string{cite.OPAC4},
				Rationale: "Recruitment of 15–17 year-olds without use in hostilities falls short of the 18-year standard; agree only after documenting the options.",
			},
			{
				ID: "armed-escort", Kind: KindArmedEscort, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "provider", Op: OpIn, Value: belligerents}},
				Citations: []string{cite.HP},
				Rationale: "An armed escort by a party to the conflict can compromise perceived neutrality; accept only after weighing the alternatives.",
			},
			{
				ID: "emblem-not-displayed", Kind: KindEmblem, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "display", Op: OpEq, Value: FlagValue(false)}},
				Citations: []string{cite.CIHL31},
				Rationale: "Not displaying the protective emblem trades its protection for discretion; document why.",
			},
		},
	}
}

// Norm describes a legal or normative reference a rule can cite. The zero
// value is not a reference; [LookupNorm] returns it, with false, for an
// unknown ID. A Norm is a plain value, safe for concurrent use.
type Norm struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Content    string `json:"content"`
	Unverified bool   `json:"unverified,omitempty"` // not checked against the primary text
}

// Norms returns the references the library knows, sorted by ID: the
// identifiers of customary IHL rules ("CIHL-136"), treaty articles
// ("AP2-4-3-c", "OPAC-4", "ROME-8-2-e-vii", "CA3"), the humanitarian
// principles ("HP"), Security Council resolutions ("UNSCR-1612") and
// "institutional" for an organisation's own policy. Rules may cite other
// identifiers too (an agency's own policy documents), but an absolute rule
// must cite at least one of these that is a rule of law.
func Norms() []Norm {
	ids := cite.IDs()
	out := make([]Norm, 0, len(ids))
	for _, id := range ids {
		r, _ := cite.Lookup(id)
		out = append(out, Norm{ID: r.ID, Title: r.Title, Content: r.Content, Unverified: r.Unverified})
	}
	return out
}

// LookupNorm returns the reference with identifier id.
func LookupNorm(id string) (Norm, bool) {
	r, ok := cite.Lookup(id)
	if !ok {
		return Norm{}, false
	}
	return Norm{ID: r.ID, Title: r.Title, Content: r.Content, Unverified: r.Unverified}, true
}
