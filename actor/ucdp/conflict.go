package ucdp

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/humanitarian-negotiation/protection/internal/bulk"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/csvio"
	"github.com/humanitarian-negotiation/protection/internal/words"
)

// Conflict is one conflict-year of the UCDP/PRIO Armed Conflict Dataset
// (version 4-2013 and its column layout). UCDP/PRIO data are © the Uppsala
// Conflict Data Program and the Peace Research Institute Oslo, CC BY 4.0;
// cite Gleditsch et al. (2002), Journal of Peace Research 39(5), and Themnér
// & Wallensteen (2013), Journal of Peace Research 50(4).
//
// The zero value is not a row of the dataset: ReadConflicts never returns one, as
// every row it returns has a conflict ID, a year and both sides. An Conflict is
// a plain value; nothing in this package modifies its slices, so it is safe
// for concurrent reads.
type Conflict struct {
	ConflictID int      `json:"conflict_id"`          // ID
	Location   string   `json:"location"`             // Location
	SideA      []string `json:"side_a,omitempty"`     // SideA: the government(s)
	SideA2nd   []string `json:"side_a_2nd,omitempty"` // SideA2nd: states giving troops to side A
	SideB      []string `json:"side_b,omitempty"`     // SideB: the opposition
	SideBIDs   []int    `json:"side_b_ids,omitempty"` // SideBID: the dataset's code of each side-B actor, in the order of SideB
	SideB2nd   []string `json:"side_b_2nd,omitempty"` // SideB2nd: states giving troops to side B
	Incomp     int      `json:"incomp"`               // Incomp: 1 territory, 2 government, 3 both
	Year       int      `json:"year"`                 // YEAR
	Intensity  int      `json:"intensity"`            // Int: 1 minor (25–999 battle deaths), 2 war
	Type       int      `json:"type"`                 // Type: 1 extrasystemic, 2 interstate, 3 intrastate, 4 internationalised intrastate
	Line       int      `json:"line"`
}

var conflictColumns = []string{"ID", "Location", "SideA", "SideA2nd", "SideB", "SideBID", "SideB2nd", "Incomp", "YEAR", "Int", "Type", "GWNOA", "GWNOA2nd", "GWNOB2nd"}

// ConflictOptions bounds what the conflict reader accepts. The zero value means the defaults.
// An ConflictOptions is a plain value, safe for concurrent use.
type ConflictOptions struct {
	MaxRecordBytes int // bytes in one record; default 1 MiB
	MaxRecords     int // rows ReadConflicts keeps in memory; default 1,000,000; a ConflictReader streams and has no such bound
}

// Validate reports a negative bound as a *FieldError naming it; zero means
// the default.
func (o ConflictOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	c.Bound("MaxRecordBytes", o.MaxRecordBytes, "bytes in one record")
	c.Bound("MaxRecords", o.MaxRecords, "rows")
	return c.Err()
}

// ConflictReader streams the UCDP/PRIO Armed Conflict Dataset as CSV, one
// conflict-year at a time, in constant memory. Lists of parties are split
// as UCDP writes them (commas inside parentheses and "Macedonia, FYR" kept
// whole, using the code columns to count).
//
// The zero value is not usable: make one with [NewConflictReader]. It is
// not safe for concurrent use.
type ConflictReader struct {
	x *csvio.Reader
}

// NewConflictReader reads the header row from r and checks that the
// columns the reader needs are there; a missing one is a *FieldError naming
// it.
func NewConflictReader(r io.Reader, opts ConflictOptions) (*ConflictReader, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	x, err := csvio.NewReader(r, pkg, opts.MaxRecordBytes, conflictColumns...)
	if err != nil {
		return nil, err
	}
	return &ConflictReader{x: x}, nil
}

// Read returns the next conflict-year, or io.EOF after the last. A
// malformed row gives an error joining a *FieldError per problem, each with
// its line and column; the next call reads on from the following row. An
// error reading the underlying reader is returned once, and every later
// call returns io.EOF.
func (cr *ConflictReader) Read() (Conflict, error) {
	if err := cr.x.Next(); err != nil {
		return Conflict{}, err
	}
	c, err := conflictRow(cr.x)
	if err != nil {
		return Conflict{}, err
	}
	return c, nil
}

// ReadConflicts reads every conflict-year of the UCDP/PRIO Armed Conflict
// Dataset from r. If any row is malformed it returns no rows and an error
// joining the problems of up to the first 100 bad rows, each with its line
// and column. More rows than opts.MaxRecords is a TooLarge error.
func ReadConflicts(r io.Reader, opts ConflictOptions) ([]Conflict, error) {
	cr, err := NewConflictReader(r, opts)
	if err != nil {
		return nil, err
	}
	return bulk.Read(cr.Read, cr.x.Line, bulk.Spec{Pkg: pkg, What: "rows",
		Hint: "raise ConflictOptions.MaxRecords or stream with a ConflictReader", Max: opts.MaxRecords})
}

func conflictRow(x *csvio.Reader) (Conflict, error) {
	row := Conflict{Line: x.Line(), Location: strings.TrimSpace(x.Get("Location"))}
	c := check.Errors{Pkg: pkg}
	var err error
	if row.ConflictID, err = x.Int("ID", 1, 1<<30, true); err != nil {
		c.AddErr("", err)
	}
	if row.Year, err = x.Int("YEAR", 1900, 2200, true); err != nil {
		c.AddErr("", err)
	}
	if row.Incomp, err = x.Int("Incomp", 1, 3, true); err != nil {
		c.AddErr("", err)
	}
	if row.Intensity, err = x.Int("Int", 1, 2, true); err != nil {
		c.AddErr("", err)
	}
	if row.Type, err = x.Int("Type", 1, 4, true); err != nil {
		c.AddErr("", err)
	}
	count := func(col string) int {
		ids, err := x.Ints(col, -99, 1<<30) // -99: a code UCDP marks missing
		if err != nil {
			c.AddErr("", err)
		}
		return len(ids)
	}
	row.SideA = csvio.SplitNames(x.Get("SideA"), count("GWNOA"))
	row.SideA2nd = csvio.SplitNames(x.Get("SideA2nd"), count("GWNOA2nd"))
	ids, err := x.Ints("SideBID", -99, 1<<30)
	if err != nil {
		c.AddErr("", err)
	}
	row.SideB = csvio.SplitNames(x.Get("SideB"), len(ids))
	if len(ids) > 0 {
		row.SideBIDs = ids
	}
	row.SideB2nd = csvio.SplitNames(x.Get("SideB2nd"), count("GWNOB2nd"))
	for _, col := range []string{"Location", "SideA", "SideA2nd", "SideB", "SideB2nd"} {
		switch v := x.Get(col); {
		case len(v) > maxTextLen:
			c.AddErr("", x.Err(col, check.TooLarge, "longer than the library's bound on a text field"))
		case !utf8.ValidString(v):
			c.AddErr("", x.Err(col, check.Invalid, "not valid UTF-8"))
		}
	}
	if len(row.SideA) == 0 {
		c.AddErr("", x.Err("SideA", check.Required, "a conflict has a side A"))
	}
	if len(row.SideB) == 0 {
		c.AddErr("", x.Err("SideB", check.Required, "a conflict has a side B"))
	}
	return row, c.Err()
}

// maxTextLen bounds a text field of the conflict dataset, as the library
// bounds free text elsewhere.
const maxTextLen = 4096

// partyNamespace roots the name-based IDs of the parties of the conflict
// dataset.
var partyNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://ucdp.uu.se/acd/party"))

// PartyID returns the stable ID this package gives a party of the UCDP/PRIO
// Armed Conflict Dataset, from its name as the dataset writes it: a
// name-based (version 5) UUID.
func PartyID(name string) uuid.UUID { return uuid.NewSHA1(partyNamespace, []byte(name)) }

// String gives the row as words: "conflict 270 (South Sudan), 2012:
// Government of South Sudan against SPLM/A In Opposition — a minor
// intrastate conflict over government"; a war (1,000 battle deaths or more
// in the year) reads "an intrastate war". Codes outside UCDP's are left out
// rather than guessed.
func (r Conflict) String() string {
	s := "conflict " + strconv.Itoa(r.ConflictID) + " (" + r.Location + "), " + strconv.Itoa(r.Year) + ": " +
		strings.Join(r.SideA, ", ") + " against " + strings.Join(r.SideB, ", ")
	var ws []string
	if r.Intensity == 1 {
		ws = append(ws, "minor")
	}
	if t, ok := map[int]string{1: "extrasystemic", 2: "interstate", 3: "intrastate", 4: "internationalised intrastate"}[r.Type]; ok {
		ws = append(ws, t)
	}
	noun := "conflict"
	if r.Intensity == 2 {
		noun = "war"
	}
	if len(ws) == 0 && r.Intensity != 2 {
		return s
	}
	ws = append(ws, noun)
	s += " — " + words.Article(strings.Join(ws, " "))
	if over, ok := map[int]string{1: "territory", 2: "government", 3: "territory and government"}[r.Incomp]; ok {
		s += " over " + over
	}
	return s
}
