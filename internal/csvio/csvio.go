// Package csvio reads CSV files with a header row into named columns, the way
// the library's dataset readers need: a leading byte-order mark is ignored,
// required columns are checked up front, each record is bounded in size
// exactly, and every problem is a *check.FieldError carrying the line (and the
// column, when one field is at fault). After a malformed record, reading goes
// on with the next one, and later line numbers stay right.
//
// The format is RFC 4180: fields separated by commas, optionally quoted with
// double quotes, a quote inside a quoted field doubled, records ended by LF or
// CRLF. A quote inside an unquoted field is an error, as in encoding/csv
// without LazyQuotes. encoding/csv itself is not used because it cannot bound
// a record's size, and after a parse error its line numbers drift.
package csvio

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// DefaultMaxRecordBytes bounds one record when the caller sets no limit.
const DefaultMaxRecordBytes = 1 << 20

// maxShown is how many bytes of a bad value or column name an error shows:
// a longer one is cut, never inside a character (see check.Cut).
const maxShown = 32

// Reader reads records of a CSV file with a header row. It is not safe for
// concurrent use.
type Reader struct {
	pkg    string
	br     bufio.Reader // held here, not on its own: see the padding below
	max    int
	cols   map[string]int
	header []string

	line   int      // lines consumed so far
	buf    []byte   // the current record's raw bytes
	rec    []byte   // the current record's text: a view of buf or of text
	ends   []int    // where each field of the record ends in rec
	sep    int      // the bytes between one field and the next in rec: 1 (a comma) or 0
	fields []string // the fields as strings, made on first asking (see At)
	text   []byte   // the fields' text, unquoted, end to end
	lines  []int    // the line each field of a quoted record starts on
	start  int      // the line the current record starts on
	quoted bool     // the current record holds a quote
	done   bool     // end of input, or a failed read

	// This padding keeps the fields above, which every record writes, off
	// the cache lines of the next object of the same size, such as another
	// Reader read on another core. Two bufio.Readers made one after the
	// other (88 bytes each, in slots of 96) can share a line, and each
	// record then writes one reader's position where the other reads its
	// buffer.
	_ [64]byte
}

// NewReader reads the header from r and checks that every required column is
// present. maxRecord bounds the bytes of one record, line ends included
// (0 means the default).
func NewReader(r io.Reader, pkg string, maxRecord int, required ...string) (*Reader, error) {
	if maxRecord <= 0 {
		maxRecord = DefaultMaxRecordBytes
	}
	x := &Reader{pkg: pkg, br: *bufio.NewReaderSize(r, 64<<10), max: maxRecord}
	if b, err := x.br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = x.br.Discard(3)
	}
	err := x.next(-1)
	if err == io.EOF {
		return nil, &check.FieldError{Pkg: pkg, Line: 1, Reason: check.Syntax, Detail: "empty input: no header row"}
	}
	if err != nil {
		return nil, err
	}
	x.header = make([]string, len(x.ends))
	x.cols = make(map[string]int, len(x.ends))
	for i := range x.ends {
		h := strings.TrimSpace(x.At(i))
		x.header[i] = h
		if _, dup := x.cols[h]; dup {
			return nil, &check.FieldError{Pkg: pkg, Line: 1, Path: check.Cut(h, maxShown), Reason: check.Duplicate, Detail: "column " + check.Quote(h, maxShown) + " appears twice in the header"}
		}
		x.cols[h] = i
	}
	var c check.Errors
	for _, name := range required {
		if _, ok := x.cols[name]; !ok {
			c.AddErr("", &check.FieldError{Pkg: pkg, Line: 1, Path: name, Reason: check.Required, Detail: "missing column " + check.Quote(name, maxShown) + x.misspelt(name, required)})
		}
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	x.start = 0
	return x, nil
}

// misspelt says which column of the header, not itself one of the columns
// wanted, is nearest to the missing column name (see check.Nearest) — `; the
// header has "Yaer": did you mean "Year"?` — or is "" when none is near.
func (x *Reader) misspelt(name string, wanted []string) string {
	var others []string
	for _, h := range x.header {
		if !slices.Contains(wanted, h) {
			others = append(others, h)
		}
	}
	near := check.Nearest(name, others)
	if near == "" {
		return ""
	}
	return "; the header has " + check.Quote(near, maxShown) + ": did you mean " + check.Quote(name, maxShown) + "?"
}

// Header returns the column names.
func (x *Reader) Header() []string { return x.header }

// Next reads the next record. It returns io.EOF at the end. A malformed record
// gives a *check.FieldError with its line, and the following call reads the
// record after it. An error from the underlying reader is returned once, as a
// *check.FieldError with no line; every later call returns io.EOF.
func (x *Reader) Next() error {
	return x.next(len(x.header))
}

// next reads one record; want is the number of fields it must have, or -1.
func (x *Reader) next(want int) error {
	x.ends = x.ends[:0]
	x.fields = x.fields[:0]
	x.lines = x.lines[:0]
	if x.done {
		return io.EOF
	}
	tooLong, err := x.readRecord()
	if err != nil {
		return err
	}
	if tooLong {
		return &check.FieldError{Pkg: x.pkg, Line: x.start, Reason: check.TooLarge, Detail: "record longer than " + strconv.Itoa(x.max) + " bytes"}
	}
	if err := x.split(); err != nil {
		x.ends = x.ends[:0]
		return err
	}
	if want >= 0 && len(x.ends) != want {
		n := len(x.ends)
		x.ends = x.ends[:0]
		return &check.FieldError{Pkg: x.pkg, Line: x.start, Reason: check.Invalid, Detail: "wrong number of fields: " + strconv.Itoa(n) + ", the header has " + strconv.Itoa(want)}
	}
	return nil
}

// readRecord reads the raw bytes of the next record into x.buf: lines until
// one ends outside a quoted field. Blank lines are skipped. A record beyond
// x.max is read to its end but not kept.
func (x *Reader) readRecord() (tooLong bool, err error) {
	for {
		tooLong, err = x.readLines()
		if err != nil || tooLong || !blank(x.buf) {
			return tooLong, err
		}
	}
}

func blank(b []byte) bool {
	return len(b) == 0 || string(b) == "\n" || string(b) == "\r\n"
}

// Scanner states, enough to tell whether a line break ends the record.
const (
	fieldStart = iota
	unquoted
	quoted
	quoteInQuoted // a quote inside a quoted field: its end, or the first of a pair
)

func (x *Reader) readLines() (tooLong bool, err error) {
	x.buf = x.buf[:0]
	x.quoted = false
	x.start = x.line + 1
	state := fieldStart
	read := 0
	for {
		chunk, err := x.br.ReadSlice('\n')
		if len(chunk) > 0 {
			read += len(chunk)
			if read > x.max {
				tooLong = true
			} else {
				x.buf = append(x.buf, chunk...)
			}
			if state != quoted && state != quoteInQuoted && bytes.IndexByte(chunk, '"') < 0 {
				// No quote: the chunk's last byte says where it leaves us.
				switch chunk[len(chunk)-1] {
				case ',', '\n':
					state = fieldStart
				default:
					state = unquoted
				}
			} else {
				x.quoted = true
				state = x.scan(chunk, state)
			}
			if chunk[len(chunk)-1] == '\n' {
				x.line++
				if state != quoted {
					return tooLong, nil
				}
			}
		}
		switch {
		case err == nil, errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF:
			x.done = true
			if read == 0 {
				return false, io.EOF
			}
			if len(chunk) == 0 || chunk[len(chunk)-1] != '\n' {
				x.line++ // the last line has no line end
			}
			return tooLong, nil
		default:
			x.done = true
			return false, &check.FieldError{Pkg: x.pkg, Reason: check.Invalid, Detail: "reading input: " + err.Error()}
		}
	}
}

// scan runs the scanner over a chunk that holds a quote, from state, and
// returns the state it ends in.
func (x *Reader) scan(chunk []byte, state int) int {
	for _, c := range chunk {
		switch state {
		case fieldStart, unquoted:
			switch c {
			case '"':
				if state == fieldStart {
					state = quoted
				}
			case ',', '\n':
				state = fieldStart
			default:
				state = unquoted
			}
		case quoted:
			if c == '"' {
				state = quoteInQuoted
			}
		case quoteInQuoted:
			switch c {
			case '"':
				state = quoted
			case ',', '\n':
				state = fieldStart
			default:
				state = unquoted
			}
		}
	}
	return state
}

// split parses x.buf into fields: it sets x.rec to the record's text and
// x.ends to where each field ends in it. An unquoted record is its own
// text, so reading one copies nothing; a quoted one is unquoted into x.text.
func (x *Reader) split() error {
	b := x.buf
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	if !x.quoted {
		// No quote anywhere: the record is one line, its fields are what
		// lies between commas, and its text is the line itself.
		// Every field starts on the record's line: x.lines stays empty.
		x.rec, x.sep = b, 1
		ends := x.ends
		prev := 0
		for {
			k := bytes.IndexByte(b[prev:], ',')
			if k < 0 {
				break
			}
			ends = append(ends, prev+k)
			prev += k + 1
		}
		x.ends = append(ends, len(b))
		return nil
	}
	x.text = x.text[:0]
	line := x.start
	bad := func(why string) error {
		return &check.FieldError{Pkg: x.pkg, Line: line, Reason: check.Syntax, Detail: "malformed CSV in field " + strconv.Itoa(len(x.lines)) + ": " + why}
	}
	for i := 0; ; {
		x.lines = append(x.lines, line)
		if i < len(b) && b[i] == '"' {
			// Quoted field.
			i++
			for {
				j := bytes.IndexByte(b[i:], '"')
				if j < 0 {
					return bad("quoted field not closed")
				}
				part := b[i : i+j]
				line += bytes.Count(part, []byte{'\n'})
				for {
					k := bytes.Index(part, []byte("\r\n"))
					if k < 0 {
						break
					}
					x.text = append(x.text, part[:k]...)
					part = part[k+1:]
				}
				x.text = append(x.text, part...)
				i += j + 1
				if i < len(b) && b[i] == '"' {
					x.text = append(x.text, '"')
					i++
					continue
				}
				break
			}
			x.ends = append(x.ends, len(x.text))
			if i == len(b) {
				break
			}
			if b[i] != ',' {
				return bad("text after a closing quote")
			}
			i++
			continue
		}
		// Unquoted field: to the next comma, with no quote or line break.
		end := len(b)
		if k := bytes.IndexByte(b[i:], ','); k >= 0 {
			end = i + k
		}
		if bytes.IndexByte(b[i:end], '"') >= 0 {
			return bad("a quote inside an unquoted field")
		}
		if bytes.IndexByte(b[i:end], '\n') >= 0 {
			return bad("a line break inside an unquoted field")
		}
		x.text = append(x.text, b[i:end]...)
		x.ends = append(x.ends, len(x.text))
		if end == len(b) {
			break
		}
		i = end + 1
	}
	x.rec, x.sep = x.text, 0
	return nil
}

// Line returns the line on which the current record starts.
func (x *Reader) Line() int { return x.start }

// Has reports whether the file has column name.
func (x *Reader) Has(name string) bool {
	_, ok := x.cols[name]
	return ok
}

// Get returns the value of column name in the current record, or "" if the
// file has no such column.
func (x *Reader) Get(name string) string {
	i, ok := x.cols[name]
	if !ok {
		return ""
	}
	return x.At(i)
}

// Column returns the index of column name, or -1 if the file has none: a
// reader of many records looks its columns up once and reads them with At.
func (x *Reader) Column(name string) int {
	if i, ok := x.cols[name]; ok {
		return i
	}
	return -1
}

// At returns field i of the current record, or "" when there is none.
//
// The first call for a record makes one string of the record's text and
// gives every field as a part of it, as encoding/csv does: a record costs
// one allocation however many fields are asked for, and none when only
// AtBytes is used.
func (x *Reader) At(i int) string {
	if i < 0 || i >= len(x.ends) {
		return ""
	}
	if len(x.fields) != len(x.ends) {
		x.fields = x.fields[:0]
		str := string(x.rec)
		start := 0
		for _, end := range x.ends {
			x.fields = append(x.fields, str[start:end])
			start = end + x.sep
		}
	}
	return x.fields[i]
}

// AtBytes returns field i of the current record as bytes, or nil when there
// is none. The bytes are the reader's own: they are valid until the next
// call to Next and must not be changed. Unlike At, it never allocates.
func (x *Reader) AtBytes(i int) []byte {
	if i < 0 || i >= len(x.ends) {
		return nil
	}
	start, end := 0, x.ends[i]
	if i > 0 {
		start = x.ends[i-1] + x.sep
	}
	return x.rec[start:end:end]
}

// Err builds a field error for column name of the current record, at the line
// the field starts on.
func (x *Reader) Err(name string, r check.Reason, detail string) *check.FieldError {
	line := x.start // unquoted, every field starts there
	if i, ok := x.cols[name]; ok && i < len(x.lines) {
		line = x.lines[i]
	}
	return &check.FieldError{Pkg: x.pkg, Line: line, Path: name, Reason: r, Detail: detail}
}

// Int parses column name as an integer in [min, max]; blank is an error when
// required and 0 otherwise.
func (x *Reader) Int(name string, min, max int, required bool) (int, error) {
	return x.IntAt(x.Column(name), name, min, max, required)
}

// IntAt is Int for the column at index i (see Column), named name in
// errors.
func (x *Reader) IntAt(i int, name string, min, max int, required bool) (int, error) {
	s := trim(x.At(i))
	if s == "" {
		if required {
			return 0, x.Err(name, check.Required, "empty")
		}
		return 0, nil
	}
	n, err := atoi(s)
	if err != nil {
		return 0, x.Err(name, check.Invalid, "not a whole number: "+check.Quote(s, maxShown))
	}
	if n < min || n > max {
		return 0, x.Err(name, check.OutOfRange, strconv.Itoa(n)+" outside "+strconv.Itoa(min)+"–"+strconv.Itoa(max))
	}
	return n, nil
}

// Ints parses column name as a comma-separated list of integers in [min, max].
// A blank field is an empty list; blank parts ("482, 490,") are skipped.
func (x *Reader) Ints(name string, min, max int) ([]int, error) {
	return x.IntsAt(x.Column(name), name, min, max)
}

// IntsAt is Ints for the column at index i (see Column), named name in
// errors. It allocates the list once, at its size.
func (x *Reader) IntsAt(i int, name string, min, max int) ([]int, error) {
	n := x.CountInts(i)
	if n == 0 {
		return nil, nil
	}
	out, err := x.AppendInts(make([]int, 0, n), i, name, min, max)
	if err != nil || len(out) == 0 {
		return nil, err
	}
	return out, nil
}

// CountInts returns an upper bound of the numbers in the list at column
// index i: its commas plus one, or 0 when it is blank.
func (x *Reader) CountInts(i int) int {
	s := trim(x.At(i))
	if s == "" {
		return 0
	}
	return strings.Count(s, ",") + 1
}

// AppendInts parses the list at column index i (see Ints) and appends its
// numbers to dst.
func (x *Reader) AppendInts(dst []int, i int, name string, min, max int) ([]int, error) {
	s := trim(x.At(i))
	for len(s) > 0 {
		p := s
		if k := strings.IndexByte(s, ','); k >= 0 {
			p, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		p = trim(p)
		if p == "" {
			continue
		}
		n, err := atoi(p)
		if err != nil {
			return dst, x.Err(name, check.Invalid, "not a list of whole numbers: "+check.Quote(p, maxShown))
		}
		if n < min || n > max {
			return dst, x.Err(name, check.OutOfRange, strconv.Itoa(n)+" outside "+strconv.Itoa(min)+"–"+strconv.Itoa(max))
		}
		dst = append(dst, n)
	}
	return dst, nil
}

// atoi is strconv.Atoi with check.SmallInt's fast path, which also keeps
// a number too large for int (on a 32-bit platform) from wrapping round.
func atoi(s string) (int, error) {
	if n, ok := check.SmallInt(s); ok && int64(int(n)) == n {
		return int(n), nil
	}
	return strconv.Atoi(s)
}

// trim is strings.TrimSpace, with a fast return for a field that begins
// and ends with a printable ASCII character.
func trim(s string) string {
	if len(s) == 0 || (s[0] > ' ' && s[0] < 0x7f && s[len(s)-1] > ' ' && s[len(s)-1] < 0x7f) {
		return s
	}
	return strings.TrimSpace(s)
}

// SplitNames splits a comma-separated list of names as the UCDP datasets
// write them. A comma inside parentheses does not split ("Military Faction
// (forces of Honasan, Abenina & Zumel)"). Some names hold a comma of their
// own: when want > 0 is the number of names the record's code column says
// there are, a want of 1 keeps the whole field as one name, and otherwise, if
// the split gives more than want, a part that is an upper-case abbreviation
// stays with the name before it ("Macedonia, FYR"). Blank parts are dropped;
// names are trimmed.
func SplitNames(s string, want int) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parts := make([]string, 0, strings.Count(s, ",")+1)
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	parts = append(parts, s[start:])
	if want == 1 {
		// One name by the code column's count: its commas are its own
		// ("Military Junta for the Consolidation of Democracy, Peace and
		// Justice").
		return []string{strings.TrimSpace(s)}
	}
	extra := 0
	if want > 0 {
		extra = len(parts) - want
	}
	// The names overwrite the parts in place: there are never more of them.
	out := parts[:0]
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if extra > 0 && len(out) > 0 && isAbbrev(p) {
			out[len(out)-1] += ", " + p
			extra--
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil
	}
	return out[:len(out):len(out)]
}

func isAbbrev(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
