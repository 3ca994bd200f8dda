package ucdp_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

const (
	acdSubsetPath = "testdata/ucdp-prio-acd-subset.csv"
	acdFullPath   = "../../../shared/data/ucdp/ucdp-prio-acd-v4-2013.csv"
	acdHeader     = "ID,Location,SideA,SideA2nd,SideB,SideBID,SideB2nd,Incomp,YEAR,Int,Type,GWNOA,GWNOA2nd,GWNOB2nd"
)

// acdCSV returns a file of the dataset's required columns with the given
// records, one a line.
func acdCSV(records ...string) string {
	return acdHeader + "\n" + strings.Join(records, "\n") + "\n"
}

// acdRecord is a valid record of conflict 1 in year 1990, with the given
// columns changed (name, value pairs).
func acdRecord(kv ...string) string {
	vals := map[string]string{
		"ID": "1", "Location": "Testland", "SideA": "Testland", "SideA2nd": "", "SideB": "Rebels", "SideBID": "1000",
		"SideB2nd": "", "Incomp": "2", "YEAR": "1990", "Int": "1", "Type": "3", "GWNOA": "1", "GWNOA2nd": "", "GWNOB2nd": "",
	}
	for i := 0; i+1 < len(kv); i += 2 {
		vals[kv[i]] = kv[i+1]
	}
	var fields []string
	for _, col := range strings.Split(acdHeader, ",") {
		v := vals[col]
		if strings.ContainsAny(v, ",\"\n") {
			v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
		}
		fields = append(fields, v)
	}
	return strings.Join(fields, ",")
}

func readConflictSubset(t testing.TB) []ucdp.Conflict {
	t.Helper()
	f, err := os.Open(acdSubsetPath)
	require.NoError(t, err)
	defer f.Close()
	rows, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	require.NoError(t, err)
	return rows
}

func TestReadConflictsSubset(t *testing.T) {
	rows := readConflictSubset(t)
	require.Len(t, rows, 19)

	assert.Equal(t, ucdp.Conflict{
		ConflictID: 187, Location: "Sierra Leone",
		SideA: []string{"Sierra Leone"}, SideA2nd: []string{"Guinea", "Nigeria"},
		SideB: []string{"AFRC", "Kamajors", "RUF"}, SideBIDs: []int{1385, 1386, 1384}, SideB2nd: []string{"Guinea", "Nigeria"},
		Incomp: 2, Year: 1997, Intensity: 1, Type: 4, Line: 15,
	}, rows[13])
	assert.Equal(t, ucdp.Conflict{
		ConflictID: 187, Location: "Sierra Leone",
		SideA: []string{"Sierra Leone"}, SideA2nd: []string{"Ghana", "Guinea", "Mali", "Nigeria"},
		SideB: []string{"AFRC", "RUF"}, SideBIDs: []int{1385, 1384}, Incomp: 2, Year: 1999, Intensity: 2, Type: 4, Line: 17,
	}, rows[15])
	assert.Equal(t, ucdp.Conflict{
		ConflictID: 187, Location: "Sierra Leone", SideA: []string{"Sierra Leone"}, SideA2nd: []string{"United Kingdom"},
		SideB: []string{"RUF", "WSB"}, SideBIDs: []int{1384, 1387}, Incomp: 2, Year: 2000, Intensity: 1, Type: 4, Line: 18,
	}, rows[16])
	assert.Equal(t, ucdp.Conflict{
		ConflictID: 187, Location: "Sierra Leone", SideA: []string{"Sierra Leone"}, SideB: []string{"RUF"}, SideBIDs: []int{1384},
		Incomp: 2, Year: 2001, Intensity: 1, Type: 3, Line: 20,
	}, rows[18])

	// The Philippines: conflict 10, 2005 to 2012, the government against the CPP.
	var years []int
	for _, r := range rows {
		if r.ConflictID != 10 {
			continue
		}
		years = append(years, r.Year)
		assert.Equal(t, ucdp.Conflict{
			ConflictID: 10, Location: "Philippines", SideA: []string{"Philippines"}, SideB: []string{"CPP"}, SideBIDs: []int{1010},
			Incomp: 2, Year: r.Year, Intensity: 1, Type: 3, Line: r.Line,
		}, r)
	}
	assert.Equal(t, []int{2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012}, years)
	assert.Equal(t, 2, rows[0].Line)
	assert.Equal(t, 19, rows[17].Line, "the 2012 row comes after the Sierra Leone rows")
	for i, r := range rows {
		assert.Equal(t, i+2, r.Line, "row %d", i)
	}
}

func TestReadConflictsPartyLists(t *testing.T) {
	in := acdCSV(
		acdRecord("SideB", "CPP, Military Faction (forces of Honasan, Abenina & Zumel)", "SideBID", "1010, 1011"),
		acdRecord("SideA", "Macedonia, FYR", "GWNOA", "343"),
		acdRecord("SideA2nd", "Albania, Macedonia, FYR, Norway ", "GWNOA2nd", "339, 343, 385   "),
		acdRecord("SideB2nd", "DR Congo (Zaire), Sudan", "GWNOB2nd", "490, 625"),
		acdRecord("SideB", "LNPA, LTS(p)A", "SideBID", "1, 2"),
	)
	rows, err := ucdp.ReadConflicts(strings.NewReader(in), ucdp.ConflictOptions{})
	require.NoError(t, err)
	require.Len(t, rows, 5)
	assert.Equal(t, []string{"CPP", "Military Faction (forces of Honasan, Abenina & Zumel)"}, rows[0].SideB)
	assert.Equal(t, []string{"Macedonia, FYR"}, rows[1].SideA)
	assert.Equal(t, []string{"Albania", "Macedonia, FYR", "Norway"}, rows[2].SideA2nd)
	assert.Equal(t, []string{"DR Congo (Zaire)", "Sudan"}, rows[3].SideB2nd)
	assert.Equal(t, []string{"LNPA", "LTS(p)A"}, rows[4].SideB)
}

// TestReadACDNameWithCommaKeptWhole: ReadACD says it uses the code columns
// to count the parties of a list. In conflict 216 (Guinea-Bissau, 1998–99)
// side B is one party, SideBID "1402", whose name holds a comma: "Military
// Junta for the Consolidation of Democracy, Peace and Justice". ReadACD
// splits it into two parties, "Military Junta for the Consolidation of
// Democracy" and "Peace and Justice", because only upper-case
// abbreviations ("FYR") are joined back.
func TestReadConflictsNameWithCommaKeptWhole(t *testing.T) {
	const junta = "Military Junta for the Consolidation of Democracy, Peace and Justice"
	in := acdCSV(acdRecord("ID", "216", "SideB", junta, "SideBID", "1402"))
	rows, err := ucdp.ReadConflicts(strings.NewReader(in), ucdp.ConflictOptions{})
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, []string{junta}, rows[0].SideB)
}

// TestReadACDMissingCodes: the real dataset writes -99 for a missing
// Gleditsch–Ward code (GWNOA of Hyderabad, conflicts 19 and 28, 1947–48)
// and once ends a code list with a stray comma (GWNOA2nd "482, 490," of
// conflict 118, Uganda, 2011). ReadACD rejects these rows ("-99 outside
// 0–1073741824", "not a list of whole numbers"), and since it returns no
// rows after any error, it cannot read the v4-2013 file at all. The codes
// are used only to count names.
func TestReadConflictsMissingCodes(t *testing.T) {
	in := acdCSV(
		acdRecord("ID", "19", "SideA", "Hyderabad", "GWNOA", "-99", "SideB", "CPI", "SideBID", "1019"),
		acdRecord("ID", "118", "SideA", "Uganda", "GWNOA", "500", "SideA2nd", "Central African Republic, DR Congo (Zaire), South Sudan",
			"GWNOA2nd", "482, 490,", "SideB", "ADF, LRA", "SideBID", "1337, 1336"),
	)
	rows, err := ucdp.ReadConflicts(strings.NewReader(in), ucdp.ConflictOptions{})
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, []string{"Hyderabad"}, rows[0].SideA)
	assert.Equal(t, []string{"Central African Republic", "DR Congo (Zaire)", "South Sudan"}, rows[1].SideA2nd)
	assert.Equal(t, []string{"ADF", "LRA"}, rows[1].SideB)
}

// acdProblem is what a test pins of a CSV error: line, column, reason.
type acdProblem struct {
	Line   int
	Path   string
	Reason ucdp.Reason
}

func acdProblems(t testing.TB, err error) []acdProblem {
	t.Helper()
	var out []acdProblem
	for _, fe := range fieldErrors(t, err) {
		assert.Equal(t, "ucdp", fe.Pkg)
		out = append(out, acdProblem{fe.Line, fe.Path, fe.Reason})
	}
	return out
}

func TestReadConflictsErrors(t *testing.T) {
	good := acdRecord()
	headerWithout := func(cols ...string) string {
		var keep []string
		for _, c := range strings.Split(acdHeader, ",") {
			drop := false
			for _, d := range cols {
				drop = drop || c == d
			}
			if !drop {
				keep = append(keep, c)
			}
		}
		return strings.Join(keep, ",") + "\n"
	}
	tests := []struct {
		name string
		in   string
		want []acdProblem
	}{
		{"empty input", "", []acdProblem{{1, "", ucdp.ReasonSyntax}}},
		{"missing column", headerWithout("Type") + "1\n", []acdProblem{{1, "Type", ucdp.ReasonRequired}}},
		{"missing columns", headerWithout("SideB", "YEAR"), []acdProblem{{1, "SideB", ucdp.ReasonRequired}, {1, "YEAR", ucdp.ReasonRequired}}},
		{"bad YEAR", acdCSV(good, acdRecord("YEAR", "19x1")), []acdProblem{{3, "YEAR", ucdp.ReasonInvalid}}},
		{"YEAR out of range", acdCSV(acdRecord("YEAR", "1850")), []acdProblem{{2, "YEAR", ucdp.ReasonOutOfRange}}},
		{"Int 3", acdCSV(good, good, acdRecord("Int", "3")), []acdProblem{{4, "Int", ucdp.ReasonOutOfRange}}},
		{"blank ID", acdCSV(acdRecord("ID", " ")), []acdProblem{{2, "ID", ucdp.ReasonRequired}}},
		{"Incomp and Type", acdCSV(acdRecord("Incomp", "0", "Type", "five")), []acdProblem{
			{2, "Incomp", ucdp.ReasonOutOfRange}, {2, "Type", ucdp.ReasonInvalid},
		}},
		{"missing SideB", acdCSV(good, acdRecord("SideB", "", "SideBID", "")), []acdProblem{{3, "SideB", ucdp.ReasonRequired}}},
		{"missing SideA", acdCSV(acdRecord("SideA", "  ", "GWNOA", "")), []acdProblem{{2, "SideA", ucdp.ReasonRequired}}},
		{"bad code list", acdCSV(acdRecord("SideA2nd", "Guinea, Nigeria", "GWNOA2nd", "438, x")), []acdProblem{{2, "GWNOA2nd", ucdp.ReasonInvalid}}},
		{"wrong field count", acdCSV(good, "1,Testland,Testland"), []acdProblem{{3, "", ucdp.ReasonInvalid}}},
		{"unclosed quote", acdCSV(good, `1,"Testland`), []acdProblem{{3, "", ucdp.ReasonSyntax}}},
		{"text too long", acdCSV(acdRecord("Location", strings.Repeat("x", stakeholder.MaxTextLen+1))), []acdProblem{{2, "Location", ucdp.ReasonTooLarge}}},
		{"every bad row, then no rows", acdCSV(acdRecord("YEAR", "x"), good, acdRecord("Int", "0"), "1,2", acdRecord("SideB", "")), []acdProblem{
			{2, "YEAR", ucdp.ReasonInvalid}, {4, "Int", ucdp.ReasonOutOfRange}, {5, "", ucdp.ReasonInvalid}, {6, "SideB", ucdp.ReasonRequired},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := ucdp.ReadConflicts(strings.NewReader(tt.in), ucdp.ConflictOptions{})
			require.Error(t, err)
			assert.Nil(t, rows)
			assert.Equal(t, tt.want, acdProblems(t, err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, &ucdp.FieldError{Line: p.Line, Path: p.Path, Reason: p.Reason})
			}
		})
	}
}

func TestReadConflictsRecordLimit(t *testing.T) {
	in := acdCSV(acdRecord(), acdRecord("Location", strings.Repeat("x", 600)), acdRecord())
	_, err := ucdp.ReadConflicts(strings.NewReader(in), ucdp.ConflictOptions{MaxRecordBytes: 512})
	assert.Equal(t, []acdProblem{{3, "", ucdp.ReasonTooLarge}}, acdProblems(t, err))
	rows, err := ucdp.ReadConflicts(strings.NewReader(in), ucdp.ConflictOptions{})
	require.NoError(t, err)
	assert.Len(t, rows, 3)
}

func TestReadConflictsStopsAfter100BadRows(t *testing.T) {
	recs := make([]string, 150)
	for i := range recs {
		recs[i] = acdRecord("YEAR", "x")
	}
	_, err := ucdp.ReadConflicts(strings.NewReader(acdCSV(recs...)), ucdp.ConflictOptions{})
	ps := acdProblems(t, err)
	require.Len(t, ps, 100)
	assert.Equal(t, acdProblem{101, "YEAR", ucdp.ReasonInvalid}, ps[99])
}

func TestReadConflictsFormat(t *testing.T) {
	// A byte-order mark, CRLF line ends, extra columns, a header only.
	in := "\ufeff" + acdHeader + ",Region\r\n" + acdRecord() + ",4\r\n"
	rows, err := ucdp.ReadConflicts(strings.NewReader(in), ucdp.ConflictOptions{})
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, []string{"Testland"}, rows[0].SideA)
	assert.Equal(t, 2, rows[0].Line)

	rows, err = ucdp.ReadConflicts(strings.NewReader(acdHeader+"\n"), ucdp.ConflictOptions{})
	require.NoError(t, err)
	assert.Empty(t, rows)
}

// TestReadACDFullFile reads the whole UCDP/PRIO dataset v4-2013 when it is
// there. The counts were checked with Python's csv module.
func TestReadConflictsFullFile(t *testing.T) {
	if _, err := os.Stat(acdFullPath); err != nil {
		t.Skipf("%s not present", acdFullPath)
	}
	f, err := os.Open(acdFullPath)
	require.NoError(t, err)
	defer f.Close()
	rows, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	require.NoError(t, err)
	require.Len(t, rows, 2098)

	// The code columns, read on their own.
	g, err := os.Open(acdFullPath)
	require.NoError(t, err)
	defer g.Close()
	recs, err := csv.NewReader(g).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 2099)
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	codes := func(s string) int {
		n := 0
		for _, p := range strings.Split(s, ",") {
			if strings.TrimSpace(p) != "" {
				n++
			}
		}
		return n
	}

	// Where names and codes disagree in the dataset itself: three rows of
	// conflict 121 (Oman) list three codes for troop supporters of side A
	// (Iran, Jordan, the United Kingdom) but fewer names; conflict 118
	// (Uganda) in 2011 lists three names and two codes ("482, 490,").
	short := map[[2]int]struct {
		names []string
		codes int
	}{
		{121, 1972}: {[]string{"United Kingdom"}, 3},
		{121, 1973}: {[]string{"Iran", "United Kingdom"}, 3},
		{121, 1974}: {[]string{"Iran", "United Kingdom"}, 3},
		{118, 2011}: {[]string{"Central African Republic", "DR Congo (Zaire)", "South Sudan"}, 2},
	}
	for i, r := range rows {
		rec := recs[i+1]
		require.Equal(t, rec[col["ID"]], strconv.Itoa(r.ConflictID), "row %d", i)
		assert.NotEmpty(t, r.SideA, "line %d", r.Line)
		assert.NotEmpty(t, r.SideB, "line %d", r.Line)
		for _, s := range slices.Concat(r.SideA, r.SideA2nd, r.SideB, r.SideB2nd) {
			assert.Equal(t, strings.TrimSpace(s), s, "line %d: names are trimmed", r.Line)
			assert.NotEmpty(t, s, "line %d", r.Line)
		}
		if want, ok := short[[2]int{r.ConflictID, r.Year}]; ok {
			assert.Equal(t, want.names, r.SideA2nd, "line %d", r.Line)
			assert.Equal(t, want.codes, codes(rec[col["GWNOA2nd"]]), "line %d", r.Line)
			continue
		}
		assert.Len(t, r.SideA2nd, codes(rec[col["GWNOA2nd"]]), "line %d: %q", r.Line, rec[col["SideA2nd"]])
		assert.Len(t, r.SideB2nd, codes(rec[col["GWNOB2nd"]]), "line %d: %q", r.Line, rec[col["SideB2nd"]])
	}

	// Conflict 62 (Iraq, 2004): "Macedonia, FYR" among 32 supporters.
	for _, r := range rows {
		if r.ConflictID == 62 && r.Year == 2004 {
			assert.Len(t, r.SideA2nd, 32)
			assert.Contains(t, r.SideA2nd, "South Korea")
			assert.Contains(t, r.SideA2nd, "Macedonia, FYR")
			assert.Contains(t, r.SideA2nd, "United States of America")
		}
	}

}

func TestPartyID(t *testing.T) {
	// Pinned: IDs must not change between releases, or saved dossiers break.
	assert.Equal(t, "1b5f8fe1-2dd5-545f-8d66-847c0cb0eb97", ucdp.PartyID("RUF").String())
	assert.Equal(t, "8dcc01c7-642a-5b8d-93ab-f022ba0b491b", ucdp.PartyID("Sierra Leone").String())
	assert.Equal(t, ucdp.PartyID("Nigeria"), ucdp.PartyID("Nigeria"))
	assert.NotEqual(t, ucdp.PartyID("Nigeria"), ucdp.PartyID("nigeria"), "names are not folded")
	assert.NotEqual(t, uuid.Nil, ucdp.PartyID(""))
	assert.Equal(t, uuid.Version(5), ucdp.PartyID("RUF").Version())
	assert.Equal(t, uuid.RFC4122, ucdp.PartyID("RUF").Variant())
}

func TestReadConflictsMaxRecords(t *testing.T) {
	f, err := os.ReadFile("testdata/ucdp-prio-acd-subset.csv")
	require.NoError(t, err)
	_, err = ucdp.ReadConflicts(bytes.NewReader(f), ucdp.ConflictOptions{MaxRecords: 5})
	assert.ErrorIs(t, err, &ucdp.FieldError{Reason: ucdp.ReasonTooLarge})
	rows, err := ucdp.ReadConflicts(bytes.NewReader(f), ucdp.ConflictOptions{MaxRecords: 19})
	require.NoError(t, err)
	assert.Len(t, rows, 19)
}
