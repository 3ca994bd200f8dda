// Package risk is the vocabulary of harm that assessment and agreement
// share: the Global Protection Cluster's standard protection risks, the GPC
// severity scale, and the protection risk equation.
//
// # Protection risks
//
// [Risk] is the Global Protection Cluster's taxonomy of 15 protection risks,
// with the GPC's exact names ([Risk.Label]), stable JSON words, and the older
// names still found in GPC dashboards accepted when parsing. [Severity] is the
// GPC severity scale (Minor, Stressed, Moderate, Severe, Extreme, N/A).
//
// A [Concern] describes one risk by the protection risk equation's terms,
// each on a 1–5 scale (0: not assessed): the threat an actor poses, the
// affected group's vulnerability, and the capacity to withstand it.
// [Concern.Level] combines them as
//
//	risk = threat × vulnerability ÷ capacity
//
// from 0.2 to 25, growing with threat and vulnerability and falling with
// capacity; [LevelBand] reads it as low (under 2), medium (under 6), high
// (under 12) or critical.
//
// # Errors and safety
//
// Every problem with a value is a [FieldError] naming its JSON field. The
// functions are pure and every type is a plain value, safe for concurrent
// use.
package risk
