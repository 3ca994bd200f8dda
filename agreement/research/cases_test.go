package research_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/risk"
)

func validCase() research.Case {
	return research.Case{ID: "synthetic-a", Year: 2001, ActorKind: actor.KindGang, Instrument: agreement.InstrumentWrittenRecord,
		Risk: risk.Torture, Outcome: research.OutcomeEvacuation, Result: research.ResultAchieved}
}

func TestCaseValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *research.Case)
		want   []problem
	}{
		{"valid", func(*research.Case) {}, nil},
		{"earliest year", func(c *research.Case) { c.Year = actor.MinYear }, nil},
		{"latest year", func(c *research.Case) { c.Year = actor.MaxYear }, nil},
		{"longest id", func(c *research.Case) { c.ID = strings.Repeat("i", 128) }, nil},
		{"blank id", func(c *research.Case) { c.ID = "  " }, []problem{{"id", agreement.ReasonRequired}}},
		{"long id", func(c *research.Case) { c.ID = strings.Repeat("i", 129) }, []problem{{"id", agreement.ReasonTooLarge}}},
		{"id not UTF-8", func(c *research.Case) { c.ID = "a\xff" }, []problem{{"id", agreement.ReasonInvalid}}},
		{"year too early", func(c *research.Case) { c.Year = actor.MinYear - 1 }, []problem{{"year", agreement.ReasonOutOfRange}}},
		{"year too late", func(c *research.Case) { c.Year = actor.MaxYear + 1 }, []problem{{"year", agreement.ReasonOutOfRange}}},
		{"no actor kind", func(c *research.Case) { c.ActorKind = 0 }, []problem{{"actor_kind", agreement.ReasonRequired}}},
		{"unknown actor kind", func(c *research.Case) { c.ActorKind = 10 }, []problem{{"actor_kind", agreement.ReasonUnknown}}},
		{"no instrument", func(c *research.Case) { c.Instrument = 0 }, []problem{{"instrument", agreement.ReasonRequired}}},
		{"unknown instrument", func(c *research.Case) { c.Instrument = 10 }, []problem{{"instrument", agreement.ReasonUnknown}}},
		{"no risk", func(c *research.Case) { c.Risk = 0 }, []problem{{"risk", agreement.ReasonRequired}}},
		{"unknown risk", func(c *research.Case) { c.Risk = 16 }, []problem{{"risk", agreement.ReasonUnknown}}},
		{"no outcome", func(c *research.Case) { c.Outcome = 0 }, []problem{{"outcome", agreement.ReasonRequired}}},
		{"unknown outcome", func(c *research.Case) { c.Outcome = 11 }, []problem{{"outcome", agreement.ReasonUnknown}}},
		{"no result", func(c *research.Case) { c.Result = 0 }, []problem{{"result", agreement.ReasonRequired}}},
		{"unknown result", func(c *research.Case) { c.Result = 5 }, []problem{{"result", agreement.ReasonUnknown}}},
		{"zero", func(c *research.Case) { *c = research.Case{} }, []problem{
			{"id", agreement.ReasonRequired},
			{"year", agreement.ReasonOutOfRange},
			{"actor_kind", agreement.ReasonRequired},
			{"instrument", agreement.ReasonRequired},
			{"risk", agreement.ReasonRequired},
			{"outcome", agreement.ReasonRequired},
			{"result", agreement.ReasonRequired},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validCase()
			tt.change(&c)
			err := c.Validate()
			assert.Equal(t, tt.want, problems(t, err))
			for _, fe := range fieldErrors(t, err) {
				assert.Zero(t, fe.Line)
			}
		})
	}
}

func TestCaseColumns(t *testing.T) {
	cols := research.CaseColumns()
	assert.Equal(t, []string{"id", "year", "actor_kind", "instrument", "risk", "outcome", "result"}, cols)
	cols[0] = "changed"
	assert.Equal(t, "id", research.CaseColumns()[0], "a fresh slice each time")
}

// readAll reads every case and error until io.EOF; it fails t after more
// reads than there can be records.
func readAll(t *testing.T, r *research.CaseReader, limit int) (cases []research.Case, errs []error) {
	t.Helper()
	for range limit {
		c, err := r.Read()
		if err == io.EOF {
			return cases, errs
		}
		if err != nil {
			assert.Equal(t, research.Case{}, c, "a failed read returns the zero Case")
			errs = append(errs, err)
			continue
		}
		cases = append(cases, c)
	}
	t.Fatalf("no io.EOF after %d reads", limit)
	return nil, nil
}

// outcome is one result of Read: a case's ID, or its problems.
type outcome struct {
	ID       string
	Problems []lined
}

func readOutcomes(t *testing.T, r *research.CaseReader) []outcome {
	t.Helper()
	var out []outcome
	for range 100 {
		c, err := r.Read()
		if err == io.EOF {
			// And it stays at the end.
			_, err = r.Read()
			assert.Equal(t, io.EOF, err)
			return out
		}
		if err != nil {
			out = append(out, outcome{Problems: linedProblems(t, err)})
			continue
		}
		require.NoError(t, c.Validate(), "every case read is valid")
		out = append(out, outcome{ID: c.ID})
	}
	t.Fatal("no io.EOF")
	return nil
}

const csvHeader = "id,year,actor_kind,instrument,risk,outcome,result\n"

func TestCaseReaderCSV(t *testing.T) {
	data := csvHeader +
		"synthetic-a,2001,gang,written_record,torture,evacuation,achieved\n" + // 2
		"synthetic-b,19x0,gang,written_record,torture,evacuation,achieved\n" + // 3
		"synthetic-c,1900,gang,written_record,torture,evacuation,achieved\n" + // 4
		"synthetic-d,2001,warlord,written_record,torture,evacuation,achieved\n" + // 5
		",2001,gang,written_record,torture,evacuation,achieved\n" + // 6
		"synthetic-f,2001,gang,written_record,torture,evacuation\n" + // 7
		"synthetic-g,2001,gang,written_record,torture,evacuation,\r\n" + // 8
		"\"synthetic-h\nwrapped\",2001,gang,nope,torture,evacuation,achieved\n" + // 9 and 10
		"synthetic-i, 2002 ,GANG,UN Action Plan,\"Torture or Cruel, Inhuman, Degrading Treatment or Punishment\",Evacuation,Partly_Achieved\n" + // 11
		"\n" + // 12
		"synthetic-j,2003,gang,written_record,torture,evacuation,unknown" // 13, no line end
	r, err := research.NewCaseReader(strings.NewReader(data), research.CaseOptions{})
	require.NoError(t, err)
	assert.Equal(t, []outcome{
		{ID: "synthetic-a"},
		{Problems: []lined{{3, "year", agreement.ReasonInvalid}}},
		{Problems: []lined{{4, "year", agreement.ReasonOutOfRange}}},
		{Problems: []lined{{5, "actor_kind", agreement.ReasonUnknown}}},
		{Problems: []lined{{6, "id", agreement.ReasonRequired}}},
		{Problems: []lined{{7, "", agreement.ReasonInvalid}}}, // wrong number of fields
		{Problems: []lined{{8, "result", agreement.ReasonRequired}}},
		{Problems: []lined{{10, "instrument", agreement.ReasonUnknown}}}, // the field starts on the second line of the record
		{ID: "synthetic-i"},
		{ID: "synthetic-j"},
	}, readOutcomes(t, r))

	// The values, from words, labels and odd case.
	r, err = research.NewCaseReader(strings.NewReader(data), research.CaseOptions{})
	require.NoError(t, err)
	cases, errs := readAll(t, r, 20)
	assert.Len(t, errs, 7)
	assert.Equal(t, []research.Case{
		validCase(),
		{ID: "synthetic-i", Year: 2002, ActorKind: actor.KindGang, Instrument: agreement.InstrumentActionPlan, Risk: risk.Torture,
			Outcome: research.OutcomeEvacuation, Result: research.ResultPartlyAchieved},
		{ID: "synthetic-j", Year: 2003, ActorKind: actor.KindGang, Instrument: agreement.InstrumentWrittenRecord, Risk: risk.Torture,
			Outcome: research.OutcomeEvacuation, Result: research.ResultUnknown},
	}, cases)
}

// TestCaseReaderCSVReportsEveryProblem: Read documents "an error joining a
// *FieldError per problem", and readCSV sets the year to MinYear after a
// bad year so that "Validate [does not report] it twice" — yet when any
// field fails to parse, Validate is not run at all, so the row's other
// problems (here a blank ID) go unreported.
//
// This test fails: only the year is reported.
func TestCaseReaderCSVReportsEveryProblem(t *testing.T) {
	r, err := research.NewCaseReader(strings.NewReader(csvHeader+" ,19x0,gang,written_record,torture,evacuation,achieved\n"), research.CaseOptions{})
	require.NoError(t, err)
	_, err = r.Read()
	assert.ElementsMatch(t, []lined{{2, "id", agreement.ReasonRequired}, {2, "year", agreement.ReasonInvalid}}, linedProblems(t, err))
}

func TestCaseReaderCSVValidationProblems(t *testing.T) {
	// A row whose fields all parse gets every problem Validate finds, on
	// its line.
	r, err := research.NewCaseReader(strings.NewReader(csvHeader+"\n"+strings.Repeat("x", 129)+",2001,,,torture,evacuation,\n"), research.CaseOptions{})
	require.NoError(t, err)
	_, err = r.Read()
	assert.Equal(t, []lined{
		{3, "id", agreement.ReasonTooLarge},
		{3, "actor_kind", agreement.ReasonRequired},
		{3, "instrument", agreement.ReasonRequired},
		{3, "result", agreement.ReasonRequired},
	}, linedProblems(t, err))
}

func TestCaseReaderCSVHeader(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []lined
	}{
		{"missing column", "id,year,actor_kind,instrument,outcome,result\n", []lined{{1, "risk", agreement.ReasonRequired}}},
		{"missing columns", "year,actor_kind,instrument,risk,outcome\n", []lined{{1, "id", agreement.ReasonRequired}, {1, "result", agreement.ReasonRequired}}},
		{"empty input", "", []lined{{1, "", agreement.ReasonSyntax}}},
		{"duplicate column", "id,year,id,actor_kind,instrument,risk,outcome,result\n", []lined{{1, "id", agreement.ReasonDuplicate}}},
		{"malformed header", "id,\"year,actor_kind\n", []lined{{1, "", agreement.ReasonSyntax}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := research.NewCaseReader(strings.NewReader(tt.data), research.CaseOptions{})
			assert.Nil(t, r)
			assert.Equal(t, tt.want, linedProblems(t, err))
		})
	}

	// Columns in another order, padded, with a byte-order mark and a column
	// of its own: read by name.
	r, err := research.NewCaseReader(strings.NewReader("\ufeffresult, id ,year,notes,actor_kind,instrument,risk,outcome\r\n"+
		"achieved,synthetic-a,2001,\"anything, here\",gang,written_record,torture,evacuation\r\n"), research.CaseOptions{})
	require.NoError(t, err)
	c, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, validCase(), c)
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)

	// A header and nothing else is an empty dataset.
	r, err = research.NewCaseReader(strings.NewReader(csvHeader), research.CaseOptions{})
	require.NoError(t, err)
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
}

func TestCaseReaderCSVRecordTooLong(t *testing.T) {
	data := csvHeader +
		"synthetic-a,2001,gang,written_record,torture,evacuation,achieved\n" +
		"\"" + strings.Repeat("x", 300) + "\",2001,gang,written_record,torture,evacuation,achieved\n" +
		"synthetic-c,2001,gang,written_record,torture,evacuation,achieved\n"
	r, err := research.NewCaseReader(strings.NewReader(data), research.CaseOptions{MaxRecordBytes: 100})
	require.NoError(t, err)
	assert.Equal(t, []outcome{
		{ID: "synthetic-a"},
		{Problems: []lined{{3, "", agreement.ReasonTooLarge}}},
		{ID: "synthetic-c"},
	}, readOutcomes(t, r))
}

var errDisk = errors.New("disk on fire")

func TestCaseReaderCSVReadError(t *testing.T) {
	in := io.MultiReader(strings.NewReader(csvHeader+"synthetic-a,2001,gang,written_record,torture,evacuation,achieved\n"), iotest.ErrReader(errDisk))
	r, err := research.NewCaseReader(in, research.CaseOptions{})
	require.NoError(t, err)
	c, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, validCase(), c)
	_, err = r.Read()
	assert.Equal(t, []lined{{0, "", agreement.ReasonInvalid}}, linedProblems(t, err), "the error is returned once")
	for range 3 {
		_, err = r.Read()
		assert.Equal(t, io.EOF, err, "and reading ends")
	}

	_, err = research.NewCaseReader(iotest.ErrReader(errDisk), research.CaseOptions{})
	assert.Equal(t, []lined{{0, "", agreement.ReasonInvalid}}, linedProblems(t, err), "an error reading the header")
}

func TestCaseReaderJSONLines(t *testing.T) {
	line := func(fields string) string {
		return `{"id":"synthetic-x","year":2001,"actor_kind":"gang","instrument":"written_record","risk":"torture","outcome":"evacuation"` + fields + "}\n"
	}
	data := line(`,"result":"achieved"`) + // 1
		"\n" + // 2
		" \t \n" + // 3
		`{"id":"synthetic-b","year":` + "\n" + // 4
		line(`,"result":"achieved","colour":"red"`) + // 5
		strings.Replace(line(`,"result":"achieved"`), "torture", "danger", 1) + // 6
		strings.Replace(line(`,"result":"achieved"`), "2001", "1800", 1) + // 7
		line(`,"result":"achieved","result":"unknown"`) + // 8
		strings.Replace(line(`,"result":"achieved"`), "2001", `"2001"`, 1) + // 9
		"[1,2]\n" + // 10
		"null\n" + // 11
		strings.TrimSuffix(line(`,"result":"Partly_Achieved"`), "\n") + "\r\n" + // 12
		`{"Result":"unknown","OUTCOME":"evacuation","id":"synthetic-z","year":2003,"actor_kind":"gang","instrument":"UN Action Plan","risk":"torture"}` // 13
	r := lineReader(t, strings.NewReader(data), research.CaseOptions{})
	assert.Equal(t, []outcome{
		{ID: "synthetic-x"},
		{Problems: []lined{{4, "year", agreement.ReasonSyntax}}}, // the line ends where the year should be
		{Problems: []lined{{5, "colour", agreement.ReasonUnknown}}},
		{Problems: []lined{{6, "risk", agreement.ReasonUnknown}}},
		{Problems: []lined{{7, "year", agreement.ReasonOutOfRange}}},
		{Problems: []lined{{8, "result", agreement.ReasonDuplicate}}},
		{Problems: []lined{{9, "year", agreement.ReasonType}}},
		{Problems: []lined{{10, "", agreement.ReasonType}}},
		{Problems: []lined{
			{11, "id", agreement.ReasonRequired},
			{11, "year", agreement.ReasonOutOfRange},
			{11, "actor_kind", agreement.ReasonRequired},
			{11, "instrument", agreement.ReasonRequired},
			{11, "risk", agreement.ReasonRequired},
			{11, "outcome", agreement.ReasonRequired},
			{11, "result", agreement.ReasonRequired},
		}},
		{ID: "synthetic-x"},
		{ID: "synthetic-z"},
	}, readOutcomes(t, r))

	cases, _ := readAll(t, lineReader(t, strings.NewReader(data), research.CaseOptions{}), 20)
	require.Len(t, cases, 3)
	assert.Equal(t, research.ResultPartlyAchieved, cases[1].Result)
	assert.Equal(t, research.Case{ID: "synthetic-z", Year: 2003, ActorKind: actor.KindGang, Instrument: agreement.InstrumentActionPlan,
		Risk: risk.Torture, Outcome: research.OutcomeEvacuation, Result: research.ResultUnknown}, cases[2])

	empty := lineReader(t, strings.NewReader(""), research.CaseOptions{})
	_, err := empty.Read()
	assert.Equal(t, io.EOF, err)
	blank := lineReader(t, strings.NewReader("\n\n  \n"), research.CaseOptions{})
	_, err = blank.Read()
	assert.Equal(t, io.EOF, err)
}

func TestCaseReaderJSONLinesLong(t *testing.T) {
	valid := `{"id":"synthetic-a","year":2001,"actor_kind":"gang","instrument":"written_record","risk":"torture","outcome":"evacuation","result":"achieved"}`
	padded := `{"id":"synthetic-b",` + strings.Repeat(" ", 200_000) + `"year":2001,"actor_kind":"gang","instrument":"written_record","risk":"torture","outcome":"evacuation","result":"achieved"}`

	// Lines longer than the reader's buffer are read whole.
	r := lineReader(t, strings.NewReader(valid+"\n"+padded+"\n"+valid), research.CaseOptions{})
	assert.Equal(t, []outcome{{ID: "synthetic-a"}, {ID: "synthetic-b"}, {ID: "synthetic-a"}}, readOutcomes(t, r))

	// A line beyond the limit is skipped with an error, and reading goes on
	// with the right line numbers.
	long := `{"id":"` + strings.Repeat("x", 300) + `"}`
	r = lineReader(t, strings.NewReader(valid+"\n"+long+"\n\n"+valid+"\n"+padded+"\n"+valid+"\n"+padded), research.CaseOptions{MaxRecordBytes: 200})
	assert.Equal(t, []outcome{
		{ID: "synthetic-a"},
		{Problems: []lined{{2, "", agreement.ReasonTooLarge}}},
		{ID: "synthetic-a"},
		{Problems: []lined{{5, "", agreement.ReasonTooLarge}}},
		{ID: "synthetic-a"},
		{Problems: []lined{{7, "", agreement.ReasonTooLarge}}}, // the last line, without a line end
	}, readOutcomes(t, r))
}

func TestCaseReaderJSONLinesReadError(t *testing.T) {
	valid := `{"id":"synthetic-a","year":2001,"actor_kind":"gang","instrument":"written_record","risk":"torture","outcome":"evacuation","result":"achieved"}` + "\n"
	r := lineReader(t, io.MultiReader(strings.NewReader(valid), iotest.ErrReader(errDisk)), research.CaseOptions{})
	c, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, validCase(), c)
	_, err = r.Read()
	assert.Equal(t, []lined{{0, "", agreement.ReasonInvalid}}, linedProblems(t, err), "the error is returned once")
	for range 3 {
		_, err = r.Read()
		assert.Equal(t, io.EOF, err, "and reading ends")
	}
}

// writerCases are valid cases whose IDs need quoting in CSV.
func writerCases() []research.Case {
	c := validCase()
	out := []research.Case{c}
	for i, s := range []string{"with, comma", `with "quote"`, "two\nlines", `"`, " padded "} {
		c := validCase()
		c.ID = s
		c.Year = 2002 + i
		c.ActorKind = actor.Kind(1 + i)
		c.Instrument = agreement.InstrumentKind(1 + i)
		c.Risk = risk.Risk(1 + i)
		c.Outcome = research.Outcome(1 + i)
		c.Result = research.Result(1 + i%4)
		out = append(out, c)
	}
	return out
}

func TestCaseWriterCSV(t *testing.T) {
	var buf bytes.Buffer
	w, err := research.NewCaseWriter(&buf)
	require.NoError(t, err)
	for _, c := range writerCases() {
		require.NoError(t, w.Write(c))
	}
	require.NoError(t, w.Flush())
	assert.Equal(t, csvHeader+
		"synthetic-a,2001,gang,written_record,torture,evacuation,achieved\n"+
		"\"with, comma\",2002,state_forces,action_plan,abduction_detention,policy_commitment,achieved\n"+
		"\"with \"\"quote\"\"\",2003,armed_opposition,deed_of_commitment,attacks_on_civilians,release_of_hostages,partly_achieved\n"+
		"\"two\nlines\",2004,self_defence_militia,unilateral_declaration,family_separation,release_of_children,not_achieved\n"+
		"\"\"\"\",2005,paramilitary,code_of_conduct,child_marriage,vacating_schools,unknown\n"+
		" padded ,2006,political_militia,military_order,discrimination,removing_checkpoints,achieved\n", buf.String())

	r, err := research.NewCaseReader(&buf, research.CaseOptions{})
	require.NoError(t, err)
	cases, errs := readAll(t, r, 20)
	assert.Empty(t, errs)
	assert.Equal(t, writerCases(), cases, "what is written reads back the same")

	// encoding/csv reads it too.
	buf.Reset()
	w, err = research.NewCaseWriter(&buf)
	require.NoError(t, err)
	for _, c := range writerCases() {
		require.NoError(t, w.Write(c))
	}
	require.NoError(t, w.Flush())
	records, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	require.Len(t, records, 7)
	assert.Equal(t, "with, comma", records[2][0])
	assert.Equal(t, `with "quote"`, records[3][0])
	assert.Equal(t, "two\nlines", records[4][0])
}

func TestCaseWriterJSONLines(t *testing.T) {
	var buf bytes.Buffer
	w := research.NewCaseLineWriter(&buf)
	for _, c := range writerCases() {
		require.NoError(t, w.Write(c))
	}
	require.NoError(t, w.Flush())
	lines := strings.SplitAfter(buf.String(), "\n")
	assert.Equal(t, `{"id":"synthetic-a","year":2001,"actor_kind":"gang","instrument":"written_record","risk":"torture","outcome":"evacuation","result":"achieved"}`+"\n", lines[0])
	assert.Equal(t, `{"id":"two\nlines","year":2004,"actor_kind":"self_defence_militia","instrument":"unilateral_declaration","risk":"family_separation","outcome":"release_of_children","result":"not_achieved"}`+"\n", lines[3])
	assert.Len(t, lines, 7, "six lines and nothing after the last line end")

	cases, errs := readAll(t, lineReader(t, &buf, research.CaseOptions{}), 20)
	assert.Empty(t, errs)
	assert.Equal(t, writerCases(), cases)
}

func TestCaseWriterRefusesInvalid(t *testing.T) {
	bad := validCase()
	bad.Year = 1800
	bad.Result = 0

	var buf bytes.Buffer
	w, err := research.NewCaseWriter(&buf)
	require.NoError(t, err)
	err = w.Write(bad)
	assert.Equal(t, []problem{{"year", agreement.ReasonOutOfRange}, {"result", agreement.ReasonRequired}}, problems(t, err))
	require.NoError(t, w.Write(validCase()))
	require.NoError(t, w.Flush())
	assert.Equal(t, csvHeader+"synthetic-a,2001,gang,written_record,torture,evacuation,achieved\n", buf.String(), "nothing of the invalid case is written")

	buf.Reset()
	jw := research.NewCaseLineWriter(&buf)
	err = jw.Write(bad)
	assert.Equal(t, []problem{{"year", agreement.ReasonOutOfRange}, {"result", agreement.ReasonRequired}}, problems(t, err))
	require.NoError(t, jw.Flush())
	assert.Empty(t, buf.String())
}

func TestCaseWriterError(t *testing.T) {
	// The header is buffered; an error of the writer shows at the latest on
	// Flush.
	w, err := research.NewCaseWriter(failWriter{})
	require.NoError(t, err)
	require.NoError(t, w.Write(validCase()))
	assert.ErrorIs(t, w.Flush(), errDisk)

	jw := research.NewCaseLineWriter(failWriter{})
	require.NoError(t, jw.Write(validCase()))
	assert.ErrorIs(t, jw.Flush(), errDisk)
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errDisk }

// smallDataset is five cases whose tables are worked out by hand in
// TestTabulator.
func smallDataset() []research.Case {
	c := func(id string, year int, k actor.Kind, in agreement.InstrumentKind, r risk.Risk, o research.Outcome, res research.Result) research.Case {
		return research.Case{ID: id, Year: year, ActorKind: k, Instrument: in, Risk: r, Outcome: o, Result: res}
	}
	return []research.Case{
		c("synthetic-a", 2001, actor.KindArmedOpposition, agreement.InstrumentActionPlan, risk.ChildRecruitment, research.OutcomeReleaseOfChildren, research.ResultAchieved),
		c("synthetic-b", 2001, actor.KindArmedOpposition, agreement.InstrumentDeedOfCommitment, risk.ExplosiveOrdnance, research.OutcomePolicyCommitment, research.ResultPartlyAchieved),
		c("synthetic-c", 1999, actor.KindStateForces, agreement.InstrumentActionPlan, risk.ChildRecruitment, research.OutcomeReleaseOfChildren, research.ResultNotAchieved),
		c("synthetic-d", 2010, actor.KindGang, agreement.InstrumentVerbalUnderstanding, risk.MovementRestrictions, research.OutcomeEvacuation, research.ResultUnknown),
		c("synthetic-e", 1999, actor.KindArmedOpposition, agreement.InstrumentVerbalUnderstanding, risk.AbductionDetention, research.OutcomeReleaseOfHostages, research.ResultAchieved),
	}
}

func counts(cases, achieved, partly, not, unknown int) research.Counts {
	return research.Counts{Cases: cases, Achieved: achieved, PartlyAchieved: partly, NotAchieved: not, Unknown: unknown}
}

// est is the estimate a table gives counts c under the default options:
// the rate and its interval at 95%, too small below ten known results.
func est(c research.Counts) research.Estimate {
	e := research.Estimate{Level: 0.95, Known: c.Achieved + c.PartlyAchieved + c.NotAchieved}
	e.Rate, e.Rated = c.Rate()
	e.Lo, e.Hi, _ = c.Interval(0.95)
	e.TooSmall = e.Known < 10
	return e
}

func row(key, label string, c research.Counts) research.Row {
	return research.Row{Key: key, Label: label, Counts: c, Estimate: est(c)}
}

var defaults = research.TableOptions{Level: 0.95, MinCases: 10}

func smallSummary() research.Summary {
	return research.Summary{
		Options: defaults,
		Total:   row("total", "all cases", counts(5, 2, 1, 1, 1)),
		ByActorKind: []research.Row{
			row("state_forces", "state armed forces", counts(1, 0, 0, 1, 0)),
			row("armed_opposition", "armed opposition group", counts(3, 2, 1, 0, 0)),
			row("gang", "street gang", counts(1, 0, 0, 0, 1)),
		},
		ByInstrument: []research.Row{
			row("action_plan", "UN Action Plan", counts(2, 1, 0, 1, 0)),
			row("deed_of_commitment", "Deed of Commitment", counts(1, 0, 1, 0, 0)),
			row("verbal_understanding", "verbal understanding", counts(2, 1, 0, 0, 1)),
		},
		ByRisk: []research.Row{
			row("abduction_detention", "Abduction, Kidnapping, Enforced Disappearance, Arbitrary or Unlawful Arrest and/or Detention", counts(1, 1, 0, 0, 0)),
			row("child_recruitment", "Forced Recruitment and Association of Children in Armed Forces and Groups", counts(2, 1, 0, 1, 0)),
			row("explosive_ordnance", "Presence of Mine and Other Explosive Ordnance", counts(1, 0, 1, 0, 0)),
			row("movement_restrictions", "Unlawful Impediments or Restrictions to Freedom of Movement, Siege and Forced Displacement", counts(1, 0, 0, 0, 1)),
		},
		ByOutcome: []research.Row{
			row("policy_commitment", "policy commitment", counts(1, 0, 1, 0, 0)),
			row("release_of_hostages", "release of hostages", counts(1, 1, 0, 0, 0)),
			row("release_of_children", "release of children", counts(2, 1, 0, 1, 0)),
			row("evacuation", "evacuation", counts(1, 0, 0, 0, 1)),
		},
		ByClass: []research.Row{
			row("policy_commitment", "policy commitment", counts(1, 0, 1, 0, 0)),
			row("concrete_action", "concrete action", counts(4, 2, 0, 1, 1)),
		},
		ByYear: []research.Row{
			row("1999", "1999", counts(2, 1, 0, 1, 0)),
			row("2001", "2001", counts(2, 1, 1, 0, 0)),
			row("2010", "2010", counts(1, 0, 0, 0, 1)),
		},
	}
}

// lists gives s its empty lists, as the library writes them: [], not nil.
func lists(s research.Summary) research.Summary {
	for _, l := range []*[]research.Row{&s.ByActorKind, &s.ByInstrument, &s.ByRisk, &s.ByOutcome, &s.ByClass, &s.ByYear} {
		if *l == nil {
			*l = []research.Row{}
		}
	}
	return s
}

func TestTabulator(t *testing.T) {
	var tab research.Tabulator
	assert.Equal(t, lists(research.Summary{Options: defaults, Total: row("total", "all cases", research.Counts{})}), tab.Summary(), "nothing added, nothing tabulated")
	for _, c := range smallDataset() {
		tab.Add(c)
	}
	assert.Equal(t, smallSummary(), tab.Summary())
	assert.Equal(t, smallSummary(), tab.Summary(), "Summary does not consume the tables")

	rate, ok := tab.Summary().Total.Rate()
	assert.True(t, ok)
	assert.Equal(t, 0.625, rate, "(2 achieved + ½ partly) / 4 known")

	// Cases in another order tabulate the same.
	var rev research.Tabulator
	ds := smallDataset()
	for i := len(ds) - 1; i >= 0; i-- {
		rev.Add(ds[i])
	}
	assert.Equal(t, smallSummary(), rev.Summary())
}

func TestTabulatorOutOfRange(t *testing.T) {
	// Invalid cases count in the total, not in the tables of enumerations.
	var tab research.Tabulator
	tab.Add(research.Case{ActorKind: 200, Instrument: 12, Risk: 31, Outcome: 15, Result: 9})
	tab.Add(research.Case{ActorKind: 10, Instrument: 255, Risk: 16, Outcome: 11, Result: research.ResultAchieved, Year: 2000})
	assert.Equal(t, lists(research.Summary{
		Options: defaults,
		Total:   row("total", "all cases", counts(2, 1, 0, 0, 1)),
		ByYear:  []research.Row{row("0", "0", counts(1, 0, 0, 0, 1)), row("2000", "2000", counts(1, 1, 0, 0, 0))},
	}), tab.Summary())
}

func TestCountsRate(t *testing.T) {
	tests := []struct {
		c    research.Counts
		rate float64
		ok   bool
	}{
		{counts(0, 0, 0, 0, 0), 0, false},
		{counts(3, 0, 0, 0, 3), 0, false}, // unknown is not failure
		{counts(1, 0, 0, 1, 0), 0, true},
		{counts(1, 0, 1, 0, 0), 0.5, true},
		{counts(9, 1, 1, 2, 5), 0.375, true},
		{counts(4, 4, 0, 0, 0), 1, true},
	}
	for _, tt := range tests {
		rate, ok := tt.c.Rate()
		assert.Equal(t, tt.ok, ok, "%+v", tt.c)
		assert.Equal(t, tt.rate, rate, "%+v", tt.c)
	}
}

func TestSummarise(t *testing.T) {
	var buf bytes.Buffer
	w, err := research.NewCaseWriter(&buf)
	require.NoError(t, err)
	for _, c := range smallDataset() {
		require.NoError(t, w.Write(c))
	}
	require.NoError(t, w.Flush())
	data := buf.String()

	r, err := research.NewCaseReader(strings.NewReader(data), research.CaseOptions{})
	require.NoError(t, err)
	s, err := research.SummariseCases(r, research.TableOptions{})
	require.NoError(t, err)
	assert.Equal(t, smallSummary(), s)

	// Summarise stops at the first malformed case.
	bad := strings.Replace(data, "synthetic-c,1999,state_forces", "synthetic-c,1999,warlord", 1)
	r, err = research.NewCaseReader(strings.NewReader(bad), research.CaseOptions{})
	require.NoError(t, err)
	s, err = research.SummariseCases(r, research.TableOptions{})
	assert.Equal(t, []lined{{4, "actor_kind", agreement.ReasonUnknown}}, linedProblems(t, err))
	assert.Equal(t, research.Summary{}, s)
}

func TestWriteTable(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, research.WriteTable(&buf, "instrument", smallSummary().ByInstrument))
	want := "" +
		"  instrument            cases  achieved  partly  not  unknown  rate (95% interval)         \n" +
		"  UN Action Plan            2         1       0    1        0          50% (9–91%)  too few\n" +
		"  Deed of Commitment        1         0       1    0        0          50% (5–95%)  too few\n" +
		"  verbal understanding      2         1       0    0        1       100% (21–100%)  too few\n"
	assert.Equal(t, want, buf.String())

	buf.Reset()
	require.NoError(t, research.WriteTable(&buf, "year", []research.Row{
		row("2010", "2010", counts(3, 0, 0, 0, 3)),
		row("2011", "2011", counts(30, 10, 0, 20, 0)),
		{Key: "2012", Counts: counts(3, 1, 0, 2, 0)}, // no label, no estimate: the key shows
	}))
	want = "" +
		"  year  cases  achieved  partly  not  unknown  rate (95% interval)  \n" +
		"  2010      3         0       0    0        3                    –  \n" +
		"  2011     30        10       0   20        0         33% (19–51%)  \n" +
		"  2012      3         1       0    2        0                    –  \n"
	assert.Equal(t, want, buf.String(), "no known result, no rate")

	buf.Reset()
	require.NoError(t, research.WriteTable(&buf, "empty", nil))
	assert.Equal(t, "  empty  cases  achieved  partly  not  unknown  rate  \n", buf.String())

	assert.ErrorIs(t, research.WriteTable(failWriter{}, "x", smallSummary().ByYear), errDisk)
}

func TestSyntheticDataset(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "cases-synthetic.csv"))
	require.NoError(t, err)
	defer f.Close()
	r, err := research.NewCaseReader(f, research.CaseOptions{})
	require.NoError(t, err)
	fromCSV, err := research.SummariseCases(r, research.TableOptions{})
	require.NoError(t, err)

	g, err := os.Open(filepath.Join("testdata", "cases-synthetic.jsonl"))
	require.NoError(t, err)
	defer g.Close()
	fromJSON, err := research.SummariseCases(lineReader(t, g, research.CaseOptions{}), research.TableOptions{})
	require.NoError(t, err)
	assert.Equal(t, fromCSV, fromJSON, "both files hold the same cases")

	// Count independently, with encoding/csv.
	raw, err := os.ReadFile(filepath.Join("testdata", "cases-synthetic.csv"))
	require.NoError(t, err)
	records, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, research.CaseColumns(), records[0])
	want := research.Counts{}
	years := map[string]bool{}
	instruments := map[string]int{}
	for _, rec := range records[1:] {
		assert.True(t, strings.HasPrefix(rec[0], "synthetic-"), "the dataset is synthetic: %q", rec[0])
		want.Cases++
		switch rec[6] {
		case "achieved":
			want.Achieved++
		case "partly_achieved":
			want.PartlyAchieved++
		case "not_achieved":
			want.NotAchieved++
		case "unknown":
			want.Unknown++
		}
		years[rec[1]] = true
		instruments[rec[3]]++
	}
	assert.Equal(t, 40, want.Cases)
	assert.Equal(t, want, fromCSV.Total.Counts)
	assert.Len(t, fromCSV.ByYear, len(years))
	for i := 1; i < len(fromCSV.ByYear); i++ {
		assert.Less(t, fromCSV.ByYear[i-1].Key, fromCSV.ByYear[i].Key, "years in order")
	}
	assert.Len(t, fromCSV.ByInstrument, len(instruments))
	for i, row := range fromCSV.ByInstrument {
		assert.Equal(t, instruments[row.Key], row.Cases, row.Key)
		k, err := agreement.ParseInstrumentKind(row.Key)
		require.NoError(t, err)
		if i > 0 {
			prev, _ := agreement.ParseInstrumentKind(fromCSV.ByInstrument[i-1].Key)
			assert.Less(t, prev, k, "instruments in the order of the enumeration")
		}
	}
	class := 0
	for _, row := range fromCSV.ByClass {
		class += row.Cases
	}
	assert.Equal(t, 40, class, "every case is a policy commitment or a concrete action")
}

// ReadCases and ReadCaseLines read the synthetic dataset whole, in both
// formats, to the same cases; the record limit is in the options.
func TestReadCases(t *testing.T) {
	csvData, err := os.ReadFile("testdata/cases-synthetic.csv")
	require.NoError(t, err)
	jsonData, err := os.ReadFile("testdata/cases-synthetic.jsonl")
	require.NoError(t, err)
	fromCSV, err := research.ReadCases(bytes.NewReader(csvData), research.CaseOptions{})
	require.NoError(t, err)
	require.Len(t, fromCSV, 40)
	assert.Equal(t, "synthetic-001", fromCSV[0].ID)
	fromJSON, err := research.ReadCaseLines(bytes.NewReader(jsonData), research.CaseOptions{})
	require.NoError(t, err)
	assert.Equal(t, fromCSV, fromJSON)

	_, err = research.ReadCases(bytes.NewReader(csvData), research.CaseOptions{MaxRecords: 39})
	var fe *research.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, research.ReasonTooLarge, fe.Reason)
	assert.Equal(t, 41, fe.Line, "the 40th case, on line 41 after the header")
	_, err = research.ReadCaseLines(bytes.NewReader(jsonData), research.CaseOptions{MaxRecords: 39})
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, 40, fe.Line)
}

// Options out of range are refused by both constructors, naming the option.
func TestCaseOptionsValidate(t *testing.T) {
	for _, o := range []research.CaseOptions{{MaxRecordBytes: -1}, {MaxRecords: -5}} {
		_, err := research.NewCaseReader(strings.NewReader(csvHeader), o)
		assert.ErrorIs(t, err, &research.FieldError{Reason: research.ReasonOutOfRange})
		_, err = research.NewCaseLineReader(strings.NewReader(""), o)
		assert.ErrorIs(t, err, &research.FieldError{Reason: research.ReasonOutOfRange})
	}
	err := research.CaseOptions{MaxRecordBytes: -1, MaxRecords: -1}.Validate()
	assert.Equal(t, []problem{{"MaxRecordBytes", research.ReasonOutOfRange}, {"MaxRecords", research.ReasonOutOfRange}}, problems(t, err))
	assert.NoError(t, research.CaseOptions{}.Validate())
	assert.ErrorIs(t, research.TableOptions{Level: 2}.Validate(), &research.FieldError{Reason: research.ReasonOutOfRange, Path: "level"})
}
