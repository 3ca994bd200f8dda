// Evacuation follows the report's Box 5: more than 250 children needing
// medical care are evacuated during urban fighting. The organisation analyses
// the routes, negotiates directly with both parties at field and leadership
// level, and sets up a temporary deconfliction mechanism. The terms are
// checked against red lines — an armed escort by a party is a trade-off — and
// a team bottom line. The first attempt fails because the organisation
// ignored the route the parties advised: recorded as its own broken
// commitment, and as a lesson.
//
//	go run ./examples/evacuation
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/agreement/research"
	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/redline"
)

func main() {
	os.Exit(cli.Exit(os.Stderr, "evacuation", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: evacuation [-children N] [-json]"

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("evacuation", flag.ContinueOnError)
	children := fs.Int("children", 250, "how many children the proposal evacuates, from 1 to 100000")
	asJSON := fs.Bool("json", false, "write the results as JSON, for software, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "The report's Box 5: an evacuation of children negotiated with both parties.", 0, ""); err != nil {
		return err
	}
	if *children < 1 || *children > 100_000 {
		return fmt.Errorf("-children: %d is not a number of children from 1 to 100000", *children)
	}

	// The results gather in out, and the text in text; either is written
	// once the whole run has succeeded.
	var out struct {
		Drafts    []redline.Report     `json:"drafts"`
		FollowUps []agreement.FollowUp `json:"follow_ups"`
		Lessons   research.Summary     `json:"lessons"`
	}
	var text bytes.Buffer
	w := &text

	// The red lines: the baseline, and the team's bottom line for this
	// scenario, set inside them.
	k, err := redline.Compile(redline.Baseline(), bottomLine())
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Box 5 — evacuating children who need medical care, during urban fighting")
	fmt.Fprintf(w, "Policy: %s\n", k)

	// Two drafts of the terms: with an armed escort by a party, and with a
	// deconfliction mechanism instead.
	escorted, deconflicted := drafts(*children)
	for _, d := range []struct {
		name  string
		terms []redline.Term
	}{{"Draft A, an escort by the government's forces", escorted}, {"Draft B, a deconfliction mechanism instead", deconflicted}} {
		r := k.Check(d.terms)
		out.Drafts = append(out.Drafts, r)
		fmt.Fprintf(w, "\n%s: %s\n", d.name, r.Verdict.Label())
		for _, f := range r.Findings {
			fmt.Fprintf(w, "   %s (%s): %s\n", f.Rule, f.Severity.Label(), f.Rationale())
			for _, o := range f.Observations() {
				fmt.Fprintf(w, "     %s\n", o)
			}
		}
	}

	// The agreement with both parties, and the two attempts.
	a, err := evacuationAgreement()
	if err != nil {
		return err
	}
	for _, when := range []string{"2016-11-21", "2016-11-30"} {
		at := date(when)
		f, err := a.FollowUp(at, agreement.FollowUpOptions{Horizon: 7 * 24 * time.Hour})
		if err != nil {
			return err
		}
		out.FollowUps = append(out.FollowUps, f)
		headline, _, _ := strings.Cut(f.String(), "\n")
		fmt.Fprintf(w, "\nOn %s: %s\n", at.Format("2 January 2006"), strings.TrimPrefix(headline, "Follow-up at "+when+": "))
		for _, it := range f.OwnOverdue {
			fmt.Fprintf(w, "   our own commitment not honoured: %s\n", it.Text)
		}
		for _, n := range f.Next {
			fmt.Fprintf(w, "   next: %s\n", n.Words())
		}
	}

	// The lesson, as cases a researcher can tabulate with others.
	var t research.Tabulator
	for _, c := range lessons() {
		t.Add(c)
	}
	s := t.Summary()
	out.Lessons = s
	fmt.Fprintln(w, "\nRecorded for peer learning:")
	for _, c := range lessons() {
		fmt.Fprintf(w, "   %s: %s by %s, %s\n", c.ID, c.Outcome.Label(), c.Instrument.Label(), c.Result.Label())
	}
	if rate, ok := s.Total.Rate(); ok {
		fmt.Fprintf(w, "   success rate of the two attempts: %.0f%%\n", 100*rate)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	_, err = stdout.Write(text.Bytes())
	return err
}
