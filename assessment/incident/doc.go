// Package incident reads incident data as it is published: Insecurity
// Insight's Aid Worker KIKA data, the incidents in which aid workers were
// killed, injured, kidnapped or arrested.
//
// [NewReader] streams the CSV file as published on the Humanitarian Data
// Exchange, or an excerpt of its columns, in constant memory; [ReadAll]
// reads a whole file, bounded by [Options]. Each [Incident] carries its date
// with the [Precision] the data give it — an event known only to its week,
// month or year is never read as exact ([Incident.Period]) — its country as
// an ISO 3166-1 alpha-3 code, and its [Perpetrator] category, with the
// actor kinds the category corresponds to ([Perpetrator.Kinds],
// [PerpetratorsOf]). "No information" is a category of its own: the library
// never guesses a perpetrator the data do not name.
//
// Package assessment turns incidents into evidence beside a country office's
// judgement of the risks of engaging.
//
// # Errors and safety
//
// A malformed row is a [FieldError] with its line and column; the reader
// reads on from the next row. An Incident holds no place below the country,
// no description and no names. Functions are pure; a Reader is not safe for
// concurrent use, and every other type is a plain value.
package incident
