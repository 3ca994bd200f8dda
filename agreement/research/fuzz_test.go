package research_test

import (
	"bytes"
	"io"
	"slices"
	"testing"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/jsontest"
	"github.com/stretchr/testify/require"
)

// checkCases reads every case from r: no panic, every error a *FieldError,
// every case valid; then writes the cases with w and reads them back with
// reread, which must give the same cases.
func checkCases(t *testing.T, r *research.CaseReader, limit int, write func(io.Writer, []research.Case) error, reread func(io.Reader) *research.CaseReader) {
	t.Helper()
	var cases []research.Case
	var tab research.Tabulator
	for i := 0; ; i++ {
		require.LessOrEqual(t, i, limit, "Read never returns io.EOF")
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			require.Equal(t, research.Case{}, c)
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
	var got []research.Case
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

func writeCSV(w io.Writer, cases []research.Case) error {
	cw, err := research.NewCaseWriter(w)
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

func writeJSONLines(w io.Writer, cases []research.Case) error {
	cw := research.NewCaseLineWriter(w)
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
		for _, opts := range []research.CaseOptions{{}, {MaxRecordBytes: 64}} {
			r, err := research.NewCaseReader(bytes.NewReader(data), opts)
			if err != nil {
				require.Nil(t, r)
				onlyFieldErrors(t, err)
				continue
			}
			checkCases(t, r, len(data)+2, writeCSV, func(in io.Reader) *research.CaseReader {
				back, err := research.NewCaseReader(in, research.CaseOptions{})
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
		jsontest.Differential(t, research.CaseCodec, data, agreement.Limits{})
		for _, opts := range []research.CaseOptions{{}, {MaxRecordBytes: 64}} {
			r := lineReader(t, bytes.NewReader(data), opts)
			checkCases(t, r, len(data)+2, writeJSONLines, func(in io.Reader) *research.CaseReader {
				return lineReader(t, in, research.CaseOptions{})
			})
		}
	})
}
