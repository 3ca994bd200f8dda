// Outcomes is a researcher's script: it streams a dataset of protection
// negotiation cases — CSV, or JSON Lines for a .jsonl file — and prints
// outcome patterns by actor kind, instrument, outcome class and protection
// risk (research question 4 of the report), each rate with its confidence
// interval: datasets in this field are small, and the interval says how
// little a rate of five cases means. It can cross two dimensions, and write
// the tables as CSV and JSON for R, pandas or a spreadsheet, and charts as
// SVG for a paper or a slide. Without an argument it reads the SYNTHETIC
// dataset it ships; README.md documents the format.
//
//	go run ./examples/outcomes
//	go run ./examples/outcomes -by year our-cases.csv
//	go run ./examples/outcomes -csv out.csv -json-file out.json -svg out.svg -years-svg years.svg
//	go run ./examples/outcomes -cross actor_kind,instrument -cross-csv cross.csv
//	go run ./examples/outcomes -json                   # the tables as JSON, instead of text
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/cli"
)

//go:embed cases-synthetic.csv
var synthetic []byte

func main() {
	os.Exit(cli.Exit(os.Stderr, "outcomes", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: outcomes [-by TABLES] [-level P] [-min N] [-cross ROWS,COLS] [-bucket YEARS] [-json] [-json-file FILE] [-csv FILE] [-cross-csv FILE] [-svg FILE] [-chart TABLE] [-years-svg FILE] [cases.csv | cases.jsonl]"

// tableKeys are the tables -by and -chart name, in the order -by prints
// them when asked for all.
var tableKeys = []string{"actor_kind", "instrument", "class", "outcome", "risk", "year"}

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("outcomes", flag.ContinueOnError)
	by := fs.String("by", "actor_kind,instrument,class,risk", "the tables to print, comma-separated: "+strings.Join(tableKeys, ", "))
	level := fs.Float64("level", research.DefaultLevel, "the confidence level of the intervals, strictly between 0 and 1")
	minCases := fs.Int("min", research.DefaultMinCases, "rates resting on fewer known results are marked too few; 1 or more")
	cross := fs.String("cross", "", "cross two dimensions, ROWS,COLS: actor_kind, instrument, risk, outcome, class, year, year_bucket")
	bucket := fs.Int("bucket", 0, "years per period, 1 to 1000, with the year_bucket dimension")
	asJSON := fs.Bool("json", false, "write the tables (and the cross-table) as JSON to standard output, instead of the text")
	jsonPath := fs.String("json-file", "", "write the tables (and the cross-table) as JSON to this file")
	csvPath := fs.String("csv", "", "write the tables to this CSV file")
	crossCSV := fs.String("cross-csv", "", "write the cross-table to this CSV file")
	svgPath := fs.String("svg", "", "draw the rates of the -chart table, with their intervals, to this SVG file")
	chart := fs.String("chart", "instrument", "the table the -svg chart draws: actor_kind, instrument, class, outcome, risk")
	yearsSVG := fs.String("years-svg", "", "draw the rates by year to this SVG file")
	if err := cli.Parse(fs, args, stderr, usage, "Prints outcome patterns, with confidence intervals, across a dataset of negotiation cases\n(default: the SYNTHETIC one shipped), and writes them as CSV, JSON and SVG.", 1, "dataset"); err != nil {
		return err
	}

	// Every flag and file is checked before anything is read or printed.
	var keys []string
	for _, key := range strings.Split(*by, ",") {
		key = strings.TrimSpace(key)
		if !slices.Contains(tableKeys, key) {
			return fmt.Errorf("-by: no table %q; the tables are %s", key, strings.Join(tableKeys, ", "))
		}
		keys = append(keys, key)
	}
	if math.IsNaN(*level) || *level <= 0 || *level >= 1 {
		return fmt.Errorf("-level: %v is not a confidence level strictly between 0 and 1, such as 0.95", *level)
	}
	if *minCases < 1 {
		return fmt.Errorf("-min: %d is not a number of cases, 1 or more", *minCases)
	}
	if *chart == "year" || !slices.Contains(tableKeys, *chart) {
		return fmt.Errorf("-chart: no table %q to chart; the tables are %s (for years, use -years-svg)", *chart, strings.Join(tableKeys[:5], ", "))
	}
	opts := research.TableOptions{Level: *level, MinCases: *minCases}
	var xo research.CrossOptions
	if *cross != "" {
		rows, cols, ok := strings.Cut(*cross, ",")
		if !ok {
			return fmt.Errorf("-cross: %q is not ROWS,COLS", *cross)
		}
		var err error
		if xo.Rows, err = research.ParseDimension(strings.TrimSpace(rows)); err != nil {
			return fmt.Errorf("-cross: %w", err)
		}
		if xo.Cols, err = research.ParseDimension(strings.TrimSpace(cols)); err != nil {
			return fmt.Errorf("-cross: %w", err)
		}
		if xo.Rows == xo.Cols {
			return fmt.Errorf("-cross: %s crossed with itself; choose two different dimensions", xo.Rows)
		}
	}
	bucketed := xo.Rows == research.DimensionYearBucket || xo.Cols == research.DimensionYearBucket
	switch {
	case bucketed && (*bucket < 1 || *bucket > 1000):
		return fmt.Errorf("-bucket: %d is not a number of years per period from 1 to 1000, which year_bucket needs", *bucket)
	case !bucketed && *bucket != 0:
		return errors.New("-bucket: years per period need -cross with the year_bucket dimension")
	}
	if *crossCSV != "" && *cross == "" {
		return errors.New("-cross-csv: a cross-table needs -cross")
	}
	files := []struct{ flag, path string }{{"json-file", *jsonPath}, {"csv", *csvPath}, {"cross-csv", *crossCSV}, {"svg", *svgPath}, {"years-svg", *yearsSVG}}
	for _, f := range files {
		if f.path == "" {
			continue
		}
		if f.path == "-" && f.flag == "json-file" {
			return errors.New(`-json-file: "-" is no file; -json writes the JSON to standard output`)
		}
		if err := cli.Writable(f.path); err != nil {
			return fmt.Errorf("-%s: %w", f.flag, err)
		}
	}
	tab, err := research.NewTabulator(opts)
	if err != nil {
		return err
	}
	var crosser *research.CrossTabulator
	if *cross != "" {
		xo.YearBucket, xo.TableOptions = *bucket, opts
		if crosser, err = research.NewCrossTabulator(xo); err != nil {
			return fmt.Errorf("-cross: %w", err)
		}
	}

	var in io.Reader = bytes.NewReader(synthetic)
	name := "cases-synthetic.csv (SYNTHETIC: made up for this example, not real cases)"
	if fs.NArg() == 1 {
		if fs.Arg(0) == "-" { // -json took a file name once: "-json -"
			return errors.New(`"-" is no dataset; -json alone writes the JSON to standard output`)
		}
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	}
	open := research.NewCaseReader
	if strings.HasSuffix(name, ".jsonl") {
		open = research.NewCaseLineReader
	}
	r, err := open(in, research.CaseOptions{})
	if err != nil {
		return err
	}
	// One pass over the cases, in constant memory, for both tables.
	for {
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		tab.Add(c)
		if crosser != nil {
			crosser.Add(c)
		}
	}
	s := tab.Summary()

	// The text gathers here, and is printed once every file is written;
	// with -json, standard output carries the JSON alone, and the notes of
	// files written go to standard error.
	var text bytes.Buffer
	fmt.Fprintf(&text, "%d cases from %s\n", s.Total.Cases, name)
	if e := s.Total.Estimate; e.Rated {
		fmt.Fprintf(&text, "outcomes achieved: %.0f%% of the %d cases with a known result, %g%% interval %.0f–%.0f%% (partly achieved counts half; %d unknown)\n",
			100*e.Rate, e.Known, 100*e.Level, 100*e.Lo, 100*e.Hi, s.Total.Unknown)
	}
	tables := map[string]struct {
		title string
		rows  []research.Row
	}{
		"actor_kind": {"by kind of armed actor", s.ByActorKind},
		"instrument": {"by instrument", s.ByInstrument},
		"class":      {"policy commitment or concrete action", s.ByClass},
		"outcome":    {"by outcome", s.ByOutcome},
		"risk":       {"by protection risk", s.ByRisk},
		"year":       {"by year", s.ByYear},
	}
	for _, key := range keys {
		t := tables[key]
		fmt.Fprintln(&text)
		if err := research.WriteTable(&text, t.title, t.rows); err != nil {
			return err
		}
	}
	var ct *research.CrossTable
	if crosser != nil {
		x := crosser.Table()
		ct = &x
		fmt.Fprintln(&text)
		if err := research.WriteCrossTable(&text, x); err != nil {
			return err
		}
	}

	notes := io.Writer(&text)
	if *asJSON {
		notes = stderr
	}
	encodeJSON := func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Summary research.Summary     `json:"summary"`
			Cross   *research.CrossTable `json:"cross,omitempty"`
		}{s, ct})
	}
	t := tables[*chart]
	writers := map[string]func(io.Writer) error{
		"json-file": encodeJSON,
		"csv":       s.WriteCSV,
		"svg":       func(w io.Writer) error { return research.WriteRateChart(w, "Outcomes achieved, "+t.title, t.rows) },
		"years-svg": func(w io.Writer) error { return research.WriteYearChart(w, "Outcomes achieved, by year", s.ByYear) },
	}
	if ct != nil {
		writers["cross-csv"] = ct.WriteCSV
	}
	for _, f := range files {
		if f.path == "" {
			continue
		}
		if err := writeFile(f.path, writers[f.flag]); err != nil {
			return fmt.Errorf("-%s: %w", f.flag, err)
		}
		fmt.Fprintf(notes, "wrote %s\n", f.path)
	}
	if *asJSON {
		return encodeJSON(stdout)
	}
	_, err = stdout.Write(text.Bytes())
	return err
}

// writeFile creates path and writes it with f, reporting a failure to
// close it too.
func writeFile(path string, f func(io.Writer) error) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := f(out); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
