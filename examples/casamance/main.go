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
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

func main() {
	os.Exit(cli.Exit(os.Stderr, "casamance", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: casamance [-dot FILE] [-json]"

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("casamance", flag.ContinueOnError)
	dot := fs.String("dot", "", "also write the influence network to this file, in Graphviz DOT")
	asJSON := fs.Bool("json", false, "write the results as JSON, for software, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "The report's Box 4: phased demining with a faction of the MFDC, 2008–2013.", 0, ""); err != nil {
		return err
	}
	if *dot != "" {
		if err := cli.Writable(*dot); err != nil {
			return fmt.Errorf("-dot: %w", err)
		}
	}

	// The results gather in out, and the text in text; both are written
	// once the whole run has succeeded, the DOT file first.
	var out struct {
		Actor      actor.Actor          `json:"actor"`
		Leverage   stakeholder.Leverage `json:"leverage"`
		Coverage   stakeholder.Coverage `json:"coverage"`
		FollowUps  []agreement.FollowUp `json:"follow_ups"`
		Release    redline.Report       `json:"release"`
		WithRansom redline.Report       `json:"with_ransom"`
	}
	var text bytes.Buffer
	w := &text

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
		fmt.Fprintf(w, "  strength %.2f of 1: %s\n", p.Strength, strings.Join(hops, " → "))
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
	var network bytes.Buffer
	if *dot != "" {
		n, err := d.Network()
		if err != nil {
			return err
		}
		if err := n.WriteDOT(&network, name); err != nil {
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
			of := "commitments"
			if p.Commitments == 1 {
				of = "commitment"
			}
			fmt.Fprintf(w, "   phase %d, %s: %s (%d of %d %s)\n", i+1, plan.Phases[i].Name, state, p.Reached, p.Commitments, of)
		}
		for _, it := range f.Breaches {
			fmt.Fprintf(w, "   breach since %s: %s\n", it.Since.Format(time.DateOnly), it.Text)
		}
		for _, it := range f.Reversals {
			fmt.Fprintf(w, "   reversed on %s — the faction's red line: %s\n", it.Since.Format(time.DateOnly), it.Text)
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

	if *dot != "" {
		if err := os.WriteFile(*dot, network.Bytes(), 0o644); err != nil {
			return fmt.Errorf("-dot: %w", err)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	_, err = stdout.Write(text.Bytes())
	return err
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
	return "someone the dossier does not name"
}
