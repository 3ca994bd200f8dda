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
//	go run ./examples/outcomes -csv out.csv -json out.json -svg out.svg -years-svg years.svg
//	go run ./examples/outcomes -cross actor_kind,instrument -cross-csv cross.csv
//	go run ./examples/outcomes -json -                 # the tables as JSON, instead of text
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/humanitarian-negotiation/protection/agreement/research"
)

//go:embed cases-synthetic.csv
var synthetic []byte

func main() {
	os.Exit(exit(os.Stderr, run(os.Stdout, os.Stderr, os.Args[1:])))
}

// exit reports err and returns the exit code: 0 for success and for -h, 1
// for anything else.
func exit(stderr io.Writer, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(stderr, "outcomes:", err)
	return 1
}

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("outcomes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	by := fs.String("by", "actor_kind,instrument,class,risk", "the tables to print, comma-separated: actor_kind, instrument, class, outcome, risk, year")
	level := fs.Float64("level", research.DefaultLevel, "the confidence level of the intervals, between 0 and 1")
	minCases := fs.Int("min", research.DefaultMinCases, "rates resting on fewer known results are marked too few")
	cross := fs.String("cross", "", "cross two dimensions, ROWS,COLS: actor_kind, instrument, risk, outcome, class, year, year_bucket")
	bucket := fs.Int("bucket", 0, "years per period, with the year_bucket dimension")
	csvPath := fs.String("csv", "", "write the tables to this CSV file")
	jsonPath := fs.String("json", "", "write the tables (and the cross-table) to this JSON file; - writes them to standard output instead of the text")
	crossCSV := fs.String("cross-csv", "", "write the cross-table to this CSV file")
	svgPath := fs.String("svg", "", "draw the rates of the -chart table, with their intervals, to this SVG file")
	chart := fs.String("chart", "instrument", "the table the -svg chart draws: actor_kind, instrument, class, outcome, risk")
	yearsSVG := fs.String("years-svg", "", "draw the rates by year to this SVG file")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: outcomes [flags] [cases.csv | cases.jsonl]\n\nPrints outcome patterns, with confidence intervals, across a dataset of negotiation cases\n(default: the SYNTHETIC one shipped), and writes them as CSV, JSON and SVG.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errors.New("at most one dataset")
	}
	opts := research.TableOptions{Level: *level, MinCases: *minCases}
	tab, err := research.NewTabulator(opts)
	if err != nil {
		return fmt.Errorf("-level or -min: %w", err)
	}
	var crosser *research.CrossTabulator
	if *cross != "" {
		rows, cols, ok := strings.Cut(*cross, ",")
		if !ok {
			return fmt.Errorf("-cross: %q is not ROWS,COLS", *cross)
		}
		o := research.CrossOptions{YearBucket: *bucket, TableOptions: opts}
		if o.Rows, err = research.ParseDimension(strings.TrimSpace(rows)); err != nil {
			return fmt.Errorf("-cross: %w", err)
		}
		if o.Cols, err = research.ParseDimension(strings.TrimSpace(cols)); err != nil {
			return fmt.Errorf("-cross: %w", err)
		}
		if crosser, err = research.NewCrossTabulator(o); err != nil {
			return fmt.Errorf("-cross or -bucket: %w", err)
		}
	} else if *crossCSV != "" {
		return errors.New("-cross-csv needs -cross")
	}

	var in io.Reader = bytes.NewReader(synthetic)
	name := "cases-synthetic.csv (SYNTHETIC: made up for this example, not real cases)"
	if fs.NArg() == 1 {
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

	// With -json -, standard output carries the JSON alone: the text goes
	// nowhere and the notes of files written go to standard error.
	text, notes := stdout, stdout
	if *jsonPath == "-" {
		text, notes = io.Discard, stderr
	}
	fmt.Fprintf(text, "%d cases from %s\n", s.Total.Cases, name)
	if e := s.Total.Estimate; e.Rated {
		fmt.Fprintf(text, "outcomes achieved: %.0f%% of the %d cases with a known result, %g%% interval %.0f–%.0f%% (partly achieved counts half; %d unknown)\n",
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
	for _, key := range strings.Split(*by, ",") {
		t, ok := tables[strings.TrimSpace(key)]
		if !ok {
			return fmt.Errorf("-by: no table %q", key)
		}
		fmt.Fprintln(text)
		if err := research.WriteTable(text, t.title, t.rows); err != nil {
			return err
		}
	}
	var ct *research.CrossTable
	if crosser != nil {
		x := crosser.Table()
		ct = &x
		fmt.Fprintln(text)
		if err := research.WriteCrossTable(text, x); err != nil {
			return err
		}
	}

	write := func(path string, f func(io.Writer) error) error {
		switch path {
		case "":
			return nil
		case "-":
			return f(stdout)
		}
		if err := writeFile(path, f); err != nil {
			return err
		}
		fmt.Fprintf(notes, "wrote %s\n", path)
		return nil
	}
	if *svgPath != "" {
		t, ok := tables[*chart]
		if !ok || *chart == "year" {
			return fmt.Errorf("-chart: no table %q (for years, use -years-svg)", *chart)
		}
		if err := write(*svgPath, func(w io.Writer) error { return research.WriteRateChart(w, "Outcomes achieved, "+t.title, t.rows) }); err != nil {
			return err
		}
	}
	if err := write(*yearsSVG, func(w io.Writer) error { return research.WriteYearChart(w, "Outcomes achieved, by year", s.ByYear) }); err != nil {
		return err
	}
	if err := write(*csvPath, s.WriteCSV); err != nil {
		return err
	}
	if err := write(*jsonPath, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Summary research.Summary     `json:"summary"`
			Cross   *research.CrossTable `json:"cross,omitempty"`
		}{s, ct})
	}); err != nil {
		return err
	}
	if ct != nil {
		return write(*crossCSV, ct.WriteCSV)
	}
	return nil
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
