// Outcomes is a researcher's script: it streams a dataset of protection
// negotiation cases — CSV, or JSON Lines for a .jsonl file — and prints
// outcome patterns by actor kind, instrument, outcome class and protection
// risk (research question 4 of the report). Without an argument it reads the
// SYNTHETIC dataset it ships; README.md documents the format.
//
//	go run ./examples/outcomes
//	go run ./examples/outcomes -by year our-cases.csv
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/humanitarian-negotiation/protection/agreement"
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
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: outcomes [-by tables] [cases.csv | cases.jsonl]\n\nPrints outcome patterns across a dataset of negotiation cases (default: the SYNTHETIC one shipped).\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errors.New("at most one dataset")
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
	var r *agreement.CaseReader
	if strings.HasSuffix(name, ".jsonl") {
		r = agreement.NewCaseLineReader(in, agreement.CaseOptions{})
	} else {
		var err error
		if r, err = agreement.NewCaseReader(in, agreement.CaseOptions{}); err != nil {
			return err
		}
	}
	s, err := agreement.SummariseCases(r)
	if err != nil {
		return err
	}

	fmt.Fprintf(stdout, "%d cases from %s\n", s.Total.Cases, name)
	if rate, ok := s.Total.Rate(); ok {
		fmt.Fprintf(stdout, "outcomes achieved: %.0f%% of the cases with a known result (partly achieved counts half; %d unknown)\n", 100*rate, s.Total.Unknown)
	}
	tables := map[string]struct {
		title string
		rows  []agreement.Row
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
		fmt.Fprintln(stdout)
		if err := agreement.WriteTable(stdout, t.title, t.rows); err != nil {
			return err
		}
	}
	return nil
}
