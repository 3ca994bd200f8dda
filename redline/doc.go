// Package redline checks the terms of a proposed agreement with an armed
// actor against an organisation's red lines, before a negotiator agrees to
// anything, and says exactly which line a term crosses, why, and on what norm
// the line rests.
//
// # Terms
//
// A proposal is a list of [Term] values. Each has a [Kind] — recruitment or
// use of children with a minimum age, release of children or hostages,
// hostage-taking, payments (payer, payee, [Purpose], amount, whether a host
// state paid is a party to the conflict), funding of the work and its
// source, armed escorts and who provides them, display of the protective
// emblem, humanitarian access, detention visits (each of the ICRC's standard
// conditions stated on its own: all detainees, all places, private
// interviews, repeat visits, registration) and treatment of detainees,
// weapon restrictions ([Weapon], [Measure]: restriction, marking, clearance,
// ban), evacuation (voluntary, temporary), vacating schools, removing
// checkpoints, protection of health care, beneficiary selection,
// information to the population, information sharing (recipient,
// [Information], [SharingPurpose], informed consent), the organisation's
// public statements ([Undertaking]: silence, limits) — an [Entity] who must
// act, and the attributes rules look at. [Kinds] and [Attributes] list
// them. An agency adds its own kinds and attributes by declaring them in
// its policy ([KindDecl]); terms carry those in Term.Extra.
//
// # Rules and severities
//
// A [Rule] matches the terms of one kind whose attributes meet all its
// [Condition]s ("min_age lt 15", "payee in [armed_actor, host_state]"), and
// has a stable ID, a [Severity], the norms it cites (see [Norms]) and a
// plain-language rationale:
//
//   - [SeverityAbsolute]: never agreeable — the IHL minimums: recruitment or use of
//     children under 15 (CIHL-136, CIHL-137, AP2-4-3-c, ROME-8-2-e-vii),
//     hostage-taking (CIHL-96, CA3);
//   - [SeverityInstitutional]: the organisation's own red line — ransom, fees for
//     dialogue, taxes and tolls paid to a party, funding from a party to the
//     conflict, information identifying people shared without their consent
//     or for anything but their protection, detention visits short of the
//     ICRC's standard conditions, silence about violations, use of
//     under-18s in hostilities (OPAC-4); crossing one needs approval at the
//     rule's named [Authority] level;
//   - [SeverityTradeOff]: an accepted compromise that needs a documented analysis of
//     the options — recruitment of 15–17 year-olds without use in hostilities,
//     armed escorts (a last resort whoever provides them), not displaying
//     the emblem, payments to a party for goods and services, information
//     identifying people shared with consent, aggregate information shared
//     with a party, access on the party's conditions, evacuations that are
//     not voluntary or not temporary;
//   - [SeverityBottomLine]: the negotiating team's least acceptable outcome in a
//     scenario, set inside the red lines; crossing it calls for the mandator
//     (the roles of the CCHN Naivasha Grid).
//
// # Policies and layers
//
// A [Policy] is a named, versioned set of rules that an agency keeps as a JSON
// file ([DecodePolicy], [EncodePolicy]), which [Policy.Validate] checks as a
// layer on its own. [Compile] validates one or more layers once — the
// institutional policy first, then context policies — and returns an
// immutable [Checker]. A layer may add rules and tighten them; it
// may never drop or weaken an absolute rule; weakening or dropping an
// institutional rule is recorded as an [Exception] that needs the rule's
// approval. Compile reports every problem at once, each a [FieldError] with
// its JSON path.
//
// # Errors
//
// Every problem is a [FieldError] whose Path is the JSON path of the field in
// the one document it is about — "rules[0].severity" in a policy, "[3].min_age"
// in a proposal — whichever function found it: [DecodePolicy], which adds
// the line and column in the file, [Policy.Validate], [EncodePolicy] or
// [Compile]. Compile, which takes several layers, names the layer in
// FieldError.Input ("layers[1]") and keeps the path the layer's own, so a
// program can take a path from Compile back to the file the layer was read
// from. An unknown word lists the valid ones, up to ten, and suggests the
// nearest when one is near ("unknown severity "instituional": did you mean
// "institutional"? one of …"); an unknown key, kind, attribute or rule ID
// suggests the nearest name. A suggestion is text in the error only: nothing
// is ever corrected. Decoding reports every problem it can (up to 100)
// before Validate's, and only malformed JSON or a limit exceeded ends it
// early.
//
// [Baseline] is the library's starting policy: the IHL minimums and the
// report's institutional red lines and trade-offs, versioned
// ([BaselineVersion]). Versions:
//
//   - 2025.1: eleven rules on recruitment and use of children, hostage-taking,
//     ransom, dialogue fees, funding, beneficiary selection, armed escorts and
//     the emblem.
//   - 2026.1: five rules more — taxes, levies and tolls paid to the armed actor
//     or another party (institutional, headquarters); information identifying
//     individuals or communities shared with a party (institutional,
//     headquarters) and aggregate information (trade-off), with the new
//     attribute Term.Information; access on the party's conditions
//     (trade-off); detention visits without private interviews (trade-off).
//     The nine library kinds no rule examines are declared [Uncovered], each
//     with its reason, so that no library term passes unexamined. Under
//     2025.1 a proposal paying the armed actor a tax and a toll, sharing
//     information with it and accepting its conditions for access was
//     acceptable; under 2026.1 it needs headquarters' approval, and the
//     information sharing must say what it is about.
//   - 2026.2: the baseline as the field practises it, 28 rules. Detention
//     visits state each of the ICRC's standard conditions (all detainees,
//     all places of detention, private interviews, repeat visits, a list
//     or registration of detainees), and a visit missing any is an
//     institutional red line (headquarters) citing CIHL-124 and
//     ICRC-DETENTION-VISITS, and CIHL-123 for registration — one rule per
//     condition, so the report names each missing, and an agency relaxes
//     one by dropping or weakening its rule, a recorded exception; the rule
//     on private interviews, a trade-off before, keeps its ID. Every
//     purpose of a payment to a party is examined: goods, services,
//     salaries and other payments to the armed actor, another party or a
//     de facto authority are a trade-off (payment-to-party); a tax or toll
//     to the host state is an institutional red line when the term says
//     the host state is a party to the conflict (host_state_party, a term
//     attribute rather than a policy setting, so that a term that does not
//     say fails closed, and one policy serves contexts where the host state
//     is a party and contexts where it is not). A de facto authority
//     (de_facto_authority) is a payee, source, controller and recipient of
//     its own, treated as a party by the rules on fees, taxes, payments,
//     funding, beneficiary selection and aggregate information.
//     Information sharing states its purpose (sharing_purpose) and the
//     informed consent of the persons concerned (consent): identifying
//     information shared with anyone outside the organisation — donors and
//     peacekeepers too — is a trade-off with consent and for their
//     protection, and an institutional red line without consent or for any
//     other purpose; consent unstated is indeterminate. The rule
//     identifying-information-to-party is replaced by
//     identifying-information-shared, identifying-information-without-consent
//     and identifying-information-beyond-protection. Aggregate figures on
//     the consequences of a party's own conduct, shared with it to persuade
//     it ([InformationOwnConduct]), are not a trade-off: the report found
//     such evidence persuades. Armed escorts by peacekeepers, private
//     security or anyone but a party are a trade-off, a last resort
//     (IASC-ESCORTS-2013); an escort by a party is as before. The new kind
//     public_statements, an undertaking of silence about violations or of
//     limits on what the organisation may say, is an institutional red line
//     (headquarters) that an agency may make absolute. Evacuations state
//     whether they are voluntary and temporary; one that is not voluntary,
//     or not temporary, is a trade-off citing CIHL-129 and AP2-17, and one
//     that does not say is indeterminate — evacuation is no longer
//     uncovered. Under 2026.1 a one-off visit to the detainees an authority
//     selects, fuel bought from the armed actor and names shared with a
//     donor were acceptable, and silence as the price of access had no kind
//     of term; under 2026.2 each is examined, and the visit, the names and
//     the silence need headquarters.
//
// A layer may declare kinds [Uncovered] — examined by no rule, on purpose,
// for a reason — and say with [Policy.OnUnexamined] what a term that no rule
// examines does to the verdict: by default nothing, the report listing it;
// with [OnUnexaminedBlock], it counts as a term of an unknown kind.
//
// # Checking
//
// [Checker.Check] returns a [Report]: a [Finding] per rule a term crosses, and
// a [Verdict] — acceptable, trade-off analysis required, decision of the
// mandator required, approval required at a level, indeterminate, or
// unacceptable. Findings come in proposal order and, within a term, the most
// severe rule first, then by rule ID. Each finding explains itself at the
// domain level ([Finding.Observations]): "minimum age 14 (limit: under 15)".
// A report also says which rules examined each term ([Report.Examined]) and
// which terms no rule examined ([Report.Unexamined]); its text qualifies an
// acceptable verdict that rests on only some of the terms ("acceptable for
// the 2 terms examined; no rule of this policy covers terms 3 and 4: …").
// Reports render as text ([Report.String]) and JSON.
//
// Checking fails closed. Generic rule engines fail open where an attribute
// is missing (a deny-only policy with no match allows; a missing key is an
// evaluation error that callers skip). Here a condition on an attribute the
// term does not state, or states with an invalid value, is unknown; a rule
// none of whose conditions is false but some unknown gives an indeterminate
// finding that names what is missing ([Finding.Missing]) and blocks an
// acceptable verdict; and a term of a kind the policy does not know is
// indeterminate as if it crossed an absolute rule.
//
// # Performance and concurrency
//
// A Checker indexes rules by kind at compile time and pre-resolves every
// comparison; within a kind, it indexes the rules by the values of the
// enumerations and flags they test, so that a check passes over a rule a
// term's purpose or recipient rules out, and decides without evaluating
// it a rule that tests nothing else. [Checker.CheckInto] reuses a report's
// memory across proposals; a proposal checked again and again is prepared
// once ([Checker.Prepare]), which resolves each term's kind and keys against
// the policy, and [Checker.CheckPreparedInto] then gives Check's report at
// a few times the cost of a hand-written switch. A Checker is safe for concurrent use by any number of
// goroutines. Check never modifies the terms; Compile never modifies the
// policies. See BENCHMARKS.md for figures against cel-go and hand-written
// Go.
//
// # Testing a policy
//
// Package [github.com/humanitarian-negotiation/protection/redline/redlinetest]
// lets an agency prove its policy in its own tests, with per-rule coverage
// — of its own layer, or of the whole policy — and a check that no kind of
// term is left unexamined. [BaselineCasesJSON] holds the cases that prove
// [Baseline] itself.
//
// Policies and test cases have JSON Schemas, generated from the decoders,
// in the module's redline/schema directory: an editor that knows JSON
// Schema checks a policy file as it is typed.
package redline
