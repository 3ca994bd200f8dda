package agreement

import (
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// VerifiedViolation is a grave violation by the listed party that the UN's
// monitoring and reporting mechanism verified: which violation, when it
// happened (Occurred, which places it in a reporting period), when it was
// verified (Verified: not known before), how many children it concerned
// (0 when the verification does not say) and who verified it ("country
// task force on monitoring and reporting", or the report that gives it,
// "S/2013/245"). Note is free text and sensitive.
//
// A verified violation is a fact about the party, apart from the plan's
// commitments: it restarts the cessation of that violation, where a breach
// of a commitment — focal points not appointed, access refused — only makes
// the commitment outstanding until remedied and verified again. Verified
// violations are appended ([AppendViolation]), never edited. The zero value
// is not a valid violation. It is a plain value, safe for concurrent use.
type VerifiedViolation struct {
	Violation  actor.Violation `json:"violation"`
	Occurred   time.Time       `json:"occurred"`
	Verified   time.Time       `json:"verified"`
	Children   int             `json:"children,omitempty"`
	VerifiedBy string          `json:"verified_by"`
	Note       string          `json:"note,omitempty"`
}

// Monitoring states that the listed party was monitored for grave
// violations over [From, To): the annual report's finding for the party
// over its reporting period, or a verification mission's. Violations names
// the violations monitored; empty means every listing trigger. Stated is
// when the finding was made: it is not known before. Reference names the
// source document ("A/72/361–S/2017/821"). A reporting period counts as
// clean of a violation only when monitoring covers it whole and no verified
// violation of that kind occurred in it; a period with no monitoring
// recorded is unknown, never clean.
//
// Monitoring statements are appended ([AppendMonitoring]), never edited.
// The zero value is not a valid statement. It is a plain value, safe for
// concurrent use.
type Monitoring struct {
	From       time.Time         `json:"from"`
	To         time.Time         `json:"to"`
	Violations []actor.Violation `json:"violations,omitempty"`
	Source     MonitoringSource  `json:"source"`
	Reference  string            `json:"reference,omitempty"`
	Stated     time.Time         `json:"stated"`
}

// Covers reports whether the statement monitors violation v.
func (m Monitoring) Covers(v actor.Violation) bool {
	return len(m.Violations) == 0 || slices.Contains(m.Violations, v)
}

// MonitoringSource is what a monitoring statement comes from. The zero
// value is invalid. A MonitoringSource is a plain value, safe for concurrent
// use.
type MonitoringSource uint8

// Monitoring sources.
const (
	MonitoringUnspecified         MonitoringSource = iota
	MonitoringAnnualReport                         // the Secretary-General's annual report on children and armed conflict
	MonitoringCountryReport                        // a country report of the Secretary-General, or of the task force
	MonitoringVerificationMission                  // a UN verification mission to the party's camps and bases
	MonitoringOther                                // another source the UN relies on
)

var monitoringSources = enum.New[MonitoringSource]("agreement", "monitoring source",
	"annual_report", "country_report", "verification_mission", "other").
	WithLabels("the annual report", "a country report", "a verification mission", "another source")

// IsValid reports whether s is a named source.
func (s MonitoringSource) IsValid() bool { return monitoringSources.Valid(s) }

// String returns the wire word; it never panics.
func (s MonitoringSource) String() string { return monitoringSources.String(s) }

// Label returns the value in words, for people; String gives the wire word.
func (s MonitoringSource) Label() string { return monitoringSources.Label(s) }

// MarshalText encodes the source as its wire word.
func (s MonitoringSource) MarshalText() ([]byte, error) { return monitoringSources.Marshal(s) }

// UnmarshalText decodes a wire word, ignoring case.
func (s *MonitoringSource) UnmarshalText(b []byte) (err error) {
	*s, err = monitoringSources.Unmarshal(b)
	return err
}

// ParseMonitoringSource parses a source's wire word, ignoring case.
func ParseMonitoringSource(s string) (MonitoringSource, error) { return monitoringSources.Parse(s) }

// ReportingCycle sets the reporting periods cessation is judged over:
// periods Months long, one of them starting in StartMonth. The zero value
// is the Secretary-General's: calendar years (the 2017 report covers
// January–December 2016). An agency that tracks another cycle sets its own:
// Months divides 12 (1, 2, 3, 4, 6 or 12). A ReportingCycle is a plain
// value, safe for concurrent use.
type ReportingCycle struct {
	StartMonth time.Month `json:"start_month,omitempty"`
	Months     int        `json:"months,omitempty"`
}

// Validate reports an unknown setting as a *FieldError naming it: a start
// month outside January–December, or a length that does not divide a year.
func (rc ReportingCycle) Validate() error {
	c := check.Errors{Pkg: pkg}
	rc.check(&c, "")
	return c.Err()
}

func (rc ReportingCycle) check(c *check.Errors, p string) {
	if rc.StartMonth < 0 || rc.StartMonth > 12 {
		c.Add(p+"start_month", check.Unknown, "a month from 1 (January) to 12, or 0 for January")
	}
	switch rc.Months {
	case 0, 1, 2, 3, 4, 6, 12:
	default:
		c.Add(p+"months", check.Unknown, "a period of 1, 2, 3, 4, 6 or 12 months, or 0 for a calendar year: "+strconv.Itoa(rc.Months)+" does not divide a year")
	}
}

func (rc ReportingCycle) orDefault() ReportingCycle {
	if rc.StartMonth == 0 {
		rc.StartMonth = time.January
	}
	if rc.Months == 0 {
		rc.Months = 12
	}
	return rc
}

// ReportingPeriod is one period of a reporting cycle, [From, To). The zero
// value is no period. A ReportingPeriod is a plain value, safe for
// concurrent use.
type ReportingPeriod struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// IsZero reports whether p is no period.
func (p ReportingPeriod) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// String names the period as people do: "2016" for a calendar year,
// "July 2016 to June 2017" otherwise.
func (p ReportingPeriod) String() string {
	if p.IsZero() {
		return "no period"
	}
	if p.From.Month() == time.January && p.From.Day() == 1 && p.To.Equal(p.From.AddDate(1, 0, 0)) {
		return strconv.Itoa(p.From.Year())
	}
	last := p.To.AddDate(0, 0, -1)
	if p.From.Year() == last.Year() && p.From.Month() == last.Month() {
		return p.From.Format("January 2006")
	}
	return p.From.Format("January 2006") + " to " + last.Format("January 2006")
}

// period returns the period of the cycle that holds t (in UTC).
func (rc ReportingCycle) period(t time.Time) ReportingPeriod {
	rc = rc.orDefault()
	t = t.UTC()
	m := t.Year()*12 + int(t.Month()-1) - int(rc.StartMonth-1) // months since a period boundary, give or take
	start := m - ((m%rc.Months)+rc.Months)%rc.Months + int(rc.StartMonth-1)
	from := time.Date(start/12, time.Month(start%12+1), 1, 0, 0, 0, 0, time.UTC)
	return ReportingPeriod{From: from, To: from.AddDate(0, rc.Months, 0)}
}

// next returns the period after p.
func (rc ReportingCycle) next(p ReportingPeriod) ReportingPeriod {
	rc = rc.orDefault()
	return ReportingPeriod{From: p.To, To: p.To.AddDate(0, rc.Months, 0)}
}

// PeriodState is what the record says of a reporting period for one
// violation. The zero value is invalid. A PeriodState is a plain value,
// safe for concurrent use.
type PeriodState uint8

// Period states.
const (
	PeriodUnspecified PeriodState = iota
	PeriodClean                   // monitored whole, and no violation of the kind verified in it
	PeriodViolation               // a violation of the kind verified in it
	PeriodUnknown                 // not monitored whole, and no violation verified: never clean
)

var periodStates = enum.New[PeriodState]("agreement", "period state", "clean", "violation", "unknown").
	WithLabels("monitored, no violation verified", "a violation verified", "not monitored: unknown")

// IsValid reports whether s is a named state.
func (s PeriodState) IsValid() bool { return periodStates.Valid(s) }

// String returns the wire word; it never panics.
func (s PeriodState) String() string { return periodStates.String(s) }

// Label returns the value in words, for people; String gives the wire word.
func (s PeriodState) Label() string { return periodStates.Label(s) }

// MarshalText encodes the state as its wire word.
func (s PeriodState) MarshalText() ([]byte, error) { return periodStates.Marshal(s) }

// UnmarshalText decodes a wire word, ignoring case.
func (s *PeriodState) UnmarshalText(b []byte) (err error) {
	*s, err = periodStates.Unmarshal(b)
	return err
}

// ParsePeriodState parses a state's wire word, ignoring case.
func ParsePeriodState(s string) (PeriodState, error) { return periodStates.Parse(s) }

// PeriodStatus is one whole reporting period and what the record says of
// it for one violation: its state, and the verified violations of the kind
// that occurred in it and the children they concerned. The zero value is no
// period. It is a plain value, safe for concurrent use.
type PeriodStatus struct {
	Period     ReportingPeriod `json:"period"`
	State      PeriodState     `json:"state"`
	Violations int             `json:"violations,omitempty"`
	Children   int             `json:"children,omitempty"`
}

// String gives the period and its state: "2016: monitored, no violation
// verified".
func (ps PeriodStatus) String() string {
	s := ps.Period.String() + ": " + ps.State.Label()
	if ps.Violations > 0 {
		s += " (" + strconv.Itoa(ps.Violations) + " verified"
		if ps.Children > 0 {
			s += ", " + words.Count(ps.Children, "child", "children")
		}
		s += ")"
	}
	return s
}

// String identifies the violation without its note: "recruitment or use of
// children in armed forces and armed groups, occurred 2012-07-01, verified
// 2012-07-20".
func (v VerifiedViolation) String() string {
	return lower(v.Violation.Label()) + ", occurred " + v.Occurred.Format(time.DateOnly) + ", verified " + v.Verified.Format(time.DateOnly)
}

// GoString is String, so that %#v shows no note.
func (v VerifiedViolation) GoString() string { return v.String() }

// Format writes String for every verb, so that no verb shows the note.
func (v VerifiedViolation) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(v.String())) }

// LogValue logs String, never the note.
func (v VerifiedViolation) LogValue() slog.Value { return slog.StringValue(v.String()) }

// String identifies the statement: "monitored 2016-01-01 to 2017-01-01 (the
// annual report, A/72/361–S/2017/821)".
func (m Monitoring) String() string {
	s := "monitored " + m.From.Format(time.DateOnly) + " to " + m.To.Format(time.DateOnly) + " (" + m.Source.Label()
	if m.Reference != "" {
		s += ", " + m.Reference
	}
	return s + ")"
}

// MaxChildren bounds the children a verified violation concerns.
const MaxChildren = 100_000

// checkViolations checks the verified violations and monitoring statements.
func (a *Agreement) checkViolations(c *check.Errors) {
	for i, v := range a.Violations {
		p := check.Index("violations", i)
		switch {
		case v.Violation == 0:
			c.Add(p+".violation", check.Required, "which grave violation was verified")
		case !v.Violation.IsValid():
			c.Add(p+".violation", check.Unknown, "unknown grave violation")
		case v.Violation.FirstReport() == 0:
			c.Add(p+".violation", check.Invalid, lower(v.Violation.Label())+" is monitored but is not a listing trigger: its verification bears on no listing")
		}
		if v.Occurred.IsZero() {
			c.Add(p+".occurred", check.Required, "when the violation happened: it places it in a reporting period")
		}
		switch {
		case v.Verified.IsZero():
			c.Add(p+".verified", check.Required, "when the violation was verified")
		case v.Verified.Before(v.Occurred):
			c.Add(p+".verified", check.Conflict, "verified before it occurred")
		case len(a.Violations) > 0 && i > 0 && v.Verified.Before(a.Violations[i-1].Verified):
			c.Add(p+".verified", check.Invalid, "out of order: verified violations are appended in the order of their verification")
		}
		timeAt(c, func() string { return p + ".occurred" }, v.Occurred)
		timeAt(c, func() string { return p + ".verified" }, v.Verified)
		if v.Children < 0 || v.Children > MaxChildren {
			c.Add(p+".children", check.OutOfRange, "a number of children from 0 to "+strconv.Itoa(MaxChildren))
		}
		c.Text(p+".verified_by", v.VerifiedBy, MaxNameLen, true)
		c.Text(p+".note", v.Note, MaxTextLen, false)
	}
	for i, m := range a.Monitoring {
		p := check.Index("monitoring", i)
		switch {
		case m.From.IsZero() || m.To.IsZero():
			c.Add(p, check.Required, "a monitored period has a start and an end")
		case !m.From.Before(m.To):
			c.Add(p+".from", check.Conflict, "the period starts on or after its end")
		}
		timeAt(c, func() string { return p + ".from" }, m.From)
		timeAt(c, func() string { return p + ".to" }, m.To)
		for j, v := range m.Violations {
			vp := check.Index(p+".violations", j)
			switch {
			case !v.IsValid():
				c.Add(vp, check.EnumReason(v == 0), "a grave violation")
			case v.FirstReport() == 0:
				c.Add(vp, check.Invalid, lower(v.Label())+" is not a listing trigger")
			case slices.Contains(m.Violations[:j], v):
				c.Add(vp, check.Duplicate, "listed twice")
			}
		}
		c.Enum(p+".source", m.Source.IsValid(), m.Source == 0, true, "monitoring source")
		c.Text(p+".reference", m.Reference, MaxNameLen, false)
		switch {
		case m.Stated.IsZero():
			c.Add(p+".stated", check.Required, "when the finding was made")
		case m.Stated.Before(m.From):
			c.Add(p+".stated", check.Conflict, "stated before the period it speaks of began")
		case i > 0 && m.Stated.Before(a.Monitoring[i-1].Stated):
			c.Add(p+".stated", check.Invalid, "out of order: monitoring statements are appended in the order they were made")
		}
		timeAt(c, func() string { return p + ".stated" }, m.Stated)
	}
}

// AppendViolation returns a copy of the agreement with the verified
// violation appended, after checking it and that it comes no earlier, by
// verification, than the last one. The agreement passed in is not modified.
func AppendViolation(a Agreement, v VerifiedViolation) (Agreement, error) {
	b := a
	b.Violations = append(slices.Clip(a.Violations), v)
	var c check.Errors
	c.Pkg = pkg
	b.checkViolations(&c)
	if err := c.Err(); err != nil {
		return a, err
	}
	return b, nil
}

// AppendMonitoring returns a copy of the agreement with the monitoring
// statement appended, after checking it and that it is stated no earlier
// than the last one. The agreement passed in is not modified.
func AppendMonitoring(a Agreement, m Monitoring) (Agreement, error) {
	b := a
	m.Violations = slices.Clone(m.Violations)
	b.Monitoring = append(slices.Clip(a.Monitoring), m)
	var c check.Errors
	c.Pkg = pkg
	b.checkViolations(&c)
	if err := c.Err(); err != nil {
		return a, err
	}
	return b, nil
}
