// Package agreement records what was agreed with an armed actor and tells,
// at any moment, how it stands. The report found that documentation and
// follow-up are where protection negotiations are lost: terms not written
// down, commitments not honoured — by the armed actor and by the agency —
// relationships gone with staff turnover, evaluation ad hoc.
//
// # Instruments, parties and commitments
//
// An [Agreement] is one [Instrument] of an [InstrumentKind] — a UN Action Plan (with the listed
// party, the grave violations the plan addresses, the standard activities
// against each, [Activity], and any of the plan's own, [OwnActivity]), a Geneva Call Deed of Commitment (one of the five [Deed]s), a
// unilateral declaration, a code of conduct or military order, a
// civilian-harm tracking mechanism, a special agreement under Common Article
// 3, a written record of agreed terms, or a verbal understanding — with its
// [Party]s (the armed actor, its factions or levels, the organisation, the
// host state, the UN, Geneva Call, custodians, third parties) and
// [Signatory]s. Each [Commitment] says what, by whom, by when, in which
// [Phase], addressing which protection risk (package risk's
// taxonomy), whether it is a negative or a positive [Duty], and how it
// is verified. Following the report, Validate refuses an agreement whose
// terms are not written down with roles, responsibilities and timelines.
//
// Step-by-step agreements have phases — restrict the use of mines, tell the
// population where mined areas are, clear a zone, then the full ban — each
// with an [AdvanceRule] that [Agreement.CanAdvance] evaluates.
//
// # Monitoring and follow-up
//
// Monitoring [Event]s — progress, fulfilled, partially fulfilled, breach,
// reversal, denial, verification, access lost and restored — are appended
// ([Append]), never edited, and each commitment's [State] is derived from
// them: its status, whether it is verified, and its [Implementation] on the
// Kroc Institute's Peace Accords Matrix scale (not initiated, minimal,
// intermediate, full). [Agreement.FollowUp] reports, at a given moment, what
// is overdue or due soon, outstanding breaches and reversals, the
// commitments the organisation itself has not honoured (a credibility risk
// the report names), the compliance rate overall and by party, phase, theme
// and protection risk, the phases, whether an Action Plan's party is
// eligible for delisting, and the next actions.
//
// # Children and armed conflict: delisting per violation
//
// The UN lists a party in the Secretary-General's annexes, and delists it,
// per grave violation: a party can be delisted for recruitment and use while
// it stays listed for sexual violence. So an Action Plan names the
// violations it addresses — one, or several for a joint plan — each
// commitment names the violation it addresses, and the library knows the
// standard activities against each listing trigger ([StandardActivities]).
//
// Follow-up takes the party's listing (FollowUpOptions.Listing, the actor
// package's CAAC designation) and judges [Delisting] per violation on the
// criteria annexed to the Secretary-General's 2010 report
// (A/64/742–S/2010/181): every commitment addressing the violation fully
// implemented and verified, and the violation ceased for at least one
// reporting period. Cessation is never assumed. It rests on facts the
// record holds apart from the commitments: the violations the UN's
// monitoring and reporting mechanism verified ([VerifiedViolation],
// appended with [AppendViolation]) and the statements that a period was
// monitored ([Monitoring], appended with [AppendMonitoring]) — the annual
// report's finding for the party, a verification mission. A reporting
// period (a calendar year, the annual report's, unless the agency sets
// another [ReportingCycle]) is clean of a violation when monitoring covers
// it whole and no violation of that kind is verified in it; a period with no
// monitoring recorded is unknown, and an unknown period never counts as
// clean. A verified violation restarts cessation; a breach of another
// commitment — focal points not appointed, access refused — is no violation:
// it keeps that commitment outstanding until remedied and verified again.
// Facts dated after the moment of follow-up are not yet known, so a later
// fact never changes an earlier follow-up.
//
// [ViolationDelisting] says which periods are clean, which have a violation
// and which are unknown, the first clean period after the last violation,
// the period monitoring must still establish, and the first date delisting
// could be requested. Violations the party is listed for that the plan does
// not address remain listed ([Delisting.RemainsListed]); Delisting.Eligible
// means eligible for every violation the party is listed for. The next
// actions ask the UN to consider delisting for each violation that
// qualifies, ask for a verification mission covering the period still
// needed, and keep the engagement going on what remains.
//
// # Red lines
//
// A commitment may carry its term as a [redline.Term]; [Agreement.Proposal]
// turns a draft into a proposal to check against the organisation's
// red-line policy before signature.
//
// # Research
//
// Package [github.com/humanitarian-negotiation/protection/agreement/research]
// tabulates outcomes across many negotiations and summarises many
// agreements at once.
//
// # Records
//
// [EncodeRecord] and [DecodeRecord] export an agreement as JSON with a schema
// version ([Schema]); records of the earlier versions ([SchemaV2],
// [SchemaV1]) still read, with Agreement.Upgraded saying what they did not
// keep and is therefore unknown.
// Signatories' names, commitments' texts and events' notes never appear in
// String, GoString, any fmt verb go vet accepts, slog output or errors;
// [Agreement.Redact] gives a copy safe to share. As in the stakeholder
// package, a verb go vet rejects (%p on a value) and a slice of values
// logged through slog's JSON handler bypass the types' own formatting: log
// values one by one, or log a redacted copy.
//
// # In words
//
// What follow-up reports, a person reads in words, not IDs: parties and
// phases by name (they name organisations and steps, not people), and
// commitments by their number in the agreement ("commitment 3") in String.
// A [FollowUp] carries each commitment's text beside its ID, for programs
// and for [FollowUp.Words], which names commitments by their texts, cut to
// a line, on the negotiator's own screen; the texts stay out of String, fmt
// and slog as above, and [FollowUp.Redact] replaces them before a
// follow-up is shared. [Agreement.Commitment], [Agreement.Party] and
// [Agreement.Phase] look one up by ID.
//
// # Errors
//
// Every problem is a [FieldError] naming its JSON path; its detail never
// repeats a name, a text or a note. A time before the signature or after
// the evaluation time is out of range ([ReasonOutOfRange]); a reference
// names a party, phase or commitment that does not exist
// ([ReasonReference]); phases that wait on each other are a cycle
// ([ReasonCycle]).
package agreement
