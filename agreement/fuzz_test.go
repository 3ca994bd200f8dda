package agreement_test

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
)

// Seed inputs live in testdata/fuzz/<FuzzName>/ as well as in the f.Add
// calls below; crashers found by go test -fuzz are kept there as regression
// tests.

// onlyFieldErrors fails t unless err holds field errors of this package,
// each with a reason and a line that is not negative, and nothing else.
func onlyFieldErrors(t *testing.T, err error) []*agreement.FieldError {
	t.Helper()
	fes := fieldErrors(t, err)
	require.NotEmpty(t, fes, "%v", err)
	for _, fe := range fes {
		assert.GreaterOrEqual(t, fe.Line, 0, "%v", fe)
	}
	return fes
}

// inUTC returns a copy of a with every time in UTC, so that records that
// name the same instants compare equal whatever zone offset they were
// written with.
func inUTC(a agreement.Agreement) agreement.Agreement {
	a.Signed = a.Signed.UTC()
	a.Signatories = slices.Clone(a.Signatories)
	for i := range a.Signatories {
		a.Signatories[i].Date = a.Signatories[i].Date.UTC()
	}
	a.Commitments = slices.Clone(a.Commitments)
	for i := range a.Commitments {
		a.Commitments[i].Due = a.Commitments[i].Due.UTC()
	}
	a.Events = slices.Clone(a.Events)
	for i := range a.Events {
		a.Events[i].At = a.Events[i].At.UTC()
	}
	return a
}

// FuzzDecodeRecord decodes any bytes as a record: either an agreement that
// validates, or errors that are all *FieldError. A decoded agreement can be
// followed up a year after its signature, redacted into a valid agreement,
// and encoded and decoded again unchanged.
//
// The corpus in testdata/fuzz/FuzzDecodeRecord holds a minimal record, an
// Action Plan, a phase cycle, a duplicate key in another case, an unknown
// field, labels and odd case, invalid UTF-8, a truncated record, a
// byte-order mark and a term with extreme numbers.
func FuzzDecodeRecord(f *testing.F) {
	for _, a := range []agreement.Agreement{base(), milfActionPlan(), mfdcDemining(), richAgreement(f), richAgreement(f).Redact(), secretAgreement()} {
		f.Add(encodeRecord(f, a))
	}
	r := newRand(7)
	for range 3 {
		f.Add(encodeRecord(f, randomAgreement(r)))
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"schema":"protection.agreement/1","agreement":null}`))
	f.Add([]byte(`{"schema":"protection.agreement/1","agreement":{"id":"00000000-0000-4000-8000-000000000001","title":"t","actor":"00000000-0000-4000-8000-000000000002",` +
		`"instrument":{"kind":"Deed of Commitment","deed":"MINES"},"signed":"2020-01-01T00:00:00+05:30",` +
		`"parties":[{"id":"00000000-0000-4000-8000-000000000003","role":"faction","name":"f"}],` +
		`"commitments":[{"id":"00000000-0000-4000-8000-000000000004","text":"x","by":"00000000-0000-4000-8000-000000000003","due":"2020-02-01T00:00:00-08:00",` +
		`"risk":"Gender-Based Violence","obligation":"negative","verification":"self_report","term":{"kind":"child_use","min_age":-0}}],` +
		`"events":[{"commitment":"00000000-0000-4000-8000-000000000004","at":"2020-01-01T00:00:00+05:30","kind":"breach"}]}}`))

	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, agreement.RecordCodec, data, agreement.Limits{})
		a, err := agreement.DecodeRecord(bytes.NewReader(data), agreement.Limits{})
		if err != nil {
			onlyFieldErrors(t, err)
			require.True(t, reflect.DeepEqual(agreement.Agreement{}, a), "a failed decode returns the zero Agreement")
			return
		}
		require.NoError(t, a.Validate(), "DecodeRecord returned an agreement that does not validate")

		at := a.Signed.AddDate(1, 0, 0)
		if at.Year() < 2016 {
			at = day("2016-06-01") // after every listing trigger, so that listingOf(a) is a listing in force
		}
		if last := len(a.Events) - 1; last >= 0 && a.Events[last].At.After(at) {
			at = a.Events[last].At
		}
		fu, err := a.FollowUp(at, agreement.FollowUpOptions{Listing: listingOf(a)})
		require.NoError(t, err)
		require.Equal(t, len(a.Commitments), fu.Overall.Commitments)
		_ = fu.String()
		for _, n := range fu.Next {
			_ = n.String()
		}
		for _, p := range a.Phases {
			_, err := a.CanAdvance(p.ID, at)
			require.NoError(t, err)
		}
		_, _ = agreement.SummariseAgreements([]agreement.Agreement{a}, at, agreement.TableOptions{})
		_ = a.Proposal()
		_ = fmt.Sprintf("%v %+v %#v", a, a, a)

		red := a.Redact()
		require.NoError(t, red.Validate(), "a redacted agreement validates")
		for _, c := range red.Commitments {
			require.Equal(t, agreement.Redacted, c.Text)
		}
		for _, e := range red.Events {
			require.Empty(t, e.Note)
		}

		var buf bytes.Buffer
		require.NoError(t, agreement.EncodeRecord(&buf, a), "a decoded agreement encodes")
		encoded := slices.Clone(buf.Bytes())
		b, err := agreement.DecodeRecord(&buf, agreement.Limits{})
		require.NoError(t, err, "an encoded agreement decodes:\n%s", encoded)
		require.Equal(t, inUTC(a), inUTC(b), "decode(encode(x)) == x")
		var again bytes.Buffer
		require.NoError(t, agreement.EncodeRecord(&again, b))
		require.Equal(t, string(encoded), again.String(), "encoding is stable")
	})
}

// checkCases reads every case from r: no panic, every error a *FieldError,
// every case valid; then writes the cases with w and reads them back with
// reread, which must give the same cases.
func checkCases(t *testing.T, r *agreement.CaseReader, limit int, write func(io.Writer, []agreement.Case) error, reread func(io.Reader) *agreement.CaseReader) {
	t.Helper()
	var cases []agreement.Case
	var tab agreement.Tabulator
	for i := 0; ; i++ {
		require.LessOrEqual(t, i, limit, "Read never returns io.EOF")
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			require.Equal(t, agreement.Case{}, c)
			onlyFieldErrors(t, err)
			continue
		}
		require.NoError(t, c.Validate(), "Read returned a case that does not validate")
		cases = append(cases, c)
		tab.Add(c)
	}
	_, err := r.Read()
	require.Equal(t, io.EOF, err, "the end stays the end")
	s := tab.Summary()
	require.Equal(t, len(cases), s.Total.Cases)
	class := 0
	for _, row := range s.ByClass {
		class += row.Cases
	}
	require.Equal(t, len(cases), class)

	var buf bytes.Buffer
	require.NoError(t, write(&buf, cases))
	written := buf.String()
	back := reread(&buf)
	var got []agreement.Case
	for range len(cases) + 2 {
		c, err := back.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "%q", written)
		got = append(got, c)
	}
	require.Equal(t, cases, got, "what is read writes and reads back the same:\n%q", written)
}

func writeCSV(w io.Writer, cases []agreement.Case) error {
	cw, err := agreement.NewCaseWriter(w)
	if err != nil {
		return err
	}
	for _, c := range cases {
		if err := cw.Write(c); err != nil {
			return err
		}
	}
	return cw.Flush()
}

func writeJSONLines(w io.Writer, cases []agreement.Case) error {
	cw := agreement.NewCaseLineWriter(w)
	for _, c := range cases {
		if err := cw.Write(c); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// FuzzCaseCSV reads any bytes as a CSV dataset of cases.
//
// The corpus in testdata/fuzz/FuzzCaseCSV holds valid rows, a quoted ID
// over two lines, a byte-order mark with CRLF and a reordered header,
// wrong field counts between blank lines, a missing column, an unclosed
// quote and quoted labels.
func FuzzCaseCSV(f *testing.F) {
	f.Add([]byte(csvHeader + "synthetic-a,2001,gang,written_record,torture,evacuation,achieved\n"))
	f.Add([]byte(csvHeader + "\"a,\"\"b\"\"\nc\",1945,state_forces,action_plan,child_recruitment,release_of_children,partly_achieved\r\n" +
		",2200,,,,,\n x ,19x0,warlord,nope,danger,nothing,maybe\n"))
	f.Add([]byte("\ufeffresult,risk,outcome,instrument,actor_kind,year,id,extra\r\nunknown,TORTURE,Evacuation,UN Action Plan,gang, 2010 ,s,\"x,y\"\r\n"))
	f.Add([]byte("id,year\n1,2\n"))
	f.Add([]byte(""))
	var buf bytes.Buffer
	require.NoError(f, writeCSV(&buf, writerCases()))
	f.Add(slices.Clone(buf.Bytes()))

	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []agreement.CaseOptions{{}, {MaxRecordBytes: 64}} {
			r, err := agreement.NewCaseReader(bytes.NewReader(data), opts)
			if err != nil {
				require.Nil(t, r)
				onlyFieldErrors(t, err)
				continue
			}
			checkCases(t, r, len(data)+2, writeCSV, func(in io.Reader) *agreement.CaseReader {
				back, err := agreement.NewCaseReader(in, agreement.CaseOptions{})
				require.NoError(t, err)
				return back
			})
		}
	})
}

// FuzzCaseJSONLines reads any bytes as a JSON Lines dataset of cases.
//
// The corpus in testdata/fuzz/FuzzCaseJSONLines holds valid lines, blank
// lines and CRLF, malformed JSON, an unknown field and a duplicate key,
// null and an array, keys in another case with labels, and invalid UTF-8.
func FuzzCaseJSONLines(f *testing.F) {
	valid := `{"id":"synthetic-a","year":2001,"actor_kind":"gang","instrument":"written_record","risk":"torture","outcome":"evacuation","result":"achieved"}`
	f.Add([]byte(valid + "\n" + valid))
	f.Add([]byte("\n \r\n" + valid + "\r\n\n"))
	f.Add([]byte(`{"id":"x","year":` + "\n" + valid + "\n"))
	f.Add([]byte(`{"id":"x","id":"y"}` + "\n" + `{"colour":1}` + "\nnull\n[1]\n\"s\"\n"))
	f.Add([]byte(`{"ID":"x","YEAR":1990,"Actor_Kind":"GANG","instrument":"UN Action Plan","risk":"Gender-Based Violence","outcome":"Evacuation","result":"Unknown"}`))
	var buf bytes.Buffer
	require.NoError(f, writeJSONLines(&buf, writerCases()))
	f.Add(slices.Clone(buf.Bytes()))

	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.Differential(t, agreement.CaseCodec, data, agreement.Limits{})
		for _, opts := range []agreement.CaseOptions{{}, {MaxRecordBytes: 64}} {
			r := agreement.NewCaseLineReader(bytes.NewReader(data), opts)
			checkCases(t, r, len(data)+2, writeJSONLines, func(in io.Reader) *agreement.CaseReader {
				return agreement.NewCaseLineReader(in, agreement.CaseOptions{})
			})
		}
	})
}
