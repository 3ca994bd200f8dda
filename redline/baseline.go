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
const BaselineVersion = "2026.2"

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
// party or a de facto authority for dialogue (headquarters); funding of the
// work by either (headquarters); beneficiaries chosen by either (HP;
// regional office); a tax, levy or toll paid to the armed actor, another
// party or a de facto authority, or to the host state when the term says it
// is a party to the conflict (diversion, and sanctions and counter-terrorism
// law; HP; headquarters); information identifying people shared outside
// the organisation without the informed consent of the persons concerned,
// or for anything but their protection (ICRC-PSPW-2018; headquarters); a
// detention visit without any one of the ICRC's standard conditions —
// access to all detainees, to all places of detention, private interviews,
// repeat visits, a list or registration of the detainees — one rule per
// condition, so that the report names each missing (CIHL-123, CIHL-124,
// ICRC-DETENTION-VISITS; headquarters); an undertaking of silence about
// violations, or of limits on what the organisation may say in public
// (headquarters).
//
// Trade-offs: recruitment of 15–17 year-olds (the report's flexibility on
// the 18-year standard, without use in hostilities, which the rule above
// covers); armed escorts provided by a party, and, as a last resort after
// the alternatives, by anyone else — peacekeepers, private security, a de
// facto authority (IASC-ESCORTS-2013); not displaying the protective
// emblem; payments for goods, services, salaries or anything else to the
// armed actor, another party or a de facto authority; any information
// identifying people shared outside the organisation, even with consent and
// for their protection; aggregate information shared with a party or a de
// facto authority; access on the party's conditions (CIHL-55, CIHL-56); an
// evacuation that is not voluntary, or not temporary (CIHL-129, AP2-17).
//
// Not a trade-off, on purpose: aggregate figures on the humanitarian
// consequences of a party's own conduct, shared with it to persuade it to
// change that conduct ([InformationOwnConduct]) — the evidence the report
// found persuades armed actors, given in confidential dialogue; the
// organisation's own movements and plans, notified to parties for
// deconfliction, which are not information about people.
//
// Uncovered, on purpose: the release of children and of hostages, the
// vacating of schools, the removal of checkpoints, respect for health care,
// information to the population and the treatment of detainees are what
// the organisation asks of the party, not concessions; a weapon restriction
// short of a ban is a step the report counts as good practice. What such a
// term brings with it — a payment, an escort, conditions on access — is a
// term of its own kind, and is examined.
//
// Unstated facts fail closed: a detention visit that does not say whether
// it reaches every detainee, an information sharing that does not say
// whether the persons concerned consented, a host-state toll that does not
// say whether the host state is a party, an evacuation that does not say
// whether it is voluntary, each gives an indeterminate finding until the
// term states it.
//
// Defaults an agency is expected to adjust in its own layer: the approval
// levels; payments to the host state for goods, services or salaries, which
// the baseline leaves out even where the host state is a party because
// buying from a state at its ordinary prices (visas, customs, utilities) is
// rarely a choice; the host state's taxes, which a context layer that knows
// the host state is a party can examine for every term by redefining
// tax-to-host-state-at-war without its condition on host_state_party;
// aggregate information, a trade-off here, which agencies holding sensitive
// data make institutional; public statements, which an agency that keeps
// the right to speak out whatever the cost (MSF's témoignage) makes
// absolute; a detention condition it does not hold to (an agency other than
// the ICRC may accept visits without registration), which it drops or
// weakens as an exception that needs headquarters; and OnUnexamined, which
// the baseline leaves at OnUnexaminedList so that its verdicts read as
// before — an agency whose own kinds might go unexamined sets
// OnUnexaminedBlock.
func Baseline() Policy {
	belligerents := ListValue(EntityArmedActor.String(), EntityHostState.String(), EntityPartyToConflict.String())
	// A de facto authority levies, funds and selects as a party does.
	parties := ListValue(EntityArmedActor.String(), EntityHostState.String(), EntityPartyToConflict.String(), EntityDeFactoAuthority.String())
	armed := ListValue(EntityArmedActor.String(), EntityPartyToConflict.String(), EntityDeFactoAuthority.String())
	// Anyone outside the organisation; "no one" receives nothing.
	outside := ListValue(EntityAgency.String(), EntityNone.String())
	asked := "what the organisation asks of the party, not a concession"
	detention := func(id, attr, rationale string, cites ...string) Rule {
		return Rule{
			ID: id, Kind: KindDetentionVisit, Severity: SeverityInstitutional, Approval: Headquarters,
			When:      []Condition{{Attr: attr, Op: OpEq, Value: FlagValue(false)}},
			Citations: append(cites, cite.CIHL124, cite.Detention),
			Rationale: rationale + " The ICRC visits only on its standard conditions; agreeing to less needs headquarters.",
		}
	}
	evacuation := func(id, attr, rationale string) Rule {
		return Rule{
			ID: id, Kind: KindEvacuation, Severity: SeverityTradeOff,
			When:      []Condition{{Attr: attr, Op: OpEq, Value: FlagValue(false)}},
			Citations: []string{cite.CIHL129, cite.AP2_17},
			Rationale: rationale,
		}
	}
	return Policy{
		Name:        "baseline",
		Version:     BaselineVersion,
		Description: "IHL minimums and the institutional red lines and trade-offs found across agencies in the 2025 report on protection negotiations with armed actors, with the ICRC's standards for detention visits and for information about people, and the IASC guidelines on armed escorts.",
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
				Rationale: "Armed groups should not, under any circumstances, use anyone under 18 in hostilities; agreeing to less needs headquarters.",
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
					{Attr: "payee", Op: OpIn, Value: parties},
				},
				Citations: []string{cite.Institutional},
				Rationale: "No fee is paid to an armed actor, another party or a de facto authority for dialogue: access to talk must not be bought.",
			},
			{
				ID: "tax-to-party", Kind: KindPayment, Severity: SeverityInstitutional, Approval: Headquarters,
				When: []Condition{
					{Attr: "purpose", Op: OpIn, Value: ListValue(PurposeTax.String(), PurposeToll.String())},
					{Attr: "payee", Op: OpIn, Value: armed},
				},
				Citations: []string{cite.Institutional, cite.HP},
				Rationale: "A tax, levy or toll paid to an armed actor, another party to the conflict or a de facto authority funds the war, invites diversion and can breach sanctions and counter-terrorism law; paying needs headquarters.",
			},
			{
				ID: "tax-to-host-state-at-war", Kind: KindPayment, Severity: SeverityInstitutional, Approval: Headquarters,
				When: []Condition{
					{Attr: "purpose", Op: OpIn, Value: ListValue(PurposeTax.String(), PurposeToll.String())},
					{Attr: "payee", Op: OpEq, Value: TextValue(EntityHostState.String())},
					{Attr: "host_state_party", Op: OpEq, Value: FlagValue(true)},
				},
				Citations: []string{cite.Institutional, cite.HP},
				Rationale: "Where the host state is a party to the conflict, as in most non-international armed conflicts, its taxes and tolls fund one side of the war, and a toll at a checkpoint is rarely a lawful tax; paying needs headquarters. A state that is not a party is owed its lawful taxes.",
			},
			{
				ID: "funding-from-party", Kind: KindFunding, Severity: SeverityInstitutional, Approval: Headquarters,
				When:      []Condition{{Attr: "source", Op: OpIn, Value: parties}},
				Citations: []string{cite.Institutional, cite.HP},
				Rationale: "Negotiation work is not funded by a party to the conflict or a de facto authority: it would compromise independence and neutrality.",
			},
			{
				ID: "beneficiaries-chosen-by-armed-actor", Kind: KindBeneficiarySelection, Severity: SeverityInstitutional, Approval: RegionalOffice,
				When:      []Condition{{Attr: "controlled_by", Op: OpIn, Value: parties}},
				Citations: []string{cite.HP},
				Rationale: "Beneficiaries are selected on need alone; a party or a de facto authority choosing them breaks impartiality.",
			},
			{
				ID: "identifying-information-without-consent", Kind: KindInformationSharing, Severity: SeverityInstitutional, Approval: Headquarters,
				When: []Condition{
					{Attr: "recipient", Op: OpNotIn, Value: outside},
					{Attr: "information", Op: OpEq, Value: TextValue(InformationIdentifying.String())},
					{Attr: "consent", Op: OpEq, Value: FlagValue(false)},
				},
				Citations: []string{cite.PSPW, cite.HP},
				Rationale: "Personal information is shared only with the informed consent of the persons it concerns: without it, names and whereabouts in other hands can expose people to reprisal, arrest or attack. Sharing needs headquarters.",
			},
			{
				ID: "identifying-information-beyond-protection", Kind: KindInformationSharing, Severity: SeverityInstitutional, Approval: Headquarters,
				When: []Condition{
					{Attr: "recipient", Op: OpNotIn, Value: outside},
					{Attr: "information", Op: OpEq, Value: TextValue(InformationIdentifying.String())},
					{Attr: "sharing_purpose", Op: OpNe, Value: TextValue(SharingPurposeProtection.String())},
				},
				Citations: []string{cite.PSPW},
				Rationale: "Personal information is shared only for a specific protection purpose — tracing, referral, an intervention on the person's behalf — never to report, persuade or please a donor; sharing it for anything else needs headquarters.",
			},
			detention("detention-visit-without-all-detainees", "all_detainees",
				"A visit to the detainees the authority selects shows what it chooses to show, and leaves the others unseen."),
			detention("detention-visit-without-all-places", "all_places",
				"Detainees moved to places the visit cannot reach are the ones most at risk of ill-treatment and disappearance."),
			detention("detention-visit-without-private-interviews", "private",
				"Without interviews in private, without witnesses, detainees cannot speak safely, and a visit can lend credibility to what it cannot see."),
			detention("detention-visit-without-repeat-visits", "repeat_visits",
				"A single visit cannot follow individuals or check that what was agreed is done, and detainees who spoke can be punished once it is over."),
			detention("detention-visit-without-registration", "registration",
				"Without a list of detainees, or the right to register them, no one can follow each person or notice when one disappears.", cite.CIHL123),
			{
				ID: "public-statements-restricted", Kind: KindPublicStatements, Severity: SeverityInstitutional, Approval: Headquarters,
				When:      []Condition{{Attr: "undertaking", Op: OpIn, Value: ListValue(UndertakingSilence.String(), UndertakingLimits.String())}},
				Citations: []string{cite.Institutional, cite.HP},
				Rationale: "Whether, when and how to speak out about grave violations is a question of institutional policy, not of law: confidential dialogue may be the organisation's chosen way, but silence or limits on what it may say, given as the price of access, bind it beyond the negotiating team's remit and can compromise its independence. Agreeing needs headquarters.",
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
				ID: "armed-escort-last-resort", Kind: KindArmedEscort, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "provider", Op: OpNotIn, Value: ListValue(EntityArmedActor.String(), EntityHostState.String(), EntityPartyToConflict.String(), EntityNone.String())}},
				Citations: []string{cite.IASCEscorts, cite.HP},
				Rationale: "An armed escort is a last resort whoever provides it: peacekeepers and private security are armed too, can draw attacks and blur the line between humanitarian and military work; accept only after documenting that the alternatives are exhausted.",
			},
			{
				ID: "emblem-not-displayed", Kind: KindEmblem, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "display", Op: OpEq, Value: FlagValue(false)}},
				Citations: []string{cite.CIHL31},
				Rationale: "Not displaying the protective emblem trades its protection for discretion; document why.",
			},
			{
				ID: "payment-to-party", Kind: KindPayment, Severity: SeverityTradeOff,
				When: []Condition{
					{Attr: "purpose", Op: OpIn, Value: ListValue(PurposeGoods.String(), PurposeService.String(), PurposeSalary.String(), PurposeOther.String())},
					{Attr: "payee", Op: OpIn, Value: armed},
				},
				Citations: []string{cite.Institutional, cite.HP},
				Rationale: "Paying an armed actor, another party or a de facto authority for fuel, transport, rent or labour funds it as a tax does, can be diverted and can breach sanctions and counter-terrorism law; buy elsewhere where possible, and agree only after documenting the options.",
			},
			{
				ID: "identifying-information-shared", Kind: KindInformationSharing, Severity: SeverityTradeOff,
				When: []Condition{
					{Attr: "recipient", Op: OpNotIn, Value: outside},
					{Attr: "information", Op: OpEq, Value: TextValue(InformationIdentifying.String())},
				},
				Citations: []string{cite.PSPW},
				Rationale: "Even with the informed consent of the persons concerned and for their protection — tracing, referral — information that identifies people, once outside the organisation, can reach those who would harm them; share only after weighing the risk to each person, whoever receives it.",
			},
			{
				ID: "aggregate-information-to-party", Kind: KindInformationSharing, Severity: SeverityTradeOff,
				When: []Condition{
					{Attr: "recipient", Op: OpIn, Value: parties},
					{Attr: "information", Op: OpEq, Value: TextValue(InformationAggregate.String())},
				},
				Citations: []string{cite.PSPW},
				Rationale: "Even figures with no names can show a party where people are or who spoke to the organisation; share them only after weighing what the party could do with them. Figures on the consequences of the party's own conduct, shared with it to persuade it, are not this rule's concern.",
			},
			{
				ID: "conditional-access", Kind: KindAccess, Severity: SeverityTradeOff,
				When:      []Condition{{Attr: "conditional", Op: OpEq, Value: FlagValue(true)}},
				Citations: []string{cite.CIHL55, cite.CIHL56, cite.HP},
				Rationale: "A party may control relief, but access on its conditions can bend who is reached and how; accept the conditions only after weighing them against impartiality.",
			},
			evacuation("evacuation-not-voluntary", "voluntary",
				"An evacuation people do not choose is displacement, which a party may order only for their security or for imperative military reasons; helping with it can make the organisation a party to forced displacement. Agree only after documenting why it is needed and the alternatives."),
			evacuation("evacuation-not-temporary", "temporary",
				"IHL lets a party move civilians only for their security or for imperative military reasons, which pass; an evacuation with no return can entrench displacement or empty an area for a party's ends. Agree only after documenting how people will return."),
		},
		Uncovered: []Uncovered{
			{KindReleaseOfChildren, "The release of children is " + asked + "."},
			{KindReleaseOfHostages, "The release of hostages is " + asked + "; a payment for it is examined as a payment (ransom)."},
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
