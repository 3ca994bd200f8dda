// Package bulk holds the one loop every ReadXs function of the library runs
// over its streaming reader: records kept in growing blocks and copied once
// into a slice of the exact length, malformed records reported together (up
// to MaxBad), and a record limit that ends the reading with a TooLarge error.
package bulk

import (
	"io"
	"strconv"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// DefaultMaxRecords is the number of records a bulk read keeps when its
// options leave the limit at zero.
const DefaultMaxRecords = 1_000_000

// MaxBad is how many malformed records a bulk read reports before it stops.
const MaxBad = 100

// Spec says what a bulk read is reading, for its errors.
type Spec struct {
	Pkg  string // the package reporting, e.g. "incident"
	What string // the records, in the plural: "incidents"
	Hint string // what to do when there are too many: "raise Options.MaxRecords or stream with a Reader"
	Max  int    // the record limit; 0 or less means DefaultMaxRecords
}

// Read calls next until io.EOF and returns what it read. If any record is
// malformed it returns no records and an error joining the problems of up to
// the first MaxBad bad records; a record beyond the limit ends the reading
// with a TooLarge error at the line line gives for it (0 when line is nil).
// An empty input gives a nil slice.
func Read[T any](next func() (T, error), line func() int, s Spec) ([]T, error) {
	limit := s.Max
	if limit <= 0 {
		limit = DefaultMaxRecords
	}
	var blocks [][]T
	var block []T
	n := 0
	c := check.Errors{Pkg: s.Pkg}
	for bad := 0; ; {
		rec, err := next()
		if err == io.EOF {
			break
		}
		if n == limit {
			fe := &check.FieldError{Pkg: s.Pkg, Reason: check.TooLarge, Detail: "more than " + strconv.Itoa(limit) + " " + s.What + "; " + s.Hint}
			if line != nil {
				fe.Line = line()
			}
			c.AddErr("", fe)
			break
		}
		if err != nil {
			c.AddErr("", err)
			if bad++; bad == MaxBad {
				break
			}
			continue
		}
		if len(block) == cap(block) {
			if block != nil {
				blocks = append(blocks, block)
			}
			block = make([]T, 0, max(256, 2*cap(block)))
		}
		block = append(block, rec)
		n++
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil
	}
	if len(blocks) == 0 {
		return block[:n:n], nil
	}
	out := make([]T, 0, n)
	for _, b := range blocks {
		out = append(out, b...)
	}
	return append(out, block...), nil
}
