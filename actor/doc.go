// Package actor describes armed actors — who they are, how they are organised
// and listed, which norms and interests may move them — and derives which
// bodies of law bind them and why.
//
// # Actors
//
// An [Actor] is a plain value: a stable [uuid.UUID], a name and aliases, a
// [Kind], whether it is a party to an armed conflict, whether it exercises de
// facto authority over territory, its [Command] structure and [Faction]s, its
// [Designation]s (UN Security Council sanctions, terrorist listings, and its
// listings in the Secretary-General's annexes on children and armed
// conflict), the [Norm]s it recognises, its
// [Interest]s, its decision-making [Level]s and its record of [Engagement]s
// with humanitarian actors. [Actor.Validate] reports every problem at once;
// [Decode] and [Encode] read and write JSON.
//
// Kinds cover the report's armed actors — state armed forces; non-state armed
// groups: armed opposition, community self-defence militias, paramilitaries —
// and gangs and organised criminal groups, which the report puts outside its
// scope while noting that their own norms can promote restraint. The kinds of
// the research typologies complete the set, so that [FromACLED] and
// [FromUCDPOrg] map every armed-actor code without loss.
//
// # Children and armed conflict
//
// The UN lists a party in the annexes per grave [Violation], and delists it
// per violation too. A CAAC annex designation therefore holds one [Listing]
// per violation the party is listed for: the year of the first report that
// listed it for that violation, and the [AnnexSection] of the report the
// designation reflects (A, no measures in place to protect children; B,
// measures in place — sections since the 2017 report). Denial of
// humanitarian access is monitored but is not a listing trigger, so a
// listing for it is an error, as is a listing dated before the first report
// that could list for the violation ([Violation.FirstReport]: 2002, 2010,
// 2010, 2012 and 2016) and a section in a report before 2017. A persistent
// perpetrator is a party, not one violation: one in the annexes, for any
// trigger, for five years or more ([Designation.Persistent]), which every
// text that mentions the listing says. The agreement package judges
// delisting per violation from these listings.
//
// # Obligations
//
// [Obligations] derives, for an actor, each body of law that binds it or
// addresses it and each basis for dialogue, with a [Basis] and citations,
// speaking as the law does:
//
//   - IHL binds every party to an armed conflict, state or not ("CA3").
//   - Human rights law binds states; a non-state actor with government-like
//     functions over territory can assume responsibility for human rights
//     obligations when it has de facto authority ("IHRL").
//   - Armed groups distinct from a state's forces should not, under any
//     circumstances, recruit or use anyone under 18 ("OPAC-4"): the
//     protocol's words, whose binding force on armed groups is debated.
//   - A party listed in the annexes is under the Security Council's children
//     and armed conflict framework ("UNSCR-1612", and the resolution that made
//     each listed violation a trigger: "UNSCR-1379", "UNSCR-1882",
//     "UNSCR-1998", "UNSCR-2225").
//   - An actor outside any armed conflict is not bound by IHL; the principle
//     of humanity ("HP") and its own norms ("ICRC-ROR-2018") ground the
//     dialogue.
//
// # Citations
//
// Citations are stable identifiers. "CA3", "OPAC-4" and "HP" are those of the
// project's standards table (Common Article 3; the Optional Protocol on
// children in armed conflict, art. 4(1); the humanitarian principles of UNGA
// res. 46/182 and 58/114). "IHRL" (international human rights law),
// "UNSCR-NNNN" (a Security Council resolution) and "ICRC-ROR-2018" (the ICRC's
// The Roots of Restraint in War, whose typology labels are partly unverified)
// follow the same style for references the table names without an identifier.
//
// # Research data
//
// [FromACLED] and [FromUCDPOrg] map research typologies to [Kind]; a code
// that is not an armed actor is a [CodeError], never a silent default. The
// readers of the UCDP datasets live beside this vocabulary, in package
// [github.com/humanitarian-negotiation/protection/actor/ucdp].
//
// # Errors and safety
//
// Every problem with an input is a [FieldError] naming the JSON path (or CSV
// column) and, for text input, the line; several are joined with errors.Join.
// Functions are pure: they read no clock, keep no state, never modify their
// arguments, and are safe for concurrent use. An actor's names are public
// designations of a group; this package holds no personal data.
package actor
