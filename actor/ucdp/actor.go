package ucdp

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/bulk"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/csvio"
)

// Actor is one actor of the UCDP Actor Dataset (version 22.1 and its
// column layout). UCDP data is © Uppsala Conflict Data Program, CC BY 4.0;
// cite Davies, Pettersson & Öberg (2022), Journal of Peace Research 59(4).
//
// The zero value is not a record. A Actor is a plain value, safe for
// concurrent reads.
type Actor struct {
	ActorID  int        `json:"ucdp_id"`   // ActorId
	Name     string     `json:"name"`      // NameData: the short name
	FullName string     `json:"full_name"` // NameOrigFullEng: the full name in English ("n/a" becomes "")
	Org      int        `json:"org"`       // Org: 1–4
	Kind     actor.Kind `json:"kind"`      // from Org, by FromUCDPOrg
	Primary  bool       `json:"primary"`   // PrimaryParty: a primary party to at least one conflict

	ConflictIDs []int `json:"conflict_ids,omitempty"` // ConflictId: state-based conflicts
	DyadIDs     []int `json:"dyad_ids,omitempty"`     // DyadId
	// OneSidedIDs are the one-sided violence dyads (OSID): UCDP recorded the
	// actor deliberately killing civilians.
	OneSidedIDs []int `json:"one_sided_ids,omitempty"`
	NonStateIDs []int `json:"non_state_ids,omitempty"` // NSID: non-state conflict dyads

	Locations     []string       `json:"locations,omitempty"`      // Location, split into places
	LocationCodes []int          `json:"location_codes,omitempty"` // GWNOLoc: Gleditsch–Ward country codes
	Regions       []actor.Region `json:"regions,omitempty"`        // Region

	Line int `json:"line"` // the line of the file the record starts on
}

// OneSided reports whether UCDP recorded the actor deliberately killing
// civilians (it has one-sided violence dyads).
func (r Actor) OneSided() bool { return len(r.OneSidedIDs) > 0 }

// ucdpNamespace roots the name-based UUIDs of UCDP actors, so that an actor
// read from the dataset always gets the same ID.
var ucdpNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://ucdp.uu.se/actor"))

// ActorID returns the stable ID this package gives the UCDP actor with the
// given ActorId: a name-based (version 5) UUID.
func ActorID(actorID int) uuid.UUID {
	return uuid.NewSHA1(ucdpNamespace, []byte(strconv.Itoa(actorID)))
}

// Actor converts the record to an actor.Actor. The ID is [ActorID]; the full name
// becomes an alias when it differs from the short name; the actor counts as a
// party to an armed conflict when UCDP lists it in a state-based conflict.
// UCDP's threshold (25 battle-related deaths in a year) is not IHL's test for
// an armed conflict, so treat that flag as a research approximation.
func (r Actor) Actor() actor.Actor {
	a := actor.Actor{
		ID:              ActorID(r.ActorID),
		Name:            r.Name,
		Kind:            r.Kind,
		PartyToConflict: len(r.ConflictIDs) > 0,
	}
	if r.FullName != "" && r.FullName != r.Name {
		a.Aliases = []string{r.FullName}
	}
	return a
}

// The columns the actor reader needs; the others are ignored.
var ucdpColumns = []string{"ActorId", "NameData", "NameOrigFullEng", "Org", "ConflictId", "DyadId",
	"PrimaryParty", "OSID", "NSID", "Location", "GWNOLoc", "Region"}

// ActorReader reads the UCDP Actor Dataset as CSV, one record at a time. It
// reads the file exactly as UCDP distributes it: a leading byte-order mark is
// skipped, and list fields ("12618, 448") are split. The zero value is not
// usable: create one with [NewActorReader]. It is not safe for concurrent use.
type ActorReader struct {
	x    *csvio.Reader
	cols [ucdpCols]int // the index of each column in the file
}

// The columns the reader reads, in the order of ucdpColumns.
const (
	colActorID = iota
	colNameData
	colNameFull
	colOrg
	colConflictID
	colDyadID
	colPrimary
	colOSID
	colNSID
	colLocation
	colGWNOLoc
	colRegion
	ucdpCols
)

// ActorOptions bounds what the reader accepts. The zero value means the
// defaults. It is a plain value, safe for concurrent use.
type ActorOptions struct {
	MaxRecordBytes int // bytes in one record, line ends included; default 1 MiB
	// MaxRecords bounds how many records ReadActors keeps in memory; default
	// 1,000,000. A ActorReader streams and has no such bound.
	MaxRecords int
}

// Validate reports a negative bound as a *FieldError naming it; zero means
// the default.
func (o ActorOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	c.Bound("MaxRecordBytes", o.MaxRecordBytes, "bytes in one record")
	c.Bound("MaxRecords", o.MaxRecords, "records")
	return c.Err()
}

// DefaultMaxRecords is the number of records ReadActors and ReadConflicts
// accept by default.
const DefaultMaxRecords = bulk.DefaultMaxRecords

// NewActorReader reads the header row from r and checks that the columns the
// reader needs are there; a missing one is a *FieldError naming it.
func NewActorReader(r io.Reader, opts ActorOptions) (*ActorReader, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	x, err := csvio.NewReader(r, pkg, opts.MaxRecordBytes, ucdpColumns...)
	if err != nil {
		return nil, err
	}
	u := &ActorReader{x: x}
	for i, name := range ucdpColumns {
		u.cols[i] = x.Column(name)
	}
	return u, nil
}

// Read returns the next record, or io.EOF after the last. A malformed row
// gives an error that joins a *FieldError per problem, each with the line
// and column; the next call reads on from the following row. An error reading
// the underlying reader is returned once, and every later call returns io.EOF.
func (u *ActorReader) Read() (Actor, error) {
	if err := u.x.Next(); err != nil {
		return Actor{}, err
	}
	x := u.x
	at := func(col int) string { return x.At(u.cols[col]) }
	rec := Actor{Line: x.Line()}
	var c check.Errors
	var err error
	if rec.ActorID, err = x.IntAt(u.cols[colActorID], "ActorId", 1, 1<<30, true); err != nil {
		c.AddErr("", err)
	}
	rec.Name = strings.TrimSpace(at(colNameData))
	if rec.Name == "" {
		c.AddErr("", x.Err("NameData", check.Required, "empty"))
	} else if err := nameErr(x, "NameData", rec.Name); err != nil {
		c.AddErr("", err)
	}
	if full := strings.TrimSpace(at(colNameFull)); full != "n/a" {
		if err := nameErr(x, "NameOrigFullEng", full); err != nil {
			c.AddErr("", err)
		}
		rec.FullName = full
	}
	if rec.Org, err = x.IntAt(u.cols[colOrg], "Org", 1, 4, true); err != nil {
		c.AddErr("", err)
	} else if rec.Kind, err = actor.FromUCDPOrg(rec.Org); err != nil {
		c.AddErr("", x.Err("Org", check.Unknown, err.Error()))
	}
	primary, err := x.IntAt(u.cols[colPrimary], "PrimaryParty", 0, 1, false)
	if err != nil {
		c.AddErr("", err)
	}
	rec.Primary = primary == 1
	// The five lists of codes share one array, each capped so that an
	// append to one never writes into the next.
	n := x.CountInts(u.cols[colConflictID]) + x.CountInts(u.cols[colDyadID]) + x.CountInts(u.cols[colOSID]) +
		x.CountInts(u.cols[colNSID]) + x.CountInts(u.cols[colGWNOLoc])
	var codes []int
	if n > 0 {
		codes = make([]int, 0, n)
	}
	if rec.ConflictIDs, codes, err = u.codes(codes, colConflictID, "ConflictId"); err != nil {
		c.AddErr("", err)
	}
	if rec.DyadIDs, codes, err = u.codes(codes, colDyadID, "DyadId"); err != nil {
		c.AddErr("", err)
	}
	if rec.OneSidedIDs, codes, err = u.codes(codes, colOSID, "OSID"); err != nil {
		c.AddErr("", err)
	}
	if rec.NonStateIDs, codes, err = u.codes(codes, colNSID, "NSID"); err != nil {
		c.AddErr("", err)
	}
	if rec.LocationCodes, _, err = u.codes(codes, colGWNOLoc, "GWNOLoc"); err != nil {
		c.AddErr("", err)
	}
	regions, err := x.IntsAt(u.cols[colRegion], "Region", 1, 5)
	if err != nil {
		c.AddErr("", err)
	}
	if len(regions) > 0 {
		rec.Regions = make([]actor.Region, len(regions))
		for i, n := range regions {
			rec.Regions[i] = actor.Region(n)
		}
	}
	if loc := at(colLocation); utf8.ValidString(loc) {
		rec.Locations = csvio.SplitNames(loc, len(rec.LocationCodes))
	} else {
		c.AddErr("", x.Err("Location", check.Invalid, "not valid UTF-8"))
	}
	if err := c.Err(); err != nil {
		return Actor{}, err
	}
	return rec, nil
}

// codes appends the list of codes in column col to buf and returns it as a
// slice of its own (nil when empty), and buf.
func (u *ActorReader) codes(buf []int, col int, name string) (list, rest []int, err error) {
	start := len(buf)
	if buf, err = u.x.AppendInts(buf, u.cols[col], name, 0, 1<<30); err != nil || len(buf) == start {
		return nil, buf[:start], err
	}
	return buf[start:len(buf):len(buf)], buf, nil
}

// ReadActors reads every record of the UCDP Actor Dataset from r. If any
// row is malformed it returns no records and an error joining the problems
// of up to the first 100 bad rows, each with its line. An error reading r
// ends the reading; so does a record beyond opts.MaxRecords (a TooLarge
// error).
func ReadActors(r io.Reader, opts ActorOptions) ([]Actor, error) {
	u, err := NewActorReader(r, opts)
	if err != nil {
		return nil, err
	}
	return bulk.Read(u.Read, u.x.Line, bulk.Spec{Pkg: pkg, What: "records",
		Hint: "raise ActorOptions.MaxRecords or stream with an ActorReader", Max: opts.MaxRecords})
}

// nameErr checks a name field against the bounds Actor.Validate applies, so
// that every record read converts to a valid Actor.
func nameErr(x *csvio.Reader, col, s string) error {
	switch {
	case len(s) > actor.MaxNameLen:
		return x.Err(col, check.TooLarge, "longer than "+strconv.Itoa(actor.MaxNameLen)+" bytes")
	case !utf8.ValidString(s):
		return x.Err(col, check.Invalid, "not valid UTF-8")
	}
	return nil
}

// String names the actor as UCDP records it: "MILF (armed opposition group,
// UCDP actor 276)".
func (r Actor) String() string {
	return r.Name + " (" + r.Kind.Label() + ", UCDP actor " + strconv.Itoa(r.ActorID) + ")"
}
