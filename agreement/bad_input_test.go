package agreement_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
)

// TestBadInput runs the corpora of malformed inputs in testdata/bad: each
// input must give the typed error, at the field path (and line), that its
// cases.json names.
func TestBadInput(t *testing.T) {
	t.Run("DecodeRecord", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/record", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := agreement.DecodeRecord(bytes.NewReader(b), lim)
			return err
		})
	})
	// For the case readers, a case's MaxBytes limit is the record limit;
	// the whole dataset is read, and the errors of every bad row joined.
	read := func(r *agreement.CaseReader) error {
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
			r, err := agreement.NewCaseReader(bytes.NewReader(b), agreement.CaseOptions{MaxRecordBytes: int(lim.MaxBytes)})
			if err != nil {
				return err
			}
			return read(r)
		})
	})
	t.Run("CaseReader JSON Lines", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/cases-jsonl", 20, func(b []byte, lim jsonio.Limits) error {
			return read(agreement.NewCaseLineReader(bytes.NewReader(b), agreement.CaseOptions{MaxRecordBytes: int(lim.MaxBytes)}))
		})
	})
}
