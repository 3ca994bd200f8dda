package stakeholder_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/actor/ucdp"
	"github.com/humanitarian-negotiation/protection/stakeholder"
)

// The influence network of the civil war in Sierra Leone (UCDP/PRIO
// conflict 187, 1991–2001), from the states that gave troops to each side,
// and the leverage an organisation has on the government and the armed
// groups through the two states it has a channel to.
func ExampleNetworkFromACD() {
	f, err := os.Open("../actor/ucdp/testdata/ucdp-prio-acd-subset.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	rows, err := ucdp.ReadConflicts(f, ucdp.ConflictOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	acd := stakeholder.NetworkFromACD(rows, 187)
	fmt.Printf("%s: %d parties, %d edges over %d years\n", acd.Location, len(acd.Parties), len(acd.Edges), acd.Years)

	// The organisation: a node of its own, with a channel to two capitals.
	agency := uuid.MustParse("00000000-0000-4000-8000-00000000a9e1")
	nodes := append(acd.Nodes(), agency)
	edges := append(acd.Edges,
		stakeholder.Edge{From: agency, To: ucdp.PartyID("United Kingdom"), Weight: 0.7},
		stakeholder.Edge{From: agency, To: ucdp.PartyID("Nigeria"), Weight: 0.4},
	)
	n, err := stakeholder.NewNetwork(nodes, edges)
	if err != nil {
		fmt.Println(err)
		return
	}
	name := func(id uuid.UUID) string {
		if id == agency {
			return "agency"
		}
		return acd.Name(id)
	}
	var targets []uuid.UUID
	for _, p := range []string{"Sierra Leone", "Kamajors", "RUF", "WSB"} {
		targets = append(targets, ucdp.PartyID(p))
	}
	lev, err := n.Leverage(agency, targets)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range lev.Paths {
		var hops []string
		for _, id := range p.Nodes {
			hops = append(hops, name(id))
		}
		fmt.Printf("%-12s %.3f  %s\n", name(p.Target), p.Strength, strings.Join(hops, " → "))
	}
	for _, id := range lev.Unreachable {
		fmt.Println("out of reach:", name(id))
	}
	for _, im := range lev.Intermediaries {
		fmt.Printf("through %s: %d paths, strength %.3f\n", name(im.ID), im.Paths, im.Strength)
	}
	// Output:
	// Sierra Leone: 10 parties, 11 edges over 11 years
	// Sierra Leone 0.327  agency → Nigeria → Sierra Leone
	// RUF          0.073  agency → Nigeria → RUF
	// Kamajors     0.073  agency → Nigeria → Kamajors
	// out of reach: WSB
	// through Nigeria: 3 paths, strength 0.473
}

func ExamplePlace() {
	ss := []stakeholder.Stakeholder{
		{ID: uuid.MustParse("00000000-0000-4000-8000-000000000001"), Name: "Radio", Role: stakeholder.RoleMedia, Influence: 0.3, Position: 0.5, Confidence: stakeholder.ConfidenceHigh},
		{ID: uuid.MustParse("00000000-0000-4000-8000-000000000002"), Name: "Elders", Role: stakeholder.RoleCommunityLeader, Influence: 0.8, Position: 0.6, Confidence: stakeholder.ConfidenceMedium},
		{ID: uuid.MustParse("00000000-0000-4000-8000-000000000003"), Name: "Allied militia", Role: stakeholder.RoleArmedGroup, Influence: 0.7, Position: -0.8, Confidence: stakeholder.ConfidenceLow},
		{ID: uuid.MustParse("00000000-0000-4000-8000-000000000004"), Name: "Council", Role: stakeholder.RoleReligiousAuthority, Influence: 0.9, Position: 0.2, Confidence: stakeholder.ConfidenceHigh,
			Salience: &stakeholder.Salience{Power: true, Legitimacy: true}},
	}
	for _, p := range stakeholder.Place(ss) {
		fmt.Printf("%-10s %d  %-20s %-15s %s\n", p.Action, p.Rank, p.Role.Label(), p.Quadrant, p.Tier)
	}
	// Output:
	// mobilise   1  religious authority  allies          expectant
	// mobilise   2  community leader     allies          unspecified
	// neutralise 1  armed group          opponents       unspecified
	// watch      1  media                supporters      unspecified
}

// A fragmented armed group: its leaders' orders may not reach its fighters,
// so engagement needs its frontline commanders and rank and file too.
func ExampleCoverageOf() {
	group := actor.Actor{
		ID: uuid.MustParse("00000000-0000-4000-8000-0000000000a0"), Name: "Armed group", Kind: actor.KindArmedOpposition,
		Command: actor.CommandFragmented, Levels: []actor.Level{actor.LevelPoliticalLeadership, actor.LevelMilitaryCommand},
	}
	ints := []stakeholder.Interlocutor{
		{ID: uuid.MustParse("00000000-0000-4000-8000-000000000021"), Name: "Spokesperson", Level: actor.LevelPoliticalLeadership, Authority: 0.6, Credibility: 0.7},
		{ID: uuid.MustParse("00000000-0000-4000-8000-000000000022"), Name: "Chief of staff", Level: actor.LevelMilitaryCommand, Authority: 0.9, Credibility: 0.8},
		{ID: uuid.MustParse("00000000-0000-4000-8000-000000000023"), Name: "Sector commander", Level: actor.LevelFrontlineCommanders, Authority: 0.3, Credibility: 0.4},
	}
	cov, err := stakeholder.CoverageOf(group, ints, stakeholder.CoverageOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("required:", cov.Required)
	fmt.Println("covered: ", cov.Covered)
	fmt.Println("missing: ", cov.Missing)
	fmt.Println("weak:    ", cov.Weak)
	// Output:
	// required: [political_leadership military_command frontline_commanders rank_and_file]
	// covered:  [political_leadership military_command]
	// missing:  [frontline_commanders rank_and_file]
	// weak:     [00000000-0000-4000-8000-000000000023]
}

func ExampleAnalyseContinuity() {
	commander := uuid.MustParse("00000000-0000-4000-8000-000000000021")
	mayor := uuid.MustParse("00000000-0000-4000-8000-000000000022")
	imam := uuid.MustParse("00000000-0000-4000-8000-000000000023")
	alice := uuid.MustParse("00000000-0000-4000-8000-0000000000f1")
	bob := uuid.MustParse("00000000-0000-4000-8000-0000000000f2")
	ints := []stakeholder.Interlocutor{
		{ID: commander, Name: "Commander", Level: actor.LevelMilitaryCommand, Authority: 0.9, Credibility: 0.8},
		{ID: mayor, Name: "Mayor", Level: actor.LevelCivilianAdministration, Authority: 0.6, Credibility: 0.7},
		{ID: imam, Name: "Imam", Level: actor.LevelPoliticalLeadership, Authority: 0.5, Credibility: 0.9},
	}
	on := func(month time.Month, d int) time.Time { return time.Date(2024, month, d, 10, 0, 0, 0, time.UTC) }
	log := []stakeholder.Contact{
		{Interlocutor: commander, Staff: alice, At: on(1, 10), Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelInPerson, Outcome: stakeholder.OutcomeConstructive},
		{Interlocutor: mayor, Staff: alice, At: on(1, 20), Level: actor.LevelCivilianAdministration, Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeNeutral},
		{Interlocutor: commander, Staff: bob, At: on(3, 25), Level: actor.LevelMilitaryCommand, Channel: stakeholder.ChannelInPerson, Outcome: stakeholder.OutcomeDifficult},
		{Interlocutor: mayor, Staff: alice, At: on(2, 10), Level: actor.LevelCivilianAdministration, Channel: stakeholder.ChannelMessage, Outcome: stakeholder.OutcomeNeutral},
		{Interlocutor: mayor, Staff: alice, At: on(3, 5), Level: actor.LevelCivilianAdministration, Channel: stakeholder.ChannelPhone, Outcome: stakeholder.OutcomeConstructive},
	}
	c, err := stakeholder.AnalyseContinuity(ints, log, on(4, 1), stakeholder.ContinuityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	names := map[uuid.UUID]string{commander: "commander", mayor: "mayor", imam: "imam", alice: "Alice", bob: "Bob"}
	for _, g := range c.Gaps {
		fmt.Printf("ad hoc: %s, no contact %s to %s (%.0f days)\n", names[g.Interlocutor], g.From.Format(time.DateOnly), g.To.Format(time.DateOnly), g.Length().Hours()/24)
	}
	for _, s := range c.SingleCustody {
		fmt.Printf("held by one person: %s, only by %s\n", names[s.Interlocutor], names[s.Staff])
	}
	for _, s := range c.Stale {
		if s.Last.IsZero() {
			fmt.Printf("not contacted: %s, never\n", names[s.Interlocutor])
		} else {
			fmt.Printf("not contacted: %s, last %s\n", names[s.Interlocutor], s.Last.Format(time.DateOnly))
		}
	}
	fmt.Println(c)
	// Output:
	// ad hoc: commander, no contact 2024-01-10 to 2024-03-25 (75 days)
	// held by one person: mayor, only by Alice
	// not contacted: imam, never
	// continuity at 2024-04-01: 1 gap longer than 30 days with 1 interlocutor, 1 relationship held by one person, 1 interlocutor not contacted within 30 days
}

func ExampleDossier_Redact() {
	d := stakeholder.Dossier{
		Target: uuid.MustParse("00000000-0000-4000-8000-0000000000a0"),
		Agency: uuid.MustParse("00000000-0000-4000-8000-0000000000a1"),
		Stakeholders: []stakeholder.Stakeholder{{
			ID: uuid.MustParse("6ba7b810-9dad-41d1-80b4-00c04fd430c8"), Name: "Sheikh Abdi", Role: stakeholder.RoleReligiousAuthority,
			Influence: 0.8, Position: 0.5, Confidence: stakeholder.ConfidenceMedium, Location: "Baidoa", Notes: "Ask about the school.",
		}},
	}
	fmt.Println(d.Stakeholders[0])
	before, _ := json.Marshal(d)
	fmt.Println("name in JSON before Redact:", strings.Contains(string(before), "Sheikh Abdi"))

	r := d.Redact()
	fmt.Println(r.Stakeholders[0])
	after, _ := json.Marshal(r)
	fmt.Println("name in JSON after Redact:", strings.Contains(string(after), "Sheikh Abdi"))
	fmt.Println("place in JSON after Redact:", strings.Contains(string(after), "Baidoa"))
	fmt.Println(r.Stakeholders[0].Name)
	// Output:
	// stakeholder 6ba7b810 (religious authority)
	// name in JSON before Redact: true
	// stakeholder 6ba7b810 (religious authority)
	// name in JSON after Redact: false
	// place in JSON after Redact: false
	// [redacted]
}

func ExampleIsland_Agreement() {
	isl := stakeholder.Island{
		Facts: []stakeholder.Fact{
			{Statement: "Children under 15 serve at checkpoints.", Agreed: true},
			{Statement: "The recruits joined of their own will.", Agreed: false},
		},
		Norms: []stakeholder.Norm{
			{Statement: "Children must be kept from harm.", Convergent: true},
			{Statement: "A boy of 15 is a man.", Convergent: false},
		},
	}
	fmt.Println(isl)
	start := isl.Agreement()
	for _, f := range start.Facts {
		fmt.Println("agreed fact:", f.Statement)
	}
	for _, n := range start.Norms {
		fmt.Println("shared norm:", n.Statement)
	}
	// Output:
	// island of agreement: 1 of 2 facts agreed, 1 of 2 norms convergent
	// agreed fact: Children under 15 serve at checkpoints.
	// shared norm: Children must be kept from harm.
}
