package assessment

import (
	"math"
	"strconv"
	"time"

	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/iso3166"
)

// Dataset is where a piece of evidence comes from. The zero value is
// invalid. A Dataset is a plain value, safe for concurrent use.
type Dataset uint8

// Datasets the library reads, and the organisation's own records.
const (
	DatasetUnspecified Dataset = iota
	// DatasetAidWorkerKIKA: Insecurity Insight, "Aid Worker KIKA data"
	// (aid workers killed, injured, kidnapped or arrested), published on the
	// Humanitarian Data Exchange.
	DatasetAidWorkerKIKA
	// DatasetUCDPActor: the UCDP Actor Dataset (Davies, Pettersson & Öberg
	// 2022; codebook v22.1), CC BY 4.0.
	DatasetUCDPActor
	// DatasetUCDPPRIOACD: the UCDP/PRIO Armed Conflict Dataset (Gleditsch et
	// al. 2002; Themnér & Wallensteen 2013), CC BY 4.0.
	DatasetUCDPPRIOACD
	// DatasetOwnRecords: the organisation's own incident or security records.
	DatasetOwnRecords
)

var datasets = enum.New[Dataset]("assessment", "dataset", "aid_worker_kika", "ucdp_actor", "ucdp_prio_acd", "own_records").
	WithLabels("Insecurity Insight's Aid Worker KIKA data", "the UCDP Actor Dataset", "the UCDP/PRIO Armed Conflict Dataset", "the organisation's own records")

// IsValid reports whether d is a named dataset.
func (d Dataset) IsValid() bool { return datasets.Valid(d) }

// String returns the wire word; it never panics.
func (d Dataset) String() string { return datasets.String(d) }

// Label returns the dataset's name in words.
func (d Dataset) Label() string { return datasets.Label(d) }

// MarshalText encodes the dataset as its wire word.
func (d Dataset) MarshalText() ([]byte, error) { return datasets.Marshal(d) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (d *Dataset) UnmarshalText(b []byte) (err error) { *d, err = datasets.Unmarshal(b); return err }

// ParseDataset parses a dataset's wire word or label, ignoring case.
func ParseDataset(s string) (Dataset, error) { return datasets.Parse(s) }

// EvidenceKind is what a piece of evidence is. The zero value is invalid.
// An EvidenceKind is a plain value, safe for concurrent use.
type EvidenceKind uint8

// Kinds of evidence.
const (
	EvidenceUnspecified EvidenceKind = iota
	// EvidenceIncidents: incidents against aid workers in a country and a
	// window, suggesting the likelihood of an engagement risk
	// ([Decider.IncidentEvidence]).
	EvidenceIncidents
	// EvidenceOneSidedViolence: the armed actor was recorded deliberately
	// killing civilians — evidence on its significance and impact on
	// civilians ([OneSidedEvidence]).
	EvidenceOneSidedViolence
	// EvidenceConflictIntensity: the intensity of the actor's armed conflict,
	// war or minor — evidence on the criticality of the protection concerns
	// ([ConflictEvidence]).
	EvidenceConflictIntensity
)

var evidenceKinds = enum.New[EvidenceKind]("assessment", "evidence kind", "incidents", "one_sided_violence", "conflict_intensity").
	WithLabels("incidents against aid workers", "one-sided violence against civilians", "the intensity of the armed conflict")

// IsValid reports whether k is a named kind.
func (k EvidenceKind) IsValid() bool { return evidenceKinds.Valid(k) }

// String returns the wire word; it never panics.
func (k EvidenceKind) String() string { return evidenceKinds.String(k) }

// Label returns the kind in words.
func (k EvidenceKind) Label() string { return evidenceKinds.Label(k) }

// MarshalText encodes the kind as its wire word.
func (k EvidenceKind) MarshalText() ([]byte, error) { return evidenceKinds.Marshal(k) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (k *EvidenceKind) UnmarshalText(b []byte) (err error) {
	*k, err = evidenceKinds.Unmarshal(b)
	return err
}

// ParseEvidenceKind parses a kind's wire word or label, ignoring case.
func ParseEvidenceKind(s string) (EvidenceKind, error) { return evidenceKinds.Parse(s) }

// Trend is how the incidents of a window compare with those of the window
// before it. The zero value means no comparison was possible (there was no
// incident in either window); it is not a reading. A Trend is a plain
// value, safe for concurrent use.
type Trend uint8

// Trends.
const (
	TrendUnspecified Trend = iota
	TrendRising            // more incidents than in the previous window
	TrendSteady            // as many
	TrendFalling           // fewer
)

var trends = enum.New[Trend]("assessment", "trend", "rising", "steady", "falling").
	WithLabels("rising", "steady", "falling")

// IsValid reports whether t is a named trend.
func (t Trend) IsValid() bool { return trends.Valid(t) }

// String returns the wire word; it never panics.
func (t Trend) String() string { return trends.String(t) }

// Label returns the value in words, for people; String gives the wire word.
func (t Trend) Label() string { return trends.Label(t) }

// MarshalText encodes the trend as its wire word.
func (t Trend) MarshalText() ([]byte, error) { return trends.Marshal(t) }

// UnmarshalText decodes a wire word, ignoring case.
func (t *Trend) UnmarshalText(b []byte) (err error) { *t, err = trends.Unmarshal(b); return err }

// ParseTrend parses a trend's wire word, ignoring case.
func ParseTrend(s string) (Trend, error) { return trends.Parse(s) }

// Evidence is one piece of evidence an input to a decision rests on, with
// its source: it bears on one factor (Factor) or on the engagement risks of
// one category (Category), never both. Evidence sits beside the judged
// scores and risks of an [Input]; it never replaces them. Decide says, for
// every factor and risk category, whether it rests on evidence, judgement
// or both, and when a judged likelihood is two or more steps below what
// incident evidence suggests.
//
// Likelihood is, for incident evidence, the likelihood the incidents
// suggest on the 1–5 scale; Confidence, how far the evidence can be relied
// on. Country is the ISO 3166-1 alpha-3 code of the country it concerns.
// Incidents, OneSided and Conflict hold what the evidence was drawn from,
// for its kind.
//
// The zero value is not evidence (its kind is unspecified). Evidence is a
// plain value; the library never modifies one or what its pointers hold,
// so it is safe for concurrent reads.
type Evidence struct {
	Kind       EvidenceKind     `json:"kind"`
	Dataset    Dataset          `json:"dataset"`
	Factor     Factor           `json:"factor,omitempty"`
	Category   Category         `json:"category,omitempty"`
	Country    string           `json:"country,omitempty"`
	Likelihood int              `json:"likelihood,omitempty"`
	Confidence Confidence       `json:"confidence"`
	Incidents  *IncidentSummary `json:"incidents,omitempty"`
	OneSided   *OneSidedSummary `json:"one_sided,omitempty"`
	Conflict   *ConflictSummary `json:"conflict,omitempty"`
}

// IncidentSummary is what incident evidence was drawn from: the query, the
// moment and window [From, To), the incidents counted and the aid workers
// they harmed, the rate per month, the incidents of the previous window of
// the same length and the trend against it, when the latest incident
// counted ended (zero if none), and the provenance.
//
// The zero value summarises nothing. It is a plain value, safe for
// concurrent reads.
type IncidentSummary struct {
	Query      IncidentQuery `json:"query"`
	At         time.Time     `json:"at"`
	From       time.Time     `json:"from"`
	To         time.Time     `json:"to"`
	Incidents  int           `json:"incidents"`
	Killed     int           `json:"killed"`
	Injured    int           `json:"injured"`
	Kidnapped  int           `json:"kidnapped"`
	Arrested   int           `json:"arrested"`
	PerMonth   float64       `json:"per_month"`
	Previous   int           `json:"previous"`
	Trend      Trend         `json:"trend,omitempty"`
	Latest     time.Time     `json:"latest,omitzero"`
	Provenance Provenance    `json:"provenance"`
}

// Provenance says what evidence rests on: the dataset; the incidents read;
// the IDs of those counted, in the order read; and those left out and why —
// in another country, of another perpetrator category, outside the window
// (and the one before it), or dated too imprecisely to tell whether they
// fall inside the window (an incident known only to its month or year is
// counted only in a window that holds the whole month or year, never placed
// on its first day). DataFrom and DataTo span the incidents read of the
// country, so that a window reaching beyond the data shows.
//
// The zero value records nothing. It is a plain value, safe for concurrent
// reads.
type Provenance struct {
	Dataset          Dataset   `json:"dataset"`
	Read             int       `json:"read"`
	Counted          []string  `json:"counted"`
	OtherCountry     int       `json:"other_country"`
	OtherPerpetrator int       `json:"other_perpetrator"`
	Outside          int       `json:"outside"`
	Imprecise        int       `json:"imprecise"`
	DataFrom         time.Time `json:"data_from,omitzero"`
	DataTo           time.Time `json:"data_to,omitzero"`
}

// IncidentQuery selects the incidents that are evidence for an engagement
// risk: those in Country (ISO 3166-1 alpha-3), by any of Perpetrators (all
// categories when empty; see [PerpetratorsOf]), in the Window before the
// moment of assessment. Category is the engagement-risk category the
// evidence bears on; the zero value means safety and security, the
// category incidents against aid workers speak to first.
//
// The zero value is not a query (no country, no window). An IncidentQuery
// is a plain value, safe for concurrent reads.
type IncidentQuery struct {
	Country      string                 `json:"country"`
	Perpetrators []incident.Perpetrator `json:"perpetrators,omitempty"`
	Window       time.Duration          `json:"window"`
	Category     Category               `json:"category,omitempty"`
}

// OneSidedSummary is what one-sided violence evidence was drawn from: the
// UCDP actor and its one-sided violence dyads. The zero value summarises
// nothing. It is a plain value, safe for concurrent reads.
type OneSidedSummary struct {
	UCDPActorID int   `json:"ucdp_actor_id"`
	Dyads       []int `json:"dyads"`
	Line        int   `json:"line,omitempty"`
}

// ConflictSummary is what conflict-intensity evidence was drawn from: the
// UCDP/PRIO conflict, the latest year of it known at the moment of
// assessment and its intensity (1 minor, 25–999 battle deaths; 2 war, 1,000
// or more), and how many of its years were wars. The zero value summarises
// nothing. It is a plain value, safe for concurrent reads.
type ConflictSummary struct {
	ConflictID int `json:"conflict_id"`
	Year       int `json:"year"`
	Intensity  int `json:"intensity"`
	Years      int `json:"years"`
	WarYears   int `json:"war_years"`
}

// EvidencePolicy is how an organisation reads incident data: the rates of
// incidents per month from which the suggested likelihood is 3 (Possible),
// 4 (Likely) and 5 (AlmostCertain) — any incident below Possible suggests 2,
// none suggests 1 — and the confidence of that suggestion: low below
// MediumAt incidents, medium from MediumAt, high from HighAt when the
// latest ended within RecentDays of the moment of assessment and the data
// cover the whole window.
//
// The zero value means [DefaultEvidencePolicy]; a policy that sets any
// field is validated whole. It is a plain value, safe for concurrent use.
type EvidencePolicy struct {
	Possible      float64 `json:"possible"`
	Likely        float64 `json:"likely"`
	AlmostCertain float64 `json:"almost_certain"`
	MediumAt      int     `json:"medium_at"`
	HighAt        int     `json:"high_at"`
	RecentDays    int     `json:"recent_days"`
}

// DefaultEvidencePolicy returns the library's reading of incident data: a
// likelihood of 3 from one incident in four months (0.25 a month), 4 from
// one a month, 5 from four a month (about weekly); medium confidence from 3
// incidents, high from 10 with the latest within 90 days. These are this
// library's defaults, not a published standard: an agency sets its own.
func DefaultEvidencePolicy() EvidencePolicy {
	return EvidencePolicy{Possible: 0.25, Likely: 1, AlmostCertain: 4, MediumAt: 3, HighAt: 10, RecentDays: 90}
}

func (e EvidencePolicy) orDefault() EvidencePolicy {
	if e == (EvidencePolicy{}) {
		return DefaultEvidencePolicy()
	}
	return e
}

func (e EvidencePolicy) check(c *check.Errors) {
	if e == (EvidencePolicy{}) {
		return
	}
	prev := 0.0
	for _, t := range []struct {
		name string
		v    float64
	}{{"possible", e.Possible}, {"likely", e.Likely}, {"almost_certain", e.AlmostCertain}} {
		switch {
		case math.IsNaN(t.v) || math.IsInf(t.v, 0) || t.v <= 0:
			c.Add("evidence."+t.name, check.OutOfRange, "a rate of incidents per month above 0")
		case t.v <= prev:
			c.Add("evidence."+t.name, check.Conflict, "the rates rise with the likelihood: possible < likely < almost certain")
		}
		if t.v > prev {
			prev = t.v
		}
	}
	if e.MediumAt < 1 {
		c.Add("evidence.medium_at", check.OutOfRange, "at least 1 incident")
	}
	if e.HighAt < e.MediumAt {
		c.Add("evidence.high_at", check.Conflict, "high confidence needs at least as many incidents as medium")
	}
	if e.RecentDays < 1 {
		c.Add("evidence.recent_days", check.OutOfRange, "at least 1 day")
	}
}

// likelihood returns the likelihood a rate of incidents per month suggests.
func (e *EvidencePolicy) likelihood(n int, perMonth float64) int {
	switch {
	case n == 0:
		return 1
	case perMonth >= e.AlmostCertain:
		return 5
	case perMonth >= e.Likely:
		return 4
	case perMonth >= e.Possible:
		return 3
	}
	return 2
}

// daysPerMonth is the mean length of a Gregorian month.
const daysPerMonth = 365.2425 / 12

// IncidentCounter accumulates incidents, one at a time, into evidence for
// an engagement risk, in constant memory but for the IDs of the incidents
// counted: the streaming form of [Decider.IncidentEvidence], for data read
// with an [incident.Reader]. The zero value is not usable: make one with
// [Decider.NewIncidentCounter]. It is not safe for concurrent use.
type IncidentCounter struct {
	ev       EvidencePolicy
	sum      IncidentSummary
	prevFrom time.Time
	perps    [16]bool // by Perpetrator; all true when the query names none
}

// NewIncidentCounter checks the query and moment and returns a counter for
// them under the decider's evidence policy. A query with no country or one
// that is not ISO 3166-1 alpha-3, an unknown perpetrator or category, a
// window of zero or negative length, or a zero moment is an error naming
// the field.
func (d *Decider) NewIncidentCounter(q IncidentQuery, at time.Time) (*IncidentCounter, error) {
	c := check.Errors{Pkg: pkg}
	c.Country("country", q.Country, true)
	for i, p := range q.Perpetrators {
		if !p.IsValid() {
			c.Add(check.Index("perpetrators", i), check.EnumReason(p == 0), "a perpetrator category")
		}
	}
	if q.Category != 0 && !q.Category.IsValid() {
		c.Add("category", check.Unknown, "unknown risk category")
	}
	switch {
	case q.Window <= 0:
		c.Add("window", check.OutOfRange, "a window of positive length, got "+q.Window.String())
	case q.Window > 100*365*24*time.Hour:
		c.Add("window", check.OutOfRange, "a window of at most a century")
	}
	if at.IsZero() {
		c.Add("at", check.Required, "the moment of assessment")
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	if q.Category == 0 {
		q.Category = CategorySafetySecurity
	}
	q.Perpetrators = append([]incident.Perpetrator(nil), q.Perpetrators...)
	ic := &IncidentCounter{ev: d.p.Evidence.orDefault()}
	ic.sum = IncidentSummary{Query: q, At: at, From: at.Add(-q.Window), To: at, Provenance: Provenance{Dataset: DatasetAidWorkerKIKA}}
	ic.prevFrom = at.Add(-2 * q.Window)
	for _, p := range q.Perpetrators {
		ic.perps[p] = true
	}
	if len(q.Perpetrators) == 0 {
		for i := range ic.perps {
			ic.perps[i] = true
		}
	}
	return ic, nil
}

// Add counts one incident: in the window if the whole period it may have
// happened in lies inside it, in the previous window likewise; an incident
// whose period straddles either edge is left out as imprecise, one of
// another country or perpetrator as such. An incident that is not valid
// ([Incident.Validate]) is an error and is not counted.
func (ic *IncidentCounter) Add(in incident.Incident) error {
	if err := in.Validate(); err != nil {
		return err
	}
	p := &ic.sum.Provenance
	p.Read++
	if in.Country != ic.sum.Query.Country {
		p.OtherCountry++
		return nil
	}
	from, to, _ := in.Period()
	if p.DataFrom.IsZero() || from.Before(p.DataFrom) {
		p.DataFrom = from
	}
	if to.After(p.DataTo) {
		p.DataTo = to
	}
	if !ic.perps[in.Perpetrator] {
		p.OtherPerpetrator++
		return nil
	}
	s := &ic.sum
	switch {
	case !from.Before(s.From) && !to.After(s.To):
		s.Incidents++
		s.Killed += in.Killed
		s.Injured += in.Injured
		s.Kidnapped += in.Kidnapped
		s.Arrested += in.Arrested
		p.Counted = append(p.Counted, in.ID)
		if to.After(s.Latest) {
			s.Latest = to
		}
	case !from.Before(ic.prevFrom) && !to.After(s.From):
		s.Previous++
	case !to.After(ic.prevFrom) || !from.Before(s.To):
		p.Outside++
	case to.After(s.From) && from.Before(s.To): // overlaps the window without lying inside it
		p.Imprecise++
	default: // straddles the start of the previous window: it changes only the trend, which is left without it
		p.Outside++
	}
	return nil
}

// Evidence returns the evidence counted so far. It can be called at any
// time; the counter goes on counting.
func (ic *IncidentCounter) Evidence() Evidence {
	s := ic.sum
	s.Provenance.Counted = append([]string(nil), s.Provenance.Counted...)
	if s.Provenance.Counted == nil {
		s.Provenance.Counted = []string{}
	}
	months := s.To.Sub(s.From).Hours() / 24 / daysPerMonth
	s.PerMonth = float64(s.Incidents) / months
	switch {
	case s.Incidents == 0 && s.Previous == 0:
	case s.Incidents > s.Previous:
		s.Trend = TrendRising
	case s.Incidents < s.Previous:
		s.Trend = TrendFalling
	default:
		s.Trend = TrendSteady
	}
	ev := &ic.ev
	conf := ConfidenceLow
	covered := !s.Provenance.DataFrom.IsZero() && !s.Provenance.DataFrom.After(s.From)
	recent := !s.Latest.IsZero() && s.To.Sub(s.Latest) <= time.Duration(ev.RecentDays)*24*time.Hour
	switch {
	case s.Incidents >= ev.HighAt && recent && covered:
		conf = ConfidenceHigh
	case s.Incidents >= ev.MediumAt:
		conf = ConfidenceMedium
	}
	return Evidence{
		Kind: EvidenceIncidents, Dataset: DatasetAidWorkerKIKA, Category: s.Query.Category, Country: s.Query.Country,
		Likelihood: ev.likelihood(s.Incidents, s.PerMonth), Confidence: conf, Incidents: &s,
	}
}

// IncidentEvidence reads incidents as evidence for an engagement risk: how
// many of the query's incidents fell in the window before at, what they did
// to aid workers, their rate per month, the trend against the window
// before, and the likelihood they suggest on the 1–5 scale, under the
// evidence thresholds of the decider's policy (Policy.Evidence), with a
// confidence from how many incidents there are and how recent. The result
// carries its provenance: the rows counted and what was left out and why.
//
// It is pure and makes one pass over incidents. Adding an incident inside
// the window never lowers the suggested likelihood, and incidents outside
// it never change it. A query or moment in error, or an incident that is
// not valid, is an error naming the field (an incident's path starts with
// its index).
func (d *Decider) IncidentEvidence(incidents []incident.Incident, q IncidentQuery, at time.Time) (Evidence, error) {
	ic, err := d.NewIncidentCounter(q, at)
	if err != nil {
		return Evidence{}, err
	}
	for i := range incidents {
		if err := ic.Add(incidents[i]); err != nil {
			c := check.Errors{Pkg: pkg}
			c.AddErr(check.Index("incidents", i), err)
			return Evidence{}, c.Err()
		}
	}
	return ic.Evidence(), nil
}

// OneSidedEvidence returns the evidence a UCDP actor record gives on the
// armed actor's significance and impact on civilians: UCDP recorded it
// deliberately killing civilians (one-sided violence, at least 25 deaths in
// a year), with high confidence. It is false when the record has no
// one-sided violence dyad: UCDP's silence is not evidence that the actor
// spares civilians.
func OneSidedEvidence(r ucdp.Actor) (Evidence, bool) {
	if !r.OneSided() {
		return Evidence{}, false
	}
	return Evidence{
		Kind: EvidenceOneSidedViolence, Dataset: DatasetUCDPActor, Factor: FactorActorImpact, Confidence: ConfidenceHigh,
		OneSided: &OneSidedSummary{UCDPActorID: r.ActorID, Dyads: append([]int(nil), r.OneSidedIDs...), Line: r.Line},
	}, true
}

// ConflictEvidence returns the evidence the UCDP/PRIO rows of a conflict
// give on the criticality of the protection concerns: the intensity of its
// latest year known at the moment of assessment (a war, 1,000 battle deaths
// or more, or a minor conflict), and how many of its years were wars. The
// confidence falls as that year ages: high when it is the year of at or
// the one before, medium within five years, low beyond. A conflict with no
// row up to at's year is a *FieldError at "conflict_id"; a zero moment, at
// "at".
func ConflictEvidence(rows []ucdp.Conflict, conflictID int, at time.Time) (Evidence, error) {
	if at.IsZero() {
		return Evidence{}, &FieldError{Pkg: pkg, Path: "at", Reason: ReasonRequired, Detail: "the moment of assessment"}
	}
	var s ConflictSummary
	for _, r := range rows {
		if r.ConflictID != conflictID || r.Year > at.Year() {
			continue
		}
		s.Years++
		if r.Intensity == 2 {
			s.WarYears++
		}
		if r.Year > s.Year {
			s.Year, s.Intensity = r.Year, r.Intensity
		}
	}
	if s.Years == 0 {
		return Evidence{}, &FieldError{Pkg: pkg, Path: "conflict_id", Reason: ReasonReference,
			Detail: "no row of conflict " + strconv.Itoa(conflictID) + " up to " + strconv.Itoa(at.Year())}
	}
	s.ConflictID = conflictID
	conf := ConfidenceLow
	switch age := at.Year() - s.Year; {
	case age <= 1:
		conf = ConfidenceHigh
	case age <= 5:
		conf = ConfidenceMedium
	}
	return Evidence{Kind: EvidenceConflictIntensity, Dataset: DatasetUCDPPRIOACD, Factor: FactorCriticality, Confidence: conf, Conflict: &s}, nil
}

// evidenceOK reports, without building any path, whether e passes every
// check of checkEvidence, so that valid evidence costs no allocation.
func evidenceOK(e *Evidence) bool {
	if !e.Kind.IsValid() || !e.Dataset.IsValid() || !e.Confidence.IsValid() || (e.Factor == 0) == (e.Category == 0) {
		return false
	}
	if e.Country != "" && !iso3166.Valid(e.Country) {
		return false
	}
	if e.Kind == EvidenceIncidents {
		return e.Category.IsValid() && e.Likelihood >= 1 && e.Likelihood <= 5
	}
	return e.Factor.IsValid() && e.Likelihood == 0
}

// MaxEvidence bounds the pieces of evidence of an Input.
const MaxEvidence = 64

// checkEvidence checks the evidence of an input.
func checkEvidence(c *check.Errors, ev []Evidence) {
	if len(ev) > MaxEvidence {
		c.Add("evidence", check.TooLarge, "more than "+strconv.Itoa(MaxEvidence)+" pieces of evidence")
	}
	for i := range ev {
		e := &ev[i]
		if evidenceOK(e) {
			continue
		}
		at := func(field string) string { return check.Index("evidence", i) + "." + field }
		if !e.Kind.IsValid() {
			c.Add(at("kind"), check.EnumReason(e.Kind == 0), "what the evidence is")
		}
		if !e.Dataset.IsValid() {
			c.Add(at("dataset"), check.EnumReason(e.Dataset == 0), "where the evidence comes from")
		}
		switch {
		case e.Factor == 0 && e.Category == 0:
			c.Add(at("factor"), check.Required, "the factor or the risk category the evidence bears on")
		case e.Factor != 0 && e.Category != 0:
			c.Add(at("category"), check.Conflict, "evidence bears on a factor or on a risk category, not both")
		case e.Factor != 0 && !e.Factor.IsValid():
			c.Add(at("factor"), check.Unknown, "unknown factor")
		case e.Category != 0 && !e.Category.IsValid():
			c.Add(at("category"), check.Unknown, "unknown risk category")
		}
		if e.Kind == EvidenceIncidents {
			if e.Category == 0 && e.Factor != 0 {
				c.Add(at("factor"), check.Conflict, "incident evidence bears on an engagement-risk category")
			}
			if e.Likelihood < 1 || e.Likelihood > 5 {
				c.Add(at("likelihood"), check.OutOfRange, "incident evidence suggests a likelihood from 1 to 5, got "+strconv.Itoa(e.Likelihood))
			}
		} else {
			if e.Category != 0 && e.Factor == 0 {
				c.Add(at("category"), check.Conflict, e.Kind.String()+" evidence bears on a factor, not on a risk category")
			}
			if e.Likelihood != 0 {
				c.Add(at("likelihood"), check.Conflict, "only incident evidence suggests a likelihood")
			}
		}
		c.Country(at("country"), e.Country, false)
		if !e.Confidence.IsValid() {
			c.Add(at("confidence"), check.EnumReason(e.Confidence == 0), "how far the evidence can be relied on")
		}
	}
}
