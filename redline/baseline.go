package redline

import (
	"bytes"
	_ "embed"

	"github.com/humanitarian-negotiation/protection/internal/cite"
)

// baselineCases is the baseline's own suite of test cases, as the library
// keeps it beside its tests: embedded as it stands, so that a new version of
// the baseline brings its cases with it.
//
//go:embed testdata/baseline_cases.json
var baselineCases []byte

// BaselineCasesJSON returns the test cases that prove [Baseline], as the JSON
// array of cases that package redlinetest decodes (its BaselineCases returns
// them decoded): for each, a proposal, the rules of the baseline it must
// cross and why. They change with [BaselineVersion]. Each call returns a
// fresh copy.
//
// An agency that layers its own policy on the baseline proves its layer with
// its own cases; these are for one that wants to prove the whole stack,
// baseline included, or to read how the baseline is meant to answer.
func BaselineCasesJSON() []byte { return bytes.Clone(baselineCases) }

// BaselineVersion is the version of the policy [Baseline] returns. It
// changes whenever a rule of the baseline changes; the package doc records
// what each version changed.
const BaselineVersion = "2026.1"

// Baseline returns the library's baseline policy, a fresh copy each call:
// the IHL minimums as absolute rules, the institutional red lines the report
// found across agencies, and the trade-offs it found some accept, each with
// its citations. Every kind of term the library defines is either examined
// by a rule or declared [Uncovered] with its reason, so no library term
// passes unexamined. An agency starts from it — compiling it as the first
// layer and its own policy as the next, or copying and editing it.
//
// Absolute: recruitment or use in hostilities of children under 15
// (CIHL-136, CIHL-137, AP2-4-3-c, ROME-8-2-e-vii); hostage-taking (CIHL-96,
// CA3).
//
// Institutional, each with its approval level: use in hostilities of anyone
// under 18 (OPAC-4; headquarters); ransom (governing board); fees paid to a
// party for dialogue (headquarters); funding of the work by a party
// (headquarters); beneficiaries chosen by a party (HP; regional office); a
// tax, levy or toll paid to the armed actor or another party to the conflict
// (diversion, and sanctions and counter-terrorism law; HP; headquarters);
// information that identifies individuals or communities shared with a
// party (do no harm and data protection, ICRC-PSPW-2018; headquarters).
// The organisation's own movements and plans, notified to parties for
// deconfliction, are not information about people and cross no line.
//
// Trade-offs: recruitment of 15–17 year-olds (the report's flexibility on
// the 18-year standard, without use in hostilities, which the rule above
// covers); armed escorts provided by a party; not displaying the protective
// emblem; aggregate information shared with a party; access on the party's
// conditions (CIHL-55, CIHL-56); detention visits without private
// interviews with the detainees (ICRC-DETENTION-VISITS).
//
// Uncovered, on purpose: the release of children and of hostages,
// evacuations, the vacating of schools, the removal of checkpoints, respect
// for health care, information to the population and the treatment of
// detainees are what the organisation asks of the party, not concessions;
// a weapon restriction short of a ban is a step the report counts as good
// practice. What such a term brings with it — a payment, an escort,
// conditions on access — is a term of its own kind, and is examined.
//
// Defaults an agency is expected to tighten in its own layer: the approval
// levels; taxes paid to the host state, which the tax rule leaves out because
// a state's lawful taxes are ordinarily due (add host_state to its payees
// where the host state is a party whose taxes fund the war); aggregate
// information, a trade-off here, which agencies holding sensitive data make
// institutional; and OnUnexamined, which the baseline leaves at
// OnUnexaminedList so that its verdicts read as before — an agency whose own
// kinds might go unexamined sets OnUnexaminedBlock.
func Baseline() Policy {
	belligerents := ListValue(EntityArmedActor.String(), EntityHostState.String(), EntityPartyToConflict.String())
	armed := ListValue(EntityArmedActor.String(), EntityPartyToConflict.String())
	asked := "what the organisation asks of the party, not a concession"
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
				ID: "tax-to-party", Kind: KindPayment, Severity: SeverityInstitutional, Approval: Headquarters,
				When: []Condition{
					{Attr: "purpose", Op: OpIn, Value: ListValue(PurposeTax.String(), PurposeToll.String())},
					{Attr: "payee", Op: OpIn, Value: armed},
				},
				Citations: []string{cite.Institutional, cite.HP},
				Rationale: "A tax, levy or toll paid to an armed actor or another party to the conflict funds it, invites diversion and can breach sanctions and counter-terrorism law; paying needs headquarters.",
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
				ID: "identifying-information-to-party", Kind: KindInformationSharing, Severity: SeverityInstitutional, Approval: Headquarters,
				When: []Condition{
					{Attr: "recipient", Op: OpIn, Value: belligerents},
					{Attr: "information", Op: OpEq, Value: TextValue(InformationIdentifying.String())},
				},
				Citations: []string{cite.PSPW, cite.HP},
				Rationale: "Information that identifies people or communities, in a party's hands, can expose them to reprisal, arrest or attack; do no harm and data protection rule it out unless headquarters approves.",
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
			{
				ID: "aggregate-information-to-party", Kind: KindInformationSharing, Severity: SeverityTradeOff,
				When: []Condition{
					{Attr: "recipient", Op: OpIn, Value: belligerents},
					{Attr: "information", Op: OpEq, Value: TextValue(InformationAggregate.String())},
				},
				Citations: []string{cite.PSPW},
				Rationale: "Even figures with no names can show a party where people are or who spoke to the organisation; share them only after weighing what the party could do with them.",
			},
			{
				ID: "conditional-access", Kind: KindAccess, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "conditional", Op: OpEq, Value: FlagValue(true)}},
				Citations: []string{cite.CIHL55, cite.CIHL56, cite.HP},
				Rationale: "A party may control relief, but access on its conditions can bend who is reached and how; accept the conditions only after weighing them against impartiality.",
			},
			{
				ID: "detention-visit-without-private-interviews", Kind: KindDetentionVisit, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "private", Op: OpEq, Value: FlagValue(false)}},
				Citations: []string{cite.Detention},
				Rationale: "Without interviews in private, detainees cannot speak safely and a visit can lend credibility to what it cannot see; agree only after weighing whether the visit still protects them.",
			},
		},
		Uncovered: []Uncovered{
			{KindReleaseOfChildren, "The release of children is " + asked + "."},
			{KindReleaseOfHostages, "The release of hostages is " + asked + "; a payment for it is examined as a payment (ransom)."},
			{KindEvacuation, "An evacuation is " + asked + "; an escort or conditions it brings are examined as terms of their own."},
			{KindVacatingSchools, "Vacating schools is " + asked + "."},
			{KindRemovingCheckpoints, "Removing checkpoints that block civilians is " + asked + "."},
			{KindHealthCareProtection, "Respect for health care is " + asked + "."},
			{KindInformationToPopulation, "Telling the population of dangers such as mined areas is " + asked + "."},
			{KindDetaineeTreatment, "Humane treatment of detainees is " + asked + "; how visits are made is examined as a detention visit."},
			{KindWeaponRestriction, "A restriction on a weapon short of a ban is a step the report counts as good practice, not a concession."},
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
