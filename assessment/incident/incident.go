package incident

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/bulk"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/csvio"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/iso3166"
)

// Perpetrator is who an incident against aid workers is attributed to, in
// the categories of Insecurity Insight's Aid Worker KIKA data (its column
// "Actor"). The zero value is invalid. A Perpetrator is a plain value, safe
// for concurrent use.
//
// "No information" is a category of its own: the library never guesses a
// perpetrator the data do not name. The data's own words parse as aliases:
// "NSA", "Host or self-declared host government - military", "Foreign
// forces - military", "Police", "Criminal", "Civilian", "Vigilante",
// "Multiple", "No information" and "MilNonCombatant".
type Perpetrator uint8

// Perpetrator categories.
const (
	PerpetratorUnspecified Perpetrator = iota
	// PerpetratorNonStateArmed: a non-state armed actor ("NSA") — any of the
	// actor package's non-state armed kinds.
	PerpetratorNonStateArmed
	// PerpetratorHostMilitary: the military of the host government, or of a
	// self-declared one — a de facto authority, as the data code the Islamic
	// Emirate of Afghanistan after 2021 ("Host or self-declared host
	// government - military").
	PerpetratorHostMilitary
	// PerpetratorForeignForces: the military of a foreign state.
	PerpetratorForeignForces
	// PerpetratorPolice: the police; state forces, as ACLED codes them. The
	// data code one "Government of South Sudan" row so, as published.
	PerpetratorPolice
	// PerpetratorCriminal: criminals, gangs included.
	PerpetratorCriminal
	// PerpetratorCivilian: civilians — crowds, beneficiaries, employees; not
	// an armed actor.
	PerpetratorCivilian
	// PerpetratorVigilante: vigilantes, closest to the community
	// self-defence militia (the data code Yemen's Security Belt Forces so).
	PerpetratorVigilante
	// PerpetratorMultiple: several perpetrators of different categories.
	PerpetratorMultiple
	// PerpetratorNoInformation: the data do not say who.
	PerpetratorNoInformation
	// PerpetratorMilitaryNonCombatant: coded "MilNonCombatant" in the data,
	// read from the code's name as a military acting outside combat. The
	// excerpt has no codebook entry for it (its one row names the Armed
	// Forces of Somaliland, a self-declared state), so what kind of actor it
	// stands for is unverified, and the library maps it to none.
	PerpetratorMilitaryNonCombatant
)

var perpetrators = enum.New[Perpetrator]("incident", "perpetrator",
	"non_state_armed_actor", "host_government_military", "foreign_forces", "police", "criminal", "civilian",
	"vigilante", "multiple", "no_information", "military_non_combatant").
	WithLabels("a non-state armed actor", "the host government's military", "foreign forces", "the police", "criminals",
		"civilians", "vigilantes", "several perpetrators", "no information on the perpetrator", "a military outside combat").
	WithAlias("NSA", PerpetratorNonStateArmed).
	WithAlias("Host or self-declared host government - military", PerpetratorHostMilitary).
	WithAlias("Foreign forces - military", PerpetratorForeignForces).
	WithAlias("Multiple", PerpetratorMultiple).
	WithAlias("No information", PerpetratorNoInformation).
	WithAlias("MilNonCombatant", PerpetratorMilitaryNonCombatant)

// IsValid reports whether p is a named category.
func (p Perpetrator) IsValid() bool { return perpetrators.Valid(p) }

// String returns the wire word; it never panics.
func (p Perpetrator) String() string { return perpetrators.String(p) }

// Label returns the category in words.
func (p Perpetrator) Label() string { return perpetrators.Label(p) }

// MarshalText encodes the category as its wire word.
func (p Perpetrator) MarshalText() ([]byte, error) { return perpetrators.Marshal(p) }

// UnmarshalText decodes a wire word, a label or the data's own word,
// ignoring case.
func (p *Perpetrator) UnmarshalText(b []byte) (err error) {
	*p, err = perpetrators.Unmarshal(b)
	return err
}

// ParsePerpetrator parses a category's wire word, label or the data's own
// word, ignoring case.
func ParsePerpetrator(s string) (Perpetrator, error) { return perpetrators.Parse(s) }

// Perpetrators returns every category in order.
func Perpetrators() []Perpetrator { return perpetrators.Values() }

// Kinds returns the actor kinds a category corresponds to, in the actor
// package's order: the non-state armed kinds for a non-state armed actor,
// state forces for the host military and the police, external forces for
// foreign forces, criminal groups and gangs for criminals, the self-defence
// militia for vigilantes. Civilians, several perpetrators and no
// information correspond to no kind, and get none; nor does
// "MilNonCombatant", whose meaning the data's documentation does not give.
// The host military also covers the forces of a self-declared government,
// which no kind alone says: [PerpetratorsFor] reads it from the actor.
func (p Perpetrator) Kinds() []actor.Kind {
	switch p {
	case PerpetratorNonStateArmed:
		return []actor.Kind{actor.KindArmedOpposition, actor.KindSelfDefenceMilitia, actor.KindParamilitary, actor.KindPoliticalMilitia, actor.KindIdentityMilitia}
	case PerpetratorHostMilitary, PerpetratorPolice:
		return []actor.Kind{actor.KindStateForces}
	case PerpetratorForeignForces:
		return []actor.Kind{actor.KindExternalForces}
	case PerpetratorCriminal:
		return []actor.Kind{actor.KindGang, actor.KindCriminalGroup}
	case PerpetratorVigilante:
		return []actor.Kind{actor.KindSelfDefenceMilitia}
	}
	return nil
}

// PerpetratorsOf returns the categories whose incidents an actor of kind k
// may have committed, in order: the inverse of [Perpetrator.Kinds]. A query
// for an armed actor's incidents selects these.
func PerpetratorsOf(k actor.Kind) []Perpetrator {
	var out []Perpetrator
	for _, p := range Perpetrators() {
		for _, pk := range p.Kinds() {
			if pk == k {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// PerpetratorsFor returns the categories whose incidents the armed actor a
// may have committed: those of its kind ([PerpetratorsOf]) and, for a
// non-state armed group that holds territory with government-like functions
// (actor.Actor.TerritorialControl), the host military too, since the data
// code the forces of a self-declared government so. In category order.
func PerpetratorsFor(a actor.Actor) []Perpetrator {
	out := PerpetratorsOf(a.Kind)
	if a.Kind.IsNonState() && a.TerritorialControl && !slices.Contains(out, PerpetratorHostMilitary) {
		out = append(out, PerpetratorHostMilitary)
		slices.Sort(out)
	}
	return out
}

// Precision is how exactly an incident's date is known, from the data's
// "Time Precision" column. The zero value is invalid. A Precision is a
// plain value, safe for concurrent use.
type Precision uint8

// Date precisions. Each gives the period the incident may have happened in
// ([Incident.Period]).
const (
	PrecisionUnspecified Precision = iota
	PrecisionExact                 // "Exact Date": on the date
	PrecisionClose                 // "Close": within 2–6 days of the date, either side
	PrecisionWeek                  // "Week": within the week of the date
	PrecisionMonth                 // "Month": in the date's month
	PrecisionYear                  // "Year": in the date's year (the data then give 1 January)
)

var precisions = enum.New[Precision]("incident", "date precision", "exact", "close", "week", "month", "year").
	WithLabels("exact date", "within six days of the date", "within the week of the date", "within the month", "within the year").
	WithAlias("Exact Date", PrecisionExact)

// IsValid reports whether p is a named precision.
func (p Precision) IsValid() bool { return precisions.Valid(p) }

// String returns the wire word; it never panics.
func (p Precision) String() string { return precisions.String(p) }

// Label returns the precision in words.
func (p Precision) Label() string { return precisions.Label(p) }

// MarshalText encodes the precision as its wire word.
func (p Precision) MarshalText() ([]byte, error) { return precisions.Marshal(p) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (p *Precision) UnmarshalText(b []byte) (err error) {
	*p, err = precisions.Unmarshal(b)
	return err
}

// ParsePrecision parses a precision's wire word or label, or the data's
// own phrase: the word before its first hyphen ("Close -The exact date is
// within 2-6 days of the indicated date" is close; "Week-The event occurred
// within the week of this date " is week), ignoring case and spaces.
func ParsePrecision(s string) (Precision, error) {
	p, err := precisions.Parse(s)
	if err == nil {
		return p, nil
	}
	if head, _, found := strings.Cut(s, "-"); found {
		if q, herr := precisions.Parse(strings.TrimSpace(head)); herr == nil {
			return q, nil
		}
	}
	return 0, err // the error names the whole phrase
}

// Incident is one incident in which aid workers were killed, injured,
// kidnapped or arrested, as the Insecurity Insight Aid Worker KIKA data
// record it: the dataset's event ID (SiND Event ID), the date and how
// exactly it is known, the country (ISO 3166-1 alpha-3), the perpetrator's
// category, and the aid workers killed, injured, kidnapped and arrested.
// Line is the line of the file the row starts on, 0 for an incident not
// read from a file.
//
// ActorName is the data's "Actor Name": the group, force or kind of people
// the incident is attributed to, as published ("SPLA-IO Sudan People's
// Liberation Army in Opposition", "Youth"), upstream mojibake included; it
// names no person. It holds no place below the country, no description and
// no name of anyone affected: the reader leaves those columns unread. The zero value is not an incident (it
// has no date). An Incident is a plain value, safe for concurrent use.
type Incident struct {
	ID          string      `json:"id"`
	ActorName   string      `json:"actor_name,omitempty"`
	Date        time.Time   `json:"date"`
	Precision   Precision   `json:"precision"`
	Country     string      `json:"country"`
	Perpetrator Perpetrator `json:"perpetrator"`
	Killed      int         `json:"killed"`
	Injured     int         `json:"injured"`
	Kidnapped   int         `json:"kidnapped"`
	Arrested    int         `json:"arrested"`
	Line        int         `json:"line,omitempty"`
}

// Period returns the span of time the incident happened in, from its date
// and precision: [from, to). An exact date is its day; close, the date six
// days either side; a week, the week from three days before to three after
// — the data do not say which day starts it, so the widest reading within
// six days is taken as the close one is; a month and a year, the calendar
// month and year of the date. It is false for an incident whose precision is
// not valid.
func (in Incident) Period() (from, to time.Time, ok bool) {
	var d time.Time
	if u := in.Date.Unix(); in.Date.Location() == time.UTC && in.Date.Nanosecond() == 0 && u%86400 == 0 {
		d = in.Date // a date as the reader gives it: midnight UTC, with no calendar to work out
	} else {
		d = time.Date(in.Date.Year(), in.Date.Month(), in.Date.Day(), 0, 0, 0, 0, time.UTC)
	}
	const day = 24 * time.Hour // days in UTC are all 24 hours long
	switch in.Precision {
	case PrecisionExact:
		return d, d.Add(day), true
	case PrecisionClose, PrecisionWeek:
		return d.Add(-6 * day), d.Add(7 * day), true
	case PrecisionMonth:
		m := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		return m, m.AddDate(0, 1, 0), true
	case PrecisionYear:
		y := time.Date(d.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
		return y, y.AddDate(1, 0, 0), true
	}
	return time.Time{}, time.Time{}, false
}

// Harmed returns the aid workers killed, injured, kidnapped and arrested in
// the incident, together.
func (in Incident) Harmed() int { return in.Killed + in.Injured + in.Kidnapped + in.Arrested }

// Validate reports every problem with the incident at once, each a
// *FieldError with its path: no date, an unknown precision, a country that
// is not an ISO 3166-1 alpha-3 code, an unknown perpetrator, a negative
// count or one above [MaxHarmed].
func (in Incident) Validate() error {
	c := check.Errors{Pkg: pkg}
	in.check(&c, func(name string) string { return name })
	return c.Err()
}

// MaxHarmed bounds each count of an incident.
const MaxHarmed = 100_000

// MaxActorNameLen bounds an incident's actor name, in bytes.
const MaxActorNameLen = 512

func (in *Incident) check(c *check.Errors, path func(string) string) {
	if in.Date.IsZero() {
		c.Add(path("date"), check.Required, "the date of the incident")
	} else if y := in.Date.Year(); y < check.MinYear || y > check.MaxYear {
		c.Add(path("date"), check.OutOfRange, check.YearDetail(y))
	}
	if !in.Precision.IsValid() {
		c.Add(path("precision"), check.EnumReason(in.Precision == 0), "how exactly the date is known")
	}
	c.Country(path("country"), in.Country, true)
	if len(in.ActorName) > MaxActorNameLen || !utf8.ValidString(in.ActorName) {
		c.Add(path("actor_name"), check.Invalid, "not valid UTF-8, or longer than "+strconv.Itoa(MaxActorNameLen)+" bytes")
	}
	if !in.Perpetrator.IsValid() {
		c.Add(path("perpetrator"), check.EnumReason(in.Perpetrator == 0), "the perpetrator's category (\"no information\" when the data do not say)")
	}
	for _, n := range []struct {
		name string
		v    int
	}{{"killed", in.Killed}, {"injured", in.Injured}, {"kidnapped", in.Kidnapped}, {"arrested", in.Arrested}} {
		if n.v < 0 || n.v > MaxHarmed {
			c.Add(path(n.name), check.OutOfRange, "a count from 0 to "+strconv.Itoa(MaxHarmed)+", got "+strconv.Itoa(n.v))
		}
	}
}

// Columns of the Insecurity Insight Aid Worker KIKA data that the reader
// uses; the others (places, descriptions, names) are left unread.
const (
	colDate       = "Date"
	colPrecision  = "Time Precision"
	colCountryISO = "Country ISO"
	colActor      = "Actor"
	colActorName  = "Actor Name"
	colKilled     = "Aid Workers Killed"
	colInjured    = "Aid Workers Injured"
	colKidnapped  = "Aid Workers Kidnapped"
	colArrested   = "Aid Workers Arrested"
	colEventID    = "SiND Event ID"
	maxEventIDLen = 64
)

var columns = []string{colDate, colPrecision, colCountryISO, colActor, colKilled, colInjured, colKidnapped, colArrested, colEventID}

// Options bounds what the reader accepts. The zero value means the
// defaults. It is a plain value, safe for concurrent use.
type Options struct {
	MaxRecordBytes int // bytes in one row, line ends included; default 1 MiB
	// MaxRecords bounds how many incidents ReadAll keeps in memory; default
	// 1,000,000. A Reader streams and has no such bound.
	MaxRecords int
}

// Validate reports a negative bound as a *FieldError naming it; zero means
// the default.
func (o Options) Validate() error {
	c := check.Errors{Pkg: pkg}
	c.Bound("MaxRecordBytes", o.MaxRecordBytes, "bytes in one row")
	c.Bound("MaxRecords", o.MaxRecords, "incidents")
	return c.Err()
}

// Reader streams incidents from the Insecurity Insight Aid Worker KIKA
// data as CSV, one at a time, in constant memory: the file as published on
// the Humanitarian Data Exchange or an excerpt of its columns (a leading
// byte-order mark, CRLF line ends and line breaks inside quoted
// descriptions are read as they are). The columns it needs are Date (ISO
// YYYY-MM-DD), Time Precision, Country ISO, Actor, the four Aid Workers
// counts and SiND Event ID; Actor Name is read when present; others are
// ignored.
//
// The zero value is not usable: make one with [NewReader]. It is not safe
// for concurrent use.
type Reader struct {
	csv   *csvio.Reader
	names bool // the file has the Actor Name column
}

// NewReader reads the header of the data from r; a missing column is a
// *FieldError naming it, at line 1.
func NewReader(r io.Reader, opts Options) (*Reader, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	x, err := csvio.NewReader(r, pkg, opts.MaxRecordBytes, columns...)
	if err != nil {
		return nil, err
	}
	return &Reader{csv: x, names: x.Has(colActorName)}, nil
}

// Read returns the next incident, or io.EOF after the last. A malformed row
// gives an error joining a *FieldError per problem — an unparsable date, an
// unknown precision or perpetrator, a country that is not ISO 3166-1
// alpha-3, a negative count, a row longer than the bound — each with its
// line and column; the next call reads on. An error reading r is returned
// once; every later call returns io.EOF.
func (ir *Reader) Read() (Incident, error) {
	x := ir.csv
	if err := x.Next(); err != nil {
		return Incident{}, err
	}
	var in Incident
	e := check.Errors{Pkg: pkg}
	in.Line = x.Line()
	in.ID = strings.TrimSpace(x.Get(colEventID))
	if ir.names {
		if in.ActorName = strings.TrimSpace(x.Get(colActorName)); len(in.ActorName) > MaxActorNameLen || !utf8.ValidString(in.ActorName) {
			e.AddErr("", x.Err(colActorName, check.Invalid, "not valid UTF-8, or longer than "+strconv.Itoa(MaxActorNameLen)+" bytes"))
		}
	}
	switch {
	case in.ID == "":
		e.AddErr("", x.Err(colEventID, check.Required, "the event's ID in the dataset"))
	case len(in.ID) > maxEventIDLen:
		e.AddErr("", x.Err(colEventID, check.TooLarge, "longer than "+strconv.Itoa(maxEventIDLen)+" bytes"))
	}
	if s := strings.TrimSpace(x.Get(colDate)); s == "" {
		e.AddErr("", x.Err(colDate, check.Required, "empty"))
	} else if d, err := time.Parse(time.DateOnly, s); err != nil {
		e.AddErr("", x.Err(colDate, check.Invalid, "not a date YYYY-MM-DD: "+check.Quote(s, 32)))
	} else if y := d.Year(); y < check.MinYear || y > check.MaxYear {
		e.AddErr("", x.Err(colDate, check.OutOfRange, check.YearDetail(y)))
	} else {
		in.Date = d
	}
	if s := x.Get(colPrecision); strings.TrimSpace(s) == "" {
		e.AddErr("", x.Err(colPrecision, check.Required, "empty"))
	} else if p, err := ParsePrecision(s); err != nil {
		e.AddErr("", x.Err(colPrecision, check.Unknown, unknownDetail(err)))
	} else {
		in.Precision = p
	}
	in.Country = strings.TrimSpace(x.Get(colCountryISO))
	if r, d := check.CountryProblem(in.Country, true); r != 0 {
		e.AddErr("", x.Err(colCountryISO, r, d))
	}
	if s := strings.TrimSpace(x.Get(colActor)); s == "" {
		e.AddErr("", x.Err(colActor, check.Required, "empty: the data say \"No information\" when the perpetrator is not known"))
	} else if p, err := ParsePerpetrator(s); err != nil {
		e.AddErr("", x.Err(colActor, check.Unknown, unknownDetail(err)))
	} else {
		in.Perpetrator = p
	}
	for _, n := range []struct {
		col string
		to  *int
	}{{colKilled, &in.Killed}, {colInjured, &in.Injured}, {colKidnapped, &in.Kidnapped}, {colArrested, &in.Arrested}} {
		v, err := x.Int(n.col, 0, MaxHarmed, true)
		if err != nil {
			e.AddErr("", err)
		}
		*n.to = v
	}
	if err := e.Err(); err != nil {
		return Incident{}, err
	}
	return in, nil
}

// ReadAll reads every incident of r. If any row is malformed it returns no
// incidents and an error joining the problems of up to the first 100 bad
// rows, each with its line; more incidents than opts.MaxRecords is a
// TooLarge error at the line of the first one too many.
func ReadAll(r io.Reader, opts Options) ([]Incident, error) {
	ir, err := NewReader(r, opts)
	if err != nil {
		return nil, err
	}
	return bulk.Read(ir.Read, ir.csv.Line, bulk.Spec{Pkg: pkg, What: "incidents",
		Hint: "raise Options.MaxRecords or stream with a Reader", Max: opts.MaxRecords})
}

// CountryName names the country or territory with ISO 3166-1 alpha-3 code
// code, as the data and Incident.Country write it, the way a sentence reads
// it — "South Sudan", "Syria", "the Democratic Republic of the Congo" — and
// reports whether the code is assigned. The code is upper case, as the
// standard writes it: a program that reads a code from people upper-cases
// it first.
func CountryName(code string) (string, bool) { return iso3166.InText(code) }

// String gives the incident without anything but what the library reads,
// the country named in words: "2021-03-01 (exact date), South Sudan, the
// police: 0 killed, 1 injured, 0 kidnapped, 0 arrested". Country keeps its
// code.
func (in Incident) String() string {
	country, ok := CountryName(in.Country)
	if !ok {
		country = in.Country
	}
	return in.Date.Format(time.DateOnly) + " (" + in.Precision.Label() + "), " + country + ", " + in.Perpetrator.Label() + ": " +
		strconv.Itoa(in.Killed) + " killed, " + strconv.Itoa(in.Injured) + " injured, " + strconv.Itoa(in.Kidnapped) + " kidnapped, " +
		strconv.Itoa(in.Arrested) + " arrested"
}

// unknownDetail is the detail of a Parse function's error: the word quoted,
// the nearest word suggested when one is near, the words listed.
func unknownDetail(err error) string {
	if fes := check.Flatten(err); len(fes) > 0 {
		return fes[0].Detail
	}
	return err.Error()
}
