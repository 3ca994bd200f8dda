package research

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/bulk"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/csvio"
	"github.com/humanitarian-negotiation/protection/internal/enum"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/risk"
)

// caseCodec decodes one line of a JSON Lines dataset, worked out once.
var caseCodec = jsonio.NewCodec[Case](pkg)

// Outcome is what a negotiation achieved, classified as the report's Box 3
// does: policy commitments, and concrete actions. The zero value is invalid.
// It is a plain value, safe for concurrent use.
type Outcome uint8

// Outcomes of protection negotiations.
const (
	OutcomeUnspecified         Outcome = iota
	OutcomePolicyCommitment            // a policy commitment: respect health care, cultural property …
	OutcomeReleaseOfHostages           // release of hostages
	OutcomeReleaseOfChildren           // release of children from the ranks
	OutcomeVacatingSchools             // schools used militarily vacated
	OutcomeRemovingCheckpoints         // checkpoints that block civilians removed
	OutcomeReducedViolence             // violence reduced
	OutcomeWeaponNonUse                // certain weapons not used
	OutcomeEvacuation                  // evacuation of children or civilians
	OutcomeRefugeeCamp                 // a refugee camp set up
	OutcomeOtherAction                 // another concrete action
)

var outcomeTypes = enum.New[Outcome]("research", "outcome",
	"policy_commitment", "release_of_hostages", "release_of_children", "vacating_schools", "removing_checkpoints",
	"reduced_violence", "weapon_non_use", "evacuation", "refugee_camp", "other_action").
	WithLabels("policy commitment", "release of hostages", "release of children", "vacating schools used militarily", "removing checkpoints that block civilians",
		"violence reduced", "weapons not used", "evacuation", "refugee camp set up", "other concrete action")

// IsValid reports whether o is a named outcome.
func (o Outcome) IsValid() bool { return outcomeTypes.Valid(o) }

// String returns the wire word; it never panics.
func (o Outcome) String() string { return outcomeTypes.String(o) }

// Label returns the outcome in words.
func (o Outcome) Label() string { return outcomeTypes.Label(o) }

// MarshalText encodes the outcome as its wire word.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeTypes.Marshal(o) }

// UnmarshalText decodes a wire word, ignoring case.
func (o *Outcome) UnmarshalText(b []byte) (err error) {
	*o, err = outcomeTypes.Unmarshal(b)
	return err
}

// ParseOutcome parses an outcome's wire word, ignoring case.
func ParseOutcome(s string) (Outcome, error) { return outcomeTypes.Parse(s) }

// Concrete reports whether the outcome is a concrete action rather than a
// policy commitment.
func (o Outcome) Concrete() bool { return o.IsValid() && o != OutcomePolicyCommitment }

// Result is whether a case's outcome was achieved. ResultUnknown is a result in its
// own right: the report notes that prevention is often invisible. The zero
// value is invalid. It is a plain value, safe for concurrent use.
type Result uint8

// Results.
const (
	ResultUnspecified Result = iota
	ResultAchieved
	ResultPartlyAchieved
	ResultNotAchieved
	ResultUnknown
)

var results = enum.New[Result]("research", "result", "achieved", "partly_achieved", "not_achieved", "unknown").
	WithLabels("achieved", "partly achieved", "not achieved", "not known")

// IsValid reports whether r is a named result.
func (r Result) IsValid() bool { return results.Valid(r) }

// String returns the wire word; it never panics.
func (r Result) String() string { return results.String(r) }

// Label returns the result in words.
func (r Result) Label() string { return results.Label(r) }

// MarshalText encodes the result as its wire word.
func (r Result) MarshalText() ([]byte, error) { return results.Marshal(r) }

// UnmarshalText decodes a wire word, ignoring case.
func (r *Result) UnmarshalText(b []byte) (err error) { *r, err = results.Unmarshal(b); return err }

// ParseResult parses a result's wire word, ignoring case.
func ParseResult(s string) (Result, error) { return results.Parse(s) }

// Case is one protection negotiation in a research dataset: the year, the
// kind of armed actor, the instrument, the protection risk addressed, the
// outcome sought and whether it was achieved. ID is the dataset's own
// identifier. A Case holds no names. The zero value is not a valid case:
// Validate rejects it. It is a plain value, safe for concurrent use.
type Case struct {
	ID         string                   `json:"id"`
	Year       int                      `json:"year"`
	ActorKind  actor.Kind               `json:"actor_kind"`
	Instrument agreement.InstrumentKind `json:"instrument"`
	Risk       risk.Risk                `json:"risk"`
	Outcome    Outcome                  `json:"outcome"`
	Result     Result                   `json:"result"`
}

// Validate reports every problem with the case, each a *FieldError.
func (c Case) Validate() error {
	e := check.Errors{Pkg: pkg}
	c.validate(&e, func(col string) string { return col })
	return e.Err()
}

func (c Case) validate(e *check.Errors, path func(string) string) {
	switch {
	case strings.TrimSpace(c.ID) == "":
		e.Add(path("id"), check.Required, "a case needs an ID")
	case len(c.ID) > 128:
		e.Add(path("id"), check.TooLarge, "longer than 128 bytes")
	case !utf8.ValidString(c.ID):
		e.Add(path("id"), check.Invalid, "not valid UTF-8")
	}
	if c.Year < actor.MinYear || c.Year > actor.MaxYear {
		e.Add(path("year"), check.OutOfRange, "year "+strconv.Itoa(c.Year)+" outside "+strconv.Itoa(actor.MinYear)+"–"+strconv.Itoa(actor.MaxYear))
	}
	e.Enum(path("actor_kind"), c.ActorKind.IsValid(), c.ActorKind == 0, true, "")
	e.Enum(path("instrument"), c.Instrument.IsValid(), c.Instrument == 0, true, "")
	e.Enum(path("risk"), c.Risk.IsValid(), c.Risk == 0, true, "")
	e.Enum(path("outcome"), c.Outcome.IsValid(), c.Outcome == 0, true, "")
	e.Enum(path("result"), c.Result.IsValid(), c.Result == 0, true, "")
}

// caseColumns are the columns of the CSV format of a dataset of cases, in
// order: one header row, then one case per row, enumeration words as in
// JSON. Other columns are ignored when reading.
var caseColumns = [...]string{"id", "year", "actor_kind", "instrument", "risk", "outcome", "result"}

// Indexes of caseColumns.
const (
	colID = iota
	colYear
	colActorKind
	colInstrument
	colRisk
	colOutcome
	colResult
)

// CaseColumns returns the columns of the CSV format, in order.
func CaseColumns() []string { return slices.Clone(caseColumns[:]) }

// CaseReader streams cases from a dataset, one at a time, in the CSV format
// (see [NewCaseReader]) or in JSON Lines ([NewCaseLineReader]), so that a
// script handles any number of cases in constant memory. The zero value is
// not usable: make one with NewCaseReader or NewCaseLineReader. It is not
// safe for concurrent use.
type CaseReader struct {
	csv  *csvio.Reader
	cols [len(caseColumns)]int // the index of each of caseColumns in the file
	jl   *bufio.Reader
	buf  []byte // a line longer than jl's buffer, reused
	max  int
	line int
	done bool
}

// CaseOptions bounds what the readers accept. The zero value means the
// defaults. It is a plain value, safe for concurrent use.
type CaseOptions struct {
	MaxRecordBytes int // bytes in one record or line; default 1 MiB
	// MaxRecords bounds how many cases ReadCases keeps in memory; default
	// 1,000,000. A CaseReader streams and has no such bound.
	MaxRecords int
}

// Validate reports a negative bound as a *FieldError naming it; zero means
// the default.
func (o CaseOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	c.Bound("MaxRecordBytes", o.MaxRecordBytes, "bytes in one record or line")
	c.Bound("MaxRecords", o.MaxRecords, "cases")
	return c.Err()
}

// NewCaseReader reads the header of a CSV dataset of cases from r; a missing
// column is a *FieldError naming it.
func NewCaseReader(r io.Reader, opts CaseOptions) (*CaseReader, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	x, err := csvio.NewReader(r, pkg, opts.MaxRecordBytes, caseColumns[:]...)
	if err != nil {
		return nil, err
	}
	cr := &CaseReader{csv: x}
	for i, c := range caseColumns {
		cr.cols[i] = x.Column(c)
	}
	return cr, nil
}

// NewCaseLineReader reads a JSON Lines dataset of cases from r: one JSON
// object per line, with the fields of [Case]; blank lines are skipped. Like
// [NewCaseReader] it refuses options out of range; it reads nothing until
// the first Read.
func NewCaseLineReader(r io.Reader, opts CaseOptions) (*CaseReader, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	max := opts.MaxRecordBytes
	if max == 0 {
		max = csvio.DefaultMaxRecordBytes
	}
	return &CaseReader{jl: bufio.NewReaderSize(r, 64<<10), max: max}, nil
}

// ReadCases reads every case of a CSV dataset from r. If any case is
// malformed it returns no cases and an error joining the problems of up to
// the first 100 bad rows, each with its line; more cases than
// opts.MaxRecords is a TooLarge error. [ReadCaseLines] reads JSON Lines; a
// dataset too large to hold streams through a [CaseReader].
func ReadCases(r io.Reader, opts CaseOptions) ([]Case, error) {
	cr, err := NewCaseReader(r, opts)
	if err != nil {
		return nil, err
	}
	return bulk.Read(cr.Read, cr.csv.Line, bulk.Spec{Pkg: pkg, What: "cases",
		Hint: "raise CaseOptions.MaxRecords or stream with a CaseReader", Max: opts.MaxRecords})
}

// ReadCaseLines reads every case of a JSON Lines dataset from r, as
// [ReadCases] reads CSV.
func ReadCaseLines(r io.Reader, opts CaseOptions) ([]Case, error) {
	cr, err := NewCaseLineReader(r, opts)
	if err != nil {
		return nil, err
	}
	return bulk.Read(cr.Read, func() int { return cr.line }, bulk.Spec{Pkg: pkg, What: "cases",
		Hint: "raise CaseOptions.MaxRecords or stream with a CaseReader", Max: opts.MaxRecords})
}

// Read returns the next case, or io.EOF after the last. A malformed case
// gives an error joining a *FieldError per problem, each with the line and
// the column or JSON path; the next call reads on. An error reading r is
// returned once; every later call returns io.EOF.
func (cr *CaseReader) Read() (Case, error) {
	return cr.read(true)
}

// read reads the next case, as Read does. The tables need no ID: when id is
// false, a case read from CSV comes without one (but is checked all the
// same), and a row written as the library writes it costs no allocation.
func (cr *CaseReader) read(id bool) (Case, error) {
	if cr.csv == nil {
		return cr.readLine()
	}
	if err := cr.csv.Next(); err != nil {
		return Case{}, err
	}
	if c, ok := cr.quick(id); ok {
		return c, nil
	}
	return cr.record()
}

// Indexes of the wire words of a case's enumerations, for quick.
var (
	kindWords       = wordIndex(actor.Kind.IsValid, actor.Kind.String)
	instrumentWords = wordIndex(agreement.InstrumentKind.IsValid, agreement.InstrumentKind.String)
	riskWords       = wordIndex(risk.Risk.IsValid, risk.Risk.String)
	outcomeWords    = wordIndex(Outcome.IsValid, Outcome.String)
	resultWords     = wordIndex(Result.IsValid, Result.String)
)

// wordIndex returns the index of the wire words of the values 1, 2, … of
// an enumeration, up to the first that is not valid.
func wordIndex[T ~uint8](valid func(T) bool, word func(T) string) *enum.Index[T] {
	var words []string
	for v := T(1); valid(v); v++ {
		words = append(words, word(v))
	}
	return enum.NewIndex[T](words...)
}

// quick reads the current CSV record without making strings of it, when it
// is written as the library writes it: an ID that starts with a printable
// character other than a space, is valid UTF-8 and not too long; a year of
// plain digits in range; each enumeration as its wire word. It reports
// false for anything else, and then record reads the row: what quick
// accepts, record would accept and read the same, and every error comes
// from record. The case has its ID only when id is true.
func (cr *CaseReader) quick(id bool) (Case, bool) {
	x := cr.csv
	field := func(col int) []byte { return x.AtBytes(cr.cols[col]) }
	b := field(colID)
	if len(b) == 0 || len(b) > 128 || b[0] <= ' ' || b[0] >= 0x7f || !utf8.Valid(b) {
		return Case{}, false
	}
	var c Case
	var ok bool
	if c.Year, ok = digits(field(colYear)); !ok || c.Year < actor.MinYear || c.Year > actor.MaxYear {
		return Case{}, false
	}
	if c.ActorKind, ok = kindWords.Lookup(field(colActorKind)); !ok {
		return Case{}, false
	}
	if c.Instrument, ok = instrumentWords.Lookup(field(colInstrument)); !ok {
		return Case{}, false
	}
	if c.Risk, ok = riskWords.Lookup(field(colRisk)); !ok {
		return Case{}, false
	}
	if c.Outcome, ok = outcomeWords.Lookup(field(colOutcome)); !ok {
		return Case{}, false
	}
	if c.Result, ok = resultWords.Lookup(field(colResult)); !ok {
		return Case{}, false
	}
	if id {
		c.ID = string(b)
	}
	return c, true
}

// digits parses a number of one to nine decimal digits, nothing else.
func digits(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, d := range b {
		if d < '0' || d > '9' {
			return 0, false
		}
		n = n*10 + int(d-'0')
	}
	return n, true
}

// record reads the current CSV record into a case, or reports every problem
// with it.
func (cr *CaseReader) record() (Case, error) {
	x := cr.csv
	var c Case
	e := check.Errors{Pkg: pkg}
	get := func(col int) string { return x.At(cr.cols[col]) }
	c.ID = get(colID)
	y, err := x.Int("year", actor.MinYear, actor.MaxYear, true)
	if err != nil {
		e.AddErr("", err)
	}
	c.Year = y
	var failed []string // the columns already reported
	if err != nil {
		failed = append(failed, "year")
	}
	// parse reports a word that does not parse; an empty field is left to
	// the validation below, which calls it required.
	parse := func(col int, err error) {
		if err != nil && get(col) != "" {
			name := caseColumns[col]
			failed = append(failed, name)
			for _, fe := range check.Flatten(err) {
				e.AddErr("", x.Err(name, fe.Reason, fe.Detail))
			}
		}
	}
	var perr error
	c.ActorKind, perr = actor.ParseKind(get(colActorKind))
	parse(colActorKind, perr)
	c.Instrument, perr = agreement.ParseInstrumentKind(get(colInstrument))
	parse(colInstrument, perr)
	c.Risk, perr = risk.Parse(get(colRisk))
	parse(colRisk, perr)
	c.Outcome, perr = ParseOutcome(get(colOutcome))
	parse(colOutcome, perr)
	c.Result, perr = ParseResult(get(colResult))
	parse(colResult, perr)
	// Every other problem too, at the row's line, but not twice.
	var v check.Errors
	c.validate(&v, func(col string) string { return col })
	for _, fe := range check.Flatten(v.Err()) {
		if !slices.Contains(failed, fe.Path) {
			e.AddErr("", x.Err(fe.Path, fe.Reason, fe.Detail))
		}
	}
	if err := e.Err(); err != nil {
		return Case{}, err
	}
	return c, nil
}

func (cr *CaseReader) readLine() (Case, error) {
	for {
		if cr.done {
			return Case{}, io.EOF
		}
		line, err := cr.nextLine()
		if err != nil {
			return Case{}, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var c Case
		lineNo := cr.line
		if err := caseCodec.UnmarshalValid(line, &c, jsonio.Limits{MaxBytes: int64(cr.max)}, (*Case).Validate); err != nil {
			return Case{}, atLine(err, lineNo)
		}
		return c, nil
	}
}

// nextLine returns the next line without its line end; a line longer than
// the limit is an error and is skipped.
//
// A line that fits the reader's buffer is returned as a view of it, valid
// until the next read; only a longer one is copied, into cr.buf.
func (cr *CaseReader) nextLine() ([]byte, error) {
	var buf []byte
	tooLong, first := false, true
	for {
		chunk, err := cr.jl.ReadSlice('\n')
		if !tooLong {
			switch {
			case len(buf)+len(chunk) > cr.max:
				tooLong, buf = true, nil
			case first && err != bufio.ErrBufferFull:
				buf = chunk // the whole line, in the buffer
			default:
				if first {
					buf = cr.buf[:0]
				}
				buf = append(buf, chunk...)
				cr.buf = buf
			}
		}
		first = false
		switch {
		case err == nil:
			cr.line++
			if tooLong {
				return nil, &FieldError{Pkg: pkg, Line: cr.line, Reason: ReasonTooLarge, Detail: "line longer than " + strconv.Itoa(cr.max) + " bytes"}
			}
			return bytes.TrimRight(buf, "\r\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF:
			cr.done = true
			if len(buf) == 0 && !tooLong {
				return nil, io.EOF
			}
			cr.line++
			if tooLong {
				return nil, &FieldError{Pkg: pkg, Line: cr.line, Reason: ReasonTooLarge, Detail: "line longer than " + strconv.Itoa(cr.max) + " bytes"}
			}
			return bytes.TrimRight(buf, "\r\n"), nil
		default:
			cr.done = true
			return nil, &FieldError{Pkg: pkg, Reason: ReasonInvalid, Detail: "reading input: " + err.Error()}
		}
	}
}

func atLine(err error, line int) error {
	var c check.Errors
	c.Pkg = pkg
	for _, fe := range check.Flatten(err) {
		cp := *fe
		cp.Line = line
		c.AddErr("", &cp)
	}
	return c.Err()
}

// CaseWriter writes cases in the CSV format or as JSON Lines. The zero value
// is not usable: make one with NewCaseWriter or NewCaseLineWriter. It is not
// safe for concurrent use.
type CaseWriter struct {
	w    *bufio.Writer
	json bool
	buf  []byte
}

// NewCaseWriter returns a writer of the CSV format; it writes the header
// first.
func NewCaseWriter(w io.Writer) (*CaseWriter, error) {
	cw := &CaseWriter{w: bufio.NewWriter(w)}
	_, err := cw.w.WriteString(strings.Join(caseColumns[:], ",") + "\n")
	return cw, err
}

// NewCaseLineWriter returns a writer of JSON Lines.
func NewCaseLineWriter(w io.Writer) *CaseWriter {
	return &CaseWriter{w: bufio.NewWriter(w), json: true}
}

// Write validates and writes one case.
func (cw *CaseWriter) Write(c Case) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if cw.json {
		b, err := json.Marshal(c)
		if err != nil {
			return err
		}
		cw.w.Write(b)
		return cw.w.WriteByte('\n')
	}
	cw.buf = cw.buf[:0]
	cw.buf = appendCSVField(cw.buf, c.ID)
	for _, s := range []string{strconv.Itoa(c.Year), c.ActorKind.String(), c.Instrument.String(), c.Risk.String(), c.Outcome.String(), c.Result.String()} {
		cw.buf = append(cw.buf, ',')
		cw.buf = append(cw.buf, s...)
	}
	cw.buf = append(cw.buf, '\n')
	_, err := cw.w.Write(cw.buf)
	return err
}

// Flush writes any buffered data.
func (cw *CaseWriter) Flush() error { return cw.w.Flush() }

func appendCSVField(b []byte, s string) []byte {
	if !strings.ContainsAny(s, ",\"\r\n") {
		return append(b, s...)
	}
	b = append(b, '"')
	b = append(b, strings.ReplaceAll(s, `"`, `""`)...)
	return append(b, '"')
}
