package incident_test

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/badinput"
	"github.com/humanitarian-negotiation/protection/internal/checktest"
	"github.com/humanitarian-negotiation/protection/internal/jsonio"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzIncidentReader reads any bytes as incident data: no panic, no hang;
// every row either an incident that validates or errors that are all
// *FieldError with a line; and evidence over what was read never fails.
//
// The corpus in testdata/fuzz/FuzzIncidentReader holds the header and a
// few rows of the shipped subset (a year-precision row, a close one, a
// quoted description with commas), an unknown category, a negative count
// and a description left open.
func FuzzIncidentReader(f *testing.F) {
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := incident.NewReader(bytes.NewReader(data), incident.Options{MaxRecordBytes: 4096})
		if err != nil {
			onlyFieldErrors(t, err)
			return
		}
		var read []incident.Incident
		for range 10_000 {
			in, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				for _, fe := range fieldErrors(t, err) {
					require.NotZero(t, fe.Line, "%v", fe)
				}
				continue
			}
			require.NoError(t, in.Validate())
			_, _, ok := in.Period()
			require.True(t, ok)
			read = append(read, in)
		}
		for _, c := range []string{"SSD", "SYR"} {
			ev, err := d.IncidentEvidence(read, assessment.IncidentQuery{Country: c, WindowDays: 365}, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))
			require.NoError(t, err)
			require.GreaterOrEqual(t, ev.Likelihood, 0)
			require.LessOrEqual(t, ev.Likelihood, 5)
			require.Equal(t, ev.Likelihood == 0, ev.Incidents.Covered.Share == 0, "no likelihood exactly when the data cover nothing")
			p := ev.Incidents.Provenance
			require.Equal(t, len(read), p.Read)
			require.Equal(t, p.Read, len(p.Counted)+ev.Incidents.Previous+p.OtherCountry+p.OtherPerpetrator+p.Outside+p.Uncovered+p.Imprecise,
				"every incident read is counted or left out for a reason")
		}
	})
}

// BenchmarkReadIncidents reads the full Insecurity Insight excerpt (200
// incidents, 60 KB) when the shared data are beside the module, else the
// shipped subset.
func BenchmarkReadIncidents(b *testing.B) {
	data, err := os.ReadFile(kikaFull)
	if err != nil {
		data, err = os.ReadFile(kikaSubset)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := incident.ReadAll(bytes.NewReader(data), incident.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBadInput runs the corpus of malformed rows in testdata/bad: each must
// give the typed error, at the line and column, that its cases.json names.
func TestBadInput(t *testing.T) {
	t.Run("IncidentReader", func(t *testing.T) {
		badinput.Run(t, "testdata/bad/incidents", 20, func(b []byte, lim jsonio.Limits) error {
			_, err := incident.ReadAll(bytes.NewReader(b), incident.Options{MaxRecordBytes: int(lim.MaxBytes)})
			return err
		})
	})
}

// fieldErrors returns the field errors inside err, in order, and fails t for
// anything else inside it (checktest.FieldErrors).
func fieldErrors(t testing.TB, err error) []*incident.FieldError {
	t.Helper()
	return checktest.FieldErrors(t, "incident", err)
}

// onlyFieldErrors fails t unless err holds field errors and nothing else.
func onlyFieldErrors(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	require.NotEmpty(t, fieldErrors(t, err), "%v", err)
}

// problem is the path and reason of one field error.
type problem struct {
	Path   string
	Reason incident.Reason
}

// problems returns the path and reason of every field error in err, in order.
func problems(t testing.TB, err error) []problem {
	t.Helper()
	var out []problem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, problem{fe.Path, fe.Reason})
	}
	return out
}

// Options out of range are refused before anything is read; the record
// limit is in the options.
func TestOptions(t *testing.T) {
	_, err := incident.NewReader(strings.NewReader(""), incident.Options{MaxRecordBytes: -1})
	assert.ErrorIs(t, err, &incident.FieldError{Reason: incident.ReasonOutOfRange, Path: "MaxRecordBytes"})
	data, err := os.ReadFile(kikaSubset)
	require.NoError(t, err)
	_, err = incident.ReadAll(bytes.NewReader(data), incident.Options{MaxRecords: 44})
	assert.ErrorIs(t, err, &incident.FieldError{Reason: incident.ReasonTooLarge})
	all, err := incident.ReadAll(bytes.NewReader(data), incident.Options{MaxRecords: 45})
	require.NoError(t, err)
	assert.Len(t, all, 45)
}
