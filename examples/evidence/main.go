// Evidence reads public data the way an agency's security manager would,
// and sets what it says beside a country office's judgement before deciding
// whether to engage an armed group: the report's finding is that the risks
// of negotiating are "often assumed rather than assessed".
//
// The case: engaging the SPLM/A in Opposition in South Sudan, at the start
// of 2022. The country office judged the safety and security risk unlikely.
// The program reads
//
//   - Insecurity Insight's incidents against aid workers (a shipped subset of
//     an excerpt, stated as such, so counts are a floor and confidence low):
//     only those that name the group, or are of its perpetrator category —
//     not every incident in the country, most of which were the army, the
//     police, herders or family members — for the year before the moment,
//     and only as far as the data reach: after June 2022 they say nothing;
//   - the UCDP Actor Dataset's row for the group, whose one-sided violence is
//     evidence on its impact on civilians, though the file gives no year;
//   - the UCDP/PRIO Armed Conflict Dataset's rows for South Sudan (v4-2013,
//     which ends in 2012), which the library refuses to attach to the group:
//     the SPLM/A-IO was formed in December 2013 and is no side of conflict
//     270, fought by the SSDM/A and the SSLM/A;
//
// and prints the decision's grounds with evidence and judgement side by
// side, contradictions either way included.
//
//	go run ./examples/evidence
//	go run ./examples/evidence -judged 3 -at 2021-06-01
//	go run ./examples/evidence -at 2030-06-01          # a year the data do not reach
//	go run ./examples/evidence -json                   # the evidence and decision as JSON
//	go run ./examples/evidence -country SYR -incidents ../shared/data/insecurity-insight/aid-worker-kika-2020-2023-excerpt.csv
//
// The data are third parties' (see README.md beside this file); the
// judgements and the group's description are illustrative.
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
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/assessment"
	"github.com/humanitarian-negotiation/protection/assessment/incident"
	"github.com/humanitarian-negotiation/protection/internal/cli"
	"github.com/humanitarian-negotiation/protection/risk"
)

var (
	//go:embed aid-worker-kika-subset.csv
	shippedIncidents []byte
	//go:embed ucdp-actor-south-sudan.csv
	shippedActors []byte
	//go:embed ucdp-prio-acd-south-sudan.csv
	shippedConflicts []byte
)

const (
	splmIO          = 4226 // UCDP ActorId of the SPLM/A in Opposition
	southSudanWar   = 270  // UCDP/PRIO conflict ID of South Sudan's internal conflict (v4-2013)
	defaultAt       = "2022-01-01"
	defaultCountry  = "SSD"
	defaultJudged   = 1
	defaultDaysBack = 365
)

func main() {
	os.Exit(cli.Exit(os.Stderr, "evidence", run(os.Stdout, os.Stderr, os.Args[1:])))
}

// usage lists every flag.
const usage = "usage: evidence [-at YYYY-MM-DD] [-country ISO3] [-window DAYS] [-judged 1-5] [-incidents FILE.csv] [-json]"

func run(stdout, stderr io.Writer, args []string) error {
	fs := flag.NewFlagSet("evidence", flag.ContinueOnError)
	at := fs.String("at", defaultAt, "the moment of assessment, YYYY-MM-DD")
	country := fs.String("country", defaultCountry, "the country, as an ISO 3166-1 alpha-3 code, in either case")
	days := fs.Int("window", defaultDaysBack, "the window of incidents before the moment, in days, from 1 to 36525")
	judged := fs.Int("judged", defaultJudged, "the country office's judged likelihood of the safety and security risk, 1–5")
	path := fs.String("incidents", "", "an Insecurity Insight Aid Worker KIKA CSV to read (default: the excerpt shipped with the program)")
	asJSON := fs.Bool("json", false, "write the evidence and the decision as JSON, in wire words, instead of text")
	if err := cli.Parse(fs, args, stderr, usage, "Sets incident and conflict data beside a judged engagement risk, and decides.", 0, ""); err != nil {
		return err
	}

	// Every flag and file is checked before anything is printed.
	when, err := time.Parse(time.DateOnly, *at)
	if err != nil {
		return fmt.Errorf("-at: %q is not a date YYYY-MM-DD", *at)
	}
	code := strings.ToUpper(strings.TrimSpace(*country))
	place, ok := incident.CountryName(code)
	if !ok {
		return fmt.Errorf("-country: %q is not an ISO 3166-1 alpha-3 country code, such as SSD", *country)
	}
	if *days < 1 || *days > 36_525 {
		return fmt.Errorf("-window: %d is not a number of days from 1 to 36525", *days)
	}
	if *judged < 1 || *judged > 5 {
		return fmt.Errorf("-judged: %d is not a likelihood from 1 to 5", *judged)
	}
	src := shippedIncidents
	if *path != "" {
		if src, err = os.ReadFile(*path); err != nil {
			return fmt.Errorf("-incidents: %w", err)
		}
	}
	incidents, err := incident.ReadAll(bytes.NewReader(src), incident.Options{})
	if err != nil {
		return fmt.Errorf("-incidents: %w", err)
	}

	// The text gathers here and is printed once the whole run has
	// succeeded; with -json, the JSON is written instead.
	var text bytes.Buffer
	w := &text
	d := assessment.MustNewDecider(assessment.DefaultPolicy()) // a literal policy: a failure is a bug
	// The group in the UCDP data: one-sided violence, and whether it is a
	// side of the conflict the data hold.
	group, rec, err := readGroup()
	if err != nil {
		return err
	}

	// Its incidents: those naming it, or of its category. The SPLM/A-IO
	// holds territory but is not South Sudan's self-declared government, so
	// the host military (the SSPDF) is not its category.
	q := assessment.IncidentQuery{Country: code, WindowDays: *days, Names: groupNames,
		Perpetrators: incident.PerpetratorsOf(group.Kind), Coverage: assessment.Coverage{Excerpt: true}}
	ev, err := d.IncidentEvidence(incidents, q, when)
	if err != nil {
		return err
	}
	s := ev.Incidents
	fmt.Fprintf(w, "1. Incidents against aid workers in %s naming the %s or of its category, %s to %s (%s)\n",
		place, group.Name, s.From.Format(time.DateOnly), s.To.Format(time.DateOnly), ev.Dataset.Label())
	p := s.Provenance
	switch {
	case s.Covered.Share == 0:
		fmt.Fprintf(w, "   the data do not cover this period: they run from %s to %s — no data is not calm, so no likelihood is suggested\n",
			p.DataFrom.Format(time.DateOnly), p.DataTo.Format(time.DateOnly))
	default:
		fmt.Fprintf(w, "   %s: %d naming the group, %d only of its category; %d aid workers killed, %d injured, %d kidnapped, %d arrested; %.2f a month\n",
			count(s.Incidents, "incident"), s.Named, s.CategoryOnly, s.Killed, s.Injured, s.Kidnapped, s.Arrested, s.PerMonth)
		if s.Trend != 0 {
			fmt.Fprintf(w, "   %s against %d in the %s before\n", s.Trend.Label(), s.Previous, count(*days, "day"))
		}
		fmt.Fprintf(w, "   suggested likelihood %d of 5, %s confidence: %s\n", ev.Likelihood, ev.Confidence.Label(), confidenceBasis(ev))
	}
	fmt.Fprintf(w, "   of %s read: %d counted, %d in other countries, %d of other perpetrators, %d outside the period, %d too imprecisely dated to place\n",
		count(p.Read, "row"), len(p.Counted), p.OtherCountry, p.OtherPerpetrator, p.Outside, p.Imprecise)

	factorEvidence, err := ucdpEvidence(w, group, rec, when)
	if err != nil {
		return err
	}

	in := judgement(group, *judged)
	in.Evidence = append([]assessment.Evidence{ev}, factorEvidence...)
	dec, err := d.Decide(in)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Evidence []assessment.Evidence `json:"evidence"`
			Decision assessment.Decision   `json:"decision"`
		}{in.Evidence, dec})
	}
	headline, _, _ := strings.Cut(dec.String(), "\n")
	fmt.Fprintf(w, "\n3. Engage the %s? %s\n", group.Name, headline)
	fmt.Fprintln(w, "   What each input rests on:")
	for _, g := range dec.Grounds {
		switch g.Code {
		case assessment.CodeJudgement, assessment.CodeEvidence, assessment.CodeEvidenceAndJudgement, assessment.CodeContradiction, assessment.CodeUncovered:
			fmt.Fprintf(w, "   - %s\n", g)
		}
	}
	_, err = stdout.Write(text.Bytes())
	return err
}

// groupNames are the names the incident data give the SPLM/A in
// Opposition.
var groupNames = []string{"SPLA-IO", "SPLM/A-IO", "Sudan People's Liberation Army in Opposition"}

// readGroup reads the group's row of the shipped UCDP Actor Dataset.
func readGroup() (actor.Actor, ucdp.Actor, error) {
	recs, err := ucdp.ReadActors(bytes.NewReader(shippedActors), ucdp.ActorOptions{})
	if err != nil {
		return actor.Actor{}, ucdp.Actor{}, err
	}
	for _, r := range recs {
		if r.ActorID == splmIO {
			group := r.Actor()
			group.Name = "SPLM/A in Opposition"
			group.TerritorialControl = true
			return group, r, nil
		}
	}
	return actor.Actor{}, ucdp.Actor{}, fmt.Errorf("the shipped UCDP rows have no actor %d", splmIO)
}

// confidenceBasis is what the evidence's confidence rests on, as its text
// says it.
func confidenceBasis(ev assessment.Evidence) string {
	_, basis, _ := strings.Cut(ev.String(), " confidence: ")
	return strings.TrimSuffix(basis, ")")
}

// ucdpEvidence reads the shipped UCDP rows: evidence of the group's
// one-sided violence, and the conflict data, which cannot be attached to it.
func ucdpEvidence(w io.Writer, group actor.Actor, rec ucdp.Actor, when time.Time) ([]assessment.Evidence, error) {
	fmt.Fprintf(w, "\n2. The %s in the UCDP data\n", group.Name)
	var out []assessment.Evidence
	if ev, ok := assessment.OneSidedEvidence(rec); ok {
		fmt.Fprintf(w, "   recorded deliberately killing civilians (one-sided violence dyad %s): evidence on its impact on civilians, %s confidence — the actor file gives no year\n",
			ints(ev.OneSided.Dyads), ev.Confidence.Label())
		out = append(out, ev)
	}
	rows, err := ucdp.ReadConflicts(bytes.NewReader(shippedConflicts), ucdp.ConflictOptions{})
	if err != nil {
		return nil, err
	}
	_, err = assessment.ConflictEvidence(rows, assessment.ConflictQuery{ConflictID: southSudanWar, Side: rec.Name}, when)
	var fe *assessment.FieldError
	switch {
	case errors.As(err, &fe) && fe.Path == "side":
		fmt.Fprintf(w, "   South Sudan's conflict %d in the UCDP/PRIO data (%d–%d) was fought by %s: the group, formed in December 2013, is no side of it, so the conflict says nothing about it\n",
			southSudanWar, rows[0].Year, rows[len(rows)-1].Year, strings.Join(rows[0].SideB, " and "))
	case errors.As(err, &fe) && fe.Path == "conflict_id":
		fmt.Fprintf(w, "   South Sudan's conflict %d has no year in the UCDP/PRIO data up to %d\n", southSudanWar, when.Year())
	case err != nil:
		return nil, err
	default:
		return nil, errors.New("the shipped conflict rows unexpectedly name the group as a side")
	}
	return out, nil
}

// judgement is the country office's own assessment: every factor scored,
// every risk category judged — safety and security at the likelihood given.
func judgement(group actor.Actor, safety int) assessment.Input {
	high, medium := assessment.ConfidenceHigh, assessment.ConfidenceMedium
	return assessment.Input{
		Actor: group,
		Concerns: []risk.Concern{{Risk: risk.AttacksOnCivilians, ThreatActor: group.ID, Threat: 4, Vulnerability: 4, Capacity: 2},
			{Risk: risk.ChildRecruitment, ThreatActor: group.ID, Threat: 3, Vulnerability: 4, Capacity: 2}},
		Factors: assessment.FactorScores{
			Criticality: assessment.Scored(0.8, high), ActorImpact: assessment.Scored(0.7, medium), Operations: assessment.Scored(0.7, medium),
			Openness: assessment.Scored(0.5, medium), HostState: assessment.Scored(0.6, medium), Risk: assessment.Scored(0.5, high),
			AddedValue: assessment.Scored(0.7, high),
		},
		Risks: []assessment.EngagementRisk{
			{Category: assessment.CategorySafetySecurity, Likelihood: safety, Impact: 4},
			{Category: assessment.CategoryReputational, Likelihood: 2, Impact: 2},
			{Category: assessment.CategoryLegal, Likelihood: 1, Impact: 2},
			{Category: assessment.CategoryFinancial, Likelihood: 1, Impact: 2},
			{Category: assessment.CategoryOperational, Likelihood: 2, Impact: 3},
		},
		Context: assessment.Context{HostState: assessment.HostStanceNeutral, Criticality: assessment.CriticalityPC2},
	}
}

// count writes n with its noun, singular for one: "1 incident", "2 incidents".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func ints(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}
