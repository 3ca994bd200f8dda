package sanctions

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/bulk"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// EntryKind is what an entry of the UN Security Council Consolidated List
// lists: an individual (an INDIVIDUAL element) or an entity (an ENTITY
// element: a group, undertaking or other body). The zero value is invalid.
// An EntryKind is a plain value, safe for concurrent use.
type EntryKind uint8

// Entry kinds.
const (
	EntryKindUnspecified EntryKind = iota
	EntryKindIndividual            // a person: an INDIVIDUAL element
	EntryKindEntity                // a group, undertaking or other body: an ENTITY element
)

var entryKinds = enum.New[EntryKind](pkg, "entry kind", "individual", "entity")

// IsValid reports whether k is a named kind.
func (k EntryKind) IsValid() bool { return entryKinds.Valid(k) }

// String returns the wire word; it never panics.
func (k EntryKind) String() string { return entryKinds.String(k) }

// Label returns the kind in words, for people: the wire words are words
// already ("individual", "entity").
func (k EntryKind) Label() string { return entryKinds.Label(k) }

// MarshalText encodes the kind as its wire word.
func (k EntryKind) MarshalText() ([]byte, error) { return entryKinds.Marshal(k) }

// UnmarshalText decodes a wire word, ignoring case.
func (k *EntryKind) UnmarshalText(b []byte) (err error) {
	*k, err = entryKinds.Unmarshal(b)
	return err
}

// ParseEntryKind parses an entry kind's wire word, ignoring case.
func ParseEntryKind(s string) (EntryKind, error) { return entryKinds.Parse(s) }

// Entry is one entry of the UN Security Council Consolidated List, as the
// XML the Council publishes has it (scsanctions.un.org/resources/xml/en/
// consolidated.xml, schema www.un.org/sc/resources/sc-sanctions.xsd):
//
//   - DataID, the list's record number (DATAID);
//   - Kind, individual or entity (the INDIVIDUAL or ENTITY element);
//   - Reference, the reference number (REFERENCE_NUMBER: "QDe.115"), whose
//     prefix names the regime ([RegimeForReference]);
//   - ListType, the list the entry is on, in the list's own words
//     (UN_LIST_TYPE: "Al-Qaida", "Al-Shabaab", "Taliban"), or "";
//   - Name, FIRST_NAME to FOURTH_NAME joined by single spaces (an entity's
//     name is its FIRST_NAME);
//   - Aliases, the ALIAS_NAME of every INDIVIDUAL_ALIAS or ENTITY_ALIAS that
//     has one, in document order, of whatever QUALITY ("Good", "Low");
//   - OriginalScript, the name in its original script
//     (NAME_ORIGINAL_SCRIPT), or "";
//   - ListedOn, the date of listing (LISTED_ON), midnight UTC;
//   - Line, the line of the input the entry's start tag is on, 0 for an
//     entry not read from a document.
//
// Text is read with spaces trimmed and every run of spaces, tabs and line
// breaks made one space. The reader reads nothing else: no address, date
// or place of birth, nationality, title, document, comment or update
// history. Screening a counterpart needs none of them, and most are
// personal data that the library has no use for and does not hold.
//
// The zero value is not an entry (it has no reference number). An Entry is
// a plain value, safe for concurrent reads.
type Entry struct {
	DataID         int       `json:"data_id"`
	Kind           EntryKind `json:"kind"`
	Reference      string    `json:"reference"`
	ListType       string    `json:"list_type,omitempty"`
	Name           string    `json:"name"`
	Aliases        []string  `json:"aliases,omitempty"`
	OriginalScript string    `json:"original_script,omitempty"`
	ListedOn       time.Time `json:"listed_on"`
	Line           int       `json:"line,omitempty"`
}

// MaxEntryTextLen bounds, in bytes, an entry's name, each of its aliases,
// its name in the original script and its list type; a longer one is a
// TooLarge error. A reference number is bounded by actor.MaxReferenceLen.
const MaxEntryTextLen = 1024

// String gives the entry for people: its kind, reference number and name,
// the list it is on and the date of listing — "entity QDe.901 Example Front
// for Testing, on the Al-Qaida list since 3 March 2004". It never panics.
func (e Entry) String() string {
	if e.Reference == "" && e.Name == "" {
		return "no entry"
	}
	s := e.Kind.Label() + " " + e.Reference + " " + e.Name
	if e.ListType != "" {
		s += ", on the " + e.ListType + " list"
	} else {
		s += ", on the UN Security Council Consolidated List"
	}
	if !e.ListedOn.IsZero() {
		s += " since " + e.ListedOn.Format("2 January 2006")
	}
	return s
}

// Designation returns the entry as the designation of a party: a UN
// sanctions designation by the Security Council, under the regime its
// reference number's prefix names ([RegimeForReference]: "QDe." is 1267),
// with the reference number and the year of listing (0 when ListedOn is
// zero). A reference number whose prefix no UN regime of the table has is
// a *FieldError of reason ReasonUnknown at path "REFERENCE_NUMBER", with the
// entry's line; a designation that actor.Designation.Validate would refuse
// (a year of listing outside actor.MinYear–actor.MaxYear, a reference
// longer than actor.MaxReferenceLen) gives that method's errors. On error
// the designation is the zero value.
func (e Entry) Designation() (actor.Designation, error) {
	ref := strings.TrimSpace(e.Reference)
	r, ok := RegimeForReference(ref)
	if !ok {
		return actor.Designation{}, &FieldError{Pkg: pkg, Line: e.Line, Path: "REFERENCE_NUMBER", Reason: ReasonUnknown,
			Detail: "reference number " + check.Quote(ref, 24) + " starts with no prefix of a UN sanctions regime the library knows"}
	}
	d := actor.Designation{Kind: actor.DesignationUNSanctions, By: actor.DesignatorUNSecurityCouncil, Regime: r.ID, Reference: ref}
	if !e.ListedOn.IsZero() {
		d.Year = e.ListedOn.Year()
	}
	if err := d.Validate(); err != nil {
		c := check.Errors{Pkg: pkg}
		c.AddErr("", err)
		return actor.Designation{}, c.Err()
	}
	return d, nil
}

// Bounds of an [EntryReader] when its options leave them at zero.
const (
	// DefaultMaxEntryBytes bounds the bytes of one entry, and of anything
	// between two entries. The largest entries of the published list are a
	// few kilobytes (long comments, dozens of aliases and addresses).
	DefaultMaxEntryBytes = 256 << 10
	// DefaultMaxListBytes bounds the bytes of the whole document. The
	// published list is a few megabytes.
	DefaultMaxListBytes = 64 << 20
)

// EntryOptions bounds what an [EntryReader] and [ReadEntries] accept. The
// zero value means the defaults; a negative bound is an error. It is a
// plain value, safe for concurrent use.
type EntryOptions struct {
	// MaxEntryBytes bounds the bytes of one entry, from the end of its
	// start tag to its end tag, and of anything read between two entries;
	// default DefaultMaxEntryBytes. A reader never holds more than about
	// this much of the input in memory.
	MaxEntryBytes int
	// MaxListBytes bounds the bytes of the whole document; default
	// DefaultMaxListBytes.
	MaxListBytes int
	// MaxEntries bounds how many entries ReadEntries keeps in memory;
	// default 1,000,000. An EntryReader streams and has no such bound.
	MaxEntries int
}

// Validate reports a negative bound as a *FieldError naming it; zero means
// the default.
func (o EntryOptions) Validate() error {
	c := check.Errors{Pkg: pkg}
	c.Bound("MaxEntryBytes", o.MaxEntryBytes, "bytes in one entry")
	c.Bound("MaxListBytes", o.MaxListBytes, "bytes in the list")
	c.Bound("MaxEntries", o.MaxEntries, "entries")
	return c.Err()
}

// Element and attribute names of the Consolidated List.
const (
	elemRoot          = "CONSOLIDATED_LIST"
	elemIndividual    = "INDIVIDUAL"
	elemEntity        = "ENTITY"
	elemDataID        = "DATAID"
	elemReference     = "REFERENCE_NUMBER"
	elemListType      = "UN_LIST_TYPE"
	elemListedOn      = "LISTED_ON"
	elemOriginal      = "NAME_ORIGINAL_SCRIPT"
	elemAliasName     = "ALIAS_NAME"
	elemIndividualAKA = "INDIVIDUAL_ALIAS"
	elemEntityAKA     = "ENTITY_ALIAS"
	attrGenerated     = "dateGenerated"
)

// nameElems are the parts of an entry's name, in order.
var nameElems = [4]string{"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}

// maxOuterDepth bounds how deep elements outside the entries nest: the list
// nests three deep (the root, INDIVIDUALS, INDIVIDUAL).
const maxOuterDepth = 32

// EntryReader streams the entries of the UN Security Council Consolidated
// List from its XML, one at a time, holding no more than about one entry of
// the input in memory (EntryOptions.MaxEntryBytes). It reads the document as
// the Council publishes it: UTF-8, with or without a byte-order mark, the
// root element CONSOLIDATED_LIST holding INDIVIDUALS and ENTITIES. Every
// INDIVIDUAL and ENTITY element below the root is an entry, in document
// order; other elements outside the entries are passed over.
//
// The zero value is not usable: make one with [NewEntryReader]. It is not
// safe for concurrent use.
type EntryReader struct {
	src       *boundedReader
	dec       *xml.Decoder
	maxEntry  int64
	maxList   int64
	generated time.Time
	depth     int  // elements open; 0 before and after the root
	line      int  // the line of the entry read last
	done      bool // the end of the document, or a fatal error, was returned
	x         xmlEntry
}

// NewEntryReader reads r up to the list's root element. Input that is not
// the list — no element, a root element other than CONSOLIDATED_LIST, text
// before it, XML that is not well-formed — is a *FieldError with its line,
// as is a dateGenerated attribute that is not a date and time.
func NewEntryReader(r io.Reader, opts EntryOptions) (*EntryReader, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3) // a byte-order mark, which encoding/xml does not expect
	}
	er := &EntryReader{
		src:      &boundedReader{r: br},
		maxEntry: int64(opts.MaxEntryBytes),
		maxList:  int64(opts.MaxListBytes),
	}
	if er.maxEntry == 0 {
		er.maxEntry = DefaultMaxEntryBytes
	}
	if er.maxList == 0 {
		er.maxList = DefaultMaxListBytes
	}
	er.dec = xml.NewDecoder(er.src)
	er.dec.Strict = true
	for {
		er.bound()
		tok, err := er.dec.Token()
		if err == io.EOF {
			line, _ := er.dec.InputPos()
			return nil, &FieldError{Pkg: pkg, Line: line, Reason: ReasonSyntax, Detail: "no root element: expected <" + elemRoot + ">"}
		}
		if err != nil {
			return nil, er.fail(err, "")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			line, _ := er.dec.InputPos()
			if t.Name.Local != elemRoot {
				return nil, &FieldError{Pkg: pkg, Line: line, Path: elemRoot, Reason: ReasonInvalid,
					Detail: "the root element is <" + check.Cut(t.Name.Local, 32) + ">, not <" + elemRoot + ">: not the UN Security Council Consolidated List"}
			}
			for _, a := range t.Attr {
				if a.Name.Local != attrGenerated {
					continue
				}
				g, ok := parseGenerated(a.Value)
				if !ok {
					return nil, &FieldError{Pkg: pkg, Line: line, Path: attrGenerated, Reason: ReasonInvalid,
						Detail: "not a date and time as XML Schema writes them: " + check.Quote(a.Value, 40)}
				}
				er.generated = g
			}
			er.depth = 1
			return er, nil
		case xml.CharData:
			if !xmlBlank(t) {
				line, _ := er.dec.InputPos()
				return nil, &FieldError{Pkg: pkg, Line: line, Reason: ReasonSyntax, Detail: "text before the root element"}
			}
		}
	}
}

// parseGenerated parses the root's dateGenerated, an XML Schema dateTime
// ("2024-03-20T18:00:04.263Z"); one without a zone is taken as UTC, and a
// plain date is accepted too.
func parseGenerated(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Generated returns when the list was generated (the root's dateGenerated
// attribute), or the zero time when the document does not say.
func (er *EntryReader) Generated() time.Time { return er.generated }

// Read returns the next entry, or io.EOF after the last.
//
// An entry that is well-formed XML but not a valid entry gives an error
// joining a *FieldError per problem, each with the entry's line and the
// element at fault as its path: no REFERENCE_NUMBER (ReasonRequired), one
// longer than actor.MaxReferenceLen (ReasonTooLarge), no name, a LISTED_ON
// that is not a date YYYY-MM-DD (ReasonInvalid) or outside the years the
// library accepts, a name or alias holding a control character, a DATAID
// that is not a positive whole number, an element that may appear once
// appearing twice (ReasonDuplicate). The next call reads on from the
// following entry.
//
// XML that is not well-formed (ReasonSyntax, with the line where the
// decoder stopped, and as the path the field it stopped in, or the entry's
// element) — invalid UTF-8 and characters XML forbids included —, input
// beyond a bound of the options (ReasonTooLarge) and an error reading the
// input end the reading: the error is returned once, and every later call
// returns io.EOF.
func (er *EntryReader) Read() (Entry, error) {
	if er.done {
		return Entry{}, io.EOF
	}
	for {
		er.bound()
		tok, err := er.dec.Token()
		if err == io.EOF {
			// encoding/xml reports an unclosed element itself; here the root
			// has ended.
			er.done = true
			return Entry{}, io.EOF
		}
		if err != nil {
			return Entry{}, er.fail(err, "")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if er.depth == 0 {
				line, _ := er.dec.InputPos()
				return Entry{}, er.fatal(&FieldError{Pkg: pkg, Line: line, Reason: ReasonSyntax, Detail: "a second root element after </" + elemRoot + ">"})
			}
			kind := EntryKindUnspecified
			switch t.Name.Local {
			case elemIndividual:
				kind = EntryKindIndividual
			case elemEntity:
				kind = EntryKindEntity
			}
			if kind != EntryKindUnspecified {
				return er.entry(kind, &t)
			}
			if er.depth++; er.depth > maxOuterDepth {
				line, _ := er.dec.InputPos()
				return Entry{}, er.fatal(&FieldError{Pkg: pkg, Line: line, Reason: ReasonTooLarge, Detail: "elements nested deeper than " + strconv.Itoa(maxOuterDepth) + " outside any entry"})
			}
		case xml.EndElement:
			er.depth--
		case xml.CharData:
			if er.depth == 0 && !xmlBlank(t) {
				line, _ := er.dec.InputPos()
				return Entry{}, er.fatal(&FieldError{Pkg: pkg, Line: line, Reason: ReasonSyntax, Detail: "text after </" + elemRoot + ">"})
			}
		}
	}
}

// entry decodes the entry whose start tag the decoder has just read.
func (er *EntryReader) entry(kind EntryKind, start *xml.StartElement) (Entry, error) {
	er.line, _ = er.dec.InputPos()
	er.bound()
	er.x.reset()
	if err := er.dec.DecodeElement(&er.x, start); err != nil {
		return Entry{}, er.fail(err, start.Name.Local)
	}
	return er.x.entry(kind, er.line)
}

// bound lets the decoder read at most maxEntry more bytes, and no more than
// maxList in all.
func (er *EntryReader) bound() {
	s := er.src
	if er.maxEntry >= er.maxList-s.n { // s.n never passes maxList; the sum could overflow
		s.limit, s.listBound = er.maxList, true
	} else {
		s.limit, s.listBound = s.n+er.maxEntry, false
	}
}

// fatal ends the reading with err.
func (er *EntryReader) fatal(err *FieldError) error {
	er.done = true
	return err
}

// fail turns an error of the decoder into a *FieldError and ends the
// reading. elem is the entry element being decoded, or "".
func (er *EntryReader) fail(err error, elem string) error {
	line, _ := er.dec.InputPos()
	fe := &FieldError{Pkg: pkg, Line: line, Path: elem}
	var inField *xmlFieldError
	if errors.As(err, &inField) {
		fe.Path = inField.elem
	}
	var syn *xml.SyntaxError
	var big *boundError
	switch {
	case errors.As(err, &big) && er.src.listBound:
		fe.Path, fe.Reason = "", ReasonTooLarge
		fe.Detail = "the list is longer than " + strconv.FormatInt(er.maxList, 10) + " bytes; raise EntryOptions.MaxListBytes"
	case errors.As(err, &big) && elem != "":
		fe.Line, fe.Path, fe.Reason = er.line, elem, ReasonTooLarge
		fe.Detail = "an entry longer than " + strconv.FormatInt(er.maxEntry, 10) + " bytes; raise EntryOptions.MaxEntryBytes"
	case errors.As(err, &big):
		fe.Reason = ReasonTooLarge
		fe.Detail = "more than " + strconv.FormatInt(er.maxEntry, 10) + " bytes in one piece outside the entries; raise EntryOptions.MaxEntryBytes"
	case er.src.err != nil:
		fe.Path, fe.Reason = "", ReasonInvalid
		fe.Detail = "reading input: " + check.Cut(er.src.err.Error(), 200)
	case errors.As(err, &syn):
		fe.Line, fe.Reason = syn.Line, ReasonSyntax
		fe.Detail = "not well-formed XML: " + check.Cut(syn.Msg, 96)
	default: // encoding/xml's other errors: an unsupported version or encoding, nesting too deep
		fe.Reason = ReasonSyntax
		fe.Detail = "not XML this reader can read: " + check.Cut(err.Error(), 96)
	}
	er.done = true
	return fe
}

// lineNo is the line of the entry read last, for bulk.Read.
func (er *EntryReader) lineNo() int { return er.line }

// ReadEntries reads every entry of the Consolidated List from r. If any
// entry is malformed it returns no entries and an error joining the
// problems of up to the first 100 bad entries, each a *FieldError with its
// line; XML that is not well-formed and input beyond a bound end the
// reading with a *FieldError too, and so does an entry beyond
// opts.MaxEntries (ReasonTooLarge). An empty list gives no entries and no
// error.
func ReadEntries(r io.Reader, opts EntryOptions) ([]Entry, error) {
	er, err := NewEntryReader(r, opts)
	if err != nil {
		return nil, err
	}
	return bulk.Read(er.Read, er.lineNo, bulk.Spec{Pkg: pkg, What: "entries",
		Hint: "raise EntryOptions.MaxEntries or stream with an EntryReader", Max: opts.MaxEntries})
}

// xmlBlank reports whether XML character data is all white space.
func xmlBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// boundedReader hands the decoder the input a byte at a time (encoding/xml
// reads an io.ByteReader directly, with no buffer of its own), counting the
// bytes, and refuses to go past limit: a bound is then exact, and nothing
// beyond it is ever read into memory.
type boundedReader struct {
	r         *bufio.Reader
	n         int64 // bytes handed out
	limit     int64 // n never passes it
	listBound bool  // limit is the bound of the whole list
	err       error // the underlying reader's error, other than io.EOF
}

// boundError is what boundedReader returns at its limit.
type boundError struct{}

func (*boundError) Error() string { return "sanctions: input beyond the reader's bound" }

func (b *boundedReader) ReadByte() (byte, error) {
	if b.n >= b.limit {
		return 0, b.beyond()
	}
	c, err := b.r.ReadByte()
	if err != nil {
		if err != io.EOF {
			b.err = err
		}
		return 0, err
	}
	b.n++
	return c, nil
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if b.n >= b.limit {
		return 0, b.beyond()
	}
	if int64(len(p)) > b.limit-b.n {
		p = p[:b.limit-b.n]
	}
	k, err := b.r.Read(p)
	b.n += int64(k)
	if err != nil && err != io.EOF {
		b.err = err
	}
	return k, err
}

// beyond is the error of reading at the limit: io.EOF when the input ends
// there, a *boundError when it goes on.
func (b *boundedReader) beyond() error {
	_, err := b.r.Peek(1)
	switch {
	case err == nil:
		return &boundError{}
	case err != io.EOF:
		b.err = err
	}
	return err
}

// xmlFieldError is a decoder error met inside a field of an entry: it names
// the field's element.
type xmlFieldError struct {
	elem string
	err  error
}

func (e *xmlFieldError) Error() string { return e.elem + ": " + e.err.Error() }
func (e *xmlFieldError) Unwrap() error { return e.err }

// xmlText is the text of a field of an entry, and how many times the field
// appeared.
type xmlText struct {
	s string
	n int
}

// read reads the text of the element start, whose start tag the decoder
// has just read, up to its end tag; the text of elements inside it is
// passed over. The first appearance of a field is kept.
func (t *xmlText) read(d *xml.Decoder, start xml.StartElement) error {
	var s string   // the text, when it comes in one piece (the common case)
	var buf []byte // the text, when it comes in several
	for pieces := 0; ; {
		tok, err := d.Token()
		if err != nil {
			return &xmlFieldError{elem: start.Name.Local, err: err}
		}
		switch tt := tok.(type) {
		case xml.CharData:
			switch pieces++; pieces {
			case 1:
				s = string(tt)
			case 2:
				buf = append([]byte(s), tt...)
			default:
				buf = append(buf, tt...)
			}
		case xml.StartElement:
			if err := d.Skip(); err != nil {
				return &xmlFieldError{elem: start.Name.Local, err: err}
			}
		case xml.EndElement:
			if pieces > 1 {
				s = string(buf)
			}
			if t.n == 0 {
				t.s = s
			}
			t.n++
			return nil
		}
	}
}

// xmlAlias is an INDIVIDUAL_ALIAS or ENTITY_ALIAS element: its name and
// which element it was.
type xmlAlias struct {
	elem string
	name xmlText
}

// xmlEntry holds the fields of an INDIVIDUAL or ENTITY element that the
// reader reads. Its UnmarshalXML reads them in one pass and passes over
// every other element unread.
type xmlEntry struct {
	dataID, ref, listType, listedOn, original xmlText
	names                                     [4]xmlText
	aliases                                   []xmlAlias
}

// reset empties x for the next entry, keeping the aliases' array.
func (x *xmlEntry) reset() {
	*x = xmlEntry{aliases: x.aliases[:0]}
}

// UnmarshalXML reads the entry's fields.
func (x *xmlEntry) UnmarshalXML(d *xml.Decoder, _ xml.StartElement) error {
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			var f *xmlText
			switch t.Name.Local {
			case elemDataID:
				f = &x.dataID
			case elemReference:
				f = &x.ref
			case elemListType:
				f = &x.listType
			case elemListedOn:
				f = &x.listedOn
			case elemOriginal:
				f = &x.original
			case nameElems[0]:
				f = &x.names[0]
			case nameElems[1]:
				f = &x.names[1]
			case nameElems[2]:
				f = &x.names[2]
			case nameElems[3]:
				f = &x.names[3]
			case elemIndividualAKA, elemEntityAKA:
				if err := x.alias(d, t); err != nil {
					return err
				}
				continue
			default:
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			if err := f.read(d, t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// alias reads an alias element, keeping its ALIAS_NAME.
func (x *xmlEntry) alias(d *xml.Decoder, start xml.StartElement) error {
	a := xmlAlias{elem: start.Name.Local}
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != elemAliasName {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			if err := a.name.read(d, t); err != nil {
				return err
			}
		case xml.EndElement:
			x.aliases = append(x.aliases, a)
			return nil
		}
	}
}

// entry checks the fields read and builds the entry.
func (x *xmlEntry) entry(kind EntryKind, line int) (Entry, error) {
	c := check.Errors{Pkg: pkg}
	add := func(path string, r Reason, detail string) {
		c.AddErr("", &FieldError{Pkg: pkg, Line: line, Path: path, Reason: r, Detail: detail})
	}
	once := func(path string, t *xmlText) {
		if t.n > 1 {
			add(path, ReasonDuplicate, "appears "+strconv.Itoa(t.n)+" times in the entry; once is allowed")
		}
	}
	// text checks and cleans a text field; it is false when the field has
	// a problem other than appearing twice.
	text := func(path string, t *xmlText, max int) (string, bool) {
		once(path, t)
		s, problem := cleanEntryText(t.s)
		switch {
		case problem != "":
			add(path, ReasonInvalid, problem)
			return "", false
		case len(s) > max:
			add(path, ReasonTooLarge, "longer than "+strconv.Itoa(max)+" bytes")
			return "", false
		}
		return s, true
	}
	e := Entry{Kind: kind, Line: line}

	once(elemDataID, &x.dataID)
	if s := strings.TrimSpace(x.dataID.s); s == "" {
		add(elemDataID, ReasonRequired, "the entry's record number in the list")
	} else if n, err := strconv.Atoi(s); err != nil || n < 1 || n > math.MaxInt32 {
		add(elemDataID, ReasonInvalid, "not a whole number from 1 to "+strconv.Itoa(math.MaxInt32)+": "+check.Quote(s, 24))
	} else {
		e.DataID = n
	}

	if ref, ok := text(elemReference, &x.ref, actor.MaxReferenceLen); ok && ref == "" {
		add(elemReference, ReasonRequired, "the entry's reference number in the list")
	} else {
		e.Reference = ref
	}

	var name strings.Builder
	named := true // no part of the name has a problem
	for i := range x.names {
		part, ok := text(nameElems[i], &x.names[i], MaxEntryTextLen)
		named = named && ok
		if part != "" {
			if name.Len() > 0 {
				name.WriteByte(' ')
			}
			name.WriteString(part)
		}
	}
	switch e.Name = name.String(); {
	case !named:
	case e.Name == "":
		add(nameElems[0], ReasonRequired, "the entry has no name: "+nameElems[0]+" to "+nameElems[3]+" are empty or missing")
	case len(e.Name) > MaxEntryTextLen:
		add(nameElems[0], ReasonTooLarge, "the name, "+nameElems[0]+" to "+nameElems[3]+" joined, is longer than "+strconv.Itoa(MaxEntryTextLen)+" bytes")
	}

	e.ListType, _ = text(elemListType, &x.listType, MaxEntryTextLen)
	e.OriginalScript, _ = text(elemOriginal, &x.original, MaxEntryTextLen)

	once(elemListedOn, &x.listedOn)
	if s := strings.TrimSpace(x.listedOn.s); s == "" {
		add(elemListedOn, ReasonRequired, "the date of listing, YYYY-MM-DD")
	} else if d, err := time.Parse(time.DateOnly, s); err != nil {
		add(elemListedOn, ReasonInvalid, "not a date YYYY-MM-DD: "+check.Quote(s, 32))
	} else if y := d.Year(); y < actor.MinYear || y > actor.MaxYear {
		add(elemListedOn, ReasonOutOfRange, check.YearDetail(y))
	} else {
		e.ListedOn = d
	}

	for i := range x.aliases {
		a := &x.aliases[i]
		if a.name.n == 0 {
			continue
		}
		if s, _ := text(check.Index(a.elem, i)+"."+elemAliasName, &a.name, MaxEntryTextLen); s != "" {
			if e.Aliases == nil {
				e.Aliases = make([]string, 0, len(x.aliases)-i)
			}
			e.Aliases = append(e.Aliases, s)
		}
	}

	if err := c.Err(); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// cleanEntryText trims s and makes every run of XML white space in it one space.
// It reports a problem, and returns "", when s is not valid UTF-8 or holds
// another control character.
func cleanEntryText(s string) (string, string) {
	// The common case: printable ASCII with single spaces, nothing to trim.
	clean := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; clean && i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ' || c >= 0x7F:
			clean = false
		case c == ' ' && s[i+1] == ' ': // s does not end in a space, so i+1 is in range
			clean = false
		}
	}
	if clean {
		return s, ""
	}
	if !utf8.ValidString(s) {
		return "", "not valid UTF-8"
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			space = b.Len() > 0
		case unicode.IsControl(r):
			return "", "holds a control character"
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String(), ""
}

// MatchKind is how an entry of the Consolidated List matches a counterpart.
// A reference match is certain: one of the counterpart's designations cites
// the entry's reference number. A name match is only possible: a name of
// the counterpart is spelt as a name or alias of the entry, which many
// parties can share; a person must confirm it. The zero value is invalid.
// A MatchKind is a plain value, safe for concurrent use.
type MatchKind uint8

// Match kinds.
const (
	MatchKindUnspecified MatchKind = iota
	MatchKindReference             // a designation of the counterpart cites the entry's reference number: certain
	MatchKindName                  // a name is spelt alike: possible, to confirm by hand
)

var matchKinds = enum.New[MatchKind](pkg, "match kind", "reference", "name").
	WithLabels("reference number cited", "name spelt alike, a possible match")

// IsValid reports whether k is a named kind.
func (k MatchKind) IsValid() bool { return matchKinds.Valid(k) }

// String returns the wire word; it never panics.
func (k MatchKind) String() string { return matchKinds.String(k) }

// Label returns the kind in words, for people; String gives the wire word.
func (k MatchKind) Label() string { return matchKinds.Label(k) }

// MarshalText encodes the kind as its wire word.
func (k MatchKind) MarshalText() ([]byte, error) { return matchKinds.Marshal(k) }

// UnmarshalText decodes a wire word or label, ignoring case.
func (k *MatchKind) UnmarshalText(b []byte) (err error) {
	*k, err = matchKinds.Unmarshal(b)
	return err
}

// ParseMatchKind parses a match kind's wire word or label, ignoring case.
func ParseMatchKind(s string) (MatchKind, error) { return matchKinds.Parse(s) }

// Match is an entry of the Consolidated List that [MatchActor] found for a
// counterpart: the entry, how it matched, and, for a name match, which of
// the counterpart's names matched, as the counterpart spells it (empty for
// a reference match).
//
// A name match says only that two names are spelt alike: it does not say
// the counterpart is on the list. The zero value is no match. A Match is a
// plain value, safe for concurrent reads.
type Match struct {
	Entry Entry     `json:"entry"`
	Kind  MatchKind `json:"kind"`
	Name  string    `json:"name,omitempty"`
}

// String gives the match for people. A reference match reads "certain: a
// designation of the counterpart cites the reference number of entity
// QDe.901 Example Front for Testing, on the Al-Qaida list since 3 March
// 2004"; a name match reads "possible match, confirm by hand: …", and never
// says the counterpart is listed.
func (m Match) String() string {
	switch m.Kind {
	case MatchKindReference:
		return "certain: a designation of the counterpart cites the reference number of " + m.Entry.String()
	case MatchKindName:
		return "possible match, confirm by hand: " + check.Quote(m.Name, actor.MaxNameLen) +
			", a name of the counterpart or of one of its factions, is spelt as a name or alias of " + m.Entry.String()
	}
	return "no match"
}

// MatchActor returns the entries that match the counterpart a:
//
//   - by reference (MatchKindReference), when one of a's designations cites
//     the entry's reference number, compared exactly, case included, after
//     trimming spaces;
//   - by name (MatchKindName), when a's name, one of its aliases or the
//     name of one of its factions equals the entry's name or one of its
//     aliases once both are folded: upper and lower case alike (Unicode
//     simple case folding), and every run of spaces, punctuation and
//     symbols one space ("Al-Qaida" is "al qaida"). Diacritics are kept:
//     "Côte" and "Cote" do not match. Match.Name is the counterpart's name
//     that matched, the first in that order.
//
// Reference matches come first, then name matches, each in the order of
// entries. An entry appears at most once: one that matches by reference is
// not listed again by name. MatchActor never modifies a or entries (the
// matches hold copies), and returns nil when nothing matches.
func MatchActor(a actor.Actor, entries []Entry) []Match {
	var refs []string
	for _, d := range a.Designations {
		if r := strings.TrimSpace(d.Reference); r != "" {
			refs = append(refs, r)
		}
	}
	// The counterpart's names, folded, each with its spelling.
	var names []foldedName
	var buf []byte
	addName := func(s string) {
		if buf = appendFold(buf[:0], s); len(buf) > 0 {
			names = append(names, foldedName{string(buf), s})
		}
	}
	addName(a.Name)
	for _, s := range a.Aliases {
		addName(s)
	}
	for _, f := range a.Factions {
		addName(f.Name)
	}

	var out []Match
	var byRef []bool // entries matched by reference
	if len(refs) > 0 {
		for i, e := range entries {
			if r := strings.TrimSpace(e.Reference); r != "" && slices.Contains(refs, r) {
				if byRef == nil {
					byRef = make([]bool, len(entries))
				}
				byRef[i] = true
				out = append(out, Match{Entry: cloneEntry(e), Kind: MatchKindReference})
			}
		}
	}
	if len(names) == 0 {
		return out
	}
	for i, e := range entries {
		if byRef != nil && byRef[i] {
			continue
		}
		if as, ok := matchName(names, e, &buf); ok {
			out = append(out, Match{Entry: cloneEntry(e), Kind: MatchKindName, Name: as})
		}
	}
	return out
}

// foldedName is a name of a counterpart, folded for matching (folded) and
// as the counterpart spells it (as).
type foldedName struct{ folded, as string }

// matchName returns the first of the counterpart's names, in their order,
// that equals a folded name or alias of e.
func matchName(names []foldedName, e Entry, buf *[]byte) (string, bool) {
	hit := -1
	try := func(s string) {
		*buf = appendFold((*buf)[:0], s)
		if len(*buf) == 0 {
			return
		}
		for j, n := range names {
			if (hit < 0 || j < hit) && n.folded == string(*buf) {
				hit = j
				return
			}
		}
	}
	try(e.Name)
	for _, s := range e.Aliases {
		if hit == 0 {
			break
		}
		try(s)
	}
	if hit < 0 {
		return "", false
	}
	return names[hit].as, true
}

// cloneEntry returns e with its own aliases, so that a match shares no
// memory with the caller's entries.
func cloneEntry(e Entry) Entry {
	e.Aliases = slices.Clone(e.Aliases)
	return e
}

// appendFold appends s folded for matching to dst: each letter replaced by
// the smallest of the letters Unicode simple case folding makes equal to it
// (so "k", "K" and the Kelvin sign all become "K"), and every run of white
// space, punctuation, symbols and control characters one space, none at
// either end. Invalid UTF-8 counts as a symbol.
func appendFold(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z':
				r -= 'a' - 'A'
			case 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			default:
				space = true
				continue
			}
		case unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsControl(r):
			space = true
			continue
		default:
			r = foldRune(r)
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

var (
	_ encoding.TextMarshaler   = EntryKind(0)
	_ encoding.TextUnmarshaler = (*EntryKind)(nil)
	_ encoding.TextMarshaler   = MatchKind(0)
	_ encoding.TextUnmarshaler = (*MatchKind)(nil)
)

// foldRune returns the smallest rune of r's simple case-folding orbit.
func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
