package sanctions

import (
	"io"
	"time"

	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/humanitarian-negotiation/protection/internal/words"
	"github.com/humanitarian-negotiation/protection/redline"
)

// Request is a screening as data: the day, the organisation's standing, the
// counterparts with their designations, and the terms — what an agency's
// system sends to have a draft screened, or keeps with the draft. Screen
// runs it.
//
// The zero value is not a valid request (it has no day and no standing). A
// Request is a plain value, safe for concurrent reads; screening it never
// modifies it.
type Request struct {
	At           time.Time      `json:"at"`
	Standing     Standing       `json:"standing"`
	Counterparts []Counterpart  `json:"counterparts,omitempty"`
	Terms        []redline.Term `json:"terms,omitempty"`
}

// String describes the request without its contents' details: "a
// screening of 3 terms on 1 June 2025 for an NGO outside the UN plans,
// appeals and clusters".
func (q Request) String() string {
	s := "a screening of " + words.Count(len(q.Terms), "term", "")
	if !q.At.IsZero() {
		s += " on " + q.At.Format("2 January 2006")
	}
	if q.Standing.Category.IsValid() {
		s += " for " + q.Standing.Category.Label()
	}
	return s
}

// Validate reports every problem Screen would refuse the request for, as an
// errors.Join of *FieldError values, or nil.
func (q Request) Validate() error {
	var rs resolution
	return validate(q.Terms, q.Counterparts, q.Standing, q.At, &rs)
}

// Screen screens the request: Screen(q.Terms, q.Counterparts, q.Standing,
// q.At).
func (q Request) Screen() (Report, error) { return Screen(q.Terms, q.Counterparts, q.Standing, q.At) }

var requestCodec = jsonio.NewCodec[Request](pkg)

// DecodeRequest reads a request as JSON from r, strictly — unknown or
// duplicate keys, unknown words (a jurisdiction, a category, a designator),
// values of the wrong type, invalid UTF-8, input beyond lim — and validates
// it as Screen would. Every problem is a *FieldError naming its JSON path,
// line and column, all reported at once. The zero Limits means the defaults.
func DecodeRequest(r io.Reader, lim Limits) (Request, error) {
	var q Request
	if err := requestCodec.DecodeValid(r, &q, lim, (*Request).Validate); err != nil {
		return Request{}, err
	}
	return q, nil
}

// EncodeRequest validates q and writes it as indented JSON to w, so that
// what it writes DecodeRequest reads back; an invalid request writes
// nothing.
func EncodeRequest(w io.Writer, q Request) error {
	if err := q.Validate(); err != nil {
		return err
	}
	return jsonio.Encode(w, q, pkg)
}

// EncodeReport writes a report as indented JSON to w.
func EncodeReport(w io.Writer, r Report) error { return jsonio.Encode(w, r, pkg) }
