package assessment

import (
	"strconv"
	"strings"
	"time"

	"github.com/humanitarian-negotiation/protection/internal/iso3166"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// This file holds how the package's results read for people: in words —
// labels, never wire words — as a negotiator would write them.

// String gives the decision as a negotiator writes it: a headline — the
// recommendation, who decides, the score and the confidence — then one line
// per ground, in the order the decision was reached (see [Decision]).
func (d Decision) String() string {
	if !d.Recommendation.IsValid() {
		return "no decision"
	}
	var b strings.Builder
	b.WriteString(upper(d.Recommendation.Label()))
	b.WriteString(" — ")
	b.WriteString(d.Escalation.Phrase())
	b.WriteString(" decides")
	if d.LegalReview {
		b.WriteString(", with legal review")
	}
	b.WriteString(" (score ")
	b.WriteString(pct(d.Score))
	b.WriteString(ofOne + ", ")
	b.WriteString(d.Confidence.Label())
	b.WriteString(" confidence)")
	for _, g := range d.Grounds {
		b.WriteString("\n  - ")
		b.WriteString(g.String())
	}
	return b.String()
}

// upper capitalises the first letter of a sentence.
func upper(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// String gives the factor's part in the score: "the host state's position:
// 0.50 of 1, a benefit, weighs 0.14 and adds 0.07", or that it was not
// assessed.
func (c Contribution) String() string {
	if !c.Assessed {
		return c.Factor.Label() + ": not assessed"
	}
	return c.Factor.Label() + ": " + pct(c.Value) + ofOne + ", a " + c.Direction.Label() + ", weighs " + pct(c.Weight) + " and adds " + pct(c.Points)
}

// String says how far the factor's weight must move to change the
// recommendation the score gives, or that it cannot alone.
func (s Sensitivity) String() string {
	if !s.Flips {
		return s.Factor.Label() + ": no change of its weight alone changes the recommendation"
	}
	dir := "raised"
	if s.Delta < 0 {
		dir = "lowered"
	}
	return s.Factor.Label() + ": its weight " + num(s.Weight) + " " + dir + " by " + strconv.FormatFloat(abs(s.Delta), 'f', 2, 64) +
		" would change the recommendation to " + s.To.Label()
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// String gives the argument: "religious law: the actor recognises …".
func (a Argument) String() string { return a.Basis.Label() + ": " + a.Why }

// String gives the entry point: "health care (sensitivity 1 of 5): …".
func (e EntryPoint) String() string {
	return e.Topic.Label() + " (sensitivity " + strconv.Itoa(e.Sensitivity) + " of 5): " + e.Why
}

// Gaps are the preparation steps an engagement plan has not done, in the
// report's order, as [Readiness] returns them. The zero value, no gap, is a
// plan ready to go. Gaps is a plain slice, safe for concurrent reads.
type Gaps []Step

// String lists the steps not done, or says the plan is ready.
func (g Gaps) String() string {
	if len(g) == 0 {
		return "the plan is ready: every preparation step is done"
	}
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(g)))
	if len(g) == 1 {
		b.WriteString(" preparation step not done:")
	} else {
		b.WriteString(" preparation steps not done:")
	}
	for _, s := range g {
		b.WriteString("\n  - ")
		b.WriteString(s.Label())
	}
	return b.String()
}

// ReviewFlags are the practices to avoid that a review of an engagement plan
// finds, as [Review] returns them. The zero value, no flag, is a plan that
// avoids them all. ReviewFlags is a plain slice, safe for concurrent reads.
type ReviewFlags []ReviewFlag

// String lists the practices to avoid and what to do instead, or says
// there is none.
func (f ReviewFlags) String() string {
	if len(f) == 0 {
		return "the plan avoids every practice the report warns against"
	}
	var b strings.Builder
	for i, fl := range f {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(fl.String())
	}
	return b.String()
}

// String gives the score: "0.80 of 1, high confidence", or "not assessed".
func (s Score) String() string {
	if !s.Assessed() {
		return "not assessed"
	}
	return pct(s.Value) + ofOne + ", " + s.Confidence.Label() + " confidence"
}

// String gives the engagement risk: its category, likelihood and impact,
// and its residual after mitigation, or that it is not assessed.
func (r EngagementRisk) String() string {
	res, ok := r.Residual()
	if !ok {
		return r.Category.Label() + " risk: not assessed"
	}
	return r.Category.Label() + " risk: likelihood " + strconv.Itoa(r.Likelihood) + ofFive + ", impact " + strconv.Itoa(r.Impact) + ofFive +
		", residual " + strconv.Itoa(res) + of25 + " after " + words.Count(len(r.Mitigations), "mitigation", "")
}

// String gives the evidence and its source in a sentence, e.g. "evidence
// from Insecurity Insight's Aid Worker KIKA data on the safety and security
// risk: 11 incidents in South Sudan from 2021-01-01 to 2022-01-01, 0.92 a
// month, steady: they suggest likelihood 3 of 5 (high confidence: …)". The
// country is named in words; Country keeps its code.
func (e Evidence) String() string {
	on := e.Factor.Label()
	if e.Category != 0 {
		on = "the " + e.Category.Label() + " risk"
	}
	s := "evidence from " + e.Dataset.Label() + " on " + on + ": "
	switch {
	case e.Incidents != nil:
		x := e.Incidents
		period := x.From.Format(time.DateOnly) + " to " + x.To.Format(time.DateOnly)
		if x.Covered.Share == 0 {
			return s + "the data do not cover " + period + " in " + countryName(e.Country) + " — they suggest no likelihood: no data is not calm"
		}
		s += words.Count(x.Incidents, "incident", "") + " in " + countryName(e.Country) + " from " + period
		if len(x.Query.Names) > 0 {
			s += " (" + strconv.Itoa(x.Named) + " naming " + strings.Join(x.Query.Names, " or ") + ", " + strconv.Itoa(x.CategoryOnly) + " only of its categories)"
		}
		s += ", " + strconv.FormatFloat(x.PerMonth, 'f', 2, 64) + " a month"
		if x.Trend != 0 {
			s += ", " + x.Trend.Label()
		}
		s += ": they suggest likelihood " + strconv.Itoa(e.Likelihood) + ofFive + " (" + e.Confidence.Label() + " confidence: " + x.confidenceBasis() + ")"
		return s
	case e.OneSided != nil:
		s += "UCDP recorded the actor deliberately killing civilians (" + words.Count(len(e.OneSided.Dyads), "one-sided violence dyad", "") +
			"); the actor file gives no year, so when is unknown"
	case e.Conflict != nil:
		x := e.Conflict
		s += "the actor is on side " + x.Side + " of conflict " + strconv.Itoa(x.ConflictID) + " (as " + x.SideName + "), which was " +
			map[bool]string{true: "a war", false: "a minor conflict"}[x.Intensity == 2] + " in " + strconv.Itoa(x.Year) + ", " +
			strconv.Itoa(x.WarYears) + " of its " + words.Count(x.Years, "year", "") + " at war; the data end in " + strconv.Itoa(x.DataTo)
	default:
		s += e.Kind.Label()
		if e.Likelihood != 0 {
			s += " suggest likelihood " + strconv.Itoa(e.Likelihood) + ofFive
		}
	}
	return s + " (" + e.Confidence.Label() + " confidence)"
}

// countryName names a country by its ISO 3166-1 alpha-3 code as a sentence
// reads it ("South Sudan"), or gives the code when it is not assigned.
func countryName(code string) string {
	if name, ok := iso3166.InText(code); ok {
		return name
	}
	return code
}

// confidenceBasis says in words what the confidence of incident evidence
// rests on: the count, how recent the latest incident is, and how much of
// the period the data cover.
func (x *IncidentSummary) confidenceBasis() string {
	s := words.Count(x.Incidents, "incident", "")
	if !x.Latest.IsZero() {
		s += ", the latest ending " + words.Count(int(x.To.Sub(x.Latest).Hours()/24), "day", "") + " before the end of the period"
	}
	switch {
	case x.Covered.Share < 1:
		s += "; the data cover " + strconv.FormatFloat(100*x.Covered.Share, 'f', 0, 64) + "% of the period (" +
			x.Covered.From.Format(time.DateOnly) + " to " + x.Covered.To.Format(time.DateOnly) + ")"
	default:
		s += "; the data cover the whole period"
	}
	if !x.Covered.Stated {
		s += " as far as the span of the data read shows"
	}
	if x.Covered.Excerpt {
		s += "; an excerpt, so the count is a floor"
	}
	return s
}
