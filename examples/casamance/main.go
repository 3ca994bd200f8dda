// Casamance follows the report's Box 4 (Senegal, 2006–2013): Geneva Call and
// the fragmented MFDC — a political wing and several military factions. A
// faction accepted demining in inhabited areas in 2008, step by step; in 2013,
// when the operators neared its bases, it called that a red line and abducted
// twelve deminers, released after a second meeting brokered with the
// government and peace facilitators.
//
//	go run ./examples/casamance
//	go run ./examples/casamance -dot network.dot   # the influence network, for Graphviz
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

func main() {
	os.Exit(exit(os.Stderr, run(os.Stdout, os.Stderr, os.Args[1:])))
}

// exit reports err and returns the exit code: 0 for success and for -h, 1
// for anything else.
func exit(stderr io.Writer, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(stderr, "casamance:", err)
	return 1
}

func run(stdout, stderr io.Writer, args []string) error {
	w := stdout
	fs := flag.NewFlagSet("casamance", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dot := fs.String("dot", "", "also write the influence network to this file, in Graphviz DOT")
	asJSON := fs.Bool("json", false, "write the results as JSON, for software, instead of text")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: casamance [-dot file] [-json]\n\nThe report's Box 4: phased demining with a faction of the MFDC, 2008–2013.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errors.New("unexpected arguments")
	}

	// The text goes to w; with -json, the results go there as JSON instead.
	var out struct {
		Actor      actor.Actor          `json:"actor"`
		Leverage   stakeholder.Leverage `json:"leverage"`
		Coverage   stakeholder.Coverage `json:"coverage"`
		FollowUps  []agreement.FollowUp `json:"follow_ups"`
		Release    redline.Report       `json:"release"`
		WithRansom redline.Report       `json:"with_ransom"`
	}
	text := w
	if *asJSON {
		text = io.Discard
	}
	w = text

	mfdc := theMFDC()
	out.Actor = mfdc
	fmt.Fprintf(w, "Box 4 — the %s: %s command, %d wings and factions\n", mfdc.Name, mfdc.Command.Label(), len(mfdc.Factions))
	fmt.Fprintf(w, "  a fragmented actor must be engaged at every level: %s\n", levels(mfdc.RequiredLevels()))

	// Leverage: who can reach the faction's commanders for Geneva Call?
	d := dossier(mfdc)
	lev, err := d.Leverage()
	if err != nil {
		return err
	}
	out.Leverage = lev
	name := func(id uuid.UUID) string { return nameOf(d, id) }
	fmt.Fprintln(w, "\nStrongest paths of leverage to the faction's decision-makers:")
	for _, p := range lev.Paths {
		hops := make([]string, len(p.Nodes))
		for i, n := range p.Nodes {
			hops[i] = name(n)
		}
		fmt.Fprintf(w, "  %.2f  %s\n", p.Strength, strings.Join(hops, " → "))
	}
	for _, im := range lev.Intermediaries {
		fmt.Fprintf(w, "  intermediary on %d of the paths: %s\n", im.Paths, name(im.ID))
	}
	cov, err := stakeholder.CoverageOf(mfdc, d.Interlocutors, stakeholder.CoverageOptions{})
	if err != nil {
		return err
	}
	out.Coverage = cov
	fmt.Fprintf(w, "  levels covered: %s; missing: %s\n", levels(cov.Covered), levels(cov.Missing))
	if *dot != "" {
		n, err := d.Network()
		if err != nil {
			return err
		}
		f, err := os.Create(*dot)
		if err != nil {
			return err
		}
		if err := n.WriteDOT(f, name); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(w, "  influence network written to %s\n", *dot)
	}

	// The phased agreement, followed up over the years.
	plan, err := demining(mfdc)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s (%s), signed %s\n", plan.Title, plan.Instrument.Kind.Label(), plan.Signed.Format("January 2006"))
	for _, when := range []string{"2009-06-15", "2011-06-01", "2013-06-01", "2013-08-01"} {
		at := date(when)
		f, err := plan.FollowUp(at, agreement.FollowUpOptions{})
		if err != nil {
			return err
		}
		out.FollowUps = append(out.FollowUps, f)
		fmt.Fprintf(w, "\n%s\n", at.Format("January 2006"))
		for i, p := range f.Phases {
			state := "under way"
			switch {
			case p.Complete:
				state = "complete"
			case !p.Open:
				state = "waiting for the phase before"
			case !p.Started:
				state = "not started"
			}
			fmt.Fprintf(w, "   phase %d, %s: %s (%d of %d commitments)\n", i+1, plan.Phases[i].Name, state, p.Reached, p.Commitments)
		}
		for _, it := range f.Breaches {
			fmt.Fprintf(w, "   breach since %s: %s\n", it.Since.Format(time.DateOnly), textOf(plan, it.Commitment))
		}
		for _, it := range f.Reversals {
			fmt.Fprintf(w, "   reversed on %s — the faction's red line: %s\n", it.Since.Format(time.DateOnly), textOf(plan, it.Commitment))
		}
	}

	// The brokered meeting: the terms for the deminers' release, checked
	// against the baseline before anyone agrees — and the ransom the
	// organisation refused.
	k := redline.MustCompile(redline.Baseline())
	release := []redline.Term{
		{ID: "release", Kind: redline.KindReleaseOfHostages, By: redline.EntityArmedActor, Count: redline.Num(12)},
		{ID: "pause near the bases", Kind: redline.KindWeaponRestriction, By: redline.EntityArmedActor, Weapon: redline.WeaponAntiPersonnelMines, Measure: redline.MeasureMarking},
		// The government tells the peace facilitators where its forces will
		// hold back while the deminers are handed over: movements and
		// plans, nothing about people.
		{ID: "government guarantee", Kind: redline.KindInformationSharing, By: redline.EntityHostState, Recipient: redline.EntityThirdParty,
			Information: redline.InformationOperational, SharingPurpose: redline.SharingPurposeDeconfliction},
	}
	out.Release = k.Check(release)
	fmt.Fprintf(w, "\nThe brokered release, checked against the red lines: %s\n", out.Release.Verdict.Label())
	withRansom := append(release, redline.Term{ID: "payment demanded", Kind: redline.KindPayment, Payer: redline.EntityAgency, Payee: redline.EntityArmedActor, Purpose: redline.PurposeRansom, Amount: redline.Num(50000)})
	out.WithRansom = k.Check(withRansom)
	fmt.Fprintf(w, "Had a ransom been on the table: %s", out.WithRansom)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return nil
}

func levels(ls []actor.Level) string {
	if len(ls) == 0 {
		return "none"
	}
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = l.Label()
	}
	return strings.Join(s, ", ")
}

func textOf(a agreement.Agreement, id uuid.UUID) string {
	for _, c := range a.Commitments {
		if c.ID == id {
			return c.Text
		}
	}
	return ""
}

func nameOf(d stakeholder.Dossier, id uuid.UUID) string {
	if id == d.Agency {
		return "Geneva Call"
	}
	for _, s := range d.Stakeholders {
		if s.ID == id {
			return s.Name
		}
	}
	for _, in := range d.Interlocutors {
		if in.ID == id {
			return in.Name
		}
	}
	return id.String()[:8]
}
