package ucdp_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
)

const (
	subsetPath = "testdata/ucdp-actor-subset.csv"
	fullPath   = "../../../shared/data/ucdp/ucdp-actor-221.csv" // the unmodified UCDP download, outside the module
)

func readSubset(t testing.TB) []ucdp.Actor {
	t.Helper()
	f, err := os.Open(subsetPath)
	require.NoError(t, err)
	defer f.Close()
	recs, err := ucdp.ReadActors(f, ucdp.ActorOptions{})
	require.NoError(t, err)
	return recs
}

func byUCDPID(recs []ucdp.Actor) map[int]ucdp.Actor {
	m := make(map[int]ucdp.Actor, len(recs))
	for _, r := range recs {
		m[r.ActorID] = r
	}
	return m
}

func TestReadActorsSubset(t *testing.T) {
	raw, err := os.ReadFile(subsetPath)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}), "the fixture starts with a byte-order mark, as UCDP ships it")

	recs := readSubset(t)
	require.Len(t, recs, 31)
	by := byUCDPID(recs)
	require.Len(t, by, 31, "ActorIds are unique")

	assert.Equal(t, ucdp.Actor{
		ActorID:       276,
		Name:          "MILF",
		FullName:      "Moro Islamic Liberation Front",
		Org:           1,
		Kind:          actor.KindArmedOpposition,
		Primary:       true,
		ConflictIDs:   []int{308},
		DyadIDs:       []int{657},
		OneSidedIDs:   []int{976},
		NonStateIDs:   []int{5574},
		Locations:     []string{"Philippines"},
		LocationCodes: []int{840},
		Regions:       []actor.Region{actor.RegionAsia},
		Line:          14,
	}, by[276])

	gph := by[154]
	assert.Equal(t, "Government of Philippines", gph.Name)
	assert.Equal(t, 4, gph.Org)
	assert.Equal(t, actor.KindStateForces, gph.Kind)
	assert.Equal(t, []int{14275, 209, 235, 259, 293, 308, 416}, gph.ConflictIDs)
	assert.Equal(t, []actor.Region{actor.RegionAsia, actor.RegionMiddleEast, actor.RegionAfrica}, gph.Regions)
	assert.Equal(t, 11, gph.Line)

	// The first row: the byte-order mark does not hide the ActorId column.
	assert.Equal(t, 17, recs[0].ActorID)
	assert.Equal(t, 2, recs[0].Line)
	assert.Equal(t, []string{"North Korea", "South Korea", "Colombia", "Central African Republic"}, recs[0].Locations)
	assert.Equal(t, []actor.Region{actor.RegionAsia, actor.RegionAmericas, actor.RegionAfrica}, recs[0].Regions)

	// "Macedonia, FYR" is one place, not two.
	yu := by[49]
	assert.Equal(t, []string{"Serbia (Yugoslavia)", "Macedonia, FYR", "Bosnia-Herzegovina", "Croatia", "Central African Republic"}, yu.Locations)
	assert.Equal(t, []int{345, 343, 346, 344, 482}, yu.LocationCodes)
	assert.Len(t, yu.Locations, len(yu.LocationCodes))
	assert.Equal(t, []actor.Region{actor.RegionEurope, actor.RegionAfrica}, yu.Regions)
	assert.Equal(t, 32, yu.Line)

	// A list with a leading space (" 700, 365, …") parses.
	assert.Equal(t, []int{700, 365, 770, 2, 200}, by[130].LocationCodes)

	// Non-primary splinter: no conflict, one-sided violence all the same.
	fn := by[649]
	assert.Equal(t, "MFDC - FN", fn.Name)
	assert.False(t, fn.Primary)
	assert.Nil(t, fn.ConflictIDs)
	assert.Nil(t, fn.DyadIDs)
	assert.Equal(t, []int{1057}, fn.OneSidedIDs)
	assert.Nil(t, fn.NonStateIDs)
	assert.True(t, fn.OneSided())

	assert.Equal(t, actor.KindPoliticalMilitia, by[372].Kind)
	assert.Equal(t, actor.KindIdentityMilitia, by[387].Kind)

	counts := map[actor.Kind]int{}
	var oneSided, primary []int
	for _, r := range recs {
		counts[r.Kind]++
		if r.OneSided() {
			oneSided = append(oneSided, r.ActorID)
		}
		if r.Primary {
			primary = append(primary, r.ActorID)
		}
		assert.Len(t, r.Locations, len(r.LocationCodes), "ActorId %d", r.ActorID)
		assert.NotEmpty(t, r.Regions, "ActorId %d", r.ActorID)
	}
	assert.Equal(t, map[actor.Kind]int{
		actor.KindArmedOpposition:  16,
		actor.KindStateForces:      11,
		actor.KindPoliticalMilitia: 2,
		actor.KindIdentityMilitia:  2,
	}, counts)
	assert.Equal(t, []int{17, 72, 73, 84, 89, 90, 95, 118, 130, 154, 209, 234, 276, 303, 488, 529, 649, 743, 1051, 1160, 49}, oneSided)
	assert.Equal(t, []int{17, 72, 73, 84, 89, 90, 95, 118, 130, 154, 209, 234, 276, 303, 488, 529, 537, 563, 743, 1051, 1160, 49}, primary)
}

func TestActorReaderSubset(t *testing.T) {
	f, err := os.Open(subsetPath)
	require.NoError(t, err)
	defer f.Close()
	u, err := ucdp.NewActorReader(f, ucdp.ActorOptions{})
	require.NoError(t, err)
	var got []ucdp.Actor
	for {
		r, err := u.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		got = append(got, r)
	}
	assert.Equal(t, readSubset(t), got, "the reader and ReadUCDP agree")
	_, err = u.Read()
	assert.Equal(t, io.EOF, err, "EOF again after the end")
}

// --- hand-built inputs --------------------------------------------------------

// ucdpCols is a header with the columns the reader needs and one it ignores.
var ucdpCols = []string{"ActorId", "NameData", "NameOrigFullEng", "Org", "ConflictId", "DyadId",
	"PrimaryParty", "OSID", "NSID", "Location", "GWNOLoc", "Region", "Version"}

// ucdpRow is a valid row; kv pairs ("Org", "7") override columns.
func ucdpRow(id int, kv ...string) []string {
	row := []string{strconv.Itoa(id), "Group " + strconv.Itoa(id), "n/a", "1", "", "", "0", "", "", "Philippines", "840", "3", "22.1"}
	for i := 0; i < len(kv); i += 2 {
		col := -1
		for j, c := range ucdpCols {
			if c == kv[i] {
				col = j
			}
		}
		if col < 0 {
			panic("no column " + kv[i])
		}
		row[col] = kv[i+1]
	}
	return row
}

// ucdpCSV writes the header and rows as CSV, quoting as needed.
func ucdpCSV(rows ...[]string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(ucdpCols)
	for _, r := range rows {
		_ = w.Write(r)
	}
	w.Flush()
	return b.String()
}

// oneProblem is the line, column and reason of one expected error.
type oneProblem struct {
	Line   int
	Path   string
	Reason ucdp.Reason
}

func lineProblems(t testing.TB, err error) []oneProblem {
	t.Helper()
	var out []oneProblem
	for _, fe := range fieldErrors(t, err) {
		out = append(out, oneProblem{fe.Line, fe.Path, fe.Reason})
		assert.Equal(t, "ucdp", fe.Pkg, "%v", fe)
	}
	return out
}

func TestReadActorsValidRow(t *testing.T) {
	in := ucdpCSV(ucdpRow(5, "NameData", "  Spaced  ", "NameOrigFullEng", " Spaced Full Name ", "ConflictId", "1, 22,333",
		"PrimaryParty", "", "Location", "Chad, Niger, , Mali", "GWNOLoc", "1, 2, 3", "Region", "1,2, 3, 4 ,5"))
	recs, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{})
	require.NoError(t, err)
	require.Len(t, recs, 1)
	r := recs[0]
	assert.Equal(t, "Spaced", r.Name, "names are trimmed")
	assert.Equal(t, "Spaced Full Name", r.FullName)
	assert.False(t, r.Primary, "a blank PrimaryParty is 0")
	assert.Equal(t, []int{1, 22, 333}, r.ConflictIDs)
	assert.Equal(t, []string{"Chad", "Niger", "Mali"}, r.Locations, "empty places are dropped")
	assert.Equal(t, actor.Regions(), r.Regions)
	assert.Equal(t, 2, r.Line)

	// "n/a" leaves FullName empty; no place is nil.
	recs, err = ucdp.ReadActors(strings.NewReader(ucdpCSV(
		ucdpRow(6, "NameOrigFullEng", "n/a", "Location", ""),
		ucdpRow(7, "Org", "4"),
	)), ucdp.ActorOptions{})
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Empty(t, recs[0].FullName)
	assert.Nil(t, recs[0].Locations)
	assert.Equal(t, actor.KindStateForces, recs[1].Kind)
	assert.Equal(t, 3, recs[1].Line)

	// An invalid full name is an error, not silently dropped.
	_, err = ucdp.ReadActors(strings.NewReader(ucdpCSV(ucdpRow(7, "NameOrigFullEng", "bad \xff name"))), ucdp.ActorOptions{})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonInvalid, Path: "NameOrigFullEng", Line: 2})

	// Abbreviations stay with the place before them, but a leading one or a
	// longer word does not.
	recs, err = ucdp.ReadActors(strings.NewReader(ucdpCSV(
		ucdpRow(8, "Location", "USA, Congo, DRC, Korea, North", "GWNOLoc", "2, 490, 731, 732"),
	)), ucdp.ActorOptions{})
	require.NoError(t, err)
	assert.Equal(t, []string{"USA", "Congo, DRC", "Korea", "North"}, recs[0].Locations)
}

func TestReadActorsErrors(t *testing.T) {
	good := ucdpRow(1)
	tests := []struct {
		name string
		in   string
		opts ucdp.ActorOptions
		want []oneProblem
	}{
		{"Org out of range", ucdpCSV(good, ucdpRow(2, "Org", "7")), ucdp.ActorOptions{}, []oneProblem{{3, "Org", actor.ReasonOutOfRange}}},
		{"Org zero", ucdpCSV(good, ucdpRow(2, "Org", "0")), ucdp.ActorOptions{}, []oneProblem{{3, "Org", actor.ReasonOutOfRange}}},
		{"Org blank", ucdpCSV(good, ucdpRow(2, "Org", " ")), ucdp.ActorOptions{}, []oneProblem{{3, "Org", actor.ReasonRequired}}},
		{"ActorId not a number", ucdpCSV(good, ucdpRow(2, "ActorId", "x")), ucdp.ActorOptions{}, []oneProblem{{3, "ActorId", actor.ReasonInvalid}}},
		{"ActorId zero", ucdpCSV(good, ucdpRow(2, "ActorId", "0")), ucdp.ActorOptions{}, []oneProblem{{3, "ActorId", actor.ReasonOutOfRange}}},
		{"ActorId blank", ucdpCSV(ucdpRow(2, "ActorId", "")), ucdp.ActorOptions{}, []oneProblem{{2, "ActorId", actor.ReasonRequired}}},
		{"empty NameData", ucdpCSV(good, ucdpRow(2, "NameData", "")), ucdp.ActorOptions{}, []oneProblem{{3, "NameData", actor.ReasonRequired}}},
		{"blank NameData", ucdpCSV(good, ucdpRow(2, "NameData", " \t ")), ucdp.ActorOptions{}, []oneProblem{{3, "NameData", actor.ReasonRequired}}},
		{"invalid UTF-8 NameData", ucdpCSV(good, ucdpRow(2, "NameData", "x\xff")), ucdp.ActorOptions{}, []oneProblem{{3, "NameData", actor.ReasonInvalid}}},
		{"bad list", ucdpCSV(good, ucdpRow(2, "ConflictId", "1, x")), ucdp.ActorOptions{}, []oneProblem{{3, "ConflictId", actor.ReasonInvalid}}},
		{"negative list item", ucdpCSV(good, ucdpRow(2, "OSID", "-1")), ucdp.ActorOptions{}, []oneProblem{{3, "OSID", actor.ReasonOutOfRange}}},
		{"bad NSID", ucdpCSV(good, ucdpRow(2, "NSID", "5.5")), ucdp.ActorOptions{}, []oneProblem{{3, "NSID", actor.ReasonInvalid}}},
		{"bad GWNOLoc", ucdpCSV(good, ucdpRow(2, "GWNOLoc", "840;841")), ucdp.ActorOptions{}, []oneProblem{{3, "GWNOLoc", actor.ReasonInvalid}}},
		{"region out of range", ucdpCSV(good, ucdpRow(2, "Region", "3, 6")), ucdp.ActorOptions{}, []oneProblem{{3, "Region", actor.ReasonOutOfRange}}},
		{"PrimaryParty out of range", ucdpCSV(good, ucdpRow(2, "PrimaryParty", "2")), ucdp.ActorOptions{}, []oneProblem{{3, "PrimaryParty", actor.ReasonOutOfRange}}},
		{"PrimaryParty not a number", ucdpCSV(good, ucdpRow(2, "PrimaryParty", "yes")), ucdp.ActorOptions{}, []oneProblem{{3, "PrimaryParty", actor.ReasonInvalid}}},
		{"invalid UTF-8 Location", ucdpCSV(good, ucdpRow(2, "Location", "\xc3(")), ucdp.ActorOptions{}, []oneProblem{{3, "Location", actor.ReasonInvalid}}},
		{"several problems in one row", ucdpCSV(good, ucdpRow(2, "ActorId", "x", "NameData", "", "Org", "9", "Region", "0")), ucdp.ActorOptions{},
			[]oneProblem{{3, "ActorId", actor.ReasonInvalid}, {3, "NameData", actor.ReasonRequired}, {3, "Org", actor.ReasonOutOfRange}, {3, "Region", actor.ReasonOutOfRange}}},
		{"wrong field count", ucdpCSV(good) + "2,short,n/a,1\n", ucdp.ActorOptions{}, []oneProblem{{3, "", actor.ReasonInvalid}}},
		{"too many fields", ucdpCSV(good) + strings.Join(append(ucdpRow(2), "extra"), ",") + "\n", ucdp.ActorOptions{}, []oneProblem{{3, "", actor.ReasonInvalid}}},
		{"bad quote", ucdpCSV(good) + "2,a\"b,n/a,1,,,0,,,P,1,1,22.1\n", ucdp.ActorOptions{}, []oneProblem{{3, "", actor.ReasonSyntax}}},
		{"unterminated quote", ucdpCSV(good) + "2,\"never closed,n/a,1,,,0,,,P,1,1,22.1\n", ucdp.ActorOptions{}, []oneProblem{{3, "", actor.ReasonSyntax}}},
		{"missing required column", "ActorId,NameData,NameOrigFullEng,ConflictId,DyadId,PrimaryParty,OSID,NSID,Location,GWNOLoc,Region\n1,a,n/a,,,0,,,P,1,1\n", ucdp.ActorOptions{},
			[]oneProblem{{1, "Org", actor.ReasonRequired}}},
		{"missing two columns", "\xEF\xBB\xBFActorId,NameData,NameOrigFullEng,Org,ConflictId,DyadId,PrimaryParty,OSID,NSID,Location\n", ucdp.ActorOptions{},
			[]oneProblem{{1, "GWNOLoc", actor.ReasonRequired}, {1, "Region", actor.ReasonRequired}}},
		{"duplicate column", strings.Join(append(ucdpCols, "Org"), ",") + "\n", ucdp.ActorOptions{}, []oneProblem{{1, "Org", actor.ReasonDuplicate}}},
		{"empty input", "", ucdp.ActorOptions{}, []oneProblem{{1, "", actor.ReasonSyntax}}},
		{"only a byte-order mark", "\xEF\xBB\xBF", ucdp.ActorOptions{}, []oneProblem{{1, "", actor.ReasonSyntax}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ucdp.ReadActors(strings.NewReader(tt.in), tt.opts)
			require.Error(t, err)
			assert.Nil(t, recs)
			assert.Equal(t, tt.want, lineProblems(t, err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, &actor.FieldError{Line: p.Line, Path: p.Path, Reason: p.Reason})
			}
		})
	}
}

// TestReadUCDPLinesAfterMultiLineField checks that a quoted field spanning
// lines does not throw the line numbers of later rows off, and that an error
// in a field names the line the field is on.
func TestReadActorsLinesAfterMultiLineField(t *testing.T) {
	in := ucdpCSV(
		ucdpRow(1), // line 2
		ucdpRow(2, "NameOrigFullEng", "one\ntwo\nthree"),  // lines 3–5
		ucdpRow(3, "Org", "9"),                            // line 6
		ucdpRow(4, "NameOrigFullEng", "a\nb", "Org", "x"), // lines 7–8; Org is on line 8
		ucdpRow(5),                // line 9
		ucdpRow(6, "Region", "7"), // line 10
	)
	_, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{})
	require.Error(t, err)
	assert.Equal(t, []oneProblem{
		{6, "Org", actor.ReasonOutOfRange},
		{8, "Org", actor.ReasonInvalid},
		{10, "Region", actor.ReasonOutOfRange},
	}, lineProblems(t, err))

	// The good rows carry the line they start on.
	u, err := ucdp.NewActorReader(strings.NewReader(in), ucdp.ActorOptions{})
	require.NoError(t, err)
	var lines []int
	for {
		r, err := u.Read()
		if err == io.EOF {
			break
		}
		if err == nil {
			lines = append(lines, r.Line)
		}
	}
	assert.Equal(t, []int{2, 3, 9}, lines)
}

func TestReadActorsReportsSeveralRows(t *testing.T) {
	in := ucdpCSV(ucdpRow(1), ucdpRow(2), ucdpRow(3, "Org", "5"), ucdpRow(4), ucdpRow(5, "ActorId", "five"), ucdpRow(6, "NameData", ""), ucdpRow(7))
	recs, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{})
	require.Error(t, err)
	assert.Nil(t, recs, "no records when any row is bad")
	assert.Equal(t, []oneProblem{
		{4, "Org", actor.ReasonOutOfRange},
		{6, "ActorId", actor.ReasonInvalid},
		{7, "NameData", actor.ReasonRequired},
	}, lineProblems(t, err))

	t.Run("at most 100 bad rows", func(t *testing.T) {
		rows := make([][]string, 0, 150)
		for i := range 150 {
			rows = append(rows, ucdpRow(i+1, "Org", "8"))
		}
		_, err := ucdp.ReadActors(strings.NewReader(ucdpCSV(rows...)), ucdp.ActorOptions{})
		require.Error(t, err)
		ps := lineProblems(t, err)
		require.Len(t, ps, 100)
		assert.Equal(t, oneProblem{2, "Org", actor.ReasonOutOfRange}, ps[0])
		assert.Equal(t, oneProblem{101, "Org", actor.ReasonOutOfRange}, ps[99])
	})
}

func TestActorReaderContinuesAfterBadRow(t *testing.T) {
	in := ucdpCSV(ucdpRow(1), ucdpRow(2, "Org", "x")) +
		"3,short\n" +
		strings.TrimPrefix(ucdpCSV(ucdpRow(4)), strings.Join(ucdpCols, ",")+"\n") +
		"5,a\"b,n/a,1,,,0,,,P,1,1,22.1\n" +
		strings.TrimPrefix(ucdpCSV(ucdpRow(6)), strings.Join(ucdpCols, ",")+"\n")
	u, err := ucdp.NewActorReader(strings.NewReader(in), ucdp.ActorOptions{})
	require.NoError(t, err)

	type step struct {
		id     int
		line   int
		reason actor.Reason
	}
	var got []step
	for range 10 {
		r, err := u.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			assert.Equal(t, ucdp.Actor{}, r, "a bad row gives the zero record")
			fes := fieldErrors(t, err)
			require.Len(t, fes, 1)
			got = append(got, step{0, fes[0].Line, fes[0].Reason})
			continue
		}
		got = append(got, step{r.ActorID, r.Line, 0})
	}
	assert.Equal(t, []step{
		{1, 2, 0},
		{0, 3, actor.ReasonInvalid},
		{0, 4, actor.ReasonInvalid},
		{4, 5, 0},
		{0, 6, actor.ReasonSyntax},
		{6, 7, 0},
	}, got)
}

func TestReadActorsTooLarge(t *testing.T) {
	long := strings.Repeat("x", 64<<10)
	in := ucdpCSV(ucdpRow(1), ucdpRow(2, "Location", long), ucdpRow(3))
	_, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{MaxRecordBytes: 1000})
	require.Error(t, err)
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonTooLarge})

	// The default limit (1 MiB) takes the same input.
	recs, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{})
	require.NoError(t, err)
	assert.Len(t, recs, 3)
	assert.Equal(t, []string{long}, recs[1].Locations)

	// A header longer than the limit is refused too.
	_, err = ucdp.NewActorReader(strings.NewReader(strings.Repeat("a", 64<<10)+","+strings.Join(ucdpCols, ",")+"\n"), ucdp.ActorOptions{MaxRecordBytes: 1000})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonTooLarge, Line: 1})
}

// TestReadUCDPTooLargeLine checks that an oversized record is reported once,
// at the line it starts on, and does not shift the lines of later rows.
func TestReadActorsTooLargeLine(t *testing.T) {
	long := strings.Repeat("x", 64<<10)
	in := ucdpCSV(
		ucdpRow(1, "NameOrigFullEng", "a\nb"), // lines 2–3
		ucdpRow(2, "NameOrigFullEng", long),   // line 4
		ucdpRow(3, "Org", "9"),                // line 5
	)
	_, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{MaxRecordBytes: 1000})
	require.Error(t, err)
	assert.Equal(t, []oneProblem{
		{4, "", actor.ReasonTooLarge},
		{5, "Org", actor.ReasonOutOfRange},
	}, lineProblems(t, err))

	// The first data row is on line 2, not on the header's line.
	_, err = ucdp.ReadActors(strings.NewReader(ucdpCSV(ucdpRow(1, "NameData", long))), ucdp.ActorOptions{MaxRecordBytes: 1000})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonTooLarge, Line: 2})
}

// TestUCDPMaxRecordBytesIsTheBound checks the documented meaning of
// MaxRecordBytes: "bytes in one record".
func TestActorMaxRecordBytesIsTheBound(t *testing.T) {
	in := ucdpCSV(ucdpRow(1, "NameOrigFullEng", strings.Repeat("x", 5000)))
	_, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{MaxRecordBytes: 100})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonTooLarge},
		"a 5,000-byte record passes a 100-byte limit")
}

func TestReadActorsReaderError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader(ucdpCSV(ucdpRow(1))), &errReader{boom})
	recs, err := ucdp.ReadActors(r, ucdp.ActorOptions{})
	require.Error(t, err)
	assert.Nil(t, recs)
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonInvalid})
	// A failing reader is one problem, not a hundred bad rows.
	assert.Len(t, fieldErrors(t, err), 1)

	// The loop the documentation suggests (skip a bad row, read on until
	// io.EOF) must end when the underlying reader keeps failing.
	u, err := ucdp.NewActorReader(io.MultiReader(strings.NewReader(ucdpCSV(ucdpRow(1))), &errReader{boom}), ucdp.ActorOptions{})
	require.NoError(t, err)
	var errs int
	for range 10 {
		_, err = u.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs++
		}
	}
	assert.Equal(t, io.EOF, err, "Read still fails after 10 calls: it never reaches the end")
	assert.Equal(t, 1, errs)
}

type errReader struct{ err error }

func (e *errReader) Read([]byte) (int, error) { return 0, e.err }

// --- UCDPRecord.Actor ---------------------------------------------------------

func TestActorID(t *testing.T) {
	// Name-based (version 5) UUIDs under the namespace
	// uuid5(NAMESPACE_URL, "https://ucdp.uu.se/actor"), computed independently
	// with Python's uuid module.
	assert.Equal(t, uuid.MustParse("a88590de-3aaa-5a1c-bc46-9a25e9f09133"), ucdp.ActorID(276))
	assert.Equal(t, uuid.MustParse("b1106e57-26ca-5079-bff1-61fc2b782cdf"), ucdp.ActorID(154))
	assert.Equal(t, uuid.Version(5), ucdp.ActorID(1).Version())
	assert.Equal(t, ucdp.ActorID(276), ucdp.ActorID(276), "stable")

	seen := map[uuid.UUID]int{}
	for n := 1; n <= 10000; n++ {
		id := ucdp.ActorID(n)
		prev, dup := seen[id]
		require.False(t, dup, "ActorIds %d and %d share an ID", prev, n)
		assert.NotEqual(t, uuid.Nil, id)
		seen[id] = n
	}
}

func TestActorRecordActor(t *testing.T) {
	recs := readSubset(t)
	by := byUCDPID(recs)

	milf := by[276].Actor()
	assert.Equal(t, actor.Actor{
		ID:              ucdp.ActorID(276),
		Name:            "MILF",
		Aliases:         []string{"Moro Islamic Liberation Front"},
		Kind:            actor.KindArmedOpposition,
		PartyToConflict: true,
	}, milf)
	assert.Equal(t, milf, by[276].Actor(), "stable across calls")

	taleban := by[303].Actor()
	assert.Equal(t, "Taleban", taleban.Name)
	assert.Nil(t, taleban.Aliases, "a full name equal to the short name is no alias")

	splinter := by[649].Actor()
	assert.False(t, splinter.PartyToConflict, "no state-based conflict")
	assert.Equal(t, []string{"Movement of the Democratic Forces of the Casamance - Northern Front"}, splinter.Aliases)

	assert.Equal(t, actor.KindStateForces, by[154].Actor().Kind)
	assert.True(t, by[154].Actor().PartyToConflict)

	// Every record gives a valid actor with its own ID.
	ids := map[uuid.UUID]int{}
	for _, r := range recs {
		a := r.Actor()
		assert.NoError(t, a.Validate(), "ActorId %d", r.ActorID)
		assert.Equal(t, ucdp.ActorID(r.ActorID), a.ID)
		assert.Equal(t, len(r.ConflictIDs) > 0, a.PartyToConflict, "ActorId %d", r.ActorID)
		prev, dup := ids[a.ID]
		assert.False(t, dup, "ActorIds %d and %d share an ID", prev, r.ActorID)
		ids[a.ID] = r.ActorID
	}

	// Party to a conflict means listed in a state-based conflict (ConflictId),
	// not merely having dyads.
	recs3, err := ucdp.ReadActors(strings.NewReader(ucdpCSV(
		ucdpRow(10, "ConflictId", "308"),
		ucdpRow(11, "DyadId", "657", "OSID", "976", "NSID", "5574"),
	)), ucdp.ActorOptions{})
	require.NoError(t, err)
	assert.True(t, recs3[0].Actor().PartyToConflict)
	assert.False(t, recs3[1].Actor().PartyToConflict)

	// A record whose full name is "n/a" has no alias.
	recs2, err := ucdp.ReadActors(strings.NewReader(ucdpCSV(ucdpRow(9, "NameOrigFullEng", "n/a"))), ucdp.ActorOptions{})
	require.NoError(t, err)
	assert.Nil(t, recs2[0].Actor().Aliases)
	assert.NoError(t, recs2[0].Actor().Validate())
}

// TestUCDPRecordActorValidatesLongNames checks that a record ReadUCDP accepts
// always converts to an actor that validates, whatever the length of its
// names: ReadUCDP must either refuse names longer than MaxNameLen or Actor
// must give a valid actor.
func TestActorRecordActorValidatesLongNames(t *testing.T) {
	long := strings.Repeat("n", actor.MaxNameLen+1)
	for _, row := range [][]string{
		ucdpRow(1, "NameData", long),
		ucdpRow(2, "NameOrigFullEng", long),
	} {
		recs, err := ucdp.ReadActors(strings.NewReader(ucdpCSV(row)), ucdp.ActorOptions{})
		if err != nil {
			assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonTooLarge})
			continue
		}
		for _, r := range recs {
			assert.NoError(t, r.Actor().Validate(), "ActorId %d was read but its Actor is invalid", r.ActorID)
		}
	}
}

func TestActorRecordOneSided(t *testing.T) {
	assert.False(t, ucdp.Actor{}.OneSided())
	assert.False(t, ucdp.Actor{OneSidedIDs: []int{}}.OneSided())
	assert.True(t, ucdp.Actor{OneSidedIDs: []int{976}}.OneSided())
}

// TestReadUCDPFull reads the whole UCDP Actor Dataset v22.1 as distributed.
func TestReadActorsFull(t *testing.T) {
	f, err := os.Open(fullPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("the UCDP Actor Dataset is not at " + fullPath)
	}
	require.NoError(t, err)
	defer f.Close()

	recs, err := ucdp.ReadActors(f, ucdp.ActorOptions{})
	require.NoError(t, err)
	require.Len(t, recs, 1725)

	counts := map[actor.Kind]int{}
	oneSided := 0
	ids := map[uuid.UUID]int{}
	actorIDs := map[int]bool{}
	by := map[int]ucdp.Actor{}
	for _, r := range recs {
		require.True(t, r.Kind.IsValid(), "ActorId %d", r.ActorID)
		counts[r.Kind]++
		if r.OneSided() {
			oneSided++
		}
		assert.False(t, actorIDs[r.ActorID], "ActorId %d twice", r.ActorID)
		actorIDs[r.ActorID] = true
		by[r.ActorID] = r

		a := r.Actor()
		assert.NoError(t, a.Validate(), "ActorId %d", r.ActorID)
		prev, dup := ids[a.ID]
		assert.False(t, dup, "ActorIds %d and %d share an ID", prev, r.ActorID)
		ids[a.ID] = r.ActorID
		assert.Len(t, r.Locations, len(r.LocationCodes), "ActorId %d", r.ActorID)
	}
	assert.Equal(t, map[actor.Kind]int{
		actor.KindStateForces:      163,
		actor.KindArmedOpposition:  1059,
		actor.KindPoliticalMilitia: 37,
		actor.KindIdentityMilitia:  466,
	}, counts)
	assert.Equal(t, 311, oneSided)
	assert.Len(t, ids, 1725)

	// Two full names span lines; the rows after them keep their lines.
	assert.Equal(t, 413, by[422].Line)
	assert.Equal(t, "Alliance of Democratic Forces for the Liberation of Congo-\nKinshasa", by[422].FullName)
	assert.Equal(t, 415, by[423].Line)
	assert.Equal(t, 1088, by[1131].Line)
	assert.Equal(t, "Alliance of Young Patriots for national revival", by[1131].FullName)
	assert.Equal(t, 1090, by[1132].Line)
	assert.Equal(t, 1728, recs[len(recs)-1].Line)
	assert.Equal(t, 8339, recs[len(recs)-1].ActorID)

	// The subset is taken unmodified from the full file.
	for _, s := range readSubset(t) {
		f := by[s.ActorID]
		s.Line, f.Line = 0, 0
		assert.Equal(t, f, s, "ActorId %d", s.ActorID)
	}
}

// Blank items in a list ("482, 490," in the UCDP/PRIO data) are skipped.
func TestReadActorsBlankListItems(t *testing.T) {
	recs, err := ucdp.ReadActors(strings.NewReader(ucdpCSV(ucdpRow(2, "DyadId", "1,,2,"))), ucdp.ActorOptions{})
	require.NoError(t, err)
	assert.Equal(t, []int{1, 2}, recs[0].DyadIDs)
}

func TestReadActorsMaxRecords(t *testing.T) {
	in := ucdpCSV(ucdpRow(1), ucdpRow(2), ucdpRow(3))
	_, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{MaxRecords: 2})
	assert.ErrorIs(t, err, &actor.FieldError{Reason: actor.ReasonTooLarge})
	recs, err := ucdp.ReadActors(strings.NewReader(in), ucdp.ActorOptions{MaxRecords: 3})
	require.NoError(t, err)
	assert.Len(t, recs, 3)
}
