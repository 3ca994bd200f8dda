// Package assessment answers a country director's question: should we
// negotiate with this armed actor on this protection concern — directly or
// through others — and who must approve?
//
// # Protection risks
//
// The vocabulary of harm — the GPC's 15 protection risks, the GPC severity
// scale and the protection risk equation — lives in package
// [github.com/humanitarian-negotiation/protection/risk], which
// package agreement shares. An [Input] lists its protection concerns as
// [risk.Concern] values.
//
// # The decision
//
// The report's seven [Factor]s — criticality of the concerns, the actor's
// significance and impact on civilians, the operations at stake, the actor's
// openness, the host state's position, the feasibility and risks of
// negotiating, the organisation's added value — each get a [Score] from 0 to
// 1 with a [Confidence], or stay unassessed, which is never read as 0. Each
// factor has a [Direction]: all are benefits but the risk factor, a cost,
// which is turned into a benefit (1 − score) before weighting.
//
// [EngagementRisk]s — safety and security, reputational, legal, financial,
// operational — have a likelihood and an impact on 1–5 scales and
// [Mitigation]s that lower them; the residual risk (likelihood × impact after
// mitigation) is weighed against the organisation's appetite, raised for work
// of higher programme [Criticality], as acceptable-risk practice does.
//
// A [Policy] holds the weights, thresholds, risk appetite and escalation
// levels; [DefaultPolicy] follows the report and an agency changes it.
// [NewDecider] validates it once; [Decider.Decide] takes an [Input] — the
// actor, the concerns, the factors, the risks, the [Context] — and returns a
// [Decision]:
//
//   - vetoes come before the score: a prohibition of direct contact with no
//     exemption ([Prohibition]) vetoes direct engagement, and the decision
//     says by what;
//   - anything missing gives "prepare further", naming it;
//   - the score — the weighted mean — gives engage, prepare further, or defer
//     and monitor with what would change it; vetoed direct engagement becomes
//     indirect, through intermediaries;
//   - escalation rules raise the approving level with their reasons: a UN
//     sanctions listing, a terrorist designation (with legal review), donor
//     funding tied to a designated group, regional or global impact, a hostile
//     host state — made visible rather than hidden in a weight — and residual
//     risk above appetite, to the level that owns it;
//   - each factor's contribution and the weight change that would flip the
//     recommendation ([Sensitivity]) show how fragile the decision is;
//   - every [Ground] carries a code and the values used, and reads as a
//     sentence.
//
// # Evidence beside judgement
//
// The report's sharpest finding is that the risks of negotiating are often
// assumed rather than assessed. A country office's scores and likelihoods
// are judgements; public data can be set beside them. Package
// [github.com/humanitarian-negotiation/protection/assessment/incident]
// streams Insecurity Insight's Aid Worker KIKA data (incidents in which aid
// workers were killed, injured, kidnapped or arrested) as published, with
// each date's precision and the perpetrator's category ("no information" is
// never guessed).
// [Decider.IncidentEvidence] (or an [IncidentCounter], for streams, whose
// shards merge with [IncidentCounter.Merge]) counts
// the incidents an [IncidentQuery] selects: those of a country that name the
// armed actor — its names and aliases as the data write them ("SPLA-IO"),
// matched as whole words — or are of its perpetrator categories
// (incident.PerpetratorsFor), counted apart, so that the evidence says how
// many named the actor and how many only matched its category. The period
// is a window of days before the moment of assessment or a span of dates
// (a year asked for whole); an incident known only to its month or year
// counts only in a period that holds the whole month or year.
//
// Evidence is drawn only from what the data are known to cover: the span
// of every incident read, or a [Coverage] the caller states (complete for a
// country from a date; an excerpt, whose counts are a floor). A period the
// data do not reach suggests no likelihood at all — no data is not calm —
// and one they cover in part suggests a likelihood from the rate over the
// covered part, at low confidence at most. Otherwise the likelihood on the
// 1–5 scale comes from the thresholds of Policy.Evidence, with a confidence
// that says in words what it rests on (the count, how recent the latest
// incident is, the coverage), the trend against the period before (when the
// data cover it), and its provenance: the rows counted and what was left
// out and why. [OneSidedEvidence] reads the UCDP Actor Dataset's record of
// one-sided violence as evidence on the actor's impact on civilians, at low
// confidence, since the file gives no year; [ConflictEvidence] reads the
// UCDP/PRIO Armed Conflict Dataset's intensity as evidence on the actor's
// significance as a party — battle deaths measure the fighting, not the
// harm to civilians — and refuses an actor that is not a side of the
// conflict in the years used.
//
// An [Input] carries [Evidence] beside its judged scores and risks. Decide
// never lets evidence replace a judgement; its grounds say, for every factor
// and risk category, whether it rests on evidence, judgement or both. When a
// judged likelihood is [ContradictionSteps] or more below or above what the
// evidence suggests, the decision names both values, the direction
// ([Contradiction]) and the dataset, and no longer claims high confidence;
// evidence that covers nothing leaves its category to judgement alone and
// is named as such.
//
// # Preparation and review
//
// [Readiness] lists the preparation steps a [Plan] has not done; [Review]
// flags the practices the report's Table 1 says to avoid, each with the good
// practice that answers it. [Arguments] suggests bases for persuasion from the
// actor's norms, structure and interests; [EntryPoints] orders topics from the
// least to the most sensitive.
//
// # Errors and safety
//
// Every problem with an input is a [FieldError] naming its JSON path; its
// [Reason] says what is wrong with the input, while the reasons for a
// decision are its [Ground]s. Functions are pure — no clock, no global state — never modify their
// arguments, and are safe for concurrent use; a Decider is immutable. A
// loop over many inputs decides with [Decider.DecideInto], which reuses the
// caller's decision and its grounds and allocates nothing.
package assessment
