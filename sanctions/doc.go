// Package sanctions screens what a proposed agreement would transfer to a
// designated party against the sanctions that list it and the humanitarian
// exemptions that cover the organisation, on the day of the agreement.
//
// Organisations often take counter-terrorism measures to forbid any
// engagement with a listed armed group. They do not: contact — talking,
// negotiating, obtaining commitments — is not what an asset freeze
// prohibits. What a freeze reaches is funds, goods and services made
// available to, or for the benefit of, a listed party. So the screening
// separates the two: a term that moves nothing gets a no-transfer finding
// that says so, and a term that moves something — a payment of any purpose
// (a tax, a toll, goods, services, salaries, a fee for dialogue, a ransom),
// an escort's keep, assistance whose distribution the party controls, funds
// received from it, information given to it — is screened per designation
// of the party and per jurisdiction the designation binds the organisation
// under.
//
// # What the screening knows
//
// [Regimes] is the table of sanctions regimes: the UN Security Council's
// (committee, resolution, measures, and the prefixes of the Consolidated
// List's reference numbers: "QDe." for an entity on the ISIL (Da'esh) and
// Al-Qaida list), the US lists of Foreign Terrorist Organizations and
// Specially Designated Global Terrorists, the EU terrorist list and the UK
// counter-terrorism regime. [Exemptions] is the table of humanitarian
// exemptions from asset freezes: resolution 2664 (2022), paragraph 1, which
// reached the 1267 regime for two years from 9 December 2022 and was
// continued there by resolution 2761 (2024); resolution 2615 (2021) for the
// 1988 regime; the EU's and the UK's measures giving effect to 2664; and
// OFAC's general licences for NGOs of 20 December 2022, which let funds
// reach a blocked party only as taxes, fees or import duties, or for
// permits, licences or public utility services — tolls are not among them.
// Each row cites its instrument, says whom and what it covers and from
// when until when, and says what of it is unverified. [Gaps] lists the
// exemptions the table knows it does not hold. [TableVersion] names the
// edition; every report states it.
//
// # The organisation's standing
//
// A [Standing] says where the organisation stands among the providers
// resolution 2664 names (a UN entity, an international organisation, a
// humanitarian organisation with UN General Assembly observer status, an NGO
// in a UN response plan, appeal or cluster, an implementing partner of one
// of these) or outside them, and which of EU, UK and US law it answers to;
// the UN Security Council's measures bind every organisation. The library
// never infers a standing: an unset one is an error.
//
// # Verdicts
//
// Each [Finding] is, from the mildest to the gravest: no transfer; no
// designation (the party was screened and is listed nowhere); not binding
// (listed only under a law the organisation does not answer to); exempted
// (citing the exemption in force on the day, with its conditions — among
// them, making reasonable efforts to minimise any benefit to listed
// parties); indeterminate (something needed is not stated: who is paid,
// for what, or the listings of a party the terms benefit); legal review at
// headquarters (outside every exemption in force, a gap or a lapse in the
// table, funds from a listed party, another state's national law, or
// material support to a US Foreign Terrorist Organization — a crime under
// 18 U.S.C. § 2339B that no OFAC licence settles, and which includes
// training and expert advice, IHL training among them); prohibited (no
// exemption was in force, or a ransom, which none covers; resolution 2133
// (2013) addresses ransoms to the 1267 list), with who may allow it case by
// case. A [Report]'s verdict is the gravest of its findings and notes.
// Unknown is never allowed: a regime the table does not know is an error,
// and a party whose listings were not given is indeterminate, never clear.
//
// # Fit with the rest of the library
//
// The screening reads the same listings as the rest of the library:
// [actor.Designation] values, whose [actor.Designation.Sanctions] method
// says which are sanctions or counter-terrorism listings — the ones the
// assessment package escalates a decision for. A CAAC annex listing freezes
// nothing. Terms are [redline.Term] values, so the proposal a red-line
// policy checks is the proposal screened, and [Report.Attach] puts the two
// reports side by side; the red-line checker itself stays actor-agnostic.
// An agreement's draft is screened as
//
//	sanctions.Screen(plan.Proposal(), []sanctions.Counterpart{sanctions.ArmedActor(group)}, standing, at)
//
// [Request] carries a screening as JSON ([DecodeRequest], [EncodeRequest]).
//
// # The UN Consolidated List
//
// [NewEntryReader] and [ReadEntries] stream the Security Council's
// Consolidated List as published in XML; [Entry.Designation] turns an
// entry into an actor.Designation. [MatchActor] matches an actor to entries
// by reference number exactly, and by name or alias only as a possible
// match for a person to confirm — never as a listing. The list's licence
// for redistribution is unverified: the package ships no copy.
//
// # Errors
//
// Screen, Validate and the decoders report every problem at once as an
// errors.Join of *[FieldError] values, each naming its field path
// ("counterparts[0].designations[1].regime") and a [Reason]. Screen reads
// no clock — the day is an argument —, modifies none of its arguments, and
// gives the same report for the same input; the tables are fixed at
// compile time and handed out as copies.
package sanctions
