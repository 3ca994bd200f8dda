// Quickstart is the main job end to end. An agency wants to negotiate with an
// armed group on the recruitment of children: it describes the group and the
// concern, decides whether to engage and who must approve, checks the terms
// proposed against the baseline red lines and screens what they would
// transfer against the sanctions lists before agreeing to anything, then
// records the agreement and follows it up.
//
//	go run ./examples/quickstart
//	go run ./examples/quickstart -at 2011-01-15
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/agreement"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/redline"
	"github.com/humanitarian-negotiation/protection/sanctions"
)

func main() {
	os.Exit(cli.Exit(os.Stderr, "quickstart", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: quickstart [-at YYYY-MM-DD] [-json]"

func run(w, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	at := fs.String("at", "2010-09-01", "the date of the follow-up, YYYY-MM-DD, from the signature on 30 July 2009")
	asJSON := fs.Bool("json", false, "write the results as JSON, for software, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "Decides whether to engage an armed group, checks the proposed terms against\nthe baseline red lines, and follows up the agreement at a date.", 0, ""); err != nil {
		return err
	}
	when, err := time.Parse(time.DateOnly, *at)
	if err != nil {
		return fmt.Errorf("-at: %q is not a date YYYY-MM-DD", *at)
	}

	// 1. Who is the armed actor, and what law and norms apply to it?
	group := armedGroup()
	obligations := actor.Obligations(group)

	// 2. Should we negotiate with it on the recruitment of children, and who approves?
	decider := assessment.MustNewDecider(assessment.DefaultPolicy()) // a literal policy: a failure is a bug
	decision, err := decider.Decide(engagementCase(group))
	if err != nil {
		return err
	}

	// 3. The terms on the table, against the baseline red lines, and what
	// they would transfer against the sanctions lists: the group's listing
	// in the CAAC annexes freezes nothing, and the donor funding the
	// reintegration was screened and is on no list.
	policy := redline.MustCompile(redline.Baseline())
	plan := actionPlan(group)
	report := policy.Check(plan.Proposal())
	screening, err := sanctions.Screen(plan.Proposal(),
		[]sanctions.Counterpart{sanctions.ArmedActor(group), {Entity: redline.EntityDonor}}, ourStanding, plan.Signed)
	if err != nil {
		return err
	}
	review, err := screening.Attach(report)
	if err != nil {
		return err
	}

	// 4. The agreement as signed, followed up at a date.
	listing, _ := group.CAAC() // what the group is listed for: delisting is judged per violation
	f, err := plan.FollowUp(when, agreement.FollowUpOptions{Listing: listing})
	if err != nil {
		return fmt.Errorf("-at: %w", err)
	}

	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Actor       actor.Actor         `json:"actor"`
			Obligations []actor.Obligation  `json:"obligations"`
			Decision    assessment.Decision `json:"decision"`
			Report      redline.Report      `json:"report"`
			Sanctions   sanctions.Report    `json:"sanctions"`
			FollowUp    agreement.FollowUp  `json:"follow_up"`
		}{group, obligations, decision, report, screening, f})
	}

	fmt.Fprintf(w, "1. %s — the law and norms that apply to it:\n", group.Name)
	for _, o := range obligations {
		fmt.Fprintf(w, "   - %s\n", o)
	}
	fmt.Fprintf(w, "\n2. Should we negotiate? %s\n", strings.ReplaceAll(decision.String(), "\n  ", "\n   "))
	fmt.Fprintf(w, "\n3. %s", review)
	// Implementation as the parties report it, and as the UN verified it,
	// which delisting counts.
	verified := 0
	for _, vd := range f.Delisting.ByViolation {
		verified += vd.Commitments - len(vd.Outstanding)
	}
	implemented := "none reported fully implemented yet"
	if full := f.Overall.Count(agreement.ImplementationFull); full > 0 {
		implemented = fmt.Sprintf("%d reported fully implemented, %d of them verified by the UN", full, verified)
	}
	fmt.Fprintf(w, "\n4. The Action Plan on %s: %d of %d commitments due; %s\n",
		when.Format("2 January 2006"), f.Overall.Due, f.Overall.Commitments, implemented)
	if c, ok := f.Overall.Compliance(); ok {
		fmt.Fprintf(w, "   compliance with what is due: %.0f%%\n", 100*c)
	}
	// The commitments' texts are the program's own data, printed for the
	// negotiator who wrote them: Words names commitments by their texts,
	// where String would name them by their numbers.
	for _, it := range f.Overdue {
		fmt.Fprintf(w, "   - overdue since %s: %s\n", it.Due.Format(time.DateOnly), it.Text)
	}
	for _, n := range f.Next {
		fmt.Fprintf(w, "   next: %s\n", n.Words())
	}
	return nil
}
