package stakeholder

import (
	"bytes"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// CoverageOptions sets when an interlocutor counts as covering a level. The
// zero value means the defaults: authority and credibility of 0.5 or more. A
// CoverageOptions is a plain value, safe for concurrent use.
type CoverageOptions struct {
	MinAuthority   float64
	MinCredibility float64
}

// Coverage says which of the target's decision-making levels the
// interlocutors reach. The zero value is not a result: CoverageOf always
// lists at least one required level. A Coverage is a plain value; nothing in
// this package modifies its slices, so it is safe for concurrent reads.
type Coverage struct {
	Required []actor.Level `json:"required"` // the levels engagement must reach (actor.Actor.RequiredLevels)
	Covered  []actor.Level `json:"covered"`  // levels reached by an interlocutor with enough authority and credibility
	Missing  []actor.Level `json:"missing"`  // required levels not covered
	Weak     []uuid.UUID   `json:"weak"`     // interlocutors below the thresholds, by ID
}

func (c Coverage) clone() Coverage {
	c.Required, c.Covered, c.Missing = slices.Clone(c.Required), slices.Clone(c.Covered), slices.Clone(c.Missing)
	c.Weak = slices.Clone(c.Weak)
	return c
}

// CoverageOf reports which decision-making levels of the target the
// interlocutors cover, judged on authority and credibility, against the
// levels the target's command structure requires: its leadership, and, when
// command and control is weak, its frontline commanders and rank and file
// too. Levels come in the order of the actor.Level constants. Options out
// of range are the *FieldErrors of [CoverageOptions.Validate].
func CoverageOf(target actor.Actor, interlocutors []Interlocutor, opts CoverageOptions) (Coverage, error) {
	if err := opts.Validate(); err != nil {
		return Coverage{}, err
	}
	if opts.MinAuthority == 0 {
		opts.MinAuthority = 0.5
	}
	if opts.MinCredibility == 0 {
		opts.MinCredibility = 0.5
	}
	cov := Coverage{Required: target.RequiredLevels(), Covered: []actor.Level{}, Missing: []actor.Level{}, Weak: []uuid.UUID{}}
	covered := make(map[actor.Level]bool)
	for _, in := range interlocutors {
		if in.Authority >= opts.MinAuthority && in.Credibility >= opts.MinCredibility {
			covered[in.Level] = true
		} else {
			cov.Weak = append(cov.Weak, in.ID)
		}
	}
	for _, l := range actor.Levels() {
		if covered[l] {
			cov.Covered = append(cov.Covered, l)
		}
	}
	for _, l := range cov.Required {
		if !covered[l] {
			cov.Missing = append(cov.Missing, l)
		}
	}
	slices.SortFunc(cov.Weak, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	return cov, nil
}

// ContinuityOptions sets the organisation's expectations of contact. The
// zero value means the defaults. A ContinuityOptions is a plain value, safe
// for concurrent use.
type ContinuityOptions struct {
	// CadenceDays is the longest time, in days, between two contacts with
	// an interlocutor before the contact counts as ad hoc; default 30.
	CadenceDays int
	// PeriodDays is how recently, in days, each interlocutor must have been
	// contacted; default the cadence.
	PeriodDays int
}

// maxDays bounds a cadence or a period: a century.
const maxDays = 36_525

// Gap is a stretch between two consecutive contacts with an interlocutor
// longer than the cadence. The zero value is not a gap: it names no
// interlocutor. A Gap is a plain value, safe for concurrent use.
type Gap struct {
	Interlocutor uuid.UUID `json:"interlocutor"`
	From         time.Time `json:"from"`
	To           time.Time `json:"to"`
}

// Length returns the gap's duration.
func (g Gap) Length() time.Duration { return g.To.Sub(g.From) }

// Custody is a relationship held by a single staff member: every contact
// with the interlocutor was theirs, so it is lost at handover. The zero value
// names no interlocutor or staff member. A Custody is a plain value, safe for
// concurrent use.
type Custody struct {
	Interlocutor uuid.UUID `json:"interlocutor"`
	Staff        uuid.UUID `json:"staff"`
}

// Stale is an interlocutor not contacted within the period before the
// evaluation time; Last is the zero time when never contacted. The zero value
// names no interlocutor. A Stale is a plain value, safe for concurrent use.
type Stale struct {
	Interlocutor uuid.UUID `json:"interlocutor"`
	Last         time.Time `json:"last,omitzero"` // left out when never contacted
}

// Continuity is the state of the organisation's relationships at a moment.
// Lists are ordered by interlocutor ID, and gaps by time within one. The
// zero value is not an analysis: only AnalyseContinuity returns one, with its
// cadence and period set. A Continuity is a plain value whose methods only
// read it, so it is safe for concurrent reads.
type Continuity struct {
	At            time.Time   `json:"at"`
	CadenceDays   int         `json:"cadence_days"`   // the cadence applied, in days
	PeriodDays    int         `json:"period_days"`    // the period applied, in days
	Gaps          []Gap       `json:"gaps"`           // contact that was ad hoc, not regular
	AdHoc         []uuid.UUID `json:"ad_hoc"`         // interlocutors with at least one gap
	SingleCustody []Custody   `json:"single_custody"` // relationships one staff member holds alone
	Stale         []Stale     `json:"stale"`          // not contacted within the period
}

func (c Continuity) clone() Continuity {
	c.Gaps = slices.Clone(c.Gaps)
	c.AdHoc = slices.Clone(c.AdHoc)
	c.SingleCustody = slices.Clone(c.SingleCustody)
	c.Stale = slices.Clone(c.Stale)
	return c
}

// String summarises the continuity without naming anyone.
func (c Continuity) String() string {
	return "continuity at " + c.At.UTC().Format(time.DateOnly) + ": " + words.Count(len(c.Gaps), "gap", "") + " longer than " +
		days(c.CadenceDays) + " with " + words.Count(len(c.AdHoc), "interlocutor", "") + ", " + words.Count(len(c.SingleCustody), "relationship", "") +
		" held by one person, " + words.Count(len(c.Stale), "interlocutor", "") + " not contacted within " + days(c.PeriodDays)
}

// GoString is String.
func (c Continuity) GoString() string { return c.String() }

// Format writes String for every verb.
func (c Continuity) Format(f fmt.State, verb rune) { writeSafe(f, c.String()) }

// LogValue logs the counts.
func (c Continuity) LogValue() slog.Value { return slog.StringValue(c.String()) }

// maxContactErrors caps the problems AnalyseContinuity reports.
const maxContactErrors = 100

// Validate reports a threshold that is not a number from 0 to 1 as a
// *FieldError naming it; 0 means the default.
func (o CoverageOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	for _, f := range [...]struct {
		name string
		v    float64
	}{{"min_authority", o.MinAuthority}, {"min_credibility", o.MinCredibility}} {
		if !(f.v >= 0 && f.v <= 1) {
			c.Add(f.name, check.OutOfRange, "a number from 0 to 1, 0 for the default")
		}
	}
	return c.Err()
}

// Validate reports a negative cadence or period, or one longer than a
// century (36,525 days), as a *FieldError naming it; 0 means the default.
func (o ContinuityOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	if o.CadenceDays < 0 || o.CadenceDays > maxDays {
		c.Add("cadence_days", check.OutOfRange, "a number of days from 1 to 36,525, 0 for the default of 30")
	}
	if o.PeriodDays < 0 || o.PeriodDays > maxDays {
		c.Add("period_days", check.OutOfRange, "a number of days from 1 to 36,525, 0 for the default (the cadence)")
	}
	return c.Err()
}

// AnalyseContinuity looks at the contact log as it stands at time at:
// contact with each interlocutor that lapsed for longer than the cadence (ad
// hoc rather than regular), relationships only one staff member has held
// (lost at handover), and interlocutors not contacted within the period
// before at. A contact after at, with no time, or with an interlocutor not
// in the list is a *FieldError ("contacts[12].at"), up to the first 100.
//
// It runs in time linear in the log when the log is in chronological order
// (as logs are kept), and sorts each interlocutor's contacts otherwise. It
// does not modify its arguments.
func AnalyseContinuity(interlocutors []Interlocutor, log []Contact, at time.Time, opts ContinuityOptions) (Continuity, error) {
	if err := opts.Validate(); err != nil {
		return Continuity{}, err
	}
	if opts.CadenceDays == 0 {
		opts.CadenceDays = 30
	}
	if opts.PeriodDays == 0 {
		opts.PeriodDays = opts.CadenceDays
	}
	cadence, period := time.Duration(opts.CadenceDays)*24*time.Hour, time.Duration(opts.PeriodDays)*24*time.Hour
	out := Continuity{At: at, CadenceDays: opts.CadenceDays, PeriodDays: opts.PeriodDays,
		Gaps: []Gap{}, AdHoc: []uuid.UUID{}, SingleCustody: []Custody{}, Stale: []Stale{}}
	c := check.Errors{Pkg: pkg}
	if at.IsZero() {
		c.Add("at", check.Required, "the evaluation time")
		return out, c.Err()
	}
	// Index the interlocutors by ID, in ID order.
	ids := make([]uuid.UUID, len(interlocutors))
	for i, in := range interlocutors {
		ids[i] = in.ID
	}
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	ids = slices.Compact(ids)
	index := make(map[uuid.UUID]int32, len(ids))
	for i, id := range ids {
		index[id] = int32(i)
	}
	// Bucket the contacts by interlocutor (a counting sort: linear).
	count := make([]int32, len(ids)+1)
	who := make([]int32, len(log))
	for i := range log {
		ct := &log[i]
		k, ok := index[ct.Interlocutor]
		switch {
		case c.Len() >= maxContactErrors:
			k = -1
		case !ok:
			c.Add(check.Index("contacts", i)+".interlocutor", check.Reference, "no interlocutor has this ID")
			k = -1
		case ct.At.IsZero():
			c.Add(check.Index("contacts", i)+".at", check.Required, "when the contact took place")
			k = -1
		case ct.At.After(at):
			c.Add(check.Index("contacts", i)+".at", check.OutOfRange, "after the evaluation time "+at.UTC().Format(time.RFC3339))
			k = -1
		default:
			count[k+1]++
		}
		who[i] = k
	}
	if err := c.Err(); err != nil {
		return out, err
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	order := make([]int32, count[len(ids)])
	next := append([]int32(nil), count[:len(ids)]...)
	for i, k := range who {
		order[next[k]] = int32(i)
		next[k]++
	}
	for k := range ids {
		bucket := order[count[k]:count[k+1]]
		sorted := sort.SliceIsSorted(bucket, func(a, b int) bool { return log[bucket[a]].At.Before(log[bucket[b]].At) })
		if !sorted {
			sort.SliceStable(bucket, func(a, b int) bool { return log[bucket[a]].At.Before(log[bucket[b]].At) })
		}
		adhoc := false
		var staff uuid.UUID
		single := len(bucket) > 0
		for j, ix := range bucket {
			ct := &log[ix]
			if j == 0 {
				staff = ct.Staff
			} else {
				prev := log[bucket[j-1]].At
				if ct.At.Sub(prev) > cadence {
					out.Gaps = append(out.Gaps, Gap{Interlocutor: ids[k], From: prev, To: ct.At})
					adhoc = true
				}
				if ct.Staff != staff {
					single = false
				}
			}
		}
		if adhoc {
			out.AdHoc = append(out.AdHoc, ids[k])
		}
		if single {
			out.SingleCustody = append(out.SingleCustody, Custody{Interlocutor: ids[k], Staff: staff})
		}
		var last time.Time
		if len(bucket) > 0 {
			last = log[bucket[len(bucket)-1]].At
		}
		if last.IsZero() || at.Sub(last) > period {
			out.Stale = append(out.Stale, Stale{Interlocutor: ids[k], Last: last})
		}
	}
	return out, nil
}
