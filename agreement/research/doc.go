// Package research finds outcome patterns across many protection
// negotiations and many agreements, for researchers and for the peer
// learning the report recommends: failures outnumber successes, prevention
// is often invisible, and datasets in this field are small, so every rate
// carries its interval.
//
// # Cases and their outcomes
//
// [Case] classifies a negotiation's outcome as the report's Box 3 does —
// policy commitments against concrete actions — with the actor kind,
// instrument, protection risk and year. [CaseReader] streams a dataset of
// cases in a documented CSV format (see [CaseColumns]) or as JSON Lines, and
// [Tabulator] tabulates outcome rates by actor kind, instrument, protection
// risk, outcome and year in constant memory. Datasets in this field are
// small, so every rate carries its Wilson score interval ([Counts.Interval],
// [Estimate]) at a chosen level, and a rate resting on fewer known results
// than a minimum is marked too small to read ([TableOptions]).
// [CrossTabulator] crosses any two [Dimension]s — actor kind, instrument,
// protection risk, outcome, outcome class, year or periods of years — with
// row and column totals, also in constant memory. A dataset in shards —
// files, goroutines, or the workers of a distributed engine — is tabulated
// shard by shard and the accumulators merged ([Tabulator.Merge],
// [CrossTabulator.Merge]), exactly as one pass over the whole would count;
// [SummariseParallel] reads shards on all cores. Tables write as CSV
// ([Summary.WriteCSV], [CrossTable.WriteCSV], stable documented columns, one
// row per cell) and JSON for R, pandas and spreadsheets, and draw as SVG
// dot-and-whisker charts ([WriteRateChart], [WriteYearChart]) that read in
// black and white. [SummariseAgreements] describes, for many [agreement.Agreement] values, the delays, compliance and
// time from signature to full implementation across many agreements with the
// quantiles of golang.org/x/exp/stats, and the pooled rates with their
// intervals.
//
// # Errors and safety
//
// A malformed row or line is a [FieldError] with its line and column; the
// readers read on. Readers, writers and tabulators are not safe for
// concurrent use; every result is a plain value.
package research
