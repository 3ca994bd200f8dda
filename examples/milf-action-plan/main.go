// Milf-action-plan follows the report's Box 6 as it happened: the Moro
// Islamic Liberation Front, listed in the UN Secretary-General's annexes for
// recruiting and using children from the 2003 report; engaged by UNICEF from
// 2007; an Action Plan signed on 30 July 2009; recruitment by its 103rd Base
// Command verified in July 2012 (S/2013/245); the plan renewed in 2013 and
// given a roadmap in 2015; disengagement ceremonies in February–March 2017
// (1,869 children); delisted in the August 2017 report. What the sources do
// not give — the activities' dates, the annual reports' findings — the
// program says is illustrative. The good practices the report lists appear as stakeholders (the
// religious council, the women's auxiliary brigade, front and base
// commanders, communities, the government, diplomatic partners) and as
// commitments.
//
//	go run ./examples/milf-action-plan
//	go run ./examples/milf-action-plan -at 2011-10-01
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
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

func main() {
	os.Exit(cli.Exit(os.Stderr, "milf-action-plan", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: milf-action-plan [-at YYYY-MM-DD] [-json]"

func run(w, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("milf-action-plan", flag.ContinueOnError)
	at := fs.String("at", "", "follow the Action Plan up at this date only, YYYY-MM-DD, from 2003 (default: 2010, 2011, 2013, 2016 and 2017)")
	asJSON := fs.Bool("json", false, "write the results as JSON, for software, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "The report's Box 6: the MILF Action Plan, from listing (2003) to delisting (2017).", 0, ""); err != nil {
		return err
	}
	dates := []time.Time{date("2010-06-01"), date("2011-10-01"), date("2013-06-01"), date("2016-06-01"), date("2017-03-01"), date("2017-06-01")}
	if *at != "" {
		d, err := time.Parse(time.DateOnly, *at)
		if err != nil {
			return fmt.Errorf("-at: %q is not a date YYYY-MM-DD", *at)
		}
		dates = []time.Time{d}
	}

	milf := theMILF()
	listing, _ := milf.CAAC()

	// 2007: should UNICEF engage? The listing and the group's wish to leave
	// the list are the opening.
	d := assessment.MustNewDecider(assessment.DefaultPolicy())
	decision, err := d.Decide(engagement2007(milf))
	if err != nil {
		return err
	}
	arguments := assessment.Arguments(milf)
	entries := assessment.EntryPoints(milf, []assessment.Topic{assessment.TopicChildRecruitment, assessment.TopicReleaseOfChildren, assessment.TopicHealthCare})

	// The good practices, as the network of influence the engagement built.
	dossier := influence(milf)
	placements := stakeholder.Place(dossier.Stakeholders)
	cov, err := stakeholder.CoverageOf(milf, dossier.Interlocutors, stakeholder.CoverageOptions{})
	if err != nil {
		return err
	}

	// 2009–2017: the Action Plan and its follow-up.
	plan, err := actionPlan(milf)
	if err != nil {
		return err
	}
	var followUps []agreement.FollowUp
	for _, when := range dates {
		f, err := plan.FollowUp(when, agreement.FollowUpOptions{Listing: listing})
		if err != nil {
			return fmt.Errorf("-at: %w", err)
		}
		followUps = append(followUps, f)
	}

	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Actor       actor.Actor             `json:"actor"`
			Decision    assessment.Decision     `json:"decision_2007"`
			Arguments   []assessment.Argument   `json:"arguments"`
			EntryPoints []assessment.EntryPoint `json:"entry_points"`
			Placements  []stakeholder.Placement `json:"placements"`
			Coverage    stakeholder.Coverage    `json:"coverage"`
			FollowUps   []agreement.FollowUp    `json:"follow_ups"`
		}{milf, decision, arguments, entries, placements, cov, followUps})
	}

	fmt.Fprintf(w, "Box 6 — %s, listed in the annexes on children and armed conflict:\n", milf.Name)
	for _, l := range listing.Listings {
		fmt.Fprintf(w, "   - since %d for %s\n", l.Since, strings.ToLower(l.Violation.Label()[:1])+l.Violation.Label()[1:])
	}
	fmt.Fprintf(w, "\n2007 — engage? %s (score %.2f of 1); %s decides\n", decision.Recommendation.Label(), decision.Score, decision.Escalation.Phrase())
	fmt.Fprintln(w, "  arguments that fit the MILF:")
	for _, a := range arguments {
		fmt.Fprintf(w, "   - %s\n", a)
	}
	fmt.Fprintln(w, "  entry points, least sensitive first:")
	for _, e := range entries {
		fmt.Fprintf(w, "   - %s\n", e)
	}

	fmt.Fprintln(w, "\nWho to mobilise (good practices of Box 6):")
	names := map[string]string{}
	for _, s := range dossier.Stakeholders {
		names[s.ID.String()] = s.Name
	}
	for _, p := range placements {
		fmt.Fprintf(w, "   %-10s %d. %s\n", p.Action.Label(), p.Rank, names[p.ID.String()])
	}
	fmt.Fprintf(w, "  levels reached: %s; missing: %s\n", levels(cov.Covered), levels(cov.Missing))

	fmt.Fprintf(w, "\n%s signed on %s: %d commitments\n", plan.Title, plan.Signed.Format("2 January 2006"), len(plan.Commitments))
	for _, v := range plan.Violations {
		fmt.Fprintf(w, "  verified in %s: %s\n", v.Verified.Format("January 2006"), v.VerifiedBy)
	}
	fmt.Fprintln(w, "  renewed in 2013; a roadmap in 2015; disengagement ceremonies in February–March 2017 (1,869 children)")
	fmt.Fprintln(w, "  "+illustrative)
	for _, f := range followUps {
		// Implementation as the parties report it, and as the UN verified
		// it: the delisting below counts only what is verified.
		full, verified := f.Overall.Count(agreement.ImplementationFull), 0
		for _, vd := range f.Delisting.ByViolation {
			verified += vd.Commitments - len(vd.Outstanding)
		}
		fmt.Fprintf(w, "\n%s — %d of %d commitments reported fully implemented, %s", f.At.Format("January 2006"), full, f.Overall.Commitments, verifiedWords(verified, full))
		if c, ok := f.Overall.Compliance(); ok {
			fmt.Fprintf(w, "; %.0f%% of those due honoured", 100*c)
		}
		fmt.Fprintln(w)
		for _, it := range f.AccessLost {
			fmt.Fprintf(w, "   access lost since %s: %s\n", it.Since.Format(time.DateOnly), it.Text)
		}
		for _, it := range f.Overdue {
			fmt.Fprintf(w, "   overdue: %s\n", it.Text)
		}
		// Delisting is judged per violation the MILF is listed for.
		fmt.Fprintf(w, "   delisting: %s\n", strings.ReplaceAll(f.Delisting.String(), "\n  ", "\n     "))
		for _, n := range f.Next {
			if n.Action == agreement.ActionRequestDelisting || n.Action == agreement.ActionSeekMonitoring {
				fmt.Fprintf(w, "   next: %s\n", n)
			}
		}
	}
	fmt.Fprintln(w, "\nThe MILF was delisted in the Secretary-General's August 2017 report (A/72/361–S/2017/821).")
	return nil
}

// verifiedWords says how many of the commitments reported fully
// implemented the UN has verified.
func verifiedWords(verified, full int) string {
	switch {
	case full == 0:
		return "so none verified"
	case verified == 0:
		return "none of them verified yet"
	case verified == full && full == 1:
		return "verified by the UN"
	case verified == full:
		return fmt.Sprintf("all %d verified by the UN", full)
	}
	return fmt.Sprintf("%d of them verified by the UN", verified)
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
