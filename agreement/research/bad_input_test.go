package research_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// TestBadInput runs the corpora of malformed datasets in testdata/bad: each
// must give the typed error, at the column and line, that its cases.json
// names.
func TestBadInput(t *testing.T) {
	// For the case readers, a case's MaxBytes limit is the record limit;
	// the whole dataset is read, and the errors of every bad row joined.
	read := func(r *research.CaseReader) error {
		var errs []error
		for {
			_, err := r.Read()
			if err == io.EOF {
				return errors.Join(errs...)
			}
			if err != nil {
				errs = append(errs, err)
			}
		}
	}
	t.Run("CaseReader CSV", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/cases-csv", 20, func(b []byte, lim jsonio.Limits) error {
			r, err := research.NewCaseReader(bytes.NewReader(b), research.CaseOptions{MaxRecordBytes: int(lim.MaxBytes)})
			if err != nil {
				return err
			}
			return read(r)
		})
	})
	t.Run("CaseReader JSON Lines", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/cases-jsonl", 20, func(b []byte, lim jsonio.Limits) error {
			return read(lineReader(t, bytes.NewReader(b), research.CaseOptions{MaxRecordBytes: int(lim.MaxBytes)}))
		})
	})
}
