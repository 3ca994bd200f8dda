package research

import (
	"encoding/csv"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/exp/stats"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// Distribution describes a set of numbers: how many, their mean, and their
// quartiles and 90th percentile (Hyndman and Fan's type 7, the common
// default). All are 0 when N is 0, so the zero value describes an empty set.
// It is a plain value, safe for concurrent use.
type Distribution struct {
	N      int     `json:"n"`
	Mean   float64 `json:"mean"`
	P25    float64 `json:"p25"`
	Median float64 `json:"median"`
	P75    float64 `json:"p75"`
	P90    float64 `json:"p90"`
}

func distribution(v []float64) Distribution {
	if len(v) == 0 {
		return Distribution{}
	}
	q := stats.Quantiles(v, 0.25, 0.5, 0.75, 0.9)
	return Distribution{N: len(v), Mean: stats.Mean(v), P25: q[0], Median: q[1], P75: q[2], P90: q[3]}
}

// AgreementSummary summarises many agreements at one moment, for research: how late
// positive commitments were fulfilled, how long commitments took from
// signature to full implementation, and how compliance and implementation
// are spread across agreements — each distribution with its quartiles, and
// the pooled rates with their Wilson intervals.
//
// The zero value is the summary of no agreements at the zero time. It is a
// plain value, safe for concurrent use.
type AgreementSummary struct {
	At      time.Time    `json:"at"`
	Options TableOptions `json:"options"`
	// Delay is the days from each fulfilled positive commitment's due date to
	// its fulfilment; negative when early.
	Delay Distribution `json:"delay"`
	// Compliance is each agreement's compliance rate (0 to 1), over the
	// agreements with something due.
	Compliance Distribution `json:"compliance"`
	// Implementation is each agreement's share of commitments fully
	// implemented (0 to 1).
	Implementation Distribution `json:"implementation"`
	// ToFull is the days from each signed agreement's signature to the full
	// implementation of each of its commitments that reached it.
	ToFull Distribution `json:"to_full"`
	// PooledCompliance is the share of all commitments due, across the
	// agreements, that are honoured; PooledImplementation, the share of all
	// commitments fully implemented — each with its interval. An agreement
	// with many commitments weighs more here than in the distributions.
	PooledCompliance     Estimate `json:"pooled_compliance"`
	PooledImplementation Estimate `json:"pooled_implementation"`
	// Violations counts the grave violations the agreements record as
	// verified by the moment, per calendar year in which they occurred (the
	// reporting period of the Secretary-General's annual report) and per
	// violation, in year then violation order.
	Violations []ViolationCount `json:"violations"`
}

// ViolationCount is how many verified violations of one kind occurred in
// one calendar year across the agreements summarised, and how many children
// they concerned (where the verifications say). The zero value counts
// nothing. It is a plain value, safe for concurrent use.
type ViolationCount struct {
	Year      int             `json:"year"`
	Violation actor.Violation `json:"violation"`
	Verified  int             `json:"verified"`
	Children  int             `json:"children"`
}

// String gives the count in words: "2012, recruitment or use of children in
// armed forces and armed groups: 1 verified (0 children stated)".
func (v ViolationCount) String() string {
	return strconv.Itoa(v.Year) + ", " + strings.ToLower(v.Violation.Label()[:1]) + v.Violation.Label()[1:] + ": " + strconv.Itoa(v.Verified) +
		" verified (" + words.Count(v.Children, "child", "children") + " stated)"
}

// SummariseAgreements summarises agreements at time at, the intervals under
// the options (the zero value: the defaults). Each agreement is validated; a
// problem is a *FieldError with a path prefixed "[i]." for the i-th
// agreement; options in error are a *FieldError naming the option. It does
// not modify its argument.
func SummariseAgreements(agreements []agreement.Agreement, at time.Time, o TableOptions) (AgreementSummary, error) {
	c := check.Errors{Pkg: pkg}
	o = o.check(&c, "options.")
	for i, a := range agreements {
		c.AddErr(check.Index("", i), a.Validate())
	}
	if err := c.Err(); err != nil {
		return AgreementSummary{}, err
	}
	out := AgreementSummary{At: at, Options: o}
	var delays, compliance, implementation, toFull []float64
	var pooled agreement.Tally
	type yearViolation struct {
		year int
		v    actor.Violation
	}
	violations := map[yearViolation]*ViolationCount{}
	for _, a := range agreements {
		for _, x := range a.Violations {
			if x.Verified.After(at) {
				continue // not yet known
			}
			k := yearViolation{x.Occurred.UTC().Year(), x.Violation}
			vc := violations[k]
			if vc == nil {
				vc = &ViolationCount{Year: k.year, Violation: k.v}
				violations[k] = vc
			}
			vc.Verified++
			vc.Children += x.Children
		}
		states := a.States(at)
		var t agreement.Tally
		for i := range a.Commitments {
			cm, s := &a.Commitments[i], &states[i]
			t.Add(cm, s, at)
			pooled.Add(cm, s, at)
			if cm.Obligation == agreement.DutyPositive && !s.Fulfilled.IsZero() {
				delays = append(delays, s.Fulfilled.Sub(cm.Due).Hours()/24)
			}
			if !s.Fulfilled.IsZero() && !a.Signed.IsZero() {
				toFull = append(toFull, s.Fulfilled.Sub(a.Signed).Hours()/24)
			}
		}
		if r, ok := t.Compliance(); ok {
			compliance = append(compliance, r)
		}
		if t.Commitments > 0 {
			implementation = append(implementation, t.Share(agreement.ImplementationFull))
		}
	}
	out.Violations = make([]ViolationCount, 0, len(violations))
	for _, vc := range violations {
		out.Violations = append(out.Violations, *vc)
	}
	slices.SortFunc(out.Violations, func(x, y ViolationCount) int {
		if x.Year != y.Year {
			return x.Year - y.Year
		}
		return int(x.Violation) - int(y.Violation)
	})
	out.Delay = distribution(delays)
	out.Compliance = distribution(compliance)
	out.Implementation = distribution(implementation)
	out.ToFull = distribution(toFull)
	z := math.Sqrt2 * math.Erfinv(o.Level)
	out.PooledCompliance = Counts{Cases: pooled.Due, Achieved: pooled.Compliant, NotAchieved: pooled.Due - pooled.Compliant}.estimate(o, z)
	full := pooled.Count(agreement.ImplementationFull)
	out.PooledImplementation = Counts{Cases: pooled.Commitments, Achieved: full, NotAchieved: pooled.Commitments - full}.estimate(o, z)
	return out, nil
}

var agreementColumns = [...]string{"measure", "n", "mean", "p25", "median", "p75", "p90", "rate", "lo", "hi", "level", "too_small"}

// AgreementColumns returns the columns of [AgreementSummary.WriteCSV], in order.
func AgreementColumns() []string { return slices.Clone(agreementColumns[:]) }

// WriteCSV writes the research summary as CSV with encoding/csv: a header
// of [AgreementColumns], then one row per measure — delay_days,
// compliance, implementation and to_full_days with n and the distribution
// (rate to too_small empty), then pooled_compliance and
// pooled_implementation with n (the commitments the rate rests on), the
// rate and its interval (the distribution's columns empty; rate, lo and hi
// empty too when nothing is due). Numbers are in full precision.
func (r AgreementSummary) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(agreementColumns[:]); err != nil {
		return err
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for _, d := range []struct {
		name string
		d    Distribution
	}{{"delay_days", r.Delay}, {"compliance", r.Compliance}, {"implementation", r.Implementation}, {"to_full_days", r.ToFull}} {
		row := []string{d.name, strconv.Itoa(d.d.N), "", "", "", "", "", "", "", "", "", ""}
		if d.d.N > 0 {
			row[2], row[3], row[4], row[5], row[6] = f(d.d.Mean), f(d.d.P25), f(d.d.Median), f(d.d.P75), f(d.d.P90)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for _, e := range []struct {
		name string
		e    Estimate
	}{{"pooled_compliance", r.PooledCompliance}, {"pooled_implementation", r.PooledImplementation}} {
		row := []string{e.name, strconv.Itoa(e.e.Known), "", "", "", "", "", "", "", "", f(e.e.Level), strconv.FormatBool(e.e.TooSmall)}
		if e.e.Rated {
			row[7], row[8], row[9] = f(e.e.Rate), f(e.e.Lo), f(e.e.Hi)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes the research summary as indented JSON.
func (r AgreementSummary) WriteJSON(w io.Writer) error { return writeJSON(w, r) }
