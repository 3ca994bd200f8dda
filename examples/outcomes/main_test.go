package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/internal/exampletest"
)

func TestSynthetic(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, nil))
	got := out.String()
	exampletest.Golden(t, "output.txt", got)
	exampletest.Readable(t, got)
	assert.Contains(t, got, "150 cases from cases-synthetic.csv (SYNTHETIC")
	assert.Contains(t, got, "outcomes achieved: 59% of the 127 cases with a known result, 95% interval 50–67% (partly achieved counts half; 23 unknown)\n")
	for _, title := range []string{"by kind of armed actor", "by instrument", "policy commitment or concrete action", "by protection risk"} {
		assert.Contains(t, got, title)
	}
	assert.Contains(t, got, "  verbal understanding                 13         3       6    4        0         46% (23–71%)")
	assert.Contains(t, got, "  political militia                  14         3       4    2        5         56% (27–81%)  too few")
	assert.Contains(t, got, "concrete action")
	assert.NotContains(t, got, "by year")
	assert.NotContains(t, got, "wrote")
}

func TestJSONLinesAndTables(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "cases.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(
		`{"id":"a","year":2010,"actor_kind":"gang","instrument":"verbal_understanding","risk":"torture","outcome":"reduced_violence","result":"achieved"}`+"\n\n"+
			`{"id":"b","year":2011,"actor_kind":"gang","instrument":"verbal_understanding","risk":"torture","outcome":"reduced_violence","result":"not_achieved"}`+"\n"), 0o600))
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-by", "year,outcome", p}))
	got := out.String()
	assert.Contains(t, got, "2 cases from "+p)
	assert.Contains(t, got, "outcomes achieved: 50% of the 2 cases with a known result, 95% interval 9–91%")
	assert.Contains(t, got, "by year")
	assert.Contains(t, got, "2010")
	assert.Contains(t, got, "violence reduced")
	exampletest.Readable(t, got)
}

// Every dimension, crossed and tabled, prints in labels.
func TestAllTablesInLabels(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-by", "actor_kind,instrument,class,outcome,risk,year", "-cross", "risk,year_bucket", "-bucket", "5"}))
	exampletest.Golden(t, "all-tables.txt", out.String())
	exampletest.Readable(t, out.String())
	assert.Contains(t, out.String(), "by outcome")
	assert.Contains(t, out.String(), "by year")
}

// -json, a switch as in every program, writes the tables to standard
// output instead of the text, in the wire words; notes of files written go
// to standard error.
func TestJSONToStdout(t *testing.T) {
	dir := t.TempDir()
	svgPath := filepath.Join(dir, "out.svg")
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-json", "-cross", "actor_kind,instrument", "-svg", svgPath}))
	var back struct {
		Summary research.Summary    `json:"summary"`
		Cross   research.CrossTable `json:"cross"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &back), "%s", out.String())
	assert.Equal(t, 150, back.Summary.Total.Cases)
	assert.Equal(t, 51, back.Summary.Total.Achieved)
	require.NotEmpty(t, back.Summary.ByActorKind)
	assert.Equal(t, "state_forces", back.Summary.ByActorKind[0].Key)
	assert.Equal(t, research.DimensionActorKind, back.Cross.Options.Rows)
	assert.Equal(t, "wrote "+svgPath+"\n", errb.String())
	assert.NotContains(t, out.String(), "cases from")
}

// Each mistake on the command line is refused before anything is read,
// printed or written, with one message that names the flag.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	noDir := filepath.Join(dir, "no", "such")
	tables := "actor_kind, instrument, class, outcome, risk, year"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-by", "colour"}, `-by: no table "colour"; the tables are ` + tables},
		{[]string{"-by", "actor_kind,"}, `-by: no table ""; the tables are ` + tables},
		{[]string{"-level", "1.5"}, "-level: 1.5 is not a confidence level strictly between 0 and 1, such as 0.95"},
		{[]string{"-level", "0"}, "-level: 0 is not a confidence level strictly between 0 and 1, such as 0.95"},
		{[]string{"-level", "NaN"}, "-level: NaN is not a confidence level strictly between 0 and 1, such as 0.95"},
		{[]string{"-min", "-2"}, "-min: -2 is not a number of cases, 1 or more"},
		{[]string{"-min", "0"}, "-min: 0 is not a number of cases, 1 or more"},
		{[]string{"-chart", "year", "-svg", filepath.Join(dir, "x.svg")}, `-chart: no table "year" to chart; the tables are actor_kind, instrument, class, outcome, risk (for years, use -years-svg)`},
		{[]string{"-chart", "colour"}, `-chart: no table "colour" to chart; the tables are actor_kind, instrument, class, outcome, risk (for years, use -years-svg)`},
		{[]string{"-cross", "actor_kind"}, `-cross: "actor_kind" is not ROWS,COLS`},
		{[]string{"-cross", "actor_kind,actor_kind"}, "-cross: actor_kind crossed with itself; choose two different dimensions"},
		{[]string{"-cross", "year_bucket,instrument"}, "-bucket: 0 is not a number of years per period from 1 to 1000, which year_bucket needs"},
		{[]string{"-cross", "year_bucket,instrument", "-bucket", "-5"}, "-bucket: -5 is not a number of years per period from 1 to 1000, which year_bucket needs"},
		{[]string{"-bucket", "5"}, "-bucket: years per period need -cross with the year_bucket dimension"},
		{[]string{"-cross-csv", filepath.Join(dir, "c.csv")}, "-cross-csv: a cross-table needs -cross"},
		{[]string{"-csv", filepath.Join(noDir, "out.csv")}, "-csv: no directory " + noDir + " to write out.csv in"},
		{[]string{"-svg", dir}, "-svg: " + dir + " is a directory"},
		{[]string{"-years-svg", filepath.Join(noDir, "y.svg")}, "-years-svg: no directory " + noDir + " to write y.svg in"},
		{[]string{"-json-file", "-"}, `-json-file: "-" is no file; -json writes the JSON to standard output`},
		{[]string{"-json-file", filepath.Join(noDir, "o.json"), "-csv", filepath.Join(dir, "ok.csv")}, "-json-file: no directory " + noDir + " to write o.json in"},
		{[]string{"-json", "-"}, `"-" is no dataset; -json alone writes the JSON to standard output`},
		{[]string{"-min", "few"}, `invalid value "few" for flag -min: parse error` + "\n" + usage},
		{[]string{"a.csv", "b.csv"}, `at most one dataset, got 2: ["a.csv" "b.csv"]` + "\n" + usage},
		{[]string{"-nope"}, "flag provided but not defined: -nope\n" + usage},
		{[]string{filepath.Join(dir, "missing.csv")}, "open " + filepath.Join(dir, "missing.csv") + ": no such file or directory"},
	} {
		exampletest.Refuses(t, run, tt.args, tt.want)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "no file written by a refused run")

	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("id,year,actor_kind,instrument,risk,outcome,result\nx,2010,warlord,action_plan,torture,evacuation,achieved\n"), 0o600))
	badl := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(badl, []byte("{not json\n"), 0o600))
	for _, args := range [][]string{{bad}, {badl}, {"-csv", filepath.Join(dir, "out.csv"), bad}} {
		var out, errb bytes.Buffer
		assert.Error(t, run(&out, &errb, args), "%v", args)
		assert.Empty(t, out.String(), "%v", args)
	}
	assert.NoFileExists(t, filepath.Join(dir, "out.csv"), "a dataset refused writes no file")
	var out, errb bytes.Buffer
	err = run(&out, &errb, []string{bad})
	assert.ErrorContains(t, err, "line 2")
	assert.ErrorContains(t, err, "actor_kind")
}

func TestHelp(t *testing.T) {
	help := exampletest.Help(t, run)
	assert.Contains(t, help, "-json-file string\n")
	assert.Contains(t, help, "-json\n")
}

// The command: go run ./examples/outcomes -csv out.csv -svg out.svg.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	csvPath, svgPath := filepath.Join(dir, "out.csv"), filepath.Join(dir, "out.svg")
	jsonPath, yearsPath, crossPath := filepath.Join(dir, "out.json"), filepath.Join(dir, "years.svg"), filepath.Join(dir, "cross.csv")
	var out, errb bytes.Buffer
	require.NoError(t, run(&out, &errb, []string{"-csv", csvPath, "-svg", svgPath, "-json-file", jsonPath, "-years-svg", yearsPath,
		"-cross", "class,year_bucket", "-bucket", "5", "-cross-csv", crossPath}))
	for _, p := range []string{csvPath, svgPath, jsonPath, yearsPath, crossPath} {
		assert.Contains(t, out.String(), "wrote "+p+"\n")
	}
	assert.Contains(t, out.String(), "  outcome class \\ period")

	data, err := os.ReadFile(csvPath)
	require.NoError(t, err)
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, research.SummaryColumns(), recs[0])
	assert.Equal(t, []string{"total", "total", "all cases", "150", "51", "47", "29", "23", "127"}, recs[1][:9])
	lo, err := strconv.ParseFloat(recs[1][10], 64)
	require.NoError(t, err)
	assert.InDelta(t, 0.4997, lo, 1e-4)

	data, err = os.ReadFile(svgPath)
	require.NoError(t, err)
	var doc struct {
		Title string   `xml:"title"`
		Texts []string `xml:"text"`
	}
	require.NoError(t, xml.Unmarshal(data, &doc))
	assert.Equal(t, "Outcomes achieved, by instrument", doc.Title)
	for _, label := range []string{"UN Action Plan", "Deed of Commitment", "verbal understanding", "written record of agreed terms"} {
		assert.Contains(t, doc.Texts, label)
	}

	data, err = os.ReadFile(jsonPath)
	require.NoError(t, err)
	var back struct {
		Summary research.Summary    `json:"summary"`
		Cross   research.CrossTable `json:"cross"`
	}
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, 150, back.Summary.Total.Cases)
	assert.Equal(t, 5, back.Cross.Options.YearBucket)

	data, err = os.ReadFile(crossPath)
	require.NoError(t, err)
	recs, err = csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, research.CrossColumns(), recs[0])
	assert.Equal(t, []string{"class", "policy_commitment", "policy commitment", "year_bucket", "2000-2004", "2000–2004"}, recs[1][:6])
}

func TestExit(t *testing.T) {
	var errb bytes.Buffer
	assert.Equal(t, 0, cli.Exit(&errb, "outcomes", nil))
	assert.Equal(t, 0, cli.Exit(&errb, "outcomes", flag.ErrHelp))
	assert.Empty(t, errb.String())
	assert.Equal(t, 1, cli.Exit(&errb, "outcomes", errors.New("no such file")))
	assert.Equal(t, "outcomes: no such file\n", errb.String())
}
