// Package stakeholder maps who influences an armed actor and how the
// organisation's relationships with it hold: the actors of influence, the
// network of influence among them, the interlocutors inside the actor, and
// the contact log that keeps relationships alive beyond staff turnover.
//
// # Stakeholders and the map
//
// A [Stakeholder] is an actor of influence — community leaders, religious
// authorities, scholars, political parties, parliamentarians, civil society,
// human-rights organisations, media, the diaspora, former combatants, the
// host state, donor and supportive states, other armed groups, other
// agencies ([Role]) — with its influence over the target (0 to 1), its
// position towards the protection objective (−1 opposed to +1 supportive),
// the [Confidence] in both, and optionally its [Salience] (power, legitimacy,
// urgency: Mitchell, Agle and Wood's model, which an open-source
// implementation of the CCHN tools uses to rank priority tiers).
//
// [Place] puts each stakeholder in its [Quadrant] of the CCHN stakeholder map
// (Tool 12) and ranks whom to [ActionMobilise], whom to [ActionNeutralise] and whom to
// [ActionWatch]. [WriteSVG] draws the map, labelling points without names unless
// the caller chooses to show them.
//
// # The influence network
//
// A [Network] holds directed, weighted [Edge]s, "A influences B".
// [Network.Leverage] finds the strongest path of influence from the
// organisation to each decision-maker of the target — a path's strength is
// the product of its edges' weights, so influence is diluted at each step —
// the intermediaries most of those paths rely on, and who is out of reach.
// [Network.WriteDOT] exports the network to Graphviz. [NetworkFromACD] builds
// a network from the conflict-years of the UCDP/PRIO Armed Conflict Dataset
// (read with package actor/ucdp's ReadConflicts): states that gave troops to
// a side influence its parties.
//
// # Interlocutors, contacts and continuity
//
// An [Interlocutor] is a person or office of the target at a decision-making
// level, judged on authority and credibility. [CoverageOf] reports which of
// the target's levels are covered and which are missing: a target with weak
// command and control needs its frontline commanders and rank and file as
// well as its leadership. The contact log ([Contact]) feeds
// [AnalyseContinuity], which, at a given moment, finds contact that lapsed
// longer than the organisation's cadence (ad hoc rather than regular),
// relationships only one staff member has held (lost at handover), and
// interlocutors not contacted lately. [Summarise] turns a [Dossier] into a
// [Handover] for a successor.
//
// # Context analysis
//
// [Island] is the CCHN's Island of Agreement — facts agreed or contested,
// norms convergent or divergent — and [Island.Agreement] is the island where
// dialogue starts. [Icebergs] holds both sides' icebergs of positions,
// reasoning and values.
//
// # Sensitive data
//
// Names of interlocutors and stakeholders, phone numbers, emails, places and
// notes can get people killed. They never appear in String, GoString, any
// fmt verb go vet accepts, slog output (the types implement slog.LogValuer)
// or error messages. Redact gives a copy of a [Dossier], a [Handover] or any
// value holding them that is safe to share. Two uses get around the types'
// own formatting, and only Redact protects against them: a verb go vet
// rejects, such as %p on a value, makes fmt print the fields itself; and
// slog resolves LogValuer only for the value logged, so its JSON handler
// encodes a slice or map of them with encoding/json, names and all. Log
// values one by one, or log a redacted copy.
//
// # Errors and safety
//
// Every problem with an input is a [FieldError] naming its path; its detail
// never repeats a name, contact detail, place or note. A time after the
// evaluation time is out of range ([ReasonOutOfRange]); a reference names a
// stakeholder or interlocutor that does not exist ([ReasonReference]); an
// edge from a node to itself is a cycle ([ReasonCycle]). [Limits] bounds
// what [DecodeDossier] accepts. Functions are pure: the evaluation time is an
// argument, nothing is modified, and a Network is immutable and safe for
// concurrent use.
package stakeholder
