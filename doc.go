// Package protection is a library for protection negotiations with armed
// actors: the engagement of humanitarian and human-rights agencies with state
// forces and non-state armed groups to reduce the risks civilians face.
//
// It models what experienced UN, ICRC and NGO negotiators do, as a 2025
// research report on their practice describes it, so that agency software can
// answer with reasons the questions negotiators and their managers ask: who is
// this armed actor and what binds it; should we engage it, directly or
// through others, and who must approve; does a proposed agreement cross one of
// our red lines; are the commitments made being kept. Researchers use the
// same types to classify real conflict data and summarise outcomes.
//
// The library holds typed values and pure functions. It keeps no state, opens
// no connection and reads no clock: the moment of evaluation is an argument.
// Bad input is a typed error naming the field, never a panic. Names and
// contacts of interlocutors never reach String, errors or logs (see Sensitive
// data and errors below for the exact promise).
//
// # Packages
//
// [github.com/humanitarian-negotiation/protection/actor] says who an armed
// actor is — its kind (state forces, armed opposition, militias,
// paramilitaries, gangs, criminal groups), command structure and factions,
// sanctions, terrorist and children-and-armed-conflict listings, the norms it
// recognises and the interests that can move it — and derives the bodies of
// law that bind it, each with a reason and a citation. It maps the ACLED and
// UCDP actor typologies; its subpackage
// [github.com/humanitarian-negotiation/protection/actor/ucdp] reads the UCDP
// Actor Dataset and the UCDP/PRIO Armed Conflict Dataset as distributed.
//
// [github.com/humanitarian-negotiation/protection/risk] is the vocabulary of
// harm the analyses share: the Global Protection Cluster's 15 protection
// risks, its severity scale, and the risk equation (threat × vulnerability ÷
// capacity).
//
// [github.com/humanitarian-negotiation/protection/stakeholder] maps who
// influences the armed actor — community and religious leaders, states,
// other armed groups, the actor's own factions — on the CCHN stakeholder map,
// finds the strongest paths of leverage through the influence network to the
// actor's decision-makers, checks which of the actor's levels the
// organisation's interlocutors cover, and watches the contact log for ad hoc
// contact and relationships that one person holds alone, so that a handover
// keeps them. Names, phone numbers, places and notes never reach String,
// logs or errors, and Redact makes copies safe to share.
//
// [github.com/humanitarian-negotiation/protection/assessment] answers whether
// to negotiate with an armed actor on a protection concern, directly or
// through intermediaries, and who must approve. It weighs the protection
// concerns, the report's seven decision factors — each
// scored with a confidence or explicitly unassessed, never read as zero — and
// engagement risks weighed against the organisation's risk appetite. A
// decision puts legal vetoes before the score, lists what is missing, names
// each rule that raised the approval level (sanctions, terrorist
// designations, a hostile host state …), and shows how much each factor's
// weight would have to change to flip it. Evidence from incident data
// ([github.com/humanitarian-negotiation/protection/assessment/incident], which
// reads Insecurity Insight's aid-worker incidents) and from the UCDP data
// stands beside the judgements, never in their place.
//
// [github.com/humanitarian-negotiation/protection/redline] checks the terms of
// a proposed agreement — recruitment ages, payments and their purpose,
// funding sources, armed escorts, the emblem, access, detention visits,
// weapon restrictions, and an agency's own kinds — against red-line policies:
// absolute lines (the IHL minimums), institutional lines that need approval
// at a named level, trade-offs that need a documented analysis, and bottom
// lines that call for the mandator. Policies are JSON files compiled once into
// an immutable checker; a context layer may tighten but never drop an absolute
// line. Every finding cites its norm and explains itself, and the check fails
// closed when a term leaves out what a rule needs. Its redlinetest package
// lets an agency prove its policy, with per-rule coverage, in its own tests.
//
// [github.com/humanitarian-negotiation/protection/sanctions] screens what the
// same terms would transfer to a listed party against the sanctions regimes
// that list it and the humanitarian exemptions in force for the organisation
// on the day (UN resolutions 2664 and 2761, the EU's and the UK's measures,
// OFAC's general licences): exempted, outside every exemption and sent to a
// legal review, or prohibited, each answer cited — and a term that moves
// nothing is said to be contact, which no asset freeze prohibits. It reads
// the UN Consolidated List's XML.
//
// [github.com/humanitarian-negotiation/protection/agreement] records what was
// agreed — UN Action Plans, Deeds of Commitment, codes of conduct, written
// records — with commitments that say who, by when, in which phase and
// against which protection risk, and monitoring events that are appended,
// never edited. At any date it tells what is overdue, breached or reversed,
// which of the organisation's own commitments are not honoured, how
// implementation and compliance stand by party, phase, theme and risk,
// whether an Action Plan's party is eligible for delisting, and what to do
// next. [github.com/humanitarian-negotiation/protection/agreement/research]
// streams datasets of negotiation cases, tabulates their outcomes with
// intervals, and summarises many agreements at once.
//
// The three analyses — stakeholder, assessment and agreement — stand side by
// side: none imports another. They build on actor, risk and redline, which
// import no analysis; sanctions stands beside them, and none imports it.
//
// # A first program
//
//	nsag := actor.Actor{
//		ID:                 id,
//		Name:               "Moro Islamic Liberation Front",
//		Kind:               actor.KindArmedOpposition,
//		PartyToConflict:    true,
//		TerritorialControl: true,
//	}
//	if err := nsag.Validate(); err != nil {
//		return err // every problem, each a *actor.FieldError with its path
//	}
//	for _, o := range actor.Obligations(nsag) {
//		fmt.Println(o) // bound by international humanitarian law, because it is a non-state party … [CA3]
//	}
//
//	decider, err := assessment.NewDecider(assessment.DefaultPolicy())
//	if err != nil {
//		return err
//	}
//	decision, err := decider.Decide(assessment.Input{Actor: nsag, Concerns: concerns, Factors: factors, Risks: risks})
//	if err != nil {
//		return err // a *actor.FieldError per problem, e.g. "factors.openness.value"
//	}
//	fmt.Println(decision) // the recommendation and who approves, then one line per ground
//	for _, g := range decision.Grounds {
//		fmt.Println(g) // vetoes, factors, concerns, readiness, risks, rules, then the score
//	}
//
//	checker, err := redline.Compile(redline.Baseline())
//	if err != nil {
//		return err
//	}
//	report := checker.Check([]redline.Term{
//		{Kind: redline.KindChildRecruitment, By: redline.EntityArmedActor, MinAge: redline.Num(16)},
//		{Kind: redline.KindPayment, Payee: redline.EntityArmedActor, Purpose: redline.PurposeDialogueFee},
//	})
//	fmt.Println(report) // Red-line check of 2 terms …, Verdict: approval required at headquarters, then each finding
//
//	// plan is an agreement.Agreement: instrument, parties, commitments.
//	plan, err = agreement.Append(plan, agreement.Event{Commitment: c, At: day, Kind: agreement.EventFulfilled})
//	if err != nil {
//		return err
//	}
//	followUp, err := plan.FollowUp(today, agreement.FollowUpOptions{})
//	if err != nil {
//		return err
//	}
//	fmt.Println(followUp) // Follow-up at 2010-09-01: 2 overdue, … compliance 60%; commitments by number
//	for _, next := range followUp.Next {
//		fmt.Println(next.Words()) // honour “Fund the reintegration …”: it is our own, …; by text, for the negotiator
//	}
//
// # Words for people, words for machines
//
// Every enumeration has two names. Its wire word (child_recruitment,
// religious_law) is what String, MarshalText, JSON and CSV carry; it never
// changes once published. Its Label ("recruitment of children", "religious
// law") is what every text a person reads uses: the String of every result —
// a decision and its grounds, a red-line report, a follow-up, a leverage
// analysis — prints a headline and then one line per ground, in labels.
// Norms are cited by identifier (OPAC-4, CIHL-136); an abbreviation such as
// HP is spelled out the first time a report cites it. Numbers show their
// scale ("score 0.71 of 1", "risk level 8 of 25", "likelihood 2 of 5"),
// countries their names (the JSON keeps the code), and things their names
// or numbers, not IDs — except where a name is sensitive: a follow-up's
// String names a commitment by its number, and its Words by its text. One
// concept has one
// wire word in every package (vacating_schools is a term's kind, an outcome
// and an Action Plan activity alike).
//
// # Sensitive data and errors
//
// Names of interlocutors, contact details, places and free-text notes never
// appear in String, GoString, the output of any fmt verb go vet accepts, slog
// output or error messages; the types that hold them implement fmt.Formatter,
// slog.LogValuer and Redact. Two uses bypass a type's own formatting, and
// only a Redact-ed copy is safe from them: a verb go vet rejects (%p on a
// value) makes fmt print the fields itself, and slog resolves LogValuer only
// for the value logged, so its JSON handler encodes a slice or map of such
// values with encoding/json. Log them one by one.
//
// Every problem with an input is a *FieldError (the same type in every
// package) naming the field's JSON path — the same path whichever function
// found it — and several are joined with errors.Join; the only other error
// type is actor.CodeError, for a code of the ACLED or UCDP typologies that
// does not exist. Validate refuses exactly what the function that consumes
// the value refuses. Decoders are strict and bounded, report every problem
// in one pass with its line and column, and, for an unknown word or key,
// list the valid ones and suggest the nearest; nothing is ever corrected.
//
// The program in examples/quickstart runs the main job end to end — the
// actor, the decision, the red-line check and the follow-up — and the other
// programs in examples/ walk through the report's cases:
//
//	go run ./examples/quickstart
package protection
