package assessment

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
// moment of assessment and the period asked about [From, To); the part of
// it the data cover (Covered, with the share Covered.Share); the incidents
// counted there — Named of them naming the armed actor, CategoryOnly
// matching only its perpetrator categories — and the aid workers they
// harmed; the rate per month over the covered part; the incidents of the
// period of the same length before it and the trend against it (none when
// the data do not cover that period whole); when the latest incident
// counted ended (zero if none); and the provenance.
//
// The zero value summarises nothing. It is a plain value, safe for
// concurrent reads.
type IncidentSummary struct {
	Query        IncidentQuery `json:"query"`
	At           time.Time     `json:"at"`
	From         time.Time     `json:"from"`
	To           time.Time     `json:"to"`
	Covered      Covered       `json:"covered"`
	Incidents    int           `json:"incidents"`
	Named        int           `json:"named"`
	CategoryOnly int           `json:"category_only"`
	Killed       int           `json:"killed"`
	Injured      int           `json:"injured"`
	Kidnapped    int           `json:"kidnapped"`
	Arrested     int           `json:"arrested"`
	PerMonth     float64       `json:"per_month"`
	Previous     int           `json:"previous"`
	Trend        Trend         `json:"trend,omitempty"`
	Latest       time.Time     `json:"latest,omitzero"`
	Provenance   Provenance    `json:"provenance"`
}

// Covered is the part of the period asked about that the data are known to
// cover, [From, To), and its Share of the period (0 to 1); it is empty
// (From and To zero, Share 0) when the data cover none of it. Stated says
// whether the coverage is the caller's ([IncidentQuery].Coverage) rather
// than the span of the data read; Excerpt, that the data hold only some of
// the incidents of the period, so that counts are a floor.
//
// The zero value covers nothing. It is a plain value, safe for concurrent
// use.
type Covered struct {
	From    time.Time `json:"from,omitzero"`
	To      time.Time `json:"to,omitzero"`
	Share   float64   `json:"share"`
	Stated  bool      `json:"stated,omitempty"`
	Excerpt bool      `json:"excerpt,omitempty"`
}

// Provenance says what evidence rests on: the dataset; the incidents read;
// the IDs of those counted, in the order read; and those left out and why —
// in another country, neither naming the actor nor of its perpetrator
// categories, outside the period (and the one before it), outside the
// coverage the caller stated, or dated too imprecisely to tell whether they
// fall inside the period (an incident known only to its month or year is
// counted only in a period that holds the whole month or year, never placed
// on its first day). DataFrom and DataTo span every incident read, of every
// country: the coverage the data show when the caller states none.
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
	Uncovered        int       `json:"uncovered"`
	Imprecise        int       `json:"imprecise"`
	DataFrom         time.Time `json:"data_from,omitzero"`
	DataTo           time.Time `json:"data_to,omitzero"`
}

// IncidentQuery selects the incidents that are evidence for an engagement
// risk: those in Country (ISO 3166-1 alpha-3) that name the armed actor —
// one of Names, its names and aliases as the data write them ("SPLA-IO"),
// found in an incident's actor name as whole words, ignoring case — or whose
// perpetrator category is one of Perpetrators (see [incident.PerpetratorsFor]);
// with neither, every incident of the country. The period is either the
// WindowDays days before the moment of assessment or Period, a span of
// dates [From, To) that ends by that moment (to ask for the year 2020 whole:
// 2020-01-01 to 2021-01-01). Category is the engagement-risk category the
// evidence bears on; the zero value means safety and security, the category
// incidents against aid workers speak to first. Coverage states what the
// data are known to cover; by default, the span of the data read.
//
// The zero value is not a query (no country, no period). An IncidentQuery
// is a plain value, safe for concurrent reads.
type IncidentQuery struct {
	Country      string                 `json:"country"`
	Names        []string               `json:"names,omitempty"`
	Perpetrators []incident.Perpetrator `json:"perpetrators,omitempty"`
	WindowDays   int                    `json:"window_days,omitempty"`
	Period       Period                 `json:"period,omitzero"`
	Category     Category               `json:"category,omitempty"`
	Coverage     Coverage               `json:"coverage,omitzero"`
}

// Period is a span of time [From, To): From included, To excluded. The zero
// value is no period. A Period is a plain value, safe for concurrent use.
type Period struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// IsZero reports whether p is the zero value.
func (p Period) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// String gives the period by its dates: "2021-01-01 to 2022-01-01".
func (p Period) String() string {
	return p.From.Format(time.DateOnly) + " to " + p.To.Format(time.DateOnly)
}

// Coverage is what the caller knows the incident data cover: the period
// [From, To) in which every incident of the country is in the data — From
// zero meaning from the first incident read, To zero up to the last — and
// whether the data are an Excerpt, holding only some of the incidents of
// that period (a sample, or rows chosen for a purpose), so that counts are
// a floor and confidence stays low. The zero value states nothing: the data
// are taken to cover the span of the incidents read, of every country. A
// Coverage is a plain value, safe for concurrent use.
type Coverage struct {
	From    time.Time `json:"from,omitzero"`
	To      time.Time `json:"to,omitzero"`
	Excerpt bool      `json:"excerpt,omitempty"`
}

// IsZero reports whether c states nothing.
func (c Coverage) IsZero() bool { return c == Coverage{} }

// OneSidedSummary is what one-sided violence evidence was drawn from: the
// UCDP actor and its one-sided violence dyads. The UCDP Actor Dataset gives
// no year for them, so such evidence cannot say when. The zero value
// summarises nothing. It is a plain value, safe for concurrent reads.
type OneSidedSummary struct {
	UCDPActorID int   `json:"ucdp_actor_id"`
	Dyads       []int `json:"dyads"`
	Line        int   `json:"line,omitempty"`
}

// ConflictSummary is what conflict-intensity evidence was drawn from: the
// UCDP/PRIO conflict, the side the actor is on (A or B) under the name or
// code the data give it, the latest year of the conflict known at the
// moment of assessment and its intensity (1 minor, 25–999 battle deaths; 2
// war, 1,000 or more), how many of its years were wars, and the last year
// of the data read (DataTo), against which the age of the evidence shows.
// The zero value summarises nothing. It is a plain value, safe for
// concurrent reads.
type ConflictSummary struct {
	ConflictID int    `json:"conflict_id"`
	Side       string `json:"side"`
	SideName   string `json:"side_name"`
	Year       int    `json:"year"`
	Intensity  int    `json:"intensity"`
	Years      int    `json:"years"`
	WarYears   int    `json:"war_years"`
	DataTo     int    `json:"data_to"`
}

// ConflictQuery names the conflict of the UCDP/PRIO Armed Conflict Dataset
// and the armed actor's place in it: by Side, a name as the data write it
// in SideA or SideB ("MILF"), or by SideID, the dataset's code of a side-B
// actor (its SideBID column). The zero value is not a query. It is a plain
// value, safe for concurrent use.
type ConflictQuery struct {
	ConflictID int    `json:"conflict_id"`
	Side       string `json:"side,omitempty"`
	SideID     int    `json:"side_id,omitempty"`
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
	perps    [16]bool // by Perpetrator
	names    []string // the query's names, trimmed
	anyone   bool     // no names and no categories: every incident of the country
	stated   bool     // the query states a coverage

}

// Bounds of an incident query.
const (
	MaxQueryNames   = 32
	MaxQueryNameLen = 200
)

// NewIncidentCounter checks the query and moment and returns a counter for
// them under the decider's evidence policy. A query with no country or one
// that is not ISO 3166-1 alpha-3, a name that is blank or longer than
// MaxQueryNameLen bytes, an unknown perpetrator or category, no period or
// two, a window of zero or negative length, a period whose From is not
// before its To or that ends after the moment, a stated coverage that is
// inverted or empty, or a zero moment is an error naming the field.
func (d *Decider) NewIncidentCounter(q IncidentQuery, at time.Time) (*IncidentCounter, error) {
	c := check.Errors{Pkg: pkg}
	checkQuery(&c, &q, at)
	if at.IsZero() {
		c.Add("at", check.Required, "the moment of assessment")
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	if q.Category == 0 {
		q.Category = CategorySafetySecurity
	}
	q.Perpetrators = slices.Clone(q.Perpetrators)
	q.Names = slices.Clone(q.Names)
	from, to := at.AddDate(0, 0, -q.WindowDays), at
	if q.WindowDays == 0 {
		from, to = q.Period.From, q.Period.To
	}
	ic := &IncidentCounter{ev: d.p.Evidence.orDefault(), stated: !q.Coverage.From.IsZero() || !q.Coverage.To.IsZero()}
	ic.sum = IncidentSummary{Query: q, At: at, From: from, To: to, Provenance: Provenance{Dataset: DatasetAidWorkerKIKA}}
	ic.prevFrom = from.Add(-to.Sub(from))
	for _, p := range q.Perpetrators {
		ic.perps[p] = true
	}
	for _, n := range q.Names {
		ic.names = append(ic.names, strings.TrimSpace(n))
	}
	ic.anyone = len(q.Names) == 0 && len(q.Perpetrators) == 0
	return ic, nil
}

// Validate reports every problem with the query that does not depend on
// the moment of assessment, each a *FieldError naming its field (see
// [Decider.NewIncidentCounter], which also checks the period against the
// moment).
func (q IncidentQuery) Validate() error {
	c := check.Errors{Pkg: pkg}
	checkQuery(&c, &q, time.Time{})
	return c.Err()
}

// checkQuery checks an incident query and, unless it is zero, its moment.
func checkQuery(c *check.Errors, q *IncidentQuery, at time.Time) {
	c.Country("country", q.Country, true)
	if len(q.Names) > MaxQueryNames {
		c.Add("names", check.TooLarge, "more than "+strconv.Itoa(MaxQueryNames)+" names")
	}
	for i, n := range q.Names {
		c.Text(check.Index("names", i), n, MaxQueryNameLen, true)
	}
	for i, p := range q.Perpetrators {
		if !p.IsValid() {
			c.Add(check.Index("perpetrators", i), check.EnumReason(p == 0), "a perpetrator category")
		}
	}
	if q.Category != 0 && !q.Category.IsValid() {
		c.Add("category", check.Unknown, "unknown risk category")
	}
	switch {
	case q.WindowDays != 0 && !q.Period.IsZero():
		c.Add("period", check.Conflict, "a window before the moment or a period, not both")
	case q.WindowDays < 0:
		c.Add("window_days", check.OutOfRange, "a window of at least one day, got "+strconv.Itoa(q.WindowDays))
	case q.WindowDays > 36_525:
		c.Add("window_days", check.OutOfRange, "a window of at most a century")
	case q.WindowDays == 0 && q.Period.IsZero():
		c.Add("window_days", check.Required, "the days before the moment of assessment, or a period")
	case q.WindowDays == 0:
		switch {
		case q.Period.From.IsZero() || q.Period.To.IsZero():
			c.Add("period", check.Required, "a period has a start and an end")
		case !q.Period.From.Before(q.Period.To):
			c.Add("period.from", check.Conflict, "the period starts on or after its end")
		case !at.IsZero() && q.Period.To.After(at):
			c.Add("period.to", check.Conflict, "the period ends after the moment of assessment: what is not yet known cannot be counted")
		case q.Period.To.Sub(q.Period.From) > 36_525*24*time.Hour:
			c.Add("period", check.OutOfRange, "a period of at most a century")
		}
	}
	if cv := q.Coverage; !cv.From.IsZero() && !cv.To.IsZero() && !cv.From.Before(cv.To) {
		c.Add("coverage.from", check.Conflict, "the coverage starts on or after its end: it is inverted or empty")
	}
}

// Add counts one incident: in the period if the whole span it may have
// happened in lies inside it, in the period before likewise; an incident
// whose span straddles either edge is left out as imprecise, one of another
// country or of no concern to the query as such, one outside a stated
// coverage as uncovered. An incident that is not valid
// ([incident.Incident.Validate]) is an error and is not counted.
func (ic *IncidentCounter) Add(in incident.Incident) error {
	if err := in.Validate(); err != nil {
		return err
	}
	p := &ic.sum.Provenance
	p.Read++
	from, to, _ := in.Period()
	if p.DataFrom.IsZero() || from.Before(p.DataFrom) {
		p.DataFrom = from
	}
	if to.After(p.DataTo) {
		p.DataTo = to
	}
	if in.Country != ic.sum.Query.Country {
		p.OtherCountry++
		return nil
	}
	named := ic.named(in.ActorName)
	if !named && !ic.anyone && !ic.perps[in.Perpetrator] {
		p.OtherPerpetrator++
		return nil
	}
	if cv := &ic.sum.Query.Coverage; ic.stated && (!cv.From.IsZero() && from.Before(cv.From) || !cv.To.IsZero() && to.After(cv.To)) {
		p.Uncovered++
		return nil
	}
	s := &ic.sum
	switch {
	case !from.Before(s.From) && !to.After(s.To):
		s.Incidents++
		if named {
			s.Named++
		} else {
			s.CategoryOnly++
		}
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
	case to.After(s.From) && from.Before(s.To): // overlaps the period without lying inside it
		p.Imprecise++
	default: // straddles the start of the period before: it changes only the trend, which is left without it
		p.Outside++
	}
	return nil
}

// Merge adds the incidents other has counted to ic's, as if ic had read
// them itself after its own: the evidence of ic is then the evidence of one
// counter that read ic's incidents and then other's — counts, harm, the
// period before, the span of the data, the latest incident, and the IDs
// counted, ic's first. Incidents read in shards (by goroutines, from
// several files, or by a distributed engine whose combiner merges
// accumulators) thus combine without being read again; merge the shards'
// counters in the order of the shards to get the order of one pass.
//
// Counters for different queries, moments or evidence policies do not
// merge: that is a *FieldError (ReasonConflict, path "query", "at" or
// "policy") and ic is left as it was. other is not changed; a nil other
// merges nothing. Merge is not safe for concurrent use with other calls on
// ic or on other.
func (ic *IncidentCounter) Merge(other *IncidentCounter) error {
	if other == nil {
		return nil
	}
	c := check.Errors{Pkg: pkg}
	a, b := &ic.sum.Query, &other.sum.Query
	if a.Country != b.Country || !slices.Equal(a.Names, b.Names) || !slices.Equal(a.Perpetrators, b.Perpetrators) ||
		a.WindowDays != b.WindowDays || !a.Period.From.Equal(b.Period.From) || !a.Period.To.Equal(b.Period.To) || a.Category != b.Category ||
		!a.Coverage.From.Equal(b.Coverage.From) || !a.Coverage.To.Equal(b.Coverage.To) || a.Coverage.Excerpt != b.Coverage.Excerpt {
		c.Add("query", check.Conflict, "counters for different queries")
	}
	if !ic.sum.At.Equal(other.sum.At) {
		c.Add("at", check.Conflict, "counters for different moments of assessment")
	}
	if ic.ev != other.ev {
		c.Add("policy", check.Conflict, "counters under different evidence policies")
	}
	if err := c.Err(); err != nil {
		return err
	}
	s, o := &ic.sum, &other.sum
	p, q := &s.Provenance, &o.Provenance
	if q.Read > 0 { // as Add would have met them: the earliest start first seen, the latest end
		if p.DataFrom.IsZero() || q.DataFrom.Before(p.DataFrom) {
			p.DataFrom = q.DataFrom
		}
		if q.DataTo.After(p.DataTo) {
			p.DataTo = q.DataTo
		}
	}
	p.Read += q.Read
	p.OtherCountry += q.OtherCountry
	p.OtherPerpetrator += q.OtherPerpetrator
	p.Outside += q.Outside
	p.Uncovered += q.Uncovered
	p.Imprecise += q.Imprecise
	p.Counted = append(p.Counted, q.Counted...)
	s.Incidents += o.Incidents
	s.Named += o.Named
	s.CategoryOnly += o.CategoryOnly
	s.Killed += o.Killed
	s.Injured += o.Injured
	s.Kidnapped += o.Kidnapped
	s.Arrested += o.Arrested
	s.Previous += o.Previous
	if o.Latest.After(s.Latest) {
		s.Latest = o.Latest
	}
	return nil
}

// named reports whether an actor name holds one of the query's names as
// whole words, ignoring case. It allocates nothing.
func (ic *IncidentCounter) named(actorName string) bool {
	for _, n := range ic.names {
		if containsWords(actorName, n) {
			return true
		}
	}
	return false
}

// containsWords reports whether s holds the words w, ignoring case, with no
// letter or digit just before or after them.
func containsWords(s, w string) bool {
	if w == "" {
		return false
	}
	// An ASCII letter opening w rules out most places at a glance.
	first, asciiFirst := w[0]|0x20, w[0] < utf8.RuneSelf && (w[0]|0x20 >= 'a' && w[0]|0x20 <= 'z')
	prev := rune(0) // the rune before place i; 0 at the start
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (!asciiFirst || s[i]|0x20 == first) && !isWordRune(prev) {
			if end, ok := prefixFold(s[i:], w); ok && (end == len(s)-i || !isWordRune(firstRune(s[i+end:]))) {
				return true
			}
		}
		prev = r
		i += size
	}
	return false
}

// prefixFold reports whether s starts with w under simple case folding, and
// where in s the match ends.
func prefixFold(s, w string) (int, bool) {
	i := 0
	for _, wr := range w {
		if i >= len(s) {
			return 0, false
		}
		sr, size := utf8.DecodeRuneInString(s[i:])
		if sr != wr && !equalFold(sr, wr) {
			return 0, false
		}
		i += size
	}
	return i, true
}

// equalFold reports whether two runes are equal under simple case folding.
func equalFold(a, b rune) bool {
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// Evidence returns the evidence counted so far. It can be called at any
// time; the counter goes on counting.
//
// The data's coverage is the caller's, or else the span of the incidents
// read. A period the data do not cover at all suggests no likelihood (0); a
// period they cover in part suggests one from the rate over the covered
// part, at low confidence at most. Confidence is high only from
// Policy.Evidence.HighAt incidents, the latest within RecentDays of the
// period's end, the period covered whole and the data not an excerpt;
// medium from MediumAt incidents on a period covered whole by data that are
// not an excerpt; low otherwise.
func (ic *IncidentCounter) Evidence() Evidence {
	s := ic.sum
	s.Provenance.Counted = append([]string(nil), s.Provenance.Counted...)
	if s.Provenance.Counted == nil {
		s.Provenance.Counted = []string{}
	}
	cover := s.Query.Coverage
	if cover.From.IsZero() {
		cover.From = s.Provenance.DataFrom
	}
	if cover.To.IsZero() {
		cover.To = s.Provenance.DataTo
	}
	s.Covered = overlap(s.From, s.To, cover)
	s.Covered.Stated = !s.Query.Coverage.From.IsZero() || !s.Query.Coverage.To.IsZero()
	s.Covered.Excerpt = s.Query.Coverage.Excerpt
	prevCovered := overlap(ic.prevFrom, s.From, cover).Share == 1
	ev := &ic.ev
	out := Evidence{Kind: EvidenceIncidents, Dataset: DatasetAidWorkerKIKA, Category: s.Query.Category, Country: s.Query.Country,
		Confidence: ConfidenceLow, Incidents: &s}
	if s.Covered.Share == 0 {
		return out
	}
	months := s.Covered.To.Sub(s.Covered.From).Hours() / 24 / daysPerMonth
	s.PerMonth = float64(s.Incidents) / months
	if prevCovered && s.Covered.Share == 1 {
		switch {
		case s.Incidents == 0 && s.Previous == 0:
		case s.Incidents > s.Previous:
			s.Trend = TrendRising
		case s.Incidents < s.Previous:
			s.Trend = TrendFalling
		default:
			s.Trend = TrendSteady
		}
	}
	whole := s.Covered.Share == 1 && !s.Covered.Excerpt
	recent := !s.Latest.IsZero() && s.To.Sub(s.Latest) <= time.Duration(ev.RecentDays)*24*time.Hour
	switch {
	case whole && s.Incidents >= ev.HighAt && recent:
		out.Confidence = ConfidenceHigh
	case whole && s.Incidents >= ev.MediumAt:
		out.Confidence = ConfidenceMedium
	}
	out.Likelihood = ev.likelihood(s.Incidents, s.PerMonth)
	return out
}

// overlap returns the part of [from, to) that cover covers, and its share.
func overlap(from, to time.Time, cover Coverage) Covered {
	lo, hi := from, to
	if cover.From.After(lo) {
		lo = cover.From
	}
	if cover.To.Before(hi) {
		hi = cover.To
	}
	if cover.From.IsZero() && cover.To.IsZero() || !lo.Before(hi) {
		return Covered{}
	}
	return Covered{From: lo, To: hi, Share: float64(hi.Sub(lo)) / float64(to.Sub(from))}
}

// IncidentEvidence reads incidents as evidence for an engagement risk: how
// many of the query's incidents fell in the period asked about — those
// naming the armed actor and those only of its categories — what they did
// to aid workers, their rate per month, the trend against the period
// before, and the likelihood they suggest on the 1–5 scale under the
// evidence thresholds of the decider's policy (Policy.Evidence), with a
// confidence resting on how many there are, how recent, and how much of the
// period the data cover (see [IncidentCounter.Evidence]). The result carries
// its provenance: the rows counted and what was left out and why.
//
// It is pure and makes one pass over incidents. Adding an incident inside
// the period never lowers the suggested likelihood, and incidents outside
// the period and its coverage never change it. A query or moment in error,
// or an incident that is not valid, is an error naming the field (an
// incident's path starts with its index).
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
// a year). The Actor Dataset gives no year for it — the killing may be
// decades old — so its confidence is low. It is false when the record has
// no one-sided violence dyad: UCDP's silence is not evidence that the actor
// spares civilians.
func OneSidedEvidence(r ucdp.Actor) (Evidence, bool) {
	if !r.OneSided() {
		return Evidence{}, false
	}
	return Evidence{
		Kind: EvidenceOneSidedViolence, Dataset: DatasetUCDPActor, Factor: FactorActorImpact, Confidence: ConfidenceLow,
		OneSided: &OneSidedSummary{UCDPActorID: r.ActorID, Dyads: append([]int(nil), r.OneSidedIDs...), Line: r.Line},
	}, true
}

// ConflictEvidence returns the evidence the UCDP/PRIO rows of a conflict
// give on the armed actor's significance: the intensity of the conflict's
// latest year known at the moment of assessment (a war, 1,000 battle deaths
// or more, or a minor conflict) and how many of its years were wars, with
// the actor one of its sides. Battle deaths measure the fighting between
// the parties, not the harm to civilians, so the evidence bears on the
// actor's significance as a party (FactorActorImpact, "significance and
// impact on civilians") rather than on the criticality of the protection
// concerns. The confidence falls as the latest year ages against the
// moment: high when it is the year of at or the one before, medium within
// five years, low beyond; the summary gives the last year of the data read.
//
// A query that names no conflict or no side, or names a side both ways, is a
// *FieldError naming the field; so is a conflict with no row up to at's
// year ("conflict_id"), an actor that is not a side of the conflict in the
// years used ("side" or "side_id") — the data do not make a later group a
// party to an earlier conflict — and a zero moment ("at").
func ConflictEvidence(rows []ucdp.Conflict, q ConflictQuery, at time.Time) (Evidence, error) {
	c := check.Errors{Pkg: pkg}
	if q.ConflictID <= 0 {
		c.Add("conflict_id", check.Required, "the UCDP/PRIO conflict ID")
	}
	switch {
	case q.Side == "" && q.SideID == 0:
		c.Add("side", check.Required, "the actor's side of the conflict, by name as the data write it or by its side-B code")
	case q.Side != "" && q.SideID != 0:
		c.Add("side_id", check.Conflict, "the side by name or by code, not both")
	case q.SideID < 0:
		c.Add("side_id", check.OutOfRange, "a side-B code of the dataset")
	case q.Side != "":
		c.Text("side", q.Side, MaxQueryNameLen, true)
	}
	if at.IsZero() {
		c.Add("at", check.Required, "the moment of assessment")
	}
	if err := c.Err(); err != nil {
		return Evidence{}, err
	}
	s := ConflictSummary{ConflictID: q.ConflictID}
	sided := 0
	for _, r := range rows {
		s.DataTo = max(s.DataTo, r.Year)
		if r.ConflictID != q.ConflictID || r.Year > at.Year() {
			continue
		}
		s.Years++
		if side, name, ok := sideOf(&r, q); ok {
			sided++
			s.Side, s.SideName = side, name
		}
		if r.Intensity == 2 {
			s.WarYears++
		}
		if r.Year > s.Year {
			s.Year, s.Intensity = r.Year, r.Intensity
		}
	}
	if s.Years == 0 {
		return Evidence{}, &FieldError{Pkg: pkg, Path: "conflict_id", Reason: ReasonReference,
			Detail: "no row of conflict " + strconv.Itoa(q.ConflictID) + " up to " + strconv.Itoa(at.Year())}
	}
	if sided == 0 {
		path := "side"
		if q.SideID != 0 {
			path = "side_id"
		}
		return Evidence{}, &FieldError{Pkg: pkg, Path: path, Reason: ReasonReference,
			Detail: "the actor is not a side of conflict " + strconv.Itoa(q.ConflictID) + " in any of its years up to " + strconv.Itoa(at.Year())}
	}
	conf := ConfidenceLow
	switch age := at.Year() - s.Year; {
	case age <= 1:
		conf = ConfidenceHigh
	case age <= 5:
		conf = ConfidenceMedium
	}
	return Evidence{Kind: EvidenceConflictIntensity, Dataset: DatasetUCDPPRIOACD, Factor: FactorActorImpact, Confidence: conf, Conflict: &s}, nil
}

// sideOf returns the side of row r the query's actor is on, by name or by
// side-B code, and the name the data give it.
func sideOf(r *ucdp.Conflict, q ConflictQuery) (side, name string, ok bool) {
	if q.SideID != 0 {
		if i := slices.Index(r.SideBIDs, q.SideID); i >= 0 && i < len(r.SideB) {
			return "B", r.SideB[i], true
		}
		return "", "", false
	}
	for _, s := range [...]struct {
		side  string
		names []string
	}{{"A", r.SideA}, {"B", r.SideB}} {
		for _, n := range s.names {
			if strings.EqualFold(strings.TrimSpace(n), strings.TrimSpace(q.Side)) {
				return s.side, n, true
			}
		}
	}
	return "", "", false
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
		return e.Category.IsValid() && e.Likelihood >= 0 && e.Likelihood <= 5
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
			if e.Likelihood < 0 || e.Likelihood > 5 {
				c.Add(at("likelihood"), check.OutOfRange, "incident evidence suggests a likelihood from 1 to 5, or 0 when its data cover none of the period, got "+strconv.Itoa(e.Likelihood))
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
