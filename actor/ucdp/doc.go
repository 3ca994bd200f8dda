// Package ucdp reads the datasets of the Uppsala Conflict Data Program as
// they are distributed, beside the actor vocabulary they classify.
//
// # The UCDP Actor Dataset
//
// [NewActorReader] streams the Actor Dataset (version 22.1 and its column
// layout) record by record; [ReadActors] reads a whole file, bounded by
// [ActorOptions]. The file is read exactly as downloaded: a leading
// byte-order mark is skipped, list fields ("12618, 448") are split, and
// names with commas inside parentheses, or "Macedonia, FYR", are kept
// whole. Each [Actor] is classified by its organisation level
// ([actor.FromUCDPOrg]) and converts to an [actor.Actor] under a stable ID
// ([ActorID]). UCDP's threshold for an armed conflict (25 battle-related
// deaths in a year) is not the test of international humanitarian law, so
// the party-to-conflict flag such a conversion sets is a research
// approximation.
//
// # The UCDP/PRIO Armed Conflict Dataset
//
// [NewConflictReader] streams the Armed Conflict Dataset (version 4-2013
// and its column layout) one conflict-year at a time; [ReadConflicts] reads
// a whole file. A [Conflict] names the sides, the states giving troops to
// each, the incompatibility, the intensity and the type of conflict; its
// parties get stable IDs from their names ([PartyID]). Package stakeholder
// turns troop support into influence networks; package assessment reads
// intensity as evidence.
//
// # Attribution
//
// UCDP data are © the Uppsala Conflict Data Program, and the UCDP/PRIO data
// © UCDP and the Peace Research Institute Oslo, both under CC BY 4.0. Cite
// Davies, Pettersson & Öberg (2022), Journal of Peace Research 59(4), for
// the Actor Dataset; Gleditsch et al. (2002), Journal of Peace Research
// 39(5), and Themnér & Wallensteen (2013), Journal of Peace Research 50(4),
// for the conflict data.
//
// # Errors and safety
//
// A malformed row is a [FieldError] with its line and column; the readers
// read on from the next row, and the bulk functions report up to 100 bad
// rows at once. Readers are not safe for concurrent use; every record is a
// plain value.
package ucdp
