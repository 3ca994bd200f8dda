package research

import (
	"strconv"
	"strings"
	"time"

	"github.com/humanitarian-negotiation/protection/internal/words"
)

// String gives the counts: "17 cases: 7 achieved, 8 partly, 2 not, 0
// unknown".
func (c Counts) String() string {
	return strconv.Itoa(c.Cases) + " cases: " + strconv.Itoa(c.Achieved) + " achieved, " + strconv.Itoa(c.PartlyAchieved) + " partly, " +
		strconv.Itoa(c.NotAchieved) + " not, " + strconv.Itoa(c.Unknown) + " unknown"
}

// String gives the rate and its interval: "65% (95% interval 41–83%), 15
// known results", with "too few to read" when it rests on fewer than the
// table's minimum, or "no known result".
func (e Estimate) String() string {
	if !e.Rated {
		return "no known result"
	}
	s := words.Percent(e.Rate) + " (" + strconv.FormatFloat(100*e.Level, 'f', -1, 64) + "% interval " + strings.TrimSuffix(words.Percent(e.Lo), "%") + "–" + words.Percent(e.Hi) + "), " +
		strconv.Itoa(e.Known) + " known results"
	if e.TooSmall {
		s += ", too few to read"
	}
	return s
}

// String gives the row: "UN Action Plan: 65% (95% interval 41–83%), 15
// known results, of 17 cases".
func (r Row) String() string {
	return display(r) + ": " + r.Estimate.String() + ", of " + strconv.Itoa(r.Cases) + " cases"
}

// String gives the cell: "armed opposition group × UN Action Plan: …".
func (c Cell) String() string {
	return c.Row.Label + " × " + c.Col.Label + ": " + c.Estimate.String() + ", of " + strconv.Itoa(c.Cases) + " cases"
}

// String is the key's label.
func (k Key) String() string { return k.Label }

// String gives the summary as text tables (see [WriteTable]): the total,
// then each table that has rows.
func (s Summary) String() string {
	var b strings.Builder
	b.WriteString("Outcomes of " + strconv.Itoa(s.Total.Cases) + " cases: " + s.Total.Estimate.String())
	for _, t := range []struct {
		title string
		rows  []Row
	}{{"by kind of armed actor", s.ByActorKind}, {"by instrument", s.ByInstrument}, {"by protection risk", s.ByRisk},
		{"by outcome", s.ByOutcome}, {"policy commitment or concrete action", s.ByClass}, {"by year", s.ByYear}} {
		if len(t.rows) == 0 {
			continue
		}
		b.WriteString("\n\n")
		_ = WriteTable(&b, t.title, t.rows) // a strings.Builder does not fail
	}
	return b.String()
}

// String gives the cross-table as text (see [WriteCrossTable]).
func (t CrossTable) String() string {
	var b strings.Builder
	_ = WriteCrossTable(&b, t) // a strings.Builder does not fail
	return strings.TrimSuffix(b.String(), "\n")
}

// String gives the distribution: "12 values: mean 3.5, median 3 (quartiles
// 1–5), 90th percentile 8", or "no values".
func (d Distribution) String() string {
	if d.N == 0 {
		return "no values"
	}
	r := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	return strconv.Itoa(d.N) + " values: mean " + r(d.Mean) + ", median " + r(d.Median) + " (quartiles " + r(d.P25) + "–" + r(d.P75) +
		"), 90th percentile " + r(d.P90)
}

// String gives the research summary, a line per measure.
func (r AgreementSummary) String() string {
	return "Agreements at " + r.At.UTC().Format(time.DateOnly) +
		"\n  - days from due date to fulfilment: " + r.Delay.String() +
		"\n  - compliance per agreement: " + r.Compliance.String() +
		"\n  - full implementation per agreement: " + r.Implementation.String() +
		"\n  - days from signature to full implementation: " + r.ToFull.String() +
		"\n  - commitments due that are honoured: " + r.PooledCompliance.String() +
		"\n  - commitments fully implemented: " + r.PooledImplementation.String() + r.violationLines()
}

// violationLines lists the verified violations per year, one line each, or
// says there are none.
func (r AgreementSummary) violationLines() string {
	if len(r.Violations) == 0 {
		return "\n  - verified grave violations: none recorded"
	}
	s := ""
	for _, v := range r.Violations {
		s += "\n  - verified grave violations, " + v.String()
	}
	return s
}

// String gives the case in words: "case c-017, 2012: armed opposition
// group, UN Action Plan on Forced Recruitment and Association of Children
// in Armed Forces and Groups, children released — partly achieved".
func (c Case) String() string {
	s := "case " + c.ID
	if c.Year != 0 {
		s += ", " + strconv.Itoa(c.Year)
	}
	return s + ": " + c.ActorKind.Label() + ", " + c.Instrument.Label() + " on " + c.Risk.Label() + ", " + c.Outcome.Label() + " — " + c.Result.Label()
}
