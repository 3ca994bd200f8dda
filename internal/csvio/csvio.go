// Package csvio reads CSV files with a header row into named columns, the way
// the library's dataset readers need: a leading byte-order mark is ignored,
// required columns are checked up front, each record is bounded in size, and
// every problem is a *check.FieldError carrying the line and the column.
package csvio

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// DefaultMaxRecordBytes bounds one record when the caller sets no limit.
const DefaultMaxRecordBytes = 1 << 20

// Reader reads records of a CSV file with a header row. It is not safe for
// concurrent use.
type Reader struct {
	pkg    string
	cr     *csv.Reader
	lr     *limitReader
	cols   map[string]int
	header []string
	rec    []string
	line   int
}

// NewReader reads the header from r and checks that every required column is
// present. maxRecord bounds the bytes of one record (0 means the default).
func NewReader(r io.Reader, pkg string, maxRecord int, required ...string) (*Reader, error) {
	if maxRecord <= 0 {
		maxRecord = DefaultMaxRecordBytes
	}
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
	}
	lr := &limitReader{r: br, max: int64(maxRecord)}
	cr := csv.NewReader(lr)
	cr.ReuseRecord = true
	x := &Reader{pkg: pkg, cr: cr, lr: lr}
	head, err := cr.Read()
	if err == io.EOF {
		return nil, &check.FieldError{Pkg: pkg, Line: 1, Reason: check.Syntax, Detail: "empty input: no header row"}
	}
	if err != nil {
		return nil, x.convert(err)
	}
	x.header = append([]string(nil), head...)
	x.cols = make(map[string]int, len(head))
	for i, h := range x.header {
		h = strings.TrimSpace(h)
		x.header[i] = h
		if _, dup := x.cols[h]; dup {
			return nil, &check.FieldError{Pkg: pkg, Line: 1, Path: h, Reason: check.Duplicate, Detail: "column " + strconv.Quote(h) + " appears twice in the header"}
		}
		x.cols[h] = i
	}
	var c check.Errors
	for _, name := range required {
		if _, ok := x.cols[name]; !ok {
			c.AddErr("", &check.FieldError{Pkg: pkg, Line: 1, Path: name, Reason: check.Required, Detail: "missing column " + strconv.Quote(name)})
		}
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	cr.FieldsPerRecord = len(head)
	lr.reset()
	return x, nil
}

// Header returns the column names.
func (x *Reader) Header() []string { return x.header }

// Next reads the next record. It returns io.EOF at the end. A malformed record
// gives a *check.FieldError with its line; reading may go on after it.
func (x *Reader) Next() error {
	x.lr.reset()
	rec, err := x.cr.Read()
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		x.rec = nil
		return x.convert(err)
	}
	x.rec = rec
	x.line, _ = x.cr.FieldPos(0)
	return nil
}

// Line returns the line on which the current record starts.
func (x *Reader) Line() int { return x.line }

// Has reports whether the file has column name.
func (x *Reader) Has(name string) bool {
	_, ok := x.cols[name]
	return ok
}

// Get returns the value of column name in the current record, or "" if the
// file has no such column.
func (x *Reader) Get(name string) string {
	i, ok := x.cols[name]
	if !ok || i >= len(x.rec) {
		return ""
	}
	return x.rec[i]
}

// Err builds a field error for column name of the current record.
func (x *Reader) Err(name string, r check.Reason, detail string) *check.FieldError {
	line := x.line
	if i, ok := x.cols[name]; ok && i < len(x.rec) {
		line, _ = x.cr.FieldPos(i)
	}
	return &check.FieldError{Pkg: x.pkg, Line: line, Path: name, Reason: r, Detail: detail}
}

// Int parses column name as an integer in [min, max]; blank is an error when
// required and 0 otherwise.
func (x *Reader) Int(name string, min, max int, required bool) (int, error) {
	s := strings.TrimSpace(x.Get(name))
	if s == "" {
		if required {
			return 0, x.Err(name, check.Required, "empty")
		}
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, x.Err(name, check.Invalid, "not a whole number: "+quote(s))
	}
	if n < min || n > max {
		return 0, x.Err(name, check.OutOfRange, strconv.Itoa(n)+" outside "+strconv.Itoa(min)+"–"+strconv.Itoa(max))
	}
	return n, nil
}

// Ints parses column name as a comma-separated list of integers in [min, max].
// A blank field is an empty list.
func (x *Reader) Ints(name string, min, max int) ([]int, error) {
	s := strings.TrimSpace(x.Get(name))
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	out := make([]int, 0, len(parts))
	for _, p := range parts {
		p = strings.TrimSpace(p)
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil, x.Err(name, check.Invalid, "not a list of whole numbers: "+quote(p))
		}
		if n < min || n > max {
			return nil, x.Err(name, check.OutOfRange, strconv.Itoa(n)+" outside "+strconv.Itoa(min)+"–"+strconv.Itoa(max))
		}
		out = append(out, n)
	}
	return out, nil
}

func (x *Reader) convert(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		var tl *tooLong
		switch {
		case errors.As(pe.Err, &tl):
			return &check.FieldError{Pkg: x.pkg, Line: pe.StartLine, Reason: check.TooLarge, Detail: "record longer than " + strconv.FormatInt(x.lr.max, 10) + " bytes"}
		case errors.Is(pe.Err, csv.ErrFieldCount):
			return &check.FieldError{Pkg: x.pkg, Line: pe.StartLine, Reason: check.Invalid, Detail: "wrong number of fields: the header has " + strconv.Itoa(len(x.header))}
		}
		return &check.FieldError{Pkg: x.pkg, Line: pe.Line, Reason: check.Syntax, Detail: "malformed CSV at column " + strconv.Itoa(pe.Column) + ": " + pe.Err.Error()}
	}
	var tl *tooLong
	if errors.As(err, &tl) {
		return &check.FieldError{Pkg: x.pkg, Line: x.line + 1, Reason: check.TooLarge, Detail: "record longer than " + strconv.FormatInt(x.lr.max, 10) + " bytes"}
	}
	return &check.FieldError{Pkg: x.pkg, Reason: check.Invalid, Detail: "reading input: " + err.Error()}
}

func quote(s string) string {
	if len(s) > 32 {
		s = s[:32] + "…"
	}
	return strconv.Quote(s)
}

type tooLong struct{}

func (*tooLong) Error() string { return "record too long" }

// limitReader fails once more than max bytes are read since the last reset.
// csv.Reader reads ahead through a buffer, so the bound is approximate by the
// buffer's size, which is what keeps memory bounded.
type limitReader struct {
	r   io.Reader
	n   int64
	max int64
}

func (l *limitReader) reset() { l.n = 0 }

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n > l.max+int64(len(p)) {
		return 0, &tooLong{}
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}
